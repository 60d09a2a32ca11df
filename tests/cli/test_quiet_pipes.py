"""Keras' per-step progress bar only on a terminal (issue 22): piped, `train` writes one summary
line per epoch and no carriage returns or backspaces."""

import os
import re
import subprocess
import sys
from pathlib import Path

from eric_lp.nn.models import fit_verbosity

EPOCHS = 2


def test_a_piped_train_writes_a_line_per_epoch(tmp_path):
    out = tmp_path / "m.keras"
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}
    done = subprocess.run([sys.executable, "-m", "eric_lp", "train", "--dataset", "fashion-mnist:0,1",
                           "--limit", "64", "--batch-size", "8", "--epochs", str(EPOCHS), "-o", str(out)],
                          capture_output=True, text=True, timeout=600, env=env, cwd=Path(__file__).parents[2])
    assert done.returncode == 0, done.stderr[-3000:]
    both = done.stdout + done.stderr
    assert "\r" not in both and "\b" not in both
    steps = [line for line in done.stdout.splitlines() if re.match(r"\s*\d+/\d+ - ", line)]
    assert len(steps) == EPOCHS, done.stdout  # 64 images at batch 8: 8 steps an epoch, one line for them
    assert len(done.stdout.splitlines()) <= 2 * EPOCHS + 3, done.stdout  # "Epoch i/n", its line, the summary


class _Stream:
    def __init__(self, tty):
        self.tty = tty

    def isatty(self):
        return self.tty


def test_the_bar_is_kept_for_a_terminal(monkeypatch):
    monkeypatch.setattr(sys, "stdout", _Stream(True))
    assert fit_verbosity(1) == 1
    monkeypatch.setattr(sys, "stdout", _Stream(False))
    assert (fit_verbosity(1), fit_verbosity(0), fit_verbosity(2)) == (2, 0, 2)
