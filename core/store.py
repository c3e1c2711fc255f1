"""Every write the stages make: one article (or one article's extraction) per transaction."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from core.config import Source
from core.db import stable_id
from core.errors import DatabaseError
from core.text import without_bidi_controls
from core.urls import canonicalize, dedupe_key, domain


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def article_id(canonical_url: str) -> str:
    """Hash of the canonical URL without its scheme: http and https copies are one article."""
    return stable_id(dedupe_key(canonical_url))


def content_hash(text: str) -> str:
    """Hash of the text with white space folded, so re-rendered markup is not a new version."""
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def record_page(
    db: sqlite_utils.Database,
    url: str,
    status: str,
    reason: str | None = None,
    *,
    source: str | None = None,
    outlet: str | None = None,
    article: str | None = None,
) -> None:
    """The crawl ledger: what became of every URL, so a re-run knows what not to fetch."""
    row = {"url": url, "source": source, "outlet": outlet, "fetched_at": now()}
    try:
        with db.atomic():
            _page(db, row, status, reason, article)
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot record page {url}: {exc}") from exc


def known_urls(db: sqlite_utils.Database) -> dict[str, str]:
    """URL -> when it was last fetched, for pages a crawl need not fetch again unless their
    feed or sitemap says they changed since: stored, copied or skipped; failures are retried."""
    return dict(db.execute("SELECT url, fetched_at FROM pages WHERE status != 'failed'"))


# The mark in a failure's reason ("failures: 1; child sitemap; HttpError: …") that says the
# URL is a sitemap an index listed, not an article: the next run fetches it as a sitemap.
CHILD_SITEMAP = "child sitemap; "


def failed_pages(db: sqlite_utils.Database) -> list[tuple[str, str | None, bool]]:
    """(url, source, is a child sitemap) of pages whose last fetch failed: the next run
    tries them again."""
    rows = db.execute("SELECT url, source, reason FROM pages WHERE status = 'failed'")
    return [(url, source, f"; {CHILD_SITEMAP}" in (reason or "")) for url, source, reason in rows]


def forget_failure(db: sqlite_utils.Database, url: str) -> None:
    """A feed or sitemap that answered again: drop its `failed` row, as a working discovery
    document has no ledger row, so /status stops listing it among the failed pages."""
    with _writing(f"record that {url} answered"), db.atomic():
        db.execute("DELETE FROM pages WHERE url = ? AND status = 'failed'", [url])


def feed_validators(db: sqlite_utils.Database) -> dict[str, tuple[str | None, str | None]]:
    """ETag and Last-Modified per feed URL, for conditional GET."""
    return {
        r[0]: (r[1], r[2]) for r in db.execute("SELECT url, etag, last_modified FROM feed_state")
    }


def save_feed_state(
    db: sqlite_utils.Database,
    url: str,
    source: str | None,
    etag: str | None,
    last_modified: str | None,
    status: int,
) -> None:
    try:
        with db.atomic():
            db["feed_state"].upsert(
                {
                    "url": url,
                    "source": source,
                    "etag": etag,
                    "last_modified": last_modified,
                    "last_status": status,
                    "checked_at": now(),
                },
                pk="url",
            )
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot record feed state {url}: {exc}") from exc


def moment_error(moment: str, published: str | None) -> str | None:
    """Why `moment` is not a publication moment for `published`, or None when it is one:
    an ISO 8601 date-time with its offset ("2020-05-01T22:30:00-04:00"), whose day (the
    publisher's, never converted to UTC) is `published` when that is given."""
    try:
        parsed = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    except ValueError:
        return "is not an ISO 8601 date-time"
    if len(moment) < 16 or moment[10] not in "Tt ":
        return "is not an ISO 8601 date-time"
    if parsed.tzinfo is None:
        return "has no UTC offset (+HH:MM or Z)"
    if published is not None and moment[:10] != published:
        return f"is on {moment[:10]}, not on the publication day {published}"
    return None


def published_at(moment: Any, published: str | None) -> str | None:
    """The publication moment as the page gives it, kept verbatim (no conversion to UTC can
    move its day), or None when it is not one for the publication day (see moment_error)."""
    if not isinstance(moment, str) or moment_error(moment, published) is not None:
        return None
    return moment


def save_article(db: sqlite_utils.Database, item: dict[str, Any]) -> str:
    """Store one crawled article; returns new, updated, unchanged or duplicate.

    The id is the canonical URL's hash, so AMP, utm_ and rel=canonical copies land on one
    row; an exact copy of another article's text under a new URL is recorded as a copy.
    """
    url = canonicalize(item["url"])
    canonical = canonicalize(item.get("canonical_url") or url)
    aid = article_id(canonical)
    text = without_bidi_controls(item["text"])
    chash = content_hash(text)
    row = {
        "id": aid,
        "url": url,
        "canonical_url": canonical,
        "source": item.get("source"),
        "outlet": without_bidi_controls(item.get("outlet")) or domain(url),
        "domain": domain(url),
        "title": without_bidi_controls(item.get("title")),
        "author": without_bidi_controls(item.get("author")),
        "published": item.get("published"),
        "published_at": published_at(item.get("published_at"), item.get("published")),
        "published_source": item.get("published_source") or "none",
        "fetched_at": item.get("fetched_at") or now(),
        "language": item.get("language"),
        "text": text,
        "content_hash": chash,
        "flags": json.dumps(item.get("flags") or []),
        "extractor_version": None,
        "extracted_at": None,
        "extract_error": None,
    }
    try:
        with db.atomic():
            existing = next(
                db.query(
                    "SELECT id, url, content_hash, published_at FROM articles WHERE id = ?", [aid]
                ),
                None,
            )
            if existing is not None and row["published_at"] is None:
                # a re-crawl that finds no moment keeps the one stored for the same day
                row["published_at"] = published_at(existing["published_at"], row["published"])
            if existing is None:
                same_text = next(
                    db.query("SELECT id FROM articles WHERE content_hash = ? LIMIT 1", [chash]),
                    None,
                )
                if same_text is not None:
                    _page(
                        db, row, "copy", "same text as an article already stored", same_text["id"]
                    )
                    return "duplicate"
                by_url = next(db.query("SELECT id FROM articles WHERE url = ?", [url]), None)
                if by_url is not None:  # the page now names a different canonical URL
                    db["articles"].delete(by_url["id"])
                db.execute(_INSERT_ARTICLE, row)
                _page(db, row, "stored", item.get("reason"), aid)
                return "new"
            if dedupe_key(existing["url"]) != dedupe_key(url):
                if dedupe_key(url) == dedupe_key(canonical):
                    # The original arrived after a syndicated copy that pointed at it: the
                    # article (counted new with the copy) now has the original's URL, so
                    # this page adds none, as the copy after the original would not.
                    _page(db, {**row, "url": existing["url"]}, "copy", "syndicated copy", aid)
                    db["articles"].update(aid, row)
                    _page(db, row, "stored", None, aid)
                    return "duplicate" if existing["content_hash"] == chash else "updated"
                _page(db, row, "copy", f"rel=canonical points to {canonical}", aid)
                return "duplicate"
            if existing["content_hash"] == chash:
                if existing["url"] != url:
                    _page(db, row, "copy", "same page under another scheme", aid)
                else:  # looked at again: the ledger's date moves so the next run need not
                    db["pages"].update(url, {"fetched_at": row["fetched_at"]})
                return "unchanged"
            db["articles"].update(aid, {**row, "url": existing["url"]})
            _page(db, row, "stored", "text changed; queued for extraction", aid)
            return "updated"
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot store {url}: {exc}") from exc


# Plain statements for the two writes of every page: sqlite-utils' insert and upsert read the
# table's schema first, 20 statements an article where these are 2 (the crawl's CPU is short).
_UPSERT_PAGE = """
    INSERT INTO pages (url, status, reason, article_id, source, outlet, fetched_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(url) DO UPDATE SET status = excluded.status, reason = excluded.reason,
        article_id = excluded.article_id, source = excluded.source,
        outlet = excluded.outlet, fetched_at = excluded.fetched_at
"""
_INSERT_ARTICLE = """
    INSERT INTO articles (id, url, canonical_url, source, outlet, domain, title, author,
        published, published_at, published_source, fetched_at, language, text, content_hash,
        flags, extractor_version, extracted_at, extract_error)
    VALUES (:id, :url, :canonical_url, :source, :outlet, :domain, :title, :author,
        :published, :published_at, :published_source, :fetched_at, :language, :text,
        :content_hash, :flags, :extractor_version, :extracted_at, :extract_error)
"""


def _page(
    db: sqlite_utils.Database, row: dict, status: str, reason: str | None, aid: str | None
) -> None:
    values = (row["url"], status, reason, aid, row["source"], row["outlet"], row["fetched_at"])
    db.execute(_UPSERT_PAGE, values)


@contextmanager
def _writing(what: str) -> Iterator[None]:
    """Turn SQLite's errors in a write (disk full, read-only) into a DatabaseError that
    names what was being written, which the command line reports in one line."""
    try:
        yield
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot {what}: {exc}") from exc


def sync_sources(db: sqlite_utils.Database, sources: Iterable[Source]) -> None:
    with _writing("record the sources"), db.atomic():
        db["sources"].upsert_all(
            [
                {
                    "name": s.name,
                    "kind": s.kind,
                    "url": " ".join(s.urls),
                    "outlet": s.outlet,
                    "tags": json.dumps(list(s.tags)),
                    "enabled": int(s.enabled),
                    "local": int(s.local),
                }
                for s in sources
            ],
            pk="name",
        )


def sync_gazetteer(db: sqlite_utils.Database, entries: Iterable[dict[str, Any]]) -> None:
    """Gazetteer entities as rows, so entity pages exist before any article names them."""
    with _writing("store the gazetteer"), db.atomic():
        db["entities"].upsert_all(
            [
                {
                    "id": e["id"],
                    "name": e["name"],
                    "type": e["type"],
                    "aliases": json.dumps(list(e.get("aliases") or [])),
                    "tags": json.dumps(list(e.get("tags") or [])),
                    "wikidata": e.get("wikidata"),
                    "in_gazetteer": 1,
                }
                for e in entries
            ],
            pk="id",
        )


def pending_ids(
    db: sqlite_utils.Database, version: str, *, stale: bool = False, limit: int | None = None
) -> list[str]:
    """Articles never extracted (or, with `stale`, extracted by another version), oldest first."""
    if stale:
        where, params = "extractor_version IS NOT NULL AND extractor_version != ?", [version]
    else:
        where, params = "extractor_version IS NULL", []
    sql = f"SELECT id FROM articles WHERE kind = 'news' AND {where} ORDER BY fetched_at, id"  # noqa: S608
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [row[0] for row in db.execute(sql, params)]


def articles_by_id(db: sqlite_utils.Database, ids: list[str]) -> list[dict[str, Any]]:
    """The fields extraction reads, in the order of `ids`."""
    marks = ",".join("?" * len(ids))
    rows = {
        r["id"]: r
        for r in db.query(
            f"SELECT id, url, title, published, text, language FROM articles WHERE id IN ({marks})",  # noqa: S608
            ids,
        )
    }
    return [rows[i] for i in ids if i in rows]


# One statement per table for all of an article's rows; sqlite-utils' insert_all would read
# each table's schema once per event, which was two thirds of the extract parent's time.
_INSERT_ENTITY = "INSERT OR IGNORE INTO entities (id, name, type, in_gazetteer) VALUES (?, ?, ?, 0)"
_INSERT_ARTICLE_ENTITY = """
    INSERT OR REPLACE INTO article_entities (article_id, entity_id, count, first_start)
    VALUES (?, ?, ?, ?)
"""
_INSERT_DATE_MENTION = """
    INSERT OR REPLACE INTO date_mentions (article_id, start, [end], text, value, precision)
    VALUES (?, ?, ?, ?, ?, ?)
"""
_EVENT_FIELDS = (
    "type", "date", "precision", "date_text", "status", "confidence", "amount_usd",
    "location", "sentence", "start", "end", "trigger", "deadline",
)  # fmt: skip
_INSERT_EVENT_MENTION = """
    INSERT OR REPLACE INTO event_mentions (id, article_id, event_id, type, date, precision,
        date_text, status, confidence, amount_usd, location, sentence, start, [end], trigger,
        deadline, extractor_version)
    VALUES (:id, :article_id, NULL, :type, :date, :precision, :date_text, :status, :confidence,
        :amount_usd, :location, :sentence, :start, :end, :trigger, :deadline, :version)
"""
# The precision a date value's shape gives (core.db's date ranges read the same shapes).
_SHAPES = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), "day"),
    (re.compile(r"\d{4}-W\d{2}"), "week"),
    (re.compile(r"\d{4}-\d{2}"), "month"),
    (re.compile(r"\d{4}-Q[1-4]"), "quarter"),
    (re.compile(r"\d{4}"), "year"),
    (re.compile(r"\d{3}0s"), "decade"),
)
# Every precision a stored date may carry: its shapes', and the extractor's century ("the
# last century": "19"), which no date range reads.
PRECISIONS = (*(precision for _, precision in _SHAPES), "century")


