"""One self-contained HTML page for an extraction: metrics, rules, kernels, explanations.

Everything is inline (PNG images as data URIs, no scripts, no external
files), so the page can be mailed or archived as one file.
"""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

from ..errors import DataError
from ..core.program import OUTPUT, Program
from ..core.render import literal_name, rule_text
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
figure.lit{display:inline-block;margin:0 .3em .3em 0;text-align:center;font-size:.8em;vertical-align:top}
figure.lit img{width:48px;height:48px;image-rendering:pixelated;display:block;margin:auto}
figure.neg img{opacity:.45;outline:2px solid #c33}figure.neg figcaption{text-decoration:line-through;color:#c33}
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


_PAGE = """<!DOCTYPE html><html lang=en><head><meta charset=utf-8>
<title>{{ title }}</title><style>{{ style }}</style></head><body>
<h1>{{ title }}</h1>
<p>Program extracted by ERIC from <code>{{ metrics.dataset }}</code>. M is the CNN; M* the logic program
that replaces its layers from the logical entry point up.</p>
<h2>Table 1</h2>
<table><tr><th class=l></th>{% for s in splits %}<th>{{ s }}</th>{% endfor %}</tr>
{% for name, key in measures %}<tr><td class=l>{{ name }}</td>{% for s in splits %}<td>{{ "%.1f"|format(metrics[key][s]) }}</td>{% endfor %}</tr>
{% endfor %}<tr><td class=l>M − M*</td>{% for s in splits %}<td>{{ "%.1f"|format(metrics.accuracy_model[s] - metrics.accuracy_program[s]) }}</td>{% endfor %}</tr></table>
<p>vars <b>{{ metrics.vars }}</b> · rules <b>{{ metrics.rules }}</b> · size <b>{{ metrics.size }}</b>
· LEP <code>{{ metrics.lep }}</code> · layers <code>{{ metrics.layers|join(" → ") }}</code>
{% for key, value in settings %} · {{ key }} {{ value }}{% endfor %}</p>
<img alt="accuracy and fidelity" src="{{ plot }}">
<h2>Rules</h2>
<p>Output rules, most supported first: each literal is its kernel's top training image
(a struck-through name is negated: the kernel must be inactive).</p>
<table class=rules><tr><th class=l>rule</th><th class=l>if</th><th class=l>then</th><th>support</th><th>confidence</th></tr>
{% for row in output_rules %}<tr><td class=l><code>{{ row.id }}</code></td><td class=l>
{% for lit in row.literals %}<figure class="lit{{ '' if lit.positive else ' neg' }}">{% if lit.thumb %}<img alt="{{ lit.name }}" src="{{ lit.thumb }}">{% endif %}<figcaption>{{ '¬' if not lit.positive }}{{ lit.name }}</figcaption></figure>
{% else %}<span class=muted>always</span>{% endfor %}</td><td class=l><b>{{ row.head }}</b></td>
<td>{{ row.support if row.support is not none else "" }}</td><td>{{ "%.3f"|format(row.confidence) if row.confidence is not none else "" }}</td></tr>
{% endfor %}</table>
{% for title, texts in hidden_rules %}<h3>{{ title }} ({{ texts|length }})</h3><pre>{% for text, stats in texts %}{{ text }}<span class=muted>{{ stats }}</span>
{% endfor %}</pre>
{% endfor %}
<h2>Kernels</h2><p>Each kernel the rules use, as the training images that activate it most
(names ending in ? are provisional).</p>
{% for name, uri in kernels %}<div class=kernel><img alt="{{ name }}" src="{{ uri }}"></div>
{% else %}<p class=muted>No kernel grids yet: run <code>eric-lp visualise</code>.</p>
{% endfor %}
<h2>Explanations</h2><p>Test images the program got right (green) and wrong (red), with the rules that fired
and, beside them, a sufficient reason clingo proves: entry literals of the image that give every image agreeing
with them the same class.</p>
{% for verdict, text in examples %}<div class={{ verdict }}><pre>{{ text }}</pre></div>
{% else %}<p class=muted>No explanations: pass <code>--model</code> and the data to the report.</p>
{% endfor %}
</body></html>
"""


def _read_json(path: Path, what: str):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise DataError(f"{path}: not readable JSON ({exc.__class__.__name__}); re-run '{what}'") from None


def _checked_metrics(path: Path) -> dict:
    """metrics.json, refused unless it has the fields the page shows, of the right kinds."""
    metrics = _read_json(path, "eric-lp extract")
    problem = None
    if not isinstance(metrics, dict):
        problem = "not an object"
    else:
        for key in ("accuracy_model", "accuracy_program", "fidelity"):
            split = metrics.get(key)
            if not isinstance(split, dict) or not all(isinstance(split.get(s), (int, float)) for s in SPLITS):
                problem = f"{key} must give a number for each of {', '.join(SPLITS)}"
                break
        else:
            if not all(isinstance(metrics.get(k), int) for k in ("vars", "rules", "size")):
                problem = "vars, rules and size must be integers"
            elif not isinstance(metrics.get("layers", []), list):
                problem = "layers must be a list"
    if problem:
        raise DataError(f"{path}: not an eric-lp metrics file ({problem}); re-run 'eric-lp extract'")
    return metrics


def _checked_examples(examples, path) -> list:
    if examples is None:
        return []
    if not isinstance(examples, list) or not all(
            isinstance(e, dict) and isinstance(e.get("text"), str) for e in examples):
        raise DataError(f"{path}: not eric-lp explanations (a list of objects with a text); "
                        "re-run 'eric-lp report --model ...'")
    return [("right" if e.get("class") is not None and e.get("class") == e.get("label") else "wrong", e["text"])
            for e in examples]


def _thumbnail(grid: Path) -> str | None:
    """The first image of a kernel's grid (its most activating training image), as a data URI."""
    from PIL import Image
    from .visualise import CELL
    try:
        with Image.open(grid) as sheet:
            strip = sheet.height - CELL  # the title strip above the row of images
            tile = sheet.crop((0, strip, CELL, sheet.height))
            buf = io.BytesIO()
            tile.save(buf, format="PNG")
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    return _png_uri(buf.getvalue())


def _output_rules(program: Program, outdir: Path) -> list[dict]:
    from .visualise import grid_name
    rows = []
    for rule in sorted(program.rules_of(OUTPUT), key=lambda r: (-(r.support or 0), r.id)):
        literals = []
        for lit in rule.body:
            grid = outdir / "kernels" / grid_name(lit.layer, lit.kernel)
            literals.append({"name": literal_name(program, lit.layer, lit.kernel), "positive": lit.positive,
                             "thumb": _thumbnail(grid) if grid.is_file() else None})
        rows.append({"id": rule.id, "literals": literals, "head": ", ".join(rule.head), "support": rule.support,
                     "confidence": rule.confidence})
    return rows


def build_report(outdir, examples=None) -> str:
    """The HTML text of the report for an extraction folder: every value is escaped by the
    template engine (autoescape), so nothing in the folder's files becomes markup."""
    from jinja2 import Environment
    from ..lang.parse import read_program
    outdir = Path(outdir)
    metrics_path = outdir / "metrics.json"
    if not metrics_path.is_file():
        raise DataError(f"{outdir}: no metrics.json; run 'eric-lp extract ... -o {outdir}' first")
    metrics = _checked_metrics(metrics_path)
    program = read_program(outdir / "program.lp")
    examples_path = outdir / "explanations.json"
    if examples is None and examples_path.is_file():
        examples = _read_json(examples_path, "eric-lp report --model ...")
    shown = ("depth", "alpha", "norm", "threshold", "literals", "learner", "budget")
    settings = [(key, metrics[key]) for key in shown if metrics.get(key) is not None]
    hidden = []
    for layer in program.layers[1:]:
        rules = program.rules_of(layer)
        if rules:
            hidden.append((f"rules concluding {layer}",
                           [(rule_text(program, r), f"  support={r.support} confidence={r.confidence:.3f}"
                             if r.support is not None and r.confidence is not None else "") for r in rules]))
    grids = sorted(p for p in (outdir / "kernels").glob("*.png") if p.name != "overview.png") \
        if (outdir / "kernels").is_dir() else []
    page = Environment(autoescape=True).from_string(_PAGE)
    return page.render(
        title=f"eric-lp: {', '.join(program.classes)}", style=_STYLE, metrics=metrics, splits=SPLITS,
        measures=(("M accuracy", "accuracy_model"), ("M* accuracy", "accuracy_program"), ("fidelity", "fidelity")),
        settings=settings, plot=_png_uri(_metrics_plot(metrics)), output_rules=_output_rules(program, outdir),
        hidden_rules=hidden, kernels=[(p.stem, _png_uri(p.read_bytes())) for p in grids],
        examples=_checked_examples(examples, examples_path))


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


def report(program_dir, model=None, dataset=None, images=None, data_root=None, seed: int | None = None,
           limit: int | None = None, engine: str | None = None, candidates: int = 200,
           progress: bool = True, preprocess: str | None = None, any_model: bool = False,
           allow_overlap: bool = False) -> Path:
    """Write ``OUTDIR/report.html``; with a model and data, first explain a few right and wrong test images
    (pixels fed to the model as at extraction unless `preprocess` says otherwise; seed, allow_overlap
    and any_model as `pipeline.infer.infer` takes them)."""
    from ..core.files import write_json
    from .explain import explain
    examples = None
    if model is not None:
        program, explanations = explain(model, program_dir, dataset=dataset, images=images, first=candidates,
                                        engine=engine, data_root=data_root, seed=seed, limit=limit,
                                        progress=progress, preprocess=preprocess, any_model=any_model,
                                        allow_overlap=allow_overlap, sufficient=True)
        examples = pick_examples(explanations, program)
        write_json(Path(program_dir) / "explanations.json", examples)
    return write_report(program_dir, examples)
