"""Migration m015 and what it stores: an ultimatum's deadline (on its reports, merged onto
its event, shown on the event page and in every export, an entry of its own in the
calendar), event amounts as whole dollars (INTEGER columns, ints in every export), a day
date without a precision, and `--since` in every form of date value the timeline holds."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
import sqlite_utils
from click.testing import CliRunner
from sqlite_utils.migrations import Migrations

from core import db as schema
from core import store
from core.db import connect
from core.errors import DatabaseError
from tests.test_site import datasette, get
from tests.test_store_merge_export import HEG, TEXT, article, meeting
from timeline import export
from timeline.merge import merge
from tracker.cli import main

ANT = ("anthropic", "Anthropic")


def _objects(path) -> dict[tuple[str, str], str]:
    with sqlite3.connect(path) as conn:
        return {(t, n): s for t, n, s in conn.execute("SELECT type, name, sql FROM sqlite_master")}


def _before_m015(path) -> None:
    """A database as the migrations before m015 left it, with rows in the rebuilt tables."""
    old = Migrations("tracker")
    old._migrations = [m for m in schema.migrations._migrations if m.name < "m015"]  # noqa: SLF001
    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    old.apply(db)
    db.executescript(
        """
        INSERT INTO articles (id, url, canonical_url, fetched_at, text, content_hash, published)
        VALUES ('a1', 'https://a.example/1', 'https://a.example/1', '2026-02-25T10:00:00+00:00',
                'The harbour board met.', 'h1', '2026-02-25');
        INSERT INTO entities (id, name, type) VALUES ('anthropic', 'Anthropic', 'ORG');
        INSERT INTO events (id, type, date, precision, headline, outlets, mentions, amount_usd,
                            evidence)
        VALUES ('e1', 'contract', '2025-W32', 'week', 'Contract: Anthropic', 1, 1, 1234567.6,
                'A ferry deal was signed');
        INSERT INTO event_mentions (id, article_id, event_id, type, date, precision, sentence,
                                    start, "end", extractor_version, amount_usd)
        VALUES ('m1', 'a1', 'e1', 'contract', '2025-W32', 'week', 'A deal.', 0, 7, 'v1', 2.3e9);
        INSERT INTO event_mention_actors VALUES ('m1', 'anthropic', 'agent', 0);
        INSERT INTO event_actors (event_id, entity_id, role, date)
        VALUES ('e1', 'anthropic', 'agent', '2025-W32');
        """
    )
    conn.commit()
    conn.close()


def test_m015_rebuilds_amounts_as_integers_and_keeps_everything_else(db_path):
    _before_m015(db_path)
    before = _objects(db_path)
    db = connect(db_path)
    after = _objects(db_path)
    # every trigger, index, view and table is still there, and one trigger is new (and
    # m016's deadline index, and its events full-text index with one more column)
    assert set(after) - set(before) == {
        ("trigger", "event_mentions_deadline_dirty"),
        ("index", "idx_events_deadline"),
    }
    assert set(before) <= set(after)
    changed = {k for k in before if before[k] != after[k]}
    assert changed == {
        ("table", "articles"),
        ("table", "events"),
        ("table", "event_mentions"),
        ("view", "timeline"),
        ("table", "events_fts"),
        ("trigger", "events_ai"),
        ("trigger", "events_ad"),
        ("trigger", "events_au"),
    }
    for table in ("events", "event_mentions"):
        types = {c.name: c.type for c in db[table].columns}
        assert types["amount_usd"] == "INTEGER" and types["deadline"] == "TEXT"
    assert {c.name: c.type for c in db["articles"].columns}["published_at"] == "TEXT"
    assert db.execute("SELECT amount_usd, typeof(amount_usd) FROM events").fetchone() == (
        1234568,
        "integer",
    )
    assert db.execute("SELECT amount_usd FROM event_mentions").fetchone() == (2300000000,)
    # generated date columns, the full-text index and the foreign keys still work
    assert db.execute("SELECT date_display, date_start FROM events").fetchone() == (
        "week of 4 Aug 2025",
        "2025-08-04",
    )
    fts = "SELECT rowid FROM events_fts WHERE events_fts MATCH ?"
    assert db.execute(fts, ["ferry"]).fetchall() == [(1,)]
    db.execute("UPDATE events SET evidence = 'a lighthouse contract' WHERE id = 'e1'")
    assert (
        db.execute(fts, ["ferry"]).fetchall() == [] and db.execute(fts, ["lighthouse"]).fetchall()
    )
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("SELECT deadline FROM timeline").fetchone() == (None,)
    db.execute("DELETE FROM event_mentions WHERE id = 'm1'")  # the cascade still holds
    assert db.execute("SELECT count(*) FROM event_mention_actors").fetchone() == (0,)
    # the next merge is a full rebuild
    assert db.execute("SELECT count(*) FROM merge_dirty WHERE kind = 'full'").fetchone()[0] >= 1


def ultimatum(deadline: str | None, start: int = 0, amount: float | None = None) -> dict:
    return {
        **meeting(start, "2026-02-24", "day", [HEG, ANT]),
        "type": "ultimatum",
        "trigger": "gave",
        "sentence": "Hegseth gave Anthropic a Friday deadline.",
        "deadline": deadline,
        "amount_usd": amount,
    }


def _report(db, url: str, outlet: str, event: dict, published: str = "2026-02-25") -> None:
    store.save_article(db, {**article(url, TEXT + url, outlet=outlet), "published": published})
    store.save_extraction(db, store.article_id(url), {"events": [event]}, "v1")


def test_save_extraction_keeps_the_deadline_and_whole_dollars(db_path):
    db = connect(db_path)
    _report(db, "https://a.example/1", "A", ultimatum("2026-02-27", amount=2.3e9))
    row = db.execute("SELECT deadline, amount_usd, typeof(amount_usd) FROM event_mentions")
    assert row.fetchone() == ("2026-02-27", 2300000000, "integer")


def test_a_day_date_without_precision_is_stored_as_a_day(db_path):
    db = connect(db_path)
    event = {**meeting(0, "2026-02-20", "day", [HEG, ANT]), "precision": None}
    _report(db, "https://a.example/1", "A", event)
    quarter = {**meeting(40, "2026-Q1", "quarter", [HEG, ANT])}
    _report(db, "https://a.example/2", "B", quarter)
    rows = db.execute("SELECT date, precision, date_display FROM event_mentions ORDER BY date")
    assert rows.fetchall() == [
        ("2026-02-20", "day", "20 Feb 2026"),
        ("2026-Q1", "quarter", "Q1 2026"),
    ]


def test_actors_without_a_name_or_type_do_not_break_the_foreign_keys(db_path):
    db = connect(db_path)
    event = {**meeting(0, "2026-02-20", None, []), "precision": None}
    event["actors"] = [{"id": "someone", "name": None, "role": "agent"}]
    _report(db, "https://a.example/1", "A", event)
    assert db.execute("SELECT name, type FROM entities WHERE id = 'someone'").fetchone() == (
        "someone",
        "UNKNOWN",
    )
    with pytest.raises(DatabaseError, match="no such article"):
        store.save_extraction(db, "not-an-article", {"events": [event]}, "v1")


@pytest.fixture
def deadlines_db(db_path):
    """One ultimatum reported by five outlets, a day apart (two give Friday 27 Feb as the
    deadline, one Saturday, one only the month, one none), and a meeting without one."""
    db = connect(db_path)
    for i, deadline in enumerate(["2026-02", "2026-02-27", "2026-02-28", "2026-02-27", None]):
        event = ultimatum(deadline, amount=1e6)
        _report(db, f"https://o{i}.example/u", f"Outlet {i}", event, f"2026-02-2{4 + i}")
    _report(db, "https://o9.example/m", "Outlet 9", meeting(0, "2026-02-24", "day", [HEG, ANT]))
    merge(db, full=True)
    return db


def _events(db) -> list[tuple]:
    return db.execute("SELECT id, type, deadline, amount_usd FROM events ORDER BY id").fetchall()


def test_the_merge_gives_an_event_its_reports_best_deadline(deadlines_db):
    events = {t: (d, a) for _, t, d, a in _events(deadlines_db)}
    assert events == {"ultimatum": ("2026-02-27", 1000000), "meeting": (None, None)}


def test_the_incremental_merge_gives_the_full_rebuilds_deadline(deadlines_db):
    db = deadlines_db
    # a late report ties the vote, two against two: Friday was reported first
    _report(db, "https://o5.example/u", "Outlet 5", ultimatum("2026-02-28"), "2026-03-01")
    assert merge(db).reclustered is not None
    incremental = _events(db)
    assert {d for _, t, d, _ in incremental if t == "ultimatum"} == {"2026-02-27"}
    _report(db, "https://o6.example/u", "Outlet 6", ultimatum("2026-02-28"), "2026-03-02")
    merge(db)
    incremental = _events(db)
    assert {d for _, t, d, _ in incremental if t == "ultimatum"} == {"2026-02-28"}
    merge(db, full=True)
    assert _events(db) == incremental


def test_a_deadline_changed_in_place_is_merged(deadlines_db):
    db = deadlines_db
    db.execute("UPDATE event_mentions SET deadline = '2026-03-02' WHERE type = 'ultimatum'")
    report = merge(db)
    assert not report.skipped and report.reclustered == 0
    assert {d for _, t, d, _ in _events(db) if t == "ultimatum"} == {"2026-03-02"}


def test_exports_show_the_deadline_and_whole_dollars(deadlines_db):
    db = deadlines_db
    buf = io.StringIO()
    export.write_csv(export.timeline_rows(db), buf)
    rows = {r["type"]: r for r in csv.DictReader(io.StringIO(buf.getvalue()))}
    assert rows["ultimatum"]["deadline"] == "2026-02-27" and rows["meeting"]["deadline"] == ""
    assert rows["ultimatum"]["amount_usd"] == "1000000"
    assert "1000000.0" not in buf.getvalue()

    buf = io.StringIO()
    export.write_json(export.with_details(db, export.timeline_rows(db)), buf)
    (ult,) = [e for e in json.loads(buf.getvalue()) if e["type"] == "ultimatum"]
    assert ult["deadline"] == "2026-02-27" and ult["amount_usd"] == 1000000
    assert isinstance(ult["amount_usd"], int)

    buf = io.StringIO()
    assert export.write_ics(export.with_details(db, export.timeline_rows(db)), buf) == 3
    ics = buf.getvalue()
    entries = ics.split("BEGIN:VEVENT")[1:]
    (deadline,) = [e for e in entries if "SUMMARY:Deadline: " in e]
    assert "DTSTART;VALUE=DATE:20260227" in deadline and "DTEND;VALUE=DATE:20260228" in deadline
    assert "DTSTAMP:" in deadline and "-deadline@news-timeline-tracker" in deadline
    uids = [line for line in ics.splitlines() if line.startswith("UID:")]
    assert len(uids) == len(set(uids)) == 3


def test_the_cli_exports_the_deadline(deadlines_db, db_path, tmp_path):
    deadlines_db.close()
    runner = CliRunner()
    out = tmp_path / "t.csv"
    result = runner.invoke(main, ["export", "timeline", "--db", str(db_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert "2026-02-27" in {r["deadline"] for r in rows}
    ics = tmp_path / "t.ics"
    args = ["export", "timeline", "--db", str(db_path), "--format", "ics", "-o", str(ics)]
    assert runner.invoke(main, args).exit_code == 0
    assert "SUMMARY:Deadline: " in ics.read_text()


def test_the_site_shows_the_deadline(deadlines_db, db_path):
    (eid,) = deadlines_db.execute("SELECT id FROM events WHERE type = 'ultimatum'").fetchone()
    deadlines_db.close()
    page, table, feed, timeline = get(
        datasette(db_path), f"/event/{eid}", "/timeline.csv", "/tracker/calendar.ics", "/timeline"
    )
    assert page.status_code == 200 and "Deadline" in page.text and "27 Feb 2026" in page.text
    assert "$1,000,000" in page.text
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert {r["deadline"] for r in rows} == {"2026-02-27", ""}
    assert feed.status_code == 200 and "SUMMARY:Deadline: " in feed.text
    assert "DTSTART;VALUE=DATE:20260227" in feed.text
    assert "deadline 27 Feb 2026" in timeline.text


def test_a_deadline_makes_a_calendar_entry_for_a_month_dated_ultimatum(db_path):
    db = connect(db_path)
    event = {**ultimatum("2026-03-06"), "date": "2026-02", "precision": "month"}
    _report(db, "https://a.example/1", "A", event)
    merge(db)
    db.close()
    (feed,) = get(datasette(db_path), "/tracker/calendar.ics")
    assert feed.text.count("BEGIN:VEVENT") == 1 and "DTSTART;VALUE=DATE:20260306" in feed.text


@pytest.mark.parametrize(
    ("since", "kept"),
    [
        ("2025-W32", {"2025-W32", "2025-08-19", "2025-Q4", "2026-02-24"}),
        ("2025-Q3", {"2025-W32", "2025-08-19", "2025-Q3", "2025-Q4", "2026-02-24"}),
        ("2025-Q4", {"2025-Q4", "2026-02-24"}),
        ("2020s", {"2025-W32", "2025-08-19", "2025-Q3", "2025-Q4", "2026-02-24"}),
    ],
)
def test_export_since_takes_every_form_of_date_value(db_path, tmp_path, since, kept):
    db = connect(db_path)
    for i, (date, precision) in enumerate(
        [
            ("2025-W32", "week"),
            ("2025-08-19", "day"),
            ("2025-Q3", "quarter"),
            ("2025-Q4", "quarter"),
            ("2026-02-24", "day"),
        ]
    ):
        actors = [(f"party-{i}", f"Party {i}")]  # no party in common: never merged
        _report(db, f"https://d.example/{i}", "D", meeting(0, date, precision, actors))
    merge(db)
    db.close()
    out = tmp_path / "since.csv"
    args = ["export", "timeline", "--db", str(db_path), "--since", since, "-o", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    rows = csv.DictReader(out.open(encoding="utf-8"))
    assert {"2025-W32" if r["precision"] == "week" else r["date"] for r in rows} == kept


def test_export_since_still_rejects_what_is_not_a_date(db_path):
    connect(db_path).close()
    args = ["export", "timeline", "--db", str(db_path), "--since", "2025-W60"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code != 0 and "is not a date" in result.output
