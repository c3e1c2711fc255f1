"""`tracker import`: articles people already have, as JSONL, into the same tables a crawl fills."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils

from core import store
from core.errors import InputError
from core.limits import MAX_TEXT_CHARS
from core.urls import canonicalize, dedupe_key
from crawler.article import detect_language
from extract.ontology import EVENT_TYPES, ROLES, STATUSES
from timeline.query import DATE_FORMS, period

# A publication day may be tomorrow where the publisher is (time zones); later is a wrong date.
FUTURE_DAYS = 1
# Nothing on the beat was published before this year: an earlier one is a wrong date (year 1
# from a broken export), and relative dates counted back from it fall off the calendar.
EARLIEST_YEAR = 1900
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, text) of each non-blank line; a line that is not UTF-8 is named."""
    try:
        with path.open("rb") as fh:
            for line_no, raw in enumerate(fh, 1):
                try:  # a byte order mark (Windows editors, Excel) opens the file only
                    text = raw.decode("utf-8-sig" if line_no == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    raise InputError(
                        f"{path}:{line_no}: not UTF-8 text (byte {exc.start + 1}: {exc.reason}); "
                        "convert the file to UTF-8"
                    ) from None
                if text.strip():
                    yield line_no, text
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def _json_object(where: str, raw: str) -> dict:
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON ({exc.msg})") from exc
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply") from None
    if not isinstance(value, dict):
        raise InputError(f"{where}: expected a JSON object")
    _check_strings(where, value)
    return value


def _check_strings(where: str, record: dict) -> None:
    """Every string must be storable as UTF-8: JSON's \\ud800 escapes give lone surrogates
    that pass every other check and then fail inside the database write."""
    for field, value in record.items():
        stack: list[Any] = [field, value]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                try:
                    item.encode("utf-8")
                except UnicodeEncodeError:
                    name = field.encode("utf-8", "backslashreplace").decode()
                    raise InputError(
                        f"{where}: '{name}' holds a lone surrogate, not text"
                    ) from None
            elif isinstance(item, dict):
                stack.extend(item.keys())
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)


def _http_url(value: Any) -> bool:
    """An absolute http(s) URL with a host name: `https://` alone is not one."""
    if not isinstance(value, str) or not value.startswith(("http://", "https://")):
        return False
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        return False
    host = parts.hostname or ""
    return bool(host) and not any(ch.isspace() for ch in value)


def _published(where: str, value: Any) -> str:
    """YYYY-MM-DD, or an ISO date-time whose calendar day is kept; never in the future."""
    text = str(value)
    if not _DAY.fullmatch(text[:10]):
        raise InputError(f"{where}: 'published' must be YYYY-MM-DD or null")
    try:
        day = date.fromisoformat(text[:10])
        if len(text) > 10:
            if text[10] not in "T ":
                raise ValueError(text)
            datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError(f"{where}: 'published' must be YYYY-MM-DD or null") from exc
    latest = datetime.now(UTC).date() + timedelta(days=FUTURE_DAYS)
    if day > latest:
        raise InputError(f"{where}: 'published' {day.isoformat()} is in the future")
    if day.year < EARLIEST_YEAR:
        raise InputError(
            f"{where}: 'published' {day.isoformat()} is before {EARLIEST_YEAR}: not a real "
            "publication date; give the right one, or null"
        )
    return day.isoformat()


