"""Run a crawl from our own code, so the exit status comes from the crawl's stats."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrapy.crawler import AsyncCrawlerProcess
from scrapy.settings import Settings

from core.config import Source
from core.db import connect
from core.store import source_worked
from crawler import settings as crawler_settings
from crawler.middlewares.guard import netloc_key
from crawler.pipelines.store import DATABASE_FAILED
from crawler.spiders.base import SourceSpider

# Scrapy's finish reasons for a crawl that worked: it ran out of work, or reached the page
# or time bound of the whole crawl (CLOSESPIDER_PAGECOUNT, CLOSESPIDER_TIMEOUT), leaving the
# rest to the next run. Anything else ("shutdown" on a signal, DATABASE_FAILED, …) did not.
FINISHED = "finished"
BOUNDS = {"closespider_pagecount": "pages", "closespider_timeout": "seconds"}


@dataclass
class CrawlReport:
    """What a crawl did, read from Scrapy's stats."""

    stats: dict[str, Any]
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicate: int = 0
    skipped: int = 0
    failed: int = 0
    pages: int = 0
    finish_reason: str = ""
    errors: int = 0  # exceptions in our code on single pages: reported, not fatal
    per_source: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def unreachable_sources(self) -> list[str]:
        """Sources that were tried this run and every request of which failed."""
        return sorted(
            name
            for name, c in self.per_source.items()
            if c.get("failed", 0) and not c.get("fetched", 0)
        )

    @property
    def failed_sources(self) -> list[str]:
        """Sources tried this run that gave nothing usable (unreachable, no link, a sitemap
        index whose children failed or lay too deep): those `source_runs` records not ok."""
        return sorted(name for name, c in self.per_source.items() if not source_worked(c))

    @property
    def tried_sources(self) -> list[str]:
        return sorted(n for n, c in self.per_source.items() if c.get("failed") or c.get("fetched"))

    @property
    def bound(self) -> str | None:
        """'N pages' or 'N seconds' when the crawl stopped at its bound, else None."""
        unit = BOUNDS.get(self.finish_reason)
        if unit is None:
            return None
        key = "CLOSESPIDER_PAGECOUNT" if unit == "pages" else "CLOSESPIDER_TIMEOUT"
        return f"{self.stats.get(f'tracker/bound/{key}', '?')} {unit}"

    @property
    def failure(self) -> str | None:
        """Why the crawl itself did not work, or None when it did.

        A dead host, a broken feed or a page a library logs an ERROR about is that source's or
        that page's failure (in `pages`, `source_runs`, /status), not the crawl's. The crawl
        fails when Scrapy stopped early (a signal, an engine error), when the database could
        not be written, or when no source could be fetched at all (network or DNS down).
        """
        if self.finish_reason == DATABASE_FAILED:
            detail = self.stats.get("tracker/database_error", "")
            return f"crawl stopped: the database could not be written: {detail}".rstrip(": ")
        if self.finish_reason != FINISHED and self.finish_reason not in BOUNDS:
            return f"crawl stopped early with reason '{self.finish_reason or 'unknown'}'"
        tried = self.tried_sources
        if tried and self.unreachable_sources == tried:
            return (
                f"no source could be fetched ({', '.join(tried)}: every request failed; "
                "the reasons are in the pages table)"
            )
        return None

    @property
    def interrupted(self) -> bool:
        """Scrapy stopped the crawl on SIGTERM or Ctrl-C: the operator wants the run to end."""
        return self.finish_reason == "shutdown"

    @property
    def ok(self) -> bool:
        """The crawl worked, though single sources or pages may have failed."""
        return self.failure is None


def report_from_stats(stats: dict[str, Any]) -> CrawlReport:
    per_source: dict[str, dict[str, int]] = {}
    for key, value in stats.items():
        if key.startswith("tracker/source/"):
            _, _, name_and_field = key.partition("tracker/source/")
            name, _, what = name_and_field.rpartition("/")
            per_source.setdefault(name, {})[what] = value
    return CrawlReport(
        stats=stats,
        new=stats.get("tracker/new", 0),
        updated=stats.get("tracker/updated", 0),
        unchanged=stats.get("tracker/unchanged", 0),
        duplicate=stats.get("tracker/duplicate", 0),
        skipped=stats.get("tracker/skipped", 0),
        failed=stats.get("tracker/failed", 0),
        pages=stats.get("response_received_count", 0),
        finish_reason=str(stats.get("finish_reason", "")),
        errors=stats.get("spider_exceptions/count", 0) + stats.get("tracker/item_errors", 0),
        per_source=per_source,
    )


@contextmanager
def own_signal_handlers() -> Iterator[None]:
    """Give SIGINT and SIGTERM back their handlers once the crawl is over.

    Scrapy installs its own, which ask the reactor to stop; after the crawl no reactor runs,
    so `tracker run` would ignore Ctrl-C and systemd's SIGTERM during extraction, and the
    spaCy workers it forks would inherit handlers that ignore their parent's death.
    """
    if threading.current_thread() is not threading.main_thread():  # Scrapy installs none
        yield
        return
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in saved.items():
            if handler is not None:  # None: set from outside Python; leave it
                signal.signal(sig, handler)


class CrawlProcess(AsyncCrawlerProcess):
    """Scrapy's process, remembering a shutdown signal: a Ctrl-C or SIGTERM before the
    engine started stops the reactor without any finish reason in the stats."""

    signalled = False

    def _signal_shutdown(self, signum: int, frame: Any) -> None:
        self.signalled = True
        super()._signal_shutdown(signum, frame)


def crawl(
    sources: list[Source],
    db_path: Path,
    *,
    overrides: dict[str, Any] | None = None,
    spider_cls: type[SourceSpider] = SourceSpider,
) -> CrawlReport:
    """Crawl the enabled sources into the database; one crawl per process (Twisted's rule)."""
    if spider_cls is SourceSpider and any(s.kind == "dod_contracts" for s in sources):
        from crawler.spiders.dod_contracts import DodContractsSpider

        spider_cls = DodContractsSpider  # handles every kind, plus the DoD announcements
    connect(db_path).close()  # a database that cannot be opened is a clear error, not a crawl
    settings = Settings()
    settings.setmodule(crawler_settings, priority="project")
    settings.set("TRACKER_DB", str(db_path), priority="cmdline")
    local = sorted({netloc_key(u) for s in sources if s.local and s.enabled for u in s.urls})
    settings.set("TRACKER_LOCAL_NETLOCS", local, priority="cmdline")
    local_concurrency = settings.getint("TRACKER_LOCAL_CONCURRENCY")
    if all(s.local for s in sources if s.enabled):  # only the operator's own servers
        settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
        settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", local_concurrency, priority="cmdline")
    else:
        unthrottled = {"concurrency": local_concurrency, "delay": 0}
        slots = {key.rsplit(":", 1)[0]: unthrottled for key in local}
        settings.set("DOWNLOAD_SLOTS", slots, priority="cmdline")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")  # the CLI's handler
    process = CrawlProcess(settings)
    crawler = process.create_crawler(spider_cls)
    process.crawl(crawler, sources=sources)
    with own_signal_handlers():
        process.start()
    stats = crawler.stats.get_stats()
    if process.signalled and stats.get("finish_reason") in (None, "", FINISHED):
        # before the engine started (no reason), or as it ran out of work: stopped all the same
        stats["finish_reason"] = "shutdown"
    for key in ("CLOSESPIDER_PAGECOUNT", "CLOSESPIDER_TIMEOUT"):  # what the report names
        stats[f"tracker/bound/{key}"] = settings.getint(key)
    return report_from_stats(stats)
