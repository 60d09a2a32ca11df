"""The numpy evaluator: a program run over a whole batch, layer by layer.

Truth values are bit-packed along the images (64 images per machine word),
so a rule is a handful of AND / AND-NOT operations over arrays of words.  It
derives exactly what clingo and SWI-Prolog derive; the tests check that.
"""

from __future__ import annotations

import numpy as np

from ..core.answer import Answer
from ..core.facts import Facts
from ..core.program import OUTPUT, Program

__all__ = ["evaluate", "derive", "pack_bits"]


def pack_bits(bits: np.ndarray) -> np.ndarray:
    """bool (..., n) -> uint64 (..., ceil(n/64)); bit i of the last axis's words is element i."""
    n = bits.shape[-1]
    packed = np.zeros(bits.shape[:-1] + (-(-n // 64) * 8,), dtype=np.uint8)
    packed[..., : -(-n // 8)] = np.packbits(bits, axis=-1, bitorder="little")
    return packed.view(np.uint64)


def _unpack(rows: np.ndarray, n: int) -> np.ndarray:
    """uint64 (r, words) -> bool (n, r)."""
    if rows.shape[0] == 0:
        return np.zeros((n, 0), dtype=bool)
    bits = np.unpackbits(rows.view(np.uint8), axis=1, count=n, bitorder="little")
    return bits.T.astype(bool)


def _rows(rows: list, words: int) -> np.ndarray:
    """uint64 (len(rows), words); a program without classes or without rules has no rows."""
    return np.stack(rows) if rows else np.zeros((0, words), dtype=np.uint64)


def derive(program: Program, facts: Facts) -> tuple[dict, dict]:
    """Packed truth of every literal the program derives and of every rule.

    Returns ``(active, fired)``: ``active[(layer, kernel)]`` and
    ``fired[rule_id]`` are uint64 arrays of ceil(n/64) words.
    """
    lep_kernels = program.kernels_read(program.lep)
    packed = pack_bits(facts.kernel_rows(lep_kernels))
    words = -(-len(facts) // 64)
    zeros = np.zeros(words, dtype=np.uint64)
    ones = ~zeros
    active = {(program.lep, k): packed[j] for j, k in enumerate(lep_kernels)}
    fired = {}
    for layer in program.derived_layers():
        derived: dict = {}
        for rule in program.rules_of(layer):
            acc = ones
            for lit in rule.body:
                col = active.get((lit.layer, lit.kernel), zeros)
                acc = acc & col if lit.positive else acc & ~col
            fired[rule.id] = acc
            for head in rule.head:
                key = (layer, head)
                derived[key] = derived[key] | acc if key in derived else acc
        active.update(derived)
    return active, fired


def evaluate(program: Program, facts: Facts) -> Answer:
    """Classes and fired rules of every image in `facts`."""
    n = len(facts)
    active, fired = derive(program, facts)
    words = -(-n // 64)
    zeros = np.zeros(words, dtype=np.uint64)
    class_rows = _rows([active.get((OUTPUT, c), zeros) for c in program.classes], words)
    rule_rows = _rows([fired[r.id] for r in program.rules], words)
    return Answer(facts.images, program.classes, tuple(r.id for r in program.rules),
                  _unpack(class_rows, n), _unpack(rule_rows, n))
