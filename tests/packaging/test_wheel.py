"""The wheel is the package: built from the checkout, it holds every module of eric_lp, the grammar
and the LICENSE, and the peer learners only as the extra `peers`.  (`.ci/wheel-smoke` installs and
runs the wheel; this is the cheap check of what goes into it.)"""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    """The wheel built, offline, from a copy of the checkout (so no build/ lands in it)."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, src / name)
    for name in ("eric_lp", "grammars"):
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                            "--no-index", "-w", str(tmp / "dist"), str(src)], capture_output=True, text=True)
    assert built.returncode == 0, f"the wheel did not build (setuptools>=77 comes with .[test]):\n{built.stderr}"
    (path,) = (tmp / "dist").glob("eric_lp-*.whl")
    with zipfile.ZipFile(path) as archive:
        yield archive


def _metadata(wheel) -> list[str]:
    (name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    return wheel.read(name).decode("utf-8").splitlines()


def test_every_module_and_the_grammar_are_in_the_wheel(wheel):
    names = set(wheel.namelist())
    wanted = {p.relative_to(ROOT).as_posix() for p in (ROOT / "eric_lp").rglob("*.py")}
    missing = sorted(wanted - names)
    assert not missing, (f"the wheel lacks {missing}: list their packages under [tool.setuptools] packages "
                         "in pyproject.toml")
    assert "eric_lp/grammars/program.lark" in names
    assert wheel.read("eric_lp/grammars/program.lark") == (ROOT / "grammars" / "program.lark").read_bytes()
    # nothing beside the package and its metadata (a top-level grammars/ or tests/ would be a stray)
    assert {n.split("/")[0] for n in names} == {"eric_lp", "eric_lp-0.1.0.dist-info"}


def test_the_license_is_carried(wheel):
    (name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/licenses/LICENSE")]
    assert wheel.read(name) == (ROOT / "LICENSE").read_bytes()
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "License-Expression: MIT" in _metadata(wheel)


def test_the_peer_learners_are_an_extra_not_a_dependency(wheel):
    requires = [line.split(":", 1)[1].strip() for line in _metadata(wheel) if line.startswith("Requires-Dist:")]
    for package in ("foldrm", "wittgenstein", "pandas"):
        lines = [r for r in requires if r.startswith(package)]
        assert lines and all(r.endswith('extra == "peers"') for r in lines), lines
    assert any(r.startswith("tensorflow") and "extra" not in r for r in requires)
