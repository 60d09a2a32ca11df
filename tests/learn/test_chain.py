"""The chaining of trees into a program: depth d means d+1 antecedents; hidden trees only for
kernels a rule above reads; and a size budget bounds the whole program, hidden layers included,
while buying one that works (every hidden atom read is defined, by rules with a body)."""

import numpy as np
import pytest

from eric_lp.core.facts import Facts
from eric_lp.core.program import OUTPUT, Literal
from eric_lp.engines.numpy import evaluate
from eric_lp.learn.budget import BudgetTree
from eric_lp.learn.chain import definition_costs, induce_program


def test_depth_d_allows_exactly_d_plus_one_antecedents():
    # the class is the AND of three kernels: only a rule of three antecedents says so exactly
    rng = np.random.default_rng(3)
    X = rng.random((4000, 6)) < 0.5
    y = (X[:, 0] & X[:, 1] & X[:, 2]).astype(int)
    program = induce_program([X], ["pool"], y, ("no", "yes"), depth=2, alpha=0.0)
    lengths = [len(r.body) for r in program.rules]
    assert max(lengths) == 3  # d + 1
    yes = [r for r in program.rules if r.head == ("yes",)]
    assert [sorted((lit.kernel, lit.positive) for lit in r.body) for r in yes] == \
        [[(0, True), (1, True), (2, True)]]
    shallower = induce_program([X], ["pool"], y, ("no", "yes"), depth=1, alpha=0.0)
    assert max(len(r.body) for r in shallower.rules) == 2


def _fidelity(program, entry, target) -> float:
    predicted = evaluate(program, Facts.from_table(program.lep, entry)).predicted()
    return 100.0 * float(np.mean(predicted == target))


def assert_hidden_atoms_defined(program):
    """Every hidden atom a rule reads is the head of some rule, and no hidden rule has an empty body
    (one would make its atoms true for every image)."""
    hidden = set(program.layers[1:])
    heads = {(r.layer, k) for r in program.rules if r.layer in hidden for k in r.head}
    read = {(lit.layer, lit.kernel) for r in program.rules for lit in r.body if lit.layer in hidden}
    assert read <= heads, f"read but never derived: {sorted(read - heads)}"
    assert all(r.body for r in program.rules if r.layer in hidden), "a hidden rule with an empty body"


def _two_layers(seed=0, n=3000):
    """Entry bits, and hidden kernels that are functions of them: a sparse one (h0, true on 3/8 of
    the images, so a leaf without a split says false) and a dense one (h1, true on 5/8, so a leaf
    without a split says true); the classes (3/8, 3/8 x 5/8, the rest) depend on h0 and h1 only."""
    rng = np.random.default_rng(seed)
    low = rng.random((n, 24)) < 0.5
    high = np.stack([low[:, 0] & (low[:, 1] | low[:, 2]), low[:, 3] | (low[:, 4] & low[:, 5])]
                    + [low[:, i] ^ low[:, i + 1] for i in range(6, 18, 2)], axis=1)
    y = np.where(high[:, 0], 0, np.where(high[:, 1], 1, 2))
    return low, high, y


def test_budget_bounds_the_whole_program_hidden_layers_included():
    rng = np.random.default_rng(0)
    low = rng.random((3000, 24)) < 0.5
    # a hidden layer of kernels that depend on the low layer, and classes that depend on them
    high = np.stack([low[:, i] ^ (low[:, i + 1] & low[:, i + 2]) for i in range(0, 16, 2)], axis=1)
    y = high[:, 0].astype(int) + 2 * (high[:, 3] & ~high[:, 5])
    y = np.minimum(y, 2)
    names = ("a", "b", "c")
    free = induce_program([low, high], ["low", "high"], y, names, depth=5, alpha=0.0)
    assert free.metrics().size > 30  # the paper's trees alone would not fit
    share = 100.0 * np.bincount(y).max() / len(y)
    for budget in (4, 8, 16, 30):
        program = induce_program([low, high], ["low", "high"], y, names, budget=budget)
        assert program.metrics().size <= budget
        assert program.rules_of("high"), "the hidden layer still gets rules"
        assert program.rules_of(OUTPUT)
        assert_hidden_atoms_defined(program)
        assert _fidelity(program, low, y) > share + 15, budget


@pytest.mark.parametrize("budget", [4, 5, 6, 8, 12, 16, 30, 60])
def test_a_small_budget_buys_a_working_two_layer_program(budget):
    low, high, y = _two_layers()
    program = induce_program([low, high], ["low", "high"], y, ("a", "b", "c"), budget=budget)
    assert program.metrics().size <= budget
    assert program.rules_of("high")
    assert_hidden_atoms_defined(program)
    share = 100.0 * np.bincount(y).max() / len(y)  # about 39: every image in class b
    assert _fidelity(program, low, y) > share + 15


