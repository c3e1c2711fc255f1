"""The store, the merge and the exports on articles and extractions written here by hand."""

from __future__ import annotations

import asyncio
import csv
import io
import json

import pytest
import yaml

from core import store
from core.db import connect
from core.errors import InputError
from core.paths import METADATA, PLUGINS
from timeline.export import timeline_rows, write_csv
from timeline.merge import compatible_dates, merge

TEXT = "The harbour board met on Tuesday to discuss the new ferry schedule. " * 12


def article(url: str, text: str = TEXT, **extra) -> dict:
    return {
        "url": url,
        "canonical_url": extra.pop("canonical_url", url),
        "source": "test",
        "outlet": extra.pop("outlet", "Test Outlet"),
        "title": "A title",
        "published": "2026-02-25",
        "published_source": "page_metadata",
        "text": text,
        **extra,
    }


def meeting(
    start: int, date: str, precision: str, actors: list[tuple[str, str]], status="occurred"
) -> dict:
    return {
        "type": "meeting",
        "date": date,
        "precision": precision,
        "status": status,
        "confidence": 0.8,
        "actors": [{"id": i, "name": n, "role": "participant"} for i, n in actors],
        "amount_usd": None,
        "location": None,
        "sentence": "They met.",
        "start": start,
        "end": start + 9,
        "trigger": "met",
        "date_text": "Tuesday",
    }


HEG = ("pete-hegseth", "Pete Hegseth")
AMO = ("dario-amodei", "Dario Amodei")
DOD = ("us-department-of-defense", "U.S. Department of Defense")


def test_article_versions_and_copies(db_path):
    db = connect(db_path)
    assert store.save_article(db, article("https://a.example/story")) == "new"
    assert store.save_article(db, article("https://a.example/story")) == "unchanged"
    assert (
        store.save_article(db, article("https://a.example/story", TEXT + " Update.")) == "updated"
    )
    # utm_ and http variants are the same article
    assert (
        store.save_article(db, article("http://a.example/story?utm_source=x", TEXT + " Update."))
        == "unchanged"
    )
    # the same text on another host, no canonical link: an exact copy
    assert (
        store.save_article(db, article("https://b.example/copy", TEXT + " Update.")) == "duplicate"
    )
    assert db["articles"].count == 1
    assert {r["status"] for r in db["pages"].rows} == {"stored", "copy"}


def test_full_text_index_follows_text_changes_only(db_path):
    db = connect(db_path)
    store.save_article(db, article("https://a.example/story"))

    def found(word: str) -> int:
        sql = "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"
        return db.execute(sql, [word]).fetchone()[0]

    assert found("harbour") == 1 and found("lighthouse") == 0
    (aid,) = store.pending_ids(db, "v1")
    store.save_extraction(db, aid, {}, "v1")  # stamps the row: no re-indexing needed
    assert found("harbour") == 1
    store.save_article(db, article("https://a.example/story", "The lighthouse reopened. " * 20))
    assert found("harbour") == 0 and found("lighthouse") == 1
    db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")


def test_syndicated_copy_first_then_original(db_path):
    db = connect(db_path)
    original = "https://ledger.example/2026/02/story.html"
    copy = article("https://desk.example/stories/story.html", canonical_url=original, outlet="Desk")
    assert store.save_article(db, copy) == "new"
    # the article was new with the copy; the original's page adds no second one
    assert store.save_article(db, article(original, outlet="Ledger")) == "duplicate"
    (row,) = db["articles"].rows
    assert (row["url"], row["outlet"]) == (original, "Ledger")
    pages = {r["url"]: r["status"] for r in db["pages"].rows}
    assert pages == {original: "stored", "https://desk.example/stories/story.html": "copy"}
    assert sorted(store.known_urls(db)) == sorted(pages)


def test_extraction_is_replaced_not_added(db_path):
    db = connect(db_path)
    store.save_article(db, article("https://a.example/1"))
    aid = store.pending_ids(db, "v1")[0]
    result = {
        "entities": [
            {
                "id": HEG[0],
                "name": HEG[1],
                "type": "PERSON",
                "count": 2,
                "mentions": [{"text": "Hegseth", "start": 4, "end": 11}],
            }
        ],
        "dates": [
            {"text": "Tuesday", "start": 20, "end": 27, "value": "2026-02-24", "precision": "day"}
        ],
        "events": [meeting(0, "2026-02-24", "day", [HEG, AMO])],
    }
    store.save_extraction(db, aid, result, "v1")
    store.save_extraction(db, aid, result, "v1")
    counts = {
        t: db[t].count
        for t in ("article_entities", "date_mentions", "event_mentions", "event_mention_actors")
    }
    assert counts == {
        "article_entities": 1,
        "date_mentions": 1,
        "event_mentions": 1,
        "event_mention_actors": 2,
    }
    assert store.pending_ids(db, "v1") == []
    assert store.pending_ids(db, "v1", stale=True) == []
    assert store.pending_ids(db, "v2") == []
    assert store.pending_ids(db, "v2", stale=True) == [aid]


