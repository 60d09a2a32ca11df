"""The paper's experiments on Fashion-MNIST (Table 1, Figs. 3 to 5), and peer rule learners.

Protocol (the paper's section 4, carried over): five related classes -- the
upper-body garments {0 t_shirt_top, 2 pullover, 3 dress, 4 coat, 6 shirt} --
and all ten class triples.  For each triple: train vgg-small (cached), sweep
the logical entry point over the conv layers of the last two blocks and the
depth d over 1..5 (alpha 0.01), and keep the configuration with the best
program accuracy on validation.  One forward pass per split serves the
whole sweep.
"""

from __future__ import annotations

import csv
import io
import itertools
import time
from pathlib import Path

import numpy as np

from .errors import DataError

__all__ = ["POOL", "triples", "sweep_triple", "run_table1", "run_figures", "run_peers", "last_blocks"]

POOL = (0, 2, 3, 4, 6)
SPLITS = ("train", "val", "test")


def triples(pool=POOL) -> list[tuple]:
    return list(itertools.combinations(pool, 3))


def last_blocks(model, blocks: int = 2) -> list[str]:
    """Conv layers of the model's last `blocks` blocks (a block ends at a pooling layer)."""
    from .models import kernel_layers
    groups, current = [], []
    for info in kernel_layers(model):
        if info.kind == "conv":
            current.append(info.name)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return [name for group in groups[-blocks:] for name in group]


class _Triple:
    """Model, data, and truth tables of every candidate layer for one class triple."""

    def __init__(self, spec: str, epochs: int, seed: int, limit, cache, progress: bool):
        from .data import load_dataset
        from .demo import demo_model
        from .models import load_model, model_key
        from .quantise import NormCache, Quantiser, resolve_layers, split_norms
        self.spec = spec
        self.model_path = demo_model(spec, epochs, seed, limit, cache)
        model = load_model(self.model_path)
        self.data = load_dataset(spec, seed=seed, shape=tuple(model.input_shape[1:]), limit=limit)
        self.layers = last_blocks(model)
        self.chosen = resolve_layers(model, self.layers)
        tensors = [c.tensor for c in self.chosen]
        norm_cache = NormCache(Path(cache))
        per_split = {s: split_norms(model, model_key(self.model_path), self.data, s, tensors, "l1", norm_cache,
                                    progress)[0] for s in SPLITS}
        quantiser = Quantiser.fit(self.chosen, per_split["train"][0], "l1", self.data.input_shape,
                                  self.data.class_names)
        self.truth = {s: quantiser.truth(per_split[s][0]) for s in SPLITS}
        self.model_pred = {s: per_split[s][1] for s in SPLITS}
        self.quantiser = quantiser

    def extract(self, layer_indices, depth: int, alpha: float, seed: int = 0):
        """(program, scores per split) for a chain of candidate layers, bottom-up."""
        from .extract import score
        from .induce import induce_program
        from .program import Meta
        atoms = [self.chosen[i].atom for i in layer_indices]
        meta = Meta(lep=atoms[0], depth=depth, alpha=alpha, norm="l1", threshold="mean")
        program = induce_program([self.truth["train"][i] for i in layer_indices], atoms,
                                 self.model_pred["train"], self.data.class_names, depth, alpha, seed, meta)
        scores = {}
        for s in SPLITS:
            result = score(program, self.truth[s][layer_indices[0]], self.data.split(s).y, self.model_pred[s])
            scores[s] = {k: v for k, v in result.items() if k != "predicted"}
        return program, scores


def _row(triple_name, layer, depth, program, scores) -> dict:
    m = program.metrics()
    row = {"classes": triple_name, "layer": layer, "depth": depth, "vars": m.vars, "rules": m.rules, "size": m.size}
    for s in SPLITS:
        row[f"m_{s}"] = round(scores[s]["accuracy_model"], 2)
        row[f"mstar_{s}"] = round(scores[s]["accuracy_program"], 2)
        row[f"fidelity_{s}"] = round(scores[s]["fidelity"], 2)
    return row


