"""The whole beat on 127.0.0.1, twice: many feeds, syndicated copies, off-topic items and a
broken server. Each on-topic story is stored once, the rest skipped with a reason, and the
second run fetches nothing new (feeds answer 304 to our conditional GET)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.fixtures.crawl.server import FAST, FixtureSite, Page, run_crawl
from tests.fixtures.crawl.stories import STORIES, SYNDICATED_INTRO, article_html, rss

HOSTS = ("ledger.test", "wire.test", "gazette.test", "circuit.test", "search.test", "broken.test")
ON_TOPIC = {"cloud-award", "model-review", "wire-drones", "openai-office", "cyber-budget"}
ARTICLE_PATHS = (
    "/2026/02/army-palantir",
    "/2026/02/anthropic-review",
    "/sports/field-goal",
    "/wire/drones",
    "/news/drones-copy",
    "/weather/snow",
    "/politics/openai-office",
    "/budget/cyber",
    "/budget/cyber/amp",
)


def build(site: FixtureSite) -> str:
    u = site.url
    add = site.add
    add("ledger.test", "/2026/02/army-palantir", Page(article_html("cloud-award")))
    add("ledger.test", "/2026/02/anthropic-review", Page(article_html("model-review")))
    add("ledger.test", "/sports/field-goal", Page(article_html("football")))
    add(
        "ledger.test",
        "/rss.xml",
        Page(
            rss(
                [
                    (STORIES[k]["title"], u("ledger.test", p), "Tue, 10 Feb 2026 09:15:00 -0500")
                    for k, p in (
                        ("cloud-award", "/2026/02/army-palantir?utm_source=rss"),
                        ("model-review", "/2026/02/anthropic-review"),
                        ("football", "/sports/field-goal"),
                    )
                ]
            ),
            "application/rss+xml",
            etag='"ledger-1"',
        ),
    )
    add("wire.test", "/wire/drones", Page(article_html("wire-drones", outlet="The Wire")))
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>The Wire</title><entry><title>Drones</title>"
        f'<link href="{u("wire.test", "/wire/drones")}"/><id>tag:wire.test,2026:1</id>'
        "<updated>2026-02-12T06:30:00Z</updated></entry></feed>"
    )
    add("wire.test", "/atom.xml", Page(atom.encode(), "application/atom+xml", etag='"wire-1"'))
    add(
        "gazette.test",
        "/news/drones-copy",
        Page(article_html("wire-drones", outlet="Harbor Gazette", intro=SYNDICATED_INTRO)),
    )
    add("gazette.test", "/weather/snow", Page(article_html("weather", outlet="Harbor Gazette")))
    add(
        "gazette.test",
        "/rss.xml",
        Page(
            rss(
                [
                    ("Drones (agency copy)", u("gazette.test", "/news/drones-copy"), ""),
                    ("Caf\u00e9 weather: snow", u("gazette.test", "/weather/snow"), ""),
                    (
                        "Army picks Palantir",
                        u("ledger.test", "/2026/02/army-palantir?utm_medium=gazette"),
                        "",
                    ),
                ],
                encoding="iso-8859-1",
            ),
            "application/rss+xml; charset=iso-8859-1",
            etag='"gazette-1"',
        ),
    )
    cyber = u("circuit.test", "/budget/cyber")
    add("circuit.test", "/budget/cyber", Page(article_html("cyber-budget", canonical=cyber)))
    add("circuit.test", "/budget/cyber/amp", Page(article_html("cyber-budget", canonical=cyber)))
    add("circuit.test", "/politics/openai-office", Page(article_html("openai-office")))
    add(
        "circuit.test",
        "/sitemap-index.xml",
        Page(
            (
                '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/'
                f'sitemap/0.9"><sitemap><loc>{u("circuit.test", "/news.xml")}</loc></sitemap>'
                "</sitemapindex>"
            ).encode(),
            "application/xml",
        ),
    )
    add(
        "circuit.test",
        "/news.xml",
        Page(
            (
                '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
                ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
                f"<url><loc>{u('circuit.test', '/politics/openai-office')}</loc><news:news>"
                "<news:publication_date>2026-02-13T11:00:00-05:00</news:publication_date>"
                "<news:title>OpenAI office</news:title></news:news></url>"
                f"<url><loc>{u('circuit.test', '/budget/cyber/amp')}</loc></url></urlset>"
            ).encode(),
            "application/xml",
            etag='"news-1"',
        ),
    )
    add(
        "circuit.test",
        "/latest",
        Page(b'<html><body><main><a href="/budget/cyber">Cyber budget</a></main></body></html>'),
    )
    search = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "search: Anthropic",
        "items": [
            {
                "id": "1",
                "url": u("ledger.test", "/2026/02/anthropic-review?utm_medium=search"),
                "title": "Review drags on",
                "date_published": "2026-02-11T14:02:00-05:00",
            },
            {"id": "2", "url": u("gazette.test", "/weather/snow"), "title": "Snow"},
        ],
    }
    add(
        "search.test",
        "/feed.json",
        Page(json.dumps(search).encode(), "application/feed+json", etag='"search-1"'),
    )
    add("broken.test", "/rss.xml", Page(b"oops", "text/plain", 500))
    sources = [
        ("ledger", "feed", u("ledger.test", "/rss.xml")),
        ("wire", "feed", u("wire.test", "/atom.xml")),
        ("gazette", "feed", u("gazette.test", "/rss.xml")),
        ("circuit", "sitemap", u("circuit.test", "/sitemap-index.xml")),
        ("circuit-latest", "listing", u("circuit.test", "/latest")),
        ("search-anthropic", "feed", u("search.test", "/feed.json")),
        ("broken", "feed", u("broken.test", "/rss.xml")),
    ]
    lines = ["sources:"]
    for name, kind, url in sources:
        lines += [f"  - name: {name}", f"    kind: {kind}", f'    url: "{url}"', "    local: true"]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def beat(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("beat")
    with FixtureSite() as site:
        (tmp / "sources.yml").write_text(build(site))
        overrides = {**FAST, "TRACKER_DNS_STUB": dict.fromkeys(HOSTS, "127.0.0.1")}
        first = run_crawl(tmp / "sources.yml", tmp / "t.db", overrides)
        first_log = list(site.log)
        site.log.clear()
        second = run_crawl(tmp / "sources.yml", tmp / "t.db", overrides)
        conn = sqlite3.connect(tmp / "t.db")
        conn.row_factory = sqlite3.Row
        yield {
            "first": first,
            "second": second,
            "log1": first_log,
            "log2": list(site.log),
            "db": conn,
        }


def test_each_on_topic_story_is_stored_once(beat):
    titles = sorted(r["title"] for r in beat["db"].execute("SELECT title FROM articles"))
    assert titles == sorted(STORIES[k]["title"] for k in ON_TOPIC)
    assert beat["first"]["new"] == len(ON_TOPIC)


def test_off_topic_items_are_skipped_with_a_reason(beat):
    rows = (
        beat["db"]
        .execute("SELECT url, reason FROM pages WHERE status = 'skipped' ORDER BY url")
        .fetchall()
    )
    assert {r["url"].split(":", 2)[2].split("/", 1)[1] for r in rows} == {
        "sports/field-goal",
        "weather/snow",
    }
    assert all(r["reason"].startswith("off_topic") for r in rows)
    kept = beat["db"].execute("SELECT reason FROM pages WHERE status = 'stored'").fetchall()
    assert all(r["reason"].startswith("on_topic: ") for r in kept)


def test_syndicated_copy_points_at_the_original(beat):
    """Whichever of the wire story and its copy was fetched first stays; the other points at it."""
    rows = (
        beat["db"]
        .execute(
            "SELECT p.url, p.status, p.reason, a.url AS original FROM pages p "
            "JOIN articles a ON a.id = p.article_id "
            "WHERE p.url LIKE '%/news/drones-copy' OR p.url LIKE '%/wire/drones'"
        )
        .fetchall()
    )
    assert sorted(r["status"] for r in rows) == ["copy", "stored"]
    copy = next(r for r in rows if r["status"] == "copy")
    stored = next(r for r in rows if r["status"] == "stored")
    assert "near-duplicate" in copy["reason"] and copy["original"] == stored["url"]


def test_dates_and_their_sources_are_recorded(beat):
    row = (
        beat["db"]
        .execute(
            "SELECT published, published_source, author, language FROM articles "
            "WHERE title LIKE 'Marine Corps tests%'"
        )
        .fetchone()
    )
    assert tuple(row) == ("2026-02-12", "page_metadata", "Sam Reporter", "en")


def test_broken_source_is_counted_and_others_continue(beat):
    stats = beat["first"]["stats"]
    assert beat["first"]["ok"]  # a dead feed is recorded, not a failed run
    assert stats["tracker/source/broken/failed"] == 1
    assert beat["first"]["failed"] == 1


def test_second_run_fetches_nothing_new(beat):
    second = beat["second"]
    assert second["new"] == 0 and second["updated"] == 0
    fetched = [h["path"] for h in beat["log2"] if not h["path"].startswith("/robots.txt")]
    assert not set(fetched) & set(ARTICLE_PATHS), fetched
    assert second["stats"]["tracker/not_modified"] == 5  # 4 feeds and the news sitemap
    conditional = [
        h for h in beat["log2"] if h["path"] == "/rss.xml" and h["host"] == "ledger.test"
    ]
    assert conditional[0]["headers"].get("If-None-Match") == '"ledger-1"'
    assert beat["db"].execute("SELECT count(*) FROM articles").fetchone()[0] == len(ON_TOPIC)


def test_first_run_is_polite(beat):
    agents = {h["headers"].get("User-Agent") for h in beat["log1"]}
    assert len(agents) == 1 and agents.pop().startswith("news-timeline-tracker/")
    assert any(h["path"] == "/robots.txt" for h in beat["log1"])
