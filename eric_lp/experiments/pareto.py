"""Fidelity against size: every literal family x threshold x learner on one model and data.

The paper's setting (kernel literals, mean thresholds, the tree at d=5) is
marked; the best setting is chosen on validation and reported on test.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import DataError
from ..core.plot import png_bytes, pyplot
from ..core.scoring import SPLITS
from .table1 import write_csv

__all__ = ["run_pareto", "FAMILIES", "THRESHOLDS", "DEPTHS", "BUDGETS"]

FAMILIES = (("kernel", None), ("group", None), ("cell", None), ("cell", 2))
THRESHOLDS = ("mean", "gini", "mean+0.5*std")
DEPTHS = (1, 2, 3, 4, 5)
BUDGETS = (50, 100, 150, 200, 300)


def run_pareto(outdir, spec: str | None = "fashion-mnist:0,2,6", images=None, model_path=None,
               lep: str = "block3_pool", epochs: int = 5, seed: int = 0, limit=None, cache_dir=None,
               progress: bool = True, say=print) -> dict:
    """Fidelity against size for every literal family x threshold x learner, on one model and data."""
    plt = pyplot()
    from ..learn.budget import BudgetTree
    from ..nn.data import load_dataset
    from .demo import demo_model
    from ..pipeline.extract import score_program
    from ..pipeline.settings import ExtractionSettings
    from ..core.files import write_bytes, write_text
    from ..learn.chain import induce_program
    from ..learn.tree import RuleTree
    from ..nn.models import load_model, model_key
    from ..core.program import Meta
    from ..nn.layers import layer_shape, resolve_layers
    from ..nn.preprocess import resolve_preprocess
    from ..nn.quantise import NormCache, Quantiser, default_cache_dir, forward_family, split_norms
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
    shape = layer_shape(model, chosen[0].tensor)[0:2]  # reaches into nested models too
    preprocess = resolve_preprocess(model, "auto")  # the pixels the model expects, as extract feeds them
    norm_cache = NormCache(cache)
    rows = []
    for literals, grid in FAMILIES:
        per_split = {s: split_norms(model, model_key(model_path), data, s, [chosen[0].tensor], "l1", norm_cache,
                                    progress, forward_family(literals), grid, preprocess)[0] for s in SPLITS}
        family = ExtractionSettings((lep,), literals=literals, grid=grid).literals_name
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
                scored = {s: score_program(program, truth[s], data.split(s).y, per_split[s][1], q.columns[0]) for s in SPLITS}
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
    write_csv(outdir / "pareto.csv", rows)
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
    write_bytes(outdir / "pareto.png", png_bytes(fig))
    from ..core.files import write_json
    write_json(outdir / "pareto-summary.json", summary)
    return {"rows": rows, **summary, "table": "\n".join(lines) + "\n"}
