"""Explanations the solver proves: minimal sufficient reasons and minimal counterfactuals.

Both questions are put to clingo over the program as emitted, on one symbolic
image whose entry kernels (those the program reads) are free choices, as
`eric_lp.engines.equivalence` builds it for `diff`; hidden layers are derived.
Each question is grounded once per program and then asked image by image as
solve calls under assumptions (multi-shot): nothing is grounded per image.

- **Sufficient reason** of image I, whose classes are S (one class C for an
  extracted program): a subset-minimal set of I's entry literals (kernels true
  or false, as I has them) such that *every* assignment of the entry kernels
  agreeing with it derives exactly S (C and no other class).  Found by
  deletion: start from all of I's literals and drop each in turn when no
  assignment agreeing with the rest derives anything but S (one solve each;
  unsatisfiable means the literal is not needed).  Subset-minimal, not the
  smallest: the result depends on the order literals are tried.  Those no
  fired rule reads go first, so where the fired rules force the outcome the
  reason is a subset of their literals, never longer than what fired.
- **Minimal counterfactual** to class C': the fewest entry kernels to flip so
  that the program derives exactly C', by `#minimize` over the flips.  A target
  that no assignment reaches is reported (``reachable`` false), not an error.
  On request (``all_optimal``) every flip set of that fewest size, by clingo's
  ``optN`` mode on the same control (models whose optimality is proven), sorted.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.facts import Facts
from ..core.program import Literal, Program, term_text
from ..core.render import literal_name
from ..errors import EngineError, ProgramError
from .equivalence import Numbering, program_rules

#: At most this many optimal flip sets are listed (``all_complete`` says when there were more).
MAX_ALL_OPTIMAL = 1000

__all__ = ["MAX_ALL_OPTIMAL", "Counterfactual", "Explainer", "SufficientReason", "check_target", "counterfactuals", "sufficient_reasons"]


def _kernel_json(kernel):
    return kernel if isinstance(kernel, (int, str)) else term_text(kernel)


def _literal_text(program: Program, lit: Literal) -> str:
    return ("" if lit.positive else "¬") + literal_name(program, lit.layer, lit.kernel)


@dataclass(frozen=True)
class SufficientReason:
    """Entry literals of one image that alone force its classes (`classes`: exactly these, in program
    order; one for an extracted program).  `literals` in term order; ``()`` when every input gets them."""

    image: int
    classes: tuple
    literals: tuple      # Literal values of the entry layer, as the image has them
    size: int            # the entry literals the search started from (the kernels the program reads)

    @property
    def cls(self) -> str | None:
        """The image's class when it has exactly one."""
        return self.classes[0] if len(self.classes) == 1 else None

    def to_json(self) -> dict:
        return {"image": self.image, "class": self.cls, "classes": list(self.classes),
                "sufficient": [{"layer": lit.layer, "kernel": _kernel_json(lit.kernel), "value": lit.positive}
                               for lit in self.literals]}

    def detail(self, program: Program) -> str:
        """``bag ∧ ¬sandal  (2 of 26 literals)``, labels where the program names kernels."""
        body = " ∧ ".join(_literal_text(program, lit) for lit in self.literals) or "⊤ (every input)"
        return f"{body}  ({len(self.literals)} of {self.size} literals)"

    def render(self, program: Program) -> str:
        return f"image {self.image}: {', '.join(self.classes) or '(no class)'} because {self.detail(program)}"


