"""Fidelity against size: every literal family x threshold x learner on one model and data.

The paper's setting (kernel literals, mean thresholds, the tree at d=5) is
marked; the best setting is chosen on validation and reported on test.  Given
a fine-tuned M' (`eric-lp finetune`), the same sweep runs on it too: the
fine-tuned family, its rows marked ``M'``, its programs scored against M'.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..errors import DataError, ModelError
from ..core.plot import png_bytes, pyplot
from .table1 import write_csv

__all__ = ["run_pareto", "FAMILIES", "THRESHOLDS", "DEPTHS", "BUDGETS"]

FAMILIES = (("kernel", None), ("group", None), ("cell", None), ("cell", 2))
THRESHOLDS = ("mean", "gini", "mean+0.5*std")
DEPTHS = (1, 2, 3, 4, 5)
BUDGETS = (50, 100, 150, 200, 300)


def run_pareto(outdir, spec: str | None = "fashion-mnist:0,2,6", images=None, model_path=None,
               lep: str = "block3_pool", epochs: int = 5, seed: int = 0, limit=None, cache_dir=None,
               progress: bool = True, say=print, finetuned=None) -> dict:
    """Fidelity against size for every literal family x threshold x learner, on one model and data (and on
    its fine-tuned M' at `finetuned`, when given)."""
    plt = pyplot()
    from ..nn.data import load_dataset
    from .demo import demo_model
    from ..pipeline.recipe import learn, quantise, read_norms
    from ..pipeline.settings import ExtractionSettings
    from ..core.files import write_bytes, write_text
    from ..nn.layers import resolve_layers
    from ..nn.models import check_input, load_model, model_key
    from ..nn.quantise import default_cache_dir
    outdir = Path(outdir)
    cache = Path(cache_dir) if cache_dir else default_cache_dir()
    if model_path is None:
        if spec is None:
            raise DataError("pareto on an image folder needs --model")
        model_path = demo_model(spec, epochs, seed, limit, cache)
    model = load_model(model_path)
    data = load_dataset(None if images else spec, images, seed=seed, shape=tuple(model.input_shape[1:]),
                        limit=limit)
    rows, pixels = [], None
    models = [("M", model_path, model)] + ([("M'", Path(finetuned), load_model(finetuned))] if finetuned else [])
    for _, path, net in models[1:]:  # M' refused now, not after M's whole sweep
        try:
            check_input(net, data)
            resolve_layers(net, [lep])
        except (DataError, ModelError) as exc:
            raise type(exc)(f"--finetuned {path}: {exc}") from None
    for (name, path, net), (literals, grid) in ((m, f) for m in models for f in FAMILIES):
        family = ExtractionSettings((lep,), literals=literals, grid=grid, seed=seed)
        # one forward pass per family, pixels settled once (on M), as extract feeds them
        norms = read_norms(net, model_key(path), data, family, cache, progress, pixels)
        pixels = norms.pixels
        for threshold in THRESHOLDS:
            quantised = quantise(norms, replace(family, threshold=threshold))
            learners = [("tree", d, replace(family, threshold=threshold, depth=d)) for d in DEPTHS] + \
                       [("budget", b, replace(family, threshold=threshold, learner="budget", budget=b))
                        for b in BUDGETS]
            for learner, param, settings in learners:
                learned = learn(quantised, settings)
                m = learned.program.metrics()
                rows.append({"model": name, "literals": family.literals_name, "threshold": threshold,
                             "learner": learner,
                             "param": param, "fidelity_val": round(learned.scores["val"]["fidelity"], 2),
                             "fidelity_test": round(learned.scores["test"]["fidelity"], 2),
                             "accuracy_test": round(learned.scores["test"]["accuracy_program"], 2),
                             "rules": m.rules, "size": m.size})
            say(f"   {name:<2} {family.literals_name:>10} {threshold:>13}: best test fidelity "
                f"{max(r['fidelity_test'] for r in rows[-len(learners):]):.1f}")
    def paper_of(name):
        return next(r for r in rows if (r["model"], r["literals"], r["threshold"], r["learner"], r["param"]) ==
                    (name, "kernel", "mean", "tree", 5))
    paper = paper_of("M")

    def best_within(limit_size, name="M"):  # chosen on validation, reported on test
        fits = [r for r in rows if r["size"] <= limit_size and r["model"] == name]
        return max(fits, key=lambda r: (r["fidelity_val"], -r["size"])) if fits else None
    best_paper_size = best_within(paper["size"])
    best_200 = best_within(200)
    write_csv(outdir / "pareto.csv", rows)
    lines = ["| model | literals | threshold | learner | d / budget | val fidelity | test fidelity | test accuracy | "
             "rules | size |", "|---|---|---|---|---|---|---|---|---|---|"]
    for r in sorted(rows, key=lambda r: (r["size"], -r["fidelity_test"])):
        mark = " (paper)" if r is paper or (finetuned and r is paper_of("M'")) else ""
        lines.append(f"| {r['model']} | {r['literals']} | {r['threshold']} | {r['learner']}{mark} | {r['param']} | "
                     f"{r['fidelity_val']:.1f} | {r['fidelity_test']:.1f} | {r['accuracy_test']:.1f} | {r['rules']} | "
                     f"{r['size']} |")
    summary = {"paper": paper, "best_at_paper_size": best_paper_size, "best_at_size_200": best_200}
    if finetuned:  # M' on its own: fidelity is to M', so its rows are not ranked against M's
        summary.update(finetuned_paper=paper_of("M'"), finetuned_best_at_size_200=best_within(200, "M'"))
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
                   if f"{r['literals']} / {r['threshold']}" == key and r["learner"] == learner and r["model"] == "M"]
            if pts:
                xs, ys = zip(*pts)
                ax.scatter(xs, ys, c=colour, marker=marker, s=22, label=f"{key} ({learner})")
    tuned = [(r["size"], r["fidelity_test"]) for r in rows if r["model"] == "M'"]
    if tuned:  # the fine-tuned family: one hollow series, its paper setting starred
        xs, ys = zip(*tuned)
        ax.scatter(xs, ys, facecolors="none", edgecolors="black", marker="^", s=26,
                   label="M' (fine-tuned), every setting")
        tp = paper_of("M'")
        ax.scatter([tp["size"]], [tp["fidelity_test"]], marker="*", s=300, facecolors="none", edgecolors="black",
                   label="M', the paper's setting")
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
