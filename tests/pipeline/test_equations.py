"""The paper's equations, pinned on a real model: eq. 4 (a kernel's threshold is the mean of
its norm over the training split), eq. 3 (true when strictly above), eq. 5 (the output rules
learn what M predicts, not the labels), and the l2 norm option."""

import json

import numpy as np

from eric_lp.cli.main import main
from eric_lp.nn.data import load_dataset
from eric_lp.nn.models import load_model
from eric_lp.nn.quantise import forward_norms
from eric_lp.pipeline.folder import load_quantiser


def _extract(path, tmp_path, name, *extra):
    out = tmp_path / name
    assert main(["extract", "--model", str(path), "--dataset", "fashion-mnist:0,1,7", "--limit", "600",
                 "--cache-dir", str(tmp_path / "cache"), "-o", str(out), "--json", *extra]) == 0
    return out


def test_thresholds_are_the_training_mean_of_each_norm_and_truth_is_strictly_above(tiny, tmp_path, capsys):
    path, _ = tiny
    data = load_dataset("fashion-mnist:0,1,7", limit=600)
    model = load_model(path)
    for norm in ("l1", "l2"):
        q = load_quantiser(_extract(path, tmp_path, norm, "--lep", "squeeze2", "--norm", norm))
        (train,), _ = forward_norms(model, data.train.x, ["squeeze2"], norm)
        (test,), _ = forward_norms(model, data.test.x, ["squeeze2"], norm)
        np.testing.assert_allclose(q.thresholds[0], train.mean(axis=0), rtol=1e-6)
        assert not np.allclose(q.thresholds[0], test.mean(axis=0), rtol=1e-3)  # the training split's, not another
        if norm == "l2":  # the l2 norm of the map, not its l1 norm
            (l1,), _ = forward_norms(model, data.train.x, ["squeeze2"], "l1")
            assert not np.allclose(train, l1)
    # eq. 3: a norm equal to its threshold is false; just above it is true
    at = q.thresholds[0][None, :].copy()
    assert not q.truth([at])[0].any()
    assert q.truth([np.nextafter(at, np.inf)])[0].all()


def test_output_rules_learn_what_m_predicts_not_the_labels(tmp_path, capsys):
    from conftest import tiny_model
    from eric_lp.nn.models import save_model
    model = tiny_model()
    head = model.get_layer("head")
    kernel, bias = head.get_weights()
    head.set_weights([np.zeros_like(kernel), np.array([0.0, 0.0, 5.0], dtype=bias.dtype)])  # M says 'sneaker'
    path = tmp_path / "sneaker.keras"
    save_model(model, path)
    out = _extract(path, tmp_path, "constant", "--lep", "squeeze2")
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["fidelity"] == {"train": 100.0, "val": 100.0, "test": 100.0}
    assert 30 < metrics["accuracy_program"]["test"] < 37  # a third of the images are sneakers
    text = (out / "program.lp").read_text()
    assert "class(I, sneaker)" in text and "class(I, t_shirt_top)" not in text and "class(I, trouser)" not in text
