"""A rule learner that spends a size budget where it buys the most fidelity.

`BudgetTree` grows a tree best-first: at each step it splits the leaf whose
best split gains the most per antecedent added to the program -- gini
impurity decrease by default, or training images newly agreeing with M --
and stops when no split gains anything or none fits in the budget.  Splitting a leaf whose rule has p antecedents
replaces it with two rules of p+1 antecedents, so size grows by p+2.  One
number, the budget, bounds the program's size (simplification after it only
shrinks it).  An extension beyond the paper (``--learner budget``).
"""

from __future__ import annotations

import heapq

import numpy as np

from ..errors import DataError
from .tree import PathLearner, split_impurity

__all__ = ["BudgetTree"]


class BudgetTree(PathLearner):
    """Parameters: budget (maximum size: antecedents over all rules), max_depth
    (antecedents per rule), criterion: what a split gains -- ``gini`` (default;
    the decrease of n x gini impurity, which also values splits that pay off a
    level later) or ``fidelity`` (training images newly agreeing with M).

    Learned: ``paths_`` (literals, value, support, confidence) per leaf, like `RuleTree`.
    """

    def __init__(self, budget: int = 200, max_depth: int = 12, criterion: str = "gini"):
        self.budget = budget
        self.max_depth = max_depth
        self.criterion = criterion

    def fit(self, X, y) -> "BudgetTree":
        if not isinstance(self.budget, (int, np.integer)) or self.budget < 0:
            raise DataError(f"budget must be an integer >= 0; got {self.budget!r}")
        if self.criterion not in ("gini", "fidelity"):
            raise DataError(f"criterion must be gini or fidelity; got {self.criterion!r}")
        X, codes = self._validate(X, y)
        onehot = np.eye(len(self.classes_), dtype=np.float32)[codes]
        Xf = X.astype(np.float32)

        def best_split(rows, literals):
            Y = onehot[rows]
            counts = Y.sum(axis=0)
            if len(literals) >= self.max_depth or counts.max() == len(rows):
                return None
            true = Xf[rows].T @ Y
            after, valid = split_impurity(true, counts)
            if not valid.any():
                return None
            if self.criterion == "fidelity":  # training images that change to M's class
                gain = true.max(axis=1) + (counts - true).max(axis=1) - counts.max()
            else:  # decrease of n * gini impurity: values splits that pay off one level later too
                n = len(rows)
                gain = (n - (counts * counts).sum() / n) - after
            gain[~valid] = -1.0
            feature = int(np.argmax(gain))  # ties: the lowest feature index
            if gain[feature] <= 0:
                return None
            return float(gain[feature]), feature

        leaves = {0: (np.arange(len(codes)), [])}
        heap, size, next_id = [], 0, 1

        def push(leaf_id):
            rows, literals = leaves[leaf_id]
            split = best_split(rows, literals)
            if split is not None:
                gain, feature = split
                cost = len(literals) + 2
                heapq.heappush(heap, (-gain / cost, leaf_id, feature, cost))

        push(0)
        while heap:
            _, leaf_id, feature, cost = heapq.heappop(heap)
            if size + cost > self.budget:
                continue  # too dear; a cheaper split elsewhere may still fit
            rows, literals = leaves.pop(leaf_id)
            column = X[rows, feature]
            size += cost
            for truth in (False, True):
                leaves[next_id] = (rows[column == truth], literals + [(feature, truth)])
                push(next_id)
                next_id += 1
        self.size_ = size
        self.paths_ = []
        for leaf_id in sorted(leaves):
            rows, literals = leaves[leaf_id]
            counts = onehot[rows].sum(axis=0)
            best = int(np.argmax(counts))
            self.paths_.append((tuple(literals), self.classes_[best], len(rows), float(counts[best]) / len(rows)))
        return self
