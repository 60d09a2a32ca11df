"""The commands take a legacy ``.h5`` model wherever they take a ``.keras`` one (issue 22), and a
file that is no model, or a model carrying code, is one line on stderr and exit status 2."""

import json
import shutil

import pytest

from conftest import TINY_SPEC
from eric_lp.cli.main import main
from eric_lp.nn.keras import import_keras
from eric_lp.nn.models import load_model

DATA = ["--dataset", TINY_SPEC, "--limit", "150"]


@pytest.fixture(scope="module")
def h5(tiny, tmp_path_factory):
    """The tiny model saved as legacy HDF5, and the same bytes under a .keras name."""
    path, _ = tiny
    folder = tmp_path_factory.mktemp("h5cli")
    h5 = folder / "tiny.h5"
    load_model(path).save(h5)
    shutil.copyfile(h5, folder / "hdf5-named.keras")
    return h5, folder / "hdf5-named.keras"


def test_layers_lists_an_h5_as_its_keras_twin(tiny, h5, capsys):
    listed = []
    for path in (tiny[0], *h5):
        assert main(["layers", str(path), "--json"]) == 0
        listed.append(json.loads(capsys.readouterr().out)["layers"])
    assert listed[0] == listed[1] == listed[2] and [x["name"] for x in listed[0]][0] == "stem"


def test_extract_and_infer_on_an_h5_give_the_keras_program(tiny, h5, tmp_path, capsys):
    programs = []
    for name, path in (("keras", tiny[0]), ("h5", h5[0])):
        out = tmp_path / name
        assert main(["extract", "--model", str(path), *DATA, "--lep", "squeeze2", "--cache-dir",
                     str(tmp_path / "cache"), "-o", str(out), "--json"]) == 0
        capsys.readouterr()
        programs.append((out / "program.lp").read_text())
    assert programs[0] == programs[1] and "class(" in programs[0]
    answers = []
    for path, tie in ((tiny[0], ["--any-model"]), (h5[0], [])):  # the .keras twin is another file: said so
        assert main(["infer", "--model", str(path), "--program", str(tmp_path / "h5"), *DATA, "--json", *tie]) == 0
        answers.append(json.loads(capsys.readouterr().out))
    assert answers[0] == answers[1] and len(answers[0]["images"]) > 10


def _one_line_error(argv, capsys) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("eric-lp: error:") and err.count("\n") == 1, err
    return err


def test_junk_and_code_are_one_line_exit_2(tmp_path, capsys):
    junk = tmp_path / "model.h5"
    junk.write_bytes(b"<html>not a model</html>")
    err = _one_line_error(["layers", str(junk)], capsys)
    assert "not a model file: it starts with b'<html>no'" in err
    err = _one_line_error(["extract", "--model", str(junk), *DATA, "--lep", "squeeze2", "-o",
                           str(tmp_path / "out")], capsys)
    assert "not a model file" in err and not (tmp_path / "out").exists()

    keras = import_keras()
    marker = tmp_path / "marker"
    where = str(marker)  # a closure Keras can store
    inputs = keras.Input((28, 28, 1))
    x = keras.layers.Lambda(lambda t: (open(where, "w").write("ran"), t)[1], name="evil")(inputs)
    outputs = keras.layers.Dense(3)(keras.layers.Flatten()(keras.layers.Conv2D(2, 3)(x)))
    keras.Model(inputs, outputs).save(tmp_path / "evil.h5")
    marker.unlink()
    for argv in (["layers", str(tmp_path / "evil.h5")],
                 ["extract", "--model", str(tmp_path / "evil.h5"), *DATA, "--lep", "conv2d", "-o",
                  str(tmp_path / "out")]):
        err = _one_line_error(argv, capsys)
        assert "layer 'evil' is a Lambda layer" in err
    assert not marker.exists()
