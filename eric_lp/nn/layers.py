"""Which layers of a Keras model ERIC can quantise, and which tensor it reads for each.

Any Keras 3 model: functional, `Sequential` (trained or loaded) and models
nested inside models, at any depth.  A layer of a nested model is addressed
as ``OUTER/INNER`` (``vgg16/block5_conv3``); a unique inner name alone works
too.  `kernel_layers` lists every layer whose output is a 4-d map (N, H, W, C);
`resolve_layers` checks the user's choice against them and names the tensor
read for each: a conv kernel is read after its elementwise tail (batch norm,
activation) and through the pooling layer that follows, where there is one.
`layer_tensor` finds a layer's output in the outer model's graph, inside
nested models too.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import ModelError
from .data import class_atom
from .keras import import_keras

__all__ = ["LayerInfo", "kernel_layers", "LayerChoice", "resolve_layers", "layer_tensor", "layer_shape",
           "feature_maps", "first_layers"]

#: Elementwise layers a conv's map passes through before ERIC reads it (same shape, one consumer).
_TAIL = ("BatchNormalization", "LayerNormalization", "GroupNormalization", "Activation", "ReLU", "LeakyReLU",
         "PReLU", "ELU", "Dropout", "SpatialDropout2D", "GaussianNoise", "GaussianDropout")
_POOL = ("MaxPooling2D", "AveragePooling2D")
_CONV = ("Conv2D", "SeparableConv2D", "DepthwiseConv2D", "Conv2DTranspose")
_NORM = ("BatchNormalization", "LayerNormalization", "GroupNormalization")
_ACTIVATION = ("Activation", "ReLU", "LeakyReLU", "PReLU", "ELU", "Softmax")
_MERGE = ("Add", "Concatenate", "Multiply", "Average", "Maximum", "Minimum", "Subtract")


def _graph(model):
    """The functional graph of a model: a `Sequential` keeps it in ``_functional`` once built."""
    keras = import_keras()
    if isinstance(model, keras.Sequential):
        graph = getattr(model, "_functional", None)
        if graph is None:
            raise ModelError(f"model {model.name} is a Sequential without an input shape; build it "
                             "(keras.Input first) and save it again")
        return graph
    if not hasattr(model, "_nodes_by_depth"):
        raise ModelError(f"model {model.name} ({model.__class__.__name__}) is not a functional or Sequential "
                         "model; ERIC reads the layers of a Keras graph")
    return model


def _nodes(model) -> dict:
    """{layer name: its node in this model's graph}, in the order the graph computes them."""
    graph = _graph(model)
    out = {}
    for depth in sorted(graph._nodes_by_depth, reverse=True):
        for node in graph._nodes_by_depth[depth]:
            op = node.operation
            if op.__class__.__name__ == "InputLayer":
                continue
            out.setdefault(op.name, node)
    order = {layer.name: i for i, layer in enumerate(model.layers)}
    return dict(sorted(out.items(), key=lambda kv: order.get(kv[0], len(order))))


def _consumers(nodes: dict) -> dict:
    """{id(tensor): [names of the layers that read it]} within one graph."""
    out: dict = {}
    for name, node in nodes.items():
        for t in node.input_tensors:
            out.setdefault(id(t), []).append(name)
    return out


def _kind(layer) -> str:
    keras = import_keras()
    cls = layer.__class__.__name__
    if isinstance(layer, keras.Model):
        return "model"
    if cls in _CONV or (hasattr(layer, "kernel") and cls not in ("Dense",)):
        return "conv"
    if cls in _POOL:
        return "pool"
    if cls in _NORM:
        return "norm"
    if cls in _ACTIVATION:
        return "activation"
    if cls in _MERGE:
        return "merge"
    return "other"


@dataclass(frozen=True)
class LayerInfo:
    """A layer whose output is a 4-d map: its kernels are its channels.

    name: ``layer`` or ``outer/inner`` for a layer of a nested model; reads:
    the layer whose output ERIC quantises for it (itself, or the end of a
    conv's elementwise tail and pooling).
    """

    name: str
    kind: str                  # conv, pool, norm, activation, merge, other
    kernels: int
    output_shape: tuple
    feeds_pool: str | None     # the pooling layer it is read through, if any
    index: int
    cls: str = ""              # the Keras class, e.g. Conv2D
    reads: str = ""


def _walk(model, prefix: str, out: list) -> None:
    nodes = _nodes(model)
    consumers = _consumers(nodes)
    for name, node in nodes.items():
        layer = node.operation
        path = f"{prefix}{name}"
        kind = _kind(layer)
        if kind == "model":
            _walk(layer, f"{path}/", out)
            continue
        outputs = node.output_tensors
        if len(outputs) != 1 or len(outputs[0].shape) != 4:
            continue
        shape = tuple(None if s is None else int(s) for s in outputs[0].shape[1:])
        reads, pool = name, None
        if kind == "conv":
            reads, pool = _tail(name, nodes, consumers)
        out.append(LayerInfo(path, kind, int(shape[-1]), shape, f"{prefix}{pool}" if pool else None, len(out),
                             layer.__class__.__name__, f"{prefix}{reads}"))


def _only_consumer(name: str, nodes: dict, consumers: dict):
    node = nodes[name]
    readers = consumers.get(id(node.output_tensors[0]), [])
    if len(readers) != 1 or len(nodes[readers[0]].input_tensors) != 1:
        return None
    return readers[0]


def _tail(name: str, nodes: dict, consumers: dict) -> tuple:
    """(the layer read for conv `name`, the pool it passes through or None): conv -> BN -> activation,
    each the only consumer of the one before with the same shape, then the pool that follows."""
    shape = tuple(nodes[name].output_tensors[0].shape)
    current = name
    while True:
        nxt = _only_consumer(current, nodes, consumers)
        if nxt is None:
            return current, None
        layer = nodes[nxt].operation
        cls = layer.__class__.__name__
        if cls in _POOL:
            return nxt, nxt
        if cls not in _TAIL or tuple(nodes[nxt].output_tensors[0].shape) != shape:
            return current, None
        current = nxt


def kernel_layers(model) -> list[LayerInfo]:
    """Every layer ERIC can quantise (a 4-d output), in order, nested models walked as ``outer/inner``."""
    out: list = []
    _walk(model, "", out)
    return out


def layer_tensor(model, path: str):
    """The output of layer `path` (``name`` or ``outer/inner/...``) as a tensor of `model`'s graph.

    A layer inside a nested model is reached by calling the nested model's own
    graph, cut at that layer, on the tensor that feeds the nested model.
    """
    keras = import_keras()
    head, sep, rest = path.partition("/")
    nodes = _nodes(model)
    if head not in nodes:
        raise ModelError(f"the model has no layer {path!r}; is it the model the program was extracted from?")
    node = nodes[head]
    if not sep:
        return node.output_tensors[0]
    nested = node.operation
    if not isinstance(nested, keras.Model):
        raise ModelError(f"layer {head!r} is not a nested model, so {path!r} does not exist")
    inner = layer_tensor(nested, rest)
    graph = _graph(nested)
    inputs = graph.inputs[0] if len(graph.inputs) == 1 else graph.inputs
    cut = keras.Model(inputs, inner)
    args = node.input_tensors
    return cut(args[0] if len(args) == 1 else list(args))


def layer_shape(model, path: str) -> tuple:
    """The output shape (without the batch axis) of layer `path`."""
    head, sep, rest = path.partition("/")
    nodes = _nodes(model)
    if head not in nodes:
        raise ModelError(f"the model has no layer {path!r}; is it the model the program was extracted from?")
    if sep:
        return layer_shape(nodes[head].operation, rest)
    return tuple(None if s is None else int(s) for s in nodes[head].output_tensors[0].shape[1:])


def feature_maps(model, path: str, x):
    """The output maps of layer `path` for images `x` (already fed as the model expects), as numpy (n, H, W, K)."""
    keras = import_keras()
    inputs = model.inputs[0] if len(model.inputs) == 1 else model.inputs
    sub = keras.Model(inputs, layer_tensor(model, path))
    return np.asarray(sub(x, training=False))


def first_layers(model, n: int = 4) -> list[str]:
    """The first layers the images meet, as ``Class(name)``, nested models entered."""
    keras = import_keras()
    out = []
    for node in _nodes(model).values():
        layer = node.operation
        if isinstance(layer, keras.Model):
            out.extend(f"{layer.name}/{x}" for x in first_layers(layer, n - len(out)))
        else:
            out.append(f"{layer.__class__.__name__}({layer.name})")
        if len(out) >= n:
            break
    return out[:n]


@dataclass(frozen=True)
class LayerChoice:
    """A quantised layer: its name in the program, the Keras layer, the tensor read.

    The program names the layer by the tensor read, not by what the user typed:
    ``block3_conv2`` feeding ``block3_pool`` is read through the pool, so both
    names give the constant ``block3_pool``, and the same rules get the same
    names (``diff`` and labels carry across).
    """

    atom: str         # the layer's name in the program: the tensor read, as a constant
    layer: str        # the Keras layer the user named (``outer/inner`` inside a nested model)
    tensor: str       # the Keras layer whose output is quantised (the end of a conv's tail, or its pool)
    kernels: int


def _find(name: str, infos: list, model) -> LayerInfo:
    by_name = {i.name: i for i in infos}
    if name in by_name:
        return by_name[name]
    valid = ", ".join(i.name for i in infos)
    if "/" not in name:
        inner = [i for i in infos if i.name.rsplit("/", 1)[-1] == name]
        if len(inner) == 1:
            return inner[0]
        if len(inner) > 1:
            raise ModelError(f"layer {name!r} is ambiguous: it names {', '.join(i.name for i in inner)}; "
                             "give the full OUTER/INNER name")
    try:
        shape = layer_shape(model, name)
    except (ModelError, AttributeError):
        shape = None
    if shape is not None:
        dims = ", ".join(str(d) for d in ("N", *shape))
        raise ModelError(f"layer {name!r} has no kernels: its output is ({dims}), not a 4-d map "
                         f"(N, H, W, C); layers with kernels: {valid}")
    raise ModelError(f"layer {name!r} not in model; layers with kernels: {valid}")


def _check_consecutive(names, chosen, infos) -> None:
    """A chain's rules relate each layer to the next (the paper's chaining), so no conv layer may be
    skipped between two chosen layers: the rules would claim a relation the network does not compute."""
    position = {info.name: p for p, info in enumerate(infos)}
    for (low_name, low), (high_name, high) in zip(zip(names, chosen), list(zip(names, chosen))[1:]):
        between = [i.name for i in infos[position[low.name] + 1:position[high.name]] if i.kind == "conv"
                   and i.name not in (low.reads, high.reads)]
        if between:
            last = infos[position[between[-1]]]
            # a conv that reads the high layer's tensor (a conv through its pool) stands for that layer:
            # naming both would read one tensor twice, so the chain suggested ends at the conv
            upper = [] if (last.reads or last.name) == (high.reads or high.name) else [high_name]
            raise ModelError(f"layers {low_name} and {high_name} are not consecutive: conv layers "
                             f"{', '.join(between)} lie between them; chain every conv layer from the entry "
                             f"layer up (e.g. --layers {','.join([low_name, *between, *upper])})")


def resolve_layers(model, names) -> list[LayerChoice]:
    """Check the user's layers against the model and say which tensor each one reads."""
    infos = kernel_layers(model)
    if not any(i.kind == "conv" for i in infos):
        raise ModelError(f"model {model.name} has no convolutional layer; ERIC quantises conv kernels "
                         f"(first layers: {', '.join(first_layers(model))})")
    chosen = [_find(name, infos, model) for name in names]
    order = [i.index for i in chosen]
    if order != sorted(order) or len(set(order)) != len(order):
        raise ModelError(f"layers {', '.join(names)} are not in ascending order; list them from the entry "
                         "layer (lowest) upwards")
    _check_consecutive(names, chosen, infos)
    out = []
    for info in chosen:
        tensor = info.reads or info.name
        out.append(LayerChoice(class_atom(tensor, "layer name"), info.name, tensor, info.kernels))
    tensors = [c.tensor for c in out]
    if len(set(tensors)) != len(tensors):
        raise ModelError(f"layers {', '.join(names)} read the same tensor twice (a conv and the layer its "
                         "map is read through)")
    atoms = [c.atom for c in out]
    if len(set(atoms)) != len(atoms) or "class" in atoms:
        raise ModelError(f"layers {', '.join(names)} give clashing program names {atoms} (a layer is named by "
                         "the tensor read); rename the layers in the model")
    return out
