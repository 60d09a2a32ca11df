"""An error after a progress line (issue 24, item 7): on a terminal, Keras' per-step bar that an
error cuts off mid-line is wiped, so the error starts a line of its own; stderr holds the progress
lines, each whole, then exactly one error line."""

import os
import pty
import sys

import numpy as np
from PIL import Image

from eric_lp.cli.main import main


def _images(root, per_class=24):
    rng = np.random.default_rng(0)
    for c in ("a", "b"):
        (root / c).mkdir(parents=True)
        for i in range(per_class):
            Image.fromarray((rng.random((12, 12)) * 255).astype(np.uint8)).save(root / c / f"{i:03d}.png")
    return root


def _read_all(fd) -> bytes:
    out = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except (BlockingIOError, OSError):
            return out
        if not chunk:
            return out
        out += chunk


def test_an_error_mid_epoch_starts_its_own_line_on_a_terminal(tmp_path, capsys, monkeypatch):
    images = _images(tmp_path / "images")
    good = (images / "a" / "000.png").read_bytes()
    for name in ("a/020.png", "b/021.png", "a/022.png"):  # truncated: found only when a later batch is decoded
        (images / name).write_bytes(good[:60])
    master, slave = pty.openpty()
    os.set_blocking(master, False)
    terminal = os.fdopen(slave, "w", buffering=1)
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setattr(sys, "stdout", terminal)  # a real terminal, as a person running train sees it
    try:
        code = main(["train", "--images", str(images), "--epochs", "1", "--batch-size", "2",
                     "-o", str(tmp_path / "m.keras")])
        terminal.flush()
        shown = _read_all(master).decode("utf-8", "replace")
    finally:
        monkeypatch.undo()
        terminal.close()
        os.close(master)
    err = capsys.readouterr().err
    assert code == 2 and "truncated" in err
    assert [line for line in err.splitlines() if line.startswith("eric-lp: error:")] == err.splitlines()[-1:]
    assert "Traceback" not in err and err.endswith("\n")
    assert "loss" in shown  # the bar was drawn: the error came mid-epoch
    last = shown.replace("\r\n", "\n").split("\n")[-1]  # the line the cursor is on when the error prints
    assert last.split("\r")[-1] == "" and last.endswith(" \r"), repr(last[-200:])  # the bar is wiped
    assert not (tmp_path / "m.keras").exists()
