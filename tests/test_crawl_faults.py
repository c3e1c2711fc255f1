"""reliability.md #1–#16 against servers this test starts on 127.0.0.1: one crawl, every fault.

Named hosts (faults.test, other.test, rebind.test) resolve through the crawler's DNS stub to
127.0.0.1; `faults.test` and `other.test` are `local: true` sources, a second server (the
"victim") is not, and must see no request at all.
"""

from __future__ import annotations

import gzip
import random
import socket
import sqlite3

import brotli
import pytest

from tests.fixtures.crawl.server import (
    FAST,
    FixtureSite,
    Page,
    broken_chunked,
    hang,
    huge_declared,
    redirect,
    run_crawl,
    short_body,
    stall_after_headers,
)
from tests.fixtures.crawl.stories import article_html, rss

STUB = {"faults.test": "127.0.0.1", "other.test": "127.0.0.1", "rebind.test": "127.0.0.1"}


def _article(title: str, text: str, extra_head: str = "", charset: str = "utf-8") -> str:
    return (
        f'<html><head><meta charset="{charset}"><title>{title}</title>{extra_head}</head>'
        f"<body><article><h1>{title}</h1><p>{text}</p></article></body></html>"
    )


WORDS = (
    "officials contract review budget drone software army navy office award protest vendor "
    "testing network security analysts program schedule spending committee engineers pilot "
    "units exercise cloud data classified request decision spring summer agency"
).split()


def text(seed: int, words: int = 90) -> str:
    """Distinct on-topic filler per page, so no two fixture pages are near-duplicates."""
    rng = random.Random(seed)
    out = [rng.choice(WORDS) for _ in range(words)]
    return "The Pentagon said " + " ".join(out) + "."


PUBLISHED = '<meta property="article:published_time" content="2026-02-11T10:00:00-05:00">'


