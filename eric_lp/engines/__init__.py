"""Engines that run a program over a batch of facts: numpy, clingo, SWI-Prolog.

All three take a `Program` and `Facts` and return the same `Answer`.  The
solver back ends are imported only when asked for, so the core stays light.
"""

from __future__ import annotations

from ..core.answer import Answer
from ..errors import EricError
from ..core.facts import Facts
from ..core.program import Program

__all__ = ["ENGINES", "run"]

ENGINES = ("numpy", "clingo", "prolog")


def run(program: Program, facts: Facts, engine: str = "numpy") -> Answer:
    """Evaluate `program` on `facts` with the named engine."""
    if facts.layer and facts.layer != program.lep:
        raise EricError(f"facts describe layer {facts.layer!r} but the program's entry layer is "
                        f"{program.lep!r}; quantise {program.lep} instead")
    if engine == "numpy":
        from .numpy import evaluate
        return evaluate(program, facts)
    if engine == "clingo":
        from .clingo import solve
        return solve(program, facts)
    if engine == "prolog":
        from .prolog import solve
        return solve(program, facts)
    raise EricError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")
