"""Program text -> `Program`: the ``.lp`` and ``.pl`` forms read alike, and checked on the way.

A lark `Transformer` (extending `terms.Terms`) turns each grammar rule into a value: a body, a
consequent, a label, a ``%!`` header or a ``% rule support=N confidence=X`` comment.  It refuses unsafe
rules, a rule defined twice, a file that mixes the clingo and the Prolog form, a ``.pl`` file in the
clingo form (or an ``.lp`` in the Prolog form), a declaration of any predicate but the format's and a
format newer than this eric-lp; `program` then joins bodies to consequents, finds the layer chain (one entry layer,
stratified) and leaves the rest to `Program`.  What plain swipl would read otherwise it records as
`Findings`, which `swipl_notes` words.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from lark import v_args
from lark.visitors import Discard

from ..errors import ProgramError, ProgramSyntaxError
from ..core.program import OUTPUT, Kernel, Label, Literal, Meta, Program, Rule, term_text
from .grammar import parse
from .terms import Terms, where_of
from .text import read_text

__all__ = ["FACTS_PREDICATES", "FORMAT_PREDICATES", "Findings", "parse_program_findings", "parse_program",
           "read_program"]

_STATS = re.compile(r"%\s*([a-z][A-Za-z0-9_]*)\s+(?:support=(\d+))?\s*(?:confidence=([0-9.]+))?")
_CONFIDENCE = re.compile(r"\d+(\.\d+)?\Z")
_STRING_PART = re.compile(r'\\(.)|([^\x20-\x7e])')
# The predicates a declaration may name: the format's own.  Any other (``:- dynamic foo/2147483647.``)
# is refused: swipl then fails to start, and tabling it exhausts swipl's stack.
FORMAT_PREDICATES = ("active/3", "class/2", "fired/2", "image/1", "label/3", "provisional/2")
# The predicates a facts file adds clauses to: a program must declare them multifile for plain swipl, which
# otherwise replaces the program's active/3 rules with the facts (or, on facts without one, stops with
# "Unknown procedure").
FACTS_PREDICATES = ("image/1", "active/3")
# Which form each suffix names, and the one marker of each form in a message.
_SUFFIX_FORM = {".lp": "clingo", ".pl": "Prolog"}
_FORM_SUFFIX = {"clingo": ".lp", "Prolog": ".pl"}


# -- the values the rules become, before `program` puts them together ------------------------------

@dataclass(frozen=True)
class _Body:
    """``fired(I, rule) :- ...``: the body of one rule."""
    rule: str
    literals: tuple
    where: str


@dataclass(frozen=True)
class _Head:
    """``class(I, c) :- fired(I, rule).`` or ``active(I, layer, k) :- fired(I, rule).``: one consequent."""
    rule: str
    layer: str
    atom: Kernel
    where: str


@dataclass(frozen=True)
class _Name:
    """``label(layer, k, "name").`` (a name) or ``provisional(layer, k).`` (name None)."""
    layer: str
    kernel: Kernel
    name: str | None
    where: str


@dataclass(frozen=True)
class _Indicator:
    """``name/arity`` in a declaration, and where it stands."""
    text: str
    line: int
    column: int


@dataclass(frozen=True)
class _Header:
    """``%! key: value``."""
    key: str
    value: str


@dataclass(frozen=True)
class _Stats:
    """``% rule support=N confidence=X``."""
    rule: str
    support: int | None
    confidence: float | None


class _ToProgram(Terms):
    """A ``program`` tree -> `Program`."""

    def __init__(self, file: str):
        super().__init__(file)
        self.rule_ids: set = set()  # seen so far, so that "defined twice" names the second definition
        self.form = None  # ("clingo" or "Prolog", the token that said so): a file is one or the other
        # what plain SWI-Prolog would evaluate unlike the engines, worded by `swipl_notes`:
        self.negated_first: list[tuple] = []  # (where, rule, image variable) of a body that negates first
        self.subsumptive: list[str] = []  # where ``:- table ... as subsumptive`` stands
        self.multifile: set[str] = set()  # the ``name/arity`` a ``:- multifile`` declares

    def _form(self, form: str, token) -> None:
        """clingo reads only ``not`` and ``#show``, SWI-Prolog only ``\\+`` and ``:- dynamic``: a file
        that mixes them is read by neither, so it is refused here too."""
        if self.form is None:
            self.form = (form, token)
        elif self.form[0] != form:
            first = self.form[1]
            raise self._error(f"'{token}' is {form} syntax, but '{first}' at line {first.line} is "
                              f"{self.form[0]} syntax; a program is either the clingo (.lp) or the Prolog "
                              "(.pl) form", token)

    def HEADER(self, token):
        self._comment(token)
        text = str(token)[2:].strip()
        if text.startswith("eric-lp program"):
            version = text.split()[-1]
            from .emit import FORMAT_VERSION
            if not version.isdigit() or int(version) > FORMAT_VERSION:
                raise ProgramSyntaxError(f"program format {version} is newer than this eric-lp reads "
                                         f"({FORMAT_VERSION}); upgrade eric-lp", self.file, token.line)
            return Discard
        key, _, value = text.partition(":")
        return _Header(key.strip(), value.strip())

    def STRING(self, token):
        for part in _STRING_PART.finditer(token, 1, len(token) - 1):
            escaped, odd = part.groups()
            if escaped is not None and escaped not in '"\\':
                raise self._error(f"escape '\\{escaped}' in a string; only \\\" and \\\\ are allowed "
                                  "(clingo and SWI-Prolog read the others differently)", token, part.start())
            if odd is not None:
                raise self._error(f"character {odd!r} in a string; strings hold printable ASCII only "
                                  "(SWI-Prolog reads other characters by the locale)", token, part.start())
        return re.sub(r"\\(.)", r"\1", token[1:-1])

    def COMMENT(self, token):
        self._comment(token)
        match = _STATS.match(str(token))
        if not match or not (match.group(2) or match.group(3)):
            return Discard
        support, confidence = match.group(2, 3)
        if confidence and not _CONFIDENCE.match(confidence):
            raise self._error(f"confidence={confidence} is not a number", token, match.start(3))
        return _Stats(match.group(1), int(support) if support else None,
                      float(confidence) if confidence else None)

    @v_args(meta=True, inline=True)
    def fired_rule(self, meta, var, rule, *atoms):
        where = where_of(self.file, meta)
        if rule in self.rule_ids:
            raise ProgramError(f"{where}: rule {rule} is defined twice")
        self.rule_ids.add(rule)
        for atom_var, _ in atoms:
            if atom_var != var:
                raise ProgramError(f"{where}: unsafe rule {rule}: variable {atom_var} "
                                   f"does not match the head's {var}")
        if all(literal is not None and not literal.positive for _, literal in atoms):
            raise ProgramError(f"{where}: unsafe rule {rule}: variable {var} appears only under negation; "
                               f"add image({var}) to its body")
        first = atoms[0][1]
        if self.form and self.form[0] == "Prolog" and first is not None and not first.positive:
            self.negated_first.append((where, rule, var))
        return _Body(rule, tuple(literal for _, literal in atoms if literal is not None), where)

    def image_atom(self, children):
        return children[0], None

    def positive(self, children):
        var, layer, kernel = children
        return var, Literal(layer, kernel, True)

    def negative(self, children):
        neg, var, layer, kernel = children
        self._form("clingo" if neg == "not" else "Prolog", neg)
        return var, Literal(layer, kernel, False)

    @v_args(meta=True, inline=True)
    def class_rule(self, meta, head_var, cls, body_var, rule):
        return self._head(meta, head_var, body_var, rule, OUTPUT, cls)

    @v_args(meta=True, inline=True)
    def active_rule(self, meta, head_var, layer, kernel, body_var, rule):
        return self._head(meta, head_var, body_var, rule, layer, kernel)

    def _head(self, meta, head_var, body_var, rule, layer, atom) -> _Head:
        where = where_of(self.file, meta)
        if head_var != body_var:
            raise ProgramError(f"{where}: unsafe rule: variable {head_var} in the head "
                               f"is not {body_var} of fired/2")
        return _Head(rule, layer, atom, where)

    @v_args(meta=True, inline=True)
    def label(self, meta, layer, kernel, name):
        return _Name(layer, kernel, name, where_of(self.file, meta))

    @v_args(meta=True, inline=True)
    def provisional(self, meta, layer, kernel):
        return _Name(layer, kernel, None, where_of(self.file, meta))

    def show(self, children):  # declarations only serve the engines
        self._form("clingo", children[0])
        return Discard

    def defined(self, children):
        self._form("clingo", children[0])
        return Discard

    @v_args(meta=True)
    def declaration(self, meta, children):
        keyword = children[0]
        self._form("Prolog", keyword)
        indicators = [c for c in children if isinstance(c, _Indicator)]
        if keyword == "table" and indicators[0].text != "fired/2":
            raise self._indicator_error(indicators[0], f"':- table {indicators[0].text}' tables a predicate "
                                        "the format does not table; a program tables only fired/2")
        if keyword == "multifile":
            self.multifile.update(i.text for i in indicators)
        if children[-1] == "subsumptive":
            self.subsumptive.append(where_of(self.file, meta))  # a note if the program has a hidden layer
        return Discard

    @v_args(meta=True)
    def indicator(self, meta, children):
        found = _Indicator(f"{children[0]}/{children[1]}", meta.line, meta.column)
        if found.text not in FORMAT_PREDICATES:
            raise self._indicator_error(found, f"a declaration of {found.text}, which is not a predicate of "
                                        f"the format; declarations name only {', '.join(FORMAT_PREDICATES)}")
        return found

    def _indicator_error(self, indicator, message: str) -> ProgramSyntaxError:
        lines = self.text.split("\n")
        context = lines[indicator.line - 1] if 0 < indicator.line <= len(lines) else ""
        return ProgramSyntaxError(message, self.file, indicator.line, indicator.column, context)

    def program(self, statements) -> Program:
        header, classes, stats, bodies, heads, names = {}, {}, {}, {}, {}, {}
        for s in statements:
            if isinstance(s, _Header):
                if not s.key.startswith("class "):
                    header[s.key] = s.value
                elif s.key.split()[1].isdigit():
                    classes[int(s.key.split()[1])] = s.value
            elif isinstance(s, _Stats):
                stats[s.rule] = (s.support, s.confidence)
            elif isinstance(s, _Body):
                bodies[s.rule] = s
            elif isinstance(s, _Head):
                heads.setdefault(s.rule, []).append(s)
            elif isinstance(s, _Name):
                entry = names.setdefault((s.layer, s.kernel), [None, False, s.where])
                if s.name is None:
                    entry[1] = True
                elif entry[0] is not None and entry[0] != s.name:
                    raise ProgramError(f"{s.where}: kernel {s.layer}#{term_text(s.kernel)} is labelled twice "
                                       f"({entry[0]!r} and {s.name!r})")
                else:
                    entry[0] = s.name
        file = self.file
        rules = _rules(bodies, heads, stats)
        if not rules:
            raise ProgramError(f"{file}: the program has no rules")
        chain = tuple(header["layers"].split()) if "layers" in header else _chain(rules, file)
        if classes:
            class_names = tuple(classes[i] for i in sorted(classes))
        else:
            class_names = tuple(dict.fromkeys(h for r in rules if r.layer == OUTPUT for h in r.head))
        labels = []
        for (layer, kernel), (name, provisional, where) in names.items():
            if name is None:
                raise ProgramError(f"{where}: provisional({layer}, ...) "
                                   "without a label/3 fact for that kernel")
            try:
                labels.append(Label(layer, kernel, name, provisional))
            except ProgramError as exc:
                raise ProgramError(f"{where}: {exc}") from None
        try:
            return Program(chain, class_names, tuple(rules), tuple(labels), _meta(header, file))
        except ProgramError as exc:
            raise ProgramError(f"{file}: {exc}") from None


def _rules(bodies: dict, heads: dict, stats: dict) -> list[Rule]:
    """Each fired/2 rule with its consequents, which must be of one layer."""
    for rule, rule_heads in heads.items():
        if rule not in bodies:
            raise ProgramError(f"{rule_heads[0].where}: consequent of rule {rule}, "
                               f"which has no fired({rule}) rule")
    rules = []
    for rule, body in bodies.items():
        rule_heads = heads.get(rule)
        if not rule_heads:
            raise ProgramError(f"{body.where}: rule {rule} has no consequent "
                               "(no class/2 or active/3 rule uses it)")
        layers = {h.layer for h in rule_heads}
        if len(layers) > 1:
            raise ProgramError(f"{body.where}: rule {rule} concludes atoms of several layers "
                               f"({', '.join(sorted(layers))})")
        support, confidence = stats.get(rule, (None, None))
        rules.append(Rule(rule, layers.pop(), tuple(h.atom for h in rule_heads), body.literals,
                          support, confidence))
    return rules


def _meta(header: dict, file: str) -> Meta:
    def number(key, kind):
        if key not in header:
            return None
        try:
            return kind(header[key])
        except ValueError:
            raise ProgramSyntaxError(f"header '{key}: {header[key]}' is not a number", file) from None
    return Meta(lep=header.get("lep"), depth=number("depth", int), alpha=number("alpha", float),
                norm=header.get("norm"), threshold=header.get("threshold"), literals=header.get("literals"),
                learner=header.get("learner"), criterion=header.get("criterion"), budget=number("budget", int))


def _chain(rules: list[Rule], file: str) -> tuple:
    """The layer chain implied by the rules: each derived layer reads exactly one layer."""
    reads: dict[str, str] = {}
    for rule in rules:
        body = rule.body_layer
        if body is None:
            continue
        if rule.layer in reads and reads[rule.layer] != body:
            raise ProgramError(f"{file}: layer {rule.layer} is derived from both {reads[rule.layer]} and {body}; "
                               "each layer reads only the one below it")
        reads[rule.layer] = body
    chain, layer = [], OUTPUT
    while layer in reads:
        layer = reads[layer]
        if layer in chain or layer == OUTPUT:
            raise ProgramError(f"{file}: the rules form a cycle through layer {layer}; "
                               "a program must be stratified (layers only feed upward)")
        chain.insert(0, layer)
    derived = {r.layer for r in rules} - {OUTPUT}
    stray = derived - set(chain)
    if stray:
        raise ProgramError(f"{file}: layer {sorted(stray)[0]} is derived but no chain of rules leads from it "
                           "to the classes")
    if not chain:
        raise ProgramError(f"{file}: no rule reads a layer, so the program has no entry layer")
    return tuple(chain)


@dataclass(frozen=True)
class Findings:
    """What a program's reader saw that plain SWI-Prolog evaluates unlike the engines (`swipl_notes`)."""
    negated_first: tuple  # (where, rule, image variable) of each body that begins with a negation, in a .pl file
    subsumptive: tuple  # where each ``:- table ... as subsumptive`` declaration stands
    form: str | None  # "clingo" or "Prolog" by the file's markers (``not``, ``\\+``, declarations), or None
    multifile: frozenset  # the ``name/arity`` its ``:- multifile`` declarations name


