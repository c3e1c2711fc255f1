"""Extractor 0.12.4 (helper mny): money in other currencies, money received.

A funding round needs an amount, and an amount in euros or pounds ("€450m", "£80 million",
"300 million euros") is an amount, though it has no dollar figure: `amount_usd` stays
None (we keep no exchange rates). A weight in pounds ("9,000 pounds of cargo") is no money.
"Received $40 million from investors" is funding, as "secured" is; a contract received is not.
"""

from __future__ import annotations

import pytest

from extract.money import OTHER_MONEY_RE, parse_usd
from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model


def _funding(text: str, published: str = "2026-03-10") -> list[dict]:
    return [e for e in _events(text, published) if e["type"] == "funding"]


@pytest.mark.parametrize(
    "text",
    [
        "Orbitrix raised €450 million in a round led by General Catalyst on Tuesday.",
        "Orbitrix raised £80m on Monday, the company said.",
        "Orbitrix has raised a €250m Series C, the firm said on Tuesday.",
        "Orbitrix closed a €340 million funding round on Thursday.",
        "Orbitrix raised 300 million euros on Monday.",
        "Investors poured 120 million euros into Orbitrix on Monday.",
    ],
)
def test_a_round_in_another_currency_is_funding_without_dollars(text):
    found = _funding(text)
    assert found, _events(text, "2026-03-10")
    assert all(e["amount_usd"] is None for e in found), found


def test_a_dollar_round_keeps_its_dollars():
    found = _funding("Orbitrix raised $1.5bn in a round led by Founders Fund on Thursday.")
    assert found and found[0]["amount_usd"] == 1_500_000_000, found


def test_a_round_with_no_amount_stays_out():
    assert not _funding("Orbitrix raised new money from investors on Monday.")


@pytest.mark.parametrize(
    "text, found",
    [
        ("raised €600 million", "€600 million"),
        ("a £1.2bn deal", "£1.2bn"),
        ("€160m in", "€160m"),
        ("600 million euros", "600 million euros"),
        ("A$2 billion", "A$2 billion"),
        ("1.5 billion pounds sterling", "1.5 billion pounds sterling"),
        ("9,000 pounds of cargo", None),
        ("a 40 pound drone", None),
        ("$1.5bn", None),
    ],
)
def test_other_currency_amounts(text, found):
    m = OTHER_MONEY_RE.search(text)
    assert (m.group(0) if m else None) == found


@pytest.mark.parametrize("text", ["€600 million", "£1.2bn", "600 million euros"])
def test_other_currencies_have_no_dollar_figure(text):
    assert parse_usd(text) is None


def test_money_received_is_funding():
    """The recipient's side of "provided $40 million": the money itself is the object."""
    found = _funding("Orbitrix received $40 million from investors on Monday.")
    assert found and found[0]["amount_usd"] == 40_000_000, found


def test_a_contract_received_is_no_funding():
    text = "Orbitrix received a $40 million contract from the Army on Monday."
    assert not _funding(text), _events(text, "2026-03-10")
