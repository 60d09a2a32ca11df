"""Text -> `Program`, `Facts` or one term, through the lark grammar ``grammars/program.lark``.

Reads the clingo (``.lp``) and the SWI-Prolog (``.pl``) form; a lark `Transformer` turns each grammar
rule into a value and checks soundness (safe rules, one layer chain) on the way, `Program` the rest.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from lark import Lark, Transformer, v_args
from lark.exceptions import (UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken,
                             VisitError)
from lark.visitors import Discard

from ..errors import DataError, EricError, ProgramError, ProgramSyntaxError
from ..core.facts import Facts
from ..core.program import (MAX_INT, MAX_TERM_DEPTH, OUTPUT, RESERVED, Compound, Kernel, Label, Literal, Meta,
                             Program, Rule, term_text)

__all__ = ["parse_program", "parse_program_and_notes", "program_notes", "read_program", "parse_facts",
           "read_facts", "parse_term", "grammar_path", "read_text"]

_STATS = re.compile(r"%\s*([a-z][A-Za-z0-9_]*)\s+(?:support=(\d+))?\s*(?:confidence=([0-9.]+))?")
_CONFIDENCE = re.compile(r"\d+(\.\d+)?\Z")
# What the readers could read apart: any character but tab, newline and printable ASCII.  A lone carriage
# return ends a comment for lark but not for clingo; SWI-Prolog decodes non-ASCII bytes by the locale
# (under LANG=C it warns even inside a comment, and a string's UTF-8 comes out as U+FFFD).
_ODD_CHARACTER = re.compile(r"[^\t\n\x20-\x7e]")
# Strings, comments and parentheses, in the order lark meets them: to measure nesting before parsing.
_NESTING = re.compile(r'"(?:\\.|[^"\\\n])*"|%[^\n]*|[()]')
_STRING_PART = re.compile(r'\\(.)|([^\x20-\x7e])')
# A program file is data: the grammar accepts only the rules, facts and declarations of the format,
# so a directive such as ``#script`` or ``:- initialization`` is a syntax error, never something that runs.
_DIRECTIVE = re.compile(r"\s*(#\w+|:-\s*\w+)")
_FORMAT_DIRECTIVE = re.compile(r"\s*(#show|#defined|:-\s*(dynamic|multifile|discontiguous|table))\b")


def grammar_path() -> Path:
    """The grammar file, in a source checkout or in an installed wheel."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here.parent / "grammars" / "program.lark", here / "grammars" / "program.lark"):
        if candidate.is_file():
            return candidate
    raise ProgramError("grammars/program.lark is missing from the eric-lp installation; reinstall eric-lp")


@functools.lru_cache(maxsize=None)
def _parser() -> Lark:
    """The one LALR parser, for all three start rules; built on first use."""
    return Lark(grammar_path().read_text(encoding="utf-8"), start=["program", "facts", "term"],
                parser="lalr", propagate_positions=True, maybe_placeholders=False)


def read_text(path) -> str:
    """A file's text, refusing missing, empty, binary and non-UTF-8 files with a clear error."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    raw = path.read_bytes()
    if b"\0" in raw:
        raise ProgramSyntaxError("not a text file (it contains NUL bytes)", str(path))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProgramSyntaxError(f"not UTF-8 text (byte {exc.start})", str(path)) from None
    if not text.strip():
        raise ProgramSyntaxError("empty file; expected an eric-lp program", str(path))
    return text


def _syntax_error(exc: UnexpectedInput, text: str, file: str) -> ProgramSyntaxError:
    line_no, column = getattr(exc, "line", 0) or 0, getattr(exc, "column", 0) or 0
    lines = text.splitlines()
    line = lines[line_no - 1] if 0 < line_no <= len(lines) else ""
    directive = _DIRECTIVE.match(line)
    if directive and not _FORMAT_DIRECTIVE.match(line):
        # one line, no excerpt: the message names the directive, and the command prints one line for it
        message = (f"directive '{directive.group(1)}' is not part of the eric-lp program format "
                   "(program files are data; nothing in them is run)")
        return ProgramSyntaxError(message, file, line_no, column)
    if isinstance(exc, UnexpectedEOF) or (isinstance(exc, UnexpectedToken) and exc.token.type == "$END"):
        message = "unexpected end of file; is a '.' missing?"
    elif isinstance(exc, UnexpectedToken):
        expected = sorted(_terminal(name) for name in (exc.accepts or exc.expected))
        message = f"unexpected {exc.token!r}; expected one of {', '.join(expected[:6])}"
    elif isinstance(exc, UnexpectedCharacters):
        message = f"unexpected character {exc.char!r}"
        if exc.char == "_":
            message += "; variables must be named (the anonymous '_' is not part of the format)"
        elif exc.char == ".":
            message += "; a statement's '.' is followed by a space or a line end"
    else:
        message = str(exc).splitlines()[0]
    return ProgramSyntaxError(message, file, line_no, column, line)


def _position(text: str, index: int) -> tuple[int, int, str]:
    """Line, column (both from 1) and the line's text of character `index`."""
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    return text.count("\n", 0, index) + 1, index - start + 1, text[start:end if end >= 0 else len(text)]


