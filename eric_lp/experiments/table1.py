"""The paper's experiments on Fashion-MNIST: Table 1 and Figs. 3 to 5.

Protocol (the paper's section 4): five related classes -- the upper-body
garments {0 t_shirt_top, 2 pullover, 3 dress, 4 coat, 6 shirt} -- and all ten
class triples.  For each triple: train vgg-small (cached), then sweep the
logical entry point over the conv layers of the last two blocks and the depth
d over 1..5 at alpha 0.01, one forward pass per split serving the whole sweep
(Figs. 3 and 4 average it).  Table 1 is the paper's one configuration for
every triple, taken from the sweep: the model's last conv layer, read through
the pooling layer it feeds (the paper's conv13 into pool5), d = 5, alpha 0.01.
Beside it, ``table1-best``: each triple's best (layer, d) on validation, which
the paper does not report (it chose one configuration for all triples).
"""

from __future__ import annotations

import csv
import io
import itertools
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..core.scoring import SPLITS
from ..errors import DataError, ModelError

__all__ = ["POOL", "PAPER_DEPTH", "PAPER_ALPHA", "triples", "sweep_triple", "Sweep", "run_table1", "run_figures",
           "last_blocks", "last_conv", "ClassTriple", "write_csv"]

POOL = (0, 2, 3, 4, 6)
#: Table 1's configuration in the paper, with the model's last conv layer (`last_conv`) as entry point.
PAPER_DEPTH, PAPER_ALPHA = 5, 0.01


def triples(pool=POOL) -> list[tuple]:
    return list(itertools.combinations(pool, 3))


def last_blocks(model, blocks: int = 2) -> list[str]:
    """Conv layers of the model's last `blocks` blocks (a block ends at a pooling layer)."""
    from ..nn.layers import kernel_layers
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


def last_conv(model) -> str:
    """The model's last conv layer: the paper's Table 1 entry point (its conv13, read through pool5).

    Naming a conv reads it after its elementwise tail and through the pooling
    layer it feeds, where it feeds one (`nn.layers.LayerInfo.reads`), so the
    name alone gives the paper's "last conv layer into its pooling".
    """
    from ..nn.layers import kernel_layers
    convs = [info.name for info in kernel_layers(model) if info.kind == "conv"]
    if not convs:
        raise ModelError(f"model {model.name} has no convolutional layer; Table 1 reads the last one")
    return convs[-1]


class ClassTriple:
    """Model, data, and truth tables of every candidate layer for one class triple, read as `extract` reads
    them (`pipeline.recipe`): one forward pass per split, then one program per (layers, depth, alpha)."""

    def __init__(self, spec: str, epochs: int, seed: int, limit, cache, progress: bool):
        from ..nn.data import load_dataset
        from .demo import demo_model
        from ..nn.models import load_model, model_key
        from ..pipeline.recipe import quantise, read_norms
        from ..pipeline.settings import ExtractionSettings
        self.spec = spec
        self.model_path = demo_model(spec, epochs, seed, limit, cache)
        model = load_model(self.model_path)
        self.data = load_dataset(spec, seed=seed, shape=tuple(model.input_shape[1:]), limit=limit)
        self.layers = last_blocks(model)
        self.last_conv = last_conv(model)
        if self.last_conv not in self.layers:  # last_blocks ends with it; Table 1 depends on it
            raise ModelError(f"the swept layers {', '.join(self.layers)} miss the last conv layer "
                             f"{self.last_conv}")
        self.settings = ExtractionSettings(tuple(self.layers), seed=seed)
        self.quantised = quantise(read_norms(model, model_key(self.model_path), self.data, self.settings,
                                             Path(cache), progress), self.settings)
        self.quantiser = self.quantised.quantiser
        self.chosen = self.quantiser.layers
        self.truth = self.quantised.truth
        self.model_pred = self.quantised.norms.predicted

    def extract(self, layer_indices, depth: int, alpha: float, seed: int = 0):
        """(program, scores per split) for a chain of candidate layers, bottom-up."""
        from dataclasses import replace
        from ..pipeline.recipe import learn
        learned = learn(self.quantised, replace(self.settings, depth=depth, alpha=alpha, seed=seed), layer_indices)
        scores = {s: {k: v for k, v in result.items() if k != "predicted"} for s, result in learned.scores.items()}
        return learned.program, scores


