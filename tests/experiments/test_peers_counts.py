"""Peers are counted as ERIC is: every learner's rules merged by ERIC's simplification before
their rules and size are counted, within the groups a learner reads as one disjunction (a decision
list's order is not crossed), and as learned beside it."""

import numpy as np

from eric_lp.experiments.peers import fold_rm_groups, rule_counts
from eric_lp.learn.tree import RuleTree


def test_rules_of_one_group_merge_as_erics_do():
    # a tree's leaves: x&y -> a, x&~y -> a, ~x -> b: the first two lose y
    group = [("a", ((0, True), (1, True))), ("a", ((0, True), (1, False))), ("b", ((0, False),))]
    assert rule_counts([group]) == {"rules": 2, "size": 2, "rules_learned": 3, "size_learned": 5}


def test_rules_in_different_groups_do_not_merge():
    # a decision list: class a's ruleset, then class b's, then the default; complementary bodies in
    # different classes' rulesets, and the same body twice, stay apart
    groups = [[("a", ((0, True), (1, True)))], [("a", ((0, True), (1, False))), ("b", ((2, True),))], [("c", ())]]
    assert rule_counts(groups) == {"rules": 4, "size": 5, "rules_learned": 4, "size_learned": 5}


def test_a_trees_counts_match_erics_program_for_the_same_tree():
    from eric_lp.learn.chain import induce_program
    rng = np.random.default_rng(3)
    X = rng.random((2000, 10)) < 0.5
    y = np.where(X[:, 0] & X[:, 1], 0, np.where(X[:, 2], 1, 2))
    y = np.where(rng.random(2000) < 0.1, rng.integers(0, 3, 2000), y)
    paths = RuleTree(3, 0.01).fit(X, y).paths_
    counts = rule_counts([[(int(v), tuple(literals)) for literals, v, _, _ in paths]])
    metrics = induce_program([X], ["low"], y, ("a", "b", "c"), depth=3, alpha=0.01).metrics()
    assert (counts["rules"], counts["size"]) == (metrics.rules, metrics.size)
    assert counts["rules_learned"] == len(paths) > metrics.rules  # merging did something


def test_fold_rm_rules_merge_only_within_a_run_of_one_head_and_within_an_exception():
    rules = ["label(X,'2') :- k0(X,'0'), k3(X,'1'). ",       # runs: [2, 2] [0] [2]
             "label(X,'2') :- k0(X,'0'), not k3(X,'1'). ",   # merges with the one above: k0=0
             "label(X,'0') :- not k1(X,'0'), not ab1(X). ",
             "label(X,'2') :- k0(X,'1'). ",                   # complements the run above, but after label 0
             "ab1(X) :- k4(X,'1'), k5(X,'1'). ",
             "ab1(X) :- k4(X,'1'), k5(X,'0'). "]
    groups = fold_rm_groups(rules)
    assert [[head for head, _ in g] for g in groups] == [
        ["label(X,'2')"] * 2, ["label(X,'0')"], ["label(X,'2')"], ["ab1(X)"] * 2]
    assert groups[1][0][1] == ((1, True), ("ab1", False))  # not k1 = '0' is k1 true; the exception is negated
    assert rule_counts(groups) == {"rules": 4, "size": 5, "rules_learned": 6, "size_learned": 11}
