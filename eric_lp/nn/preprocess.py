"""Pixels -> what the model was trained on: the ``--preprocess`` conventions.

Datasets hold pixels in [0, 1] (so images are shown as they are); the
forward pass feeds them to the model through `prepare`.  `choose_preprocess`
settles the convention of a run and says why: ``auto`` takes the model's own
preprocessing layer when it begins with one (Rescaling: ``raw``;
Normalization: ``unit``), and otherwise measures: M's accuracy on a fixed
sample of training images under each convention, keeping ``unit`` unless
another is clearly better (`clearly_better`).  A convention given outright,
or read from a layer, that scores clearly worse than another is flagged.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..errors import DataError

__all__ = ["PREPROCESS", "PIXELS", "MEASURED", "SAMPLE", "MARGIN", "Z", "check_preprocess", "prepare",
           "detect_preprocess", "preprocessing_layer", "sample_indices", "clearly_better", "PixelCheck",
           "choose_preprocess"]

PREPROCESS = ("auto", "unit", "raw", "caffe", "tf", "torch")
#: What each convention feeds the model, as recorded in quantiser.json (unit: today's wording).
PIXELS = {"unit": "scaled to [0, 1]", "raw": "0..255",
          "caffe": "BGR, 0..255 minus the ImageNet channel means (keras.applications vgg16/resnet50)",
          "tf": "scaled to [-1, 1]", "torch": "[0, 1] minus the ImageNet mean, divided by its std"}
_CAFFE_MEAN_BGR = np.array([103.939, 116.779, 123.68], dtype=np.float32)
_TORCH_MEAN = np.array([0.485, 0.456, 0.406], dtype=np.float32)
_TORCH_STD = np.array([0.229, 0.224, 0.225], dtype=np.float32)
#: What ``auto`` measures, ``unit`` first (ties keep it); caffe and torch only for RGB models.
MEASURED = ("unit", "raw", "tf", "caffe", "torch")
#: The most training images ``auto`` measures; the least gain (points of accuracy) it acts on, and the
#: z score (McNemar's) the gain must reach (see `clearly_better`).
SAMPLE = 256
MARGIN = 5.0
Z = 2.5
#: A model's own preprocessing layers: where one begins the model, it says what the model expects.
_OWN = ("Rescaling", "Normalization")
#: Layers that come before a Rescaling without changing what it expects.
_PASS = ("InputLayer", "RandomFlip", "RandomRotation", "RandomZoom", "RandomTranslation", "RandomContrast",
         "RandomBrightness", "RandomCrop", "Resizing", "CenterCrop", "RandomHeight", "RandomWidth")


def check_preprocess(name: str, allow_auto: bool = True) -> str:
    """`name` if it is a known convention, else a `DataError` listing them."""
    valid = PREPROCESS if allow_auto else PREPROCESS[1:]
    if name not in valid:
        raise DataError(f"unknown --preprocess {name!r}; expected one of {', '.join(valid)}")
    return name


def prepare(x: np.ndarray, name: str) -> np.ndarray:
    """float32 (n, h, w, c) pixels in [0, 1] -> the model's input under convention `name`."""
    if name == "unit":
        return x
    if name == "raw":
        return (x * 255.0).astype(np.float32)
    if name == "tf":
        return (x * 2.0 - 1.0).astype(np.float32)
    if name in ("caffe", "torch"):
        if x.shape[-1] != 3:
            raise DataError(f"--preprocess {name} is for RGB models; this one takes {x.shape[-1]} channel(s)")
        if name == "caffe":
            return (x[..., ::-1] * 255.0 - _CAFFE_MEAN_BGR).astype(np.float32)
        return ((x - _TORCH_MEAN) / _TORCH_STD).astype(np.float32)
    raise DataError(f"unknown --preprocess {name!r}; expected one of {', '.join(PREPROCESS[1:])}")


def preprocessing_layer(model) -> str | None:
    """The class of the model's own preprocessing layer (``Rescaling`` or ``Normalization``) when it begins
    with one (after augmentation layers, or inside the nested model it starts with), else None."""
    from .keras import import_keras
    keras = import_keras()
    for layer in model.layers:
        cls = layer.__class__.__name__
        if cls in _PASS:
            continue
        if isinstance(layer, keras.Model):
            return preprocessing_layer(layer)
        return cls if cls in _OWN else None
    return None


def detect_preprocess(model) -> str:
    """What the model's own layers say: ``raw`` when it begins with Rescaling, else ``unit``."""
    return "raw" if preprocessing_layer(model) == "Rescaling" else "unit"


def sample_indices(labels, n: int = SAMPLE, seed: int = 0) -> np.ndarray:
    """Up to `n` image indices (sorted), as even over the classes as they allow: each class's images in a
    seeded random order, taken one class after the other in turn.  All of them when there are at most n."""
    labels = np.asarray(labels)
    if len(labels) <= n:
        return np.arange(len(labels))
    rng = np.random.default_rng(seed)
    queues = [rng.permutation(np.flatnonzero(labels == c)) for c in np.unique(labels)]
    rank = np.concatenate([np.arange(len(q)) for q in queues])  # turn in which each image is taken
    turn = np.concatenate([np.full(len(q), i) for i, q in enumerate(queues)])
    order = np.lexsort((turn, rank))[:n]
    return np.sort(np.concatenate(queues)[order])