def shape_precision(value: Any) -> str | None:
    """The precision of a date value by its shape: 2026-02-20 is a day, 2026-Q1 a quarter."""
    if isinstance(value, str):
        for shape, precision in _SHAPES:
            if shape.fullmatch(value):
                return precision
    return None


def whole_dollars(amount: Any) -> int | None:
    """An amount as whole dollars: the extractor may give 2.3e9 and records saved by an
    older DoD parser carry floats ("7850000.0"); None for no amount or not a number."""
    if amount is None or isinstance(amount, bool):
        return None
    if isinstance(amount, int):
        return amount
    try:
        return round(float(amount))
    except (TypeError, ValueError, OverflowError):
        return None


def _mention_row(ev: dict[str, Any]) -> dict[str, Any]:
    """An extracted event's columns: amounts in whole dollars, a date without a precision
    given the one its shape says."""
    row = {k: ev.get(k) for k in _EVENT_FIELDS}
    row["amount_usd"] = whole_dollars(row["amount_usd"])
    if row["precision"] is None:
        row["precision"] = shape_precision(row["date"])
    return row


_INSERT_EVENT_ACTOR = """
    INSERT OR IGNORE INTO event_mention_actors (mention_id, entity_id, role, position)
    VALUES (?, ?, ?, ?)
"""


