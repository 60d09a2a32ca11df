"""Naming kernels in an extracted program: the names go into ``program.lp`` and ``program.pl``.

`label` sets or removes names a person gives.  `label_from_masks` names the kernels the program reads
from segmentation masks of training images (`nn.masks`), by Network Dissection's IoU or NeSyFOLD-G's
activation mass (`nn.dissect`): a kernel some concept matches gets that concept as its label (not
provisional), a kernel none matches keeps its provisional name, and a name a person gave wins.
Each kernel's best concepts and scores go to ``OUTDIR/concepts.json``, and each labelled kernel's
top masked images, with the concept's outline and the kernel's thresholded region, to
``OUTDIR/kernels/`` (what the report shows).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..core.program import Label, Program, term_key, term_text
from ..errors import DataError
from ..lang.labels import kernels_used, merge_labels, read_labels
from ..nn.dissect import DEFAULT_MARGIN, DEFAULT_MIN_IOU, DEFAULT_MIN_MASS, DEFAULT_QUANTILE
from .folder import load_extraction, save_program
from .visualise import CONCEPTS_JSON

__all__ = ["quantile_advice", "label", "label_from_masks", "ConceptLabels", "CONCEPTS_JSON", "automatic_labels"]

_SHOWN_SCORES = 3  # concepts listed per kernel in concepts.json, best first


def label(program_dir, labels=(), remove=(), labels_file=None):
    """Set (or remove) kernel names in an extracted program; returns the new program."""
    program, _ = load_extraction(program_dir)
    labels = list(labels) + (read_labels(labels_file) if labels_file else [])
    program = merge_labels(program, labels, remove)
    save_program(program, program_dir)
    return program


@dataclass(frozen=True)
class ConceptLabels:
    """What `label_from_masks` did: the labelled program, one entry per kernel scored (as in
    concepts.json: layer, kernel, label, concepts, scores, threshold, source, and provisional_before: the
    provisional name a concept replaced, given back by a later run that matches none), the number of masked
    training images used, and the seconds it took (masks: reading the mask files; maps: the forward
    pass over the masked images; scoring: IoU or mass; grids: drawing them, with the program written;
    total: the whole call, loading the model included)."""

    program: Program
    kernels: tuple
    images: int
    method: str
    path: Path
    seconds: dict = field(default_factory=dict)

    @property
    def labelled(self) -> int:
        """Kernels whose label came from the masks."""
        return sum(1 for k in self.kernels if k["source"] == "masks")

    def to_json(self) -> dict:
        return {"method": self.method, "images": self.images, "labelled": self.labelled,
                "kernels": list(self.kernels), "seconds": dict(self.seconds), "concepts_json": str(self.path)}


def quantile_advice(labels: ConceptLabels, quantile: float) -> str | None:
    """What to try when IoU labelled fewer than half the kernels it scored (a person's names aside):
    Network Dissection's 0.5% region suits concepts small in the image; concepts that cover a few
    percent of it cap the IoU below the cut (the built-in scenes: 4 of 31 labelled at 0.005, 30 at
    0.05).  None when labelling went well, for `mass`, or when the region is already 10% or more."""
    scored = sum(1 for entry in labels.kernels if entry["source"] != "person")
    if labels.method != "iou" or not scored or labels.labelled * 2 >= scored or quantile >= 0.1:
        return None
    return (f"{labels.labelled} of {scored} kernels got a concept; a region of the top {quantile:g} of pixels "
            f"may be smaller than your concepts: try --quantile {min(0.1, quantile * 10):g}")


def _earlier_kernels(program_dir) -> list:
    """The kernel entries an earlier `label_from_masks` wrote (its concepts.json), as ((layer, kernel
    text), entry); none when there is no such record or it is unreadable: every current label then
    counts as a person's."""
    try:
        data = json.loads((Path(program_dir) / CONCEPTS_JSON).read_text(encoding="utf-8"))
        return [((k["layer"], str(k["kernel"])), k) for k in data["kernels"]]
    except (OSError, ValueError, UnicodeDecodeError, KeyError, TypeError, AttributeError):
        return []


def automatic_labels(program_dir, kernels=None) -> dict:
    """{(layer, kernel text): name} of the labels an earlier `label_from_masks` wrote (its
    concepts.json; `kernels`: its `_earlier_kernels`, read here when not given), so a later run may
    replace them while keeping every name a person gave."""
    kernels = _earlier_kernels(program_dir) if kernels is None else kernels
    # only labels the masks gave: a person's name that happens to equal the automatic one (source
    # "person") stays a person's, so a later run that matches nothing does not drop it
    return {key: k["automatic"] for key, k in kernels
            if isinstance(k.get("automatic"), str) and k.get("source") == "masks"}


def _earlier_provisional(kernels) -> dict:
    """{(layer, kernel text): provisional name} that an earlier `label_from_masks` replaced with a concept
    (`kernels`: its `_earlier_kernels`), so a later run that matches no concept gives the kernel that name
    back."""
    return {key: k["provisional_before"] for key, k in kernels
            if isinstance(k.get("provisional_before"), str)}


def _masked_images(train, images, masks, names, shape):
    """(indices of the training images with a mask, int32 masks (n, h, w)) in training order."""
    from ..nn.masks import mask_path, read_mask
    picked, arrays = [], []
    for i, source in enumerate(train.sources):
        path = mask_path(source, images, masks)
        if path is not None:
            picked.append(i)
            arrays.append(read_mask(path, shape, names))
    if not picked:
        raise DataError(f"{masks}: no training image has a mask (the mask of {Path(images) / 'train/Bag/x.jpg'} is "
                        f"{Path(masks) / 'train/Bag/x.png'}); give the mask folder that mirrors --images")
    return np.asarray(picked, dtype=np.int64), np.stack(arrays)


def _plan(program: Program, quantiser) -> tuple[list, list]:
    """([(layer choice, sorted kernel indices)] the program reads, per quantised layer; [kernel terms
    not labelled: cells and groups, which have no single map])."""
    used = kernels_used(program)
    plan, skipped = [], []
    for choice in quantiser.layers:
        mine = sorted((k for layer, k in used if layer == choice.atom), key=term_key)
        ints = [k for k in mine if isinstance(k, int) and not isinstance(k, bool)]
        skipped.extend((choice.atom, k) for k in mine if not (isinstance(k, int) and not isinstance(k, bool)))
        if ints:
            plan.append((choice, ints))
    return plan, skipped


def label_from_masks(program_dir, masks, model, images, method: str = "iou", quantile: float = DEFAULT_QUANTILE,
                     min_iou: float = DEFAULT_MIN_IOU, margin: float = DEFAULT_MARGIN,
                     min_mass: float = DEFAULT_MIN_MASS, labels=(), labels_file=None, top: int = 10,
                     seed: int | None = None, limit: int | None = None, preprocess: str | None = None,
                     any_model: bool = False) -> ConceptLabels:
    """Label the kernels the program in `program_dir` reads from the masks (`masks`, mirroring the image
    folder `images`) of the training images that have one.

    method: ``iou`` (Network Dissection: top-`quantile` region, best concept if its IoU >= `min_iou`)
    or ``mass`` (NeSyFOLD-G: share of activation inside each concept; all within `margin` of the best,
    joined best first, if the best share >= `min_mass`).  labels / labels_file: a person's names, which
    win over automatic ones, as do names a person gave before (any label that is not provisional and
    not an earlier automatic one).  top: masked images per labelled kernel's grid.  seed, limit,
    preprocess, any_model: as `visualise` takes them.  Writes program.lp/.pl, concepts.json and the
    labelled kernels' grids; returns a `ConceptLabels`.
    """
    from ..core.files import check_output, write_bytes, write_json
    from ..nn.dissect import check_settings, feature_maps_of, region, score_kernels
    from ..nn.masks import read_concepts
    from .folder import check_model
    from .inputs import load_model_data
    from .visualise import check_kernels_folder, concept_grid, grid_name
    started = time.perf_counter()
    check_settings(method, quantile, min_iou, margin, min_mass)
    if top < 1:
        raise DataError(f"--top {top}: show at least one image per kernel")
    if images is None:
        raise DataError("--masks needs --images DIR: the masks mirror that image folder")
    program, quantiser = load_extraction(program_dir, preprocess)
    check_model(program_dir, model, any_model)
    out_json = check_output(Path(program_dir) / CONCEPTS_JSON, CONCEPTS_JSON)
    kernels_dir = check_kernels_folder(program_dir)
    given = list(labels) + (read_labels(labels_file) if labels_file else [])
    merge_labels(program, given)  # a person's label naming no kernel of the program fails before any work
    names = read_concepts(masks)
    loaded = load_model_data(model, images=images, seed=seed, limit=limit, check=())
    train = loaded.data.train
    shape = tuple(int(s) for s in quantiser.input_shape[:2])
    t_masks = time.perf_counter()
    picked, mask_arrays = _masked_images(train, images, masks, names, shape)
    plan, skipped = _plan(program, quantiser)

    t0 = time.perf_counter()
    source = train.images.take(picked)
    maps = feature_maps_of(loaded.model, [c.tensor for c, _ in plan], source, quantiser.preprocess,
                           kernels=[ks for _, ks in plan]) if plan else []
    t1 = time.perf_counter()
    scored = [score_kernels(m, mask_arrays, names, ks, method, quantile, min_iou, margin, min_mass)
              for m, (_, ks) in zip(maps, plan)]
    t2 = time.perf_counter()

    record = _earlier_kernels(program_dir)
    earlier = automatic_labels(program_dir, record)
    replaced = _earlier_provisional(record)
    person = {(lb.layer, lb.kernel): lb for lb in program.labels
              if not lb.provisional and earlier.get((lb.layer, term_text(lb.kernel))) != lb.name}
    person.update({(lb.layer, lb.kernel): lb for lb in given})
    stale = [(lb.layer, lb.kernel) for lb in program.labels
             if not lb.provisional and (lb.layer, lb.kernel) not in person]  # earlier automatic names
    automatic, entries, grids = [], [], []
    for (choice, _), result, layer_maps in zip(plan, scored, maps):
        for j, kernel in enumerate(result.kernels):
            concepts = result.concepts[j]
            name = "_".join(concepts) if concepts else None
            key = (choice.atom, kernel)
            before = program.label_of(choice.atom, kernel)
            provisional = (before.name if before is not None and before.provisional
                           else replaced.get((choice.atom, term_text(kernel))) if key not in person else None)
            if name is not None and key not in person:
                automatic.append(Label(choice.atom, kernel, name))
            order = np.argsort(-result.scores[j], kind="stable")[:_SHOWN_SCORES]
            entries.append({
                "layer": choice.atom, "kernel": kernel, "automatic": name, "concepts": list(concepts),
                "scores": [{"concept": names[c], "score": round(float(result.scores[j][c]), 6)} for c in order],
                "threshold": round(float(result.thresholds[j]), 6),
                "source": "person" if key in person else "masks" if name is not None else "none",
                "provisional_before": provisional})
            if name is not None:
                grids.append((choice.atom, kernel, name, j, layer_maps, result, concepts))
    program = merge_labels(program, [], remove=stale)
    # a kernel whose earlier automatic name is gone, and which no concept matches now, gets back the
    # provisional name that name replaced ("keeps its provisional name")
    program = merge_labels(program, [Label(e["layer"], e["kernel"], e["provisional_before"], provisional=True)
                                     for e in entries if e["source"] == "none" and e["provisional_before"]
                                     and program.label_of(e["layer"], e["kernel"]) is None])
    program = merge_labels(program, automatic)
    program = merge_labels(program, given)
    save_program(program, program_dir)
    for entry in entries:
        final = program.label_of(entry["layer"], entry["kernel"])
        entry["label"] = None if final is None else final.name
        entry["provisional"] = bool(final is not None and final.provisional)

    index = {name: i + 1 for i, name in enumerate(names)}
    for layer, kernel, name, j, layer_maps, result, concepts in grids:
        strength = np.abs(layer_maps[..., j]).sum(axis=(1, 2))
        best = np.argsort(-strength, kind="stable")[:top]
        pixels = source.take(best).array()
        concept = np.isin(mask_arrays[best], [index[c] for c in concepts])
        inside = region(layer_maps[best][..., j:j + 1], result.thresholds[j:j + 1], shape)[..., 0]
        score = result.scores[j][index[concepts[0]] - 1]
        title = f"{layer}#{term_text(kernel)}  {name}  {'IoU' if method == 'iou' else 'mass'} {score:.2f}"
        if program.label_of(layer, kernel) is not None and program.label_of(layer, kernel).name != name:
            title += f"  (named {program.label_of(layer, kernel).name})"
        path = kernels_dir / grid_name(layer, kernel)
        if path.is_symlink():
            path.unlink()
        write_bytes(path, concept_grid(pixels, concept, inside, title))
    t3 = time.perf_counter()
    seconds = {"masks": round(t0 - t_masks, 3), "maps": round(t1 - t0, 3), "scoring": round(t2 - t1, 3),
               "grids": round(t3 - t2, 3), "total": round(t3 - started, 3)}
    write_json(out_json, {
        "format": 1, "method": method, "quantile": quantile, "min_iou": min_iou, "margin": margin,
        "min_mass": min_mass, "masks": str(masks), "images": int(len(picked)), "concepts": list(names),
        "kernels": entries, "labelled": sum(1 for e in entries if e["source"] == "masks"),
        "not_labelled": [{"layer": layer, "kernel": term_text(k), "why": "a cell or group literal has no single "
                          "map"} for layer, k in skipped],
        "seconds": seconds})
    return ConceptLabels(program, tuple(entries), int(len(picked)), method, out_json, seconds)
