"""What the site's pages and the exports select from the timeline: one query builder, so the
page a reader filters and the CSV they download hold the same events.

Filters come as people type them: an entity by id, name or any alias (any case), a date
range as YYYY, YYYY-MM, YYYY-MM-DD (or YYYY-Www, YYYY-Qn), words to search. Every value
is a bound parameter; only fixed SQL fragments are joined.
"""

from __future__ import annotations

import heapq
import json
import re
from calendar import monthrange
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import islice
from typing import Any

from core.errors import InputError, UnknownEntity

# C0 controls and DEL: FTS5 reads its query as a C string, so a NUL ends it mid-phrase.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TERM = re.compile(r'"([^"]*)"|([^\s"]+)')
MAX_TERMS = 32
# Up to this many entities (an organisation and its people), the timeline merges one
# index-ordered list per entity; past it, it picks their events and sorts them.
MAX_MERGED_ENTITIES = 60

# An entity as people type it, :text: its id, its name or one of its aliases, in any case
# of any alphabet (name_key, core/names.py, registered on every connection). The LIKEs are
# only a cheap first pass; name_key decides. The canned queries in metadata.yml that take
# an entity repeat this condition with :entity.
ENTITY_MATCH_SQL = """
select en.id, en.name, en.type from entities en
 where (en.id like name_like(:text) and name_key(en.id) = name_key(:text))
    or (en.name like name_like(:text) and name_key(en.name) = name_key(:text))
    or (en.aliases like '%' || name_like(:text) || '%' and json_valid(en.aliases)
        and exists (select 1 from json_each(en.aliases) where name_key(value) = name_key(:text)))
order by en.name, en.id
limit 20
"""
# An organisation's people: PERSON entries of the gazetteer tagged with its id
# (data/entities.yml: "a tag that is another entry's id ties the entry to it").
MEMBERS_SQL = """
select id, name from entities
 where type = 'PERSON' and tags like '%"' || :org || '"%' and json_valid(tags)
   and exists (select 1 from json_each(tags) where value = :org)
order by name, id
"""

_Y = "[0-9][0-9][0-9][0-9]"  # a year, in a GLOB
_PERIOD = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|W(?P<w>\d{2})|Q(?P<q>[1-4])))?$"
    r"|^(?P<decade>\d{3}0)s$"
)
DATE_FORMS = "YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn or a decade as 1950s"


def period(value: str) -> tuple[date, date]:
    """The first and last day of YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn or a decade
    (1950s): every form of date value the timeline stores."""
    match = _PERIOD.match(value.strip())
    if match is None:
        raise InputError(f"'{value}' is not a date ({DATE_FORMS})")
    y, m, d, w, q, decade = (match[k] for k in ("y", "m", "d", "w", "q", "decade"))
    try:
        if decade:
            return date(int(decade), 1, 1), date(int(decade) + 9, 12, 31)
        year = int(y)
        if d:
            day = date(year, int(m), int(d))
            return day, day
        if m:
            first = date(year, int(m), 1)
            return first, first.replace(day=monthrange(year, int(m))[1])
        if w:
            monday = date.fromisocalendar(year, int(w), 1)
            return monday, monday + timedelta(days=6)
        if q:
            first = date(year, int(q) * 3 - 2, 1)
            last_month = int(q) * 3
            return first, date(year, last_month, monthrange(year, last_month)[1])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        raise InputError(f"'{value}' is not a date ({DATE_FORMS})") from None


MONTHS = (
    "January February March April May June July August September October November December"
).split()


def display_date(value: str | None, precision: str | None = None) -> str:
    """A date as a reader sees it, as the date_display columns (core/db.py) write it:
    "24 Feb 2026", "week of 23 Feb 2026", "February 2026", "Q1 2026", "2026", "1950s"."""
    if not value:
        return ""
    if re.fullmatch(r"\d{3}0s", value):
        return value
    try:
        first, last = period(value)
    except InputError:
        return value
    if precision == "year":
        return str(first.year)
    if precision == "month" and len(value) >= 7 and value[5:7].isdigit():
        return f"{MONTHS[first.month - 1]} {first.year}"
    day = f"{first.day} {MONTHS[first.month - 1][:3]} {first.year}"
    if precision == "week" and first == last:
        monday = first - timedelta(days=first.weekday())
        return f"week of {monday.day} {MONTHS[monday.month - 1][:3]} {monday.year}"
    if first == last:
        return day
    if (last - first).days == 6:
        return f"week of {day}"
    if "Q" in value:
        return f"Q{value[-1]} {first.year}"
    if first.month == last.month:
        return f"{MONTHS[first.month - 1]} {first.year}"
    return str(first.year)


