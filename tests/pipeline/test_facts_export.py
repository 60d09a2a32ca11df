"""`eric-lp facts`: the entry-layer facts of images, which plain clingo and plain SWI-Prolog run with the
exported program to the classes and fired rules `infer` reports, image by image."""

import json
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

from eric_lp import api
from eric_lp.cli.main import main
from eric_lp.core.facts import Facts
from eric_lp.lang.parse import read_facts

SPEC = "fashion-mnist:0,1,7"


@pytest.fixture(scope="module")
def extracted(tiny, tmp_path_factory):
    """(model path, extraction folder) of the tiny net, entry layer feat_a with a hidden layer below
    the classes, so fired/2 covers two derived layers."""
    path, _ = tiny
    out = tmp_path_factory.mktemp("facts") / "out"
    argv = ["extract", "--model", str(path), "--dataset", SPEC, "--limit", "600", "--layers", "feat_a,feat_b", "--alpha", "0.1", "--depth", "3",
            "--cache-dir", str(out.parent / "cache"), "-o", str(out), "--json"]
    assert main(argv) == 0
    return path, out


def _clingo(cwd, program, facts):
    run = subprocess.run([sys.executable, "-m", "clingo", "--outf=0", "-V0", program, facts],
                         cwd=cwd, capture_output=True, text=True)
    assert run.returncode in (0, 10, 30) and "SATISFIABLE" in run.stdout.split(), run.stderr
    assert "warning" not in run.stderr.lower() and "info" not in run.stderr.lower(), run.stderr
    return _rows(a for a in run.stdout.split() if "(" in a)


