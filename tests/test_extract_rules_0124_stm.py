"""Extractor 0.12.4 (helper stm): statements, in our own words.

A saying dated in its own clause whose reported clause describes a state going on as the
speaker talks (a present progressive, "there has been no progress") is a statement: the
account is the news, not a happening it would report. An announcement of what a company
"is deploying" still tells that happening. A clause joined to the saying with a subject
of its own ("…, but the group outlasted strikes that started in June 2023") is the
writer's: it is neither what was said nor its date. A plan dated only vaguely ("early
next year") is no event, so the dated saying that announces it is the statement.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model


def _types(text: str, published: str) -> list[str]:
    return [e["type"] for e in _events(text, published)]


@pytest.mark.parametrize(
    "text, published, day",
    [
        (
            "Navy Secretary Jane Holloway said on Tuesday that the service is quietly "
            "working with lawmakers to restore $4 billion of funding for new frigates.",
            "2025-09-12",
            "2025-09-09",
        ),
        (
            "Acme Robotics chief executive Tom Reyes on Wednesday said there has been "
            "little progress in talks with the Army over the drone program.",
            "2025-09-12",
            "2025-09-10",
        ),
    ],
)
def test_a_dated_account_of_an_ongoing_state_is_a_statement(text, published, day):
    evs = _events(text, published)
    stm = [e for e in evs if e["type"] == "statement"]
    assert stm and stm[0]["date"] == day, evs
    assert not [e for e in evs if e["type"] in ("funding", "negotiation")], evs


def test_an_announcement_of_what_is_being_done_tells_the_happening():
    text = (
        "Acme Robotics announced on Monday that it is supplying its inspection drones to the "
        "U.S. Army under a new partnership."
    )
    assert "statement" not in _types(text, "2025-09-12"), _events(text, "2025-09-12")


def test_a_dated_report_of_a_past_award_stays_the_award():
    text = "The Army said on Monday that it awarded Acme Robotics a $40 million contract."
    types = _types(text, "2025-09-12")
    assert "contract" in types and "statement" not in types, _events(text, "2025-09-12")


def test_a_fronted_progressive_sourced_by_a_saying_stays_the_happening():
    text = "Globex is investing $2 billion in Acme Robotics, the companies said on Tuesday."
    assert "funding" in _types(text, "2025-09-12"), _events(text, "2025-09-12")


def test_a_conjunct_with_its_own_subject_is_not_what_was_vowed():
    text = (
        "Senator Maria Lopez has vowed that the militia will be crushed, but the group "
        "outlasted more than a year of periodic U.S. missile strikes that started in June "
        "2023 and were meant to stop its attacks on tankers."
    )
    evs = _events(text, "2025-09-12")
    stm = [e for e in evs if e["type"] == "statement"]
    assert stm and stm[0]["date"] is None, evs


def test_a_vow_dated_in_its_own_clause_keeps_its_date():
    text = "Senator Maria Lopez vowed on Tuesday that the militia will be wiped out."
    stm = [e for e in _events(text, "2025-09-12") if e["type"] == "statement"]
    assert stm and stm[0]["date"] == "2025-09-09", stm


def test_the_dated_announcement_of_a_vague_plan_is_a_statement():
    text = (
        "The Marine Corps will send two battalions and dozens of aircraft to Norway early "
        "next year for a large cold-weather exercise, U.S. Northern Command said Tuesday."
    )
    evs = _events(text, "2025-09-12")
    stm = [e for e in evs if e["type"] == "statement"]
    assert stm and stm[0]["date"] == "2025-09-09", evs


def test_a_plan_with_a_day_stays_the_happening():
    text = "The Marine Corps will send two battalions to Norway on Friday, U.S. Northern Command said Tuesday."
    types = _types(text, "2025-09-12")
    assert "operation" in types and "statement" not in types, _events(text, "2025-09-12")
