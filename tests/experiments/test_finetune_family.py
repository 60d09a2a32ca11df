"""The pareto sweep's fine-tuned family: the same sweep on M', its paper point the program `extract` makes
from M', M's rows and picks unchanged."""

import csv
import json

import pytest

from conftest import TINY_SPEC


def test_pareto_gains_the_finetuned_family(tiny, tmp_path):
    from dataclasses import replace
    from eric_lp import api
    from eric_lp.experiments.pareto import run_pareto
    from eric_lp.nn.finetune import DEFAULT_SCHEDULE
    path, _ = tiny
    tuned = tmp_path / "m2.keras"
    # kept by the share, any accuracy: an epoch that moved the weights, whatever its program
    result = api.finetune(path, tuned, dataset=TINY_SPEC, lep="squeeze2", limit=300, choose="share",
                          schedule=replace(DEFAULT_SCHEDULE, epochs=2, tolerance=100.0))
    assert result.best_epoch >= 1
    cache = tmp_path / "cache"
    alone = run_pareto(tmp_path / "alone", TINY_SPEC, model_path=path, lep="squeeze2", limit=300, cache_dir=cache,
                       progress=False, say=lambda text: None)
    both = run_pareto(tmp_path / "both", TINY_SPEC, model_path=path, lep="squeeze2", limit=300, cache_dir=cache,
                      progress=False, say=lambda text: None, finetuned=tuned)
    rows = list(csv.DictReader(open(tmp_path / "both" / "pareto.csv")))
    assert {r["model"] for r in rows} == {"M", "M'"}
    assert sum(r["model"] == "M'" for r in rows) == sum(r["model"] == "M" for r in rows) == len(alone["rows"])
    for key in ("paper", "best_at_paper_size", "best_at_size_200"):
        assert both[key] == alone[key]  # M's picks are not ranked against M''s programs
    # a cache of its own: the sweep's entries must not answer for it
    m = api.extract(tuned, dataset=TINY_SPEC, lep="squeeze2", limit=300, cache_dir=tmp_path / "own", progress=False).metrics
    paper = both["finetuned_paper"]
    assert paper["model"] == "M'" and (paper["fidelity_test"], paper["size"]) == (m["fidelity"]["test"], m["size"])
    assert json.loads((tmp_path / "both" / "pareto-summary.json").read_text())["finetuned_paper"] == paper


def test_pareto_refuses_a_finetuned_model_that_does_not_fit_before_sweeping_m(tiny, tmp_path):
    """An M' whose input is not the data's was found out only after M's whole sweep; now before it."""
    from conftest import tiny_model
    from eric_lp.errors import DataError
    from eric_lp.experiments.pareto import run_pareto
    from eric_lp.nn.models import save_model
    other = tmp_path / "other.keras"
    save_model(tiny_model(input_shape=(32, 32, 1)), other)  # untrained: only its shape matters
    said = []
    with pytest.raises(DataError, match=r"--finetuned .*other\.keras: images have shape"):
        run_pareto(tmp_path / "out", TINY_SPEC, model_path=tiny[0], lep="squeeze2", limit=100,
                   cache_dir=tmp_path / "cache", progress=False, say=said.append, finetuned=other)
    assert said == [] and not (tmp_path / "out").exists()
