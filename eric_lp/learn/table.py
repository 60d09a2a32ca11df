"""A boolean truth table with the encodings the trees count on, built once.

Every tree of one layer (one per kernel a rule above reads) reads the same
table; encoding it once per layer keeps that cost out of each fit.
"""

from __future__ import annotations

import numpy as np

from ..core.bits import pack_bits

__all__ = ["TruthTable"]


class TruthTable:
    """bits: bool (n, features); rows: the same as float32 (for matrix products);
    packed: uint64 (features, ceil(n/64)), each feature's column bit-packed."""

    def __init__(self, bits):
        self.bits = np.asarray(bits, dtype=bool)
        if self.bits.ndim != 2:
            raise ValueError(f"a truth table is 2-d (samples, features); got shape {self.bits.shape}")
        self.rows = self.bits.astype(np.float32)
        self.packed = pack_bits(self.bits.T)
