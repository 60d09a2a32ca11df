"""`program_notes` and ``check``: where plain swipl would evaluate a ``.pl`` file unlike the engines."""

import json
import subprocess

import numpy as np
import pytest

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
:- multifile image/1, active/3.
"""
NEGATION_FIRST = """:- dynamic image/1, active/3, class/2.
:- table fired/2.
fired(I, r1) :- \\+ active(I, p, 4), image(I).
class(I, a) :- fired(I, r1).
:- multifile image/1, active/3.
"""


def test_an_emitted_program_has_no_notes_and_older_files_still_read_the_same():
    program = parse_program(OLD)
    assert program_notes(to_prolog(program)) == [] and program_notes(to_asp(program)) == []
    assert parse_program(to_prolog(program)) == program  # image(I) first or not, the same rule
    notes = program_notes(OLD, "old.pl")
    assert len(notes) == 1 and notes[0].startswith("old.pl:2: ") and "fired(17, R)" in notes[0]
    one_layer = OLD.split("active(I, h, 0)")[0] + "class(I, a) :- fired(I, r1).\n:- multifile active/3, image/1.\n"
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
    clingo_form = clingo_form.replace(":- multifile image/1, active/3.\n", "")
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
    assert lines[0].endswith(": sound for eric-lp, but plain swipl reads it differently (1 note below); "
                             "layers p -> h -> class; classes a")
    assert lines[2].startswith(f"note for plain swipl: {tmp_path / 'old.pl'}:2: ':- table ... as subsumptive'")
    assert main(["check", str(tmp_path / "old.pl"), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["swipl_notes"]) == 1


# -- the probe corpus: .pl files plain swipl read unlike `solve`, and what `check` now says of each --------

MULTIFILE = ":- multifile image/1, active/3.\n"
TWO_LAYERS = """:- dynamic image/1, active/3, class/2.
:- table fired/2.
fired(I, r1) :- active(I, p, 3), image(I).
active(I, h, 0) :- fired(I, r1).
fired(I, r2) :- active(I, h, 0), image(I).
class(I, a) :- fired(I, r2).
"""
ONE_LAYER = """:- dynamic image/1, class/2.
:- table fired/2.
fired(I, r1) :- image(I), \\+ active(I, p, 3).
class(I, a) :- fired(I, r1).
"""
SIMPLE = MULTIFILE + "fired(I, r1) :- active(I, p, 3), image(I).\nclass(I, a) :- fired(I, r1).\n"
CLINGO_FORM = "fired(I, r1) :- image(I), not active(I, p, 3).\nclass(I, a) :- fired(I, r1).\n#show class/2.\n"
P3 = ((3,), [[True]])  # one image, p#3 active
NO_ACTIVE = ((3,), [[False]])  # one image, no active/3 fact at all

# (case, the .pl file, the facts (kernels of p, truth per image), what check says, the program the file
# means, when check refuses it).  "clean": check exits 0 without a note, and swipl derives what solve does;
# "noted" and "refused": swipl derives something else (or fails), so the note or refusal is no noise.
PROBES = [
    ("two layers, no multifile: the facts wipe the hidden rules", TWO_LAYERS, P3, "noted", None),
    ("two layers, declared", TWO_LAYERS + MULTIFILE, P3, "clean", None),
    ("one layer, no multifile, facts without active/3: Unknown procedure", ONE_LAYER, NO_ACTIVE, "noted", None),
    ("one layer, declared", ONE_LAYER + MULTIFILE, NO_ACTIVE, "clean", None),
    ("dynamic of a huge arity: swipl does not start", ":- dynamic foo/2147483647.\n" + SIMPLE, P3, "refused",
     SIMPLE),
    ("multifile of a huge arity", ":- multifile foo/134217728.\n" + SIMPLE, P3, "refused", SIMPLE),
    ("discontiguous of a huge arity", ":- discontiguous foo/2147483647.\n" + SIMPLE, P3, "refused", SIMPLE),
    ("table of a huge arity: swipl's stack", ":- table foo/2147483647.\n" + SIMPLE, P3, "refused", SIMPLE),
    ("clingo form named .pl: swipl skips the 'not' clause", CLINGO_FORM, NO_ACTIVE, "refused", CLINGO_FORM),
    ("negation first", NEGATION_FIRST, ((4,), [[False], [True]]), "noted", None),
    ("subsumptive tables, hidden layer", OLD, ((3, 4), [[True, False]]), "noted", None),
]


# each image's rules (asked with the image bound, as the subsumptive tables answer wrongly), then the classes
_DERIVED = "forall(image(I), forall(fired(I, R), (write(I:R), nl))), forall(class(I, C), (write(I-C), nl))"


def _swipl_derived(folder, program: str) -> tuple:
    """(swipl exited 0 with no error, the rules and classes it derives) for ``swipl program facts.pl``; an
    error while loading (``:- table foo/2147483647.`` exhausts the stack) need not change the answers."""
    out = subprocess.run(["swipl", "-g", _DERIVED, "-t", "halt", program, "facts.pl"],
                         cwd=folder, capture_output=True, text=True, timeout=60)
    return out.returncode == 0 and "ERROR" not in out.stderr, sorted(set(out.stdout.split()))


@pytest.mark.parametrize("case, text, facts, verdict, meaning", PROBES, ids=[p[0] for p in PROBES])
def test_check_is_clean_exactly_where_plain_swipl_derives_what_solve_derives(case, text, facts, verdict, meaning,
                                                                             tmp_path, capsys):
    kernels, truth = facts
    (tmp_path / "case.pl").write_text(text)
    facts = Facts("p", kernels, np.array(truth, dtype=bool), np.arange(len(truth)))
    (tmp_path / "facts.pl").write_text(facts.to_text())
    status = main(["check", str(tmp_path / "case.pl")])
    out, err = capsys.readouterr()
    notes = [line for line in out.splitlines() if line.startswith("note for plain swipl:")]
    if verdict == "refused":
        assert status == 2 and err.startswith(f"eric-lp: error: {tmp_path / 'case.pl'}:"), err
        program = parse_program(meaning)
    else:
        assert status == 0 and bool(notes) == (verdict == "noted"), notes
        assert ("plain swipl reads it differently" in out.splitlines()[0]) == (verdict == "noted")
        program = parse_program(text)
    solved = [f"{row['image']}{sep}{x}" for row in run(program, facts, "numpy").rows()
              for sep, key in ((":", "fired"), ("-", "classes")) for x in row[key]]
    assert (_swipl_derived(tmp_path, "case.pl") == (True, sorted(solved))) == (verdict == "clean")
    # the file export writes is always clean, and swipl reads it as solve does
    (tmp_path / "export.pl").write_text(to_prolog(program))
    assert program_notes(to_prolog(program), "export.pl") == []
    assert _swipl_derived(tmp_path, "export.pl") == (True, sorted(solved))


def test_the_multifile_note_says_what_swipl_does():
    two = program_notes(TWO_LAYERS, "two.pl")
    assert two == ["two.pl: no ':- multifile image/1, active/3.': plain swipl, loading a facts file after it, "
                   "replaces the hidden layers' active/3 rules with the facts', so nothing above the entry layer "
                   "is derived; 'eric-lp export FILE --to prolog -o NEW.pl' writes the declarations"]
    one = program_notes(ONE_LAYER + ":- multifile image/1.\n", "one.pl")
    assert len(one) == 1 and one[0].startswith("one.pl: no ':- multifile active/3.'") and "Unknown procedure" in one[0]
    assert "no image/1 fact" in program_notes(ONE_LAYER + ":- multifile active/3.\n", "one.pl")[0]
    neutral = SIMPLE.replace(MULTIFILE, "")  # neither form's markers: a note only when named .pl
    assert len(program_notes(neutral, "n.pl")) == 1 and program_notes(neutral, "n.lp") == []
    assert program_notes(neutral) == [] and len(program_notes(TWO_LAYERS)) == 1  # the Prolog form, unnamed
