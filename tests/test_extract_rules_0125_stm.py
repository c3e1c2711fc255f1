"""Extractor 0.12.5 (helper stm): statements, in our own words.

A saying whose reported clause is about an event the article told before ("the contract",
"the contracts", named again as the clause's subject) gives that event's details: it
attributes them, and is no statement of its own. A saying about something else stays one.
A headline's statement with no date of its own, over a byline or dateline that only dates
the article, is that day's news. An "address" is a speech: a statement on its day.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        (
            "The Navy awarded Orion Dynamics a $75 million contract for sonar buoys. "
            "The contract runs for five years and covers spare parts, Orion Dynamics said "
            "on Thursday."
        ),
        (
            "The Army gave contracts to Acme Robotics and Vela Systems on Monday. The "
            "contracts, each worth up to $40 million, are meant to speed up drone repairs, "
            "Vela Systems confirmed on Tuesday."
        ),
    ],
)
def test_details_of_a_told_award_attributed_to_a_source_are_no_statement(text):
    evs = _events(text, "2025-09-12")
    types = [e["type"] for e in evs]
    assert "contract" in types and "statement" not in types, evs


def test_a_dated_saying_about_something_else_stays_a_statement():
    # a guard: passes before and after the rule
    text = (
        "The Navy awarded Orion Dynamics a $75 million contract for sonar buoys. "
        "Shipyard delays will ease by spring, Navy Secretary Jane Holloway said on Thursday."
    )
    evs = _events(text, "2025-09-12")
    assert [e for e in evs if e["type"] == "statement"], evs


_HEADLINE = "Jane Holloway warns shipbuilders to speed up frigate work\n\n"
_BODY = "Navy Secretary Jane Holloway spoke to industry leaders at a conference in Norfolk."


def _headline_statements(text: str) -> list[dict]:
    return [e for e in _events(text, "2026-03-04") if e["type"] == "statement"]


def test_a_headline_statement_over_a_byline_date_is_that_days_news():
    text = _HEADLINE + "By Sam Writer  / March 4, 2026\n\n" + _BODY
    stm = _headline_statements(text)
    assert stm and stm[0]["date"] == "2026-03-04", stm


def test_a_headline_statement_with_no_date_line_stays_undated():
    # a guard: passes before and after the rule
    stm = _headline_statements(_HEADLINE + _BODY)
    assert stm and stm[0]["date"] is None, stm


def test_a_scheduled_address_is_a_statement_on_its_day():
    text = (
        "Navy Secretary Jane Holloway's address will take place March 12 at the Naval War "
        "College in Newport."
    )
    stm = [e for e in _events(text, "2026-03-04") if e["type"] == "statement"]
    assert stm and stm[0]["date"] == "2026-03-12", stm
