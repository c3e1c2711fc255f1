"""Extractor 0.12.6 (helper dat): event dates, in our own words.

A page's "date 2025-03-14" label glued to the headline is the day of the page, not of the
happening the headline tells (annotation.md: a headline's event is dated by the body). A
"during" phrase is the time frame of the clause it hangs on, so the happening it names
shares that clause's date. A step that is about another happening ("heard arguments on
Tuesday regarding the designation", "denied a protest against the award") does not lend
its date to what it is about.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _of_type

pytestmark = pytest.mark.model


def test_a_page_date_label_does_not_date_the_headline():
    text = (
        "date 2025-03-14 Navy sailors strike pirate skiffs off the coast of Somalia\n\n"
        "The boarding team was praised by commanders for its speed."
    )
    found = _of_type(text, "operation", "2025-03-14")
    assert found and all(e["date"] is None for e in found), found


def test_a_happening_in_a_during_phrase_takes_the_clause_date():
    text = (
        "During an oversight hearing before the Senate Armed Services Committee last week, "
        "Army Secretary Dan Driscoll vowed to cut the service's headquarters staff."
    )
    found = _of_type(text, "meeting", "2025-06-13")  # a Friday: last week is that of June 2
    assert found and found[0]["date"] == "2025-W23", found


def test_what_a_later_step_is_about_keeps_no_date_of_it():
    text = (
        "A judge on Monday heard a challenge from Anthropic concerning the Pentagon's "
        "designation of the firm as a supply chain risk."
    )
    found = _of_type(text, "designation", "2026-05-20")
    assert found and all(e["date"] is None for e in found), found