def save_extraction(
    db: sqlite_utils.Database, article: str, result: dict[str, Any], version: str
) -> None:
    """Replace one article's entities, dates and event mentions in a single transaction."""
    try:
        with db.atomic():
            if db.execute("SELECT 1 FROM articles WHERE id = ?", [article]).fetchone() is None:
                raise DatabaseError(f"cannot store extraction of {article}: no such article")
            for table in ("article_entities", "date_mentions"):
                db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article])  # noqa: S608
            db.execute(
                "DELETE FROM event_mentions WHERE article_id = ? AND origin = 'nlp'", [article]
            )
            entities = result.get("entities", [])
            events = result.get("events", [])
            # an entity row for every id the rows below name (a missing name or type would
            # make INSERT OR IGNORE skip it, and the foreign keys then fail)
            named = [
                (e["id"], e.get("name") or e["id"], e.get("type") or "UNKNOWN")
                for e in [*entities, *(a for ev in events for a in ev.get("actors", []))]
            ]
            db.conn.executemany(_INSERT_ENTITY, named)
            db.conn.executemany(
                _INSERT_ARTICLE_ENTITY,
                [
                    (
                        article,
                        e["id"],
                        e.get("count", 1),
                        min((m["start"] for m in e.get("mentions", [])), default=None),
                    )
                    for e in entities
                ],
            )
            db.conn.executemany(
                _INSERT_DATE_MENTION,
                [
                    (article, d["start"], d["end"], d["text"], d.get("value"), d.get("precision"))
                    for d in result.get("dates", [])
                ],
            )
            mentions: dict[str, tuple[dict, list]] = {}  # a repeated id: the last one wins
            for ev in events:
                mid = stable_id(article, ev["type"], ev["start"], ev.get("trigger"))
                row = _mention_row(ev)
                mentions[mid] = (
                    {**row, "id": mid, "article_id": article, "version": version},
                    [
                        (mid, a["id"], a.get("role") or "participant", i)
                        for i, a in enumerate(ev.get("actors", []))
                    ],
                )
            db.conn.executemany(_INSERT_EVENT_MENTION, [m for m, _ in mentions.values()])
            actors = [actor for _, group in mentions.values() for actor in group]
            db.conn.executemany(_INSERT_EVENT_ACTOR, actors)
            stored = db.execute("SELECT flags FROM articles WHERE id = ?", [article]).fetchone()
            db.execute(
                "UPDATE articles SET extractor_version = ?, extracted_at = ?, extract_error = NULL,"
                " flags = ? WHERE id = ?",
                [version, now(), _with_extraction_flags(stored[0], result), article],
            )
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot store extraction of {article}: {exc}") from exc


