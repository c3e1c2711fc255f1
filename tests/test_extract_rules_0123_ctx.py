"""Extractor 0.12.3: an event's date and partners agree with its own sentence, in our own words.

A relative clause on a name ("Shield AI, which raised money in March") tells of that name's
own past: its date does not date the partnership, award or plan the sentence reports. And
one company's partnerships with two different partner firms are two happenings: an undated
"collaboration with Shield AI" is not a retelling of the same company's dated agreement
with the Navy, so it is not folded into it (which would make Shield AI a party to the Navy
deal).
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _of_type

pytestmark = pytest.mark.model


def test_a_clause_on_a_name_does_not_date_the_sentence_event():
    text = "Boeing unveiled a partnership with Shield AI, which raised $240 million in March."
    partnerships = _of_type(text, "partnership", published="2025-06-18")
    assert partnerships, "the partnership is found"
    assert all(p["date"] != "2025-03" for p in partnerships), partnerships
    funding = _of_type(text, "funding", published="2025-06-18")
    assert funding and funding[0]["date"] == "2025-03", funding


def test_a_plan_dated_only_by_a_clause_on_a_name_is_no_dated_event():
    text = (
        "The Army will work with Palantir, which won a $480 million contract in May, "
        "on a new targeting tool."
    )
    partnerships = _of_type(text, "partnership", published="2025-06-18")
    assert all(p["date"] != "2025-05" for p in partnerships), partnerships


def test_partnerships_with_different_partner_firms_stay_apart():
    text = (
        "The Navy signed a partnership with Boeing on Monday. The news comes a few months "
        "after Boeing revealed a collaboration with Shield AI."
    )
    partnerships = _of_type(text, "partnership", published="2025-06-18")
    assert len(partnerships) == 2, partnerships
    navy = next(p for p in partnerships if "U.S. Navy" in _actors(p))
    assert "Shield AI" not in _actors(navy), navy
    assert navy["date"] == "2025-06-16", navy
