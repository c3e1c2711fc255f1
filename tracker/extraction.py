"""The extract stage: articles without a current extraction go through spaCy in rounds."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from core import store

log = logging.getLogger(__name__)

RECORD_KEYS = ("id", "url", "title", "published", "text")
BATCHES_PER_WORKER = 4  # a round keeps every worker busy for a few batches


def _batches(items: list[Any], size: int) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


@dataclass
class ExtractReport:
    extracted: int = 0
    failed: int = 0
    not_english: int = 0
    errors: list[str] = field(default_factory=list)


def run_extraction(
    db: sqlite_utils.Database,
    extractor: Any,
    *,
    version: str,
    stale: bool = False,
    limit: int | None = None,
    batch_size: int = 64,
    progress: Callable[[int], None] | None = None,
) -> ExtractReport:
    """Extract every pending article, each result written in its own transaction.

    Articles go through `extract_many` (and so `nlp.pipe`, in `extractor.processes` workers)
    a round at a time, each result stored as it arrives. If the stream raises, what is left
    of the round is retried one by one so only the article at fault is recorded as failed.
    A crash loses at most the round in flight, and a re-run resumes with what is pending.
    """
    report = ExtractReport()
    workers = getattr(extractor, "processes", 1)
    pending = store.pending_ids(db, version, stale=stale, limit=limit)
    for ids in _batches(pending, batch_size * workers * BATCHES_PER_WORKER):
        english = []
        for art in store.articles_by_id(db, ids):
            if art["language"] in ("en", None):
                english.append(art)
            else:  # English NER on other languages is noise: record it as done, empty.
                store.save_extraction(db, art["id"], {}, version)
                report.not_english += 1
                _tick(progress)
        records = [{k: a[k] for k in RECORD_KEYS} for a in english]
        done = 0
        try:
            processes = workers if len(records) > batch_size else 1
            for result in extractor.extract_many(records, processes=processes):
                store.save_extraction(db, english[done]["id"], result, version)
                report.extracted += 1
                done += 1
                _tick(progress)
        except Exception:  # noqa: BLE001 - find the one article at fault below
            log.debug("a round failed after %d articles; going on one by one", done)
        for art, record in zip(english[done:], records[done:], strict=True):
            try:
                result = extractor.extract_one(record)
            except Exception as exc:  # noqa: BLE001 - one bad article must not sink the run
                log.warning("extraction failed for %s: %s", art["url"], exc)
                store.record_extract_failure(db, art["id"], f"{type(exc).__name__}: {exc}", version)
                report.failed += 1
                report.errors.append(f"{art['url']}: {exc}")
            else:
                store.save_extraction(db, art["id"], result, version)
                report.extracted += 1
            _tick(progress)
    return report


def _tick(progress: Callable[[int], None] | None) -> None:
    if progress:
        progress(1)
