"""The extraction pipeline: model + data -> program, quantiser and Table 1 metrics.

``extract`` quantises the chosen layers on every split (through the norm
cache), learns the program from the training split, and measures it with the
numpy evaluator: accuracy of M and of the program M* against the labels, and
fidelity of M* to M, on train, val and test.  ``write_extraction`` writes
``program.lp``, ``program.pl``, ``quantiser.json`` and ``metrics.json``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..lang.emit import to_asp, to_prolog
from ..errors import DataError, ModelError
from ..core.facts import Facts
from ..core.files import write_json, write_text
from ..core.program import Meta, Program
from ..nn.quantise import NormCache, Quantiser, default_cache_dir, forward_family, resolve_layers, split_norms

__all__ = ["Extraction", "extract", "write_extraction", "SPLITS", "table1_row", "score"]

SPLITS = ("train", "val", "test")


@dataclass(frozen=True, eq=False)
class Extraction:
    """An extracted program with what it needs to run and how well it does."""

    program: Program
    quantiser: Quantiser
    metrics: dict


def score(program: Program, lep_truth: np.ndarray, labels: np.ndarray, model_pred: np.ndarray,
          columns=None) -> dict:
    """Accuracy of M and M*, fidelity, in percent, from the LEP truth table (numpy evaluator)."""
    from ..engines.numpy import evaluate
    if columns is None:
        facts = Facts.from_table(program.lep, lep_truth)
    else:
        facts = Facts(program.lep, tuple(columns), lep_truth, np.arange(len(lep_truth)))
    predicted = evaluate(program, facts).predicted()
    n = max(len(labels), 1)
    return {"accuracy_model": 100.0 * float(np.sum(model_pred == labels)) / n,
            "accuracy_program": 100.0 * float(np.sum(predicted == labels)) / n,
            "fidelity": 100.0 * float(np.sum(predicted == model_pred)) / n,
            "predicted": predicted}


def literals_name(literals: str, grid: int | None) -> str | None:
    """The ``%! literals:`` header: None (not written) for the paper's kernel literals."""
    if literals == "kernel":
        return None
    return literals if grid is None else f"{literals}:{grid}x{grid}"


def extract(model, model_key: str, data, layers, depth: int = 5, alpha: float = 0.01, norm: str = "l1",
            seed: int = 0, cache_dir=None, progress: bool = True, literals: str = "kernel",
            grid: int | None = None, threshold: str = "mean", learner: str = "tree",
            budget: int = 200) -> Extraction:
    """Quantise `layers` (bottom-up; the first is the LEP) and learn the program.

    model: a Keras model; data: a `Dataset` already in the model's input shape.
    The defaults are the paper's setting; `literals` (``cell``, with an
    optional `grid`), `threshold` (see `thresholds`) and `learner`
    (``budget``, with `budget`) are the extensions.
    """
    from ..learn.chain import induce_program
    from ..nn.models import check_input
    from ..learn.thresholds import check_strategy
    check_strategy(threshold)
    if learner not in ("tree", "budget"):
        raise DataError(f"unknown learner {learner!r}; expected tree (the paper's) or budget")
    if grid is not None and (literals != "cell" or grid < 1):
        raise DataError("--grid N (N >= 1) goes with --literals cell")
    check_input(model, data)
    if len(data.train) == 0:
        raise DataError("the training split is empty")
    chosen = resolve_layers(model, layers)
    tensors = [c.tensor for c in chosen]
    cache = NormCache(default_cache_dir() if cache_dir is None else cache_dir)
    forward_seconds, per_split, cached = 0.0, {}, {}
    for split in SPLITS:
        start = time.perf_counter()
        per_split[split], cached[split] = split_norms(model, model_key, data, split, tensors, norm, cache, progress,
                                                      forward_family(literals), grid)
        forward_seconds += time.perf_counter() - start
    shapes = [tuple(model.get_layer(t).output.shape[1:3]) for t in tensors]
    start = time.perf_counter()
    quantiser = Quantiser.fit(chosen, per_split["train"][0], norm, data.input_shape, data.class_names,
                              threshold, per_split["train"][1], literals, grid, shapes)
    truth = {s: quantiser.truth(per_split[s][0]) for s in SPLITS}
    meta = Meta(lep=chosen[0].atom, depth=depth, alpha=alpha, norm=norm, threshold=threshold,
                literals=literals_name(literals, grid))
    output_learner = None
    if learner == "budget":
        from ..learn.budget import BudgetTree
        output_learner = BudgetTree(budget)
    program = induce_program(truth["train"], [c.atom for c in chosen], per_split["train"][1],
                             data.class_names, depth, alpha, seed, meta, columns=quantiser.columns,
                             output_learner=output_learner)
    induction_seconds = time.perf_counter() - start
    metrics = {key: {} for key in ("accuracy_model", "accuracy_program", "fidelity")}
    for split in SPLITS:
        scored = score(program, truth[split][0], data.split(split).y, per_split[split][1], quantiser.columns[0])
        for key in metrics:
            metrics[key][split] = round(scored[key], 2)
    metrics.update(program.metrics().as_dict())
    extensions = {}  # only beyond the paper's setting, so its metrics.json stays as it was
    if (literals, threshold, learner) != ("kernel", "mean", "tree"):
        extensions = {"literals": literals_name(literals, grid) or "kernel", "threshold": threshold,
                      "learner": learner}
        if learner == "budget":
            extensions["budget"] = budget
    metrics.update({
        "layers": [c.atom for c in chosen], "lep": chosen[0].atom, "depth": depth, "alpha": alpha, "norm": norm,
        **extensions,
        "seed": seed, "dataset": data.key, "classes": list(data.class_names),
        "images": {s: len(data.split(s)) for s in SPLITS},
        "timings": {"forward_seconds": round(forward_seconds, 3), "induction_seconds": round(induction_seconds, 3),
                    "forward_cached": all(cached.values())},
    })
    return Extraction(program, quantiser, metrics)


def write_extraction(extraction: Extraction, outdir) -> Path:
    """program.lp, program.pl, quantiser.json and metrics.json in `outdir`, each written whole."""
    outdir = Path(outdir)
    if outdir.exists() and not outdir.is_dir():
        raise DataError(f"{outdir}: exists and is not a folder")
    write_text(outdir / "program.lp", to_asp(extraction.program))
    write_text(outdir / "program.pl", to_prolog(extraction.program))
    write_json(outdir / "quantiser.json", extraction.quantiser.to_json())
    write_json(outdir / "metrics.json", extraction.metrics)
    return outdir


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


def load_quantiser(outdir) -> Quantiser:
    import json
    path = Path(outdir) / "quantiser.json"
    if not path.is_file():
        raise ModelError(f"{path}: missing; --program expects a folder written by 'eric-lp extract'")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ModelError(f"{path}: not JSON ({exc})") from None
    return Quantiser.from_json(data, str(path))
