"""QA fixes to the site (QA_site #4-#9): Datasette's table pages show dates as a reader says
them, the events table facets by month, a timeline row names each outlet once, filters that
can never match say why, bare /event/ and /entity/ lead somewhere, robots.txt names the
served database."""

from __future__ import annotations

import asyncio
import re

from core import store
from core.db import connect
from tests.test_rel_site_pages import datasette
from timeline.merge import merge

WEEK_CODE = re.compile(r"\b\d{4}-W\d\d\b")
FERRY = ("harbour-ferry-board", "Harbour Ferry Board")
PILOTS = ("pilots-guild", "Pilots Guild")
TEXT = "The ferry board and the pilots guild sat down at the harbour office to settle rosters. "


def _report(url: str, outlet: str, published: str, date: str, precision: str, n: int) -> tuple:
    article = {
        "url": url,
        "canonical_url": url,
        "source": "harbour",
        "outlet": outlet,
        "title": f"Rosters talks, part {n}",
        "published": published,
        "published_source": "page_metadata",
        "text": TEXT * 6 + f" Report number {n}.",
    }
    event = {
        "type": "meeting",
        "date": date,
        "precision": precision,
        "status": "occurred",
        "confidence": 0.8,
        "actors": [{"id": i, "name": name, "role": "participant"} for i, name in (FERRY, PILOTS)],
        "amount_usd": None,
        "location": None,
        "sentence": "The ferry board met the pilots guild.",
        "start": 0,
        "end": 37,
        "trigger": "met",
        "date_text": "that week",
    }
    return article, event


def build_harbour(db_path) -> str:
    """One meeting dated to ISO week 2025-W32, told by three reports of Quay Post and one of
    Tide Times; its id."""
    db = connect(db_path)
    reports = [
        ("https://quaypost.example/1", "Quay Post", "2025-08-04", 1),
        ("https://tidetimes.example/1", "Tide Times", "2025-08-05", 2),
        ("https://quaypost.example/2", "Quay Post", "2025-08-06", 3),
        ("https://quaypost.example/3", "Quay Post", "2025-08-07", 4),
    ]
    for url, outlet, published, n in reports:
        article, event = _report(url, outlet, published, "2025-W32", "week", n)
        store.save_article(db, article)
        store.save_extraction(
            db, store.article_id(url), {"entities": [], "dates": [], "events": [event]}, "v1"
        )
    merge(db)
    (event_id,) = db.execute("SELECT id FROM events").fetchone()
    db.execute(
        "UPDATE events SET other_dates = ?, deadline = '2025-W34' WHERE id = ?",
        ['["2025-07 (month)", "2025-W29 (week)"]', event_id],
    )
    db.conn.commit()
    db.close()
    return event_id


def get(ds, *paths):
    async def fetch():
        await ds.invoke_startup()
        return [await ds.client.get(p) for p in paths]

    return asyncio.run(fetch())


def test_datasette_table_pages_show_dates_as_a_reader_says_them(db_path):
    event_id = build_harbour(db_path)
    tables = ["timeline", "events", "entity_timeline", "event_mentions", "event_actors"]
    pages = get(
        datasette(db_path),
        *(f"/tracker/{t}" for t in tables),
        f"/tracker/events/{event_id}",
        "/tracker/events.json?_shape=array",
    )
    for path, page in zip([*tables, "events/<id>"], pages[:-1], strict=True):
        assert page.status_code == 200, path
        assert not WEEK_CODE.findall(page.text), path
        assert "week of 4 Aug 2025" in page.text, path
    timeline, events = pages[0].text, pages[1].text
    for html in (timeline, events):
        assert "July 2025; week of 14 Jul 2025" in html  # other_dates
        assert "week of 18 Aug 2025" in html  # deadline
    # the data itself is unchanged: JSON (and CSV) keep the stored value
    (row,) = pages[-1].json()
    assert (row["date"], row["deadline"]) == ("2025-W32", "2025-W34")


def test_events_table_facets_by_month(db_path):
    build_harbour(db_path)
    db = connect(db_path)
    assert db.execute("SELECT month FROM events").fetchall() == [("2025-08",)]
    db.close()
    (page,) = get(datasette(db_path), "/tracker/events.json?_facet=month&_size=0")
    assert page.status_code == 200
    facet = page.json()["facet_results"]["month"]["results"]
    assert [(f["value"], f["count"]) for f in facet] == [("2025-08", 1)]


def test_timeline_row_names_each_outlet_once_with_its_reports(db_path):
    event_id = build_harbour(db_path)
    (page,) = get(datasette(db_path), "/timeline")
    row = page.text[page.text.index('class="event"') :]
    row = row[: row.index("</li>")]
    assert "2 outlets" in row
    assert row.count(">Quay Post</a>") == 1 and row.count(">Tide Times</a>") == 1
    assert 'href="https://quaypost.example/1" rel="nofollow noopener">Quay Post</a>' in row
    assert f'href="/event/{event_id}">(3 reports)</a>' in row
    assert "Tide Times</a> (" not in row  # one report: no count


def test_timeline_filters_that_cannot_match_say_why(db_path):
    build_harbour(db_path)
    ds = datasette(db_path)
    typo, swapped, moment, far, past, fine = get(
        ds,
        "/timeline?type=meetings",
        "/timeline?since=2026&until=2025",
        "/timeline?since=2025-08-04T23:00",
        "/timeline?page=1001",
        "/timeline?page=5",
        "/timeline?type=meeting&since=2025-08&until=2025-08",
    )
    assert "“meetings” is not an event type (one of meeting, contract," in typo.text
    assert "From 2026 is after To 2025: no event can fall between them." in swapped.text
    assert "“2025-08-04T23:00” is not a date (YYYY, YYYY-MM, YYYY-MM-DD" in moment.text
    assert 'value="2025-08-04T23:00"' in moment.text  # shown as typed, not cut to a day
    assert "There is no page 1001 (pages run from 1 to 1000); this is the first page" in far.text
    assert "<p>1 event." in far.text
    assert "Page 5 is past the last page of these events." in past.text
    assert 'role="alert"' not in fine.text and "<p>1 event." in fine.text
    # the downloads refuse the same filters instead of an empty file
    csvs = get(
        ds,
        "/timeline.csv?type=meetings",
        "/timeline.csv?since=2026&until=2025",
        "/timeline.csv?until=2025-08-04T23:00",
        "/tracker/calendar.ics?type=meetings",
    )
    assert [r.status_code for r in csvs] == [400, 400, 400, 400]
    assert "'meetings' is not an event type" in csvs[0].text


def test_bare_event_and_entity_paths_lead_to_their_lists(db_path):
    build_harbour(db_path)
    pages = get(datasette(db_path), "/event/", "/event", "/entity/", "/entity")
    assert [(p.status_code, p.headers["location"]) for p in pages] == [
        (302, "/timeline"),
        (302, "/timeline"),
        (302, "/tracker/entities"),
        (302, "/tracker/entities"),
    ]


def test_robots_txt_names_the_served_database(tmp_path, monkeypatch):
    monkeypatch.delenv("TRACKER_BLOCK_ROBOTS", raising=False)
    build_harbour(tmp_path / "harbour.db")
    (robots,) = get(datasette(tmp_path / "harbour.db"), "/robots.txt")
    lines = robots.text.splitlines()
    assert "Disallow: /harbour" in lines and "Allow: /harbour/timeline" in lines
    assert "/tracker" not in robots.text