@dataclass(frozen=True)
class Counterfactual:
    """The fewest entry kernels of one image to flip so that the program derives exactly `target`.

    flips: Literal values giving each flipped kernel's NEW value (positive: now true); empty when the
    image already gets `target` alone.  reachable: some input derives `target` alone; optimal: the
    solver proved no smaller flip set exists.  all_flips: when every optimal flip set was asked for, all
    of them, sorted (``flips`` is the first); None otherwise.  all_complete: False when there were more
    than `MAX_ALL_OPTIMAL` and only that many are listed."""

    image: int
    classes: tuple
    target: str
    flips: tuple
    reachable: bool = True
    optimal: bool = True
    all_flips: tuple | None = None
    all_complete: bool = True

    @property
    def cls(self) -> str | None:
        return self.classes[0] if len(self.classes) == 1 else None

    def to_json(self) -> dict:
        data = {"image": self.image, "class": self.cls, "classes": list(self.classes), "target": self.target,
                "reachable": self.reachable}
        if self.reachable:
            data["flips"] = [{"layer": lit.layer, "kernel": _kernel_json(lit.kernel), "value": lit.positive}
                             for lit in self.flips]
            data["optimal"] = self.optimal
        else:
            data["flips"] = None
        if self.all_flips is not None:
            data["all_flips"] = [[{"layer": lit.layer, "kernel": _kernel_json(lit.kernel), "value": lit.positive}
                                  for lit in flips] for flips in self.all_flips]
            if not self.all_complete:
                data["all_flips_complete"] = False
        return data

    def detail(self, program: Program) -> str:
        """``→ shirt by flipping bag to false  (1 flip, the fewest)``, or why there is none; with every
        optimal flip set, one line each (``    or flipping ...`` after the first)."""
        if not self.reachable:
            return f"→ {self.target}: unreachable (no input of the entry layer derives {self.target} alone)"
        if not self.flips:
            return f"→ {self.target}: already (no flip)"

        def changes(flips):
            return ", ".join(f"{literal_name(program, lit.layer, lit.kernel)} to {str(lit.positive).lower()}"
                             for lit in flips)
        fewest = "the fewest" if self.optimal else "not proved the fewest"
        if self.all_flips is not None:
            fewest += f", {'the first ' if not self.all_complete else ''}{len(self.all_flips)} such set"
            fewest += "s" if len(self.all_flips) != 1 else ""
            fewest += " of more" if not self.all_complete else ""
        first = (f"→ {self.target} by flipping {changes(self.flips)}  "
                 f"({len(self.flips)} flip{'s' if len(self.flips) != 1 else ''}, {fewest})")
        return "\n".join([first] + [f"    or flipping {changes(flips)}" for flips in (self.all_flips or ())[1:]])

    def render(self, program: Program) -> str:
        return f"image {self.image}: {', '.join(self.classes) or '(no class)'} {self.detail(program)}"


