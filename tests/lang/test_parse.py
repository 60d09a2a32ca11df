import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from strategies import programs

from eric_lp.lang.emit import to_asp, to_prolog
from eric_lp.errors import DataError, ProgramError, ProgramSyntaxError
from eric_lp.lang.labels import parse_assignment
from eric_lp.lang.parse import parse_facts, parse_program, parse_term, read_program
from eric_lp.core.program import Compound

ROOT = Path(__file__).resolve().parents[2]
GOOD = """fired(I, r1) :- image(I), active(I, pool, 3), not active(I, pool, 7).
class(I, a) :- fired(I, r1).
"""


@settings(max_examples=150, deadline=None)
@given(programs())
def test_emit_then_parse_is_exact(program):
    assert parse_program(to_asp(program)) == program
    assert parse_program(to_prolog(program)) == program


@settings(max_examples=50, deadline=None)
@given(programs())
def test_emission_is_deterministic(program):
    assert to_asp(program) == to_asp(parse_program(to_asp(program)))


def test_program_without_header_is_read():
    p = parse_program(GOOD)
    assert p.layers == ("pool",) and p.classes == ("a",)
    assert [str(x) for x in p.rules[0].body] == ["pool#3", "¬pool#7"]


def test_table2_example_reads_in_both_forms():
    lp, pl = read_program(ROOT / "programs/table2.lp"), read_program(ROOT / "programs/table2.pl")
    assert lp == pl
    assert lp.metrics().rules == 6
    assert lp.label_of("block5_pool", 334).name == "crowd"
    # the file is the emitted program plus a free comment block (the note on the paper's rules 7
    # and 10), which emission does not keep
    text = (ROOT / "programs/table2.lp").read_text()
    assert to_asp(lp) == re.sub(r"(?m)^% (?!r\d|vars=).*\n", "", text)


@pytest.mark.parametrize("text, where, message", [
    ("fired(I, r1) :- image(I) active(I, pool, 3).\nclass(I, a) :- fired(I, r1).\n", "<text>:1:", "unexpected"),
    ('#script (python)\nimport os\n#end.\n' + GOOD, "<text>:1:", "directive '#script'"),
    (":- initialization(main).\n" + GOOD, "<text>:1:", "directive ':- initialization'"),
    ('#include "x.lp".\n' + GOOD, "<text>:1:", "directive '#include'"),
    (GOOD + ":- active(I, pool, 3).\n", "<text>:3:", "directive"),
    (GOOD + "fired(I, r2) :- image(I)", "<text>:3:", "end of file"),
])
def test_syntax_errors_say_where(text, where, message):
    with pytest.raises(ProgramSyntaxError) as err:
        parse_program(text)
    assert str(err.value).startswith(where)
    assert message in str(err.value)


@pytest.mark.parametrize("bad_line, token", [
    ("fired(I, r2) :- image(I), actve(I, pool, 3).", "actve"),        # a misspelt predicate
    ("fired(I, r2) :- image(I)  active(I, pool, 3).", "active"),      # a missing comma
    ("fired(I, r2) :- image(I),\tactive(I, pool, 3) ; x.", ";"),     # a stray character, after a tab
])
def test_syntax_error_shows_the_line_and_a_caret_under_the_column(tmp_path, bad_line, token):
    path = tmp_path / "prog.lp"
    path.write_text(GOOD + bad_line + "\n")
    with pytest.raises(ProgramSyntaxError) as err:
        read_program(path)
    column = bad_line.index(token) + 1
    summary, shown, caret = str(err.value).split("\n")
    assert summary.startswith(f"{path}:3:{column}: unexpected") and summary == err.value.summary
    assert (err.value.line, err.value.column) == (3, column)
    assert shown == "    " + bad_line
    assert caret.strip() == "^"
    assert caret.expandtabs().index("^") == shown.expandtabs().index(token, 4)


def test_refused_directives_stay_one_line():
    with pytest.raises(ProgramSyntaxError) as err:
        parse_program("#script (python)\n" + GOOD, "prog.lp")
    assert "\n" not in str(err.value) and str(err.value).startswith("prog.lp:1:1: directive '#script'")


@pytest.mark.parametrize("text, kernel", [
    ("3", 3), ("crowd", "crowd"), ("cell(3, 0, 1)", Compound("cell", (3, 0, 1))),
    (" cell( 3,0 , f(a) ) ", Compound("cell", (3, 0, Compound("f", ("a",))))),
])
def test_parse_term_reads_one_kernel(text, kernel):
    assert parse_term(text) == kernel


def test_labels_read_compound_kernels_through_parse_term():
    assert parse_assignment("pool:cell(3, 0, 1)=sky").kernel == Compound("cell", (3, 0, 1))
    with pytest.raises(ProgramSyntaxError, match=r"^entry 1:1:9: unexpected Token\('VAR', 'X'\)"):
        parse_term("cell(3, X)", "entry 1")
    for bad in ("cell(3, ", "X", "3). image(4"):  # one term and nothing else
        with pytest.raises(DataError, match="is not an integer or a term"):
            parse_assignment(f"pool:{bad}=sky")


@pytest.mark.parametrize("text, message", [
    ("fired(I, r1) :- not active(I, pool, 3).\nclass(I, a) :- fired(I, r1).\n", "only under negation"),
    ("fired(I, r1) :- image(J), active(I, pool, 3).\nclass(I, a) :- fired(I, r1).\n", "unsafe"),
    ("fired(I, r1) :- image(I), active(I, a, 1).\nactive(I, b, 1) :- fired(I, r1).\n"
     "fired(I, r2) :- image(I), active(I, b, 1).\nactive(I, a, 1) :- fired(I, r2).\n"
     "fired(I, r3) :- image(I), active(I, b, 1).\nclass(I, c) :- fired(I, r3).\n", "cycle"),
    ("fired(I, r1) :- image(I), active(I, a, 1), active(I, b, 2).\nclass(I, c) :- fired(I, r1).\n", "mixes"),
    ("fired(I, r1) :- image(I), active(I, a, 1).\n", "no consequent"),
    ("class(I, c) :- fired(I, r9).\n", "no fired\\(r9\\)"),
])
def test_unsound_programs_are_refused(text, message):
    with pytest.raises(ProgramError, match=message):
        parse_program(text)


def test_empty_and_binary_files_are_refused(tmp_path):
    (tmp_path / "empty.lp").write_text("  \n")
    (tmp_path / "bin.lp").write_bytes(b"\x00\x01fired")
    with pytest.raises(ProgramSyntaxError, match="empty"):
        read_program(tmp_path / "empty.lp")
    with pytest.raises(ProgramSyntaxError, match="not a text file"):
        read_program(tmp_path / "bin.lp")
    with pytest.raises(DataError, match="no such file"):
        read_program(tmp_path / "missing.lp")


def test_facts_are_read():
    facts = parse_facts("image(1). image(4).\nactive(4, pool, 3).\nactive(4, pool, cell(3, 0, 1)).\n")
    assert facts.layer == "pool" and list(facts.images) == [1, 4]
    assert facts.truth.tolist() == [[False, False], [True, True]]
    with pytest.raises(DataError, match="entry layer"):
        parse_facts("image(1). active(1, other, 3).", layer="pool")


def test_a_labels_file_that_is_not_utf8_is_one_line(tmp_path):
    from eric_lp.errors import DataError
    from eric_lp.lang.labels import read_labels
    path = tmp_path / "labels.yaml"
    path.write_bytes(b"- {layer: pool, kernel: 3, name: \xff\xfe}\n")
    with pytest.raises(DataError, match="not UTF-8 text"):
        read_labels(path)
