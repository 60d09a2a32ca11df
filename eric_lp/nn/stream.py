"""Images as a stream: a split's pixels are read batch by batch, never held whole.

An `ImageSource` is a recipe for the images of a split: image files (decoded,
resized and converted by PIL exactly as `images.read_image` does) or a small
in-memory array (Fashion-MNIST, MNIST).  `batches` turns one into a `tf.data`
pipeline -- decode, resize and preprocess in parallel, batch, prefetch -- so
only a few batches of pixels are ever in memory.  `use_devices` chooses the
`tf.distribute` strategy the forward pass runs under.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass

import numpy as np

from ..errors import DataError, ModelError
from .keras import import_keras

__all__ = ["ImageSource", "ArrayImages", "FileImages", "as_source", "batches", "use_devices", "strategy",
           "iterate_batches"]


class ImageSource:
    """The images of a split, read on demand.  shape: (h, w, c) of every image as delivered."""

    shape: tuple

    def __len__(self) -> int:  # pragma: no cover - abstract
        raise NotImplementedError

    def take(self, indices) -> "ImageSource":
        """The images at `indices` (in that order), still unread."""
        raise NotImplementedError

    def resized(self, shape) -> "ImageSource":
        """The same images, delivered converted to `shape` = (h, w, c)."""
        raise NotImplementedError

    def __getitem__(self, indices) -> "ImageSource":
        if isinstance(indices, slice):
            indices = range(len(self))[indices]
        return self.take(np.asarray(indices, dtype=np.int64).reshape(-1))

    def array(self) -> np.ndarray:
        """Every image as float32 (n, h, w, c) in [0, 1]: only for small sets (training, previews)."""
        out = np.empty((len(self), *self.shape), dtype=np.float32)
        start = 0
        for chunk in self.chunks(256):
            out[start:start + len(chunk)] = chunk
            start += len(chunk)
        return out

    def chunks(self, size: int):
        """float32 (<= size, h, w, c) arrays in order, read in this process (no TensorFlow)."""
        for start in range(0, len(self), size):
            yield self._read(np.arange(start, min(start + size, len(self))))

    def _read(self, indices: np.ndarray) -> np.ndarray:  # pragma: no cover - abstract
        raise NotImplementedError


@dataclass(frozen=True, eq=False)
class ArrayImages(ImageSource):
    """Images held in memory: pixels float32 (n, h0, w0, c0) in [0, 1], delivered as `shape`."""

    pixels: np.ndarray
    shape: tuple = ()
    index: np.ndarray | None = None   # which rows of `pixels`, in order (None: all)

    def __post_init__(self):
        if not self.shape:
            object.__setattr__(self, "shape", tuple(int(s) for s in self.pixels.shape[1:]))

    def __len__(self) -> int:
        return len(self.pixels) if self.index is None else len(self.index)

    def _rows(self, indices: np.ndarray) -> np.ndarray:
        return indices if self.index is None else self.index[indices]

    def take(self, indices) -> "ArrayImages":
        return ArrayImages(self.pixels, self.shape, self._rows(np.asarray(indices, dtype=np.int64)))

    def resized(self, shape) -> "ArrayImages":
        return ArrayImages(self.pixels, tuple(int(s) for s in shape), self.index)

    def _read(self, indices: np.ndarray) -> np.ndarray:
        from .images import convert_images
        x = self.pixels[self._rows(indices)]
        if tuple(x.shape[1:]) == self.shape:
            return np.asarray(x, dtype=np.float32)
        return convert_images(x, self.shape)

    def array(self) -> np.ndarray:
        return self._read(np.arange(len(self)))


@dataclass(frozen=True, eq=False)
class FileImages(ImageSource):
    """Image files, each decoded and converted to `shape` by `images.read_image` when read."""

    paths: tuple
    shape: tuple
    max_pixels: int | None = None     # None: the limit `images.set_max_pixels` set

    def __len__(self) -> int:
        return len(self.paths)

    def take(self, indices) -> "FileImages":
        return FileImages(tuple(self.paths[int(i)] for i in indices), self.shape, self.max_pixels)

    def resized(self, shape) -> "FileImages":
        return FileImages(self.paths, tuple(int(s) for s in shape), self.max_pixels)

    def read_one(self, path) -> np.ndarray:
        from .images import read_image
        return read_image(path, self.shape, max_pixels=self.max_pixels)

    def _read(self, indices: np.ndarray) -> np.ndarray:
        return np.stack([self.read_one(self.paths[int(i)]) for i in indices]).astype(np.float32)


def as_source(x) -> ImageSource:
    """An `ImageSource` for `x`: itself, or an in-memory array float32 (n, h, w, c)."""
    if isinstance(x, ImageSource):
        return x
    return ArrayImages(np.asarray(x, dtype=np.float32))


class _Failure:
    """The first error a pipeline worker raised, re-raised whole in the caller (TensorFlow would wrap it
    into a traceback-laden op error)."""

    def __init__(self):
        self.error = None
        self.lock = threading.Lock()

    def keep(self, exc: Exception) -> None:
        with self.lock:
            if self.error is None:
                self.error = exc


def batches(source: ImageSource, preprocess: str = "unit", batch_size: int = 256):
    """(a `tf.data.Dataset` of float32 (b, h, w, c) batches fed as `preprocess` says, its failure holder).

    Files: list -> batch the paths -> decode, resize and preprocess them, batches in parallel
    (``num_parallel_calls=AUTOTUNE``, order kept) -> prefetch two batches.
    Arrays: batches of row indices -> gather, convert, preprocess in parallel -> prefetch.
    """
    import tensorflow as tf
    from .preprocess import prepare
    shape = tuple(int(s) for s in source.shape)
    prepare(np.zeros((1, *shape), dtype=np.float32), preprocess)  # a wrong convention fails here, in one line
    failure = _Failure()
    autotune = tf.data.AUTOTUNE
    if isinstance(source, FileImages):
        # a batch of paths per call: one Python call per batch, not per image; batches decode in parallel
        def load(paths):
            try:
                imgs = [source.read_one(p.decode("utf-8", "surrogateescape")) for p in paths]
                return prepare(np.stack(imgs) if imgs else np.zeros((0, *shape), np.float32),
                               preprocess).astype(np.float32)
            except Exception as exc:  # noqa: BLE001 - re-raised in the caller, see _Failure
                failure.keep(exc)
                raise
        paths = [str(p).encode("utf-8", "surrogateescape") for p in source.paths]
        ds = tf.data.Dataset.from_tensor_slices(tf.constant(paths, dtype=tf.string) if paths else
                                                tf.constant([], dtype=tf.string))
        ds = ds.batch(batch_size)
        ds = ds.map(lambda p: tf.ensure_shape(tf.numpy_function(load, [p], tf.float32, stateful=False),
                                              (None, *shape)),
                    num_parallel_calls=autotune, deterministic=True)
    else:
        def gather(indices):
            try:
                return prepare(source._read(indices), preprocess).astype(np.float32)
            except Exception as exc:  # noqa: BLE001
                failure.keep(exc)
                raise
        ds = tf.data.Dataset.range(len(source)).batch(batch_size)
        ds = ds.map(lambda i: tf.ensure_shape(tf.numpy_function(gather, [i], tf.float32, stateful=False),
                                              (None, *shape)),
                    num_parallel_calls=autotune, deterministic=True)
    return ds.prefetch(2), failure  # two batches ahead: AUTOTUNE would buffer up to half the RAM


def labelled_batches(source: FileImages, y, classes: int, batch_size: int = 32, seed: int = 0,
                     shuffle: bool = True):
    """For training from files: a `tf.data.Dataset` of (x float32 (b, h, w, c) in [0, 1], one-hot
    (b, classes)), decoded batch by batch in parallel; with `shuffle`, a new seeded order every
    epoch.  Returns (dataset, failure holder); only the paths are held."""
    import tensorflow as tf
    shape = tuple(int(s) for s in source.shape)
    failure = _Failure()

    def load(paths):
        try:
            imgs = [source.read_one(p.decode("utf-8", "surrogateescape")) for p in paths]
            return np.stack(imgs).astype(np.float32)
        except Exception as exc:  # noqa: BLE001 - re-raised in the caller, see _Failure
            failure.keep(exc)
            raise
    paths = tf.constant([str(p).encode("utf-8", "surrogateescape") for p in source.paths], dtype=tf.string)
    ds = tf.data.Dataset.from_tensor_slices((paths, tf.one_hot(np.asarray(y, dtype=np.int64), classes)))
    if shuffle:
        ds = ds.shuffle(len(source.paths), seed=seed, reshuffle_each_iteration=True)
    ds = ds.batch(batch_size).map(
        lambda p, t: (tf.ensure_shape(tf.numpy_function(load, [p], tf.float32, stateful=False), (None, *shape)), t),
        num_parallel_calls=tf.data.AUTOTUNE, deterministic=True)
    return ds.prefetch(2), failure


def predict_classes(model, source: ImageSource, batch_size: int = 256) -> np.ndarray:
    """int64 (n,): the class `model` predicts for each image of `source`, read batch by batch."""
    ds, failure = batches(source, "unit", batch_size)
    out = [np.argmax(np.asarray(model(x, training=False)), axis=1) for x in iterate_batches(ds, failure)]
    return np.concatenate(out).astype(np.int64) if out else np.zeros(0, dtype=np.int64)


def iterate_batches(ds, failure: _Failure):
    """The dataset's elements as tensors; a worker's error comes out as itself (a one-line `DataError`)."""
    import tensorflow as tf
    iterator = iter(ds)
    while True:
        try:
            batch = next(iterator)
        except StopIteration:
            return
        except (tf.errors.OpError, RuntimeError) as exc:
            if failure.error is not None:
                raise failure.error from None
            raise DataError(f"reading the images failed: {str(exc).splitlines()[0]}") from None
        yield batch


# -- devices ---------------------------------------------------------------------
_DEVICES: tuple | None = None


def _parse_devices(spec: str) -> tuple:
    out = []
    for part in spec.split(","):
        part = part.strip().lower()
        kind, _, number = part.partition(":")
        if kind not in ("cpu", "gpu") or not (number.isascii() and number.isdigit()):
            raise DataError(f"--devices {spec!r}: expected devices such as gpu:0,gpu:1 or cpu:0,cpu:1")
        if kind == "cpu" and int(number) >= _cpu_count():
            # each CPU named becomes a logical device with its own thread pools and memory
            raise DataError(f"--devices {spec!r}: this machine has {_cpu_count()} CPU cores, so cpu:0 to "
                            f"cpu:{_cpu_count() - 1}; name at most that many")
        out.append(f"{kind.upper()}:{int(number)}")
    if len(set(out)) != len(out):
        raise DataError(f"--devices {spec!r}: a device is named twice")
    return tuple(out)


def _cpu_count() -> int:
    return os.cpu_count() or 1


def use_devices(spec: str | None) -> None:
    """Run the forward pass on these devices (``gpu:0,gpu:1``; None: every GPU if there are several,
    else the default device).  Naming several CPUs splits the CPU into logical devices (at most one
    per core: each has its own thread pools and memory), which works only before TensorFlow has
    started its devices; a GPU must be one TensorFlow sees."""
    global _DEVICES
    if spec is None:
        _DEVICES = None
        return
    _DEVICES = None
    devices = _parse_devices(spec)
    cpus = [d for d in devices if d.startswith("CPU")]
    gpus = [int(d.split(":")[1]) for d in devices if d.startswith("GPU")]
    if gpus:
        import_keras()  # TensorFlow imported with its start-up lines silenced
        import tensorflow as tf
        have = len(tf.config.list_physical_devices("GPU"))
        if max(gpus) >= have:  # refused now, before the model and the images are read
            raise DataError(f"--devices {spec!r}: this machine has {have} GPU{'' if have == 1 else 's'} "
                            f"visible{f', so gpu:0 to gpu:{have - 1}' if have else '; use cpu:0'}")
    _DEVICES = devices
    if cpus:
        import_keras()  # TensorFlow imported with its start-up lines silenced
        import tensorflow as tf
        wanted = max(int(d.split(":")[1]) for d in cpus) + 1
        physical = tf.config.list_physical_devices("CPU")
        try:
            current = tf.config.get_logical_device_configuration(physical[0])
            if (current is None and wanted > 1) or (current is not None and len(current) < wanted):
                tf.config.set_logical_device_configuration(
                    physical[0], [tf.config.LogicalDeviceConfiguration() for _ in range(wanted)])
        except RuntimeError:
            pass  # devices already started: checked against what exists in `strategy`


def strategy():
    """The `tf.distribute` strategy for the forward pass, or None for the default device."""
    import tensorflow as tf
    if _DEVICES is None:
        gpus = tf.config.list_logical_devices("GPU")
        return tf.distribute.MirroredStrategy() if len(gpus) > 1 else None
    have = {d.name.split("device:")[-1].upper() for d in tf.config.list_logical_devices()}
    missing = [d for d in _DEVICES if d not in have]
    if missing:
        raise ModelError(f"--devices: no device {missing[0].lower()}; this machine has "
                         f"{', '.join(sorted(d.lower() for d in have))}")
    names = [f"/{d.lower()}" for d in _DEVICES]
    if len(names) == 1:
        return tf.distribute.OneDeviceStrategy(names[0])
    return tf.distribute.MirroredStrategy(names)
