"""Group literals: kernels whose top training images overlap, merged into one literal.

A group's activation is the sum of its members' norms (the idea behind
NeSyFOLD-G); membership is fixed on the training split.
"""

from __future__ import annotations

import numpy as np

__all__ = ["group_kernels", "group_values"]


def group_kernels(norms: np.ndarray, top: int = 50, overlap: float = 0.3) -> tuple:
    """Kernels whose top-`top` training images overlap (Jaccard >= `overlap`), joined transitively.

    norms: float (n_train, K).  Returns a tuple of member tuples, ordered by
    their lowest kernel; every kernel is in exactly one group.
    """
    k = norms.shape[1]
    top = min(top, len(norms))
    tops = np.zeros((k, len(norms)), dtype=np.float32)
    order = np.argsort(-norms, axis=0, kind="stable")[:top]
    tops[np.repeat(np.arange(k), top), order.T.ravel()] = 1.0
    inter = tops @ tops.T
    jaccard = inter / np.maximum(2 * top - inter, 1)
    parent = list(range(k))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    for i, j in zip(*np.nonzero(np.triu(jaccard >= overlap, 1))):
        a, b = find(int(i)), find(int(j))
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict = {}
    for i in range(k):
        groups.setdefault(find(i), []).append(i)
    return tuple(tuple(members) for _, members in sorted(groups.items()))


def group_values(norms: np.ndarray, groups) -> np.ndarray:
    """A group's activation: the sum of its members' norms; (n, K) -> (n, groups)."""
    return np.stack([np.asarray(norms)[:, list(members)].sum(axis=1) for members in groups], axis=1)