def build_timeline(db_path) -> list:
    db = connect(db_path)
    reports = [
        (
            "https://ledger.example/a",
            "Ledger",
            "2026-02-23",
            meeting(0, "2026-02-24", "day", [HEG, AMO], "planned"),
        ),
        (
            "https://wire.example/b",
            "Wire",
            "2026-02-25",
            meeting(0, "2026-02-24", "day", [HEG, AMO, DOD]),
        ),
        (
            "https://circuit.example/c",
            "Circuit",
            "2026-03-02",
            meeting(0, "2026-02", "month", [AMO, HEG]),
        ),
        (
            "https://circuit.example/d",
            "Circuit",
            "2026-03-03",
            meeting(0, "2026-01", "month", [HEG, ("elon-musk", "Elon Musk")]),
        ),
    ]
    for i, (url, outlet, published, ev) in enumerate(reports):
        store.save_article(
            db, {**article(url, TEXT + str(i), outlet=outlet), "published": published}
        )
        aid = store.article_id(url)
        store.save_extraction(db, aid, {"entities": [], "dates": [], "events": [ev]}, "v1")
    merge(db)
    return db


def test_merge_folds_reports_of_one_meeting(db_path):
    db = build_timeline(db_path)
    events = list(db.query("SELECT * FROM events ORDER BY date"))
    assert len(events) == 2
    jan, feb = events
    assert (feb["date"], feb["precision"], feb["status"]) == ("2026-02-24", "day", "occurred")
    assert (feb["outlets"], feb["mentions"], feb["first_outlet"]) == (3, 3, "Ledger")
    assert jan["date"] == "2026-01"
    ids = [e["id"] for e in events]
    merge(db)  # idempotent, stable ids
    assert [e["id"] for e in db.query("SELECT id FROM events ORDER BY date")] == ids
    actors = {
        r["entity_id"]
        for r in db.query("SELECT entity_id FROM event_actors WHERE event_id = ?", [feb["id"]])
    }
    assert actors == {HEG[0], AMO[0], DOD[0]}


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        (("2026-02-24", "day"), ("2026-02", "month"), True),
        (("2026-02-24", "day"), ("2026-02-25", "day"), False),
        (("2026-02", "month"), ("2026-03", "month"), False),
        (("2026", "year"), ("2026-07-14", "day"), True),
        ((None, None), ("2026-02", "month"), False),
    ],
)
def test_compatible_dates(a, b, ok):
    assert compatible_dates(a[0], a[1], b[0], b[1]) is ok


def test_csv_export_filters_and_neutralises_formulas(db_path):
    db = build_timeline(db_path)
    db.execute(
        "UPDATE events SET evidence = '=HYPERLINK(\"http://evil.example\")' WHERE date = '2026-01'"
    )
    db.conn.commit()
    buf = io.StringIO()
    assert write_csv(timeline_rows(db), buf) == 2
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert [r["date"] for r in rows] == ["2026-01", "2026-02-24"]
    assert rows[0]["evidence"].startswith("'=HYPERLINK")
    assert rows[1]["actors"] == "Pete Hegseth; Dario Amodei; U.S. Department of Defense"
    assert rows[1]["outlets"] == "3"
    assert [r["date"] for r in timeline_rows(db, entity="Elon Musk")] == ["2026-01"]
    assert [r["date"] for r in timeline_rows(db, since="2026-02", until="2026-02")] == [
        "2026-02-24"
    ]
    with pytest.raises(InputError, match="no entity is called"):
        timeline_rows(db, entity="x' OR 1=1--")  # raised before a row is written
    assert (
        db.execute("SELECT evidence FROM events WHERE date = '2026-01'")
        .fetchone()[0]
        .startswith("=")
    )


def test_datasette_serves_timeline_and_canned_query(db_path):
    from datasette.app import Datasette

    build_timeline(db_path).close()
    metadata = yaml.safe_load(METADATA.read_text())
    ds = Datasette([str(db_path)], metadata=metadata, plugins_dir=str(PLUGINS))  # as served

    async def fetch():
        timeline = await ds.client.get("/tracker/timeline.json?_shape=array")
        canned = await ds.client.get(
            "/tracker/entity_timeline_range.json?_shape=array&entity=Pete+Hegseth&since=2026-02&until=2026-02"
        )
        page = await ds.client.get("/tracker/timeline")
        return timeline, canned, page

    timeline, canned, page = asyncio.run(fetch())
    assert timeline.status_code == 200
    assert [r["date"] for r in timeline.json()] == ["2026-01", "2026-02-24"]
    assert [r["headline"] for r in canned.json()] == [
        "Pete Hegseth meets Dario Amodei and U.S. Department of Defense"
    ]
    assert page.status_code == 200 and "Merged timeline events" in page.text


