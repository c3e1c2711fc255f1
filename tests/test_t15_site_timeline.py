"""Issue 15, what a reader meets: dates as ranges, entities as people type them, the event
page, the site's CSV and calendar through the export writers, and search by words."""

from __future__ import annotations

import csv
import io
import re

import pytest
from click.testing import CliRunner

from core import store
from core.db import connect
from tests.test_site import datasette, get
from tests.test_store_merge_export import AMO, HEG, TEXT, article, build_timeline, meeting
from timeline import export, query
from timeline.merge import merge
from tracker.cli import main

GAZETTEER = [
    {
        "id": "pete-hegseth",
        "name": "Pete Hegseth",
        "type": "PERSON",
        "aliases": ["Hegseth", "Peter Hegseth"],
        "tags": ["official"],
    },
    {"id": "dario-amodei", "name": "Dario Amodei", "type": "PERSON", "tags": ["anthropic"]},
    {"id": "anthropic", "name": "Anthropic", "type": "ORG", "aliases": ["Anthropic PBC"]},
    {"id": "harbour-works", "name": "Harbour Works", "type": "ORG", "aliases": ["HW Ltd"]},
]
HOSTILE = '=HYPERLINK("http://evil.example")<script>alert(1)</script>'


def report(db, url: str, outlet: str, published: str, event: dict, **extra) -> None:
    store.save_article(
        db, {**article(url, TEXT + url, outlet=outlet), "published": published, **extra}
    )
    store.save_extraction(db, store.article_id(url), {"events": [event]}, "v1")


def contract(date: str, precision: str, actors, amount=None, sentence="A deal was signed."):
    return {
        **meeting(0, date, precision, actors),
        "type": "contract",
        "amount_usd": amount,
        "sentence": sentence,
        "trigger": "signed",
        "date_text": "that week",
    }


@pytest.fixture
def site_db(db_path):
    """build_timeline's meeting (24 Feb 2026, 3 outlets) and January meeting, plus: a
    contract dated to an ISO week of August 2025 with an amount and a hostile outlet, a
    quarter, a year, and the gazetteer's aliases and tags."""
    db = build_timeline(db_path)
    store.sync_gazetteer(db, GAZETTEER)
    hw = ("harbour-works", "Harbour Works")
    report(
        db,
        "https://docks.example/w32",
        HOSTILE,
        "2025-08-08",
        contract("2025-W32", "week", [hw, AMO], 795e6, "Harbour Works signed the ferry deal."),
    )
    report(
        db, "https://docks.example/d", "Docks", "2025-08-20", contract("2025-08-19", "day", [hw])
    )
    q3, y = ("quay-co", "Quay Co"), ("yard-co", "Yard Co")  # no party in common: never merged
    report(
        db, "https://docks.example/q", "Docks", "2025-10-02", contract("2025-Q3", "quarter", [q3])
    )
    report(db, "https://docks.example/y", "Docks", "2026-01-05", contract("2025", "year", [y]))
    report(db, "https://docks.example/n", "Docks", "2025-12-01", contract("2025-12", "month", [hw]))
    merge(db)
    db.close()
    return db_path


def dates(rows) -> list[str]:
    return [r["date"] for r in rows]


# ------------------------------------------------------------------ dates as ranges


@pytest.mark.parametrize(
    ("value", "precision", "start", "end", "shown"),
    [
        ("2026-02-24", "day", "2026-02-24", "2026-02-24", "24 Feb 2026"),
        ("2025-W32", "week", "2025-08-04", "2025-08-10", "week of 4 Aug 2025"),
        ("2026-W01", "week", "2025-12-29", "2026-01-04", "week of 29 Dec 2025"),
        ("2020-W53", "week", "2020-12-28", "2021-01-03", "week of 28 Dec 2020"),
        ("2026-02-24", "week", "2026-02-23", "2026-03-01", "week of 23 Feb 2026"),
        ("2026-02", "month", "2026-02-01", "2026-02-28", "February 2026"),
        ("2024-02", "month", "2024-02-01", "2024-02-29", "February 2024"),
        ("2026-02-24", "month", "2026-02-01", "2026-02-28", "February 2026"),
        ("2026-Q3", "quarter", "2026-07-01", "2026-09-30", "Q3 2026"),
        ("2026", "year", "2026-01-01", "2026-12-31", "2026"),
        ("2026-02", "year", "2026-01-01", "2026-12-31", "2026"),
        ("1950s", "decade", "1950-01-01", "1959-12-31", "1950s"),
        ("2026-13", "month", None, None, "2026-13"),
        ("soon", "day", None, None, "soon"),
    ],
)
def test_every_precision_is_a_range_of_days_with_a_readers_label(
    db_path, value, precision, start, end, shown
):
    db = connect(db_path)
    db.execute(
        "INSERT INTO events (id, type, date, precision, headline, outlets, mentions)"
        " VALUES ('e', 'meeting', ?, ?, 'h', 1, 1)",
        [value, precision],
    )
    row = db.execute("SELECT date_start, date_end, date_display FROM events").fetchone()
    assert row == (start, end, shown)
    # the Python twin the templates use for the dates other reports gave says the same
    assert query.display_date(value, precision) == shown


