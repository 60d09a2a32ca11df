"""The scenes benchmark: deterministic, balanced, one class per scene as the truth program (run by real
clingo) says, masks that name the concepts present, distractors in every class, no item in two splits."""

import hashlib
from itertools import combinations

import clingo
import numpy as np
import pytest

from eric_lp.cli.main import main
from eric_lp.errors import DataError
from eric_lp.nn.data import check_export_folder, load_dataset, load_scenes, parse_dataset_spec
from eric_lp.nn.masks import mask_path, present_concepts, read_concepts, read_mask
from eric_lp.engines.concepts import scene_facts
from eric_lp.nn.scenes import CONCEPTS, DISTRACTORS, RULES, SCENE_CLASSES, SceneSettings, classify, truth_program

SMALL = "scenes:train=40,val=8,test=12"


@pytest.fixture(scope="module")
def small():
    return load_scenes(SMALL, seed=3)


def _classes_by_clingo(facts: str) -> dict:
    """{image: [classes]} as clingo derives them from the truth program and `facts`."""
    ctl = clingo.Control(["--warn=none"])
    ctl.add("base", [], truth_program() + facts)
    ctl.ground([("base", [])])
    found = {}
    with ctl.solve(yield_=True) as handle:
        models = list(handle)
        assert len(models) == 1  # a stratified program: one answer set
        for atom in models[0].symbols(shown=True):
            assert atom.name == "class"
            image, cls = atom.arguments
            found.setdefault(image.number, []).append(cls.name)
    return found


def test_the_truth_program_gives_every_set_of_concepts_exactly_one_class():
    subsets = [s for k in range(len(CONCEPTS) + 1) for s in combinations(CONCEPTS, k)]
    found = _classes_by_clingo(scene_facts(subsets))
    assert len(subsets) == 2 ** len(CONCEPTS)
    for i, subset in enumerate(subsets):
        assert len(found.get(i, [])) == 1, (subset, found.get(i))
        assert (found[i][0],) == classify(subset)


def test_clingo_on_each_scenes_present_facts_derives_its_label(small):
    for name in ("train", "val", "test"):
        part = small.split(name)
        found = _classes_by_clingo(scene_facts(part.concepts))
        assert [found[i] for i in range(len(part))] == [[small.class_names[y]] for y in part.labels]


def test_the_truth_program_uses_conjunction_negation_and_leaves_distractors_out():
    text = truth_program()
    assert "class(I, beach) :- present(I, bag), present(I, sandal), image(I)." in text
    assert "not present(I, sandal)" in text
    assert DISTRACTORS and all(f"present(I, {d})" not in text for d in DISTRACTORS)
    assert set(SCENE_CLASSES) == {r[0] for r in RULES} and len(SCENE_CLASSES) == 4


def test_same_seed_same_bytes_other_seed_other_scenes(small):
    again, other = load_scenes(SMALL, seed=3), load_scenes(SMALL, seed=4)
    for name in ("train", "val", "test"):
        a, b, c = small.split(name), again.split(name), other.split(name)
        assert a.images.tobytes() == b.images.tobytes() and a.masks.tobytes() == b.masks.tobytes()
        assert a.concepts == b.concepts and a.items == b.items
        assert a.images.tobytes() != c.images.tobytes()
    # scene i depends on the seed, split, size and i only: more scenes begin with the same ones
    more = load_scenes("scenes:train=60,val=8,test=12", seed=3)
    assert more.train.images[:40].tobytes() == small.train.images.tobytes()


def test_classes_are_balanced_and_each_scene_has_the_class_of_its_concepts(small):
    for name in ("train", "val", "test"):
        part = small.split(name)
        counts = np.bincount(part.labels, minlength=4)
        assert counts.max() - counts.min() <= 1 and counts.sum() == small.settings.count(name)
        for concepts, label in zip(part.concepts, part.labels):
            assert classify(concepts) == (small.class_names[label],)
            assert small.settings.min_items <= len(concepts) <= small.settings.max_items


def test_masks_name_exactly_the_concepts_present(small):
    for name in ("train", "val", "test"):
        part = small.split(name)
        for mask, concepts in zip(part.masks, part.concepts):
            values = set(np.unique(mask).tolist()) - {0}
            assert {CONCEPTS[v - 1] for v in values} == set(concepts)
            assert 0 in np.unique(mask)  # there is background around the items


def test_distractors_are_in_scenes_of_every_class_about_as_often():
    scenes = load_scenes("scenes:train=400,val=4,test=4", seed=0)
    part = scenes.train
    for distractor in DISTRACTORS:
        shares = [np.mean([distractor in c for c, y in zip(part.concepts, part.labels) if y == k])
                  for k in range(len(SCENE_CLASSES))]
        assert all(0.35 <= s <= 0.65 for s in shares), (distractor, shares)


