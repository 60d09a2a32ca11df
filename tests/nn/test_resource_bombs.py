"""Model files are untrusted: a few MB of zip or HDF5 must not unpack to gigabytes.  The sizes an
archive declares (zipfile never reads a member past its declared size, nor does Keras, which reads
the same way) and an .h5's model_config are checked before anything is unpacked."""

import zipfile

import h5py
import numpy as np
import pytest

from eric_lp.cli.main import main
from eric_lp.errors import ModelError
from eric_lp.nn import model_files
from eric_lp.nn.model_files import read_model_file

CONFIG = b'{"class_name": "Functional", "config": {"name": "m", "layers": []}}'


def _zip(path, members, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_config_json_bomb_is_refused_before_it_is_read(tmp_path, capsys):
    # 100 MiB of config.json in 0.1 MB of zip (the probe's was 2.5 GiB in 2.6 MB)
    bomb = _zip(tmp_path / "bomb.keras", {"metadata.json": b"{}",
                                          "config.json": b'{"a": "' + b" " * (100 * 1024 * 1024) + b'"}',
                                          "model.weights.h5": b""})
    assert bomb.stat().st_size < 1024 * 1024
    assert main(["layers", str(bomb)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "its config.json would unpack to 100.0 MiB, over the 64.0 MiB" in err


def test_a_json_member_that_unpacks_a_thousandfold_is_refused(tmp_path):
    bomb = _zip(tmp_path / "m.keras", {"config.json": CONFIG, "metadata.json": b" " * (2 * 1024 * 1024)})
    with pytest.raises(ModelError, match=r"its metadata.json would unpack \d+-fold"):
        read_model_file(bomb)


def test_a_stored_config_of_the_same_size_is_not_a_bomb(tmp_path):
    # stored, not deflated: 2 MiB of JSON on disk takes 2 MiB; only the ratio rule could refuse it
    config = CONFIG[:-2] + b', "pad": "' + b" " * (2 * 1024 * 1024) + b'"}}'
    path = _zip(tmp_path / "m.keras", {"config.json": config}, zipfile.ZIP_STORED)
    assert read_model_file(path).config["config"]["name"] == "m"


def test_an_archive_declaring_more_than_the_total_bound_is_refused(tmp_path, monkeypatch):
    path = _zip(tmp_path / "m.keras", {"config.json": CONFIG, "model.weights.h5": b"\0" * 4096})
    read_model_file(path)
    monkeypatch.setattr(model_files, "MAX_ARCHIVE_BYTES", 4096)
    with pytest.raises(ModelError, match="the archive would unpack to 4.1 KiB, over the 4.0 KiB"):
        read_model_file(path)


@pytest.mark.parametrize("form", ["fixed", "variable"])
def test_an_h5_model_config_over_the_bound_is_refused(tmp_path, form, monkeypatch):
    monkeypatch.setattr(model_files, "MAX_CONFIG_BYTES", 64 * 1024)  # the same rule, at a test's size
    path = tmp_path / "m.h5"
    text = '{"class_name": "Functional", "pad": "' + " " * (65 * 1024) + '"}'
    with h5py.File(path, "w", libver="latest") as f:
        if form == "fixed":  # 65 KiB stored, though h5py would read back only the 40 bytes before the NULs
            f.attrs["model_config"] = np.bytes_(text[:40].encode() + b"\0" * (65 * 1024))
        else:
            f.attrs["model_config"] = text
    with pytest.raises(ModelError, match=r"its model_config takes 65.\d KiB, over the 64.0 KiB"):
        read_model_file(path)


def test_an_h5_model_config_that_is_an_array_is_refused(tmp_path):
    path = tmp_path / "m.h5"
    with h5py.File(path, "w") as f:
        f.attrs["model_config"] = np.array(["{}"] * 3, dtype=h5py.string_dtype())
    with pytest.raises(ModelError, match=r"its model_config is an array of shape \(3,\)"):
        read_model_file(path)
    with h5py.File(path, "w") as f:
        f.attrs["model_config"] = 5
    with pytest.raises(ModelError, match="its model_config is not JSON"):
        read_model_file(path)
