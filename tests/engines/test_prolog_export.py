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


def _random_program(seed: int, hidden_layers: int = 2) -> Program:
    """Random rules entry -> h1 -> ... -> classes, bodies of one to four literals, half negated."""
    rng = np.random.default_rng(seed)
    layers = ["entry"] + [f"h{n}" for n in range(1, hidden_layers + 1)]
    sizes = [12] + [6] * hidden_layers
    rules = []

    def body(layer, n):
        kernels = rng.choice(n, size=int(rng.integers(1, 5)), replace=False)
        return tuple(Literal(layer, int(k), bool(rng.random() < 0.5)) for k in kernels)
    for below, layer, n_below, n in zip(layers, layers[1:], sizes, sizes[1:]):
        for _ in range(8):
            rules.append(Rule(f"r{len(rules) + 1}", layer, (int(rng.integers(n)),), body(below, n_below)))
    for _ in range(8):
        rules.append(Rule(f"r{len(rules) + 1}", OUTPUT, (str(rng.choice(["a", "b", "c"])),),
                          body(layers[-1], sizes[-1])))
    return Program(tuple(layers), ("a", "b", "c"), tuple(rules))


def test_each_body_lists_positives_then_image_then_negations():
    """The order SWI-Prolog runs: the first positive literal enumerates images, every negation sees
    I bound; as a set the body is still the rule."""
    from eric_lp.lang.parse import parse_program
    for seed in range(20):
        program = _random_program(seed)
        text = to_prolog(program)
        for line in text.splitlines():
            if not line.startswith("fired("):
                continue
            body = line[line.index(":- ") + 3:-1].replace("), ", ")|").split("|")
            kinds = ["image" if a == "image(I)" else "neg" if a.startswith("\\+") else "pos" for a in body]
            assert kinds == sorted(kinds, key=["pos", "image", "neg"].index) and kinds.count("image") == 1, line
        assert parse_program(text).rules == program.rules


def test_plain_swipl_answers_every_query_pattern_like_numpy(tmp_path):
    """``fired(I, R)``, ``fired(17, R)``, ``class(I, C)`` and ``class(17, C)`` in plain swipl give
    numpy's answers on multi-layer programs.  With ``:- table fired/2 as subsumptive.`` (what
    earlier versions wrote) ``fired(I, R)`` was wrong: a negated lower-layer atom was looked up in the
    incomplete table of the query itself, so every negation held."""
    goals = {"fired": "forall(fired(I, R), (write(f(I, R)), nl))",
             "class": "forall(class(I, C), (write(c(I, C)), nl))",
             "fired_each": "forall(image(I), forall(fired(I, R), (write(f(I, R)), nl)))",
             "class_each": "forall(image(I), forall(class(I, C), (write(c(I, C)), nl)))"}
    derived, only_negated = 0, 0
    for seed in range(6):
        program = _random_program(seed, hidden_layers=1 + seed % 3)
        facts = Facts.from_table("entry", np.random.default_rng(seed).random((30, 12)) < 0.5)
        (tmp_path / "program.pl").write_text(to_prolog(program))
        (tmp_path / "facts.pl").write_text(facts.to_text())
        rows = run(program, facts, "numpy").rows()
        expected = {"f": {f"f({r['image']},{x})" for r in rows for x in r["fired"]},
                    "c": {f"c({r['image']},{x})" for r in rows for x in r["classes"]}}
        derived += len(expected["c"])
        for name, goal in goals.items():  # a fresh process each: no table left by an earlier goal
            out = subprocess.run(["swipl", "-g", goal, "-t", "halt", "program.pl", "facts.pl"], cwd=tmp_path,
                                 capture_output=True, text=True, timeout=60)
            assert out.returncode == 0 and not out.stderr, out.stderr
            assert set(out.stdout.split()) == expected[name[0]], (seed, name)
        only_negated += sum(all(not lit.positive for lit in rule.body) for rule in program.rules)
    assert derived > 20 and only_negated  # classes were derived, and some bodies begin with image(I)


def test_plain_swipl_loads_labels_and_provisional_marks_without_a_warning(tmp_path):
    """Provisional labels among a person's: swipl warned 'Clauses of label/3 are not together' when
    each label/3 fact was followed by its provisional/2 mark."""
    from dataclasses import replace
    from eric_lp.core.program import Label
    from eric_lp.lang.parse import parse_program
    program = replace(_chain(1), labels=tuple(Label("entry", k, f"name{k}", k % 2 == 0) for k in range(5)))
    (tmp_path / "program.pl").write_text(to_prolog(program))
    run_ = subprocess.run(["swipl", "-g", "forall(label(L,K,N),(write(L-K-N),nl))", "-t", "halt", "program.pl"],
                          cwd=tmp_path, capture_output=True, text=True)
    assert run_.returncode == 0 and run_.stderr == "", run_.stderr
    assert len(run_.stdout.split()) == 5
    assert parse_program(to_prolog(program)) == program
