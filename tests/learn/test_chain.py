"""The chaining of trees into a program: depth d means d+1 antecedents, and a size budget
bounds the whole program, hidden layers included."""

import numpy as np

from eric_lp.core.program import OUTPUT
from eric_lp.learn.chain import induce_program


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
    for budget in (8, 16, 30):
        program = induce_program([low, high], ["low", "high"], y, names, budget=budget)
        assert program.metrics().size <= budget
        assert program.rules_of("high"), "the hidden layer still gets rules"
        assert program.rules_of(OUTPUT)
