"""The Prolog engine consults the exported ``program.pl`` itself; the same file answers a top-down
query in plain swipl, tabled, for a multi-layer program."""

import subprocess

import numpy as np

from eric_lp.core.facts import Facts
from eric_lp.core.program import OUTPUT, Literal, Program, Rule
from eric_lp.engines import prolog as pl
from eric_lp.engines import run
from eric_lp.lang.emit import to_prolog


def _chain(depth: int) -> Program:
    """`depth` hidden layers, each kernel k of layer n true when kernel k or k+1 of layer n-1 is."""
    layers = ["entry"] + [f"h{n}" for n in range(1, depth + 1)]
    rules = []
    for below, layer in zip(layers, layers[1:]):
        for k in range(4):
            for j in (k, k + 1):
                rules.append(Rule(f"r{len(rules) + 1}", layer, (k,), (Literal(below, j, True),)))
    rules.append(Rule(f"r{len(rules) + 1}", OUTPUT, ("yes",), (Literal(layers[-1], 0, True),)))
    rules.append(Rule(f"r{len(rules) + 1}", OUTPUT, ("no",), (Literal(layers[-1], 0, False),)))
    return Program(tuple(layers), ("no", "yes"), tuple(rules))


def test_the_engine_loads_the_exported_text(monkeypatch):
    program = _chain(3)
    seen = []
    monkeypatch.setattr(pl, "to_prolog", lambda p: seen.append(to_prolog(p)) or seen[-1])
    facts = Facts.from_table("entry", np.eye(5, dtype=bool)[[0, 4, 4, 1, 3]])
    assert run(program, facts, "prolog") == run(program, facts, "numpy")
    assert seen == [to_prolog(program)] and ":- table fired/2" in seen[0]
    assert "fired(" not in pl.batch_clauses(program).split("eric_query")[0]  # the batch adds no rule


def test_plain_swipl_answers_a_deep_top_down_query_with_the_tables(tmp_path):
    program = _chain(12)  # untabled, each image would derive 2^12 paths to h12
    facts = Facts.from_table("entry", np.array([[0, 0, 0, 0, 1], [0] * 5], dtype=bool), images=np.array([17, 18]))
    (tmp_path / "program.pl").write_text(to_prolog(program))
    (tmp_path / "facts.pl").write_text(facts.to_text())
    out = subprocess.run(["swipl", "-g", "forall(class(17, C), (write(C), nl)), forall(class(18, D), (write(D), nl))",
                          "-t", "halt", "program.pl", "facts.pl"], cwd=tmp_path, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0 and "Warning" not in out.stderr, out.stderr
    expected = run(program, facts, "numpy").rows()
    assert out.stdout.split() == expected[0]["classes"] + expected[1]["classes"] == ["yes", "no"]


def test_a_temporary_folder_with_quotes_and_newlines_is_quoted_not_pasted(tmp_path, monkeypatch):
    """$TMPDIR reaches the SWI-Prolog goal as a quoted atom: a quote in it cannot end the atom."""
    import tempfile
    from pathlib import Path

    from eric_lp.lang.parse import read_program
    odd = tmp_path / "it's a\ntmp \\ dir"
    odd.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(odd))
    program = read_program(Path(__file__).resolve().parents[2] / "programs" / "table2.lp")
    kernels = program.kernels_read(program.lep)
    truth = np.random.default_rng(0).random((20, len(kernels))) < 0.5
    facts = Facts(program.lep, kernels, truth, np.arange(20))
    assert run(program, facts, "prolog") == run(program, facts, "numpy")
