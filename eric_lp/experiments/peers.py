"""Peer rule learners on ERIC's truth tables: FOLD-RM, RIPPER and a CART tree.

Every learner gets the same quantised training rows (target: the class M
predicts) and is scored on the same test rows: fidelity, accuracy, rules,
size (antecedents) and fit time.  Every learner's rules are counted twice:
as learned, and after ERIC's own simplification (`core.simplify`: complementary
literals, then identical bodies), which ERIC's programs always get -- so no
learner is smaller merely because only its rules were merged.  CART gets as
many leaves as ERIC's tree has before merging.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from ..errors import DataError, MissingExtraError
from .table1 import ClassTriple, write_csv

__all__ = ["run_peers", "rule_counts", "fold_rm_groups"]

# The peer learners' packages are the optional extra `peers`, not dependencies of eric-lp.
_EXTRA = {"ripper": ("wittgenstein", "pandas"), "fold-rm": ("foldrm",)}


def _require_extra(learners) -> None:
    """Refuse before any training when a learner's package is missing, naming the install to run."""
    from importlib.util import find_spec
    missing = sorted({m for name in learners for m in _EXTRA.get(name, ()) if find_spec(m) is None})
    if missing:
        raise MissingExtraError(f"experiment peers needs {', '.join(missing)}, which eric-lp does not install "
                                f"by default: run pip install 'eric-lp[peers]'")


def rule_counts(groups) -> dict:
    """Rules and size (antecedents) of a learner's rules as learned and after ERIC's simplification.

    groups: lists of rules, each list one set read as a disjunction per head (a tree's leaves; one
    class's ruleset of a decision list, whose order merging must not cross).  A rule is (head,
    body), body a tuple of (atom, positive) literals over boolean features.
    """
    from ..core.program import Literal, Rule
    from ..core.simplify import simplify
    learned = merged = size_learned = size_merged = 0
    for group in groups:
        rules = [Rule(f"r{i}", "peer", (str(head),), tuple(Literal("peer", atom, positive) for atom, positive in body))
                 for i, (head, body) in enumerate(group)]
        learned += len(rules)
        size_learned += sum(len(r.body) for r in rules)
        rules = simplify(rules)
        merged += len(rules)
        size_merged += sum(len(r.body) for r in rules)
    return {"rules": merged, "size": size_merged, "rules_learned": learned, "size_learned": size_learned}


def _path_rules(paths) -> list:
    """(head, body) of tree paths given as (literals, value, ...): literals (feature, truth)."""
    return [(int(value), tuple((int(f), bool(truth)) for f, truth in literals)) for literals, value, *_ in paths]


def _tree_paths(tree) -> list:
    """The sklearn tree's leaves as (literals, class): 0/1 features, left is false."""
    t = tree.tree_
    paths = []

    def walk(node, literals):
        if t.children_left[node] == -1:
            paths.append((tuple(literals), int(tree.classes_[int(np.argmax(t.value[node][0]))])))
            return
        feature = int(t.feature[node])
        walk(t.children_left[node], literals + [(feature, False)])
        walk(t.children_right[node], literals + [(feature, True)])
    walk(0, [])
    return paths


def _fit_sklearn_tree(X, y, leaves: int, seed: int):
    from sklearn.tree import DecisionTreeClassifier
    tree = DecisionTreeClassifier(criterion="gini", max_leaf_nodes=max(leaves, 2), random_state=seed)
    tree.fit(X.astype(np.uint8), y)
    return (lambda Z: tree.predict(Z.astype(np.uint8))), rule_counts([_path_rules(_tree_paths(tree))])


def _fit_ripper(X, y, seed: int):
    """RIPPER (wittgenstein) is binary: one ruleset per class, rarest class first, default the commonest."""
    import warnings
    import pandas as pd
    import wittgenstein as lw
    columns = [f"k{i}" for i in range(X.shape[1])]
    frame = pd.DataFrame(X.astype(int), columns=columns)
    order = [int(c) for c in np.argsort(np.bincount(y, minlength=y.max() + 1), kind="stable")]
    default, learned = order[-1], []
    remaining = np.ones(len(y), dtype=bool)
    for cls in order[:-1]:
        model = lw.RIPPER(random_state=seed)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model.fit(frame[remaining].reset_index(drop=True), (y[remaining] == cls).astype(int), pos_class=1)
        learned.append((cls, model))
        covered = np.asarray(model.predict(frame), dtype=bool)
        remaining &= ~covered
        if not remaining.any():
            break
    groups = [[(cls, tuple((int(c.feature[1:]), bool(c.val)) for c in r.conds)) for r in m.ruleset_.rules]
              for cls, m in learned]
    groups.append([(default, ())])  # the default rule

    def predict(Z):
        zf = pd.DataFrame(Z.astype(int), columns=columns)
        out = np.full(len(Z), default)
        open_rows = np.ones(len(Z), dtype=bool)
        for cls, model in learned:
            hit = np.asarray(model.predict(zf), dtype=bool) & open_rows
            out[hit] = cls
            open_rows &= ~hit
        return out
    return predict, rule_counts(groups)


def _fit_foldrm(X, y, seed: int):
    """FOLD-RM (foldrm): default-negation ASP rules with exceptions."""
    import random
    from foldrm import Classifier
    random.seed(seed)
    attrs = [f"k{i}" for i in range(X.shape[1])]
    model = Classifier(attrs=attrs, numeric=[], label="label")
    rows = [[str(int(v)) for v in x] + [str(int(c))] for x, c in zip(X, y)]
    model.fit(rows)
    text = model.asp(simple=True)
    rules = [r for r in text if ":-" in r or r.strip().endswith(".")]

    def predict(Z):
        raw = model.predict([[str(int(v)) for v in z] for z in Z])
        return np.array([int(p) if p not in (None, "") else -1 for p in raw])
    return predict, rule_counts(fold_rm_groups(rules))


