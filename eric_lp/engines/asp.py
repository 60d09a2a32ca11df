"""clingo back end: one ground and one solve for the whole batch."""

from __future__ import annotations

from ..answer import Answer
from ..emit import to_asp
from ..errors import EngineError
from ..facts import Facts
from ..program import Program

__all__ = ["solve"]


def solve(program: Program, facts: Facts) -> Answer:
    """Ground the program with the batch's facts and read class/2 and fired/2 from the model."""
    try:
        import clingo
    except ImportError as exc:  # pragma: no cover - clingo is a dependency
        raise EngineError(f"clingo is not installed ({exc}); run 'make demo' or pip install clingo") from None
    messages: list[str] = []
    ctl = clingo.Control(["--models=1"], logger=lambda code, msg: messages.append(msg.strip()))
    text = to_asp(program) + facts.to_text(program.kernels_read(program.lep))
    class_pairs, fired_pairs = [], []

    def on_model(model) -> None:  # copy out: the model is invalid after the callback
        for sym in model.symbols(shown=True):
            args = sym.arguments
            if sym.name == "class":
                class_pairs.append((args[0].number, args[1].name))
            elif sym.name == "fired":
                fired_pairs.append((args[0].number, args[1].name))

    try:
        ctl.add("base", [], text)
        ctl.ground([("base", [])])
        result = ctl.solve(on_model=on_model)
    except RuntimeError as exc:
        raise EngineError(f"clingo failed: {exc}; {' '.join(messages) or 'no solver message'}") from None
    if not result.satisfiable:
        raise EngineError("clingo found no answer set; a stratified eric-lp program always has one")
    return Answer.from_pairs(facts.images, program.classes, [r.id for r in program.rules],
                             class_pairs, fired_pairs)
