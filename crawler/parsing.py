"""Article parsing beside the crawl, in a worker process, so the crawl uses a second core.

Parsing a page (trafilatura, htmldate, title voting, language, MinHash) costs more CPU than
fetching it; in the crawl's own process it would hold the Twisted loop while the
downloads wait. After the first TRACKER_PARSE_WARMUP pages (a small crawl never starts a
process), pages go to TRACKER_PARSE_PROCESSES spawned workers (0 keeps everything in
process). A worker that dies is not fatal: the crawl goes on parsing in its own process.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from crawler.article import ParsedArticle, parse_article
from crawler.charset import decode_html
from crawler.pipelines.near_duplicates import signature, to_bytes

log = logging.getLogger(__name__)


@dataclass
class ParsedPage:
    flags: list[str]  # from decoding the bytes (crawler.charset)
    article: ParsedArticle
    signature: bytes | None  # MinHash of the text, for the near-duplicate pipeline


def parse_page(
    body: bytes, content_type: str | None, url: str, feed_published: str | None
) -> ParsedPage:
    """Decode and parse one page, and sign its text: all the CPU work a page costs."""
    decoded = decode_html(body, content_type)
    article = parse_article(decoded.text, url, feed_published=feed_published)
    text = article.text.strip()
    return ParsedPage(decoded.flags, article, to_bytes(signature(text)) if text else None)


class PageParser:
    """`await parser.parse(...)`: the same result as `parse_page`, off the crawl's loop."""

    def __init__(self, processes: int = 1, warmup: int = 50) -> None:
        self.processes = processes
        self.warmup = warmup
        self.parsed = 0
        self.pool: ProcessPoolExecutor | None = None

    async def parse(
        self, body: bytes, content_type: str | None, url: str, feed_published: str | None
    ) -> ParsedPage:
        self.parsed += 1
        if self.processes < 1 or self.parsed <= self.warmup:
            return parse_page(body, content_type, url, feed_published)
        if self.pool is None:
            spawn = multiprocessing.get_context("spawn")  # no fork of a process with threads
            self.pool = ProcessPoolExecutor(self.processes, mp_context=spawn)
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(
                self.pool, parse_page, body, content_type, url, feed_published
            )
        except BrokenProcessPool:
            log.warning("the page-parsing worker died; parsing in the crawl's process from now on")
            self.processes = 0
            return parse_page(body, content_type, url, feed_published)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
