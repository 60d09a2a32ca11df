"""Norms -> truth values: the thresholds of every literal (the paper's eqs. 3 and 4).

A literal is true for an image when its activation is above its threshold:
by default the mean over the training split.  `Quantiser` holds the
thresholds of each quantised layer and is ``quantiser.json`` on disk.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ...core.program import Compound
from ...errors import ModelError
from ...learn.thresholds import fit_thresholds
from ..layers import LayerChoice
from ..preprocess import PIXELS, check_preprocess
from .forward import literal_terms
from .groups import group_kernels, group_values

__all__ = ["LITERALS", "forward_family", "Quantiser"]

LITERALS = ("kernel", "cell", "group")


def forward_family(literals: str) -> str:
    """What the forward pass computes for a literal family: groups are sums of kernel norms."""
    return "kernel" if literals == "group" else literals


@dataclass(frozen=True, eq=False)
class Quantiser:
    """Thresholds of each quantised layer; `quantiser.json` on disk."""

    layers: tuple            # LayerChoice per layer, bottom-up
    thresholds: tuple        # float64 (literals_l,) per layer
    norm: str
    input_shape: tuple
    class_names: tuple
    threshold: str = "mean"
    literals: str = "kernel"
    grid: int | None = None
    terms: tuple = ()        # program term of each literal, per layer ("columns" in quantiser.json)
    groups: tuple = ()       # group literals: member kernels of each group, per layer
    preprocess: str = "unit"  # how pixels in [0, 1] were fed to the model (nn.preprocess)

    @classmethod
    def fit(cls, layers, train_norms, norm: str, input_shape, class_names, threshold: str = "mean",
            target=None, literals: str = "kernel", grid: int | None = None, map_shapes=None,
            preprocess: str = "unit") -> "Quantiser":
        """Thresholds of every literal; with ``mean`` (eq. 4) each is the mean over the training images."""
        if literals not in LITERALS:
            raise ModelError(f"unknown literal family {literals!r}; expected one of {', '.join(LITERALS)}")
        groups = tuple(group_kernels(n) for n in train_norms) if literals == "group" else ()
        values = [group_values(n, g) for n, g in zip(train_norms, groups)] if groups else list(train_norms)
        thresholds = tuple(fit_thresholds(v, threshold, target) for v in values)
        if literals == "kernel":
            terms = tuple(tuple(range(n.shape[1])) for n in train_norms)
        elif literals == "group":
            terms = tuple(tuple(Compound("group", (g,)) for g in range(len(gs))) for gs in groups)
        else:
            terms = tuple(literal_terms(c.kernels, shape, literals, grid) for c, shape in zip(layers, map_shapes))
        return cls(tuple(layers), thresholds, norm, tuple(input_shape), tuple(class_names), threshold,
                   literals, grid, terms, groups, preprocess)

    def features(self, norms) -> list[np.ndarray]:
        """The forward pass's activations (per layer) as the values of this quantiser's literals."""
        if not self.groups:
            return list(norms)
        return [group_values(n, g) for n, g in zip(norms, self.groups)]

    def truth(self, norms) -> list[np.ndarray]:
        """Eq. 3: bool (n, literals_l) per layer, True where the activation is above the threshold.

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
                     "columns": [[[t.functor, *t.args] for t in terms] for terms in self.terms]}
        if self.groups:
            extra["groups"] = [[list(g) for g in layer] for layer in self.groups]
        return {
            **extra,
            "format": 1,
            "norm": self.norm,
            "threshold": self.threshold,
            "input": {"shape": list(self.input_shape), "pixels": PIXELS[self.preprocess],
                      "resize": "bilinear", "channels": self.input_shape[-1],
                      **({"preprocess": self.preprocess} if self.preprocess != "unit" else {})},
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
                terms = tuple(tuple(range(len(t))) for t in thresholds)
            else:
                terms = tuple(tuple(Compound(t[0], tuple(t[1:])) for t in layer) for layer in data["columns"])
            groups = tuple(tuple(tuple(g) for g in layer) for layer in data.get("groups", ()))
            preprocess = check_preprocess(str(data["input"].get("preprocess", "unit")), allow_auto=False)
            return cls(layers, thresholds, data["norm"], tuple(data["input"]["shape"]),
                       tuple(data["classes"]), data.get("threshold", "mean"), literals, data.get("grid"), terms,
                       groups, preprocess)
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"{where}: not an eric-lp quantiser file ({exc.__class__.__name__}: {exc})") from None
