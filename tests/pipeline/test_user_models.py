"""The models users bring (issue 13): loaded Sequentials, nested keras.applications bases,
Conv->BN->ReLU and residual blocks, logits heads, models that expect other pixels.

Each model is trained for a few steps on a few images, saved and loaded again;
extract -> infer -> explain -> report run through the command, and M's accuracy
as eric-lp reports it must equal the model's own on the same images.
"""

import json

import numpy as np
import pytest

from eric_lp.cli.main import main
from eric_lp.errors import ModelError
from eric_lp.nn.data import load_dataset
from eric_lp.nn.keras import import_keras
from eric_lp.nn.layers import kernel_layers, resolve_layers
from eric_lp.nn.models import load_model, save_model
from eric_lp.nn.preprocess import prepare
from eric_lp.pipeline.folder import load_quantiser

SPEC = "fashion-mnist:0,1,7"
LIMIT = "150"


def _data(shape):
    return load_dataset(SPEC, shape=shape, limit=int(LIMIT))


def _fit(model, x, y, epochs=2, logits=False):
    keras = import_keras()
    loss = keras.losses.CategoricalCrossentropy(from_logits=logits)
    model.compile(optimizer=keras.optimizers.Adam(3e-3), loss=loss)
    model.fit(x, keras.utils.to_categorical(y, 3), epochs=epochs, batch_size=32, verbose=0)
    return model


def _saved(model, tmp_path, name):
    path = tmp_path / f"{name}.keras"
    save_model(model, path)
    return path, load_model(path)


def _own_accuracy(model, x, y):
    return 100.0 * np.mean(np.argmax(model.predict(x, verbose=0), axis=1) == y)


def _pipeline(path, tmp_path, lep, *extra, capsys=None, maps=False):
    """extract -> infer -> explain -> report (and visualise --maps) through the command;
    returns (metrics, quantiser, stderr)."""
    out = tmp_path / "out"
    data = ["--dataset", SPEC, "--limit", LIMIT]
    assert main(["extract", "--model", str(path), *data, "--lep", lep, "--cache-dir", str(tmp_path / "cache"),
                 "-o", str(out), "--json", *extra]) == 0
    err = capsys.readouterr().err if capsys else ""
    assert main(["infer", "--model", str(path), "--program", str(out), *data, "--json"]) == 0
    assert main(["explain", "--model", str(path), "--program", str(out), *data, "--index", "0,1"]) == 0
    if maps:  # the maps are read inside the model, the grids show the pixels
        assert main(["visualise", "--model", str(path), "--program", str(out), *data, "--maps", "--top", "3",
                     "--cache-dir", str(tmp_path / "cache")]) == 0
        assert (out / "kernels" / "overview.png").is_file()
    assert main(["report", str(out), "--model", str(path), *data]) == 0
    assert (out / "report.html").is_file()
    return json.loads((out / "metrics.json").read_text()), load_quantiser(out), err


def test_loaded_sequential_with_rescaling_reads_raw_pixels(tmp_path, capsys):
    keras = import_keras()
    L = keras.layers
    keras.utils.set_random_seed(0)
    data = _data((28, 28, 1))
    model = keras.Sequential([keras.Input((28, 28, 1)), L.RandomFlip("horizontal"), L.Rescaling(1 / 255),
                              L.Conv2D(8, 3, activation="relu", name="c1"), L.MaxPooling2D(name="p1"),
                              L.Conv2D(8, 3, activation="relu", name="c2"), L.MaxPooling2D(name="p2"),
                              L.Flatten(), L.Dense(3, activation="softmax")])
    _fit(model, data.train.x * 255, data.train.y, epochs=4)
    path, loaded = _saved(model, tmp_path, "seq")
    assert [(i.name, i.reads) for i in kernel_layers(loaded) if i.kind == "conv"] == [("c1", "p1"), ("c2", "p2")]
    metrics, quantiser, err = _pipeline(path, tmp_path, "c2", capsys=capsys, maps=True)
    assert quantiser.preprocess == "raw" and quantiser.lep.tensor == "p2"
    for split in ("train", "test"):
        own = _own_accuracy(loaded, data.split(split).x * 255, data.split(split).y)
        assert abs(metrics["accuracy_model"][split] - own) < 0.1
    assert "warnings" not in metrics and "warning" not in err
    assert metrics["accuracy_model"]["train"] > 60


