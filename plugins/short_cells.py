"""Datasette's HTML pages show a long derived column shortened: `events.search_text` holds
every actor's name and every report's sentence, written only for search, and drawn whole it
would fill the events table. JSON and CSV keep the whole value."""

from __future__ import annotations

from datasette import hookimpl

# table -> its columns drawn shortened in HTML cells
SHORT_COLUMNS: dict[str, set[str]] = {"events": {"search_text"}}
SHORT_CELL_CHARS = 120


def short_cell(value: object) -> str | None:
    """The cell's first words and how long it is in all; None to leave it as it is."""
    if not isinstance(value, str) or len(value) <= SHORT_CELL_CHARS:
        return None
    head = value[:SHORT_CELL_CHARS].rsplit(" ", 1)[0]
    return f"{head}… ({len(value):,} characters)"


@hookimpl
def render_cell(value, column, table, database):
    if column in SHORT_COLUMNS.get(table, ()) and not database.startswith("_"):
        return short_cell(value)
    return None
