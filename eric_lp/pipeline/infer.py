"""Inference with the program in place of the model's upper layers.

The model runs up to the entry layer; its kernels are quantised with the
stored thresholds into facts, and an engine derives the classes.

`infer_stream` does this batch by batch: each batch of images is run through
the model, quantised and decided by the engine, and handed on before the next
is read, with running counts (`Tally`) in place of stored answers, so memory
stays flat in the number of images.  `infer` gathers the stream into one
`Inference`.  `write_jsonl` writes a stream as JSON Lines (``infer --jsonl``):

* one line per image, in image order, with the fields of an entry of
  ``infer --json``'s ``images``: ``{"class": ..., "image": ..., "label": ...,
  "model_class": ...}`` (``class`` null when the program derived no class or
  several; ``label`` null without labels; ``image`` the file path, or the index
  in the split);
* then one last line ``{"summary": {...}}``, the only line with a ``summary``
  key: ``images`` (how many), ``correct`` (class equal to the label; null
  without labels), ``agreeing`` (class equal to the model's), ``accuracy`` and
  ``fidelity`` (percent, rounded to 2 places, as ``--json`` gives them; accuracy
  null without labels), ``no_class`` and ``several_classes``.

A stream cut short (an error, a reader gone) has no summary line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

import numpy as np

from ..core.answer import Answer
from ..core.facts import Facts
from ..errors import DataError, ModelError
from .folder import check_model, load_extraction
from .inputs import images_input

__all__ = ["lep_facts", "lep_batches", "Inference", "InferenceBatch", "Tally", "infer", "infer_stream",
           "write_jsonl", "batch_size_for", "BATCH_BYTES", "DEFAULT_ENGINE"]

#: The engine the API and the command use unless told otherwise: the fastest; the solvers give
#: the same classes and fired rules (the tests check that).
DEFAULT_ENGINE = "numpy"

#: The most bytes of float32 pixels a batch of the streamed inference holds: 256 images (the forward
#: pass's batch) of up to 8,192 values (52 x 52 x 3), fewer of larger ones.  Each batch's pixels and
#: activations are allocated anew; with 256 96 x 96 RGB images a batch (28 MB of pixels, 151 MB in a
#: small LeNet's first conv maps) the peak memory of `infer` rose by 150 MB from 3,000 to 12,000
#: images, as more of these buffers came to coincide; 64 images a batch kept it within 25 MB, at about
#: the same speed and with the same norms (programs/BENCHMARKS.md).
BATCH_BYTES = 8 << 20


def batch_size_for(shape) -> int:
    """Images per batch for images of `shape` (h, w, c): 256, halved while the pixels exceed
    `BATCH_BYTES`, never under 16."""
    per_image = 4 * int(np.prod(shape))
    size = 256
    while size > 16 and size * per_image > BATCH_BYTES:
        size //= 2
    return size


def _check_entry(model, quantiser) -> None:
    """Refuse a model without the entry layer the quantiser reads, or with another kernel count."""
    from ..nn.layers import layer_shape
    lep = quantiser.lep
    try:
        shape = layer_shape(model, lep.tensor)
    except ModelError:
        raise ModelError(f"the model has no layer {lep.tensor!r}, which the program's quantiser reads; "
                         "is it the model the program was extracted from?") from None
    if shape[-1] != lep.kernels:  # the same model, or one of the same shape
        raise ModelError(f"layer {lep.tensor} has {shape[-1]} kernels but the program was "
                         f"extracted with {lep.kernels}; use the model it was extracted from")


def _facts(quantiser, raw, start: int = 0):
    """(Facts of images start, start+1, ..., their norms) from the forward pass's activations."""
    norms = quantiser.features(raw)[0]
    truth = norms > quantiser.thresholds[0]
    return Facts(quantiser.lep.atom, quantiser.terms[0], truth, np.arange(start, start + len(truth))), norms


