"""What the pipeline reads: a saved model with its data, or the images a program should classify."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError, ModelError
from ..nn.training_record import DataChoice, SplitCheck, TrainingRecord, check_split, read_record, resolve_seed

__all__ = ["ModelData", "load_model_data", "model_and_data", "images_input"]


@dataclass(frozen=True, eq=False)
class ModelData:
    """A saved model with the data it is fed: the Keras model, its file's sha256, the `Dataset` in
    its input shape, the model's training record (None: it has none) and the split drawn and why."""

    model: object
    sha256: str
    data: object
    record: TrainingRecord | None
    split: SplitCheck

    @property
    def key(self) -> str:
        """The norm cache's key of the model (`nn.models.model_key`)."""
        return self.sha256[:16]


def load_model_data(model_path, dataset=None, images=None, data_root=None, seed: int | None = None, limit=None,
                    check=("val", "test"), allow_overlap: bool = False, fallback_seed: int = 0) -> ModelData:
    """The model at `model_path` and its data, drawn as its training record says.

    seed: the data seed (the train/val/test split and --limit's sample); None:
    the seed the model was trained with (``MODEL.data.json``), else
    `fallback_seed`.  check:
    the splits a run measures on; when one holds images the model was trained
    on, a `DataError` says so and how to fix it, unless `allow_overlap`
    (`nn.training_record.check_split`).
    """
    from ..nn.data import load_dataset
    from ..nn.models import load_model, model_sha256
    record = read_record(model_path)
    seed, seed_from = resolve_seed(record, seed, fallback_seed)
    model = load_model(model_path)
    want = tuple(model.input_shape[1:])
    if any(s is None for s in want):
        raise ModelError(f"{model_path}: the model's input shape {want} is not fixed; ERIC needs a fixed size")
    data = load_dataset(dataset, images, data_root, seed, shape=want, limit=limit)
    choice = DataChoice.of(dataset, images, data_root, seed, limit, data.class_names)
    split = check_split(model_path, record, choice, seed_from, data, check, allow_overlap)
    return ModelData(model, model_sha256(model_path), data, record, split)


def model_and_data(model_path, dataset=None, images=None, data_root=None, seed: int | None = None, limit=None,
                   check=("val", "test"), allow_overlap: bool = False):
    """(Keras model, its content key, the `Dataset` in the model's input shape): `load_model_data`, short."""
    loaded = load_model_data(model_path, dataset, images, data_root, seed, limit, check, allow_overlap)
    return loaded.model, loaded.key, loaded.data


def images_input(quantiser, dataset=None, images=None, files=None, data_root=None, seed: int | None = None,
                 split: str = "test", limit: int | None = None, model=None, allow_overlap: bool = False):
    """(x, labels int (n,) or None, sources) from a dataset split, a folder split, or image files, in
    the input shape the quantiser was fitted on.  x is an `nn.stream.ImageSource`: nothing is
    decoded until the forward pass streams it (``x[indices]`` picks images, ``x.array()`` reads them).

    model: the model file the images go to; with it, seed None draws the split
    the model was trained with, and a val or test split holding images it was
    trained on is refused unless `allow_overlap` (as in `load_model_data`).
    """
    from ..nn.data import load_dataset
    from ..nn.stream import FileImages
    shape = tuple(quantiser.input_shape)
    given = sum(x is not None and x != [] for x in (dataset, images, files))
    if given != 1:
        raise DataError("give exactly one of --dataset, --images DIR or image files")
    if files:
        missing = [f for f in files if not Path(f).is_file()]
        if missing:
            raise DataError(f"{missing[0]}: no such image file")
        return FileImages(tuple(str(f) for f in files), shape), None, [str(f) for f in files]
    record = read_record(model) if model is not None else None
    seed, seed_from = resolve_seed(record, seed)
    data = load_dataset(dataset, images, data_root, seed, shape=shape, limit=limit)
    if tuple(data.class_names) != tuple(quantiser.class_names):
        raise DataError(f"the data's classes ({', '.join(data.class_names)}) are not the program's "
                        f"({', '.join(quantiser.class_names)})")
    if model is not None and split != "train":  # the training split makes no claim of being unseen
        check_split(model, record, DataChoice.of(dataset, images, data_root, seed, limit, data.class_names),
                    seed_from, data, (split,), allow_overlap)
    part = data.split(split)
    sources = list(part.sources) if part.sources else list(range(len(part)))
    return part.images, part.y, sources
