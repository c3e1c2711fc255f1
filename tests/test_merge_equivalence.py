"""When two reports are one happening: what an article's own dates and a bare year say
(docs/timeline.md, "The rules")."""

from __future__ import annotations

from core.db import connect
from tests.test_t15_merge_rules import event, events, report
from timeline.merge import merge

HARBOUR = ("harbour-board", "Harbour Board")
FERRY = ("ferry-company", "Ferry Company")
UNION = ("dockers-union", "Dockers Union")
COUNCIL = ("city-council", "City Council")


def test_one_article_dating_two_statements_a_day_apart_gives_two_events(db_path):
    db = connect(db_path)
    parties = [FERRY, HARBOUR]
    report(
        db,
        1,
        "Wire",
        "2026-03-06",
        event(
            "statement", "2026-03-04", "day", parties, 0, "On Wednesday the company got a letter."
        ),
        event("statement", "2026-03-05", "day", parties, 200, "On Thursday it said it would sue."),
    )
    merge(db)
    assert [(e["date"], e["mentions"]) for e in events(db)] == [
        ("2026-03-04", 1),
        ("2026-03-05", 1),
    ]


def test_one_article_giving_a_year_and_a_month_tells_of_two_happenings(db_path):
    db = connect(db_path)
    parties = [FERRY, HARBOUR]
    report(
        db,
        1,
        "Wire",
        "2026-05-02",
        event("legal", "2016", "year", parties, 0, "The ferry company sued the board in 2016."),
        event("legal", "2016-10", "month", parties, 300, "A court ruled for it in October 2016."),
    )
    merge(db)
    assert sorted((e["date"], e["mentions"]) for e in events(db)) == [("2016", 1), ("2016-10", 1)]


def test_a_year_reported_months_later_is_not_the_dated_event(db_path):
    db = connect(db_path)
    report(db, 1, "Wire", "2025-06-26", event("policy", "2025-06-26", "day", [COUNCIL]))
    report(
        db,
        2,
        "Ledger",
        "2025-12-19",
        event("policy", "2025", "year", [COUNCIL, UNION], 0, "In 2025 the council debated a ban."),
    )
    merge(db)
    assert sorted((e["date"], e["mentions"]) for e in events(db)) == [
        ("2025", 1),
        ("2025-06-26", 1),
    ]


def test_a_dated_report_days_later_does_not_join_an_event_dated_to_a_year(db_path):
    db = connect(db_path)
    report(db, 1, "Wire", "2025-03-01", event("funding", "2025", "year", [FERRY]))
    report(db, 2, "Ledger", "2025-09-30", event("funding", "2025-09", "month", [FERRY]))
    merge(db)
    assert sorted(e["date"] for e in events(db)) == ["2025", "2025-09"]


def test_an_incremental_merge_after_a_rule_change_equals_a_rebuild(db_path):
    """Events saved before the merge kept each article's dates: the next run rebuilds."""
    db = connect(db_path)
    parties = [FERRY, HARBOUR]
    report(db, 1, "Wire", "2026-03-06", event("statement", "2026-03-04", "day", parties))
    merge(db)
    db.execute("UPDATE event_clusters SET state = json_remove(state, '$.article_dates')")
    db.conn.commit()
    report(
        db,
        2,
        "Ledger",
        "2026-03-07",
        event("statement", "2026-03-04", "day", parties, 0, "It got the letter on Wednesday."),
        event("statement", "2026-03-05", "day", parties, 200, "It said on Thursday it would sue."),
    )
    merge(db)
    assert [(e["date"], e["mentions"]) for e in events(db)] == [
        ("2026-03-04", 2),
        ("2026-03-05", 1),
    ]
