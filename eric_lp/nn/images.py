"""One image file or array -> float32 pixels in [0, 1] in a given shape, the way every pass reads them.

`read_image` decodes with PIL (refusing files above the pixel limit and
decompression bombs), `convert_images` resizes (bilinear) and converts the
channels; `nn.stream` and `nn.data` both read images through them.

Pixels are scaled by the range of the file's PIL mode, never clipped to 8 bits:

* ``L``, ``1``, ``P``, ``RGB``, ``RGBA`` and the other 8-bit modes: /255
  (16-bit RGB(A) PNGs arrive from PIL as their high byte: within 1/255);
* ``I;16`` (``I;16L``, ``I;16B``, ``I;16N``: 16-bit PNG, TIFF): /65535;
* ``I`` (32-bit integer: a 32-bit TIFF, a PGM/PPM with maxval above 255, which
  PIL scales to 0..65535): /65535, the 16-bit range PIL itself gives the mode;
  a value below 0 or above 65535 is refused (no per-image scaling, no clipping);
* ``F`` (32-bit float TIFF, PFM): taken as [0, 1]; values within 0.1 of that
  range are clipped into it, values further out (a float image in 0..255) and
  NaN or infinity are refused.

`open_regular` opens only regular files (a FIFO, device or dangling link is
refused in one line before anything blocks on it).
"""

from __future__ import annotations

import os
import stat
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from ..errors import DataError

__all__ = ["read_image", "opened_image", "convert_images", "set_max_pixels", "DEFAULT_MAX_PIXELS", "open_regular",
           "check_regular", "GREY_MODES"]


#: The largest image (width x height) read unless `set_max_pixels` says otherwise: 50 megapixels.
DEFAULT_MAX_PIXELS = 50_000_000
_MAX_PIXELS = [DEFAULT_MAX_PIXELS]


#: PIL modes read as one grey channel; every other mode is read as RGB.
GREY_MODES = frozenset({"1", "L", "I", "F", "I;16", "I;16L", "I;16B", "I;16N"})
_SIXTEEN_BIT = frozenset({"I;16", "I;16L", "I;16B", "I;16N"})
_FLOAT_SLACK = 0.1  # a float image may overshoot [0, 1] this much (resampling ringing) and is clipped