def _residual(keras):
    L = keras.layers
    inputs = keras.Input((28, 28, 1), name="img")
    x = L.Conv2D(8, 3, padding="same", activation=None, name="conv1")(inputs)
    x = L.BatchNormalization(name="bn1")(x)
    x = L.ReLU(name="relu1")(x)
    x = L.MaxPooling2D(name="pool1")(x)
    y = L.Conv2D(8, 3, padding="same", name="conv2")(x)
    y = L.BatchNormalization(name="bn2")(y)
    y = L.Add(name="add")([x, y])
    y = L.Activation("relu", name="res_out")(y)
    y = L.GlobalAveragePooling2D()(y)
    outputs = L.Dense(3, name="logits")(y)  # no softmax: argmax of logits
    return keras.Model(inputs, outputs, name="resnetish")


def test_functional_bn_relu_and_residual_block_with_logits(tmp_path, capsys):
    keras = import_keras()
    keras.utils.set_random_seed(0)
    data = _data((28, 28, 1))
    model = _fit(_residual(keras), data.train.x, data.train.y, epochs=4, logits=True)
    path, loaded = _saved(model, tmp_path, "res")
    infos = {i.name: i for i in kernel_layers(loaded)}
    assert infos["conv1"].reads == "pool1"     # conv -> BN -> ReLU -> pool
    assert infos["conv2"].reads == "bn2"       # BN feeds Add (two inputs): not a tail
    assert infos["add"].kind == "merge" and infos["res_out"].kind == "activation"
    metrics, quantiser, _ = _pipeline(path, tmp_path, "res_out", capsys=capsys)
    assert quantiser.preprocess == "unit" and quantiser.lep.tensor == "res_out"
    for split in ("train", "test"):
        own = _own_accuracy(loaded, data.split(split).x, data.split(split).y)
        assert abs(metrics["accuracy_model"][split] - own) < 0.1
    assert resolve_layers(loaded, ["conv1"])[0].tensor == "pool1"


def test_sequential_around_a_nested_keras_applications_base(tmp_path, capsys):
    keras = import_keras()
    keras.utils.set_random_seed(0)
    data = _data((32, 32, 3))
    base = keras.applications.MobileNetV2(include_top=False, weights=None, input_shape=(32, 32, 3), alpha=0.35)
    for layer in base.layers:  # moving statistics that settle within a few steps, so inference is not at chance
        if isinstance(layer, keras.layers.BatchNormalization):
            layer.momentum = 0.5
    model = keras.Sequential([keras.Input((32, 32, 3)), base, keras.layers.GlobalAveragePooling2D(),
                              keras.layers.Dense(3, activation="softmax")])
    _fit(model, prepare(data.train.x, "tf"), data.train.y, epochs=3)
    path, loaded = _saved(model, tmp_path, "mobile")
    names = [i.name for i in kernel_layers(loaded)]
    inner = f"{base.name}/block_2_add"
    assert inner in names and f"{base.name}/Conv1" in names
    metrics, quantiser, _ = _pipeline(path, tmp_path, inner, "--preprocess", "tf", capsys=capsys,
                                      maps=True)
    assert quantiser.preprocess == "tf" and quantiser.lep.atom == "mobilenetv2_0_35_32_block_2_add"
    assert json.loads((tmp_path / "out" / "quantiser.json").read_text())["settings"]["preprocess"] == "tf"
    own = _own_accuracy(loaded, prepare(data.train.x, "tf"), data.train.y)
    assert abs(metrics["accuracy_model"]["train"] - own) < 0.1
    assert metrics["accuracy_model"]["train"] > 50 and metrics["size"] > 0
    # a unique inner name alone reaches the same layer, and the same program name: the tensor read
    choice = resolve_layers(loaded, ["block_2_add"])[0]
    assert (choice.layer, choice.tensor, choice.atom) == (inner, inner, "mobilenetv2_0_35_32_block_2_add")


