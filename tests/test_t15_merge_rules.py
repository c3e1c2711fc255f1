"""The merge's rules: one event per happening, never folding what dates, parties or amounts
keep apart, and a date chosen by independent sources (docs/timeline.md)."""

from __future__ import annotations

import json

import pytest

from core import store
from core.db import connect
from tests.test_store_merge_export import AMO, DOD, HEG, TEXT, article, meeting
from timeline.merge import compatible_dates, independent, merge

ANT = ("anthropic", "Anthropic")
OAI = ("openai", "OpenAI")
TRUMP = ("donald-trump", "Donald Trump")


def report(db, n: int, outlet: str, published: str | None, *events: dict) -> str:
    url = f"https://{outlet.lower().replace(' ', '-')}.example/{n}"
    store.save_article(db, {**article(url, f"{TEXT} {n}", outlet=outlet), "published": published})
    aid = store.article_id(url)
    store.save_extraction(db, aid, {"events": list(events)}, "v1")
    return aid


def event(kind: str, date, precision, actors, start=0, sentence="They met.", amount=None):
    return {
        **meeting(start, date, precision, actors),
        "type": kind,
        "sentence": sentence,
        "amount_usd": amount,
    }


def events(db) -> list[dict]:
    return list(db.query("SELECT * FROM events ORDER BY date, headline"))


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        (("2026-02-24", "day"), ("2026-W09", "week"), True),  # Tuesday of ISO week 9
        (("2026-03-02", "day"), ("2026-W09", "week"), False),  # the Monday after
        (("2026-W09", "week"), ("2026-02", "month"), True),  # its Thursday is 26 February
        (("2026-W08", "week"), ("2026-01-08", "day"), False),  # was folded by the year
        (("2026-W08", "week"), ("2026-W09", "week"), False),
        (("2026-W01", "week"), ("2025-12-30", "day"), False),  # never across years
        (("2026-02", "month"), ("2026-Q1", "quarter"), True),
        (("2026-04-02", "day"), ("2026-Q1", "quarter"), False),
        ((None, None), (None, None), True),
    ],
)
def test_dates_are_compatible_when_one_is_inside_the_other(a, b, ok):
    assert compatible_dates(a[0], a[1], b[0], b[1]) is ok
    assert compatible_dates(b[0], b[1], a[0], a[1]) is ok


def test_syndicated_copies_count_once():
    wire = "the pentagon said on tuesday that the two men met at length in washington today"
    assert independent([("Wire", wire), ("Reprint", wire), ("Ledger", "")]) == 2
    assert independent([("Wire", ""), ("Wire", "other words"), ("Ledger", "")]) == 2


def test_the_date_most_independent_sources_report_wins(db_path):
    db = connect(db_path)
    copy = "Officials said the two men met on Monday at the department to talk about the deal."
    # one wire story on two hosts says the 23rd; two outlets in their own words say the 24th
    report(db, 1, "Wire", "2026-02-25", event("meeting", "2026-02-23", "day", [HEG, AMO], 0, copy))
    report(
        db, 2, "Reprint", "2026-02-25", event("meeting", "2026-02-23", "day", [HEG, AMO], 0, copy)
    )
    report(db, 3, "Ledger", "2026-02-26", event("meeting", "2026-02-24", "day", [HEG, AMO]))
    report(db, 4, "Circuit", "2026-02-26", event("meeting", "2026-02-24", "day", [HEG, AMO]))
    merge(db)
    (only,) = events(db)
    assert (only["date"], only["precision"], only["mentions"]) == ("2026-02-24", "day", 4)
    assert json.loads(only["other_dates"]) == ["2026-02-23 (day)"]


def test_undated_reports_need_the_same_parties_and_a_near_publication(db_path):
    db = connect(db_path)
    report(db, 1, "Wire", "2026-03-01", event("statement", None, None, [HEG, ANT]))
    report(db, 2, "Ledger", "2026-03-02", event("statement", None, None, [AMO, ANT]))  # one shared
    report(db, 3, "Circuit", "2026-03-03", event("statement", None, None, [ANT, HEG]))
    report(db, 4, "Signal", "2026-04-20", event("statement", None, None, [HEG, ANT]))  # weeks on
    merge(db)
    sizes = sorted(e["mentions"] for e in events(db))
    assert sizes == [1, 1, 2]


def test_a_year_does_not_pull_in_events_that_share_one_party(db_path):
    db = connect(db_path)
    three = [TRUMP, OAI, ANT]
    report(db, 1, "Wire", "2025-09-10", event("statement", "2025", "year", [TRUMP]))
    report(db, 2, "Ledger", "2025-09-11", event("statement", "2025-08-05", "day", three))
    report(db, 3, "Circuit", "2025-10-20", event("statement", "2025-10", "month", three))
    merge(db)
    assert [e["date"] for e in events(db)] == ["2025", "2025-08-05", "2025-10"]


def test_a_year_joins_the_same_parties(db_path):
    db = connect(db_path)
    report(db, 1, "Wire", "2025-09-10", event("contract", "2025-07-14", "day", [DOD, OAI]))
    report(db, 2, "Ledger", "2025-09-11", event("contract", "2025", "year", [OAI, DOD]))
    merge(db)
    (only,) = events(db)
    assert (only["date"], only["mentions"]) == ("2025-07-14", 2)


def test_amounts_or_parties_that_disagree_stay_apart(db_path):
    db = connect(db_path)
    ceiling = [DOD, OAI]
    report(db, 1, "Wire", "2025-07-15", event("contract", "2025-07-14", "day", ceiling, amount=2e8))
    report(
        db, 2, "Ledger", "2025-07-15", event("contract", "2025-07-14", "day", ceiling, amount=8e8)
    )
    report(db, 3, "Circuit", "2025-07-15", event("contract", "2025-07-14", "day", [DOD, ANT]))
    report(
        db, 4, "Signal", "2025-07-16", event("contract", "2025-07-14", "day", ceiling, amount=2e8)
    )
    merge(db)
    assert sorted(e["mentions"] for e in events(db)) == [1, 1, 2]


def test_one_article_naming_an_event_twice_gives_one_event(db_path):
    db = connect(db_path)
    report(
        db,
        1,
        "Wire",
        "2026-02-25",
        event("meeting", "2026-02-24", "day", [HEG, AMO], 0),
        event("meeting", "2026-02-24", "day", [AMO, HEG, DOD], 200, "The meeting was tense."),
    )
    merge(db)
    (only,) = events(db)
    assert (only["mentions"], only["outlets"]) == (2, 1)


def test_an_article_days_off_with_the_same_parties_neither_joins_nor_moves_the_date(db_path):
    db = connect(db_path)
    # published first, so it comes first in the merge order: it must not pull the others
    report(db, 1, "Import", "2026-02-19", event("meeting", "2026-02-20", "day", [HEG, AMO]))
    report(db, 2, "Wire", "2026-02-25", event("meeting", "2026-02-24", "day", [HEG, AMO]))
    report(db, 3, "Ledger", "2026-02-25", event("meeting", "2026-02-24", "day", [AMO, HEG]))
    report(db, 4, "Late", "2026-02-26", event("meeting", "2026-02-25", "day", [HEG, AMO]))
    merge(db)
    rows = [(e["date"], e["mentions"], json.loads(e["other_dates"])) for e in events(db)]
    assert rows == [("2026-02-20", 1, []), ("2026-02-24", 3, ["2026-02-25 (day)"])]
