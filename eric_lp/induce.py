"""Rule induction: depth-limited gini trees -> rules (the paper's section 3.3).

`RuleTree` is a scikit-learn style learner: a gini tree over boolean features
whose paths become rules.  Depth d means at most d+1 antecedents per rule, so
the tree library's ``max_depth`` is d+1.  alpha: a child holding less than
alpha of its parent's samples becomes a leaf (stopping only cuts subtrees off,
so the full tree is grown and those subtrees are cut).  A leaf's consequent is
its modal value.

`induce_program` chains them: one multi-class tree from the top layer to the
classes M predicts, then, going down, one binary tree for every kernel a rule
above reads, keeping only leaves whose modal value is true.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from .errors import DataError, NotFittedError
from .program import OUTPUT, Literal, Meta, Program, Rule
from .simplify import simplify

__all__ = ["RuleTree", "induce_program"]


class RuleTree:
    """A gini tree read as rules.

    Parameters: depth (rules have at most depth+1 antecedents), alpha (the
    paper's stopping ratio), random_state (sklearn's tie-breaking seed).
    Learned: ``paths_`` -- one (literals, value, support, confidence) per leaf,
    where literals are (feature index, truth) pairs; ``n_features_in_``.
    """

    def __init__(self, depth: int = 5, alpha: float = 0.01, random_state: int = 0):
        self.depth = depth
        self.alpha = alpha
        self.random_state = random_state

    def fit(self, X, y) -> "RuleTree":
        from sklearn.tree import DecisionTreeClassifier
        X = np.asarray(X, dtype=bool)
        y = np.asarray(y)
        if X.ndim != 2:
            raise DataError(f"X must be 2-d (samples, features); got shape {X.shape}")
        if len(y) != len(X):
            raise DataError(f"X has {len(X)} rows but y has {len(y)}")
        if len(X) == 0:
            raise DataError("cannot learn rules from zero samples")
        if not isinstance(self.depth, (int, np.integer)) or self.depth < 0:
            raise DataError(f"depth must be an integer >= 0; got {self.depth!r}")
        if not 0 <= self.alpha < 1:
            raise DataError(f"alpha must be in [0, 1); got {self.alpha!r}")
        self.n_features_in_ = X.shape[1]
        self.classes_ = np.unique(y)
        tree = DecisionTreeClassifier(criterion="gini", max_depth=self.depth + 1,
                                      random_state=self.random_state)
        tree.fit(X.astype(np.uint8), y)
        self.tree_ = tree.tree_
        self.paths_ = self._paths(tree)
        return self

    def _paths(self, tree) -> list:
        t = tree.tree_
        classes = tree.classes_
        paths = []

        def leaf(node, literals):
            value = t.value[node][0]  # class fractions in recent scikit-learn
            fractions = value / value.sum()
            best = int(np.argmax(fractions))
            paths.append((tuple(literals), classes[best], int(t.n_node_samples[node]), float(fractions[best])))

        def walk(node, literals):
            left, right = t.children_left[node], t.children_right[node]
            if left == -1:
                return leaf(node, literals)
            parent = t.n_node_samples[node]
            feature = int(t.feature[node])
            # features are 0/1, so the left child (<= 0.5) is "false", the right one "true"
            for child, truth in ((left, False), (right, True)):
                path = literals + [(feature, truth)]
                if t.n_node_samples[child] / parent < self.alpha:
                    leaf(child, path)
                else:
                    walk(child, path)

        walk(0, [])
        return paths

    def predict(self, X) -> np.ndarray:
        if not hasattr(self, "paths_"):
            raise NotFittedError("this RuleTree is not fitted yet; call fit(X, y) first")
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


def _rules_from_paths(paths, layer_below: str, kernels, head_layer: str, heads) -> list[Rule]:
    """Tree paths as rules; `heads(value)` gives a leaf's heads (empty: no rule)."""
    rules = []
    for literals, value, support, confidence in paths:
        head = heads(value)
        if not head:
            continue
        body = tuple(Literal(layer_below, kernels[f], truth) for f, truth in literals)
        rules.append(Rule(f"t{len(rules)}", head_layer, head, body, support, confidence))
    return rules


def induce_program(truth, layer_names, target, class_names, depth: int = 5, alpha: float = 0.01,
                   seed: int = 0, meta: Meta | None = None, progress=None) -> Program:
    """Learn the whole program from training truth tables.

    truth: bool (n, K_l) per layer, bottom-up (truth[0] is the LEP);
    target: int (n,) the class M predicts for each training image.
    """
    if len(truth) != len(layer_names) or not truth:
        raise DataError("give one truth table per layer")
    layers = tuple(layer_names)
    kernels = [tuple(range(t.shape[1])) for t in truth]
    # output rules: one multi-class tree over the top layer
    tree = RuleTree(depth, alpha, seed).fit(truth[-1], target)
    by_layer = {OUTPUT: simplify(_rules_from_paths(tree.paths_, layers[-1], kernels[-1], OUTPUT,
                                                   lambda v: (class_names[int(v)],)))}
    # hidden layers, going down: a binary tree for each kernel a rule above reads
    above = by_layer[OUTPUT]
    for level in range(len(layers) - 1, 0, -1):
        layer = layers[level]
        needed = sorted({lit.kernel for r in above for lit in r.body})
        rules = []
        for k in needed:
            if progress:
                progress(layer, k)
            y = truth[level][:, k]
            tree = RuleTree(depth, alpha, seed).fit(truth[level - 1], y)
            rules += _rules_from_paths(tree.paths_, layers[level - 1], kernels[level - 1], layer,
                                       lambda v, k=k: (k,) if bool(v) else ())
        above = by_layer[layer] = simplify(rules)
    ordered = [r for layer in layers[1:] + (OUTPUT,) for r in by_layer.get(layer, [])]
    ordered = [replace(r, id=f"r{i}") for i, r in enumerate(ordered, 1)]
    return Program(layers, tuple(class_names), tuple(ordered), (), meta or Meta())
