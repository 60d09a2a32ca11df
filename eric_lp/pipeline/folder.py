"""An extraction's folder on disk: ``program.lp``, ``program.pl``, ``quantiser.json``, ``metrics.json``
and ``manifest.json`` (each file's sha256).

Written as one unit: `write_extraction` and `save_program` build the new
folder beside the old one (other files, such as ``kernels/``, hard-linked
across) and swap it in, so an interruption leaves the old set or the new set.
`load_extraction` reads it back and refuses files that do not match the
manifest; folders written before the manifest existed load unchecked.

quantiser.json and metrics.json name the model file the program was
extracted from (``model``: its sha256, and the tensors read); `check_model`
refuses to run the program on another model file.  Folders written before
the hash was kept load with no check.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import replace
from pathlib import Path

from ..core.files import check_output, check_output_folder, file_sha256, staging_folder, swap_folder
from ..errors import DataError, EricError, ModelError
from ..lang.emit import to_asp, to_prolog
from ..lang.labels import kernels_used
from ..lang.parse import read_program
from ..nn.quantise import Quantiser
from .extract import Extraction
from .settings import ExtractionSettings

__all__ = ["FILES", "MANIFEST", "write_extraction", "check_manifest", "load_extraction", "load_quantiser",
           "use_preprocess", "load_settings", "save_program", "keep_names", "check_extraction_folder",
           "check_model", "extracted_from"]

#: What `extract` writes into its folder (and lists in `MANIFEST`).
FILES = ("program.lp", "program.pl", "quantiser.json", "metrics.json")
MANIFEST = "manifest.json"


def check_extraction_folder(outdir) -> Path:
    """Refuse, before any work, a folder the extraction's files cannot be written to."""
    outdir = check_output_folder(outdir, "program folder")
    for name in (*FILES, MANIFEST):
        check_output(outdir / name, name)
    return outdir


def write_extraction(extraction: Extraction, outdir) -> Path:
    """program.lp, program.pl, quantiser.json (with the settings and, as metrics.json, the model it
    was extracted from), metrics.json and manifest.json in `outdir`, replacing the old set as one unit."""
    outdir = check_extraction_folder(outdir)
    model = {"model": extraction.metrics["model"]} if "model" in extraction.metrics else {}
    _commit(outdir, {**_program_files(extraction.program),
                     "quantiser.json": _json_bytes({**extraction.quantiser.to_json(), **model,
                                                    "settings": extraction.settings.record()}),
                     "metrics.json": _json_bytes(extraction.metrics)})
    return outdir


def save_program(program, outdir) -> None:
    """Rewrite program.lp and program.pl in `outdir` (and the manifest), as one unit."""
    _commit(Path(outdir), _program_files(program))


def _program_files(program) -> dict:
    return {"program.lp": to_asp(program).encode("utf-8"), "program.pl": to_prolog(program).encode("utf-8")}


def _json_bytes(data) -> bytes:
    return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _link_tree(src: Path, dst: Path) -> None:
    """`src` at `dst` without copying bytes where the file system allows (hard links)."""
    def link(a, b):
        try:
            os.link(a, b)
        except OSError:
            shutil.copy2(a, b)
    if src.is_symlink():
        os.symlink(os.readlink(src), dst)
    elif src.is_dir():
        shutil.copytree(src, dst, symlinks=True, copy_function=link)
    else:
        link(src, dst)


def _commit(outdir: Path, contents: dict) -> None:
    """Write `contents` ({file name: bytes}) and the manifest into a sibling folder holding the rest of
    `outdir`, then swap it in (`core.files.swap_folder`, keeping the folder's mode): readers see the
    old set or the new one, never a mix.  Staging folders a killed run left beside it are cleaned."""
    outdir = Path(os.path.realpath(outdir))
    staging = staging_folder(outdir)
    try:
        if outdir.is_dir():
            for entry in sorted(outdir.iterdir()):
                if entry.name not in contents and entry.name != MANIFEST:
                    _link_tree(entry, staging / entry.name)
        for name, data in contents.items():
            _write_file(staging / name, data)
        listed = {name: file_sha256(staging / name) for name in FILES if (staging / name).is_file()}
        _write_file(staging / MANIFEST, _json_bytes({"format": 1, "files": listed}))
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    swap_folder(staging, outdir)


