"""Activations -> norms -> thresholds -> truth tables (the paper's eqs. 3 to 5).

A kernel's activation is the norm (l1 by default, l2 as an option) of its
output map -- the pooled map where a conv layer feeds a pooling layer.  Only
the norms (images x kernels) are kept, computed batch by batch, never the
maps.  Its threshold is the mean norm over the training split (eq. 4); it is
true for an image when the norm is above the threshold (eq. 3).

Norms, and the model's own predictions from the same pass, are cached on disk
keyed by model, data, split, layer and norm, so a second extraction with
another depth or alpha skips the forward pass.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .data import class_atom
from ..errors import ModelError
from ..core.files import write_bytes

__all__ = ["LayerChoice", "resolve_layers", "Quantiser", "forward_norms", "default_cache_dir", "NORMS",
           "region_starts", "column_terms", "group_kernels", "forward_family"]

NORMS = ("l1", "l2")


def _group_values(norms: np.ndarray, groups) -> np.ndarray:
    """A group's activation: the sum of its members' norms; (n, K) -> (n, groups)."""
    return np.stack([np.asarray(norms)[:, list(members)].sum(axis=1) for members in groups], axis=1)


def default_cache_dir() -> Path:
    base = os.environ.get("ERIC_LP_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "eric-lp")
    return Path(base)


@dataclass(frozen=True)
class LayerChoice:
    """A quantised layer: its name in the program, the Keras layer, the tensor read."""

    atom: str         # the layer's name in the program
    layer: str        # the Keras layer the user named
    tensor: str       # the Keras layer whose output is quantised (the pool it feeds, if any)
    kernels: int


def resolve_layers(model, names) -> list[LayerChoice]:
    """Check the user's layers against the model and say which tensor each one reads."""
    from .models import kernel_layers
    infos = kernel_layers(model)
    if not any(i.kind == "conv" for i in infos):
        raise ModelError(f"model {model.name} has no convolutional layer; ERIC quantises conv kernels")
    by_name = {i.name: i for i in infos}
    valid = ", ".join(i.name for i in infos)
    all_names = {layer.name for layer in model.layers}
    chosen = []
    for name in names:
        if name not in by_name:
            if name in all_names:
                raise ModelError(f"layer {name!r} has no kernels (it is not a conv or pooling layer); "
                                 f"layers with kernels: {valid}")
            raise ModelError(f"layer {name!r} not in model; layers with kernels: {valid}")
        info = by_name[name]
        chosen.append(info)
    order = [i.index for i in chosen]
    if order != sorted(order) or len(set(order)) != len(order):
        raise ModelError(f"layers {', '.join(names)} are not in ascending order; list them from the entry "
                         "layer (lowest) upwards")
    out = []
    for info in chosen:
        atom = class_atom(info.name)
        tensor = info.feeds_pool or info.name
        out.append(LayerChoice(atom, info.name, tensor, info.kernels))
    atoms = [c.atom for c in out]
    if len(set(atoms)) != len(atoms) or "class" in atoms:
        raise ModelError(f"layers {', '.join(names)} give clashing program names {atoms}")
    tensors = [c.tensor for c in out]
    if len(set(tensors)) != len(tensors):
        raise ModelError(f"layers {', '.join(names)} read the same tensor twice (a conv and the pool it feeds)")
    return out


LITERALS = ("kernel", "cell", "group")


def forward_family(literals: str) -> str:
    """What the forward pass computes for a literal family: groups are sums of kernel norms."""
    return "kernel" if literals == "group" else literals


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