def _record(line_no: int, path: Path, raw: str) -> dict:
    where = f"{path}:{line_no}"
    rec = _json_object(where, raw)
    for key in ("url", "text"):
        if not isinstance(rec.get(key), str) or not rec[key].strip():
            raise InputError(f"{where}: '{key}' must be a non-empty string")
    if not _http_url(rec["url"]):
        raise InputError(f"{where}: 'url' must be an http(s) URL with a host")
    if len(rec["text"]) > MAX_TEXT_CHARS:
        raise InputError(f"{where}: 'text' is longer than {MAX_TEXT_CHARS} characters")
    published = rec.get("published")
    if published is not None:
        published = _published(where, published)
    moment = rec.get("published_at")
    if moment is not None:
        if not isinstance(moment, str):
            raise InputError(f"{where}: 'published_at' must be a string or null")
        problem = store.moment_error(moment, published)
        if problem is not None:
            raise InputError(
                f"{where}: 'published_at' {moment!r} {problem}; give the publisher's date-time "
                "with its offset, as 2020-05-01T22:30:00-04:00"
            )
        published = published or _published(where, moment[:10])
    for key in ("title", "author", "outlet", "language", "published_source"):
        if rec.get(key) is not None and not isinstance(rec[key], str):
            raise InputError(f"{where}: '{key}' must be a string or null")
    canonical = rec.get("canonical_url")
    if canonical is not None and not _http_url(canonical):
        raise InputError(f"{where}: 'canonical_url' must be an http(s) URL with a host, or null")
    flags = rec.get("flags")
    if flags is not None and (
        not isinstance(flags, list) or not all(isinstance(f, str) for f in flags)
    ):
        raise InputError(f"{where}: 'flags' must be a list of strings or null")
    fetched = rec.get("fetched_at")
    if fetched is not None:
        try:
            datetime.fromisoformat(str(fetched))
        except ValueError as exc:
            raise InputError(f"{where}: 'fetched_at' must be an ISO date-time or null") from exc
    rec["published"] = published
    return rec


def import_jsonl(db: sqlite_utils.Database, path: Path, *, outlet: str | None = None) -> Counter:
    """Validate the whole file first (nothing is written if any line is bad), then store."""
    records = [_record(line_no, path, raw) for line_no, raw in _lines(path)]
    outcomes: Counter = Counter({"new": 0, "unchanged": 0, "duplicate": 0, "updated": 0})
    # One article given twice in a file (or under two URLs that canonicalise to one): the
    # last record wins and the others count as duplicates, so a re-run finds it unchanged
    # instead of storing each version in turn and queueing it for extraction again.
    latest = {dedupe_key(canonicalize(rec["url"])): rec for rec in records}
    outcomes["duplicate"] = len(records) - len(latest)
    for rec in latest.values():
        url = canonicalize(rec["url"])
        # A worker's batch (`tracker export articles`) carries what its crawl decided;
        # a hand-made file carries only url and text, and the rest is worked out here.
        flags = list(rec.get("flags") or [])
        if not rec["published"] and "no_publication_date" not in flags:
            flags.append("no_publication_date")
        outcome = store.save_article(
            db,
            {
                "url": url,
                "canonical_url": canonicalize(rec.get("canonical_url") or url),
                "source": f"import:{path.name}",
                "outlet": rec.get("outlet") or outlet,
                "title": rec.get("title"),
                "author": rec.get("author"),
                "published": rec["published"],
                "published_at": rec.get("published_at"),
                "published_source": (rec.get("published_source") or "import")
                if rec["published"]
                else "none",
                "language": rec.get("language") or detect_language(rec["text"]),
                "text": rec["text"],
                "flags": flags,
                "fetched_at": rec.get("fetched_at"),
            },
        )
        outcomes[outcome] += 1
    return outcomes


# What `store.save_extraction` reads, per item of an extraction result's lists: each field's
# types, and whether it must be there (an optional field may be missing or null).
_TEXT, _INT, _NUMBER, _LIST = (str,), (int,), (int, float), (list,)
ITEM_FIELDS: dict[str, dict[str, tuple[tuple[type, ...], bool]]] = {
    "entities": {
        "id": (_TEXT, True),
        "name": (_TEXT, False),  # the store names an entity by its id, types it UNKNOWN
        "type": (_TEXT, False),
        "count": (_INT, False),
        "mentions": (_LIST, False),
    },
    "mentions": {"start": (_INT, True)},
    "dates": {
        "start": (_INT, True),
        "end": (_INT, True),
        "text": (_TEXT, True),
        "value": (_TEXT, False),
        "precision": (_TEXT, False),
    },
    "events": {
        "type": (_TEXT, True),
        "start": (_INT, True),
        "end": (_INT, True),
        "sentence": (_TEXT, True),
        "trigger": (_TEXT, False),
        "date": (_TEXT, False),
        "precision": (_TEXT, False),
        "date_text": (_TEXT, False),
        "status": (_TEXT, False),
        "confidence": (_NUMBER, False),
        "amount_usd": (_NUMBER, False),
        "location": (_TEXT, False),
        "deadline": (_TEXT, False),
        "actors": (_LIST, False),
    },
    "actors": {
        "id": (_TEXT, True),
        "name": (_TEXT, False),
        "type": (_TEXT, False),
        "role": (_TEXT, False),
    },
}
_TYPE_NAMES = {_TEXT: "a string", _INT: "an integer", _NUMBER: "a number", _LIST: "a list"}
# Fields whose value the store and the merge read as a word of a vocabulary: anything else
# would be stored as it is and never match (an event of no type, a precision no range reads).
VOCABULARIES: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {
    ("events", "type"): ("event type", EVENT_TYPES),
    ("events", "precision"): ("precision", store.PRECISIONS),
    ("events", "status"): ("status", STATUSES),
    ("actors", "role"): ("role", ROLES),
}
# Fields the merge and the exports read as date values (date_start, the deadline's days).
DATE_FIELDS = {("events", "date"), ("events", "deadline")}
_CENTURY = re.compile(r"\d{2}")


