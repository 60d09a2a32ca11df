"""`eric-lp concepts`: the labelled program of a real extraction run on the descriptions its test images'
masks give, with accuracy against the folders, fidelity against the model and the diff against a truth."""

import json
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

from conftest import TINY_SPEC
from eric_lp.cli.main import main
from eric_lp.core.facts import Facts
from eric_lp.core.program import OUTPUT, Label, Literal, Program, Rule
from eric_lp.core.scoring import agreement
from eric_lp.engines import run
from eric_lp.lang.labels import merge_labels
from eric_lp.nn.data import export_images, load_dataset
from eric_lp.pipeline.concepts import concept_labels, concept_run
from eric_lp.pipeline.folder import load_extraction, save_program

# the concept each class's masks show (t-shirt, trouser, sneaker); every third image also shows a bag
CONCEPT_OF = {"t_shirt_top": 1, "trouser": 2, "sneaker": 3}
CONCEPTS_TXT = "Sleeve\nLeg\nSole\nBag\n"
TRUTH = """class(I, t_shirt_top) :- present(I, sleeve), image(I).
class(I, trouser) :- present(I, leg), image(I).
class(I, sneaker) :- present(I, sole), image(I).
"""


@pytest.fixture(scope="module")
def scene(tiny, tmp_path_factory):
    """(model, extraction folder, images, masks, truth file): the tiny net extracted from an exported image
    folder, masks for all test images but every fifth, two entry kernels named by concepts."""
    path, _ = tiny
    root = tmp_path_factory.mktemp("concepts")
    images, masks, out = root / "images", root / "masks", root / "out"
    export_images(load_dataset(TINY_SPEC, limit=40), images)
    masks.mkdir()
    (masks / "concepts.txt").write_text(CONCEPTS_TXT)
    for n, file in enumerate(sorted((images / "test").rglob("*.png"))):
        if n % 5 == 4:
            continue  # no mask: skipped
        mask = np.zeros((28, 28), dtype=np.uint8)
        mask[4:12, 4:12] = CONCEPT_OF[file.parent.name]
        if n % 3 == 0:
            mask[20:24, 20:24] = 4
        mask[0, 0] = 255  # ignored
        target = masks / file.relative_to(images).with_suffix(".png")
        target.parent.mkdir(parents=True, exist_ok=True)
        Image.fromarray(mask, "L").save(target)
    assert main(["extract", "--model", str(path), "--images", str(images), "--lep", "squeeze2", "--depth", "2",
                 "--cache-dir", str(root / "cache"), "-o", str(out), "--json"]) == 0
    program, _ = load_extraction(out)
    read = program.kernels_read(program.lep)
    labels = [Label(program.lep, read[0], "Sleeve"), Label(program.lep, read[1], "leg", provisional=True)]
    if len(read) > 2:
        labels.append(Label(program.lep, read[2], "Sole"))
    save_program(merge_labels(program, labels), out)
    (root / "truth.lp").write_text(TRUTH)
    return path, out, images, masks, root / "truth.lp"


def test_the_run_reads_the_masks_and_scores_the_concept_level_classes(scene):
    model, out, images, masks, truth = scene
    result = concept_run(out, masks, images, model, truth, progress=False)
    program, _ = load_extraction(out)
    read = program.kernels_read(program.lep)
    tests = sorted((images / "test").rglob("*.png"))
    assert result.skipped == sum(1 for n in range(len(tests)) if n % 5 == 4) > 0
    assert len(result.images) == len(tests) - result.skipped
    # the provisional label names no concept, even though its name is one
    named = result.concept_labels.concept_of()
    assert named[read[0]] == ("sleeve",) and read[1] not in named
    assert result.labelled == len(named) == (2 if len(read) > 2 else 1)
    for source, present in zip(result.images, result.present):
        cls = source.split("/")[-2]
        assert {"t_shirt_top": "sleeve", "trouser": "leg", "sneaker": "sole"}[cls] in present
        assert "background" not in present and len(present) in (1, 2)
    # the same classes by the numpy engine on kernels set by hand from the descriptions
    truth_rows = np.array([[any(c in p for c in named.get(k, ())) for k in read] for p in result.present], dtype=bool)
    expected = run(program, Facts(program.lep, read, truth_rows, np.arange(len(read) and len(truth_rows))), "numpy")
    assert np.array_equal(result.concept.predicted(), expected.predicted())
    assert result.accuracy == round(agreement(expected.predicted(), result.labels), 2)
    assert result.fidelity == round(agreement(expected.predicted(), result.model), 2)
    assert result.truth_agrees == 100.0  # every mask shows its class's concept
    assert result.truth is not None and result.truth.concepts == ("bag", "leg", "sleeve", "sole")


