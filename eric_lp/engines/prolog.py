"""SWI-Prolog back end through pyswip: it consults the program exactly as ``export --to prolog`` writes it.

The clauses are `to_prolog`'s text, loaded unchanged into a temporary module;
the engine adds the batch, the query, and one directive choosing how its
tables are kept (below).  What a user queries in plain ``swipl program.pl
facts.pl`` is therefore the program the engine ran.

The batch: ``image/1`` and one ``eric_row(Image, Bits)`` fact per image, whose
integer `Bits` has bit P set when the P-th kernel the program reads is true,
an ``eric_kernel(Kernel, P)`` table, and one clause that makes them the entry
layer's ``active/3`` atoms -- ``active(I, Lep, K) :- eric_kernel(K, P),
eric_row(I, B), getbit(B, P) =:= 1`` -- which ``program.pl`` declares
``multifile`` for exactly this.  The batch is loaded with ``optimise(true)``,
so the bit test is compiled arithmetic, not a call.  Asserting one
``active/3`` fact per image and true kernel instead, and building SWI-Prolog's
index over them, cost more than evaluating every rule.

The query: for each rule, layer by layer bottom-up, ``fired(_, r)``, whose call
completes one table holding every image the rule fires for.  ``program.pl``
declares ``:- table fired/2.``: variant tables, sound for any query a user
asks, and they make a top-down query for one image derive each hidden atom
once (untabled, every rule that reads a hidden atom derives it again, and the
repeats multiply layer by layer).  The batch switches ``fired/2`` to subsumptive
tables, which are sound for this order only -- every call is subsumed by a
complete table or by none -- and let a later layer's body read a hidden atom
(``active(I, h, k) :- fired(I, r)``) for one image from the complete
``fired(_, r)`` table instead of building a table per image and rule.  In a
file they would be wrong: ``?- fired(17, R).`` would list rules whose negated
literals are true, since SWI-Prolog answers a call such as ``\\+ fired(17, r1)``
from the query's own, still incomplete, table ``fired(17, _)``.  Each body
begins with its positive literals (`emit`), so a rule enumerates only the
images its first literal holds for, from that literal's complete table.

``class/2`` and ``fired/2`` are then printed as one line per class and per
rule, listing the images (numbered by position in the batch) it holds for;
Python reads each line into a column with one numpy call instead of a pair
per line.  The module and its tables are destroyed afterwards: the global
database is left as it was found.  Measured speeds: programs/BENCHMARKS.md.
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
    "in_temporary_module(M, (load_files(M:{program}, [silent(true)]), load_files(M:{batch}, [silent(true), optimise(true)])), "
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
        # the query completes each rule's table before any rule above reads it, so a call is only
        # ever subsumed by a complete table: sound, and each hidden atom is looked up in fired(_, r)
        ":- table fired/2 as subsumptive.",
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
    """The query: complete each rule's ``fired/2`` table, layer by layer, then print one line per
    class and then one per rule, in the program's order: the comma-separated images it holds for."""
    goals = [f"forall(fired(_, {rule.id}), true)"
             for layer in program.derived_layers() for rule in program.rules_of(layer)]
    goals += [f"eric_print(I, class(I, {term_text(name)}))" for name in program.classes]
    goals += [f"eric_print(I, fired(I, {rule.id}))" for rule in program.rules]
    return ("eric_print(I, Goal) :- findall(I, Goal, Is), atomic_list_concat(Is, ',', Line), "
            "format('~w~n', [Line]).\n"
            "eric_query :- " + ",\n    ".join(goals or ["true"]) + ".")


def _rows(program: Program, facts: Facts) -> str:
    """One ``row(Position, Bits)`` term per image, numbered by position in the batch; bit P of Bits
    is the P-th kernel the program reads."""
    table = facts.truth_of(program.kernels_read(program.lep))
    packed = np.packbits(table, axis=1, bitorder="little")
    return "".join(f"row({position}, {int.from_bytes(row.tobytes(), 'little')}).\n"
                   for position, row in enumerate(packed))


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
    lines = (out.decode("utf-8") if isinstance(out, bytes) else str(out)).split("\n")
    n, n_classes = len(facts), len(program.classes)
    table = np.zeros((n, n_classes + len(program.rules)), dtype=bool)
    for j, line in enumerate(lines[:table.shape[1]]):
        if line:
            table[np.array(line.split(","), dtype=np.int64), j] = True
    return Answer(np.asarray(facts.images, dtype=np.int64), tuple(program.classes),
                  tuple(r.id for r in program.rules), table[:, :n_classes], table[:, n_classes:])
