"""Norms on disk: a second extraction with another depth or alpha skips the forward pass.

One ``.npz`` per (model, data, split, tensors, norm[, literals, grid, preprocess]),
keyed by a hash of those: the model's key is a hash of its file, an image
folder's key covers its files (relative paths, sizes, modification times) and
the image size, a Fashion-MNIST key its data root (when not the default).  An
entry that cannot be read is recomputed with a one-line warning on stderr.
`split_norms` is the forward pass through the cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import zipfile
from pathlib import Path

import numpy as np

from ...core.files import write_bytes
from .forward import forward_norms

__all__ = ["default_cache_dir", "NormCache", "split_norms"]


def default_cache_dir() -> Path:
    base = os.environ.get("ERIC_LP_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "eric-lp")
    return Path(base)


class NormCache:
    """Norms and predictions on disk, one ``.npz`` per (model, data, split, tensors, norm)."""

    def __init__(self, root: Path | None):
        self.root = Path(root) if root is not None else None

    def _path(self, key: dict) -> Path | None:
        if self.root is None:
            return None
        digest = hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:24]
        return self.root / "norms" / f"{digest}.npz"

    def get(self, key: dict):
        """(norms, predicted) stored under `key`, or None (a missing or unreadable entry)."""
        path = self._path(key)
        if path is None or not path.is_file():
            return None
        try:
            with np.load(path, allow_pickle=False) as data:
                norms = [np.asarray(data[f"n{i}"]) for i in range(len(key["tensors"]))]
                predicted = np.asarray(data["predicted"])
            n = key.get("n", len(predicted))
            if predicted.shape != (n,) or any(x.ndim != 2 or len(x) != n for x in norms):
                raise ValueError(f"arrays of the wrong shape for {n} images")
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
            print(f"eric-lp: warning: norm cache entry {path} is unreadable ({exc.__class__.__name__}); "
                  "recomputing it", file=sys.stderr)
            return None
        return norms, predicted

    def put(self, key: dict, norms, predicted) -> None:
        path = self._path(key)
        if path is None:
            return
        import io
        buf = io.BytesIO()
        np.savez(buf, predicted=predicted, **{f"n{i}": n for i, n in enumerate(norms)})
        write_bytes(path, buf.getvalue())


def split_norms(model, model_key: str, data, split: str, tensors: list[str], norm: str, cache: NormCache,
                progress: bool = True, literals: str = "kernel", grid: int | None = None,
                preprocess: str = "unit"):
    """`forward_norms` of one split of `data` (pixels fed as `preprocess` says), through the cache."""
    key = {"model": model_key, "data": data.key, "split": split, "tensors": tensors, "norm": norm,
           "n": len(data.split(split))}
    if literals != "kernel":  # keys of the paper's setting stay as they were
        key.update(literals=literals, grid=grid)
    if preprocess != "unit":
        key["preprocess"] = preprocess
    hit = cache.get(key)
    if hit is not None:
        return hit, True
    norms, predicted = forward_norms(model, data.split(split).images, tensors, norm,
                                     progress=f"forward pass ({split})" if progress else None,
                                     literals=literals, grid=grid, preprocess=preprocess)
    cache.put(key, norms, predicted)
    return (norms, predicted), False
