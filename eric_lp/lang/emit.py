"""Program -> text: clingo ASP (``.lp``) and SWI-Prolog (``.pl``).

Deterministic: the same program gives the same bytes, one rule per line, in
the program's rule order, no timestamps.  Both forms share the header (``%!``
lines, which `parse` reads back) and differ only in negation and in the
declarations each engine needs to load without a warning.
"""

from __future__ import annotations

import re

from ..errors import ProgramError
from ..core.program import OUTPUT, Program, Rule, term_text
from ..core.render import rule_text

__all__ = ["FORMAT_VERSION", "to_asp", "to_prolog", "emit", "quote", "literal_atom"]

FORMAT_VERSION = 1

_PROLOG_DECLARATIONS = (
    ":- dynamic image/1, active/3, class/2, label/3, provisional/2.\n"
    ":- multifile image/1, active/3.\n"
    ":- discontiguous active/3, fired/2, class/2.\n"
    ":- table fired/2.\n"
)
_ASP_DECLARATIONS = "#defined image/1.\n#defined active/3.\n#defined label/3.\n#defined provisional/2.\n"
_ASP_FOOTER = "#show class/2.\n#show fired/2.\n"


def quote(text: str) -> str:
    """A double-quoted string both clingo and SWI-Prolog read back as `text`.

    Only printable ASCII is written, with ``\\"`` and ``\\\\`` its only escapes: the two readers share
    no other escape, and SWI-Prolog reads non-ASCII bytes by the locale.  Anything else is refused.
    """
    bad = next((c for c in text if not " " <= c <= "~"), None)
    if bad is not None:
        raise ProgramError(f"label {text!r} contains {bad!r}; a label may hold printable ASCII characters only")
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _comment(text: str) -> str:
    """`text` as the rest of a ``%`` line: one line, and no ``%*``, which opens a block comment in clingo."""
    bad = next((c for c in text if not (" " <= c <= "~" or c == "\t")), None)
    if bad is not None:
        raise ProgramError(f"comment {text!r} contains {bad!r}; a program comment is one line of printable ASCII")
    return re.sub(r"%(?=\*)", "% ", text)


def literal_atom(lit, kernel: str | None = None) -> str:
    """The ``active/3`` atom a literal reads, for image variable ``I`` (negation not included);
    `kernel` replaces the literal's kernel term in the text (a variable such as ``K1``)."""
    return f"active(I, {lit.layer}, {term_text(lit.kernel) if kernel is None else kernel})"


def _header(program: Program) -> str:
    lines = [f"%! eric-lp program {FORMAT_VERSION}", f"%! layers: {' '.join(program.layers)}"]
    lines += [_comment(f"%! {key}: {value}") for key, value in program.meta.items()]
    lines += [f"%! class {i}: {name}" for i, name in enumerate(program.classes)]
    metrics = program.metrics()
    lines.append(f"% vars={metrics.vars} rules={metrics.rules} size={metrics.size}")
    return "\n".join(lines) + "\n"


def _labels(program: Program) -> str:
    """Every ``label/3`` fact, then every ``provisional/2`` one: SWI-Prolog warns about a predicate
    whose clauses are not together, and the two are not declared discontiguous."""
    names = [f"label({lb.layer}, {term_text(lb.kernel)}, {quote(lb.name)}).\n" for lb in program.labels]
    marks = [f"provisional({lb.layer}, {term_text(lb.kernel)}).\n" for lb in program.labels if lb.provisional]
    return "".join(names + marks)


def _rule(rule: Rule, negation: str, program: Program, bind_kernels: bool = False) -> str:
    """One rule's comment, its ``fired/2`` clause and its heads.

    The body lists the positive literals, then ``image(I)``, then the negated
    ones.  Read as a set it is the rule; read left to right, as SWI-Prolog
    runs it, the first positive literal enumerates only the images where it
    holds (bottom up, from a complete table or the entry facts), and every
    negation is called with ``I`` bound.  With ``image(I)`` first, each rule
    of a layer above the entry layer would look up every image's hidden atoms.
    """
    stats = []
    if rule.support is not None:
        stats.append(f"support={rule.support}")
    if rule.confidence is not None:
        stats.append(f"confidence={rule.confidence:.4f}")
    readable = rule_text(program, rule, ascii=True)
    lines = [_comment(f"% {rule.id}  {' '.join(stats)}  {readable}".rstrip()) + "\n"]
    binds, positives, negatives = [], [], []
    for n, lit in enumerate(rule.body, 1):
        atom = literal_atom(lit, f"K{n}" if bind_kernels else None)
        if bind_kernels:
            binds.append(f"K{n} = {term_text(lit.kernel)}")
        if lit.positive:
            positives.append(atom)
        else:
            negatives.append(f"{negation}{atom}")
    body = binds + positives + ["image(I)"] + negatives
    lines.append(f"fired(I, {rule.id}) :- {', '.join(body)}.\n")
    for head in rule.head:
        if rule.layer == OUTPUT:
            lines.append(f"class(I, {head}) :- fired(I, {rule.id}).\n")
        else:
            lines.append(f"active(I, {rule.layer}, {term_text(head)}) :- fired(I, {rule.id}).\n")
    return "".join(lines)


def to_asp(program: Program, bind_kernels: bool = False) -> str:
    """The clingo form: default negation is ``not``.

    bind_kernels: write each body literal's kernel through an equality,
    ``K1 = 142, active(I, entry, K1), image(I)``.  The same rules, and the
    same answer set, but gringo then grounds the body by looking up
    ``active/3`` atoms with the kernel bound, where for a constant kernel it
    builds an index by scanning every ``active/3`` atom, once per rule.  The
    clingo engine grounds this form; files keep the plain one.
    """
    rules = "".join(_rule(r, "not ", program, bind_kernels) for r in program.rules)
    return _header(program) + _ASP_DECLARATIONS + _labels(program) + rules + _ASP_FOOTER


def to_prolog(program: Program) -> str:
    """The SWI-Prolog form: default negation is ``\\+``."""
    rules = "".join(_rule(r, "\\+ ", program) for r in program.rules)
    return _header(program) + _PROLOG_DECLARATIONS + _labels(program) + rules


def emit(program: Program, dialect: str) -> str:
    """`to_asp` for ``asp``/``lp``, `to_prolog` for ``prolog``/``pl``."""
    if dialect in ("asp", "lp", "clingo"):
        return to_asp(program)
    if dialect in ("prolog", "pl"):
        return to_prolog(program)
    from ..errors import EricError
    raise EricError(f"unknown program dialect {dialect!r}; expected asp or prolog")
