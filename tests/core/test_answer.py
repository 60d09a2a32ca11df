"""An image with no class or with several is no prediction: `predicted` gives -1, scoring counts
it as a miss against labels and M alike, and `undecided` counts both kinds."""

import numpy as np

from eric_lp.core.answer import Answer
from eric_lp.core.scoring import score


def _answer(classes):
    classes = np.array(classes, dtype=bool)
    return Answer(np.arange(len(classes)), ("a", "b", "c"), ("r1",), classes, np.zeros((len(classes), 1), bool))


def test_one_class_is_a_prediction_none_or_several_are_not():
    answer = _answer([[0, 1, 0], [0, 0, 0], [1, 1, 0], [1, 1, 1], [0, 0, 1], [1, 0, 1]])
    assert answer.predicted().tolist() == [1, -1, -1, -1, 2, -1]
    assert answer.undecided() == {"no_class": 1, "several_classes": 3}


def test_several_classes_score_as_a_miss_even_when_one_of_them_is_right():
    # image 1 derives a and b; the label and M both say a: still a miss, not a hit by the first class
    answer = _answer([[1, 0, 0], [1, 1, 0], [0, 0, 0], [0, 0, 1]])
    labels = np.array([0, 0, 1, 2])
    result = score(answer.predicted(), labels, labels)
    assert result == {"accuracy_model": 100.0, "accuracy_program": 50.0, "fidelity": 50.0}


def test_answers_differing_in_any_one_part_are_unequal():
    from dataclasses import replace
    base = _answer([[0, 1, 0], [1, 0, 0]])
    assert base == _answer([[0, 1, 0], [1, 0, 0]])
    for changed in (replace(base, images=np.array([0, 5])), replace(base, class_names=("a", "b", "x")),
                    replace(base, rule_ids=("r9",)), replace(base, classes=np.array([[0, 1, 0], [0, 1, 0]], bool)),
                    replace(base, fired=np.ones((2, 1), bool))):
        assert base != changed


def test_agreement_of_one_image_is_all_or_nothing():
    from eric_lp.core.scoring import agreement
    assert (agreement([2], [2]), agreement([2], [-1]), agreement([], [])) == (100.0, 0.0, 0.0)