def test_conflicting_days_between_same_parties_stay_visible(db_path):
    db = build_timeline(db_path)
    store.save_article(
        db,
        {
            **article("https://late.example/e", TEXT + "late", outlet="Late"),
            "published": "2026-03-05",
        },
    )
    store.save_extraction(
        db,
        store.article_id("https://late.example/e"),
        {"events": [meeting(0, "2026-02-25", "day", [HEG, AMO])]},
        "v1",
    )
    merge(db)
    (feb,) = db.query("SELECT * FROM events WHERE date LIKE '2026-02%'")
    assert feb["date"] == "2026-02-24" and feb["outlets"] == 4
    assert json.loads(feb["other_dates"]) == ["2026-02 (month)", "2026-02-25 (day)"]


def test_timelinejs_json_and_ics_exports(db_path):
    from timeline.export import (
        TIMELINEJS_COLUMNS,
        with_details,
        write_ics,
        write_json,
        write_timelinejs,
    )

    db = build_timeline(db_path)
    db.execute("UPDATE events SET headline = '=cmd|x' WHERE date = '2026-01'")
    db.conn.commit()
    buf = io.StringIO()
    assert write_timelinejs(with_details(db, timeline_rows(db)), buf, title="Beat") == 2
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert tuple(rows[0]) == TIMELINEJS_COLUMNS
    assert (rows[0]["Type"], rows[0]["Headline"]) == ("title", "Beat")
    assert (rows[1]["Year"], rows[1]["Month"], rows[1]["Day"], rows[1]["Headline"]) == (
        "2026",
        "1",
        "",
        "'=cmd|x",
    )
    assert (rows[2]["Year"], rows[2]["Month"], rows[2]["Day"], rows[2]["Group"]) == (
        "2026",
        "2",
        "24",
        "meeting",
    )
    assert "https://ledger.example/a" in rows[2]["Text"]

    buf = io.StringIO()
    write_json(with_details(db, timeline_rows(db)), buf)
    events = json.loads(buf.getvalue())
    feb = events[1]
    assert set(feb) == {
        "id",
        "date",
        "date_display",
        "date_start",
        "date_end",
        "precision",
        "type",
        "status",
        "headline",
        "actors",
        "amount_usd",
        "deadline",
        "outlets",
        "sources",
    }
    assert {a["name"] for a in feb["actors"]} == {
        "Pete Hegseth",
        "Dario Amodei",
        "U.S. Department of Defense",
    }
    assert feb["date_display"] == "24 Feb 2026"
    assert [s["outlet"] for s in feb["sources"]] == ["Ledger", "Wire", "Circuit"]
    assert [s["url"] for s in feb["sources"]] == [
        "https://ledger.example/a",
        "https://wire.example/b",
        "https://circuit.example/c",
    ]

    buf = io.StringIO()
    assert (
        write_ics(with_details(db, timeline_rows(db)), buf) == 1
    )  # month-precision events have no day
    ics = buf.getvalue()
    assert "DTSTART;VALUE=DATE:20260224" in ics and ics.count("BEGIN:VEVENT") == 1


def test_award_records_merge_only_with_news_naming_the_company(db_path):
    db = build_timeline(db_path)
    palantir = ("palantir", "Palantir")

    def award(url, company, origin, amount=1e8):
        store.save_article(db, {**article(url, TEXT + url), "published": "2026-03-10"})
        ev = {
            **meeting(0, "2026-03-10", "day", [DOD, company]),
            "type": "contract",
            "amount_usd": amount,
        }
        store.save_extraction(db, store.article_id(url), {"events": [ev]}, "v1")
        db.execute(
            "UPDATE event_mentions SET origin = ? WHERE article_id = ?",
            [origin, store.article_id(url)],
        )
        db.conn.commit()

    award("https://dod.example/1", palantir, "contracts")
    award(
        "https://dod.example/2", ("acme", "Acme"), "contracts"
    )  # same day, same size, other award
    award("https://news.example/p", palantir, "nlp")  # a news report of the Palantir award
    award("https://news.example/q", ("other", "Other Co"), "nlp")  # shares only the DoD
    merge(db)
    rows = list(
        db.query("SELECT actors, mentions FROM events WHERE type = 'contract' ORDER BY actors")
    )
    assert [(r["actors"], r["mentions"]) for r in rows] == [
        ("U.S. Department of Defense; Acme", 1),
        ("U.S. Department of Defense; Other Co", 1),
        ("U.S. Department of Defense; Palantir", 2),
    ]
