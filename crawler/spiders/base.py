"""The shared base every spider stands on: sources in, article items out.

A site that needs custom parsing subclasses `SourceSpider` and overrides one method
(`article_links` for discovery, `parse_article` for the page); the rest is shared.
"""

from __future__ import annotations

import inspect
import sqlite3
from collections.abc import AsyncIterator, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.exceptions import CloseSpider, IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from core import store
from core.config import Source, load_sources
from core.db import connect
from core.errors import DatabaseError
from core.urls import canonicalize, dedupe_key
from crawler.discovery import Discovery, Link, parse_feed, parse_sitemap
from crawler.items import ArticleItem, DiscoveryFetched, FailedPage, FeedStateItem
from crawler.middlewares.guard import BlockedAddress
from crawler.parsing import PageParser
from crawler.pipelines.store import DATABASE_FAILED

HTML_TYPES = (b"text/html", b"application/xhtml+xml")
REDIRECTS = (301, 302, 303, 307, 308)


class SourceSpider(scrapy.Spider):
    """Crawls configured sources: feeds, news sitemaps, listing pages and plain URL lists."""

    name = "sources"

    def __init__(
        self,
        sources: Iterable[Source] = (),
        *args: Any,
        sources_file: str | None = None,
        base: str | None = None,
        **kwargs: Any,
    ) -> None:
        """`sources`, or (as Scrapyd passes string arguments) a `sources_file` path and the
        `base` address that replaces {{BASE}} in its URLs."""
        super().__init__(*args, **kwargs)
        if sources_file:
            sources = load_sources(Path(sources_file))
        if base:
            sources = [s.with_base(base) for s in sources]
        self.sources = [s for s in sources if s.enabled]
        self.known: dict[str, str] = {}  # dedupe key -> when last fetched (ISO, UTC)
        self.feed_state: dict[str, tuple[str | None, str | None]] = {}
        self.retry_pages: list[tuple[str, str | None, bool]] = []
        self.discovered: set[tuple[str, str]] = set()  # (source, URL) of feeds and sitemaps read
        self._parser: PageParser | None = None

    def load_ledger(self) -> None:
        """What earlier crawls into TRACKER_DB did: pages seen, feed validators, failures."""
        db = connect(Path(self.settings["TRACKER_DB"]))
        try:
            store.sync_sources(db, self.sources)
            self.known = {dedupe_key(u): at for u, at in store.known_urls(db).items()}
            self.feed_state = store.feed_validators(db)
            self.retry_pages = store.failed_pages(db)
        finally:
            db.close()

    @property
    def parser(self) -> PageParser:
        if self._parser is None:
            settings = self.crawler.settings
            self._parser = PageParser(
                settings.getint("TRACKER_PARSE_PROCESSES"), settings.getint("TRACKER_PARSE_WARMUP")
            )
        return self._parser

    def closed(self, reason: str) -> None:
        if self._parser is not None:
            self._parser.close()

    async def start(self) -> AsyncIterator[scrapy.Request]:
        try:
            self.load_ledger()
        except (DatabaseError, sqlite3.Error) as exc:  # disk full, read-only: name it
            self.crawler.stats.set_value("tracker/database_error", str(exc)[:500])
            raise CloseSpider(DATABASE_FAILED) from exc
        by_name = {s.name: s for s in self.sources}
        start_urls = {dedupe_key(u) for s in self.sources for u in s.urls}
        for url, name, sitemap in self.retry_pages:  # last run's failures (a feed may say 304)
            source = by_name.get(name or "")
            if source is not None and sitemap:  # as a sitemap, once, though its index lists it
                request = self.discovery_request(url, source, depth=1)
                self.discovered.add((source.name, request.url))
                self.crawler.stats.inc_value("tracker/retried_failed")
                yield request
            elif source is not None and dedupe_key(url) not in start_urls:
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
                    request = self.discovery_request(url, source)
                    self.discovered.add((source.name, request.url))
                    yield request

    def request_meta(self, source: Source) -> dict[str, Any]:
        """A local source's pages (see TRACKER_LOCAL_CONCURRENCY) are not paced by AutoThrottle."""
        if source.local:
            return {"source": source.name, "autothrottle_dont_adjust_delay": True}
        return {"source": source.name}

    # -- discovery ---------------------------------------------------------------------

    def discovery_request(self, url: str, source: Source, depth: int = 0) -> scrapy.Request:
        """A feed or sitemap request; conditional (ETag / Last-Modified) when we have validators.

        `depth` counts sitemap indexes above this one (0 for the source's own URL)."""
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
            meta={
                **self.request_meta(source),
                "handle_httpstatus_list": [304],
                "sitemap_depth": depth,
            },
            dont_filter=True,  # every run; child sitemaps are deduplicated in child_sitemaps
        )

    def child_sitemaps(
        self, response: Response, source: Source, children: list[str]
    ) -> Iterable[scrapy.Request]:
        """A sitemap index's children, each once per source and crawl and only so deep: an
        index that lists itself, or a generator of endless nested indexes, must end."""
        depth = response.meta.get("sitemap_depth", 0) + 1
        if children and depth > self.crawler.settings.getint("TRACKER_SITEMAP_MAX_DEPTH"):
            self.crawler.stats.inc_value(f"tracker/source/{source.name}/sitemaps_too_deep")
            self.logger.warning(
                "%s: %s lists %d sitemaps nested deeper than %d levels; not followed",
                source.name,
                response.url,
                len(children),
                depth - 1,
            )
            return
        for child in children:
            try:
                request = self.discovery_request(response.urljoin(child), source, depth)
            except ValueError as exc:  # a <loc> no HTTP client could fetch
                self.logger.warning("%s: unusable sitemap %r (%s)", source.name, child, exc)
                continue
            key = (source.name, request.url)
            if key in self.discovered:
                self.crawler.stats.inc_value(f"tracker/source/{source.name}/sitemaps_repeated")
                continue
            self.discovered.add(key)
            yield request

    def parse_discovery(self, response: Response, source: Source) -> Iterable[Any]:
        stats = self.crawler.stats
        stats.inc_value(f"tracker/source/{source.name}/fetched")
        requested = canonicalize((response.meta.get("redirect_urls") or [response.url])[0])
        if response.status == 304:
            stats.inc_value(f"tracker/source/{source.name}/not_modified")
            stats.inc_value("tracker/not_modified")
            yield DiscoveryFetched(url=requested, source=source.name)
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
            # the ledger names it with its reason, as it does a feed that could not be fetched
            stats.inc_value(f"tracker/source/{source.name}/failed")
            yield FailedPage(
                url=requested,
                source=source.name,
                reason="no_links: no link found (an empty or malformed document)",
                discovery=True,
                child_sitemap=response.meta.get("sitemap_depth", 0) > 0,
            )
        else:
            yield DiscoveryFetched(url=requested, source=source.name)
        yield from self.child_sitemaps(response, source, found.sitemaps)
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
                meta=self.request_meta(source),
                # `known` below is the crawl's own duplicate filter; Scrapy's would drop the
                # second visit of a redirect loop silently, unrecorded, instead of letting it
                # reach REDIRECT_MAX_TIMES and fail like any other page
                dont_filter=True,
            )
        except ValueError as exc:  # a link no HTTP client could fetch
            self.logger.warning("%s: unusable link %r (%s)", source.name, url, exc)
            self.crawler.stats.inc_value(f"tracker/source/{source.name}/bad_links")
            return None
        key = dedupe_key(url)
        if key in self.known:
            if not changed_since(link, self.known[key]):
                self.crawler.stats.inc_value("tracker/known_skipped")
                return None
            self.crawler.stats.inc_value("tracker/revisited")
        self.known[key] = _now()
        return request

    # -- articles ------------------------------------------------------------------------

    async def parse_page(
        self, response: Response, source: Source, link: Link
    ) -> AsyncIterator[Any]:
        self.crawler.stats.inc_value(f"tracker/source/{source.name}/fetched")
        if source.kind == "urls":  # its listed pages are its links: one that answers is a success
            self.crawler.stats.inc_value(f"tracker/source/{source.name}/links")
        content_type = (response.headers.get("Content-Type") or b"").split(b";")[0].strip().lower()
        if response.body[:1024].lstrip().startswith(b"%PDF-"):  # a PDF whatever the header says
            content_type = b"application/pdf"
        if not isinstance(response, TextResponse) or (
            content_type and content_type not in HTML_TYPES
        ):
            yield self.item_for(response, source, link, text="", content_type=content_type.decode())
            return
        item = self.parse_article(response, source, link)
        yield await item if inspect.isawaitable(item) else item

    async def parse_article(self, response: TextResponse, source: Source, link: Link) -> Any:
        """Article fields from the page; override (plain or async) for a site the generic
        extraction gets wrong. The parsing itself runs in `crawler.parsing`'s worker."""
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1")
        page = await self.parser.parse(response.body, content_type, response.url, link.published)
        parsed = page.article
        item = self.item_for(response, source, link, text=parsed.text)
        item.signature = page.signature
        item.canonical_url = parsed.canonical_url
        item.outlet = source.outlet or parsed.sitename or item.outlet
        item.title = parsed.title or link.title
        item.author = parsed.author
        item.published = parsed.published
        item.published_source = parsed.published_source
        item.published_at = parsed.published_at
        item.language = parsed.language
        item.flags = [*page.flags, *parsed.flags]
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
        first = (response.meta.get("redirect_urls") or [None])[0]
        return ArticleItem(
            redirected_from=canonicalize(first) if first else None,
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
            fetched_at=_now(),
            content_type=content_type,
        )

    def failed(self, failure: Failure) -> FailedPage:
        request = failure.request
        source = request.meta.get("source", "")
        message = failure.getErrorMessage()
        scheme = _redirect_scheme(failure)
        if failure.check(BlockedAddress):
            reason = message[:500]  # "blocked: …"
        elif scheme is not None:  # Scrapy does not follow it, and hands us the 3xx response
            reason = f"blocked: redirect to scheme '{scheme}', not http(s)"
        elif failure.check(IgnoreRequest) and "robots.txt" in message:
            reason = "robots_txt: forbidden by robots.txt"
        elif failure.check(IgnoreRequest) and "max redirections" in message:
            limit = self.crawler.settings.getint("REDIRECT_MAX_TIMES")
            reason = f"redirect_loop: more than {limit} redirects"
        else:
            reason = f"{failure.type.__name__}: {message}"[:500]
        self.crawler.stats.inc_value(f"tracker/source/{source}/failed")
        first = (request.meta.get("redirect_urls") or [request.url])[0]  # the URL the ledger knows
        self.logger.warning("failed %s: %s", first, reason)
        return FailedPage(
            url=canonicalize(first),
            source=source,
            reason=reason,
            discovery=request.callback == self.parse_discovery,
            child_sitemap=request.meta.get("sitemap_depth", 0) > 0,
        )


def _redirect_scheme(failure: Failure) -> str | None:
    """The scheme of a redirect to something other than http(s) (file:, ftp:, data:), or None."""
    if not failure.check(HttpError):
        return None
    response = failure.value.response
    location = response.headers.get("Location") if response.status in REDIRECTS else None
    if not location:
        return None
    scheme = urlsplit(urljoin(response.url, location.decode("latin-1"))).scheme.lower()
    return None if scheme in ("http", "https") else scheme


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _instant(value: str | None) -> datetime | None:
    """An ISO date or date-time as an aware UTC instant; a bare date is its midnight UTC."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.replace(tzinfo=moment.tzinfo or UTC).astimezone(UTC)


def changed_since(link: Link, fetched_at: str | None) -> bool:
    """Does the feed or sitemap say the article changed after we last fetched it?

    An edited story keeps its URL; its feed entry's `updated` (Atom, JSON Feed
    `date_modified`) or sitemap `lastmod` moves. A stamp in the future is a publisher's
    clock or time-zone slip, not an edit, and would have us fetch the page every run.
    """
    changed, seen = _instant(link.updated), _instant(fetched_at)
    return changed is not None and seen is not None and seen < changed <= datetime.now(UTC)