def test_weeks_sort_inside_their_month_and_fall_in_month_filters(site_db):
    db = connect(site_db)
    rows = list(export.timeline_rows(db))
    assert dates(rows) == [
        "2025",
        "2025-Q3",
        "2025-W32",
        "2025-08-19",
        "2025-12",
        "2026-01",
        "2026-02-24",
    ]
    assert dates(export.timeline_rows(db, since="2025-08", until="2025-08")) == [
        "2025-W32",
        "2025-08-19",
    ]
    # a whole range must lie in the filter: the quarter and the year are not "in August"
    assert dates(export.timeline_rows(db, since="2025-07", until="2025-09")) == [
        "2025-Q3",
        "2025-W32",
        "2025-08-19",
    ]
    assert dates(export.timeline_rows(db, since="2025")) == dates(rows)
    assert dates(export.timeline_rows(db, until="2025-08-06")) == []
    assert dates(export.timeline_rows(db, until="2025-08-07")) == ["2025-W32"]  # its Thursday
    facet = dict(db.execute("SELECT date, month FROM timeline").fetchall())
    assert facet["2025-W32"] == "2025-08" and facet["2025-Q3"] is None


def test_a_week_straddling_two_months_counts_in_the_month_of_its_thursday(db_path):
    db = connect(db_path)
    report(db, "https://x.example/1", "X", "2026-03-04", meeting(0, "2026-W09", "week", [HEG, AMO]))
    merge(db)  # 2026-W09 is Monday 23 Feb to Sunday 1 Mar; its Thursday is 26 Feb
    assert dates(export.timeline_rows(db, since="2026-02", until="2026-02")) == ["2026-W09"]
    assert dates(export.timeline_rows(db, since="2026-03", until="2026-03")) == []


def test_pages_and_exports_never_show_a_week_code(site_db):
    timeline, csv_page, event_page = get(
        datasette(site_db),
        "/timeline",
        "/timeline.csv",
        "/event/" + week_event_id(site_db),
    )
    for page in (timeline, event_page):
        text = re.sub(r'datetime="[^"]*"', "", page.text)
        assert "W32" not in text, page.url
    assert "week of 4 Aug 2025" in timeline.text and "week of 4 Aug 2025" in event_page.text
    rows = list(csv.DictReader(io.StringIO(csv_page.text)))
    week = next(r for r in rows if r["precision"] == "week")
    assert (week["date"], week["date_display"], week["date_start"], week["date_end"]) == (
        "2025-08-04",
        "week of 4 Aug 2025",
        "2025-08-04",
        "2025-08-10",
    )
    assert not any("W32" in v for r in rows for v in r.values())


def week_event_id(path) -> str:
    db = connect(path)
    (eid,) = db.execute("SELECT id FROM events WHERE precision = 'week'").fetchone()
    db.close()
    return eid


def test_timelinejs_gets_days_and_months_never_a_week_code(site_db):
    db = connect(site_db)
    buf = io.StringIO()
    export.write_timelinejs(export.with_details(db, export.timeline_rows(db)), buf)
    rows = {r["Headline"]: r for r in csv.DictReader(io.StringIO(buf.getvalue()))}
    cells = ("Year", "Month", "Day", "End Year", "End Month", "End Day", "Display Date")
    by_date = {
        r["Year"] + "/" + r["Month"] + "/" + r["Day"]: tuple(r[c] for c in cells)
        for r in rows.values()
        if r["Type"] != "title"
    }
    assert by_date["2025/8/4"] == ("2025", "8", "4", "2025", "8", "10", "week of 4 Aug 2025")
    assert by_date["2025/7/"] == ("2025", "7", "", "2025", "9", "", "Q3 2025")
    assert by_date["2025//"] == ("2025", "", "", "", "", "", "")
    assert by_date["2025/12/"] == ("2025", "12", "", "", "", "", "")
    assert by_date["2026/2/24"] == ("2026", "2", "24", "", "", "", "")
    assert not any("W3" in v for r in rows.values() for v in r.values())
    assert all(r["Media"].startswith("https://") for r in rows.values() if r["Type"] != "title")