def _prescan(text: str, file: str) -> None:
    """Refuse, before lark or any recursion sees the text, what the readers would read apart (odd
    characters) and terms nested so deep that walking them would exhaust Python's stack."""
    for match in _ODD_CHARACTER.finditer(text):
        ch, index = match.group(), match.start()
        if ch == "\r" and text.startswith("\n", index + 1):
            continue  # a Windows line end
        line, column, context = _position(text, index)
        raise ProgramSyntaxError(f"character U+{ord(ch):04X} is not allowed; a program is printable ASCII, tabs "
                                 "and newlines (clingo and SWI-Prolog read other characters differently)",
                                 file, line, column, "".join(c if " " <= c <= "~" else " " for c in context))
    depth = 0
    for match in _NESTING.finditer(text):
        token = match.group()
        if token == "(":
            depth += 1
            if depth > MAX_TERM_DEPTH + 1:  # the atom's own parenthesis, then the term's
                raise ProgramSyntaxError(f"terms nest deeper than {MAX_TERM_DEPTH} levels", file,
                                         *_position(text, match.start()))
        elif token == ")":
            depth = max(depth - 1, 0)


def _terminal(name: str) -> str:
    """A terminal as people read it: ``'active('`` for a literal, its name for a pattern."""
    if name in ("_DOT", "_AS"):
        return repr(name[1:].lower().replace("dot", "."))
    try:
        pattern = _parser().get_terminal(name).pattern
    except KeyError:
        return name
    return repr(pattern.value) if pattern.type == "str" else name


def _parse(text: str, file: str, start: str, transformer: Transformer):
    """Parse from `start` and transform; syntax errors and the transformer's own errors come out whole."""
    _prescan(text, file)
    transformer.text = text
    try:
        tree = _parser().parse(text, start=start)
    except UnexpectedInput as exc:
        raise _syntax_error(exc, text, file) from None
    try:
        return transformer.transform(tree)
    except VisitError as exc:  # lark wraps what a rule method raises
        if isinstance(exc.orig_exc, EricError):
            raise exc.orig_exc from None
        raise


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


def _where(file: str, meta) -> str:
    return f"{file}:{meta.line}" if getattr(meta, "line", None) else file


class _Terms(Transformer):
    """Terminals and terms: what programs, facts and a lone term share.

    A rule's method takes its children as a list.  Only the rules that errors point at are
    ``v_args(meta=True)``, for their line: lark re-wraps a ``v_args`` method on every call, which
    costs a third of the time on a large program.
    """

    def __init__(self, file: str):
        super().__init__()
        self.file = file
        self.text = ""  # set by `_parse`, for the line an error shows

    def _error(self, message: str, token, offset: int = 0) -> ProgramSyntaxError:
        """A syntax error at `token` (plus `offset` characters), with its line and a caret."""
        line = token.line or 0
        lines = self.text.split("\n")
        context = lines[line - 1] if 0 < line <= len(lines) else ""
        return ProgramSyntaxError(message, self.file, line, (token.column or 0) + offset, context)

    def INT(self, token):
        if len(token) > 10 or int(token) > MAX_INT:
            raise self._error(f"integer {token if len(token) <= 20 else token[:17] + '...'} is out of range; "
                              f"integers are 0..{MAX_INT} (clingo's are 32-bit)", token)
        return int(token)

    def NAME(self, token):
        if token in RESERVED:
            raise self._error(f"'{token}' is reserved (a keyword or operator of clingo or SWI-Prolog) "
                              "and cannot be a name", token)
        return str(token)

    def FUNCTOR(self, token):
        return self.NAME(token.update(value=token[:-1]))

    def _comment(self, token) -> None:
        """clingo reads ``%*`` as the start of a block comment, which a ``*%`` anywhere later closes."""
        at = token.find("%*")
        if at >= 0:
            raise self._error("'%*' in a comment (clingo opens a block comment there, which the program "
                              "format does not have); write '% *'", token, at)

    def VAR(self, token):
        return str(token)

    def integer(self, children):
        return children[0]

    def constant(self, children):
        return children[0]

    def compound(self, children):
        functor, *args = children
        return Compound(functor, tuple(args))


