"""The data a model was trained on, kept beside it (``NAME.data.json`` for ``NAME.keras`` or ``NAME.h5``).

``eric-lp train`` and ``finetune`` write the record; every command that feeds
a model its data reads it back.  With no ``--seed`` a run draws the split the
model was trained on; a run asked for another split (another seed, classes or
limit) is refused when the held-out images it would measure on are images the
model was trained on, counted image by image (`Split.origin`), unless the
caller allows the overlap.  The record holds the model file's sha256, so a
record left beside a file that has since been replaced is told apart and
ignored.  A model with no record (a user's own file) is used as it is: nothing
can be checked.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..core.files import file_sha256, write_json
from ..errors import DataError
from .models import model_sha256

__all__ = ["DataChoice", "TrainingRecord", "SplitCheck", "record_path", "write_record", "read_record",
           "resolve_seed", "check_split", "extended", "RECORD_SUFFIX"]

RECORD_SUFFIX = ".data.json"
FORMAT = 1
_WORDS = {"train": "training", "val": "validation", "test": "test"}


@dataclass(frozen=True)
class DataChoice:
    """One draw of data, as `nn.data.load_dataset` is asked for it.

    dataset: ``--dataset SPEC``; images: ``--images DIR``, resolved; seed,
    limit: the draw; data_root: where Fashion-MNIST lay (not compared: the
    same rows wherever the files lie); classes: their names, for people.
    """

    dataset: str | None = None
    images: str | None = None
    seed: int = 0
    limit: int | None = None
    data_root: str | None = None
    classes: tuple = ()

    @classmethod
    def of(cls, dataset=None, images=None, data_root=None, seed: int = 0, limit=None, classes=()) -> "DataChoice":
        return cls(dataset, None if images is None else str(Path(images).resolve()), int(seed),
                   None if limit is None else int(limit), None if data_root is None else str(data_root),
                   tuple(classes))

    @property
    def source(self) -> str:
        """What the images are drawn from: the dataset's name or the folder."""
        return self.images if self.images is not None else str(self.dataset).partition(":")[0]

    def draw(self) -> tuple:
        """What decides which images fall into which split."""
        return (self.dataset, self.images, self.seed, self.limit)

    def options(self, base: "DataChoice | None" = None) -> str:
        """The command-line options of this draw; with `base`, only those that differ from it."""
        parts = []
        if base is None or (self.dataset, self.images) != (base.dataset, base.images):
            parts.append(f"--dataset {self.dataset}" if self.dataset is not None else f"--images {self.images}")
        if base is None or self.seed != base.seed:
            parts.append(f"--seed {self.seed}")
        if self.limit is not None and (base is None or self.limit != base.limit):
            parts.append(f"--limit {self.limit}")
        elif base is not None and base.limit is not None and self.limit is None:
            parts.append("no --limit")
        return " ".join(parts)

    def to_json(self) -> dict:
        return {"dataset": self.dataset, "images": self.images, "seed": self.seed, "limit": self.limit,
                "data_root": self.data_root, "classes": list(self.classes)}

    @classmethod
    def from_json(cls, data: dict) -> "DataChoice":
        limit = data.get("limit")
        return cls(data.get("dataset"), data.get("images"), int(data["seed"]), None if limit is None else int(limit),
                   data.get("data_root"), tuple(str(c) for c in data.get("classes", ())))


@dataclass(frozen=True)
class TrainingRecord:
    """What a model file was trained on: every draw, oldest first (a fine-tuned model adds its own
    to its parent's), and the sha256 of the file the record belongs to."""

    model_sha256: str
    trained_on: tuple
    path: Path | None = field(default=None, compare=False)

    @property
    def seed(self) -> int:
        """The seed of the latest draw: the split a run uses by default."""
        return self.trained_on[-1].seed

    def to_json(self) -> dict:
        return {"format": FORMAT, "model_sha256": self.model_sha256,
                "trained_on": [c.to_json() for c in self.trained_on]}


def record_path(model_path) -> Path:
    """``m.keras`` -> ``m.data.json`` (``m.h5`` too), beside the model."""
    return Path(model_path).with_suffix(RECORD_SUFFIX)


def write_record(model_path, trained_on) -> Path:
    """Write the record of the model file now at `model_path` (atomically; check the path with
    `core.files.check_output(record_path(...))` before the training)."""
    record = TrainingRecord(model_sha256(model_path), tuple(trained_on))
    path = record_path(model_path)
    write_json(path, record.to_json())
    return path


def read_record(model_path) -> TrainingRecord | None:
    """The record beside `model_path`; None when there is none, or when it was written for another
    file (then a one-line note says so: the model was replaced after the record was written)."""
    path = record_path(model_path)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        record = TrainingRecord(str(data["model_sha256"]),
                                tuple(DataChoice.from_json(c) for c in data["trained_on"]), path)
        if not record.trained_on:
            raise ValueError("trained_on is empty")
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DataError(f"{path}: not an eric-lp training record ({exc.__class__.__name__}: {exc}); "
                        f"delete it to use {Path(model_path).name} unchecked") from None
    actual = model_sha256(model_path)
    if actual != record.model_sha256:
        print(f"eric-lp: note: {path} was written for another model file (sha256 {record.model_sha256[:12]}, "
              f"{Path(model_path).name} is {actual[:12]}); ignored: the split the model was trained on is "
              "not known", file=sys.stderr)
        return None
    return record


