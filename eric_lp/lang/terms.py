"""Terminals and terms: the lark `Transformer` that programs, facts and a lone term share.

Integers in clingo's range, names that neither clingo nor SWI-Prolog reserves, compound kernel terms
such as ``cell(3, 0, 1)``, and comments clingo would read as a block comment: refused here with the
line and a caret.  `program_reader` and `facts_reader` extend `Terms`; `parse_term` reads one term.
"""

from __future__ import annotations

from lark import Transformer

from ..errors import ProgramSyntaxError
from ..core.program import MAX_INT, RESERVED, Compound, Kernel
from .grammar import parse

__all__ = ["Terms", "where_of", "parse_term"]


def where_of(file: str, meta) -> str:
    """``file:line`` of a grammar rule's match (its `meta`), or the file alone."""
    return f"{file}:{meta.line}" if getattr(meta, "line", None) else file



class Terms(Transformer):
    """Terminals and terms: what programs, facts and a lone term share.

    A rule's method takes its children as a list.  Only the rules that errors point at are
    ``v_args(meta=True)``, for their line: lark re-wraps a ``v_args`` method on every call, which
    costs a third of the time on a large program.
    """

    def __init__(self, file: str):
        super().__init__()
        self.file = file
        self.text = ""  # set by `grammar.parse`, for the line an error shows

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


def parse_term(text: str, where: str = "<text>") -> Kernel:
    """One kernel term, such as ``3``, ``c`` or ``cell(3, 0, 1)``; `where` names it in a syntax error."""
    return parse(text, where, "term", Terms(where))
