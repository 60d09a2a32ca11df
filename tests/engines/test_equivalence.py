"""`eric-lp diff` decides equivalence with one clingo call: checked against brute force over every input
of the kernels the programs read, on random programs and on rewrites that keep or change the meaning."""

import json
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from strategies import kernels, programs

from eric_lp.cli.main import main
from eric_lp.core.facts import Facts
from eric_lp.core.program import OUTPUT, Literal, Program, Rule
from eric_lp.engines import run
from eric_lp.engines.equivalence import decide
from eric_lp.experiments.bench import random_program
from eric_lp.lang.emit import to_asp, to_prolog

SETTINGS = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
MAX_BRUTE = 14  # kernels: 2^14 inputs, one numpy batch


def _all_inputs(a: Program, b: Program) -> Facts:
    """Every truth assignment of the entry kernels either program reads, one image each."""
    read = tuple(dict.fromkeys(a.kernels_read(a.lep) + b.kernels_read(b.lep)))
    rows = np.arange(2 ** len(read))
    truth = ((rows[:, None] >> np.arange(len(read))) & 1).astype(bool)
    return Facts(a.lep, read, truth, rows)


def _classes(program, facts, engine="numpy"):
    answer = run(program, facts, engine)
    return [frozenset(r["classes"]) for r in answer.rows()]


def brute_force(a, b):
    """(do the classes differ on some input, the fewest true kernels of such an input or None)."""
    facts = _all_inputs(a, b)
    differ = np.array([x != y for x, y in zip(_classes(a, facts), _classes(b, facts))], dtype=bool)
    if not differ.any():
        return False, None
    return True, int(facts.truth[differ].sum(axis=1).min())


def _diff_exit(a, b, *extra):
    """`eric-lp diff` on the two programs (a as .lp, b as .pl): (exit status, its JSON)."""
    with tempfile.TemporaryDirectory() as tmp:
        pa, pb = Path(tmp) / "a.lp", Path(tmp) / "b.pl"
        pa.write_text(to_asp(a))
        pb.write_text(to_prolog(b))
        import contextlib
        import io
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            status = main(["diff", str(pa), str(pb), "--json", *extra])
    return status, json.loads(out.getvalue())


def _check_counterexample(a, b, verdict, fewest):
    ce = verdict.counterexample
    assert ce is not None and len(ce.active) == fewest
    facts = ce.facts()
    for engine in ("numpy", "clingo"):  # the counterexample, run as facts, really separates the programs
        assert _classes(a, facts, engine) != _classes(b, facts, engine)
    assert _classes(a, facts) == [frozenset(ce.classes_a)] and _classes(b, facts) == [frozenset(ce.classes_b)]


def _small(p):
    return len(set(p.kernels_read(p.lep))) <= MAX_BRUTE


# -- rewrites that keep the meaning -------------------------------------------
def split_rule(program: Program, index: int, kernel) -> Program:
    """Rule `index` as two rules, one with `kernel` true and one with it false (a kernel the rule does not
    read): the same meaning, and the same program as those two complementary rules merged."""
    rule = program.rules[index]
    layer = rule.body_layer or (program.layers[program.derived_layers().index(rule.layer)])
    assert (layer, kernel) not in {(lit.layer, lit.kernel) for lit in rule.body}
    pos = replace(rule, id="split1", body=rule.body + (Literal(layer, kernel, True),))
    neg = replace(rule, id="split2", body=rule.body + (Literal(layer, kernel, False),))
    rules = program.rules[:index] + (pos, neg) + program.rules[index + 1:]
    return replace(program, rules=rules).renumbered()


@SETTINGS
@given(st.data())
def test_random_pairs_agree_with_brute_force(data):
    a, b = data.draw(programs()), data.draw(programs())
    assert a.lep == b.lep  # the strategy's programs all start at conv_a
    assume(_small(a) and _small(b))
    differ, fewest = brute_force(a, b)
    verdict = decide(a, b)
    assert verdict.equivalent is not differ
    if differ:
        _check_counterexample(a, b, verdict, fewest)


@SETTINGS
@given(st.data())
def test_rewrites_that_keep_the_meaning_exit_0(data):
    program = data.draw(programs())
    index = data.draw(st.integers(0, len(program.rules) - 1))
    kernel = data.draw(kernels(n=8))
    rule = program.rules[index]
    body_layer = program.layers[program.derived_layers().index(rule.layer)]
    assume((body_layer, kernel) not in {(lit.layer, lit.kernel) for lit in rule.body})
    split = split_rule(program, index, kernel)
    order = data.draw(st.permutations(range(len(split.rules))))
    reordered = replace(split, rules=tuple(split.rules[i] for i in order)).renumbered("q")
    status, out = _diff_exit(program, reordered)            # split, reordered, renumbered
    assert status == 0 and out["equivalent"] is True and out["counterexample"] is None, out
    assert _diff_exit(split, program)[0] == 0                # the complementary pair merged
    assert _diff_exit(program, program.renumbered("x"), "--strict")[0] == 0


