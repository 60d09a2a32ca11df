"""The concept-level program: the labelled program run on scene descriptions (checked against plain clingo
on the concatenated text), and its diff against a truth program (checked against brute force over every
scene description)."""

import itertools
import subprocess
import sys

import numpy as np
import pytest

from eric_lp.core.facts import Facts
from eric_lp.core.program import OUTPUT, Literal, Program, Rule
from eric_lp.engines import run
from eric_lp.engines.concepts import BRIDGE, KernelConcepts, classify, concept_text, decide_truth, truth_classes
from eric_lp.errors import DataError
from eric_lp.experiments.bench import random_program
from eric_lp.lang.emit import to_asp
from eric_lp.lang.parse import parse_program

# shop: a bag and no crowd; street: a crowd; kernel 3 (unlabelled) would also say street; kernel 4
# (unlabelled) read negated says park
PROGRAM = """%! eric-lp program 1
%! layers: pool
%! class 0: park
%! class 1: shop
%! class 2: street
fired(I, r1) :- active(I, pool, 1), image(I), not active(I, pool, 2).
class(I, shop) :- fired(I, r1).
fired(I, r2) :- active(I, pool, 2), image(I).
class(I, street) :- fired(I, r2).
fired(I, r3) :- active(I, pool, 3), image(I).
class(I, street) :- fired(I, r3).
fired(I, r4) :- active(I, pool, 5), image(I), not active(I, pool, 4).
class(I, park) :- fired(I, r4).
"""
LABELS = KernelConcepts("pool", ((1, "bag"), (2, "crowd"), (5, "tree")))
HAND_LABELS = "label(pool, 1, bag).\nlabel(pool, 2, crowd).\nlabel(pool, 5, tree).\n"
SCENES = [{"bag"}, {"bag", "crowd"}, set(), {"grass"}, {"tree"}, {"tree", "bag"}, {"crowd", "tree"}]


def plain_clingo(text: str) -> dict:
    """{image: set of classes} from the clingo command on `text`."""
    out = subprocess.run([sys.executable, "-m", "clingo", "--outf=0", "-V0", "-"], input=text, text=True,
                         capture_output=True, check=False)
    assert out.returncode in (0, 10, 30) and "SATISFIABLE" in out.stdout.split(), out.stderr
    atoms = out.stdout.split()
    got: dict = {}
    for atom in atoms:
        if atom.startswith("class("):
            image, cls = atom[len("class("):-1].split(",")
            got.setdefault(int(image), set()).add(cls)
    return got


def test_the_concept_level_run_is_plain_clingo_on_program_labels_bridge_and_scenes():
    program = parse_program(PROGRAM, "hand.lp")
    facts = "".join(f"image({i}).\n" + "".join(f"present({i}, {c}).\n" for c in sorted(s))
                    for i, s in enumerate(SCENES))
    expected = plain_clingo(PROGRAM + HAND_LABELS + BRIDGE + "\n" + facts)
    answer = classify(program, LABELS, SCENES)
    got = {i: set(r["classes"]) for i, r in enumerate(answer.rows()) if r["classes"]}
    assert got == expected
    # by hand: the bag alone is a shop, a crowd is a street, a tree alone a park; tree and crowd: two classes
    assert [r["classes"] for r in answer.rows()] == [["shop"], ["street"], [], [], ["park"], ["park", "shop"],
                                                     ["park", "street"]]
    # ties resolve as solve resolves them: several classes, or none, is no prediction
    assert answer.predicted().tolist() == [1, 2, -1, -1, 0, -1, -1]


def test_the_written_concept_program_runs_in_plain_clingo_alike():
    program = parse_program(PROGRAM, "hand.lp")
    text = concept_text(program, LABELS)
    assert "label(pool, 1, bag)." in text and BRIDGE in text and '"' not in text.split("% the concept")[1]
    facts = "".join(f"image({i}).\n" + "".join(f"present({i}, {c}).\n" for c in sorted(s))
                    for i, s in enumerate(SCENES))
    got = {i: set(r["classes"]) for i, r in enumerate(classify(program, LABELS, SCENES).rows()) if r["classes"]}
    assert plain_clingo(text + facts) == got


