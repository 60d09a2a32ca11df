"""Faithful by training, Table 1 with M': every triple's M and its fine-tuned M' side by side.

The paper's protocol (`experiments.table1`): the ten triples of the
upper-body garments, vgg-small (cached), the paper's extraction (kernel
literals, mean thresholds, d = 5, alpha 0.01) at ``block3_pool`` -- the last
conv layer read through its pooling, Table 1's entry point.  For each triple M
is fine-tuned with `eric-lp finetune`'s defaults (the epoch chosen by the
program on validation) into M', cached beside M, and both are extracted as
`extract` would.  The table (test accuracy of the model and of the program,
fidelity, rules, size; averages), a CSV, a JSON summary with each run's
fine-tuning record and the programs are written after every triple, so that
an interrupted run leaves what it finished, marked partial.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from ..core.scoring import SPLITS
from ..errors import DataError
from .table1 import POOL, triples, write_csv

__all__ = ["run_finetune", "finetune_table"]


def _tuned_path(model_path: Path, lep: str, schedule, choose: str = "program") -> Path:
    s = schedule
    tag = (f"ft-{lep.replace('/', '_')}-s{s.strength:g}-e{s.epochs}-w{s.warmup}-lr{s.lr:g}-t{s.tolerance:g}"
           f"-p{s.patience}-b{s.batch_size}-seed{s.seed}")
    if choose != "share":  # runs chosen by the share keep their old name
        tag += f"-by{choose}" + (f"-max{s.max_size}" if s.max_size else "") + (f"-d{s.distill:g}" if s.distill else "")
    # a milder retry changes M' (no retry: the older runs' names)
    tag += f"-bo{s.backoff}" if s.backoff else ""
    return model_path.with_name(f"{model_path.stem}.{tag}.keras")


def _metrics_row(prefix: str, m: dict) -> dict:
    return {**{f"{prefix}_accuracy_{s}": m["accuracy_model"][s] for s in SPLITS},
            **{f"{prefix}_fidelity_{s}": m["fidelity"][s] for s in SPLITS},
            f"{prefix}_mstar_test": m["accuracy_program"]["test"],
            f"{prefix}_gap_test": round(m["accuracy_model"]["test"] - m["accuracy_program"]["test"], 2),
            f"{prefix}_vars": m["vars"], f"{prefix}_rules": m["rules"], f"{prefix}_size": m["size"]}


COLUMNS = (("M acc", "m_accuracy_test"), ("M*", "m_mstar_test"), ("M-M*", "m_gap_test"),
           ("fid.", "m_fidelity_test"), ("rules", "m_rules"), ("size", "m_size"),
           ("M' acc", "t_accuracy_test"), ("M'*", "t_mstar_test"), ("M'-M'*", "t_gap_test"),
           ("fid.", "t_fidelity_test"), ("rules", "t_rules"), ("size", "t_size"),
           ("M-M'*", "loss_test"), ("epoch", "best_epoch"))


def finetune_table(rows: list[dict], total: int) -> str:
    """Markdown: one line per triple (test split), M then M', and the averages."""
    head = "| classes | " + " | ".join(name for name, _ in COLUMNS) + " |"
    lines = [head, "|---" * (len(COLUMNS) + 1) + "|"]

    def cell(r, key):
        value = r[key]
        if key == "best_epoch" and r.get("backoffs"):  # kept from a milder retry: its share of the strength
            return f"{value} (x{0.5 ** r['backoffs']:g})"
        return f"{value:.1f}" if isinstance(value, float) and key not in ("best_epoch",) else str(value)
    for r in rows:
        lines.append(f"| {r['classes']} | " + " | ".join(cell(r, k) for _, k in COLUMNS) + " |")
    if rows:
        avg = {k: sum(float(r[k]) for r in rows) / len(rows) for _, k in COLUMNS}
        lines.append(f"| **average ({len(rows)})** | " + " | ".join(
            "" if k == "best_epoch" else f"**{avg[k]:.1f}**" if k.endswith(("test",)) else f"**{avg[k]:.0f}**"
            for _, k in COLUMNS) + " |")
    note = "" if len(rows) == total else f"\n**Partial: {len(rows)} of {total} triples finished.**\n"
    if any(r.get("backoffs") for r in rows):
        note = ("\nepoch (x0.5): no epoch at the full strength stayed within the tolerance; M' is from the retry "
                "from M at that share of the strength (`--backoff`).\n") + note
    return "\n".join(lines) + "\n" + note


