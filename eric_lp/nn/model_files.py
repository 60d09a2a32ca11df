"""What a model file is, found by its bytes rather than its name: a Keras 3 ``.keras`` zip or a
legacy HDF5 ``.h5``.  The saved architecture is read here, before Keras sees it, and a file whose
architecture carries Python code (a ``Lambda`` layer, a lambda activation) is refused unread.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import tempfile
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ModelError

__all__ = ["ModelFile", "read_model_file", "code_in_config", "loadable_path", "FORMATS"]

ZIP_MAGIC = b"PK\x03\x04"
HDF5_MAGIC = b"\x89HDF\r\n\x1a\n"
#: The suffix Keras needs to read each format (it picks its reader by the name).
FORMATS = {"keras": ".keras", "h5": ".h5"}
_SAVE = "eric-lp loads Keras models saved with model.save('m.keras') or model.save('m.h5')"
# Classes whose config holds code Keras would run while rebuilding the model: marshalled Python
# bytecode (Lambda's function, a lambda activation) or a TensorFlow graph read from another path.
_CODE = {"Lambda": "is a Lambda layer, whose function is Python code",
         "__lambda__": "holds a Python lambda, stored as bytecode",
         "TFSMLayer": "is a TFSMLayer, whose TensorFlow SavedModel (read from another path) is code"}


@dataclass(frozen=True)
class ModelFile:
    """A model file as its bytes say: path, format ("keras" or "h5"), the saved architecture."""
    path: Path
    format: str
    config: dict = field(repr=False, compare=False)


def read_model_file(path) -> ModelFile:
    """Identify the model file at `path` by its bytes and read its architecture; refuse, with a
    one-line `ModelError` saying what the file is, anything that is not a loadable Keras model or
    whose architecture carries Python code."""
    path = Path(path)
    if path.is_dir():
        raise ModelError(f"{path}: {_describe_folder(path)}")
    if not path.is_file():
        raise ModelError(f"{path}: no such model file; train one with 'eric-lp train ... -o {path.name}'")
    with open(path, "rb") as f:
        head = f.read(16)
        fmt = "keras" if head.startswith(ZIP_MAGIC) else "h5" if _hdf5_at(f, path.stat().st_size) else None
    if fmt is None:
        raise ModelError(f"{path}: {_describe_bytes(head, path.stat().st_size)}; {_SAVE}")
    config = _zip_config(path) if fmt == "keras" else _h5_config(path)
    try:
        found = next(code_in_config(config), None)
    except RecursionError:
        raise ModelError(f"{path}: its architecture is nested too deeply to be a Keras model; {_SAVE}") from None
    if found is not None:
        layer, why = found
        raise ModelError(f"{path}: layer {layer!r} {why}, which would run on loading; eric-lp runs no code "
                         "from model files: rebuild the model with built-in layers in its place (e.g. Rescaling) "
                         "and save it again")
    return ModelFile(path, fmt, config)


def code_in_config(config, layer: str = "?"):
    """Yield (layer name, why) for every entry of a saved Keras architecture that carries code,
    nested models included (Keras 3's ``__lambda__`` and Keras 2's marshalled function lists)."""
    if isinstance(config, dict):
        cls = config.get("class_name")
        inner = config.get("config")
        if isinstance(cls, str) and isinstance(inner, dict) and isinstance(inner.get("name"), str):
            layer = inner["name"]
        if cls in _CODE:
            yield layer, _CODE[cls]
        elif config.get("function_type") == "lambda":
            yield layer, "holds a Python lambda, stored as bytecode"
        for value in config.values():
            yield from code_in_config(value, layer)
    elif isinstance(config, list):
        if _dumped_function(config):
            yield layer, "holds a Python function, stored as bytecode"
        for value in config:
            yield from code_in_config(value, layer)


def _dumped_function(value: list) -> bool:
    """Keras' legacy form of a function (its ``func_dump``): [base64 of marshalled code, defaults,
    closure], as an ``.h5`` file stores a lambda activation or a Keras 2 Lambda's function."""
    if len(value) != 3 or not isinstance(value[0], str) or not all(v is None or isinstance(v, list)
                                                                  for v in value[1:]):
        return False
    try:
        raw = base64.b64decode(value[0])
    except ValueError:
        return False
    return raw[:1] in (b"c", b"\xe3")  # marshal's code-object type byte, without and with its ref flag


