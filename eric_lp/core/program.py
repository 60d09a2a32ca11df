"""The logic program ERIC extracts, as frozen values.

A `Program` is a chain of layers (the logical entry point first), the output
classes, and `Rule`s.  Each rule concludes kernels of one layer (or classes,
for the output layer `OUTPUT`) from `Literal`s of the layer just below it in
the chain.  Equality is value equality, so `parse(emit(p)) == p` guards the
text format.  This module imports neither TensorFlow nor a solver.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterable, Union

from ..errors import ProgramError

__all__ = [
    "OUTPUT",
    "Compound",
    "Kernel",
    "Literal",
    "Rule",
    "Label",
    "Meta",
    "Metrics",
    "Program",
    "term_key",
    "term_text",
    "is_atom",
    "RESERVED",
    "MAX_INT",
    "MAX_TERM_DEPTH",
    "term_depth",
    "name_problem",
]

#: The pseudo-layer of output rules: their heads are class names.
OUTPUT = "class"

_ATOM = re.compile(r"[a-z][A-Za-z0-9_]*\Z")

#: Names no constant, functor, layer, class or rule id may take: clingo's keyword ``not``, and the
#: lower-case operators of SWI-Prolog's default table (``:- dynamic table/1.`` does not read as a
#: declaration; refusing every operator keeps one rule that does not depend on the position).
RESERVED = frozenset({
    "not", "as", "discontiguous", "div", "dynamic", "initialization", "is", "meta_predicate", "mod",
    "module_transparent", "multifile", "public", "rdiv", "rem", "table", "thread_initialization",
    "thread_local", "volatile", "xor",
})

#: The largest integer clingo reads (its numbers are 32-bit; 2147483648 silently becomes -2147483648).
MAX_INT = 2**31 - 1

#: How deeply compound terms may nest: ``cell(3, 0, 1)`` has depth 1.  Checked before anything
#: recurses over a term, so a term nested thousands deep is an error, not a RecursionError.
MAX_TERM_DEPTH = 32


def is_atom(name: object) -> bool:
    """True when `name` is a constant both clingo and Prolog read unquoted, and as the same constant."""
    return isinstance(name, str) and bool(_ATOM.match(name)) and name not in RESERVED


def name_problem(name: object) -> str | None:
    """Why `name` cannot be a constant (None when it can): one phrase, for error messages."""
    if is_atom(name):
        return None
    if name in RESERVED:
        return f"{name!r} is reserved (a keyword or operator of clingo or SWI-Prolog)"
    return f"{name!r} is not a lower-case constant"


def term_depth(term: object) -> int:
    """How deeply `term` nests compounds (0 for an integer or a constant, 1 for ``cell(3, 0, 1)``),
    without recursing; stops counting past `MAX_TERM_DEPTH`."""
    depth, level = 0, [term]
    while depth <= MAX_TERM_DEPTH:
        compounds = {id(t): t for t in level if isinstance(t, Compound)}  # shared subterms once
        if not compounds:
            break
        depth += 1
        level = [a for t in compounds.values() for a in t.args]
    return depth


@dataclass(frozen=True)
class Compound:
    """A ground compound term used as a kernel, e.g. ``cell(12, 1, 0)``."""

    functor: str
    args: tuple

    def __str__(self) -> str:
        return term_text(self)


#: What may stand in the kernel position of ``active(I, Layer, Kernel)``.
Kernel = Union[int, str, Compound]


def term_key(term: Kernel) -> tuple:
    """A total order over kernel terms: integers, then constants, then compounds."""
    if isinstance(term, bool):
        raise ProgramError(f"kernel {term!r} is a bool; expected an integer or a term")
    if isinstance(term, int):
        return (0, term)
    if isinstance(term, str):
        return (1, term)
    if term_depth(term) > MAX_TERM_DEPTH:
        raise ProgramError(f"kernel term nests deeper than {MAX_TERM_DEPTH} levels")
    return (2, term.functor, len(term.args), tuple(term_key(a) for a in term.args))


def term_text(term: Kernel) -> str:
    """The clingo/Prolog text of a ground term."""
    if isinstance(term, Compound):
        return f"{term.functor}({', '.join(term_text(a) for a in term.args)})"
    return str(term)


def _check_term(term: Kernel, where: str) -> None:
    if term_depth(term) > MAX_TERM_DEPTH:
        raise ProgramError(f"{where}: kernel term nests deeper than {MAX_TERM_DEPTH} levels")
    _check_subterm(term, where)


def _check_subterm(term: Kernel, where: str) -> None:
    if isinstance(term, bool) or not isinstance(term, (int, str, Compound)):
        raise ProgramError(f"{where}: kernel {term!r} is not an integer, constant or compound term")
    if isinstance(term, int) and not 0 <= term <= MAX_INT:
        raise ProgramError(f"{where}: kernel {term} is out of range; kernels are numbered from 0 to {MAX_INT} "
                           "(clingo's integers are 32-bit)")
    if isinstance(term, str) and not is_atom(term):
        raise ProgramError(f"{where}: constant {name_problem(term)}")
    if isinstance(term, Compound):
        if not is_atom(term.functor):
            raise ProgramError(f"{where}: functor {name_problem(term.functor)}")
        if not isinstance(term.args, tuple) or not term.args:
            raise ProgramError(f"{where}: compound {term.functor!r} needs a tuple of one or more arguments")
        for arg in term.args:
            _check_subterm(arg, where)


@dataclass(frozen=True)
class Literal:
    """``active(I, layer, kernel)``, or its default negation when not `positive`."""

    layer: str
    kernel: Kernel
    positive: bool = True

    def negated(self) -> "Literal":
        return replace(self, positive=not self.positive)

    def sort_key(self) -> tuple:
        return (self.layer, term_key(self.kernel), not self.positive)

    def __str__(self) -> str:
        atom = f"{self.layer}#{term_text(self.kernel)}"
        return atom if self.positive else f"¬{atom}"


@dataclass(frozen=True)
class Rule:
    """``body -> head``: a conjunction of literals concluding one or more heads.

    `layer` is the layer of the heads: a kernel layer, whose heads are kernel
    terms, or `OUTPUT`, whose heads are class names.  `support` is the number
    of training images whose path reaches the rule; `confidence` the share of
    them for which the head is right.  Body and heads are kept sorted, so two
    rules that say the same thing are equal.
    """

    id: str
    layer: str
    head: tuple
    body: tuple = ()
    support: int | None = None
    confidence: float | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "head", tuple(sorted(set(self.head), key=term_key)))
        object.__setattr__(self, "body", tuple(sorted(set(self.body), key=Literal.sort_key)))
        if self.confidence is not None:
            object.__setattr__(self, "confidence", round(float(self.confidence), 4))
        if self.support is not None:
            object.__setattr__(self, "support", int(self.support))

    @property
    def body_layer(self) -> str | None:
        return self.body[0].layer if self.body else None

    def same_meaning(self) -> tuple:
        """What the rule says, without its id and statistics."""
        return (self.layer, self.head, self.body)


@dataclass(frozen=True)
class Label:
    """A person's (or a provisional) name for one kernel of one layer."""

    layer: str
    kernel: Kernel
    name: str
    provisional: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise ProgramError(f"label of {self.layer}#{term_text(self.kernel)} must be one non-empty line")
        bad = next((c for c in self.name if not " " <= c <= "~"), None)
        if bad is not None:
            # clingo and SWI-Prolog share no escape beyond \" and \\, and SWI reads a file's non-ASCII
            # bytes by the locale (under LANG=C, UTF-8 comes out as U+FFFD): printable ASCII reads the same
            raise ProgramError(f"label {self.name!r} of {self.layer}#{term_text(self.kernel)} contains "
                               f"{bad!r}; a label may hold printable ASCII characters only")