def run_finetune(outdir, spec: str | None = None, model_path=None, lep: str = "block3_pool", epochs: int = 5,
                 seed: int = 0, limit=None, cache_dir=None, programs=None, schedule=None, choose: str = "program",
                 progress: bool = True, say=print, pool=POOL) -> dict:
    """Fine-tune M (or reuse M' from the cache) for every triple of `pool` (or the one `spec`), extract
    both the paper's way, and write finetune.md/.csv/.json and the programs after each triple."""
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
    specs = [spec] if spec else [f"fashion-mnist:{a},{b},{c}" for a, b, c in triples(pool)]
    if model_path and len(specs) != 1:
        raise DataError("--model goes with --dataset, the triple it was trained on (without --model: all ten "
                        "triples' cached models)")
    rows, records = [], {}
    table = ""
    for spec_i in specs:
        start = time.perf_counter()
        m_path = Path(model_path) if model_path else demo_model(spec_i, epochs, seed, limit, cache)
        tuned_path = _tuned_path(m_path, lep, schedule, choose)
        if limit:
            tuned_path = tuned_path.with_name(tuned_path.stem + f"-n{limit}.keras")
        record = tuned_path.with_suffix(".finetune.json")
        if tuned_path.is_file() and record.is_file():
            say(f"   reusing {tuned_path}")
            tuning = json.loads(record.read_text())
        else:
            say(f"   fine-tuning {m_path.name} at {lep} ({schedule.epochs} epochs at most, strength "
                f"{schedule.strength}, chosen by the {choose})")
            result = api.finetune(m_path, tuned_path, dataset=spec_i, lep=lep, schedule=schedule, limit=limit,
                                  say=say if progress else None, choose=choose, seed=seed)
            tuning = result.to_json()
            write_json(record, tuning)
        row = {"dataset": spec_i}
        for prefix, path in (("m", m_path), ("t", tuned_path)):
            ex = api.extract(path, dataset=spec_i, lep=lep, seed=seed, limit=limit, cache_dir=cache,
                             progress=progress)
            row.update(_metrics_row(prefix, ex.metrics))
            row["classes"] = ",".join(tuning["classes"])
            stem = "-".join(tuning["classes"]) + ("" if prefix == "m" else ".finetuned")
            write_text(programs / f"{stem}.lp", to_asp(ex.program))
            write_text(programs / f"{stem}.pl", to_prolog(ex.program))
        row["loss_test"] = round(row["m_accuracy_test"] - row["t_mstar_test"], 2)
        row.update({"best_epoch": tuning["best_epoch"], "epochs_run": tuning["epochs_run"],
                    "backoffs": tuning.get("backoffs", 0),
                    "finetune_seconds": tuning["seconds"],
                    "extract_seconds": (tuning.get("programs") or {}).get("extract_seconds"),
                    "seconds": round(time.perf_counter() - start, 1)})
        rows.append(row)
        records[row["classes"]] = {k: tuning[k] for k in ("schedule", "best_epoch", "epochs_run", "seconds", "before",
                                                          "after", "kernels_per_class", "backoffs",
                                                          "strength_used") if k in tuning}
        if "programs" in tuning:
            records[row["classes"]]["programs"] = tuning["programs"]
        say(f"   {row['classes']}: M {row['m_accuracy_test']:.1f} / fidelity {row['m_fidelity_test']:.1f} at "
            f"{row['m_size']}; M' {row['t_accuracy_test']:.1f} / fidelity {row['t_fidelity_test']:.1f} at "
            f"{row['t_size']} (M - M'* {row['loss_test']:.1f})")
        table = finetune_table(rows, len(specs))
        write_text(outdir / "finetune.md", table)
        write_csv(outdir / "finetune.csv", rows)
        write_json(outdir / "finetune.json", {
            "lep": lep, "choose": choose, "extraction": "kernel literals, mean thresholds, d=5, alpha 0.01",
            "triples_done": len(rows), "triples": len(specs), "partial": len(rows) < len(specs),
            "rows": rows, "finetune": records})
    return {"rows": rows, "table": table, "finetune": records}
