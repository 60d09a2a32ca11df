"""programs/table2.lp against the paper: Table 2's rules, Fig. 6's kernel numbers and labels."""

import hashlib
import json
import os
import re
from pathlib import Path

import numpy as np

from eric_lp.lang.emit import to_prolog
from eric_lp.lang.parse import read_program

ROOT = Path(__file__).resolve().parents[2]
LP, PL = ROOT / "programs/table2.lp", ROOT / "programs/table2.pl"
PAPER = ROOT.parent / "shared/paper/ERIC-paper.md"

# Table 2 of the paper, rule number -> rule, as printed
TABLE2 = {
    1: r"LW \wedge \neg SG \rightarrow street",
    7: r"CX \wedge \neg LW \wedge NI \wedge PO \wedge \neg SG \rightarrow street",
    10: r"\neg CK \wedge DO \wedge \neg HV \wedge JB \wedge NI \rightarrow forest",
    13: r"\neg AC \wedge CK \wedge \neg DO \wedge NI \wedge \neg SG \rightarrow forest",
    17: r"\neg AC \wedge \neg DO \wedge \neg JJ \wedge SG \rightarrow desert",
    25: r"AC \wedge \neg DO \wedge ID \wedge SG \rightarrow desert",
}

# Fig. 6 / section 4.5: the kernels the paper names, by number
FIG6 = {101: "wall", 184: "cars", 334: "crowd", 229: "cliffs", 369: "bends", 500: "grass",
        28: "tree_trunk", 118: "tree_tops", 88: "grey", 269: "trees_misc"}


def kernel(code: str) -> int:
    """A two-letter code numbered spreadsheet-style: A..Z = 0..25, AA = 26, AZ = 51, BA = 52."""
    first, second = (ord(c) - ord("A") for c in code)
    return (first + 1) * 26 + second


def parse_row(text: str):
    body, head = text.split(r" \rightarrow ")
    literals = []
    for part in body.split(r" \wedge "):
        negated = part.startswith(r"\neg ")
        literals.append((kernel(part.removeprefix(r"\neg ")), not negated))
    return sorted(literals), head


def test_spreadsheet_numbering_matches_the_papers_own_pairs():
    # section 4.5 numbers and the codes Table 2 uses for the same kernels
    assert [kernel(c) for c in ("AA", "AZ", "BA", "AC", "CK", "CX", "DO", "HV", "JJ", "LW", "NF", "SG")] == \
        [26, 51, 52, 28, 88, 101, 118, 229, 269, 334, 369, 500]


def paper_text():
    """The paper's text where a copy is at hand ($ERIC_LP_PAPER, or beside the repository as in the
    workspace it was written in); None in a fresh clone."""
    for path in (os.environ.get("ERIC_LP_PAPER"), PAPER):
        if path and Path(path).is_file():
            return Path(path).read_text(encoding="utf-8")
    return None


def transcription_digest() -> str:
    rows = [f"{number}\t${rule}$" for number, rule in sorted(TABLE2.items())]
    rows += [f"{number}:{name}" for number, name in sorted(FIG6.items())]
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()


#: transcription_digest() of TABLE2 and FIG6 as last checked against the paper's text
CHECKED = "1f086b7698d714217214c8ed6dd8e54a3bbd9d156d9243620ef48b009826626e"


def test_transcription_is_the_one_checked_against_the_paper():
    # without the paper: the rows are well formed and are the ones last checked against it
    for number, rule in TABLE2.items():
        literals, head = parse_row(rule)
        assert literals and head in ("street", "forest", "desert"), number
    assert transcription_digest() == CHECKED, \
        "TABLE2 or FIG6 changed: check them against the paper (ERIC_LP_PAPER=path) and update CHECKED"
    text = paper_text()
    if text is None:
        return
    # with the paper: each row as printed in its Table 2, each Fig. 6 kernel number in its text
    for number, rule in TABLE2.items():
        assert re.search(rf"^{number}\t\$" + re.escape(rule) + r"\$$", text, re.M), number
    for number in FIG6:
        assert re.search(rf"\b{number}\b", text)


def test_every_rule_is_table2s_with_spreadsheet_kernels():
    program = read_program(LP)
    assert program.layers == ("block5_pool",)
    got = {}
    for rule in program.rules:
        assert all(lit.layer == "block5_pool" for lit in rule.body)
        got[int(rule.id.removeprefix("r"))] = (sorted((lit.kernel, lit.positive) for lit in rule.body),
                                               rule.head[0])
    assert got == {number: parse_row(text) for number, text in TABLE2.items()}


def test_every_kernel_number_in_the_file_is_one_of_the_papers_codes():
    codes = {kernel(c) for text in TABLE2.values() for c in re.findall(r"\b[A-Z]{2}\b", text)}
    numbers = {int(n) for n in re.findall(r"block5_pool, (\d+)", LP.read_text())}
    assert numbers == codes


def test_labels_are_fig6s_and_only_where_fig6_names_the_kernel():
    program = read_program(LP)
    labels = {lb.kernel: lb.name for lb in program.labels}
    assert labels and all(FIG6.get(k) == name for k, name in labels.items())
    used = {lit.kernel for rule in program.rules for lit in rule.body}
    assert set(labels) == used & set(FIG6)


def test_file_notes_that_section_4_6_disagrees_for_rules_7_and_10():
    comments = " ".join(line for line in LP.read_text().splitlines()
                        if line.startswith("%") and not line.startswith("%!"))
    assert "4.6" in comments and "rule 7" in comments and "rule 10" in comments


def test_prolog_form_is_the_export_of_the_clingo_form():
    program = read_program(LP)
    assert read_program(PL) == program
    assert PL.read_text() == to_prolog(program)


def test_solve_counts_images_with_no_class_and_with_several(tmp_path, capsys):
    # Table 2's six rules, hand-written, are not exclusive: on random inputs some images get two
    # classes and many none; neither is a prediction, and solve says how many of each
    from eric_lp.cli.main import main
    program = read_program(LP)
    kernels = sorted({lit.kernel for rule in program.rules for lit in rule.body})
    active = np.random.default_rng(0).random((500, len(kernels))) < 0.5
    facts = tmp_path / "facts.lp"
    facts.write_text("".join(f"image({i}). " + "".join(f"active({i}, block5_pool, {k}). "
                                                      for k, on in zip(kernels, row) if on) + "\n"
                             for i, row in enumerate(active)))
    truth = dict(zip(kernels, active.T))
    derived = np.zeros((500, len(program.classes)), dtype=int)
    for rule in program.rules:  # by hand: a rule fires where every literal holds
        fires = np.all([truth[lit.kernel] == lit.positive for lit in rule.body], axis=0)
        derived[:, program.classes.index(rule.head[0])] |= fires
    expected = {"no_class": int(np.sum(derived.sum(axis=1) == 0)),
                "several_classes": int(np.sum(derived.sum(axis=1) > 1))}
    assert expected == {"no_class": 288, "several_classes": 11}
    for engine in ("numpy", "clingo", "prolog"):
        assert main(["solve", str(LP), "--facts", str(facts), "--engine", engine, "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert {k: out[k] for k in expected} == expected
        assert [len(row["classes"]) for row in out["images"]] == derived.sum(axis=1).tolist()
    assert main(["solve", str(LP), "--facts", str(facts)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == \
        "500 images: 201 with one class, 288 with no class, 11 with several classes"
