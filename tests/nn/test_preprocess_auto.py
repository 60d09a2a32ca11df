"""``--preprocess auto`` measures: M scored on a sample of training images under each convention.

Two tiny nets are trained in the test on the same images, one fed [-1, 1]
pixels (``tf``), one fed [0, 1] (``unit``); `auto` must find each one's own,
say so in one line on stderr and record it in metrics.json and quantiser.json;
a convention given outright that scores clearly worse gets a warning.
"""

import json

import numpy as np
import pytest

from conftest import tiny_model
from eric_lp.cli.main import main
from eric_lp.nn.data import load_dataset
from eric_lp.nn.keras import import_keras
from eric_lp.nn.models import save_model
from eric_lp.nn.preprocess import PixelCheck, choose_preprocess, clearly_better, prepare, sample_indices

# pullover, coat, shirt: alike enough that pixels fed the wrong way cost a tiny net many points
SPEC = "fashion-mnist:2,4,6"
LIMIT = 300


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """{convention: model path} for tiny nets trained on the same images fed as tf and as unit; and the data."""
    keras = import_keras()
    data = load_dataset(SPEC, limit=LIMIT)
    folder = tmp_path_factory.mktemp("pixels")
    paths = {}
    for convention in ("tf", "unit"):
        model = tiny_model(seed=1)
        model.fit(prepare(data.train.x, convention), keras.utils.to_categorical(data.train.y, 3), epochs=8,
                  batch_size=32, verbose=0)
        paths[convention] = save_model(model, folder / f"{convention}.keras")
    return paths, data