def sweep_triple(t: _Triple, depths=range(1, 6), alpha: float = 0.01, seed: int = 0):
    """Every (layer, depth) of the sweep, and the best by validation accuracy of M*."""
    rows, programs = [], {}
    name = ",".join(t.data.class_names)
    for i, layer in enumerate(t.layers):
        for d in depths:
            program, scores = t.extract([i], d, alpha, seed)
            row = _row(name, layer, d, program, scores)
            rows.append(row)
            programs[(layer, d)] = program
    best = max(rows, key=lambda r: (r["mstar_val"], -r["size"], -t.layers.index(r["layer"]), -r["depth"]))
    return rows, best, programs[(best["layer"], best["depth"])]


def _write_csv(path: Path, rows: list[dict]) -> None:
    from .files import write_text
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    write_text(path, buf.getvalue())


def table1_markdown(best_rows: list[dict]) -> str:
    head = ("| classes | layer | d | M train | M val | M test | M* train | M* val | M* test | "
            "M−M* train | M−M* val | M−M* test | fid. val | fid. test | vars | rules | size |\n"
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
    def line(r, name=None):
        gaps = [r[f"m_{s}"] - r[f"mstar_{s}"] for s in SPLITS]
        cells = [name or r["classes"], r.get("layer", ""), r.get("depth", "")]
        cells += [f"{r[f'm_{s}']:.1f}" for s in SPLITS] + [f"{r[f'mstar_{s}']:.1f}" for s in SPLITS]
        cells += [f"{g:.1f}" for g in gaps] + [f"{r['fidelity_val']:.1f}", f"{r['fidelity_test']:.1f}"]
        cells += [f"{r['vars']:.0f}", f"{r['rules']:.0f}", f"{r['size']:.0f}"]
        return "| " + " | ".join(str(c) for c in cells) + " |\n"
    body = "".join(line(r) for r in best_rows)
    keys = [k for k in best_rows[0] if k not in ("classes", "layer", "depth")]
    average = {k: float(np.mean([r[k] for r in best_rows])) for k in keys}
    return head + body + line(average, "**average**").replace("|  |  |", "| | |")


def run_table1(outdir, epochs: int = 5, seed: int = 0, limit=None, cache_dir=None, programs_dir=None,
               pool=POOL, progress: bool = True, say=print) -> dict:
    """Table 1 over all triples: markdown and CSV in `outdir`, best programs in `programs_dir`."""
    from .emit import to_asp, to_prolog
    from .files import write_json, write_text
    from .quantise import default_cache_dir
    outdir = Path(outdir)
    cache = Path(cache_dir) if cache_dir else default_cache_dir()
    all_rows, best_rows, timings = [], [], {}
    for triple in triples(pool):
        spec = "fashion-mnist:" + ",".join(map(str, triple))
        start = time.perf_counter()
        say(f"== {spec}")
        t = _Triple(spec, epochs, seed, limit, cache, progress)
        rows, best, program = sweep_triple(t, seed=seed)
        timings[spec] = round(time.perf_counter() - start, 1)
        all_rows += rows
        best_rows.append(best)
        say(f"   best: {best['layer']} d={best['depth']}  M* val {best['mstar_val']:.1f}  test "
            f"{best['mstar_test']:.1f}  fidelity test {best['fidelity_test']:.1f}  size {best['size']}")
        if programs_dir is not None:
            stem = Path(programs_dir) / "-".join(t.data.class_names)
            write_text(stem.with_suffix(".lp"), to_asp(program))
            write_text(stem.with_suffix(".pl"), to_prolog(program))
    _write_csv(outdir / "sweep.csv", all_rows)
    _write_csv(outdir / "table1.csv", best_rows)
    markdown = table1_markdown(best_rows)
    write_text(outdir / "table1.md", markdown)
    write_json(outdir / "timings.json", timings)
    return {"table": markdown, "rows": best_rows, "sweep": all_rows}


def _read_csv(path: Path) -> list[dict]:
    if not path.is_file():
        raise DataError(f"{path}: missing; run 'eric-lp experiment table1' first")
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for r in rows:
        for k, v in r.items():
            if k not in ("classes", "layer"):
                r[k] = float(v)
    return rows


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90)
    return buf.getvalue()


