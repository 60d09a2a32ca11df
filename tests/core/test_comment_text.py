"""A facts file's source comments are printable ASCII (issue 24, item 7): image names outside ASCII
are written as \\uXXXX escapes, so `solve --facts` reads the file and swipl under LANG=C loads it
without a warning."""

import os
import subprocess
from pathlib import Path

import numpy as np
from hypothesis import given, settings, strategies as st

from eric_lp.cli.main import main
from eric_lp.core.facts import Facts, comment_text

ROOT = Path(__file__).resolve().parents[2]
NAMES = ["caf\u00e9.png", "\u65e5\u672c/\u732b.png", "emoji \U0001F600.png", "sep\u2028x\u0085y.png",
         "zero\u200bwidth\ufeff.png", "two\nlines\r%*.png"]


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_a_comment_is_printable_ascii_on_one_line(text):
    out = comment_text(text)
    assert out.isascii() and out.isprintable() and "%*" not in out


def test_non_ascii_names_are_escaped_not_lost():
    assert comment_text("caf\u00e9 \U0001F600") == "caf\\u00e9 \\U0001f600"
    assert comment_text("two\nlines\t%*") == "two?lines?% *"


def test_solve_and_swipl_under_lang_c_read_a_facts_file_with_such_names(tmp_path, capsys):
    facts = Facts("block5_pool", (334,), np.array([[True]] * len(NAMES)), np.arange(len(NAMES)))
    text = facts.to_text(sources=NAMES)
    assert text.isascii()
    for suffix in ("lp", "pl"):
        (tmp_path / f"facts.{suffix}").write_text(text, encoding="ascii")
    for engine in ("numpy", "clingo", "prolog"):
        assert main(["solve", str(ROOT / "programs/table2.lp"), "--facts", str(tmp_path / "facts.lp"),
                     "--engine", engine, "--json"]) == 0
        assert capsys.readouterr().out.count('"street"') == len(NAMES)
    assert main(["export", str(ROOT / "programs/table2.lp"), "--to", "prolog", "-o", str(tmp_path / "p.pl")]) == 0
    env = {**os.environ, "LANG": "C", "LC_ALL": "C"}
    run = subprocess.run(["swipl", "-q", "-g", "aggregate_all(count, class(_, street), N), write(N), nl",
                          "-t", "halt", "p.pl", "facts.pl"], cwd=tmp_path, capture_output=True, text=True, env=env,
                         timeout=60)
    assert run.returncode == 0 and run.stdout.strip() == str(len(NAMES)) and run.stderr == "", run.stderr
