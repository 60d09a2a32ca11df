"""Writing output files whole or not at all, and never over something that is not a file.

Every file eric-lp writes goes through `write_bytes` (or `writing`, for a file
written piece by piece): a temporary name in the same folder, then a rename,
so readers see the old file or the new one, never half.  A target that exists
and is not a regular file (a folder, a FIFO, a device) is refused; a symbolic
link is written through to the file it points at, never replaced by a file of
its own.  `check_output` makes the same checks before any work is done, so a
bad ``-o`` fails at once, not after the work.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path

from ..errors import DataError

__all__ = ["write_text", "write_bytes", "write_json", "writing", "check_output", "check_output_folder",
           "check_not_input", "staging_folder", "swap_folder", "clean_staging"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _refuse_dangling(path: Path, what: str) -> None:
    """A dangling symbolic link at `path` or above it: writing through it would make its target's
    folders wherever the link points (or fail half-way), so it is refused."""
    for p in (path, *path.parents):
        if p.is_symlink() and not p.exists():
            raise DataError(f"{path}: {p} is a symbolic link to {os.readlink(p)}, which does not exist; "
                            f"remove the link or give another path for the {what}")


def check_not_input(output, files=(), folders=(), what: str = "output") -> None:
    """Refuse an output that is one of the command's inputs: the same file as one of `files` (a hard
    link or symbolic link to it included), or `folders` itself or a path inside one of them (a folder
    read whole, such as an image folder).  Checked before work: writing it would replace what was read."""
    out = Path(os.path.realpath(output))
    for f in files:
        if f is None or not os.path.exists(f):
            continue
        if out == Path(os.path.realpath(f)) or (out.exists() and os.path.samefile(out, f)):
            raise DataError(f"{output}: is also an input of this command ({f}); writing it would replace what "
                            f"was read; give another path for the {what}")
    for d in folders:
        if d is None or not os.path.isdir(d):
            continue
        folder = Path(os.path.realpath(d))
        if out == folder or folder in out.parents:
            raise DataError(f"{output}: lies in {d}, which this command reads; give a path outside it for the "
                            f"{what}")


def file_sha256(path, open_file=None) -> str:
    """The sha256 of a file's bytes (64 hex digits), read in 1 MiB blocks (a VGG16 file is half a
    gigabyte).  open_file: how to open it for binary reading (default ``open(path, "rb")``)."""
    digest = hashlib.sha256()
    with (open(path, "rb") if open_file is None else open_file(path)) as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_output(path, what: str = "output file") -> Path:
    """The path a file will be written to (a symlink's target), refused now if it cannot be.

    Refused: an existing target that is not a regular file, a parent that
    exists and is not a folder.  Returns the resolved path to write.
    """
    path = Path(path)
    _refuse_dangling(path, what)
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
    _refuse_dangling(path, what)
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
    with writing(path, "wb") as handle:
        handle.write(data)
    return Path(path)


@contextmanager
def writing(path, mode: str = "w"):
    """A file written piece by piece (``with writing(path) as handle:``) that appears at `path` whole, when
    the block ends, or not at all: the pieces go to a temporary name in the same folder, renamed over
    `path` at the end and removed on an error.  The target is checked as `check_output` does at the start
    and again before the rename (a long write gives time for something else to appear there)."""
    path = Path(path)
    target = check_output(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as handle:
            yield handle
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file the usual mode
        check_output(path)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path, text: str) -> Path:
    return write_bytes(path, text.encode("utf-8"))


def write_json(path, data) -> Path:
    return write_text(path, json.dumps(data, indent=2, sort_keys=True) + "\n")


# -- folders replaced as one unit ---------------------------------------------
# A staging folder is named ``.NAME.PID.XXXXXXXX.new`` (and a folder being removed ``...old``) beside
# NAME: the pid says whose it is, so a later run can clean those a killed process left (`clean_staging`)
# without touching one a live process is still writing.
_STAGING = r"\.{name}\.(\d+)\.[A-Za-z0-9_]{{8}}\.(?:new|old)"


def staging_folder(outdir: Path, kind: str = "new") -> Path:
    """A new empty folder beside `outdir`, for building its replacement (`kind` ``new``) or holding the
    old one while it is deleted (``old``); stale ones a killed run left are cleaned first."""
    outdir.parent.mkdir(parents=True, exist_ok=True)
    clean_staging(outdir)
    return Path(tempfile.mkdtemp(prefix=f".{outdir.name}.{os.getpid()}.", suffix=f".{kind}", dir=outdir.parent))


def clean_staging(outdir: Path) -> list[Path]:
    """Remove the staging folders beside `outdir` whose process is gone (a SIGKILLed run); returns them.
    Only names of exactly the `staging_folder` pattern are touched, and only when their pid is dead."""
    pattern = re.compile(_STAGING.format(name=re.escape(outdir.name)))
    removed = []
    try:
        entries = list(os.scandir(outdir.parent))
    except OSError:
        return removed
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None or not entry.is_dir(follow_symlinks=False) or _alive(int(match.group(1))):
            continue
        shutil.rmtree(entry.path, ignore_errors=True)
        removed.append(Path(entry.path))
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # another user's process, or a pid we cannot ask about: leave its folder
    return True


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False where that is not available."""
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(str(a)), at_fdcwd, os.fsencode(str(b)), rename_exchange) == 0


def swap_folder(staging: Path, outdir: Path) -> None:
    """Put the finished `staging` folder at `outdir` in one step, readers seeing the old folder or the
    new one; the new folder gets the old one's mode (a private ``0700`` folder stays private), or the
    usual mode under the umask.  `staging` is gone afterwards (it holds the old folder until deleted)."""
    try:
        mode = stat.S_IMODE(os.stat(outdir).st_mode) if outdir.is_dir() else 0o777 & ~_umask()
        os.chmod(staging, mode)
        if not outdir.exists():
            os.rename(staging, outdir)
            return
        if not _exchange(staging, outdir):
            old = staging_folder(outdir, "old")
            os.rename(outdir, old / "x")
            os.rename(staging, outdir)
            staging = old
    finally:
        shutil.rmtree(staging, ignore_errors=True)