class Explainer:
    """One program's two questions, each grounded once (on first use) and then solved per image.

    Rows are truth values of `entry` (the entry kernels the program reads, in term order)."""

    def __init__(self, program: Program):
        self.program = program
        self.entry = program.kernels_read(program.lep)
        self._names = Numbering(program)
        self._sufficient = None
        self._counter = None

    # -- grounding ----------------------------------------------------------------------------------
    def _base(self) -> list[str]:
        names = self._names
        lines = [f"dom({names.atom[(self.program.lep, k)]})." for k in self.entry]
        lines += [f"cdom({i})." for i in range(len(names.classes))]
        lines.append("{ in(K) : dom(K) }.")
        return lines + program_rules(self.program, "p", names)

    def _control(self, text: str, options: list[str]):
        import clingo
        messages: list[str] = []
        ctl = clingo.Control(options, logger=lambda code, msg: messages.append(msg.strip()))
        try:
            ctl.add("base", [], text)
            ctl.ground([("base", [])])
            for atom in ctl.symbolic_atoms:
                if atom.is_external:
                    ctl.assign_external(atom.literal, None)  # free: each solve fixes it by an assumption
        except RuntimeError as exc:
            raise EngineError(f"clingo failed on the explanation question: {exc}; "
                              f"{' '.join(messages) or 'no solver message'}") from None

        def literal(name, n):
            atom = ctl.symbolic_atoms[clingo.Function(name, [clingo.Number(n)])]
            return atom.literal if atom is not None else None
        return ctl, literal

    def _sufficient_control(self):
        if self._sufficient is None:
            # check off: the program alone (the image's classes); check on: is some input off `want`?
            lines = self._base() + [
                "#external want(C) : cdom(C).", "#external check.",
                "bad :- want(C), not cls(p,C).", "bad :- cls(p,C), not want(C).",
                ":- check, not bad.", "#show cls/2.", "#show fired/2."]
            ctl, literal = self._control("\n".join(lines) + "\n", ["--models=1"])
            ins = [literal("in", self._names.atom[(self.program.lep, k)]) for k in self.entry]
            wants = [literal("want", i) for i in range(len(self._names.classes))]
            import clingo
            check = ctl.symbolic_atoms[clingo.Function("check", [])].literal
            self._sufficient = (ctl, ins, wants, check)
        return self._sufficient

    def _counter_control(self):
        if self._counter is None:
            lines = self._base() + [
                "#external orig(K) : dom(K).", "#external goal(C) : cdom(C).",
                "flip(K) :- in(K), not orig(K).", "flip(K) :- dom(K), orig(K), not in(K).",
                ":- goal(C), not cls(p,C).", ":- cls(p,C), not goal(C).",
                "#minimize { 1,K : flip(K) }.", "#show flip/1."]
            # core-guided (usc): proves the least number of flips by its lower bound; branch and bound alone
            # took 42 s to prove 21 flips optimal among 2^20 symmetric optima (20 rules of two kernels each)
            ctl, literal = self._control("\n".join(lines) + "\n", ["--opt-mode=opt", "--models=0", "--opt-strategy=usc"])
            origs = [literal("orig", self._names.atom[(self.program.lep, k)]) for k in self.entry]
            goals = [literal("goal", i) for i in range(len(self._names.classes))]
            self._counter = (ctl, origs, goals)
        return self._counter

    # -- questions ------------------------------------------------------------------------------------
    def classes(self, row) -> tuple:
        """The classes the program derives from one row, in program order."""
        return self._derive(row)[0]

    def _derive(self, row) -> tuple:
        """(classes in program order, indices of the rules that fired) for one row."""
        ctl, ins, _, check = self._sufficient_control()
        found: list = []
        assumptions = [lit if v else -lit for lit, v in zip(ins, row)] + [-check]
        ctl.solve(assumptions=assumptions,
                  on_model=lambda m: found.extend((s.name, s.arguments[1].number) for s in m.symbols(shown=True)))
        derived = {self._names.classes[n] for name, n in found if name == "cls"}
        return (tuple(c for c in self.program.classes if c in derived),
                sorted(n for name, n in found if name == "fired"))

    def sufficient(self, row, image: int = 0) -> SufficientReason:
        """A subset-minimal sufficient reason for one row (bools over `entry`).

        Literals outside the rules that fired are tried first, in term order, then theirs: where the fired
        rules alone force the outcome (a tree's path does), the reason is a subset of their literals."""
        row = [bool(v) for v in row]
        classes, fired = self._derive(row)
        ctl, ins, wants, check = self._sufficient_control()
        want = set(classes)
        target = [lit if c in want else -lit for c, lit in zip(self._names.classes, wants)] + [check]
        kept = [lit if v else -lit for lit, v in zip(ins, row)]
        keep = [True] * len(kept)
        used = {lit.kernel for j in fired for lit in self.program.rules[j].body if lit.layer == self.program.lep}
        for i in sorted(range(len(kept)), key=lambda i: self.entry[i] in used):
            keep[i] = False
            rest = [x for x, k in zip(kept, keep) if k]
            if ctl.solve(assumptions=rest + target).satisfiable:
                keep[i] = True  # some input without this literal gets another outcome: it is needed
        literals = tuple(Literal(self.program.lep, k, v) for k, v, k_ in zip(self.entry, row, keep) if k_)
        return SufficientReason(image, classes, literals, len(self.entry))

    def counterfactual(self, row, target: str, image: int = 0, all_optimal: bool = False) -> Counterfactual:
        """The fewest flips of one row (bools over `entry`) after which the program derives `target` alone;
        with `all_optimal`, also every other flip set of that size (``all_flips``, sorted)."""
        check_target(self.program, target)
        row = [bool(v) for v in row]
        classes = self.classes(row)
        ctl, origs, goals = self._counter_control()
        assumptions = [lit if v else -lit for lit, v in zip(origs, row)]
        assumptions += [lit if c == target else -lit for c, lit in zip(self._names.classes, goals)]
        best: list = []
        seen: set = set()
        proven: list = []

        def on_model(model) -> None:  # each model is better than the last; copy its atoms out while valid
            best[:] = [s.arguments[0].number for s in model.symbols(shown=True)]
            if all_optimal:  # optN: after the optimum is proven, every model of that cost comes too
                seen.add(frozenset(best))
                proven.append(model.optimality_proven)
                if len(seen) > MAX_ALL_OPTIMAL:  # 20 independent pairs of kernels have 2^20 optima
                    return False
            return True
        if all_optimal:
            ctl.configuration.solve.opt_mode = "optN"
        try:
            result = ctl.solve(assumptions=assumptions, on_model=on_model)
        finally:
            if all_optimal:
                ctl.configuration.solve.opt_mode = "opt"
        if result.unsatisfiable:
            return Counterfactual(image, classes, target, (), reachable=False, optimal=True,
                                  all_flips=() if all_optimal else None)
        index = {self._names.atom[(self.program.lep, k)]: j for j, k in enumerate(self.entry)}

        def literals(positions) -> tuple:
            return tuple(Literal(self.program.lep, self.entry[j], not row[j]) for j in positions)
        if not all_optimal:
            flipped = sorted(index[n] for n in best)
            return Counterfactual(image, classes, target, literals(flipped), optimal=bool(result.exhausted))
        # the cost is the number of flips: keep the models of the least (with nothing to minimise, as when the
        # program reads no entry kernel, clingo proves no optimality, so model.optimality_proven would not do);
        # sorted by the kernels' positions in `entry`, whatever order clingo found them in
        complete = len(seen) <= MAX_ALL_OPTIMAL
        fewest = min(len(atoms) for atoms in seen)
        every = sorted(sorted(index[n] for n in atoms) for atoms in seen if len(atoms) == fewest)
        return Counterfactual(image, classes, target, literals(every[0]), optimal=bool(result.exhausted) or any(proven),
                              all_flips=tuple(literals(flipped) for flipped in every[:MAX_ALL_OPTIMAL]),
                              all_complete=complete)