# The flags only extraction sets (extract/extractor.py, docs/extraction.md): a re-extraction
# replaces them. `no_publication_date` is the crawl's as well, so extraction only adds it.
EXTRACTION_FLAGS = ("truncated", "long_tokens_blanked", "empty_text")


def _with_extraction_flags(stored: str | None, result: dict[str, Any]) -> str:
    """The article's flags (JSON) with the extraction's merged in: the crawl's are kept, the
    previous extraction's replaced, so extracting again gives the same list."""
    try:
        flags = json.loads(stored or "[]")
    except ValueError:
        flags = []
    if not isinstance(flags, list):
        flags = []
    flags = [f for f in flags if f not in EXTRACTION_FLAGS]
    flags += [f for f in result.get("flags") or [] if f not in flags]
    return json.dumps(flags)


def record_extract_failure(
    db: sqlite_utils.Database, article: str, error: str, version: str
) -> None:
    """Mark an article whose extraction raised, so the batch goes on and the run reports it."""
    with _writing(f"record the failed extraction of {article}"), db.atomic():
        db["articles"].update(
            article,
            {"extractor_version": version, "extracted_at": now(), "extract_error": error[:1000]},
        )


def start_run(db: sqlite_utils.Database, command: str, extractor_version: str | None) -> int:
    """A `crawl_runs` row written before the work, so a killed run still shows as started."""
    from core import __version__

    with _writing("start the run's record"), db.atomic():
        table = db["crawl_runs"].insert(
            {
                "command": command,
                "started": now(),
                "status": "running",
                "code_version": __version__,
                "extractor_version": extractor_version,
            }
        )
    return table.last_pk


