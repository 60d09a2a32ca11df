"""Peer rule learners on ERIC's truth tables: FOLD-RM, RIPPER and a CART tree.

Every learner gets the same quantised training rows (target: the class M
predicts) and is scored on the same test rows: fidelity, accuracy, rules,
size (antecedents) and fit time.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from ..errors import DataError, MissingExtraError
from .table1 import ClassTriple, write_csv

__all__ = ["run_peers"]

# The peer learners' packages are the optional extra `peers`, not dependencies of eric-lp.
_EXTRA = {"ripper": ("wittgenstein", "pandas"), "fold-rm": ("foldrm",)}


def _require_extra(learners) -> None:
    """Refuse before any training when a learner's package is missing, naming the install to run."""
    from importlib.util import find_spec
    missing = sorted({m for name in learners for m in _EXTRA.get(name, ()) if find_spec(m) is None})
    if missing:
        raise MissingExtraError(f"experiment peers needs {', '.join(missing)}, which eric-lp does not install "
                                f"by default: run pip install 'eric-lp[peers]'")


def _tree_paths(tree) -> list:
    t = tree.tree_
    sizes = []

    def walk(node, depth):
        if t.children_left[node] == -1:
            sizes.append(depth)
            return
        walk(t.children_left[node], depth + 1)
        walk(t.children_right[node], depth + 1)
    walk(0, 0)
    return sizes


def _fit_sklearn_tree(X, y, leaves: int, seed: int):
    from sklearn.tree import DecisionTreeClassifier
    tree = DecisionTreeClassifier(criterion="gini", max_leaf_nodes=max(leaves, 2), random_state=seed)
    tree.fit(X.astype(np.uint8), y)
    sizes = _tree_paths(tree)
    return (lambda Z: tree.predict(Z.astype(np.uint8))), len(sizes), int(sum(sizes))


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
    rules = sum(len(m.ruleset_.rules) for _, m in learned)
    size = sum(len(r.conds) for _, m in learned for r in m.ruleset_.rules)

    def predict(Z):
        zf = pd.DataFrame(Z.astype(int), columns=columns)
        out = np.full(len(Z), default)
        open_rows = np.ones(len(Z), dtype=bool)
        for cls, model in learned:
            hit = np.asarray(model.predict(zf), dtype=bool) & open_rows
            out[hit] = cls
            open_rows &= ~hit
        return out
    return predict, rules + 1, size  # + the default rule


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
    size = sum(r.split(":-", 1)[1].count("(") for r in rules if ":-" in r)

    def predict(Z):
        raw = model.predict([[str(int(v)) for v in z] for z in Z])
        return np.array([int(p) if p not in (None, "") else -1 for p in raw])
    return predict, len(rules), size


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
    rows, eric_rules = [], None
    for name in learners:
        say(f"   fitting {name} ...")
        start = time.perf_counter()
        if name == "eric":
            program, _ = t.extract([j], depth, alpha, seed)
            seconds = time.perf_counter() - start
            from ..engines.numpy import evaluate
            from ..core.facts import Facts
            predicted = evaluate(program, Facts.from_table(program.lep, X_test)).predicted()
            m = program.metrics()
            n_rules, size = m.rules, m.size
            eric_rules = n_rules
        else:
            if name == "sklearn-tree":
                predict, n_rules, size = _fit_sklearn_tree(X_train, target, eric_rules or 64, seed)
            elif name == "ripper":
                predict, n_rules, size = _fit_ripper(X_train, target, seed)
            elif name == "fold-rm":
                predict, n_rules, size = _fit_foldrm(X_train, target, seed)
            else:
                raise DataError(f"unknown learner {name!r}; expected eric, sklearn-tree, ripper or fold-rm")
            seconds = time.perf_counter() - start
            predicted = predict(X_test)
        rows.append({"learner": name, "fidelity": round(100.0 * float(np.mean(predicted == m_test)), 2),
                     "accuracy": round(100.0 * float(np.mean(predicted == labels)), 2),
                     "rules": int(n_rules), "size": int(size), "fit_seconds": round(seconds, 3)})
        say(f"   {name}: fidelity {rows[-1]['fidelity']:.1f}  accuracy {rows[-1]['accuracy']:.1f}  "
            f"rules {n_rules}  size {size}  {seconds:.2f} s")
    write_csv(outdir / "peers.csv", rows)
    md = ("| learner | test fidelity | test accuracy | rules | size | fit time (s) |\n|---|---|---|---|---|---|\n"
          + "".join(f"| {r['learner']} | {r['fidelity']:.1f} | {r['accuracy']:.1f} | {r['rules']} | {r['size']} | "
                    f"{r['fit_seconds']:.2f} |\n" for r in rows))
    write_text(outdir / "peers.md", md)
    return {"table": md, "rows": rows}