def _date_value(where: str, name: str, value: str, precision: Any) -> None:
    """A date value the timeline reads: a form of `timeline.query.period`, the parser of
    every stored date, or the extractor's century ("the last century": "19" at precision
    century); "2025-13-45" would be stored and drop out of every timeline, unannounced."""
    if precision == "century" and _CENTURY.fullmatch(value):
        return
    try:
        if value != value.strip():
            raise InputError(value)
        period(value)
    except InputError:
        raise InputError(f"{where}: {name} {value!r} is not a date ({DATE_FORMS})") from None


def _items(where: str, label: str, items: Any, fields: str) -> None:
    """Every item of a result's list has the fields the store reads, of the types it binds,
    and the dates and words it reads as such; nested lists (an entity's mentions, an
    event's actors) are checked the same way."""
    if not isinstance(items, list) or not all(isinstance(x, dict) for x in items):
        raise InputError(f"{where}: '{label}' must be a list of objects")
    for i, item in enumerate(items):
        for field, (types, required) in ITEM_FIELDS[fields].items():
            value = item.get(field)
            if value is None:
                if required:
                    raise InputError(f"{where}: {label}[{i}] lacks '{field}'")
                continue
            if isinstance(value, bool) or not isinstance(value, types):
                raise InputError(
                    f"{where}: {label}[{i}].{field} must be {_TYPE_NAMES[types]}, "
                    f"not {type(value).__name__}"
                )
            if field in ("mentions", "actors"):
                _items(where, f"{label}[{i}].{field}", value, field)
            if (fields, field) in VOCABULARIES:
                noun, words = VOCABULARIES[fields, field]
                if value not in words:
                    raise InputError(
                        f"{where}: {label}[{i}].{field} {value!r} is no {noun} ({', '.join(words)})"
                    )
            if (fields, field) in DATE_FIELDS:
                _date_value(where, f"{label}[{i}].{field}", value, item.get("precision"))


def _result(line_no: int, path: Path, raw: str, known: set[str], version: str) -> dict:
    where = f"{path}:{line_no}"
    res = _json_object(where, raw)
    if res.get("id") not in known:
        raise InputError(f"{where}: 'id' {res.get('id')!r} is no article of this database")
    if res.get("extractor_version") != version:
        raise InputError(
            f"{where}: made by extractor {res.get('extractor_version')!r}, this one is "
            f"{version!r}; run extract-jsonl again with this version"
        )
    for key in ("entities", "dates", "events"):
        _items(where, key, res.get(key), key)
    flags = res.get("flags")
    if flags is not None and (
        not isinstance(flags, list) or not all(isinstance(f, str) for f in flags)
    ):
        raise InputError(f"{where}: 'flags' must be a list of strings")
    return res


def import_extractions(
    db: sqlite_utils.Database,
    path: Path,
    version: str,
    gazetteer: Iterable[dict[str, Any]] = (),
) -> int:
    """Results of `tracker extract-jsonl` from other machines, stored as `tracker extract`
    would, with the gazetteer's entities (aliases, tags) that `--entity` and the site read:
    the whole file is checked first, then written in one transaction, so a file the store
    still refuses (or a full disk) leaves the database as it was."""
    known = {row[0] for row in db.execute("SELECT id FROM articles")}
    results = [(n, _result(n, path, raw, known, version)) for n, raw in _lines(path)]
    with db.atomic():
        store.sync_gazetteer(db, gazetteer)
        for line_no, res in results:
            try:
                store.save_extraction(db, res["id"], res, version)
            except (KeyError, TypeError, ValueError) as exc:
                raise InputError(f"{path}:{line_no}: result is malformed ({exc!r})") from exc
    return len(results)
