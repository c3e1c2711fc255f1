"""Datasette's own table pages show event dates as a reader says them ("week of 4 Aug 2025",
"July 2025"), as the site's pages do: readers never see a week code like 2025-W32.

Only the HTML cell changes; the stored value stays in JSON and CSV, and date_start and
date_end sort and filter. Dates a merge lists as other reports' ("2025-W29 (week)") read
the same way."""

from __future__ import annotations

from typing import Any

from datasette import hookimpl

from plugins.jinja_filters import date_label, from_json

# table or view -> its columns holding a date value (`date` at the row's precision)
DATE_COLUMNS: dict[str, set[str]] = {
    "events": {"date", "deadline", "other_dates"},
    "event_mentions": {"date", "deadline"},
    "event_actors": {"date"},
    "timeline": {"date", "deadline", "other_dates"},
    "entity_timeline": {"date"},
    "date_mentions": {"value"},
}


def _get(row: Any, column: str) -> Any:
    """A column of the row, None when the page left it out (?_col=, ?_nocol=)."""
    try:
        return row[column]
    except (IndexError, KeyError):
        return None


def reader_date(row: Any, column: str, value: Any) -> str | None:
    """The cell as a reader says it; None to leave it as Datasette draws it."""
    if not isinstance(value, str) or not value:
        return None
    if column == "other_dates":
        return "; ".join(date_label(v) for v in from_json(value) if isinstance(v, str)) or None
    if column == "deadline":
        return date_label(value, None)
    return _get(row, "date_display") or date_label(value, _get(row, "precision"))


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if table in DATE_COLUMNS and column in DATE_COLUMNS[table] and not database.startswith("_"):
        return reader_date(row, column, value)
    return None