def _norm_model(model, tensors: list[str], norm: str, literals: str):
    """A Keras model mapping images to (per-tensor activations ..., predictions).

    kernel literals: each kernel's norm over its whole map, (n, K); cell
    literals: |A| (l1) or A^2 (l2) per cell, (n, H, W, K), summed into regions later.
    """
    from .models import _keras
    keras = _keras()
    ops = keras.ops
    outs = []
    for name in tensors:
        maps = model.get_layer(name).output
        if literals == "cell":
            outs.append(ops.abs(maps) if norm == "l1" else ops.square(maps))
        elif norm == "l1":
            outs.append(ops.sum(ops.abs(maps), axis=(1, 2)))
        else:
            outs.append(ops.sqrt(ops.sum(ops.square(maps), axis=(1, 2))))
    outs.append(model.output)
    return keras.Model(model.input, outs)


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
    from ..core.program import Compound
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
                  grid: int | None = None) -> tuple[list[np.ndarray], np.ndarray]:
    """Activations of every literal of each tensor, and M's predicted class, in one batched pass.

    x: float32 (n, h, w, c).  Returns ([float (n, columns_l) per tensor], int64 (n,)),
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
        shape = model.get_layer(t).output.shape
        widths.append(len(column_terms(int(shape[-1]), shape[1:3], literals, grid)))
    dtype = np.float64 if literals == "kernel" else np.float32
    norms = [np.empty((len(x), w), dtype=dtype) for w in widths]
    predicted = np.empty(len(x), dtype=np.int64)
    batches = range(0, len(x), batch_size)
    if progress:
        from tqdm import tqdm
        batches = tqdm(batches, desc=progress, unit="batch", leave=False, dynamic_ncols=True)
    for start in batches:
        outs = net(x[start:start + batch_size], training=False)
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
        path = self._path(key)
        if path is None or not path.is_file():
            return None
        with np.load(path) as data:
            return [data[f"n{i}"] for i in range(len(key["tensors"]))], data["predicted"]

    def put(self, key: dict, norms, predicted) -> None:
        path = self._path(key)
        if path is None:
            return
        import io
        buf = io.BytesIO()
        np.savez(buf, predicted=predicted, **{f"n{i}": n for i, n in enumerate(norms)})
        write_bytes(path, buf.getvalue())


def split_norms(model, model_key: str, data, split: str, tensors: list[str], norm: str, cache: NormCache,
                progress: bool = True, literals: str = "kernel", grid: int | None = None):
    """`forward_norms` of one split of `data`, through the cache."""
    key = {"model": model_key, "data": data.key, "split": split, "tensors": tensors, "norm": norm,
           "n": len(data.split(split))}
    if literals != "kernel":  # keys of the paper's setting stay as they were
        key.update(literals=literals, grid=grid)
    hit = cache.get(key)
    if hit is not None:
        return hit, True
    norms, predicted = forward_norms(model, data.split(split).x, tensors, norm,
                                     progress=f"forward pass ({split})" if progress else None,
                                     literals=literals, grid=grid)
    cache.put(key, norms, predicted)
    return (norms, predicted), False


@dataclass(frozen=True, eq=False)
class Quantiser:
    """Thresholds of each quantised layer; `quantiser.json` on disk."""

    layers: tuple            # LayerChoice per layer, bottom-up
    thresholds: tuple        # float64 (columns_l,) per layer
    norm: str
    input_shape: tuple
    class_names: tuple
    threshold: str = "mean"
    literals: str = "kernel"
    grid: int | None = None
    columns: tuple = ()      # program term of each column, per layer
    groups: tuple = ()       # group literals: member kernels of each group, per layer

    @classmethod
    def fit(cls, layers, train_norms, norm: str, input_shape, class_names, threshold: str = "mean",
            target=None, literals: str = "kernel", grid: int | None = None, map_shapes=None) -> "Quantiser":
        """Thresholds of every column; with ``mean`` (eq. 4) each is the mean over the training images."""
        from ..core.program import Compound
        from ..learn.thresholds import fit_thresholds
        if literals not in LITERALS:
            raise ModelError(f"unknown literal family {literals!r}; expected one of {', '.join(LITERALS)}")
        groups = tuple(group_kernels(n) for n in train_norms) if literals == "group" else ()
        values = [_group_values(n, g) for n, g in zip(train_norms, groups)] if groups else list(train_norms)
        thresholds = tuple(fit_thresholds(v, threshold, target) for v in values)
        if literals == "kernel":
            columns = tuple(tuple(range(n.shape[1])) for n in train_norms)
        elif literals == "group":
            columns = tuple(tuple(Compound("group", (g,)) for g in range(len(gs))) for gs in groups)
        else:
            columns = tuple(column_terms(c.kernels, shape, literals, grid) for c, shape in zip(layers, map_shapes))
        return cls(tuple(layers), thresholds, norm, tuple(input_shape), tuple(class_names), threshold,
                   literals, grid, columns, groups)

    def features(self, norms) -> list[np.ndarray]:
        """The forward pass's activations (per layer) as the values of this quantiser's literals."""
        if not self.groups:
            return list(norms)
        return [_group_values(n, g) for n, g in zip(norms, self.groups)]

    def truth(self, norms) -> list[np.ndarray]:
        """Eq. 3: bool (n, columns_l) per layer, True where the activation is above the threshold.

        norms: the forward pass's activations per layer (kernel norms for groups).
        """
        return [np.asarray(n) > t for n, t in zip(self.features(norms), self.thresholds)]

    @property
    def lep(self) -> LayerChoice:
        return self.layers[0]

    def to_json(self) -> dict:
        extra = {}
        if self.literals != "kernel":
            extra = {"literals": self.literals, "grid": self.grid,
                     "columns": [[[t.functor, *t.args] for t in cols] for cols in self.columns]}
        if self.groups:
            extra["groups"] = [[list(g) for g in layer] for layer in self.groups]
        return {
            **extra,
            "format": 1,
            "norm": self.norm,
            "threshold": self.threshold,
            "input": {"shape": list(self.input_shape), "pixels": "scaled to [0, 1]",
                      "resize": "bilinear", "channels": self.input_shape[-1]},
            "classes": list(self.class_names),
            "layers": [{"name": c.atom, "keras_layer": c.layer, "tensor": c.tensor, "kernels": c.kernels,
                        "thresholds": [float(x) for x in t]} for c, t in zip(self.layers, self.thresholds)],
        }

    @classmethod
    def from_json(cls, data: dict, where: str = "quantiser.json") -> "Quantiser":
        try:
            layers = tuple(LayerChoice(d["name"], d["keras_layer"], d["tensor"], int(d["kernels"]))
                           for d in data["layers"])
            thresholds = tuple(np.asarray(d["thresholds"], dtype=np.float64) for d in data["layers"])
            literals = data.get("literals", "kernel")
            if literals == "kernel":
                columns = tuple(tuple(range(len(t))) for t in thresholds)
            else:
                from ..core.program import Compound
                columns = tuple(tuple(Compound(c[0], tuple(c[1:])) for c in cols) for cols in data["columns"])
            groups = tuple(tuple(tuple(g) for g in layer) for layer in data.get("groups", ()))
            return cls(layers, thresholds, data["norm"], tuple(data["input"]["shape"]),
                       tuple(data["classes"]), data.get("threshold", "mean"), literals, data.get("grid"), columns,
                       groups)
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"{where}: not an eric-lp quantiser file ({exc.__class__.__name__}: {exc})") from None
