"""Past one machine: a worker crawls into its own SQLite file and ships JSONL batches.

The central database loads a batch with `tracker import`, which runs the same
`store.save_article` a crawl does, so a re-shipped article is `unchanged` and adds nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

import sqlite_utils

from core.errors import DatabaseError, InputError, TrackerError

# Every field `tracker import` reads back; the rest (hashes, extraction state) is recomputed
# by the central database, so a worker cannot ship a stale extraction. The id (a hash of the
# canonical URL, the same on every machine) is what `extract-jsonl` results come back under.
EXPORT_COLUMNS = (
    "id",
    "url",
    "canonical_url",
    "title",
    "published",
    "published_at",
    "published_source",
    "text",
    "outlet",
    "author",
    "language",
    "flags",
    "source",
    "fetched_at",
)


def parse_since(value: str) -> str:
    """An ISO date or date-time as the UTC text `fetched_at` is stored in (naive means UTC)."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError(f"--since '{value}' is not an ISO date or date-time") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@dataclass
class ExportReport:
    """How many articles went out, and the `--since` that ships only later fetches."""

    count: int = 0
    last_fetched_at: str | None = None


def article_records(db: sqlite_utils.Database, since: str | None) -> Iterator[dict[str, Any]]:
    """News articles fetched at or after `since`, oldest first, as import records."""
    cols = ", ".join(EXPORT_COLUMNS)
    sql = f"SELECT {cols} FROM articles WHERE kind = 'news'"  # noqa: S608 - fixed column list
    params: list[str] = []
    if since is not None:
        sql += " AND fetched_at >= ?"
        params.append(since)
    sql += " ORDER BY fetched_at, id"
    try:
        rows = db.query(sql, params)
        for row in rows:
            rec = dict(row)
            rec["flags"] = json.loads(rec["flags"] or "[]")
            yield rec
    except Exception as exc:  # sqlite3.Error, or a database without an articles table
        if isinstance(exc, (InputError, DatabaseError)):
            raise
        raise DatabaseError(f"cannot read articles: {exc}") from exc


def export_articles(db: sqlite_utils.Database, out: TextIO, since: str | None) -> ExportReport:
    """Write one JSON object per line; the batch boundary is the last `fetched_at` written.

    Shipping with `--since` equal to the previous batch's last `fetched_at` re-sends the
    articles of that one second, which the central import counts as unchanged.
    """
    report = ExportReport()
    for rec in article_records(db, since):
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        report.count += 1
        report.last_fetched_at = rec["fetched_at"]
    return report


def export_to_file(db: sqlite_utils.Database, path: Path, since: str | None) -> ExportReport:
    """Write to a temporary name and rename, so a shipper never picks up half a batch."""
    with output_file(path) as fh:
        return export_articles(db, fh, since)


@contextmanager
def output_file(path: Path, *, newline: str | None = None) -> Iterator[TextIO]:
    """A text file that replaces `path` whole when the block ends, or not at all.

    The block writes to `.NAME.partial` in the same folder, renamed over `path` on success
    and removed on any error, so a failed export never destroys the previous one. A path
    that is not a regular file (/dev/stdout, /dev/full, a pipe) is written in place: a
    rename would replace the device itself.
    """
    if path.exists() and not path.is_file():
        try:
            with path.open("w", encoding="utf-8", newline=newline) as fh:
                yield fh
        except OSError as exc:
            raise TrackerError(f"cannot write {path}: {exc.strerror or exc}") from exc
        return
    tmp = path.with_name(f".{path.name}.partial")
    try:
        with tmp.open("w", encoding="utf-8", newline=newline) as fh:
            yield fh
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise TrackerError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
