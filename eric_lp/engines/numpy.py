"""The numpy evaluator: a program run over a whole batch, layer by layer.

Truth values are bit-packed along the images (64 images per machine word),
and only the entry kernels the program reads are packed.  Layers are derived
bottom-up: a rule is the AND of its body's packed columns (AND-NOT for a
negated literal), and an atom the OR of the rules whose head it is; an atom no
rule derives is all zeros, which is default negation.  So a rule costs a
handful of word operations per 64 images, whatever the program's size.

It derives exactly what clingo and SWI-Prolog derive; the tests check that on
random programs.  It is the default engine of ``infer``, ``explain`` and
``solve``; the solvers serve explanations, cross-checks and users' own
queries.  Measured speeds: programs/BENCHMARKS.md.
"""

from __future__ import annotations

import numpy as np

from ..core.answer import Answer
from ..core.bits import pack_bits, unpack_bits
from ..core.facts import Facts
from ..core.program import OUTPUT, Program

__all__ = ["evaluate", "derive"]


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
                  unpack_bits(class_rows, n), unpack_bits(rule_rows, n))