def _write_file(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
    os.chmod(path, 0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def check_manifest(outdir) -> None:
    """Refuse a folder whose files are not the ones its manifest.json lists (a mixed or edited set).
    A folder without a manifest (written before it existed) passes unchecked."""
    outdir = Path(outdir)
    path = outdir / MANIFEST
    if not path.exists():
        return
    try:
        files = json.loads(path.read_text(encoding="utf-8"))["files"]
        if not isinstance(files, dict) or not all(isinstance(v, str) for v in files.values()):
            raise TypeError("files is not a table of sha256 digests")
    except (OSError, ValueError, UnicodeDecodeError, KeyError, TypeError) as exc:
        raise DataError(f"{path}: not a manifest ({exc.__class__.__name__}: {exc}); re-run 'eric-lp extract'") from None
    for name in FILES:
        if name not in files:
            continue
        target = outdir / name
        if not target.is_file():
            raise DataError(f"{target}: missing, but {MANIFEST} lists it; the folder is incomplete; "
                            "re-run 'eric-lp extract'")
        if file_sha256(target) != files[name]:
            raise DataError(f"{target}: does not match {MANIFEST} (written by another run or edited), so the "
                            "folder's files do not belong together; re-run 'eric-lp extract' (or delete "
                            f"{MANIFEST} to use the files as they are)")


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


def load_quantiser(outdir, preprocess: str | None = None) -> Quantiser:
    """The folder's quantiser; `preprocess` (None or ``auto``: as recorded) overrides how pixels are fed."""
    data, path = _quantiser_json(outdir)
    return use_preprocess(Quantiser.from_json(data, str(path)), preprocess)


def use_preprocess(quantiser, preprocess: str | None):
    """The quantiser with `preprocess` in place of the recorded convention; None or ``auto``: as recorded."""
    from dataclasses import replace
    from ..nn.preprocess import check_preprocess
    if preprocess is None or check_preprocess(preprocess) == "auto":
        return quantiser
    return replace(quantiser, preprocess=preprocess)



def load_settings(outdir) -> ExtractionSettings | None:
    """The settings the folder's extraction ran with (None for folders written before they were kept)."""
    data, path = _quantiser_json(outdir)
    if "settings" not in data:
        return None
    return ExtractionSettings.from_record(data["settings"], f"{path}: settings")


def extracted_from(outdir) -> str | None:
    """The sha256 of the model file the folder's program was extracted from (None: not recorded)."""
    data, path = _quantiser_json(outdir)
    model = data.get("model")
    if model is None:
        return None
    if not isinstance(model, dict) or not isinstance(model.get("sha256"), str):
        raise ModelError(f"{path}: 'model' is not {{\"sha256\": ..., \"tensors\": [...]}}; re-run extract")
    return model["sha256"]


def check_model(outdir, model_path, any_model: bool = False) -> None:
    """Refuse to run the folder's program on a model file other than the one it was extracted from
    (a fine-tuned M', another training run): the thresholds and rules belong to that model's kernels.
    `any_model` runs it anyway; a folder that does not record its model is not checked."""
    want = extracted_from(outdir)
    if want is None or any_model:
        return
    from ..nn.models import model_sha256
    got = model_sha256(model_path)
    if got != want:
        raise ModelError(f"{model_path} (sha256 {got[:12]}) is not the model {outdir} was extracted from "
                         f"(sha256 {want[:12]}): give that model, or pass --any-model to run the program on this one")


def load_extraction(outdir, preprocess: str | None = None):
    """(program, quantiser) from a folder written by `extract`; `preprocess` as in `load_quantiser`."""
    outdir = Path(outdir)
    if not outdir.is_dir():
        raise DataError(f"{outdir}: no such folder; --program expects a folder written by 'eric-lp extract'")
    if not (outdir / "program.lp").is_file():
        raise DataError(f"{outdir}: has no program.lp; --program expects a folder written by 'eric-lp extract'")
    check_manifest(outdir)
    program = read_program(outdir / "program.lp")
    quantiser = load_quantiser(outdir, preprocess)
    if program.lep != quantiser.lep.atom:
        raise ModelError(f"{outdir}: program.lp starts at layer {program.lep} but quantiser.json at "
                         f"{quantiser.lep.atom}; re-run extract")
    return program, quantiser
