"""Models: the paper's VGG16, a CPU-sized VGG, loading user models, training.

Keras comes through `nn.keras`; TensorFlow stays inside `eric_lp.nn`.  Models are built
untrained (``weights=None``): nothing is ever downloaded.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import numpy as np

from ..core.files import check_output
from ..core.scoring import SPLITS, agreement
from ..errors import DataError, ModelError
from .keras import import_keras
from .model_files import loadable_path, read_model_file

__all__ = ["build_model", "load_model", "save_model", "train", "fit_verbosity", "predict", "check_input", "model_key",
           "model_sha256", "save_history", "history_paths", "model_input_shape", "ARCHITECTURES", "PAPER_RECIPE", "DEFAULT_RECIPE"]

ARCHITECTURES = ("vgg-small", "vgg16", "lenet-small")
#: The paper's section 4.2: SGD, learning rate 1e-5, categorical cross-entropy, batch 32, 100 epochs.
PAPER_RECIPE = {"optimizer": "sgd", "lr": 1e-5, "batch_size": 32, "epochs": 100}
#: What ``train`` uses unless told otherwise: Adam at 1e-3 for 5 epochs reaches the paper's
#: accuracies on a CPU in about a minute.
DEFAULT_RECIPE = {"optimizer": "adam", "lr": 1e-3, "batch_size": 32, "epochs": 5}


def model_input_shape(arch: str, data_shape) -> tuple:
    """VGG16 needs at least 32x32 RGB; vgg-small takes the data as it is."""
    h, w, c = data_shape
    if arch == "vgg16":
        return (max(32, h), max(32, w), 3)
    return (h, w, c)


def build_model(arch: str, input_shape, classes: int, seed: int = 0, weights=None):
    """An untrained model: Keras' VGG16 (``weights=None``) or the small VGG.

    weights: for vgg16 only, a local Keras ImageNet weights file (``.h5`` as
    ``keras.applications`` downloads it, with or without the top, or a
    ``.weights.h5``); the layers whose names and shapes match start from it.
    Nothing is ever fetched.
    """
    keras = import_keras()
    keras.utils.set_random_seed(seed)
    if weights is not None and arch != "vgg16":
        raise ModelError(f"--weights starts vgg16 from ImageNet weights; {arch} has none")
    if arch == "vgg16":
        model = keras.applications.VGG16(weights=None, include_top=True, input_shape=tuple(input_shape),
                                         classes=classes, classifier_activation="softmax")
        if weights is not None:
            _load_matching_weights(keras, model, Path(weights))
        return model
    if arch == "lenet-small":
        return _lenet_small(keras, input_shape, classes)
    if arch != "vgg-small":
        raise ModelError(f"unknown architecture {arch!r}; expected one of {', '.join(ARCHITECTURES)}")
    layers = keras.layers
    inputs = keras.Input(shape=tuple(input_shape), name="input")
    x = inputs
    for block, (filters, convs) in enumerate(((32, 1), (64, 2), (64, 2)), start=1):
        for i in range(1, convs + 1):
            x = layers.Conv2D(filters, 3, padding="same", activation="relu", name=f"block{block}_conv{i}")(x)
        x = layers.MaxPooling2D(2, name=f"block{block}_pool")(x)
    x = layers.Flatten(name="flatten")(x)
    x = layers.Dense(128, activation="relu", name="fc1")(x)
    x = layers.Dropout(0.3, name="dropout")(x)
    outputs = layers.Dense(classes, activation="softmax", name="predictions")(x)
    return keras.Model(inputs, outputs, name="vgg_small")


def _load_matching_weights(keras, model, path: Path) -> None:
    """Copy every layer of a weights file whose name and shapes match `model`'s (the conv blocks;
    the classifier differs in size whenever the classes or the input do)."""
    if not path.is_file():
        raise ModelError(f"{path}: no such weights file; give a local Keras VGG16 ImageNet weights file "
                         "(vgg16_weights_tf_dim_ordering_tf_kernels[_notop].h5); nothing is downloaded")
    if path.name.endswith(".weights.h5"):  # Keras 3 weights: load into the architecture they were saved from
        source = None
        for top in (False, True):
            candidate = keras.applications.VGG16(weights=None, include_top=top,
                                                 input_shape=None if top else model.input_shape[1:])
            try:
                candidate.load_weights(path)
            except (ValueError, KeyError, OSError):
                continue
            source = candidate
            break
        if source is None:
            raise ModelError(f"{path}: not VGG16 weights (neither with nor without the top)")
        layers = {layer.name: layer for layer in model.layers}
        loaded = 0
        for layer in source.layers:
            target = layers.get(layer.name)
            values = layer.get_weights()
            shapes_match = target is not None and [w.shape for w in target.get_weights()] == [v.shape for v in values]
            if values and shapes_match:
                target.set_weights(values)
                loaded += 1
    elif path.suffix in (".h5", ".hdf5"):
        before = [w.copy() for w in model.get_layer("block1_conv1").get_weights()]
        try:
            model.load_weights(path, by_name=True, skip_mismatch=True)
        except (ValueError, KeyError, OSError) as exc:
            raise ModelError(f"{path}: cannot read VGG16 weights from it ({str(exc).splitlines()[0][:160]})") from None
        after = model.get_layer("block1_conv1").get_weights()
        loaded = int(any((a != b).any() for a, b in zip(after, before)))
    else:
        raise ModelError(f"{path}: expected a .h5 or .weights.h5 weights file")
    if not loaded:
        raise ModelError(f"{path}: no layer of it matches VGG16's; is it a VGG16 weights file?")


def _lenet_small(keras, input_shape, classes: int):
    """Another shape than VGG, for checking results off the tuned model: LeNet-like, 5x5
    convolutions and average pooling, layer names c1, s2, c3, s4, c5, s6."""
    L = keras.layers
    inputs = keras.Input(shape=tuple(input_shape), name="image")
    x = L.Conv2D(16, 5, padding="same", activation="relu", name="c1")(inputs)
    x = L.AveragePooling2D(2, name="s2")(x)
    x = L.Conv2D(32, 5, padding="same", activation="relu", name="c3")(x)
    x = L.AveragePooling2D(2, name="s4")(x)
    x = L.Conv2D(48, 3, padding="same", activation="relu", name="c5")(x)
    x = L.MaxPooling2D(2, name="s6")(x)
    x = L.Flatten(name="flatten")(x)
    x = L.Dense(64, activation="relu", name="f7")(x)
    outputs = L.Dense(classes, activation="softmax", name="output")(x)
    return keras.Model(inputs, outputs, name="lenet_small")


def load_model(path):
    """A saved model, Keras 3 ``.keras`` or legacy HDF5 ``.h5``, told apart by the file's bytes (not
    its name), loaded with no code from the file run: an architecture with a Lambda layer is refused
    before Keras reads it (`nn.model_files`), and Keras' own safe mode stays on behind that."""
    model_file = read_model_file(path)
    path = model_file.path
    keras = import_keras()
    try:
        with loadable_path(model_file) as named:
            return keras.models.load_model(named, safe_mode=True, compile=False)
    except Exception as exc:  # keras raises many kinds here
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
        raise ModelError(f"{path}: cannot load the model ({first[:200]})") from None


