"""Kernel labels from segmentation masks (issue 25, item 2), where the right label is known by construction.

A hand-built Keras model: a 1x1 convolution ``lep`` copies the three input channels to three kernels.
Channel 0 is bright exactly on a square of concept Bag, channel 1 on a square of concept Sandal, and
channel 2 is noise over the whole image; the head calls an image bag, sandal, or (without a square)
bright or dark by the noise.  The extracted program reads all three kernels; kernel 0 must be labelled
bag and kernel 1 sandal by both methods, and the noise kernel must keep its provisional name.
"""

import json

import numpy as np
import pytest
from PIL import Image

from eric_lp import api
from eric_lp.cli.main import main
from eric_lp.errors import DataError
from eric_lp.lang.labels import parse_assignment
from eric_lp.lang.parse import read_program
from eric_lp.nn.dissect import iou_scores, kernel_thresholds, mass_scores, pick_concepts, score_kernels, upsample

SIZE = 16
CLASSES = ("bag", "sandal", "bright", "dark")


def _scenes(root, per_class=12, seed=0):
    """images/{train,val,test}/<class>/NNN.png and masks/ mirroring them (every third training image of a
    class has no mask: it is skipped), masks/concepts.txt naming Bag and Sandal."""
    rng = np.random.default_rng(seed)
    images, masks = root / "images", root / "masks"
    for split, n in (("train", per_class), ("val", 4), ("test", 4)):
        for cls in CLASSES:
            for i in range(n):
                img = np.zeros((SIZE, SIZE, 3), np.float32)
                mask = np.zeros((SIZE, SIZE), np.uint8)
                level = {"bright": 1.0, "dark": 0.2}.get(cls, float(rng.choice([0.2, 1.0])))
                img[..., 2] = rng.random((SIZE, SIZE)) * level
                if cls in ("bag", "sandal"):
                    side = int(rng.integers(4, 7))
                    r, c = rng.integers(0, SIZE - side, 2)
                    channel = 0 if cls == "bag" else 1
                    img[r:r + side, c:c + side, channel] = 1.0
                    mask[r:r + side, c:c + side] = channel + 1
                folder = images / split / cls
                folder.mkdir(parents=True, exist_ok=True)
                Image.fromarray((img * 255).round().astype(np.uint8)).save(folder / f"{i:03d}.png")
                if split != "train" or i % 3:
                    (masks / split / cls).mkdir(parents=True, exist_ok=True)
                    Image.fromarray(mask, "L").save(masks / split / cls / f"{i:03d}.png")
    (masks / "concepts.txt").write_text("Bag\nSandal\n")
    return images, masks


def _model(path):
    from eric_lp.nn.keras import import_keras
    from eric_lp.nn.models import save_model
    keras = import_keras()
    inputs = keras.Input((SIZE, SIZE, 3), name="pixels")
    lep = keras.layers.Conv2D(3, 1, use_bias=False, name="lep")(inputs)
    pooled = keras.layers.GlobalAveragePooling2D(name="gap")(lep)
    outputs = keras.layers.Dense(4, activation="softmax", name="head")(pooled)
    model = keras.Model(inputs, outputs)
    model.get_layer("lep").set_weights([np.eye(3, dtype=np.float32).reshape(1, 1, 3, 3)])
    weights, bias = np.zeros((3, 4), np.float32), np.zeros(4, np.float32)
    # classes sorted by folder: bag, bright, dark, sandal
    weights[0, 0], weights[1, 3], weights[2, 1], bias[2] = 100.0, 100.0, 10.0, 2.5
    model.get_layer("head").set_weights([weights, bias])
    save_model(model, path)
    return path


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    root = tmp_path_factory.mktemp("scenes")
    images, masks = _scenes(root)
    model = _model(root / "m.keras")
    return root, images, masks, model


def _extracted(scene, tmp_path, name="out"):
    root, images, masks, model = scene
    out = tmp_path / name
    assert main(["extract", "--model", str(model), "--images", str(images), "--lep", "lep", "--preprocess", "unit",
                 "--cache-dir", str(tmp_path / "cache"), "-o", str(out), "--json"]) == 0
    used = {lit.kernel for rule in read_program(out / "program.lp").rules for lit in rule.body}
    assert used == {0, 1, 2}  # the construction needs every kernel in the program
    assert main(["visualise", "--model", str(model), "--program", str(out), "--images", str(images), "--top", "3",
                 "--cache-dir", str(tmp_path / "cache")]) == 0
    return out


