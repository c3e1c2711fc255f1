"""The timeline as the site shows it and as it downloads: one query builder (timeline.query)
for the /timeline and /entity pages, their "Download as CSV" link (/timeline.csv, through
the same formula-neutralising writer as `tracker export`) and the calendar feed
(/<db>/calendar.ics, through the same iCalendar writer)."""

from __future__ import annotations

import codecs
import io
import tempfile
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.utils import tilde_decode
from datasette.utils.asgi import AsgiStream, Response

from core.errors import InputError, UnknownEntity
from core.event_types import EVENT_TYPES
from timeline import export, query

CSV_CHUNK = 64 * 1024
MAX_PAGE = 1000  # past it, OFFSET costs more than a page is worth: the CSV has every event
MAX_DATE_TEXT = 40  # longer than any date form, so a date-time is refused, never cut to a day


def tracker_db_name(datasette) -> str:
    """The tracker database's name: `tracker` by default, the file's stem with `--db`."""
    names = [name for name in datasette.databases if not name.startswith("_")]
    return "tracker" if "tracker" in names or not names else names[0]


class TooLarge(Exception):
    """The download would pass the instance's max_csv_mb."""


class _Capped(io.TextIOBase):
    """A text file that refuses to grow past `limit` bytes (0: no limit)."""

    def __init__(self, raw, limit: int) -> None:
        self.raw, self.limit, self.size = raw, limit, 0

    def write(self, text: str) -> int:
        data = text.encode("utf-8")
        self.size += len(data)
        if self.limit and self.size > self.limit:
            raise TooLarge
        self.raw.write(data)
        return len(text)


def parse_filters(
    *, entity_ids: list[str] | None, event_type: str, since: str, until: str, q: str
) -> query.Filters:
    """The filters as typed, for the page and its downloads; InputError, with the reason,
    for a date that is not one and for filters that could never match: a type no event can
    have, or From after To (query.Filters.parse, shared with `tracker export`)."""
    filters = query.Filters.parse(
        entity_ids=entity_ids, event_type=event_type, since=since, until=until, q=q
    )
    if filters.event_type and filters.event_type not in EVENT_TYPES:
        raise InputError(
            f"'{filters.event_type}' is not an event type (one of {', '.join(EVENT_TYPES)})"
        )
    return filters


def page_number(page: int | str) -> tuple[int, str | None]:
    """The page asked for, and a note for the reader when it is not one (page 1 is shown)."""
    if not str(page).strip():
        return 1, None
    try:
        number = int(str(page).strip())
    except ValueError:
        return 1, f"“{page}” is not a page number; this is the first page."
    if not 1 <= number <= MAX_PAGE:
        return 1, (
            f"There is no page {number} (pages run from 1 to {MAX_PAGE}); this is the first "
            "page. Narrow the filters, or download every event as CSV."
        )
    return number, None


async def find_entities(datasette, text: str) -> query.EntityMatch:
    db = datasette.get_database(tracker_db_name(datasette))
    return await db.execute_fn(lambda conn: query.match_entity(conn, text))


async def timeline_page(
    datasette,
    *,
    entity: str = "",
    type: str = "",  # noqa: A002 - the page's own parameter name
    since: str = "",
    until: str = "",
    q: str = "",
    page: int | str = 1,
    per_page: int = 100,
    descending: bool = False,
) -> dict[str, Any]:
    """One page of the timeline: rows, whether there are more, what the entity filter
    matched (`match`), `error`, a sentence for the reader when a filter cannot be read or
    can never match, and `notice` with `page` (the page shown) when the page asked for is
    not one or lies past the last."""
    page, notice = page_number(page)
    out: dict[str, Any] = {
        "rows": [],
        "more": False,
        "match": None,
        "error": None,
        "notice": notice,
        "page": page,
    }
    entity_ids = None
    if entity.strip():
        match = await find_entities(datasette, entity)
        out["match"] = asdict(match) | {"ids": match.ids}
        if not match.entities:
            out["error"] = f"No entity is called “{entity}” (by id, name or alias)."
            return out
        entity_ids = match.ids
    try:
        filters = parse_filters(
            entity_ids=entity_ids, event_type=type, since=since, until=until, q=q
        )
    except InputError as exc:
        out["error"] = str(exc).replace("'", "“", 1).replace("'", "”", 1) + "."
        return out
    sql, params = query.timeline_query(
        filters, limit=per_page + 1, offset=(page - 1) * per_page, descending=descending
    )
    db = datasette.get_database(tracker_db_name(datasette))
    try:
        results = await db.execute(sql, params)
    except QueryInterrupted:
        out["error"] = "This filter took too long; narrow it (an entity, a type or dates)."
        return out
    rows = [dict(zip(results.columns, row, strict=True)) for row in results.rows]
    out["more"] = len(rows) > per_page
    out["rows"] = rows[:per_page]
    if not rows and page > 1:
        out["notice"] = f"Page {page} is past the last page of these events."
    return out


