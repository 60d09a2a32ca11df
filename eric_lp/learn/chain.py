"""The paper's chaining of trees into one program (section 3.3).

One multi-class tree from the top layer to the classes M predicts, then,
going down, one binary tree for every kernel a rule above reads, keeping only
leaves whose modal value is true.  Each layer's truth table is encoded once
for all the trees that read it.
"""

from __future__ import annotations

import functools
from dataclasses import replace

from ..core.program import OUTPUT, Literal, Meta, Program, Rule
from ..core.simplify import simplify
from ..errors import DataError
from .table import TruthTable
from .budget import BudgetTree
from .tree import RuleTree

__all__ = ["induce_program"]


def _rules_from_paths(paths, layer_below: str, kernels, head_layer: str, heads) -> list[Rule]:
    """Tree paths as rules; `heads(value)` gives a leaf's heads (empty: no rule)."""
    rules = []
    for literals, value, support, confidence in paths:
        head = heads(value)
        if not head:
            continue
        body = tuple(Literal(layer_below, kernels[f], truth) for f, truth in literals)
        rules.append(Rule(f"t{len(rules)}", head_layer, head, body, support, confidence))
    return rules


@functools.lru_cache(maxsize=1)
def _thread_controller():
    from threadpoolctl import ThreadpoolController
    return ThreadpoolController()


def induce_program(truth, layer_names, target, class_names, depth: int = 5, alpha: float = 0.01,
                   seed: int = 0, meta: Meta | None = None, progress=None, terms=None,
                   output_learner=None, budget: int | None = None) -> Program:
    """Learn the whole program from training truth tables.

    truth: bool (n, columns_l) per layer, bottom-up (truth[0] is the LEP);
    target: int (n,) the class M predicts for each training image;
    terms: the program term of each column per layer (default 0..K-1);
    output_learner: a fitted-on-demand learner with ``paths_`` for the output
    rules (default: the paper's tree, ``RuleTree(depth, alpha, seed)``);
    budget: bound the size of the whole program (antecedents over all rules)
    with `BudgetTree`s instead of the paper's trees: the output tree may use
    all of it, and each layer below shares what the layers above left, in
    equal parts per kernel it must explain (depth and alpha are then unused).
    """
    if len(truth) != len(layer_names) or not truth:
        raise DataError("give one truth table per layer")
    # the trees' many small matrix products run faster on one BLAS thread than on several
    with _thread_controller().limit(limits=1):
        return _induce(truth, layer_names, target, class_names, depth, alpha, seed, meta, progress, terms,
                       output_learner, budget)


def _induce(truth, layer_names, target, class_names, depth, alpha, seed, meta, progress, terms,
            output_learner, budget) -> Program:
    layers = tuple(layer_names)
    tables = [TruthTable(t) for t in truth]
    kernels = [tuple(range(t.shape[1])) for t in truth] if terms is None else [tuple(t) for t in terms]
    position = [{term: i for i, term in enumerate(layer)} for layer in kernels]
    # output rules: one multi-class tree over the top layer
    if budget is not None:
        output_learner = BudgetTree(budget)
    tree = (output_learner or RuleTree(depth, alpha, seed)).fit(tables[-1], target)
    by_layer = {OUTPUT: simplify(_rules_from_paths(tree.paths_, layers[-1], kernels[-1], OUTPUT,
                                                   lambda v: (class_names[int(v)],)))}
    # hidden layers, going down: a binary tree for each kernel a rule above reads
    above = by_layer[OUTPUT]
    for level in range(len(layers) - 1, 0, -1):
        layer = layers[level]
        needed = sorted({position[level][lit.kernel] for r in above for lit in r.body})
        if budget is not None:  # what the layers above left, shared equally by this layer's trees
            spent = sum(len(r.body) for rs in by_layer.values() for r in rs)
            share = max(budget - spent, 0) // max(len(needed), 1)
        rules = []
        for column in needed:
            k = kernels[level][column]
            if progress:
                progress(layer, k)
            y = truth[level][:, column]
            learner = RuleTree(depth, alpha, seed) if budget is None else BudgetTree(share)
            tree = learner.fit(tables[level - 1], y)
            rules += _rules_from_paths(tree.paths_, layers[level - 1], kernels[level - 1], layer,
                                       lambda v, k=k: (k,) if bool(v) else ())
        above = by_layer[layer] = simplify(rules)
    ordered = [r for layer in layers[1:] + (OUTPUT,) for r in by_layer.get(layer, [])]
    ordered = [replace(r, id=f"r{i}") for i, r in enumerate(ordered, 1)]
    return Program(layers, tuple(class_names), tuple(ordered), (), meta or Meta())
