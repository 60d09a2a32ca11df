"""Do two programs derive the same classes for every input?  One clingo call decides it.

The call holds one symbolic image: a choice rule over its entry atoms (every
kernel of the entry layer either program reads), both programs renamed apart
(``fired(a, R)``, ``act(a, L, K)``, ``cls(a, C)`` and the same under ``b``;
hidden layers are derived, as the engines derive them), and a constraint that
their classes differ.  Unsatisfiable: the programs agree on all 2^k inputs.
Satisfiable: a `#minimize` over the true entry atoms gives a counterexample
with the fewest active kernels.  With `strict`, the atoms of the hidden layers
both programs have must agree too.

Kernels, layers and classes reach clingo as small integers (their positions in
this module's tables), so nothing is parsed back from symbols.  The call
grounds the two programs once, for the one symbolic image: grounding grows
with the programs, not with the 2^k inputs, which the solver searches.
Measured times: programs/BENCHMARKS.md.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..core.facts import Facts
from ..core.program import OUTPUT, Program, term_key, term_text
from ..errors import EngineError

__all__ = ["Counterexample", "Numbering", "Verdict", "decide", "encoding", "program_rules"]


@dataclass(frozen=True)
class Counterexample:
    """An input on which the programs part: the entry kernels that are true (all others false), and what
    each program derives from it: classes (in its own class order), fired rules, hidden-layer atoms."""

    layer: str
    active: tuple          # entry kernels that are true, in term order
    classes_a: tuple
    classes_b: tuple
    fired_a: tuple = ()
    fired_b: tuple = ()
    hidden_a: tuple = ()   # (layer, kernel) atoms of the hidden layers both programs have (strict only)
    hidden_b: tuple = ()
    names: tuple = ()      # (kernel, label) for the active kernels either program names

    def facts(self, image: int = 0) -> Facts:
        """The counterexample as facts: one image, its active kernels true."""
        return Facts(self.layer, self.active, np.ones((1, len(self.active)), dtype=bool), np.array([image]))

    def to_json(self) -> dict:
        def kernel(k):
            return k if isinstance(k, (int, str)) else term_text(k)
        data = {"active": [[self.layer, kernel(k)] for k in self.active],
                "classes": {"a": list(self.classes_a), "b": list(self.classes_b)},
                "fired": {"a": list(self.fired_a), "b": list(self.fired_b)}}
        if self.hidden_a or self.hidden_b:
            data["hidden"] = {"a": [[lay, kernel(k)] for lay, k in self.hidden_a],
                              "b": [[lay, kernel(k)] for lay, k in self.hidden_b]}
        return data


@dataclass(frozen=True)
class Verdict:
    """The answer of `decide`: equivalent or not; why not (different entry layers), or a counterexample."""

    equivalent: bool
    kernels: int                       # entry kernels the programs read together: 2^kernels inputs decided
    counterexample: Counterexample | None = None
    reason: str | None = None
    strict: bool = False

    def to_json(self) -> dict:
        return {"equivalent": self.equivalent, "strict": self.strict, "entry_kernels": self.kernels,
                "counterexample": self.counterexample.to_json() if self.counterexample else None,
                "reason": self.reason}

    def render(self, name_a: str = "A", name_b: str = "B", layer: str | None = None) -> str:
        what = "classes and hidden-layer atoms" if self.strict else "classes"
        if self.reason:
            return f"{name_a} and {name_b} differ: {self.reason}"
        inputs = f"all 2^{self.kernels} inputs of {layer}" if layer else f"all 2^{self.kernels} inputs"
        if self.equivalent:
            return f"{name_a} and {name_b} are equivalent: the same {what} on {inputs}"
        ce = self.counterexample
        names = dict(ce.names)
        active = ", ".join(term_text(k) + (f" ({names[k]})" if k in names else "") for k in ce.active) or "none"
        lines = [f"{name_a} and {name_b} differ: with {ce.layer} kernels {active} active "
                 f"({len(ce.active)}, the fewest) and the others not",
                 f"  {name_a}: classes {', '.join(ce.classes_a) or '(none)'}; fired {' '.join(ce.fired_a) or '-'}",
                 f"  {name_b}: classes {', '.join(ce.classes_b) or '(none)'}; fired {' '.join(ce.fired_b) or '-'}"]
        if ce.hidden_a != ce.hidden_b:
            only_a = [a for a in ce.hidden_a if a not in ce.hidden_b]
            only_b = [b for b in ce.hidden_b if b not in ce.hidden_a]
            lines.append("  hidden atoms only " + name_a + ": "
                         + (", ".join(f"{lay}#{term_text(k)}" for lay, k in only_a) or "-")
                         + "; only " + name_b + ": "
                         + (", ".join(f"{lay}#{term_text(k)}" for lay, k in only_b) or "-"))
        return "\n".join(lines)


class Numbering:
    """Numbers for kernels ((layer, kernel) pairs), layers and classes, shared by the programs given
    (two for `decide`; one for the explanations of `eric_lp.engines.reasons`)."""

    def __init__(self, *programs: Program):
        atoms = {(lit.layer, lit.kernel) for p in programs for r in p.rules for lit in r.body}
        atoms |= {(r.layer, h) for p in programs for r in p.rules if r.layer != OUTPUT for h in r.head}
        self.atoms = sorted(atoms, key=lambda x: (x[0], term_key(x[1])))
        self.atom = {x: i for i, x in enumerate(self.atoms)}
        self.classes = sorted(set().union(*(p.classes for p in programs)))
        self.cls = {c: i for i, c in enumerate(self.classes)}


def program_rules(p: Program, tag: str, names: Numbering) -> list[str]:
    """`p` on one symbolic image, renamed apart under `tag`: entry literals read ``in(N)`` (left for the
    caller to choose); rule j fires as ``fired(tag, j)``, classes are ``cls(tag, C)`` and hidden atoms
    ``act(tag, N)``, numbered by `names`."""
    lines = []
    for j, rule in enumerate(p.rules):
        body = []
        for lit in rule.body:
            n = names.atom[(lit.layer, lit.kernel)]
            atom = f"in({n})" if lit.layer == p.lep else f"act({tag},{n})"
            body.append(atom if lit.positive else f"not {atom}")
        fired = f"fired({tag},{j})"
        lines.append(f"{fired} :- {', '.join(body)}." if body else f"{fired}.")
        for head in rule.head:
            if rule.layer == OUTPUT:
                lines.append(f"cls({tag},{names.cls[head]}) :- {fired}.")
            else:
                lines.append(f"act({tag},{names.atom[(rule.layer, head)]}) :- {fired}.")
    return lines


def encoding(a: Program, b: Program, strict: bool = False) -> tuple[str, Numbering, tuple]:
    """The clingo text of the question, the numbering it uses, and the entry kernels it chooses over."""
    names = Numbering(a, b)
    entry = tuple(sorted(set(a.kernels_read(a.lep)) | set(b.kernels_read(b.lep)), key=term_key))
    lines = [f"dom({names.atom[(a.lep, k)]})." for k in entry]
    lines.append("{ in(K) : dom(K) }.")
    lines += program_rules(a, "a", names) + program_rules(b, "b", names)
    lines.append("differ :- cls(a,C), not cls(b,C).")
    lines.append("differ :- cls(b,C), not cls(a,C).")
    if strict:
        shared = set(a.layers[1:]) & set(b.layers[1:])
        hidden = [i for i, (layer, _) in enumerate(names.atoms) if layer in shared]
        lines += [f"hidden({i})." for i in hidden]
        lines.append("differ :- hidden(N), act(a,N), not act(b,N).")
        lines.append("differ :- hidden(N), act(b,N), not act(a,N).")
    lines.append(":- not differ.")
    lines.append("#minimize { 1,K : in(K) }.")
    lines.append("#show in/1. #show cls/2. #show fired/2. #show act/2.")
    return "\n".join(lines) + "\n", names, entry


def decide(a: Program, b: Program, strict: bool = False) -> Verdict:
    """Whether `a` and `b` derive the same classes (with `strict`, also the same atoms of the hidden layers
    both have) for every truth assignment of the entry kernels either reads; if not, a counterexample
    with the fewest true kernels."""
    if a.lep != b.lep:
        return Verdict(False, 0, reason=f"their entry layers differ ({a.lep} against {b.lep}): no input is "
                                        "common to both, so they cannot be compared input by input",
                       strict=strict)
    import clingo
    text, names, entry = encoding(a, b, strict)
    messages: list[str] = []
    ctl = clingo.Control(["--opt-mode=opt", "--models=0"], logger=lambda code, msg: messages.append(msg.strip()))
    best: list = []

    def on_model(model) -> None:  # each model is better than the last; copy its atoms out while valid
        best[:] = [(s.name, [x.name if x.type == clingo.SymbolType.Function else x.number for x in s.arguments])
                   for s in model.symbols(shown=True)]

    try:
        ctl.add("base", [], text)
        ctl.ground([("base", [])])
        result = ctl.solve(on_model=on_model)
    except RuntimeError as exc:
        raise EngineError(f"clingo failed on the equivalence question: {exc}; "
                          f"{' '.join(messages) or 'no solver message'}") from None
    if result.unsatisfiable:
        return Verdict(True, len(entry), strict=strict)
    return Verdict(False, len(entry), _counterexample(a, b, names, best, strict), strict=strict)


def _counterexample(a: Program, b: Program, names: Numbering, atoms: list, strict: bool) -> Counterexample:
    active, classes, fired, hidden = set(), {"a": set(), "b": set()}, {"a": set(), "b": set()}, \
        {"a": set(), "b": set()}
    for name, args in atoms:
        if name == "in":
            active.add(names.atoms[args[0]][1])
        elif name == "cls":
            classes[args[0]].add(names.classes[args[1]])
        elif name == "fired":
            fired[args[0]].add(args[1])
        elif name == "act":
            hidden[args[0]].add(names.atoms[args[1]])
    shared = set(a.layers[1:]) & set(b.layers[1:]) if strict else set()

    def order(tag, p):
        return (tuple(c for c in p.classes if c in classes[tag]),
                tuple(r.id for j, r in enumerate(p.rules) if j in fired[tag]),
                tuple(sorted((x for x in hidden[tag] if x[0] in shared),
                             key=lambda x: (p.layers.index(x[0]), term_key(x[1])))))
    ca, fa, ha = order("a", a)
    cb, fb, hb = order("b", b)
    active = tuple(sorted(active, key=term_key))
    labels = [(k, (a.label_of(a.lep, k) or b.label_of(b.lep, k))) for k in active]
    return Counterexample(a.lep, active, ca, cb, fa, fb, ha, hb, tuple((k, lb.name) for k, lb in labels if lb))