def _extract(path, out, capsys, *extra):
    """extract through the command; returns (metrics, quantiser.json, stderr lines)."""
    capsys.readouterr()
    assert main(["extract", "--model", str(path), "--dataset", SPEC, "--limit", str(LIMIT), "--lep", "squeeze2",
                 "--cache-dir", str(out.parent / "cache"), "-o", str(out), *extra]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    return (json.loads((out / "metrics.json").read_text()), json.loads((out / "quantiser.json").read_text()),
            [line for line in err if not line.startswith("\r")])


def test_auto_picks_tf_for_a_model_trained_on_minus_one_to_one(trained, tmp_path, capsys):
    paths, data = trained
    metrics, quantiser, err = _extract(paths["tf"], tmp_path / "out", capsys)
    check = metrics["preprocess_check"]
    acc = check["accuracy"]
    assert metrics["preprocess"] == "tf" and quantiser["input"]["preprocess"] == "tf"
    assert check["chosen_by"] == "sample" and check["images"] == 256 and "better" not in check
    assert list(acc) == ["raw", "tf", "unit"]  # one channel: no caffe, no torch
    assert acc["tf"] >= acc["unit"] + 5
    notes = [line for line in err if line.startswith("input:")]
    assert notes == [f"input: tf (sample accuracy {acc['tf']:.1f}% on 256 training images; "
                     f"unit {acc['unit']:.1f}%, raw {acc['raw']:.1f}%)"]
    assert not any("warning" in line for line in err) and "warnings" not in metrics
    # the forward pass fed tf pixels: M's accuracy as reported is the model's own on tf pixels
    from eric_lp.nn.models import load_model
    own = 100 * np.mean(np.argmax(load_model(paths["tf"]).predict(prepare(data.train.x, "tf"), verbose=0), 1)
                        == data.train.y)
    assert abs(metrics["accuracy_model"]["train"] - own) < 0.1
    # the same inputs give the same bytes
    again, _, _ = _extract(paths["tf"], tmp_path / "again", capsys)
    assert (tmp_path / "out" / "program.lp").read_bytes() == (tmp_path / "again" / "program.lp").read_bytes()
    for m in (metrics, again):
        m.pop("timings")
    assert metrics == again


def test_auto_keeps_unit_for_a_model_trained_on_unit(trained, tmp_path, capsys):
    paths, _ = trained
    metrics, quantiser, err = _extract(paths["unit"], tmp_path / "out", capsys)
    acc = metrics["preprocess_check"]["accuracy"]
    assert metrics["preprocess"] == "unit" and "preprocess" not in quantiser["input"]
    assert metrics["preprocess_check"]["chosen_by"] == "sample"
    assert acc["unit"] >= acc["tf"] + 5
    assert [line for line in err if line.startswith("input:")] == [
        f"input: unit (sample accuracy {acc['unit']:.1f}% on 256 training images; raw {acc['raw']:.1f}%, "
        f"tf {acc['tf']:.1f}%)"]
    assert "settings" in quantiser and "preprocess" not in quantiser["settings"]  # auto, as asked


def test_a_given_convention_that_scores_clearly_worse_warns(trained, tmp_path, capsys):
    paths, _ = trained
    metrics, quantiser, err = _extract(paths["tf"], tmp_path / "out", capsys, "--preprocess", "unit")
    acc = metrics["preprocess_check"]["accuracy"]
    assert metrics["preprocess"] == "unit" and "preprocess" not in quantiser["input"]  # the run goes on with it
    assert metrics["preprocess_check"]["chosen_by"] == "option" and metrics["preprocess_check"]["better"] == "tf"
    warnings = [line for line in err if line.startswith("warning:")]
    assert len(warnings) == 1 and metrics["warnings"] == [warnings[0][len("warning: "):]]
    assert "--preprocess unit" in warnings[0] and "--preprocess tf" in warnings[0]
    assert f"{acc['unit']:.1f}%" in warnings[0] and f"{acc['tf']:.1f}%" in warnings[0]
    assert [line for line in err if line.startswith("input:")][0].startswith("input: unit (--preprocess unit; ")
    # the right convention given outright: no warning
    metrics, _, err = _extract(paths["tf"], tmp_path / "right", capsys, "--preprocess", "tf")
    assert "warnings" not in metrics and not any("warning" in line for line in err)
    assert metrics["preprocess_check"]["chosen_by"] == "option" and metrics["preprocess"] == "tf"


def _pair(wins, losses, n=256):
    a, b = np.zeros(n, bool), np.zeros(n, bool)
    a[:wins] = True
    b[wins:wins + losses] = True
    return a, b


def test_clearly_better_needs_five_points_beyond_chance():
    assert clearly_better(*_pair(13, 0))            # 5.1 points, every disagreement won
    assert not clearly_better(*_pair(12, 0))        # 4.7 points: below the margin
    assert clearly_better(*_pair(30, 10))           # 7.8 points, z = 3.2
    assert not clearly_better(*_pair(40, 27))       # 5.1 points, z = 1.6: chance can explain it
    assert not clearly_better(*_pair(0, 0)) and not clearly_better(*_pair(10, 30))
    assert not clearly_better(np.zeros(0, bool), np.zeros(0, bool))


def test_the_sample_is_fixed_and_even_over_the_classes():
    labels = np.array([0] * 400 + [1] * 30 + [2] * 600)
    picked = sample_indices(labels, 256, seed=0)
    assert len(picked) == 256 and np.all(np.diff(picked) > 0)
    assert np.bincount(labels[picked]).tolist() == [113, 30, 113]  # the small class whole, the rest shared
    assert np.array_equal(picked, sample_indices(labels, 256, seed=0))
    assert not np.array_equal(picked, sample_indices(labels, 256, seed=1))
    assert sample_indices(labels[:100], 256).tolist() == list(range(100))


def test_ties_and_a_models_own_layer():
    """An untrained model that says class 0 whatever it is fed: every convention ties, auto keeps unit.
    A model that begins with Rescaling (or Normalization) keeps what its layer says; RGB models are
    measured under caffe and torch too."""
    keras = import_keras()
    L = keras.layers
    data = load_dataset(SPEC, limit=60, shape=(28, 28, 3))
    model = tiny_model(input_shape=(28, 28, 3))
    head = model.get_layer("head")
    head.set_weights([np.zeros_like(w) for w in head.get_weights()])
    check = choose_preprocess(model, "auto", data.train)
    assert (check.name, check.chosen_by, check.images, check.better) == ("unit", "sample", 60, None)
    assert [k for k, _ in check.accuracy] == ["unit", "raw", "tf", "caffe", "torch"]
    assert len({v for _, v in check.accuracy}) == 1
    for layer, expected in ((L.Rescaling(1 / 255), "raw"), (L.Normalization(mean=0.5, variance=0.1), "unit")):
        own = keras.Sequential([keras.Input((28, 28, 3)), L.RandomFlip("horizontal"), layer,
                                L.Conv2D(4, 3, name="c"), L.Flatten(), L.Dense(3, activation="softmax")])
        check = choose_preprocess(own, None, data.train)
        assert (check.name, check.chosen_by, check.layer) == (expected, "layer", type(layer).__name__)
        assert check.note().startswith(f"input: {expected} (the model begins with {type(layer).__name__}; ")
    assert choose_preprocess(own, "tf", data.train).chosen_by == "option"
    assert PixelCheck("unit", "sample", 0).note() == "input: unit (no training images to measure)"


def test_finetune_measures_as_extract_does(trained, tmp_path, capsys):
    paths, _ = trained
    out = tmp_path / "tuned.keras"
    capsys.readouterr()
    assert main(["finetune", "--model", str(paths["tf"]), "--dataset", SPEC, "--limit", str(LIMIT), "--lep", "feat_b",
                 "--epochs", "1", "-o", str(out)]) == 0
    notes = [line for line in capsys.readouterr().err.splitlines() if line.startswith("input:")]
    history = json.loads(out.with_name("tuned.history.json").read_text())
    acc = history["preprocess_check"]["accuracy"]
    assert history["preprocess"] == "tf" and history["preprocess_check"]["chosen_by"] == "sample"
    assert notes == [f"input: tf (sample accuracy {acc['tf']:.1f}% on 256 training images; "
                     f"unit {acc['unit']:.1f}%, raw {acc['raw']:.1f}%)"]
