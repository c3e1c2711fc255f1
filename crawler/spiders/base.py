"""The shared base every spider stands on: sources in, article items out.

A site that needs custom parsing subclasses `SourceSpider` and overrides one method
(`article_links` for discovery, `parse_article` for the page); the rest is shared.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from crawler.article import parse_article
from crawler.discovery import Discovery, Link, parse_feed, parse_sitemap
from crawler.items import ArticleItem, FailedPage
from crawler.urls import canonicalize, dedupe_key
from tracker.config import Source

HTML_TYPES = (b"text/html", b"application/xhtml+xml")


class SourceSpider(scrapy.Spider):
    """Crawls configured sources: feeds, news sitemaps, listing pages and plain URL lists."""

    name = "sources"

    def __init__(
        self,
        sources: Iterable[Source] = (),
        known_urls: Iterable[str] = (),
        *args: Any,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.sources = [s for s in sources if s.enabled]
        self.known = {dedupe_key(u) for u in known_urls}

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for source in self.sources:
            for url in source.urls:
                if source.kind == "urls":
                    request = self.article_request(Link(url=url), source)
                    if request is not None:
                        yield request
                else:
                    yield self.discovery_request(url, source)

    # -- discovery ---------------------------------------------------------------------

    def discovery_request(self, url: str, source: Source) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_discovery,
            errback=self.failed,
            cb_kwargs={"source": source},
            meta={"source": source.name},
            dont_filter=True,
        )

    def parse_discovery(self, response: Response, source: Source) -> Iterable[scrapy.Request]:
        found = self.article_links(response, source)
        stats = self.crawler.stats
        stats.inc_value(f"tracker/source/{source.name}/links", len(found.links))
        if found.partial:
            stats.inc_value(f"tracker/source/{source.name}/partial")
            self.logger.warning(
                "%s: %s was malformed; read what could be read", source.name, response.url
            )
        if not found.links and not found.sitemaps:
            stats.inc_value(f"tracker/source/{source.name}/empty")
            self.logger.warning("%s: no links found at %s", source.name, response.url)
        for child in found.sitemaps:
            yield self.discovery_request(response.urljoin(child), source)
        for link in found.links:
            request = self.article_request(link, source, base=response.url)
            if request is not None:
                yield request

    def article_links(self, response: Response, source: Source) -> Discovery:
        """Links to articles in a discovery document; override for a site's own listing."""
        if source.kind == "feed":
            return parse_feed(response.body)
        if source.kind == "sitemap":
            return parse_sitemap(response.body)
        if isinstance(response, TextResponse):  # listing page: links to same-site pages
            links = [
                Link(url=response.urljoin(href))
                for href in response.css("main a::attr(href), article a::attr(href)").getall()
            ]
            return Discovery(links=links, sitemaps=[], partial=False)
        return Discovery(links=[], sitemaps=[], partial=True)

    def article_request(
        self, link: Link, source: Source, base: str | None = None
    ) -> scrapy.Request | None:
        url = link.url if base is None else urljoin(base, link.url)
        if not url.startswith(("http://", "https://")):
            return None
        if dedupe_key(url) in self.known:
            self.crawler.stats.inc_value("tracker/known_skipped")
            return None
        self.known.add(dedupe_key(url))
        return scrapy.Request(
            url,
            callback=self.parse_page,
            errback=self.failed,
            cb_kwargs={"source": source, "link": link},
            meta={"source": source.name},
        )

    # -- articles ------------------------------------------------------------------------

    def parse_page(self, response: Response, source: Source, link: Link) -> Iterable[Any]:
        content_type = (response.headers.get("Content-Type") or b"").split(b";")[0].strip().lower()
        if not isinstance(response, TextResponse) or (
            content_type and content_type not in HTML_TYPES
        ):
            yield self.item_for(response, source, link, text="", content_type=content_type.decode())
            return
        yield self.parse_article(response, source, link)

    def parse_article(self, response: TextResponse, source: Source, link: Link) -> ArticleItem:
        """Article fields from the page; override for a site the generic extraction gets wrong."""
        parsed = parse_article(response.text, response.url, feed_published=link.published)
        item = self.item_for(response, source, link, text=parsed.text)
        item.canonical_url = parsed.canonical_url
        item.outlet = source.outlet or parsed.sitename or item.outlet
        item.title = parsed.title or link.title
        item.author = parsed.author
        item.published = parsed.published
        item.published_source = parsed.published_source
        item.language = parsed.language
        item.flags = parsed.flags
        return item

    def item_for(
        self,
        response: Response,
        source: Source,
        link: Link,
        *,
        text: str,
        content_type: str = "text/html",
    ) -> ArticleItem:
        return ArticleItem(
            url=canonicalize(response.url),
            canonical_url=canonicalize(response.url),
            source=source.name,
            outlet=source.outlet,
            title=link.title,
            author=None,
            published=None,
            published_source="none",
            language=None,
            text=text,
            fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
            content_type=content_type,
        )

    def failed(self, failure: Failure) -> FailedPage:
        request = failure.request
        source = request.meta.get("source", "")
        reason = f"{failure.type.__name__}: {failure.getErrorMessage()}"[:500]
        self.crawler.stats.inc_value(f"tracker/source/{source}/failed")
        self.logger.warning("failed %s: %s", request.url, reason)
        return FailedPage(url=canonicalize(request.url), source=source, reason=reason)