@contextmanager
def loadable_path(model_file: ModelFile):
    """A path whose name Keras reads as the file's format: the file itself when its suffix agrees,
    else a link (or copy) with the right suffix in a temporary folder, removed afterwards."""
    path = model_file.path
    suffix = FORMATS[model_file.format]
    if path.suffix == suffix or (model_file.format == "h5" and path.suffix == ".hdf5"):
        yield path
        return
    folder = tempfile.mkdtemp(prefix="eric-lp-model-")
    try:
        named = Path(folder) / f"model{suffix}"
        try:
            os.symlink(path.resolve(), named)
        except OSError:  # no symlinks here (some file systems): a copy reads the same
            shutil.copyfile(path, named)
        yield named
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _hdf5_at(f, size: int) -> bool:
    """HDF5's signature at 0, or after a user block at 512, 1024, 2048, ... bytes."""
    offset = 0
    while offset + len(HDF5_MAGIC) <= size:
        f.seek(offset)
        if f.read(len(HDF5_MAGIC)) == HDF5_MAGIC:
            return True
        offset = 512 if offset == 0 else offset * 2
    return False


#: What the saved architecture (config.json, metadata.json, an .h5's model_config) may take: a real
#: one, even a large network's, is some hundred KB; a few MB of zip can claim gigabytes.
MAX_CONFIG_BYTES = 64 * 1024 * 1024
#: A JSON member larger than this must not unpack more than MAX_JSON_RATIO times its stored size
#: (JSON deflates some tenfold; a bomb a thousandfold).
RATIO_FROM_BYTES = 1024 * 1024
MAX_JSON_RATIO = 100
#: Everything the archive unpacks to, weights included (VGG16's are 0.5 GiB).
MAX_ARCHIVE_BYTES = 16 * 1024 ** 3


def _zip_config(path: Path) -> dict:
    try:
        with zipfile.ZipFile(path) as archive:
            if "config.json" not in archive.namelist():
                names = ", ".join(sorted(archive.namelist())[:4]) or "nothing"
                raise ModelError(f"{path}: a zip archive without config.json (it holds {names}), not a Keras model; "
                                 f"{_SAVE}")
            _check_sizes(archive.infolist(), path)
            text = archive.read("config.json")
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ModelError(f"{path}: a damaged zip archive ({_first_line(exc)}); {_SAVE}") from None
    return _json(text, path, "its config.json")


def _check_sizes(members, path: Path) -> None:
    """Refuse, before anything is unpacked (here or by Keras, which reads the same archive), an
    archive whose members declare more than an architecture or a model can need: zipfile stops each
    member at its declared size, so the declared sizes bound what is read."""
    total = 0
    for info in members:
        total += info.file_size
        if not info.filename.endswith(".json"):
            continue
        if info.file_size > MAX_CONFIG_BYTES:
            raise ModelError(f"{path}: its {info.filename} would unpack to {_size(info.file_size)}, over the "
                             f"{_size(MAX_CONFIG_BYTES)} a Keras architecture can need; not a model eric-lp reads")
        if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_JSON_RATIO * max(info.compress_size, 1):
            raise ModelError(f"{path}: its {info.filename} would unpack {info.file_size // max(info.compress_size, 1)}"
                             f"-fold ({_size(info.compress_size)} to {_size(info.file_size)}), as no saved "
                             "architecture does; not a model eric-lp reads")
    if total > MAX_ARCHIVE_BYTES:
        raise ModelError(f"{path}: the archive would unpack to {_size(total)}, over the {_size(MAX_ARCHIVE_BYTES)} "
                         "eric-lp reads a model up to; not a model eric-lp reads")


