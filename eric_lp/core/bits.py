"""Truth tables bit-packed along one axis: 64 booleans per machine word.

The numpy evaluator and the trees share this layout, so a conjunction over
images or a count of matching rows is a few word-wide operations.
"""

from __future__ import annotations

import numpy as np

__all__ = ["pack_bits", "unpack_bits"]


def pack_bits(bits: np.ndarray) -> np.ndarray:
    """bool (..., n) -> uint64 (..., ceil(n/64)); bit i of the last axis's words is element i."""
    n = bits.shape[-1]
    packed = np.zeros(bits.shape[:-1] + (-(-n // 64) * 8,), dtype=np.uint8)
    packed[..., : -(-n // 8)] = np.packbits(bits, axis=-1, bitorder="little")
    return packed.view(np.uint64)


def unpack_bits(rows: np.ndarray, n: int) -> np.ndarray:
    """uint64 (r, words) -> bool (n, r): the transpose of `pack_bits` over r rows."""
    if rows.shape[0] == 0:
        return np.zeros((n, 0), dtype=bool)
    bits = np.unpackbits(rows.view(np.uint8), axis=1, count=n, bitorder="little")
    return bits.T.astype(bool)