def lep_facts(model, quantiser, x: np.ndarray, progress: str | None = None):
    """Quantise the entry layer of images x (an `nn.stream.ImageSource`, or float32 (n, h, w, c) pixels
    in [0, 1], streamed batch by batch) with the stored thresholds, feeding the model as the quantiser
    records (``preprocess``).

    Returns (Facts, norms float (n, K), M's predicted class int (n,)).
    """
    from ..nn.quantise import forward_family, forward_norms
    _check_entry(model, quantiser)
    raw, predicted = forward_norms(model, x, [quantiser.lep.tensor], quantiser.norm, progress=progress,
                                   literals=forward_family(quantiser.literals), grid=quantiser.grid,
                                   preprocess=quantiser.preprocess)
    facts, norms = _facts(quantiser, raw)
    return facts, norms, predicted


def lep_batches(model, quantiser, x, progress: str | None = None, batch_size: int = 256):
    """`lep_facts` batch by batch: an iterator of (Facts of the batch, its norms, M's classes), the
    facts numbered by position in x.  The model is checked now, before the iterator is read."""
    from ..nn.quantise import forward_batches, forward_family
    _check_entry(model, quantiser)

    def stream():
        for start, raw, predicted in forward_batches(
                model, x, [quantiser.lep.tensor], quantiser.norm, batch_size, progress,
                forward_family(quantiser.literals), quantiser.grid, quantiser.preprocess):
            facts, norms = _facts(quantiser, raw, start)
            yield facts, norms, predicted
    return stream()


@dataclass(frozen=True, eq=False)
class Inference:
    """Per image: source, program class, label (or None), model class; with totals.  An image
    with no class or several has class None and counts as a miss; `undecided` says how many
    (``{"no_class": n, "several_classes": m}``, from `Answer.undecided`)."""

    images: list
    accuracy: float | None
    fidelity: float
    answer: object
    norms: np.ndarray

    @property
    def undecided(self) -> dict:
        return self.answer.undecided()

    def to_json(self) -> dict:
        return {"images": self.images, "accuracy": self.accuracy, "fidelity": self.fidelity, **self.undecided}


@dataclass(frozen=True)
class Tally:
    """Running counts of an inference: what its totals are computed from, so a stream keeps no answer.
    correct is None without labels."""

    images: int = 0
    correct: int | None = None
    agreeing: int = 0
    no_class: int = 0
    several_classes: int = 0

    def add(self, answer: Answer, labels, model_pred) -> "Tally":
        """These counts with one more batch: its `Answer`, labels (None: none) and M's classes."""
        predicted = answer.predicted()
        undecided = answer.undecided()
        correct = None if labels is None else (self.correct or 0) + int(np.sum(predicted == labels))
        return Tally(self.images + len(predicted), correct, self.agreeing + int(np.sum(predicted == model_pred)),
                     self.no_class + undecided["no_class"], self.several_classes + undecided["several_classes"])

    def _percent(self, count: int) -> float:
        return round(100.0 * float(count) / max(self.images, 1), 2)  # as `core.scoring.agreement`

    @property
    def accuracy(self) -> float | None:
        return None if self.correct is None else self._percent(self.correct)

    @property
    def fidelity(self) -> float:
        return self._percent(self.agreeing)

    @property
    def undecided(self) -> dict:
        return {"no_class": self.no_class, "several_classes": self.several_classes}

    def to_json(self) -> dict:
        return {"images": self.images, "correct": self.correct, "agreeing": self.agreeing,
                "accuracy": self.accuracy, "fidelity": self.fidelity, **self.undecided}


@dataclass(frozen=True, eq=False)
class InferenceBatch:
    """One decided batch of a stream: its rows (as `Inference.images`), the engine's `Answer`, the entry
    layer's norms, and the `Tally` of every image up to and including this batch."""

    images: list
    answer: Answer
    norms: np.ndarray
    tally: Tally


