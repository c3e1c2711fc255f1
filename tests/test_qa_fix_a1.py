"""QA fixes: entity names in any case of any alphabet (CLI, pages, downloads, canned
queries); search over every report and every actor; the Atom feed's links; deadline entries
selected by the deadline's own day, in the calendar and in TimelineJS alike."""

from __future__ import annotations

import csv
import io
import sqlite3
from urllib.parse import quote

import pytest
import sqlite_utils
from click.testing import CliRunner
from sqlite_utils.migrations import Migrations

from core import db as schema
from core import store
from core.db import connect
from core.names import name_key, name_like
from tests.test_deadline_exports import vevents
from tests.test_site import datasette, get
from timeline import export, query
from timeline.merge import merge
from tracker.cli import main

ZOE = ("zoe-aldana", "Zoë Åldana")
HARBOUR = ("harbour-board", "Harbour Board")
FERRY = ("ferry-union", "Ferry Union")
MILL = ("mill-trust", "Mill Trust")
RIVER = [("weir-wardens", "Weir Wardens"), ("canal-guild", "Canal Guild")]
RIVER += [("quay-council", "Quay Council"), ("lock-keepers", "Lock Keepers")]


def report(kind: str, date: str | None, actors, sentence: str, **extra) -> dict:
    """One event as one article tells it; the first actor acts, the others take part."""
    return {
        "type": kind,
        "date": date,
        "precision": "day" if date else None,
        "status": "occurred",
        "confidence": extra.pop("confidence", 0.8),
        "actors": [
            {"id": i, "name": n, "role": "agent" if k == 0 else "participant"}
            for k, (i, n) in enumerate(actors)
        ],
        "amount_usd": None,
        "location": None,
        "sentence": sentence,
        "start": 0,
        "end": len(sentence),
        "trigger": "gave" if kind == "ultimatum" else "met",
        "date_text": "Tuesday" if date else None,
        **extra,
    }


def publish(db, url: str, outlet: str, event: dict, published: str = "2026-02-25") -> None:
    text = f"What {outlet} wrote about the river towns, at some length. " * 8 + url
    store.save_article(
        db,
        {
            "url": url,
            "canonical_url": url,
            "source": "test",
            "outlet": outlet,
            "title": f"{outlet} on the river towns",
            "published": published,
            "published_source": "page_metadata",
            "text": text,
        },
    )
    store.save_extraction(db, store.article_id(url), {"events": [event]}, "v1")


def event_of(db, party: str, kind: str) -> dict:
    (row,) = db.query(
        "SELECT e.* FROM events e JOIN event_actors ea ON ea.event_id = e.id "
        "WHERE ea.entity_id = ? AND e.type = ?",
        [party, kind],
    )
    return row


@pytest.fixture
def river_db(db_path):
    """Zoë Åldana (a gazetteer person with a non-ASCII name and alias) at a meeting; an
    ultimatum made on 24 Feb 2026 and due 27 Feb, told by two outlets, only the second of
    which says "deadline"; a meeting of four bodies, the fourth named in no sentence and
    left out of the headline; an ultimatum no report dates, due 6 Mar 2026."""
    db = connect(db_path)
    store.sync_gazetteer(
        db, [{"id": ZOE[0], "name": ZOE[1], "type": "PERSON", "aliases": ["Ådmiral Zoë"]}]
    )
    publish(
        db,
        "https://weir.example/zoe",
        "Weir Post",
        report("meeting", "2026-02-10", [ZOE, RIVER[2]], "Åldana met the quay council."),
    )
    ultimatum = {"deadline": "2026-02-27"}
    publish(
        db,
        "https://quayside.example/ultimatum",
        "Quayside",
        report(
            "ultimatum",
            "2026-02-24",
            [HARBOUR, FERRY],
            "The harbour board handed the ferry union an ultimatum on Tuesday.",
            confidence=0.9,
            **ultimatum,
        ),
    )
    publish(
        db,
        "https://tidewater.example/ultimatum",
        "Tidewater",
        report(
            "ultimatum",
            "2026-02-24",
            [HARBOUR, FERRY],
            "Harbour chiefs set a Friday deadline for the ferry union to sign.",
            confidence=0.5,
            **ultimatum,
        ),
    )
    publish(
        db,
        "https://weir.example/four",
        "Weir Post",
        report("meeting", "2026-02-20", RIVER, "Four river bodies met at the weir."),
    )
    publish(
        db,
        "https://tidewater.example/mill",
        "Tidewater",
        report(
            "ultimatum", None, [MILL], "The mill trust must pay by Friday.", deadline="2026-03-06"
        ),
        published="2026-03-02",
    )
    merge(db, full=True)
    # what the tests rely on
    told = event_of(db, HARBOUR[0], "ultimatum")
    assert told["mentions"] == 2 and "deadline" not in told["evidence"] + told["headline"]
    assert "Lock Keepers" not in event_of(db, "lock-keepers", "meeting")["headline"]
    assert event_of(db, MILL[0], "ultimatum")["date"] is None
    return db


