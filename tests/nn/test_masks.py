"""Segmentation masks (issue 25): concepts.txt, the one-channel formats, 255 ignored, resizing, mirrored paths."""

import os

import numpy as np
import pytest
from PIL import Image

from eric_lp.errors import DataError
from eric_lp.nn.masks import IGNORED, mask_path, present_concepts, read_concepts, read_mask


@pytest.fixture
def masks(tmp_path):
    root = tmp_path / "masks"
    root.mkdir()
    (root / "concepts.txt").write_text("Bag\nSandal Shoe\nÉcharpe\n\n", encoding="utf-8")
    return root


def test_concepts_are_constants_by_line(masks):
    assert read_concepts(masks) == ("bag", "sandal_shoe", "echarpe")


@pytest.mark.parametrize("text, words", [
    (None, "no such file"),
    ("", "no concept names"),
    ("\n \n", "no concept names"),
    ("bag\n\nsandal\n", "blank line"),
    ("Bag\nbag\n", "as line 1"),
])
def test_bad_concepts_files(tmp_path, text, words):
    root = tmp_path / "m"
    root.mkdir()
    if text is not None:
        (root / "concepts.txt").write_text(text)
    with pytest.raises(DataError, match=words) as info:
        read_concepts(root)
    assert "\n" not in str(info.value)


def test_concepts_file_from_windows(tmp_path):
    # Notepad's UTF-8: a byte-order mark before line 1 and CRLF line ends; the mark is no part of the name
    root = tmp_path / "m"
    root.mkdir()
    (root / "concepts.txt").write_bytes("Bag \r\nSandal\r\n\r\n".encode("utf-8-sig"))
    assert read_concepts(root) == ("bag", "sandal")


def test_a_jpeg_mask_is_refused(masks):
    # JPEG blurs a concept's edges into neighbouring values, which are other concepts: refused, not read
    values = np.zeros((16, 16), np.uint8)
    values[4:12, 4:12] = 1
    Image.fromarray(values, "L").save(masks / "j.png", format="JPEG")
    with pytest.raises(DataError, match="JPEG file; lossy") as info:
        read_mask(masks / "j.png", concepts=read_concepts(masks))
    assert "\n" not in str(info.value)


def test_eight_bit_grey_with_ignored_255(masks):
    values = np.array([[0, 1, 2], [3, 255, 0]], np.uint8)
    Image.fromarray(values, "L").save(masks / "a.png")
    got = read_mask(masks / "a.png", concepts=read_concepts(masks))
    assert got.dtype == np.int32
    assert got.tolist() == [[0, 1, 2], [3, IGNORED, 0]]


def test_palette_index_is_the_value(masks):
    img = Image.fromarray(np.array([[0, 2], [1, 255]], np.uint8), "P")
    # colours that are not the indices: the index counts, never the colour
    img.putpalette([9, 9, 9, 200, 10, 10, 10, 200, 10, 40, 40, 40] + [0, 0, 0] * 252)
    img.save(masks / "p.png")
    with Image.open(masks / "p.png") as check:
        assert check.mode == "P"
    assert read_mask(masks / "p.png").tolist() == [[0, 2], [1, IGNORED]]


def test_sixteen_bit_reads_values_above_255(masks, tmp_path):
    values = np.array([[0, 300], [255, 2]], np.uint16)
    Image.fromarray(values).save(masks / "w.png")
    with Image.open(masks / "w.png") as check:
        assert check.mode.startswith("I")
    assert read_mask(masks / "w.png").tolist() == [[0, 300], [255, 2]]  # 255 is a concept in 16 bits
    with pytest.raises(DataError, match=r"w\.png: pixel value 300, but concepts.txt names 3") as info:
        read_mask(masks / "w.png", concepts=read_concepts(masks))
    assert "\n" not in str(info.value)


def test_index_beyond_concepts_names_file_and_value(masks):
    Image.fromarray(np.array([[0, 4]], np.uint8), "L").save(masks / "b.png")
    with pytest.raises(DataError, match=r"b\.png: pixel value 4.*3 concept"):
        read_mask(masks / "b.png", concepts=read_concepts(masks))
    assert read_mask(masks / "b.png", concepts=("a", "b", "c", "d")).max() == 4


def test_another_size_is_resized_by_nearest_neighbour(masks):
    values = np.zeros((4, 4), np.uint8)
    values[:2, :2] = 1
    values[2:, 2:] = 2
    Image.fromarray(values, "L").save(masks / "s.png")
    big = read_mask(masks / "s.png", shape=(8, 8, 3))
    assert big.shape == (8, 8)
    assert set(np.unique(big).tolist()) == {0, 1, 2}  # never a blend of two labels
    assert (big[:4, :4] == 1).all() and (big[4:, 4:] == 2).all() and (big[:4, 4:] == 0).all()
    small = read_mask(masks / "s.png", shape=(2, 2))
    assert small.tolist() == [[1, 0], [0, 2]]


def test_colour_and_unreadable_files_are_refused(masks):
    Image.fromarray(np.zeros((2, 2, 3), np.uint8), "RGB").save(masks / "c.png")
    with pytest.raises(DataError, match="RGB image; a mask has one channel"):
        read_mask(masks / "c.png")
    (masks / "x.png").write_bytes(b"not a png")
    with pytest.raises(DataError, match="not a readable mask") as info:
        read_mask(masks / "x.png")
    assert "\n" not in str(info.value)
    os.mkfifo(masks / "f.png")
    with pytest.raises(DataError, match="FIFO"):
        read_mask(masks / "f.png")


def test_a_mask_obeys_the_pixel_limit(masks):
    """Masks are read under the same --max-pixels as images: a mask above it is refused before decoding."""
    from eric_lp.nn.images import set_max_pixels
    Image.fromarray(np.zeros((40, 50), np.uint8), "L").save(masks / "big.png")
    set_max_pixels(1000)
    try:
        with pytest.raises(DataError, match="50x40 is 0.0 megapixels, above the limit of 0.001; shrink the mask"):
            read_mask(masks / "big.png")
    finally:
        set_max_pixels(None)
    assert read_mask(masks / "big.png").shape == (40, 50)


def test_mask_paths_mirror_the_image_folder(tmp_path):
    images, masks = tmp_path / "IMAGES", tmp_path / "MASKS"
    (masks / "train" / "Bag").mkdir(parents=True)
    (masks / "train" / "Bag" / "x.png").write_bytes(b"")
    assert mask_path(images / "train" / "Bag" / "x.jpg", images, masks) == masks / "train" / "Bag" / "x.png"
    assert mask_path(images / "train" / "Bag" / "y.jpg", images, masks) is None  # skipped, not an error
    with pytest.raises(DataError, match="not under the image folder"):
        mask_path(tmp_path / "elsewhere" / "x.jpg", images, masks)


def test_present_concepts():
    mask = np.array([[0, 2], [IGNORED, 2]], np.int32)
    assert present_concepts(mask, ("bag", "sandal", "hat")) == frozenset({"sandal"})
