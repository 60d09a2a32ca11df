"""Sufficient reasons and counterfactuals, checked against brute force over every input of the entry
kernels a random program reads (up to 12: 4,096 inputs, one numpy batch)."""

import json

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from strategies import programs

from eric_lp.cli.main import main
from eric_lp.core.facts import Facts
from eric_lp.core.program import OUTPUT, Compound, Label, Literal, Program, Rule
from eric_lp.engines import run
from eric_lp.engines.reasons import Explainer, counterfactuals, sufficient_reasons
from eric_lp.errors import ProgramError
from eric_lp.lang.emit import to_asp

SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
MAX_KERNELS = 12
LAYERS = ("conv_a", "conv_b", "pool_c")


@st.composite
def wide_programs(draw):
    """One to three layers over up to 12 entry kernels, bodies of one to four literals, three classes."""
    layers = LAYERS[:draw(st.integers(1, 3))]
    classes = ("a", "b", "c")
    rules = []
    for i, head_layer in enumerate(layers[1:] + (OUTPUT,)):
        width = MAX_KERNELS if i == 0 else 6
        for _ in range(draw(st.integers(1, 6))):
            body = draw(st.lists(st.tuples(st.integers(0, width - 1), st.booleans()), min_size=1, max_size=4,
                                 unique_by=lambda x: x[0]))
            literals = tuple(Literal(layers[i], k, positive) for k, positive in body)
            head = (draw(st.sampled_from(classes)),) if head_layer == OUTPUT else (draw(st.integers(0, 5)),)
            rules.append(Rule(f"r{len(rules) + 1}", head_layer, head, literals))
    return Program(layers, classes, tuple(rules))


def _all_inputs(program: Program):
    """Every assignment of the entry kernels the program reads, and the class set of each."""
    read = program.kernels_read(program.lep)
    rows = np.arange(2 ** len(read))
    truth = ((rows[:, None] >> np.arange(len(read))) & 1).astype(bool)
    answer = run(program, Facts(program.lep, read, truth, rows), "numpy")
    return truth, [frozenset(c for c, v in zip(program.classes, row) if v) for row in answer.classes], answer.fired


def _check(program: Program, picks):
    read = program.kernels_read(program.lep)
    assume(len(read) <= MAX_KERNELS)
    truth, outcomes, fired = _all_inputs(program)
    explainer = Explainer(program)
    column = {k: j for j, k in enumerate(read)}
    for pick in picks:  # several images on one explainer: multi-shot state must not leak between them
        i = pick % len(truth)
        row = truth[i]
        reason = explainer.sufficient(row, i)
        assert frozenset(reason.classes) == outcomes[i]
        # sufficient: every input agreeing with the reason gets the image's classes, exactly
        cols = [column[lit.kernel] for lit in reason.literals]
        assert all(row[c] == lit.positive for c, lit in zip(cols, reason.literals))

        def agreeing(cs):
            mask = np.all(truth[:, cs] == row[cs], axis=1) if cs else np.ones(len(truth), dtype=bool)
            return {outcomes[j] for j in np.flatnonzero(mask)}
        assert agreeing(cols) == {outcomes[i]}
        # subset-minimal: without any one literal, some agreeing input gets another outcome
        for drop in range(len(cols)):
            assert len(agreeing(cols[:drop] + cols[drop + 1:])) > 1
        # where the entry literals of the rules that fired force the outcome, the reason keeps to them
        used = sorted({column[lit.kernel] for rule, on in zip(program.rules, fired[i]) if on
                       for lit in rule.body if lit.layer == program.lep})
        if agreeing(used) == {outcomes[i]}:
            assert set(cols) <= set(used)
        for target in program.classes:
            cf = explainer.counterfactual(row, target, i)
            reach = [j for j, o in enumerate(outcomes) if o == {target}]
            if not reach:
                assert not cf.reachable and cf.flips == ()
                assert explainer.counterfactual(row, target, i, all_optimal=True).all_flips == ()
                continue
            assert cf.reachable and cf.optimal
            flipped = row.copy()
            for lit in cf.flips:
                assert flipped[column[lit.kernel]] != lit.positive  # a flip changes the value
                flipped[column[lit.kernel]] = lit.positive
            assert outcomes[int(np.flatnonzero(np.all(truth == flipped, axis=1))[0])] == {target}
            assert len(cf.flips) == min(int(np.sum(truth[j] != row)) for j in reach)
            # every optimal flip set on request: exactly brute force's minimum-size flip sets, sorted
            every = explainer.counterfactual(row, target, i, all_optimal=True)
            fewest = len(cf.flips)
            expected = {frozenset((read[c], bool(truth[j, c])) for c in np.flatnonzero(truth[j] != row))
                        for j in reach if int(np.sum(truth[j] != row)) == fewest}
            got = [frozenset((lit.kernel, lit.positive) for lit in flips) for flips in every.all_flips]
            assert set(got) == expected and len(got) == len(expected)
            assert cf.flips in every.all_flips and every.flips == every.all_flips[0]
            assert list(every.all_flips) == sorted(every.all_flips, key=lambda f: [column[x.kernel] for x in f])
            assert "all_flips" not in cf.to_json() and len(every.to_json()["all_flips"]) == len(expected)