def _row(triple_name, layer, depth, program, scores) -> dict:
    m = program.metrics()
    row = {"classes": triple_name, "layer": layer, "depth": depth, "vars": m.vars, "rules": m.rules, "size": m.size}
    for s in SPLITS:
        row[f"m_{s}"] = round(scores[s]["accuracy_model"], 2)
        row[f"mstar_{s}"] = round(scores[s]["accuracy_program"], 2)
        row[f"fidelity_{s}"] = round(scores[s]["fidelity"], 2)
    return row


@dataclass(frozen=True, eq=False)
class Sweep:
    """One triple's sweep: a Table 1 row and a program per (layer, depth).

    fixed: the row of the paper's configuration (the last conv layer, d = 5);
    best: the row with the best M* on validation (ties: the smaller program,
    then the lower layer and depth).  Both are rows of `rows`.
    """

    rows: list
    programs: dict     # (layer, depth) -> Program
    fixed: dict
    best: dict

    def program(self, row: dict):
        return self.programs[(row["layer"], row["depth"])]


def sweep_triple(t: ClassTriple, depths=range(1, 6), alpha: float = PAPER_ALPHA, seed: int = 0) -> Sweep:
    """Every (layer, depth) of the sweep; the paper's configuration and the best on validation among them.

    depths must include `PAPER_DEPTH`.
    """
    depths = list(depths)
    if PAPER_DEPTH not in depths:
        raise DataError(f"the sweep's depths {depths} miss d = {PAPER_DEPTH}, Table 1's depth")
    rows, programs = [], {}
    name = ",".join(t.data.class_names)
    for i, layer in enumerate(t.layers):
        for d in depths:
            program, scores = t.extract([i], d, alpha, seed)
            row = _row(name, layer, d, program, scores)
            rows.append(row)
            programs[(layer, d)] = program
    fixed = next(r for r in rows if (r["layer"], r["depth"]) == (t.last_conv, PAPER_DEPTH))
    best = max(rows, key=lambda r: (r["mstar_val"], -r["size"], -t.layers.index(r["layer"]), -r["depth"]))
    return Sweep(rows, programs, fixed, best)


def write_csv(path: Path, rows: list[dict]) -> None:
    from ..core.files import write_text
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    write_text(path, buf.getvalue())


def table1_markdown(rows: list[dict], caption: str = "") -> str:
    """Table 1's columns for `rows` (one per triple) and their average, under `caption` if given."""
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
    body = "".join(line(r) for r in rows)
    keys = [k for k in rows[0] if k not in ("classes", "layer", "depth")]
    average = {k: float(np.mean([r[k] for r in rows])) for k in keys}
    table = head + body + line(average, "**average**").replace("|  |  |", "| | |")
    return f"{caption}\n\n{table}" if caption else table


def _captions(fixed: list[dict], best: list[dict], read: dict, per_triple: int) -> tuple[str, str]:
    """What table1.md and table1-best.md show, in one sentence each."""
    layers = ", ".join(f"{layer} (read through {tensor})" if tensor != layer else layer
                       for layer, tensor in read.items())
    same = sum((b["layer"], b["depth"]) == (f["layer"], f["depth"]) for f, b in zip(fixed, best))
    fixed_val, best_val = (float(np.mean([r["mstar_val"] for r in rows])) for rows in (fixed, best))
    return (f"Table 1 at the paper's configuration for every triple: the last conv layer {layers}, "
            f"d = {PAPER_DEPTH}, alpha {PAPER_ALPHA}.",
            f"Each triple's best (layer, d) on validation among the sweep's {per_triple} (sweep.csv), which the "
            f"paper does not report: the paper's configuration is the best for {same} of {len(fixed)} triples; "
            f"average M* val {best_val:.1f}, against {fixed_val:.1f} at the paper's configuration (table1.md).")


