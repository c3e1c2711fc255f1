"""Run a crawl from our own code, so the exit status comes from the crawl's stats."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrapy.crawler import AsyncCrawlerProcess
from scrapy.settings import Settings

from core.config import Source
from core.db import connect
from crawler import settings as crawler_settings
from crawler.middlewares.guard import netloc_key
from crawler.spiders.base import SourceSpider


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
    errors: int = 0
    per_source: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """A crawl failed if Scrapy did not finish normally or a spider raised."""
        return self.finish_reason == "finished" and self.errors == 0


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
        errors=stats.get("log_count/ERROR", 0) + stats.get("spider_exceptions", 0),
        per_source=per_source,
    )


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
    process = AsyncCrawlerProcess(settings)
    crawler = process.create_crawler(spider_cls)
    process.crawl(crawler, sources=sources)
    process.start()
    return report_from_stats(crawler.stats.get_stats())