def test_the_command_prints_json_writes_the_concept_program_and_refuses_bad_masks(scene, tmp_path, capsys):
    model, out, images, masks, truth = scene
    written = tmp_path / "concept.lp"
    argv = ["concepts", "--program", str(out), "--masks", str(masks), "--images", str(images), "--model",
            str(model), "--truth", str(truth), "-o", str(written)]
    capsys.readouterr()
    assert main(argv + ["--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["masked"] + data["skipped"] == len(list((images / "test").rglob("*.png")))
    # an extracted program gives every input one class; the truth gives an empty scene none: they part there
    assert data["truth"]["equivalent"] is False
    ce = data["truth"]["counterexample"]
    assert ce["present"] == [] and ce["truth"]["answer"] is None and ce["program"]["answer"] is not None
    # the written program runs in plain clingo on the scenes, as the run classified them
    facts = "".join(f"image({i}).\n" + "".join(f"present({i}, {c}).\n" for c in row["present"])
                    for i, row in enumerate(data["images"]))
    done = subprocess.run([sys.executable, "-m", "clingo", "--outf=0", "-V0", "-"], input=written.read_text() + facts,
                          text=True, capture_output=True, check=False)
    classes: dict = {}
    for atom in done.stdout.split():
        if atom.startswith("class("):
            i, c = atom[6:-1].split(",")
            classes.setdefault(int(i), []).append(c)
    assert [sorted(classes.get(i, [])) for i in range(len(data["images"]))] == \
        [sorted(row["classes"]) for row in data["images"]]
    assert main(argv[:-2]) == 0
    text = capsys.readouterr().out
    assert "concept-level accuracy" in text and "differ: with no concept present" in text
    (tmp_path / "bad").mkdir()
    assert main(["concepts", "--program", str(out), "--masks", str(tmp_path / "bad"), "--images", str(images)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "concepts.txt" in err
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "concepts.txt").write_text("x\n")
    assert main(["concepts", "--program", str(out), "--masks", str(tmp_path / "empty"), "--images", str(images)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "has a mask" in err


def test_the_concept_program_never_replaces_an_input(scene, tmp_path, capsys):
    # -o naming the truth, a file of the mask folder, or label's record in the program folder is refused
    # before the work, and each stays as it was; a new file in the program folder is fine
    model, out, images, masks, truth = scene
    (out / "concepts.json").write_text("{}")
    other = tmp_path / "masks"  # a mask folder outside the image folder
    import shutil
    shutil.copytree(masks, other)
    mask = next(iter(sorted((other / "test").rglob("*.png"))))
    argv = ["concepts", "--program", str(out), "--masks", str(other), "--images", str(images), "--truth", str(truth)]
    for target in (truth, other / "concepts.txt", mask, out / "concepts.json"):
        before = target.read_bytes()
        capsys.readouterr()
        assert main([*argv, "-o", str(target)]) == 2, target
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and ("is also an input" in err or "which this command reads" in err), err
        assert target.read_bytes() == before
    assert main([*argv, "-o", str(out / "concept.lp")]) == 0
    assert "label(" in (out / "concept.lp").read_text()
    (out / "concept.lp").unlink()  # the folder is the module's: leave it as it was
    (out / "concepts.json").unlink()


def test_show_takes_a_count_of_scenes(scene, capsys):
    # --show -3 listed all scenes but the last three, then said "... N+3 more"
    model, out, images, masks, truth = scene
    argv = ["concepts", "--program", str(out), "--masks", str(masks), "--images", str(images)]
    with pytest.raises(SystemExit) as stop:
        main([*argv, "--show", "-3"])
    assert stop.value.code == 2 and "--show" in capsys.readouterr().err
    assert main([*argv, "--show", "0"]) == 0
    printed = capsys.readouterr().out
    assert ".png:" not in printed and "more (use --show N" in printed


def test_labels_name_concepts_by_the_folder_name_rules_and_joined_labels_name_each():
    rules = tuple(Rule(f"r{k}", OUTPUT, ("a",), (Literal("pool", k),)) for k in range(1, 8))
    labels = (Label("pool", 1, "Shoulder Bag"), Label("pool", 2, "bag_sandal"), Label("pool", 3, "shoulder_bag_coat"),
              Label("pool", 4, "crowd"), Label("pool", 5, "bag", provisional=True), Label("pool", 6, "bag_crowd"),
              Label("pool", 7, "Sandal"))
    program = Program(("pool",), ("a", "b"), rules, labels)
    named = concept_labels(program, ("bag", "sandal", "shoulder_bag", "shoulder", "coat")).concept_of()
    # a whole concept before its parts; a name with a part that is no concept names none
    assert named == {1: ("shoulder_bag",), 2: ("bag", "sandal"), 3: ("coat", "shoulder_bag"), 7: ("sandal",)}
