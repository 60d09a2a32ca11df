"""The ``eric-lp`` command: one verb per job, ``main(argv) -> int``.

Human output by default, ``--json`` for programs.  Any `EricError` becomes one
line on stderr and exit status 2 (a program's syntax error adds the offending
line and a caret under the column); a traceback means a bug in eric-lp.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys

from ..core.files import check_not_input, check_output, check_output_folder
from ..core.render import shown
from ..errors import DataError, EricError
from ..nn.cluster import is_chief, join as join_cluster
from . import concepts, experiments, network, pipeline, programs
from .options import apply_input_options

__all__ = ["main", "build_parser"]


class _Parser(argparse.ArgumentParser):
    """argparse, with a bad option reported as one line (not the usage block) and exit status 2."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


# -- parser -----------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="eric-lp",
        description="ERIC: extract a logic program from a trained CNN, and classify and explain with it. "
                    "Programs are clingo (.lp) and SWI-Prolog (.pl) text.")
    parser.add_argument("--version", action="version", version="eric-lp 0.1.0")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name, func, help_text, **kw):
        p = sub.add_parser(name, help=help_text, description=help_text, **kw)
        p.set_defaults(func=func)
        return p
    for family in (programs, network, pipeline, concepts, experiments):
        family.register(add)
    return parser


#: Verbs that run as a worker of the cluster TF_CONFIG names (`nn.cluster`); the others run alone.
CLUSTER_VERBS = ("extract", "infer", "facts", "finetune")


class _Discard(io.TextIOBase):
    """stdout of a worker that is not the chief: what it would print, the chief prints."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        return len(text)


#: Verbs whose -o names a file, and verbs whose -o names a folder: checked before any work.
FILE_OUTPUTS = ("export", "facts", "train", "finetune", "infer")
FOLDER_OUTPUTS = ("extract", "images", "demo", "experiment")


def check_outputs(args) -> None:
    """Refuse, before the work starts, an -o or --cache-dir that could not be written or would
    replace something that is not a regular file (see `core.files.check_output`)."""
    output = getattr(args, "output", None)
    if output and args.command in FILE_OUTPUTS:
        check_output(output)
    elif output and args.command in FOLDER_OUTPUTS:
        check_output_folder(output)
    if output:
        check_not_input(output, *_inputs(args))
    if getattr(args, "cache_dir", None):
        check_output_folder(args.cache_dir, "cache folder")


def _inputs(args) -> tuple[list, list]:
    """(files, folders read whole) that the command reads: its -o may be none of them.  A program
    folder (--program, extract's OUTDIR) counts by the files extract writes into it."""
    files = [getattr(args, name, None) for name in ("model", "facts", "file", "truth")]
    if isinstance(getattr(args, "model", None), str):  # its training record, read for the seed and split
        from ..nn.training_record import record_path
        files.append(str(record_path(args.model)))
    files += list(getattr(args, "files", None) or ())
    program = getattr(args, "program", None)
    if program and os.path.isdir(program):
        from ..pipeline.folder import FILES, MANIFEST
        from ..pipeline.visualise import CONCEPTS_JSON  # label --masks' record, read by label and visualise
        files += [os.path.join(program, name) for name in (*FILES, MANIFEST, CONCEPTS_JSON)]
    elif program:
        files.append(program)
    return [f for f in files if isinstance(f, str)], [getattr(args, name, None) for name in ("images", "masks")]


def _end_progress() -> None:
    """Wipe a progress bar an error cut off mid-line, so the error line starts a line of its own.

    Keras' per-step bar (`train`, `finetune`) rewrites one line of stdout with carriage returns and
    ends it only when the epoch ends; an error mid-epoch would print after it on the same terminal
    line.  It is shown only when stdout is a terminal, so only then is the line overwritten with
    blanks (as tqdm clears its own bar): harmless on a line already empty, nothing written to a pipe
    or file.  tqdm's bars on stderr clear themselves (``leave=False``)."""
    try:
        if not sys.stdout.isatty():
            return
        import shutil
        width = max(shutil.get_terminal_size().columns - 1, 1)
        sys.stdout.write("\r" + " " * width + "\r")
        sys.stdout.flush()
    except (AttributeError, OSError, ValueError):  # no usable stdout: nothing to wipe
        pass


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if getattr(args, "all_optimal", False) and not getattr(args, "counterfactual", None):
            raise DataError("--all-optimal lists every fewest flip set of a counterfactual; give "
                            "--counterfactual CLASS with it")
        if getattr(args, "output", None) == "":
            raise DataError("-o is empty; give a file or folder name")
        check_outputs(args)
        if args.command in CLUSTER_VERBS and join_cluster() is not None and not is_chief():
            apply_input_options(args)
            with contextlib.redirect_stdout(_Discard()):  # the chief alone answers (srun merges stdouts)
                return args.func(args)
        apply_input_options(args)
        status = args.func(args)
        sys.stdout.flush()  # a write error of the last buffered output is reported here, not at exit
        return status
    except EricError as exc:
        _end_progress()
        text, summary = str(exc), getattr(exc, "summary", None)
        if summary is not None and text.startswith(summary + "\n"):  # a syntax error: excerpt and caret follow
            excerpt = text[len(summary) + 1:].split("\n")
            print("\n".join([shown(f"eric-lp: error: {summary}"), *map(shown, excerpt)]), file=sys.stderr)
        else:
            print(shown(f"eric-lp: error: {text}"), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        _end_progress()
        print("eric-lp: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (`eric-lp solve ... | head`): stop quietly, as cat does
        _silence_stdout()
        return 141  # 128 + SIGPIPE, what a shell reports for a writer killed by the pipe
    except OSError as exc:  # stdout on a full disk (`> /dev/full`), a lost terminal: one line, not a traceback
        _silence_stdout()
        if exc.filename:
            print(shown(f"eric-lp: error: {exc.filename}: {exc.strerror or exc}"), file=sys.stderr)
        else:
            print(shown(f"eric-lp: error: could not write the output: {exc.strerror or exc}; write it "
                        "elsewhere (-o FILE) or free space"), file=sys.stderr)
        return 2


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush at exit cannot fail again."""
    try:
        sys.stdout.flush()
    except OSError:
        pass
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
