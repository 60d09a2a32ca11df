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

__all__ = ["NORMS", "norm_model", "array_norms", "forward_norms", "forward_batches", "region_starts",
           "literal_terms"]

NORMS = ("l1", "l2")


def norm_model(model, tensors: list[str], norm: str, literals: str):
    """A Keras model mapping images to (per-tensor activations ..., predictions), sharing M's weights:
    what the forward pass runs, and what fine-tuning trains against.

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


def array_norms(model, x: np.ndarray, tensors: list[str], norm: str = "l1", batch_size: int = 256) -> list[np.ndarray]:
    """Each tensor's kernel norms (n, K) over an in-memory array, fed batch by batch without a `tf.data`
    pipeline: the pass before `forward_norms` streamed, kept as the baseline `experiment bench` measures."""
    keras = import_keras()
    net = norm_model(model, tensors, norm, "kernel")
    parts = [[] for _ in tensors]
    for s in range(0, len(x), batch_size):
        outs = net(keras.ops.convert_to_tensor(x[s:s + batch_size]), training=False)
        for part, out in zip(parts, outs[:-1]):
            part.append(np.asarray(out))
    return [np.concatenate(part) for part in parts]


def region_starts(size: int, parts: int | None) -> np.ndarray:
    """Start index of each region along an axis of `size` cells: every cell, or `parts` equal parts."""
    if parts is None or parts >= size:
        return np.arange(size)
    sizes = [len(part) for part in np.array_split(np.arange(size), parts)]
    return np.concatenate([[0], np.cumsum(sizes)[:-1]])


def literal_terms(kernels: int, shape, literals: str = "kernel", grid: int | None = None) -> tuple:
    """The program term of each literal (each activation column): ``k``, or ``cell(k, row, col)``
    (kernel-major)."""
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


def forward_norms(model, x, tensors: list[str], norm: str = "l1", batch_size: int = 256,
                  progress: str | None = None, literals: str = "kernel",
                  grid: int | None = None, preprocess: str = "unit") -> tuple[list[np.ndarray], np.ndarray]:
    """Activations of every literal of each tensor, and M's predicted class, in one streamed pass.

    x: an `nn.stream.ImageSource` (or float32 (n, h, w, c)) of pixels in [0, 1],
    read batch by batch through a `tf.data` pipeline and fed to the model as
    `preprocess` says (see `nn.preprocess`), on the devices `nn.stream.strategy`
    picks.  Only the norms are kept.  Returns ([float (n, columns_l) per tensor],
    int64 (n,)), columns in the order of `literal_terms`: one per kernel (the
    norm of its map), or one per kernel and cell / grid region.
    """
    source = _checked_source(x, norm, literals)
    n = len(source)
    widths = []
    for t in tensors:
        shape = layer_shape(model, t)
        widths.append(len(literal_terms(int(shape[-1]), shape[0:2], literals, grid)))
    dtype = np.float64 if literals == "kernel" else np.float32
    norms = [np.empty((n, w), dtype=dtype) for w in widths]
    predicted = np.empty(n, dtype=np.int64)
    for start, parts, classes in forward_batches(model, source, tensors, norm, batch_size, progress, literals,
                                                 grid, preprocess):
        for target, part in zip(norms, parts):
            target[start:start + len(part)] = part
        predicted[start:start + len(classes)] = classes
    return norms, predicted


def _checked_source(x, norm: str, literals: str):
    """`x` as an `nn.stream.ImageSource`, after refusing a norm or literal family the pass cannot compute."""
    from ..stream import as_source
    if norm not in NORMS:
        raise ModelError(f"unknown norm {norm!r}; expected l1 or l2")
    if literals not in ("kernel", "cell"):
        raise ModelError(f"the forward pass computes kernel or cell activations, not {literals!r}")
    return as_source(x)


def forward_batches(model, x, tensors: list[str], norm: str = "l1", batch_size: int = 256,
                    progress: str | None = None, literals: str = "kernel",
                    grid: int | None = None, preprocess: str = "unit"):
    """The pass of `forward_norms`, one batch at a time: yields (index of the batch's first image,
    [float (b, columns_l) per tensor], int64 (b,) M's classes) in image order, holding nothing of an
    earlier batch, so a caller that keeps only what it needs (streamed inference) stays flat in
    memory however many images there are.  A non-finite activation fails at the batch it is in."""
    from ..cluster import images_digest, joined, my_batches, spread
    from ..stream import batches, iterate_batches, strategy
    source = _checked_source(x, norm, literals)
    n = len(source)
    dtype = np.float64 if literals == "kernel" else np.float32
    net = norm_model(model, tensors, norm, literals)
    mine = my_batches(n, batch_size)  # alone: every image; in a cluster, this worker's batches (`nn.cluster`)
    local = source if len(mine) == n else source.take(mine)
    ds, failure = batches(local, preprocess, batch_size)
    step = _replicated(net, strategy())

    def computed():
        for batch in (iterate_batches(ds, failure) if step is None else step.stream(ds, failure)):
            outs = net(batch, training=False) if step is None else step(batch)
            yield [*(_activations(out, norm, grid, literals, dtype) for out in outs[:-1]),
                   np.argmax(np.asarray(outs[-1]), axis=1).astype(np.int64)]

    def empty():  # a round of the cluster where this worker has no batch: no rows, the right columns
        outs = net(np.zeros((1, *source.shape), dtype=np.float32), training=False)  # some layers refuse 0 rows
        return [*(_activations(out, norm, grid, literals, dtype)[:0] for out in outs[:-1]), np.zeros(0, np.int64)]
    from tqdm import tqdm
    bar = tqdm(total=n, desc=progress or "", unit="img", leave=False, dynamic_ncols=True,
               disable=None if progress else True)
    start = 0
    with bar:
        # the workers check they pass the same images through the same model, layers and settings
        digest = 0 if joined() is None else images_digest(source, repr((tensors, norm, literals, grid, preprocess))
                                                          .encode(), _weights_sample(model))
        for start, (*parts, classes) in spread(n, batch_size, computed(), empty, digest):
            for name, values in zip(tensors, parts):
                bad = ~np.isfinite(values)
                if bad.any():
                    i, k = np.argwhere(bad)[0]
                    raise ModelError(f"layer {name} gives a non-finite activation ({values[i, k]} at image "
                                     f"{start + i}, kernel {k}); the model or the images are broken (check for "
                                     "NaN inputs or diverged training)")
            yield start, parts, classes
            start += len(classes)
            bar.update(len(classes))
    if start != n:
        raise ModelError(f"the forward pass read {start} images of {n}")


def _weights_sample(model) -> bytes:
    """The first values of each weight of the model, with its name and shape: tells two models apart
    (another training, a fine-tuned one) without reading all of a large model's weights."""
    keras = import_keras()
    parts = []
    for weight in model.weights:
        head = keras.ops.convert_to_numpy(keras.ops.reshape(weight, (-1,))[:64])
        parts.append(repr((weight.path, tuple(weight.shape))).encode() + np.ascontiguousarray(head).tobytes())
    return b"".join(parts)


def _activations(out, norm: str, grid: int | None, literals: str, dtype) -> np.ndarray:
    """One tensor's batch of the norm model's output as the pass keeps it: kernel norms, or region norms."""
    return np.asarray(_regions(np.asarray(out), norm, grid) if literals == "cell" else out, dtype=dtype)


class _replicated:
    """The norm model run on every replica of a `tf.distribute` strategy; outputs joined in batch order."""

    def __new__(cls, net, strat):
        if strat is None:
            return None
        return super().__new__(cls)

    def __init__(self, net, strat):
        import tensorflow as tf
        self.strategy = strat

        @tf.function
        def run(batch):
            return strat.run(lambda b: net(b, training=False), args=(batch,))
        self.run = run

    def stream(self, ds, failure):
        from ..stream import iterate_batches
        return iterate_batches(self.strategy.experimental_distribute_dataset(ds), failure)

    def __call__(self, batch):
        outs = self.run(batch)
        local = [self.strategy.experimental_local_results(o) for o in outs]
        return [np.concatenate([np.asarray(part) for part in parts], axis=0) for parts in local]
