import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eric_lp import api
from eric_lp.learn.budget import BudgetTree
from eric_lp.cli.main import main
from eric_lp.lang.emit import to_asp, to_prolog
from eric_lp.errors import DataError
from eric_lp.engines.numpy import evaluate
from eric_lp.pipeline.folder import load_quantiser
from eric_lp.core.facts import Facts
from eric_lp.learn.chain import induce_program
from eric_lp.lang.parse import parse_program, read_program
from eric_lp.core.program import Compound
from eric_lp.learn.thresholds import fit_thresholds


def test_threshold_strategies():
    values = np.array([[0.0], [1.0], [2.0], [3.0], [10.0]])
    assert fit_thresholds(values, "mean")[0] == pytest.approx(3.2)
    assert fit_thresholds(values, "mean+0.5*std")[0] == pytest.approx(3.2 + 0.5 * values.std())
    assert fit_thresholds(values, "p50")[0] == pytest.approx(2.0)
    # gini: the cut that separates the classes, midway between 1 and 2
    assert fit_thresholds(values, "gini", np.array([0, 0, 1, 1, 1]))[0] == pytest.approx(1.5)
    with pytest.raises(DataError, match="unknown threshold"):
        fit_thresholds(values, "median")


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 2**32 - 1), st.sampled_from([0, 4, 10, 40, 120]))
def test_budget_tree_respects_its_budget(seed, budget):
    rng = np.random.default_rng(seed)
    X = rng.random((400, 15)) < 0.5
    y = ((X[:, 0] & X[:, 1]).astype(int) + (X[:, 2] & ~X[:, 3]).astype(int) + (rng.random(400) < 0.1)) % 3
    tree = BudgetTree(budget).fit(X, y)
    assert sum(len(p[0]) for p in tree.paths_) == tree.size_ <= budget
    program = induce_program([X], ["pool"], y, ("a", "b", "c"), output_learner=BudgetTree(budget))
    assert program.metrics().size <= budget
    answer = evaluate(program, Facts.from_table("pool", X))
    assert np.all(answer.fired.sum(axis=1) == 1)
    majority = np.bincount(y).max() / len(y)
    assert np.mean(answer.predicted() == y) >= majority


def test_cell_programs_round_trip_and_agree_across_engines():
    cells = tuple(Compound("cell", (k, r, c)) for k in range(3) for r in range(2) for c in range(2))
    rng = np.random.default_rng(1)
    X = rng.random((300, len(cells))) < 0.5
    y = (X[:, 0] & ~X[:, 5]).astype(int)
    program = induce_program([X], ["pool"], y, ("no", "yes"), terms=[cells])
    assert any(isinstance(lit.kernel, Compound) for r in program.rules for lit in r.body)
    assert parse_program(to_asp(program)) == program == parse_program(to_prolog(program))
    facts = Facts("pool", cells, X, np.arange(300))
    answers = [api_run(program, facts, e) for e in ("numpy", "clingo", "prolog")]
    assert answers[0] == answers[1] == answers[2]
    assert np.array_equal(answers[0].predicted(), y)


def api_run(program, facts, engine):
    from eric_lp.engines import run
    return run(program, facts, engine)


