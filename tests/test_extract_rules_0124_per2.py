"""Extractor 0.12.4 (helper per2): personnel moves still to come, in our own words.

"More firings are coming", "warned of further resignations", "more senior officers will
be removed": a plural move counted onward from those made so far ("more", "further",
"additional") foretells moves with no one moved yet; with no date of its own it is no
event. A move counted onward that has happened ("fired three more officers on Friday")
or is dated stays.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model

PUBLISHED = "2026-03-11"


def _personnel(text: str) -> list[dict]:
    return [e for e in _events(text, PUBLISHED) if e["type"] == "personnel"]


@pytest.mark.parametrize(
    "text",
    [
        "Defense Secretary Pete Hegseth says more firings of senior officers are coming as "
        "he orders new fitness rules.",
        "Navy Secretary John Phelan warned of further resignations at the shipyard office.",
        "Pete Hegseth has said more senior commanders will be removed as part of the overhaul.",
    ],
)
def test_moves_still_to_come_are_no_event(text):
    assert not _personnel(text), _events(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The Navy fired three more officers on Friday.",
        "Pete Hegseth fired Gen. Tom Reed on Friday.",
        "The firings of Gen. Tom Reed and Adm. Lisa Crane on Friday shocked the Pentagon.",
    ],
)
def test_moves_made_stay(text):
    assert _personnel(text), _events(text, PUBLISHED)
