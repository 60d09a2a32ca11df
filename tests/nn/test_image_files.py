"""Image files as read: every bit depth scaled by its mode's range, odd files in a folder refused in one line.

The same picture saved as 8-bit PNG, 16-bit PNG/TIFF/PGM, 32-bit integer TIFF and float TIFF reads
the same pixels (within 1/255) and gives the model the same activations; a dangling link, a FIFO
or a decompression bomb in an image folder is one line, exit 2, and nothing written.
"""

import os
import signal
import struct
import zlib
from contextlib import contextmanager

import numpy as np
import pytest
from PIL import Image

from eric_lp.cli.main import main
from eric_lp.errors import DataError
from eric_lp.nn.data import load_dataset
from eric_lp.nn.images import read_image
from eric_lp.nn.models import load_model, model_key
from eric_lp.nn.quantise import NormCache, split_norms


def _picture(seed=0, shape=(20, 30)):
    return np.random.default_rng(seed).integers(0, 256, shape, dtype=np.uint8)


def _png_rgb16(path, rgb8):
    """A 16-bit-per-channel RGB PNG (PIL cannot write one): each 8-bit value v stored as 257 v."""
    h, w, _ = rgb8.shape
    rows = b"".join(b"\0" + (rgb8[r].astype(">u2") * 257).tobytes() for r in range(h))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 16, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def _save(pixels8, path, form):
    """`pixels8` (uint8 grey) saved as `form`: the same picture at another bit depth."""
    wide = pixels8.astype(np.uint16) * 257
    if form == "png8":
        Image.fromarray(pixels8, "L").save(path)
    elif form in ("png16", "tiff16", "pgm16"):
        Image.fromarray(wide).save(path)  # mode I;16
    elif form == "tiff32":
        Image.fromarray(wide.astype(np.int32)).save(path)  # mode I, 32-bit signed integer TIFF
    elif form == "tiff_float":
        Image.fromarray(pixels8.astype(np.float32) / 255).save(path)  # mode F
    else:
        raise AssertionError(form)


SUFFIX = {"png8": ".png", "png16": ".png", "tiff16": ".tif", "pgm16": ".pgm", "tiff32": ".tif", "tiff_float": ".tif"}


@pytest.mark.parametrize("form", ["png16", "tiff16", "pgm16", "tiff32", "tiff_float"])
def test_another_bit_depth_reads_as_the_8_bit_copy(tmp_path, form):
    pixels = _picture()
    _save(pixels, tmp_path / "a.png", "png8")
    _save(pixels, tmp_path / f"b{SUFFIX[form]}", form)
    eight = read_image(tmp_path / "a.png")
    other = read_image(tmp_path / f"b{SUFFIX[form]}")
    assert other.shape == eight.shape == (20, 30, 1)
    assert np.abs(other - eight).max() <= 1 / 255
    assert other.max() > 0.9  # not clipped to black or near-black


def test_a_16_bit_rgb_png_reads_as_the_8_bit_copy(tmp_path):
    rgb = np.random.default_rng(1).integers(0, 256, (12, 9, 3), dtype=np.uint8)
    Image.fromarray(rgb, "RGB").save(tmp_path / "a.png")
    _png_rgb16(tmp_path / "b.png", rgb)
    assert (tmp_path / "b.png").read_bytes()[24] == 16  # IHDR's bit depth
    assert np.abs(read_image(tmp_path / "b.png") - read_image(tmp_path / "a.png")).max() <= 1 / 255


@pytest.mark.parametrize("case", ["int above 16 bits", "negative int", "float 0..255", "float nan"])
def test_pixels_outside_the_modes_range_are_refused(tmp_path, case):
    pixels = _picture().astype(np.float32)
    if case == "int above 16 bits":
        Image.fromarray((pixels * 1000).astype(np.int32)).save(tmp_path / "x.tif")
    elif case == "negative int":
        Image.fromarray((pixels - 100).astype(np.int32)).save(tmp_path / "x.tif")
    elif case == "float 0..255":
        Image.fromarray(pixels).save(tmp_path / "x.tif")
    else:
        pixels[3, 4] = np.nan
        Image.fromarray(pixels / 255).save(tmp_path / "x.tif")
    with pytest.raises(DataError, match=r"x\.tif: ") as err:
        read_image(tmp_path / "x.tif")
    assert "\n" not in str(err.value)


def test_a_float_image_slightly_over_one_is_clipped(tmp_path):
    pixels = np.linspace(-0.05, 1.05, 64, dtype=np.float32).reshape(8, 8)
    Image.fromarray(pixels).save(tmp_path / "x.tif")
    x = read_image(tmp_path / "x.tif")
    assert x.min() == 0.0 and x.max() == 1.0


