"""Extractor 0.12.6 (helper deal): contracts, funding, launches and negotiations, in our own words.

An agreement won or awarded is a contract. Money a company is only in talks to raise, a
"potential" round and a valuation "potentially" reached are not funding yet. Plural weapons
"launched" (drones, missiles) are a detail of an attack, not a product launch. A refusal
given as the reason for another act ("cut ties with X for refusing to …") is not a
negotiation step of its own.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _events, _of_type

pytestmark = pytest.mark.model

PUBLISHED = "2026-03-10"


def test_an_agreement_won_is_a_contract():
    text = "Boeing won a five-year maintenance agreement from the U.S. Navy last month."
    found = _of_type(text, "contract")
    assert found and "Boeing" in _actors(found[0]), _events(text, PUBLISHED)
    assert not _of_type(text, "partnership"), _events(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Saronic, which builds autonomous boats for the Navy, is in discussions to raise "
        "$400 million in its Series D funding round, potentially valuing the company at $5 "
        "billion.",
        "A slide deck prepared by Lux Capital last spring for a potential Series F round "
        "showed the firm seeking $250 million.",
        "Saronic is reportedly near a new round with Accel, potentially valuing the company "
        "at $5 billion.",
    ],
)
def test_money_not_yet_raised_is_no_funding(text):
    assert not _of_type(text, "funding"), _events(text, PUBLISHED)


def test_weapons_launched_are_no_launch():
    text = "Governor Anna Petrova confirmed that drones were launched from a lorry near the base."
    assert not _of_type(text, "launch"), _events(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Hours after Trump said the government was cutting ties with Anthropic for refusing "
        "to give the Pentagon full access to its models on Friday, OpenAI signed a deal.",
        "In response to Anthropic refusing to allow its models to be used for weapons, "
        "Hegseth in March moved to blacklist the company.",
    ],
)
def test_a_refusal_given_as_a_reason_is_no_negotiation_step(text):
    assert not _of_type(text, "negotiation"), _events(text, PUBLISHED)
