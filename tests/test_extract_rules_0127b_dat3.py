"""Extractor 0.12.7 (helper dat3, second round): event dates from another sentence, in our
own words.

"On the day <clause>" names its day by a clause ("on the day the Navy named him director"),
not by the calendar: it is the day the story is telling, the last day it named, not the
publication day a bare "on the day" ("shares closed up on the day") reads as.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Harbor Robotics said on Monday it would open a plant in Ohio. Its chief executive "
        "spoke to workers in Dayton on the day the Navy named him director of the program.",
        'Harbor Robotics said on Monday it would open a plant in Ohio. "We will build the '
        'boats here," the company told workers in Dayton on the day the Navy named Ana Ruiz '
        "director of the program.",
    ],
)
def test_on_the_day_of_a_clause_is_the_day_told_before(text):
    found = _of_type(text, "personnel", "2026-03-10")
    assert found and all(e["date"] == "2026-03-09" for e in found), found


def test_a_bare_on_the_day_still_reads_as_the_publication_day():
    dated = _of_type(
        "The Navy said on Monday it would buy sea drones. The Army awarded Harbor Robotics a "
        "$20 million contract on the day the order was signed.",
        "contract",
        "2026-03-10",
    )
    assert dated and all(e["date"] == "2026-03-09" for e in dated), dated
    # with no clause saying which day, "on the day" is still the story's own day
    bare = _of_type(
        "The Army awarded Harbor Robotics a $20 million contract on the day.",
        "contract",
        "2026-03-10",
    )
    assert bare and all(e["date"] == "2026-03-10" for e in bare), bare