def _folder(root, form, n=6):
    for k, name in enumerate(("cat", "dog", "owl")):
        (root / name).mkdir(parents=True, exist_ok=True)
        for i in range(n):
            _save(_picture(10 * k + i, (28, 28)), root / name / f"{i}{SUFFIX[form]}", form)


def test_a_16_bit_folder_is_grey_and_gives_the_8_bit_folders_activations(tiny, tmp_path):
    path, _ = tiny
    model = load_model(path)
    results = []
    for form in ("png8", "png16", "tiff_float"):
        _folder(tmp_path / form, form)
        data = load_dataset(images=tmp_path / form)
        assert data.input_shape == (32, 32, 1)  # grey: 16-bit and float are grey modes too
        data = data.resized((28, 28, 1))
        results.append(split_norms(model, model_key(path), data, "train", ["squeeze2", "feat_a"], "l1",
                                   NormCache(None), progress=False)[0])
    (norms8, pred8) = results[0]
    for norms, pred in results[1:]:
        np.testing.assert_array_equal(pred, pred8)
        for a, b in zip(norms, norms8):
            np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-4)
            # the same kernel bits: above or below each kernel's median over the 8-bit images
            assert ((a > np.median(b, axis=0)) == (b > np.median(b, axis=0))).all()


# -- odd files in an image folder --------------------------------------------------
def _classes(root, names=("cat", "dog"), n=6):
    for name in names:
        (root / name).mkdir(parents=True, exist_ok=True)
        for i in range(n):
            Image.fromarray(np.full((8, 8), 10 + 20 * i, dtype=np.uint8), "L").save(root / name / f"{i}.png")


def _bomb(path, side=20000):
    """A PNG whose header claims side x side pixels (400 MP), its data a few bytes."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(b"\0" * (side + 1) * 4)) + chunk(b"IEND", b""))


@contextmanager
def _deadline(seconds):
    """Fail, not hang, if the command blocks (on a FIFO)."""
    def stop(signum, frame):
        raise TimeoutError("the command blocked")
    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _spoil(root, case):
    bad = root / "cat" / "x.png"
    if case == "dangling link":
        bad.symlink_to(root / "gone.png")
    elif case == "fifo":
        os.mkfifo(bad)
    else:
        _bomb(bad)
    return bad


def _one_error_line(err, bad):
    lines = [line for line in err.splitlines() if line.startswith("eric-lp: error:")]
    assert len(lines) == 1 and str(bad) in lines[0], err
    assert "Traceback" not in err and "Warning" not in err, err
    return lines[0]


@pytest.mark.parametrize("case", ["dangling link", "fifo", "bomb"])
def test_train_refuses_an_odd_file_in_one_line(tmp_path, capsys, case):
    root = tmp_path / "imgs"
    _classes(root)
    bad = _spoil(root, case)
    out = tmp_path / "out"
    out.mkdir()
    with _deadline(120):
        rc = main(["train", "--images", str(root), "--arch", "lenet-small", "--epochs", "1",
                   "-o", str(out / "m.keras")])
    assert rc == 2
    line = _one_error_line(capsys.readouterr().err, bad)
    assert {"dangling link": "dangling symbolic link", "fifo": "a FIFO", "bomb": "decompression bomb"}[case] in line
    assert list(out.iterdir()) == []  # nothing half-written


@pytest.mark.parametrize("case", ["dangling link", "fifo", "bomb"])
def test_extract_refuses_an_odd_file_in_one_line(tiny, tmp_path, capsys, case):
    path, _ = tiny
    root = tmp_path / "imgs"
    _classes(root, ("cat", "dog", "owl"))  # the tiny model's three classes
    bad = _spoil(root, case)
    with _deadline(120):
        rc = main(["extract", "--model", str(path), "--images", str(root), "--lep", "squeeze2",
                   "--cache-dir", str(tmp_path / "cache"), "-o", str(tmp_path / "out")])
    assert rc == 2
    _one_error_line(capsys.readouterr().err, bad)
    assert not (tmp_path / "out").exists()


def test_an_odd_file_is_refused_when_listed_not_read(tmp_path):
    root = tmp_path / "imgs"
    _classes(root)
    os.mkfifo(root / "dog" / "z.png")
    with _deadline(30), pytest.raises(DataError, match=r"z\.png: a FIFO, not an image file"):
        load_dataset(images=root)
