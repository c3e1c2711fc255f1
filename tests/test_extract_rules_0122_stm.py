"""Extractor 0.12.2 (statements): when a quote is news and when it only colours the story.

A quote in passing ("wrote in a post that …", "said in a memo to staff", "…, a spokesman
told Reuters") is news only when dated; a letter described ("the letter has a narrow
scope") is no happening. A formal announcement of plans, a dated vow and a company's own
"we" are statements of their own.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model


def _statements(text: str, published: str = "2026-03-10") -> list[dict]:
    return [e for e in _events(text, published) if e["type"] == "statement"]


def _names(event: dict) -> set[str]:
    return {a["name"] for a in event["actors"]}


@pytest.mark.parametrize(
    "text",
    [
        "Hegseth wrote in a post on X that the seized ship carried weapons bound for the rebels.",
        "In an internal memo to staff, Hegseth said the office would be folded into another unit.",
        "In a post on X, Hegseth gave contractors six months to move their data elsewhere.",
    ],
)
def test_an_undated_quote_in_a_post_or_memo_is_no_statement(text):
    assert not _statements(text), _events(text, "2026-03-10")


def test_writing_to_someone_is_still_a_statement():
    found = _statements("Senator Elizabeth Warren wrote to the Pentagon about the cloud contract.")
    assert found and "Elizabeth Warren" in _names(found[0]), found


def test_a_letter_described_is_no_statement():
    text = "The Pentagon's letter has a narrow scope, the company argues."
    assert not [e for e in _statements(text) if e["trigger"] == "letter"], _events(text)


def test_a_spokesman_telling_an_outlet_after_the_news_only_attributes_it():
    assert not _statements(
        "The department expects a quick review, a Pentagon spokesman told Reuters."
    )


def test_a_spokesman_telling_an_outlet_what_follows_is_still_a_statement():
    found = _statements(
        'A Pentagon spokesman told Reuters that the department "expects a quick review."'
    )
    assert found and found[0]["date"] == "2026-03-10", found


def test_announced_plans_are_a_statement_without_a_date():
    found = _statements("Palantir has announced plans to build a new plant in Texas.")
    assert found and "Palantir" in _names(found[0]), found


def test_a_headline_about_a_coming_announcement_is_not_one():
    assert not _statements("Palantir to announce plans for a Denver office, sources say")


def test_a_companys_own_we_is_the_company():
    text = (
        "Anthropic received a notice from the department on Tuesday. "
        "As we stated on Monday, we intend to contest the decision."
    )
    found = [e for e in _statements(text) if e["trigger"] == "stated"]
    assert found and "Anthropic" in _names(found[0]) and found[0]["date"] == "2026-03-09", found


def test_a_dated_vow_stays_a_statement_beside_what_it_promises():
    events = _events(
        "Iran vowed on Sunday to retaliate with strikes on American bases.", "2026-03-10"
    )
    found = [e for e in events if e["type"] == "statement"]
    assert found and found[0]["date"] == "2026-03-08", events
    # what is promised has not happened (tests/test_extract_rules_0122_opp.py)
    assert not [e for e in events if e["type"] == "operation"], events
