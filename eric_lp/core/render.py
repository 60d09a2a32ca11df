"""Readable names for kernels and rules, with labels where people gave them."""

from __future__ import annotations

from .program import OUTPUT, Program, Rule, term_text

__all__ = ["literal_name", "rule_text"]


def literal_name(program: Program, layer: str, kernel) -> str:
    """A kernel's label where known (``grass``; provisional: ``shirt_9of10#48?``), else ``layer#kernel``."""
    lb = program.label_of(layer, kernel)
    if lb is None:
        return f"{layer}#{term_text(kernel)}"
    # provisional names repeat (two kernels can both be "shirt_9of10"), so they keep the kernel
    return f"{lb.name}#{term_text(kernel)}?" if lb.provisional else lb.name


def rule_text(program: Program, rule: Rule) -> str:
    """The paper's style: ``r1: crowd ∧ ¬grass → street``."""
    body = " ∧ ".join(("" if lit.positive else "¬") + literal_name(program, lit.layer, lit.kernel)
                      for lit in rule.body) or "⊤"
    head = " ∧ ".join(h if rule.layer == OUTPUT else literal_name(program, rule.layer, h) for h in rule.head)
    return f"{rule.id}: {body} → {head}"
