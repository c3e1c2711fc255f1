"""The hourly job must not loop or cry wolf (issue 17, items 2 and 3; reliability.md #2).

Every crawl here is the real `tracker crawl` or `tracker run` (spaCy stubbed as in
tests/test_week.py) in its own process, against a server this test starts on 127.0.0.1.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core.paths import ROOT
from tests.fixtures.crawl.server import FixtureSite, Page, short_body
from tests.test_faults_crawl import page
from tests.test_week import run_cmd

HOST = "127.0.0.1"


def closed_port() -> int:
    """A port nobody listens on: connections to it are refused."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def feed(site: FixtureSite, path: str, numbers: list[int]) -> str:
    """An RSS feed at `path` listing article pages that the site serves."""
    items = ""
    for n in numbers:
        url = site.add(HOST, f"/news/{n}.html", Page(page(n).encode()))
        items += f"<item><title>Report {n}</title><link>{url}</link></item>"
    body = f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'
    return site.add(HOST, path, Page(body.encode(), "application/rss+xml"))


def sources_yml(path: Path, sources: list[tuple[str, str, str, bool]]) -> Path:
    """(name, kind, url, local) per source."""
    lines = ["sources:"]
    for name, kind, url, local in sources:
        lines.append(
            f"  - {{name: {name}, kind: {kind}, url: '{url}', outlet: {name.title()},"
            f" local: {'true' if local else 'false'}}}"
        )
    path.write_text("\n".join(lines) + "\n")
    return path


def tracker(
    *args: str, env: dict[str, str] | None = None, timeout: float = 90
) -> subprocess.CompletedProcess:
    """`tracker ARGS` in its own process; `args` may start with a full command (run_cmd)."""
    cmd = list(args) if args[0] == sys.executable else [sys.executable, "-m", "tracker", *args]
    return subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
        stdin=subprocess.DEVNULL,
    )


