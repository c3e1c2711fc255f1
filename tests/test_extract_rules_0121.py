"""Extractor 0.12.1: what the demo's timeline showed a journalist, in our own words.

A participle that tells what the main happening does to a longer story ("…, escalating a
feud between the administration and the company") names no second happening: the demo
showed the accusation twice, once as a statement and once, undated, as "Negotiation:
Trump administration". A raised ceiling names whose contract it is: the demo showed the
Maven ceiling raise as "Contract: U.S. Department of Defense", without Palantir.
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


@pytest.mark.parametrize(
    "text",
    [
        "In May, the Pentagon raised the ceiling on Palantir's Maven contract by about $795 "
        "million.",
        "The deal is the latest expansion of Palantir's defense business. In May, the Pentagon "
        "raised the ceiling on the company's Maven Smart System contract by $795 million.",
    ],
)
def test_a_raised_ceiling_names_whose_contract_it_is(text):
    (award,) = [e for e in _events(text, "2025-08-01") if e["type"] == "contract"]
    assert {a["name"] for a in award["actors"]} >= {"Palantir", "U.S. Department of Defense"}
    assert award["date"] == "2025-05"
