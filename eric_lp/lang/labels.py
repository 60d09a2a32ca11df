"""Kernel labels: files people write, merged into programs.

A labels file is JSON or YAML: a list of ``{layer, kernel, name}`` entries
(or ``{"labels": [...]}``).  Labels become ``label/3`` facts and readable
comments in the exported program, and names in every rendering.  A
provisional label (from the classes of a kernel's top images) is marked so
everywhere, and a person's label replaces it.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from ..errors import DataError, ProgramSyntaxError
from ..core.program import Label, Program, term_key, term_text

__all__ = ["read_labels", "merge_labels", "parse_assignment", "kernels_used"]


def kernels_used(program: Program) -> set:
    """(layer, kernel) pairs that some rule reads or concludes."""
    used = {(lit.layer, lit.kernel) for r in program.rules for lit in r.body}
    used |= {(r.layer, h) for r in program.rules if r.layer != "class" for h in r.head}
    return used


def _kernel(value, where: str):
    if isinstance(value, bool):
        raise DataError(f"{where}: kernel must be an integer")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit():  # not '²': int() refuses it
        return int(value)
    from .terms import parse_term  # a compound kernel such as cell(3, 0, 1)
    try:
        return parse_term(str(value), where)
    except ProgramSyntaxError:
        shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
        raise DataError(f"{where}: kernel {shown} is not an integer or a term such as cell(3, 0, 1)") from None


#: A labels file names a few hundred kernels; anything far larger is not one (and is not read whole).
MAX_LABELS_BYTES = 4 * 1024 * 1024


def _yaml_without_aliases(text: str, path: Path):
    """YAML as plain data, refusing aliases (``*name``): a labels file needs none, and a few lines of
    nested aliases (the "billion laughs") expand to gigabytes once the entries are read."""
    import yaml

    class NoAliases(yaml.SafeLoader):
        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                line = self.peek_event().start_mark.line + 1
                raise DataError(f"{path}:{line}: a YAML alias (*name); a labels file takes plain entries, "
                                "written out in full")
            return super().compose_node(parent, index)

    loader = NoAliases(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def read_labels(path) -> list[Label]:
    """Labels from a JSON or YAML file."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: no such labels file")
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_LABELS_BYTES + 1)
    except OSError as exc:
        raise DataError(f"{path}: cannot read the labels file ({exc.strerror})") from None
    if len(raw) > MAX_LABELS_BYTES:
        raise DataError(f"{path}: over {MAX_LABELS_BYTES // (1024 * 1024)} MiB, too large for a labels file "
                        "(a list of {layer, kernel, name} entries)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 text (byte {exc.start}); save the labels file as UTF-8") from None
    yaml_form = path.suffix in (".yaml", ".yml")
    try:
        data = _yaml_without_aliases(text, path) if yaml_form else json.loads(text)
    except DataError:
        raise
    except Exception as exc:
        raise DataError(f"{path}: not valid {'YAML' if yaml_form else 'JSON'} "
                        f"({str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__})") from None
    if isinstance(data, dict):
        data = data.get("labels")
    if not isinstance(data, list):
        raise DataError(f"{path}: expected a list of {{layer, kernel, name}} entries")
    return [_entry(entry, f"{path}: entry {i + 1}") for i, entry in enumerate(data)]


def _entry(entry, where: str) -> Label:
    """One entry, its types checked: str() of a list or "false" as a truth value would each make a
    label nobody wrote."""
    if not isinstance(entry, dict) or not {"layer", "kernel", "name"} <= set(entry):
        raise DataError(f"{where}: needs layer, kernel and name")
    layer, name, provisional = entry["layer"], entry["name"], entry.get("provisional", False)
    if not isinstance(layer, str) or not layer.strip():
        raise DataError(f"{where}: layer must be a layer's name (text), not {_shown(layer)}")
    if not isinstance(name, str) or not name.strip():
        raise DataError(f"{where}: name must be text, such as \"crowd\", not {_shown(name)}")
    if not isinstance(provisional, bool):
        raise DataError(f"{where}: provisional must be true or false (unquoted), not {_shown(provisional)}")
    return Label(layer.strip(), _kernel(entry["kernel"], where), name.strip(), provisional)


def _shown(value) -> str:
    if isinstance(value, (list, dict)):  # not printed: it may be nested deep or be long
        return "a list" if isinstance(value, list) else "a mapping"
    text = json.dumps(value, ensure_ascii=True, default=repr)
    return text if len(text) <= 60 else text[:57] + "..."


def parse_assignment(text: str) -> Label:
    """``block3_pool:101=crowd`` -> Label."""
    target, sep, name = text.partition("=")
    layer, sep2, kernel = target.partition(":")
    if not sep or not sep2 or not name.strip():
        raise DataError(f"--set {text!r}: expected LAYER:KERNEL=NAME, e.g. block3_pool:101=crowd")
    shown = text if len(text) <= 60 else text[:57] + "..."
    return Label(layer.strip(), _kernel(kernel.strip(), f"--set {shown}"), name.strip())


def merge_labels(program: Program, labels, remove=(), provisional_ok: bool = True) -> Program:
    """The program with `labels` set (a person's label replaces a provisional one) and `remove` dropped.

    Every label must name a layer of the program and a kernel its rules use.
    """
    used = kernels_used(program)
    current = {(lb.layer, lb.kernel): lb for lb in program.labels}
    for layer, kernel in remove:
        current.pop((layer, kernel), None)
    for lb in labels:
        if lb.layer not in program.layers:
            raise DataError(f"label {lb.name!r}: layer {lb.layer!r} is not in the program "
                            f"(its layers: {', '.join(program.layers)})")
        if (lb.layer, lb.kernel) not in used:
            raise DataError(f"label {lb.name!r}: kernel {lb.layer}#{term_text(lb.kernel)} is not used by the "
                            "program's rules; label a kernel that a rule reads")
        old = current.get((lb.layer, lb.kernel))
        if lb.provisional and old is not None and not old.provisional:
            continue  # never overwrite a person's name with a provisional one
        current[(lb.layer, lb.kernel)] = lb
    ordered = sorted(current.values(), key=lambda x: (program.layers.index(x.layer), term_key(x.kernel)))
    return replace(program, labels=tuple(ordered))
