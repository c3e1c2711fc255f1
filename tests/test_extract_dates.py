"""Date rules: pure normalisation (no model) and tense-driven direction (model)."""

from __future__ import annotations

from datetime import date

import pytest

from extract import get_extractor
from extract.timeref import Resolved, resolve

MON = date(2026, 2, 23)  # a Monday


@pytest.mark.parametrize(
    ("text", "direction", "value", "precision"),
    [
        ("Tuesday", "future", "2026-02-24", "day"),
        ("Tuesday", "past", "2026-02-17", "day"),
        ("Tuesday morning", "future", "2026-02-24", "day"),
        ("last Tuesday", None, "2026-02-17", "day"),
        ("January", None, "2026-01", "month"),
        ("January", "future", "2027-01", "month"),
        ("February", "future", "2026-02", "month"),
        ("last July", None, "2025-07", "month"),
        ("next March", None, "2026-03", "month"),
        ("early February", None, "2026-02", "month"),
        ("earlier this month", None, "2026-02", "month"),
        ("by the end of the month", "future", "2026-02", "month"),
        ("this week", None, "2026-W09", "week"),
        ("last week", None, "2026-W08", "week"),
        ("in 2024", None, "2024", "year"),
        ("July 14", None, "2025-07-14", "day"),
        ("Jan. 12", None, "2026-01-12", "day"),
        ("March 3", "future", "2026-03-03", "day"),
        ("March 1, 2008", None, "2008-03-01", "day"),
        ("14 July 2025", None, "2025-07-14", "day"),
        ("the 1950s", None, "1950s", "decade"),
        ("the '90s", None, "1990s", "decade"),
        ("yesterday", None, "2026-02-22", "day"),
        ("a Friday", "future", "2026-02-27", "day"),
        ("the third quarter of 2025", None, "2025-Q3", "quarter"),
        ("Q3 2025", None, "2025-Q3", "quarter"),
        ("three weeks ago", None, "2026-W06", "week"),
        ("two years ago", None, "2024", "year"),
        ("next year", None, "2027", "year"),
        ("fiscal 2026", None, "2026", "year"),
        ("2009-10-12", None, "2009-10-12", "day"),
        ("Tuesday’s", "future", "2026-02-24", "day"),
    ],
)
def test_resolve(text, direction, value, precision):
    r = resolve(text, MON, direction)
    assert (r.value, r.precision) == (value, precision)


@pytest.mark.parametrize(
    "text", ["Tuesday", "January", "last week", "yesterday", "July 14", "this year"]
)
def test_no_publication_date_leaves_relative_dates_unresolved(text):
    assert resolve(text, None).value is None


def test_absolute_dates_need_no_publication_date():
    assert resolve("March 1, 2008", None).value == "2008-03-01"
    assert resolve("in 2024", None).value == "2024"


def test_anaphora_uses_the_previous_date():
    jan = resolve("January", MON)
    assert resolve("that same month", MON, None, jan) == Resolved("2026-01", "month", "anaphoric")
    day = resolve("July 14", MON)
    assert resolve("the following day", MON, None, day).value == "2025-07-15"
    assert resolve("that same month", MON, None, None).value is None


def test_durations_are_not_dates():
    assert resolve("two years", MON).kind == "duration"
    assert resolve("days", MON).kind == "duration"


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "expr", "value"),
    [
        ("The two men will meet Friday to discuss the contract.", "Friday", "2026-02-27"),
        ("The two men met Friday to discuss the contract.", "Friday", "2026-02-20"),
        (
            "Hegseth has summoned Amodei to the Pentagon Tuesday morning.",
            "Tuesday morning",
            "2026-02-24",
        ),
        ("The company faces a Friday deadline to agree.", "Friday", "2026-02-27"),
        ("The Army awarded the deal in January.", "January", "2026-01"),
        ("The Army said it will award the deal in January.", "January", "2027-01"),
        ("The vote is scheduled for March 3.", "March 3", "2026-03-03"),
    ],
)
def test_tense_decides_direction(sentence, expr, value):
    result = get_extractor().extract_one({"id": 1, "published": "2026-02-23", "text": sentence})
    hits = [d for d in result["dates"] if expr in d["text"]]
    assert hits, result["dates"]
    assert hits[0]["value"] == value
