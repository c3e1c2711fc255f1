"""Extractor 0.12.6 (helper prs): personnel moves, meetings and statements, in our own words.

Leaving a place is a trip, not a departure from a post. "Meeting resistance" meets no one.
"Why X was fired" asks the reason of a move told elsewhere; "the second woman to serve as
chief" tells a record, not a move. A gathering named in a "during" phrase is at the time
of its clause. A page that opens with "date 2026-03-10" gives the page's day, not the day
of what its headline tells. The subject of a passive "was denied" was refused a
thing, it denied nothing; "called the refusal an attempt to …", a name given, is news only
when dated.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _events, _of_type

pytestmark = pytest.mark.model

PUBLISHED = "2026-03-10"


@pytest.mark.parametrize(
    "text",
    [
        "Rebel commanders of the Houthis had left Sanaa and moved to hideouts in the north.",
        "Jane Roe, a retired rear admiral, was approved by voice vote before senators left "
        "Capitol Hill for the Easter break.",
    ],
)
def test_leaving_a_place_is_no_departure(text):
    found = _of_type(text, "personnel")
    assert not any({"Sanaa", "Capitol Hill"} & _actors(e) for e in found), found


def test_meeting_resistance_is_no_meeting():
    text = "Sen. Jane Roe wants to cap drone budgets, but she is meeting resistance from her party."
    assert not _of_type(text, "meeting"), _events(text)


def test_asking_why_someone_was_fired_is_no_second_move():
    text = (
        "Hegseth fired the head of the Defense Intelligence Agency on Friday, officials said. "
        "It was not immediately clear why Lt. Gen. John Doe was fired."
    )
    found = _of_type(text, "personnel")
    assert found and all(e["date"] == "2026-03-06" for e in found), found


def test_the_first_to_serve_as_tells_a_record_not_a_move():
    text = "Jane Roe was only the second woman to serve as chief of naval operations."
    assert not _of_type(text, "personnel"), _events(text)


def test_a_hearing_in_a_during_phrase_takes_its_clauses_date():
    text = (
        "During her confirmation hearing before the Senate Armed Services Committee last "
        "month, Jane Roe pledged to work to improve the Navy's fleet."
    )
    found = _of_type(text, "meeting")
    assert any(e["date"] == "2026-02" for e in found), _events(text)


def test_a_page_stamp_does_not_date_the_headline():
    text = (
        "date 2026-03-10 Hegseth meets Musk at the Pentagon\n\n"
        "Defense Secretary Pete Hegseth met with Elon Musk at the Pentagon on Monday, "
        "officials said."
    )
    found = _of_type(text, "meeting")
    assert found and all(e["date"] != "2026-03-10" for e in found), found


def test_someone_denied_a_thing_made_no_denial():
    text = "OpenAI won the Pentagon contract, with the safeguards that Anthropic was denied."
    assert not _of_type(text, "statement"), _events(text)


def test_an_undated_name_given_is_no_statement():
    text = (
        "Anthropic rejected the Pentagon's terms last week. Pete Hegseth called the "
        "company's refusal an attempt to grab a veto over military decisions."
    )
    assert not _of_type(text, "statement"), _events(text)


def test_a_dated_name_given_stays_a_statement():
    text = "On Monday, Pete Hegseth called Anthropic a risk to the supply chain."
    found = _of_type(text, "statement")
    assert any(e["date"] == "2026-03-09" for e in found), _events(text)
