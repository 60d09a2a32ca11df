import json

import numpy as np
import pytest

from eric_lp.cli.main import main
from eric_lp.errors import DataError
from eric_lp.pipeline.explain import explain_answer
from eric_lp.engines import run
from eric_lp.core.facts import Facts
from eric_lp.lang.labels import merge_labels, read_labels
from eric_lp.lang.parse import parse_program, read_program
from eric_lp.lang.emit import to_asp, to_prolog
from eric_lp.core.program import Label
from eric_lp.pipeline.visualise import top_images

MULTI = """fired(I, r1) :- image(I), active(I, low, 0), not active(I, low, 1).
active(I, high, 5) :- fired(I, r1).
fired(I, r2) :- image(I), active(I, low, 2).
active(I, high, 6) :- fired(I, r2).
fired(I, r3) :- image(I), active(I, high, 5), not active(I, high, 6).
class(I, a) :- fired(I, r3).
fired(I, r4) :- image(I), not active(I, high, 5).
class(I, b) :- fired(I, r4).
fired(I, r5) :- image(I), active(I, high, 5), active(I, high, 6).
class(I, b) :- fired(I, r5).
"""


def test_explanation_walks_down_to_the_entry_layer_on_every_engine():
    program = parse_program(MULTI)
    truth = np.array([[True, False, False], [True, False, True], [False, False, False]])
    facts = Facts("low", (0, 1, 2), truth, np.arange(3))
    norms = np.array([[2.0, 0.5, 0.1], [2.0, 0.5, 3.0], [0.1, 0.1, 0.1]])
    thresholds = np.array([1.0, 1.0, 1.0])
    rendered = {}
    for engine in ("numpy", "clingo", "prolog"):
        answer = run(program, facts, engine)
        exps = [explain_answer(program, answer, i, truth[i], facts.kernels, norms[i], thresholds, ("b",))
                for i in range(3)]
        rendered[engine] = [json.dumps(e.to_json(program), sort_keys=True) for e in exps]
    assert rendered["numpy"] == rendered["clingo"] == rendered["prolog"]
    first = json.loads(rendered["numpy"][0])
    assert first["class"] == "a" and first["rule"]["rule"] == "r3"
    because = first["rule"]["because"]
    assert because[0]["by"]["rule"] == "r1"          # high#5 was made true by r1, one layer down
    assert because[0]["by"]["because"][0]["norm"] == 2.0   # low#0: norm 2.0 > threshold 1.0
    assert because[1]["literal"] == "not high#6" and "by" not in because[1]
    # why not b: r4 needs ~high#5 (failed), r5 needs high#6 (failed)
    assert [m["failed"] for m in first["why_not"]["b"]] == [["not high#5"], ["high#6"]]
    second = json.loads(rendered["numpy"][1])
    assert second["class"] == "b" and second["rule"]["rule"] == "r5"


def test_why_not_names_only_literals_false_for_the_image():
    program = parse_program(MULTI)
    truth = np.array([[False, True, False]])
    answer = run(program, Facts("low", (0, 1, 2), truth, np.arange(1)), "numpy")
    e = explain_answer(program, answer, 0, truth[0], (0, 1, 2), why_not_classes=("a",))
    (miss,) = e.why_not["a"]
    assert [str(x) for x in miss.failed] == ["high#5"]  # high#5 is false here; ~high#6 holds


def test_labels_round_trip_and_show_in_renderings(tmp_path):
    program = parse_program(MULTI)
    labelled = merge_labels(program, [Label("low", 0, 'tree "trunk"'), Label("high", 5, "forest_7of10", True)])
    assert parse_program(to_asp(labelled)) == labelled == parse_program(to_prolog(labelled))
    assert 'label(low, 0, "tree \\"trunk\\"").' in to_asp(labelled)
    assert "provisional(high, 5)." in to_asp(labelled)
    from eric_lp.core.render import rule_text
    assert rule_text(labelled, labelled.rules[0]) == 'r1: tree "trunk" ∧ ¬low#1 → forest_7of10#5?'
    # a person's label replaces a provisional one, and a provisional one never replaces a person's
    named = merge_labels(labelled, [Label("high", 5, "forest")])
    assert merge_labels(named, [Label("high", 5, "x_1of10", True)]).label_of("high", 5).name == "forest"


def test_bad_labels(tmp_path):
    program = parse_program(MULTI)
    with pytest.raises(DataError, match="layer 'nope' is not in the program"):
        merge_labels(program, [Label("nope", 0, "x")])
    with pytest.raises(DataError, match="not used by the program"):
        merge_labels(program, [Label("low", 9, "x")])
    f = tmp_path / "labels.yaml"
    f.write_text("- {layer: low, kernel: 0, name: trunk}\n- {layer: high, kernel: 6, name: canopy}\n")
    assert [lb.name for lb in merge_labels(program, read_labels(f)).labels] == ["trunk", "canopy"]
    f.write_text("- {layer: low, name: trunk}\n")
    with pytest.raises(DataError, match="needs layer, kernel and name"):
        read_labels(f)


def test_top_images_are_in_norm_order():
    norms = np.array([[0.1, 5], [3.0, 1], [2.0, 2], [3.0, 0]])
    assert top_images(norms, 0, 3).tolist() == [1, 3, 2]


