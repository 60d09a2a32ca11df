"""One image file or array -> float32 pixels in [0, 1] in a given shape, the way every pass reads them.

`read_image` decodes with PIL (refusing files above the pixel limit and
decompression bombs), `convert_images` resizes (bilinear) and converts the
channels; `nn.stream` and `nn.data` both read images through them.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..errors import DataError

__all__ = ["read_image", "convert_images", "set_max_pixels", "DEFAULT_MAX_PIXELS"]


#: The largest image (width x height) read unless `set_max_pixels` says otherwise: 50 megapixels.
DEFAULT_MAX_PIXELS = 50_000_000
_MAX_PIXELS = [DEFAULT_MAX_PIXELS]


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


def read_image(path, shape=None, max_pixels: int | None = None) -> np.ndarray:
    """One image file as float32 (h, w, c) in [0, 1]; converted to `shape` when given.

    An image above `max_pixels` (default: `set_max_pixels`, 50 megapixels) or one PIL
    calls a decompression bomb is refused with a `DataError` naming the file.
    """
    import warnings
    from PIL import Image, UnidentifiedImageError
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: no such image file")
    limit = _MAX_PIXELS[0] if max_pixels is None else max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                width, height = img.size
                if width * height > limit:
                    raise DataError(f"{path}: {width}x{height} is {width * height / 1e6:.1f} megapixels, above the "
                                    f"limit of {limit / 1e6:g}; shrink the image or raise --max-pixels")
                img.load()
                mode = "L" if img.mode in ("L", "1", "I;16", "I", "F") else "RGB"
                arr = np.asarray(img.convert(mode), dtype=np.float32) / 255.0
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise DataError(f"{path}: refused as a decompression bomb ({exc}); shrink the image") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, MemoryError) as exc:
        raise DataError(f"{path}: not a readable image ({exc.__class__.__name__}: {exc}); "
                        "remove or replace the file") from None
    if arr.ndim == 2:
        arr = arr[..., None]
    if shape is not None:
        arr = convert_images(arr[None], shape)[0]
    return arr
