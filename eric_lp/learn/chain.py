"""The paper's chaining of trees into one program (section 3.3).

One multi-class tree from the top layer to the classes M predicts, then,
going down, one binary tree for every kernel a rule above reads (and for no
other kernel), keeping only leaves whose modal value is true.  Each layer's
truth table is encoded once for all the trees that read it.

With a size budget (`BudgetTree`s in place of the paper's trees) the budget
must buy a working program: a hidden kernel that a rule reads has to be
defined by rules that do not hold for every image, or the rules reading it
fire on constants.  How the budget is divided: see `induce_program`.
"""

from __future__ import annotations

import functools
from dataclasses import replace

import numpy as np

from ..core.program import OUTPUT, Literal, Meta, Program, Rule
from ..core.simplify import simplify
from ..errors import DataError
from .table import TruthTable
from .budget import BudgetTree
from .tree import RuleTree

__all__ = ["induce_program", "definition_costs"]


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


def definition_costs(truth) -> list[np.ndarray]:
    """Per layer (bottom-up, like `truth`), the least budget that reading each kernel commits.

    Entry-layer kernels are facts: 0.  A hidden kernel needs a tree whose leaves do not all say
    the same: the cheapest is one split whose two sides take different values (true on one
    side, false on the other, each by majority) -- 2 antecedents, plus the cost of the feature
    it reads.  inf where no single split of the layer below does that (a kernel constant on the
    training images, or one no feature separates).
    """
    costs = [np.zeros(truth[0].shape[1])]
    for level in range(1, len(truth)):
        below = np.asarray(truth[level - 1], dtype=np.float64)
        kernel = np.asarray(truth[level], dtype=np.float64)
        n = len(kernel)
        pos = kernel.sum(axis=0)                      # (K,) images where each kernel is true
        feature_true = below.sum(axis=0)[:, None]     # (F, 1)
        both = below.T @ kernel                       # (F, K) feature true and kernel true
        true_side = np.maximum(both, feature_true - both)
        false_side = np.maximum(pos - both, (n - feature_true) - (pos - both))
        separates = (true_side + false_side > np.maximum(pos, n - pos)) & np.isfinite(costs[-1])[:, None]
        via = np.where(separates, costs[-1][:, None], np.inf).min(axis=0, initial=np.inf)
        costs.append(via + 2)
    return costs


def _defining_tree(table, y, budget: int, feature_costs) -> BudgetTree:
    """A kernel's budget tree, grown again by fidelity if its leaves all took one value."""
    tree = BudgetTree(budget, feature_costs=feature_costs).fit(table, y)
    if len({bool(value) for _, value, _, _ in tree.paths_}) < 2:
        tree = BudgetTree(budget, criterion="fidelity", feature_costs=feature_costs).fit(table, y)
    return tree


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
    with `BudgetTree`s instead of the paper's trees (depth and alpha are then
    unused).  How the budget is divided, top down:

    * reading a hidden kernel costs, once, the cheapest tree that defines it
      (`definition_costs`: one split, 2, plus what reading that split's
      feature costs in turn); a kernel no single split defines is never read;
    * the output tree may spend all of the budget, each split paying its
      antecedents and, the first time it reads a hidden kernel, that cost;
    * each hidden layer, going down, gets what the layers above left: every
      kernel a rule above reads is given its definition cost (reserved by the
      tree that read it), and the rest is shared equally by this layer and
      the hidden layers below it, and within this layer equally per kernel;
    * a kernel's tree that would make it true everywhere or nowhere (the gini
      criterion can split without changing any leaf's value) is grown again
      by fidelity, whose every split changes one side's value: so every hidden
      kernel read is defined by rules with a body, and not by all images.

    A hidden tree is charged for all its leaves though only its true leaves
    become rules, so a program with hidden layers is usually smaller than the
    budget.  With one layer the output tree is the whole program.
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
        costs = definition_costs(truth)
        output_learner = BudgetTree(budget, feature_costs=costs[-1])
    tree = (output_learner or RuleTree(depth, alpha, seed)).fit(tables[-1], target)
    by_layer = {OUTPUT: simplify(_rules_from_paths(tree.paths_, layers[-1], kernels[-1], OUTPUT,
                                                   lambda v: (class_names[int(v)],)))}
    # hidden layers, going down: a binary tree for each kernel a rule above reads
    above = by_layer[OUTPUT]
    for level in range(len(layers) - 1, 0, -1):
        layer = layers[level]
        needed = sorted({position[level][lit.kernel] for r in above for lit in r.body})
        if budget is not None:  # each kernel's definition cost, and an equal part of what is left over
            spent = sum(len(r.body) for rs in by_layer.values() for r in rs)
            reserved = sum(int(costs[level][c]) for c in needed)
            spare = max(budget - spent - reserved, 0) // level  # this layer and the `level - 1` below it
            extra = spare // max(len(needed), 1)
        rules = []
        for column in needed:
            k = kernels[level][column]
            if progress:
                progress(layer, k)
            y = truth[level][:, column]
            if budget is None:
                tree = RuleTree(depth, alpha, seed).fit(tables[level - 1], y)
            else:
                tree = _defining_tree(tables[level - 1], y, int(costs[level][column]) + extra, costs[level - 1])
            rules += _rules_from_paths(tree.paths_, layers[level - 1], kernels[level - 1], layer,
                                       lambda v, k=k: (k,) if bool(v) else ())
        above = by_layer[layer] = simplify(rules)
    ordered = [r for layer in layers[1:] + (OUTPUT,) for r in by_layer.get(layer, [])]
    ordered = [replace(r, id=f"r{i}") for i, r in enumerate(ordered, 1)]
    return Program(layers, tuple(class_names), tuple(ordered), (), meta or Meta())