def test_calendar_file_and_feed_are_all_day_with_dtstamp_and_dtend(site_db):
    db = connect(site_db)
    buf = io.StringIO()
    assert export.write_ics(export.timeline_rows(db), buf) == 3  # two days and a week
    ics = buf.getvalue()
    (feed,) = get(datasette(site_db), "/tracker/calendar.ics")
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("text/calendar")
    for text in (ics, feed.text):
        assert text.count("BEGIN:VEVENT") == 3
        assert text.count("DTSTAMP:") == 3 and text.count("DTEND;VALUE=DATE:") == 3
        assert "DTSTART;VALUE=DATE:20260224" in text and "DTEND;VALUE=DATE:20260225" in text
        # the week is a seven-day all-day entry, Monday to Sunday (DTEND is exclusive)
        assert "DTSTART;VALUE=DATE:20250804" in text and "DTEND;VALUE=DATE:20250811" in text
        assert "T000000Z" not in text.split("BEGIN:VEVENT", 1)[1].replace("DTSTAMP", "")


# ------------------------------------------------------------------ entities people type


@pytest.mark.parametrize(
    "typed", ["Hegseth", "hegseth", "PETER HEGSETH", "pete hegseth", "pete-hegseth"]
)
def test_an_alias_or_a_name_in_any_case_finds_the_entity(site_db, typed):
    db = connect(site_db)
    assert dates(export.timeline_rows(db, entity=typed)) == ["2026-01", "2026-02-24"]
    (page,) = get(datasette(site_db), "/timeline?entity=" + typed.replace(" ", "+"))
    assert "2 events." in page.text and 'href="/entity/pete-hegseth">Pete Hegseth</a>' in page.text


def test_an_organisation_includes_its_peoples_events(site_db):
    db = connect(site_db)
    # Anthropic itself is in no event; Dario Amodei, tagged with its id, is in three
    for typed in ("Anthropic", "anthropic pbc"):
        assert dates(export.timeline_rows(db, entity=typed)) == ["2025-W32", "2026-02-24"]
    page, entity_page = get(datasette(site_db), "/timeline?entity=Anthropic", "/entity/anthropic")
    assert "2 events." in page.text and "and of its people" in page.text
    assert "Dario Amodei" in entity_page.text and "24 Feb 2026" in entity_page.text


