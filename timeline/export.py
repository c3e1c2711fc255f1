"""Timeline exports a journalist can drop into a story, a spreadsheet, TimelineJS or a calendar."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any, TextIO

from core.errors import InputError
from timeline import (
    FORMATS,  # noqa: F401 - re-exported
    query,
)

CSV_COLUMNS = (
    "date",
    "precision",
    "type",
    "status",
    "headline",
    "actors",
    "amount_usd",
    "outlets",
    "first_outlet",
    "source_url",
    "source_urls",
    "evidence",
    "event_id",
    # added later, so the columns above keep their places in spreadsheets built on them
    "date_display",
    "date_start",
    "date_end",
    "outlet_names",
    "deadline",  # an ultimatum's deadline, a date value as `date` holds one
)
# The columns of TimelineJS's Google Sheets template, in its order.
TIMELINEJS_COLUMNS = (
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Where a formula can start: the cell's start, and after every CR or LF, where a spreadsheet
# (or a reader that ends rows at CR) may begin a new cell.
_FORMULA_AT_LINE_START = re.compile(
    r"(?:^|(?<=[\r\n]))(?=[" + re.escape("".join(_FORMULA_START)) + "])"
)


def neutralise(value: Any) -> Any:
    """Spreadsheets run cells that start with = + - @ tab or CR; a leading ' keeps them text.

    The ' goes before every line of the cell that starts with one, not only the first, so a
    line break inside a cell cannot smuggle a formula into a row of its own."""
    if isinstance(value, str):
        return _FORMULA_AT_LINE_START.sub("'", value)
    return value


def _csv_writer(out: TextIO) -> Any:
    """Every text cell quoted: csv's minimal quoting leaves CR and tab bare with a "\n"
    line ending, and a bare CR ends the row in most readers."""
    return csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)


def timeline_rows(
    db: Any,
    *,
    entity: str | None = None,
    event_type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    q: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Timeline rows in date order (timeline.query: the same rows the site's page shows).

    `entity` is an id, a name or an alias in any case, an organisation with its people;
    InputError, before anything is written, when nothing is called that or a date is not one.
    """
    filters = _filters(db, entity=entity, event_type=event_type, since=since, until=until, q=q)
    return query.run(db, *query.timeline_query(filters))


def calendar_rows(
    db: Any,
    *,
    entity: str | None = None,
    event_type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    q: str | None = None,
) -> Iterator[dict[str, Any]]:
    """The rows write_ics needs, for the same filters as timeline_rows: the timeline's rows
    a calendar can show, and undated ultimatums whose deadline is a day or a week (their
    deadline is a date a reader wants in the calendar even when the ultimatum's own date is
    unknown; query.calendar_rows). A range selects each entry by its own day. The site's
    /<db>/calendar.ics selects through it too."""
    filters = _filters(db, entity=entity, event_type=event_type, since=since, until=until, q=q)
    return query.calendar_rows(db, filters)


def slide_rows(
    db: Any,
    *,
    entity: str | None = None,
    event_type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    q: str | None = None,
) -> Iterator[dict[str, Any]]:
    """The rows write_timelinejs needs, for the same filters as timeline_rows: the
    timeline's rows, and the events whose deadline alone the range selects, an undated
    ultimatum's included (query.entry_rows: each row says which of its slides to show)."""
    filters = _filters(db, entity=entity, event_type=event_type, since=since, until=until, q=q)
    return query.entry_rows(db, filters)


def _entries(row: dict[str, Any]) -> tuple[str, ...]:
    """Which of a row's entries a writer shows: the ones query.entry_rows selected; both
    for a plain timeline row."""
    return row.get("entries") or (query.EVENT, query.DEADLINE)


def _filters(db: Any, *, entity: str | None, **typed: str | None) -> query.Filters:
    """The filters as typed; InputError when no entity is called `entity` or a date is not one."""
    entity_ids = query.resolve_entity(db, entity).ids if entity is not None else None
    return query.Filters.parse(entity_ids=entity_ids, **typed)


