"""The merge rule of helper tml: two reports dated to one year, one naming only the
Pentagon and the other the Pentagon and more ("the programme, begun in 2019" where the
extractor could not name the programme), are one happening when published within
UNDATED_DAYS (timeline/merge.py, `_pentagon_only`); undated reports and reports of other
years keep needing a party in common besides the Pentagon."""

from __future__ import annotations

from core.db import connect
from tests.test_merge_parties import (
    assert_incremental_equals_rebuild,
    plain,
    random_extraction,
    said,
)
from tests.test_t15_merge_rules import events, report
from timeline.merge import merge

BOARD = ("harbour-board", "Harbour Board", "ORG")
BEACON = ("beacon-system", "Beacon System", "PRODUCT")
LAB = ("tide-laboratory", "Tide Laboratory", "ORG")
PENTAGON = ("us-department-of-defense", "U.S. Department of Defense", "ORG")


def sizes(db) -> list[tuple[str, int]]:
    return sorted((e["type"], e["mentions"]) for e in events(db))


def test_a_year_report_naming_only_the_pentagon_is_the_others_shorter_telling(db_path):
    db = connect(db_path)
    named = plain(BEACON, PENTAGON)
    report(db, 1, "Wire", "2026-05-07", said("launch", "2019", "year", named))
    report(db, 2, "Ledger", "2026-05-08", said("launch", "2019", "year", plain(PENTAGON)))
    merge(db)
    assert sizes(db) == [("launch", 2)]


def test_the_other_way_round_too(db_path):
    db = connect(db_path)
    report(db, 1, "Wire", "2026-05-07", said("launch", "2019", "year", plain(PENTAGON)))
    named = plain(BEACON, PENTAGON)
    report(db, 2, "Ledger", "2026-05-08", said("launch", "2019", "year", named))
    merge(db)
    assert sizes(db) == [("launch", 2)]


def test_undated_a_month_later_or_without_the_pentagon_they_stay_apart(db_path):
    db = connect(db_path)
    named = plain(BEACON, PENTAGON)
    report(db, 1, "Wire", "2026-05-07", said("launch", "2019", "year", named))
    # undated: the rule asks a date (folding undated reports this way hurts)
    report(db, 2, "Ledger", "2026-05-08", said("launch", None, None, plain(PENTAGON)))
    # published a month later: as likely another step of the story
    report(db, 3, "Circuit", "2026-06-09", said("launch", "2019", "year", plain(PENTAGON)))
    # a report of the same year naming the laboratory, not the Pentagon: another party
    report(db, 4, "Signal", "2026-05-09", said("launch", "2019", "year", plain(LAB)))
    merge(db)
    assert sizes(db) == [("launch", 1), ("launch", 1), ("launch", 1), ("launch", 1)]


def test_two_named_parties_still_need_one_in_common(db_path):
    # guard (before and after): sharing only the Pentagon is never enough
    db = connect(db_path)
    report(db, 1, "Wire", "2026-05-07", said("launch", "2019", "year", plain(BEACON, PENTAGON)))
    report(db, 2, "Ledger", "2026-05-08", said("launch", "2019", "year", plain(LAB, PENTAGON)))
    merge(db)
    assert sizes(db) == [("launch", 1), ("launch", 1)]


# ---------------------------------------------------------------------- incremental
PARTIES = [BOARD, BEACON, LAB, PENTAGON, PENTAGON, PENTAGON]
DATES = [(None, None), ("2019", "year"), ("2019", "year"), ("2019-05", "month")]
DATES += [("2019-05-07", "day"), ("2019", "year")]
DAYS = ["2026-05-07", "2026-05-08", "2026-05-10", "2026-05-25", "2026-06-20", None]


def test_incremental_merges_under_this_rule_equal_a_rebuild(tmp_path):
    extraction = random_extraction(PARTIES, DATES, ["launch", "launch", "contract"])
    assert_incremental_equals_rebuild(tmp_path, extraction, DAYS, seeds=10, steps=5)
