"""Corrections readers record (wrong, merge, split) hold through re-extraction and every
merge, full or incremental, and `tracker correct` records and lists them."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from core import store
from core.db import connect
from tests.test_t15_merge_rules import AMO, ANT, DOD, HEG, report
from tests.test_t15_merge_rules import event as ev
from timeline import corrections
from timeline.merge import merge
from tracker.cli import main

MET = "Hegseth met Amodei at the Pentagon on Tuesday."
NAMED = "The department named the company a supply chain risk on Friday."


def mention(db, article: str, sentence: str) -> str:
    return db.execute(
        "SELECT id FROM event_mentions WHERE article_id = ? AND sentence = ?", [article, sentence]
    ).fetchone()[0]


def grouped(db) -> list[list[str]]:
    """Each event's reports as (outlet) names, events in date order."""
    out = []
    for e in db.query("SELECT id FROM events ORDER BY date, id"):
        out.append(
            sorted(
                r[0]
                for r in db.execute(
                    "SELECT a.outlet FROM event_mentions m JOIN articles a ON a.id = m.article_id "
                    "WHERE m.event_id = ?",
                    [e["id"]],
                )
            )
        )
    return out


def same_as_full_rebuild(db) -> None:
    tables = (
        "SELECT * FROM events ORDER BY id",
        "SELECT id, event_id FROM event_mentions ORDER BY id",
    )
    incremental = [db.execute(sql).fetchall() for sql in tables]
    merge(db, full=True)
    assert [db.execute(sql).fetchall() for sql in tables] == incremental


@pytest.fixture
def story(db_path):
    db = connect(db_path)
    arts = {
        "Wire": report(db, 1, "Wire", "2026-02-25", ev("meeting", "2026-02-24", "day", [HEG, AMO], 0, MET)),
        "Ledger": report(db, 2, "Ledger", "2026-02-25", ev("meeting", "2026-02-24", "day", [AMO, HEG], 0, MET)),
        "Circuit": report(db, 3, "Circuit", "2026-02-26", ev("meeting", "2026-02-24", "day", [HEG, AMO, DOD], 0, MET)),
        # an unrelated article the extractor misread as the meeting, a day off
        "Gazette": report(db, 4, "Gazette", "2026-02-20", ev("meeting", "2026-02-20", "day", [HEG, AMO], 0, MET)),
        "Signal": report(db, 5, "Signal", "2026-02-28", ev("designation", "2026-02-27", "day", [DOD, ANT], 0, NAMED)),
        "Desk": report(db, 6, "Desk", "2026-03-01", ev("partnership", "2026-02-27", "day", [DOD, ANT], 0, NAMED)),
    }  # fmt: skip
    merge(db)
    return db, arts


def test_wrong_leaves_a_report_out_through_re_extraction(story):
    db, arts = story
    assert ["Gazette"] in grouped(db)
    corrections.record(db, "wrong", mention(db, arts["Gazette"], MET), note="not the meeting")
    assert db.execute("SELECT pending FROM merge_state").fetchone()[0] == 1
    merge(db)
    assert all("Gazette" not in g for g in grouped(db))
    same_as_full_rebuild(db)
    # a new extractor finds the same sentence at another offset: a new mention id
    store.save_extraction(
        db, arts["Gazette"], {"events": [ev("meeting", "2026-02-20", "day", [HEG], 40, MET)]}, "v2"
    )
    report_ = merge(db)
    assert report_.reclustered is not None  # incremental
    assert all("Gazette" not in g for g in grouped(db))
    gone = db.execute("SELECT event_id FROM event_mentions WHERE article_id = ?", [arts["Gazette"]])
    assert gone.fetchone()[0] is None
    same_as_full_rebuild(db)


