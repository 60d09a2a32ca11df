"""Text -> Program, through the lark grammar in ``grammars/program.lark``.

Reads both the clingo (``.lp``) and the SWI-Prolog (``.pl``) form.  A program
file is data: the grammar accepts only rules, facts and declarations of the
eric-lp format, so a directive such as ``#script`` or ``:- initialization``
is a `ProgramSyntaxError`, never something that runs.  Soundness (no cycles,
safe rules, one layer per body) is checked here and in `Program`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataError, ProgramError, ProgramSyntaxError
from ..core.facts import Facts
from ..core.program import OUTPUT, Compound, Label, Literal, Meta, Program, Rule

__all__ = ["parse_program", "read_program", "parse_facts", "read_facts", "grammar_path", "read_text"]

_STATS = re.compile(r"%\s*([a-z][A-Za-z0-9_]*)\s+(?:support=(\d+))?\s*(?:confidence=([0-9.]+))?")
_DIRECTIVE = re.compile(r"\s*(#\w+|:-\s*\w+)")


def grammar_path() -> Path:
    """The grammar file, in a source checkout or in an installed wheel."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here.parent / "grammars" / "program.lark", here / "grammars" / "program.lark"):
        if candidate.is_file():
            return candidate
    raise ProgramError("grammars/program.lark is missing from the eric-lp installation; reinstall eric-lp")


@functools.lru_cache(maxsize=None)
def _parser(start: str):
    from lark import Lark
    return Lark(grammar_path().read_text(encoding="utf-8"), start=start, parser="lalr",
                propagate_positions=True, maybe_placeholders=False)


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


def _syntax_error(exc, text: str, file: str) -> ProgramSyntaxError:
    from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedToken
    line_no = getattr(exc, "line", 0) or 0
    column = getattr(exc, "column", 0) or 0
    lines = text.splitlines()
    line = lines[line_no - 1] if 0 < line_no <= len(lines) else ""
    directive = _DIRECTIVE.match(line)
    if directive and not re.match(r"\s*(#show|#defined|:-\s*(dynamic|multifile|discontiguous))\b", line):
        message = (f"directive '{directive.group(1)}' is not part of the eric-lp program format "
                   "(program files are data; nothing in them is run)")
    elif isinstance(exc, UnexpectedEOF) or (isinstance(exc, UnexpectedToken) and exc.token.type == "$END"):
        message = "unexpected end of file; is a '.' missing?"
    elif isinstance(exc, UnexpectedToken):
        expected = sorted(exc.accepts or exc.expected)
        message = f"unexpected {exc.token!r}; expected one of {', '.join(expected[:6])}"
    elif isinstance(exc, UnexpectedCharacters):
        message = f"unexpected character {exc.char!r}"
    else:
        message = str(exc).splitlines()[0]
    return ProgramSyntaxError(message, file, line_no, column, line)


def _parse_tree(text: str, file: str, start: str):
    from lark.exceptions import UnexpectedInput
    try:
        return _parser(start).parse(text)
    except UnexpectedInput as exc:
        raise _syntax_error(exc, text, file) from None


def _term(tree):
    kind = tree.data
    if kind == "integer":
        return int(tree.children[0])
    if kind == "constant":
        return str(tree.children[0])
    functor, *args = tree.children
    return Compound(str(functor), tuple(_term(a) for a in args))


def _unquote(token: str) -> str:
    return re.sub(r"\\(.)", r"\1", token[1:-1])


@dataclass
class _Collected:
    header: dict = field(default_factory=dict)
    classes: dict = field(default_factory=dict)
    stats: dict = field(default_factory=dict)
    bodies: dict = field(default_factory=dict)   # rule id -> (literals, line)
    heads: dict = field(default_factory=dict)    # rule id -> [(layer, head, line)]
    labels: dict = field(default_factory=dict)   # (layer, kernel) -> [name, provisional]


def _where(file: str, node) -> str:
    return f"{file}:{node.meta.line}" if getattr(node.meta, "line", None) else file


def _collect(tree, file: str) -> _Collected:
    from lark import Token
    got = _Collected()
    for node in tree.children:
        if isinstance(node, Token):
            if node.type == "HEADER":
                _header_line(str(node)[2:].strip(), got, f"{file}:{node.line}")
            else:
                match = _STATS.match(str(node))
                if match and (match.group(2) or match.group(3)):
                    got.stats[match.group(1)] = (
                        int(match.group(2)) if match.group(2) else None,
                        float(match.group(3)) if match.group(3) else None)
            continue
        where = _where(file, node)
        if node.data == "fired_rule":
            var, rid, *atoms = node.children
            if str(rid) in got.bodies:
                raise ProgramError(f"{where}: rule {rid} is defined twice")
            bound, literals = False, []
            for atom in atoms:
                avar = str(atom.children[1] if atom.data == "negative" else atom.children[0])
                if avar != str(var):
                    raise ProgramError(f"{where}: unsafe rule {rid}: variable {avar} does not match the head's {var}")
                if atom.data == "image_atom":
                    bound = True
                elif atom.data == "positive":
                    bound = True
                    literals.append(Literal(str(atom.children[1]), _term(atom.children[2]), True))
                else:
                    literals.append(Literal(str(atom.children[2]), _term(atom.children[3]), False))
            if not bound:
                raise ProgramError(f"{where}: unsafe rule {rid}: variable {var} appears only under negation; "
                                   f"add image({var}) to its body")
            got.bodies[str(rid)] = (literals, where)
        elif node.data in ("class_rule", "active_rule"):
            children = node.children
            if node.data == "class_rule":
                hvar, cls, bvar, rid = children
                layer, head = OUTPUT, str(cls)
            else:
                hvar, layer, kernel, bvar, rid = children
                layer, head = str(layer), _term(kernel)
            if str(hvar) != str(bvar):
                raise ProgramError(f"{where}: unsafe rule: variable {hvar} in the head is not {bvar} of fired/2")
            got.heads.setdefault(str(rid), []).append((layer, head, where))
        elif node.data in ("label", "provisional"):
            layer, kernel = str(node.children[0]), _term(node.children[1])
            entry = got.labels.setdefault((layer, kernel), [None, False, where])
            if node.data == "label":
                entry[0] = _unquote(str(node.children[2]))
            else:
                entry[1] = True
    return got


