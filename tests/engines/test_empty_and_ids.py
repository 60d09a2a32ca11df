"""Every engine gives the same, possibly empty, answer where there is little or nothing to derive."""

import numpy as np
import pytest

from eric_lp.core.facts import Facts
from eric_lp.core.program import OUTPUT, Literal, Program, Rule
from eric_lp.engines import ENGINES, run
from eric_lp.errors import DataError

HIDDEN = Rule("r2", "hidden", (0,), (Literal("pool", 3),))
OUT = Rule("r1", OUTPUT, ("a",), (Literal("hidden", 0),))


def table(rows, kernels=4, value=False):
    return Facts("pool", tuple(range(kernels)), np.full((rows, kernels), value), np.arange(10, 10 + rows))


CASES = {
    # the numpy evaluator crashed on these three (np.stack of no rule rows); the solvers answered
    "no rules": (Program(("pool",), ("a", "b"), ()), table(3, value=True), (3, 2, 0)),
    "no rules, no classes": (Program(("pool",), (), ()), table(3, value=True), (3, 0, 0)),
    "no rules, zero images": (Program(("pool",), ("a",), ()), table(0), (0, 1, 0)),
    "a layer without rules": (Program(("pool", "hidden"), ("a", "b"), (OUT,)), table(3, value=True), (3, 2, 1)),
    "zero images": (Program(("pool", "hidden"), ("a",), (HIDDEN, OUT)), table(0), (0, 1, 2)),
    "rules that never fire": (Program(("pool", "hidden"), ("a",), (HIDDEN, OUT)), table(70), (70, 1, 2)),
    "facts without kernels": (Program(("pool", "hidden"), ("a",), (HIDDEN, OUT)), table(3, kernels=0), (3, 1, 2)),
}


@pytest.mark.parametrize("name", CASES)
def test_engines_agree_on_an_empty_answer(name):
    program, facts, (images, classes, rules) = CASES[name]
    answers = {engine: run(program, facts, engine) for engine in ENGINES}
    for engine, answer in answers.items():
        assert answer.classes.shape == (images, classes) and answer.fired.shape == (images, rules), engine
        assert not answer.classes.any() and not answer.fired.any(), engine
        assert answer.images.tolist() == facts.images.tolist(), engine
        assert answer == answers["numpy"], engine


def test_a_repeated_image_id_never_reaches_an_engine():
    # the Prolog engine keys rows by id, numpy and clingo by position: with ids [7, 7] they disagreed
    with pytest.raises(DataError, match="image id 7"):
        Facts("pool", (3,), np.array([[True], [False]]), np.array([7, 7]))
