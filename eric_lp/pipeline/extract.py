"""The extraction pipeline: model + data + settings -> program, quantiser and Table 1 metrics.

``extract`` runs the recipe of `pipeline.recipe`: quantise the chosen layers
on every split (through the norm cache), learn the program from the training
split, and measure it with the numpy evaluator: accuracy of M and of the
program M* against the labels, and fidelity of M* to M, on train, val and test.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.program import Program
from ..core.scoring import SPLITS
from ..nn.layers import first_layers
from ..nn.preprocess import PIXELS, PixelCheck
from ..nn.quantise import Quantiser
from .recipe import learn, quantise, read_norms, score_program
from .settings import ExtractionSettings

__all__ = ["Extraction", "extract", "score_program", "table1_row"]


@dataclass(frozen=True, eq=False)
class Extraction:
    """An extracted program with what it needs to run, how it was made and how well it does."""

    program: Program
    quantiser: Quantiser
    settings: ExtractionSettings
    metrics: dict
    pixels: PixelCheck | None = None  # how images were fed to the model, and why


def extract(model, model_key: str, data, settings: ExtractionSettings, cache_dir=None,
            progress: bool = True) -> Extraction:
    """Quantise `settings.layers` (bottom-up; the first is the LEP) and learn the program.

    model: a Keras model; model_key: its content hash (for the norm cache);
    data: a `Dataset` already in the model's input shape.
    """
    norms = read_norms(model, model_key, data, settings, cache_dir, progress)
    quantised = quantise(norms, settings)
    learned = learn(quantised, settings)
    metrics = {key: {s: round(learned.scores[s][key], 2) for s in SPLITS}
               for key in ("accuracy_model", "accuracy_program", "fidelity")}
    metrics.update(learned.program.metrics().as_dict())
    metrics.update(settings.record())
    metrics.update({
        "layers": [c.atom for c in norms.layers], "lep": norms.layers[0].atom,  # the program's names of the layers
        "dataset": data.key, "classes": list(data.class_names),
        "images": {s: len(data.split(s)) for s in SPLITS},
        "timings": {"forward_seconds": round(norms.seconds, 3), "induction_seconds": round(learned.seconds, 3),
                    "forward_cached": norms.cached},
        # the convention used (settings.preprocess may say auto) and the sample accuracies behind it
        "preprocess": norms.pixels.name, "preprocess_check": norms.pixels.record(),
    })
    warnings = [w for w in (norms.pixels.warning(),) if w]
    warnings += chance_warnings(metrics, len(data.class_names), norms.pixels.name, first_layers(model),
                                data.input_shape[-1])
    if warnings:  # only then: a clean run records none
        metrics["warnings"] = warnings
    return Extraction(learned.program, quantised.quantiser, settings, metrics, norms.pixels)


OTHERS = ("unit", "raw", "caffe", "tf", "torch")


def chance_warnings(metrics: dict, classes: int, preprocess: str, first: list, channels: int = 3) -> list[str]:
    """Say so when M looks untrained or fed the wrong pixels: its training accuracy within 5 points
    of chance, or a program with no antecedent at all.  The conventions suggested are those the model's
    `channels` allow (caffe and torch are for RGB)."""
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
    others = [x for x in OTHERS if x != preprocess and (channels == 3 or x not in ("caffe", "torch"))]
    return [f"{'; '.join(reasons)}: the model may expect other pixels. They were fed with --preprocess "
            f"{preprocess} ({PIXELS[preprocess]}); the model begins with {', '.join(first)}. "
            f"Try --preprocess {' or '.join(x for x in others)} as the model was trained, "
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
