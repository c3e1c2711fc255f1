"""Merge rules of helper dem (issue 15, no duplicate rows in the demo): an office of the
Pentagon (its AI office, its innovation unit) named for an award is the Pentagon too, so
"a contract from the AI office" and "a Pentagon contract" to one company in one month
are one award; and a report naming only the Pentagon joins a happening told with its
other parties on another day of the same month when both give the same sum ("the contracts
of up to $75 million the Pentagon handed out in May" are the May 12 awards of $75 million;
the tests use funding, as test entities carry no government tag for a contract's firms).
"""

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

AI_OFFICE = ("cdao", "Chief Digital and Artificial Intelligence Office", "ORG")
PENTAGON = ("us-department-of-defense", "U.S. Department of Defense", "ORG")
KESTREL = ("kestrel-labs", "Kestrel Labs", "ORG")
MARLIN = ("marlin-robotics", "Marlin Robotics", "ORG")
LAB = ("tide-laboratory", "Tide Laboratory", "ORG")


def sizes(db) -> list[tuple[str, str, int]]:
    return sorted((e["type"], e["date"], e["mentions"]) for e in events(db))


def test_the_office_and_the_department_are_one_awarder(db_path):
    db = connect(db_path)
    by_office = plain(KESTREL, AI_OFFICE)
    by_pentagon = plain(KESTREL, PENTAGON)
    report(db, 1, "Wire", "2026-05-20", said("contract", "2026-03", "month", by_office))
    report(db, 2, "Ledger", "2026-05-21", said("contract", "2026-03", "month", by_pentagon))
    merge(db)
    assert sizes(db) == [("contract", "2026-03", 2)]


def test_the_office_alone_still_joins_an_award_that_names_it(db_path):
    # guard (before and after): the office stays a party of its own
    db = connect(db_path)
    told = plain(KESTREL, MARLIN, AI_OFFICE)
    report(db, 1, "Wire", "2026-05-20", said("contract", "2026-03-12", "day", told))
    report(db, 2, "Ledger", "2026-05-21", said("contract", "2026-03", "month", plain(AI_OFFICE)))
    merge(db)
    assert sizes(db) == [("contract", "2026-03-12", 2)]


def test_the_pentagon_alone_joins_an_award_of_the_same_sum_that_month(db_path):
    db = connect(db_path)
    told = plain(KESTREL, MARLIN, AI_OFFICE)
    alone = plain(PENTAGON)
    report(db, 1, "Wire", "2026-05-20", said("funding", "2026-03-12", "day", told, amount=75e6))
    report(db, 2, "Ledger", "2026-05-21", said("funding", "2026-03", "month", alone, amount=75e6))
    merge(db)
    assert sizes(db) == [("funding", "2026-03-12", 2)]


def test_the_pentagon_alone_stays_apart_without_a_sum_or_with_another(db_path):
    # guard (before and after): naming only the Pentagon on another day says too little
    db = connect(db_path)
    told = plain(KESTREL, MARLIN, PENTAGON)
    report(db, 1, "Wire", "2026-05-20", said("funding", "2026-03-12", "day", told, amount=75e6))
    report(db, 2, "Ledger", "2026-05-21", said("funding", "2026-03", "month", plain(PENTAGON)))
    report(
        db,
        3,
        "Signal",
        "2026-05-22",
        said("funding", "2026-03", "month", plain(PENTAGON), amount=9e8),
    )
    merge(db)
    # (the two Pentagon-only reports may fold together: that is the older rule)
    assert ("funding", "2026-03-12", 1) in sizes(db)


def test_other_firms_of_the_office_stay_apart(db_path):
    # guard (before and after): two firms' awards from one office are two awards
    db = connect(db_path)
    report(
        db, 1, "Wire", "2026-05-20", said("contract", "2026-03", "month", plain(KESTREL, AI_OFFICE))
    )
    report(
        db, 2, "Ledger", "2026-05-21", said("contract", "2026-03", "month", plain(MARLIN, PENTAGON))
    )
    merge(db)
    assert sizes(db) == [("contract", "2026-03", 1), ("contract", "2026-03", 1)]


# ---------------------------------------------------------------------- incremental
PARTIES = [KESTREL, MARLIN, LAB, AI_OFFICE, PENTAGON, PENTAGON]
DATES = [(None, None), ("2019-05", "month"), ("2019-05", "month"), ("2019-05-07", "day")]
DATES += [("2019-05-08", "day"), ("2019", "year")]
DAYS = ["2026-05-07", "2026-05-08", "2026-05-10", "2026-05-25", None]
SUMS = [None, None, 75e6, 9e8]


def test_incremental_merges_under_these_rules_equal_a_rebuild(tmp_path):
    extraction = random_extraction(PARTIES, DATES, ["contract", "contract", "launch"], sums=SUMS)
    assert_incremental_equals_rebuild(tmp_path, extraction, DAYS, seeds=10, steps=5)