def _filters_from(request, conn) -> query.Filters:
    """The page's filters from the request's arguments; InputError when one cannot be read."""
    args = request.args
    entity = (args.get("entity") or "")[:200]
    entity_ids = query.resolve_entity(conn, entity).ids if entity.strip() else None
    return parse_filters(
        entity_ids=entity_ids,
        event_type=(args.get("type") or "")[:40],
        since=(args.get("since") or "")[:MAX_DATE_TEXT],
        until=(args.get("until") or "")[:MAX_DATE_TEXT],
        q=(args.get("q") or "")[:200],
    )


def _timeline(conn, filters: query.Filters) -> Iterable[dict[str, Any]]:
    return query.run(conn, *query.timeline_query(filters))


async def _download(
    datasette, request, write, *, content_type: str, filename: str, select=_timeline
):
    """Run the rows `select` picks for the request's filters (the timeline's, by default)
    through an export writer into a temporary file, in Datasette's read thread, then
    stream the file."""
    db = datasette.get_database(tracker_db_name(datasette))
    limit = int(datasette.setting("max_csv_mb") or 0) * 1024 * 1024
    spool = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)

    def produce(conn) -> None:
        write(select(conn, _filters_from(request, conn)), _Capped(spool, limit))

    try:
        await db.execute_fn(produce)
    except InputError as exc:
        spool.close()
        return Response.text(f"{exc}\n", status=404 if isinstance(exc, UnknownEntity) else 400)
    except TooLarge:
        spool.close()
        return Response.text(
            f"This download would be larger than {limit // (1024 * 1024)} MB: narrow the "
            "filters, or use `tracker export timeline` on the database.\n",
            status=413,
        )
    spool.seek(0)

    async def stream(writer) -> None:  # Datasette's writer takes text: decode whole characters
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := spool.read(CSV_CHUNK):
                await writer.write(decoder.decode(chunk))
        finally:
            spool.close()

    headers = {"content-disposition": f'attachment; filename="{filename}"'}
    return AsgiStream(stream, headers=headers, content_type=content_type)


async def timeline_csv(datasette, request):
    """/timeline.csv?entity=&type=&since=&until=&q=: exactly the events the timeline page
    shows for the same filters, every page of them, as `tracker export timeline` writes them."""
    return await _download(
        datasette,
        request,
        lambda rows, out: export.write_csv(rows, out),
        content_type="text/csv; charset=utf-8",
        filename="timeline.csv",
    )


async def calendar_ics(datasette, request):
    """/<db>/calendar.ics: the calendar feed, all-day entries with DTSTAMP and DTEND (the
    `calendar` canned query's .ics, written by `tracker export --format ics`'s writer): the
    latest 1,000 events dated to a day or a week or with a deadline dated so (an undated
    ultimatum's included: its deadline is the entry), with the page's filters."""
    if tilde_decode(request.url_vars["database"]) != tracker_db_name(datasette):
        return Response.text("Not found\n", status=404)
    return await _download(
        datasette,
        request,
        lambda rows, out: export.write_ics(rows, out, name="News timeline"),
        content_type="text/calendar; charset=utf-8",
        filename="calendar.ics",
        select=lambda conn, filters: query.calendar_rows(
            conn, filters, limit=1000, descending=True
        ),
    )


async def no_event_id(datasette):
    """/event/ with no id: the timeline lists every event (not "Database not found")."""
    return Response.redirect("/timeline")


async def no_entity_id(datasette):
    """/entity/ with no id: the entities table lists every entity."""
    return Response.redirect(datasette.urls.table(tracker_db_name(datasette), "entities"))


@hookimpl
def register_routes():
    return [
        (r"^/timeline\.csv$", timeline_csv),
        (r"^/(?P<database>[^/]+)/calendar\.ics$", calendar_ics),
        (r"^/event/?$", no_event_id),
        (r"^/entity/?$", no_entity_id),
    ]


@hookimpl
def extra_template_vars(datasette):
    async def page(**kwargs):
        return await timeline_page(datasette, **kwargs)

    async def entities(text):
        match = await find_entities(datasette, text)
        return asdict(match) | {"ids": match.ids}

    return {
        "timeline_page": page,
        "find_entities": entities,
        "event_types": EVENT_TYPES,
        "max_date_text": MAX_DATE_TEXT,
    }
