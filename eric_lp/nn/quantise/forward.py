"""The forward pass: images -> each literal's activation (norms), and M's predictions.

A kernel's activation is the norm (l1, or l2) of its output map, computed
batch by batch: only the norms (images x columns) are kept, never the maps.
Cell literals keep one norm per kernel and cell (or grid region).
"""

from __future__ import annotations

import numpy as np

from ...core.program import Compound
from ...errors import ModelError
from ..keras import import_keras
from ..layers import layer_shape, layer_tensor
from ..preprocess import prepare

__all__ = ["NORMS", "forward_norms", "region_starts", "column_terms"]

NORMS = ("l1", "l2")


def _norm_model(model, tensors: list[str], norm: str, literals: str):
    """A Keras model mapping images to (per-tensor activations ..., predictions).

    kernel literals: each kernel's norm over its whole map, (n, K); cell
    literals: |A| (l1) or A^2 (l2) per cell, (n, H, W, K), summed into regions later.
    """
    keras = import_keras()
    ops = keras.ops
    outs = []
    for name in tensors:
        maps = layer_tensor(model, name)
        if literals == "cell":
            outs.append(ops.abs(maps) if norm == "l1" else ops.square(maps))
        elif norm == "l1":
            outs.append(ops.sum(ops.abs(maps), axis=(1, 2)))
        else:
            outs.append(ops.sqrt(ops.sum(ops.square(maps), axis=(1, 2))))
    outs.extend(model.outputs[:1])
    inputs = model.inputs[0] if len(model.inputs) == 1 else model.inputs
    return keras.Model(inputs, outs)


def region_starts(size: int, parts: int | None) -> np.ndarray:
    """Start index of each region along an axis of `size` cells: every cell, or `parts` equal parts."""
    if parts is None or parts >= size:
        return np.arange(size)
    sizes = [len(part) for part in np.array_split(np.arange(size), parts)]
    return np.concatenate([[0], np.cumsum(sizes)[:-1]])


def column_terms(kernels: int, shape, literals: str = "kernel", grid: int | None = None) -> tuple:
    """The program term of each activation column: ``k``, or ``cell(k, row, col)`` (kernel-major)."""
    if literals == "kernel":
        return tuple(range(kernels))
    rows, cols = len(region_starts(shape[0], grid)), len(region_starts(shape[1], grid))
    return tuple(Compound("cell", (k, r, c)) for k in range(kernels) for r in range(rows) for c in range(cols))


def _regions(batch: np.ndarray, norm: str, grid: int | None) -> np.ndarray:
    """(b, H, W, K) |A| or A^2 -> (b, K * R * C) region norms, kernel-major."""
    rows, cols = region_starts(batch.shape[1], grid), region_starts(batch.shape[2], grid)
    summed = np.add.reduceat(np.add.reduceat(batch, rows, axis=1), cols, axis=2)
    if norm == "l2":
        summed = np.sqrt(summed)
    return summed.transpose(0, 3, 1, 2).reshape(len(batch), -1)


def forward_norms(model, x: np.ndarray, tensors: list[str], norm: str = "l1", batch_size: int = 256,
                  progress: str | None = None, literals: str = "kernel",
                  grid: int | None = None, preprocess: str = "unit") -> tuple[list[np.ndarray], np.ndarray]:
    """Activations of every literal of each tensor, and M's predicted class, in one batched pass.

    x: float32 (n, h, w, c) pixels in [0, 1], fed to the model as `preprocess` says
    (see `nn.preprocess`).  Returns ([float (n, columns_l) per tensor], int64 (n,)),
    columns in the order of `column_terms`: one per kernel (the norm of its
    map), or one per kernel and cell / grid region (the norm over the region).
    """
    if norm not in NORMS:
        raise ModelError(f"unknown norm {norm!r}; expected l1 or l2")
    if literals not in ("kernel", "cell"):
        raise ModelError(f"the forward pass computes kernel or cell activations, not {literals!r}")
    net = _norm_model(model, tensors, norm, literals)
    widths = []
    for t in tensors:
        shape = layer_shape(model, t)
        widths.append(len(column_terms(int(shape[-1]), shape[0:2], literals, grid)))
    dtype = np.float64 if literals == "kernel" else np.float32
    norms = [np.empty((len(x), w), dtype=dtype) for w in widths]
    predicted = np.empty(len(x), dtype=np.int64)
    batches = range(0, len(x), batch_size)
    if progress:
        from tqdm import tqdm
        batches = tqdm(batches, desc=progress, unit="batch", leave=False, dynamic_ncols=True)
    for start in batches:
        outs = net(prepare(x[start:start + batch_size], preprocess), training=False)
        for target, out in zip(norms, outs[:-1]):
            out = np.asarray(out)
            target[start:start + batch_size] = _regions(out, norm, grid) if literals == "cell" else out
        predicted[start:start + batch_size] = np.argmax(np.asarray(outs[-1]), axis=1)
    for name, values in zip(tensors, norms):
        bad = ~np.isfinite(values)
        if bad.any():
            i, k = np.argwhere(bad)[0]
            raise ModelError(f"layer {name} gives a non-finite activation ({values[i, k]} at image {i}, kernel {k}); "
                             "the model or the images are broken (check for NaN inputs or diverged training)")
    return norms, predicted
