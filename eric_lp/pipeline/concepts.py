"""The labelled program run on the scene description: concept-level accuracy, fidelity and the diff
against a truth program.

For the images of one split that have a mask (`eric_lp.nn.masks`), each
scene's description is the set of concepts its mask shows, as
``present(I, Concept)`` facts.  The extracted program, its entry kernels
named by concepts (the non-provisional labels whose names are concepts of
the mask folder, read by the folder-name rules), classifies each scene
from its description alone (`eric_lp.engines.concepts`): the
*concept-level accuracy* compares that class with the image's true class
(its folder), the *concept-level fidelity* with the class the model
predicts from the pixels.  With a truth program, the concept-level program
is also compared with it on every scene description
(`engines.concepts.decide_truth`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..core.answer import Answer
from ..core.program import Program, term_text
from ..core.scoring import agreement
from ..engines.concepts import KernelConcepts, TruthVerdict, classify, decide_truth, listed, truth_classes
from ..errors import DataError
from .folder import check_model, load_extraction
from .inputs import images_input

__all__ = ["ConceptRun", "concept_labels", "scene_descriptions", "concept_run", "write_concept_program"]


def concept_labels(program: Program, concepts) -> KernelConcepts:
    """The entry kernels concepts name: each non-provisional label of the entry layer whose name, made a
    constant by the folder-name rules (``Shoulder Bag`` -> ``shoulder_bag``), is one of `concepts`, or
    several joined by ``_`` (``label --method mass`` joins the concepts within its margin: ``bag_sandal``;
    a whole concept is preferred to its parts).  Provisional names (the classes of a kernel's top images)
    and names of no concept name none."""
    from ..nn.data import class_atom
    pairs = []
    for lb in program.labels:
        if lb.layer != program.lep or lb.provisional:
            continue
        try:
            atom = class_atom(lb.name, "label")
        except DataError:
            continue  # a person's free-text name, not a concept
        pairs += [(lb.kernel, c) for c in _joined(atom, set(concepts))]
    return KernelConcepts(program.lep, tuple(pairs))


def _joined(atom: str, known: set) -> tuple:
    """`atom` as the fewest concepts of `known` joined by ``_`` (``bag_sandal`` -> bag, sandal); () if none."""
    parts = atom.split("_")
    best: dict = {0: ()}  # best[i]: the fewest concepts spelling the first i parts
    for end in range(1, len(parts) + 1):
        for start in range(end):
            name = "_".join(parts[start:end])
            if start in best and name in known:
                found = best[start] + (name,)
                if end not in best or len(found) < len(best[end]):
                    best[end] = found
    return best.get(len(parts), ())


def scene_descriptions(sources, images_dir, masks_dir, concepts) -> tuple[list[int], list[frozenset]]:
    """(positions of the images that have a mask, the concepts each of those masks shows)."""
    from ..nn.masks import mask_path, present_concepts, read_mask
    kept, present = [], []
    for i, source in enumerate(sources):
        path = mask_path(source, images_dir, masks_dir)
        if path is None:
            continue
        kept.append(i)
        present.append(present_concepts(read_mask(path, concepts=concepts), concepts))
    return kept, present


@dataclass(frozen=True, eq=False)
class ConceptRun:
    """The concept-level run on the masked images of one split.

    images: their sources; present: the concepts of each; labels: true class (int); concept: the
    concept-level program's `Answer`; model: the model's class (None without a model); network:
    the program on the kernels the network computes (None without a model); truth: the verdict against
    the truth program, and truth_agrees the share of these scenes whose true class it derives (None
    without one).
    """

    class_names: tuple
    images: tuple
    skipped: int
    concepts: tuple
    present: tuple
    labels: np.ndarray
    concept: Answer
    concept_labels: KernelConcepts
    kernels_read: tuple
    model: np.ndarray | None = None
    network: Answer | None = None
    truth: TruthVerdict | None = None
    truth_agrees: float | None = None

    @property
    def accuracy(self) -> float:
        """Percent of scenes whose concept-level class is the true class (no class or several: a miss)."""
        return round(agreement(self.concept.predicted(), self.labels), 2)

    @property
    def fidelity(self) -> float | None:
        """Percent of scenes whose concept-level class is the model's (None without a model)."""
        return None if self.model is None else round(agreement(self.concept.predicted(), self.model), 2)

    @property
    def labelled(self) -> int:
        """Entry kernels the program reads that a concept names."""
        named = self.concept_labels.concept_of()
        return sum(1 for k in self.kernels_read if k in named)

    def network_scores(self) -> dict | None:
        """The program on the network's own kernels, on the same images: accuracy, fidelity."""
        if self.network is None:
            return None
        pred = self.network.predicted()
        return {"accuracy": round(agreement(pred, self.labels), 2),
                "fidelity": round(agreement(pred, self.model), 2),
                "model_accuracy": round(agreement(self.model, self.labels), 2)}

    def rows(self) -> list[dict]:
        names = self.class_names
        pred = self.concept.predicted()
        rows = []
        for i, source in enumerate(self.images):
            row = {"image": source, "present": sorted(self.present[i]),
                   "class": names[pred[i]] if pred[i] >= 0 else None,
                   "classes": [c for c, on in zip(names, self.concept.classes[i]) if on],
                   "label": names[self.labels[i]]}
            if self.model is not None:
                row["model_class"] = names[self.model[i]]
            rows.append(row)
        return rows

    def to_json(self) -> dict:
        return {"images": self.rows(), "masked": len(self.images), "skipped": self.skipped,
                "concepts": list(self.concepts),
                "labels": [{"kernel": k if isinstance(k, (int, str)) else term_text(k), "concept": c}
                           for k, c in self.concept_labels.pairs],
                "entry_kernels_read": len(self.kernels_read), "labelled": self.labelled,
                "accuracy": self.accuracy, "fidelity": self.fidelity, **self.concept.undecided(),
                "network": self.network_scores(),
                "truth": None if self.truth is None else {**self.truth.to_json(), "agrees": self.truth_agrees}}

    def render(self, truth_name: str = "the truth") -> str:
        undecided = self.concept.undecided()
        lines = [f"{len(self.images)} scenes with masks ({self.skipped} without, skipped); concepts "
                 f"{listed(self.concepts)}",
                 f"{self.labelled} of the {len(self.kernels_read)} entry kernels the program reads carry a concept "
                 "(the others are false on every scene)",
                 f"concept-level accuracy {self.accuracy:.2f}%"
                 + (f"  fidelity {self.fidelity:.2f}%" if self.fidelity is not None else "  (fidelity: give --model)")
                 + f"  ({undecided['no_class']} scenes with no class, {undecided['several_classes']} with several)"]
        net = self.network_scores()
        if net:
            lines.append(f"the same program on the network's kernels: accuracy {net['accuracy']:.2f}%  fidelity "
                         f"{net['fidelity']:.2f}%  (model accuracy {net['model_accuracy']:.2f}%)")
        if self.truth is not None:
            lines.append(f"{truth_name} derives the true class of {self.truth_agrees:.2f}% of these scenes")
            lines.append(self.truth.render("the concept-level program", truth_name))
        return "\n".join(lines)


def concept_run(program_dir, masks, images, model=None, truth=None, split: str = "test", seed: int | None = None,
                limit: int | None = None, preprocess: str | None = None, any_model: bool = False,
                allow_overlap: bool = False, progress: bool = True) -> ConceptRun:
    """Run the labelled program of `program_dir` on the scene descriptions of the `split` images of the
    folder `images` that have a mask under `masks`; with `model` (the model it was extracted from),
    fidelity too; with `truth` (a truth program's file), the diff against it."""
    from ..lang.parse import read_text
    from ..nn.masks import read_concepts
    program, quantiser = load_extraction(program_dir, preprocess)
    concepts = read_concepts(masks)
    truth_text = read_text(truth) if truth is not None else None
    if model is not None:
        check_model(program_dir, model, any_model)
    x, labels, sources = images_input(quantiser, images=images, split=split, seed=seed, limit=limit, model=model,
                                      allow_overlap=allow_overlap)
    kept, present = scene_descriptions(sources, images, masks, concepts)
    if not kept:
        raise DataError(f"{masks}: none of the {len(sources)} {split} images of {images} has a mask (the mask of "
                        f"{images}/{split}/CLASS/x.jpg is {masks}/{split}/CLASS/x.png)")
    labels = np.asarray(labels)[kept]
    named = concept_labels(program, concepts)
    answer = classify(program, named, present)
    model_pred = network = None
    if model is not None:
        from ..engines import run
        from ..nn.models import load_model
        from .infer import lep_facts
        facts, _, model_pred = lep_facts(load_model(model), quantiser, x[np.asarray(kept)],
                                         "forward pass" if progress else None)
        network = run(program, facts, "numpy")
    verdict = agrees = None
    if truth_text is not None:
        verdict = decide_truth(program, named, truth_text, concepts, str(truth))
        derived = truth_classes(truth_text, present, str(truth))
        names = program.classes
        agrees = round(100.0 * sum(d == (names[y],) for d, y in zip(derived, labels)) / len(labels), 2)
    return ConceptRun(tuple(program.classes), tuple(str(sources[i]) for i in kept), len(sources) - len(kept),
                      tuple(concepts), tuple(present), labels, answer, named, program.kernels_read(program.lep),
                      model_pred, network, verdict, agrees)


def write_concept_program(program_dir, masks, path) -> Path:
    """The concept-level program of `program_dir` (labels matched to the concepts of `masks`) as a clingo
    file: add ``image/1`` and ``present/2`` facts and plain clingo classifies scenes."""
    from ..core.files import check_output, write_text
    from ..engines.concepts import concept_text
    from ..nn.masks import read_concepts
    check_output(path)
    program, _ = load_extraction(program_dir)
    return write_text(path, concept_text(program, concept_labels(program, read_concepts(masks))))
