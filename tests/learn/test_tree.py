import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eric_lp.errors import NotFittedError
from eric_lp.engines.numpy import evaluate
from eric_lp.core.facts import Facts
from eric_lp.learn.chain import induce_program
from eric_lp.learn.tree import RuleTree
from eric_lp.core.program import Literal


def all_rows(k):
    return np.array([[(i >> j) & 1 for j in range(k)] for i in range(2 ** k)], dtype=bool)


def test_recovers_a_known_rule_exactly():
    X = np.repeat(all_rows(5), 20, axis=0)
    # class 1 (a) iff k1 and not k4; else class 0 (b)
    y = (X[:, 1] & ~X[:, 4]).astype(int)
    program = induce_program([X], ["pool"], y, ("b", "a"), depth=5, alpha=0.01)
    assert [r for r in program.rules if r.head == ("a",)][0].body == (Literal("pool", 1), Literal("pool", 4, False))
    # b is the rest, in the two rules a tree can give it (which split comes first is a tie)
    assert {r.body for r in program.rules if r.head == ("b",)} in (
        {(Literal("pool", 1, False), Literal("pool", 4, False)), (Literal("pool", 4),)},
        {(Literal("pool", 1, False),), (Literal("pool", 1), Literal("pool", 4))})
    assert np.array_equal(evaluate(program, Facts.from_table("pool", X)).predicted(), y)


def test_recovers_a_hidden_layer_rule():
    X = np.repeat(all_rows(4), 10, axis=0)
    hidden = np.stack([X[:, 0] & X[:, 2], ~X[:, 3]], axis=1)  # h0 = k0 & k2, h1 = ~k3
    y = (hidden[:, 0] & hidden[:, 1]).astype(int)
    program = induce_program([X, hidden], ["low", "high"], y, ("no", "yes"), depth=3, alpha=0.0)
    h0 = [r for r in program.rules if r.layer == "high" and 0 in r.head]
    assert [r.body for r in h0] == [(Literal("low", 0), Literal("low", 2))]
    answer = evaluate(program, Facts.from_table("low", X))
    assert np.array_equal(answer.predicted(), y)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(0, 4), st.sampled_from([0.0, 0.01, 0.1, 0.3]))
def test_properties_of_extracted_programs(seed, depth, alpha):
    rng = np.random.default_rng(seed)
    X = rng.random((300, 12)) < rng.random(12)
    y = (X[:, :4].sum(axis=1) + rng.integers(0, 2, 300)) % 3
    program = induce_program([X], ["pool"], y, ("a", "b", "c"), depth=depth, alpha=alpha, seed=seed)
    assert all(len(r.body) <= depth + 1 for r in program.rules)
    answer = evaluate(program, Facts.from_table("pool", X))
    assert np.all(answer.fired.sum(axis=1) == 1)  # exclusive and exhaustive
    assert np.all(answer.classes.sum(axis=1) == 1)
    # alpha: on every rule's path, each node that was split further held at least alpha of its parent
    tree = RuleTree(depth, alpha, seed).fit(X, y)
    for literals, _, support, _ in tree.paths_:
        rows = np.ones(len(X), dtype=bool)
        sizes = [len(X)]
        for f, v in literals:
            rows &= X[:, f] == v
            sizes.append(int(rows.sum()))
        assert sizes[-1] == support
        for parent, child in zip(sizes[:-2], sizes[1:-1]):  # every node that was split further
            assert child / parent >= alpha


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(0, 2), st.sampled_from([0.0, 0.05, 0.2]))
def test_numpy_tree_matches_scikit_learn(seed, depth, alpha):
    # large nodes and real-valued weights make gini ties (where the two may pick different
    # features, each breaking ties its own way) vanishingly rare
    rng = np.random.default_rng(seed)
    X = rng.random((3000, 10)) < rng.uniform(0.2, 0.8, 10)
    score = X @ rng.normal(size=10) + rng.normal(scale=0.5, size=3000)
    y = np.digitize(score, np.quantile(score, [0.33, 0.66]))
    ours = RuleTree(depth, alpha, backend="numpy").fit(X, y).paths_
    reference = RuleTree(depth, alpha, backend="sklearn").fit(X, y).paths_
    assert [(p[0], p[1], p[2]) for p in ours] == [(p[0], p[1], p[2]) for p in reference]


def test_predict_before_fit_is_a_clear_error():
    with pytest.raises(NotFittedError, match="not fitted"):
        RuleTree().predict(np.zeros((2, 2), dtype=bool))


def test_predict_agrees_with_paths():
    rng = np.random.default_rng(0)
    X = rng.random((200, 6)) < 0.5
    y = (X[:, 0] ^ X[:, 3]).astype(int)
    tree = RuleTree(depth=2, alpha=0.0).fit(X, y)
    assert np.array_equal(tree.predict(X), y)


@pytest.mark.parametrize("backend", ["numpy", "sklearn"])
def test_a_child_holding_exactly_alpha_of_its_parent_is_split_further(backend):
    # 100 rows; feature 0 holds 10 of them (exactly alpha = 0.1 of the root), half class 1 and half
    # class 2 as feature 1 says; the other 90 are class 0.  Only a child holding *less* than alpha
    # becomes a leaf, so the 10 rows are split on feature 1; a hair more alpha makes them a leaf.
    X = np.zeros((100, 2), dtype=bool)
    X[:10, 0] = True
    X[:5, 1] = True
    y = np.zeros(100, dtype=int)
    y[:5], y[5:10] = 1, 2
    assert 10 / 100 == 0.1
    at = RuleTree(depth=3, alpha=0.1, backend=backend).fit(X, y).paths_
    assert sorted((p[0], int(p[1]), p[2]) for p in at) == [
        (((0, False),), 0, 90), (((0, True), (1, False)), 2, 5), (((0, True), (1, True)), 1, 5)]
    above = RuleTree(depth=3, alpha=0.1000001, backend=backend).fit(X, y).paths_
    assert sorted((p[0], p[2]) for p in above) == [(((0, False),), 90), (((0, True),), 10)]