def test_entity_pages_take_a_name_or_alias_and_say_when_nothing_matches(site_db):
    by_alias, by_name, missing, hostile = get(
        datasette(site_db),
        "/entity/HW%20Ltd",
        "/entity/harbour%20works",
        "/entity/nobody-at-all",
        "/entity/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    )
    # Datasette turns % into ~ in paths (a redirect); the page reads the name back
    assert by_alias.status_code == 302 and by_name.status_code == 302
    ds = datasette(site_db)
    followed = get(ds, by_alias.headers["location"], by_name.headers["location"])
    assert [r.headers.get("location") for r in followed] == ["/entity/harbour-works"] * 2
    assert missing.status_code == 404 and "No entity is called “nobody-at-all”" in missing.text
    (hostile,) = get(ds, hostile.headers["location"])
    assert hostile.status_code == 404 and "<script>alert(1)" not in hostile.text


def test_an_unknown_entity_is_said_on_the_site_and_an_error_in_the_cli(site_db, tmp_path):
    page, download = get(
        datasette(site_db), "/timeline?entity=Nobody+Known", "/timeline.csv?entity=Nobody+Known"
    )
    assert "No entity is called “Nobody Known”" in page.text and "0 events." in page.text
    assert download.status_code == 404 and "no entity is called" in download.text
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main,
        ["export", "timeline", "--db", str(site_db), "--entity", "Nobody Known", "-o", str(out)],
    )
    assert result.exit_code == 2, result.output
    assert "no entity is called 'Nobody Known'" in result.output
    assert not out.exists()
    result = CliRunner().invoke(
        main, ["export", "timeline", "--db", str(site_db), "--entity", "hegseth", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert dates(csv.DictReader(out.open(encoding="utf-8"))) == ["2026-01", "2026-02-24"]


# ------------------------------------------------------------------ the event page


def test_event_page_shows_every_report_with_its_outlet_and_claimed_date(site_db):
    db = connect(site_db)
    (eid,) = db.execute("SELECT id FROM events WHERE date = '2026-02-24'").fetchone()
    page, timeline, missing = get(datasette(site_db), f"/event/{eid}", "/timeline", "/event/nope")
    assert page.status_code == 200 and missing.status_code == 404
    html = page.text
    assert "<h1>Pete Hegseth meets Dario Amodei and U.S. Department of Defense</h1>" in html
    assert "24 Feb 2026" in html and "(day precision)" in html and "occurred" in html
    assert 'href="/entity/dario-amodei">Dario Amodei</a>' in html
    reports = re.findall(r'<li class="report">(.*?)</li>', html, re.S)
    assert len(reports) == 3
    outlets = [re.search(r'class="outlet">([^<]*)<', r)[1] for r in reports]
    assert outlets == ["Ledger", "Wire", "Circuit"]
    claimed = [re.search(r'class="claimed">([^<]*)<', r)[1] for r in reports]
    assert claimed == ["24 Feb 2026", "24 Feb 2026", "February 2026"]
    published = [re.search(r'class="published">([^<]*)<', r)[1] for r in reports]
    assert published == ["23 Feb 2026", "25 Feb 2026", "2 Mar 2026"]
    assert 'href="https://wire.example/b" rel="nofollow noopener">A title</a>' in reports[1]
    assert f'href="/event/{eid}"' in timeline.text  # the timeline links each event here


def test_event_page_and_timeline_escape_hostile_reports(site_db):
    db = connect(site_db)
    db.execute(
        "UPDATE articles SET title = ?, url = 'javascript:alert(3)' WHERE outlet = ?",
        [HOSTILE, HOSTILE],
    )
    db.conn.commit()
    eid = week_event_id(site_db)
    page, timeline = get(datasette(site_db), f"/event/{eid}", "/timeline")
    for html in (page.text, timeline.text):
        assert "<script>alert(1)" not in html and 'href="javascript:' not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "$795,000,000" in page.text


# ------------------------------------------------------------------ the site's CSV


def test_site_csv_carries_the_filters_and_is_the_export_writers_output(site_db):
    ds = datasette(site_db)
    (page,) = get(ds, "/timeline?entity=Harbour+Works&since=2025-08&until=2025-12&type=contract")
    (link,) = re.findall(r'href="(/timeline\.csv\?[^"]*)"', page.text)
    link = link.replace("&amp;", "&")
    assert "entity=Harbour%20Works" in link and "since=2025-08" in link
    (download,) = get(ds, link)
    assert download.status_code == 200
    assert download.headers["content-type"].startswith("text/csv")
    assert 'filename="timeline.csv"' in download.headers["content-disposition"]
    db = connect(site_db)
    buf = io.StringIO()
    export.write_csv(
        export.timeline_rows(
            db, entity="Harbour Works", since="2025-08", until="2025-12", event_type="contract"
        ),
        buf,
    )
    assert download.text == buf.getvalue()  # the same writer, the same rows
    rows = list(csv.DictReader(io.StringIO(download.text)))
    assert dates(rows) == ["2025-08-04", "2025-08-19", "2025-12"]  # the week as its Monday
    shown = re.findall(r'<time datetime="[^"]*">([^<]*)<', page.text)
    assert [r["date_display"] for r in rows] == shown  # exactly what the page shows
    week = rows[0]
    assert week["amount_usd"] == "795000000"  # whole dollars, not 795000000.0
    assert week["outlet_names"] == "'" + HOSTILE  # by name, formula-neutralised
    assert week["first_outlet"].startswith("'=")


def test_site_csv_lists_every_outlet_by_name(site_db):
    (download,) = get(datasette(site_db), "/timeline.csv?entity=dario-amodei&since=2026-02")
    (row,) = csv.DictReader(io.StringIO(download.text))
    assert row["outlet_names"] == "Ledger; Wire; Circuit" and row["outlets"] == "3"


def test_site_csv_refuses_a_date_that_is_not_one(site_db):
    page, download = get(datasette(site_db), "/timeline?since=Feb", "/timeline.csv?since=Feb")
    assert "“Feb” is not a date" in page.text and "0 events." in page.text
    assert download.status_code == 400


# ------------------------------------------------------------------ search


@pytest.mark.parametrize(
    ("q", "found"),
    [
        ("Harbour ferry", 1),  # every word, anywhere: AND
        ("ferry Harbour", 1),
        ('"ferry deal"', 1),  # a phrase
        ('"deal ferry"', 0),
        ("Harbour lighthouse", 0),
        ("deal", 5),
        ('deal "ferry', 1),  # an unclosed quote closes at the end
        ("OR NEAR(", 0),  # FTS5 syntax is only words here
    ],
)
def test_search_ands_words_and_quotes_phrases(site_db, q, found):
    (page,) = get(datasette(site_db), "/timeline?q=" + q.replace(" ", "+").replace('"', "%22"))
    assert page.status_code == 200
    assert f"{found} event{'s' if found != 1 else ''}." in page.text


def test_fts_query_quotes_each_term():
    assert query.fts_query("Hegseth  deadline") == '"Hegseth" "deadline"'
    assert query.fts_query('"supply chain" risk') == '"supply chain" "risk"'
    assert query.fts_query("a\x00b") == '"a" "b"'
    assert (
        query.fts_query('"') == '""' and query.fts_query("") == "" and query.fts_query("  ") == ""
    )
