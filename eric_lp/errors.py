"""The errors eric-lp raises: one base class, each also a matching builtin.

The command turns any `EricError` into one line on stderr and exit status 2;
anything else escaping the command is a bug in eric-lp.
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
]


class EricError(Exception):
    """Base class of every error eric-lp raises on purpose."""


class ProgramSyntaxError(EricError, ValueError):
    """A program file is not in the eric-lp program format.

    Carries where (`file`, `line`, `column`) and the offending line, so the
    message reads ``program.lp:3:12: expected '.' ...``.
    """

    def __init__(self, message: str, file: str = "<text>", line: int = 0,
                 column: int = 0, context: str = ""):
        self.file, self.line, self.column, self.context = file, line, column, context
        where = f"{file}:{line}:{column}" if line else file
        text = f"{where}: {message}"
        if context:
            text += f" | {context.strip()}"
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
