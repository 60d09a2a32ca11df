"""Simplification end to end: the rules a learned tree gives, before and after simplifying, derive
the same atoms on every input of the entry layer (brute force over all of them); and in a chain,
hidden kernels whose trees give one body share one rule."""

import itertools

import numpy as np

from eric_lp.core.facts import Facts
from eric_lp.core.program import OUTPUT, Literal, Rule
from eric_lp.core.simplify import simplify
from eric_lp.engines.numpy import evaluate
from eric_lp.learn.chain import induce_program
from eric_lp.learn.tree import RuleTree


def test_learned_rules_mean_the_same_before_and_after_simplifying_on_every_input():
    rng = np.random.default_rng(5)
    k = 8
    X = rng.random((3000, k)) < 0.5
    # complementary pairs arise where a split does not change a leaf's class
    y = np.where(X[:, 0] & X[:, 1], 0, np.where(X[:, 2] | (X[:, 3] & ~X[:, 4]), 1, 2))
    y = np.where(rng.random(3000) < 0.1, rng.integers(0, 3, 3000), y)
    names = ("a", "b", "c")
    tree = RuleTree(depth=4, alpha=0.0).fit(X, y)
    raw = [Rule(f"t{i}", OUTPUT, (names[int(value)],), tuple(Literal("low", f, t) for f, t in literals))
           for i, (literals, value, _, _) in enumerate(tree.paths_)]
    program = induce_program([X], ["low"], y, names, depth=4, alpha=0.0)
    assert [(r.head, r.body) for r in program.rules] == [(r.head, r.body) for r in simplify(raw)]
    assert program.metrics().size < sum(len(r.body) for r in raw)  # it did simplify something
    every = np.array(list(itertools.product((False, True), repeat=k)))
    answer = evaluate(program, Facts.from_table("low", every))
    for row, classes in zip(every, answer.classes):
        by_hand = {r.head[0] for r in raw if all(row[x.kernel] == x.positive for x in r.body)}
        assert {names[c] for c in np.flatnonzero(classes)} == by_hand


def test_hidden_kernels_with_one_body_share_one_rule():
    # h1 is h0 except where low2 & low3 & low4; a tree of two antecedents cannot tell them apart, so
    # both are "low0 and low1": one rule with both heads
    rng = np.random.default_rng(6)
    low = rng.random((4000, 8)) < 0.5
    h0 = low[:, 0] & low[:, 1]
    h1 = h0 & ~(low[:, 2] & low[:, 3] & low[:, 4])
    high = np.stack([h0, h1, low[:, 5]], axis=1)
    y = np.where(high[:, 2], np.where(h0, 0, 1), np.where(h1, 2, 3))  # h2 first, then h0 or h1
    program = induce_program([low, high], ["low", "high"], y, ("a", "b", "c", "d"), depth=1, alpha=0.0)
    read = {lit.kernel for r in program.rules_of(OUTPUT) for lit in r.body}
    assert read == {0, 1, 2}
    shared = [r for r in program.rules_of("high") if r.body == (Literal("low", 0), Literal("low", 1))]
    assert [r.head for r in shared] == [(0, 1)]