def _labels(out):
    return {lb.kernel: (lb.name, lb.provisional) for lb in read_program(out / "program.lp").labels}


@pytest.mark.parametrize("method", ["iou", "mass"])
def test_kernels_firing_on_a_concept_get_its_name(scene, tmp_path, capsys, method):
    root, images, masks, model = scene
    out = _extracted(scene, tmp_path)
    plain = (out / "kernels" / "lep_0.png").read_bytes()
    provisional = _labels(out)[2]
    assert provisional[1]
    capsys.readouterr()
    assert main(["label", str(out), "--masks", str(masks), "--model", str(model), "--images", str(images),
                 "--method", method, "--top", "4"]) == 0
    printed = capsys.readouterr().out
    labels = _labels(out)
    assert labels[0] == ("bag", False) and labels[1] == ("sandal", False)
    assert labels[2] == provisional  # the noise kernel matches no concept: its provisional name stays
    assert "label(lep, 0, \"bag\")." in (out / "program.lp").read_text()
    assert "provisional(lep, 0)" not in (out / "program.lp").read_text()
    assert "label(lep, 0, \"bag\")." in (out / "program.pl").read_text()
    data = json.loads((out / "concepts.json").read_text())
    assert data["images"] == sum(1 for i in range(12) if i % 3) * len(CLASSES)  # images without a mask skipped
    assert data["method"] == method and data["labelled"] == 2
    by_kernel = {k["kernel"]: k for k in data["kernels"]}
    assert by_kernel[0]["concepts"] == ["bag"] and by_kernel[0]["scores"][0] == {"concept": "bag", "score": 1.0}
    assert by_kernel[2]["source"] == "none" and by_kernel[2]["label"] == provisional[0]
    cut = 0.04 if method == "iou" else 0.2
    assert by_kernel[2]["scores"][0]["score"] < cut
    assert "lep:0=bag" in printed and "no concept matches" in printed
    assert "try --quantile" not in printed  # two of three labelled: no advice
    # the grid of a labelled kernel now draws the outlines: another PNG than the plain one
    grid = out / "kernels" / "lep_0.png"
    assert grid.read_bytes() != plain
    with Image.open(grid) as sheet:
        pixels = np.asarray(sheet.convert("RGB"))
    from eric_lp.pipeline.visualise import CONCEPT_COLOUR, REGION_COLOUR
    assert (pixels == CONCEPT_COLOUR).all(axis=-1).any() and (pixels == REGION_COLOUR).all(axis=-1).any()
    # the report shows it
    import base64
    report = api.report(out)
    assert base64.b64encode(grid.read_bytes()).decode("ascii") in report.read_text()


def test_visualise_with_masks_keeps_the_outlines(scene, tmp_path, capsys):
    root, images, masks, model = scene
    out = _extracted(scene, tmp_path)
    noise = (out / "kernels" / "lep_2.png").read_bytes()
    api.label_from_masks(out, masks, model, images)
    args = ["visualise", "--model", str(model), "--program", str(out), "--images", str(images), "--top", "3",
            "--cache-dir", str(tmp_path / "cache")]
    assert main(args) == 0
    plain = (out / "kernels" / "lep_1.png").read_bytes()  # without --masks: a plain grid again
    assert main([*args, "--masks", str(masks)]) == 0
    outlined = (out / "kernels" / "lep_1.png").read_bytes()
    assert outlined != plain
    assert (out / "kernels" / "lep_2.png").read_bytes() == noise  # unlabelled: unchanged
    from eric_lp.pipeline.visualise import CONCEPT_COLOUR, REGION_COLOUR
    with Image.open(out / "kernels" / "lep_1.png") as sheet:
        pixels = np.asarray(sheet.convert("RGB"))
    assert (pixels == CONCEPT_COLOUR).all(axis=-1).any() and (pixels == REGION_COLOUR).all(axis=-1).any()
    assert _labels(out)[1] == ("sandal", False)  # visualise's provisional names never replace it
    capsys.readouterr()
    other = _extracted(scene, tmp_path, "other")
    capsys.readouterr()
    assert main(["visualise", "--model", str(model), "--program", str(other), "--images", str(images),
                 "--masks", str(masks)]) == 2
    assert "concepts.json: missing" in capsys.readouterr().err


