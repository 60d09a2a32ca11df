"""Explanations: why the program gave an image its class, and why not another.

An `Explanation` is built from an engine's answer -- the ``fired/2`` atoms of
the image, from which the derived ``active/3`` atoms follow -- and the entry
layer's norms and thresholds: the output rule that fired; for each positive
literal of a higher layer, the rule one layer down that made it true,
recursively to the entry layer; and for every entry-layer literal the
kernel's norm against its threshold.  `why_not` lists, for a contrast class,
each of its rules with the literals that failed on the image.  On request it
also carries what clingo proves (`eric_lp.engines.reasons`): a subset-minimal
sufficient reason, and the fewest kernels to flip for a counterfactual class.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from ..core.answer import Answer
from ..errors import DataError
from ..core.program import OUTPUT, Literal, Program, Rule, term_text
from ..core.render import literal_name, rule_text, shown

__all__ = ["Evidence", "Reason", "Step", "Explanation", "Miss", "explain_answer", "why_not",
           "literal_name", "rule_text", "explain"]


@dataclass(frozen=True)
class Evidence:
    """An entry-layer kernel on this image: its norm against its threshold."""

    norm: float
    threshold: float

    @property
    def active(self) -> bool:
        return self.norm > self.threshold


@dataclass(frozen=True)
class Reason:
    """Why one body literal held: evidence (entry layer), a rule one layer down, or default negation."""

    literal: Literal
    evidence: Evidence | None = None
    step: "Step | None" = None


@dataclass(frozen=True)
class Step:
    rule: Rule
    reasons: tuple


@dataclass(frozen=True)
class Miss:
    """A rule of a contrast class and the literals that failed on the image."""

    rule: Rule
    failed: tuple


@dataclass(frozen=True)
class Explanation:
    image: object
    classes: tuple                    # every class derived (one for an extracted program)
    step: Step | None                 # the output rule that fired (the first, if several)
    model_class: str | None = None
    label: str | None = None
    why_not: dict = field(default_factory=dict)   # class -> tuple of Miss
    sufficient: object | None = None              # engines.reasons.SufficientReason, when asked for
    counterfactual: object | None = None          # engines.reasons.Counterfactual, when asked for

    @property
    def predicted(self) -> str | None:
        return self.classes[0] if len(self.classes) == 1 else None

    def to_json(self, program: Program) -> dict:
        def step_json(step: Step) -> dict:
            return {"rule": step.rule.id, "text": rule_text(program, step.rule), "layer": step.rule.layer,
                    "because": [reason_json(r) for r in step.reasons]}

        def reason_json(reason: Reason) -> dict:
            lit = reason.literal
            out = {"literal": ("" if lit.positive else "not ") + literal_name(program, lit.layer, lit.kernel),
                   "layer": lit.layer, "kernel": term_text(lit.kernel), "positive": lit.positive}
            if reason.evidence is not None:
                out.update(norm=round(reason.evidence.norm, 4), threshold=round(reason.evidence.threshold, 4))
            if reason.step is not None:
                out["by"] = step_json(reason.step)
            return out

        return {"image": self.image, "class": self.predicted, "classes": list(self.classes),
                "model_class": self.model_class, "label": self.label,
                "rule": step_json(self.step) if self.step else None,
                "why_not": {c: [{"rule": m.rule.id, "text": rule_text(program, m.rule),
                                 "failed": [("" if x.positive else "not ") + literal_name(program, x.layer, x.kernel)
                                            for x in m.failed]} for m in misses]
                            for c, misses in self.why_not.items()}, **self._proved_json()}

    def _proved_json(self) -> dict:
        """The solver's explanations, in the keys `eric-lp solve --sufficient/--counterfactual` prints."""
        out = {}
        for part in (self.sufficient, self.counterfactual):
            if part is not None:
                data = part.to_json()
                for key in ("image", "class", "classes"):
                    data.pop(key)
                out.update(data)
        return out

    def render(self, program: Program) -> str:
        """Readable text: the class, the rule, and each literal's reason, indented by layer."""
        head = f"image {shown(self.image)}: {self.predicted or ', '.join(self.classes) or '(no class)'}"
        extra = []
        if self.model_class is not None:
            extra.append(f"model: {self.model_class}")
        if self.label is not None:
            extra.append(f"label: {self.label}")
        lines = [head + (f"  ({', '.join(extra)})" if extra else "")]

        def walk(step: Step, depth: int) -> None:
            pad = "  " * depth
            lines.append(f"{pad}{rule_text(program, step.rule)}")
            for reason in step.reasons:
                lit = reason.literal
                name = ("" if lit.positive else "¬") + literal_name(program, lit.layer, lit.kernel)
                if reason.evidence is not None:
                    ev = reason.evidence
                    sign = ">" if ev.active else "≤"
                    raw = f"{lit.layer}#{term_text(lit.kernel)}"
                    where = "" if name.lstrip("¬") == raw else f" ({raw})"
                    lines.append(f"{pad}  {name}{where}: norm {ev.norm:.3f} {sign} threshold {ev.threshold:.3f}")
                elif reason.step is not None:
                    lines.append(f"{pad}  {name}: because")
                    walk(reason.step, depth + 2)
                else:
                    lines.append(f"{pad}  {name}: no rule concluded it (default negation)")

        if self.step is not None:
            walk(self.step, 1)
        if self.sufficient is not None:
            lines.append(f"  sufficient: {self.sufficient.detail(program)}")
        if self.counterfactual is not None:
            lines.append(f"  counterfactual {self.counterfactual.detail(program)}")
        for cls, misses in self.why_not.items():
            lines.append(f"  why not {cls}?")
            if not misses:
                lines.append("    no rule concludes it")
            for miss in misses:
                failed = ", ".join(("" if x.positive else "¬") + literal_name(program, x.layer, x.kernel)
                                   for x in miss.failed) or "nothing (it fired)"
                lines.append(f"    {rule_text(program, miss.rule)}   failed: {failed}")
        return "\n".join(lines)


