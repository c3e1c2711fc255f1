"""One job: crawl → extract → merge, as `tracker run`, `demo` and `watch` run it.

Each step prints one line of what it did; the command line maps the errors to exit codes.
Stages and the database are imported inside the steps, so a command that runs none of
them never loads Scrapy, spaCy or sqlite-utils.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.errors import CrawlFailed, DatabaseError, InputError
from tracker.options import say, worker_count

if TYPE_CHECKING:
    from core.config import Source


def load_sources(sources_path: Path, base: str | None) -> list[Source]:
    """The enabled sources, with {{BASE}} replaced by `base` (local test sites)."""
    from core.config import load_sources as read_sources

    sources = read_sources(sources_path)
    if base:
        sources = [s.with_base(base) for s in sources]
    unresolved = [s.name for s in sources if any("{{BASE}}" in u for u in s.urls)]
    if unresolved:
        raise InputError(f"sources {', '.join(unresolved)} use {{{{BASE}}}}: pass --base URL")
    if not any(s.enabled for s in sources):  # not an error: a beat paused on purpose
        say(f"warning: {sources_path} has no enabled source; nothing to crawl", err=True)
    return sources


def crawl_sources(db_path: Path, sources: list[Source]) -> Any:
    """Crawl and print what happened: counts, the sources that failed, a bound reached.

    The caller decides the exit status from `report.ok` (see docs/operations.md, "Exit
    status"): a failed source is reported here and recorded, and fails nothing else.
    """
    from crawler.runner import crawl

    report = crawl(sources, db_path)
    say(
        f"crawl: {report.pages} pages fetched, {report.new} new, {report.updated} updated, "
        f"{report.duplicate} duplicate, {report.skipped} skipped, {report.failed} failed"
        + (f", {report.errors} page errors" if report.errors else "")
    )
    failed = report.failed_sources
    if failed and report.ok:
        enabled = sum(1 for s in sources if s.enabled)
        say(
            f"crawl: {len(failed)} of {enabled} sources failed: {', '.join(failed)} "
            "(reasons in the pages table; /status shows each source's health)"
        )
    if report.bound:
        say(f"crawl: stopped at its bound of {report.bound}; the rest comes next run")
    return report


def crawl_counts(crawl: Any) -> dict[str, Any]:
    """A crawl's counts and stats, as its `crawl_runs` row keeps them."""
    return dict(
        pages=crawl.pages,
        new=crawl.new + crawl.updated,
        duplicate=crawl.duplicate,
        skipped=crawl.skipped,
        failed=crawl.failed,
        stats={"crawl": crawl.stats, "per_source": crawl.per_source},
    )


def open_run(db_path: Path, command: str, version: str | None) -> tuple[Any, int]:
    """The database and the id of this run's new `crawl_runs` row, written only after the
    crawl bounds are read: a bad bound is a configuration error (exit 2) that leaves no run
    behind (docs/operations.md, "Exit status")."""
    from core import store
    from core.db import connect
    from crawler import settings  # noqa: F401 - reading it checks the crawl bounds

    db = connect(db_path)
    return db, store.start_run(db, command, version)


def crawl_job(db_path: Path, sources: list[Source]) -> Any:
    """`tracker crawl`: the crawl alone, under the run lock (a crawl during a run would fetch
    the same sites at once), with its `crawl_runs` row and each source's `source_runs` row,
    as `run_job` writes them, so /status shows its failed sources."""
    from core import store
    from core.lock import run_lock

    with run_lock(db_path):
        db, run_id = open_run(db_path, "crawl", None)
        crawl = None
        try:
            crawl = crawl_sources(db_path, sources)
        finally:
            # a crawl stopped by the database (disk full) says so itself, better than its record
            failed = crawl is not None and not crawl.ok
            with contextlib.suppress(DatabaseError) if failed else contextlib.nullcontext():
                if crawl is not None:
                    store.record_source_runs(db, run_id, crawl.per_source)
                status = "failed" if crawl is None or failed else "partial" if crawl.bound else "ok"
                store.finish_run(db, run_id, status, **(crawl_counts(crawl) if crawl else {}))
    return crawl


def make_extractor(model: str, entities_path: Path, processes: int = 1) -> Any:
    from extract import Extractor

    workers = worker_count(processes)
    say(f"loading spaCy model {model} ({workers} worker processes) …", err=True)
    return Extractor(model=model, gazetteer_path=entities_path, processes=workers)


def extract_pending(
    db_path: Path,
    model: str,
    entities_path: Path,
    *,
    stale: bool = False,
    limit: int | None = None,
    processes: int = 0,
) -> Any:
    """Extract what no current extractor version has processed; None when nothing was."""
    from core import store
    from core.db import connect
    from extract.version import EXTRACTOR_VERSION
    from tracker.extraction import run_extraction
    from tracker.progress import progress

    db = connect(db_path, create=False)  # nothing to extract in a database a typo names
    pending = len(store.pending_ids(db, EXTRACTOR_VERSION, stale=stale, limit=limit))
    if not pending:
        say("extract: nothing pending")
        return None
    extractor = make_extractor(model, entities_path, processes)
    store.sync_gazetteer(db, extractor.gazetteer)
    with progress(pending, "extracting") as advance:
        report = run_extraction(
            db, extractor, version=EXTRACTOR_VERSION, stale=stale, limit=limit, progress=advance
        )
    say(
        f"extract: {report.extracted} articles extracted, {report.failed} failed, "
        f"{report.not_english} not English"
    )
    return report


def merge_timeline(db_path: Path, *, full: bool = False, force: bool = False) -> Any:
    """Bring the timeline up to date: what changed since the last merge, or all with full."""
    from core.db import connect
    from timeline.merge import merge

    report = merge(connect(db_path, create=False), full=full, force=force)
    if report.skipped:
        say(f"merge: up to date ({report.events} timeline events)")
    elif report.reclustered is not None:
        say(
            f"merge: {report.reclustered} event mentions re-clustered -> "
            f"{report.events} timeline events"
        )
    else:
        say(f"merge: {report.mentions} event mentions -> {report.events} timeline events")
    return report


def run_job(
    db_path: Path, sources: list[Source], model: str, entities_path: Path, processes: int = 0
) -> int:
    """crawl -> extract -> merge under the run lock, with a crawl_runs row; returns exit code."""
    from core import store
    from core.lock import run_lock
    from extract.version import EXTRACTOR_VERSION

    with run_lock(db_path):
        db, run_id = open_run(db_path, "run", EXTRACTOR_VERSION)
        status, counts, crawl = "failed", {}, None
        try:
            crawl = crawl_sources(db_path, sources)
            store.record_source_runs(db, run_id, crawl.per_source)
            counts = crawl_counts(crawl)
            if crawl.interrupted:  # SIGTERM or Ctrl-C during the crawl: stop, do not extract
                raise CrawlFailed(crawl.failure)
            extracted = extract_pending(db_path, model, entities_path, processes=processes)
            if extracted is not None:
                counts["extracted"] = extracted.extracted
            merge_timeline(db_path)
            if not crawl.ok:
                status = "failed"
            elif crawl.bound or (extracted and extracted.failed):
                status = "partial"
            else:
                status = "ok"
        finally:
            store.finish_run(db, run_id, status, **counts)
            say(f"run {run_id}: {status}")
        if not crawl.ok:
            raise CrawlFailed(crawl.failure)
        return 0
