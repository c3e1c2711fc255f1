"""Extractor 0.12.4 (helper ctr): contracts and funding rounds, in our own words.

An earlier award told in passing ("follows a $90 million deal last October", "since the
original award in June 2025") is an event of its own, between the parties its sentence
names, and so does a contract a participle opening the sentence dates ("Signed last June,
the contract …"); an award "received from" a body is a contract, not a prize. An award
told as the earlier one ("a contract previously awarded to …") is not a
retelling of the new award beside it. Money a participle tells of ("the amount requested
by the White House") is a funding step. The lead investor of a round ("from investors led
by 8VC", "in a round led by General Dynamics") is a party to it, and "by" after "led" names
who led, not a due date.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _events

pytestmark = pytest.mark.model

PUBLISHED = "2026-03-10"


def _of(text: str, etype: str) -> list[dict]:
    return [e for e in _events(text, PUBLISHED) if e["type"] == etype]


@pytest.mark.parametrize(
    ("text", "date", "party"),
    [
        (
            "Shield AI's work with the U.S. Navy is not new: the latest order follows a "
            "$90 million deal last October for drone pilots.",
            "2025-10",
            "U.S. Navy",
        ),
        (
            "The Army expanded its enterprise deal with Shield AI on Monday, citing demand "
            "since the original award in June 2025.",
            "2025-06",
            "U.S. Army",
        ),
    ],
)
def test_an_earlier_award_told_in_passing_is_an_event(text, date, party):
    found = [e for e in _of(text, "contract") if e["date"] == date]
    assert found and party in _actors(found[0]), _events(text, PUBLISHED)


def test_an_award_told_as_the_earlier_one_is_not_the_new_one():
    text = (
        "The Army gave Palantir a $12 million contract for software support. The work "
        "builds on a two-year contract previously awarded to Palantir in March 2024."
    )
    dates = sorted(str(e["date"]) for e in _of(text, "contract"))
    assert dates == ["2024-03", "None"], _events(text, PUBLISHED)


def test_money_a_participle_tells_of_is_funding():
    text = "The new fund's first $10 billion equals the amount requested by the White House."
    found = _of(text, "funding")
    assert found and "White House" in _actors(found[0]), _events(text, PUBLISHED)


def test_the_lead_investor_is_a_party_and_dates_the_round():
    text = "Saronic raised $175 million from investors led by 8VC two weeks ago."
    found = _of(text, "funding")
    assert found and found[0]["date"] == "2026-W09", _events(text, PUBLISHED)
    assert {"Saronic", "8VC"} <= _actors(found[0])


def test_a_round_led_by_an_investor_is_a_funding_round():
    text = (
        "Dedrone said the new round beat the $50 million valuation it secured in 2023 in a "
        "round led by General Dynamics."
    )
    found = [e for e in _of(text, "funding") if e["date"] == "2023"]
    assert found and "General Dynamics" in _actors(found[0]), _events(text, PUBLISHED)


def test_an_award_received_from_a_body_is_a_contract():
    text = (
        "The Navy awarded Shield AI a $90 million contract on Monday. The deal follows a "
        "smaller award the company received from the Air Force last year."
    )
    found = [e for e in _of(text, "contract") if e["date"] == "2025"]
    assert found and "U.S. Air Force" in _actors(found[0]), _events(text, PUBLISHED)


def test_a_participle_opening_the_sentence_dates_the_contract():
    text = (
        "Signed last June, the contract lets the Army use Palantir software to sort "
        "satellite images."
    )
    found = _of(text, "contract")
    assert found and found[0]["date"] == "2025-06", _events(text, PUBLISHED)
    assert "Palantir" in _actors(found[0])


# guards: these hold on the starting code too
def test_a_prize_is_no_contract():
    text = "Skydio won an award for design from the Consumer Technology Association last year."
    assert not _of(text, "contract"), _events(text, PUBLISHED)


def test_a_round_of_talks_is_no_funding():
    text = "A new round of talks led by the State Department began in Geneva on Monday."
    assert not _of(text, "funding"), _events(text, PUBLISHED)


def test_a_retold_award_stays_one_event():
    text = (
        "The Army awarded Palantir a $480 million contract on Monday. The contract, "
        "announced Monday, covers Maven."
    )
    assert len(_of(text, "contract")) == 1, _events(text, PUBLISHED)


def test_until_still_sets_a_deadline():
    text = "Hegseth gave Anthropic until Friday to accept the terms, officials said on Tuesday."
    found = _of(text, "ultimatum")
    assert found and found[0]["date"] == "2026-03-10", _events(text, PUBLISHED)
