import pytest

from eric_lp.errors import ProgramError
from eric_lp.core.program import OUTPUT, Literal, Program, Rule
from eric_lp.core.simplify import merge_complementary, merge_identical_bodies, simplify

L = "pool"


def lit(k, pos=True):
    return Literal(L, k, pos)


def test_metrics_count_negated_literals_apart():
    p = Program((L,), ("a", "b"), (
        Rule("r1", OUTPUT, ("a",), (lit(1), lit(4, False))),
        Rule("r2", OUTPUT, ("b",), (lit(1, False),)),
        Rule("r3", OUTPUT, ("b",), (lit(1), lit(4))),
    ))
    m = p.metrics()
    assert (m.vars, m.rules, m.size) == (4, 3, 5)


def test_rules_are_values():
    assert Rule("r1", OUTPUT, ("a",), (lit(2), lit(1))) == Rule("r1", OUTPUT, ("a",), (lit(1), lit(2)))


def test_complementary_literals_merge_to_a_fixed_point():
    rules = [
        Rule("r1", OUTPUT, ("a",), (lit(1), lit(2), lit(3)), 10, 1.0),
        Rule("r2", OUTPUT, ("a",), (lit(1), lit(2), lit(3, False)), 30, 0.5),
        Rule("r3", OUTPUT, ("a",), (lit(1), lit(2, False)), 60, 1.0),
        Rule("r4", OUTPUT, ("b",), (lit(1, False),), 5, 1.0),
    ]
    merged = merge_complementary(rules)
    assert [r.body for r in merged] == [(lit(1),), (lit(1, False),)]
    assert merged[0].support == 100
    assert merged[0].confidence == pytest.approx((10 + 15 + 60) / 100, abs=1e-4)


def test_complementary_merge_needs_the_same_head():
    rules = [Rule("r1", OUTPUT, ("a",), (lit(1),)), Rule("r2", OUTPUT, ("b",), (lit(1, False),))]
    assert merge_complementary(rules) == rules


def test_identical_bodies_merge_into_a_conjunctive_head():
    rules = [Rule("r1", "up", (3,), (lit(1),)), Rule("r2", "up", (5,), (lit(1),)),
             Rule("r3", "up", (5,), (lit(2),))]
    merged = merge_identical_bodies(rules)
    assert [(r.id, r.head) for r in merged] == [("r1", (3, 5)), ("r3", (5,))]


def test_simplify_keeps_meaning_on_every_input():
    import itertools
    rules = [Rule(f"r{i}", OUTPUT, ("a" if i % 2 else "b",), body) for i, body in enumerate([
        (lit(0), lit(1)), (lit(0), lit(1, False)), (lit(0, False), lit(2)), (lit(0, False), lit(2, False)),
        (lit(3),)])]
    def classes(rs, row):
        return {h for r in rs for h in r.head
                if all(row[x.kernel] == x.positive for x in r.body)}
    for row in itertools.product([False, True], repeat=4):
        assert classes(rules, row) == classes(simplify(rules), row)


@pytest.mark.parametrize("build, message", [
    (lambda: Program((L,), ("a",), (Rule("r1", OUTPUT, ("z",), ()),)), "class 'z'"),
    (lambda: Program((L,), ("a",), (Rule("r1", OUTPUT, ("a",), (Literal("other", 1),)),)), "just below"),
    (lambda: Program(("x", "y"), ("a",), (Rule("r1", "y", (1,), (Literal("x", 1), Literal("y", 2))),)), "mixes"),
    (lambda: Program(("x", "x"), ("a",), ()), "cycle"),
    (lambda: Program((L,), ("a",), (Rule("r1", OUTPUT, ("a",), ()), Rule("r1", OUTPUT, ("a",), ()))), "twice"),
    (lambda: Program(("Bad",), ("a",), ()), "lower-case"),
])
def test_unsound_programs_are_refused(build, message):
    with pytest.raises(ProgramError, match=message):
        build()
