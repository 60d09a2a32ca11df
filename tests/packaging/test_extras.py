"""An optional extra that is not installed is one line naming the pip install to run, before any work."""

import sys

import pytest

from eric_lp.cli import main


@pytest.mark.parametrize("package", ["foldrm", "wittgenstein", "pandas"])
def test_experiment_peers_without_its_extra_names_the_install(package, tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, package, None)  # Python's own way to make an import fail: not installed
    out = tmp_path / "out"
    assert main(["experiment", "peers", "-o", str(out), "--limit", "30", "--epochs", "1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert package in err and "pip install 'eric-lp[peers]'" in err, err
    assert not out.exists()  # refused before training anything
