"""The real feeds and sitemaps of ../shared/corpus, served from 127.0.0.1 and read by the spider.

Each file is read from ../shared at test time (nothing is copied) and served by a server this
test starts; one crawl reads them all through the real runner and spider. The article links
point at the publishers' real hosts: the DNS stub answers 127.0.0.1 for every one of them and
the address guard refuses them before connecting, so nothing leaves this machine and each
article URL still lands in `pages` as `blocked:`. "Every entry is read" is checked against
the file's own entry count and URLs (the parsers' expected JSON, the JSON Feed's items, the
sitemap's <loc>s), not against what our parser returns.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

import lxml.etree
import pytest

from core.urls import canonicalize
from tests.conftest import SHARED, shared_path
from tests.fixtures.crawl.server import FAST, FixtureSite, Page, run_crawl

HOST = "corpus.test"
# source name -> (file under corpus/, content type the server sends)
FILES = {
    "guardian-rss": ("feeds/rss-parser/guardian.rss", "application/rss+xml"),
    "heise-atom": ("feeds/rss-parser/heise.atom", "application/atom+xml"),
    # ISO-8859-1 without an XML declaration: only the HTTP header names the charset
    "uol-latin1": ("feeds/rss-parser/uolNoticias.rss", "application/rss+xml; charset=iso-8859-1"),
    "ilgiornale-rss": ("feeds/feed-rs/rss_2.0_ilgiornale.xml", "application/rss+xml"),
    "ilmessaggero-rss": ("feeds/feed-rs/rss_2.0_ilmessaggero.xml", "application/rss+xml"),
    "nbcny-rss": ("feeds/feed-rs/rss_2.0_nbcny.xml", "application/rss+xml"),
    "wirecutter-rss": ("feeds/feed-rs/rss_2.0_wirecutter.xml", "application/rss+xml"),
    "json-feed": ("feeds/trafilatura/feed.json", "application/feed+json"),
    "hebden-sitemap": (
        "sitemaps/crawler-commons/hebdenbridgetimes-articles-sitemap.xml",
        "application/xml",
    ),
    "shinpai-news-sitemap": (
        "sitemaps/crawler-commons/shinpaideshou-news-sitemap.xml",
        "application/xml",
    ),
    "sitemaps-org": ("sitemaps/trafilatura/sitemap.xml", "application/xml"),
}
_HOSTS = re.compile(rb"https?://([A-Za-z0-9.-]+)")


def _entries(data: object) -> list | None:
    """The entry list of a parser's expected output, wherever that parser nests it."""
    if isinstance(data, dict):
        for key in ("items", "entries"):
            if isinstance(data.get(key), list):
                return data[key]
        for value in data.values():
            found = _entries(value)
            if found is not None:
                return found
    return None


def _entry_url(entry: dict) -> str:
    links = entry.get("links") or [{}]
    return entry.get("url") or entry.get("link") or links[0].get("href")


def expected_urls(path: Path) -> list[str]:
    """Every entry's URL as the file's own reference data states it (one per entry)."""
    if path.suffix == ".json":
        return [_entry_url(item) for item in json.loads(path.read_text())["items"]]
    if "sitemaps" in path.parts:
        tree = lxml.etree.fromstring(
            path.read_bytes(), lxml.etree.XMLParser(resolve_entities=False)
        )
        return [
            loc.strip()
            for loc in tree.xpath("//*[local-name()='url']/*[local-name()='loc']/text()")
        ]
    stem = path.name.rsplit(".", 1)[0]
    for suffix in (".expected.json", ".serde.json"):
        sibling = path.with_name(stem + suffix)
        if sibling.exists():
            return [_entry_url(e) for e in _entries(json.loads(sibling.read_text()))]
    raise FileNotFoundError(f"no expected entries beside {path}")


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory):
    shared_path("corpus", "feeds")
    shared_path("corpus", "sitemaps")
    corpus = SHARED / "corpus"
    tmp = tmp_path_factory.mktemp("real-feeds")
    stub = {HOST: "127.0.0.1"}
    with FixtureSite() as site:
        lines = ["sources:"]
        for name, (rel, content_type) in FILES.items():
            body = (corpus / rel).read_bytes()
            hosts = {h.decode() for h in _HOSTS.findall(body.replace(b"\\/", b"/"))}
            hosts |= {urlsplit(u).hostname or "" for u in expected_urls(corpus / rel)}
            stub |= {h.lower(): "127.0.0.1" for h in hosts if h}
            url = site.add(HOST, f"/{name}", Page(body, content_type))
            kind = "sitemap" if rel.startswith("sitemaps/") else "feed"
            lines += [f"  - name: {name}", f"    kind: {kind}", f'    urls: ["{url}"]']
            lines += ["    tags: [test]", "    local: true", "    topic_filter: false"]
        (tmp / "sources.yml").write_text("\n".join(lines) + "\n")
        report = run_crawl(
            tmp / "sources.yml", tmp / "t.db", {**FAST, "TRACKER_DNS_STUB": stub}, timeout=90
        )
        db = sqlite3.connect(tmp / "t.db")
        yield {"report": report, "db": db, "site": site, "corpus": corpus}
        db.close()


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_entry_of_every_real_file_is_read(crawled, name):
    expected = expected_urls(crawled["corpus"] / FILES[name][0])
    stats = crawled["report"]["stats"]
    assert expected and stats.get(f"tracker/source/{name}/links") == len(expected)
    assert not stats.get(f"tracker/source/{name}/partial")
    rows = crawled["db"].execute("SELECT url, status, reason FROM pages WHERE source = ?", [name])
    recorded = {url: (status, reason) for url, status, reason in rows}
    assert set(recorded) == {canonicalize(u) for u in expected}  # each entry became a request
    assert all(s == "skipped" and r.startswith("blocked:") for s, r in recorded.values())


def test_the_crawl_finished_and_only_this_server_was_contacted(crawled):
    report = crawled["report"]
    assert report["finish_reason"] == "finished"
    assert crawled["db"].execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    assert {hit["path"] for hit in crawled["site"].hits(HOST)} >= {f"/{n}" for n in FILES}
