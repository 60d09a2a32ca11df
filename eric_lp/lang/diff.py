"""The rule-by-rule diff of two programs: rules added, removed and changed, per layer.

Rules are compared by what they say (layer, head, body), not by id or
statistics, so renumbered but equal programs are equal.  A rule is
"changed" when a rule of A and one of B conclude the same head in the same
layer but with different bodies and neither is matched elsewhere.  Whether
two programs mean the same (derive the same classes on every input) is the
solver's question: `eric_lp.engines.equivalence`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.program import OUTPUT, Program, Rule
from ..core.render import rule_text

__all__ = ["ProgramDiff", "diff_programs", "textconv"]


@dataclass(frozen=True)
class ProgramDiff:
    a: Program
    b: Program
    added: tuple      # rules of B only
    removed: tuple    # rules of A only
    changed: tuple    # (rule of A, rule of B) pairs with the same head and another body

    @property
    def same(self) -> bool:
        """The same rules, layers and classes, ids and statistics aside."""
        return not (self.added or self.removed or self.changed) and self.a.classes == self.b.classes \
            and self.a.layers == self.b.layers

    def metric_deltas(self) -> dict:
        ma, mb = self.a.metrics().as_dict(), self.b.metrics().as_dict()
        return {k: {"a": ma[k], "b": mb[k], "delta": mb[k] - ma[k]} for k in ma}

    def to_json(self) -> dict:
        def rules(rs, program):
            return [{"id": r.id, "layer": r.layer, "text": rule_text(program, r)} for r in rs]
        return {"same": self.same,
                "layers": {"a": list(self.a.layers), "b": list(self.b.layers)},
                "classes": {"a": list(self.a.classes), "b": list(self.b.classes)},
                "added": rules(self.added, self.b), "removed": rules(self.removed, self.a),
                "changed": [{"layer": ra.layer, "a": rule_text(self.a, ra), "b": rule_text(self.b, rb)}
                            for ra, rb in self.changed],
                "metrics": self.metric_deltas()}

    def render(self) -> str:
        """The listing: layer and class changes, ``-``/``+``/``~`` rules per layer, the metric deltas."""
        lines = []
        if self.a.layers != self.b.layers:
            lines.append(f"layers: {' -> '.join(self.a.layers)}  =>  {' -> '.join(self.b.layers)}")
        if self.a.classes != self.b.classes:
            lines.append(f"classes: {', '.join(self.a.classes)}  =>  {', '.join(self.b.classes)}")
        layers = list(dict.fromkeys(self.a.derived_layers() + self.b.derived_layers()))
        for layer in layers:
            removed = [r for r in self.removed if r.layer == layer]
            added = [r for r in self.added if r.layer == layer]
            changed = [(x, y) for x, y in self.changed if x.layer == layer]
            if not (removed or added or changed):
                continue
            lines.append(f"== layer {layer}")
            lines += [f"- {rule_text(self.a, r)}" for r in removed]
            lines += [f"+ {rule_text(self.b, r)}" for r in added]
            for x, y in changed:
                lines.append(f"~ {rule_text(self.a, x)}")
                lines.append(f"  {rule_text(self.b, y)}")
        deltas = self.metric_deltas()
        lines.append("metrics: " + "  ".join(f"{k} {v['a']} -> {v['b']} ({v['delta']:+d})" for k, v in deltas.items()))
        if self.same:
            lines.insert(0, "rules: the same, ids aside")
        return "\n".join(lines)


def diff_programs(a: Program, b: Program) -> ProgramDiff:
    def key(rule: Rule):
        return rule.same_meaning()
    keys_a = {key(r) for r in a.rules}
    keys_b = {key(r) for r in b.rules}
    only_a = [r for r in a.rules if key(r) not in keys_b]
    only_b = [r for r in b.rules if key(r) not in keys_a]
    changed, used_b = [], set()
    for ra in list(only_a):
        for rb in only_b:
            if rb.id not in used_b and rb.layer == ra.layer and rb.head == ra.head:
                changed.append((ra, rb))
                used_b.add(rb.id)
                only_a.remove(ra)
                break
    only_b = [r for r in only_b if r.id not in used_b]
    return ProgramDiff(a, b, tuple(only_b), tuple(only_a), tuple(changed))


def textconv(program: Program) -> str:
    """One readable line per rule, in a stable order that ignores ids: for ``git diff``."""
    lines = [f"layers: {' -> '.join(program.layers)} -> {OUTPUT}", f"classes: {', '.join(program.classes)}"]
    for lb in program.labels:
        lines.append(f"label {lb.layer}#{lb.kernel} = {lb.name}{' (provisional)' if lb.provisional else ''}")
    body = []
    for r in program.rules:
        text = rule_text(program, r).split(": ", 1)[1]
        body.append(f"[{r.layer}] {text}")
    return "\n".join(lines + sorted(body)) + "\n"
