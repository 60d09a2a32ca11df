"""Faithful by training: M and its fine-tuned M' side by side, extracted the paper's way and with cell literals.

M is the demo's cached vgg-small (or a given model); M' is M fine-tuned for
class-specific kernel sparsity at the LEP (`eric-lp finetune`'s defaults),
cached beside it.  Both are extracted with kernel literals (the paper's
setting: mean thresholds, d = 5, alpha 0.01) and with cell literals; the
table, a CSV, a JSON summary and the four programs are written.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..core.scoring import SPLITS
from .table1 import write_csv

__all__ = ["run_finetune"]

LITERALS = ("kernel", "cell")


def _tuned_path(model_path: Path, lep: str, schedule) -> Path:
    s = schedule
    tag = (f"ft-{lep.replace('/', '_')}-s{s.strength:g}-e{s.epochs}-w{s.warmup}-lr{s.lr:g}-t{s.tolerance:g}"
           f"-p{s.patience}-b{s.batch_size}-seed{s.seed}")
    return model_path.with_name(f"{model_path.stem}.{tag}.keras")


def run_finetune(outdir, spec: str = "fashion-mnist:0,2,6", model_path=None, lep: str = "block3_pool",
                 epochs: int = 5, seed: int = 0, limit=None, cache_dir=None, programs=None, schedule=None,
                 progress: bool = True, say=print) -> dict:
    """Fine-tune M (or reuse M' from the cache), extract both, write finetune.md/.csv/.json and the programs."""
    from dataclasses import replace
    from .. import api
    from ..core.files import write_json, write_text
    from ..lang.emit import to_asp, to_prolog
    from ..nn.finetune import DEFAULT_SCHEDULE
    from ..nn.quantise import default_cache_dir
    from .demo import demo_model
    outdir = Path(outdir)
    programs = Path(programs) if programs is not None else outdir / "finetune"
    cache = Path(cache_dir) if cache_dir else default_cache_dir()
    schedule = schedule or replace(DEFAULT_SCHEDULE, seed=seed)
    model_path = Path(model_path) if model_path else demo_model(spec, epochs, seed, limit, cache)
    tuned_path = _tuned_path(model_path, lep, schedule)
    if limit:
        tuned_path = tuned_path.with_name(tuned_path.stem + f"-n{limit}.keras")
    record = tuned_path.with_suffix(".finetune.json")
    if tuned_path.is_file() and record.is_file():
        say(f"   reusing {tuned_path}")
        tuning = json.loads(record.read_text())
    else:
        say(f"   fine-tuning {model_path.name} at {lep} ({schedule.epochs} epochs at most, strength "
            f"{schedule.strength})")
        result = api.finetune(model_path, tuned_path, dataset=spec, lep=lep, schedule=schedule, limit=limit,
                              say=say if progress else None)
        tuning = result.to_json()
        write_json(record, tuning)
    rows = []
    for name, path in (("M", model_path), ("M'", tuned_path)):
        for literals in LITERALS:
            ex = api.extract(path, dataset=spec, lep=lep, seed=seed, limit=limit, cache_dir=cache,
                             progress=progress, literals=literals)
            m = ex.metrics
            rows.append({"model": name, "literals": literals,
                         **{f"accuracy_model_{s}": m["accuracy_model"][s] for s in SPLITS},
                         **{f"fidelity_{s}": m["fidelity"][s] for s in SPLITS},
                         "accuracy_program_test": m["accuracy_program"]["test"],
                         "gap_test": round(m["accuracy_model"]["test"] - m["accuracy_program"]["test"], 2),
                         "vars": m["vars"], "rules": m["rules"], "size": m["size"]})
            stem = f"{'m' if name == 'M' else 'm_finetuned'}-{literals}"
            write_text(programs / f"{stem}.lp", to_asp(ex.program))
            write_text(programs / f"{stem}.pl", to_prolog(ex.program))
            say(f"   {name:<2} {literals:>6}: M test accuracy {m['accuracy_model']['test']:.1f}, test fidelity "
                f"{m['fidelity']['test']:.1f}, M* {m['accuracy_program']['test']:.1f}, rules {m['rules']}, "
                f"size {m['size']}")
    lines = ["| model | literals | M test accuracy | test fidelity | M* test accuracy | M - M* (test) | rules | size |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['model']} | {r['literals']} | {r['accuracy_model_test']:.1f} | {r['fidelity_test']:.1f} | "
                     f"{r['accuracy_program_test']:.1f} | {r['gap_test']:.1f} | {r['rules']} | {r['size']} |")
    table = "\n".join(lines) + "\n"
    write_text(outdir / "finetune.md", table)
    write_csv(outdir / "finetune.csv", rows)
    summary = {"dataset": spec, "lep": lep, "model": model_path.name, "finetuned": tuned_path.name,
               "finetune": {k: tuning[k] for k in ("schedule", "best_epoch", "epochs_run", "before", "after",
                                                  "kernels_per_class")},
               "rows": rows}
    write_json(outdir / "finetune.json", summary)
    return {"rows": rows, "table": table, "tuning": tuning, "model": str(model_path), "finetuned": str(tuned_path)}