def fold_rm_groups(rules) -> list:
    """FOLD-RM's rules (its ASP text, one rule a string) as `rule_counts` groups.  FOLD-RM classifies
    by the first rule that holds, so only a run of consecutive rules with one head is a disjunction
    that merging may touch; an exception's rules (ab1 :- ...) are one group each."""
    groups, exceptions = [], {}
    for head, body in map(_fold_rule, rules):
        if head.startswith("ab"):
            exceptions.setdefault(head, []).append((head, body))
        elif groups and groups[-1][-1][0] == head:
            groups[-1].append((head, body))
        else:
            groups.append([(head, body)])
    return groups + list(exceptions.values())


def _fold_rule(text: str) -> tuple:
    """(head, body) of one FOLD-RM rule: ``k7(X,'1') :- not k2(X,'0'), not ab1(X).``  A feature
    literal kN(X,'v') of a 0/1 feature is (N, truth); an exception ab1(X) stays an atom of its own."""
    import re
    head, _, body = text.partition(":-")
    literals = []
    for negated, name, value in re.findall(r"(not )?(\w+)\(X(?:,'([^']*)')?\)", body):
        if re.fullmatch(r"k\d+", name) and value in ("0", "1"):
            literals.append((int(name[1:]), (value == "1") != bool(negated)))
        else:
            literals.append((f"{name}_{value}" if value else name, not negated))
    return head.strip().rstrip("."), tuple(literals)


def run_peers(outdir, spec: str = "fashion-mnist:0,2,6", lep: str = "block3_pool", depth: int = 5,
              alpha: float = 0.01, epochs: int = 5, seed: int = 0, limit=None, cache_dir=None,
              learners=("eric", "sklearn-tree", "ripper", "fold-rm"), progress: bool = True, say=print) -> dict:
    """Every learner on the same quantised truth tables: fidelity, accuracy, rules, size, fit time."""
    _require_extra(learners)
    from ..core.files import write_text
    from ..nn.quantise import default_cache_dir
    outdir = Path(outdir)
    t = ClassTriple(spec, epochs, seed, limit, Path(cache_dir) if cache_dir else default_cache_dir(), progress)
    names = [(c.layer, c.tensor) for c in t.chosen]
    matches = [i for i, pair in enumerate(names) if lep in pair]
    if not matches:
        raise DataError(f"--lep {lep}: the peers compare on one of "
                        f"{', '.join(layer for layer, _ in names)} (or the pool it feeds)")
    j = matches[0]
    X_train, X_test = t.truth["train"][j], t.truth["test"][j]
    target, m_test, labels = t.model_pred["train"], t.model_pred["test"], t.data.test.y
    rows, eric_leaves = [], None
    for name in learners:
        say(f"   fitting {name} ...")
        start = time.perf_counter()
        if name == "eric":
            program, _ = t.extract([j], depth, alpha, seed)
            seconds = time.perf_counter() - start
            from ..engines.numpy import evaluate
            from ..core.facts import Facts
            from ..learn.tree import RuleTree
            predicted = evaluate(program, Facts.from_table(program.lep, X_test)).predicted()
            # as learned: the tree behind the program, before the simplification induce_program gives it
            counts = rule_counts([_path_rules(RuleTree(depth, alpha, seed).fit(X_train, target).paths_)])
            m = program.metrics()
            counts.update(rules=m.rules, size=m.size)  # the program itself (the same merge of the same tree)
            eric_leaves = counts["rules_learned"]
        else:
            if name == "sklearn-tree":
                predict, counts = _fit_sklearn_tree(X_train, target, eric_leaves or 64, seed)
            elif name == "ripper":
                predict, counts = _fit_ripper(X_train, target, seed)
            elif name == "fold-rm":
                predict, counts = _fit_foldrm(X_train, target, seed)
            else:
                raise DataError(f"unknown learner {name!r}; expected eric, sklearn-tree, ripper or fold-rm")
            seconds = time.perf_counter() - start
            predicted = predict(X_test)
        rows.append({"learner": name, "fidelity": round(100.0 * float(np.mean(predicted == m_test)), 2),
                     "accuracy": round(100.0 * float(np.mean(predicted == labels)), 2),
                     **counts, "fit_seconds": round(seconds, 3)})
        say(f"   {name}: fidelity {rows[-1]['fidelity']:.1f}  accuracy {rows[-1]['accuracy']:.1f}  "
            f"rules {counts['rules']}  size {counts['size']} (as learned: {counts['rules_learned']} rules, "
            f"size {counts['size_learned']})  {seconds:.2f} s")
    write_csv(outdir / "peers.csv", rows)
    md = ("| learner | test fidelity | test accuracy | rules | size | rules as learned | size as learned | "
          "fit time (s) |\n|---|---|---|---|---|---|---|---|\n"
          + "".join(f"| {r['learner']} | {r['fidelity']:.1f} | {r['accuracy']:.1f} | {r['rules']} | {r['size']} | "
                    f"{r['rules_learned']} | {r['size_learned']} | {r['fit_seconds']:.2f} |\n" for r in rows))
    write_text(outdir / "peers.md", md)
    return {"table": md, "rows": rows}
