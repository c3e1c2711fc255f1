"""Pages parsed in a worker process give what parsing in the crawl's process gives."""

from __future__ import annotations

import asyncio
import os
import signal

from crawler.parsing import PageParser, parse_page

PAGE = (
    b'<!doctype html><html lang="en"><head><meta charset="utf-8">'
    b"<title>Harbour board approves ferry plan | The Ledger</title>"
    b'<meta property="article:published_time" content="2026-02-03T09:00:00Z"></head><body>'
    b"<article><h1>Harbour board approves ferry plan</h1>"
    + b"<p>The harbour board voted on Tuesday to run a ferry every hour from March.</p>" * 8
    + b"</article></body></html>"
)
URL = "https://ledger.example/news/ferry"


def parse_all(parser: PageParser, times: int) -> list:
    async def run() -> list:
        return [await parser.parse(PAGE, "text/html", URL, None) for _ in range(times)]

    try:
        return asyncio.run(run())
    finally:
        parser.close()


def test_worker_and_in_process_parsing_agree():
    here = parse_page(PAGE, "text/html", URL, None)
    assert here.article.title == "Harbour board approves ferry plan"
    assert here.article.published == "2026-02-03" and here.signature
    parser = PageParser(processes=1, warmup=1)
    pages = parse_all(parser, 3)
    assert parser.parsed == 3 and parser.processes == 1  # pages 2 and 3 went to the worker
    assert all(p == here for p in pages)


def test_a_dead_worker_leaves_parsing_to_the_crawl_process():
    parser = PageParser(processes=1, warmup=0)

    async def run() -> list:
        first = await parser.parse(PAGE, "text/html", URL, None)
        for pid in list(parser.pool._processes):  # the OOM killer takes the worker
            os.kill(pid, signal.SIGKILL)
        second = await parser.parse(PAGE, "text/html", URL, None)
        return [first, second]

    try:
        first, second = asyncio.run(run())
    finally:
        parser.close()
    assert first == second
    assert parser.processes == 0  # no more workers for this crawl