def save_model(model, path) -> Path:
    """Save atomically: a temporary ``.keras`` file, then a rename (through a symlink to its target;
    a target that is not a regular file is refused, see `core.files.check_output`)."""
    path = Path(path)
    if path.suffix != ".keras":
        raise ModelError(f"{path}: model files must end in .keras")
    target = check_output(path, "model file")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.stem}.{os.getpid()}.tmp.keras")
    try:
        model.save(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _optimizer(name: str, lr: float):
    keras = import_keras()
    if name == "sgd":
        return keras.optimizers.SGD(learning_rate=lr)
    if name == "adam":
        return keras.optimizers.Adam(learning_rate=lr)
    raise ModelError(f"unknown optimizer {name!r}; expected sgd or adam")


def predict(model, x: np.ndarray, batch_size: int = 256) -> np.ndarray:
    """Class index M predicts for each image; x: float32 (n, h, w, c)."""
    if len(x) == 0:
        return np.zeros(0, dtype=np.int64)
    return np.argmax(model.predict(x, batch_size=batch_size, verbose=0), axis=1).astype(np.int64)


def check_input(model, data) -> None:
    """Refuse data whose images do not fit the model's input, or whose classes do not match."""
    want = tuple(model.input_shape[1:])
    got = data.input_shape
    if any(w is not None and w != g for w, g in zip(want, got)) or len(want) != len(got):
        raise DataError(f"images have shape {got} but the model takes {want}")
    outputs = model.output_shape[-1]
    if outputs != len(data.class_names):
        raise DataError(f"the model has {outputs} outputs but the data has {len(data.class_names)} classes "
                        f"({', '.join(data.class_names)}); pass the classes the model was trained on")


def train(data, arch: str = "vgg-small", epochs: int = 5, optimizer: str = "adam", lr: float = 1e-3,
          batch_size: int = 32, seed: int = 0, verbose: int = 1, weights=None):
    """Train a fresh model on `data` (a `Dataset`); returns (model, history dict, accuracies).

    verbose: Keras' 0 (silent), 1 (a bar per step, shown only when stdout is a terminal: one line
    per epoch otherwise) or 2 (a line per epoch)."""
    keras = import_keras()
    verbose = fit_verbosity(verbose)
    shape = model_input_shape(arch, data.input_shape)
    data = data.resized(shape)
    model = build_model(arch, shape, len(data.class_names), seed, weights)
    model.compile(optimizer=_optimizer(optimizer, lr), loss="categorical_crossentropy", metrics=["accuracy"])
    n = len(data.class_names)
    start = time.perf_counter()
    from .stream import FileImages, predict_classes
    if not isinstance(data.train.images, FileImages):  # a small in-memory set (Fashion-MNIST, MNIST): as it is
        onehot = lambda y: keras.utils.to_categorical(y, n)
        history = model.fit(data.train.x, onehot(data.train.y), validation_data=(data.val.x, onehot(data.val.y)),
                            epochs=epochs, batch_size=batch_size, shuffle=True, verbose=verbose)
    else:  # image files: streamed, only the paths are held
        history = _fit_streamed(model, data, n, epochs, batch_size, seed, verbose)
    seconds = time.perf_counter() - start
    accuracy = {s: agreement(predict_classes(model, data.split(s).images), data.split(s).y) for s in SPLITS}
    hist = {k: [float(v) for v in vals] for k, vals in history.history.items()}
    return model, hist, accuracy, seconds


def fit_verbosity(verbose: int) -> int:
    """Keras' `fit` verbosity for where stdout goes: its per-step bar (1) rewrites one line with
    carriage returns, thousands of them in a log or a pipe, so off a terminal it becomes 2 (a line
    per epoch).  Keras' progress bar writes to ``sys.stdout``, so that is the stream asked."""
    if verbose != 1:
        return verbose
    isatty = getattr(sys.stdout, "isatty", None)
    return 1 if isatty is not None and isatty() else 2


def _fit_streamed(model, data, classes: int, epochs: int, batch_size: int, seed: int, verbose: int):
    """`model.fit` on image files read batch by batch (a new seeded order each epoch)."""
    from .stream import labelled_batches
    train, failure = labelled_batches(data.train.images, data.train.y, classes, batch_size, seed, shuffle=True)
    val, val_failure = labelled_batches(data.val.images, data.val.y, classes, batch_size, seed, shuffle=False)
    try:
        # shuffle=False: `labelled_batches` shuffles; Keras would only warn that it ignores shuffle=True
        return model.fit(train, validation_data=val if len(data.val) else None, epochs=epochs, verbose=verbose,
                         shuffle=False)
    except Exception:
        for held in (failure, val_failure):  # a worker's own one-line error, not TensorFlow's wrapping
            if held.error is not None:
                raise held.error from None
        raise


def history_paths(model_path) -> tuple[Path, Path]:
    """Where `save_history` writes: ``NAME.history.json`` and ``NAME.history.png`` beside the model."""
    model_path = Path(model_path)
    return model_path.with_suffix(".history.json"), model_path.with_suffix(".history.png")


def save_history(history: dict, model_path) -> tuple[Path, Path]:
    """History beside the model: ``NAME.history.json`` and a ``NAME.history.png`` plot."""
    from ..core.files import write_json, write_bytes
    json_path, png_path = history_paths(model_path)
    write_json(json_path, history)
    from ..core.plot import png_bytes, pyplot
    programs = "val_fidelity" in history and "size" in history  # fine-tuning chosen by the program
    fig, axes = pyplot().subplots(1, 3 if programs else 2, figsize=(13.5 if programs else 9, 3.5))
    ax1, ax2 = axes[0], axes[1]
    for key in ("loss", "val_loss"):
        if key in history:
            ax1.plot(range(1, len(history[key]) + 1), history[key], label=key)
    for key in ("accuracy", "val_accuracy"):
        if key in history:
            ax2.plot(range(1, len(history[key]) + 1), history[key], label=key)
    for ax, title in ((ax1, "loss"), (ax2, "accuracy")):
        ax.set_xlabel("epoch"); ax.set_title(title); ax.legend()
    if programs:  # epoch 0 is the starting model; the kept epoch is marked
        start = history.get("start_program", {})
        first = 0 if start else 1
        fid = ([start["val_fidelity"]] if start else []) + list(history["val_fidelity"])
        size = ([start["size"]] if start else []) + list(history["size"])
        ax3 = axes[2]
        ax3.plot(range(first, first + len(fid)), fid, "o-", color="C2", label="program val fidelity (%)")
        ax3.set_xlabel("epoch"); ax3.set_title("extracted program"); ax3.set_ylabel("val fidelity (%)")
        twin = ax3.twinx()
        twin.plot(range(first, first + len(size)), size, "s--", color="C3", label="program size")
        twin.set_ylabel("size (antecedents)")
        if "best_epoch" in history:
            ax3.axvline(history["best_epoch"], color="grey", linestyle=":", label="kept")
        lines = ax3.get_legend_handles_labels(), twin.get_legend_handles_labels()
        ax3.legend(lines[0][0] + lines[1][0], lines[0][1] + lines[1][1], fontsize=7)
    fig.tight_layout()
    write_bytes(png_path, png_bytes(fig))
    return json_path, png_path


def model_key(path) -> str:
    """A key for caches: the first 16 hex digits of the model file's sha256."""
    return model_sha256(path)[:16]


_DIGESTS: dict = {}


def model_sha256(path) -> str:
    """The model file's sha256 (64 hex digits): what ties a program, a training record or a cache
    entry to the file.  Read once per process for a file that has not changed since."""
    from ..core.files import file_sha256
    path = Path(path)
    try:
        st = path.stat()
    except OSError as exc:
        raise ModelError(f"{path}: cannot read the model file ({exc.strerror})") from None
    key = (os.path.realpath(path), st.st_ino, st.st_size, st.st_mtime_ns)
    if key not in _DIGESTS:
        _DIGESTS[key] = file_sha256(path)
    return _DIGESTS[key]

