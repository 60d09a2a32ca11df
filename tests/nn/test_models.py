import json

import numpy as np
import pytest

from eric_lp.cli.main import main
from eric_lp.errors import ModelError
from eric_lp.nn.layers import kernel_layers
from eric_lp.nn.models import build_model, load_model, predict


def test_saved_model_reloads_with_the_same_predictions(tiny):
    path, data = tiny
    model = load_model(path)
    again = load_model(path)
    assert np.array_equal(predict(model, data.test.x), predict(again, data.test.x))
    assert np.mean(predict(model, data.test.x) == data.test.y) > 0.6


def test_layers_lists_other_names_and_marks_pooling(tiny, capsys):
    path, _ = tiny
    assert main(["layers", str(path), "--json"]) == 0
    layers = json.loads(capsys.readouterr().out)["layers"]
    assert [(x["name"], x["kind"], x["kernels"], x["feeds_pool"]) for x in layers] == [
        ("stem", "conv", 8, "squeeze"), ("squeeze", "pool", 8, None), ("feat_a", "conv", 12, None),
        ("feat_b", "conv", 16, "squeeze2"), ("squeeze2", "pool", 16, None)]


def test_vgg16_is_keras_vgg16_untrained():
    model = build_model("vgg16", (32, 32, 3), 3)
    assert model.name == "vgg16" and model.output_shape == (None, 3)
    names = [x.name for x in kernel_layers(model)]
    assert names[0] == "block1_conv1" and "block5_pool" in names and len(names) == 18


def test_vgg_small_shape():
    model = build_model("vgg-small", (28, 28, 1), 3)
    infos = kernel_layers(model)
    assert [i.name for i in infos if i.kind == "pool"] == ["block1_pool", "block2_pool", "block3_pool"]


def test_missing_and_bad_model_files(tmp_path):
    with pytest.raises(ModelError, match="no such model file"):
        load_model(tmp_path / "nope.keras")
    (tmp_path / "bad.keras").write_bytes(b"garbage")
    with pytest.raises(ModelError, match="not a model file"):
        load_model(tmp_path / "bad.keras")


def test_train_command_writes_model_history_and_plot(tmp_path, capsys):
    out = tmp_path / "m.keras"
    assert main(["train", "--dataset", "fashion-mnist:0,1", "--limit", "200", "--epochs", "1",
                 "-o", str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert out.is_file() and (tmp_path / "m.history.json").is_file() and (tmp_path / "m.history.png").is_file()
    assert set(result["accuracy"]) == {"train", "val", "test"}
    assert [x.name for x in tmp_path.iterdir() if x.name.startswith(".")] == []


def test_train_rejects_bad_output_name(tmp_path, capsys):
    assert main(["train", "--dataset", "fashion-mnist:0,1", "-o", str(tmp_path / "m.h5")]) == 2
    assert ".keras" in capsys.readouterr().err


def test_lenet_small_is_another_shape():
    model = build_model("lenet-small", (32, 32, 1), 3)
    infos = kernel_layers(model)
    assert [(i.name, i.kind, i.feeds_pool) for i in infos] == [
        ("c1", "conv", "s2"), ("s2", "pool", None), ("c3", "conv", "s4"), ("s4", "pool", None),
        ("c5", "conv", "s6"), ("s6", "pool", None)]


def test_options_given_with_paper_override_the_recipe(tmp_path, capsys):
    out = tmp_path / "p.keras"
    assert main(["train", "--dataset", "fashion-mnist:0,1", "--limit", "60", "--paper", "--epochs", "1",
                 "-o", str(out), "--json"]) == 0
    history = json.loads(out.with_suffix(".history.json").read_text())
    assert len(history["loss"]) == 1  # not the recipe's 100 epochs
    assert "1 epochs, sgd lr=1e-05, batch 32" in capsys.readouterr().err  # the rest of the recipe stays


def test_training_on_an_image_folder_streams_the_files(tmp_path, monkeypatch, capsys):
    """An image folder trains batch by batch from its files: no split is ever read whole."""
    from eric_lp.nn.data import load_dataset
    from eric_lp.nn.stream import FileImages
    assert main(["images", "--dataset", "fashion-mnist:0,1", "--limit", "60", "-o", str(tmp_path / "imgs")]) == 0
    capsys.readouterr()

    def whole(self):
        raise AssertionError("a whole split was read into memory")
    monkeypatch.setattr(FileImages, "array", whole)
    out = tmp_path / "folder.keras"
    assert main(["train", "--images", str(tmp_path / "imgs"), "--arch", "lenet-small", "--epochs", "2",
                 "-o", str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    history = json.loads(out.with_suffix(".history.json").read_text())
    assert len(history["loss"]) == 2 and "val_loss" in history
    # the accuracies it reports are the saved model's own predictions on the files
    data = load_dataset(None, tmp_path / "imgs")
    monkeypatch.undo()
    model = load_model(out)
    test = data.test
    mine = 100.0 * float(np.mean(np.argmax(model.predict(test.x, verbose=0), axis=1) == test.y))
    assert abs(result["accuracy"]["test"] - mine) < 0.01
