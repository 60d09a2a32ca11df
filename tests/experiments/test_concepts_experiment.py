"""`eric-lp experiment concepts` end to end on a tiny scenes set: every model trained, extracted, labelled
from the masks and run on the test scenes' descriptions; the table and the programs written."""

import json

from eric_lp.cli.main import main
from eric_lp.lang.parse import read_program

SPEC = "scenes:train=80,val=20,test=40,size=32"


def test_the_experiment_writes_the_table_and_each_models_labelled_programs(tmp_path, capsys):
    out, cache = tmp_path / "out", tmp_path / "cache"
    assert main(["experiment", "concepts", "--dataset", SPEC, "--epochs", "1", "--cache-dir", str(cache),
                 "-o", str(out), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert [(r["model"], r["labelling"]) for r in rows] == [(m, how) for m in ("vgg-small", "lenet-small")
                                                            for how in ("ND q=0.005", "q=0.05")]
    for row in rows:
        assert row["test_scenes"] == 40 and row["masked_train_images"] == 80
        assert 0 <= row["labelled"] <= row["kernels_read"] and row["oracle_agree"] <= row["labelled"]
        assert row["truth_agrees_with_labels"] == 100.0  # truth.lp derives every scene's own class
        folder = out / row["model"]
        program = read_program(folder / "program.lp")
        assert len(program.kernels_read(program.lep)) == row["kernels_read"]
        concept = (folder / "concept-program.lp").read_text()
        assert "active(I, L, K) :- present(I, C), label(L, K, C)." in concept
        oracle = json.loads((folder / "oracle.json").read_text())["kernels"]
        assert len(oracle) == row["kernels_read"]
    assert (out / "truth.lp").read_text().count("class(I,") >= 4
    table = (out / "concepts.md").read_text()
    assert table.count("| vgg-small | block3_pool |") == 2 and table.count("| lenet-small | s6 |") == 2
    assert (out / "concepts.csv").read_text().startswith("model,layer,")
