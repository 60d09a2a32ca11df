"""SWI-Prolog back end through pyswip: it consults the program exactly as ``export --to prolog`` writes it.

The clauses are `to_prolog`'s text, loaded unchanged into a temporary module;
the engine adds only the batch and the query.  What a user queries in plain
``swipl program.pl facts.pl`` is therefore what the engine ran.

The batch: ``image/1`` and one ``eric_row(Image, Bits)`` fact per image, whose
integer `Bits` has bit P set when the P-th kernel the program reads is true,
an ``eric_kernel(Kernel, P)`` table, and one clause that makes them the entry
layer's ``active/3`` atoms -- ``active(I, Lep, K) :- eric_kernel(K, P),
eric_row(I, B), getbit(B, P) =:= 1`` -- which ``program.pl`` declares
``multifile`` for exactly this.  Asserting millions of ``active/3`` facts
instead, and building SWI-Prolog's index over them, took nearly twice as long
as evaluating every rule.

The query: ``program.pl`` tables ``fired/2`` subsumptively, so the engine calls
``fired(_, r)`` for each rule, layer by layer bottom-up; each call completes one
table holding every image the rule fires for, and a later layer's body reads a
hidden atom (``active(I, h, k) :- fired(I, r)``) from that complete table instead of
deriving it again.  ``class/2`` and ``fired/2`` are then read with ``forall``.

The module and its tables are destroyed afterwards: the global database is
left as it was found.
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path

import numpy as np

from ..core.answer import Answer
from ..lang.emit import to_prolog
from ..errors import EngineError
from ..core.facts import Facts
from ..core.program import Program, term_text

__all__ = ["solve", "batch_clauses", "batch_query"]

_LOCK = threading.Lock()  # one SWI-Prolog engine per process
_GOAL = (
    "in_temporary_module(M, (load_files(M:{program}, [silent(true)]), load_files(M:{batch}, [silent(true)])), "
    "call_cleanup((M:eric_load({rows}), with_output_to(string(S), M:eric_query)), abolish_module_tables(M)))"
)


def _atom(path: Path) -> str:
    """A path as a quoted Prolog atom, whatever $TMPDIR holds (quotes, backslashes)."""
    text = path.as_posix()
    for raw, escaped in (("\\", "\\\\"), ("'", "\\'"), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t")):
        text = text.replace(raw, escaped)
    return f"'{text}'"


def batch_clauses(program: Program) -> str:
    """What the engine adds to ``program.pl``: the entry layer's clause, the kernel table, the row
    reader, and the query (`batch_query`)."""
    kernels = program.kernels_read(program.lep)
    lines = [
        ":- dynamic eric_row/2.",
        *(f"eric_kernel({term_text(k)}, {p})." for p, k in enumerate(kernels)),
        f"active(I, {program.lep}, K) :- eric_kernel(K, P), eric_row(I, B), getbit(B, P) =:= 1.",
        # rows are read term by term and asserted, not compiled as clauses first
        "eric_load(File) :- setup_call_cleanup(open(File, read, S), eric_rows(S), close(S)).",
        "eric_rows(S) :- read_term(S, T, []), ( T == end_of_file -> true ; "
        "T = row(I, B), assertz(image(I)), assertz(eric_row(I, B)), eric_rows(S) ).",
        batch_query(program),
    ]
    return "\n".join(lines) + "\n"


def batch_query(program: Program) -> str:
    """The query: complete each rule's ``fired/2`` table, layer by layer, then print ``class/2`` and
    ``fired/2`` as ``c Image Class`` and ``f Image Rule`` lines."""
    goals = [f"forall(fired(_, {rule.id}), true)"
             for layer in program.derived_layers() for rule in program.rules_of(layer)]
    goals.append("forall(class(I, C), format('c ~w ~w~n', [I, C]))")
    goals += [f"forall(fired(J, {rule.id}), format('f ~w ~w~n', [J, {rule.id}]))" for rule in program.rules]
    return "eric_query :- " + ",\n    ".join(goals) + "."


def _rows(program: Program, facts: Facts) -> str:
    """One ``row(Image, Bits)`` term per image; bit P of Bits is the P-th kernel the program reads."""
    table = facts.columns(program.kernels_read(program.lep))
    packed = np.packbits(table, axis=1, bitorder="little")
    return "".join(f"row({img}, {int.from_bytes(row.tobytes(), 'little')}).\n"
                   for img, row in zip(facts.images.tolist(), packed))


def _prolog():
    try:
        from pyswip import Prolog
    except Exception as exc:  # ImportError, or libswipl missing
        raise EngineError(f"SWI-Prolog is not usable from Python ({exc}); install Debian's swi-prolog-nox "
                          "(make demo does) and pip install pyswip") from None
    return Prolog()


def solve(program: Program, facts: Facts) -> Answer:
    """Consult ``program.pl`` with the batch in a temporary module and read class/2 and fired/2."""
    prolog = _prolog()
    with tempfile.TemporaryDirectory(prefix="eric-lp-") as tmp, _LOCK:
        paths = {name: Path(tmp, name) for name in ("program.pl", "batch.pl", "rows.pl")}
        paths["program.pl"].write_text(to_prolog(program), encoding="utf-8")
        paths["batch.pl"].write_text(batch_clauses(program), encoding="utf-8")
        paths["rows.pl"].write_text(_rows(program, facts), encoding="utf-8")
        goal = _GOAL.format(program=_atom(paths["program.pl"]), batch=_atom(paths["batch.pl"]),
                            rows=_atom(paths["rows.pl"]))
        try:
            result = list(prolog.query(goal))
        except Exception as exc:
            raise EngineError(f"SWI-Prolog failed: {exc}") from None
    if not result:
        raise EngineError("SWI-Prolog could not evaluate the program")
    out = result[0]["S"]
    text = out.decode("utf-8") if isinstance(out, bytes) else str(out)
    class_pairs, fired_pairs = [], []
    for line in text.splitlines():
        kind, img, name = line.split()
        (class_pairs if kind == "c" else fired_pairs).append((int(img), name))
    return Answer.from_pairs(facts.images, program.classes, [r.id for r in program.rules],
                             class_pairs, fired_pairs)
