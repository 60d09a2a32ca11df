"""The extraction recipe, step by step: `extract` and every experiment run these three.

`read_norms`: the pixels settled (`nn.preprocess`), one forward pass per
split through the norm cache, the activations of the chosen layers kept.
`quantise`: thresholds fitted on the training split (a `Quantiser`) and the
truth tables of every split.  `learn`: a program from the training truth
tables of some or all of those layers, scored on every split with the numpy
evaluator.  A sweep over layers, depths or learners reads the norms once,
quantises once per threshold strategy and learns many times.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from ..core.facts import Facts
from ..core.program import Program
from ..core.scoring import SPLITS, score
from ..errors import DataError
from ..nn.layers import layer_shape, resolve_layers
from ..nn.preprocess import PixelCheck, choose_preprocess
from ..nn.quantise import NormCache, Quantiser, default_cache_dir, forward_family, split_norms
from .settings import ExtractionSettings

__all__ = ["Norms", "Quantised", "Learned", "read_norms", "quantise", "learn", "score_program"]


@dataclass(frozen=True, eq=False)
class Norms:
    """What the forward pass gave for every split: each layer's activations and M's class per image.

    values / predicted / labels: {split: [float (n, columns_l) per layer]} / {split: int (n,)}.
    family and grid: what the pass computed (`nn.quantise.forward_family`); pixels: how images were fed
    and why (`nn.preprocess.PixelCheck`).
    """

    layers: tuple       # LayerChoice per layer, bottom-up
    shapes: tuple       # (h, w) of each layer's map
    values: dict
    predicted: dict
    labels: dict
    input_shape: tuple
    class_names: tuple
    norm: str
    family: str
    grid: int | None
    pixels: PixelCheck
    seconds: float      # the forward passes (or cache reads), every split
    cached: bool        # every split came from the norm cache


@dataclass(frozen=True, eq=False)
class Quantised:
    """Norms with their quantiser: truth = {split: [bool (n, columns_l) per layer]}."""

    norms: Norms
    quantiser: Quantiser
    truth: dict


@dataclass(frozen=True, eq=False)
class Learned:
    """A program, its scores per split (`score_program`'s, unrounded) and the seconds its induction took."""

    program: Program
    scores: dict
    seconds: float


def score_program(program: Program, lep_truth: np.ndarray, labels: np.ndarray, model_pred: np.ndarray,
                  terms=None) -> dict:
    """`core.scoring.score` of the program on an entry-layer truth table (numpy evaluator), plus
    ``predicted``: the program's class per image."""
    from ..engines.numpy import evaluate
    if terms is None:
        facts = Facts.from_table(program.lep, lep_truth)
    else:
        facts = Facts(program.lep, tuple(terms), lep_truth, np.arange(len(lep_truth)))
    predicted = evaluate(program, facts).predicted()
    return {**score(predicted, labels, model_pred), "predicted": predicted}


def read_norms(model, model_key: str, data, settings: ExtractionSettings, cache_dir=None, progress: bool = True,
               pixels: PixelCheck | None = None) -> Norms:
    """The activations `settings` asks for (its layers, norm, literal family and grid) on every split.

    model: a Keras model; model_key: its content hash (for the norm cache);
    cache_dir: the cache's folder (None: the default one), or a `NormCache`;
    data: a `Dataset` already in the model's input shape; pixels: the
    convention settled before (a sweep reading several families), else settled
    here from ``settings.preprocess`` (`nn.preprocess.choose_preprocess`: ``auto``
    measures M on a sample of training images).
    """
    from ..nn.models import check_input
    check_input(model, data)
    if len(data.train) == 0:
        raise DataError("the training split is empty")
    chosen = resolve_layers(model, settings.layers)
    if pixels is None:
        pixels = choose_preprocess(model, settings.preprocess, data.train, settings.seed or 0)
    tensors = [c.tensor for c in chosen]
    shapes = tuple(tuple(layer_shape(model, t)[0:2]) for t in tensors)
    if settings.literals == "cell" and settings.grid is not None:
        for c, (h, w) in zip(chosen, shapes):
            if settings.grid > min(h, w):
                raise DataError(f"--grid {settings.grid}: layer {c.atom}'s map is {h}x{w}, so at most "
                                f"{min(h, w)} x {min(h, w)} regions; give --grid {min(h, w)} or less, or leave "
                                "it out for one literal per cell")
    # a NormCache as is: NormCache(None) reads and writes nothing (a model whose weights keep changing)
    cache = cache_dir if isinstance(cache_dir, NormCache) else \
        NormCache(default_cache_dir() if cache_dir is None else cache_dir)
    family = forward_family(settings.literals)
    seconds, values, predicted, cached = 0.0, {}, {}, {}
    for split in SPLITS:
        start = time.perf_counter()
        (values[split], predicted[split]), cached[split] = split_norms(
            model, model_key, data, split, tensors, settings.norm, cache, progress, family, settings.grid,
            pixels.name)
        seconds += time.perf_counter() - start
    return Norms(tuple(chosen), shapes, values, predicted, {s: data.split(s).y for s in SPLITS}, data.input_shape,
                 tuple(data.class_names), settings.norm, family, settings.grid, pixels, seconds,
                 all(cached.values()))


def quantise(norms: Norms, settings: ExtractionSettings) -> Quantised:
    """Thresholds by ``settings.threshold`` over the training split, and every split's truth tables.

    settings must ask for what the norms hold (norm, literal family, grid);
    its threshold strategy and literals (kernels or their groups) may vary.
    """
    if (settings.norm, forward_family(settings.literals), settings.grid) != (norms.norm, norms.family, norms.grid):
        raise DataError(f"settings ask for {settings.norm} norms of {settings.literals_name} literals; the norms "
                        f"read are {norms.norm} {norms.family} norms (grid {norms.grid})")
    quantiser = Quantiser.fit(norms.layers, norms.values["train"], settings.norm, norms.input_shape,
                              norms.class_names, settings.threshold, norms.predicted["train"], settings.literals,
                              settings.grid, list(norms.shapes), norms.pixels.name)
    return Quantised(norms, quantiser, {s: quantiser.truth(norms.values[s]) for s in SPLITS})


def learn(quantised: Quantised, settings: ExtractionSettings, layers=None) -> Learned:
    """The program learnt from the training truth tables of `layers` (indices into the quantised layers,
    bottom-up; default all), to mimic M, and its scores on every split.

    settings: the learner (depth, alpha; learner and budget) and the
    program's header; its layers are not read (the quantised ones are), nor
    its seed: the numpy tree breaks ties by the lowest feature index.
    """
    from ..learn.chain import induce_program
    norms, quantiser = quantised.norms, quantised.quantiser
    picked = list(range(len(quantiser.layers))) if layers is None else [int(i) for i in layers]
    if not picked:
        raise DataError("learn needs at least one layer")
    atoms = [quantiser.layers[i].atom for i in picked]
    start = time.perf_counter()
    program = induce_program([quantised.truth["train"][i] for i in picked], atoms, norms.predicted["train"],
                             norms.class_names, settings.depth, settings.alpha,
                             meta=settings.meta(atoms[0]), terms=[quantiser.terms[i] for i in picked],
                             budget=settings.budget if settings.learner == "budget" else None)
    seconds = time.perf_counter() - start
    entry = picked[0]
    scores = {s: score_program(program, quantised.truth[s][entry], norms.labels[s], norms.predicted[s],
                               quantiser.terms[entry]) for s in SPLITS}
    return Learned(program, scores, seconds)