def with_details(db: Any, rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Each row with its actors (id, name, role) and sources: every report, with its outlet,
    title, publication date, sentence and the date it claims."""
    for row in rows:
        eid = row["event_id"]
        actors = list(
            query.run(
                db,
                "SELECT en.id, en.name, ea.role FROM event_actors ea "
                "JOIN entities en ON en.id = ea.entity_id WHERE ea.event_id = :id ORDER BY ea.rowid",
                {"id": eid},
            )
        )
        sources = list(
            query.run(
                db,
                "SELECT a.url, coalesce(a.outlet, a.domain) AS outlet, a.title, a.published, "
                "m.sentence, m.date, m.precision, m.date_display, m.date_text "
                "FROM event_mentions m JOIN articles a ON a.id = m.article_id "
                "WHERE m.event_id = :id ORDER BY coalesce(a.published, '9999'), a.url, m.start",
                {"id": eid},
            )
        )
        yield {**row, "actor_list": actors, "sources": sources}


def csv_cells(row: dict[str, Any]) -> dict[str, Any]:
    """A row as the CSV shows it: a week as its Monday (the precision column says week,
    date_display says "week of ..."), amounts as whole dollars."""
    cells = dict(row)
    if row.get("precision") == "week" and row.get("date_start"):
        cells["date"] = row["date_start"]
    amount = row.get("amount_usd")
    if isinstance(amount, float) and amount.is_integer():
        cells["amount_usd"] = int(amount)
    elif isinstance(amount, float):
        cells["amount_usd"] = round(amount)
    return cells


def write_csv(rows: Iterable[dict[str, Any]], out: TextIO, *, bom: bool = False) -> int:
    """One row per event; UTF-8, optional BOM for Excel, formula-injection safe. The site's
    "Download as CSV" (plugins/timeline_site.py) writes through this too."""
    if bom:
        out.write("\ufeff")
    writer = _csv_writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for row in rows:
        cells = csv_cells(row)
        writer.writerow([neutralise(cells.get(col)) for col in CSV_COLUMNS])
        count += 1
    return count


def _is_http(url: Any) -> bool:
    return isinstance(url, str) and url.startswith(("http://", "https://"))


def _source_html(sources: list[dict[str, Any]]) -> str:
    from html import escape

    items = "".join(
        f'<li><a href="{escape(s["url"])}">{escape(s["outlet"] or s["url"])}</a>'
        f"{' (' + escape(s['published']) + ')' if s['published'] else ''}</li>"
        for s in sources
        if _is_http(s["url"])
    )
    return f"<ul>{items}</ul>" if items else ""


def _days(row: dict[str, Any]) -> tuple[date, date] | None:
    try:
        return date.fromisoformat(row["date_start"]), date.fromisoformat(row["date_end"])
    except (KeyError, TypeError, ValueError):
        return None


def timelinejs_dates(row: dict[str, Any]) -> dict[str, Any]:
    """Year, Month, Day (and End ...) as TimelineJS reads them: a day or a month as itself;
    a week as its seven days; a quarter as its months; a year or a decade by years. Display
    Date carries the reader's words where TimelineJS would print something else."""
    days = _days(row)
    if days is None:
        return {}
    first, last = days
    precision = row.get("precision")
    shown = row.get("date_display") or ""
    if first == last:
        return {"Year": first.year, "Month": first.month, "Day": first.day}
    if first.day == 1 and last == (first + timedelta(days=32)).replace(day=1) - timedelta(days=1):
        return {"Year": first.year, "Month": first.month}
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        cells: dict[str, Any] = {"Year": first.year}
        if last.year != first.year:
            cells.update({"End Year": last.year, "Display Date": shown})
        return cells
    if precision == "week" or (last - first).days == 6:
        return {
            "Year": first.year,
            "Month": first.month,
            "Day": first.day,
            "End Year": last.year,
            "End Month": last.month,
            "End Day": last.day,
            "Display Date": shown,
        }
    return {  # a quarter, or another span of whole months
        "Year": first.year,
        "Month": first.month,
        "End Year": last.year,
        "End Month": last.month,
        "Display Date": shown,
    }


def _deadline_period(row: dict[str, Any]) -> tuple[date, date] | None:
    """The first and last day of the event's deadline; None without one (or a value that
    is not a date)."""
    value = row.get("deadline")
    try:
        return query.period(value) if isinstance(value, str) else None
    except InputError:
        return None


def deadline_timelinejs_dates(row: dict[str, Any]) -> dict[str, Any]:
    """Year, Month, Day (and End ...) of the event's deadline, as timelinejs_dates gives an
    event's: a week as its seven days with Display Date "week of ...", never its ISO code."""
    days = _deadline_period(row)
    if days is None:
        return {}
    value = row["deadline"]
    return timelinejs_dates(
        {
            "date_start": days[0].isoformat(),
            "date_end": days[1].isoformat(),
            "precision": "week" if "-W" in value else None,
            "date_display": query.display_date(value),
        }
    )


def write_timelinejs(
    rows: Iterable[dict[str, Any]], out: TextIO, *, title: str = "Timeline", bom: bool = False
) -> int:
    """The spreadsheet TimelineJS reads: its exact columns, a title row, one row per event,
    the first report as its Media. An ultimatum's deadline is in its text ("Deadline: 27 Feb
    2026") and a slide of its own on its day, "Deadline: <headline>", with the same reports,
    so a reader sees when it falls due on the timeline itself (as the calendar has it). An
    undated event has no slide (TimelineJS needs a year), only its deadline's. A row from
    query.entry_rows gets only the slides its `entries` name. Returns the number of slides
    after the title."""
    from html import escape

    if bom:
        out.write("\ufeff")
    writer = _csv_writer(out)
    writer.writerow(TIMELINEJS_COLUMNS)

    def write(cells: dict[str, Any]) -> None:
        writer.writerow([neutralise(cells.get(col, "")) for col in TIMELINEJS_COLUMNS])

    write({"Headline": title, "Type": "title", "Text": "Generated by news-timeline-tracker"})
    count = 0
    for row in rows:
        outlets = row.get("outlet_names") or f"{row['outlets']} outlet(s)"
        sources = _source_html(row.get("sources", []))
        media = row.get("source_url") if _is_http(row.get("source_url")) else ""
        evidence = f"<p>{escape(row['evidence'] or '')}</p>"
        deadline = deadline_timelinejs_dates(row)
        shown = query.display_date(row["deadline"]) if deadline else ""
        dates = timelinejs_dates(row) if query.EVENT in _entries(row) else {}
        if dates:
            text = evidence
            if deadline:
                text += f"<p>Deadline: {escape(shown)}</p>"
            text += f"<p>{escape(row['actors'] or '')} · {escape(str(outlets))}</p>" + sources
            write(
                {
                    **dates,
                    "Headline": row["headline"],
                    "Text": text,
                    "Media": media,
                    "Group": row["type"],
                }
            )
            count += 1
        if deadline and query.DEADLINE in _entries(row):
            made = escape(row.get("date_display") or "date not reported")
            text = f"<p>Deadline: {escape(shown)}. Set in: {escape(row['headline'])} ({made})</p>"
            write(
                {
                    **deadline,
                    "Headline": f"Deadline: {row['headline']}",
                    "Text": text + evidence + sources,
                    "Media": media,
                    "Group": row["type"],
                }
            )
            count += 1
    return count


def json_events(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for row in rows:
        yield {
            "id": row["event_id"],
            "date": row["date"],
            "date_display": row.get("date_display"),
            "date_start": row.get("date_start"),
            "date_end": row.get("date_end"),
            "precision": row["precision"],
            "type": row["type"],
            "status": row["status"],
            "headline": row["headline"],
            "actors": [{"id": a["id"], "name": a["name"]} for a in row["actor_list"]],
            "amount_usd": csv_cells(row)["amount_usd"],
            "deadline": row.get("deadline"),
            "outlets": row["outlets"],
            "sources": [
                {
                    "url": s["url"],
                    "outlet": s["outlet"],
                    "title": s.get("title"),
                    "published": s["published"],
                    "sentence": s["sentence"],
                    "date": s.get("date_display"),
                }
                for s in row["sources"]
            ],
        }


def write_json(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    events = list(json_events(rows))
    json.dump(events, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(events)


def _stamp(row: dict[str, Any], first: date) -> datetime:
    """DTSTAMP: when the tracker first saw the event (UTC), so the file is the same every
    time it is written; the event's day when that is unknown."""
    seen = row.get("first_seen_at")
    if isinstance(seen, str) and seen:
        try:
            moment = datetime.fromisoformat(seen.replace("Z", "+00:00"))
            return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
        except ValueError:
            pass
    return datetime.combine(first, datetime.min.time(), tzinfo=UTC)


def _deadline_days(row: dict[str, Any]) -> tuple[date, date] | None:
    """The first and last day of the event's deadline, when it is a day or a week."""
    days = _deadline_period(row)
    return days if days is not None and (days[1] - days[0]).days in (0, 6) else None


def _ics_entry(
    row: dict[str, Any], uid: str, days: tuple[date, date], summary: str, stamp: datetime
) -> Any:
    from icalendar import Event

    first, last = days
    event = Event()
    event.add("uid", f"{uid}@news-timeline-tracker")
    event.add("dtstamp", stamp)
    event.add("dtstart", first)
    event.add("dtend", last + timedelta(days=1))  # exclusive, RFC 5545
    event.add("summary", summary)
    source = row.get("source_url") if _is_http(row.get("source_url")) else None
    event.add("description", "\n".join(filter(None, [row["evidence"], source])))
    if source:
        event.add("url", source)
    return event


def write_ics(rows: Iterable[dict[str, Any]], out: TextIO, *, name: str = "News timeline") -> int:
    """All-day calendar entries (DATE values: no time zone can move them to another day)
    with DTSTAMP and DTEND: events dated to the day, and to the week as a seven-day entry;
    and an entry of its own, "Deadline: ...", for each deadline (of an ultimatum) dated
    so, an undated ultimatum's too (calendar_rows gives those; the ultimatum itself has no
    day to be written on). A row from calendar_rows gets only the entries its `entries`
    name (a range selects each entry by its own day). Returns the number of entries."""
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", "-//news-timeline-tracker//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    count = 0
    for row in rows:
        days = _days(row) if query.EVENT in _entries(row) else None
        if days is not None and (days[1] - days[0]).days in (0, 6):  # not a month or a year
            summary = row["headline"]
            if days[0] != days[1]:
                summary += f" ({row.get('date_display') or 'that week'})"
            stamp = _stamp(row, days[0])
            cal.add_component(_ics_entry(row, row["event_id"], days, summary, stamp))
            count += 1
        deadline = _deadline_days(row) if query.DEADLINE in _entries(row) else None
        if deadline is not None:
            summary = f"Deadline: {row['headline']}"
            if deadline[0] != deadline[1]:
                summary += f" ({query.display_date(row['deadline'])})"
            stamp = _stamp(row, deadline[0])
            uid = f"{row['event_id']}-deadline"
            cal.add_component(_ics_entry(row, uid, deadline, summary, stamp))
            count += 1
    out.write(cal.to_ical().decode())
    return count
