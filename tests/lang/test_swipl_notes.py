"""`program_notes` and ``check``: where plain swipl would evaluate a ``.pl`` file unlike the engines."""

import json
import subprocess

import numpy as np

from eric_lp.cli.main import main
from eric_lp.core.facts import Facts
from eric_lp.engines import run
from eric_lp.lang.emit import to_asp, to_prolog
from eric_lp.lang.parse import parse_program, program_notes

OLD = """:- dynamic image/1, active/3, class/2.
:- table fired/2 as subsumptive.
fired(I, r1) :- image(I), \\+ active(I, p, 4), active(I, p, 3).
active(I, h, 0) :- fired(I, r1).
fired(I, r2) :- image(I), \\+ active(I, h, 0).
class(I, a) :- fired(I, r2).
"""
NEGATION_FIRST = """:- dynamic image/1, active/3, class/2.
:- table fired/2.
fired(I, r1) :- \\+ active(I, p, 4), image(I).
class(I, a) :- fired(I, r1).
"""


def test_an_emitted_program_has_no_notes_and_older_files_still_read_the_same():
    program = parse_program(OLD)
    assert program_notes(to_prolog(program)) == [] and program_notes(to_asp(program)) == []
    assert parse_program(to_prolog(program)) == program  # image(I) first or not, the same rule
    notes = program_notes(OLD, "old.pl")
    assert len(notes) == 1 and notes[0].startswith("old.pl:2: ") and "fired(17, R)" in notes[0]
    one_layer = OLD.split("active(I, h, 0)")[0] + "class(I, a) :- fired(I, r1).\n"
    assert program_notes(one_layer) == []  # no body reads fired/2: the old tables answer right


def test_the_old_tables_really_answer_wrong_in_plain_swipl(tmp_path):
    """Why that note exists: with them, ?- fired(0, R). lists r2 although r1 fired for image 0."""
    facts = Facts("p", (3, 4), np.array([[True, False]]), np.arange(1))
    (tmp_path / "facts.pl").write_text(facts.to_text())
    answers = {}
    for name, text in (("old", OLD), ("new", to_prolog(parse_program(OLD)))):
        (tmp_path / f"{name}.pl").write_text(text)
        out = subprocess.run(["swipl", "-g", "forall(fired(0, R), (write(R), nl))", "-t", "halt", f"{name}.pl",
                              "facts.pl"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
        answers[name] = sorted(out.stdout.split())
    assert answers == {"old": ["r1", "r2"], "new": ["r1"]}
    assert run(parse_program(OLD), facts, "numpy").rows()[0]["fired"] == ["r1"]


def test_a_negation_before_the_image_is_bound_is_noted_in_prolog_only():
    notes = program_notes(NEGATION_FIRST, "neg.pl")
    assert len(notes) == 1 and notes[0].startswith("neg.pl:3: rule r1 begins with a negated literal")
    clingo_form = NEGATION_FIRST.replace("\\+", "not").replace(":- dynamic image/1, active/3, class/2.\n", "")
    assert program_notes(clingo_form.replace(":- table fired/2.\n", "")) == []  # order means nothing to clingo


def test_the_noted_rule_really_differs_in_plain_swipl(tmp_path):
    """Why the note exists: swipl calls the negation with I unbound, so image 0 (no p#4) loses its
    class as soon as another image has p#4; the engines, which re-emit the rule, keep it."""
    program = parse_program(NEGATION_FIRST)
    facts = Facts("p", (4,), np.array([[False], [True]]), np.arange(2))
    (tmp_path / "neg.pl").write_text(NEGATION_FIRST)
    (tmp_path / "facts.pl").write_text(facts.to_text())
    out = subprocess.run(["swipl", "-g", "forall(class(I, C), (write(I-C), nl))", "-t", "halt", "neg.pl",
                          "facts.pl"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.split() == []
    assert run(program, facts, "prolog").rows()[0]["classes"] == ["a"] == run(program, facts, "numpy").rows()[0]["classes"]


def test_check_prints_the_notes(tmp_path, capsys):
    (tmp_path / "old.pl").write_text(OLD)
    assert main(["check", str(tmp_path / "old.pl")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("sound; layers p -> h -> class; classes a")
    assert lines[2].startswith(f"note for plain swipl: {tmp_path / 'old.pl'}:2: ':- table ... as subsumptive'")
    assert main(["check", str(tmp_path / "old.pl"), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["swipl_notes"]) == 1
