"""The grammar of program text (``grammars/program.lark``), its one parser, and its syntax errors.

`parse` runs the LALR parser from one start rule (``program``, ``facts`` or ``term``) and hands the
tree to the caller's lark `Transformer` (see `terms`, `program_reader`, `facts_reader`).  Before lark
sees the text, a pre-scan refuses what clingo and SWI-Prolog would read apart (odd characters) and
nesting deep enough to exhaust Python's stack; a syntax error says, in words, what was expected.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from lark import Lark, Transformer
from lark.exceptions import (UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken,
                             VisitError)

from ..errors import EricError, ProgramError, ProgramSyntaxError
from ..core.program import MAX_TERM_DEPTH

__all__ = ["grammar_path", "parse"]

# What the readers could read apart: any character but tab, newline and printable ASCII.  A lone carriage
# return ends a comment for lark but not for clingo; SWI-Prolog decodes non-ASCII bytes by the locale
# (under LANG=C it warns even inside a comment, and a string's UTF-8 comes out as U+FFFD).
_ODD_CHARACTER = re.compile(r"[^\t\n\x20-\x7e]")
# Strings, comments and parentheses, in the order lark meets them: to measure nesting before parsing.
_NESTING = re.compile(r'"(?:\\.|[^"\\\n])*"|%[^\n]*|[()]')
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


def parse(text: str, file: str, start: str, transformer: Transformer):
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
