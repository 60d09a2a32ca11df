"""Bad values on the command line (issue 24's probe): each is one line on stderr, exit 2, no traceback,
and nothing runs first.  BAD_ARGV is the corpus: add every argv that once got through."""

import subprocess
import sys
from pathlib import Path

import pytest

from eric_lp.cli.main import main


# TMP/ stands for the test's own empty folder; the model there never exists: each value is refused
# before anything is read.
FINETUNE = ["finetune", "--model", "TMP/m.keras", "--dataset", "fashion-mnist:0,1", "--lep", "stem",
            "-o", "TMP/m2.keras"]
EXTRACT = ["extract", "--model", "TMP/m.keras", "--dataset", "fashion-mnist:0,1", "--lep", "stem", "-o", "TMP/out"]
BAD_ARGV = [
    # a Unicode digit is a digit to str.isdigit but not to int()
    (["label", "TMP/out", "--set", "block3_pool:\u00b2=x"], "kernel '\u00b2'"),
    (["label", "TMP/out", "--set", "block3_pool:\u0663=x"], "kernel '\u0663'"),
    (["label", "TMP/out", "--remove", "block3_pool:\u00b2"], "kernel '\u00b2'"),
    (FINETUNE + ["--tolerance", "nan"], "--tolerance must be a finite number, 0 or more; got nan"),
    (FINETUNE + ["--tolerance", "-5"], "--tolerance must be a finite number, 0 or more; got -5"),
    (FINETUNE + ["--tolerance", "inf"], "--tolerance must be a finite number"),
    (FINETUNE + ["--strength", "nan"], "--strength must be a finite number"),
    (FINETUNE + ["--strength", "-1"], "--strength must be a finite number"),
    (FINETUNE + ["--lr", "0"], "--lr must be a finite number above 0"),
    (FINETUNE + ["--lr", "nan"], "--lr must be a finite number above 0"),
    (FINETUNE + ["--lr", "inf"], "--lr must be a finite number above 0"),
    (FINETUNE + ["--warmup", "-1"], "--warmup must be a whole number, 0 or more"),
    (FINETUNE + ["--patience", "0"], "--patience must be a whole number, 1 or more"),
    (FINETUNE + ["--epochs", "0"], "--epochs must be a whole number, 1 or more"),
    (FINETUNE + ["--backoff", "1000000"], "--backoff must be at most 6 (the strength / 64); got 1000000"),
    (FINETUNE + ["--max-size", "0"], "--max-size must be a whole number, 1 or more; got 0"),
    (FINETUNE + ["--max-size", "-1"], "--max-size must be a whole number, 1 or more; got -1"),
    (FINETUNE + ["--distill", "1"], "--distill must be a number from 0 up to (not including) 1"),
    (FINETUNE + ["--distill", "-0.1"], "--distill must be a number from 0 up to (not including) 1"),
    (FINETUNE + ["--distill", "nan"], "--distill must be a number from 0 up to (not including) 1"),
    (FINETUNE + ["--backoff", "-1"], "--backoff must be a whole number, 0 or more; got -1"),
    # the pair was refused only after the progress line had been printed
    (FINETUNE + ["--choose", "share", "--max-size", "5"], "--max-size bounds the extracted program"),
    (["bench", "engines", "--prolog-images", "0"], "--prolog-images: expected a whole number above 0"),
    (["bench", "engines", "--images", "0"], "--images: expected a whole number above 0"),
    (["bench", "memory", "--images", "0"], "--images: expected a whole number above 0"),
    (["bench", "memory", "--images", "-3"], "--images: expected a whole number 0 or above"),
    (["bench", "extract", "--limit", "0"], "--limit: expected a whole number above 0"),
    (["solve", "TMP/p.lp", "--facts", "TMP/f.lp", "--all-optimal"], "give --counterfactual CLASS with it"),
    # --limit 0 was found out only after the model was loaded (demo: after a progress line)
    (EXTRACT + ["--limit", "0"], "--limit: expected a whole number above 0"),
    (["demo", "--limit", "0", "-o", "TMP/demo"], "--limit: expected a whole number above 0"),
    (["train", "--dataset", "fashion-mnist:0,1", "--limit", "0", "-o", "TMP/m.keras"],
     "--limit: expected a whole number above 0"),
    (["experiment", "table1", "--limit", "0", "-o", "TMP/t1"], "--limit: expected a whole number above 0"),
    (["experiment", "concepts", "--epochs", "0", "-o", "TMP/c"], "--epochs: expected a whole number above 0"),
    (EXTRACT + ["--devices", "cpu:1000000"], "--devices 'cpu:1000000': this machine has"),
    (EXTRACT + ["--devices", "cpu:\u00b2"], "expected devices such as"),
    (EXTRACT + ["--devices", "gpu:\u0663"], "expected devices such as"),
    (EXTRACT + ["--devices", "cpu:0,gpu:64"], "--devices 'cpu:0,gpu:64': this machine has"),
    # the cache check once sat after a return and never ran: the model was loaded first
    (["export", "programs/table2.lp", "--to", "prolog", "-o", ""], "-o is empty; give a file or folder name"),
    (["infer", "--model", "TMP/m.keras", "--program", "TMP/out", "--show", "-3"],
     "expected a whole number 0 or above, got -3"),
    (EXTRACT + ["--cache-dir", "/dev/null/cache"], "/dev/null is not a folder, so the cache folder cannot"),
]


@pytest.mark.parametrize("argv, message", BAD_ARGV, ids=[" ".join(a[:1] + a[-2:]) for a, _ in BAD_ARGV])
def test_a_bad_value_is_one_line_and_exit_2(argv, message, tmp_path, capsys):
    try:
        status = main([a.replace("TMP", str(tmp_path)) for a in argv])
    except SystemExit as exc:  # argparse refuses a value its type checks
        status = exc.code
    assert status == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1, captured.err
    assert message in captured.err and "Traceback" not in captured.err
    assert captured.out == "" and list(tmp_path.iterdir()) == []


def test_devices_say_nothing_of_tensorflow(tmp_path):
    """--devices cpu:1 imports TensorFlow to split the CPU; its start-up lines stay off stderr."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}  # no TF_CPP_MIN_LOG_LEVEL from the suite
    run = subprocess.run([sys.executable, "-m", "eric_lp", "extract", "--model", str(tmp_path / "m.keras"),
                          "--dataset", "fashion-mnist:0,1", "--lep", "stem", "-o", str(tmp_path / "out"),
                          "--devices", "cpu:1"], capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "no such model file" in run.stderr, run.stderr


def test_stdout_on_a_full_disk_is_one_line():
    """`eric-lp check P > /dev/full`: the write fails when stdout is flushed; one line and exit 2, no traceback."""
    program = Path(__file__).resolve().parents[2] / "programs" / "table2.lp"
    with open("/dev/full", "w") as full:
        run = subprocess.run([sys.executable, "-m", "eric_lp", "check", str(program)], stdout=full,
                             stderr=subprocess.PIPE, text=True, timeout=120)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "could not write the output: No space left on device" in run.stderr