class _ToProgram(_Terms):
    """A ``program`` tree -> `Program`."""

    def __init__(self, file: str):
        super().__init__(file)
        self.rule_ids: set = set()  # seen so far, so that "defined twice" names the second definition
        self.form = None  # ("clingo" or "Prolog", the token that said so): a file is one or the other
        self.notes: list[str] = []  # what plain SWI-Prolog would evaluate unlike the engines (`program_notes`)
        self.subsumptive: list[str] = []  # where ``:- table ... as subsumptive`` stands

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
        where = _where(self.file, meta)
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
            self.notes.append(f"{where}: rule {rule} begins with a negated literal, which plain swipl calls with "
                              f"{var} unbound; put image({var}) or a positive literal first")
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
        where = _where(self.file, meta)
        if head_var != body_var:
            raise ProgramError(f"{where}: unsafe rule: variable {head_var} in the head "
                               f"is not {body_var} of fired/2")
        return _Head(rule, layer, atom, where)

    @v_args(meta=True, inline=True)
    def label(self, meta, layer, kernel, name):
        return _Name(layer, kernel, name, _where(self.file, meta))

    @v_args(meta=True, inline=True)
    def provisional(self, meta, layer, kernel):
        return _Name(layer, kernel, None, _where(self.file, meta))

    def show(self, children):  # declarations only serve the engines
        self._form("clingo", children[0])
        return Discard

    def defined(self, children):
        self._form("clingo", children[0])
        return Discard

    @v_args(meta=True)
    def declaration(self, meta, children):
        self._form("Prolog", children[0])
        if children[-1] == "subsumptive":
            self.subsumptive.append(_where(self.file, meta))  # a note if the program has a hidden layer
        return Discard

    def indicator(self, children):
        return tuple(children)

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


class _ToFacts(_Terms):
    """A ``facts`` tree -> `Facts` of one layer (`layer`, or the first fact's)."""

    def __init__(self, file: str, layer: str | None):
        super().__init__(file)
        self.layer = layer

    def HEADER(self, token):
        self._comment(token)
        return Discard

    def COMMENT(self, token):
        self._comment(token)
        return Discard

    def image_fact(self, children):
        return children[0]

    @v_args(meta=True, inline=True)
    def active_fact(self, meta, image, layer, kernel):
        if self.layer is None:
            self.layer = layer
        elif layer != self.layer:
            raise DataError(f"{_where(self.file, meta)}: fact for layer {layer}, but the entry layer is "
                            f"{self.layer}; facts describe the entry layer only")
        return image, kernel

    def facts(self, facts) -> Facts:
        images = list(dict.fromkeys(f for f in facts if isinstance(f, int)))
        atoms = [f for f in facts if isinstance(f, tuple)]
        return Facts.from_atoms(self.layer or "", images, atoms)


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


def parse_program(text: str, file: str = "<text>") -> Program:
    """Read a program in either the ``.lp`` or the ``.pl`` form."""
    return parse_program_and_notes(text, file)[0]


def program_notes(text: str, file: str = "<text>") -> list[str]:
    """Where plain SWI-Prolog would evaluate a ``.pl`` file unlike the engines, one line each.

    The engines re-emit what they read and are never affected; a user who consults the file itself
    is: a body that negates before it binds the image, or, in a program with a hidden layer, the
    subsumptive tables earlier versions declared.  Parses `text` as `parse_program` does, and raises
    the same errors.
    """
    return parse_program_and_notes(text, file)[1]


def parse_program_and_notes(text: str, file: str = "<text>") -> tuple[Program, list[str]]:
    """`parse_program` and `program_notes` from one parse."""
    if not text.strip():
        raise ProgramSyntaxError("empty program", file)
    transformer = _ToProgram(file)
    program = _parse(text, file, "program", transformer)
    notes = list(transformer.notes)
    if len(program.layers) > 1:  # one layer: no body reads fired/2, so no table can answer wrongly
        notes += [f"{where}: ':- table ... as subsumptive' (earlier eric-lp versions wrote it) makes plain swipl "
                  "answer ?- fired(17, R). wrongly in a program with hidden layers; "
                  "'eric-lp export FILE --to prolog -o NEW.pl' writes ':- table fired/2.'"
                  for where in transformer.subsumptive]
    return program, notes


def read_program(path) -> Program:
    """`parse_program` of a file, with the file's name in every error."""
    return parse_program(read_text(path), str(path))


def parse_facts(text: str, file: str = "<text>", layer: str | None = None) -> Facts:
    """Read ``image/1`` and ``active/3`` facts of one layer (the entry layer)."""
    return _parse(text, file, "facts", _ToFacts(file, layer))


def read_facts(path, layer: str | None = None) -> Facts:
    return parse_facts(read_text(path), str(path), layer)


def parse_term(text: str, where: str = "<text>") -> Kernel:
    """One kernel term, such as ``3``, ``c`` or ``cell(3, 0, 1)``; `where` names it in a syntax error."""
    return _parse(text, where, "term", _Terms(where))
