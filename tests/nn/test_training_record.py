"""The data a model was trained on: each image's origin, the record beside the model, the overlap check."""

import json

import numpy as np
import pytest
from PIL import Image

from eric_lp.errors import DataError
from eric_lp.nn.data import load_dataset
from eric_lp.nn.models import model_sha256
from eric_lp.nn.training_record import (DataChoice, check_split, extended, read_record, record_path,
                                        resolve_seed, write_record)


def test_origin_counts_the_images_two_seeds_share():
    """The issue's numbers: at seed 1, 1,639 of the 1,800 validation images of classes 0, 2, 6 are
    seed 0's training images; the test file is another file, so none of its images are."""
    zero = load_dataset("fashion-mnist:0,2,6", seed=0)
    one = load_dataset("fashion-mnist:0,2,6", seed=1)
    trained = set(zero.train.origin)
    assert sum(o in trained for o in one.val.origin) == 1639 and len(one.val) == 1800
    assert not any(o in trained for o in one.test.origin)
    assert not any(o in trained for o in zero.val.origin)
    # the origin is the row in the file, whatever the classes: classes 0 and 2 draw alike in both, and
    # their rows name the same images (positions within the class subset would not)
    pair = load_dataset("fashion-mnist:0,2", seed=0)
    assert set(pair.train.origin) <= trained and set(pair.val.origin) <= set(zero.val.origin)


def _folder(root, n=12):
    rng = np.random.default_rng(0)
    for cls in ("cat", "dog"):
        (root / cls).mkdir(parents=True)
        for i in range(n):
            Image.fromarray(rng.integers(0, 255, (8, 8), dtype=np.uint8), "L").save(root / cls / f"{i}.png")
    return root


def test_image_folder_overlap_is_counted_by_file(tmp_path, monkeypatch):
    folder = _folder(tmp_path / "pets")
    model = tmp_path / "m.keras"
    model.write_bytes(b"any bytes: the record ties itself to them")
    write_record(model, [DataChoice.of(images=folder, seed=0)])
    record = read_record(model)
    assert record.seed == 0 and record.trained_on[0].images == str(folder.resolve())
    monkeypatch.chdir(tmp_path)  # the same folder, named relatively: still the same files
    same = load_dataset(images="pets", seed=0)
    assert check_split(model, record, DataChoice.of(images="pets", seed=0), "record", same).overlap == \
        {"val": 0, "test": 0}
    other = load_dataset(images="pets", seed=1)
    trained = set(load_dataset(images=folder, seed=0).train.origin)
    expected = {s: sum(o in trained for o in other.split(s).origin) for s in ("val", "test")}
    assert sum(expected.values()) > 0
    with pytest.raises(DataError) as err:
        check_split(model, record, DataChoice.of(images="pets", seed=1), "option", other)
    message = str(err.value)
    assert "\n" not in message and message.startswith("--seed 1 puts ")
    assert f"{expected['val']} of {len(other.val)} validation images" in message
    assert "m.keras's training split (trained with --images" in message and "drop --seed" in message
    allowed = check_split(model, record, DataChoice.of(images="pets", seed=1), "option", other, allow_overlap=True)
    assert allowed.overlap == expected


def test_a_record_left_beside_a_replaced_model_is_ignored_with_a_note(tmp_path, capsys):
    model = tmp_path / "m.keras"
    model.write_bytes(b"first")
    write_record(model, [DataChoice.of("fashion-mnist:0,1", seed=4, limit=10)])
    assert record_path(model) == tmp_path / "m.data.json"
    data = json.loads(record_path(model).read_text())
    assert data["model_sha256"] == model_sha256(model) and len(data["model_sha256"]) == 64
    assert resolve_seed(read_record(model), None) == (4, "record")
    model.write_bytes(b"second, retrained by something else")
    assert read_record(model) is None
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "written for another model file" in err
    assert resolve_seed(None, None) == (0, "default") and resolve_seed(None, 7) == (7, "option")