@dataclass(frozen=True)
class SplitCheck:
    """Which split a run used and why: the seed, where it came from (``--seed``, the model's record,
    or the default 0 for a model with none), and per checked split how many of its images the
    model was trained on (None: no record, nothing to check against)."""

    choice: DataChoice
    seed_from: str
    overlap: dict | None = None

    def to_json(self) -> dict:
        """For metrics.json: ``{"seed": 0, "seed_from": "record", "overlap": {"val": 0, "test": 0}}``."""
        return {"seed": self.choice.seed, "seed_from": self.seed_from, "overlap": self.overlap}


def resolve_seed(record: TrainingRecord | None, seed, fallback: int = 0) -> tuple[int, str]:
    """(seed, where it came from): the given one, else the record's, else `fallback`."""
    if seed is not None:
        return int(seed), "option"
    if record is not None:
        return record.seed, "record"
    return int(fallback), "default"


def _trained_origins(entry: DataChoice, data_root) -> set:
    """The images of `entry`'s training split, as `Split.origin` names them (read again: cheap, since
    nothing is decoded for image files and Fashion-MNIST is two small files)."""
    from .data import load_dataset
    try:
        train = load_dataset(entry.dataset, entry.images, data_root if data_root is not None else entry.data_root,
                             entry.seed, limit=entry.limit).train
    except DataError as exc:
        raise DataError(f"cannot read the data the model was trained on ({entry.options()}) to check the split "
                        f"for overlap: {exc}; pass --allow-overlap to go on unchecked") from None
    return set(train.origin)


def _file_digests(paths) -> dict:
    """path -> sha256 of the file's bytes (files the folder listing found regular)."""
    from .images import open_regular
    return {path: file_sha256(path, open_regular) for path in paths}


def _copied_origins(entry: DataChoice, data, splits) -> set:
    """The images of `data`'s `splits` whose bytes equal an image the model was trained on from another
    folder (a copy of the training folder is still the training images).  A training folder that can
    no longer be read leaves nothing to compare with."""
    try:
        trained = set(_file_digests(_trained_origins(entry, None)).values())
    except (DataError, OSError):
        return set()
    asked = [o for s in splits for o in data.split(s).origin]
    return {path for path, digest in _file_digests(asked).items() if digest in trained}


def check_split(model_path, record: TrainingRecord | None, choice: DataChoice, seed_from: str, data,
                splits=("val", "test"), allow_overlap: bool = False) -> SplitCheck:
    """Count, per split in `splits`, the images of `data` the model was trained on; refuse a run that
    would measure on any (one line naming the fix) unless `allow_overlap`.

    data: the `Dataset` drawn by `choice`.  A draw the record holds (same
    dataset or folder, seed and limit) overlaps nothing by construction and is
    not read again; nor is a draw from another dataset (other images).  A draw from another image
    folder is compared by the files' bytes, so a copy of the training folder is caught.
    """
    if record is None:
        return SplitCheck(choice, seed_from, None)
    trained, worst = set(), None
    for entry in record.trained_on:
        if entry.draw() == choice.draw():
            continue
        if entry.source == choice.source:
            origins = _trained_origins(entry, choice.data_root)
        elif entry.images is not None and choice.images is not None:
            origins = _copied_origins(entry, data, splits)  # another folder may hold the same pictures
        else:
            continue  # another dataset: other images
        trained |= origins
        found = {s: sum(1 for o in data.split(s).origin if o in origins) for s in splits}
        if sum(found.values()) and (worst is None or sum(found.values()) > sum(worst[1].values())):
            worst = (entry, found)  # the draw the message names: the one that overlaps most
    counts = {s: sum(1 for o in data.split(s).origin if o in trained) for s in splits}  # every draw together
    check = SplitCheck(choice, seed_from, counts)
    if worst is None or allow_overlap:
        return check
    entry, found = worst
    model = Path(model_path).name
    asked = choice.options(entry) or choice.options()
    parts = [f"{n:,} of {len(data.split(s)):,} {_WORDS[s]} images" for s, n in found.items() if n]
    if seed_from == "option" and choice.options(entry) == f"--seed {choice.seed}" and entry.seed == record.seed:
        fix = "drop --seed"
    else:
        fix = f"use {entry.options()}"
    raise DataError(f"{asked} puts {' and '.join(parts)} in {model}'s training split (trained with "
                    f"{entry.options()}): {fix}, or pass --allow-overlap to measure anyway")


def extended(record: TrainingRecord | None, choice: DataChoice) -> tuple:
    """The draws a model fine-tuned on `choice` was trained on: its parent's, then this one (once)."""
    earlier = () if record is None else record.trained_on
    if any(c.draw() == choice.draw() for c in earlier):
        return earlier
    return (*earlier, replace(choice))