def _true_atoms(program: Program, answer: Answer, row: int, lep_truth: np.ndarray, lep_kernels) -> set:
    """active/3 atoms of one image: entry-layer facts, and the heads of the rules that fired."""
    true = {(program.lep, k) for k, v in zip(lep_kernels, lep_truth) if v}
    for rule, fired in zip(program.rules, answer.fired[row]):
        if fired and rule.layer != OUTPUT:
            true |= {(rule.layer, h) for h in rule.head}
    return true


def explain_answer(program: Program, answer: Answer, row: int, lep_truth: np.ndarray, lep_kernels,
                   norms=None, thresholds=None, why_not_classes=(), image=None, model_class=None,
                   label=None) -> Explanation:
    """The explanation of image `row` of `answer`.

    lep_truth: bool (K,) the entry layer's truth; norms, thresholds: float (K,) or None.
    """
    true = _true_atoms(program, answer, row, lep_truth, lep_kernels)
    fired_ids = {rid for rid, f in zip(answer.rule_ids, answer.fired[row]) if f}
    column = {k: i for i, k in enumerate(lep_kernels)}
    by_head: dict = {}
    for rule in program.rules:
        if rule.id in fired_ids:
            for h in rule.head:
                by_head.setdefault((rule.layer, h), rule)

    def step(rule: Rule) -> Step:
        reasons = []
        for lit in rule.body:
            if lit.layer == program.lep:
                ev = None
                if norms is not None and lit.kernel in column:
                    i = column[lit.kernel]
                    ev = Evidence(float(norms[i]), float(thresholds[i]))
                reasons.append(Reason(lit, evidence=ev))
            elif lit.positive:
                reasons.append(Reason(lit, step=step(by_head[(lit.layer, lit.kernel)])))
            else:
                reasons.append(Reason(lit))
        return Step(rule, tuple(reasons))

    classes = tuple(c for c, on in zip(answer.class_names, answer.classes[row]) if on)
    output = [r for r in program.rules_of(OUTPUT) if r.id in fired_ids]
    top = step(output[0]) if output else None
    misses = {}
    for cls in why_not_classes:
        misses[cls] = why_not(program, cls, true)
    return Explanation(image if image is not None else int(answer.images[row]), classes, top, model_class, label,
                       misses)


