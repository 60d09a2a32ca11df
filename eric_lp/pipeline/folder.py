"""An extraction's folder on disk: ``program.lp``, ``program.pl``, ``quantiser.json``, ``metrics.json``.

Written by `write_extraction` (each file whole), read back by
`load_extraction`, which checks that the files belong together.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from ..core.files import check_output, check_output_folder, write_json, write_text
from ..errors import DataError, EricError, ModelError
from ..lang.emit import to_asp, to_prolog
from ..lang.labels import kernels_used
from ..lang.parse import read_program
from ..nn.quantise import Quantiser
from .extract import Extraction
from .settings import ExtractionSettings

__all__ = ["FILES", "write_extraction", "load_extraction", "load_quantiser", "load_settings", "save_program",
           "keep_names", "check_extraction_folder"]

#: What `extract` writes into its folder.
FILES = ("program.lp", "program.pl", "quantiser.json", "metrics.json")


def check_extraction_folder(outdir) -> Path:
    """Refuse, before any work, a folder the extraction's files cannot be written to."""
    outdir = check_output_folder(outdir, "program folder")
    for name in FILES:
        check_output(outdir / name, name)
    return outdir


def write_extraction(extraction: Extraction, outdir) -> Path:
    """program.lp, program.pl, quantiser.json (with the settings) and metrics.json in `outdir`."""
    outdir = check_extraction_folder(outdir)
    save_program(extraction.program, outdir)
    write_json(outdir / "quantiser.json", {**extraction.quantiser.to_json(),
                                           "settings": extraction.settings.record()})
    write_json(outdir / "metrics.json", extraction.metrics)
    return outdir


def save_program(program, outdir) -> None:
    """Rewrite program.lp and program.pl in `outdir` (each written whole)."""
    write_text(Path(outdir) / "program.lp", to_asp(program))
    write_text(Path(outdir) / "program.pl", to_prolog(program))


def keep_names(extraction: Extraction, outdir) -> Extraction:
    """Names people gave kernels in the program being replaced, for the kernels the new one still uses."""
    previous = Path(outdir) / "program.lp"
    if not previous.is_file():
        return extraction
    try:
        old = read_program(previous)
    except EricError:
        return extraction  # not a program we can read: nothing to keep
    used = kernels_used(extraction.program)
    kept = [lb for lb in old.labels if not lb.provisional and (lb.layer, lb.kernel) in used]
    if not kept:
        return extraction
    return replace(extraction, program=extraction.program.with_labels(kept))


def _quantiser_json(outdir) -> tuple[dict, Path]:
    path = Path(outdir) / "quantiser.json"
    if not path.is_file():
        raise ModelError(f"{path}: missing; --program expects a folder written by 'eric-lp extract'")
    try:
        return json.loads(path.read_text(encoding="utf-8")), path
    except (ValueError, UnicodeDecodeError) as exc:
        raise ModelError(f"{path}: not JSON ({exc})") from None


def load_quantiser(outdir) -> Quantiser:
    data, path = _quantiser_json(outdir)
    return Quantiser.from_json(data, str(path))


def load_settings(outdir) -> ExtractionSettings | None:
    """The settings the folder's extraction ran with (None for folders written before they were kept)."""
    data, path = _quantiser_json(outdir)
    if "settings" not in data:
        return None
    return ExtractionSettings.from_record(data["settings"], f"{path}: settings")


def load_extraction(outdir):
    """(program, quantiser) from a folder written by `extract`."""
    outdir = Path(outdir)
    if not outdir.is_dir():
        raise DataError(f"{outdir}: no such folder; --program expects a folder written by 'eric-lp extract'")
    if not (outdir / "program.lp").is_file():
        raise DataError(f"{outdir}: has no program.lp; --program expects a folder written by 'eric-lp extract'")
    program = read_program(outdir / "program.lp")
    quantiser = load_quantiser(outdir)
    if program.lep != quantiser.lep.atom:
        raise ModelError(f"{outdir}: program.lp starts at layer {program.lep} but quantiser.json at "
                         f"{quantiser.lep.atom}; re-run extract")
    return program, quantiser
