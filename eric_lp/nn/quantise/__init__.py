"""Activations -> norms -> thresholds -> truth tables (the paper's eqs. 3 to 5).

`forward` computes each literal's activation batch by batch, `cache` keeps
them on disk, `quantiser` turns them into truth values, `groups` merges
kernels into group literals.
"""

from .cache import NormCache, default_cache_dir, split_norms
from .forward import NORMS, forward_batches, forward_norms, literal_terms, region_starts
from .groups import group_kernels, group_values
from .quantiser import LITERALS, Quantiser, forward_family

__all__ = ["NormCache", "default_cache_dir", "split_norms", "NORMS", "literal_terms", "forward_norms",
           "forward_batches", "region_starts", "group_kernels", "group_values", "LITERALS", "Quantiser",
           "forward_family"]
