"""Extractor 0.12.2 (opl): personnel moves, in our own words.

"Also fired was the agency's deputy, Jane Roe": in an inverted passive the small model hangs
the subject on "was" as its attribute, so the person moved was not found and the move was
folded into, or lost beside, the one told before it.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model


def _people_moved(text: str) -> list[set[str]]:
    return [
        {a["name"] for a in e["actors"] if a["type"] == "PERSON"}
        for e in _events(text, "2026-03-10")
        if e["type"] == "personnel"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Also fired was the bureau's deputy director at the Army, Jane Roe.",
        "Also fired was Jane Roe, the deputy director.",
    ],
)
def test_the_person_of_an_inverted_passive_is_moved(text):
    assert any("Jane Roe" in people for people in _people_moved(text)), _events(text)


def test_an_inverted_passive_moves_the_holder_not_the_owner_of_the_post():
    text = (
        "The president fired Gen. John Smith, the head of the Army, on Friday. "
        "Also fired was Smith's civilian deputy at the Army, Jane Roe."
    )
    moved = _people_moved(text)
    assert any(people == {"Jane Roe"} for people in moved), _events(text)


def test_nominees_confirmed_on_one_day_are_one_confirmation():
    text = (
        "The Senate on Tuesday confirmed Jane Roe as Army undersecretary. Besides Roe, the "
        "Senate also confirmed John Smith as Navy secretary and Bill Poe for a deputy post."
    )
    moved = _people_moved(text)
    assert len(moved) == 1 and {"Jane Roe", "John Smith"} <= moved[0], _events(text)