def clearly_better(a, b) -> bool:
    """Whether convention `a` is clearly better than `b` on one sample: bool (n,), the images each gets right.

    Clearly: at least `MARGIN` (5) points more of the sample right, and more
    than chance can explain.  Of the images only one of them gets right, `a`
    wins w and `b` wins l; the gap must hold w - l >= `Z` sqrt(w + l) with
    Z = 2.5: McNemar's test at 5% over the four conventions `auto` compares
    with unit (Bonferroni: 1.25% each).  On 256 images that is 13 images more
    at least; 30 wins against 10 pass, 40 against 27 do not.  Not looser:
    a barely trained model's accuracy moves by 5 to 7 points between
    conventions whichever it was trained on (z near 2 in our trials), while
    a model fed the wrong pixels loses more, on more images.  Equal scores
    are never clearly better, so ties keep `b`.
    """
    a, b = np.asarray(a, dtype=bool), np.asarray(b, dtype=bool)
    if len(a) == 0:
        return False
    wins, losses = int(np.sum(a & ~b)), int(np.sum(~a & b))
    gain = 100.0 * (wins - losses) / len(a)
    return gain >= MARGIN and wins - losses >= Z * math.sqrt(wins + losses)


@dataclass(frozen=True)
class PixelCheck:
    """How a run feeds pixels to its model, and what a sample of training images said about it.

    name: the convention used.  chosen_by: ``option`` (given with
    ``--preprocess``), ``layer`` (``auto``, from the model's own `layer`),
    ``sample`` (``auto``, measured).  images: the sample's size; accuracy:
    (convention, percent of the sample M gets right) per convention tried,
    in `MEASURED` order.  better: the most accurate convention clearly better
    than `name` (`clearly_better`), or None.
    """

    name: str
    chosen_by: str
    images: int
    accuracy: tuple = ()
    better: str | None = None
    layer: str | None = None

    def record(self) -> dict:
        """The JSON record (``metrics.json``'s ``preprocess_check``)."""
        out = {"chosen_by": self.chosen_by, "images": self.images,
               "accuracy": {k: round(v, 2) for k, v in self.accuracy}}
        if self.layer:
            out["layer"] = self.layer
        if self.better:
            out["better"] = self.better
        return out

    def note(self) -> str:
        """One line for the user: the convention and the sample accuracies behind it."""
        why = {"option": f"--preprocess {self.name}", "layer": f"the model begins with {self.layer}",
               "sample": None}[self.chosen_by]
        acc = dict(self.accuracy)
        if not acc:
            return f"input: {self.name} ({why or 'no training images to measure'})"
        seen = (f"sample accuracy {acc[self.name]:.1f}% on {self.images} training images; "
                + ", ".join(f"{k} {v:.1f}%" for k, v in self.accuracy if k != self.name))
        return f"input: {self.name} ({why + '; ' if why else ''}{seen})"

    def warning(self) -> str | None:
        """One line when another convention scores clearly better, else None."""
        if self.better is None:
            return None
        acc = dict(self.accuracy)
        how = {"option": "", "layer": f" (from the model's {self.layer} layer)", "sample": " (auto)"}[self.chosen_by]
        return (f"--preprocess {self.name}{how}: M classifies {acc[self.name]:.1f}% of {self.images} training "
                f"images right with these pixels, {acc[self.better]:.1f}% with --preprocess {self.better} "
                f"({PIXELS[self.better]}); going on with {self.name} (give --preprocess {self.better} if the "
                "model was trained on those pixels)")


def _right(model, x: np.ndarray, y: np.ndarray, name: str) -> np.ndarray:
    """bool (n,): the images M classifies correctly when fed `x` under convention `name`."""
    out = np.asarray(model.predict(prepare(x, name), batch_size=64, verbose=0))
    return np.argmax(out.reshape(len(out), -1), axis=1) == y


def choose_preprocess(model, name: str | None, train, seed: int | None = 0) -> PixelCheck:
    """The convention a run uses (`name`, or ``auto``/None), checked on a sample of training images.

    train: the training `Split` (pixels in [0, 1], labels); the sample is
    `sample_indices(train.y, SAMPLE, seed)`, fed under each of `MEASURED`
    (caffe and torch only for 3-channel models) with one predict each.
    ``auto``: the model's own preprocessing layer decides when it has one,
    else the most accurate convention clearly better than ``unit``, else
    ``unit``.  Either way a convention clearly better than the one used is
    named in `PixelCheck.better` (the run still uses its own).
    """
    name = check_preprocess(name or "auto")
    layer = preprocessing_layer(model)
    indices = sample_indices(train.y, SAMPLE, seed or 0)  # never unseeded: the same inputs, the same choice
    right = {}
    if len(indices):
        sample = train.take(indices)
        x, y = sample.x, np.asarray(sample.y)
        tried = [c for c in MEASURED if c not in ("caffe", "torch") or x.shape[-1] == 3]
        for convention in tried if name in tried or name == "auto" else [*tried, name]:  # a wrong one raises
            right[convention] = _right(model, x, y, convention)
    if name != "auto":
        chosen, chosen_by = name, "option"
    elif layer is not None:
        chosen, chosen_by = detect_preprocess(model), "layer"
    else:
        chosen, chosen_by = _best_over(right, "unit") or "unit", "sample"
    accuracy = tuple((c, 100.0 * float(np.mean(r))) for c, r in right.items())
    better = _best_over(right, chosen) if right else None
    return PixelCheck(chosen, chosen_by, len(indices), accuracy, better, layer)


def _best_over(right: dict, base: str) -> str | None:
    """The most accurate convention clearly better than `base` (the first in `MEASURED` order on a tie)."""
    if base not in right:
        return None
    winners = [c for c in right if c != base and clearly_better(right[c], right[base])]
    return max(winners, key=lambda c: np.mean(right[c]), default=None)
