"""Text -> `Program`, `Facts` or one term: the readers of program text, in one place to import from.

Reads the clingo (``.lp``) and the SWI-Prolog (``.pl``) form through the lark grammar
``grammars/program.lark``.  Each job has its own module in `eric_lp.lang`:

- `text`: a file's text, refused when missing, empty, binary or not UTF-8;
- `grammar`: the grammar, its one parser, the pre-scan and the syntax errors;
- `terms`: integers, names and compound terms, shared by every reader; `parse_term`;
- `program_reader`: programs, and their soundness (safe rules, one layer chain);
- `facts_reader`: ``image/1`` and ``active/3`` facts of the entry layer;
- `swipl_notes`: where plain swipl would evaluate a ``.pl`` file unlike the engines.
"""

from __future__ import annotations

from .facts_reader import parse_facts, read_facts
from .grammar import grammar_path
from .program_reader import parse_program, read_program
from .swipl_notes import parse_program_and_notes, program_notes
from .terms import parse_term
from .text import read_text

__all__ = ["parse_program", "parse_program_and_notes", "program_notes", "read_program", "parse_facts",
           "read_facts", "parse_term", "grammar_path", "read_text"]
