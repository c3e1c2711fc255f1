"""The merge's rules of RULES 6: a speaker who speaks on two days running made two
statements, and a report naming the Pentagon where another names someone else names another
party (timeline/merge.py, `belongs` and `_same_parties`)."""

from __future__ import annotations

from core.db import connect
from tests.test_merge_parties import (
    assert_incremental_equals_rebuild,
    plain,
    random_extraction,
    said,
)
from tests.test_t15_merge_rules import events, report
from timeline.merge import RULES, merge

BOARD = ("harbour-board", "Harbour Board", "ORG")
FERRY = ("ferry-company", "Ferry Company", "ORG")
UNION = ("dockers-union", "Dockers Union", "ORG")
LAB = ("tide-laboratory", "Tide Laboratory", "ORG")
PENTAGON = ("us-department-of-defense", "U.S. Department of Defense", "ORG")
PRESIDENT = ("donald-trump", "Donald Trump", "PERSON")
CHAIR = ("nell-marsh", "Nell Marsh", "PERSON")


def sizes(db) -> list[tuple[str, int]]:
    return sorted((e["type"], e["mentions"]) for e in events(db))


def test_the_rules_version_is_bumped_so_saved_timelines_are_rebuilt():
    assert RULES >= 6


def test_one_speaker_on_two_days_running_made_two_statements(db_path):
    db = connect(db_path)
    speaks = [(FERRY, "agent"), (BOARD, "target")]
    # Thursday's refusal, told the same day
    report(db, 1, "Wire", "2026-05-07", said("statement", "2026-05-07", "day", speaks))
    # a week later the company recalls what it "wrote on Friday": another statement
    report(db, 2, "Ledger", "2026-05-15", said("statement", "2026-05-08", "day", speaks))
    # a meeting told a day apart between the same parties is still one (a late wire)
    met = plain(FERRY, BOARD)
    report(db, 3, "Wire", "2026-05-12", said("meeting", "2026-05-11", "day", met, 100))
    report(db, 4, "Circuit", "2026-05-13", said("meeting", "2026-05-12", "day", met))
    merge(db)
    assert sizes(db) == [("meeting", 2), ("statement", 1), ("statement", 1)]


def test_the_pentagon_in_place_of_another_party_is_another_party(db_path):
    db = connect(db_path)
    # undated: the board's work with the Pentagon, then its work with a laboratory
    report(db, 1, "Wire", "2026-06-01", said("partnership", None, None, plain(BOARD, PENTAGON)))
    report(db, 2, "Ledger", "2026-06-02", said("partnership", None, None, plain(BOARD, LAB)))
    # a report naming the board alone is a shorter telling of the first; so is one naming a
    # person in the Pentagon's place (its secretary, or the board's chair: either side's)
    report(db, 3, "Circuit", "2026-06-03", said("partnership", None, None, plain(BOARD)))
    report(db, 4, "Signal", "2026-06-04", said("partnership", None, None, plain(BOARD, CHAIR)))
    merge(db)
    by_actors = {e["actors"]: e["mentions"] for e in events(db)}
    assert by_actors == {
        "Harbour Board; Tide Laboratory": 1,
        "Harbour Board; U.S. Department of Defense; Nell Marsh": 3,
    }


def test_a_designation_by_the_pentagon_and_a_label_by_the_president_are_two(db_path):
    db = connect(db_path)
    by_pentagon = [(PENTAGON, "agent"), (BOARD, "target")]
    by_president = [(PRESIDENT, "agent"), (BOARD, "target")]
    report(db, 1, "Wire", "2026-03-02", said("designation", "2026", "year", by_pentagon))
    report(db, 2, "Ledger", "2026-03-03", said("designation", "2026", "year", by_president))
    # the Pentagon's designation told again: the same designation, not the president's
    report(db, 3, "Circuit", "2026-03-04", said("designation", "2026", "year", by_pentagon))
    merge(db)
    assert sizes(db) == [("designation", 1), ("designation", 2)]


# ---------------------------------------------------------------------- incremental
PARTIES = [BOARD, FERRY, UNION, LAB, PENTAGON, PRESIDENT, CHAIR]
DATES = [(None, None), (None, None), ("2026", "year"), ("2026-05-07", "day")]
DATES += [("2026-05-08", "day"), ("2026-05-09", "day"), ("2026-05", "month")]
DAYS = ["2026-05-07", "2026-05-08", "2026-05-10", "2026-05-20", None]


def test_incremental_merges_under_these_rules_equal_a_rebuild(tmp_path):
    extraction = random_extraction(
        PARTIES, DATES, ["statement", "partnership", "designation"], counts=(1, 2, 2, 3)
    )
    assert_incremental_equals_rebuild(tmp_path, extraction, DAYS, seeds=8, steps=5)