def _size(n: int) -> str:
    for unit, scale in (("GiB", 1024 ** 3), ("MiB", 1024 ** 2), ("KiB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


def _h5_config(path: Path) -> dict:
    import h5py
    try:
        with h5py.File(path, "r") as f:
            text = _h5_attribute(f, "model_config", path)
            weights = "model_weights" in f or any(key.startswith(("layers", "vars")) for key in f.keys()) \
                or "layer_names" in f.attrs
    except OSError as exc:
        raise ModelError(f"{path}: a damaged HDF5 file ({_first_line(exc)}); {_SAVE}") from None
    if text is None:
        what = "an HDF5 weights file (model.save_weights) without the architecture" if weights \
            else "an HDF5 file without a Keras model in it"
        raise ModelError(f"{path}: {what}; {_SAVE}")
    return _json(text, path, "its model_config")


def _h5_attribute(f, name: str, path: Path):
    """The attribute `name` of the open HDF5 file `f`, or None; refused unread when it is not one
    text (a scalar) or its stored size is over MAX_CONFIG_BYTES (HDF5 keeps attributes uncompressed,
    so a text's stored size is what reading it takes)."""
    import h5py
    if name not in f.attrs:
        return None
    attr = h5py.h5a.open(f.id, name.encode())
    if attr.shape not in ((), (1,)):
        raise ModelError(f"{path}: its {name} is an array of shape {attr.shape}, not the one text Keras saves; "
                         f"{_SAVE}")
    stored = attr.get_storage_size()
    if stored > MAX_CONFIG_BYTES:
        raise ModelError(f"{path}: its {name} takes {_size(stored)}, over the {_size(MAX_CONFIG_BYTES)} a Keras "
                         "architecture can need; not a model eric-lp reads")
    text = f.attrs.get(name)
    if hasattr(text, "shape") and text.shape == (1,):
        text = text[0]
    if isinstance(text, (str, bytes)) and len(text) > MAX_CONFIG_BYTES:  # a variable-length text's size
        raise ModelError(f"{path}: its {name} takes {_size(len(text))}, over the {_size(MAX_CONFIG_BYTES)} a "
                         "Keras architecture can need; not a model eric-lp reads")
    return text


def _json(text, path: Path, what: str) -> dict:
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    try:
        config = json.loads(text)
    except (ValueError, TypeError, RecursionError) as exc:
        raise ModelError(f"{path}: {what} is not JSON ({_first_line(exc)}); {_SAVE}") from None
    if not isinstance(config, dict):
        raise ModelError(f"{path}: {what} is not a Keras architecture; {_SAVE}")
    return config


def _describe_folder(path: Path) -> str:
    if (path / "saved_model.pb").is_file():
        return ("a TensorFlow SavedModel folder, which Keras 3 cannot load as a model; load it where it was "
                f"made and save it with model.save('m.keras'); {_SAVE}")
    if (path / "config.json").is_file():
        return f"a folder holding an unpacked .keras model; give the .keras file itself; {_SAVE}"
    return f"a folder, not a model file; {_SAVE}"


def _describe_bytes(head: bytes, size: int) -> str:
    if size == 0:
        return "an empty file (0 bytes), not a model"
    if head.startswith(b"\x1f\x8b"):
        return "a gzip archive, not a model (unpack it first)"
    if head.startswith(b"\x93NUMPY"):
        return "a NumPy array file, not a model"
    if head.lstrip()[:1] in (b"{", b"["):
        return "a JSON text, not a model file (a .keras file is a zip archive holding config.json and weights)"
    return f"not a model file: it starts with {head[:8]!r}, neither a .keras zip archive nor HDF5"


def _first_line(exc) -> str:
    text = str(exc).strip()
    return (text.splitlines()[0] if text else exc.__class__.__name__)[:160]
