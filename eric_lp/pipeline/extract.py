"""The extraction pipeline: model + data + settings -> program, quantiser and Table 1 metrics.

``extract`` quantises the chosen layers on every split (through the norm
cache), learns the program from the training split, and measures it with the
numpy evaluator: accuracy of M and of the program M* against the labels, and
fidelity of M* to M, on train, val and test.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from ..core.facts import Facts
from ..core.program import Program
from ..core.scoring import SPLITS, score
from ..errors import DataError
from ..nn.layers import first_layers, layer_shape, resolve_layers
from ..nn.preprocess import PIXELS, resolve_preprocess
from ..nn.quantise import NormCache, Quantiser, default_cache_dir, forward_family, split_norms
from .settings import ExtractionSettings

__all__ = ["Extraction", "extract", "score_program", "table1_row"]


@dataclass(frozen=True, eq=False)
class Extraction:
    """An extracted program with what it needs to run, how it was made and how well it does."""

    program: Program
    quantiser: Quantiser
    settings: ExtractionSettings
    metrics: dict


def score_program(program: Program, lep_truth: np.ndarray, labels: np.ndarray, model_pred: np.ndarray,
                  columns=None) -> dict:
    """`core.scoring.score` of the program on an entry-layer truth table (numpy evaluator), plus
    ``predicted``: the program's class per image."""
    from ..engines.numpy import evaluate
    if columns is None:
        facts = Facts.from_table(program.lep, lep_truth)
    else:
        facts = Facts(program.lep, tuple(columns), lep_truth, np.arange(len(lep_truth)))
    predicted = evaluate(program, facts).predicted()
    return {**score(predicted, labels, model_pred), "predicted": predicted}


def extract(model, model_key: str, data, settings: ExtractionSettings, cache_dir=None,
            progress: bool = True) -> Extraction:
    """Quantise `settings.layers` (bottom-up; the first is the LEP) and learn the program.

    model: a Keras model; model_key: its content hash (for the norm cache);
    data: a `Dataset` already in the model's input shape.
    """
    from ..learn.chain import induce_program
    from ..nn.models import check_input
    check_input(model, data)
    if len(data.train) == 0:
        raise DataError("the training split is empty")
    chosen = resolve_layers(model, settings.layers)
    preprocess = resolve_preprocess(model, settings.preprocess)
    tensors = [c.tensor for c in chosen]
    if settings.literals == "cell" and settings.grid is not None:
        for c in chosen:
            h, w = layer_shape(model, c.tensor)[0:2]
            if settings.grid > min(h, w):
                raise DataError(f"--grid {settings.grid}: layer {c.atom}'s map is {h}x{w}, so at most "
                                f"{min(h, w)} x {min(h, w)} regions; give --grid {min(h, w)} or less, or leave "
                                "it out for one literal per cell")
    cache = NormCache(default_cache_dir() if cache_dir is None else cache_dir)
    family = forward_family(settings.literals)
    forward_seconds, per_split, cached = 0.0, {}, {}
    for split in SPLITS:
        start = time.perf_counter()
        per_split[split], cached[split] = split_norms(model, model_key, data, split, tensors, settings.norm, cache,
                                                      progress, family, settings.grid, preprocess)
        forward_seconds += time.perf_counter() - start
    shapes = [layer_shape(model, t)[0:2] for t in tensors]
    quantiser = Quantiser.fit(chosen, per_split["train"][0], settings.norm, data.input_shape, data.class_names,
                              settings.threshold, per_split["train"][1], settings.literals, settings.grid, shapes,
                              preprocess)
    truth = {s: quantiser.truth(per_split[s][0]) for s in SPLITS}
    start = time.perf_counter()
    program = induce_program(truth["train"], [c.atom for c in chosen], per_split["train"][1], data.class_names,
                             settings.depth, settings.alpha, settings.seed, settings.meta(chosen[0].atom),
                             columns=quantiser.columns,
                             budget=settings.budget if settings.learner == "budget" else None)
    induction_seconds = time.perf_counter() - start
    metrics = {key: {} for key in ("accuracy_model", "accuracy_program", "fidelity")}
    for split in SPLITS:
        scored = score_program(program, truth[split][0], data.split(split).y, per_split[split][1],
                               quantiser.columns[0])
        for key in metrics:
            metrics[key][split] = round(scored[key], 2)
    metrics.update(program.metrics().as_dict())
    metrics.update(settings.record())
    metrics.update({
        "layers": [c.atom for c in chosen], "lep": chosen[0].atom,  # the program's names of the layers
        "dataset": data.key, "classes": list(data.class_names),
        "images": {s: len(data.split(s)) for s in SPLITS},
        "timings": {"forward_seconds": round(forward_seconds, 3), "induction_seconds": round(induction_seconds, 3),
                    "forward_cached": all(cached.values())},
    })
    warnings = chance_warnings(metrics, len(data.class_names), preprocess, first_layers(model))
    if warnings:  # only then: default outputs stay byte-identical
        metrics["warnings"] = warnings
    return Extraction(program, quantiser, settings, metrics)


OTHERS = ("unit", "raw", "caffe", "tf", "torch")


def chance_warnings(metrics: dict, classes: int, preprocess: str, first: list) -> list[str]:
    """Say so when M looks untrained or fed the wrong pixels: its training accuracy within 5 points
    of chance, or a program with no antecedent at all."""
    chance = 100.0 / classes
    accuracy = metrics["accuracy_model"]["train"]
    reasons = []
    if abs(accuracy - chance) <= 5:
        reasons.append(f"M's accuracy on the training split is {accuracy:.1f}%, chance for {classes} classes "
                       f"is {chance:.1f}%")
    if metrics["size"] == 0:
        reasons.append("the program has no antecedent (size 0)")
    if not reasons:
        return []
    return [f"{'; '.join(reasons)}: the model may expect other pixels. They were fed with --preprocess "
            f"{preprocess} ({PIXELS[preprocess]}); the model begins with {', '.join(first)}. "
            f"Try --preprocess {' or '.join(x for x in OTHERS if x != preprocess)} as the model was trained, "
            "or check the model"]


def table1_row(metrics: dict) -> str:
    """The paper's Table 1 columns, as one readable block."""
    def trio(key):
        return "  ".join(f"{metrics[key][s]:5.1f}" for s in SPLITS)
    gap = "  ".join(f"{metrics['accuracy_model'][s] - metrics['accuracy_program'][s]:5.1f}" for s in SPLITS)
    return ("                 train    val   test\n"
            f"M   accuracy     {trio('accuracy_model')}\n"
            f"M*  accuracy     {trio('accuracy_program')}\n"
            f"M - M*           {gap}\n"
            f"fidelity         {trio('fidelity')}\n"
            f"vars {metrics['vars']}  rules {metrics['rules']}  size {metrics['size']}")