def why_not(program: Program, cls: str, true: set) -> tuple:
    """The rules concluding `cls` with the literals that failed, fewest failures first."""
    if cls not in program.classes:
        raise DataError(f"class {cls!r} is not one of the program's classes: {', '.join(program.classes)}")
    misses = []
    for rule in program.rules_of(OUTPUT):
        if cls not in rule.head:
            continue
        failed = tuple(lit for lit in rule.body if ((lit.layer, lit.kernel) in true) != lit.positive)
        misses.append(Miss(rule, failed))
    return tuple(sorted(misses, key=lambda m: (len(m.failed), m.rule.id)))


def explain(model, program_dir, files=None, dataset=None, images=None, indices=None, split: str = "test",
            why_not=(), engine: str | None = None, data_root=None, seed: int | None = None,
            limit: int | None = None, progress: bool = True, first: int | None = None,
            preprocess: str | None = None, any_model: bool = False, allow_overlap: bool = False,
            sufficient: bool = False, counterfactual: str | None = None, all_optimal: bool = False):
    """Explain the program's class for each image, from the engine's fired rules.

    sufficient: also prove a subset-minimal sufficient reason per image; counterfactual: also find the
    fewest entry kernels to flip for the program to derive that class alone (both by clingo);
    all_optimal: every flip set of that fewest size, not one.

    preprocess: how pixels are fed to the model; None (or ``auto``): as at extraction.
    seed, allow_overlap and any_model: as `pipeline.infer.infer` takes them.
    Returns (program, [Explanation]); `indices` picks images of a dataset split,
    `first` keeps only its first images.
    """
    from ..engines import run
    from ..nn.models import load_model
    from .folder import check_model, load_extraction
    from .infer import DEFAULT_ENGINE, lep_facts
    from .inputs import images_input
    from ..engines.reasons import Explainer, check_target
    program, quantiser = load_extraction(program_dir, preprocess)
    if counterfactual is not None:
        check_target(program, counterfactual)
    for cls in why_not:
        if cls not in program.classes:
            raise DataError(f"--why-not {cls}: not one of the program's classes ({', '.join(program.classes)})")
    check_model(program_dir, model, any_model)
    keras_model = load_model(model)
    x, labels, sources = images_input(quantiser, dataset, images, files, data_root, seed, split, limit, model,
                                      allow_overlap)
    if indices is None and first is not None:
        indices = list(range(min(first, len(x))))
    if indices is not None:
        bad = [i for i in indices if not 0 <= i < len(x)]
        if bad:
            raise DataError(f"--index {bad[0]} is out of range: the {split} split has {len(x)} images (0-{len(x) - 1})")
        x = x.take(list(indices))
        labels = None if labels is None else labels[list(indices)]
        sources = [sources[i] for i in indices]
    facts, norms, model_pred = lep_facts(keras_model, quantiser, x, "forward pass" if progress else None)
    answer = run(program, facts, engine or DEFAULT_ENGINE)
    names = program.classes
    explainer = Explainer(program) if sufficient or counterfactual is not None else None
    entry = facts.truth_of(explainer.entry) if explainer else None
    out = []
    for i, source in enumerate(sources):
        one = explain_answer(program, answer, i, facts.truth[i], facts.kernels, norms[i],
                             quantiser.thresholds[0], why_not, image=source,
                             model_class=names[model_pred[i]],
                             label=None if labels is None else names[labels[i]])
        if explainer is not None:
            one = replace(one, sufficient=explainer.sufficient(entry[i], i) if sufficient else None,
                          counterfactual=None if counterfactual is None else
                          explainer.counterfactual(entry[i], counterfactual, i, all_optimal))
        out.append(one)
    return program, out