def check_target(program: Program, target: str) -> None:
    """Refuse a counterfactual class the program does not have (one that it has but never derives alone
    is an answer, ``reachable`` false)."""
    if target not in program.classes:
        raise ProgramError(f"counterfactual class {target!r} is not a class of the program; expected one of "
                           f"{', '.join(program.classes)}")


def _rows(program: Program, facts: Facts):
    if facts.layer and facts.layer != program.lep:
        raise EngineError(f"facts describe layer {facts.layer!r} but the program's entry layer is "
                          f"{program.lep!r}; quantise {program.lep} instead")
    return facts.truth_of(program.kernels_read(program.lep))


def sufficient_reasons(program: Program, facts: Facts) -> list[SufficientReason]:
    """A subset-minimal sufficient reason for each image of `facts`."""
    explainer = Explainer(program)
    truth = _rows(program, facts)
    return [explainer.sufficient(row, int(image)) for row, image in zip(truth, facts.images.tolist())]


def counterfactuals(program: Program, facts: Facts, target: str, all_optimal: bool = False) -> list[Counterfactual]:
    """A cardinality-minimal counterfactual to `target` for each image of `facts` (with `all_optimal`,
    every flip set of the fewest size, in ``all_flips``)."""
    check_target(program, target)
    explainer = Explainer(program)
    truth = _rows(program, facts)
    return [explainer.counterfactual(row, target, int(image), all_optimal)
            for row, image in zip(truth, facts.images.tolist())]
