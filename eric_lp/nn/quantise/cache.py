"""Norms on disk: a second extraction with another depth or alpha skips the forward pass.

One ``.npz`` per (model, data, split, tensors, norm[, literals, grid, preprocess]),
keyed by a hash of those: the model's key is a hash of its file; an image
folder's key holds its path, the image size, the seed and its listing
(relative paths and sizes), and the split's key a SHA-256 of the bytes of
every image file the split reads, in order (`content_digest`): an image edited
in place, whatever its size and modification time, misses.  Hashing is cheap
next to decoding (see the README).  A Fashion-MNIST key covers its data root
(when not the default).  An entry that cannot be read, or whose arrays do not
fit what the model gives (images, columns per layer, classes), is recomputed
with a one-line warning on stderr.  `split_norms` is the forward pass through
the cache.
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
from ..layers import layer_shape
from .forward import forward_norms, literal_terms

__all__ = ["default_cache_dir", "NormCache", "split_norms", "content_digest"]


def content_digest(source) -> str | None:
    """SHA-256 of the bytes of every file of an `nn.stream.FileImages`, in order (None for images held
    in memory, whose dataset key names them).  Files are opened as `nn.images.open_regular` allows."""
    from ...core.files import file_sha256
    from ..images import open_regular
    from ..stream import FileImages
    if not isinstance(source, FileImages):
        return None
    whole = hashlib.sha256()
    for path in source.paths:
        whole.update(bytes.fromhex(file_sha256(path, open_regular)))
    return whole.hexdigest()


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

    def get(self, key: dict, widths=None, classes: int | None = None):
        """(norms, predicted) stored under `key`, or None (a missing or unreadable entry, or one that does
        not fit: `widths` columns per tensor, predicted classes in 0..`classes`-1, finite norms)."""
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
            if widths is not None and [x.shape[1] for x in norms] != list(widths):
                raise ValueError(f"{[x.shape[1] for x in norms]} columns where the layers give {list(widths)}")
            if predicted.dtype.kind not in "iu" or any(x.dtype.kind != "f" for x in norms):
                raise ValueError("arrays of the wrong type")
            if classes is not None and n and not (0 <= int(predicted.min()) and int(predicted.max()) < classes):
                raise ValueError(f"a predicted class outside 0..{classes - 1}")
            if not all(np.isfinite(x).all() for x in norms):
                raise ValueError("a non-finite norm")
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
            print(f"eric-lp: warning: norm cache entry {path} is unreadable or does not fit the model "
                  f"({exc.__class__.__name__}: {(str(exc).splitlines() or [''])[0]}); recomputing it",
                  file=sys.stderr)
            return None
        return norms, predicted.astype(np.int64)

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
    if cache.root is not None:  # no cache, no hashing
        content = content_digest(data.split(split).images)
        if content is not None:
            key["content"] = content
    widths = []
    for t in tensors:
        shape = layer_shape(model, t)
        widths.append(len(literal_terms(int(shape[-1]), shape[0:2], literals, grid)))
    from ..cluster import agree, is_chief
    hit = cache.get(key, widths, int(model.outputs[0].shape[-1]))
    if agree(hit is not None):  # in a cluster, read only if every worker can: all must meet in the pass
        return hit, True
    norms, predicted = forward_norms(model, data.split(split).images, tensors, norm,
                                     progress=f"forward pass ({split})" if progress else None,
                                     literals=literals, grid=grid, preprocess=preprocess)
    if is_chief():  # the chief alone writes (the cache may be a folder the workers share)
        cache.put(key, norms, predicted)
    return (norms, predicted), False
