"""A model's data as its training record says: the recorded split by default, an overlapping one refused."""

import json

import pytest

from eric_lp import api
from eric_lp.cli.main import main
from eric_lp.errors import DataError

SPEC = "fashion-mnist:0,1,7"
LIMIT = "300"


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A model trained by the command at seed 3 on 300 images per split, with its record."""
    out = tmp_path_factory.mktemp("trained") / "m.keras"
    assert main(["train", "--dataset", SPEC, "--limit", LIMIT, "--seed", "3", "--epochs", "1", "--arch",
                 "lenet-small", "-o", str(out), "--json"]) == 0
    return out


def _extract(model, out, *extra):
    return main(["extract", "--model", str(model), "--dataset", SPEC, "--limit", LIMIT, "--lep", "c5",
                 "--depth", "2", "--cache-dir", str(out.parent / "cache"), "-o", str(out), "--json", *extra])


def test_train_records_the_split_beside_the_model(trained, capsys):
    record = json.loads(trained.with_suffix(".data.json").read_text())
    assert record["trained_on"] == [{"dataset": SPEC, "images": None, "seed": 3, "limit": 300, "data_root": None,
                                     "classes": ["t_shirt_top", "trouser", "sneaker"]}]
    import hashlib
    assert record["model_sha256"] == hashlib.sha256(trained.read_bytes()).hexdigest()


def test_train_checks_the_record_path_before_training(tmp_path, capsys):
    (tmp_path / "m.data.json").mkdir()
    assert main(["train", "--dataset", SPEC, "--limit", "30", "--epochs", "1", "-o", str(tmp_path / "m.keras")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "training record" in err and not (tmp_path / "m.keras").exists()


def test_extract_draws_the_recorded_split_by_default(trained, tmp_path, capsys):
    assert _extract(trained, tmp_path / "out") == 0
    metrics = json.loads((tmp_path / "out" / "metrics.json").read_text())
    assert metrics["seed"] == 3
    assert metrics["split"] == {"seed": 3, "seed_from": "record", "overlap": {"val": 0, "test": 0}}


def test_a_seed_whose_split_overlaps_the_training_split_is_refused(trained, tmp_path, capsys):
    capsys.readouterr()
    assert _extract(trained, tmp_path / "out", "--seed", "1") == 2
    err = capsys.readouterr().err
    assert err == ("eric-lp: error: --seed 1 puts 5 of 300 validation images in m.keras's training split (trained with "
                   f"--dataset {SPEC} --seed 3 --limit 300): drop --seed, or pass --allow-overlap to measure "
                   "anyway\n")
    assert not (tmp_path / "out").exists()
    assert _extract(trained, tmp_path / "out", "--seed", "1", "--allow-overlap") == 0
    split = json.loads((tmp_path / "out" / "metrics.json").read_text())["split"]
    assert split == {"seed": 1, "seed_from": "option", "overlap": {"val": 5, "test": 0}}


def test_the_verbs_that_measure_on_a_split_refuse_an_overlapping_one(trained, tmp_path, capsys):
    out = tmp_path / "out"
    assert _extract(trained, out) == 0
    common = ["--model", str(trained), "--program", str(out), "--dataset", SPEC, "--limit", LIMIT, "--split", "val"]
    for verb in (["infer", *common], ["facts", *common, "-o", str(tmp_path / "f.lp")],
                 ["explain", *common]):
        capsys.readouterr()
        assert main([*verb, "--seed", "1"]) == 2, verb[0]
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "5 of 300 validation images in m.keras's training split" in err
        assert main(verb) == 0, verb[0]  # the recorded split
    capsys.readouterr()
    assert main(["infer", *common, "--seed", "1", "--allow-overlap"]) == 0
    assert main(["infer", *common[:-2], "--split", "train", "--seed", "1"]) == 0  # no claim of unseen images
    assert main(["report", str(out), "--model", str(trained), "--dataset", SPEC, "--limit", LIMIT, "--seed", "1"]) == 0
    # report explains test images: 0 of them are training images at seed 1, so it runs


def test_finetune_keeps_its_epoch_on_the_recorded_split_and_records_it_for_m2(trained, tmp_path, capsys):
    m2 = tmp_path / "m2.keras"
    argv = ["finetune", "--model", str(trained), "--dataset", SPEC, "--limit", LIMIT, "--lep", "c5",
            "--epochs", "1", "-o", str(m2), "--json"]
    assert main([*argv, "--seed", "0"]) == 2
    assert "5 of 300 validation images in m.keras's training split" in capsys.readouterr().err
    assert not m2.exists()
    assert main(argv) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["schedule"]["seed"] == 3
    parent = json.loads(trained.with_suffix(".data.json").read_text())
    record = json.loads((tmp_path / "m2.data.json").read_text())
    assert record["trained_on"] == parent["trained_on"] and record["model_sha256"] != parent["model_sha256"]
    history = json.loads((tmp_path / "m2.history.json").read_text())
    assert history["split"]["seed_from"] == "record"


def test_the_api_follows_the_same_rules(trained, tmp_path):
    with pytest.raises(DataError, match="--seed 1 puts 5 of 300 validation images"):
        api.extract(trained, dataset=SPEC, limit=300, lep="c5", depth=1, seed=1, cache_dir=tmp_path, progress=False)
    result = api.extract(trained, dataset=SPEC, limit=300, lep="c5", depth=1, cache_dir=tmp_path, progress=False)
    assert result.metrics["seed"] == 3 and result.settings.seed == 3


def test_a_model_without_a_record_works_as_before(tiny, tmp_path, capsys):
    path, _ = tiny
    assert not path.with_suffix(".data.json").exists()
    out = tmp_path / "out"
    assert main(["extract", "--model", str(path), "--dataset", SPEC, "--limit", "90", "--lep", "squeeze2",
                 "--seed", "1", "--cache-dir", str(tmp_path / "c"), "-o", str(out), "--json"]) == 0
    assert json.loads((out / "metrics.json").read_text())["split"] == {"seed": 1, "seed_from": "option",
                                                                         "overlap": None}
    assert "note" not in capsys.readouterr().err
