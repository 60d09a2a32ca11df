"""The architecture as tests: no import cycle (lazy imports included), no reaching into
another module's private names, and the import-linter contracts of pyproject.toml."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import grimp

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: tomli, which import-linter reads its TOML with there
    import tomli as tomllib

PACKAGE = Path(__file__).resolve().parents[2] / "eric_lp"


def _cycle(graph) -> list | None:
    """One import cycle among eric_lp's modules (a module importing its own package aside), or None."""
    state: dict = {}

    def visit(module, stack):
        state[module] = "open"
        stack.append(module)
        for other in sorted(graph.find_modules_directly_imported_by(module)):
            if module.startswith(other + "."):
                continue  # a submodule importing its package's __init__: Python's own order
            if state.get(other) == "open":
                return stack[stack.index(other):] + [other]
            if other not in state:
                found = visit(other, stack)
                if found:
                    return found
        stack.pop()
        state[module] = "done"
        return None

    for module in sorted(graph.modules):
        if module not in state:
            found = visit(module, [])
            if found:
                return found
    return None


def test_no_import_cycle_lazy_imports_included():
    graph = grimp.build_graph("eric_lp")  # grimp reads every import statement, inside functions too
    assert _cycle(graph) is None


def test_the_cycle_finder_finds_a_cycle():
    class Graph:  # a -> b -> c -> a
        modules = {"p.a", "p.b", "p.c"}

        @staticmethod
        def find_modules_directly_imported_by(m):
            return {"p.a": {"p.b"}, "p.b": {"p.c"}, "p.c": {"p.a"}}[m]
    assert _cycle(Graph()) == ["p.a", "p.b", "p.c", "p.a"]


def test_no_module_imports_another_modules_private_names():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    if alias.name.startswith("_") and not alias.name.startswith("__"):
                        offenders.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {alias.name}")
    assert offenders == []


def test_import_linter_contracts_hold():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "import-linter is a test dependency; reinstall with '.[test]'"
    result = subprocess.run([lint], cwd=PACKAGE.parent, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:]
    assert "0 broken" in result.stdout and "5 kept" in result.stdout


def _keras_contract() -> dict:
    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    [contract] = [c for c in contracts if c["name"].startswith("TensorFlow and Keras stay in eric_lp.nn")]
    return contract


def test_the_keras_contract_names_every_module_outside_nn():
    """A new room (or module) must not escape the contract by being left off its list."""
    contract = _keras_contract()
    assert contract["as_packages"] is False and set(contract["forbidden_modules"]) >= {"tensorflow", "keras"}
    graph = grimp.build_graph("eric_lp")
    named = set()
    for expression in contract["source_modules"]:
        named |= graph.find_matching_modules(expression) if "*" in expression else {expression}
    outside_nn = {m for m in graph.modules if m != "eric_lp.nn" and not m.startswith("eric_lp.nn.")}
    assert sorted(outside_nn - named) == [] and sorted(named - outside_nn) == []


def _reaches_keras(source: str, package: str) -> list[str]:
    """Where a module of `package` loads TensorFlow or Keras itself: an import of either, of
    eric_lp.nn.keras, any use of the name import_keras, or importlib/__import__ of either by name."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # resolve the relative import against the importing module's package
                parts = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([node.module] if node.module else []))
            names = [base] + [f"{base}.{alias.name}" for alias in node.names]
        elif isinstance(node, (ast.Name, ast.Attribute)):
            names = ["import_keras"] if getattr(node, "id", getattr(node, "attr", None)) == "import_keras" else []
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
                and isinstance(node.args[0].value, str) and ast.unparse(node.func) in ("importlib.import_module",
                                                                                   "import_module", "__import__"):
            names = [node.args[0].value]
        else:
            continue
        for name in names:
            if name.split(".")[0] in ("tensorflow", "keras") or name == "import_keras" \
                    or name.startswith("eric_lp.nn.keras") or name.endswith(".import_keras"):
                found.append(f"{node.lineno} {name}")
                break
    return found


def test_no_module_outside_nn_reaches_keras_itself():
    """What import-linter cannot see: importlib by name, and import_keras reached any other way."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent)
        if relative.parts[:2] == ("eric_lp", "nn"):
            continue
        package = ".".join(relative.parent.parts)
        offenders += [f"{relative}:{hit}" for hit in _reaches_keras(path.read_text(encoding="utf-8"), package)]
    assert offenders == []


def test_the_keras_finder_finds_each_way_in():
    for line in ("import tensorflow as tf", "import keras.ops", "from keras import ops",
                 "from tensorflow.keras import layers", "from ..nn.keras import import_keras",
                 "from ..nn import keras", "from eric_lp.nn.keras import import_keras",
                 "import importlib\nimportlib.import_module('keras')", "__import__('tensorflow')",
                 "from .. import nn\nnn.keras.import_keras()"):
        assert _reaches_keras(line, "eric_lp.pipeline"), line
    for line in ("from ..nn.layers import feature_maps", "import numpy", "from ..core import facts",
                 "from .keras_names import x"):
        assert _reaches_keras(line, "eric_lp.pipeline") == [], line
