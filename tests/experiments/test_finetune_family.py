"""The pareto sweep's fine-tuned family: the same sweep on M', its paper point the program `extract` makes
from M', M's rows and picks unchanged."""

import csv
import json

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