@SETTINGS
@given(wide_programs(), st.lists(st.integers(0, 2 ** 20), min_size=1, max_size=4))
def test_reasons_match_brute_force_on_wide_programs(program, picks):
    _check(program, picks)


@SETTINGS
@given(programs(), st.lists(st.integers(0, 2 ** 20), min_size=1, max_size=3))
def test_reasons_match_brute_force_with_cells_and_several_classes(program, picks):
    """Cell compounds as kernels, rules with several heads, empty bodies, images with no class or several."""
    _check(program, picks)


def _toy() -> Program:
    """street when crowd and not grass, or when cell(3,0,1); park when grass and neither; never with 7."""
    cell = Compound("cell", (3, 0, 1))
    rules = (Rule("r1", OUTPUT, ("street",), (Literal("pool", 1), Literal("pool", 2, False))),
             Rule("r2", OUTPUT, ("street",), (Literal("pool", cell),)),
             Rule("r3", OUTPUT, ("park",), (Literal("pool", 2), Literal("pool", 1, False),
                                            Literal("pool", cell, False))),
             Rule("r4", OUTPUT, ("never",), (Literal("pool", 1), Literal("pool", 2, False),
                                             Literal("pool", 7))),
             Rule("r5", OUTPUT, ("never",), (Literal("pool", 1, False), Literal("pool", 7))))
    return Program(("pool",), ("street", "park", "never"), rules,
                   (Label("pool", 1, "crowd"), Label("pool", 2, "grass")))


def test_api_values_on_a_hand_program():
    program = _toy()
    cell = Compound("cell", (3, 0, 1))
    # crowd, not grass, cell false, 7 false: street, because crowd and not grass and not 7 (else never too)
    facts = Facts("pool", (1, 2, cell, 7), np.array([[1, 0, 0, 0], [0, 1, 0, 0]], dtype=bool), np.array([5, 6]))
    first, second = sufficient_reasons(program, facts)
    assert first.cls == "street"
    assert set(first.literals) == {Literal("pool", 1), Literal("pool", 2, False), Literal("pool", 7, False)}
    assert "crowd ∧ ¬grass" in first.render(program)
    assert second.to_json()["class"] == "park"
    to_street = counterfactuals(program, facts, "street")
    assert to_street[0].flips == () and len(to_street[1].flips) == 1
    assert to_street[1].flips[0] == Literal("pool", cell, True)
    assert to_street[1].to_json()["flips"] == [{"layer": "pool", "kernel": "cell(3, 0, 1)", "value": True}]
    with pytest.raises(ProgramError, match="not a class"):
        counterfactuals(program, facts, "forest")


def test_an_unreachable_target_is_an_answer():
    program = Program(("pool",), ("a", "b"), (Rule("r1", OUTPUT, ("a",), ()),
                                             Rule("r2", OUTPUT, ("b",), (Literal("pool", 0),))))
    facts = Facts("pool", (0,), np.array([[False]]), np.array([0]))
    cf, = counterfactuals(program, facts, "b")  # b always comes with a
    assert not cf.reachable and cf.to_json()["reachable"] is False
    assert "unreachable" in cf.render(program)


