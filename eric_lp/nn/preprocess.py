"""Pixels -> what the model was trained on: the ``--preprocess`` conventions.

Datasets hold pixels in [0, 1] (so images are shown as they are); the
forward pass feeds them to the model through `prepare`.  ``auto`` picks
``raw`` when the model scales its input itself (it begins with a Rescaling
layer, possibly after augmentation layers), ``unit`` otherwise.
"""

from __future__ import annotations

import numpy as np

from ..errors import DataError

__all__ = ["PREPROCESS", "PIXELS", "check_preprocess", "prepare", "detect_preprocess", "resolve_preprocess"]

PREPROCESS = ("auto", "unit", "raw", "caffe", "tf", "torch")
#: What each convention feeds the model, as recorded in quantiser.json (unit: today's wording).
PIXELS = {"unit": "scaled to [0, 1]", "raw": "0..255",
          "caffe": "BGR, 0..255 minus the ImageNet channel means (keras.applications vgg16/resnet50)",
          "tf": "scaled to [-1, 1]", "torch": "[0, 1] minus the ImageNet mean, divided by its std"}
_CAFFE_MEAN_BGR = np.array([103.939, 116.779, 123.68], dtype=np.float32)
_TORCH_MEAN = np.array([0.485, 0.456, 0.406], dtype=np.float32)
_TORCH_STD = np.array([0.229, 0.224, 0.225], dtype=np.float32)
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


def detect_preprocess(model) -> str:
    """``raw`` when the model (or the nested model it starts with) begins with Rescaling, else ``unit``."""
    from .keras import import_keras
    keras = import_keras()
    for layer in model.layers:
        cls = layer.__class__.__name__
        if cls in _PASS:
            continue
        if isinstance(layer, keras.Model):
            return detect_preprocess(layer)
        return "raw" if cls == "Rescaling" else "unit"
    return "unit"


def resolve_preprocess(model, name: str | None) -> str:
    """The convention to use: `name`, or the model's own (``auto`` or None)."""
    name = check_preprocess(name or "auto")
    return detect_preprocess(model) if name == "auto" else name
