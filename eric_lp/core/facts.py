"""The quantised entry layer of a batch of images, and its fact form.

`Facts` is a boolean truth table: one row per image, one column per kernel
of the logical entry point.  Its text form is what the solvers read:
``image(17). active(17, block3_pool, 101).`` -- one ``active/3`` fact per
true literal.  The same text loads in clingo and in SWI-Prolog (beside the
program's ``.pl`` form, which declares both predicates dynamic and multifile).
"""

from __future__ import annotations

from dataclasses import dataclass


import numpy as np

from ..errors import DataError
from .program import MAX_INT, Kernel, term_key, term_text

__all__ = ["Facts", "comment_text"]


def comment_text(text: str) -> str:
    """`text` made safe for the rest of a ``%`` comment line in clingo and Prolog, as printable ASCII:
    ASCII control characters (newlines, carriage returns, tabs, NUL) become ``?``, so nothing after
    the ``%`` can start a new line, or a statement; every other character outside ASCII is written
    ``\\uXXXX`` (``\\UXXXXXXXX`` above U+FFFF) -- a program file is printable ASCII (`parse` refuses
    the rest) and SWI-Prolog decodes other bytes by the locale (``LANG=C`` warns); ``%*`` becomes
    ``% *``, which no clingo can take for the start of a block comment (and `parse` refuses)."""
    def safe(ch: str) -> str:
        if ch.isascii():
            return ch if ch.isprintable() else "?"
        return f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}"
    return "".join(map(safe, str(text))).replace("%*", "% *")


def _image_ids(layer: str, images) -> np.ndarray:
    """`images` as int64 ids, each in 0..MAX_INT: the solvers read ids as numbers, and clingo's are
    32-bit (2147483648 silently becomes -2147483648, and two images one)."""
    raw = images if isinstance(images, np.ndarray) else np.asarray(list(images), dtype=object)
    if raw.size == 0:
        return raw.astype(np.int64).reshape(raw.shape)
    if raw.dtype.kind == "O":
        if not all(isinstance(i, (int, np.integer)) and not isinstance(i, bool) for i in raw.ravel().tolist()):
            raise DataError(f"facts of layer {layer or '?'}: image ids must be integers")
        low, high = min(raw.ravel().tolist()), max(raw.ravel().tolist())
    elif raw.dtype.kind in "iu":
        low, high = int(raw.min()), int(raw.max())
    else:
        raise DataError(f"facts of layer {layer or '?'}: image ids must be integers, got {raw.dtype}")
    if low < 0 or high > MAX_INT:
        raise DataError(f"facts of layer {layer or '?'}: image id {low if low < 0 else high} is out of range; "
                        f"ids are 0..{MAX_INT} (clingo's integers are 32-bit)")
    return raw.astype(np.int64)


def _refuse_repeated_ids(layer: str, images: np.ndarray) -> None:
    """Each row must be a different image: the solvers name an image by its id, the numpy
    evaluator by its row, so two rows with one id would give different answers."""
    ids, counts = np.unique(images, return_counts=True)
    if len(ids) == len(images):
        return
    repeated = ids[counts > 1]
    rows = [int(r) for r in np.flatnonzero(images == repeated[0])[:3]]
    more = f" ({len(repeated) - 1} other ids repeat too)" if len(repeated) > 1 else ""
    raise DataError(f"facts of layer {layer or '?'}: image id {int(repeated[0])} is given to rows "
                    f"{', '.join(map(str, rows))}{more}; each row is one image and needs an id of its own "
                    "(number the rows, e.g. np.arange(n), or drop the repeated rows)")


