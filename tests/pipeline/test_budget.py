"""The budget learner through the pipeline: the size bound holds for a chain of layers, the
program it buys works (every hidden atom read is defined, by rules with a body, and it agrees
with the model far more often than one class would), and the program header names the learner
and only the parameters it used."""

import json

from eric_lp.cli.main import main
from eric_lp.lang.parse import read_program
from eric_lp.pipeline.folder import load_settings


def test_two_layer_budget_is_bounded_and_recorded(tiny, tmp_path, capsys):
    path, _ = tiny
    out = tmp_path / "budget"
    assert main(["extract", "--model", str(path), "--dataset", "fashion-mnist:0,1,7", "--limit", "600",
                 "--cache-dir", str(tmp_path / "cache"), "--layers", "feat_a,feat_b", "--learner", "budget",
                 "--budget", "40", "-o", str(out), "--json"]) == 0
    metrics = json.loads(capsys.readouterr().out)
    program = read_program(out / "program.lp")
    assert program.metrics().size == metrics["size"] <= 40
    assert program.rules_of(program.layers[-1]), "the hidden layer has rules, within the same budget"
    assert_working(program, metrics)
    header = [line for line in (out / "program.lp").read_text().splitlines() if line.startswith("%! ")]
    assert "%! learner: budget" in header and "%! criterion: gini" in header and "%! budget: 40" in header
    assert not any(line.startswith(("%! depth", "%! alpha")) for line in header)  # unused by this learner
    assert (program.meta.learner, program.meta.criterion, program.meta.budget) == ("budget", "gini", 40)
    settings = load_settings(out)
    assert (settings.learner, settings.budget, settings.layers) == ("budget", 40, ("feat_a", "feat_b"))


def assert_working(program, metrics):
    hidden = program.layers[-1]  # feat_b's layer, by the name the program gives it
    read = {lit.kernel for r in program.rules_of("class") for lit in r.body}
    derived = {k for r in program.rules_of(hidden) for k in r.head}
    assert read and read <= derived, f"{hidden} kernels read but never derived: {sorted(read - derived)}"
    assert all(r.body for r in program.rules_of(hidden)), "a hidden rule true for every image"
    # one class's share of three is about a third; a program that derives one class for all is there
    assert metrics["fidelity"]["train"] > 55 and metrics["fidelity"]["test"] > 55, metrics["fidelity"]


def test_two_layer_budget_at_small_budgets_still_works(tiny, tmp_path, capsys):
    path, _ = tiny
    for budget in (6, 10, 16):
        out = tmp_path / f"budget{budget}"
        assert main(["extract", "--model", str(path), "--dataset", "fashion-mnist:0,1,7", "--limit", "600",
                     "--cache-dir", str(tmp_path / "cache"), "--layers", "feat_a,feat_b", "--learner", "budget",
                     "--budget", str(budget), "-o", str(out), "--json"]) == 0
        metrics = json.loads(capsys.readouterr().out)
        program = read_program(out / "program.lp")
        assert program.metrics().size <= budget
        assert_working(program, metrics)
