"""The paper's rule learner: a depth-limited gini tree whose paths are rules (section 3.3).

`RuleTree` is a scikit-learn style learner: a gini tree over boolean features
whose paths become rules.  Depth d means at most d+1 antecedents per rule, so
the tree library's ``max_depth`` is d+1.  alpha: a child holding less than
alpha of its parent's samples becomes a leaf (stopping only cuts subtrees off,
so the full tree is grown and those subtrees are cut).  A leaf's consequent is
its modal value.

`chain.induce_program` chains them into a program.
"""

from __future__ import annotations

import numpy as np

from ..core.bits import pack_bits
from ..errors import DataError, NotFittedError
from .table import TruthTable

__all__ = ["PathLearner", "RuleTree", "split_impurity"]


def split_impurity(true: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For splitting a node on each feature: n x gini of both sides, summed, and whether the split
    leaves both sides non-empty.  true: (features, classes) counts where the feature is true;
    counts: (classes,) counts of the node."""
    false = counts - true
    n_true, n_false = true.sum(axis=1), false.sum(axis=1)
    impurity = (n_true - (true * true).sum(axis=1) / np.maximum(n_true, 1)) \
        + (n_false - (false * false).sum(axis=1) / np.maximum(n_false, 1))
    return impurity, (n_true > 0) & (n_false > 0)


class PathLearner:
    """What every rule learner here shares: input checks, and `predict` from ``paths_``.

    A learner's ``fit`` sets ``paths_``: one (literals, value, support,
    confidence) per leaf, literals being (feature index, truth) pairs.
    """

    def _validate(self, X, y) -> tuple[np.ndarray, np.ndarray]:
        X = X.bits if isinstance(X, TruthTable) else np.asarray(X, dtype=bool)
        y = np.asarray(y)
        if X.ndim != 2:
            raise DataError(f"X must be 2-d (samples, features); got shape {X.shape}")
        if len(y) != len(X):
            raise DataError(f"X has {len(X)} rows but y has {len(y)}")
        if len(X) == 0:
            raise DataError("cannot learn rules from zero samples")
        self.n_features_in_ = X.shape[1]
        self.classes_, codes = np.unique(y, return_inverse=True)
        return X, codes

    def predict(self, X) -> np.ndarray:
        if not hasattr(self, "paths_"):
            raise NotFittedError(f"this {type(self).__name__} is not fitted yet; call fit(X, y) first")
        X = np.asarray(X, dtype=bool)
        if X.ndim != 2 or X.shape[1] != self.n_features_in_:
            raise DataError(f"X has {X.shape[-1] if X.ndim else 0} features; expected {self.n_features_in_}")
        out = np.empty(len(X), dtype=self.classes_.dtype)
        for literals, value, _, _ in self.paths_:
            mask = np.ones(len(X), dtype=bool)
            for feature, truth in literals:
                mask &= X[:, feature] == truth
            out[mask] = value
        return out


class RuleTree(PathLearner):
    """A gini tree over boolean features, read as rules.

    Parameters: depth (rules have at most depth+1 antecedents), alpha (the
    paper's stopping ratio), random_state (tie-breaking seed of the sklearn
    backend), backend: ``numpy`` (default) grows the tree with vectorised
    counts -- with 0/1 features every split is one matrix product -- and
    breaks ties by the lowest feature index; ``sklearn`` uses scikit-learn's
    CART (``max_depth`` = depth+1) and is the reference the tests compare with.
    Learned: ``paths_`` -- one (literals, value, support, confidence) per leaf,
    literals being (feature index, truth) pairs -- ``classes_``, ``n_features_in_``.
    """

    def __init__(self, depth: int = 5, alpha: float = 0.01, random_state: int = 0, backend: str = "numpy"):
        self.depth = depth
        self.alpha = alpha
        self.random_state = random_state
        self.backend = backend

    def fit(self, X, y) -> "RuleTree":
        if not isinstance(self.depth, (int, np.integer)) or self.depth < 0:
            raise DataError(f"depth must be an integer >= 0; got {self.depth!r}")
        if not 0 <= self.alpha < 1:
            raise DataError(f"alpha must be in [0, 1); got {self.alpha!r}")
        if self.backend not in ("numpy", "sklearn"):
            raise DataError(f"backend must be numpy or sklearn; got {self.backend!r}")
        table = X if isinstance(X, TruthTable) else None
        X, codes = self._validate(X, y)
        if self.backend == "sklearn":
            self.paths_ = self._sklearn_paths(X, codes)
        else:
            self.paths_ = self._numpy_paths(table or TruthTable(X), codes)
        return self

    def _leaf(self, counts, literals) -> tuple:
        best = int(np.argmax(counts))
        n = int(counts.sum())
        return (tuple(literals), self.classes_[best], n, float(counts[best]) / n)

    def _numpy_paths(self, table: TruthTable, codes: np.ndarray) -> list:
        n_classes = len(self.classes_)
        onehot = np.zeros((len(codes), n_classes), dtype=np.float32)
        onehot[np.arange(len(codes)), codes] = 1.0
        max_splits = self.depth + 1
        paths = []
        n_rows = len(codes)
        X, Xf, X_bits = table.bits, table.rows, table.packed
        class_bits = pack_bits(codes[None, :] == np.arange(n_classes)[:, None])  # (classes, words)

        def count_true(rows: np.ndarray) -> np.ndarray:
            """(features, classes) counts of rows where each feature is true.  Large nodes count
            bits (time independent of their size); small ones gather their rows."""
            if len(rows) < 2048:
                return Xf[rows].T @ onehot[rows]
            mask = np.zeros(n_rows, dtype=bool)
            mask[rows] = True
            node = pack_bits(mask)
            return np.stack([np.bitwise_count(X_bits & (node & class_bits[c])).sum(axis=1)
                             for c in range(n_classes)], axis=1).astype(np.float32)

        def grow(rows: np.ndarray, literals: list, counts: np.ndarray, true: np.ndarray | None) -> None:
            """counts: class counts of the node; true: (features, classes) counts where each feature
            is true, or None to count them here."""
            n = len(rows)
            if len(literals) == max_splits or counts.max() == n:
                paths.append(self._leaf(counts, literals))
                return
            if true is None:
                true = count_true(rows)
            false = counts - true
            impurity, valid = split_impurity(true, counts)
            if not valid.any():
                paths.append(self._leaf(counts, literals))
                return
            impurity[~valid] = np.inf
            feature = int(np.argmin(impurity))
            column = X[rows, feature]
            children = {False: rows[~column], True: rows[column]}
            child_counts = {False: false[feature], True: true[feature]}
            leaf = {t: len(children[t]) / n < self.alpha for t in children}
            grows = [t for t in children if not leaf[t] and len(literals) + 1 < max_splits
                     and child_counts[t].max() < len(children[t])]
            child_true = {False: None, True: None}
            if grows:
                # count the smaller child; the larger one is the parent minus it
                small = min(children, key=lambda t: (len(children[t]), t))
                child_true[small] = count_true(children[small])
                child_true[not small] = true - child_true[small]
            for truth in (False, True):
                path = literals + [(feature, truth)]
                if leaf[truth]:
                    paths.append(self._leaf(child_counts[truth], path))
                else:
                    grow(children[truth], path, child_counts[truth], child_true[truth])

        grow(np.arange(len(codes)), [], onehot.sum(axis=0), None)
        return paths

    def _sklearn_paths(self, X: np.ndarray, codes: np.ndarray) -> list:
        from sklearn.tree import DecisionTreeClassifier
        tree = DecisionTreeClassifier(criterion="gini", max_depth=self.depth + 1, random_state=self.random_state)
        tree.fit(X.astype(np.uint8), codes)
        t = tree.tree_
        paths = []

        def counts(node):  # tree_.value holds class fractions in recent releases: scale by samples
            value = np.zeros(len(self.classes_))
            value[tree.classes_] = t.value[node][0] / t.value[node][0].sum() * t.n_node_samples[node]
            return np.round(value)

        def walk(node, literals):
            left, right = t.children_left[node], t.children_right[node]
            if left == -1:
                paths.append(self._leaf(counts(node), literals))
                return
            feature = int(t.feature[node])
            for child, truth in ((left, False), (right, True)):  # 0/1 features: left is "false"
                path = literals + [(feature, truth)]
                if t.n_node_samples[child] / t.n_node_samples[node] < self.alpha:
                    paths.append(self._leaf(counts(child), path))
                else:
                    walk(child, path)

        walk(0, [])
        return paths
