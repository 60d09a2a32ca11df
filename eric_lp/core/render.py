"""Readable names for kernels and rules, with labels where people gave them.

One renderer, two forms: Unicode for people (``r1: crowd ∧ ¬grass → street``)
and ASCII for the comments of program files (``crowd & ~grass -> street``).
"""

from __future__ import annotations

from .program import OUTPUT, Program, Rule, term_text

__all__ = ["literal_name", "rule_text", "shown"]

# negation, conjunction, empty body, arrow
_UNICODE = ("¬", " ∧ ", "⊤", " → ")
_ASCII = ("~", " & ", "true", " -> ")


def shown(text) -> str:
    """`text` safe for a terminal: control characters (newlines, ANSI escapes, NUL ...) written as
    ``\\n``, ``\\x1b``, so a file name cannot move the cursor or fake a line of output."""
    text = str(text)
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def literal_name(program: Program, layer: str, kernel) -> str:
    """A kernel's label where known (``grass``; provisional: ``shirt_9of10#48?``), else ``layer#kernel``."""
    lb = program.label_of(layer, kernel)
    if lb is None:
        return f"{layer}#{term_text(kernel)}"
    # provisional names repeat (two kernels can both be "shirt_9of10"), so they keep the kernel
    return f"{lb.name}#{term_text(kernel)}?" if lb.provisional else lb.name


def rule_text(program: Program, rule: Rule, ascii: bool = False) -> str:
    """The paper's style, ``r1: crowd ∧ ¬grass → street``; with `ascii`, ``crowd & ~grass -> street``
    (no id: the program file's comment puts it first)."""
    neg, conj, empty, arrow = _ASCII if ascii else _UNICODE
    body = conj.join(("" if lit.positive else neg) + literal_name(program, lit.layer, lit.kernel)
                     for lit in rule.body) or empty
    head = conj.join(h if rule.layer == OUTPUT else literal_name(program, rule.layer, h) for h in rule.head)
    return f"{body}{arrow}{head}" if ascii else f"{rule.id}: {body}{arrow}{head}"
