"""Extractor 0.12.1: what the demo's timeline showed a journalist, in our own words.

A participle that tells what the main happening does to a longer story ("…, escalating a
feud between the administration and the company") names no second happening: the demo
showed the accusation twice, once as a statement and once, undated, as "Negotiation:
Trump administration".
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The president's adviser accused Anthropic on Tuesday of fear-mongering, escalating a "
        "feud between the administration and the company.",
        "Hegseth criticized the company on Friday, deepening a dispute between the Pentagon "
        "and one of its AI contractors.",
        "The Navy fired its top lawyer on Monday, intensifying a standoff between the service "
        "and the White House.",
    ],
)
def test_a_participle_characterising_the_main_happening_adds_no_event(text):
    events = _events(text, "2026-03-10")
    assert events, "the main happening is still an event"
    assert not [e for e in events if e["type"] == "negotiation"], events


def test_a_feud_told_as_the_news_is_still_an_event():
    events = _events(
        "The feud between the Pentagon and Anthropic escalated on Friday when talks broke down.",
        "2026-03-10",
    )
    assert [e for e in events if e["type"] == "negotiation"], events