def test_cell_extraction_end_to_end(tiny, tmp_path, capsys):
    path, _ = tiny
    common = ["--dataset", "fashion-mnist:0,1,7", "--limit", "400", "--cache-dir", str(tmp_path / "c")]
    base = ["extract", "--model", str(path), *common, "--lep", "squeeze2"]
    assert main(base + ["-o", str(tmp_path / "paper")]) == 0
    assert main(base + ["--literals", "kernel", "--threshold", "mean", "--learner", "tree",
                        "-o", str(tmp_path / "explicit")]) == 0
    assert (tmp_path / "paper" / "program.lp").read_bytes() == (tmp_path / "explicit" / "program.lp").read_bytes()
    assert main(base + ["--literals", "cell", "--grid", "2", "--threshold", "gini", "--learner", "budget",
                        "--budget", "40", "-o", str(tmp_path / "cell")]) == 0
    program = read_program(tmp_path / "cell" / "program.lp")
    assert program.meta.literals == "cell:2x2" and program.meta.threshold == "gini"
    assert program.metrics().size <= 40
    assert all(isinstance(lit.kernel, Compound) for r in program.rules for lit in r.body)
    q = load_quantiser(tmp_path / "cell")
    assert q.literals == "cell" and q.grid == 2 and len(q.terms[0]) == 16 * 4
    capsys.readouterr()
    classes = {}
    for engine in ("numpy", "clingo", "prolog"):
        result = api.infer(path, tmp_path / "cell", dataset="fashion-mnist:0,1,7", limit=400, engine=engine,
                           progress=False)
        classes[engine] = [r["class"] for r in result.images]
    assert classes["numpy"] == classes["clingo"] == classes["prolog"]
    metrics = json.loads((tmp_path / "cell" / "metrics.json").read_text())
    assert result.fidelity == metrics["fidelity"]["test"] and metrics["learner"] == "budget"
    assert main(["explain", "--model", str(path), "--program", str(tmp_path / "cell"), *common[:4],
                 "--index", "0", "--json"]) == 0
    explained = json.loads(capsys.readouterr().out)["explanations"][0]
    assert explained["class"] == classes["numpy"][0]
    assert main(["visualise", "--model", str(path), "--program", str(tmp_path / "cell"), *common, "--top", "3"]) == 0
    assert list((tmp_path / "cell" / "kernels").glob("squeeze2_cell_*.png"))
    assert main(["diff", str(tmp_path / "paper" / "program.lp"), str(tmp_path / "cell" / "program.lp")]) == 1


def test_bad_extension_options(tiny, tmp_path, capsys):
    path, _ = tiny
    base = ["extract", "--model", str(path), "--dataset", "fashion-mnist:0,1,7", "--limit", "100",
            "--cache-dir", str(tmp_path), "--lep", "squeeze2", "-o", str(tmp_path / "o")]
    assert main(base + ["--threshold", "median"]) == 2
    assert "unknown threshold" in capsys.readouterr().err
    assert main(base + ["--grid", "2"]) == 2
    assert "--grid N" in capsys.readouterr().err


def test_group_kernels_merges_kernels_with_the_same_top_images():
    from eric_lp.nn.quantise import group_kernels
    rng = np.random.default_rng(0)
    base = rng.random((200, 1))
    norms = np.hstack([base, base * 2 + 0.01, rng.random((200, 1)), base ** 3])
    assert group_kernels(norms, top=20, overlap=0.5) == ((0, 1, 3), (2,))


def test_group_extraction_end_to_end(tiny, tmp_path):
    path, _ = tiny
    out = tmp_path / "g"
    assert main(["extract", "--model", str(path), "--dataset", "fashion-mnist:0,1,7", "--limit", "400",
                 "--cache-dir", str(tmp_path / "c"), "--lep", "squeeze2", "--literals", "group", "-o", str(out)]) == 0
    q = load_quantiser(out)
    assert sorted(k for g in q.groups[0] for k in g) == list(range(16))
    assert q.terms[0] == tuple(Compound("group", (g,)) for g in range(len(q.groups[0])))
    program = read_program(out / "program.lp")
    assert all(lit.kernel.functor == "group" for r in program.rules for lit in r.body)
    result = api.infer(path, out, dataset="fashion-mnist:0,1,7", limit=400, engine="clingo", progress=False)
    assert result.fidelity == json.loads((out / "metrics.json").read_text())["fidelity"]["test"]


def test_quantiser_json_keeps_its_columns_key():
    """The terms of cell and group literals are stored under "columns", as files written before
    `Quantiser.terms` had that name: such a file reads, and a new file is written the same way."""
    from eric_lp.nn.quantise import Quantiser
    old = {"literals": "cell", "grid": 1, "columns": [[["cell", 0, 0, 0], ["cell", 1, 0, 0]]], "format": 1,
           "norm": "l1", "threshold": "mean", "input": {"shape": [8, 8, 1], "pixels": "[0, 1]"},
           "classes": ["a", "b"], "layers": [{"name": "c1", "keras_layer": "c1", "tensor": "c1", "kernels": 2,
                                               "thresholds": [0.5, 1.5]}]}
    q = Quantiser.from_json(old)
    assert q.terms == ((Compound("cell", (0, 0, 0)), Compound("cell", (1, 0, 0))),)
    assert q.to_json()["columns"] == old["columns"]
