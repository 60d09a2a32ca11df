"""Writing output files whole or not at all, and never over something that is not a file.

Every file eric-lp writes goes through `write_bytes`: a temporary name in the
same folder, then a rename, so readers see the old file or the new one, never
half.  A target that exists and is not a regular file (a folder, a FIFO, a
device) is refused; a symbolic link is written through to the file it points
at, never replaced by a file of its own.  `check_output` makes the same checks
before any work is done, so a bad ``-o`` fails at once, not after the work.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from pathlib import Path

from ..errors import DataError

__all__ = ["write_text", "write_bytes", "write_json", "check_output", "check_output_folder"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def check_output(path, what: str = "output file") -> Path:
    """The path a file will be written to (a symlink's target), refused now if it cannot be.

    Refused: an existing target that is not a regular file, a parent that
    exists and is not a folder.  Returns the resolved path to write.
    """
    path = Path(path)
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise DataError(f"{path}: cannot use it as the {what} ({exc.strerror})") from None
    if mode is not None and not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file (a FIFO, socket or device)"
        raise DataError(f"{path}: exists and is {kind}; give the path of a file to write the {what} to")
    for parent in target.parents:
        if parent.exists():
            if not parent.is_dir():
                raise DataError(f"{path}: {parent} is not a folder, so the {what} cannot be written there")
            if not os.access(parent, os.W_OK | os.X_OK):
                raise DataError(f"{path}: cannot write into {parent} (permission denied)")
            break
    return target


def check_output_folder(path, what: str = "output folder") -> Path:
    """Refuse a folder path that exists and is not a folder (or sits under a file), before any work."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise DataError(f"{path}: exists and is not a folder; give a folder for the {what}")
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise DataError(f"{path}: {parent} is not a folder, so the {what} cannot be made there")
            break
    return path


def write_bytes(path, data: bytes) -> Path:
    """Write `data` to `path` atomically: readers see the old file or the new one, never half.

    A symlink is written through to its target; a target that is not a
    regular file is refused (`DataError`).  Returns `path` as given.
    """
    path = Path(path)
    target = check_output(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file the usual mode
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_text(path, text: str) -> Path:
    return write_bytes(path, text.encode("utf-8"))


def write_json(path, data) -> Path:
    return write_text(path, json.dumps(data, indent=2, sort_keys=True) + "\n")
