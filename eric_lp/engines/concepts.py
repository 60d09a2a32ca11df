"""The labelled program run on scene descriptions, and its semantic diff against a truth program.

A labelled program becomes a *concept-level program*: its rules, one
``label(L, K, Concept)`` fact for each kernel of the entry layer named by a
concept (the concept a constant), and the bridge rule

    active(I, L, K) :- present(I, C), label(L, K, C).

Fed ``image(I)`` and ``present(I, Concept)`` facts (a scene description:
the concepts its mask shows), clingo classifies each scene from the
description alone.  An entry kernel without a concept is never active; the
hidden layers are derived by the rules as usual.  `classify` returns an
`Answer`, so a scene gets a class exactly as `solve` gives one: the one
class derived, or no prediction when none or several are (`Answer.predicted`).

`decide_truth` asks one clingo call whether the concept-level program and a
truth program (any ASP text deriving ``class(I, Class)`` from
``present(I, Concept)``, ``image(I)`` given) answer alike on every scene
description over the concepts either side mentions (and any others given):
a choice over ``present(0, C)``, the truth renamed apart (each of its
predicates but ``present/2`` and ``image/1`` prefixed ``truth_``; its
``#show`` lines dropped; a truth that derives ``present/2`` or ``image/1`` is
refused: it would change the scene the concept-level program reads), and a
constraint that the answers differ.  Each
side's *answer* is resolved as `solve` resolves one: the single class it
derives, or none when it derives none or several; two "none" agree.
Unsatisfiable: equivalent.  Otherwise a ``#minimize`` gives a description
with the fewest concepts present.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..core.answer import Answer
from ..core.program import Program, is_atom, term_key, term_text
from ..errors import DataError, EngineError
from ..lang.emit import to_asp

__all__ = ["BRIDGE", "KernelConcepts", "concept_text", "scene_facts", "classify", "SceneDiff", "TruthVerdict",
           "decide_truth", "truth_classes", "listed"]

#: How a kernel of the entry layer is made true from a scene's description.
BRIDGE = "active(I, L, K) :- present(I, C), label(L, K, C)."

#: The predicates a truth program shares with the question: its input and the scenes.
_SHARED = {("present", 2), ("image", 1)}
_TRUTH_PREFIX = "truth_"


@dataclass(frozen=True)
class KernelConcepts:
    """The entry kernels concepts name: ((kernel, concept), ...) in kernel order, each concept a constant.
    A kernel may carry several (NeSyFOLD-G's joined label ``bag_sandal``): it is active when any is present."""

    layer: str
    pairs: tuple

    def __post_init__(self) -> None:
        pairs = tuple(sorted(set(self.pairs), key=lambda pair: (term_key(pair[0]), pair[1])))
        for kernel, concept in pairs:
            if not is_atom(concept):
                raise DataError(f"concept {concept!r} of {self.layer}#{term_text(kernel)} is not a lower-case "
                                "constant")
        object.__setattr__(self, "pairs", pairs)

    def concept_of(self) -> dict:
        """{kernel: (concept, ...)}."""
        out: dict = {}
        for kernel, concept in self.pairs:
            out.setdefault(kernel, ())
            out[kernel] += (concept,)
        return out

    def concepts(self) -> tuple:
        return tuple(sorted({c for _, c in self.pairs}))


def listed(names, most: int = 12) -> str:
    """`names` joined by commas for a line of text; past `most`, the first ones and how many in all (an
    ADE20k mask folder names thousands of concepts; the JSON output lists them all)."""
    names = list(names)
    if len(names) <= most:
        return ", ".join(names)
    return f"{', '.join(names[:most])}, ... ({len(names)} in all)"


def _check_layer(program: Program, labels: KernelConcepts) -> None:
    if labels.layer != program.lep:
        raise DataError(f"concept labels name layer {labels.layer!r}, but the program's entry layer is "
                        f"{program.lep!r}; only entry kernels are read from a scene's description")


def concept_text(program: Program, labels: KernelConcepts) -> str:
    """The concept-level program as clingo text: the program's rules (their comments name kernels by the
    concepts), the ``label/3`` facts with concept constants, and the bridge rule.  Add ``image/1`` and
    ``present/2`` facts (`scene_facts`) and any clingo classifies the scenes."""
    from ..core.program import Label
    _check_layer(program, labels)
    named = program.with_labels(Label(program.lep, k, " or ".join(cs)) for k, cs in labels.concept_of().items())
    # the program's own label/3 facts are quoted names; the bridge joins constants, so they are written anew
    rules = "".join(line for line in to_asp(named).splitlines(keepends=True)
                    if not line.startswith(("label(", "provisional(")))
    facts = "".join(f"label({program.lep}, {term_text(k)}, {c}).\n" for k, c in labels.pairs)
    return (rules + "% the concept-level program: a labelled kernel is active when its concept is present\n"
            + facts + BRIDGE + "\n#defined present/2.\n")


def scene_facts(scenes, ids=None) -> str:
    """``image(I).`` and ``present(I, C).`` for each scene (an iterable of concept constants), numbered
    from 0 unless `ids` are given."""
    scenes = [sorted(s) for s in scenes]
    ids = range(len(scenes)) if ids is None else ids
    lines = []
    for i, concepts in zip(ids, scenes):
        lines.append(f"image({int(i)}).")
        lines += [f"present({int(i)}, {c})." for c in concepts]
    return "\n".join(lines) + ("\n" if lines else "")


def _clingo():
    try:
        import clingo
        import clingo.ast  # noqa: F401 - the truth program is renamed apart through the AST
    except ImportError as exc:  # pragma: no cover - clingo is a dependency
        raise EngineError(f"clingo is not installed ({exc}); pip install clingo") from None
    return clingo


def classify(program: Program, labels: KernelConcepts, scenes) -> Answer:
    """Classify each scene (a set of concept constants) by the concept-level program: one clingo ground
    and solve over all of them.  Scene i is image i of the `Answer`."""
    clingo = _clingo()
    scenes = [frozenset(s) for s in scenes]
    for s in scenes:
        bad = next((c for c in sorted(s) if not is_atom(c)), None)
        if bad is not None:
            raise DataError(f"concept {bad!r} is not a lower-case constant")
    n = len(scenes)
    classes = np.zeros((n, len(program.classes)), dtype=bool)
    fired = np.zeros((n, len(program.rules)), dtype=bool)
    answer = Answer(np.arange(n), tuple(program.classes), tuple(r.id for r in program.rules), classes, fired)
    if not n:
        return answer
    cls = {c: j for j, c in enumerate(program.classes)}
    rid = {r.id: j for j, r in enumerate(program.rules)}
    messages: list[str] = []
    found = []

    def on_model(model) -> None:
        found[:] = [(s.name, s.arguments[0].number, s.arguments[1].name) for s in model.symbols(shown=True)
                    if s.name in ("class", "fired") and len(s.arguments) == 2]

    ctl = clingo.Control(["--models=1"], logger=lambda code, msg: messages.append(msg.strip()))
    try:
        ctl.add("base", [], concept_text(program, labels) + scene_facts(scenes))
        ctl.ground([("base", [])])
        if not ctl.solve(on_model=on_model).satisfiable:
            raise EngineError("clingo found no answer set; a stratified eric-lp program always has one")
    except RuntimeError as exc:
        raise EngineError(f"clingo failed on the concept-level program: {exc}; "
                          f"{' '.join(messages) or 'no solver message'}") from None
    for name, image, value in found:
        if name == "class":
            classes[image, cls[value]] = True
        else:
            fired[image, rid[value]] = True
    return answer


# -- the truth program, renamed apart -----------------------------------------------------------
def _truth_statements(clingo, text: str, where: str):
    """The truth's statements with every predicate but present/2 and image/1 prefixed ``truth_``, its
    ``#show`` lines dropped; and the concept constants its ``present/2`` atoms name."""
    ast = clingo.ast
    mentioned: set[str] = set()
    derives_class = [False]

    class Rename(ast.Transformer):
        def visit_SymbolicAtom(self, node):
            sym = node.symbol
            negated = sym.ast_type == ast.ASTType.UnaryOperation
            inner = sym.argument if negated else sym
            if inner.ast_type != ast.ASTType.Function:
                return node
            key = (inner.name, len(inner.arguments))
            if key == ("present", 2):
                arg = inner.arguments[1]
                if arg.ast_type == ast.ASTType.SymbolicTerm and arg.symbol.type == clingo.SymbolType.Function \
                        and not arg.symbol.arguments:
                    mentioned.add(arg.symbol.name)
                elif arg.ast_type == ast.ASTType.Function and not arg.arguments:
                    mentioned.add(arg.name)
            if key in _SHARED:
                return node
            renamed = inner.update(name=_TRUTH_PREFIX + inner.name)
            return node.update(symbol=sym.update(argument=renamed) if negated else renamed)

        def visit_Rule(self, node):
            head = node.head
            shared = _SharedInHead()
            shared(head)
            if shared.found:  # it would change the scene the concept-level program reads, in the diff alone
                name, arity = shared.found
                raise DataError(f"{where}: a rule derives {name}/{arity}; a truth program reads the scene's "
                                f"present(I, Concept) and image(I) and derives class(I, Class): name what it "
                                f"derives otherwise (e.g. has(I, C) :- present(I, C).)")
            if head.ast_type == ast.ASTType.Literal and head.atom.ast_type == ast.ASTType.BooleanConstant \
                    and not head.atom.value:  # the question would skip the scenes it kills: a false "equivalent"
                raise DataError(f"{where}: an integrity constraint (:- ...); a truth program classifies every scene, "
                                "and a constraint would drop scenes from the comparison unseen: drop it")
            if head.ast_type == ast.ASTType.Literal and head.atom.ast_type == ast.ASTType.SymbolicAtom:
                sym = head.atom.symbol
                if sym.ast_type == ast.ASTType.Function and sym.name == "class" and len(sym.arguments) == 2:
                    derives_class[0] = True
            return node.update(**self.visit_children(node))

        def visit_Defined(self, node):
            if (node.name, node.arity) in _SHARED:
                return node
            return node.update(name=_TRUTH_PREFIX + node.name)

    class _SharedInHead(ast.Transformer):
        """Finds a present/2 or image/1 atom in a rule's head."""
        found = None

        def visit_SymbolicAtom(self, node):
            sym = node.symbol
            inner = sym.argument if sym.ast_type == ast.ASTType.UnaryOperation else sym
            if inner.ast_type == ast.ASTType.Function and (inner.name, len(inner.arguments)) in _SHARED:
                self.found = (inner.name, len(inner.arguments))
            return node

    statements = []
    rename = Rename()

    def keep(stmt) -> None:
        kind = stmt.ast_type
        if kind in (ast.ASTType.ShowSignature, ast.ASTType.ShowTerm):
            return  # the question reads atoms, not the truth's output
        if kind == ast.ASTType.Program and (stmt.name != "base" or stmt.parameters):
            raise DataError(f"{where}: #program {stmt.name}; only the base program is grounded, so its rules "
                            "would be left out of the comparison unseen: put them in the base program")
        if kind == ast.ASTType.Minimize:
            raise DataError(f"{where}: a weak constraint or #minimize; a truth program classifies scenes, "
                            "it does not optimise")
        statements.append(rename(stmt))

    messages: list[str] = []
    try:
        ast.parse_string(text, keep, logger=lambda code, msg: messages.append(msg.strip()))
    except RuntimeError:
        first = messages[0].splitlines()[0] if messages else "a syntax error"
        raise DataError(f"{where}: not a clingo program ({first.replace('<string>:', 'line ')})") from None
    if not derives_class[0]:
        raise DataError(f"{where}: no rule derives class(I, Class); a truth program derives each scene's "
                        "class from present(I, Concept)")
    return statements, mentioned


def truth_classes(truth: str, scenes, where: str = "truth program") -> list[tuple]:
    """The classes the truth program derives for each scene (a set of concept constants), in name order."""
    clingo = _clingo()
    scenes = [frozenset(s) for s in scenes]
    statements, _ = _truth_statements(clingo, truth, where)
    out: list[set] = [set() for _ in scenes]
    messages: list[str] = []
    ctl = clingo.Control(["--models=1"], logger=lambda code, msg: messages.append(msg.strip()))

    def on_model(model) -> None:
        for s in model.symbols(atoms=True):
            # a truth may derive class(7, c) or class(-1, c) outright: no scene of these, not scene 7 or the last
            if s.name == _TRUTH_PREFIX + "class" and len(s.arguments) == 2 \
                    and s.arguments[0].type == clingo.SymbolType.Number and 0 <= s.arguments[0].number < len(out):
                out[s.arguments[0].number].add(str(s.arguments[1]))
    try:
        with clingo.ast.ProgramBuilder(ctl) as builder:
            for stmt in statements:
                builder.add(stmt)
        ctl.add("base", [], scene_facts(scenes) + "#defined present/2.\n")
        ctl.ground([("base", [])])
        if not ctl.solve(on_model=on_model).satisfiable:
            raise DataError(f"{where}: no answer set on the scenes; a truth program must classify every scene")
    except RuntimeError as exc:
        raise EngineError(f"clingo failed on {where}: {exc}; {' '.join(messages) or 'no solver message'}") from None
    return [tuple(sorted(s)) for s in out]


@dataclass(frozen=True)
class SceneDiff:
    """A scene description on which the two sides answer differently: the concepts present (all others
    absent), the classes each side derives, and the answer each gives (None: no class, or several)."""

    present: tuple
    truth_classes: tuple
    program_classes: tuple
    fired: tuple

    @staticmethod
    def _answer(classes: tuple):
        return classes[0] if len(classes) == 1 else None

    @property
    def truth_answer(self):
        return self._answer(self.truth_classes)

    @property
    def program_answer(self):
        return self._answer(self.program_classes)

    def to_json(self) -> dict:
        return {"present": list(self.present),
                "truth": {"classes": list(self.truth_classes), "answer": self.truth_answer},
                "program": {"classes": list(self.program_classes), "answer": self.program_answer,
                            "fired": list(self.fired)}}

    def short(self) -> str:
        """One line: ``{bag, sandal}: truth shop, program (no class)``."""
        def said(c, classes):
            return c if c is not None else ("(no class)" if not classes else "(several: " + ", ".join(classes) + ")")
        return (f"{{{', '.join(self.present)}}}: truth {said(self.truth_answer, self.truth_classes)}, program "
                f"{said(self.program_answer, self.program_classes)}")


@dataclass(frozen=True)
class TruthVerdict:
    """The answer of `decide_truth`: equivalent, or the smallest scene description on which they part."""

    equivalent: bool
    concepts: tuple                    # the concepts chosen over: 2^len(concepts) descriptions decided
    counterexample: SceneDiff | None = None

    def to_json(self) -> dict:
        return {"equivalent": self.equivalent, "concepts": list(self.concepts),
                "counterexample": self.counterexample.to_json() if self.counterexample else None}

    def render(self, name_a: str = "the concept-level program", name_b: str = "the truth") -> str:
        inputs = f"all 2^{len(self.concepts)} scene descriptions over {listed(self.concepts) or 'no concepts'}"
        if self.equivalent:
            return f"{name_a} and {name_b} are equivalent: the same answer on {inputs}"
        ce = self.counterexample
        scene = (f"with concepts {', '.join(ce.present)} present ({len(ce.present)}, the fewest) and the others "
                 "absent" if ce.present else "with no concept present")
        return "\n".join([
            f"{name_a} and {name_b} differ: {scene}",
            f"  {name_b}: classes {', '.join(ce.truth_classes) or '(none)'}",
            f"  {name_a}: classes {', '.join(ce.program_classes) or '(none)'}; fired {' '.join(ce.fired) or '-'}"])


_QUESTION = """
image(0).
{ present(0, C) : eric_concept(C) }.
eric_several_truth :- truth_class(0, C), truth_class(0, D), C < D.
eric_truth(C) :- truth_class(0, C), not eric_several_truth.
eric_several_program :- class(0, C), class(0, D), C < D.
eric_program(C) :- class(0, C), not eric_several_program.
eric_differ :- eric_truth(C), not eric_program(C).
eric_differ :- eric_program(C), not eric_truth(C).
:- not eric_differ.
#minimize { 1,C : present(0, C) }.
#defined truth_class/2.
"""


def decide_truth(program: Program, labels: KernelConcepts, truth: str, concepts=(),
                 where: str = "truth program") -> TruthVerdict:
    """Whether the concept-level program and the truth program (clingo text) give every scene description
    the same answer; the descriptions range over the concepts either side mentions and `concepts`.  If not,
    a description with the fewest concepts present on which they part."""
    clingo = _clingo()
    statements, mentioned = _truth_statements(clingo, truth, where)
    domain = tuple(sorted(set(concepts) | set(labels.concepts()) | mentioned))
    bad = next((c for c in domain if not is_atom(c)), None)
    if bad is not None:
        raise DataError(f"concept {bad!r} is not a lower-case constant")
    text = (concept_text(program, labels) + "".join(f"eric_concept({c}).\n" for c in domain) + _QUESTION)
    messages: list[str] = []
    ctl = clingo.Control(["--opt-mode=opt", "--models=0"], logger=lambda code, msg: messages.append(msg.strip()))
    best: list = []

    def on_model(model) -> None:  # each model is better than the last; copy its atoms out while valid
        best[:] = [(s.name, [str(a) for a in s.arguments]) for s in model.symbols(atoms=True)
                   if s.name in ("present", "class", "fired", _TRUTH_PREFIX + "class")]

    try:
        with clingo.ast.ProgramBuilder(ctl) as builder:
            for stmt in statements:
                builder.add(stmt)
        ctl.add("base", [], text)
        ctl.ground([("base", [])])
        result = ctl.solve(on_model=on_model)
    except RuntimeError as exc:
        raise EngineError(f"clingo failed on the question against {where}: {exc}; "
                          f"{' '.join(messages) or 'no solver message'}") from None
    if result.unsatisfiable:
        return TruthVerdict(True, domain)
    present = tuple(sorted(args[1] for name, args in best if name == "present" and args[0] == "0"))
    truth_cls = tuple(sorted(args[1] for name, args in best if name == _TRUTH_PREFIX + "class" and args[0] == "0"))
    prog = {args[1] for name, args in best if name == "class" and args[0] == "0"}
    fired = {args[1] for name, args in best if name == "fired" and args[0] == "0"}
    return TruthVerdict(False, domain, SceneDiff(present, truth_cls, tuple(c for c in program.classes if c in prog),
                                                 tuple(r.id for r in program.rules if r.id in fired)))