def test_an_unlabelled_kernel_is_false():
    program = parse_program(PROGRAM, "hand.lp")
    answer = classify(program, LABELS, [{"tree"}])
    assert answer.rows()[0]["fired"] == ["r4"]   # r4 reads not pool#4: unlabelled, so false, so r4 fires
    unnamed = KernelConcepts("pool", ((1, "bag"),))
    # crowd is present but kernel 2 no longer names it: r1 fires as if no crowd were there
    assert classify(program, unnamed, [{"bag", "crowd"}]).rows()[0]["classes"] == ["shop"]


def test_labels_of_another_layer_are_refused():
    program = parse_program(PROGRAM, "hand.lp")
    with pytest.raises(DataError, match="entry layer"):
        classify(program, KernelConcepts("other", ((1, "bag"),)), [set()])



def test_a_kernel_with_two_concepts_is_active_when_either_is_present():
    program = parse_program(PROGRAM, "hand.lp")
    both = KernelConcepts("pool", ((1, "bag"), (1, "purse"), (2, "crowd")))
    assert both.concept_of() == {1: ("bag", "purse"), 2: ("crowd",)}
    scenes = [{"purse"}, {"bag"}, {"purse", "crowd"}, set()]
    facts = "".join(f"image({i}).\n" + "".join(f"present({i}, {c}).\n" for c in sorted(s))
                    for i, s in enumerate(scenes))
    hand = "label(pool, 1, bag).\nlabel(pool, 1, purse).\nlabel(pool, 2, crowd).\n"
    expected = plain_clingo(PROGRAM + hand + BRIDGE + "\n" + facts)
    answer = classify(program, both, scenes)
    assert {i: set(r["classes"]) for i, r in enumerate(answer.rows()) if r["classes"]} == expected
    assert [r["classes"] for r in answer.rows()] == [["shop"], ["shop"], ["street"], []]
    assert "% r1    bag or purse & ~crowd -> shop" in concept_text(program, both)


TRUTH = """% shop: a bag without a crowd; street: a crowd; park: otherwise
class(I, shop) :- present(I, bag), image(I), not present(I, crowd).
class(I, street) :- present(I, crowd), image(I).
class(I, park) :- image(I), not present(I, bag), not present(I, crowd).
#show class/2.
"""


def test_a_program_that_is_the_truth_is_equivalent():
    equal = parse_program("""%! eric-lp program 1
%! layers: pool
%! class 0: park
%! class 1: shop
%! class 2: street
fired(I, r1) :- active(I, pool, 1), image(I), not active(I, pool, 2).
class(I, shop) :- fired(I, r1).
fired(I, r2) :- active(I, pool, 2), image(I).
class(I, street) :- fired(I, r2).
fired(I, r3) :- image(I), not active(I, pool, 1), not active(I, pool, 2).
class(I, park) :- fired(I, r3).
""", "equal.lp")
    labels = KernelConcepts("pool", ((1, "bag"), (2, "crowd")))
    verdict = decide_truth(equal, labels, TRUTH, concepts=("tree",))
    assert verdict.equivalent and verdict.concepts == ("bag", "crowd", "tree")
    assert "equivalent" in verdict.render()
    # the same program with kernel 2 labelled tree instead: a crowd alone now parts them (a 1-concept scene)
    wrong = decide_truth(equal, KernelConcepts("pool", ((1, "bag"), (2, "tree"))), TRUTH)
    assert not wrong.equivalent
    assert wrong.counterexample.present == ("crowd",)
    assert wrong.counterexample.truth_classes == ("street",) and wrong.counterexample.program_classes == ("park",)


def _truth_answer(rules, present) -> str | None:
    derived = {c for c, pos, neg in rules if pos <= present and not (neg & present)}
    return derived.pop() if len(derived) == 1 else None