def _not_regular(path: Path, mode: int) -> DataError:
    kind = ("a FIFO" if stat.S_ISFIFO(mode) else "a folder" if stat.S_ISDIR(mode) else
            "a socket" if stat.S_ISSOCK(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "not a regular file")
    return DataError(f"{path}: {kind}, not an image file; remove it from the image folder")


def check_regular(path) -> None:
    """Refuse (`DataError`, one line naming the file) anything but a regular file, without opening it:
    a dangling symbolic link, a FIFO (opening one would wait for a writer), a device, a socket."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if os.path.islink(path):
            raise DataError(f"{path}: a dangling symbolic link (its target is gone); remove it or restore "
                            "the target") from None
        raise DataError(f"{path}: no such image file") from None
    except OSError as exc:
        raise DataError(f"{path}: cannot read it ({exc.strerror or exc}); fix its permissions or remove it") from None
    if not stat.S_ISREG(mode):
        raise _not_regular(path, mode)


def open_regular(path):
    """A binary file object of `path`, only if it is a regular file (checked on the opened file, so it
    cannot be swapped for a FIFO in between); anything else is refused as `check_regular` does.  One
    open and one fstat: the norm cache hashes every image file through it."""
    path = Path(path)
    try:  # O_NONBLOCK: opening a FIFO returns at once (without it, it waits for a writer)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        check_regular(path)  # says which: a dangling link or no file
        raise
    except OSError as exc:
        raise DataError(f"{path}: cannot open it ({exc.strerror or exc}); fix its permissions or remove it") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise _not_regular(path, mode)
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def _scaled(img, path: Path) -> np.ndarray:
    """The decoded pixels of PIL image `img` as float32 (h, w) or (h, w, 3), scaled by its mode's range."""
    mode = img.mode
    if mode in _SIXTEEN_BIT:
        return np.asarray(img).astype(np.float32) / 65535.0
    if mode == "I":
        raw = np.asarray(img)
        if raw.size and (int(raw.min()) < 0 or int(raw.max()) > 65535):
            raise DataError(f"{path}: 32-bit integer pixels from {int(raw.min())} to {int(raw.max())}; eric-lp "
                            "reads such images in the 16-bit range 0..65535; save it as 8- or 16-bit, or as "
                            "float in [0, 1]")
        return raw.astype(np.float32) / 65535.0
    if mode == "F":
        raw = np.asarray(img, dtype=np.float32)
        if not np.isfinite(raw).all():
            raise DataError(f"{path}: a float image with NaN or infinite pixels; fix or remove it")
        if raw.size and (float(raw.min()) < -_FLOAT_SLACK or float(raw.max()) > 1 + _FLOAT_SLACK):
            raise DataError(f"{path}: float pixels from {float(raw.min()):g} to {float(raw.max()):g}; eric-lp "
                            "reads float images as [0, 1]; rescale it to [0, 1] or save it as 8- or 16-bit")
        return np.clip(raw, 0.0, 1.0)
    grey = mode in GREY_MODES
    return np.asarray(img.convert("L" if grey else "RGB"), dtype=np.float32) / 255.0


def set_max_pixels(limit: int | None) -> None:
    """Refuse images above `limit` pixels (None: the default, 50 megapixels)."""
    if limit is not None and limit < 1:
        raise DataError(f"--max-pixels {limit}: give a positive number of pixels")
    _MAX_PIXELS[0] = DEFAULT_MAX_PIXELS if limit is None else int(limit)


def convert_images(x: np.ndarray, shape) -> np.ndarray:
    """Resize (bilinear) and convert channels (grey <-> RGB) to `shape` = (h, w, c)."""
    h, w, c = shape
    if x.shape[-1] != c:
        if c == 3 and x.shape[-1] == 1:
            x = np.repeat(x, 3, axis=-1)
        elif c == 1 and x.shape[-1] in (3, 4):
            x = x[..., :3] @ np.array([0.299, 0.587, 0.114], dtype=np.float32)[:, None]
        else:
            raise DataError(f"cannot convert images with {x.shape[-1]} channels to {c}")
    if x.shape[1:3] != (h, w):
        from PIL import Image
        out = np.empty((len(x), h, w, x.shape[-1]), dtype=np.float32)
        for i, img in enumerate(x):
            chans = [np.asarray(Image.fromarray(img[..., j]).resize((w, h), Image.BILINEAR))
                     for j in range(img.shape[-1])]
            out[i] = np.stack(chans, axis=-1)
        x = out
    return np.clip(x.astype(np.float32), 0.0, 1.0)


@contextmanager
def opened_image(path, what: str = "image", max_pixels: int | None = None):
    """An image file opened by PIL for reading, with every refusal in one `DataError` naming the file:
    not a regular file, above `max_pixels` (default: `set_max_pixels`) or a decompression bomb, or
    unreadable.  `what` names the file in messages (``image``, ``mask``)."""
    import warnings
    from PIL import Image, UnidentifiedImageError
    path = Path(path)
    limit = _MAX_PIXELS[0] if max_pixels is None else max_pixels
    handle = open_regular(path)
    try:
        with handle, warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(handle) as img:
                width, height = img.size
                if width * height > limit:
                    raise DataError(f"{path}: {width}x{height} is {width * height / 1e6:.1f} megapixels, above the "
                                    f"limit of {limit / 1e6:g}; shrink the {what} or raise --max-pixels")
                yield img
    except DataError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise DataError(f"{path}: refused as a decompression bomb ({exc}); shrink the {what}") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, MemoryError) as exc:
        raise DataError(f"{path}: not a readable {what} ({exc.__class__.__name__}: {exc}); "
                        "remove or replace the file") from None


def read_image(path, shape=None, max_pixels: int | None = None) -> np.ndarray:
    """One image file as float32 (h, w, c) in [0, 1]; converted to `shape` when given.

    An image above `max_pixels` (default: `set_max_pixels`, 50 megapixels) or one PIL
    calls a decompression bomb is refused with a `DataError` naming the file.
    """
    path = Path(path)
    with opened_image(path, "image", max_pixels) as img:
        img.load()
        arr = _scaled(img, path)
    if arr.ndim == 2:
        arr = arr[..., None]
    if shape is not None:
        arr = convert_images(arr[None], shape)[0]
    return arr