def test_a_persons_label_wins(scene, tmp_path, capsys):
    root, images, masks, model = scene
    out = _extracted(scene, tmp_path)
    assert main(["label", str(out), "--masks", str(masks), "--model", str(model), "--images", str(images),
                 "--set", "lep:0=handbag"]) == 0
    assert _labels(out)[0] == ("handbag", False) and _labels(out)[1] == ("sandal", False)
    # a later automatic run keeps the person's name, and replaces its own earlier ones
    result = api.label_from_masks(out, masks, model, images, method="mass")
    assert _labels(out)[0] == ("handbag", False)
    assert {k["kernel"]: k["source"] for k in result.kernels} == {0: "person", 1: "masks", 2: "none"}
    # a name a person set by hand (not through --masks) also wins
    assert main(["label", str(out), "--set", "lep:1=slipper"]) == 0
    api.label_from_masks(out, masks, model, images)
    assert _labels(out)[1] == ("slipper", False)


def test_a_persons_label_equal_to_the_automatic_one_stays(scene, tmp_path):
    # --set lep:0=bag gives the name the masks would: concepts.json then records "bag" as both, and a
    # later run that matches nothing must not take it for its own and drop it; the kernel whose automatic
    # name it drops gets back its provisional one
    root, images, masks, model = scene
    out = _extracted(scene, tmp_path)
    provisional = _labels(out)[1]
    assert provisional[1]
    api.label_from_masks(out, masks, model, images, labels=[parse_assignment("lep:0=bag")])
    api.label_from_masks(out, masks, model, images)  # sandal again: the provisional name stays on record
    assert _labels(out)[0] == ("bag", False)
    blank = tmp_path / "blank"  # masks that show no concept: nothing matches
    (blank / "train" / "bag").mkdir(parents=True)
    (blank / "concepts.txt").write_text("Bag\nSandal\n")
    Image.fromarray(np.zeros((SIZE, SIZE), np.uint8), "L").save(blank / "train" / "bag" / "001.png")
    api.label_from_masks(out, blank, model, images)
    assert _labels(out)[0] == ("bag", False)
    # the automatic sandal is dropped (nothing matched), and the kernel keeps the provisional name it had
    assert _labels(out)[1] == provisional


def test_bad_mask_folders_fail_in_one_line(scene, tmp_path, capsys):
    root, images, masks, model = scene
    out = _extracted(scene, tmp_path)
    before = (out / "program.lp").read_bytes()
    capsys.readouterr()
    empty = tmp_path / "nomasks"
    empty.mkdir()
    assert main(["label", str(out), "--masks", str(empty), "--model", str(model), "--images", str(images)]) == 2
    err = capsys.readouterr().err
    assert "concepts.txt: no such file" in err and err.count("\n") == 1
    (empty / "concepts.txt").write_text("bag\n")
    assert main(["label", str(out), "--masks", str(empty), "--model", str(model), "--images", str(images)]) == 2
    assert "no training image has a mask" in capsys.readouterr().err
    # an index beyond concepts.txt names the file and the value
    short = tmp_path / "short"
    short.mkdir()
    (short / "concepts.txt").write_text("bag\n")
    (short / "train" / "sandal").mkdir(parents=True)
    Image.fromarray(np.full((SIZE, SIZE), 2, np.uint8), "L").save(short / "train" / "sandal" / "001.png")
    assert main(["label", str(out), "--masks", str(short), "--model", str(model), "--images", str(images)]) == 2
    err = capsys.readouterr().err
    assert "001.png: pixel value 2" in err and err.count("\n") == 1
    assert main(["label", str(out), "--masks", str(masks), "--images", str(images)]) == 2
    assert "--masks needs --model" in capsys.readouterr().err
    assert main(["label", str(out), "--model", str(model)]) == 2
    assert "give --masks" in capsys.readouterr().err
    assert (out / "program.lp").read_bytes() == before


# -- the scoring on its own ------------------------------------------------------------------------------
def test_upsample_is_pil_bilinear():
    rng = np.random.default_rng(0)
    maps = rng.random((1, 4, 5, 2)).astype(np.float32)
    want = np.asarray(Image.fromarray(maps[0, :, :, 1]).resize((20, 16), Image.BILINEAR))
    assert np.abs(upsample(maps, (16, 20))[0, :, :, 1] - want).max() < 1e-5


