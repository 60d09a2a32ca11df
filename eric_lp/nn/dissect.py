"""Kernel-concept scores from feature maps and segmentation masks: Network Dissection and NeSyFOLD-G.

* ``iou`` (Network Dissection, Bau et al., CVPR 2017): each kernel's threshold is the top `quantile`
  (0.5%) of its activations over the masked images (on the maps as the layer gives them, as the
  authors' code does); its map, upsampled (bilinear) to the image size and cut there, is a region
  per image; the score of a concept is the IoU of those regions with the concept's masks, both summed
  over all images.  The best concept labels the kernel if its IoU is at least `min_iou` (0.04).
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
           "upsample", "kernel_thresholds", "region", "iou_scores", "mass_scores", "pick_concepts", "ConceptScores",
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
    tall = np.einsum("ih,nhwk->niwk", rows, maps, optimize=True)
    return np.einsum("jw,niwk->nijk", cols, tall, optimize=True)


def kernel_thresholds(maps: np.ndarray, quantile: float = DEFAULT_QUANTILE) -> np.ndarray:
    """float64 (K,): each kernel's top-`quantile` activation over all images and positions of `maps`
    (n, H, W, K)."""
    if not 0 < quantile < 1:
        raise DataError(f"--quantile {quantile:g}: give a share of activations between 0 and 1 (e.g. 0.005)")
    flat = np.asarray(maps).reshape(-1, maps.shape[-1])
    return np.quantile(flat, 1.0 - quantile, axis=0, method="linear").astype(np.float64)


def _chunks(maps: np.ndarray, shape):
    """Image ranges whose upsampled maps hold at most `_CHUNK` values."""
    per_image = int(shape[0]) * int(shape[1]) * max(maps.shape[-1], 1)
    step = max(1, _CHUNK // per_image)
    for start in range(0, len(maps), step):
        yield slice(start, min(start + step, len(maps)))


def _one_hot(masks: np.ndarray, concepts: int) -> np.ndarray:
    """float32 (pixels, C): pixel p is concept c+1."""
    flat = masks.reshape(-1)
    return (flat[:, None] == np.arange(1, concepts + 1, dtype=flat.dtype)[None, :]).astype(np.float32)


def _check(maps, masks) -> None:
    if maps.ndim != 4 or masks.ndim != 3 or len(maps) != len(masks):
        raise DataError(f"maps {maps.shape} and masks {masks.shape}: expected (n, H, W, K) and (n, h, w)")


def _cuts(maps: np.ndarray, thresholds) -> np.ndarray:
    """float32 (K,): the least value in a kernel's region (``>= cut``).  A kernel whose threshold is its
    smallest activation (silent on more than 1 - quantile of the positions) gets only values above it,
    never the whole image."""
    cut = np.asarray(thresholds, dtype=np.float32)
    lowest = np.asarray(maps).reshape(-1, maps.shape[-1]).min(axis=0) if maps.size else cut
    return np.where(cut <= lowest, np.nextafter(cut, np.float32(np.inf)), cut).astype(np.float32)


def region(maps: np.ndarray, thresholds, shape) -> np.ndarray:
    """bool (n, h, w, K): each kernel's region, its map upsampled to `shape` at or above its threshold
    (as `iou_scores` counts it; `thresholds` from `kernel_thresholds` over the same masked images)."""
    return upsample(maps, shape) >= _cuts(maps, thresholds)


def iou_scores(maps: np.ndarray, masks: np.ndarray, concepts: int, thresholds: np.ndarray) -> np.ndarray:
    """float64 (K, C): the IoU of each kernel's region (upsampled map above its threshold) with each
    concept's mask, intersections and unions summed over the n images.

    maps float (n, H, W, K); masks int (n, h, w) as `nn.masks.read_mask` gives them; thresholds (K,)."""
    _check(maps, masks)
    k = maps.shape[-1]
    inter = np.zeros((k, concepts))
    region = np.zeros(k)
    area = np.zeros(concepts)
    cut = _cuts(maps, thresholds)
    for part in _chunks(maps, masks.shape[1:]):
        valid = (masks[part] >= 0).reshape(-1, 1)
        active = ((upsample(maps[part], masks.shape[1:]).reshape(-1, k) >= cut) & valid).astype(np.float32)
        hot = _one_hot(masks[part], concepts)
        inter += (active.T @ hot).astype(np.float64)
        region += active.sum(axis=0, dtype=np.float64)
        area += hot.sum(axis=0, dtype=np.float64)
    union = region[:, None] + area[None, :] - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)


def mass_scores(maps: np.ndarray, masks: np.ndarray, concepts: int) -> np.ndarray:
    """float64 (K, C): the share of each kernel's activation |map| (upsampled) inside each concept's
    mask, summed over the n images (ignored pixels left out of the whole)."""
    _check(maps, masks)
    k = maps.shape[-1]
    inside = np.zeros((k, concepts))
    total = np.zeros(k)
    for part in _chunks(maps, masks.shape[1:]):
        valid = (masks[part] >= 0).reshape(-1, 1)
        weight = np.abs(upsample(maps[part], masks.shape[1:]).reshape(-1, k)) * valid
        inside += (weight.T @ _one_hot(masks[part], concepts)).astype(np.float64)
        total += weight.sum(axis=0, dtype=np.float64)
    return np.divide(inside, total[:, None], out=np.zeros_like(inside), where=total[:, None] > 0)


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
    if method not in METHODS:
        raise DataError(f"--method {method}: expected one of {', '.join(METHODS)}")
    if not 0 <= min_iou <= 1 or not 0 <= margin <= 1 or not 0 <= min_mass <= 1:
        raise DataError("--min-iou, --margin and --min-mass are shares between 0 and 1")
    maps = np.asarray(maps, dtype=np.float32)
    kernels = tuple(range(maps.shape[-1])) if kernels is None else tuple(kernels)
    thresholds = kernel_thresholds(maps, quantile)
    if method == "iou":
        scores = iou_scores(maps, masks, len(names), thresholds)
    else:
        scores = mass_scores(maps, masks, len(names))
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
