"""A rule learner that spends a size budget where it buys the most fidelity.

`BudgetTree` grows a tree best-first: at each step it splits the leaf whose
best split gains the most per unit of size it costs -- gini impurity
decrease by default, or training images newly agreeing with M -- and stops
when no split gains anything or none fits in the budget.  Splitting a leaf
whose rule has p antecedents replaces it with two rules of p+1 antecedents,
so size grows by p+2.  A feature may also carry a one-time cost, paid by the
first split that reads it (``feature_costs``): in a chain of layers, what it
takes to define a hidden kernel the tree reads (see `chain.induce_program`).
One number, the budget, bounds the program's size (simplification after it
only shrinks it).  An extension beyond the paper (``--learner budget``).
"""

from __future__ import annotations

import heapq

import numpy as np

from ..errors import DataError
from .tree import PathLearner, split_impurity

__all__ = ["BudgetTree"]


class BudgetTree(PathLearner):
    """Parameters: budget (maximum size: antecedents over all rules, plus the
    features' one-time costs), max_depth (antecedents per rule), criterion:
    what a split gains -- ``gini`` (default; the decrease of n x gini
    impurity, which also values splits that pay off a level later) or
    ``fidelity`` (training images newly agreeing with M) -- and
    feature_costs: None (every feature free) or one number per feature, paid
    once, by the first split that reads it; ``inf`` keeps a feature out.

    Learned: ``paths_`` (literals, value, support, confidence) per leaf, like
    `RuleTree`; ``size_`` (antecedents over all leaves); ``spent_`` (size_
    plus the one-time costs paid, at most the budget); ``features_read_``
    (the features some split reads, sorted).
    """

    def __init__(self, budget: int = 200, max_depth: int = 12, criterion: str = "gini", feature_costs=None):
        self.budget = budget
        self.max_depth = max_depth
        self.criterion = criterion
        self.feature_costs = feature_costs

    def fit(self, X, y) -> "BudgetTree":
        if not isinstance(self.budget, (int, np.integer)) or self.budget < 0:
            raise DataError(f"budget must be an integer >= 0; got {self.budget!r}")
        if self.criterion not in ("gini", "fidelity"):
            raise DataError(f"criterion must be gini or fidelity; got {self.criterion!r}")
        X, codes = self._validate(X, y)
        fees = np.zeros(X.shape[1]) if self.feature_costs is None else np.asarray(self.feature_costs, dtype=float)
        if fees.shape != (X.shape[1],) or np.isnan(fees).any() or (fees < 0).any():
            raise DataError(f"feature_costs must hold one number >= 0 (or inf) per feature ({X.shape[1]}); "
                            f"got shape {fees.shape}")
        onehot = np.eye(len(self.classes_), dtype=np.float32)[codes]
        Xf = X.astype(np.float32)

        def gains(rows, literals):
            """What splitting the leaf on each feature gains (-1: not a split), or None if it is final."""
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
            return gain

        read = np.zeros(X.shape[1], dtype=bool)
        state = {"size": 0, "spent": 0.0, "splits": 0}

        def choose(leaf_id):
            """(gain per cost, feature, cost) of the leaf's best split that fits what is left, or None."""
            _, literals, gain = leaves[leaf_id]
            if gain is None:
                return None
            fee = np.where(read, 0.0, fees)
            cost = len(literals) + 2 + fee
            fits = (gain > 0) & (state["spent"] + cost <= self.budget)
            if not fits.any():
                return None
            # with no fee to pay every feature costs the same, and gain alone orders them (ties: the
            # lowest feature index) -- the same choice as dividing, without rounding ties into it
            score = gain / cost if fee[fits].any() else gain
            feature = int(np.argmax(np.where(fits, score, -np.inf)))
            return float(gain[feature] / cost[feature]), feature, float(cost[feature])

        leaves = {}
        heap, next_id = [], 1

        def push(leaf_id):
            split = choose(leaf_id)
            if split is not None:
                ratio, feature, cost = split
                heapq.heappush(heap, (-ratio, leaf_id, feature, cost, state["splits"]))

        rows = np.arange(len(codes))
        leaves[0] = (rows, [], gains(rows, []))
        push(0)
        while heap:
            _, leaf_id, feature, cost, when = heapq.heappop(heap)
            if when != state["splits"]:  # chosen before other splits spent part of the budget: again
                push(leaf_id)
                continue
            rows, literals, _ = leaves.pop(leaf_id)
            column = X[rows, feature]
            state["size"] += len(literals) + 2
            state["spent"] += cost
            state["splits"] += 1
            newly_paid = not read[feature] and fees[feature] > 0
            read[feature] = True
            if newly_paid:  # splits elsewhere on this feature just became cheaper: choose them again
                heap.clear()
                for other in sorted(leaves):
                    push(other)
            for truth in (False, True):
                child_rows, child_literals = rows[column == truth], literals + [(feature, truth)]
                leaves[next_id] = (child_rows, child_literals, gains(child_rows, child_literals))
                push(next_id)
                next_id += 1
        self.size_ = state["size"]
        self.spent_ = state["spent"]
        self.features_read_ = np.flatnonzero(read)
        self.paths_ = []
        for leaf_id in sorted(leaves):
            rows, literals, _ = leaves[leaf_id]
            counts = onehot[rows].sum(axis=0)
            best = int(np.argmax(counts))
            self.paths_.append((tuple(literals), self.classes_[best], len(rows), float(counts[best]) / len(rows)))
        return self
