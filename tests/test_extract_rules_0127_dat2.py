"""Extractor 0.12.7 (helper dat2): event dates, in our own words.

A date inside a phrase that names an earlier happening ("comes on the heels of a report last
week that …", "after a story last week that …") tells when that happening was, not when
the event outside the phrase was. An undated personnel move takes the day of a dated move
it shares an actor with only when its own sentence names no other time: a sentence that
does ("who ran a shipyard in 2019") tells the story before the shake-up.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The governor's letter to the Army comes on the heels of Axios reporting last week "
        "that the service is expanding its use of the drones.",
        "Sen. Ortiz's letter to the Navy comes after a Reuters report last week that the "
        "service had paused its order.",
    ],
)
def test_a_date_of_what_came_before_does_not_date_the_event(text):
    found = _of_type(text, "statement", "2026-03-12")
    assert found and all(e["date"] is None for e in found), found


def test_only_soon_after_a_dated_happening_shares_its_date():
    later = "The Navy's letter to Harbor Robotics came after a Reuters story on March 3 about its boats."
    found = _of_type(later, "statement", "2026-03-12")
    assert found and all(e["date"] is None for e in found), found
    soon = "Harbor Robotics struck the radar site soon after the assault on the base on March 3."
    found = _of_type(soon, "operation", "2026-03-12")
    assert [e for e in found if e["trigger"] == "struck" and e["date"] == "2026-03-03"], found


def test_a_move_told_with_another_time_keeps_no_day_of_the_shake_up():
    text = (
        "The Navy on Thursday named Dana Whitfield as its chief of staff. Whitfield, who ran "
        "a shipyard in 2019, replaces Tom Reyes, who was fired by the Navy."
    )
    moves = _of_type(text, "personnel", "2026-03-13")
    fired = [e for e in moves if e["trigger"] == "fired"]
    assert fired and all(e["date"] is None for e in fired), moves
    assert any(e["date"] == "2026-03-12" for e in moves), moves