def search_text(value: str | None) -> str:
    """Words typed into a search box, control characters (NUL included) turned into spaces."""
    return _CONTROL.sub(" ", value or "")


def fts_query(value: str | None) -> str:
    """Search words as Datasette's own search reads them: every word must appear (AND), a
    "quoted phrase" as a phrase. Each term is quoted, so no input is FTS5 syntax. Typed
    text with no word in it gives '""', which matches nothing; no text gives ''."""
    if not (value or "").strip():
        return ""
    text = search_text(value)
    if text.count('"') % 2:
        text += '"'
    terms = []
    for phrase, word in _TERM.findall(text):
        term = (phrase or word).strip()
        if term:
            terms.append(f'"{term}"')
    return " ".join(terms[:MAX_TERMS]) or '""'


@dataclass
class EntityMatch:
    """What an entity filter matched: the entities named, and the people of each
    organisation among them (whose events are the organisation's too)."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)
    members: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ids(self) -> list[str]:
        seen: dict[str, None] = {}
        for row in self.entities + self.members:
            seen.setdefault(row["id"], None)
        return list(seen)


def _rows(conn: Any, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    conn = getattr(conn, "conn", conn)  # a sqlite_utils.Database or a sqlite3.Connection
    cursor = conn.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def match_entity(conn: Any, text: str) -> EntityMatch:
    """Entities called `text`, and the people of the organisations among them."""
    found = EntityMatch(text)
    if not text.strip():
        return found
    found.entities = _rows(conn, ENTITY_MATCH_SQL, {"text": text.strip()})
    named = {e["id"] for e in found.entities}
    for entity in found.entities:
        if entity["type"] == "ORG":
            for person in _rows(conn, MEMBERS_SQL, {"org": entity["id"]}):
                if person["id"] not in named:
                    named.add(person["id"])
                    found.members.append(person)
    return found


def resolve_entity(conn: Any, text: str) -> EntityMatch:
    """As match_entity; UnknownEntity when nothing is called `text`."""
    found = match_entity(conn, text)
    if not found.entities:
        raise UnknownEntity(
            f"no entity is called '{text}' (by id, name or alias); "
            "see the entities table or data/entities.yml"
        )
    return found


@dataclass
class Filters:
    """A timeline filter as the page and the exports take it; bounds are ISO days."""

    entity_ids: list[str] | None = None  # None: any entity; []: an entity nobody is called
    event_type: str | None = None
    since: str | None = None  # first day of the range, inclusive
    until: str | None = None  # last day, inclusive
    fts: str = ""  # an fts_query() string

    @classmethod
    def parse(
        cls,
        *,
        entity_ids: list[str] | None = None,
        event_type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        q: str | None = None,
    ) -> Filters:
        """From typed values; InputError for a date that is not one, and for a range that
        starts after it ends (no event could fall in it: the site and the exports say so
        rather than list nothing)."""
        first = period(since)[0].isoformat() if since else None
        last = period(until)[1].isoformat() if until else None
        if first and last and first > last:
            raise InputError(
                f"From {since.strip()} is after To {until.strip()}: no event can fall between them"
            )
        return cls(
            entity_ids=entity_ids,
            event_type=event_type or None,
            since=first,
            until=last,
            fts=fts_query(q),
        )


def timeline_query(
    filters: Filters,
    *,
    limit: int | None = None,
    offset: int = 0,
    descending: bool = False,
    calendar_only: bool = False,
) -> tuple[str, dict[str, Any]]:
    """SQL and parameters for the `timeline` view's rows that pass the filters, in date
    order (first day, then last day, then id).

    An event falls in a date range when its whole range does (a month event is not in a
    filter of one week of it); a week, which may straddle two months, falls where its
    Thursday does, as ISO weeks belong to years. The keys are picked from the base tables
    by index (one entity: event_actors by entity and date; else events by date, or by type
    and date), and only the page's rows are read from the view."""
    params: dict[str, Any] = {}
    ids = filters.entity_ids
    by_actor = ids is not None and 0 < len(ids) <= MAX_MERGED_ENTITIES
    k = "ea" if by_actor else "e"
    where = [f"{k}.date_start IS NOT NULL"]
    if ids is not None and not by_actor:
        where.append(
            "e.id IN (SELECT event_id FROM event_actors WHERE entity_id IN "
            "(SELECT value FROM json_each(:entities)))"
        )
        params["entities"] = json.dumps(ids)
    if filters.event_type:
        where.append("e.type = :type")
        params["type"] = filters.event_type
    if filters.since or filters.until:
        since, until = filters.since or "0000-01-01", filters.until or "9999-12-31"
        params.update(
            since=since,
            until=until,
            since_week=(date.fromisoformat(since) - timedelta(days=3)).isoformat()
            if filters.since
            else since,
        )
        week = f"julianday({k}.date_end) - julianday({k}.date_start) = 6"
        where += [
            f"{k}.date_start >= :since_week",
            f"{k}.date_start <= :until",
            f"CASE WHEN {week} THEN date({k}.date_start, '+3 days') BETWEEN :since AND :until "
            f"ELSE {k}.date_start >= :since AND {k}.date_end <= :until END",
        ]
    if calendar_only:  # what a calendar can show: a day, a week as seven days
        where.append(f"julianday({k}.date_end) - julianday({k}.date_start) IN (0, 6)")
    if filters.fts:
        where.append("e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH :fts)")
        params["fts"] = filters.fts
    direction = " DESC" if descending else ""
    order = f"ORDER BY 2{direction}, 3{direction}, 1{direction}"
    conditions = " AND ".join(where)
    if by_actor:
        # One index-ordered arm per entity (event_actors by entity and date); SQLite merges
        # the arms in order and UNION drops an event two of the entities share, so an
        # organisation with its people costs a page, not all of their events.
        join = " JOIN events e ON e.id = ea.event_id" if "e." in conditions else ""
        arms = []
        for i, entity_id in enumerate(ids):
            params[f"entity{i}"] = entity_id
            arms.append(
                f"SELECT ea.event_id, ea.date_start, ea.date_end FROM event_actors ea{join} "  # noqa: S608
                f"WHERE ea.entity_id = :entity{i} AND {conditions}"
            )
        keys = " UNION ".join(arms) + f" {order}"
    else:
        keys = (
            f"SELECT e.id AS event_id, e.date_start, e.date_end FROM events e "  # noqa: S608
            f"WHERE {conditions} {order}"
        )
    if limit is not None:
        keys += " LIMIT :limit OFFSET :offset"
        params.update(limit=limit, offset=offset)
    sql = (
        f"SELECT t.* FROM ({keys}) k JOIN timeline t ON t.event_id = k.event_id "  # noqa: S608
        f"ORDER BY {', '.join(f'k.{c}{direction}' for c in ('date_start', 'date_end', 'event_id'))}"
    )
    return sql, params


