"""The clingo engine's multi-shot solving: one ground, one solve per image under assumptions on
``#external`` entry atoms; checked against numpy on the cases the assumptions must get right."""

import numpy as np

from eric_lp.core.facts import Facts
from eric_lp.core.program import OUTPUT, Compound, Literal, Program, Rule
from eric_lp.engines import run
from eric_lp.engines.clingo import image_rules
from eric_lp.experiments.bench import random_program


def _program(kernels) -> Program:
    """Two layers over the given entry kernels, with negation on both."""
    a, b, c = kernels
    rules = (Rule("r1", "hidden", (7,), (Literal("entry", a, True), Literal("entry", b, False))),
             Rule("r2", "hidden", (9,), (Literal("entry", c, True),)),
             Rule("r3", OUTPUT, ("yes",), (Literal("hidden", 7, True), Literal("hidden", 9, False))),
             Rule("r4", OUTPUT, ("no",), (Literal("hidden", 7, False),)))
    return Program(("entry", "hidden"), ("no", "yes"), rules)


def _every_row(kernels, images=None) -> Facts:
    rows = np.array([[bool(n >> i & 1) for i in range(3)] for n in range(8)] * 2)
    return Facts(("entry"), tuple(kernels), rows, np.arange(16) if images is None else images)


def test_compound_kernels_are_externals_and_each_image_is_solved_alone():
    kernels = (Compound("at", (1, 2)), Compound("at", (3, Compound("p", (4,)))), Compound("at", (0, 0)))
    program = _program(kernels)
    text = image_rules(program)
    assert "#external active(0, entry, at(1, 2))." in text.replace("at(1,2)", "at(1, 2)")
    facts = _every_row(kernels)
    answer = run(program, facts, "clingo")
    assert answer == run(program, facts, "numpy")
    assert answer.classes.any() and (~answer.classes).any()


def test_zero_images():
    program = _program((1, 2, 3))
    facts = Facts("entry", (1, 2, 3), np.zeros((0, 3), dtype=bool), np.zeros(0, dtype=np.int64))
    answer = run(program, facts, "clingo")
    assert answer.classes.shape == (0, 2) and answer.fired.shape == (0, 4)
    assert answer == run(program, facts, "numpy")


def test_image_ids_that_do_not_start_at_zero_and_large_kernel_numbers():
    kernels = (2 ** 31 - 1, 1_000_003, 65_536)
    program = _program(kernels)
    facts = _every_row(kernels, images=np.arange(16) * 1_000 + 2 ** 30)
    answer = run(program, facts, "clingo")
    assert answer == run(program, facts, "numpy")
    assert [r["image"] for r in answer.rows()] == facts.images.tolist()


def test_a_row_after_a_different_row_is_not_influenced_by_it():
    """Assumptions, not assignments: alternate all-true and all-false rows, then random ones."""
    rng = np.random.default_rng(4)
    program = random_program(rng, entry_kernels=40)
    truth = np.concatenate([np.tile([[True] * 40, [False] * 40], (5, 1)), rng.random((300, 40)) < 0.5])
    facts = Facts.from_table("entry", truth, images=np.arange(len(truth)) + 17)
    numpy_answer = run(program, facts, "numpy")
    assert numpy_answer.fired.any() and run(program, facts, "clingo") == numpy_answer
