"""The extract stage: articles without a current extraction go through spaCy in batches."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from tracker import store

log = logging.getLogger(__name__)

RECORD_KEYS = ("id", "url", "title", "published", "text")


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

    A batch goes through `nlp.pipe` at once; if it raises, its articles are retried one by
    one so only the article at fault is recorded as failed. A crash loses at most the batch
    in flight, and a re-run resumes with what is still pending.
    """
    report = ExtractReport()
    pending = store.pending_ids(db, version, stale=stale, limit=limit)
    for ids in _batches(pending, batch_size):
        batch = store.articles_by_id(db, ids)
        english = []
        for art in batch:
            if art["language"] in ("en", None):
                english.append(art)
            else:  # English NER on other languages is noise: record it as done, empty.
                store.save_extraction(db, art["id"], {}, version)
                report.not_english += 1
        records = [{k: a[k] for k in RECORD_KEYS} for a in english]
        try:
            results = list(extractor.extract_many(records))
        except Exception:  # noqa: BLE001 - find the one article at fault below
            results = None
        for i, art in enumerate(english):
            try:
                result = results[i] if results is not None else extractor.extract_one(records[i])
            except Exception as exc:  # noqa: BLE001 - one bad article must not sink the run
                log.warning("extraction failed for %s: %s", art["url"], exc)
                store.record_extract_failure(db, art["id"], f"{type(exc).__name__}: {exc}", version)
                report.failed += 1
                report.errors.append(f"{art['url']}: {exc}")
                continue
            store.save_extraction(db, art["id"], result, version)
            report.extracted += 1
        if progress:
            progress(len(batch))
    return report
