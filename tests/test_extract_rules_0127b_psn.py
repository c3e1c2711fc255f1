"""Extractor 0.12.7 (helper psn): personnel, meeting and negotiation rules, in our own words.

A hearing the tagger reads as a verb ("her nomination hearing") is still the gathering; a
person invited to become, or announced as, the holder of a post is a personnel move; talks
praised in a quote, shown to prove something or gone through are colour, not talks held;
and an undated step of a dispute whose parties are all in another undated negotiation of
the article is that negotiation told again.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _of_type

pytestmark = pytest.mark.model

PUBLISHED = "2026-03-12"


def test_a_nomination_hearing_is_a_meeting_not_a_move():
    text = (
        "The Senate vote came a week after her nomination hearing before the Senate Armed "
        "Services Committee."
    )
    meetings = _of_type(text, "meeting", PUBLISHED)
    assert any("Senate Armed Services Committee" in _actors(e) for e in meetings), meetings
    assert not _of_type(text, "personnel", PUBLISHED)


def test_invited_to_become_the_head_is_a_personnel_move():
    text = "Two weeks ago, Trump invited Jane Roe, a retired admiral, to become head of the Navy."
    found = _of_type(text, "personnel", PUBLISHED)
    assert any({"Donald Trump", "Jane Roe"} <= _actors(e) for e in found), found


def test_announced_as_the_next_secretary_is_a_personnel_move():
    text = "Trump announced Jane Roe as the next Secretary of the Navy on Monday."
    found = _of_type(text, "personnel", PUBLISHED)
    assert any(e["date"] == "2026-03-09" and "Jane Roe" in _actors(e) for e in found), found


def test_talks_praised_in_a_quote_are_colour():
    text = (
        'Amodei said there were "constructive conversations" with the Pentagon in recent '
        "days about a possible transition."
    )
    assert not _of_type(text, "negotiation", PUBLISHED)
    held = "Anthropic and the Pentagon held talks on Tuesday."  # talks held stay talks
    found = _of_type(held, "negotiation", PUBLISHED)
    assert any(e["date"] == "2026-03-10" for e in found), found


def test_talks_that_show_something_are_colour():
    text = (
        "The chief executive said that discussions with Pentagon officials reflected a "
        "shared view of safety."
    )
    assert not _of_type(text, "negotiation", PUBLISHED)


def test_what_was_shown_through_talks_is_no_talks():
    text = (
        "She noted that through their discussions, the Pentagon showed respect for the "
        "company's limits."
    )
    assert not _of_type(text, "negotiation", PUBLISHED)


def test_an_undated_step_of_one_dispute_folds_into_it():
    text = (
        "Anthropic refused to lift two limits on its models. The Pentagon declined those "
        "terms. Anthropic's negotiations with the Pentagon then collapsed."
    )
    found = _of_type(text, "negotiation", PUBLISHED)
    assert len(found) == 1, found
    assert {"Anthropic", "U.S. Department of Defense"} <= _actors(found[0]), found
