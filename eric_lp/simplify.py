"""The paper's two simplifications of a rule set (its section 3.3).

* complementary literals: ``A & B -> C`` and ``A & ~B -> C`` become ``A -> C``,
  repeated until nothing changes;
* identical antecedents: ``A -> B`` and ``A -> C`` become ``A -> B & C``.

Both keep the program's meaning exactly.  Support adds up; confidence is the
support-weighted mean.  Ids are kept from the first rule of each merge; the
extractor renumbers afterwards.
"""

from __future__ import annotations

from dataclasses import replace

from .program import Rule

__all__ = ["merge_complementary", "merge_identical_bodies", "simplify"]


def _combine_stats(a: Rule, b: Rule) -> tuple:
    if a.support is None or b.support is None:
        return None, None
    support = a.support + b.support
    if a.confidence is None or b.confidence is None or support == 0:
        return support, None
    return support, (a.confidence * a.support + b.confidence * b.support) / support


def merge_complementary(rules: list[Rule]) -> list[Rule]:
    """Merge pairs that differ only in the sign of one literal, to a fixed point."""
    rules = list(rules)
    changed = True
    while changed:
        changed = False
        # index each rule by (head, body without one literal, that literal's atom)
        index: dict[tuple, int] = {}
        for i, rule in enumerate(rules):
            for lit in rule.body:
                rest = tuple(x for x in rule.body if x != lit)
                key = (rule.layer, rule.head, rest, lit.layer, lit.kernel)
                j = index.get(key)
                if j is None:
                    index[key] = i
                    continue
                other = rules[j]
                other_lit = next(x for x in other.body if x.layer == lit.layer and x.kernel == lit.kernel)
                if other_lit.positive == lit.positive:
                    continue  # duplicate rule; identical bodies are not complementary
                support, confidence = _combine_stats(other, rule)
                rules[j] = replace(other, body=rest, support=support, confidence=confidence)
                del rules[i]
                changed = True
                break
            if changed:
                break
    return rules


def merge_identical_bodies(rules: list[Rule]) -> list[Rule]:
    """Rules of one layer with the same body become one rule with all their heads."""
    merged: dict[tuple, Rule] = {}
    for rule in rules:
        key = (rule.layer, rule.body)
        if key in merged:
            first = merged[key]
            support, confidence = _combine_stats(first, rule)
            # the same images reach both rules: support is shared, not added
            if first.support is not None and rule.support is not None:
                support = max(first.support, rule.support)
                if first.confidence is not None and rule.confidence is not None:
                    confidence = min(first.confidence, rule.confidence)
            merged[key] = replace(first, head=first.head + rule.head, support=support, confidence=confidence)
        else:
            merged[key] = rule
    return list(merged.values())


def simplify(rules: list[Rule]) -> list[Rule]:
    """Both simplifications, complementary literals first."""
    return merge_identical_bodies(merge_complementary(rules))
