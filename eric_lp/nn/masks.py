"""Segmentation masks in the Pascal VOC / ADE20k layout: which concept each pixel of an image shows.

A mask folder ``MASKS`` mirrors an image folder ``IMAGES``: the mask of ``IMAGES/train/Bag/x.jpg`` is
``MASKS/train/Bag/x.png`` (`mask_path`), and images without one are skipped.  A mask has one channel:
8-bit grey (``L``), 16-bit grey (``I;16``, or ``I`` as PIL opens some 16-bit files) or palette (``P``:
the palette index is the value).  0 is background, 255 in an 8-bit file is ignored (VOC's object
borders), and any other value v is the concept on line v of ``MASKS/concepts.txt`` (`read_concepts`),
whose names become program constants by the folder-name rules (`eric_lp.nn.data.class_atom`).

`read_mask` returns int32 (h, w): 0 background, -1 ignored, v the concept's 1-based index; a mask of
another size than the image is resized with nearest neighbour (labels are never blended).  Files are
opened as images are (`eric_lp.nn.images`): regular files only, within the pixel limit.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from ..errors import DataError

__all__ = ["read_concepts", "read_mask", "mask_path", "present_concepts", "CONCEPTS_FILE", "IGNORED"]

#: The file of a mask folder that names its concepts, one a line.
CONCEPTS_FILE = "concepts.txt"
#: The value `read_mask` gives ignored pixels (255 in an 8-bit file).
IGNORED = -1

_EIGHT_BIT = frozenset({"L", "P"})
_SIXTEEN_BIT = frozenset({"I;16", "I;16L", "I;16B", "I;16N"})
_LOSSY = frozenset({"JPEG", "MPO", "JPEG2000"})


def read_concepts(masks_dir) -> tuple[str, ...]:
    """The concept names of a mask folder: line v (1-based) of ``masks_dir/concepts.txt`` names pixel
    value v, made a constant by the folder-name rules (``Shoulder Bag`` -> ``shoulder_bag``).

    A missing, empty or unreadable file, a blank line between names, or two lines giving one name is a
    `DataError` in one line naming the file."""
    from .data import class_atom
    from .images import open_regular
    path = Path(masks_dir) / CONCEPTS_FILE
    if not Path(masks_dir).is_dir():
        raise DataError(f"{masks_dir}: no such mask folder; --masks expects a folder that mirrors the image "
                        f"folder, with {CONCEPTS_FILE} naming the concepts")
    if not os.path.lexists(path):
        raise DataError(f"{path}: no such file; a mask folder names its concepts in {CONCEPTS_FILE}, one a "
                        "line (line v is the concept of pixel value v)")
    try:
        with open_regular(path) as handle:
            text = handle.read().decode("utf-8-sig")  # a BOM (Windows Notepad's UTF-8) is no part of line 1
    except UnicodeDecodeError:
        raise DataError(f"{path}: not UTF-8 text; save it as UTF-8, one concept name a line") from None
    except OSError as exc:
        raise DataError(f"{path}: cannot read it ({exc.strerror or exc}); fix its permissions") from None
    lines = [line.strip() for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    if not lines:
        raise DataError(f"{path}: no concept names; write one a line (line v is the concept of pixel value v)")
    if len(lines) > 65534:
        raise DataError(f"{path}: {len(lines)} concepts; a 16-bit mask holds at most 65534")
    names, seen = [], {}
    for number, line in enumerate(lines, 1):
        if not line:
            raise DataError(f"{path}:{number}: a blank line; line v names pixel value v, so every line up to "
                            "the last needs a name")
        atom = class_atom(line, f"{path}:{number}: concept")
        if atom in seen:
            raise DataError(f"{path}:{number}: concept {line!r} is {atom!r}, as line {seen[atom]} is; give "
                            "each concept one line")
        seen[atom] = number
        names.append(atom)
    return tuple(names)


def _mask_values(img, path: Path) -> np.ndarray:
    """The pixel values of a one-channel PIL mask as int32, 255 of an 8-bit file as `IGNORED`."""
    mode = img.mode
    if mode in _EIGHT_BIT:
        raw = np.asarray(img, dtype=np.uint8).astype(np.int32)
        raw[raw == 255] = IGNORED
        return raw
    if mode == "1":  # a bilevel file: set pixels are concept 1
        return np.asarray(img, dtype=bool).astype(np.int32)
    if mode in _SIXTEEN_BIT or mode == "I":
        raw = np.asarray(img).astype(np.int64)
        if raw.size and (int(raw.min()) < 0 or int(raw.max()) > 65535):
            raise DataError(f"{path}: mask values from {int(raw.min())} to {int(raw.max())}; a mask holds "
                            "0..65535 (8- or 16-bit grey, or palette)")
        return raw.astype(np.int32)
    raise DataError(f"{path}: a {mode} image; a mask has one channel: 8- or 16-bit grey, or palette (the "
                    "index is the concept's line in concepts.txt); save it so")


def _nearest(values: np.ndarray, shape) -> np.ndarray:
    """`values` (H, W) resized to `shape` (h, w) by nearest neighbour, pixel centres aligned as PIL's."""
    h, w = int(shape[0]), int(shape[1])
    big_h, big_w = values.shape
    rows = np.minimum(((np.arange(h) + 0.5) * big_h / h).astype(np.int64), big_h - 1)
    cols = np.minimum(((np.arange(w) + 0.5) * big_w / w).astype(np.int64), big_w - 1)
    return values[rows[:, None], cols[None, :]]


