"""Write each article to SQLite in its own transaction; record every skip and failure."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import asdict
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro
from twisted.python.failure import Failure

from core import store
from core.db import connect
from core.errors import DatabaseError
from core.urls import dedupe_key
from crawler.items import ArticleItem, DiscoveryFetched, FailedPage

# The finish reason of a crawl stopped because the database cannot be written (disk full,
# read-only): every later page would fail the same way, so the crawl ends at the first.
DATABASE_FAILED = "database_failed"

# FailedPage reasons that record a decision (robots.txt, the address guard), not a fault.
NOT_RETRIED = ("robots_txt:", "blocked:")
# A URL that failed this many runs in a row is given up on (recorded `skipped`, never refetched).
MAX_FAILED_RUNS = 3
_FAILURES = re.compile(r"^failures: (\d+); ")


def failed_runs(reason: str | None) -> int:
    """How many runs in a row a page has failed, from its `failures: N; …` reason prefix."""
    match = _FAILURES.match(reason or "")
    return int(match.group(1)) if match else 0


class StorePipeline:
    """The crawl's only writer: articles, copies, skips and failures all land in `pages`."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.db_path = crawler.settings.get("TRACKER_DB")
        self.db = None
        self._closing: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(pipeline.item_error, signal=signals.item_error)
        return pipeline

    def item_error(self, item: Any, response: Any, spider: Spider, failure: Failure) -> None:
        """A pipeline raised on one item (Scrapy has logged it): that page's error, counted;
        the database failing is the crawl's, which stops here."""
        self.crawler.stats.inc_value("tracker/item_errors")
        if isinstance(failure.value, (DatabaseError, sqlite3.Error)):
            self.database_failed(failure.value)

    def database_failed(self, exc: Exception) -> None:
        if self._closing is not None:
            return
        self.crawler.stats.set_value("tracker/database_error", str(exc)[:500])
        engine = self.crawler.engine
        if engine is not None:
            self._closing = deferred_from_coro(engine.close_spider_async(reason=DATABASE_FAILED))

    def open_spider(self) -> None:
        self.db = connect(self.db_path)

    def close_spider(self) -> None:
        if self.db is not None:
            self.db.close()

    def _previous_failures(self, url: str) -> int:
        """Runs this URL has already failed in a row (0 if its last outcome was not a failure)."""
        row = self.db.execute("SELECT status, reason FROM pages WHERE url = ?", [url]).fetchone()
        return failed_runs(row[1]) if row and row[0] == "failed" else 0

    def process_item(self, item: Any) -> Any:
        stats = self.crawler.stats
        if isinstance(item, DiscoveryFetched):  # recovered: no longer listed as failed
            store.forget_failure(self.db, item.url)
            return item
        if isinstance(item, FailedPage):
            if item.reason.startswith(NOT_RETRIED):  # a decision, not a fault: never retried
                store.record_page(self.db, item.url, "skipped", item.reason, source=item.source)
                stats.inc_value("tracker/skipped")
                raise DropItem(f"skipped: {item.reason}")
            runs = self._previous_failures(item.url) + 1
            if (
                runs >= MAX_FAILED_RUNS and not item.discovery
            ):  # a dead link: stop spending a request on it every run
                reason = f"gave_up: failed {runs} runs; {item.reason}"
                store.record_page(self.db, item.url, "skipped", reason, source=item.source)
                stats.inc_value("tracker/skipped")
                stats.inc_value("tracker/gave_up")
                raise DropItem(f"skipped: {reason}")
            mark = store.CHILD_SITEMAP if item.child_sitemap else ""
            reason = f"failures: {runs}; {mark}{item.reason}"
            store.record_page(self.db, item.url, "failed", reason, source=item.source)
            stats.inc_value("tracker/failed")
            raise DropItem(f"failed: {reason}")
        if isinstance(item, ArticleItem) and item.duplicate_of:
            store.record_page(
                self.db,
                item.url,
                "copy",
                item.duplicate_reason,
                source=item.source,
                outlet=item.outlet,
                article=item.duplicate_of,
            )
            stats.inc_value("tracker/duplicate")
            stats.inc_value(f"tracker/source/{item.source}/duplicate")
            self.record_redirect(item)
            return item
        if isinstance(item, ArticleItem):
            outcome = store.save_article(self.db, asdict(item))
            stats.inc_value(f"tracker/{outcome}")
            stats.inc_value(f"tracker/source/{item.source}/{outcome}")
            self.record_redirect(item)
        return item

    def record_redirect(self, item: ArticleItem) -> None:
        """The URL a feed lists that redirected to `item.url` gets the ledger row of where it
        led (a `copy` of a stored article, or the same skip), so it is not fetched again."""
        first = item.redirected_from
        if not first or dedupe_key(first) == dedupe_key(item.url):
            return
        row = self.db.execute(
            "SELECT status, reason, article_id FROM pages WHERE url = ?", [item.url]
        ).fetchone()
        if row is None:
            return
        status, reason, article = row
        store.record_page(
            self.db,
            first,
            "copy" if article else status,
            f"redirects to {item.url}" + ("" if article or not reason else f"; {reason}"),
            source=item.source,
            outlet=item.outlet,
            article=article,
        )

    def item_dropped(self, item: Any, response: Any, exception: Exception, spider: Spider) -> None:
        if isinstance(item, ArticleItem):
            reason = str(exception)
            try:
                store.record_page(self.db, item.url, "skipped", reason, source=item.source)
                self.record_redirect(item)
            except (DatabaseError, sqlite3.Error) as exc:
                self.database_failed(exc)
                return
            self.crawler.stats.inc_value("tracker/skipped")
            self.crawler.stats.inc_value(f"tracker/skipped_reason/{reason.split(':')[0]}")
            self.crawler.stats.inc_value(f"tracker/source/{item.source}/skipped")
