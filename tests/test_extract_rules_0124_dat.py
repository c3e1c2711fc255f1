"""Extractor 0.12.4 (helper dat): event dates, in our own words.

A lede that tells its one deal or decision with no date ("has secured a contract", "has
announced plans to scrap") is dated by the day the next sentences put on the verb that
attributes them ("…, the Air Force said Tuesday"), unless those sentences tell a done
happening of another kind, or the day is a news outlet's report. A date inside a clause
opened by "since", "after" or "before" dates that clause, not the main one. A threat that
names no one it was made to ("threatened to quit") is not dated by a meeting of its side.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model


def _of(text: str, published: str, etype: str) -> list[dict]:
    return [e for e in _events(text, published) if e["type"] == etype]


def test_a_lede_award_takes_the_day_the_next_sentence_attributes():
    text = (
        "Northrop Grumman has secured a $48 million contract from the U.S. Navy to build "
        "sonar buoys.\n\n"
        "The firm will assemble the buoys at a plant in Maryland, the Pentagon said Tuesday."
    )
    found = _of(text, "2026-04-08", "contract")
    assert found and found[0]["date"] == "2026-04-07", found


def test_a_lede_decision_takes_the_day_after_a_heading():
    text = (
        "Army Drops Helicopter Upgrade\n\n"
        "The U.S. Army has announced plans to cancel its helicopter engine upgrade program.\n\n"
        "Why Is the Army Cancelling It?\n\n"
        "In remarks on Monday, Army Secretary Dan Driscoll said the service will move the "
        "money to drones."
    )
    found = _of(text, "2026-04-07", "policy")
    assert found and found[0]["date"] == "2026-04-06", found


def test_a_news_outlets_report_day_does_not_date_the_lede():
    text = (
        "Northrop Grumman has secured a $48 million contract from the U.S. Navy to build "
        "sonar buoys.\n\n"
        "The buoys will be assembled in Maryland, Bloomberg reported Tuesday."
    )
    found = _of(text, "2026-04-08", "contract")
    assert found and found[0]["date"] is None, found


def test_a_lede_award_stays_undated_without_an_attribution_day():
    text = (
        "Northrop Grumman has secured a $48 million contract from the U.S. Navy to build "
        "sonar buoys.\n\n"
        "The firm will assemble the buoys at a plant in Maryland."
    )
    found = _of(text, "2026-04-08", "contract")
    assert found and found[0]["date"] is None, found


def test_a_date_in_a_since_clause_does_not_date_the_main_clause():
    text = (
        "U.S. forces have struck five boats in the Caribbean since Admiral Jane Ortiz took "
        "command of U.S. Southern Command on March 2."
    )
    ops = _of(text, "2026-04-08", "operation")
    assert ops and all(e["date"] is None for e in ops), ops
    # the clause's own happening keeps its day
    moves = _of(text, "2026-04-08", "personnel")
    assert moves and moves[0]["date"] == "2026-03-02", moves


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "The Navy awarded Raytheon a radar contract after the Army dropped its own order "
            "in 2023.",
            "contract",
        ),
        (
            "Anduril opened a factory in Texas before Palantir moved its headquarters in 2024.",
            "launch",
        ),
    ],
)
def test_a_date_in_an_after_or_before_clause_does_not_date_the_main_clause(text, etype):
    found = _of(text, "2026-04-08", etype)
    assert found and all(e["date"] is None for e in found), found


def test_a_date_of_the_main_clause_stays():
    found = _of("The Navy awarded Raytheon a radar contract in 2023.", "2026-04-08", "contract")
    assert found and found[0]["date"] == "2023", found


def test_a_threat_to_quit_is_not_dated_by_a_hearing_of_its_side():
    text = (
        "Navy Secretary Tom Briggs testified at a Senate Armed Services Committee hearing on "
        "April 9. Later reports said Briggs threatened to resign over the White House's "
        "meddling."
    )
    found = _of(text, "2026-05-20", "ultimatum")
    assert found and all(e["date"] is None for e in found), found
    meetings = _of(text, "2026-05-20", "meeting")
    assert meetings and meetings[0]["date"] == "2026-04-09", meetings
