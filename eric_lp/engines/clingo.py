"""clingo back end, multi-shot: one ground for the program, one solve per image.

The program is grounded once, for a single image 0, in the form
``to_asp(program, bind_kernels=True)`` writes (the same rules, each kernel
bound through an equality, so that gringo looks ``active/3`` atoms up with the
kernel bound), with ``image(0).`` and one

    #external active(0, Lep, K).

for each entry kernel K the program reads.  The externals are left free, and
each image is then one solve under assumptions: every external true or false
as the image's row says.  Nothing is grounded per image, so an image costs a
solve and the reading of its model.  Grounding the whole batch at once would
build every image's ``active/3`` atoms and ground every rule once per image;
assigning the changed externals before each solve, instead of passing
assumptions, is slower too.

The answer is read as numbers: one ``#show j : fired(0, r).`` term per rule
and class, j being the rule's or class's column, so a model costs one integer
per fired rule and class to read and nothing is parsed back from symbols.

Measured speeds, and the command that measures them: programs/BENCHMARKS.md.
"""

from __future__ import annotations

import numpy as np

from ..core.answer import Answer
from ..lang.emit import to_asp
from ..errors import EngineError
from ..core.facts import Facts
from ..core.program import Program, term_text

__all__ = ["solve", "image_rules"]


def _clingo():
    try:
        import clingo
    except ImportError as exc:  # pragma: no cover - clingo is a dependency
        raise EngineError(f"clingo is not installed ({exc}); run 'make demo' or pip install clingo") from None
    return clingo


def _entry_atom(program: Program, kernel) -> str:
    return f"active(0, {program.lep}, {term_text(kernel)})"


def image_rules(program: Program) -> str:
    """The program as the engine grounds it once: kernels bound through equalities, image 0 with one
    ``#external`` per entry kernel read, and one numeric ``#show`` term per rule, then per class."""
    externals = [f"#external {_entry_atom(program, k)}.\n" for k in program.kernels_read(program.lep)]
    shows = [f"#show {j} : fired(0, {r.id}).\n" for j, r in enumerate(program.rules)]
    shows += [f"#show {len(program.rules) + j} : class(0, {c}).\n" for j, c in enumerate(program.classes)]
    return to_asp(program, bind_kernels=True) + "image(0).\n" + "".join(externals + shows)


def _solve_rows(clingo, program: Program, truth: np.ndarray) -> np.ndarray:
    """One ground, then one solve per row of `truth` (bool, images x kernels read);
    returns bool (images, W): fired rules, then classes."""
    width = len(program.rules) + len(program.classes)
    out = np.zeros((len(truth), width), dtype=bool)
    if not len(truth):
        return out
    messages: list[str] = []
    ctl = clingo.Control(["--models=1"], logger=lambda code, msg: messages.append(msg.strip()))
    columns: list[list[int]] = []

    def on_model(model) -> None:  # the model is invalid after the callback: copy the numbers out
        columns.append([t.number for t in model.symbols(terms=True)])

    try:
        ctl.add("base", [], image_rules(program))
        ctl.ground([("base", [])])
        atoms = [clingo.parse_term(_entry_atom(program, k)) for k in program.kernels_read(program.lep)]
        for atom in atoms:
            ctl.assign_external(atom, None)  # free: each solve fixes it by an assumption
        literals = np.array([ctl.symbolic_atoms[a].literal for a in atoms], dtype=np.int64)
        assumptions = np.where(truth, literals, -literals).tolist()
        for row, assumed in enumerate(assumptions):
            columns.clear()
            if not ctl.solve(assumptions=assumed, on_model=on_model).satisfiable:
                raise EngineError("clingo found no answer set; a stratified eric-lp program always has one")
            out[row, columns[0]] = True
    except RuntimeError as exc:
        raise EngineError(f"clingo failed: {exc}; {' '.join(messages) or 'no solver message'}") from None
    return out


def solve(program: Program, facts: Facts) -> Answer:
    """Ground the program once and solve each image under assumptions; read class/2 and fired/2."""
    table = _solve_rows(_clingo(), program, facts.truth_of(program.kernels_read(program.lep)))
    split = len(program.rules)
    return Answer(facts.images, tuple(program.classes), tuple(r.id for r in program.rules),
                  np.ascontiguousarray(table[:, split:]), np.ascontiguousarray(table[:, :split]))