def query(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def stored(db: Path) -> int:
    return query(db, "select count(*) from articles")[0][0]


# -- item 3 and reliability.md #2: a dead host is its source's failure, not the run's ----------


@pytest.fixture
def one_dead_host(tmp_path: Path):
    """A working feed of three articles, a source whose host refuses connections, and one
    whose name does not resolve."""
    with FixtureSite() as site:
        good = feed(site, "/alpha.xml", [1, 2, 3])
        refused = f"http://{HOST}:{closed_port()}/feed.xml"
        yml = sources_yml(
            tmp_path / "sources.yml",
            [
                ("alpha", "feed", good, True),
                ("dead", "feed", refused, True),
                ("nodns", "feed", "http://nonexistent.invalid/feed.xml", False),
            ],
        )
        yield yml, tmp_path / "tracker.db", refused


def test_run_with_a_dead_host_and_a_dns_failure_succeeds_and_records_them(one_dead_host):
    yml, db, refused = one_dead_host
    result = tracker(*run_cmd(yml, db))
    assert result.returncode == 0, result.stdout + result.stderr
    assert stored(db) == 3  # the working source's articles all arrived
    assert query(db, "select status from crawl_runs") == [("ok",)]
    health = dict(query(db, "select source, ok from source_runs"))
    assert health == {"alpha": 1, "dead": 0, "nodns": 0}
    failures = dict(query(db, "select source, consecutive_failures from source_health"))
    assert failures == {"alpha": 0, "dead": 1, "nodns": 1}
    pages = dict(query(db, "select url, reason from pages where status = 'failed'"))
    assert "Connection" in pages[refused]
    assert "DNS" in pages["http://nonexistent.invalid/feed.xml"]
    assert f"Gave up retrying <GET {refused}> (failed 3 times)" in result.stderr  # retried, logged
    assert "Gave up retrying <GET http://nonexistent.invalid/feed.xml>" in result.stderr
    assert "2 of 3 sources failed: dead, nodns" in result.stdout  # reported, not hidden


def test_crawl_with_a_dead_host_exits_0_and_names_it(one_dead_host):
    yml, db, _ = one_dead_host
    result = tracker("crawl", "--sources", str(yml), "--db", str(db))
    assert result.returncode == 0, result.stdout + result.stderr
    assert stored(db) == 3
    assert "2 of 3 sources failed: dead, nodns" in result.stdout


def test_a_library_error_log_about_one_page_does_not_fail_the_crawl(tmp_path):
    """robots.txt cut short: Scrapy's robots.txt middleware logs an ERROR, then fetches on."""
    with FixtureSite() as site:
        site.add(HOST, "/robots.txt", short_body)
        good = feed(site, "/alpha.xml", [1, 2])
        yml = sources_yml(tmp_path / "sources.yml", [("alpha", "feed", good, True)])
        # -v: at the default level the CLI shows this routine failure as a warning line
        result = tracker("-v", "crawl", "--sources", str(yml), "--db", str(tmp_path / "t.db"))
    assert "ERROR" in result.stderr  # the library did log an error
    assert result.returncode == 0, result.stderr
    assert stored(tmp_path / "t.db") == 2


def test_when_no_source_can_be_fetched_the_crawl_and_the_run_fail(tmp_path):
    port = closed_port()
    yml = sources_yml(
        tmp_path / "sources.yml",
        [
            ("dead", "feed", f"http://{HOST}:{port}/feed.xml", True),
            ("nodns", "feed", "http://nonexistent.invalid/feed.xml", False),
        ],
    )
    db = tmp_path / "tracker.db"
    crawl = tracker("crawl", "--sources", str(yml), "--db", str(db))
    assert crawl.returncode == 1, crawl.stdout + crawl.stderr
    assert "no source could be fetched" in crawl.stderr
    run = tracker(*run_cmd(yml, db))
    assert run.returncode == 1, run.stdout + run.stderr
    assert "no source could be fetched" in run.stderr
    assert query(db, "select command, status from crawl_runs order by id") == [
        ("crawl", "failed"),  # `tracker crawl` records its run and sources too (QA_rel #6)
        ("run", "failed"),
    ]
    assert dict(query(db, "select source, ok from source_runs")) == {"dead": 0, "nodns": 0}


# -- item 2: sitemaps that list themselves, and every crawl bounded -------------------------


def sitemap_index(children: list[str]) -> Page:
    entries = "".join(f"<sitemap><loc>{c}</loc></sitemap>" for c in children)
    xml = f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>'
    return Page(xml.encode(), "application/xml")


def urlset(urls: list[str]) -> Page:
    entries = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
    xml = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'
    return Page(xml.encode(), "application/xml")


def test_a_sitemap_index_that_lists_itself_is_read_once(tmp_path):
    with FixtureSite() as site:
        articles = [site.add(HOST, f"/news/{n}.html", Page(page(n).encode())) for n in (1, 2)]
        news = site.add(HOST, "/news.xml", urlset(articles))
        index = site.url(HOST, "/index.xml")
        site.add(HOST, "/index.xml", sitemap_index([index, news]))
        yml = sources_yml(tmp_path / "sources.yml", [("maps", "sitemap", index, True)])
        result = tracker("crawl", "--sources", str(yml), "--db", str(tmp_path / "t.db"), timeout=30)
        index_hits = len(site.hits(HOST, "/index.xml"))
        news_hits = len(site.hits(HOST, "/news.xml"))
    assert result.returncode == 0, result.stderr
    assert stored(tmp_path / "t.db") == 2
    assert (index_hits, news_hits) == (1, 1)


def test_nested_sitemap_indexes_stop_at_the_depth_bound(tmp_path):
    """Each index lists a new one, forever (a generated site): followed only so deep."""
    with FixtureSite() as site:
        article = site.add(HOST, "/news/1.html", Page(page(1).encode()))
        site.add(HOST, "/news.xml", urlset([article]))
        for level in range(200):  # far past any bound; without one the crawl fetches them all
            children = [site.url(HOST, f"/level/{level + 1}.xml"), site.url(HOST, "/news.xml")]
            site.add(HOST, f"/level/{level}.xml", sitemap_index(children))
        start = site.url(HOST, "/level/0.xml")
        yml = sources_yml(tmp_path / "sources.yml", [("maps", "sitemap", start, True)])
        result = tracker("crawl", "--sources", str(yml), "--db", str(tmp_path / "t.db"), timeout=60)
        levels = [h for h in site.hits(HOST) if h["path"].startswith("/level/")]
    assert result.returncode == 0, result.stderr
    assert stored(tmp_path / "t.db") == 1
    assert 1 < len(levels) <= 5, len(levels)


@pytest.fixture
def big_feed(tmp_path: Path):
    with FixtureSite() as site:
        url = feed(site, "/big.xml", list(range(60)))
        yield sources_yml(tmp_path / "sources.yml", [("big", "feed", url, True)]), site


def test_a_crawl_stops_at_its_page_bound_and_says_so(big_feed, tmp_path):
    yml, site = big_feed
    db = tmp_path / "tracker.db"
    result = tracker(*run_cmd(yml, db), env={"TRACKER_CRAWL_MAX_PAGES": "5"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "stopped at its bound of 5 pages" in result.stdout
    assert 0 < stored(db) < 60
    assert len(site.hits(HOST)) < 60
    assert query(db, "select status from crawl_runs") == [("partial",)]


def test_a_crawl_stops_at_its_time_bound(big_feed, tmp_path):
    yml, site = big_feed

    def slow(n: int):
        body = page(n).encode()

        def handler(h) -> None:  # 60 pages of 1.5 s each: four rounds of 16 connections
            site.stop.wait(1.5)
            h.send_response(200)
            h.send_header("Content-Type", "text/html; charset=utf-8")
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body)

        return handler

    for n in range(60):
        site.add(HOST, f"/news/{n}.html", slow(n))
    db = tmp_path / "tracker.db"
    result = tracker(
        "crawl",
        "--sources",
        str(yml),
        "--db",
        str(db),
        env={"TRACKER_CRAWL_MAX_SECONDS": "2"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "stopped at its bound of 2 seconds" in result.stdout
    assert len(site.hits(HOST)) < 60


@pytest.mark.parametrize("value", ["lots", "-3"])
def test_a_bad_crawl_bound_is_a_configuration_error(tmp_path, value):
    yml = sources_yml(tmp_path / "sources.yml", [("x", "feed", "http://127.0.0.1:9/f", True)])
    result = tracker(
        "crawl",
        "--sources",
        str(yml),
        "--db",
        str(tmp_path / "t.db"),
        env={"TRACKER_CRAWL_MAX_PAGES": value},
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert "TRACKER_CRAWL_MAX_PAGES" in result.stderr and "Traceback" not in result.stderr


# -- the database failing is the crawl's failure: it stops at once, exit 1 ------------------


def test_a_full_disk_stops_the_crawl_with_exit_1(tmp_path):
    """With ERROR logs no longer failing a crawl, the store's own failure still must."""
    from core.db import connect
    from tests.test_faults_crawl import tiny_disk

    pages = 150
    with FixtureSite() as site, tiny_disk(tmp_path / "disk", "2m") as disk:
        url = feed(site, "/wire.xml", list(range(pages)))
        yml = sources_yml(tmp_path / "sources.yml", [("wire", "feed", url, True)])
        db = disk / "tracker.db"
        connect(db).close()
        free = os.statvfs(disk)
        filler = disk / "filler"
        filler.write_bytes(b"\0" * max(free.f_bavail * free.f_frsize - 96 * 1024, 0))
        result = tracker("crawl", "--sources", str(yml), "--db", str(db))
        fetched = len([h for h in site.hits(HOST) if h["path"].startswith("/news/")])
        filler.unlink()
        with sqlite3.connect(db) as conn:
            assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    said = result.stdout + result.stderr[-3000:]
    assert result.returncode == 1, said
    assert "Error: crawl stopped: the database could not be written" in result.stderr, said
    assert fetched < pages, f"the crawl went on fetching into a full disk: {said}"


def test_a_bad_crawl_bound_stops_a_run_before_it_starts(tmp_path):
    yml = sources_yml(tmp_path / "sources.yml", [("x", "feed", "http://127.0.0.1:9/f", True)])
    db = tmp_path / "t.db"
    result = tracker(*run_cmd(yml, db), env={"TRACKER_CRAWL_MAX_SECONDS": "1h"})
    assert result.returncode == 2, result.stdout + result.stderr
    assert "TRACKER_CRAWL_MAX_SECONDS='1h'" in result.stderr
    assert not db.exists() or query(db, "select count(*) from crawl_runs") == [(0,)]
