"""eric-lp: ERIC (Extracting Relations Inferred from Convolutions) as a logic program.

A trained Keras CNN's kernels at a chosen layer (the logical entry point) are
quantised to true/false; rules relating them to each other and to the output
classes are learned with depth-limited gini trees and written as a clingo and
SWI-Prolog program, which then classifies and explains.

The package is layered, one folder per layer (see the README's Layout):
`core` (the program model), `lang` (program text), `engines` (numpy, clingo,
SWI-Prolog), `learn` (the trees), `nn` (Keras: the only place TensorFlow is
loaded), `pipeline`, `experiments`, `cli`.  The pipeline's Python API
(extract, infer, explain, visualise, label, report) is `eric_lp.api`; the
names below load without TensorFlow or a solver.
"""

from .errors import EricError, ProgramError, ProgramSyntaxError
from .core.program import OUTPUT, Compound, Label, Literal, Meta, Program, Rule

__version__ = "0.1.0"

__all__ = ["EricError", "ProgramError", "ProgramSyntaxError", "OUTPUT", "Compound", "Label",
           "Literal", "Meta", "Program", "Rule", "read_program", "parse_program", "to_asp",
           "to_prolog", "run", "RuleTree"]


def __getattr__(name):  # light, lazy access to the rest of the API
    if name in ("read_program", "parse_program"):
        from .lang import parse
        return getattr(parse, name)
    if name in ("to_asp", "to_prolog"):
        from .lang import emit
        return getattr(emit, name)
    if name == "RuleTree":
        from .learn.tree import RuleTree
        return RuleTree
    if name == "run":
        from .engines import run
        return run
    raise AttributeError(f"module 'eric_lp' has no attribute {name!r}")
