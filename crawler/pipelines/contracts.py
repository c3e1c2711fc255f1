"""Store each day's contract announcement page with its awards, in its own transaction."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler

from core import paths
from core.contracts_store import store_announcement
from core.db import connect
from crawler.items import ContractAnnouncementItem
from dod.companies import CompanyResolver


class ContractsPipeline:
    """Writes ContractAnnouncementItems; every other item passes through untouched."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.db_path = crawler.settings.get("TRACKER_DB")
        self.entities = crawler.settings.get("TRACKER_ENTITIES") or paths.DEFAULT_ENTITIES
        self.db = None
        self.resolver: CompanyResolver | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ContractsPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.db = connect(self.db_path)
        self.resolver = CompanyResolver.from_gazetteer(self.entities)

    def close_spider(self) -> None:
        if self.db is not None:
            self.db.close()

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ContractAnnouncementItem):
            return item
        stats = self.crawler.stats
        outcome = store_announcement(self.db, item, self.resolver)
        stats.inc_value(f"tracker/{outcome}")
        stats.inc_value(f"tracker/source/{item.source}/{outcome}")
        stats.inc_value("tracker/contracts/awards", len(item.records))
        stats.inc_value("tracker/contracts/rejected_paragraphs", len(item.rejections))
        return item