def test_split_keeps_two_reports_apart_and_remove_takes_it_back(story):
    db, arts = story
    assert ["Circuit", "Ledger", "Wire"] in grouped(db)
    cid = corrections.record(
        db, "split", mention(db, arts["Circuit"], MET), mention(db, arts["Wire"], MET)
    )
    merge(db)
    assert ["Ledger", "Wire"] in grouped(db) and ["Circuit"] in grouped(db)
    same_as_full_rebuild(db)
    corrections.remove(db, cid)
    merge(db)
    assert ["Circuit", "Ledger", "Wire"] in grouped(db)
    same_as_full_rebuild(db)


def test_merge_joins_a_report_typed_otherwise_and_replaces_a_split(story):
    db, arts = story
    assert ["Desk"] in grouped(db) and ["Signal"] in grouped(db)
    desk, signal = mention(db, arts["Desk"], NAMED), mention(db, arts["Signal"], NAMED)
    corrections.record(db, "split", desk, signal)
    corrections.record(db, "merge", desk, signal, note="the same designation")
    assert [r["kind"] for r in corrections.listing(db)] == ["merge"]
    merge(db)
    assert ["Desk", "Signal"] in grouped(db)
    (row,) = db.query("SELECT type, outlets FROM events WHERE id = ("
                      "SELECT event_id FROM event_mentions WHERE id = ?)", [desk])  # fmt: skip
    assert (row["type"], row["outlets"]) == ("designation", 2)
    same_as_full_rebuild(db)


def test_a_merge_forces_a_report_whatever_its_date_says(story):
    db, arts = story
    gazette, wire = mention(db, arts["Gazette"], MET), mention(db, arts["Wire"], MET)
    corrections.record(db, "merge", gazette, wire)
    merge(db)
    assert ["Circuit", "Gazette", "Ledger", "Wire"] in grouped(db)
    (row,) = db.query("SELECT date, other_dates FROM events WHERE type = 'meeting'")
    assert row["date"] == "2026-02-24"  # three outlets against one
    assert json.loads(row["other_dates"]) == ["2026-02-20 (day)"]
    same_as_full_rebuild(db)


def test_record_refuses_what_it_cannot_name(story):
    db, arts = story
    from core.errors import InputError

    with pytest.raises(InputError, match="no report"):
        corrections.record(db, "wrong", "nope")
    wire = mention(db, arts["Wire"], MET)
    with pytest.raises(InputError, match="two reports"):
        corrections.record(db, "split", wire)
    with pytest.raises(InputError, match="two different"):
        corrections.record(db, "merge", wire, wire)


def test_the_correct_commands(story, db_path):
    db, arts = story
    runner = CliRunner()
    gazette = mention(db, arts["Gazette"], MET)
    event_id = db.execute("SELECT event_id FROM event_mentions WHERE id = ?", [gazette]).fetchone()[
        0
    ]
    listed = runner.invoke(main, ["correct", "reports", event_id, "--db", str(db_path)])
    assert listed.exit_code == 0 and gazette in listed.output and "Gazette" in listed.output

    done = runner.invoke(main, ["correct", "wrong", gazette, "--db", str(db_path), "--note", "x"])
    assert done.exit_code == 0, done.output
    assert "correction 1: wrong" in done.output and "merge:" in done.output
    assert (
        db.execute("SELECT event_id FROM event_mentions WHERE id = ?", [gazette]).fetchone()[0]
        is None
    )

    shown = runner.invoke(main, ["correct", "list", "--json", "--db", str(db_path)])
    (row,) = [json.loads(line) for line in shown.output.splitlines()]
    assert (row["kind"], row["url"], row["reports_now"]) == (
        "wrong",
        "https://gazette.example/4",
        [[gazette]],
    )

    bad = runner.invoke(main, ["correct", "wrong", "no-such-report", "--db", str(db_path)])
    assert bad.exit_code == 2 and "no report" in bad.output
    assert runner.invoke(main, ["correct", "remove", "7", "--db", str(db_path)]).exit_code == 2
    back = runner.invoke(main, ["correct", "remove", "1", "--db", str(db_path)])
    assert back.exit_code == 0
    assert db.execute("SELECT event_id FROM event_mentions WHERE id = ?", [gazette]).fetchone()[0]