def run_table1(outdir, epochs: int = 5, seed: int = 0, limit=None, cache_dir=None, programs_dir=None,
               pool=POOL, progress: bool = True, say=print) -> dict:
    """Table 1 over all triples, in `outdir`: table1.md/.csv (the paper's configuration), table1-best.md/.csv
    (each triple's best on validation), sweep.csv (every layer and depth) and timings.json; the program of
    the paper's configuration for each triple in `programs_dir` as ``<classes>.lp`` and ``.pl``."""
    from ..lang.emit import to_asp, to_prolog
    from ..core.files import check_output, check_output_folder, write_json, write_text
    from ..nn.quantise import default_cache_dir
    outdir = Path(outdir)
    names = ("sweep.csv", "table1.csv", "table1.md", "table1-best.csv", "table1-best.md", "timings.json")
    for name in names:  # refused now, not after the models are trained
        check_output(outdir / name)
    if programs_dir is not None:
        check_output_folder(programs_dir, "programs folder")
    cache = Path(cache_dir) if cache_dir else default_cache_dir()
    all_rows, fixed_rows, best_rows, read, timings = [], [], [], {}, {}
    for triple in triples(pool):
        spec = "fashion-mnist:" + ",".join(map(str, triple))
        start = time.perf_counter()
        say(f"== {spec}")
        t = ClassTriple(spec, epochs, seed, limit, cache, progress)
        sweep = sweep_triple(t, seed=seed)
        timings[spec] = round(time.perf_counter() - start, 1)
        all_rows += sweep.rows
        fixed_rows.append(sweep.fixed)
        best_rows.append(sweep.best)
        read[t.last_conv] = t.chosen[t.layers.index(t.last_conv)].tensor
        for what, r in (("paper", sweep.fixed), ("best", sweep.best)):
            say(f"   {what:>5}: {r['layer']} d={r['depth']}  M* val {r['mstar_val']:.1f}  test "
                f"{r['mstar_test']:.1f}  fidelity test {r['fidelity_test']:.1f}  size {r['size']}")
        if programs_dir is not None:
            stem = Path(programs_dir) / "-".join(t.data.class_names)
            write_text(stem.with_suffix(".lp"), to_asp(sweep.program(sweep.fixed)))
            write_text(stem.with_suffix(".pl"), to_prolog(sweep.program(sweep.fixed)))
    write_csv(outdir / "sweep.csv", all_rows)
    write_csv(outdir / "table1.csv", fixed_rows)
    write_csv(outdir / "table1-best.csv", best_rows)
    fixed_caption, best_caption = _captions(fixed_rows, best_rows, read, len(all_rows) // len(fixed_rows))
    markdown = table1_markdown(fixed_rows, fixed_caption)
    best_markdown = table1_markdown(best_rows, best_caption)
    write_text(outdir / "table1.md", markdown)
    write_text(outdir / "table1-best.md", best_markdown)
    write_json(outdir / "timings.json", timings)
    return {"table": markdown, "rows": fixed_rows, "best_table": best_markdown, "best": best_rows,
            "sweep": all_rows}


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


def run_figures(outdir, epochs: int = 5, seed: int = 0, limit=None, cache_dir=None, progress: bool = True,
                say=print) -> list[Path]:
    """Figs. 3, 4 and 5 as PNG files in `outdir`, from table1's CSVs: Figs. 3 and 4 from sweep.csv; Fig. 5
    extracts anew, on the triple with the best M* on validation in table1.csv (the paper's configuration)."""
    from ..core.files import write_bytes, write_text
    from ..core.plot import png_bytes, pyplot
    plt = pyplot()
    from ..nn.quantise import default_cache_dir
    outdir = Path(outdir)
    sweep = _read_csv(outdir / "sweep.csv")
    fixed = _read_csv(outdir / "table1.csv")
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
    written.append(write_bytes(outdir / "fig3.png", png_bytes(fig)))
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
    written.append(write_bytes(outdir / "fig4.png", png_bytes(fig)))
    # Fig. 5: multi-layer extraction on the best triple, adding layers downwards from the last conv.  The
    # best triple as the paper picks it: the best M* on validation in Table 1, at the paper's configuration
    top = max(fixed, key=lambda r: r["mstar_val"])
    spec = "fashion-mnist:" + ",".join(str(_class_id(n)) for n in top["classes"].split(","))
    say(f"== Fig. 5 on {spec}")
    t = ClassTriple(spec, epochs, seed, limit, Path(cache_dir) if cache_dir else default_cache_dir(), progress)
    rows = []
    for n in range(1, len(t.layers) + 1):
        chain = list(range(len(t.layers) - n, len(t.layers)))
        program, scores = t.extract(chain, 5, 0.1, seed)
        row = _row(top["classes"], "+".join(t.layers[i] for i in chain), 5, program, scores)
        row["layers"] = n
        rows.append(row)
        say(f"   {n} layer(s): M* test {row['mstar_test']:.1f}  fidelity {row['fidelity_test']:.1f}  "
            f"size {row['size']}")
    write_csv(outdir / "fig5.csv", rows)
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
    written.append(write_bytes(outdir / "fig5.png", png_bytes(fig)))
    write_text(outdir / "fig5.md", "".join(
        f"| {r['layers']} | {r['layer']} | {r['mstar_test']:.1f} | {r['fidelity_test']:.1f} | {r['rules']} | "
        f"{r['size']} |\n" for r in rows))
    return written


def _class_id(name: str) -> int:
    from ..nn.data import FASHION_MNIST_CLASSES
    return FASHION_MNIST_CLASSES.index(name)