# 1. entity names in any case, for every alphabet


def test_name_key_folds_case_in_every_alphabet_and_name_like_is_a_superset():
    assert name_key("NICOLÁS MADURO") == name_key("Nicolás Maduro") == "nicolás maduro"
    assert name_key("PETE-HEGSETH") == "pete-hegseth"
    # the LIKE pattern stands for any spelling: non-ASCII letters, wildcards and what JSON
    # escapes are wildcards themselves
    assert name_like('ZOË "Å" 100%_x') == "ZO% % 100%x"


@pytest.mark.parametrize(
    "typed", ["ZOE-ALDANA", "Zoe-Aldana", "ZOË ÅLDANA", "zoë åldana", "ÅDMIRAL ZOË", "Ådmiral Zoë"]
)
def test_an_entity_is_found_by_id_name_or_alias_in_any_case(river_db, typed):
    assert [e["id"] for e in query.match_entity(river_db, typed).entities] == [ZOE[0]]
    (row,) = export.timeline_rows(river_db, entity=typed)
    assert row["date"] == "2026-02-10"


def test_the_cli_takes_an_id_or_a_non_ascii_name_in_capitals(river_db, db_path, tmp_path):
    river_db.close()
    for typed in ("ZOË ÅLDANA", "HARBOUR-BOARD"):
        out = tmp_path / "out.csv"
        args = ["export", "timeline", "--db", str(db_path), "--entity", typed, "-o", str(out)]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        assert len(list(csv.DictReader(out.open(encoding="utf-8")))) == 1


def test_the_site_pages_downloads_and_canned_queries_match_in_any_case(river_db, db_path):
    mill = event_of(river_db, MILL[0], "ultimatum")["headline"]
    river_db.close()
    name, alias = quote("ZOË ÅLDANA"), quote("ÅDMIRAL ZOË")
    page, entity, download, profile, ranged, undated = get(
        datasette(db_path),
        f"/timeline?entity={name}",
        "/entity/ZOE-ALDANA",
        f"/timeline.csv?entity={alias}",
        f"/tracker/entity_profile.json?entity={name}&_shape=array",
        "/tracker/entity_timeline_range.json?entity=ZOE-ALDANA&since=&until=&_shape=array",
        "/tracker/undated.json?entity=MILL-TRUST&_shape=array",
    )
    assert "No entity" not in page.text and "Åldana met the quay council." in page.text
    assert entity.status_code == 302 and entity.headers["location"] == "/entity/zoe-aldana"
    assert download.status_code == 200 and len(download.text.strip().splitlines()) == 2
    assert [r["id"] for r in profile.json()] == [ZOE[0]]
    assert [r["date"] for r in ranged.json()] == ["10 Feb 2026"]
    assert [r["headline"] for r in undated.json()] == [mill]


# 2. search reads every report and every actor


def test_search_finds_an_event_by_another_reports_words_and_its_actors_names(river_db):
    ultimatum = event_of(river_db, HARBOUR[0], "ultimatum")["id"]
    four = event_of(river_db, "lock-keepers", "meeting")["id"]
    assert [r["event_id"] for r in export.timeline_rows(river_db, q="harbour deadline")] == [
        ultimatum
    ]
    assert [r["event_id"] for r in export.timeline_rows(river_db, q="Lock Keepers")] == [four]
    assert list(export.timeline_rows(river_db, q='"deadline harbour"')) == []  # still a phrase


def test_site_search_and_table_search_read_every_report(river_db, db_path):
    headline = event_of(river_db, HARBOUR[0], "ultimatum")["headline"]
    river_db.close()
    page, download, table = get(
        datasette(db_path),
        "/timeline?q=harbour+deadline",
        "/timeline.csv?q=harbour+deadline",
        "/tracker/events.json?_search=Friday+deadline&_shape=array",
    )
    assert headline in page.text
    assert [r["headline"] for r in csv.DictReader(io.StringIO(download.text))] == [headline]
    assert [r["headline"] for r in table.json()] == [headline]


def test_an_incremental_merge_searches_the_report_it_adds(river_db):
    publish(
        river_db,
        "https://harbourlog.example/ultimatum",
        "Harbour Log",
        report(
            "ultimatum",
            "2026-02-24",
            [HARBOUR, FERRY],
            "Dockers watched the harbour board's ultimatum from the pier.",
            deadline="2026-02-27",
        ),
    )
    assert merge(river_db).reclustered is not None  # incremental, not a rebuild
    (row,) = export.timeline_rows(river_db, q="dockers pier")
    assert row["event_id"] == event_of(river_db, HARBOUR[0], "ultimatum")["id"]


