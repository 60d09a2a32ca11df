"""One self-contained HTML page for an extraction: metrics, rules, kernels, explanations.

Everything is inline (PNG images as data URIs, no scripts, no external
files), so the page can be mailed or archived as one file.
"""

from __future__ import annotations

import base64
import html
import json
from pathlib import Path

from ..errors import DataError
from ..core.program import OUTPUT, Program
from ..core.render import rule_text
from ..core.scoring import SPLITS

__all__ = ["build_report", "write_report", "pick_examples", "report", "check_in_browser"]

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:right}
th{background:#f3f3f3}td.l,th.l{text-align:left}
code,pre{font-family:ui-monospace,monospace;font-size:.92em}pre{background:#f7f7f7;padding:.6em;white-space:pre-wrap}
.right{border-left:4px solid #3a3}.wrong{border-left:4px solid #c33}.kernel{margin:.4em 0}
.muted{color:#777}img{max-width:100%}
"""


def _png_uri(data: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


def _metrics_plot(metrics: dict) -> bytes:
    from ..core.plot import png_bytes, pyplot
    plt = pyplot()
    splits = SPLITS
    keys = (("accuracy_model", "M accuracy"), ("accuracy_program", "M* accuracy"), ("fidelity", "fidelity"))
    fig, ax = plt.subplots(figsize=(6, 3))
    width = 0.25
    for i, (key, name) in enumerate(keys):
        ax.bar([j + i * width for j in range(3)], [metrics[key][s] for s in splits], width, label=name)
    ax.set_xticks([j + width for j in range(3)], splits)
    ax.set_ylim(0, 100)
    ax.set_ylabel("percent")
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    return png_bytes(fig)


def _table1(metrics: dict) -> str:
    splits = ("train", "val", "test")
    rows = [("M accuracy", "accuracy_model"), ("M* accuracy", "accuracy_program"), ("fidelity", "fidelity")]
    out = ["<table><tr><th class=l></th>" + "".join(f"<th>{s}</th>" for s in splits) + "</tr>"]
    for name, key in rows:
        out.append(f"<tr><td class=l>{name}</td>" + "".join(f"<td>{metrics[key][s]:.1f}</td>" for s in splits)
                   + "</tr>")
    gap = "".join(f"<td>{metrics['accuracy_model'][s] - metrics['accuracy_program'][s]:.1f}</td>" for s in splits)
    out.append(f"<tr><td class=l>M − M*</td>{gap}</tr></table>")
    out.append(f"<p>vars <b>{metrics['vars']}</b> · rules <b>{metrics['rules']}</b> · size <b>{metrics['size']}</b>"
               f" · LEP <code>{html.escape(str(metrics.get('lep')))}</code> · layers "
               f"<code>{html.escape(' → '.join(metrics.get('layers', [])))}</code> · d={metrics.get('depth')}"
               f" · α={metrics.get('alpha')} · norm {metrics.get('norm')}</p>")
    return "\n".join(out)


def _rules(program: Program) -> str:
    out = []
    for layer in program.derived_layers():
        rules = program.rules_of(layer)
        if not rules:
            continue
        title = "output rules (to classes)" if layer == OUTPUT else f"rules concluding {layer}"
        out.append(f"<h3>{html.escape(title)} ({len(rules)})</h3><pre>")
        for r in rules:
            stats = f"  support={r.support} confidence={r.confidence:.3f}" if r.support is not None else ""
            out.append(html.escape(rule_text(program, r)) + f"<span class=muted>{stats}</span>")
        out.append("</pre>")
    return "\n".join(out)


def _kernels(outdir: Path) -> str:
    folder = outdir / "kernels"
    grids = sorted(p for p in folder.glob("*.png") if p.name != "overview.png") if folder.is_dir() else []
    if not grids:
        return "<p class=muted>No kernel grids yet: run <code>eric-lp visualise</code>.</p>"
    return "\n".join(f'<div class=kernel><img alt="{html.escape(p.stem)}" src="{_png_uri(p.read_bytes())}"></div>'
                     for p in grids)


def _explanations(examples) -> str:
    if not examples:
        return "<p class=muted>No explanations: pass <code>--model</code> and the data to the report.</p>"
    out = []
    for ex in examples:
        right = ex["class"] is not None and ex["class"] == ex.get("label")
        verdict = "right" if right else "wrong"
        out.append(f"<div class={verdict}><pre>{html.escape(ex['text'])}</pre></div>")
    return "\n".join(out)


def pick_examples(explanations, program: Program, right: int = 3, wrong: int = 3) -> list[dict]:
    """A few right and a few wrong explanations (like the paper's Fig. 7), as JSON with text."""
    picked, counts = [], {True: 0, False: 0}
    limits = {True: right, False: wrong}
    for e in explanations:
        ok = e.predicted is not None and e.predicted == e.label
        if counts[ok] < limits[ok]:
            counts[ok] += 1
            data = e.to_json(program)
            data["text"] = e.render(program)
            picked.append(data)
    return picked


def build_report(outdir, examples=None) -> str:
    """The HTML text of the report for an extraction folder."""
    from ..lang.parse import read_program
    outdir = Path(outdir)
    metrics_path = outdir / "metrics.json"
    if not metrics_path.is_file():
        raise DataError(f"{outdir}: no metrics.json; run 'eric-lp extract ... -o {outdir}' first")
    metrics = json.loads(metrics_path.read_text(encoding="utf-8"))
    program = read_program(outdir / "program.lp")
    if examples is None and (outdir / "explanations.json").is_file():
        examples = json.loads((outdir / "explanations.json").read_text(encoding="utf-8"))
    title = f"eric-lp: {', '.join(program.classes)}"
    parts = [
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>",
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f"<p>Program extracted by ERIC from <code>{html.escape(str(metrics.get('dataset')))}</code>. "
        "M is the CNN; M* the logic program that replaces its layers from the logical entry point up.</p>",
        "<h2>Table 1</h2>", _table1(metrics),
        f'<img alt="accuracy and fidelity" src="{_png_uri(_metrics_plot(metrics))}">',
        "<h2>Rules</h2>", _rules(program),
        "<h2>Kernels</h2><p>Each kernel the rules use, as the training images that activate it most "
        "(names ending in ? are provisional).</p>", _kernels(outdir),
        "<h2>Explanations</h2><p>Test images the program got right (green) and wrong (red), with the rules "
        "that fired.</p>", _explanations(examples),
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def write_report(outdir, examples=None) -> Path:
    from ..core.files import write_text
    path = Path(outdir) / "report.html"
    write_text(path, build_report(outdir, examples))
    return path


def check_in_browser(path, browser: str | None = None) -> dict:
    """Render the report in headless Chromium; check it loads whole, without console errors.

    Returns what was checked; raises `DataError` with the reason when it does not.
    """
    import shutil
    import subprocess
    import tempfile
    browser = browser or shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not browser:
        raise DataError("no Chromium to check the report with: install Debian's chromium "
                        "(sudo apt-get install chromium) or pass --browser PATH")
    path = Path(path).resolve()
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--enable-logging=stderr", "--v=0"]
    with tempfile.TemporaryDirectory() as profile:
        shot = Path(profile) / "report.png"
        dom = subprocess.run([browser, *flags, f"--user-data-dir={profile}", "--dump-dom", path.as_uri()],
                             capture_output=True, text=True, timeout=120)
        render = subprocess.run([browser, *flags, f"--user-data-dir={profile}", "--window-size=1100,1600",
                                 f"--screenshot={shot}", path.as_uri()], capture_output=True, text=True, timeout=120)
        shot_bytes = shot.stat().st_size if shot.is_file() else 0
    html_text = dom.stdout
    problems = []
    if dom.returncode != 0 or render.returncode != 0:
        problems.append(f"chromium exited with {dom.returncode or render.returncode}")
    for section in ("Table 1", "Rules", "Kernels", "Explanations"):
        if f"<h2>{section}</h2>" not in html_text:
            problems.append(f"section '{section}' missing from the rendered page")
    console = [line for line in (dom.stderr + render.stderr).splitlines()
               if "CONSOLE" in line or "Failed to load" in line or "Not allowed to load" in line]
    problems += console[:3]
    if shot_bytes < 5000:
        problems.append(f"the screenshot is {shot_bytes} bytes: nothing was drawn")
    if problems:
        raise DataError(f"{path}: the report does not show cleanly: {'; '.join(problems)}")
    return {"report": str(path), "browser": browser, "images": html_text.count("<img"),
            "screenshot_bytes": shot_bytes}


def report(program_dir, model=None, dataset=None, images=None, data_root=None, seed: int = 0,
           limit: int | None = None, engine: str | None = None, candidates: int = 200,
           progress: bool = True, preprocess: str | None = None) -> Path:
    """Write ``OUTDIR/report.html``; with a model and data, first explain a few right and wrong test images
    (pixels fed to the model as at extraction unless `preprocess` says otherwise)."""
    from ..core.files import write_json
    from .explain import explain
    examples = None
    if model is not None:
        program, explanations = explain(model, program_dir, dataset=dataset, images=images, first=candidates,
                                        engine=engine, data_root=data_root, seed=seed, limit=limit,
                                        progress=progress, preprocess=preprocess)
        examples = pick_examples(explanations, program)
        write_json(Path(program_dir) / "explanations.json", examples)
    return write_report(program_dir, examples)
