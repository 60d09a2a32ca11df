import numpy as np
import pytest

from eric_lp.core.facts import Facts
from eric_lp.errors import DataError
from eric_lp.lang.parse import parse_facts


def test_repeated_image_ids_are_refused_with_where_and_what_to_do():
    with pytest.raises(DataError) as err:
        Facts("pool", (0, 1), np.zeros((4, 2), dtype=bool), np.array([3, 7, 5, 7]))
    message = str(err.value)
    assert "image id 7" in message and "rows 1, 3" in message and "pool" in message
    assert "id of its own" in message


def test_several_repeated_ids_are_counted():
    with pytest.raises(DataError, match="1 other ids repeat too"):
        Facts.from_table("pool", np.zeros((4, 1), dtype=bool), images=[1, 1, 2, 2])


def test_distinct_ids_in_any_order_are_accepted():
    facts = Facts.from_table("pool", np.zeros((3, 1), dtype=bool), images=[9, 2, 5])
    assert facts.images.tolist() == [9, 2, 5]


def test_a_repeated_image_fact_gives_one_row_from_text_and_from_atoms():
    # image(7) twice says nothing new: one row, whoever collects the atoms
    built = Facts.from_atoms("pool", [7, 3, 7], [(7, 4)])
    parsed = parse_facts("image(7). image(3). image(7).\nactive(7, pool, 4).\n")
    for facts in (built, parsed):
        assert facts.images.tolist() == [7, 3]
        assert facts.truth_of((4,)).tolist() == [[True], [False]]