def _header_line(text: str, got: _Collected, where: str) -> None:
    if text.startswith("eric-lp program"):
        version = text.split()[-1]
        from .emit import FORMAT_VERSION
        if not version.isdigit() or int(version) > FORMAT_VERSION:
            raise ProgramSyntaxError(f"program format {version} is newer than this eric-lp reads "
                                     f"({FORMAT_VERSION}); upgrade eric-lp", where)
        return
    key, _, value = text.partition(":")
    key, value = key.strip(), value.strip()
    if key.startswith("class "):
        index = key.split()[1]
        if index.isdigit():
            got.classes[int(index)] = value
        return
    got.header[key] = value


def _meta(header: dict, file: str) -> Meta:
    def number(key, kind):
        if key not in header:
            return None
        try:
            return kind(header[key])
        except ValueError:
            raise ProgramSyntaxError(f"header '{key}: {header[key]}' is not a number", file) from None
    return Meta(lep=header.get("lep"), depth=number("depth", int), alpha=number("alpha", float),
                norm=header.get("norm"), threshold=header.get("threshold"), literals=header.get("literals"))


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
    if not text.strip():
        raise ProgramSyntaxError("empty program", file)
    got = _collect(_parse_tree(text, file, "program"), file)
    for rid, heads in got.heads.items():
        if rid not in got.bodies:
            raise ProgramError(f"{heads[0][2]}: consequent of rule {rid}, which has no fired({rid}) rule")
    rules = []
    for rid, (body, where) in got.bodies.items():
        heads = got.heads.get(rid)
        if not heads:
            raise ProgramError(f"{where}: rule {rid} has no consequent (no class/2 or active/3 rule uses it)")
        layers = {h[0] for h in heads}
        if len(layers) > 1:
            raise ProgramError(f"{where}: rule {rid} concludes atoms of several layers ({', '.join(sorted(layers))})")
        support, confidence = got.stats.get(rid, (None, None))
        rules.append(Rule(rid, layers.pop(), tuple(h[1] for h in heads), tuple(body), support, confidence))
    if not rules:
        raise ProgramError(f"{file}: the program has no rules")
    if "layers" in got.header:
        chain = tuple(got.header["layers"].split())
    else:
        chain = _chain(rules, file)
    if got.classes:
        classes = tuple(got.classes[i] for i in sorted(got.classes))
    else:
        classes = tuple(dict.fromkeys(h for r in rules if r.layer == OUTPUT for h in r.head))
    labels = []
    for (layer, kernel), (name, provisional, where) in got.labels.items():
        if name is None:
            raise ProgramError(f"{where}: provisional({layer}, ...) without a label/3 fact for that kernel")
        labels.append(Label(layer, kernel, name, provisional))
    try:
        return Program(chain, classes, tuple(rules), tuple(labels), _meta(got.header, file))
    except ProgramError as exc:
        raise ProgramError(f"{file}: {exc}") from None


def read_program(path) -> Program:
    """`parse_program` of a file, with the file's name in every error."""
    return parse_program(read_text(path), str(path))


def parse_facts(text: str, file: str = "<text>", layer: str | None = None) -> Facts:
    """Read ``image/1`` and ``active/3`` facts of one layer (the entry layer)."""
    tree = _parse_tree(text, file, "facts")
    images, atoms = [], []
    for node in tree.children:
        if not hasattr(node, "data"):
            continue
        if node.data == "image_fact":
            images.append(int(node.children[0]))
            continue
        img, fact_layer, kernel = node.children
        if layer is None:
            layer = str(fact_layer)
        elif str(fact_layer) != layer:
            raise DataError(f"{_where(file, node)}: fact for layer {fact_layer}, but the entry layer is {layer}; "
                            "facts describe the entry layer only")
        atoms.append((int(img), _term(kernel)))
    images = list(dict.fromkeys(images))
    return Facts.from_atoms(layer or "", images, atoms)


def read_facts(path, layer: str | None = None) -> Facts:
    return parse_facts(read_text(path), str(path), layer)
