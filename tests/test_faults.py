"""Storing and running through faults (reliability.md #17-#21, #25)."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from core import store
from core.db import connect
from core.lock import run_lock
from core.paths import ROOT
from tests.conftest import run_cli
from tests.test_store_merge_export import TEXT, article, build_timeline, meeting
from tracker.cli import main
from tracker.extraction import run_extraction


class FlakyExtractor:
    """Stands in for spaCy: one article makes it raise, the rest extract to one event each."""

    def extract_one(self, record: dict) -> dict:
        if "BOOM" in record["text"]:
            raise ValueError("cannot parse this article")
        return {
            "id": record["id"],
            "entities": [],
            "dates": [],
            "events": [meeting(0, record["published"], "day", [("a", "A"), ("b", "B")])],
        }

    def extract_many(self, records, processes=None):
        for record in records:
            yield self.extract_one(record)


def test_one_failing_article_is_rolled_back_alone(db_path):
    db = connect(db_path)
    for i in range(5):
        text = TEXT + (" BOOM" if i == 2 else f" {i}")
        store.save_article(
            db, {**article(f"https://a.example/{i}", text), "published": f"2026-02-0{i + 1}"}
        )
    report = run_extraction(db, FlakyExtractor(), version="v1", batch_size=2)
    assert (report.extracted, report.failed) == (4, 1)
    failed = list(
        db.query("select url, extract_error from articles where extract_error is not null")
    )
    assert [r["url"] for r in failed] == ["https://a.example/2"]
    assert "cannot parse" in failed[0]["extract_error"]
    assert db.execute("select count(*) from event_mentions").fetchone()[0] == 4
    assert store.pending_ids(db, "v1") == []  # recorded, not retried forever


def test_overlapping_run_exits_at_once_with_its_own_code(db_path, tmp_path):
    sources = tmp_path / "sources.yml"
    sources.write_text("sources:\n  - {name: x, kind: feed, url: 'http://127.0.0.1:9/feed'}\n")
    with run_lock(db_path):
        started = time.monotonic()
        result = run_cli("run", "--db", str(db_path), "--sources", str(sources))
    assert result.returncode == 75
    assert "already running" in result.stderr
    assert time.monotonic() - started < 30


def test_unwritable_database_path_is_a_clear_error(tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where a folder should be")
    result = CliRunner().invoke(main, ["merge", "--db", str(blocker / "tracker.db")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot open database")


def test_write_failure_surfaces_as_database_error(db_path):
    from core.errors import DatabaseError

    db = connect(db_path)
    db.execute("PRAGMA query_only = ON")  # every write now fails, as on a full or read-only disk
    with pytest.raises(DatabaseError, match="cannot store"):
        store.save_article(db, article("https://a.example/x"))
    db.execute("PRAGMA query_only = OFF")
    assert db["articles"].count == 0


def test_datasette_reads_while_the_merge_writes(db_path):
    from tests.test_site import datasette, get

    db = build_timeline(db_path)
    ds = datasette(db_path)
    errors, stop = [], threading.Event()

    def writer():
        from timeline.merge import merge

        conn = connect(db_path)
        while not stop.is_set():
            try:
                merge(conn)
            except Exception as exc:  # noqa: BLE001
                errors.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        for _ in range(15):
            for resp in get(ds, "/timeline", "/tracker/timeline.json", "/entity/pete-hegseth"):
                assert resp.status_code == 200, resp.text[:500]
    finally:
        stop.set()
        thread.join()
    assert not errors
    db.close()


def test_non_english_article_is_flagged_not_run_through_english_ner(db_path):
    db = connect(db_path)
    german = (
        "Der Verteidigungsminister traf sich am Dienstag mit dem Chef des Unternehmens, "
        "um über den Einsatz künstlicher Intelligenz in der Bundeswehr zu sprechen. "
    ) * 6
    store.save_article(db, {**article("https://de.example/1", german), "language": "de"})
    store.save_article(db, {**article("https://en.example/1"), "language": "en"})
    report = run_extraction(db, FlakyExtractor(), version="v1")
    assert (report.extracted, report.not_english) == (1, 1)
    row = next(
        db.query("select text, extractor_version from articles where url = 'https://de.example/1'")
    )
    assert row["extractor_version"] == "v1" and "künstlicher" in row["text"]
    assert db.execute("select count(*) from event_mentions").fetchone()[0] == 1


def processes_naming(path) -> list[int]:
    """Live processes whose command line mentions `path` (Linux /proc)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            cmdline = (entry / "cmdline").read_bytes()
            state = (entry / "stat").read_text().split(") ")[-1][:1]
        except OSError:
            continue
        if str(path).encode() in cmdline and state != "Z":
            found.append(int(entry.name))
    return found


@pytest.mark.model
def test_kill_9_mid_extraction_then_rerun_converges(tmp_path):
    records = [
        {
            "url": f"https://k.example/{i}",
            "title": f"Story {i}",
            "published": "2026-02-23",
            "text": f"Story {i}. Defense Secretary Pete Hegseth met Dario Amodei at the Pentagon on "
            "Tuesday. The Pentagon awarded Anthropic a $200 million contract last July. " * 8,
        }
        for i in range(120)
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    killed, clean = tmp_path / "killed.db", tmp_path / "clean.db"
    for db in (killed, clean):
        assert run_cli("import", str(src), "--db", str(db)).returncode == 0
    proc = subprocess.Popen(
        [sys.executable, "-m", "tracker", "extract", "--db", str(killed), "--processes", "2"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # wait until some, not all, articles are extracted
        done = (
            sqlite3.connect(killed)
            .execute("select count(*) from articles where extractor_version is not null")
            .fetchone()[0]
        )
        if done >= 10:
            break
        time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 20
    while processes_naming(killed) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert processes_naming(killed) == [], "spaCy workers outlived their killed parent"
    conn = sqlite3.connect(killed)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    partial = conn.execute(
        "select count(*) from articles a where extractor_version is not null and not exists "
        "(select 1 from event_mentions m where m.article_id = a.id)"
    ).fetchone()[0]
    assert partial == 0, "an article is marked extracted without its extraction"
    conn.close()
    assert run_cli("extract", "--db", str(killed)).returncode == 0
    assert run_cli("extract", "--db", str(clean)).returncode == 0

    def snapshot(path):
        c = sqlite3.connect(path)
        tables = [
            c.execute(f"select * from {t} order by 1, 2").fetchall()  # noqa: S608
            for t in ("event_mentions", "event_mention_actors", "date_mentions")
        ]
        # first_seen_at is when this database fetched the report: a clock, not a result
        events = c.execute("select * from events order by id").fetchall()
        columns = [d[0] for d in c.execute("select * from events").description]
        seen = columns.index("first_seen_at")
        return tables + [[row[:seen] + row[seen + 1 :] for row in events]]

    assert snapshot(killed) == snapshot(clean)