def test_a_large_budget_recovers_the_two_layer_program_exactly():
    low, high, y = _two_layers()
    program = induce_program([low, high], ["low", "high"], y, ("a", "b", "c"), budget=60)
    answer = evaluate(program, Facts.from_table("low", low))
    assert np.array_equal(answer.predicted(), y)
    for k in (0, 1):  # the hidden kernels the classes read are derived exactly where they hold
        defining = [i for i, r in enumerate(program.rules) if r.layer == "high" and k in r.head]
        assert np.array_equal(answer.fired[:, defining].any(axis=1), high[:, k])
    assert program.metrics().size <= 60


@pytest.mark.parametrize("budget", [0, 1, 3])
def test_a_budget_too_small_for_one_defined_hidden_kernel_reads_none(budget):
    # one output split (2) and the one-split tree that defines the kernel it reads (2) need 4
    low, high, y = _two_layers()
    program = induce_program([low, high], ["low", "high"], y, ("a", "b", "c"), budget=budget)
    assert [(r.head, r.body) for r in program.rules] == [(("b",), ())]  # M's commonest class, read from nothing


def test_budget_chain_of_three_layers_defines_every_atom_it_reads():
    rng = np.random.default_rng(1)
    low = rng.random((3000, 16)) < 0.5
    mid = np.stack([low[:, 0] & low[:, 1], low[:, 2] | low[:, 3], low[:, 4], ~low[:, 5]], axis=1)
    high = np.stack([mid[:, 0] | mid[:, 2], mid[:, 1] & mid[:, 3], mid[:, 0]], axis=1)
    y = np.where(high[:, 0] & high[:, 1], 0, np.where(high[:, 0], 1, 2))
    share = 100.0 * np.bincount(y).max() / len(y)
    for budget in (6, 10, 20, 40, 80):
        program = induce_program([low, mid, high], ["low", "mid", "high"], y, ("a", "b", "c"), budget=budget)
        assert program.metrics().size <= budget
        assert program.rules_of("mid") and program.rules_of("high"), budget
        assert_hidden_atoms_defined(program)
        assert _fidelity(program, low, y) > share + 15, budget


def test_definition_costs_one_split_per_hidden_layer_and_inf_where_no_split_defines_the_kernel():
    low = np.array([[(i >> j) & 1 for j in range(6)] for i in range(64)], dtype=bool).repeat(5, axis=0)
    # xor: each side of any one split is half true, half false (no majority changes); constant: never true
    mid = np.stack([low[:, 0], low[:, 1] ^ low[:, 2], np.zeros(len(low), dtype=bool),
                    low[:, 3] | (low[:, 4] & low[:, 5])], axis=1)
    high = np.stack([mid[:, 0] & mid[:, 3], mid[:, 1]], axis=1)
    costs = definition_costs([low, mid, high])
    assert costs[0].tolist() == [0.0] * 6
    assert costs[1].tolist() == [2.0, np.inf, np.inf, 2.0]
    assert costs[2].tolist() == [4.0, np.inf]  # high 1 is mid 1, which nothing defines in one split


def test_hidden_trees_only_for_kernels_a_rule_above_reads():
    # h2 is a clean function of the entry bits but no class depends on it: it must get no rules
    rng = np.random.default_rng(4)
    low = rng.random((2000, 8)) < 0.5
    high = np.stack([low[:, 0] & low[:, 1], ~low[:, 2], low[:, 3] | low[:, 4]], axis=1)
    y = (high[:, 0] | high[:, 1]).astype(int)
    for kwargs in ({"depth": 3, "alpha": 0.0}, {"budget": 40}):
        program = induce_program([low, high], ["low", "high"], y, ("no", "yes"), **kwargs)
        read = {lit.kernel for r in program.rules_of(OUTPUT) for lit in r.body}
        derived = {k for r in program.rules_of("high") for k in r.head}
        assert read == {0, 1} and derived == read, kwargs


def test_a_hidden_tree_that_gini_leaves_constant_is_grown_again_by_fidelity():
    # k is true on 700 of 1000 images.  Splitting on f0 makes one side pure (gini's choice) but k is
    # true on most of both sides: a tree of that one split says "k" everywhere.  f1 is worse by gini
    # yet flips the majority on one side (151 false of 301): the one split that defines k.
    f0 = np.r_[np.ones(300), np.zeros(700)].astype(bool)
    k = np.r_[np.ones(300), np.ones(400), np.zeros(300)].astype(bool)  # rows 300..699 true, 700.. false
    f1 = np.ones(1000, dtype=bool)
    f1[300:450] = False   # 150 of f0=0's true rows
    f1[700:851] = False   # 151 of its false rows
    low, high, y = np.stack([f0, f1], axis=1), k[:, None], k.astype(int)
    assert BudgetTree(2).fit(low, k).paths_[0][0] == ((0, False),)  # gini alone splits on f0
    program = induce_program([low, high], ["low", "high"], y, ("no", "yes"), budget=4)
    assert_hidden_atoms_defined(program)
    assert [r.body for r in program.rules_of("high")] == [(Literal("low", 1),)]