def run(conn: Any, sql: str, params: dict[str, Any]) -> Any:
    """Rows of a query as dicts, one at a time."""
    conn = getattr(conn, "conn", conn)
    cursor = conn.execute(sql, params)
    names = [c[0] for c in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


# An event's row for its deadline's entry, dated or not: the timeline view's own columns
# (that view holds dated events only), outlet names and sources left to the writers' fallbacks.
DEADLINE_ROWS_SQL = """
SELECT e.date, e.date_display, e.date_start, e.date_end, e.precision, e.type, e.status,
       e.headline, e.actors, e.actor_list, e.amount_usd, e.outlets, e.first_outlet,
       e.first_reported_at, e.first_url AS source_url, e.source_urls, e.evidence, e.location,
       e.other_dates, e.first_seen_at, e.deadline, e.id AS event_id
FROM events e
WHERE {conditions}
"""
EVENT, DEADLINE = "event", "deadline"  # the entries of a row (`entries`) a writer shows


def _in_range(days: tuple[date, date], filters: Filters) -> bool:
    """Whether days fall in the filter's range as timeline_query reads it: a week where its
    Thursday falls, anything else when it is inside."""
    since = date.fromisoformat(filters.since) if filters.since else date.min
    until = date.fromisoformat(filters.until) if filters.until else date.max
    first, last = days
    if (last - first).days == 6:
        return since <= first + timedelta(days=3) <= until
    return since <= first and last <= until


def _on_calendar(days: tuple[date, date]) -> bool:
    """A day, or a week as seven days: what a calendar entry can be."""
    return (days[1] - days[0]).days in (0, 6)


def _deadline_days(row: dict[str, Any], filters: Filters, calendar_only: bool) -> tuple | None:
    """The first and last day of the row's deadline when its entry is selected: it is a
    date (a day or a week for a calendar) inside the filter's range; else None."""
    try:
        days = period(row["deadline"]) if row.get("deadline") else None
    except InputError:  # not a date value, or no such day or week
        return None
    if days is None or (calendar_only and not _on_calendar(days)):
        return None
    return days if _in_range(days, filters) else None


def deadline_rows(conn: Any, filters: Filters, *, calendar_only: bool = False) -> list[dict]:
    """The events (dated or not) whose deadline the filters select by the deadline's own
    date, when their own date is not selected (timeline_query has those, with their
    deadline), each with `entries` = (DEADLINE,), in order of the deadline."""
    where = ["e.deadline IS NOT NULL"]  # idx_events_deadline
    if calendar_only:
        where.append(
            f"(e.deadline GLOB '{_Y}-[0-9][0-9]-[0-9][0-9]' OR e.deadline GLOB '{_Y}-W[0-9][0-9]')"
        )
    params: dict[str, Any] = {}
    if filters.entity_ids is not None:
        where.append(
            "e.id IN (SELECT event_id FROM event_actors WHERE entity_id IN "
            "(SELECT value FROM json_each(:entities)))"
        )
        params["entities"] = json.dumps(filters.entity_ids)
    if filters.event_type:
        where.append("e.type = :type")
        params["type"] = filters.event_type
    if filters.fts:
        where.append("e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH :fts)")
        params["fts"] = filters.fts
    found = []
    for row in run(conn, DEADLINE_ROWS_SQL.format(conditions=" AND ".join(where)), params):
        days = _deadline_days(row, filters, calendar_only)
        if days is None:
            continue
        if row["date_start"] is not None:
            own = date.fromisoformat(row["date_start"]), date.fromisoformat(row["date_end"])
            if _in_range(own, filters) and (_on_calendar(own) or not calendar_only):
                continue  # its own entry is selected: timeline_query's row has both
        key = (days[0].isoformat(), days[1].isoformat(), row["event_id"])
        found.append((key, {**row, "entries": (DEADLINE,)}))
    return [row for _, row in sorted(found, key=lambda item: item[0])]


def entry_rows(
    conn: Any,
    filters: Filters,
    *,
    calendar_only: bool = False,
    limit: int | None = None,
    descending: bool = False,
) -> Iterator[dict[str, Any]]:
    """The rows of what a timeline of entries shows (TimelineJS's slides; a calendar's
    entries with `calendar_only`: days and weeks), in order of the day their first entry
    starts. An event's own entry is selected by its date (timeline_query), its deadline's
    entry by the deadline's own date; `entries` says which of the two a row shows, so a
    range of one day holds exactly the entries on that day, whether or not a report dates
    the ultimatum itself. `limit` counts rows."""
    dated = run(
        conn,
        *timeline_query(filters, limit=limit, descending=descending, calendar_only=calendar_only),
    )
    deadlines = deadline_rows(conn, filters, calendar_only=calendar_only)
    if descending:
        deadlines.reverse()

    def with_entries(rows: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for row in rows:
            due = _deadline_days(row, filters, calendar_only) is not None
            yield {**row, "entries": (EVENT, DEADLINE) if due else (EVENT,)}

    def day(row: dict[str, Any]) -> tuple[str, str, str]:
        if EVENT in row["entries"]:
            return row["date_start"], row["date_end"], row["event_id"]
        first, last = period(row["deadline"])
        return first.isoformat(), last.isoformat(), row["event_id"]

    rows = heapq.merge(with_entries(dated), deadlines, key=day, reverse=descending)
    return islice(rows, limit) if limit is not None else rows


def calendar_rows(
    conn: Any, filters: Filters, *, limit: int | None = None, descending: bool = False
) -> Iterator[dict[str, Any]]:
    """What a calendar can show (entry_rows' days and weeks): the events dated so, and the
    deadlines dated so, an undated ultimatum's too (its deadline is all a calendar can show
    of it)."""
    return entry_rows(conn, filters, calendar_only=True, limit=limit, descending=descending)
