"""Outputs never clobber: files are replaced whole, symlinks are written through, and anything
that is not a regular file is refused before any work is done."""

import os
import time

import pytest

from pathlib import Path

from eric_lp.cli.main import main
from eric_lp.core.files import check_output, write_text
from eric_lp.errors import DataError

ROOT = Path(__file__).resolve().parents[2]


def test_a_regular_file_is_replaced_whole(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("old")
    write_text(path, "new")
    assert path.read_text() == "new" and [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path):
    target = tmp_path / "real.pl"
    target.write_text("old")
    link = tmp_path / "link.pl"
    link.symlink_to(target)
    write_text(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text() == "new"


@pytest.mark.parametrize("kind", ["fifo", "folder", "device"])
def test_what_is_not_a_regular_file_is_refused(tmp_path, kind):
    if kind == "fifo":
        path = tmp_path / "pipe"
        os.mkfifo(path)
    elif kind == "folder":
        path = tmp_path / "dir"
        path.mkdir()
    else:
        # A device outside tmp_path is only ever checked, never written: were the check broken (a
        # mutant, a regression), write_text would rename a file over /dev/null itself.
        with pytest.raises(DataError, match="exists and is"):
            check_output("/dev/null")
        assert os.path.exists("/dev/null") and not os.path.isfile("/dev/null")
        return
    with pytest.raises(DataError, match="exists and is"):
        write_text(path, "x")
    if kind == "fifo":
        assert (tmp_path / "pipe").is_fifo()


def test_a_path_under_a_file_is_refused(tmp_path):
    (tmp_path / "f").write_text("x")
    with pytest.raises(DataError):
        check_output(tmp_path / "f" / "out.lp")


def test_commands_refuse_bad_outputs_before_the_work(tmp_path, capsys):
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "file").write_text("x")
    start = time.perf_counter()
    cases = [
        ["export", str(ROOT / "programs/table2.lp"), "--to", "asp", "-o", str(tmp_path / "pipe")],
        ["train", "--dataset", "fashion-mnist:0,1", "--epochs", "1", "-o", str(tmp_path / "pipe")],
        ["extract", "--model", "nowhere.keras", "--dataset", "fashion-mnist:0,1", "--lep", "x",
         "-o", str(tmp_path / "file")],
        ["extract", "--model", "nowhere.keras", "--dataset", "fashion-mnist:0,1", "--lep", "x",
         "-o", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "file")],
        ["images", "--dataset", "fashion-mnist:0,1", "-o", str(tmp_path / "file")],
    ]
    for argv in cases:
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "eric-lp: error:" in err and ("file" in err or "pipe" in err), err
    assert time.perf_counter() - start < 5  # refused up front: no training, no data loaded
    assert (tmp_path / "pipe").is_fifo() and (tmp_path / "file").read_text() == "x"