@dataclass(frozen=True, eq=False)
class Facts:
    """Truth values of `layer`'s `kernels` for a batch of `images`.

    truth: bool array, shape (n_images, n_kernels); images: int ids, shape (n_images,).
    """

    layer: str
    kernels: tuple
    truth: np.ndarray
    images: np.ndarray

    def __post_init__(self) -> None:
        # column-major: a kernel's truth over all images is contiguous, which is
        # what the evaluator reads (and what the quantiser produces)
        truth = np.asfortranarray(self.truth, dtype=bool)
        images = _image_ids(self.layer, self.images)
        if truth.ndim != 2 or truth.shape[1] != len(self.kernels):
            raise DataError(f"truth table has shape {truth.shape}; expected (images, {len(self.kernels)} kernels)")
        if images.shape != (truth.shape[0],):
            raise DataError(f"{images.shape[0] if images.ndim else 0} image ids for {truth.shape[0]} rows")
        if len(set(self.kernels)) != len(self.kernels):
            raise DataError(f"facts of layer {self.layer} name a kernel twice")
        bad = [k for k in self.kernels if isinstance(k, int) and not 0 <= k <= MAX_INT][:1]
        if bad:
            raise DataError(f"facts of layer {self.layer}: kernel {bad[0]} is out of range 0..{MAX_INT}")
        _refuse_repeated_ids(self.layer, images)
        object.__setattr__(self, "kernels", tuple(self.kernels))
        object.__setattr__(self, "truth", truth)
        object.__setattr__(self, "images", images)

    @classmethod
    def from_table(cls, layer: str, truth: np.ndarray, images=None) -> "Facts":
        """Facts whose kernels are the column numbers 0..k-1 (the paper's setting)."""
        truth = np.asarray(truth, dtype=bool)
        if images is None:
            images = np.arange(truth.shape[0])
        return cls(layer, tuple(range(truth.shape[1])), truth, images)

    def __len__(self) -> int:
        return self.truth.shape[0]

    def truth_of(self, kernels) -> np.ndarray:
        """The truth table restricted to `kernels`, in that order; absent kernels are false.

        Returns a bool array of shape (n_images, len(kernels)).
        """
        return self.kernel_rows(kernels).T

    def kernel_rows(self, kernels) -> np.ndarray:
        """Like `truth_of`, transposed: bool (len(kernels), n_images), C-contiguous."""
        index = {k: i for i, k in enumerate(self.kernels)}
        out = np.zeros((len(kernels), len(self)), dtype=bool)
        for j, k in enumerate(kernels):
            i = index.get(k)
            if i is not None:
                out[j] = self.truth[:, i]
        return out

    def to_text(self, kernels=None, sources=None) -> str:
        """The fact form; `kernels` limits ``active/3`` facts to the ones a program reads.

        sources: one name per image (a file path, a dataset index); each image's facts then come as
        one block under a ``% I: source`` comment (sanitised by `comment_text`).  Without them, all
        ``image/1`` facts come first.  Either text loads in plain clingo and plain SWI-Prolog.
        """
        kernels = self.kernels if kernels is None else tuple(kernels)
        table = self.truth_of(kernels)
        suffix = [f", {self.layer}, {term_text(k)}).\n" for k in kernels]
        ids = [str(i) for i in self.images.tolist()]
        if sources is not None:
            sources = list(sources)
            if len(sources) != len(ids):
                raise DataError(f"{len(sources)} sources for {len(ids)} images")
            return "".join(f"% {i}: {comment_text(source)}\nimage({i}).\n"
                           + "".join(f"active({i}{suffix[c]}" for c in np.flatnonzero(row).tolist())
                           for i, source, row in zip(ids, sources, table))
        parts = ["".join(f"image({i}).\n" for i in ids)]
        rows, cols = np.nonzero(table)
        parts.append("".join([f"active({ids[r]}{suffix[c]}" for r, c in zip(rows.tolist(), cols.tolist())]))
        return "".join(parts)

    @classmethod
    def from_atoms(cls, layer: str, images: list[int], atoms: list[tuple[int, Kernel]]) -> "Facts":
        """Facts from parsed ``image/1`` ids and ``active/3`` (image, kernel) pairs.

        A repeated ``image/1`` fact says nothing new: each id gets one row, in first-seen order.
        """
        images = list(dict.fromkeys(images))
        kernels = tuple(sorted({k for _, k in atoms}, key=term_key))
        row = {img: i for i, img in enumerate(images)}
        col = {k: j for j, k in enumerate(kernels)}
        truth = np.zeros((len(images), len(kernels)), dtype=bool)
        for img, k in atoms:
            if img not in row:
                raise DataError(f"active({img}, {layer}, {term_text(k)}) names image {img}, "
                                f"which has no image({img}) fact")
            truth[row[img], col[k]] = True
        return cls(layer, kernels, truth, np.asarray(images, dtype=np.int64))
