"""The paper's two simplifications keep a rule set's meaning exactly: checked by evaluating the
rules before and after on every input; and each one does its part (rules with the same body
become one rule with all their heads; rules differing in one literal's sign lose it)."""

import itertools

import numpy as np
import pytest

from eric_lp.core.program import Literal, Rule
from eric_lp.core.simplify import merge_complementary, merge_identical_bodies, simplify


def lit(k, positive=True):
    return Literal("low", k, positive)


def derived(rules, row) -> set:
    """(layer, head) atoms the rules derive from one input row (a tuple of bools), by brute force."""
    return {(r.layer, h) for r in rules if all(row[x.kernel] == x.positive for x in r.body) for h in r.head}


def test_rules_with_the_same_body_become_one_rule_with_all_their_heads():
    a = Rule("r1", "high", (3,), (lit(0), lit(1, False)), 40, 0.9)
    b = Rule("r2", "high", (5,), (lit(0), lit(1, False)), 30, 0.8)
    c = Rule("r3", "high", (3,), (lit(2),), 10, 1.0)
    assert merge_identical_bodies([a, b, c]) == [Rule("r1", "high", (3, 5), a.body, 40, 0.8), c]
    assert simplify([a, b, c]) == [Rule("r1", "high", (3, 5), a.body, 40, 0.8), c]


def test_complementary_literals_merge_to_a_fixed_point():
    rules = [Rule(f"r{i}", "class", ("x",), (lit(0, s0), lit(1, s1)), 10, 1.0)
             for i, (s0, s1) in enumerate(itertools.product((True, False), repeat=2))]
    merged = merge_complementary(rules)
    assert [(r.head, r.body, r.support) for r in merged] == [(("x",), (), 40)]


@pytest.mark.parametrize("seed", range(40))
def test_simplify_keeps_the_meaning_on_every_input(seed):
    rng = np.random.default_rng(seed)
    k = 5
    rules = []
    for i in range(int(rng.integers(1, 14))):
        chosen = rng.choice(k, size=int(rng.integers(0, 4)), replace=False)
        body = tuple(lit(int(f), bool(rng.integers(0, 2))) for f in sorted(chosen))
        rules.append(Rule(f"r{i}", "high", (int(rng.integers(0, 3)),), body, int(rng.integers(1, 50)), 1.0))
    # pairs that differ in one sign, and same bodies with other heads, so both merges have work
    for r in list(rules[:3]):
        if r.body:
            rules.append(Rule(r.id + "c", r.layer, r.head, r.body[:-1] + (r.body[-1].negated(),), 5, 1.0))
        rules.append(Rule(r.id + "h", r.layer, (7,), r.body, 5, 1.0))
    simplified = simplify(rules)
    assert sum(len(r.body) for r in simplified) <= sum(len(r.body) for r in rules)
    for row in itertools.product((False, True), repeat=k):
        assert derived(simplified, row) == derived(rules, row), row
    bodies = [r.body for r in simplified]
    assert len(bodies) == len(set(bodies))  # no two rules left with one body