def build(site: FixtureSite, victim_port: int, closed_port: int) -> dict[str, list[str]]:
    """Routes on faults.test; returns source name -> URLs for sources.yml."""
    add = site.add
    good = add("faults.test", "/good", Page(article_html("cloud-award")))
    v = victim_port
    urls = {
        "hang": add("faults.test", "/hang", hang(site)),
        "stall": add("faults.test", "/stall", stall_after_headers(site)),
        "short": add("faults.test", "/short", short_body),
        "chunked": add("faults.test", "/chunked", broken_chunked),
        "storm": add(
            "faults.test",
            "/storm",
            Page(b"busy", "text/plain", 503, {"Retry-After": "1"}),
        ),
        "too-long": add(
            "faults.test",
            "/too-long",
            Page(b"slow down", "text/plain", 429, {"Retry-After": "3600"}),
        ),
        "loop": add("faults.test", "/loop/a", redirect("/loop/b")),
        "bomb": add(
            "faults.test",
            "/bomb",
            Page(
                gzip.compress(b"<p>" + b"A" * (40 * 1024 * 1024), 6),
                headers={"Content-Encoding": "gzip"},
            ),
        ),
        "bomb-br": add(
            "faults.test",
            "/bomb-br",
            Page(
                brotli.compress(b"<p>" + b"B" * (40 * 1024 * 1024), quality=5),
                headers={"Content-Encoding": "br"},
            ),
        ),
        "huge": add("faults.test", "/huge", huge_declared),
        "to-file": add("faults.test", "/to-file", redirect("file:///etc/passwd")),
        "to-ftp": add("faults.test", "/to-ftp", redirect("ftp://faults.test/x")),
        "to-data": add("faults.test", "/to-data", redirect("data:text/html,<p>hi</p>")),
        "to-loopback": add("faults.test", "/to-loopback", redirect(f"http://127.0.0.1:{v}/r-loop")),
        "to-decimal": add("faults.test", "/to-decimal", redirect(f"http://2130706433:{v}/r-dec")),
        "to-metadata": add(
            "faults.test", "/to-metadata", redirect("http://169.254.169.254/latest/meta-data/")
        ),
        "to-private": add("faults.test", "/to-private", redirect("http://10.1.2.3/admin")),
        "to-v6": add("faults.test", "/to-v6", redirect(f"http://[::1]:{v}/r-v6")),
        "cross-domain": add(
            "faults.test",
            "/cross",
            Page(
                b"",
                "text/plain",
                302,
                {"Location": site.url("other.test", "/landing"), "Set-Cookie": "s=secret"},
            ),
        ),
        # 12: charsets
        "cp1252": add(
            "faults.test",
            "/cp1252",
            Page(
                _article(
                    "Caf\u00e9 contract",
                    "The Pentagon\u2019s caf\u00e9 contract \u2014 a na\u00efve r\u00e9sum\u00e9. "
                    + text(1),
                    PUBLISHED,
                ).encode("cp1252"),
                "text/html; charset=utf-8",
            ),
        ),
        "sjis": add(
            "faults.test",
            "/sjis",
            Page(
                _article(
                    "\u9632\u885b\u7701\u306e\u767a\u8868",
                    "\u30a2\u30f3\u30bd\u30ed\u30d4\u30c3\u30af\u3068\u56fd\u9632\u7701"
                    "\u306f\u65b0\u3057\u3044\u5951\u7d04\u306b\u3064\u3044\u3066\u8a71"
                    "\u3057\u5408\u3063\u305f\u3002"
                    * 30
                    + " Anthropic Pentagon "
                    + " ".join(["\u5951\u7d04"] * 70),
                    PUBLISHED,
                    charset="",
                )
                .replace('<meta charset="">', "")
                .encode("shift_jis"),
                "text/html",
            ),
        ),
        "bom": add(
            "faults.test",
            "/bom",
            Page(
                b"\xef\xbb\xbf"
                + _article(
                    "Na\u00efve budget", "R\u00e9sum\u00e9 of Pentagon. " + text(2), PUBLISHED
                )
                .replace('<meta charset="utf-8">', "")
                .encode(),
                "text/html",
            ),
        ),
        # 13: dates
        "nodate": add("faults.test", "/nodate", Page(_article("Undated", text(3)).encode())),
        "copyright": add(
            "faults.test",
            "/copyright",
            Page(_article("Copyright only", text(4) + "</p><p>Copyright 2023 Fixture").encode()),
        ),
        "future": add(
            "faults.test",
            "/future",
            Page(
                _article(
                    "From the future",
                    text(5),
                    '<meta property="article:published_time" content="2099-05-01T10:00:00Z">',
                ).encode()
            ),
        ),
        "modified": add(
            "faults.test",
            "/modified",
            Page(
                _article(
                    "Modified later",
                    "Palantir update. " + text(6),
                    PUBLISHED.replace("2026-02-11", "2026-01-05")
                    + '<meta property="article:modified_time" content="2026-02-20T10:00:00Z">',
                ).encode()
            ),
        ),
        # 15, 16: not articles
        "soft404": add(
            "faults.test",
            "/soft404",
            Page(_article("Page not found", "Sorry, this page does not exist. " * 20).encode()),
        ),
        "teaser": add(
            "faults.test",
            "/teaser",
            Page(
                _article(
                    "Pentagon budget",
                    text(7)[:400] + " Subscribe to continue reading. Already a subscriber? Log in.",
                ).encode()
            ),
        ),
        "consent": add(
            "faults.test",
            "/consent",
            Page(
                _article(
                    "Before you continue",
                    "We use cookies and similar technologies to run this site. "
                    "Accept all cookies or manage your consent in the settings. " * 4,
                ).encode()
            ),
        ),
        "index": add(
            "faults.test",
            "/index",
            Page(
                (
                    "<html><head><title>Defense</title></head><body><main>"
                    + "".join(
                        f'<p><a href="/story-{i}">Pentagon story number {i} about contracts '
                        f"and the Army</a></p>"
                        for i in range(40)
                    )
                    + "</main></body></html>"
                ).encode()
            ),
        ),
        "empty": add("faults.test", "/empty", Page(b"")),
        "pdf": add(
            "faults.test",
            "/pdf",
            Page(b"%PDF-1.7\n" + b"1 0 obj << /Type /Catalog >> endobj\n" * 200),
        ),
    }
    add("other.test", "/landing", Page(article_html("openai-office")))
    # 6, 7: feeds that are malformed, Latin-1, or carry entities
    g1 = add("faults.test", "/feed-good-1", Page(article_html("wire-drones")))
    g2 = add("faults.test", "/feed-good-2", Page(article_html("cyber-budget")))
    add(
        "faults.test",
        "/bad.xml",
        Page(
            b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bad \xff\xfe'
            b"</title><item><title>Drones <b>unclosed</title><link>"
            + g1.encode()
            + b"</link><pubDate>Thu, 12 Feb 2026 06:30:00 +0000</pubDate></item><item><title>x",
            "application/rss+xml",
        ),
    )
    add(
        "faults.test",
        "/latin1.xml",
        Page(
            rss(
                [("Caf\u00e9 budget", g2, "Sat, 14 Feb 2026 08:45:00 -0500")], encoding="iso-8859-1"
            )
        ),
    )
    xxe = (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
        '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        '<rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;&c;</title>'
        f"<link>{good}?from=&xxe;</link></item></channel></rss>"
    )
    add("faults.test", "/xxe.xml", Page(xxe.encode(), "application/rss+xml"))
    add(
        "faults.test",
        "/xxe-sitemap.xml",
        Page(
            xxe.replace("rss [", "urlset [").split("<rss")[0].encode()
            + (
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<url><loc>{good}&xxe;&c;</loc></url></urlset>"
            ).encode(),
            "application/xml",
        ),
    )
    return {
        "fault-pages": [good, *urls.values()],
        "feeds": [
            site.url("faults.test", "/bad.xml"),
            site.url("faults.test", "/latin1.xml"),
            site.url("faults.test", "/xxe.xml"),
        ],
        "sitemap": [site.url("faults.test", "/xxe-sitemap.xml")],
        "refused": [f"http://faults.test:{closed_port}/nobody-home"],
        "other": [site.url("other.test", "/landing")],
        # not local: every one of these must be refused before connecting
        "outsider": [
            f"http://127.0.0.1:{v}/direct",
            f"http://2130706433:{v}/decimal",
            f"http://0x7f.1:{v}/hex",
            f"http://[::1]:{v}/v6",
            f"http://rebind.test:{v}/rebind",
            "http://nonexistent.invalid/dns-failure",
        ],
    }