def read_mask(path, shape=None, concepts=None) -> np.ndarray:
    """One mask file as int32 (h, w): 0 background, `IGNORED` (-1) ignored, v the concept on line v.

    shape: (h, w) (or (h, w, c)) of the image it belongs to; a mask of another size is resized with
    nearest neighbour.  concepts: the names of `read_concepts`; a value beyond them is a `DataError`
    naming the file and the value.  Unreadable files, files above the pixel limit and files with more
    than one channel are refused in one line."""
    from .images import opened_image
    path = Path(path)
    with opened_image(path, "mask") as img:
        if img.format in _LOSSY:  # its edges blur into values of other concepts: wrong, silently
            raise DataError(f"{path}: a {img.format} file; lossy compression turns the edges of a "
                            "concept into other values; save the mask as PNG")
        img.load()
        values = _mask_values(img, path)
    if concepts is not None and values.size:
        top = int(values.max())
        if top > len(concepts):
            raise DataError(f"{path}: pixel value {top}, but {CONCEPTS_FILE} names {len(concepts)} concept(s) "
                            f"(values 1..{len(concepts)}); add line {top} to {CONCEPTS_FILE} or fix the mask")
    if shape is not None and tuple(values.shape) != (int(shape[0]), int(shape[1])):
        values = _nearest(values, shape)
    return np.ascontiguousarray(values, dtype=np.int32)


def mask_path(image_path, images_dir, masks_dir) -> Path | None:
    """The mask of `image_path` (a file under `images_dir`): the same relative path under `masks_dir`
    with the suffix ``.png``; None when there is none (such images are skipped).  A dangling link or
    other non-file there is returned, so that reading it says what is wrong."""
    image_path, images_dir = Path(image_path), Path(images_dir)
    try:
        rel = image_path.relative_to(images_dir)
    except ValueError:
        try:
            rel = image_path.resolve().relative_to(images_dir.resolve())
        except ValueError:
            raise DataError(f"{image_path}: not under the image folder {images_dir}; masks mirror the image "
                            "folder") from None
    candidate = Path(masks_dir) / rel.with_suffix(".png")
    return candidate if os.path.lexists(candidate) else None


def present_concepts(mask: np.ndarray, concepts) -> frozenset[str]:
    """The names of the concepts with at least one pixel in `mask` (a `read_mask` array)."""
    values = np.unique(np.asarray(mask))
    return frozenset(concepts[int(v) - 1] for v in values if 0 < int(v) <= len(concepts))
