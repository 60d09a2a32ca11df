"""Bad inputs refused in one line: broken Fashion-MNIST files, class names, odd folders, --grid, --seed."""

import gzip
import shutil

import numpy as np
import pytest
from PIL import Image

from conftest import TINY_SPEC
from eric_lp.cli.main import main
from eric_lp.errors import DataError
from eric_lp.nn.data import DEFAULT_FASHION_ROOT, class_atom, load_dataset


def _copy_fashion(tmp_path):
    for f in DEFAULT_FASHION_ROOT.glob("*.gz"):
        shutil.copy(f, tmp_path / f.name)
    return tmp_path


@pytest.mark.parametrize("damage", ["truncated", "magic", "not gzip", "short payload"])
def test_malformed_fashion_mnist_files_are_one_line(tmp_path, capsys, damage):
    root = _copy_fashion(tmp_path)
    target = root / "t10k-images-idx3-ubyte.gz"
    data = target.read_bytes()
    if damage == "truncated":
        target.write_bytes(data[: len(data) // 2])
    elif damage == "not gzip":
        target.write_bytes(b"hello")
    else:
        raw = gzip.decompress(data)
        raw = b"\x00\x00\x09\x03" + raw[4:] if damage == "magic" else raw[:-100]
        target.write_bytes(gzip.compress(raw))
    assert main(["images", "--dataset", "fashion-mnist:0,1", "--data-root", str(root), "--limit", "5",
                 "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "t10k-images-idx3-ubyte.gz" in err and "Traceback" not in err


def _png(path, value=10):
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(np.full((8, 8), value, dtype=np.uint8), "L").save(path)


def _classes(root, names, n=6):
    for name in names:
        for i in range(n):
            _png(root / name / f"{i}.png", 10 + 20 * i)


def test_class_names():
    assert class_atom("ǅemal") == "dzemal" and class_atom("Café au lait") == "cafe_au_lait"
    for name in ("Not", "not", "NOT!"):
        with pytest.raises(DataError, match="reserved word"):
            class_atom(name)
    with pytest.raises(DataError, match="'日本' has no ASCII transliteration"):
        class_atom("日本")


def test_reserved_and_untransliterable_folders_are_refused(tmp_path):
    _classes(tmp_path / "a", ["Not", "cat"])
    with pytest.raises(DataError, match="'Not' would become 'not', a reserved word"):
        load_dataset(images=tmp_path / "a")
    _classes(tmp_path / "b", ["日本", "cat"])
    with pytest.raises(DataError, match="no ASCII transliteration"):
        load_dataset(images=tmp_path / "b")


def test_transliterated_folders_say_so(tmp_path, capsys):
    _classes(tmp_path, ["ǅemal", "Ölberg"])
    data = load_dataset(images=tmp_path)
    assert sorted(data.class_names) == ["dzemal", "olberg"]
    err = capsys.readouterr().err
    assert "'ǅemal' is the constant dzemal (transliterated to ASCII)" in err and "olberg" in err


def test_an_empty_class_folder_is_refused(tmp_path):
    _classes(tmp_path, ["cat", "dog"])
    (tmp_path / "eel").mkdir()
    with pytest.raises(DataError, match="eel: empty class folder"):
        load_dataset(images=tmp_path)


def test_a_test_class_missing_from_train_is_refused(tmp_path):
    for split in ("train", "val", "test"):
        _classes(tmp_path / split, ["cat", "dog"], 3)
    _classes(tmp_path / "test", ["eel"], 3)
    with pytest.raises(DataError, match="class folder 'eel' is not in .*train; every class needs training"):
        load_dataset(images=tmp_path)


def test_a_grid_larger_than_the_map_is_refused(tiny, tmp_path, capsys):
    code = main(["extract", "--model", str(tiny[0]), "--dataset", TINY_SPEC, "--limit", "30", "--lep", "squeeze2",
                 "--literals", "cell", "--grid", "1000", "-o", str(tmp_path / "o"),
                 "--cache-dir", str(tmp_path / "c")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "--grid 1000: layer squeeze2's map is 7x7" in err


@pytest.mark.parametrize("verb", [["extract", "--model", "m.keras", "--lep", "x", "-o", "o"],
                                  ["infer", "--model", "m.keras", "--program", "p"],
                                  ["facts", "--model", "m.keras", "--program", "p", "-o", "f.lp"],
                                  ["explain", "--model", "m.keras", "--program", "p"],
                                  ["visualise", "--model", "m.keras", "--program", "p"],
                                  ["report", "p"], ["images", "-o", "o"]])
def test_a_negative_seed_is_refused(verb, capsys):
    with pytest.raises(SystemExit) as stop:
        main([*verb, "--dataset", TINY_SPEC, "--seed", "-1"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "argument --seed: expected a whole number 0 or above, got -1" in err
