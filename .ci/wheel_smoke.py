"""The wheel smoke test: eric-lp as built and installed, apart from the checkout, does its job.

Run by ``.ci/wheel-smoke`` as ``python wheel_smoke.py SITE CHECKOUT`` from a folder outside the
checkout, with SITE (where ``pip install --target`` put the wheel) first on PYTHONPATH.  The
checkout's .venv holds an editable install of eric-lp whose import hook would quietly fill in any
module the wheel lacks from the checkout, so every check asks where a module was loaded from.

Checks: the wheel holds a module for every ``eric_lp/**/*.py`` of the checkout and the grammar;
every module imports, from SITE; ``eric-lp --help`` (the wheel's console script) and
``python -m eric_lp``; ``eric-lp check`` on a committed program; a tiny model trained here and one
``extract`` from it, whose program ``check`` reads back.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import shutil
import subprocess
import sys
import time
from pathlib import Path

PROGRAM = Path("programs/fashion-mnist/t_shirt_top-pullover-dress.lp")  # committed, read by `check`


def fail(message: str) -> None:
    print(f"wheel-smoke: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def say(message: str) -> None:
    print(f"wheel-smoke: {message}", flush=True)


def modules_in(root: Path) -> set[str]:
    """The module names of the .py files of the eric_lp folder under `root` (a package is its __init__)."""
    names = set()
    for path in (root / "eric_lp").rglob("*.py"):
        parts = path.relative_to(root).with_suffix("").parts
        names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def loaded_from(module, site: Path) -> bool:
    return module.__file__ is not None and Path(module.__file__).resolve().is_relative_to(site)


def check_modules(site: Path, checkout: Path) -> None:
    wanted, shipped = modules_in(checkout), modules_in(site)
    missing = sorted(wanted - shipped)
    if missing:
        fail(f"the wheel lacks {len(missing)} module(s) of the checkout: {', '.join(missing)}; "
             "list their packages under [tool.setuptools] packages in pyproject.toml")
    if not (site / "eric_lp" / "grammars" / "program.lark").is_file():
        fail("the wheel lacks eric_lp/grammars/program.lark")
    if not list(site.glob("eric_lp-*.dist-info/licenses/LICENSE")):
        fail("the wheel lacks its LICENSE")

    import eric_lp
    if not loaded_from(eric_lp, site):
        fail(f"eric_lp was imported from {eric_lp.__file__}, not from the wheel in {site}")
    # Every module, found by walking the installed package; __main__ runs the command when imported,
    # so it is run below as `python -m eric_lp` instead.
    walked = {"eric_lp"} | {m.name for m in pkgutil.walk_packages(eric_lp.__path__, "eric_lp.")}
    if walked != shipped:
        fail(f"walking the installed package found {sorted(walked ^ shipped)} unlike the wheel's files")
    for name in sorted(walked - {"eric_lp.__main__"}):
        importlib.import_module(name)
    ours = {name: m for name, m in sys.modules.items() if name == "eric_lp" or name.startswith("eric_lp.")}
    strays = sorted(f"{name} ({getattr(m, '__file__', None)})" for name, m in ours.items()
                    if not loaded_from(m, site))
    if strays:
        fail(f"imported from outside the wheel: {', '.join(strays)}")
    say(f"{len(ours)} modules imported, every one from {site}")


def run(argv, **kw) -> subprocess.CompletedProcess:
    done = subprocess.run(argv, capture_output=True, text=True, **kw)
    if done.returncode != 0:
        fail(f"`{' '.join(map(str, argv))}` exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done


def tiny_images(root: Path) -> None:
    """Two classes a small CNN tells apart in one epoch: a bright left half or a bright right half."""
    import numpy as np
    from PIL import Image
    rng = np.random.default_rng(0)
    for label, name in enumerate(("left", "right")):
        (root / name).mkdir(parents=True)
        for i in range(40):
            pixels = rng.integers(0, 60, size=(32, 32))
            half = slice(0, 16) if label == 0 else slice(16, 32)
            pixels[:, half] += rng.integers(140, 190)
            Image.fromarray(pixels.astype(np.uint8), mode="L").save(root / name / f"{i:02d}.png")


def check_commands(site: Path, checkout: Path, here: Path) -> None:
    eric = site / "bin" / "eric-lp"  # the wheel's console script
    if not eric.is_file():
        fail(f"the wheel installed no console script {eric}")
    if "extract" not in run([eric, "--help"]).stdout:
        fail("eric-lp --help does not list extract")
    if "extract" not in run([sys.executable, "-m", "eric_lp", "--help"]).stdout:
        fail("python -m eric_lp --help does not list extract")
    program = here / PROGRAM.name
    shutil.copyfile(checkout / PROGRAM, program)
    run([eric, "check", program])
    say(f"eric-lp --help, python -m eric_lp --help, eric-lp check {PROGRAM.name}: ok")

    start = time.perf_counter()
    tiny_images(here / "images")
    run([eric, "train", "--images", here / "images", "--arch", "lenet-small", "--epochs", "1",
         "--seed", "0", "-o", here / "tiny.keras"])
    done = run([eric, "extract", "--model", here / "tiny.keras", "--images", here / "images", "--lep", "c5",
                "--cache-dir", here / "cache", "-o", here / "out", "--json"])
    metrics = json.loads(done.stdout)
    programs = sorted((here / "out").glob("*.lp"))
    if not programs:
        fail(f"extract wrote no .lp program into {here / 'out'}")
    run([eric, "check", programs[0]])
    say(f"trained a tiny model and extracted {programs[0].name} "
        f"({len(metrics)} metrics) in {time.perf_counter() - start:.1f} s")


def main(site: str, checkout: str) -> None:
    site, checkout, here = Path(site).resolve(), Path(checkout).resolve(), Path.cwd().resolve()
    if here.is_relative_to(checkout):
        fail(f"run from {here}, inside the checkout; run it from a folder outside {checkout}")
    if str(checkout) in (str(Path(p).resolve()) for p in sys.path if p):
        fail(f"the checkout {checkout} is on sys.path; the wheel would not be what is tested")
    os.environ["PYTHONPATH"] = str(site)  # the commands run below import from the wheel too
    check_modules(site, checkout)
    check_commands(site, checkout, here)
    say("ok")


if __name__ == "__main__":
    main(*sys.argv[1:])