def test_m016_indexes_the_search_text_of_an_older_database(db_path):
    old = Migrations("tracker")
    old._migrations = [m for m in schema.migrations._migrations if m.name < "m016"]  # noqa: SLF001
    conn = sqlite3.connect(db_path)
    old.apply(sqlite_utils.Database(conn))
    conn.execute("UPDATE merge_state SET pending = 0")
    conn.commit()
    conn.close()
    db = connect(db_path)
    columns = [r[1] for r in db.execute("PRAGMA table_info(events_fts)")]
    assert columns == ["headline", "evidence", "search_text"]
    assert db.execute("SELECT pending FROM merge_state").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM merge_dirty WHERE kind = 'full'").fetchone()[0]
    db.execute(
        "INSERT INTO events (id, type, headline, outlets, mentions, search_text) "
        "VALUES ('e1', 'meeting', 'A meeting', 1, 1, 'the weir wardens')"
    )
    found = "SELECT rowid FROM events_fts WHERE events_fts MATCH ?"
    assert len(db.execute(found, ['"wardens"']).fetchall()) == 1
    db.execute("UPDATE events SET search_text = 'the lock keepers' WHERE id = 'e1'")
    assert db.execute(found, ['"wardens"']).fetchall() == []
    assert len(db.execute(found, ['"keepers"']).fetchall()) == 1


# 3. the Atom feed links only to http(s)


def test_new_events_feed_never_links_a_script_url(river_db, db_path):
    four = event_of(river_db, "lock-keepers", "meeting")["id"]
    river_db.execute("UPDATE events SET first_url = 'javascript:alert(1)' WHERE id = ?", [four])
    river_db.conn.commit()
    river_db.close()
    (feed,) = get(datasette(db_path), "/tracker/new_events.atom")
    assert feed.status_code == 200
    assert "javascript:" not in feed.text
    assert f'<link href="/event/{four}"/>' in feed.text
    assert '<link href="https://quayside.example/ultimatum"/>' in feed.text


# 4. a deadline entry is selected by the deadline's own day


def summaries(ics: str) -> list[str]:
    return sorted(e["SUMMARY"] for e in vevents(ics).values())


def slides(rows) -> list[tuple[str, str, str, str]]:
    buf = io.StringIO()
    export.write_timelinejs(rows, buf)
    cells = list(csv.DictReader(io.StringIO(buf.getvalue())))[1:]
    return [(r["Headline"], r["Year"], r["Month"], r["Day"]) for r in cells]


def test_a_range_selects_a_dated_ultimatums_deadline_by_the_deadlines_day(river_db):
    headline = event_of(river_db, HARBOUR[0], "ultimatum")["headline"]

    def ics(**filters) -> list[str]:
        buf = io.StringIO()
        export.write_ics(
            export.with_details(river_db, export.calendar_rows(river_db, **filters)), buf
        )
        return summaries(buf.getvalue())

    def timelinejs(**filters) -> list[tuple[str, str, str, str]]:
        return slides(export.with_details(river_db, export.slide_rows(river_db, **filters)))

    assert ics(since="2026-02-27", until="2026-02-27") == [f"Deadline: {headline}"]
    assert ics(since="2026-02-24", until="2026-02-24") == [headline]
    assert f"Deadline: {headline}" in ics(since="2026-02-24", until="2026-02-27")
    assert timelinejs(since="2026-02-27", until="2026-02-27") == [
        (f"Deadline: {headline}", "2026", "2", "27")
    ]
    assert timelinejs(since="2026-02-24", until="2026-02-24") == [(headline, "2026", "2", "24")]


def test_timelinejs_has_an_undated_ultimatums_deadline_slide_as_the_calendar_has(
    river_db, db_path, tmp_path
):
    headline = event_of(river_db, MILL[0], "ultimatum")["headline"]
    due = (f"Deadline: {headline}", "2026", "3", "6")
    rows = export.with_details(river_db, export.slide_rows(river_db, entity="MILL TRUST"))
    assert slides(rows) == [due]
    rows = export.with_details(river_db, export.slide_rows(river_db, since="2026-03"))
    assert slides(rows) == [due]
    river_db.close()
    out = tmp_path / "slides.csv"
    args = ["export", "timeline", "--db", str(db_path), "--format", "timelinejs", "-o", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert ",".join(due[:1]) in out.read_text(encoding="utf-8")
    # the calendar and TimelineJS agree on which deadlines a range holds
    cal = ["export", "timeline", "--db", str(db_path), "--format", "ics", "--since", "2026-03"]
    assert summaries(CliRunner().invoke(main, cal).output) == [f"Deadline: {headline}"]


def test_calendar_rows_say_which_entries_a_row_shows(river_db):
    ultimatum = event_of(river_db, HARBOUR[0], "ultimatum")["id"]
    both = list(query.calendar_rows(river_db, query.Filters.parse(since="2026-02-24")))
    assert [r["entries"] for r in both if r["event_id"] == ultimatum] == [("event", "deadline")]
    only = list(query.calendar_rows(river_db, query.Filters.parse(since="2026-02-25")))
    assert [r["entries"] for r in only if r["event_id"] == ultimatum] == [("deadline",)]
    assert [r["event_id"] for r in only].count(ultimatum) == 1  # one row, not one per entry
