"""The paper's two simplifications of a rule set (its section 3.3).

* complementary literals: ``A & B -> C`` and ``A & ~B -> C`` become ``A -> C``,
  repeated until nothing changes;
* identical antecedents: ``A -> B`` and ``A -> C`` become ``A -> B & C``.

Both keep the program's meaning exactly.  The merged rule's statistics:

* complementary literals -- the two rules are reached by different images, so
  support is the sum and confidence the support-weighted mean; support is
  unknown (None) if either rule's is, confidence if either rule's is or the
  summed support is 0;
* identical antecedents -- the same images reach both rules, so support is
  the larger of the two and confidence the smaller; support is unknown if
  either rule's is (and then confidence too), confidence if either rule's is.

Ids are kept from the first rule of each merge; the extractor renumbers
afterwards.
"""

from __future__ import annotations

from collections import deque
from dataclasses import replace

from .program import Rule

__all__ = ["merge_complementary", "merge_identical_bodies", "simplify"]


def _combine_stats(a: Rule, b: Rule) -> tuple:
    """(support, confidence) of two rules reached by different images: sum and weighted mean."""
    if a.support is None or b.support is None:
        return None, None
    support = a.support + b.support
    if a.confidence is None or b.confidence is None or support == 0:
        return support, None
    return support, (a.confidence * a.support + b.confidence * b.support) / support


def _shared_stats(a: Rule, b: Rule) -> tuple:
    """(support, confidence) of two rules reached by the same images: shared, not added --
    the larger support and the smaller confidence."""
    if a.support is None or b.support is None:
        return None, None
    if a.confidence is None or b.confidence is None:
        return max(a.support, b.support), None
    return max(a.support, b.support), min(a.confidence, b.confidence)


def merge_complementary(rules: list[Rule]) -> list[Rule]:
    """Merge pairs that differ only in the sign of one literal, to a fixed point.

    A work queue over an index keyed by (layer, head, body without one
    literal, that literal): linear in the number of literals, where pairwise
    comparison would be quadratic in the number of rules.  A merged rule
    takes the place (and id) of the earlier of the two.
    """
    alive: dict[int, tuple[int, Rule]] = {uid: (uid, rule) for uid, rule in enumerate(rules)}
    index: dict[tuple, int] = {}
    queue = deque(alive)
    next_uid = len(rules)
    while queue:
        uid = queue.popleft()
        if uid not in alive:
            continue
        pos, rule = alive[uid]
        keys = []
        for i, lit in enumerate(rule.body):
            rest = rule.body[:i] + rule.body[i + 1:]
            key = (rule.layer, rule.head, rest, lit.layer, lit.kernel)
            other = index.get(key + (not lit.positive,))
            if other is not None and other in alive:
                other_pos, other_rule = alive.pop(other)
                del alive[uid]
                support, confidence = _combine_stats(other_rule, rule)
                first = other_rule if other_pos < pos else rule
                alive[next_uid] = (min(pos, other_pos),
                                   replace(first, body=rest, support=support, confidence=confidence))
                queue.append(next_uid)
                next_uid += 1
                break
            keys.append(key + (lit.positive,))
        else:
            for key in keys:
                if index.get(key) not in alive:
                    index[key] = uid
    return [rule for _, rule in sorted(alive.values(), key=lambda item: item[0])]


def merge_identical_bodies(rules: list[Rule]) -> list[Rule]:
    """Rules of one layer with the same body become one rule with all their heads
    (statistics: `_shared_stats`)."""
    merged: dict[tuple, Rule] = {}
    for rule in rules:
        key = (rule.layer, rule.body)
        if key in merged:
            first = merged[key]
            support, confidence = _shared_stats(first, rule)
            merged[key] = replace(first, head=first.head + rule.head, support=support, confidence=confidence)
        else:
            merged[key] = rule
    return list(merged.values())


def simplify(rules: list[Rule]) -> list[Rule]:
    """Both simplifications, complementary literals first."""
    return merge_identical_bodies(merge_complementary(rules))