def test_no_item_is_hidden_under_the_others(small):
    shares = [v for name in ("train", "val", "test") for scene in small.split(name).visible for v in scene]
    assert len(shares) == sum(len(c) for name in ("train", "val", "test") for c in small.split(name).concepts)
    assert min(shares) >= 0.85 and max(shares) == 1.0


def test_no_fashion_mnist_item_is_in_two_splits(small):
    used = {name: {item for items in small.split(name).items for item in items} for name in ("train", "val", "test")}
    assert not used["train"] & used["val"] and not used["train"] & used["test"] and not used["val"] & used["test"]
    assert all(i.startswith("fashion-mnist/t10k:") for i in used["test"])
    # train and val scenes share Fashion-MNIST's training file, split by row whatever the seed
    assert all(int(i.split(":")[1]) % 10 == 0 for i in used["val"])
    assert all(i.startswith("fashion-mnist/train:") and int(i.split(":")[1]) % 10 for i in used["train"])


def test_the_dataset_is_the_scenes_and_an_export_reads_back_the_same(small, tmp_path):
    data = load_dataset(SMALL, seed=3)
    assert data.name == "scenes" and data.class_names == SCENE_CLASSES and data.input_shape == (48, 48, 1)
    assert np.array_equal(data.train.x[..., 0], small.train.images / np.float32(255))
    out = tmp_path / "scenes"
    # --limit samples the scenes: each image's mask must still be its own scene's
    assert main(["images", "--dataset", SMALL, "--seed", "3", "--limit", "10", "-o", str(out)]) == 0
    assert (out / "truth.lp").read_text() == truth_program()
    assert read_concepts(out / "masks") == CONCEPTS
    folder = load_dataset(images=out, shape=(48, 48, 1))  # masks/ and truth.lp are not images
    assert folder.class_names == SCENE_CLASSES and len(folder.train) == 10 and len(folder.test) == 10
    for name in ("train", "val", "test"):
        part, split = small.split(name), folder.split(name)
        index = {img.tobytes(): i for i, img in enumerate(part.images)}
        for path, x, y in zip(split.sources, split.x, split.y):
            i = index[np.round(x[..., 0] * 255).astype(np.uint8).tobytes()]
            mask = read_mask(mask_path(path, out, out / "masks"), concepts=CONCEPTS)
            assert np.array_equal(mask, part.masks[i]) and y == part.labels[i]
            assert present_concepts(mask, CONCEPTS) == set(part.concepts[i])


def test_an_export_is_the_same_bytes_and_replaces_only_an_export(tmp_path):
    def digest(root):
        h = hashlib.sha256()
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            h.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
        return h.hexdigest()
    a, b = tmp_path / "a", tmp_path / "b"
    for out in (a, b):
        assert main(["images", "--dataset", "scenes:train=8,val=4,test=4", "--limit", "6", "-o", str(out)]) == 0
    assert digest(a) == digest(b)
    assert len(list((a / "masks").rglob("*.png"))) == len(list(a.glob("t*/*/*.png")) + list(a.glob("val/*/*.png")))
    check_export_folder(a)  # an earlier scenes export may be replaced
    (a / "masks" / "notes.txt").write_text("mine")
    with pytest.raises(DataError, match="not an earlier 'eric-lp images' export"):
        check_export_folder(a)


@pytest.mark.parametrize("spec, settings", [
    ("scenes", SceneSettings()),
    ("scenes:6000", SceneSettings()),
    ("scenes:3000", SceneSettings(train=3000, val=300, test=600)),
    ("scenes:test=50,size=96", SceneSettings(test=50, size=96)),
])
def test_specs(spec, settings):
    assert parse_dataset_spec(spec) == ("scenes", settings)
    assert parse_dataset_spec(settings.spec()) == ("scenes", settings)
    assert (settings.spec() == "scenes") == (settings == SceneSettings())


@pytest.mark.parametrize("spec, message", [
    ("scenes:x", "cannot read 'x'"),
    ("scenes:train=0", "train must be 1 to"),
    ("scenes:size=16", "size must be 32 to 512"),
    ("scenes:val=1,val=2", "val is given twice"),
    ("scenes:test=ten", "must be a whole number"),
])
def test_bad_scene_specs(spec, message):
    with pytest.raises(DataError, match=message):
        parse_dataset_spec(spec)


def test_scenes_need_fashion_mnist(tmp_path):
    with pytest.raises(DataError, match="scenes are composed of its items.*dataset-fashion-mnist"):
        load_scenes("scenes", data_root=tmp_path)
