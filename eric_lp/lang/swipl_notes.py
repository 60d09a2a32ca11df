"""Where plain SWI-Prolog would evaluate a ``.pl`` file unlike the engines: the notes ``eric-lp check``
prints (``note for plain swipl:``).

The engines re-emit what they read and are never affected; a user who consults the file in swipl is.
The program's reader records what it saw (`program_reader.Findings`); this module words it.
"""

from __future__ import annotations

import os

from ..core.program import Program
from .program_reader import FACTS_PREDICATES, parse_program_findings

__all__ = ["program_notes", "parse_program_and_notes"]


def program_notes(text: str, file: str = "<text>") -> list[str]:
    """Where plain SWI-Prolog would evaluate a ``.pl`` file unlike the engines, one line each.

    The engines re-emit what they read and are never affected; a user who consults the file itself
    is: a body that negates before it binds the image, a program (of the Prolog form, or named ``.pl``)
    that does not declare the facts' predicates ``:- multifile image/1, active/3.``, or, in a program with
    a hidden layer, the subsumptive tables earlier versions declared.  Parses `text` as `parse_program` does, and raises
    the same errors.
    """
    return parse_program_and_notes(text, file)[1]


def parse_program_and_notes(text: str, file: str = "<text>") -> tuple[Program, list[str]]:
    """`parse_program` and `program_notes` from one parse."""
    program, found = parse_program_findings(text, file)
    notes = [f"{where}: rule {rule} begins with a negated literal, which plain swipl calls with "
             f"{var} unbound; put image({var}) or a positive literal first"
             for where, rule, var in found.negated_first]
    missing = [p for p in FACTS_PREDICATES if p not in found.multifile]
    if missing and (found.form == "Prolog" or os.path.splitext(file)[1].lower() == ".pl"):
        # without it swipl lets the facts file that follows redefine the predicate: a program's own
        # active/3 rules go, and a predicate the facts lack is unknown
        what = ("replaces the hidden layers' active/3 rules with the facts', so nothing above the entry layer "
                "is derived" if len(program.layers) > 1 and "active/3" in missing else
                f"stops with 'Unknown procedure' on facts that hold no {missing[-1]} fact")
        notes.append(f"{file}: no ':- multifile {', '.join(missing)}.': plain swipl, loading a facts file after "
                     f"it, {what}; 'eric-lp export FILE --to prolog -o NEW.pl' writes the declarations")
    if len(program.layers) > 1:  # one layer: no body reads fired/2, so no table can answer wrongly
        notes += [f"{where}: ':- table ... as subsumptive' (earlier eric-lp versions wrote it) makes plain swipl "
                  "answer ?- fired(17, R). wrongly in a program with hidden layers; "
                  "'eric-lp export FILE --to prolog -o NEW.pl' writes ':- table fired/2.'"
                  for where in found.subsumptive]
    return program, notes
