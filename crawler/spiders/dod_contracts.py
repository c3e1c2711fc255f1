"""The Department of Defense's daily contract announcements (defense.gov, News -> Contracts).

The listing links to one page per day ("Contracts For Feb. 14, 2019"); each day page holds
agency headings and one paragraph per award. This spider follows the listing to the day
pages and hands each day over already parsed into awards and explained rejections; sources
of every other kind are crawled exactly as the shared base does.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from scrapy.http import Response, TextResponse

from core.config import Source
from core.contracts_store import OUTLET
from core.urls import canonicalize
from crawler.discovery import Discovery, Link
from crawler.items import ContractAnnouncementItem
from crawler.spiders.base import SourceSpider
from dod.announcement import page_text
from dod.parser import html_blocks, parse_day

KIND = "dod_contracts"
DAY_LINK = re.compile(r"/Contracts?/Contract/Article/\d+", re.I)
DAY_TITLE = re.compile(r"\bContracts?\s+(?:for|from)\s+\w+\.?\s+\d{1,2},\s+\d{4}", re.I)


class DodContractsSpider(SourceSpider):
    """SourceSpider plus the `dod_contracts` kind: listing -> day pages -> one item per day."""

    name = "dod_contracts"

    def article_links(self, response: Response, source: Source) -> Discovery:
        if source.kind != KIND:
            return super().article_links(response, source)
        if not isinstance(response, TextResponse):
            return Discovery(links=[], sitemaps=[], partial=True)
        links: list[Link] = []
        seen: set[str] = set()
        for anchor in response.css("a[href]"):
            href = anchor.attrib["href"]
            text = " ".join(anchor.css("*::text").getall()).strip()
            if not (DAY_LINK.search(href) or DAY_TITLE.search(text)):
                continue
            url = response.urljoin(href)
            if url not in seen:
                seen.add(url)
                links.append(Link(url=url, title=text or None))
        return Discovery(links=links, sitemaps=[], partial=False)

    def parse_article(self, response: TextResponse, source: Source, link: Link) -> Any:
        if source.kind != KIND:
            return super().parse_article(response, source, link)
        title, _ = html_blocks(response.text)
        parsed = parse_day(response.text)
        for rejection in parsed.rejections:
            self.logger.info(
                "%s paragraph %d not an award [%s]: %s",
                response.url,
                rejection.paragraph_index,
                rejection.code,
                rejection.reason,
            )
        self.crawler.stats.inc_value(f"tracker/source/{source.name}/awards", len(parsed.records))
        if parsed.announcement_date is None:
            self.logger.warning(
                "%s: no date in the page title; awards stored undated", response.url
            )
        return ContractAnnouncementItem(
            url=canonicalize(response.url),
            source=source.name,
            outlet=source.outlet or OUTLET,
            title=title or link.title,
            announcement_date=parsed.announcement_date,
            text=page_text(parsed),
            fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
            records=[r.to_dict() for r in parsed.records],
            rejections=[r.__dict__ for r in parsed.rejections],
            paragraphs=len(parsed.paragraphs),
        )
