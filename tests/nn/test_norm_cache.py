"""The norm cache is keyed by content: changed images miss, unreadable entries are recomputed."""

import os

import numpy as np
import pytest
from PIL import Image

from eric_lp.nn.data import load_dataset
from eric_lp.nn.models import load_model, model_key
from eric_lp.nn.quantise import NormCache, split_norms


def _folder(root, swap=False):
    rng = np.random.default_rng(1 if swap else 0)
    for c in ("cat", "dog"):
        (root / c).mkdir(parents=True, exist_ok=True)
        for i in range(8):
            pixels = rng.integers(0, 256, (28, 28), dtype=np.uint8)
            Image.fromarray(pixels, "L").save(root / c / f"{i}.png")


def _norms(tiny_path, root, cache):
    model = load_model(tiny_path)
    data = load_dataset(images=root, shape=(28, 28, 1))
    return split_norms(model, model_key(tiny_path), data, "train", ["squeeze2"], "l1", cache, progress=False)


def test_changing_a_folders_images_misses_the_cache(tiny, tmp_path):
    path, _ = tiny
    root = tmp_path / "imgs"
    _folder(root)
    cache = NormCache(tmp_path / "cache")
    (first, _), hit = _norms(path, root, cache)
    assert not hit
    assert _norms(path, root, cache)[1]  # the same files: a hit
    (root / "cat").rename(root / "tmp")  # the two class folders swapped: same paths, other files
    (root / "dog").rename(root / "cat")
    (root / "tmp").rename(root / "dog")
    (swapped, _), hit = _norms(path, root, cache)
    assert not hit and not np.allclose(first[0], swapped[0])
    _folder(root, swap=True)  # new images written under the same paths
    (again, _), hit = _norms(path, root, cache)
    assert not hit and not np.allclose(first[0], again[0])
    fresh = _norms(path, root, NormCache(None))[0][0]
    np.testing.assert_allclose(again[0], fresh[0])


def test_the_default_fashion_mnist_key_is_unchanged():
    data = load_dataset("fashion-mnist:0,2,6")
    assert data.key == "fashion-mnist:0,2,6:seed0"


def test_another_data_root_is_part_of_the_key(tmp_path):
    from eric_lp.nn.data import DEFAULT_FASHION_ROOT
    for f in DEFAULT_FASHION_ROOT.glob("*.gz"):
        (tmp_path / f.name).symlink_to(f)
    data = load_dataset("fashion-mnist:0,2,6", data_root=tmp_path)
    assert data.key.startswith("fashion-mnist:0,2,6:seed0:content")


def test_a_corrupt_entry_is_recomputed_with_a_warning(tiny, tmp_path, capsys):
    path, _ = tiny
    root = tmp_path / "imgs"
    _folder(root)
    cache = NormCache(tmp_path / "cache")
    (good, _), _ = _norms(path, root, cache)
    entries = list((tmp_path / "cache" / "norms").glob("*.npz"))
    assert len(entries) == 1
    for damage in (b"garbage", entries[0].read_bytes()[:100]):
        entries[0].write_bytes(damage)
        capsys.readouterr()
        (again, _), hit = _norms(path, root, cache)
        err = capsys.readouterr().err
        assert not hit and err.count("\n") == 1 and "warning: norm cache entry" in err and "recomputing" in err
        np.testing.assert_allclose(again[0], good[0])
    assert _norms(path, root, cache)[1]  # rewritten whole


def _bmp_folder(root, seed):
    """Uncompressed BMPs: new pixels keep every file's size."""
    rng = np.random.default_rng(seed)
    for c in ("cat", "dog"):
        (root / c).mkdir(parents=True, exist_ok=True)
        for i in range(8):
            Image.fromarray(rng.integers(0, 256, (28, 28), dtype=np.uint8), "L").save(root / c / f"{i}.bmp")


def test_images_edited_with_size_and_mtime_kept_miss_the_cache(tiny, tmp_path):
    path, _ = tiny
    root = tmp_path / "imgs"
    _bmp_folder(root, 0)
    cache = NormCache(tmp_path / "cache")
    (first, _), hit = _norms(path, root, cache)
    assert not hit and _norms(path, root, cache)[1]
    files = sorted(root.rglob("*.bmp"))
    kept = {f: (f.stat().st_size, f.stat().st_atime_ns, f.stat().st_mtime_ns) for f in files}
    _bmp_folder(root, 1)  # other pictures under the same names ...
    for f, (size, atime, mtime) in kept.items():
        os.utime(f, ns=(atime, mtime))  # ... with the same sizes and modification times
        assert f.stat().st_size == size and f.stat().st_mtime_ns == mtime
    (again, _), hit = _norms(path, root, cache)
    assert not hit and not np.allclose(first[0], again[0])
    np.testing.assert_allclose(again[0], _norms(path, root, NormCache(None))[0][0][0])


def _rewrite_entry(entry, **arrays):
    with np.load(entry) as data:
        stored = {k: data[k] for k in data.files}
    stored.update(arrays)
    np.savez(entry, **stored)  # np.savez adds no suffix: the name already ends in .npz


@pytest.mark.parametrize("damage", ["class out of range", "columns", "images", "nan"])
def test_an_entry_that_does_not_fit_the_model_is_recomputed(tiny, tmp_path, capsys, damage):
    path, _ = tiny
    root = tmp_path / "imgs"
    _folder(root)
    cache = NormCache(tmp_path / "cache")
    (good, predicted), _ = _norms(path, root, cache)
    [entry] = (tmp_path / "cache" / "norms").glob("*.npz")
    if damage == "class out of range":
        _rewrite_entry(entry, predicted=np.full_like(predicted, 3))  # the tiny model has classes 0..2
    elif damage == "columns":
        _rewrite_entry(entry, n0=good[0][:, :-1])
    elif damage == "images":
        _rewrite_entry(entry, n0=good[0][:-1], predicted=predicted[:-1])
    else:
        bad = good[0].copy()
        bad[0, 0] = np.nan
        _rewrite_entry(entry, n0=bad)
    capsys.readouterr()
    (again, again_predicted), hit = _norms(path, root, cache)
    err = capsys.readouterr().err
    assert not hit and err.count("\n") == 1 and "recomputing it" in err and str(entry) in err
    np.testing.assert_allclose(again[0], good[0])
    np.testing.assert_array_equal(again_predicted, predicted)
    assert _norms(path, root, cache)[1]  # rewritten whole
