"""QA fixes (round g): feeds and sitemaps that recover, a failed child sitemap, library noise.

Crawls run in their own process against a server this test starts on 127.0.0.1.
"""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path

import pytest

from tests.fixtures.crawl.server import FixtureSite, Page
from tests.fixtures.crawl.stories import STORIES, article_html, rss
from tests.test_rel_job_crawl import tracker

HOST = "127.0.0.1"
DOWN = Page(b"down for maintenance", "text/plain", 503)


def sitemap_index(*children: str) -> Page:
    locs = "".join(f"<sitemap><loc>{c}</loc></sitemap>" for c in children)
    body = (
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</sitemapindex>'
    )
    return Page(body.encode(), "application/xml")


def urlset(*pages: str) -> Page:
    locs = "".join(f"<url><loc>{p}</loc><lastmod>2026-02-11</lastmod></url>" for p in pages)
    body = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'
    return Page(body.encode(), "application/xml")


# -- NOTES_e "left alone": a feed and a child sitemap that fail one run and answer the next ------


@pytest.fixture(scope="module")
def recovered(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("recover")
    db, yml = tmp / "t.db", tmp / "sources.yml"
    with FixtureSite() as site:
        story = site.add(HOST, "/a/cloud-award", Page(article_html("cloud-award")))
        mapped = site.add(HOST, "/a/model-review", Page(article_html("model-review")))
        feed = site.add(HOST, "/wire.xml", DOWN)
        child = site.add(HOST, "/maps/news.xml", DOWN)
        index = site.add(HOST, "/maps/index.xml", sitemap_index(child))
        yml.write_text(
            "sources:\n"
            f"  - {{name: wire, kind: feed, url: '{feed}', local: true}}\n"
            f"  - {{name: maps, kind: sitemap, url: '{index}', local: true}}\n"
        )
        first = tracker("crawl", "--db", str(db), "--sources", str(yml))
        with sqlite3.connect(db) as conn:
            failed_first = {
                r[0] for r in conn.execute("SELECT url FROM pages WHERE status = 'failed'")
            }
        title = STORIES["cloud-award"]["title"]
        site.add(HOST, "/wire.xml", Page(rss([(title, story, "Wed, 11 Feb 2026 14:02:00 -0500")])))
        site.add(HOST, "/maps/news.xml", urlset(mapped))
        hits_before = len(site.hits(path="/maps/news.xml"))
        second = tracker("crawl", "--db", str(db), "--sources", str(yml))
        child_hits = len(site.hits(path="/maps/news.xml")) - hits_before
    conn = sqlite3.connect(db)
    yield {
        "runs": (first, second),
        "failed_first": failed_first,
        "db": conn,
        "feed": feed,
        "child": child,
        "mapped": mapped,
        "child_hits": child_hits,
    }
    conn.close()


def test_a_feed_that_answers_again_is_no_longer_a_failed_page(recovered):
    for run in recovered["runs"]:
        assert run.returncode == 0, run.stderr[-3000:]
    assert recovered["feed"] in recovered["failed_first"]
    rows = recovered["db"].execute("SELECT status FROM pages WHERE url = ?", [recovered["feed"]])
    assert rows.fetchall() == []


def test_a_failed_child_sitemap_is_fetched_again_as_a_sitemap_not_an_article(recovered):
    assert recovered["child"] in recovered["failed_first"]
    reason = recovered["db"].execute("SELECT reason FROM pages WHERE url = ?", [recovered["child"]])
    assert reason.fetchall() == []  # read as a sitemap: no page row, not a skipped `not_html`
    assert recovered["child_hits"] == 1  # once, though its index lists it too
    stored = recovered["db"].execute(
        "SELECT status FROM pages WHERE url = ?", [recovered["mapped"]]
    )
    assert stored.fetchone() == ("stored",)


def test_a_failed_child_sitemap_is_named_as_one_in_its_reason(tmp_path: Path):
    with FixtureSite() as site:
        child = site.add(HOST, "/maps/news.xml", DOWN)
        index = site.add(HOST, "/maps/index.xml", sitemap_index(child))
        yml = tmp_path / "sources.yml"
        yml.write_text(
            f"sources:\n  - {{name: maps, kind: sitemap, url: '{index}', local: true}}\n"
        )
        db = tmp_path / "t.db"
        run = tracker("crawl", "--db", str(db), "--sources", str(yml))
    assert run.returncode == 0, run.stderr[-3000:]
    with sqlite3.connect(db) as conn:
        (reason,) = conn.execute("SELECT reason FROM pages WHERE url = ?", [child]).fetchone()
    assert reason.startswith("failures: 1; child sitemap; ")


# -- QA_rel #9 second bullet: a refused host and an empty page are not tracebacks -----------------


def refused_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("verbose", [False, True])
def test_routine_failures_are_one_line_warnings_and_tracebacks_only_with_v(tmp_path, verbose):
    dead = f"http://{HOST}:{refused_port()}/feed.xml"
    with FixtureSite() as site:
        empty = site.add(HOST, "/a/empty", Page(b""))
        feed = site.add(
            HOST,
            "/wire.xml",
            Page(rss([("Nothing here", empty, "Wed, 11 Feb 2026 14:02:00 -0500")])),
        )
        yml = tmp_path / "sources.yml"
        yml.write_text(
            "sources:\n"
            f"  - {{name: wire, kind: feed, url: '{feed}', local: true}}\n"
            f"  - {{name: dead, kind: feed, url: '{dead}', local: true}}\n"
        )
        flags = ["-v"] if verbose else []
        run = tracker(*flags, "crawl", "--db", str(tmp_path / "t.db"), "--sources", str(yml))
    assert run.returncode == 0, run.stderr[-3000:]
    assert "dead" in run.stdout  # the crawl still names the failed source
    noisy = [
        line
        for line in run.stderr.splitlines()
        if " ERROR " in line or line.startswith("Traceback")
    ]
    if verbose:
        assert any(line.startswith("Traceback") for line in noisy)
    else:
        assert noisy == []
        assert "WARNING scrapy.downloadermiddlewares.robotstxt: Error downloading" in run.stderr
