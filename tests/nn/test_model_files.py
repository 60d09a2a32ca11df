"""Model files told apart by their bytes (issue 22): legacy HDF5 ``.h5`` loads like ``.keras``, a
file under the other format's name loads too, a Lambda in either is refused before Keras reads it,
and anything else is named for what it is."""

import hashlib
import shutil
import tempfile
import zipfile

import h5py
import numpy as np
import pytest

from eric_lp.errors import ModelError
from eric_lp.nn.keras import import_keras
from eric_lp.nn.model_files import read_model_file
from eric_lp.nn.models import load_model, model_key


def _probabilities(model, x):
    return model.predict(x, batch_size=64, verbose=0)


@pytest.fixture(scope="module")
def saved(tiny, tmp_path_factory):
    """(the tiny model's .keras path, the same model saved as legacy .h5, a few test images)."""
    path, data = tiny
    h5 = tmp_path_factory.mktemp("h5") / "tiny.h5"
    load_model(path).save(h5)
    return path, h5, data.test.x[:64]


def test_h5_loads_with_the_same_predictions(saved):
    path, h5, x = saved
    with h5py.File(h5) as f:  # really the legacy format, not a zip under another name
        assert "model_config" in f.attrs
    want = _probabilities(load_model(path), x)
    got = _probabilities(load_model(h5), x)
    assert np.array_equal(got, want)
    assert read_model_file(h5).format == "h5" and read_model_file(path).format == "keras"


def test_renamed_files_load_by_their_bytes_and_leave_nothing(saved, tmp_path, monkeypatch):
    path, h5, x = saved
    want = _probabilities(load_model(path), x)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where the suffixed link goes
    for source, name in ((h5, "really-hdf5.keras"), (path, "really-zip.h5"), (h5, "no-suffix")):
        renamed = tmp_path / name
        shutil.copyfile(source, renamed)
        assert np.array_equal(_probabilities(load_model(renamed), x), want), name
        # the cache key is the content's: the name does not enter it
        assert model_key(renamed) == model_key(source) == hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    assert list(scratch.iterdir()) == []


def test_hdf5_after_a_user_block_loads(saved, tmp_path):
    path, h5, x = saved
    blocked = tmp_path / "blocked.h5"
    with h5py.File(h5) as src, h5py.File(blocked, "w", userblock_size=512) as dst:
        for key in src:
            src.copy(key, dst)
        for key, value in src.attrs.items():
            dst.attrs[key] = value
    assert not blocked.read_bytes().startswith(b"\x89HDF")
    assert np.array_equal(_probabilities(load_model(blocked), x), _probabilities(load_model(path), x))


def _lambda_model(marker, nested=False):
    """A model whose Lambda writes `marker` whenever it is called, as rebuilding the model calls it."""
    keras = import_keras()
    L = keras.layers
    inputs = keras.Input((6, 6, 1))
    x = L.Lambda(lambda t: (open(marker, "w").write("ran"), t)[1], name="evil")(inputs)
    x = L.Conv2D(2, 3, name="conv")(x)
    if nested:
        inner = keras.Model(inputs, x, name="inner")
        inputs = keras.Input((6, 6, 1))
        x = inner(inputs)
    outputs = L.Dense(2, name="head")(L.Flatten()(x))
    return keras.Model(inputs, outputs)


@pytest.mark.parametrize("name,nested", [("lambda.h5", False), ("nested.h5", True), ("lambda.keras", False),
                                         ("hdf5-named.keras", False)])
def test_a_lambda_never_runs(tmp_path, name, nested):
    marker = tmp_path / "marker"
    model = _lambda_model(str(marker), nested)
    path = tmp_path / name
    model.save(path.with_suffix(".h5") if name == "hdf5-named.keras" else path)
    if name == "hdf5-named.keras":
        path.with_suffix(".h5").rename(path)
    marker.unlink()  # building the model called it once
    if path.suffix == ".h5":  # the proof that the file's Lambda runs when Keras rebuilds it unsafely
        import_keras().models.load_model(path, safe_mode=False, compile=False)
        assert marker.read_text() == "ran"
        marker.unlink()
    with pytest.raises(ModelError) as caught:
        load_model(path)
    message = str(caught.value)
    assert "layer 'evil' is a Lambda layer" in message and "\n" not in message
    assert not marker.exists()


def test_a_lambda_activation_is_code_too(tmp_path):
    keras = import_keras()
    inputs = keras.Input((4,))
    outputs = keras.layers.Dense(2, activation=lambda t: t * 2, name="doubled")(inputs)
    path = tmp_path / "act.h5"
    keras.Model(inputs, outputs).save(path)
    with pytest.raises(ModelError, match="layer 'doubled' holds a Python function"):
        load_model(path)


def _weights_only(tmp_path):
    keras = import_keras()
    inputs = keras.Input((4,))
    path = tmp_path / "w.weights.h5"
    keras.Model(inputs, keras.layers.Dense(2)(inputs)).save_weights(path)
    return path


def _zip_without_config(tmp_path):
    path = tmp_path / "other.keras"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    return path


def _saved_model_folder(tmp_path):
    folder = tmp_path / "exported"
    folder.mkdir()
    (folder / "saved_model.pb").write_bytes(b"\x08\x01")
    return folder


@pytest.mark.parametrize("make,says", [
    (lambda p: (p / "empty.keras", (p / "empty.keras").write_bytes(b""))[0], "an empty file"),
    (lambda p: (p / "junk.h5", (p / "junk.h5").write_bytes(b"garbage bytes"))[0],
     "not a model file: it starts with b'garbage "),
    (lambda p: (p / "config.keras", (p / "config.keras").write_text('{"class_name": "Functional"}'))[0],
     "a JSON text"),
    (_zip_without_config, "a zip archive without config.json (it holds readme.txt)"),
    (_saved_model_folder, "a TensorFlow SavedModel folder"),
    (_weights_only, "an HDF5 weights file (model.save_weights) without the architecture"),
    (lambda p: p / "missing.h5", "no such model file"),
])
def test_other_files_are_named_for_what_they_are(tmp_path, make, says):
    path = make(tmp_path)
    with pytest.raises(ModelError) as caught:
        load_model(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and says in message and "\n" not in message
