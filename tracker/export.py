"""Timeline exports a journalist can drop into a story or a spreadsheet."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any, TextIO

import sqlite_utils

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
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Spreadsheets run cells that start with = + - @ tab or CR; a leading ' keeps them text."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def timeline_rows(
    db: sqlite_utils.Database,
    *,
    entity: str | None = None,
    event_type: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Timeline rows in date order; every filter is a bound parameter."""
    where, params = [], []
    if entity:
        where.append(
            "event_id IN (SELECT ea.event_id FROM event_actors ea JOIN entities en "
            "ON en.id = ea.entity_id WHERE en.id = ? OR lower(en.name) = lower(?))"
        )
        params += [entity, entity]
    if event_type:
        where.append("type = ?")
        params.append(event_type)
    if since:
        where.append("substr(date, 1, length(?)) >= ?")
        params += [since, since]
    if until:
        where.append("substr(date, 1, length(?)) <= ?")
        params += [until, until]
    sql = "SELECT * FROM timeline"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY date, type, event_id"
    yield from db.query(sql, params)


def write_csv(rows: Iterator[dict[str, Any]], out: TextIO, *, bom: bool = False) -> int:
    """One row per event; UTF-8, optional BOM for Excel, formula-injection safe."""
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for row in rows:
        writer.writerow([neutralise(row.get(col)) for col in CSV_COLUMNS])
        count += 1
    return count


def csv_text(rows: Iterator[dict[str, Any]]) -> str:
    buf = io.StringIO()
    write_csv(rows, buf)
    return buf.getvalue()
