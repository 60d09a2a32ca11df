"""Kernel-concept scores from feature maps and segmentation masks: Network Dissection and NeSyFOLD-G.

* ``iou`` (Network Dissection, Bau et al., CVPR 2017): each kernel's map, upsampled (bilinear) to the
  image size, is cut at its top `quantile` (0.5%) over all masked images and pixels, which gives a
  region per image; the score of a concept is the IoU of those regions with the concept's masks, both
  summed over all images.  The best concept labels the kernel if its IoU is at least `min_iou` (0.04).
  The paper takes the quantile on the map before upsampling; on the coarse maps of a small CNN
  (4x4 at vgg-small's block3_pool) the upsampled peaks are lower, the region then holds a few
  times less than 0.5% of the pixels, and no concept reaches 0.04; taken after, the region is
  exactly the share the quantile names.
* ``mass`` (NeSyFOLD-G): the share of the kernel's activation (|map|, upsampled) that falls inside
  each concept's mask, over all masked images.  Every concept within `margin` (0.05) of the best
  is kept, and the label joins them best first (``bag_sandal``), as NeSyFOLD-G does; the best share
  must be at least `min_mass`, else the kernel stays unlabelled (most of its activation is elsewhere).

Ignored mask pixels (-1) count for neither the region nor the masks.  The scoring is numpy only;
`feature_maps_of` (the one Keras call) computes the maps it scores.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import DataError

__all__ = ["METHODS", "DEFAULT_QUANTILE", "DEFAULT_MIN_IOU", "DEFAULT_MARGIN", "DEFAULT_MIN_MASS",
           "check_settings", "upsample", "kernel_thresholds", "region", "iou_scores", "mass_scores", "pick_concepts", "ConceptScores",
           "score_kernels", "feature_maps_of"]

METHODS = ("iou", "mass")
DEFAULT_QUANTILE = 0.005
DEFAULT_MIN_IOU = 0.04
DEFAULT_MARGIN = 0.05
DEFAULT_MIN_MASS = 0.2
_CHUNK = 1 << 24  # upsampled values held at once (64 MiB of float32)


def _bilinear(out: int, size: int) -> np.ndarray:
    """float32 (out, size): the bilinear weights that take `size` samples to `out`, half-pixel centres
    (PIL's and TensorFlow's ``resize``, Network Dissection's upsampling), edges clamped."""
    centre = (np.arange(out) + 0.5) * size / out - 0.5
    lo = np.floor(centre).astype(np.int64)
    frac = (centre - lo).astype(np.float32)
    weights = np.zeros((out, size), dtype=np.float32)
    rows = np.arange(out)
    np.add.at(weights, (rows, np.clip(lo, 0, size - 1)), 1.0 - frac)
    np.add.at(weights, (rows, np.clip(lo + 1, 0, size - 1)), frac)
    return weights


def upsample(maps: np.ndarray, shape) -> np.ndarray:
    """float32 (n, H, W, K) maps -> (n, h, w, K), bilinear; `shape` is (h, w)."""
    h, w = int(shape[0]), int(shape[1])
    maps = np.asarray(maps, dtype=np.float32)
    rows, cols = _bilinear(h, maps.shape[1]), _bilinear(w, maps.shape[2])
    up = rows @ np.moveaxis(maps, -1, 1) @ cols.T  # (n, K, h, w): two batched matrix products
    return np.moveaxis(up, 1, -1)


def _kernel_groups(maps: np.ndarray, shape):
    """(columns, float32 (g, n*h*w)): the maps of a few kernels at a time, upsampled to `shape`, each
    kernel's values contiguous in image, row, column order (as ``masks.reshape(-1)``); at most
    `_CHUNK` values are held at once."""
    h, w = int(shape[0]), int(shape[1])
    k = maps.shape[-1]
    group = max(1, _CHUNK // max(len(maps) * h * w, 1))
    for first in range(0, k, group):
        cols = slice(first, min(first + group, k))
        part = np.ascontiguousarray(np.moveaxis(maps[..., cols], -1, 0))  # (g, n, H, W)
        if tuple(part.shape[2:4]) != (h, w):
            part = _bilinear(h, part.shape[2]) @ part @ _bilinear(w, part.shape[3]).T
        yield cols, np.ascontiguousarray(part).reshape(cols.stop - cols.start, -1)


def _top(values: np.ndarray, quantile: float) -> float:
    """The (1 - quantile) quantile of `values` (1-d), interpolated as ``np.quantile``'s ``linear``, by
    a partial sort (two order statistics) instead of a full one."""
    pos = (len(values) - 1) * (1.0 - quantile)
    lo = int(np.floor(pos))
    hi = min(lo + 1, len(values) - 1)
    part = np.partition(values, [lo, hi])
    return float(part[lo]) + (float(part[hi]) - float(part[lo])) * (pos - lo)


def _check_quantile(quantile: float) -> None:
    if not 0 < quantile < 1:
        raise DataError(f"--quantile {quantile:g}: give a share of activations between 0 and 1 (e.g. 0.005)")


def check_settings(method: str, quantile: float, min_iou: float, margin: float, min_mass: float) -> None:
    """Refuse a method or a share out of range in one line naming its flag (before any work is done)."""
    if method not in METHODS:
        raise DataError(f"--method {method}: expected one of {', '.join(METHODS)}")
    _check_quantile(quantile)
    for flag, value in (("--min-iou", min_iou), ("--margin", margin), ("--min-mass", min_mass)):
        if not 0 <= value <= 1:
            raise DataError(f"{flag} {value:g}: give a share between 0 and 1")


def kernel_thresholds(maps: np.ndarray, quantile: float = DEFAULT_QUANTILE, shape=None) -> np.ndarray:
    """float64 (K,): each kernel's top-`quantile` activation over all images and positions of `maps`
    (n, H, W, K), upsampled to `shape` (h, w) first when given: then exactly `quantile` of the image
    pixels lie in the region (see the module's note)."""
    _check_quantile(quantile)
    maps = np.asarray(maps, dtype=np.float32)
    out = np.empty(maps.shape[-1], dtype=np.float64)
    for cols, values in _kernel_groups(maps, maps.shape[1:3] if shape is None else shape):
        for j, row in zip(range(cols.start, cols.stop), values):
            out[j] = _top(row, quantile)
    return out


def _check(maps, masks) -> None:
    if maps.ndim != 4 or masks.ndim != 3 or len(maps) != len(masks):
        raise DataError(f"maps {maps.shape} and masks {masks.shape}: expected (n, H, W, K) and (n, h, w)")


def _cut(values: np.ndarray, threshold: float, lowest: float) -> np.ndarray:
    """bool: the values in a kernel's region, ``>= threshold``; a kernel whose threshold is its smallest
    value (silent on more than 1 - quantile of the positions) gets only the values above it, never
    the whole image."""
    threshold = np.float32(threshold)
    return values > threshold if threshold <= lowest else values >= threshold


def region(maps: np.ndarray, thresholds, shape) -> np.ndarray:
    """bool (n, h, w, K): each kernel's region, its map upsampled to `shape` at or above its threshold
    (as `iou_scores` counts it; `thresholds` from `kernel_thresholds` over the masked images)."""
    up = upsample(maps, shape)
    lowest = np.asarray(maps, dtype=np.float32).reshape(-1, maps.shape[-1]).min(axis=0)
    return np.stack([_cut(up[..., j], thresholds[j], lowest[j]) for j in range(up.shape[-1])], axis=-1)


def _labels(masks: np.ndarray) -> np.ndarray:
    """int64 (pixels,): 0 ignored, 1 background, c + 1 concept c (bincount's bins)."""
    return masks.reshape(-1).astype(np.int64) + 1


def _iou_rows(values: np.ndarray, labels: np.ndarray, area: np.ndarray, thresholds, concepts: int) -> np.ndarray:
    out = np.zeros((len(values), concepts))
    for j, row in enumerate(values):
        inside = labels[_cut(row, thresholds[j], float(row.min()) if row.size else 0.0)]
        counts = np.bincount(inside, minlength=concepts + 2).astype(np.float64)
        inter, covered = counts[2:], counts[1:].sum()  # ignored pixels (bin 0) count for neither
        union = covered + area - inter
        out[j] = np.divide(inter, union, out=np.zeros(concepts), where=union > 0)
    return out


def _area(labels: np.ndarray, concepts: int) -> np.ndarray:
    return np.bincount(labels, minlength=concepts + 2)[2:].astype(np.float64)


def iou_scores(maps: np.ndarray, masks: np.ndarray, concepts: int, thresholds: np.ndarray) -> np.ndarray:
    """float64 (K, C): the IoU of each kernel's region (upsampled map at or above its threshold) with
    each concept's mask, intersections and unions summed over the n images.

    maps float (n, H, W, K); masks int (n, h, w) as `nn.masks.read_mask` gives them; thresholds (K,)."""
    _check(maps, masks)
    maps = np.asarray(maps, dtype=np.float32)
    labels = _labels(masks)
    area = _area(labels, concepts)
    out = np.zeros((maps.shape[-1], concepts))
    for cols, values in _kernel_groups(maps, masks.shape[1:]):
        out[cols] = _iou_rows(values, labels, area, np.asarray(thresholds)[cols], concepts)
    return out


def mass_scores(maps: np.ndarray, masks: np.ndarray, concepts: int) -> np.ndarray:
    """float64 (K, C): the share of each kernel's activation |map|, upsampled, inside each concept's
    mask, summed over the n images (ignored pixels left out of the whole).

    Upsampling is linear, so the maps are never upsampled: each mask is brought down to the map's
    grid through the same bilinear weights (a soft mask per concept) and the shares are one matrix
    product, maps x soft masks."""
    _check(maps, masks)
    maps = np.abs(np.asarray(maps, dtype=np.float32))
    n, big_h, big_w, k = maps.shape
    h, w = masks.shape[1:]
    rows, cols = _bilinear(h, big_h), _bilinear(w, big_w)
    kinds = np.arange(concepts + 1)
    sums = np.zeros((k, concepts + 1))  # column 0: every valid pixel; column c: concept c
    step = max(1, _CHUNK // max((concepts + 1) * h * w, 1))
    for start in range(0, n, step):
        part = masks[start:start + step]
        hot = np.where(kinds[None, :, None, None] == 0, part[:, None] >= 0,
                       part[:, None] == kinds[None, :, None, None]).astype(np.float32)  # (b, C+1, h, w)
        soft = rows.T @ hot @ cols  # (b, C+1, H, W): each pixel's bilinear weight on every map cell
        b = len(part)
        sums += (maps[start:start + b].reshape(-1, k).T
                 @ np.moveaxis(soft, 1, -1).reshape(-1, concepts + 1)).astype(np.float64)
    total = sums[:, :1]
    return np.divide(sums[:, 1:], total, out=np.zeros((k, concepts)), where=total > 0)


def pick_concepts(scores: np.ndarray, names, method: str = "iou", min_iou: float = DEFAULT_MIN_IOU,
                  margin: float = DEFAULT_MARGIN, min_mass: float = DEFAULT_MIN_MASS) -> tuple[str, ...]:
    """The concepts one kernel's scores (C,) name: iou: the best, if at least `min_iou`; mass: every one
    within `margin` of the best, best first, if the best is at least `min_mass`.  () when none matches.
    Ties go to the concept on the earlier line of concepts.txt."""
    scores = np.asarray(scores, dtype=np.float64)
    if not len(scores):
        return ()
    order = np.argsort(-scores, kind="stable")
    best = float(scores[order[0]])
    if method == "iou":
        return (names[order[0]],) if best >= min_iou and best > 0 else ()
    if method == "mass":
        if best < min_mass or best <= 0:
            return ()
        return tuple(names[c] for c in order if scores[c] >= best - margin - 1e-12)
    raise DataError(f"--method {method}: expected one of {', '.join(METHODS)}")


@dataclass(frozen=True)
class ConceptScores:
    """The scores of one layer's kernels against the concepts.

    kernels: the kernel indices scored (the columns of the maps); scores float (K, C) (IoU or mass
    share); thresholds float (K,): each kernel's top-quantile activation (the region `iou` scores,
    and the region the grids draw under either method); concepts: per kernel, the names picked."""

    method: str
    kernels: tuple
    scores: np.ndarray
    thresholds: np.ndarray
    concepts: tuple


def score_kernels(maps: np.ndarray, masks: np.ndarray, names, kernels=None, method: str = "iou",
                  quantile: float = DEFAULT_QUANTILE, min_iou: float = DEFAULT_MIN_IOU,
                  margin: float = DEFAULT_MARGIN, min_mass: float = DEFAULT_MIN_MASS) -> ConceptScores:
    """Score and pick concepts for the kernels of `maps` (n, H, W, K) against `masks` (n, h, w).

    kernels: the kernel index of each column of `maps` (default 0..K-1), kept in the result."""
    check_settings(method, quantile, min_iou, margin, min_mass)
    maps = np.asarray(maps, dtype=np.float32)
    _check(maps, masks)
    kernels = tuple(range(maps.shape[-1])) if kernels is None else tuple(kernels)
    labels, concepts = _labels(masks), len(names)
    area = _area(labels, concepts)
    thresholds = np.empty(maps.shape[-1], dtype=np.float64)
    scores = np.zeros((maps.shape[-1], concepts))
    for cols, values in _kernel_groups(maps, masks.shape[1:]):  # each kernel upsampled once, for both
        thresholds[cols] = [_top(row, quantile) for row in values]
        if method == "iou":
            scores[cols] = _iou_rows(values, labels, area, thresholds[cols], concepts)
    if method == "mass":
        scores = mass_scores(maps, masks, concepts)
    picked = tuple(pick_concepts(row, names, method, min_iou, margin, min_mass) for row in scores)
    return ConceptScores(method, kernels, scores, thresholds, picked)


def feature_maps_of(model, tensors, source, preprocess: str = "unit", batch_size: int = 64,
                    kernels=None) -> list[np.ndarray]:
    """float32 (n, H, W, K) maps of each layer in `tensors` for the images of `source` (an
    `nn.stream.ImageSource` or an array in [0, 1]), fed as `preprocess` says; kernels: per tensor, the
    kernel indices kept (None: all), so only the kernels a program reads are held."""
    from .keras import import_keras
    from .layers import layer_tensor
    from .preprocess import prepare
    from .stream import as_source
    keras = import_keras()
    source = as_source(source)
    inputs = model.inputs[0] if len(model.inputs) == 1 else model.inputs
    net = keras.Model(inputs, [layer_tensor(model, t) for t in tensors])
    keep = list(kernels) if kernels is not None else [None] * len(tensors)
    parts = [[] for _ in tensors]
    for chunk in source.chunks(batch_size):
        outs = net(prepare(chunk, preprocess), training=False)
        outs = outs if isinstance(outs, (list, tuple)) else [outs]
        for part, out, cols in zip(parts, outs, keep):
            out = np.asarray(out, dtype=np.float32)
            part.append(out if cols is None else out[..., list(cols)])
    return [np.concatenate(part) if part else np.zeros((0, 0, 0, 0), np.float32) for part in parts]