def _sources_yml(groups: dict[str, list[str]]) -> str:
    kinds = {"feeds": "feed", "sitemap": "sitemap"}
    lines = ["sources:"]
    for name, urls in groups.items():
        lines += [f"  - name: {name}", f"    kind: {kinds.get(name, 'urls')}", "    urls:"]
        lines += [f'      - "{u}"' for u in urls]
        lines += ["    tags: [test]", f"    local: {'false' if name == 'outsider' else 'true'}"]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("faults")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]
    with FixtureSite() as site, FixtureSite() as victim:
        groups = build(site, victim.port, closed_port)
        (tmp / "sources.yml").write_text(_sources_yml(groups))
        report = run_crawl(
            tmp / "sources.yml",
            tmp / "t.db",
            {**FAST, "TRACKER_DNS_STUB": STUB, "DOWNLOAD_MAXSIZE": 8 * 1024 * 1024},
        )
        conn = sqlite3.connect(tmp / "t.db")
        conn.row_factory = sqlite3.Row
        yield {
            "report": report,
            "db": conn,
            "site": site,
            "victim": victim,
            "groups": groups,
            "tmp": tmp,
        }


def page(crawled, path: str) -> sqlite3.Row | None:
    return (
        crawled["db"]
        .execute("SELECT * FROM pages WHERE url LIKE ?", [f"%faults.test%{path}"])
        .fetchone()
    )


def article(crawled, path: str) -> sqlite3.Row | None:
    return crawled["db"].execute("SELECT * FROM articles WHERE url LIKE ?", [f"%{path}"]).fetchone()


