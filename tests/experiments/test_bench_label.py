"""`eric-lp bench label`: on 40 scenes and a vgg-small trained in the run for two epochs (an empty
ERIC_LP_CACHE, so no cached model is found), it reports positive times of both sides, three of each, and
labels from the masks of every training scene."""

import json
import statistics

from eric_lp.cli.main import main


def test_bench_label_times_both_sides_over_every_masked_image(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ERIC_LP_CACHE", str(tmp_path / "cache"))
    assert main(["bench", "label", "--images", "40", "--epochs", "2", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["spec"] == "scenes:train=40,val=8,test=8"
    assert result["model_source"].startswith("trained here: vgg-small, 2 epochs")
    assert result["train_images"] == result["masked_images"] == 40
    assert result["kernels_read"] > 0 and result["layer"] == "block3_pool"
    for side in ("forward", "label_work", "label_call"):
        runs = result[f"{side}_seconds"]
        assert len(runs) == 3 and all(s > 0 for s in runs)
        assert result[f"{side}_median"] == statistics.median(runs)
    # the phases are inside the whole call, and the ratio is of the medians
    assert all(w <= c for w, c in zip(result["label_work_seconds"], result["label_call_seconds"]))
    assert all(set(p) == {"masks", "maps", "scoring", "grids"} for p in result["label_phases"])
    assert all(abs(w - sum(p.values())) < 1e-9 for w, p in zip(result["label_work_seconds"], result["label_phases"]))
    assert result["ratio_work"] == result["label_work_median"] / result["forward_median"]
    assert result["target_met"] == (result["label_work_median"] < result["forward_median"])


def test_bench_label_refuses_a_missing_model_before_drawing_the_scenes(tmp_path, capsys):
    assert main(["bench", "label", "--model", str(tmp_path / "none.keras")]) == 2
    err = capsys.readouterr().err
    assert "none.keras: no such model file" in err and "drawing" not in err and len(err.strip().splitlines()) == 1