def run_figures(outdir, epochs: int = 5, seed: int = 0, limit=None, cache_dir=None, progress: bool = True,
                say=print) -> list[Path]:
    """Figs. 3, 4 and 5 as PNG files in `outdir`, from table1's CSVs (Fig. 5 extracts anew)."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from .files import write_bytes, write_text
    from .quantise import default_cache_dir
    outdir = Path(outdir)
    sweep = _read_csv(outdir / "sweep.csv")
    best = _read_csv(outdir / "table1.csv")
    written = []
    # Fig. 3: M against M* (averaged over layers and depths) per triple, with the fitted line
    fig, axes = plt.subplots(1, 2, figsize=(9, 3.8))
    for ax, split in zip(axes, ("val", "test")):
        names = sorted({r["classes"] for r in sweep})
        m = [np.mean([r[f"m_{split}"] for r in sweep if r["classes"] == n]) for n in names]
        ms = [np.mean([r[f"mstar_{split}"] for r in sweep if r["classes"] == n]) for n in names]
        ax.scatter(m, ms)
        if len(set(m)) > 1:  # a line needs two different points
            slope, intercept = np.polyfit(m, ms, 1)
            xs = np.linspace(min(m), max(m), 10)
            ax.plot(xs, slope * xs + intercept, "r--", label=f"fit: {slope:.2f}x{intercept:+.1f}")
        ax.set_xlabel(f"M accuracy ({split})")
        ax.set_ylabel(f"M* accuracy ({split}), mean over layers and d")
        if ax.get_legend_handles_labels()[0]:
            ax.legend(fontsize=8)
    fig.suptitle("Fig. 3: CNN accuracy against extracted-program accuracy, per class triple")
    fig.tight_layout()
    written.append(write_bytes(outdir / "fig3.png", _png(fig)))
    plt.close(fig)
    # Fig. 4: accuracy, fidelity and size against LEP and against depth
    layers = list(dict.fromkeys(r["layer"] for r in sweep))
    depths = sorted({int(r["depth"]) for r in sweep})
    fig, axes = plt.subplots(2, 3, figsize=(11, 6))
    for row, (key, values) in enumerate((("layer", layers), ("depth", depths))):
        for col, (metric, title) in enumerate((("mstar", "M* accuracy"), ("fidelity", "fidelity"),
                                               ("size", "size"))):
            ax = axes[row][col]
            for split in (("train", "val", "test") if metric != "size" else (None,)):
                column = metric if split is None else f"{metric}_{split}"
                ys = [np.mean([r[column] for r in sweep if r[key] == v]) for v in values]
                ax.plot(range(len(values)), ys, marker="o", label=split or "size")
            ax.set_xticks(range(len(values)), [str(v) for v in values], rotation=20, fontsize=8)
            ax.set_title(f"{title} by {'LEP' if key == 'layer' else 'd'}", fontsize=10)
            if metric != "size":
                ax.legend(fontsize=7)
    fig.suptitle("Fig. 4: single-layer extraction (means over triples and the other parameter)")
    fig.tight_layout()
    written.append(write_bytes(outdir / "fig4.png", _png(fig)))
    plt.close(fig)
    # Fig. 5: multi-layer extraction on the best triple, adding layers downwards from the last conv
    top = max(best, key=lambda r: r["mstar_val"])
    spec = "fashion-mnist:" + ",".join(str(_class_id(n)) for n in top["classes"].split(","))
    say(f"== Fig. 5 on {spec}")
    t = _Triple(spec, epochs, seed, limit, Path(cache_dir) if cache_dir else default_cache_dir(), progress)
    rows = []
    for n in range(1, len(t.layers) + 1):
        chain = list(range(len(t.layers) - n, len(t.layers)))
        program, scores = t.extract(chain, 5, 0.1, seed)
        row = _row(top["classes"], "+".join(t.layers[i] for i in chain), 5, program, scores)
        row["layers"] = n
        rows.append(row)
        say(f"   {n} layer(s): M* test {row['mstar_test']:.1f}  fidelity {row['fidelity_test']:.1f}  "
            f"size {row['size']}")
    _write_csv(outdir / "fig5.csv", rows)
    fig, axes = plt.subplots(1, 3, figsize=(11, 3.4))
    xs = [r["layers"] for r in rows]
    for ax, (metric, title) in zip(axes, (("mstar", "M* accuracy"), ("fidelity", "fidelity"), ("size", "size"))):
        for split in (("train", "val", "test") if metric != "size" else (None,)):
            column = metric if split is None else f"{metric}_{split}"
            ax.plot(xs, [r[column] for r in rows], marker="o", label=split or "size")
        ax.set_xlabel("layers (from the last conv downwards)")
        ax.set_title(title)
        if metric == "size":
            ax.set_yscale("log")
        else:
            ax.legend(fontsize=7)
    fig.suptitle(f"Fig. 5: multi-layer extraction, d=5, alpha=0.1 ({top['classes']})")
    fig.tight_layout()
    written.append(write_bytes(outdir / "fig5.png", _png(fig)))
    plt.close(fig)
    write_text(outdir / "fig5.md", "".join(
        f"| {r['layers']} | {r['layer']} | {r['mstar_test']:.1f} | {r['fidelity_test']:.1f} | {r['rules']} | "
        f"{r['size']} |\n" for r in rows))
    return written


def _class_id(name: str) -> int:
    from .data import FASHION_MNIST_CLASSES
    return FASHION_MNIST_CLASSES.index(name)


# -- peers ---------------------------------------------------------------------
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
    from .files import write_text
    from .quantise import default_cache_dir
    outdir = Path(outdir)
    t = _Triple(spec, epochs, seed, limit, Path(cache_dir) if cache_dir else default_cache_dir(), progress)
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
            from .evaluate import evaluate
            from .facts import Facts
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
    _write_csv(outdir / "peers.csv", rows)
    md = ("| learner | test fidelity | test accuracy | rules | size | fit time (s) |\n|---|---|---|---|---|---|\n"
          + "".join(f"| {r['learner']} | {r['fidelity']:.1f} | {r['accuracy']:.1f} | {r['rules']} | {r['size']} | "
                    f"{r['fit_seconds']:.2f} |\n" for r in rows))
    write_text(outdir / "peers.md", md)
    return {"table": md, "rows": rows}


# -- pareto: fidelity against size for the extensions ---------------------------
FAMILIES = (("kernel", None), ("group", None), ("cell", None), ("cell", 2))
THRESHOLDS = ("mean", "gini", "mean+0.5*std")
DEPTHS = (1, 2, 3, 4, 5)
BUDGETS = (50, 100, 150, 200, 300)


def run_pareto(outdir, spec: str | None = "fashion-mnist:0,2,6", images=None, model_path=None,
               lep: str = "block3_pool", epochs: int = 5, seed: int = 0, limit=None, cache_dir=None,
               progress: bool = True, say=print) -> dict:
    """Fidelity against size for every literal family x threshold x learner, on one model and data."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from .budget import BudgetTree
    from .data import load_dataset
    from .demo import demo_model
    from .extract import literals_name, score
    from .files import write_bytes, write_text
    from .induce import RuleTree, induce_program
    from .models import load_model, model_key
    from .program import Meta
    from .quantise import NormCache, Quantiser, default_cache_dir, forward_family, resolve_layers, split_norms
    outdir = Path(outdir)
    cache = Path(cache_dir) if cache_dir else default_cache_dir()
    if model_path is None:
        if spec is None:
            raise DataError("pareto on an image folder needs --model")
        model_path = demo_model(spec, epochs, seed, limit, cache)
    model = load_model(model_path)
    data = load_dataset(None if images else spec, images, seed=seed, shape=tuple(model.input_shape[1:]),
                        limit=limit)
    chosen = resolve_layers(model, [lep])
    shape = tuple(model.get_layer(chosen[0].tensor).output.shape[1:3])
    norm_cache = NormCache(cache)
    rows = []
    for literals, grid in FAMILIES:
        per_split = {s: split_norms(model, model_key(model_path), data, s, [chosen[0].tensor], "l1", norm_cache,
                                    progress, forward_family(literals), grid)[0] for s in SPLITS}
        family = literals_name(literals, grid) or "kernel"
        for threshold in THRESHOLDS:
            q = Quantiser.fit(chosen, per_split["train"][0], "l1", data.input_shape, data.class_names, threshold,
                              per_split["train"][1], literals, grid, [shape])
            truth = {s: q.truth(per_split[s][0])[0] for s in SPLITS}
            learners = [("tree", d, RuleTree(d, 0.01, seed)) for d in DEPTHS] + \
                       [("budget", b, BudgetTree(b)) for b in BUDGETS]
            for learner, param, estimator in learners:
                program = induce_program([truth["train"]], [chosen[0].atom], per_split["train"][1],
                                         data.class_names, param if learner == "tree" else 5, 0.01, seed,
                                         Meta(lep=chosen[0].atom), columns=q.columns, output_learner=estimator)
                scored = {s: score(program, truth[s], data.split(s).y, per_split[s][1], q.columns[0]) for s in SPLITS}
                m = program.metrics()
                rows.append({"literals": family, "threshold": threshold, "learner": learner, "param": param,
                             "fidelity_val": round(scored["val"]["fidelity"], 2),
                             "fidelity_test": round(scored["test"]["fidelity"], 2),
                             "accuracy_test": round(scored["test"]["accuracy_program"], 2),
                             "rules": m.rules, "size": m.size})
            say(f"   {family:>10} {threshold:>13}: best test fidelity "
                f"{max(r['fidelity_test'] for r in rows[-len(learners):]):.1f}")
    paper = next(r for r in rows if (r["literals"], r["threshold"], r["learner"], r["param"]) ==
                 ("kernel", "mean", "tree", 5))

    def best_within(limit_size):  # chosen on validation, reported on test
        fits = [r for r in rows if r["size"] <= limit_size]
        return max(fits, key=lambda r: (r["fidelity_val"], -r["size"])) if fits else None
    best_paper_size = best_within(paper["size"])
    best_200 = best_within(200)
    _write_csv(outdir / "pareto.csv", rows)
    lines = ["| literals | threshold | learner | d / budget | val fidelity | test fidelity | test accuracy | rules | "
             "size |", "|---|---|---|---|---|---|---|---|---|"]
    for r in sorted(rows, key=lambda r: (r["size"], -r["fidelity_test"])):
        mark = " (paper)" if r is paper else ""
        lines.append(f"| {r['literals']} | {r['threshold']} | {r['learner']}{mark} | {r['param']} | "
                     f"{r['fidelity_val']:.1f} | {r['fidelity_test']:.1f} | {r['accuracy_test']:.1f} | {r['rules']} | "
                     f"{r['size']} |")
    summary = {"paper": paper, "best_at_paper_size": best_paper_size, "best_at_size_200": best_200}
    write_text(outdir / "pareto.md", "\n".join(lines) + "\n")
    fig, ax = plt.subplots(figsize=(8, 5))
    markers = {"tree": "o", "budget": "s"}
    colours = {}
    for r in rows:
        key = f"{r['literals']} / {r['threshold']}"
        colours.setdefault(key, f"C{len(colours)}")
    for key, colour in colours.items():
        for learner, marker in markers.items():
            pts = [(r["size"], r["fidelity_test"]) for r in rows
                   if f"{r['literals']} / {r['threshold']}" == key and r["learner"] == learner]
            if pts:
                xs, ys = zip(*pts)
                ax.scatter(xs, ys, c=colour, marker=marker, s=22, label=f"{key} ({learner})")
    ax.scatter([paper["size"]], [paper["fidelity_test"]], marker="*", s=300, c="black", label="the paper's setting")
    ax.set_xscale("log")
    ax.set_xlabel("program size (antecedents, log scale)")
    ax.set_ylabel("test fidelity (%)")
    ax.set_title(f"fidelity against size: {', '.join(data.class_names)} at {lep}")
    ax.legend(fontsize=6, ncol=2, loc="lower right")
    fig.tight_layout()
    write_bytes(outdir / "pareto.png", _png(fig))
    plt.close(fig)
    from .files import write_json
    write_json(outdir / "pareto-summary.json", summary)
    return {"rows": rows, **summary, "table": "\n".join(lines) + "\n"}
