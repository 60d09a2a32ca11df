"""Facts text -> `Facts`: the ``image/1`` and ``active/3`` facts of one layer (the entry layer).

What ``eric-lp facts`` writes and ``eric-lp infer --facts`` reads; the same grammar and terms as
programs (`terms.Terms`), with every fact required to name the one entry layer.
"""

from __future__ import annotations

from lark import v_args
from lark.visitors import Discard

from ..errors import DataError
from ..core.facts import Facts
from .grammar import parse
from .terms import Terms, where_of
from .text import read_text

__all__ = ["parse_facts", "read_facts"]


class _ToFacts(Terms):
    """A ``facts`` tree -> `Facts` of one layer (`layer`, or the first fact's)."""

    def __init__(self, file: str, layer: str | None):
        super().__init__(file)
        self.layer = layer

    def HEADER(self, token):
        self._comment(token)
        return Discard

    def COMMENT(self, token):
        self._comment(token)
        return Discard

    def image_fact(self, children):
        return children[0]

    @v_args(meta=True, inline=True)
    def active_fact(self, meta, image, layer, kernel):
        if self.layer is None:
            self.layer = layer
        elif layer != self.layer:
            raise DataError(f"{where_of(self.file, meta)}: fact for layer {layer}, but the entry layer is "
                            f"{self.layer}; facts describe the entry layer only")
        return image, kernel

    def facts(self, facts) -> Facts:
        images = list(dict.fromkeys(f for f in facts if isinstance(f, int)))
        atoms = [f for f in facts if isinstance(f, tuple)]
        return Facts.from_atoms(self.layer or "", images, atoms)


def parse_facts(text: str, file: str = "<text>", layer: str | None = None) -> Facts:
    """Read ``image/1`` and ``active/3`` facts of one layer (the entry layer)."""
    return parse(text, file, "facts", _ToFacts(file, layer))


def read_facts(path, layer: str | None = None) -> Facts:
    return parse_facts(read_text(path), str(path), layer)