def _truth_text(rules) -> str:
    lines = []
    for c, pos, neg in rules:
        body = [f"present(I, {p})" for p in sorted(pos)] + ["image(I)"] + [f"not present(I, {n})" for n in sorted(neg)]
        lines.append(f"class(I, {c}) :- {', '.join(body)}.")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("seed", range(12))
def test_the_counterexample_is_a_smallest_disagreeing_scene_by_brute_force(seed):
    rng = np.random.default_rng(seed)
    concepts = ("a", "b", "c", "d", "e")
    program = random_program(rng, entry_kernels=7, hidden_kernels=4, hidden_rules=6, output_rules=5, classes=3,
                             max_body=3)
    # kernels 0..5 get a concept each (two may share one), kernel 5 maybe a second one, kernel 6 none
    labels = KernelConcepts("entry", tuple((k, str(rng.choice(concepts))) for k in (0, 1, 2, 3, 4, 5, 5)))
    rules = []
    for _ in range(int(rng.integers(2, 5))):
        chosen = rng.choice(concepts, size=int(rng.integers(1, 4)), replace=False)
        split = int(rng.integers(0, len(chosen) + 1))
        rules.append((f"c{int(rng.integers(0, 3))}", set(chosen[:split].tolist()), set(chosen[split:].tolist())))
    truth = _truth_text(rules)
    verdict = decide_truth(program, labels, truth, concepts=concepts)
    assert verdict.concepts == concepts
    # brute force: every scene description; the program through the numpy engine, a kernel true when one of
    # its concepts is present; the truth by its rules
    scenes = [frozenset(s) for n in range(len(concepts) + 1) for s in itertools.combinations(concepts, n)]
    read = program.kernels_read("entry")
    named = labels.concept_of()
    truth_rows = np.array([[any(c in s for c in named.get(k, ())) for k in read] for s in scenes],
                          dtype=bool).reshape(len(scenes), len(read))
    answer = run(program, Facts("entry", read, truth_rows, np.arange(len(scenes))), "numpy")
    predicted = answer.predicted()
    program_says = [program.classes[p] if p >= 0 else None for p in predicted]
    truth_says = [_truth_answer(rules, set(s)) for s in scenes]
    differ = [s for s, p, t in zip(scenes, program_says, truth_says) if p != t]
    assert classify(program, labels, scenes) == answer  # clingo through the bridge = numpy on the kernels
    assert [d[0] if len(d) == 1 else None for d in truth_classes(truth, scenes)] == truth_says
    if not differ:
        assert verdict.equivalent
        return
    assert not verdict.equivalent
    ce = verdict.counterexample
    assert len(ce.present) == min(len(s) for s in differ)  # the fewest concepts present
    assert frozenset(ce.present) in differ                  # and they do part there
    assert ce.truth_answer == _truth_answer(rules, set(ce.present))


def test_a_truth_program_that_derives_no_class_or_does_not_parse_is_refused():
    program = parse_program(PROGRAM, "hand.lp")
    with pytest.raises(DataError, match="no rule derives class"):
        decide_truth(program, LABELS, "shop(I) :- present(I, bag).\n", where="t.lp")
    with pytest.raises(DataError, match="t.lp: not a clingo program"):
        decide_truth(program, LABELS, "class(I, shop) :- present(I, bag)\n", where="t.lp")
    with pytest.raises(DataError, match="optimise"):
        decide_truth(program, LABELS, TRUTH + "#minimize { 1,C : present(0, C) }.\n", where="t.lp")


def test_a_truth_program_that_derives_the_scene_is_refused():
    # a truth deriving present/2 fed the program in the question too: the program's answer on {bag} was
    # its answer on {bag, crowd}, and a truth equal to the program plus such a rule was called equivalent,
    # though on the scene {bag} as masks give it (no crowd) they part
    program = parse_program(PROGRAM, "hand.lp")
    same = concept_text(program, LABELS)  # the concept-level program itself as the truth: equivalent
    assert decide_truth(program, LABELS, same, where="t.lp").equivalent
    for extra in ("present(I, crowd) :- present(I, bag).", "{ present(I, tree) } :- image(I).", "image(9)."):
        with pytest.raises(DataError, match=r"t.lp: a rule derives (present/2|image/1)") as info:
            decide_truth(program, LABELS, same + extra + "\n", where="t.lp")
        assert "\n" not in str(info.value)