def test_a_broken_record_is_one_line(tmp_path):
    model = tmp_path / "m.h5"
    model.write_bytes(b"x")
    record_path(model).write_text("{not json")
    with pytest.raises(DataError, match="not an eric-lp training record.*delete it") as err:
        read_record(model)
    assert "\n" not in str(err.value)


def test_a_fine_tuned_model_adds_its_draw_once():
    first = DataChoice.of("fashion-mnist:0,1", seed=0)
    other = DataChoice.of("fashion-mnist:0,1", seed=2)
    assert extended(None, first) == (first,)
    from eric_lp.nn.training_record import TrainingRecord
    parent = TrainingRecord("0" * 64, (first,))
    assert extended(parent, first) == (first,)
    assert extended(parent, other) == (first, other)


def test_a_model_trained_on_two_draws_counts_both(tmp_path):
    """M' fine-tuned on another split (allowed) was trained on both: the overlap is counted against their
    union, and the message names the draw that overlaps most and the way back to the recorded split."""
    spec = "fashion-mnist:0,1"
    model = tmp_path / "m2.keras"
    model.write_bytes(b"a fine-tuned model")
    draws = [DataChoice.of(spec, seed=0, limit=400), DataChoice.of(spec, seed=1, limit=400)]
    write_record(model, draws)
    record = read_record(model)
    assert record.seed == 1
    asked = load_dataset(spec, seed=2, limit=400)
    trained = [set(load_dataset(spec, seed=d.seed, limit=400).train.origin) for d in draws]
    union = set().union(*trained)
    expected = {s: sum(o in union for o in asked.split(s).origin) for s in ("val", "test")}
    each = [sum(o in rows for o in asked.val.origin) for rows in trained]
    assert expected["val"] > max(each) > 0  # the union holds more than either draw
    choice = DataChoice.of(spec, seed=2, limit=400)
    assert check_split(model, record, choice, "option", asked, allow_overlap=True).overlap == expected
    with pytest.raises(DataError) as err:
        check_split(model, record, choice, "option", asked)
    most = draws[int(each[1] > each[0])]
    assert f"(trained with --dataset {spec} --seed {most.seed} --limit 400)" in str(err.value)
    # dropping --seed draws the latest draw's split: the fix only when that is the draw named
    fix = "drop --seed" if most.seed == record.seed else f"use --dataset {spec} --seed {most.seed} --limit 400"
    assert f"): {fix}, or pass --allow-overlap" in str(err.value)


def test_a_copy_of_the_training_folder_is_still_the_training_images(tmp_path):
    """Overlap was compared by path only: the same pictures copied to another folder passed unchecked."""
    import shutil
    folder = _folder(tmp_path / "pets")
    model = tmp_path / "m.keras"
    model.write_bytes(b"any bytes")
    write_record(model, [DataChoice.of(images=folder, seed=0)])
    record = read_record(model)
    copy = tmp_path / "pets2"
    shutil.copytree(folder, copy)
    other = load_dataset(images=copy, seed=1)
    with pytest.raises(DataError, match="in m.keras's training split"):
        check_split(model, record, DataChoice.of(images=copy, seed=1), "option", other)
    same_split = load_dataset(images=copy, seed=0)  # the copy drawn as trained: held-out images only
    assert check_split(model, record, DataChoice.of(images=copy, seed=0), "option", same_split).overlap == \
        {"val": 0, "test": 0}
    strangers = _folder(tmp_path / "other", n=12)  # same layout, other pictures
    for png in strangers.rglob("*.png"):
        Image.fromarray(np.full((8, 8), 7, dtype=np.uint8) + int(png.stem), "L").save(png)
    unrelated = load_dataset(images=strangers, seed=1)
    assert check_split(model, record, DataChoice.of(images=strangers, seed=1), "option", unrelated).overlap == \
        {"val": 0, "test": 0}
