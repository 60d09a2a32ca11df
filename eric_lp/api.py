"""The Python API in a few calls: extract, infer, explain, visualise, label, report.

    from eric_lp import api
    result = api.extract("model.keras", dataset="fashion-mnist:0,2,6", lep="block3_pool", outdir="out")
    answer = api.infer("model.keras", "out", dataset="fashion-mnist:0,2,6")
    print(answer.accuracy, answer.fidelity, answer.images[0])
    program, explanations = api.explain("model.keras", "out", dataset="fashion-mnist:0,2,6", indices=[0])
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import DataError, ModelError
from .core.facts import Facts

__all__ = ["extract", "infer", "explain", "visualise", "label", "report", "Inference", "load_extraction",
           "lep_facts", "images_input", "save_program"]


def _layers(lep, layers) -> list[str]:
    if (lep is None) == (layers is None):
        raise DataError("give exactly one of lep (single layer) or layers (a chain, entry layer first)")
    if lep is not None:
        return [lep]
    layers = [x.strip() for x in (layers.split(",") if isinstance(layers, str) else layers) if x.strip()]
    if not layers:
        raise DataError("--layers is empty; list layers from the entry layer upwards, e.g. block3_conv1,block3_conv2")
    return layers


def _model_and_data(model_path, dataset, images, data_root, seed, shape=None, limit=None):
    from .nn.data import load_dataset
    from .nn.models import load_model, model_key
    model = load_model(model_path)
    want = tuple(model.input_shape[1:])
    if any(s is None for s in want):
        raise ModelError(f"{model_path}: the model's input shape {want} is not fixed; ERIC needs a fixed size")
    data = load_dataset(dataset, images, data_root, seed, shape=shape or want, limit=limit)
    return model, model_key(model_path), data


def extract(model, dataset=None, images=None, lep=None, layers=None, depth: int = 5, alpha: float = 0.01,
            norm: str = "l1", seed: int = 0, outdir=None, data_root=None, cache_dir=None, progress: bool = True,
            limit: int | None = None, literals: str = "kernel", grid: int | None = None, threshold: str = "mean",
            learner: str = "tree", budget: int = 200):
    """Extract a program from a saved model; write it to `outdir` when given. Returns an `Extraction`.

    The defaults are the paper's setting; literals/grid, threshold and
    learner/budget select the extensions (see the README).
    """
    from .pipeline.extract import extract as run_extract, write_extraction
    chain = _layers(lep, layers)
    if outdir is not None and Path(outdir).exists() and not Path(outdir).is_dir():
        raise DataError(f"{outdir}: exists and is not a folder; -o takes the folder to write the program to")
    keras_model, key, data = _model_and_data(model, dataset, images, data_root, seed, limit=limit)
    result = run_extract(keras_model, key, data, chain, depth, alpha, norm, seed, cache_dir, progress,
                         literals, grid, threshold, learner, budget)
    if outdir is not None:
        result = _keep_names(result, Path(outdir) / "program.lp")
        write_extraction(result, outdir)
    return result


def _keep_names(result, previous: Path):
    """Names people gave kernels in the program being replaced, for the kernels the new one still uses."""
    from dataclasses import replace
    from .errors import EricError
    from .lang.labels import kernels_used
    from .lang.parse import read_program
    if not previous.is_file():
        return result
    try:
        old = read_program(previous)
    except EricError:
        return result  # not a program we can read: nothing to keep
    used = kernels_used(result.program)
    kept = [lb for lb in old.labels if not lb.provisional and (lb.layer, lb.kernel) in used]
    if not kept:
        return result
    return replace(result, program=result.program.with_labels(kept))


def load_extraction(outdir):
    """(program, quantiser) from a folder written by `extract`."""
    from .pipeline.extract import load_quantiser
    from .lang.parse import read_program
    outdir = Path(outdir)
    if not outdir.is_dir():
        raise DataError(f"{outdir}: no such folder; --program expects a folder written by 'eric-lp extract'")
    if not (outdir / "program.lp").is_file():
        raise DataError(f"{outdir}: has no program.lp; --program expects a folder written by 'eric-lp extract'")
    program = read_program(outdir / "program.lp")
    quantiser = load_quantiser(outdir)
    if program.lep != quantiser.lep.atom:
        raise ModelError(f"{outdir}: program.lp starts at layer {program.lep} but quantiser.json at "
                         f"{quantiser.lep.atom}; re-run extract")
    return program, quantiser


def lep_facts(model, quantiser, x: np.ndarray, progress: str | None = None):
    """Quantise the entry layer of images x with the stored thresholds.

    Returns (Facts, norms float (n, K), M's predicted class int (n,)).
    """
    from .nn.quantise import forward_norms
    lep = quantiser.lep
    try:
        layer = model.get_layer(lep.tensor)
    except ValueError:
        raise ModelError(f"the model has no layer {lep.tensor!r}, which the program's quantiser reads; "
                         "is it the model the program was extracted from?") from None
    if layer.output.shape[-1] != lep.kernels:  # the same model, or one of the same shape
        raise ModelError(f"layer {lep.tensor} has {layer.output.shape[-1]} kernels but the program was "
                         f"extracted with {lep.kernels}; use the model it was extracted from")
    from .nn.quantise import forward_family
    raw, predicted = forward_norms(model, x, [lep.tensor], quantiser.norm, progress=progress,
                                   literals=forward_family(quantiser.literals), grid=quantiser.grid)
    norms = quantiser.features(raw)[0]
    truth = norms > quantiser.thresholds[0]
    return Facts(lep.atom, quantiser.columns[0], truth, np.arange(len(truth))), norms, predicted


@dataclass(frozen=True, eq=False)
class Inference:
    """Per image: source, program class, label (or None), model class; with totals."""

    images: list
    accuracy: float | None
    fidelity: float
    answer: object
    norms: np.ndarray

    def to_json(self) -> dict:
        return {"images": self.images, "accuracy": self.accuracy, "fidelity": self.fidelity}


def images_input(model, quantiser, dataset=None, images=None, files=None, data_root=None, seed: int = 0,
                 split: str = "test", limit: int | None = None):
    """(x, labels or None, sources) from a dataset split, a folder split, or image files."""
    from .nn.data import read_image
    shape = tuple(quantiser.input_shape)
    given = sum(x is not None and x != [] for x in (dataset, images, files))
    if given != 1:
        raise DataError("give exactly one of --dataset, --images DIR or image files")
    if files:
        x = np.stack([read_image(f, shape) for f in files])
        return x, None, [str(f) for f in files]
    from .nn.data import load_dataset
    data = load_dataset(dataset, images, data_root, seed, shape=shape, limit=limit)
    if tuple(data.class_names) != tuple(quantiser.class_names):
        raise DataError(f"the data's classes ({', '.join(data.class_names)}) are not the program's "
                        f"({', '.join(quantiser.class_names)})")
    part = data.split(split)
    sources = list(part.sources) if part.sources else list(range(len(part)))
    return part.x, part.y, sources


def infer(model, program_dir, dataset=None, images=None, files=None, engine: str = "numpy", data_root=None,
          seed: int = 0, split: str = "test", progress: bool = True, limit: int | None = None) -> Inference:
    """Classify images with the extracted program instead of the model's upper layers."""
    from .engines import run
    from .nn.models import load_model
    program, quantiser = load_extraction(program_dir)
    keras_model = load_model(model)
    x, labels, sources = images_input(keras_model, quantiser, dataset, images, files, data_root, seed, split,
                                      limit)
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
    n = max(len(rows), 1)
    accuracy = None if labels is None else round(100.0 * float(np.sum(predicted == labels)) / n, 2)
    fidelity = round(100.0 * float(np.sum(predicted == model_pred)) / n, 2)
    return Inference(rows, accuracy, fidelity, answer, norms)


def explain(model, program_dir, files=None, dataset=None, images=None, indices=None, split: str = "test",
            why_not=(), engine: str = "numpy", data_root=None, seed: int = 0, limit: int | None = None,
            progress: bool = True, first: int | None = None):
    """Explain the program's class for each image, from the engine's fired rules.

    Returns (program, [Explanation]); `indices` picks images of a dataset split,
    `first` keeps only its first images.
    """
    from .engines import run
    from .pipeline.explain import explain_answer
    from .nn.models import load_model
    program, quantiser = load_extraction(program_dir)
    for cls in why_not:
        if cls not in program.classes:
            raise DataError(f"--why-not {cls}: not one of the program's classes ({', '.join(program.classes)})")
    keras_model = load_model(model)
    x, labels, sources = images_input(keras_model, quantiser, dataset, images, files, data_root, seed, split, limit)
    if indices is None and first is not None:
        indices = list(range(min(first, len(x))))
    if indices is not None:
        bad = [i for i in indices if not 0 <= i < len(x)]
        if bad:
            raise DataError(f"--index {bad[0]} is out of range: the {split} split has {len(x)} images (0-{len(x) - 1})")
        x = x[list(indices)]
        labels = None if labels is None else labels[list(indices)]
        sources = [sources[i] for i in indices]
    facts, norms, model_pred = lep_facts(keras_model, quantiser, x, "forward pass" if progress else None)
    answer = run(program, facts, engine)
    names = program.classes
    out = []
    for i, source in enumerate(sources):
        out.append(explain_answer(program, answer, i, facts.truth[i], facts.kernels, norms[i],
                                  quantiser.thresholds[0], why_not, image=source,
                                  model_class=names[model_pred[i]],
                                  label=None if labels is None else names[labels[i]]))
    return program, out


def save_program(program, outdir) -> None:
    """Rewrite program.lp and program.pl in `outdir` (each written whole)."""
    from .lang.emit import to_asp, to_prolog
    from .core.files import write_text
    write_text(Path(outdir) / "program.lp", to_asp(program))
    write_text(Path(outdir) / "program.pl", to_prolog(program))


def label(program_dir, labels=(), remove=(), labels_file=None):
    """Set (or remove) kernel names in an extracted program; returns the new program."""
    from .lang.labels import merge_labels, read_labels
    program, _ = load_extraction(program_dir)
    labels = list(labels) + (read_labels(labels_file) if labels_file else [])
    program = merge_labels(program, labels, remove)
    save_program(program, program_dir)
    return program


def visualise(model, program_dir, dataset=None, images=None, m: int = 10, maps: bool = False,
              data_root=None, seed: int = 0, limit: int | None = None, cache_dir=None, progress: bool = True):
    """Top-m training images of every kernel the program uses, as PNG grids in ``OUTDIR/kernels``.

    Kernels no person has named get provisional names from their top images'
    classes, written into the program.  Returns (written paths, program).
    """
    from .lang.labels import merge_labels
    from .nn.models import _keras
    from .nn.quantise import NormCache, default_cache_dir, split_norms
    from .pipeline.visualise import write_kernel_grids
    program, quantiser = load_extraction(program_dir)
    if m < 1:
        raise DataError(f"--top {m}: show at least one image per kernel")
    keras_model, key, data = _model_and_data(model, dataset, images, data_root, seed, limit=limit)
    tensors = [c.tensor for c in quantiser.layers]
    cache = NormCache(default_cache_dir() if cache_dir is None else cache_dir)
    from .nn.quantise import forward_family
    (raw, _), _ = split_norms(keras_model, key, data, "train", tensors, quantiser.norm, cache, progress,
                              forward_family(quantiser.literals), quantiser.grid)
    norms = quantiser.features(raw)
    layer_norms = {c.atom: n for c, n in zip(quantiser.layers, norms)}
    columns = {c.atom: cols for c, cols in zip(quantiser.layers, quantiser.columns)}
    shapes = {c.atom: tuple(keras_model.get_layer(c.tensor).output.shape[1:3]) for c in quantiser.layers}

    def boxes(layer, term):  # the image region that cell(K, Row, Col) reads
        from .nn.quantise import region_starts
        k, row, col = term.args
        h, w = shapes[layer]
        rows, cols = region_starts(h, quantiser.grid), region_starts(w, quantiser.grid)
        r1 = rows[row + 1] if row + 1 < len(rows) else h
        c1 = cols[col + 1] if col + 1 < len(cols) else w
        return rows[row] / h, cols[col] / w, r1 / h, c1 / w
    tensor_of = {c.atom: c.tensor for c in quantiser.layers}

    def layer_maps(layer, indices):  # the maps of a few images, only when --maps asks for them
        sub = _keras().Model(keras_model.input, keras_model.get_layer(tensor_of[layer]).output)
        return np.asarray(sub(data.train.x[np.asarray(indices)], training=False))
    written, provisional = write_kernel_grids(program, layer_norms, layer_maps if maps else None,
                                              data.train.x, data.train.y,
                                              data.class_names, program_dir, m, columns, boxes)
    program = merge_labels(program, provisional)
    save_program(program, program_dir)
    return written, program


def report(program_dir, model=None, dataset=None, images=None, data_root=None, seed: int = 0,
           limit: int | None = None, engine: str = "numpy", candidates: int = 200, progress: bool = True):
    """Write ``OUTDIR/report.html``; with a model and data, first explain a few right and wrong test images."""
    from .core.files import write_json
    from .pipeline.report import pick_examples, write_report
    examples = None
    if model is not None:
        program, explanations = explain(model, program_dir, dataset=dataset, images=images, first=candidates,
                                        engine=engine, data_root=data_root, seed=seed, limit=limit,
                                        progress=progress)
        examples = pick_examples(explanations, program)
        write_json(Path(program_dir) / "explanations.json", examples)
    return write_report(program_dir, examples)

