"""Threshold strategies: where a literal's activation becomes true.

``mean`` is the paper's (eq. 4) and the default.  The others are extensions,
named as such in every program and quantiser they make:

* ``mean+K*std`` -- the mean plus K standard deviations (e.g. ``mean+0.5*std``);
* ``pNN`` -- the NN-th percentile of the training activations (e.g. ``p75``);
* ``gini`` -- the one cut per literal that best separates the classes M
  predicts on the training split (lowest weighted gini impurity).
"""

from __future__ import annotations

import re

import numpy as np

from ..errors import DataError

__all__ = ["fit_thresholds", "check_strategy"]

_MEAN_STD = re.compile(r"mean\+([0-9]*\.?[0-9]+)\*std\Z")
_PERCENTILE = re.compile(r"p([0-9]{1,2}(?:\.[0-9]+)?)\Z")


def check_strategy(strategy: str) -> str:
    if strategy in ("mean", "gini") or _MEAN_STD.match(strategy) or _PERCENTILE.match(strategy):
        return strategy
    raise DataError(f"unknown threshold {strategy!r}; expected mean (the paper's), mean+K*std "
                    "(e.g. mean+0.5*std), pNN (a percentile, e.g. p75) or gini")


def _gini_cuts(values: np.ndarray, target: np.ndarray) -> np.ndarray:
    """Per column, the cut (midpoint between sorted values) with the lowest weighted gini."""
    n, cols = values.shape
    classes = int(target.max()) + 1 if len(target) else 1
    onehot = np.eye(classes)[target]
    cuts = np.empty(cols)
    total = onehot.sum(axis=0)
    for j in range(cols):
        order = np.argsort(values[:, j], kind="stable")
        v = values[order, j]
        left = np.cumsum(onehot[order], axis=0)[:-1]          # class counts at or below each position
        n_left = np.arange(1, n)[:, None].astype(float)
        right = total - left
        n_right = n - n_left
        impurity = (n_left[:, 0] - (left ** 2).sum(1) / n_left[:, 0]) + \
                   (n_right[:, 0] - (right ** 2).sum(1) / n_right[:, 0])
        distinct = v[1:] > v[:-1]                              # only cut between different values
        if not distinct.any():
            cuts[j] = v[-1] if n else 0.0                      # constant: never true
            continue
        impurity[~distinct] = np.inf
        best = int(np.argmin(impurity))
        cuts[j] = (v[best] + v[best + 1]) / 2.0
    return cuts


def fit_thresholds(values: np.ndarray, strategy: str = "mean", target: np.ndarray | None = None) -> np.ndarray:
    """Thresholds of each column of `values` (float, shape (n_train, columns)); true is value > threshold."""
    check_strategy(strategy)
    values = np.asarray(values, dtype=np.float64)
    if strategy == "mean":
        return values.mean(axis=0)
    match = _MEAN_STD.match(strategy)
    if match:
        return values.mean(axis=0) + float(match.group(1)) * values.std(axis=0)
    match = _PERCENTILE.match(strategy)
    if match:
        return np.percentile(values, float(match.group(1)), axis=0)
    if target is None:
        raise DataError("the gini threshold needs the classes M predicts on the training split")
    return _gini_cuts(values, np.asarray(target, dtype=np.int64))
