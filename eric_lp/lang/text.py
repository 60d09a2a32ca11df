"""A program or facts file's text: read whole, refused with a clear error when it is missing, empty,
binary or not UTF-8, before any parser sees it."""

from __future__ import annotations

from pathlib import Path

from ..errors import DataError, ProgramSyntaxError

__all__ = ["read_text"]


def read_text(path) -> str:
    """A file's text, refusing missing, empty, binary and non-UTF-8 files with a clear error."""
    path = Path(path)
    if path.is_dir():
        raise DataError(f"{path}: is a folder; give the path of a file")
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