def test_the_run_goes_on_past_every_fault(crawled):
    report = crawled["report"]
    assert report["finish_reason"] == "finished"
    assert article(crawled, "/good") is not None  # 1, 2: other URLs finish
    assert crawled["db"].execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("path", ["/hang", "/stall", "/short", "/chunked"])
def test_timeouts_and_truncated_bodies_fail_without_partial_text(crawled, path):  # 1, 3
    row = page(crawled, path)
    assert row["status"] == "failed", dict(row)
    assert article(crawled, path) is None
    assert len(crawled["site"].hits("faults.test", path)) == 2  # one bounded retry


def test_refused_connection_and_dns_failure_are_recorded(crawled):  # 2
    db = crawled["db"]
    refused = db.execute("SELECT * FROM pages WHERE url LIKE '%nobody-home'").fetchone()
    assert refused["status"] == "failed" and "Connection" in refused["reason"]
    dns = db.execute("SELECT * FROM pages WHERE url LIKE '%dns-failure'").fetchone()
    assert dns["status"] == "failed" and "DNS" in dns["reason"]
    assert crawled["report"]["failed"] >= 8
    assert crawled["report"]["ok"]  # a source's failure, not the crawl's: exit 0 (see
    # tests/test_rel_job_crawl.py for the exit code and run row through the CLI)


def test_503_storm_is_retried_with_backoff_and_bounded(crawled):  # 4
    hits = crawled["site"].hits("faults.test", "/storm")
    assert len(hits) == 2
    assert page(crawled, "/storm")["status"] == "failed"
    assert crawled["report"]["stats"]["tracker/retry_wait_seconds"] >= 1
    assert len(crawled["site"].hits("faults.test", "/too-long")) == 1  # Retry-After 1h: give up
    assert crawled["report"]["stats"]["tracker/retry_after_too_long"] == 1


def test_redirect_loop_stops_at_the_limit(crawled):  # 5
    hits = crawled["site"].hits("faults.test")
    loop = [h for h in hits if h["path"].startswith("/loop/")]
    assert 2 <= len(loop) <= 7
    assert page(crawled, "/loop/a")["status"] == "failed"


def test_malformed_and_latin1_feeds_are_read(crawled):  # 6
    drones = article(crawled, "/feed-good-1")
    budget = article(crawled, "/feed-good-2")
    assert drones is not None and budget is not None
    stats = crawled["report"]["stats"]
    assert stats["tracker/source/feeds/partial"] >= 1


def test_entities_are_never_expanded(crawled):  # 7
    db = crawled["db"]
    for table, cols in (
        ("articles", "url || title || text"),
        ("pages", "url || coalesce(reason,'')"),
    ):
        leaked = db.execute(
            f"SELECT count(*) FROM {table} WHERE {cols} LIKE '%root:%' OR {cols} LIKE '%aaaaaaaaaaaaaaaaaaaa%'"  # noqa: S608
        ).fetchone()[0]
        assert leaked == 0
    assert crawled["site"].hits("faults.test", "/good")  # the feed's one link was still followed


@pytest.mark.parametrize("path", ["/bomb", "/bomb-br", "/huge"])
def test_oversized_bodies_are_aborted(crawled, path):  # 8
    row = page(crawled, path)
    assert row["status"] == "failed" and article(crawled, path) is None
    # the warning names the limit; no partial text was kept anywhere
    assert "larger than" in row["reason"] or "max" in row["reason"].lower(), row["reason"]


@pytest.mark.parametrize(("path", "wire_limit"), [("/bomb", 60_000), ("/bomb-br", 60_000)])
def test_compression_bombs_are_small_on_the_wire(crawled, path, wire_limit):  # 8
    """The point of a bomb: a few kB sent, 40 MB inflated; the cap must be on the inflated size."""
    body = crawled["site"].routes[("faults.test", path)].body
    assert len(body) < wire_limit < 8 * 1024 * 1024


