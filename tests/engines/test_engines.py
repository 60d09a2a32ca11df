import subprocess
import sys

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import facts_for, programs

from eric_lp.experiments.bench import random_program
from eric_lp.lang.emit import to_asp, to_prolog
from eric_lp.engines import run
from eric_lp.core.facts import Facts


def brute_force(program, facts):
    """The program's meaning, image by image, straight from its definition."""
    out = []
    for row, img in zip(facts.truth, facts.images):
        true = {(facts.layer, k) for k, v in zip(facts.kernels, row) if v}
        fired = set()
        for layer in program.derived_layers():
            for rule in program.rules_of(layer):
                if all(((lit.layer, lit.kernel) in true) == lit.positive for lit in rule.body):
                    fired.add(rule.id)
                    true |= {(layer, h) for h in rule.head}
        classes = [c for c in program.classes if ("class", c) in true]
        out.append({"image": int(img), "classes": classes, "fired": [r.id for r in program.rules if r.id in fired]})
    return out


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_three_engines_agree_with_the_definition(data):
    program = data.draw(programs())
    facts = data.draw(facts_for(program))
    expected = brute_force(program, facts)
    answers = {e: run(program, facts, e) for e in ("numpy", "clingo", "prolog")}
    for engine, answer in answers.items():
        assert answer.rows() == expected, engine


def test_engines_agree_on_a_large_batch():
    rng = np.random.default_rng(3)
    program = random_program(rng, entry_kernels=64)
    facts = Facts.from_table("entry", rng.random((700, 64)) < 0.4)
    numpy_answer = run(program, facts, "numpy")
    assert numpy_answer.classes.any() and numpy_answer.fired.any()
    assert run(program, facts, "clingo") == numpy_answer
    assert run(program, facts, "prolog") == numpy_answer


def test_prolog_leaves_the_database_clean():
    from pyswip import Prolog
    rng = np.random.default_rng(0)
    program = random_program(rng, entry_kernels=16)
    run(program, Facts.from_table("entry", rng.random((20, 16)) < 0.5), "prolog")
    assert list(Prolog().query("current_predicate(fired/2)")) == []
    assert list(Prolog().query("current_predicate(active/3)")) == []


def _plain_tool_atoms(tmp_path, program, facts):
    """The class/2 and fired/2 atoms plain clingo and plain swipl derive, as {(name, image, value)}."""
    (tmp_path / "program.lp").write_text(to_asp(program))
    (tmp_path / "program.pl").write_text(to_prolog(program))
    (tmp_path / "facts.lp").write_text(facts.to_text())
    (tmp_path / "facts.pl").write_text(facts.to_text())  # swipl skips files not ending in .pl
    clingo = subprocess.run([sys.executable, "-m", "clingo", "--outf=0", "-V0", "program.lp", "facts.lp"],
                            cwd=tmp_path, capture_output=True, text=True)
    assert "SATISFIABLE" in clingo.stdout.split(), clingo.stderr
    asp = {_atom(a) for a in clingo.stdout.split() if a.startswith(("class(", "fired("))}
    goal = "forall(class(I,C),(write(class(I,C)),nl)), forall(fired(I,R),(write(fired(I,R)),nl))"
    swipl = subprocess.run(["swipl", "-g", goal, "-t", "halt", "program.pl", "facts.pl"],
                           cwd=tmp_path, capture_output=True, text=True)
    assert swipl.returncode == 0, swipl.stderr
    assert "Warning" not in swipl.stderr, swipl.stderr
    pl = {_atom(line) for line in swipl.stdout.split()}
    return asp, pl


def _atom(text):
    name, args = text.rstrip(")").split("(", 1)
    image, value = args.split(",")
    return name, image, value


def test_plain_clingo_and_swipl_derive_what_the_api_derives(tmp_path):
    rng = np.random.default_rng(7)
    program = random_program(rng, entry_kernels=32, classes=3)
    facts = Facts.from_table("entry", rng.random((200, 32)) < 0.5)
    asp, pl = _plain_tool_atoms(tmp_path, program, facts)
    answer = run(program, facts, "numpy")
    api = {("class", str(r["image"]), c) for r in answer.rows() for c in r["classes"]}
    api |= {("fired", str(r["image"]), f) for r in answer.rows() for f in r["fired"]}
    assert {a for a in api if a[0] == "class"} and {a for a in api if a[0] == "fired"}
    assert asp == api and pl == api


def _clingo_atoms(tmp_path, program_text, facts_text):
    (tmp_path / "p.lp").write_text(program_text)
    (tmp_path / "f.lp").write_text(facts_text)
    out = subprocess.run([sys.executable, "-m", "clingo", "--outf=0", "-V0", "p.lp", "f.lp"],
                         cwd=tmp_path, capture_output=True, text=True)
    return sorted(out.stdout.split())


def test_kernels_bound_through_equalities_give_the_same_answer_set(tmp_path):
    rng = np.random.default_rng(11)
    program = random_program(rng, entry_kernels=40)
    facts = Facts.from_table("entry", rng.random((150, 40)) < 0.5)
    bound = to_asp(program, bind_kernels=True)
    assert "K1 = " in bound and bound != to_asp(program)
    plain = _clingo_atoms(tmp_path, to_asp(program), facts.to_text())
    assert any(a.startswith("fired(") for a in plain)
    assert _clingo_atoms(tmp_path, bound, facts.to_text()) == plain
