"""The errors eric-lp raises: one base class, each also a matching builtin.

The command turns any `EricError` into one line on stderr (a syntax error adds
the offending line and a caret) and exit status 2; anything else escaping the
command is a bug in eric-lp.
"""

from __future__ import annotations

__all__ = [
    "EricError",
    "ProgramSyntaxError",
    "ProgramError",
    "DataError",
    "ModelError",
    "EngineError",
    "NotFittedError",
    "MissingExtraError",
    "ClusterError",
]


class EricError(Exception):
    """Base class of every error eric-lp raises on purpose."""


class ProgramSyntaxError(EricError, ValueError):
    """A program file is not in the eric-lp program format.

    Carries where (`file`, `line`, `column`) and, when given, the offending
    line as `context`; the message is then a one-line summary followed by
    that line and a caret under the column::

        program.lp:3:27: unexpected Token('NAME', 'actve'); expected one of ACTIVE, IMAGE, NEG
            fired(I, r2) :- image(I), actve(I, pool, 3).
                                      ^
    """

    def __init__(self, message: str, file: str = "<text>", line: int = 0,
                 column: int = 0, context: str = ""):
        self.file, self.line, self.column, self.context = file, line, column, context
        where = f"{file}:{line}:{column}" if line and column else f"{file}:{line}" if line else file
        self.summary = f"{where}: {message}"
        text = self.summary
        if context:
            # the caret keeps the line's tabs, so it sits under the column however tabs are shown
            pad = "".join(c if c == "\t" else " " for c in context[:max(column - 1, 0)])
            text += f"\n    {context.rstrip()}\n    {pad}^"
        super().__init__(text)


class ProgramError(EricError, ValueError):
    """A program that parses but is not sound (cycle, unsafe rule, mixed layers)."""


class DataError(EricError, ValueError):
    """Input data that cannot be used: missing data set, bad image, bad class id."""


class ModelError(EricError, ValueError):
    """A model that cannot be used: unknown layer, no conv layer, bad file."""


class EngineError(EricError, RuntimeError):
    """A logic engine failed or is missing (clingo, SWI-Prolog)."""


class NotFittedError(EricError, AttributeError):
    """A learner was used before `fit`."""


class MissingExtraError(EricError, ImportError):
    """An optional part of eric-lp is not installed; the message names the ``pip install`` to run."""


class ClusterError(EricError, RuntimeError):
    """A cluster of workers (TF_CONFIG) that cannot finish: a worker down, unreachable or out of step."""