def test_caffe_preprocessing(tmp_path, capsys):
    keras = import_keras()
    L = keras.layers
    keras.utils.set_random_seed(0)
    data = _data((32, 32, 3))
    inputs = keras.Input((32, 32, 3))
    x = L.Conv2D(8, 3, activation="relu", name="conv")(inputs)
    x = L.MaxPooling2D(4, name="pool")(x)
    outputs = L.Dense(3, activation="softmax")(L.Flatten()(x))
    model = _fit(keras.Model(inputs, outputs), prepare(data.train.x, "caffe"), data.train.y, epochs=3)
    path, loaded = _saved(model, tmp_path, "caffe")
    metrics, quantiser, _ = _pipeline(path, tmp_path, "conv", "--preprocess", "caffe", capsys=capsys)
    assert quantiser.preprocess == "caffe"
    for split in ("train", "test"):
        own = _own_accuracy(loaded, prepare(data.split(split).x, "caffe"), data.split(split).y)
        assert abs(metrics["accuracy_model"][split] - own) < 0.1


def test_a_model_at_chance_is_flagged(tmp_path, capsys):
    from conftest import tiny_model
    keras = import_keras()
    model = tiny_model()
    head = model.get_layer("head")
    head.set_weights([np.zeros_like(w) for w in head.get_weights()])  # always class 0
    path = tmp_path / "chance.keras"
    save_model(model, path)
    out = tmp_path / "out"
    capsys.readouterr()
    assert main(["extract", "--model", str(path), "--dataset", SPEC, "--limit", LIMIT, "--lep", "squeeze2",
                 "--cache-dir", str(tmp_path / "cache"), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "warning:" in err and "--preprocess unit" in err and "Conv2D(stem)" in err
    warnings = json.loads((out / "metrics.json").read_text())["warnings"]
    assert len(warnings) == 1 and "chance" in warnings[0]
    del keras


def test_layer_addressing_errors(tmp_path, capsys):
    keras = import_keras()
    L = keras.layers

    def block(name):
        return keras.Sequential([keras.Input((8, 8, 4)), L.Conv2D(4, 3, padding="same", name="c")], name=name)

    inputs = keras.Input((8, 8, 1))
    x = L.Conv2D(4, 3, padding="same", name="stem")(inputs)
    x = block("a")(x)
    x = block("b")(x)
    outputs = L.Dense(3, name="head")(L.Flatten(name="flat")(x))
    model = keras.Model(inputs, outputs)
    assert [i.name for i in kernel_layers(model)] == ["stem", "a/c", "b/c"]
    with pytest.raises(ModelError, match=r"ambiguous.*a/c, b/c"):
        resolve_layers(model, ["c"])
    with pytest.raises(ModelError, match=r"'a/nope' not in model; layers with kernels: stem, a/c, b/c"):
        resolve_layers(model, ["a/nope"])
    with pytest.raises(ModelError, match=r"'flat' has no kernels: its output is \(N, 256\), not a 4-d map"):
        resolve_layers(model, ["flat"])
    assert [c.atom for c in resolve_layers(model, ["a/c", "b/c"])] == ["a_c", "b_c"]
    path = tmp_path / "m.keras"
    save_model(model, path)
    argv = ["extract", "--model", str(path), "--dataset", "fashion-mnist:0,1,7", "--limit", "30", "-o",
            str(tmp_path / "o")]
    capsys.readouterr()
    assert main([*argv, "--lep", "b/nope"]) == 2
    assert main([*argv, "--lep", "a/c", "--preprocess", "bgr"]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 2 and "stem, a/c, b/c" in lines[0]
    assert "unit, raw, caffe, tf, torch" in lines[1]
