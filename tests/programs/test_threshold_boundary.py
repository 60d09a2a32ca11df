"""A literal is true when its norm is above the threshold (the paper's eq. 3), not at it: an
activation exactly at the threshold is false, in extraction's quantiser and in infer's facts alike."""

from dataclasses import replace

import numpy as np

from eric_lp.cli.main import main
from eric_lp.nn.models import load_model
from eric_lp.pipeline.folder import load_quantiser
from eric_lp.pipeline.infer import lep_facts


def test_a_norm_equal_to_its_threshold_is_not_active(tiny, tmp_path, capsys):
    path, data = tiny
    out = tmp_path / "ex"
    assert main(["extract", "--model", str(path), "--dataset", "fashion-mnist:0,1,7", "--limit", "300",
                 "--lep", "squeeze2", "--cache-dir", str(tmp_path / "cache"), "-o", str(out), "--json"]) == 0
    capsys.readouterr()
    model, quantiser = load_model(path), load_quantiser(out)
    x = data.test.x[:8]
    _, norms, _ = lep_facts(model, quantiser, x)
    # thresholds at image 0's own norms: image 0 sits exactly on every threshold
    at = replace(quantiser, thresholds=(norms[0].copy(),))
    facts, again, _ = lep_facts(model, at, x)
    assert np.array_equal(again, norms)  # the same forward pass, so the comparison alone decides
    assert norms[0].max() > 0 and not facts.truth[0].any()
    assert np.array_equal(facts.truth, norms > norms[0])
    truth = at.truth([norms])[0]  # what extraction uses on the training norms
    assert not truth[0].any() and np.array_equal(truth, facts.truth)
