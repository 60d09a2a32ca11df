"""The Python API in a few calls: extract, infer, explain, visualise, label, report.

    from eric_lp import api
    result = api.extract("model.keras", dataset="fashion-mnist:0,2,6", lep="block3_pool", outdir="out")
    answer = api.infer("model.keras", "out", dataset="fashion-mnist:0,2,6")
    print(answer.accuracy, answer.fidelity, answer.images[0])
    for batch in api.infer_stream("model.keras", "out", dataset="fashion-mnist:0,2,6"):
        print(batch.images, batch.tally.accuracy)     # each batch once decided; memory stays flat
    program, explanations = api.explain("model.keras", "out", dataset="fashion-mnist:0,2,6", indices=[0])
    named = api.label_from_masks("out", "scenes/masks", "model.keras", "scenes")  # kernels named by concepts
    run = api.concept_run("out", "scenes/masks", "scenes", model="model.keras", truth="scenes/truth.lp")
    reasons = api.sufficient_reasons("out/program.lp", "facts.lp")       # what clingo proves, per image
    flips = api.counterfactuals("out/program.lp", "facts.lp", "shirt")

On a cluster (TF_CONFIG naming several workers), call ``api.join_cluster()`` first thing, before any
other call: each process then computes its share of every forward pass, and only the chief writes.

This module is the facade the README documents; the work is done in
`eric_lp.pipeline`, one module per step.
"""

from __future__ import annotations

from .core.files import check_output_folder
from .nn.cluster import is_chief, join as join_cluster
from .pipeline.explain import explain
from .pipeline.extract import Extraction
from .pipeline.facts import FactsFile, facts
from .pipeline.finetune import Finetuning, finetune
from .pipeline.folder import check_extraction_folder, keep_names, load_extraction, load_settings, save_program, \
    write_extraction
from .pipeline.concepts import ConceptRun, concept_run
from .pipeline.infer import DEFAULT_ENGINE, Inference, infer, infer_stream, lep_facts, write_jsonl
from .pipeline.inputs import images_input, model_and_data
from .pipeline.label import ConceptLabels, label, label_from_masks, quantile_advice
from .pipeline.report import report
from .pipeline.settings import ExtractionSettings
from .pipeline.visualise import visualise

__all__ = ["join_cluster", "extract", "infer", "facts", "explain", "visualise", "label", "label_from_masks",
           "ConceptLabels", "report", "Extraction", "ExtractionSettings",
           "FactsFile", "Inference", "load_extraction", "load_settings", "lep_facts", "images_input", "save_program",
           "DEFAULT_ENGINE", "finetune", "Finetuning", "sufficient_reasons", "counterfactuals", "infer_stream",
           "write_jsonl", "concept_run", "ConceptRun", "quantile_advice"]


def extract(model, dataset=None, images=None, lep=None, layers=None, depth: int = 5, alpha: float = 0.01,
            norm: str = "l1", seed: int | None = None, outdir=None, data_root=None, cache_dir=None,
            progress: bool = True, limit: int | None = None, literals: str = "kernel", grid: int | None = None,
            threshold: str = "mean", learner: str = "tree", budget: int = 200, preprocess: str = "auto",
            settings: ExtractionSettings | None = None, allow_overlap: bool = False) -> Extraction:
    """Extract a program from a saved model; write it to `outdir` when given. Returns an `Extraction`.

    The defaults are the paper's setting; literals/grid, threshold and
    learner/budget select the extensions (see the README); preprocess says how
    pixels are fed to the model (``auto``: raw 0..255 when it begins with a
    Rescaling layer, else what M scores clearly best with on a sample of
    training images, [0, 1] by default; see `eric_lp.nn.preprocess`).  A ready
    `settings` value replaces lep/layers and those options, its seed included.

    seed: the data seed; None draws the split the model was trained on (its
    ``MODEL.data.json``; 0 for a model without one).  A split whose val or
    test images the model was trained on is refused (`DataError`) unless
    `allow_overlap`.  metrics.json records the seed used (``seed``, and
    ``split``: where it came from, the overlap counted) and the model file's
    sha256 with the tensors read (``model``), which quantiser.json keeps too.
    """
    from dataclasses import replace
    from .pipeline.extract import extract as run_extract
    from .pipeline.inputs import load_model_data
    if settings is None:
        settings = ExtractionSettings.choose(lep, layers, depth=depth, alpha=alpha, norm=norm, literals=literals,
                                             grid=grid, threshold=threshold, learner=learner, budget=budget,
                                             seed=seed, preprocess=preprocess)
    if outdir is not None:
        check_extraction_folder(outdir)
    if cache_dir is not None:
        check_output_folder(cache_dir, "norm cache")
    loaded = load_model_data(model, dataset, images, data_root, settings.seed, limit=limit,
                             allow_overlap=allow_overlap)
    settings = replace(settings, seed=loaded.split.choice.seed)
    result = run_extract(loaded.model, loaded.key, loaded.data, settings, cache_dir, progress)
    result = replace(result, metrics={
        **result.metrics, "split": loaded.split.to_json(),
        "model": {"sha256": loaded.sha256, "tensors": [c.tensor for c in result.quantiser.layers]}})
    if outdir is not None and is_chief():  # in a cluster (`join_cluster`), the chief alone writes
        result = keep_names(result, outdir)
        write_extraction(result, outdir)
    return result


def _program_and_facts(program, facts):
    """A Program or a program file; Facts or a facts file (read for the program's entry layer)."""
    from .lang.parse import read_facts, read_program
    if not hasattr(program, "rules"):
        program = read_program(program)
    if not hasattr(facts, "truth"):
        facts = read_facts(facts, layer=program.lep)
    return program, facts


def sufficient_reasons(program, facts) -> list:
    """Per image, a subset-minimal set of its entry literals that every input agreeing with them gets its
    classes from, exactly (`eric_lp.engines.reasons.SufficientReason`); proved by clingo.

    program: a Program or a program file; facts: Facts or a facts file.
    """
    from .engines.reasons import sufficient_reasons as run
    return run(*_program_and_facts(program, facts))


def counterfactuals(program, facts, target: str, all_optimal: bool = False) -> list:
    """Per image, the fewest entry kernels to flip for the program to derive `target` alone
    (`eric_lp.engines.reasons.Counterfactual`; ``reachable`` false when no input does); with
    `all_optimal`, every flip set of that size too (``all_flips``, sorted)."""
    from .engines.reasons import counterfactuals as run
    program, facts = _program_and_facts(program, facts)
    return run(program, facts, target, all_optimal)
