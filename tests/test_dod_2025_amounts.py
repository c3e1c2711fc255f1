"""Amounts are whole dollars from the parser to the database (own-words paragraphs)."""

from __future__ import annotations

import json

import pytest

from core.contracts_store import store_announcement, whole_dollars
from core.db import connect
from dod.announcement import day_item, page_text
from dod.companies import CompanyResolver
from dod.parser import parse_day

PAGE = "\n".join(
    [
        "Contracts For Aug. 12, 2025",
        "NAVY",
        "Alder Bay Systems Inc., Bath, Maine, is awarded a $7.85 million cost-plus-fixed-fee "
        "contract for sonar spares. This contract includes options which, if exercised, would "
        "bring the cumulative value of this contract to $41,000,000. Fiscal 2025 other "
        "procurement (Navy) funds in the amount of $2,000,000 will be obligated at time of "
        "award. Naval Sea Systems Command, Washington, D.C., is the contracting activity "
        "(N00024-25-C-4100).",
    ]
)


@pytest.fixture
def stored(tmp_path):
    parsed = parse_day(PAGE)
    db = connect(tmp_path / "t.db")
    item = day_item(parsed, url="https://example.test/contracts-2025-08-12", text=page_text(parsed))
    store_announcement(db, item, CompanyResolver([]))
    return db, parsed, item


def test_whole_dollars_turns_old_float_records_into_ints():
    assert whole_dollars(7850000.0) == 7_850_000 and type(whole_dollars(7850000.0)) is int
    assert whole_dollars(12) == 12 and whole_dollars(None) is None
    assert whole_dollars("not money") is None and whole_dollars(True) is None


def test_the_item_the_store_takes_carries_ints(stored):
    _, parsed, item = stored
    (record,) = item["records"]
    assert (record["amount_usd"], record["ceiling_usd"], record["obligated_usd"]) == (
        7_850_000,
        41_000_000,
        2_000_000,
    )
    assert '"amount_usd": 7850000,' in json.dumps(record)


def test_stored_amounts_have_whole_dollar_values(stored):
    db, _, _ = stored
    row = db.execute("SELECT amount_usd, ceiling_usd, obligated_usd FROM contracts").fetchone()
    assert row == (7_850_000, 41_000_000, 2_000_000)
    (mention,) = db.execute(
        "SELECT amount_usd FROM event_mentions WHERE origin = 'contracts'"
    ).fetchone()
    assert mention == 7_850_000


def test_stored_amounts_come_back_as_integers(stored):
    db, _, _ = stored
    types = db.execute(
        "SELECT typeof(amount_usd), typeof(ceiling_usd), typeof(obligated_usd) FROM contracts"
    ).fetchone()
    assert types == ("integer", "integer", "integer")
