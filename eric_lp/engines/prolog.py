"""SWI-Prolog back end through pyswip.

The program (re-emitted by eric-lp, never the user's file as given) and the
batch's facts are loaded into a temporary module, queried once, and the
module is destroyed: the global database is left as it was found.
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path

from ..answer import Answer
from ..emit import to_prolog
from ..errors import EngineError
from ..facts import Facts
from ..program import Program

__all__ = ["solve"]

_LOCK = threading.Lock()  # one SWI-Prolog engine per process
_GOAL = (
    "in_temporary_module(M, (load_files(M:'{program}', [silent(true)]), "
    "load_files(M:'{facts}', [silent(true)])), "
    "with_output_to(string(S), (forall(M:class(I, C), format('c ~w ~w~n', [I, C])), "
    "forall(M:fired(J, R), format('f ~w ~w~n', [J, R])))))"
)


def _prolog():
    try:
        from pyswip import Prolog
    except Exception as exc:  # ImportError, or libswipl missing
        raise EngineError(f"SWI-Prolog is not usable from Python ({exc}); install Debian's swi-prolog-nox "
                          "(make demo does) and pip install pyswip") from None
    return Prolog()


def solve(program: Program, facts: Facts) -> Answer:
    """Load program and facts into a temporary module; read class/2 and fired/2."""
    prolog = _prolog()
    with tempfile.TemporaryDirectory(prefix="eric-lp-") as tmp, _LOCK:
        prog_file, facts_file = Path(tmp, "program.pl"), Path(tmp, "facts.pl")
        prog_file.write_text(to_prolog(program), encoding="utf-8")
        facts_file.write_text(facts.to_text(program.kernels_read(program.lep)), encoding="utf-8")
        goal = _GOAL.format(program=prog_file.as_posix(), facts=facts_file.as_posix())
        try:
            result = list(prolog.query(goal))
        except Exception as exc:
            raise EngineError(f"SWI-Prolog failed: {exc}") from None
    if not result:
        raise EngineError("SWI-Prolog could not load the program")
    out = result[0]["S"]
    text = out.decode("utf-8") if isinstance(out, bytes) else str(out)
    class_pairs, fired_pairs = [], []
    for line in text.splitlines():
        kind, img, name = line.split()
        (class_pairs if kind == "c" else fired_pairs).append((int(img), name))
    return Answer.from_pairs(facts.images, program.classes, [r.id for r in program.rules],
                             class_pairs, fired_pairs)
