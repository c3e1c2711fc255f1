"""Remember each feed's ETag and Last-Modified, so the next run asks "anything new?" (304).

Validators are written only when the crawl finished normally: if a run dies half-way, the
next one fetches the feed in full again instead of being told "not modified" and missing
the entries the dead run never reached.
"""

from __future__ import annotations

from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from core import store
from core.db import connect
from crawler.items import FeedStateItem


class FeedStatePipeline:
    """Collects FeedStateItems during the run and writes them when the spider closes cleanly."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.db_path = crawler.settings.get("TRACKER_DB")
        self.pending: dict[str, FeedStateItem] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FeedStatePipeline:
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def process_item(self, item: Any) -> Any:
        if isinstance(item, FeedStateItem):
            self.pending[item.url] = item
        return item

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if reason != "finished" or not self.pending:
            return
        db = connect(self.db_path)
        try:
            for item in self.pending.values():
                store.save_feed_state(
                    db, item.url, item.source, item.etag, item.last_modified, item.status
                )
        finally:
            db.close()
