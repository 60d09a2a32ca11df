"""BudgetTree's accounting: size within the budget, and features' one-time costs paid once,
by the first split that reads them; a feature that costs inf is never read."""

import numpy as np
import pytest

from eric_lp.errors import DataError
from eric_lp.learn.budget import BudgetTree


def _data(seed=0, n=2000):
    rng = np.random.default_rng(seed)
    X = rng.random((n, 10)) < 0.5
    y = np.where(X[:, 0] & X[:, 1], 0, np.where(X[:, 2] | X[:, 3], 1, 2))
    return X, y


@pytest.mark.parametrize("budget", [0, 2, 5, 9, 20, 60])
def test_spent_is_size_plus_each_read_features_cost_once_and_within_the_budget(budget):
    X, y = _data()
    costs = np.array([3, 0, 1, 2, 0, 0, 5, 0, 0, 4], dtype=float)
    tree = BudgetTree(budget, feature_costs=costs).fit(X, y)
    size = sum(len(literals) for literals, _, _, _ in tree.paths_)
    read = sorted({f for literals, _, _, _ in tree.paths_ for f, _ in literals})
    assert tree.size_ == size and list(tree.features_read_) == read
    assert tree.spent_ == size + costs[read].sum() <= budget


def test_a_feature_that_costs_inf_is_never_read():
    X, y = _data()
    costs = np.zeros(10)
    costs[[0, 2]] = np.inf
    tree = BudgetTree(200, feature_costs=costs).fit(X, y)
    read = {f for literals, _, _, _ in tree.paths_ for f, _ in literals}
    assert read and not read & {0, 2}


def test_a_costly_feature_gives_way_to_a_cheaper_one_that_gains_less():
    rng = np.random.default_rng(1)
    X = rng.random((2000, 3)) < 0.5
    y = X[:, 0].astype(int)
    X[:, 1] = np.where(rng.random(2000) < 0.9, X[:, 0], ~X[:, 0])  # a noisy copy of feature 0
    free = BudgetTree(4).fit(X, y)
    assert free.paths_[0][0] == ((0, False),)
    dear = BudgetTree(4, feature_costs=[10, 0, 0]).fit(X, y)  # feature 0 does not fit
    assert [p[0] for p in dear.paths_] == [((1, False),), ((1, True),)]
    worth = BudgetTree(40, feature_costs=[1, 0, 0]).fit(X, y)  # fits, and gains more per cost
    assert worth.paths_[0][0] == ((0, False),) and worth.spent_ == 3


def test_no_costs_and_zero_costs_grow_the_same_tree():
    X, y = _data(2)
    for budget in (3, 10, 40):
        assert BudgetTree(budget).fit(X, y).paths_ == BudgetTree(budget, feature_costs=np.zeros(10)).fit(X, y).paths_


def test_feature_costs_of_the_wrong_shape_or_negative_are_refused():
    X, y = _data()
    with pytest.raises(DataError, match="feature_costs"):
        BudgetTree(10, feature_costs=[0, 1]).fit(X, y)
    with pytest.raises(DataError, match="feature_costs"):
        BudgetTree(10, feature_costs=[-1] + [0] * 9).fit(X, y)
