"""How well a program does: accuracy against labels, fidelity against the model M.

One definition for every caller (extraction, inference, experiments, diff):
the share of images, in percent, on which two class vectors agree.
"""

from __future__ import annotations

import numpy as np

__all__ = ["SPLITS", "agreement", "score"]

#: The splits every dataset has, in the order tables show them.
SPLITS = ("train", "val", "test")


def agreement(a, b) -> float:
    """Percent of positions where int arrays `a` and `b` (n,) hold the same class; 0 for n = 0."""
    a, b = np.asarray(a), np.asarray(b)
    return 100.0 * float(np.sum(a == b)) / max(len(a), 1)


def score(predicted, labels, model_pred) -> dict:
    """The paper's Table 1 measures of one split, in percent.

    predicted: the program M*'s class per image (-1: no class or several, which
    agrees with neither labels nor M); labels: the true
    class; model_pred: the class M predicts.  All int (n,).
    """
    return {"accuracy_model": agreement(model_pred, labels),
            "accuracy_program": agreement(predicted, labels),
            "fidelity": agreement(predicted, model_pred)}