def test_explain_visualise_label_report_on_a_real_model(tiny, tmp_path, capsys):
    path, _ = tiny
    out = tmp_path / "out"
    common = ["--dataset", "fashion-mnist:0,1,7", "--limit", "600"]
    cache = ["--cache-dir", str(tmp_path / "cache")]
    assert main(["extract", "--model", str(path), *common, *cache, "--lep", "squeeze2", "-o", str(out)]) == 0
    assert main(["infer", "--model", str(path), "--program", str(out), *common, "--json"]) == 0
    capsys.readouterr()
    assert main(["infer", "--model", str(path), "--program", str(out), *common, "--json"]) == 0
    inferred = json.loads(capsys.readouterr().out)["images"]
    # explanations agree with infer's class, on every engine
    for engine in ("numpy", "clingo", "prolog"):
        assert main(["explain", "--model", str(path), "--program", str(out), *common, "--index", "0,1,2,3",
                     "--engine", engine, "--why-not", "trouser", "--json"]) == 0
        exps = json.loads(capsys.readouterr().out)["explanations"]
        assert [e["class"] for e in exps] == [r["class"] for r in inferred[:4]]
        for e in exps:
            assert e["rule"]["text"].endswith("→ " + e["class"])
    # what clingo proves, beside the fired rule: a sufficient reason and a counterfactual (engines/reasons)
    assert main(["explain", "--model", str(path), "--program", str(out), *common, "--index", "0,1,2,3",
                 "--sufficient", "--counterfactual", "trouser", "--json"]) == 0
    proved = json.loads(capsys.readouterr().out)["explanations"]
    assert [e["class"] for e in proved] == [r["class"] for r in inferred[:4]]
    for e in proved:
        assert e["sufficient"] is not None and e["target"] == "trouser"
        assert e["reachable"] is False or (e["flips"] == []) == (e["class"] == "trouser")
    assert main(["explain", "--model", str(path), "--program", str(out), *common, "--index", "0",
                 "--sufficient", "--counterfactual", "trouser"]) == 0
    text = capsys.readouterr().out
    assert "  sufficient: " in text and "  counterfactual → trouser" in text
    # visualise: grids of m images, provisional labels in the program
    assert main(["visualise", "--model", str(path), "--program", str(out), *common, *cache, "--top", "4"]) == 0
    program = read_program(out / "program.lp")
    assert program.labels and all(lb.provisional for lb in program.labels)
    from PIL import Image
    grid = Image.open(out / "kernels" / f"squeeze2_{program.labels[0].kernel}.png")
    assert grid.width == 4 * 66
    # label: a person's name flows into the program and the explanation text
    kernel = program.labels[0].kernel
    assert main(["label", str(out), "--set", f"squeeze2:{kernel}=stripes"]) == 0
    assert read_program(out / "program.pl").label_of("squeeze2", kernel).name == "stripes"
    assert main(["label", str(out), "--set", "squeeze2:999=x"]) == 2
    assert main(["report", str(out), "--model", str(path), *common]) == 0
    page = (out / "report.html").read_text()
    assert "<h2>Table 1</h2>" in page and "data:image/png;base64," in page and "stripes" in page
    assert "  sufficient: " in page  # what clingo proves, beside each fired rule
    capsys.readouterr()


def test_explain_bad_input(tiny, tmp_path, capsys):
    path, _ = tiny
    out = tmp_path / "out"
    assert main(["extract", "--model", str(path), "--dataset", "fashion-mnist:0,1,7", "--limit", "300",
                 "--cache-dir", str(tmp_path), "--lep", "squeeze2", "-o", str(out)]) == 0
    capsys.readouterr()
    for argv, message in (
        ([str(tmp_path / "missing.png")], "no such image file"),
        ([str(out / "program.lp")], "not a readable image"),
        (["--dataset", "fashion-mnist:0,1,7", "--index", "99999"], "out of range"),
        (["--dataset", "fashion-mnist:0,1,7", "--why-not", "cat"], "not one of the program's classes"),
    ):
        assert main(["explain", "--model", str(path), "--program", str(out), *argv]) == 2
        err = capsys.readouterr().err
        assert message in err and err.count("\n") == 1


def test_extracting_again_keeps_the_names_people_gave(tiny, tmp_path):
    path, _ = tiny
    out = tmp_path / "out"
    argv = ["extract", "--model", str(path), "--dataset", "fashion-mnist:0,1,7", "--limit", "300",
            "--cache-dir", str(tmp_path), "--lep", "squeeze2", "-o", str(out)]
    assert main(argv) == 0
    kernel = read_program(out / "program.lp").rules[0].body[0].kernel
    assert main(["label", str(out), "--set", f"squeeze2:{kernel}=soles"]) == 0
    assert main(argv) == 0
    assert read_program(out / "program.lp").label_of("squeeze2", kernel).name == "soles"
    assert main(argv + ["--depth", "0"]) == 0  # a name is kept only while the kernel is still used
    again = read_program(out / "program.lp")
    used = {lit.kernel for r in again.rules for lit in r.body}
    assert (again.label_of("squeeze2", kernel) is not None) == (kernel in used)


def test_report_check_in_headless_chromium(tiny, tmp_path, capsys):
    import shutil
    path, _ = tiny
    out = tmp_path / "out"
    assert main(["extract", "--model", str(path), "--dataset", "fashion-mnist:0,1,7", "--limit", "200",
                 "--cache-dir", str(tmp_path), "--lep", "squeeze2", "-o", str(out)]) == 0
    capsys.readouterr()
    rc = main(["report", str(out), "--check"])
    if shutil.which("chromium"):
        assert rc == 0 and "no console errors" in capsys.readouterr().out
        page = out / "report.html"
        page.write_text(page.read_text().replace("<h2>Rules</h2>", "<script>console.error('boom')</script>"))
        from eric_lp.errors import DataError
        from eric_lp.pipeline.report import check_in_browser
        with pytest.raises(DataError, match="section 'Rules' missing.*boom"):
            check_in_browser(page)
    else:  # a machine without Chromium is told what to install
        assert rc == 2 and "apt-get install chromium" in capsys.readouterr().err