def parse_program_findings(text: str, file: str = "<text>") -> tuple[Program, Findings]:
    """`parse_program`, and what it found for `swipl_notes`, from one parse."""
    if not text.strip():
        raise ProgramSyntaxError("empty program", file)
    transformer = _ToProgram(file)
    program = parse(text, file, "program", transformer)
    form = transformer.form[0] if transformer.form else None
    _check_suffix(file, transformer.form)
    return program, Findings(tuple(transformer.negated_first), tuple(transformer.subsumptive), form,
                             frozenset(transformer.multifile))


def _check_suffix(file: str, form) -> None:
    """A ``.pl`` file is read by swipl and an ``.lp`` by clingo, each of which drops or refuses the other
    form's clauses (swipl skips every clause with ``not``): the form must be the one the suffix names.
    Other names (and text without a name) state no form."""
    suffix = os.path.splitext(file)[1].lower()
    named = _SUFFIX_FORM.get(suffix)
    if form is None or named is None or form[0] == named:
        return
    kind, token = form
    stem = os.path.splitext(os.path.basename(file))[0]
    why = ("SWI-Prolog skips every clause with 'not' and reads no '#' line" if named == "Prolog"
           else "clingo refuses '\\+' and ':-' declarations")
    to, other = ("prolog", ".pl") if named == "Prolog" else ("asp", ".lp")
    raise ProgramSyntaxError(f"'{token}' is {kind} syntax, but a {suffix} file must be the {named} form ({why}); "
                             f"name it {stem}{_FORM_SUFFIX[kind]}, then 'eric-lp export {stem}{_FORM_SUFFIX[kind]} "
                             f"--to {to} -o {stem}{other}' writes the {named} form", file, token.line, token.column)


def parse_program(text: str, file: str = "<text>") -> Program:
    """Read a program in either the ``.lp`` or the ``.pl`` form (a file named ``.lp`` or ``.pl``: that
    suffix's form)."""
    return parse_program_findings(text, file)[0]


def read_program(path) -> Program:
    """`parse_program` of a file, with the file's name in every error."""
    return parse_program(read_text(path), str(path))
