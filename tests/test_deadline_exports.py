"""An ultimatum's deadline in every export: in the TimelineJS text and as a slide of its own,
and in the calendar even when no report dates the ultimatum itself (`tracker export
--format ics`'s rows and the site's /tracker/calendar.ics)."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from core import store
from core.db import connect
from tests.test_site import datasette, get
from tests.test_store_merge_export import article, meeting
from timeline import export, query
from timeline.merge import merge
from tracker.cli import main

HARBOUR = ("harbour-board", "Harbour Board")
FERRY = ("ferry-union", "Ferry Union")
MILL = ("mill-trust", "Mill Trust")
CANAL = ("canal-guild", "Canal Guild")
QUAY = ("quay-council", "Quay Council")
LOCK = ("lock-keepers", "Lock Keepers")


def demand(date: str | None, deadline: str | None, parties, sentence: str) -> dict:
    """An ultimatum report: `date` when it was made (None: the report does not say)."""
    return {
        **meeting(0, date, "day" if date else None, parties),
        "type": "ultimatum",
        "trigger": "gave",
        "sentence": sentence,
        "deadline": deadline,
        "date_text": "Tuesday" if date else None,
    }


def file_report(db, url: str, outlet: str, event: dict) -> None:
    text = f"The harbour story as {outlet} tells it, in its own words. " * 10 + url
    store.save_article(db, {**article(url, text, outlet=outlet), "published": "2026-02-25"})
    store.save_extraction(db, store.article_id(url), {"events": [event]}, "v1")


@pytest.fixture
def port_db(db_path):
    """A dated ultimatum (24 Feb 2026) whose deadline is the ISO week 2026-W10; an undated
    one due Friday 6 March 2026; an undated one due only "in March"; an undated meeting;
    and a dated meeting without a deadline. No two share a party, so none are merged."""
    db = connect(db_path)
    file_report(
        db,
        "https://quayside.example/week",
        "Quayside",
        demand(
            "2026-02-24",
            "2026-W10",
            [HARBOUR, FERRY],
            "The harbour board gave the ferry union until next week.",
        ),
    )
    file_report(
        db,
        "https://tidewater.example/friday",
        "Tidewater",
        demand(None, "2026-03-06", [MILL], "The mill trust was given until Friday to pay."),
    )
    file_report(
        db,
        "https://tidewater.example/march",
        "Tidewater",
        demand(None, "2026-03", [CANAL], "The canal guild must answer in March."),
    )
    file_report(
        db,
        "https://quayside.example/talks",
        "Quayside",
        meeting(0, None, None, [QUAY]),
    )
    file_report(
        db,
        "https://quayside.example/met",
        "Quayside",
        meeting(0, "2026-02-20", "day", [LOCK]),
    )
    merge(db, full=True)
    # what the tests rely on: the merge kept the dates and deadlines the reports give
    assert event_of(db, "harbour-board")["deadline"] == "2026-W10"
    assert (event_of(db, "mill-trust")["date"], event_of(db, "mill-trust")["deadline"]) == (
        None,
        "2026-03-06",
    )
    assert event_of(db, "canal-guild")["deadline"] == "2026-03"
    assert event_of(db, "quay-council")["date"] is None
    return db


def event_of(db, party: str) -> dict:
    (row,) = db.query(
        "SELECT e.id, e.headline, e.date, e.deadline FROM events e "
        "JOIN event_actors ea ON ea.event_id = e.id WHERE ea.entity_id = ?",
        [party],
    )
    return row


def vevents(ics: str) -> dict[str, dict[str, str]]:
    """Each entry of a calendar by UID: its property lines as name -> value."""
    entries = {}
    for block in ics.replace("\r\n ", "").split("BEGIN:VEVENT")[1:]:
        props = {}
        for line in block.split("END:VEVENT")[0].strip().splitlines():
            name, _, value = line.partition(":")
            props[name] = value
        entries[props["UID"]] = props
    return entries


def timelinejs(rows) -> list[dict[str, str]]:
    buf = io.StringIO()
    export.write_timelinejs(rows, buf)
    return list(csv.DictReader(io.StringIO(buf.getvalue())))[1:]  # after the title slide


def test_timelinejs_text_gives_the_deadline_in_words_never_a_week_code(port_db):
    ult = event_of(port_db, "harbour-board")
    rows = timelinejs(export.with_details(port_db, export.timeline_rows(port_db)))
    (slide,) = [r for r in rows if r["Headline"] == ult["headline"]]
    assert "<p>Deadline: week of 2 Mar 2026</p>" in slide["Text"]
    assert not any("W10" in value for r in rows for value in r.values())


def test_timelinejs_deadline_is_a_slide_of_its_own_with_the_same_sources(port_db):
    ult = event_of(port_db, "harbour-board")
    rows = timelinejs(export.with_details(port_db, export.timeline_rows(port_db)))
    (own,) = [r for r in rows if r["Headline"] == ult["headline"]]
    (due,) = [r for r in rows if r["Headline"] == f"Deadline: {ult['headline']}"]
    cells = ("Year", "Month", "Day", "End Year", "End Month", "End Day", "Display Date")
    assert tuple(due[c] for c in cells) == (
        "2026",
        "3",
        "2",
        "2026",
        "3",
        "8",
        "week of 2 Mar 2026",
    )
    assert (own["Year"], own["Month"], own["Day"]) == ("2026", "2", "24")
    assert due["Media"] == own["Media"] == "https://quayside.example/week"
    assert due["Group"] == "ultimatum"
    assert '<a href="https://quayside.example/week">Quayside</a>' in due["Text"]
    assert due["Text"].startswith(
        f"<p>Deadline: week of 2 Mar 2026. Set in: {ult['headline']} (24 Feb 2026)</p>"
    )
    # two meetings and the ultimatum's two slides; the writer counts the slides
    buf = io.StringIO()
    rows = export.with_details(port_db, export.timeline_rows(port_db))
    assert export.write_timelinejs(rows, buf) == 3


def test_timelinejs_deadline_slide_keeps_cells_from_running_as_formulas(port_db):
    ult = event_of(port_db, "harbour-board")
    port_db.execute(
        "UPDATE events SET headline = '=HYPERLINK(\"http://evil.example\")', "
        "evidence = 'gave until' || char(10) || '=cmd|x' WHERE id = ?",
        [ult["id"]],
    )
    port_db.conn.commit()
    rows = timelinejs(export.with_details(port_db, export.timeline_rows(port_db)))
    (due,) = [r for r in rows if r["Headline"].startswith("Deadline: ")]
    assert due["Headline"] == 'Deadline: =HYPERLINK("http://evil.example")'
    assert "gave until\n'=cmd|x" in due["Text"]
    assert any(r["Headline"] == '\'=HYPERLINK("http://evil.example")' for r in rows)


def test_an_undated_ultimatum_has_its_deadline_slide_only(port_db):
    ult = event_of(port_db, "mill-trust")
    rows = timelinejs(export.with_details(port_db, export.calendar_rows(port_db)))
    mine = [r for r in rows if ult["headline"] in r["Headline"]]
    assert [(r["Headline"], r["Year"], r["Month"], r["Day"]) for r in mine] == [
        (f"Deadline: {ult['headline']}", "2026", "3", "6")
    ]
    assert mine[0]["Text"].startswith(
        f"<p>Deadline: 6 Mar 2026. Set in: {ult['headline']} (date not reported)</p>"
    )


def test_the_calendar_has_an_undated_ultimatums_deadline_and_nothing_else_of_it(port_db):
    ult = event_of(port_db, "mill-trust")
    buf = io.StringIO()
    rows = export.with_details(port_db, export.calendar_rows(port_db))
    assert export.write_ics(rows, buf) == 4  # a meeting, an ultimatum, two deadlines
    entries = vevents(buf.getvalue())
    due = entries[f"{ult['id']}-deadline@news-timeline-tracker"]
    assert due["SUMMARY"] == f"Deadline: {ult['headline']}"
    assert (due["DTSTART;VALUE=DATE"], due["DTEND;VALUE=DATE"]) == ("20260306", "20260307")
    assert due["URL"] == "https://tidewater.example/friday"
    assert f"{ult['id']}@news-timeline-tracker" not in entries
    # undated without a deadline, or with only a month for one: nothing to put on a day
    for party in ("quay-council", "canal-guild"):
        assert not any(uid.startswith(event_of(port_db, party)["id"]) for uid in entries)
    week = entries[f"{event_of(port_db, 'harbour-board')['id']}-deadline@news-timeline-tracker"]
    assert (week["DTSTART;VALUE=DATE"], week["DTEND;VALUE=DATE"]) == ("20260302", "20260309")


def test_calendar_filters_read_an_undated_ultimatum_by_its_deadline(port_db):
    ult = event_of(port_db, "mill-trust")

    def ids(**filters) -> list[str]:
        return [r["event_id"] for r in export.calendar_rows(port_db, **filters)]

    assert ids(since="2026-03-06", until="2026-03-06") == [ult["id"]]
    assert ult["id"] not in ids(until="2026-03-05")
    assert ids(entity="Mill Trust") == [ult["id"]]
    assert ids(event_type="meeting") == [event_of(port_db, "lock-keepers")["id"]]
    assert ids(q="until Friday") == [ult["id"]]


def test_calendar_rows_are_in_day_order_and_the_limit_counts_both_kinds(port_db):
    dated = event_of(port_db, "harbour-board")["id"]
    undated = event_of(port_db, "mill-trust")["id"]
    meeting_id = event_of(port_db, "lock-keepers")["id"]
    filters = query.Filters()
    rows = query.calendar_rows(port_db, filters)
    assert [r["event_id"] for r in rows] == [meeting_id, dated, undated]
    rows = query.calendar_rows(port_db, filters, limit=2, descending=True)
    assert [r["event_id"] for r in rows] == [undated, dated]


def test_the_site_feed_has_an_undated_ultimatums_deadline(port_db, db_path):
    ult = event_of(port_db, "mill-trust")
    port_db.close()
    feed, ultimatums, meetings = get(
        datasette(db_path),
        "/tracker/calendar.ics",
        "/tracker/calendar.ics?type=ultimatum",
        "/tracker/calendar.ics?type=meeting",
    )
    assert feed.status_code == 200
    entries = vevents(feed.text)
    due = entries[f"{ult['id']}-deadline@news-timeline-tracker"]
    assert due["SUMMARY"] == f"Deadline: {ult['headline']}"
    assert (due["DTSTART;VALUE=DATE"], due["DTEND;VALUE=DATE"]) == ("20260306", "20260307")
    assert f"{ult['id']}@news-timeline-tracker" not in entries
    assert len(entries) == 4
    assert f"{ult['id']}-deadline@news-timeline-tracker" in vevents(ultimatums.text)
    assert list(vevents(meetings.text)) == [
        f"{event_of(connect(db_path), 'lock-keepers')['id']}@news-timeline-tracker"
    ]


def test_tracker_export_ics_has_an_undated_ultimatums_deadline(port_db, db_path, tmp_path):
    ult = event_of(port_db, "mill-trust")
    port_db.close()
    out = tmp_path / "port.ics"
    args = ["export", "timeline", "--db", str(db_path), "--format", "ics", "-o", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "export: 4 events" in result.output
    entries = vevents(out.read_text(encoding="utf-8"))
    due = entries[f"{ult['id']}-deadline@news-timeline-tracker"]
    assert due["SUMMARY"] == f"Deadline: {ult['headline']}"
    assert (due["DTSTART;VALUE=DATE"], due["DTEND;VALUE=DATE"]) == ("20260306", "20260307")
    assert f"{ult['id']}@news-timeline-tracker" not in entries
    args += ["--since", "2026-03-07"]
    assert CliRunner().invoke(main, args).exit_code == 0
    assert f"{ult['id']}-deadline@news-timeline-tracker" not in vevents(out.read_text())
