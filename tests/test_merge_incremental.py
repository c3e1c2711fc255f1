"""The incremental merge gives, table for table, what a full rebuild gives."""

from __future__ import annotations

import random
import sqlite3

import pytest

from core import store
from core.db import connect
from tests.test_store_merge_export import article
from timeline import corrections
from timeline.merge import UBIQUITOUS, merge

PEOPLE = [("a", "Alpha Corp"), ("b", "Beta Inc"), ("c", "Carol Doe"), ("d", "Delta LLC")]
PEOPLE += [(e, "U.S. Department of Defense") for e in UBIQUITOUS]
DATES = [
    (None, None),
    ("2026", "year"),
    ("2025", "year"),
    ("2026-02", "month"),
    ("2026-03", "month"),
    ("2026-W09", "week"),
    ("2026-02-24", "day"),
    ("2026-02-25", "day"),
    ("2026-03-01", "day"),
    ("2025-02-24", "day"),
]
DAYS = ["2026-01-10", "2026-02-20", "2026-02-24", "2026-02-25", "2026-03-02", "2026-03-20", None]
TABLES = {
    "events": "SELECT * FROM events ORDER BY id",
    "event_actors": "SELECT * FROM event_actors ORDER BY event_id, entity_id",
    "event_clusters": "SELECT * FROM event_clusters ORDER BY event_id",
    "event_cluster_actors": "SELECT * FROM event_cluster_actors ORDER BY event_id, entity_id",
    "links": "SELECT id, event_id FROM event_mentions ORDER BY id",
}


def correct(db, rng: random.Random) -> None:
    """A reader records a correction between random reports, or takes one back."""
    ids = [r[0] for r in db.execute("SELECT id FROM event_mentions ORDER BY id")]
    if rng.random() < 0.3:
        recorded = [r[0] for r in db.execute("SELECT id FROM merge_corrections ORDER BY id")]
        if recorded:
            corrections.remove(db, rng.choice(recorded))
            return
    if len(ids) < 2:
        return
    kind = rng.choice(["wrong", "merge", "merge", "split", "split"])
    one, other = rng.sample(ids, 2)
    if corrections.report_of(db, one) == corrections.report_of(db, other):
        return
    corrections.record(db, kind, one, None if kind == "wrong" else other)


def extraction(rng: random.Random, n: int) -> dict:
    events = []
    for i in range(n):
        date, precision = rng.choice(DATES)
        actors = rng.sample(PEOPLE, rng.choice([0, 1, 1, 2, 2, 3]))
        events.append(
            {
                "type": rng.choice(["meeting", "meeting", "contract", "statement"]),
                "date": date,
                "precision": precision,
                "status": rng.choice(["occurred", "reported"]),
                "confidence": rng.choice([0.5, 0.8]),
                "actors": [{"id": e, "name": name, "role": "participant"} for e, name in actors],
                "amount_usd": rng.choice([None, None, 1_000_000, 2_000_000]),
                "location": None,
                "sentence": f"Sentence {i}.",
                "start": i * 20,
                "end": i * 20 + 10,
                "trigger": "met",
                "date_text": date,
            }
        )
    return {"entities": [], "dates": [], "events": events}


def snapshot(db) -> dict[str, list[tuple]]:
    return {name: [tuple(r) for r in db.execute(sql).fetchall()] for name, sql in TABLES.items()}


def rebuilt(db_path, tmp_path, name: str) -> dict[str, list[tuple]]:
    """A copy of the database, merged from scratch."""
    copy = tmp_path / f"{name}.db"
    with sqlite3.connect(db_path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    full = connect(copy)
    merge(full, full=True)
    return snapshot(full)


@pytest.mark.parametrize("corrected", [False, True], ids=["plain", "with corrections"])
def test_incremental_merge_equals_full_rebuild(tmp_path, corrected):
    incremental_with_corrections = 0
    for seed in range(20):
        rng = random.Random(seed)
        db_path = tmp_path / f"inc{seed}.db"
        db = connect(db_path)
        urls: list[str] = []
        for step in range(8):
            for _ in range(rng.randint(1, 4)):  # new articles, some published before others
                url = f"https://news.example/{seed}/{len(urls)}"
                urls.append(url)
                text = f"Article {len(urls)} text. " * 30
                store.save_article(db, article(url, text, published=rng.choice(DAYS)))
                store.save_extraction(
                    db, store.article_id(url), extraction(rng, rng.randint(1, 4)), "t"
                )
            if step and rng.random() < 0.5:  # re-extraction with other events
                url = rng.choice(urls)
                store.save_extraction(db, store.article_id(url), extraction(rng, 3), "t2")
            if step and rng.random() < 0.3:  # a new publication day moves its mentions
                db.execute(
                    "UPDATE articles SET published = ? WHERE id = ?",
                    [rng.choice(DAYS), store.article_id(rng.choice(urls))],
                )
                db.conn.commit()
            if step and rng.random() < 0.2:  # an article goes, with its mentions
                gone = urls.pop(rng.randrange(len(urls)))
                with db.atomic():
                    db.execute("DELETE FROM articles WHERE id = ?", [store.article_id(gone)])
            if step and rng.random() < 0.2:  # a renamed entity changes only the text
                with db.atomic():
                    db.execute("UPDATE entities SET name = ? WHERE id = 'a'", [f"Alpha {step}"])
            if corrected and step and rng.random() < 0.6:  # corrections survive re-extraction
                correct(db, rng)
            asked = db.execute("SELECT 1 FROM merge_dirty WHERE kind = 'full'").fetchone()
            report = merge(db)
            assert step == 0 or asked or report.reclustered is not None, "ran incrementally"
            if report.reclustered is not None and corrections.has_corrections(db):
                incremental_with_corrections += 1
            assert snapshot(db) == rebuilt(db_path, tmp_path, f"full{seed}-{step}"), (
                f"seed {seed}, step {step}"
            )
    assert not corrected or incremental_with_corrections > 20, incremental_with_corrections


def test_an_unchanged_database_reclusters_nothing(tmp_path):
    db = connect(tmp_path / "t.db")
    url = "https://news.example/one"
    store.save_article(db, article(url, "Some text here. " * 30))
    store.save_extraction(db, store.article_id(url), extraction(random.Random(1), 3), "t")
    merge(db)
    assert merge(db).skipped
    report = merge(db, force=True)
    assert report.reclustered == 0 and report.events == db["events"].count > 0