@dataclass(frozen=True)
class Meta:
    """How a program was extracted; every field optional for hand-written programs."""

    lep: str | None = None
    depth: int | None = None
    alpha: float | None = None
    norm: str | None = None
    threshold: str | None = None
    literals: str | None = None
    learner: str | None = None     # written only for learners other than the paper's tree
    criterion: str | None = None
    budget: int | None = None

    def items(self) -> list[tuple[str, str]]:
        return [(k, str(v)) for k, v in self.__dict__.items() if v is not None]


@dataclass(frozen=True)
class Metrics:
    """The paper's Table 1 program columns."""

    vars: int
    rules: int
    size: int

    def as_dict(self) -> dict:
        return {"vars": self.vars, "rules": self.rules, "size": self.size}


@dataclass(frozen=True)
class Program:
    """A stratified ERIC program: `layers` bottom-up, then the output classes.

    `layers[0]` is the logical entry point, whose truth values come as facts;
    every other layer, and the output, is derived by `rules`.
    """

    layers: tuple
    classes: tuple
    rules: tuple
    labels: tuple = ()
    meta: Meta = field(default_factory=Meta)

    def __post_init__(self) -> None:
        object.__setattr__(self, "layers", tuple(self.layers))
        object.__setattr__(self, "classes", tuple(self.classes))
        object.__setattr__(self, "rules", tuple(self.rules))
        object.__setattr__(self, "labels", tuple(sorted(
            self.labels, key=lambda lb: (self.layers.index(lb.layer) if lb.layer in self.layers else -1,
                                         lb.layer, term_key(lb.kernel)))))
        self._validate()

    # -- checks -------------------------------------------------------------
    def _validate(self) -> None:
        if not self.layers:
            raise ProgramError("a program needs at least one layer (its logical entry point)")
        for name in self.layers:
            if not is_atom(name) or name == OUTPUT:
                problem = name_problem(name) or f"{name!r} is the output pseudo-layer"
                raise ProgramError(f"layer name {problem}; a layer must be a lower-case constant other than "
                                   f"'{OUTPUT}'")
        if len(set(self.layers)) != len(self.layers):
            raise ProgramError(f"layer chain {' -> '.join(self.layers)} repeats a layer (a cycle)")
        for name in self.classes:
            if not is_atom(name):
                raise ProgramError(f"class name {name_problem(name)}; a class must be a lower-case constant "
                                   "(e.g. t_shirt_top)")
        if len(set(self.classes)) != len(self.classes):
            raise ProgramError("class names repeat")
        below = dict(zip(self.layers[1:] + (OUTPUT,), self.layers))
        seen: set[str] = set()
        for rule in self.rules:
            where = f"rule {rule.id}"
            if not is_atom(rule.id):
                raise ProgramError(f"{where}: rule id {name_problem(rule.id)}; use a lower-case constant "
                                   "such as r1")
            if rule.id in seen:
                raise ProgramError(f"{where}: rule id used twice")
            seen.add(rule.id)
            if not rule.head:
                raise ProgramError(f"{where}: rule has no consequent")
            if rule.layer not in below:
                raise ProgramError(f"{where}: concludes layer {rule.layer!r}, which is not derived in the "
                                   f"chain {' -> '.join(self.layers + (OUTPUT,))}")
            if rule.layer == OUTPUT:
                for head in rule.head:
                    if head not in self.classes:
                        raise ProgramError(f"{where}: class {head!r} is not one of {', '.join(self.classes)}")
            else:
                for head in rule.head:
                    _check_term(head, where)
            layers = {lit.layer for lit in rule.body}
            if len(layers) > 1:
                raise ProgramError(f"{where}: body mixes layers {', '.join(sorted(layers))}; "
                                   "a body reads one layer only")
            if layers and layers != {below[rule.layer]}:
                raise ProgramError(f"{where}: body reads {layers.pop()!r} but {rule.layer!r} may only read "
                                   f"{below[rule.layer]!r}, the layer just below it")
            for lit in rule.body:
                _check_term(lit.kernel, where)
        for lb in self.labels:
            if lb.layer not in self.layers:
                raise ProgramError(f"label {lb.name!r} names layer {lb.layer!r}, not in the program's layers "
                                   f"{', '.join(self.layers)}")
            _check_term(lb.kernel, f"label {lb.name!r}")

    # -- views --------------------------------------------------------------
    @property
    def lep(self) -> str:
        """The logical entry point: the layer whose truth values are facts."""
        return self.layers[0]

    def rules_of(self, layer: str) -> tuple:
        return tuple(r for r in self.rules if r.layer == layer)

    def derived_layers(self) -> tuple:
        """The layers rules derive, bottom-up, ending with `OUTPUT`."""
        return self.layers[1:] + (OUTPUT,)

    def kernels_read(self, layer: str) -> tuple:
        """Kernels of `layer` that some rule body reads, in term order."""
        kernels = {lit.kernel for r in self.rules for lit in r.body if lit.layer == layer}
        return tuple(sorted(kernels, key=term_key))

    def label_of(self, layer: str, kernel: Kernel) -> Label | None:
        for lb in self.labels:
            if lb.layer == layer and lb.kernel == kernel:
                return lb
        return None

    def metrics(self) -> Metrics:
        literals = {lit for r in self.rules for lit in r.body}
        return Metrics(vars=len(literals), rules=len(self.rules),
                       size=sum(len(r.body) for r in self.rules))

    # -- derived programs ---------------------------------------------------
    def with_labels(self, labels: Iterable[Label]) -> "Program":
        return replace(self, labels=tuple(labels))

    def renumbered(self, prefix: str = "r") -> "Program":
        """The same rules with ids r1, r2, ... in their current order."""
        rules = tuple(replace(r, id=f"{prefix}{i}") for i, r in enumerate(self.rules, 1))
        return replace(self, rules=rules)
