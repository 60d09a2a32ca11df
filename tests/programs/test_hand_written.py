"""A hand-written program in an extraction folder: infer counts an image with no class or with
several as no prediction (class None, a miss for accuracy and fidelity) and says how many."""

import json

import numpy as np

from eric_lp.cli.main import main
from eric_lp.core.program import OUTPUT, Literal, Rule
from eric_lp.lang.emit import to_asp
from eric_lp.lang.parse import read_program


def test_infer_counts_no_class_and_several_classes(tiny, tmp_path, capsys):
    path, _ = tiny
    out = tmp_path / "ex"
    common = ["--model", str(path), "--dataset", "fashion-mnist:0,1,7", "--limit", "300"]
    assert main(["extract", *common, "--lep", "squeeze2", "--cache-dir", str(tmp_path / "cache"),
                 "-o", str(out), "--json"]) == 0
    capsys.readouterr()
    extracted = read_program(out / "program.lp")
    # one class per kernel: an image with kernels 0 and 1 active gets two classes, one with neither none
    rules = tuple(Rule(f"r{i + 1}", OUTPUT, (name,), (Literal("squeeze2", i),))
                  for i, name in enumerate(extracted.classes[:2]))
    (out / "program.lp").write_text(to_asp(extracted.__class__(extracted.layers, extracted.classes, rules, (),
                                                               extracted.meta)))
    (out / "manifest.json").unlink()  # the folder's files no longer belong together: use them as they are
    assert main(["infer", *common, "--program", str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert main(["solve", str(out / "program.lp"), "--facts", str(_facts(out, tmp_path, common, capsys)),
                 "--json"]) == 0
    solved = json.loads(capsys.readouterr().out)
    sizes = np.array([len(row["classes"]) for row in solved["images"]])
    assert result["no_class"] == int(np.sum(sizes == 0)) > 0
    assert result["several_classes"] == int(np.sum(sizes > 1)) > 0
    one = [row["classes"][0] if len(row["classes"]) == 1 else None for row in solved["images"]]
    assert [row["class"] for row in result["images"]] == one
    hits = sum(c is not None and c == row["model_class"] for c, row in zip(one, result["images"]))
    assert result["fidelity"] == round(100.0 * hits / len(one), 2)
    assert main(["infer", *common, "--program", str(out)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"{len(one)} images: {len(one) - result['no_class'] - result['several_classes']} with one class, "
        f"{result['no_class']} with no class, {result['several_classes']} with several classes")


def _facts(out, tmp_path, common, capsys):
    facts = tmp_path / "facts.lp"
    assert main(["facts", *common, "--program", str(out), "-o", str(facts), "--json"]) == 0
    capsys.readouterr()
    return facts