@SETTINGS
@given(st.data())
def test_a_flipped_literal_exits_1_exactly_when_a_class_changes(data):
    program = data.draw(programs())
    candidates = [i for i, r in enumerate(program.rules) if r.body]
    assume(candidates and _small(program))
    index = data.draw(st.sampled_from(candidates))
    rule = program.rules[index]
    lit = data.draw(st.sampled_from(rule.body))
    flipped = replace(rule, body=tuple(x.negated() if x == lit else x for x in rule.body))
    other = replace(program, rules=program.rules[:index] + (flipped,) + program.rules[index + 1:])
    differ, fewest = brute_force(program, other)
    status, out = _diff_exit(program, other)
    assert status == (1 if differ else 0)
    if differ:
        verdict = decide(program, other)
        _check_counterexample(program, other, verdict, fewest)
        assert out["counterexample"]["active"] == [[program.lep, k if isinstance(k, int) else str(k)]
                                                   for k in verdict.counterexample.active]
        assert out["counterexample"]["classes"] == {"a": list(verdict.counterexample.classes_a),
                                                    "b": list(verdict.counterexample.classes_b)}


# -- fixed cases --------------------------------------------------------------
def _chain(hidden_rules, class_rules):
    rules = [Rule(f"h{i}", "mid", (head,), tuple(Literal("ent", k, pos) for k, pos in body))
             for i, (head, body) in enumerate(hidden_rules)]
    rules += [Rule(f"c{i}", OUTPUT, (head,), tuple(Literal("mid", k, pos) for k, pos in body))
              for i, (head, body) in enumerate(class_rules)]
    return Program(("ent", "mid"), ("shirt", "pullover"), tuple(rules))


def test_strict_compares_the_hidden_layer_too():
    a = _chain([(1, [(0, True)]), (2, [(1, True)])], [("shirt", [(1, True)])])
    b = _chain([(1, [(0, True)]), (2, [(1, True), (3, True)])], [("shirt", [(1, True)])])  # mid#2 not read
    assert decide(a, b).equivalent
    strict = decide(a, b, strict=True)
    assert not strict.equivalent
    ce = strict.counterexample
    assert ce.active == (1,) and ce.classes_a == ce.classes_b == ()
    assert ce.hidden_a == (("mid", 2),) and ce.hidden_b == ()
    assert _diff_exit(a, b)[0] == 0
    status, out = _diff_exit(a, b, "--strict")
    assert status == 1 and out["counterexample"]["hidden"] == {"a": [["mid", 2]], "b": []}


def test_the_counterexample_is_the_smallest_and_named(tmp_path, capsys):
    a = _chain([(1, [(0, True), (4, True)]), (2, [(5, True)])], [("shirt", [(1, True)]), ("pullover", [(2, True)])])
    b = _chain([(1, [(0, True), (4, True)]), (2, [(5, True), (6, True)])],
               [("shirt", [(1, True)]), ("pullover", [(2, True)])])
    verdict = decide(a, b)
    assert verdict.counterexample.active == (5,)
    assert verdict.counterexample.classes_a == ("pullover",) and verdict.counterexample.classes_b == ()
    (tmp_path / "a.lp").write_text(to_asp(a))
    (tmp_path / "b.lp").write_text(to_asp(b))
    assert main(["diff", str(tmp_path / "a.lp"), str(tmp_path / "b.lp")]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0].endswith("differ: with ent kernels 5 active (1, the fewest) and the others not")
    assert "classes pullover" in out and "== layer mid" in out  # the rule listing stays below the verdict


def test_different_entry_layers_exit_1_with_the_reason(tmp_path, capsys):
    a = _chain([(1, [(0, True)])], [("shirt", [(1, True)])])
    b = Program(("other",), ("shirt",), (Rule("r1", OUTPUT, ("shirt",), (Literal("other", 0),)),))
    status, out = _diff_exit(a, b)
    assert status == 1 and out["equivalent"] is False and "entry layers differ" in out["reason"]
    assert out["counterexample"] is None


def test_errors_exit_2_never_1(tmp_path, capsys):
    good = tmp_path / "a.lp"
    good.write_text(to_asp(_chain([(1, [(0, True)])], [("shirt", [(1, True)])])))
    bad = tmp_path / "bad.lp"
    bad.write_text(good.read_text().replace("fired(I, h0)", "fird(I, h0)"))
    assert main(["diff", str(good), str(bad)]) == 2
    assert main(["diff", str(good), str(tmp_path / "missing.lp")]) == 2
    assert main(["diff", str(tmp_path), str(good)]) == 2  # a folder
    err = capsys.readouterr().err
    assert err.count("eric-lp: error:") == 3


def test_two_300_rule_programs_over_64_kernels_in_under_2_seconds():
    rng = np.random.default_rng(1)
    a = random_program(rng, entry_kernels=64, hidden_kernels=48, hidden_rules=240, output_rules=60, classes=4)
    assert len(a.rules) == 300 and len(a.kernels_read(a.lep)) == 64
    b = replace(a, rules=tuple(reversed(a.rules))).renumbered("q")
    rule = a.rules[0]
    c = replace(a, rules=(replace(rule, body=(rule.body[0].negated(),) + rule.body[1:]),) + a.rules[1:])
    start = time.perf_counter()
    same = decide(a, b)
    middle = time.perf_counter()
    other = decide(a, c)
    end = time.perf_counter()
    assert same.equivalent and middle - start < 2 and end - middle < 2, (middle - start, end - middle)
    if not other.equivalent:
        facts = other.counterexample.facts()
        assert _classes(a, facts) != _classes(c, facts)


@pytest.mark.parametrize("strict", [False, True])
def test_a_program_without_rules_is_equivalent_to_one_whose_rules_never_fire(strict):
    empty = Program(("ent", "mid"), ("shirt",), ())
    never = Program(("ent", "mid"), ("shirt",), (Rule("c1", OUTPUT, ("shirt",), (Literal("mid", 1),)),))
    assert decide(empty, never, strict=strict).equivalent
