"""Hypothesis strategies: random stratified programs and random facts."""

import numpy as np
from hypothesis import strategies as st

from eric_lp.core.facts import Facts
from eric_lp.core.program import OUTPUT, Compound, Label, Literal, Meta, Program, Rule

LAYERS = ("conv_a", "conv_b", "pool_c", "top")


@st.composite
def kernels(draw, n=6):
    """Kernel terms: mostly integers, sometimes cell(K, Row, Col) compounds."""
    if draw(st.booleans()):
        return draw(st.integers(0, n - 1))
    return Compound("cell", (draw(st.integers(0, 2)), draw(st.integers(0, 1)), draw(st.integers(0, 1))))


@st.composite
def programs(draw):
    depth = draw(st.integers(1, 3))
    layers = LAYERS[:depth]
    classes = tuple(draw(st.lists(st.sampled_from(["a", "b", "c", "street", "t_shirt_top"]),
                                  min_size=1, max_size=4, unique=True)))
    rules = []
    for i, head_layer in enumerate(layers[1:] + (OUTPUT,)):
        body_layer = layers[i]
        for _ in range(draw(st.integers(1, 5))):
            body = draw(st.lists(st.builds(Literal, st.just(body_layer), kernels(), st.booleans()),
                                 min_size=0, max_size=4))
            # a literal and its negation together make a rule that never fires: allowed, but keep one
            seen, clean = set(), []
            for lit in body:
                if (lit.layer, lit.kernel) not in seen:
                    seen.add((lit.layer, lit.kernel))
                    clean.append(lit)
            if head_layer == OUTPUT:
                head = tuple(draw(st.lists(st.sampled_from(classes), min_size=1, max_size=2, unique=True)))
            else:
                head = tuple(draw(st.lists(kernels(), min_size=1, max_size=2, unique=True)))
            support = draw(st.none() | st.integers(0, 5000))
            confidence = draw(st.none() | st.floats(0, 1))
            rules.append(Rule(f"r{len(rules) + 1}", head_layer, head, tuple(clean), support, confidence))
    labels = []
    if draw(st.booleans()):
        labels.append(Label(layers[0], 1, draw(st.text("abc XYZ\"\\-_", min_size=1, max_size=8)).strip() or "x",
                            draw(st.booleans())))
    meta = draw(st.sampled_from([Meta(), Meta(lep=layers[0], depth=5, alpha=0.01, norm="l1", threshold="mean")]))
    return Program(layers, classes, tuple(rules), tuple(labels), meta)


@st.composite
def facts_for(draw, program, max_images=12):
    n = draw(st.integers(0, max_images))
    kernels = tuple(dict.fromkeys(program.kernels_read(program.lep) + (0, 1, 2)))
    seed = draw(st.integers(0, 2**32 - 1))
    truth = np.random.default_rng(seed).random((n, len(kernels))) < 0.5
    ids = np.arange(n) * 3 + 1
    return Facts(program.lep, kernels, truth, ids)