def test_private_addresses_are_never_contacted(crawled):  # 9
    assert crawled["victim"].log == []
    db = crawled["db"]
    for path in ("/to-loopback", "/to-decimal", "/to-metadata", "/to-private", "/to-v6"):
        assert article(crawled, path) is None
    blocked = db.execute("SELECT url, reason FROM pages WHERE reason LIKE 'blocked:%'").fetchall()
    blocked_urls = " ".join(r["url"] for r in blocked)
    blocked_urls += " ".join(r["reason"] for r in blocked)
    for needle in ("/direct", "/decimal", "/hex", "/v6", "/rebind", "/r-loop", "/r-dec", "169.254"):
        assert needle in blocked_urls, (needle, blocked_urls)
    assert all(
        r["status"] == "skipped"
        for r in db.execute("SELECT status FROM pages WHERE reason LIKE 'blocked:%'")
    )


@pytest.mark.parametrize("path", ["/to-file", "/to-ftp", "/to-data"])
def test_non_http_redirects_are_not_followed(crawled, path):  # 10
    assert article(crawled, path) is None
    assert page(crawled, path)["status"] in ("failed", "skipped")
    assert (
        crawled["db"]
        .execute("SELECT count(*) FROM articles WHERE text LIKE '%root:%'")
        .fetchone()[0]
        == 0
    )


def test_cookies_do_not_cross_domains(crawled):  # 11
    landing = crawled["site"].hits("other.test", "/landing")
    assert landing
    for hit in landing:
        headers = {k.lower() for k in hit["headers"]}
        assert "cookie" not in headers and "authorization" not in headers


def test_authorization_is_dropped_on_cross_domain_redirect():  # 11, Scrapy's own middleware
    from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
    from scrapy.http import Request, Response
    from scrapy.utils.test import get_crawler

    from crawler import settings

    crawler = get_crawler(settings_dict={"REDIRECT_MAX_TIMES": settings.REDIRECT_MAX_TIMES})
    crawler.spider = crawler._create_spider("t")
    mw = RedirectMiddleware.from_crawler(crawler)
    request = Request("https://a.example/x", headers={"Authorization": "Bearer t", "Cookie": "s=1"})
    response = Response(
        "https://a.example/x", status=302, headers={"Location": "https://b.example/y"}
    )
    followed = mw.process_response(request, response)
    assert "Authorization" not in followed.headers and "Cookie" not in followed.headers


def test_charsets_decode_correctly(crawled):  # 12
    cafe = article(crawled, "/cp1252")
    assert "caf\u00e9 contract \u2014 a na\u00efve r\u00e9sum\u00e9" in cafe["text"]
    assert "charset_mismatch" in cafe["flags"]
    sjis = article(crawled, "/sjis")
    assert "\u9632\u885b\u7701" in sjis["title"] and "\ufffd" not in sjis["text"]
    assert "not_english" in sjis["flags"] and sjis["language"] == "ja"  # 25: flagged
    bom = article(crawled, "/bom")
    assert "R\u00e9sum\u00e9" in bom["text"] and "\ufffd" not in bom["text"]


def test_dates_undated_copyright_future_modified(crawled):  # 13
    assert article(crawled, "/nodate")["published"] is None
    assert "no_publication_date" in article(crawled, "/nodate")["flags"]
    copyright_only = article(crawled, "/copyright")
    assert copyright_only["published"] is None
    assert "copyright_year_only" in copyright_only["flags"]
    assert article(crawled, "/future")["published"] is None
    modified = article(crawled, "/modified")
    assert modified["published"] == "2026-01-05"
    assert modified["published_source"] == "page_metadata"


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/soft404", "soft_404"),
        ("/teaser", "paywall"),
        ("/consent", "consent_wall"),
        ("/index", "index_page"),
        ("/empty", "empty"),
        ("/pdf", "not_html"),
    ],
)
def test_non_articles_are_rejected_with_a_reason(crawled, path, reason):  # 15, 16
    row = page(crawled, path)
    assert row["status"] == "skipped" and row["reason"].startswith(reason), dict(row)
    assert article(crawled, path) is None
