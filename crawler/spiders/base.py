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
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from crawler.article import parse_article
from crawler.charset import decode_html
from crawler.discovery import Discovery, Link, parse_feed, parse_sitemap
from crawler.items import ArticleItem, FailedPage, FeedStateItem
from crawler.middlewares.guard import BlockedAddress
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
        feed_state: dict[str, tuple[str | None, str | None]] | None = None,
        retry_pages: Iterable[tuple[str, str | None]] = (),
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.sources = [s for s in sources if s.enabled]
        self.known = {dedupe_key(u) for u in known_urls}
        self.feed_state = dict(feed_state or {})
        self.retry_pages = list(retry_pages)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        by_name = {s.name: s for s in self.sources}
        start_urls = {dedupe_key(u) for s in self.sources for u in s.urls}
        for url, name in self.retry_pages:  # last run's failures: their feed may now say 304
            source = by_name.get(name or "")
            if source is not None and dedupe_key(url) not in start_urls:
                request = self.article_request(Link(url=url), source)
                if request is not None:
                    self.crawler.stats.inc_value("tracker/retried_failed")
                    yield request
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
        """A feed or sitemap request; conditional (ETag / Last-Modified) when we have validators."""
        headers: dict[str, str] = {}
        etag, last_modified = self.feed_state.get(url, (None, None))
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return scrapy.Request(
            url,
            callback=self.parse_discovery,
            errback=self.failed,
            headers=headers,
            cb_kwargs={"source": source},
            meta={"source": source.name, "handle_httpstatus_list": [304]},
            dont_filter=True,
        )

    def parse_discovery(self, response: Response, source: Source) -> Iterable[Any]:
        stats = self.crawler.stats
        if response.status == 304:
            stats.inc_value(f"tracker/source/{source.name}/not_modified")
            stats.inc_value("tracker/not_modified")
            return
        etag = response.headers.get("ETag")
        last_modified = response.headers.get("Last-Modified")
        if etag or last_modified:
            yield FeedStateItem(
                url=response.request.url if response.request else response.url,
                source=source.name,
                etag=etag.decode("latin-1") if etag else None,
                last_modified=last_modified.decode("latin-1") if last_modified else None,
                status=response.status,
            )
        found = self.article_links(response, source)
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
            content_type = response.headers.get("Content-Type")
            return parse_feed(
                response.body, content_type.decode("latin-1") if content_type else None
            )
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
        url = canonicalize(url)  # no utm_ tags sent back to the publisher, no AMP twin fetched
        try:
            request = scrapy.Request(
                url,
                callback=self.parse_page,
                errback=self.failed,
                cb_kwargs={"source": source, "link": link},
                meta={"source": source.name},
            )
        except ValueError as exc:  # a link no HTTP client could fetch
            self.logger.warning("%s: unusable link %r (%s)", source.name, url, exc)
            self.crawler.stats.inc_value(f"tracker/source/{source.name}/bad_links")
            return None
        if dedupe_key(url) in self.known:
            self.crawler.stats.inc_value("tracker/known_skipped")
            return None
        self.known.add(dedupe_key(url))
        return request

    # -- articles ------------------------------------------------------------------------

    def parse_page(self, response: Response, source: Source, link: Link) -> Iterable[Any]:
        content_type = (response.headers.get("Content-Type") or b"").split(b";")[0].strip().lower()
        if response.body[:1024].lstrip().startswith(b"%PDF-"):  # a PDF whatever the header says
            content_type = b"application/pdf"
        if not isinstance(response, TextResponse) or (
            content_type and content_type not in HTML_TYPES
        ):
            yield self.item_for(response, source, link, text="", content_type=content_type.decode())
            return
        yield self.parse_article(response, source, link)

    def parse_article(self, response: TextResponse, source: Source, link: Link) -> ArticleItem:
        """Article fields from the page; override for a site the generic extraction gets wrong."""
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1")
        decoded = decode_html(response.body, content_type)
        parsed = parse_article(decoded.text, response.url, feed_published=link.published)
        item = self.item_for(response, source, link, text=parsed.text)
        item.canonical_url = parsed.canonical_url
        item.outlet = source.outlet or parsed.sitename or item.outlet
        item.title = parsed.title or link.title
        item.author = parsed.author
        item.published = parsed.published
        item.published_source = parsed.published_source
        item.language = parsed.language
        item.flags = [*decoded.flags, *parsed.flags]
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
        message = failure.getErrorMessage()
        if failure.check(BlockedAddress):
            reason = message[:500]  # "blocked: …"
        elif failure.check(IgnoreRequest) and "robots.txt" in message:
            reason = "robots_txt: forbidden by robots.txt"
        else:
            reason = f"{failure.type.__name__}: {message}"[:500]
        self.crawler.stats.inc_value(f"tracker/source/{source}/failed")
        self.logger.warning("failed %s: %s", request.url, reason)
        first = (request.meta.get("redirect_urls") or [request.url])[0]  # the URL the ledger knows
        return FailedPage(
            url=canonicalize(first),
            source=source,
            reason=reason,
            discovery=request.callback == self.parse_discovery,
        )
