"""The architecture as tests: no import cycle (lazy imports included), no reaching into
another module's private names, and the import-linter contracts of pyproject.toml."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import grimp

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
    assert "0 broken" in result.stdout and "4 kept" in result.stdout