def _swipl(cwd, program, facts):
    goal = ("forall(class(I,C),(write(class(I,C)),nl)), forall(fired(I,R),(write(fired(I,R)),nl))")
    run = subprocess.run(["swipl", "-g", goal, "-t", "halt", program, facts], cwd=cwd, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "Warning" not in run.stderr and "ERROR" not in run.stderr, run.stderr
    return _rows(run.stdout.split())


def _rows(atoms):
    """{image: (classes, fired rules)} from class(I,C) and fired(I,R) atoms."""
    rows: dict = {}
    for atom in atoms:
        name, args = atom.rstrip(")").split("(")
        image, value = args.split(",")
        entry = rows.setdefault(int(image), (set(), set()))
        entry[0 if name == "class" else 1].add(value)
    return rows


def _expected(answer):
    return {r["image"]: (set(r["classes"]), set(r["fired"])) for r in answer.rows()
            if r["classes"] or r["fired"]}


def test_plain_clingo_and_swipl_with_facts_give_what_infer_gives(extracted, tmp_path, capsys):
    model, out = extracted
    data = ["--dataset", SPEC, "--limit", "120", "--split", "test"]  # the official test set: unseen in training
    for name in ("facts.lp", "facts.pl"):
        argv = ["facts", "--model", str(model), "--program", str(out), *data, "-o", str(tmp_path / name), "--json"]
        assert main(argv) == 0
        printed = json.loads(capsys.readouterr().out)
        assert printed["layer"] == "feat_a" and len(printed["images"]) == 120
    assert (tmp_path / "facts.lp").read_bytes() == (tmp_path / "facts.pl").read_bytes()
    assert main(["infer", "--model", str(model), "--program", str(out), *data, "--json"]) == 0
    infer_rows = json.loads(capsys.readouterr().out)["images"]
    assert [row["image"] for row in infer_rows] == [row["source"] for row in printed["images"]]
    inference = api.infer(model, out, dataset=SPEC, limit=120, progress=False)
    answer = inference.answer
    assert [r["image"] for r in answer.rows()] == list(range(120))
    # infer's classes are the answer's: the rows below are what infer reports
    assert [row["class"] for row in infer_rows] == [r["classes"][0] if r["classes"] else None
                                                    for r in answer.rows()]
    expected = _expected(answer)
    assert len({frozenset(c) for c, _ in expected.values()}) > 1  # more than one class: a real test
    (tmp_path / "program.lp").write_bytes((out / "program.lp").read_bytes())
    (tmp_path / "program.pl").write_bytes((out / "program.pl").read_bytes())
    assert _clingo(tmp_path, "program.lp", "facts.lp") == expected
    assert _swipl(tmp_path, "program.pl", "facts.pl") == expected
    # the facts read back are the ones infer quantised
    facts = read_facts(tmp_path / "facts.lp")
    assert api.infer(model, out, dataset=SPEC, limit=120, progress=False).answer.rows() == answer.rows()
    from eric_lp.engines import run
    from eric_lp.lang.parse import read_program
    assert run(read_program(out / "program.lp"), facts, "numpy").rows() == answer.rows()


def test_image_files_are_named_in_comments_that_cannot_break_out(extracted, tmp_path, capsys):
    model, out = extracted
    rng = np.random.default_rng(0)
    names = ["plain.png", "two\nlines.png", "cr\rand %* tab\t.png", "sep\u2028x.png"]
    paths = []
    for name in names:
        path = tmp_path / name
        Image.fromarray((rng.random((28, 28)) * 255).astype(np.uint8)).save(path, format="PNG")
        paths.append(str(path))
    target = tmp_path / "facts.pl"
    assert main(["facts", "--model", str(model), "--program", str(out), *paths, "-o", str(target)]) == 0
    text = target.read_text()
    comments = [line for line in text.splitlines() if line.startswith("% ") and ": " in line][1:]
    assert len(comments) == 4 and comments[0] == f"% 0: {paths[0]}"
    assert comments[1].endswith("two?lines.png") and comments[2].endswith("cr?and % * tab?.png")
    assert len(text.splitlines()) == text.count("\n")  # no stray line separator anywhere
    facts = read_facts(target)
    assert list(facts.images) == [0, 1, 2, 3]
    assert main(["infer", "--model", str(model), "--program", str(out), *paths, "--json"]) == 0
    infer_rows = json.loads(capsys.readouterr().out)["images"]
    (tmp_path / "program.lp").write_bytes((out / "program.lp").read_bytes())
    (tmp_path / "program.pl").write_bytes((out / "program.pl").read_bytes())
    (tmp_path / "facts.lp").write_bytes(target.read_bytes())
    classes = {i: sorted(c) for i, (c, _) in _clingo(tmp_path, "program.lp", "facts.lp").items() if c}
    assert classes == {i: [row["class"]] for i, row in enumerate(infer_rows) if row["class"]}
    assert _swipl(tmp_path, "program.pl", "facts.pl") == _clingo(tmp_path, "program.lp", "facts.lp")


def test_output_that_is_not_a_file_is_refused_before_any_work(tmp_path, capsys):
    (tmp_path / "dir.lp").mkdir()
    argv = ["facts", "--model", str(tmp_path / "no-model.keras"), "--program", str(tmp_path / "no-program"),
            "--dataset", SPEC, "-o", str(tmp_path / "dir.lp")]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "dir.lp" in err and "model" not in err
    argv[-1] = str(tmp_path / "facts.txt")
    assert main(argv) == 2
    assert ".pl" in capsys.readouterr().err and not (tmp_path / "facts.txt").exists()


def test_source_comments_in_the_text_form():
    facts = Facts("pool", (3, 5), np.array([[True, False], [True, True]]), np.array([0, 1]))
    text = facts.to_text(sources=["a\nb%*c", 7])
    assert text == ("% 0: a?b% *c\nimage(0).\nactive(0, pool, 3).\n"
                    "% 1: 7\nimage(1).\nactive(1, pool, 3).\nactive(1, pool, 5).\n")
    assert facts.to_text() == "image(0).\nimage(1).\nactive(0, pool, 3).\nactive(1, pool, 3).\nactive(1, pool, 5).\n"
