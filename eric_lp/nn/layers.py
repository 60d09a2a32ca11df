"""Which layers of a Keras model ERIC can quantise, and which tensor it reads for each.

`kernel_layers` lists the layers with kernels (channels of a 4-d map);
`resolve_layers` checks the user's choice against them and names the tensor
read for each: the pooled map where a conv layer feeds a pooling layer.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ModelError
from .data import class_atom
from .keras import import_keras

__all__ = ["LayerInfo", "kernel_layers", "LayerChoice", "resolve_layers"]


@dataclass(frozen=True)
class LayerInfo:
    """A layer whose output has kernels (channels): conv and pooling layers."""

    name: str
    kind: str
    kernels: int
    output_shape: tuple
    feeds_pool: str | None  # the pooling layer it feeds, if any
    index: int


def kernel_layers(model) -> list[LayerInfo]:
    """The layers ERIC can quantise, in order: conv and pooling layers with 4-d outputs."""
    keras = import_keras()
    out = []
    layers = model.layers
    for i, layer in enumerate(layers):
        try:
            shape = tuple(layer.output.shape)
        except (AttributeError, ValueError):
            continue
        if len(shape) != 4:
            continue
        is_conv = isinstance(layer, keras.layers.Conv2D) or (hasattr(layer, "kernel") and len(shape) == 4)
        is_pool = isinstance(layer, (keras.layers.MaxPooling2D, keras.layers.AveragePooling2D))
        if not (is_conv or is_pool):
            continue
        feeds = None
        if is_conv:
            for later in layers[i + 1:]:
                inbound = [t for node in later._inbound_nodes for t in node.input_tensors] \
                    if hasattr(later, "_inbound_nodes") else []
                if any(t is layer.output for t in inbound):
                    if isinstance(later, (keras.layers.MaxPooling2D, keras.layers.AveragePooling2D)):
                        feeds = later.name
                    break
        out.append(LayerInfo(layer.name, "pool" if is_pool else "conv", int(shape[-1]),
                             tuple(None if s is None else int(s) for s in shape[1:]), feeds, i))
    return out


@dataclass(frozen=True)
class LayerChoice:
    """A quantised layer: its name in the program, the Keras layer, the tensor read."""

    atom: str         # the layer's name in the program
    layer: str        # the Keras layer the user named
    tensor: str       # the Keras layer whose output is quantised (the pool it feeds, if any)
    kernels: int


def resolve_layers(model, names) -> list[LayerChoice]:
    """Check the user's layers against the model and say which tensor each one reads."""
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
