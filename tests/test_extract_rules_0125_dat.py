"""Extractor 0.12.5 (helper dat): event dates, in our own words.

A lede that tells its one launch, deal or decision with no date takes the day or week the
next sentences put on the verb that attributes them: a week counts as well as a day
("executives told reporters earlier this week"). When those sentences tell the lede's kind
of happening again with a recent day ("On May 4, the agency released its plan"), that day
is the lede's too (annotation.md: the date the article gives for the same happening
elsewhere).
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _of_type

pytestmark = pytest.mark.model


def test_a_lede_launch_takes_the_week_the_next_sentence_attributes():
    text = (
        "The drone maker Shield AI has unveiled a new autonomous interceptor called "
        "Falconet that it says is already being tested by a military customer.\n\n"
        "However, Brandon Tseng, the company's president, told reporters earlier this week "
        "that the Navy has watched the project closely."
    )
    found = _of_type(text, "launch", "2026-04-10")  # a Friday: the week of April 6
    assert found and found[0]["date"] == "2026-W15", found


def test_a_lede_policy_takes_the_day_of_its_retelling():
    text = (
        "The Trump administration has announced a sweeping policy to speed the adoption "
        "of robotics across the federal government.\n\n"
        "On April 7, 2026, the White House issued the National Robotics Strategy, "
        "fulfilling a promise from an earlier executive order."
    )
    found = _of_type(text, "policy", "2026-04-09")
    lede = [e for e in found if "sweeping policy" in e["sentence"]]
    assert lede and lede[0]["date"] == "2026-04-07", found
