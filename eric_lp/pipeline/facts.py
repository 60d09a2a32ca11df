"""The entry-layer facts of images, for the plain tools: ``image/1`` and ``active/3`` text.

The images are quantised as `infer` quantises them (the model up to the entry
layer, the stored thresholds) and numbered 0..n-1 in the order `infer` lists
them, so ``python -m clingo program.lp facts.lp`` and ``swipl ... program.pl
facts.pl`` derive, image by image, the classes and fired rules `infer` reports.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.facts import Facts
from .folder import check_model, load_extraction
from .infer import lep_facts
from .inputs import images_input

__all__ = ["FactsFile", "facts"]


@dataclass(frozen=True, eq=False)
class FactsFile:
    """The facts of a batch of images, with each image's source (a path, or its index in the split)."""

    facts: Facts
    sources: tuple

    def to_text(self) -> str:
        """One block per image: a ``% I: source`` comment, ``image(I).``, its ``active/3`` facts; the same
        text loads in clingo (``.lp``) and SWI-Prolog (``.pl``)."""
        head = (f"% entry-layer facts of {len(self.facts)} images: layer {self.facts.layer}, "
                f"{len(self.facts.kernels)} kernels; one active/3 fact per true kernel\n")
        return head + self.facts.to_text(sources=self.sources)

    def to_json(self) -> dict:
        return {"layer": self.facts.layer, "kernels": len(self.facts.kernels),
                "images": [{"image": int(i), "source": s} for i, s in zip(self.facts.images, self.sources)]}


def facts(model, program_dir, dataset=None, images=None, files=None, data_root=None, seed: int | None = None,
          split: str = "test", limit: int | None = None, preprocess: str | None = None,
          progress: bool = True, any_model: bool = False, allow_overlap: bool = False) -> FactsFile:
    """The entry-layer facts of images (a dataset split, a folder split, or image files), every kernel of
    the entry layer, quantised with the thresholds stored beside the program.

    preprocess: how pixels are fed to the model; None (or ``auto``): as at extraction.
    seed, allow_overlap and any_model: as `pipeline.infer.infer` takes them.
    """
    from ..nn.models import load_model
    _, quantiser = load_extraction(program_dir, preprocess)
    check_model(program_dir, model, any_model)
    keras_model = load_model(model)
    x, _, sources = images_input(quantiser, dataset, images, files, data_root, seed, split, limit, model,
                                 allow_overlap)
    table, _, _ = lep_facts(keras_model, quantiser, x, "forward pass" if progress else None)
    return FactsFile(table, tuple(s if isinstance(s, str) else int(s) for s in sources))