def test_the_truth_is_renamed_apart_from_the_program():
    """A truth using fired/2 and active/3 of its own does not feed the program's, nor the program its."""
    program = parse_program(PROGRAM, "hand.lp")
    truth = ("active(I, pool, 3) :- present(I, bag), image(I).\nfired(I, x) :- image(I).\n"
             "class(I, shop) :- active(I, pool, 3).\nclass(I, street) :- present(I, crowd), image(I).\n")
    labels = KernelConcepts("pool", ((1, "bag"), (2, "crowd")))
    verdict = decide_truth(program, labels, truth)
    # were the truth's active(I, pool, 3) the program's, a bag alone would make the program say shop and
    # street (r1, r3): no answer, against the truth's shop.  Apart, they first part on a bag with a crowd.
    assert not verdict.equivalent and verdict.counterexample.present == ("bag", "crowd")
    assert verdict.counterexample.program_classes == ("street",)
    assert verdict.counterexample.truth_classes == ("shop", "street")
    assert verdict.counterexample.truth_answer is None


def test_concept_text_keeps_the_rules_and_names_kernels_by_concept_in_comments():
    program = Program(("pool",), ("a", "b"), (Rule("r1", OUTPUT, ("a",), (Literal("pool", 1),)),))
    text = concept_text(program, KernelConcepts("pool", ((1, "bag"),)))
    rules = [line for line in to_asp(program).splitlines() if line and not line.startswith("%")]
    assert all(line in text.splitlines() for line in rules)
    assert "% r1    bag -> a" in text


def test_a_verdict_over_thousands_of_concepts_is_one_short_line():
    # an ADE20k mask folder names thousands of concepts: the printed verdict names a few and the count
    from eric_lp.engines.concepts import TruthVerdict, listed
    names = tuple(f"c{i:04d}" for i in range(3000))
    line = TruthVerdict(True, names).render()
    assert "\n" not in line and len(line) < 300 and "(3000 in all)" in line and "c0000" in line
    assert listed(["a", "b"]) == "a, b"


def test_truth_classes_ignores_classes_of_images_that_are_no_scene():
    # class(7, ...) was an IndexError past the scenes, and class(-1, ...) gave the last scene a class
    truth = "class(I, shop) :- present(I, bag).\nclass(7, street).\nclass(-1, park).\n"
    assert truth_classes(truth, [{"bag"}, set()]) == [("shop",), ()]


def test_a_truth_program_with_an_integrity_constraint_is_refused():
    # the question skipped every scene the constraint kills: a truth that parts from the program on every
    # scene with a crowd was called equivalent
    program = parse_program(PROGRAM, "hand.lp")
    same = concept_text(program, LABELS)
    with pytest.raises(DataError, match="t.lp: an integrity constraint"):
        decide_truth(program, LABELS, same + ":- present(I, crowd).\n", where="t.lp")
    with pytest.raises(DataError, match="t.lp: an integrity constraint"):
        truth_classes(same + "#false :- present(I, crowd).\n", [{"bag"}], where="t.lp")


def test_a_truth_program_with_another_program_part_is_refused():
    # only the base part is grounded: the rules of '#program rest.' were left out of the comparison unseen
    program = parse_program(PROGRAM, "hand.lp")
    same = concept_text(program, LABELS)
    with pytest.raises(DataError, match=r"t.lp: #program rest; only the base program is grounded"):
        decide_truth(program, LABELS, same + "#program rest.\nclass(I, street) :- present(I, crowd).\n",
                     where="t.lp")
    assert decide_truth(program, LABELS, "#program base.\n" + same, where="t.lp").equivalent