def test_solve_cli_sufficient_and_counterfactual(tmp_path, capsys):
    program = _toy()
    path = tmp_path / "p.lp"
    path.write_text(to_asp(program))
    facts = tmp_path / "f.lp"
    facts.write_text("image(5). active(5, pool, 1).\nimage(6). active(6, pool, 2).\n")
    assert main(["solve", str(path), "--facts", str(facts), "--sufficient", "--counterfactual", "street",
                 "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["images"]
    assert rows[0]["class"] == "street" and rows[0]["target"] == "street" and rows[0]["flips"] == []
    assert {(x["kernel"], x["value"]) for x in rows[0]["sufficient"]} == {(1, True), (2, False), (7, False)}
    assert rows[1]["flips"] == [{"layer": "pool", "kernel": "cell(3, 0, 1)", "value": True}]
    assert rows[1]["optimal"] is True
    assert main(["solve", str(path), "--facts", str(facts), "--sufficient", "--counterfactual", "never"]) == 0
    out = capsys.readouterr().out
    assert "crowd ∧ ¬grass" in out and "→ never by flipping" in out
    assert main(["solve", str(path), "--facts", str(facts), "--counterfactual", "forest"]) == 2
    assert "not a class" in capsys.readouterr().err


def test_api_reads_files_and_gives_the_values_solve_prints(tmp_path, capsys):
    from eric_lp import api
    path, facts = tmp_path / "p.lp", tmp_path / "f.lp"
    path.write_text(to_asp(_toy()))
    facts.write_text("image(5). active(5, pool, 1).\nimage(6). active(6, pool, 2).\n")
    assert main(["solve", str(path), "--facts", str(facts), "--sufficient", "--counterfactual", "never",
                 "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["images"]
    reasons, flips = api.sufficient_reasons(path, facts), api.counterfactuals(str(path), str(facts), "never")
    for row, reason, cf in zip(rows, reasons, flips):
        assert {k: row[k] for k in reason.to_json()} == reason.to_json()
        assert {k: row[k] for k in cf.to_json()} == cf.to_json()
    assert [len(cf.flips) for cf in flips] == [2, 2]  # crowd off and 7 on; grass off and 7 on


def test_literals_outside_the_fired_rules_go_first():
    """All of 0, 1, 3 true: r2 (0 → b) fired, and {0} is a reason; so is {1, 3} (r1), which term order
    would find first by dropping 0.  Trying the literals no fired rule reads first keeps the fired rule."""
    program = Program(("pool",), ("a", "b"), (
        Rule("r1", OUTPUT, ("b",), (Literal("pool", 0, False), Literal("pool", 1), Literal("pool", 3))),
        Rule("r2", OUTPUT, ("b",), (Literal("pool", 0),))))
    reason = Explainer(program).sufficient([True, True, True])
    assert reason.literals == (Literal("pool", 0),) and reason.classes == ("b",)


def test_solve_cli_all_optimal_lists_every_fewest_flip_set(tmp_path, capsys):
    """a when neither 0 nor 1; b from either: two one-flip ways to b, both listed, sorted; default unchanged."""
    program = Program(("pool",), ("a", "b"), (Rule("r1", OUTPUT, ("b",), (Literal("pool", 1),)),
                                              Rule("r2", OUTPUT, ("b",), (Literal("pool", 0),)),
                                              Rule("r3", OUTPUT, ("a",), (Literal("pool", 0, False),
                                                                          Literal("pool", 1, False)))))
    path, facts = tmp_path / "p.lp", tmp_path / "f.lp"
    path.write_text(to_asp(program))
    facts.write_text("image(4).\n")
    args = ["solve", str(path), "--facts", str(facts), "--counterfactual", "b", "--json"]
    assert main(args) == 0
    plain = capsys.readouterr().out
    assert "all_flips" not in plain
    assert main(args + ["--all-optimal"]) == 0
    row, = json.loads(capsys.readouterr().out)["images"]
    assert row["all_flips"] == [[{"layer": "pool", "kernel": 0, "value": True}],
                                [{"layer": "pool", "kernel": 1, "value": True}]]
    assert row["flips"] == row["all_flips"][0]
    one = json.loads(plain)["images"][0]  # the default's one flip set is among them, else the same keys
    assert one["flips"] in row["all_flips"]
    assert {k: v for k, v in row.items() if k not in ("all_flips", "flips")} == \
        {k: v for k, v in one.items() if k != "flips"}
    assert main(args[:-1] + ["--all-optimal"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == "  counterfactual → b by flipping pool#0 to true  (1 flip, the fewest, 2 such sets)"
    assert lines[2] == "    or flipping pool#1 to true"
    from eric_lp import api
    cf, = api.counterfactuals(path, facts, "b", all_optimal=True)
    assert len(cf.all_flips) == 2


def test_many_symmetric_optima_are_listed_up_to_the_cap():
    """20 rules of two kernels each: 2^20 fewest flip sets.  --all-optimal grew without bound; the
    speed of proving the optimum (core-guided) is measured by `bench explain`, not here."""
    from eric_lp.engines.reasons import MAX_ALL_OPTIMAL
    rules = [Rule("r1", OUTPUT, ("a",), (Literal("l", 0, True),))]
    for i in range(20):
        rules.append(Rule(f"r{i + 2}", OUTPUT, ("b",), (Literal("l", 2 * i + 1, True), Literal("l", 2 * i + 2, True))))
    program = Program(("l",), ("a", "b"), tuple(rules))
    facts = Facts("l", tuple(range(41)), np.array([[False] + [True] * 40]), np.array([0]))
    (one,) = counterfactuals(program, facts, "a")
    assert one.optimal and len(one.flips) == 21
    (every,) = counterfactuals(program, facts, "a", all_optimal=True)
    assert every.optimal and not every.all_complete and len(every.all_flips) == MAX_ALL_OPTIMAL
    assert all(len(flips) == 21 for flips in every.all_flips)
    assert every.to_json()["all_flips_complete"] is False