def infer_stream(model, program_dir, dataset=None, images=None, files=None, engine: str = DEFAULT_ENGINE,
                 data_root=None, seed: int | None = None, split: str = "test", progress: bool = True,
                 limit: int | None = None, preprocess: str | None = None, any_model: bool = False,
                 allow_overlap: bool = False, batch_size: int | None = None):
    """`infer` as an iterator of `InferenceBatch`, one per batch of `batch_size` images (None:
    `batch_size_for` the program's input shape), each decided before the next is read (at least one,
    empty when there are no images).  Everything that can be refused (the program, the model, the
    data) is checked now, before the iterator is read."""
    from ..engines import run
    from ..nn.models import load_model
    program, quantiser = load_extraction(program_dir, preprocess)
    check_model(program_dir, model, any_model)
    keras_model = load_model(model)
    x, labels, sources = images_input(quantiser, dataset, images, files, data_root, seed, split, limit, model,
                                      allow_overlap)
    batches = lep_batches(keras_model, quantiser, x, "forward pass" if progress else None,
                          batch_size or batch_size_for(quantiser.input_shape))
    names = program.classes

    def stream():
        tally = Tally(correct=None if labels is None else 0)
        for facts, norms, model_pred in batches:
            answer = run(program, facts, engine)
            ids = facts.images
            truth = None if labels is None else labels[ids]
            predicted = answer.predicted()
            rows = [{"image": source if isinstance(source, str) else int(source),
                     "class": names[p] if p >= 0 else None,
                     "label": names[truth[j]] if truth is not None else None,
                     "model_class": names[model_pred[j]]}
                    for j, (source, p) in enumerate(zip((sources[i] for i in ids), predicted))]
            tally = tally.add(answer, truth, model_pred)
            yield InferenceBatch(rows, answer, norms, tally)
        if tally.images == 0:  # no images: one empty batch, so a caller always has an answer's shape
            empty = Facts(quantiser.lep.atom, quantiser.terms[0],
                          np.zeros((0, len(quantiser.terms[0])), dtype=bool), np.arange(0))
            yield InferenceBatch([], run(program, empty, engine), np.zeros((0, len(quantiser.terms[0]))), tally)
    return stream()


def infer(model, program_dir, dataset=None, images=None, files=None, engine: str = DEFAULT_ENGINE,
          data_root=None, seed: int | None = None, split: str = "test", progress: bool = True,
          limit: int | None = None, preprocess: str | None = None, any_model: bool = False,
          allow_overlap: bool = False) -> Inference:
    """Classify images with the extracted program instead of the model's upper layers.

    preprocess: how pixels are fed to the model; None (or ``auto``): as at extraction.
    seed: the data seed, None: the model's recorded split (`pipeline.inputs.images_input`, which
    refuses a split holding images the model was trained on unless `allow_overlap`).
    any_model: run the program on a model file other than the one it was extracted from.
    Every answer is kept; `infer_stream` gives them batch by batch instead.
    """
    parts = list(infer_stream(model, program_dir, dataset, images, files, engine, data_root, seed, split,
                              progress, limit, preprocess, any_model, allow_overlap))
    first, tally = parts[0].answer, parts[-1].tally
    answer = replace(first, images=np.concatenate([p.answer.images for p in parts]),
                     classes=np.concatenate([p.answer.classes for p in parts]),
                     fired=np.concatenate([p.answer.fired for p in parts]))
    rows = [row for p in parts for row in p.images]
    return Inference(rows, tally.accuracy, tally.fidelity, answer, np.concatenate([p.norms for p in parts]))


def write_jsonl(stream, handle) -> Tally:
    """Write an `infer_stream` to the text file `handle` as JSON Lines (the schema is in the module's
    documentation), flushing after each batch so a reader sees each answer once it is decided.
    Returns the final `Tally`."""
    tally = Tally()
    for batch in stream:
        _put(handle, "".join(json.dumps(row, sort_keys=True) + "\n" for row in batch.images))
        tally = batch.tally
    _put(handle, json.dumps({"summary": tally.to_json()}, sort_keys=True) + "\n")
    return tally


def _put(handle, text: str) -> None:
    """Write and flush; a file that refuses (a full disk, an I/O error) is one `DataError`.  A reader gone
    (`BrokenPipeError`) is left to the caller, which stops quietly."""
    try:
        handle.write(text)
        handle.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        name = getattr(handle, "name", None)  # "<stdout>", a path, or a descriptor's number (-o's temporary)
        raise DataError(f"{name if isinstance(name, str) else 'the output file'}: cannot write the answers "
                        f"({exc.strerror or exc}); free some space or write them elsewhere") from None
