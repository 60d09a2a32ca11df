"""Inference with the program in place of the model's upper layers.

The model runs up to the entry layer; its kernels are quantised with the
stored thresholds into facts, and an engine derives the classes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..core.facts import Facts
from ..core.scoring import agreement
from ..errors import ModelError
from .folder import check_model, load_extraction
from .inputs import images_input

__all__ = ["lep_facts", "Inference", "infer", "DEFAULT_ENGINE"]

#: The engine the API and the command use unless told otherwise: the fastest; the solvers give
#: the same classes and fired rules (the tests check that).
DEFAULT_ENGINE = "numpy"


def lep_facts(model, quantiser, x: np.ndarray, progress: str | None = None):
    """Quantise the entry layer of images x (an `nn.stream.ImageSource`, or float32 (n, h, w, c) pixels
    in [0, 1], streamed batch by batch) with the stored thresholds, feeding the model as the quantiser
    records (``preprocess``).

    Returns (Facts, norms float (n, K), M's predicted class int (n,)).
    """
    from ..nn.layers import layer_shape
    from ..nn.quantise import forward_family, forward_norms
    lep = quantiser.lep
    try:
        shape = layer_shape(model, lep.tensor)
    except ModelError:
        raise ModelError(f"the model has no layer {lep.tensor!r}, which the program's quantiser reads; "
                         "is it the model the program was extracted from?") from None
    if shape[-1] != lep.kernels:  # the same model, or one of the same shape
        raise ModelError(f"layer {lep.tensor} has {shape[-1]} kernels but the program was "
                         f"extracted with {lep.kernels}; use the model it was extracted from")
    raw, predicted = forward_norms(model, x, [lep.tensor], quantiser.norm, progress=progress,
                                   literals=forward_family(quantiser.literals), grid=quantiser.grid,
                                   preprocess=quantiser.preprocess)
    norms = quantiser.features(raw)[0]
    truth = norms > quantiser.thresholds[0]
    return Facts(lep.atom, quantiser.terms[0], truth, np.arange(len(truth))), norms, predicted


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


def infer(model, program_dir, dataset=None, images=None, files=None, engine: str = DEFAULT_ENGINE,
          data_root=None, seed: int | None = None, split: str = "test", progress: bool = True,
          limit: int | None = None, preprocess: str | None = None, any_model: bool = False,
          allow_overlap: bool = False) -> Inference:
    """Classify images with the extracted program instead of the model's upper layers.

    preprocess: how pixels are fed to the model; None (or ``auto``): as at extraction.
    seed: the data seed, None: the model's recorded split (`pipeline.inputs.images_input`, which
    refuses a split holding images the model was trained on unless `allow_overlap`).
    any_model: run the program on a model file other than the one it was extracted from.
    """
    from ..engines import run
    from ..nn.models import load_model
    program, quantiser = load_extraction(program_dir, preprocess)
    check_model(program_dir, model, any_model)
    keras_model = load_model(model)
    x, labels, sources = images_input(quantiser, dataset, images, files, data_root, seed, split, limit, model,
                                      allow_overlap)
    facts, norms, model_pred = lep_facts(keras_model, quantiser, x, "forward pass" if progress else None)
    answer = run(program, facts, engine)
    predicted = answer.predicted()
    names = program.classes
    rows = []
    for i, source in enumerate(sources):
        rows.append({"image": source if isinstance(source, str) else int(source),
                     "class": names[predicted[i]] if predicted[i] >= 0 else None,
                     "label": names[labels[i]] if labels is not None else None,
                     "model_class": names[model_pred[i]]})
    accuracy = None if labels is None else round(agreement(predicted, labels), 2)
    return Inference(rows, accuracy, round(agreement(predicted, model_pred), 2), answer, norms)