def test_iou_and_mass_by_hand():
    masks = np.zeros((2, 4, 4), np.int32)
    masks[:, :2, :2] = 1
    masks[:, 2:, :] = 2
    masks[1, 0, 0] = -1  # ignored: in neither region nor mask
    maps = np.zeros((2, 4, 4, 2), np.float32)
    maps[..., 0] = masks == 1          # exactly concept 1
    maps[:, :2, :, 1] = 1.0            # the top half: half of concept 1's row band, none of concept 2
    thresholds = kernel_thresholds(maps, 0.1)
    iou = iou_scores(maps, masks, 2, thresholds)
    assert iou[0].tolist() == [1.0, 0.0]
    # kernel 1: region = top half less the ignored pixel (15 pixels), concept 1 = 7 pixels inside it
    assert iou[1, 0] == pytest.approx(7 / 15) and iou[1, 1] == 0.0
    mass = mass_scores(maps, masks, 2)
    assert mass[0].tolist() == [1.0, 0.0] and mass[1, 0] == pytest.approx(7 / 15)
    assert pick_concepts(np.array([0.5, 0.47, 0.1]), ("a", "b", "c"), "mass") == ("a", "b")
    assert pick_concepts(np.array([0.5, 0.44, 0.1]), ("a", "b", "c"), "mass") == ("a",)
    assert pick_concepts(np.array([0.1, 0.15]), ("a", "b"), "mass") == ()
    assert pick_concepts(np.array([0.03, 0.039]), ("a", "b"), "iou") == ()
    assert pick_concepts(np.array([0.03, 0.04]), ("a", "b"), "iou") == ("b",)
    with pytest.raises(DataError, match="--quantile"):
        score_kernels(maps, masks, ("a", "b"), quantile=1.5)


def test_fast_paths_match_the_definitions():
    """The quantile by partial sort over upsampled maps, and mass without upsampling (soft masks), against
    the plain formulas on upsampled maps."""
    rng = np.random.default_rng(1)
    maps = rng.random((6, 3, 4, 5)).astype(np.float32) ** 3  # non-negative, as after ReLU or pooling
    masks = rng.integers(-1, 4, size=(6, 12, 16)).astype(np.int32)
    up = upsample(maps, (12, 16)).reshape(-1, 5)
    want = np.quantile(up, 0.99, axis=0)
    assert np.allclose(kernel_thresholds(maps, 0.01, (12, 16)), want, rtol=1e-6)
    labels, valid = masks.reshape(-1), masks.reshape(-1) >= 0
    share = np.stack([(up * (labels == c + 1)[:, None]).sum(0) for c in range(3)], 1) / \
        (up * valid[:, None]).sum(0)[:, None]
    assert np.allclose(mass_scores(maps, masks, 3), share, atol=1e-5)
    cut = want.astype(np.float32)
    region = (up >= cut) & valid[:, None]
    inter = np.stack([(region & (labels == c + 1)[:, None]).sum(0) for c in range(3)], 1)
    union = region.sum(0)[:, None] + np.array([(labels == c + 1).sum() for c in range(3)])[None, :] - inter
    assert np.allclose(iou_scores(maps, masks, 3, want), inter / union)


def test_few_labels_by_iou_suggest_a_larger_region():
    """When IoU labels fewer than half the kernels it scored, `label` says which --quantile to try next."""
    from pathlib import Path
    from eric_lp.pipeline.label import ConceptLabels, quantile_advice

    def labels(sources, method="iou"):
        return ConceptLabels(None, tuple({"source": s} for s in sources), 10, method, Path("concepts.json"))

    advice = quantile_advice(labels(["masks", "none", "none", "person"]), 0.005)
    assert advice == ("1 of 3 kernels got a concept; a region of the top 0.005 of pixels may be smaller than "
                      "your concepts: try --quantile 0.05")
    assert quantile_advice(labels(["masks", "none", "none"]), 0.05).endswith("try --quantile 0.1")
    assert quantile_advice(labels(["masks", "masks", "none"]), 0.005) is None  # two of three: fine
    assert quantile_advice(labels(["none", "none"], "mass"), 0.005) is None
    assert quantile_advice(labels(["none", "none"]), 0.1) is None
    assert quantile_advice(labels(["person"]), 0.005) is None
