"""Extractor 0.12.5 (helper mtg): meetings and personnel moves, in our own words.

A photo caption often has no verb: "Rep. Jane Roe at a House hearing on March 3". The one
pictured at the gathering is a party to it, beside the body that holds it.

"Is stepping down, citing a memo she sent to staff last week": a date inside the "citing"
phrase tells when the cited source was written, not when the move happened.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _of_type

pytestmark = pytest.mark.model

PUBLISHED = "2026-03-10"


@pytest.mark.parametrize(
    ("text", "person", "date"),
    [
        ("Sen. Thom Tillis at a Senate hearing on Feb. 12.", "Thom Tillis", "2026-02-12"),
        ("Rep. Jane Roe during a House hearing on March 3, 2026.", "Jane Roe", "2026-03-03"),
    ],
)
def test_the_person_a_caption_shows_at_a_hearing_attends_it(text, person, date):
    found = _of_type(text, "meeting", PUBLISHED)
    assert any(person in _actors(e) and e["date"] == date for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe is leaving the Defense Innovation Unit, citing a memo she sent to staff "
        "last week.",
        "Reuters reported Jane Roe is leaving the Defense Innovation Unit over budget cuts, "
        "citing a memo Roe sent to staff last week.",
    ],
)
def test_a_date_inside_a_citing_phrase_is_the_sources_not_the_moves(text):
    found = _of_type(text, "personnel", "2022-05-06")
    assert found and all(e["date"] != "2022-W17" for e in found), found