def finish_run(db: sqlite_utils.Database, run_id: int, status: str, **counts: Any) -> None:
    """Close the run's `crawl_runs` row with its status, counts and stats."""
    stats = counts.pop("stats", {})
    with _writing(f"finish the record of run {run_id}"), db.atomic():
        db["crawl_runs"].update(
            run_id,
            {
                "finished": now(),
                "status": status,
                "stats": json.dumps(stats, default=str, sort_keys=True),
                **counts,
            },
        )


def source_worked(counts: Mapping[str, int]) -> bool:
    """A source worked in a run when its feeds, sitemaps or listing gave links or were
    unchanged since the last run (a `urls` source: one of its pages answered). The one
    rule of `source_runs.ok` (/status) and of the crawl's line naming failed sources."""
    return counts.get("links", 0) > 0 or counts.get("not_modified", 0) > 0


def record_source_runs(
    db: sqlite_utils.Database, run_id: int, per_source: dict[str, dict[str, int]]
) -> None:
    """Per-source counts of one run, each `ok` as `source_worked` says."""
    with _writing(f"record the sources of run {run_id}"), db.atomic():
        db["source_runs"].upsert_all(
            [
                {
                    "run_id": run_id,
                    "source": name,
                    "links": c.get("links", 0),
                    "new": c.get("new", 0) + c.get("updated", 0),
                    "duplicate": c.get("duplicate", 0),
                    "skipped": c.get("skipped", 0),
                    "failed": c.get("failed", 0),
                    "ok": int(source_worked(c)),
                }
                for name, c in per_source.items()
            ],
            pk=("run_id", "source"),
        )
