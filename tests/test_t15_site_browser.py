"""Issue 15 in a real browser: a journalist walks the timeline, filters it by the name they
know (an alias, lower-case), opens an event's page, follows each report's link to the
article, and downloads the filtered timeline as a CSV whose rows are what the page showed.

The articles are served by a small HTTP server of the test's own on 127.0.0.1, so each
report's link can be followed offline."""

from __future__ import annotations

import contextlib
import csv
import http.server
import io
import threading
from collections.abc import Iterator
from html import escape

import pytest

from core import store
from core.db import connect
from tests.test_browser import browser, downloaded, serving  # noqa: F401 - fixtures
from tests.test_store_merge_export import AMO, HEG, TEXT, article, meeting
from timeline.merge import merge

pytestmark = pytest.mark.browser

TITLES = {
    "/ledger/talks": "Defence chief to host lab founder",
    "/wire/talks": "The two men sat down at the ministry",
    "/circuit/talks": "What came of the February sit-down",
    "/circuit/january": "An earlier meeting in January",
    "/docks/deal": "Harbour Works wins the ferry deal",
}


class Articles(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        title = TITLES.get(self.path)
        if title is None:
            self.send_error(404)
            return
        body = f"<!doctype html><title>{escape(title)}</title><h1>{escape(title)}</h1>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args) -> None:
        pass


@contextlib.contextmanager
def article_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Articles)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def build(db_path, base: str) -> None:
    db = connect(db_path)
    store.sync_gazetteer(
        db,
        [
            {"id": HEG[0], "name": HEG[1], "type": "PERSON", "aliases": ["Hegseth"]},
            {"id": AMO[0], "name": AMO[1], "type": "PERSON", "tags": ["anthropic"]},
        ],
    )
    musk = ("elon-musk", "Elon Musk")
    hw = ("harbour-works", "Harbour Works")
    reports = [
        ("/ledger/talks", "Ledger", "2026-02-23", meeting(0, "2026-02-24", "day", [HEG, AMO])),
        ("/wire/talks", "Wire", "2026-02-25", meeting(0, "2026-02-24", "day", [HEG, AMO])),
        ("/circuit/talks", "Circuit", "2026-03-02", meeting(0, "2026-02", "month", [AMO, HEG])),
        (
            "/circuit/january",
            "Circuit",
            "2026-01-20",
            {**meeting(0, "2026-01", "month", [HEG, musk]), "sentence": "=HYPERLINK(1) they met"},
        ),
        (
            "/docks/deal",
            "Docks",
            "2025-08-08",
            {**meeting(0, "2025-W32", "week", [hw]), "type": "contract", "amount_usd": 795e6},
        ),
    ]
    for path, outlet, published, event in reports:
        url = base + path
        store.save_article(
            db,
            {
                **article(url, TEXT + path, outlet=outlet),
                "published": published,
                "title": TITLES[path],
            },
        )
        store.save_extraction(db, store.article_id(url), {"events": [event]}, "v1")
    merge(db)
    db.close()


@pytest.fixture
def walk_site(db_path):
    with article_server() as articles:
        build(db_path, articles)
        with serving(db_path) as base:
            yield base, articles


def test_timeline_alias_filter_event_page_report_links_and_csv(walk_site, browser, tmp_path):  # noqa: F811
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def arrive(test) -> None:
        """Wait for the navigation a click or a submit started (a loaded CI machine is slow)."""
        WebDriverWait(browser, 10).until(lambda d: test(d.current_url))

    site, articles = walk_site
    browser.get(site + "/timeline")

    def shown_dates() -> list[str]:
        return [
            e.find_element(By.TAG_NAME, "time").text.split("\n")[0]
            for e in browser.find_elements(By.CSS_SELECTOR, "ol.timeline > li.event")
        ]

    assert shown_dates() == ["week of 4 Aug 2025", "January 2026", "24 Feb 2026"]

    box = browser.find_element(By.NAME, "entity")
    box.send_keys("hegseth")  # an alias, in lower case
    box.submit()
    arrive(lambda url: "entity=hegseth" in url)
    assert shown_dates() == ["January 2026", "24 Feb 2026"]
    assert "Events of Pete Hegseth" in browser.find_element(By.CSS_SELECTOR, "p.matched").text
    filtered = browser.current_url

    feb = browser.find_elements(By.CSS_SELECTOR, "ol.timeline > li.event")[1]
    outlets = [a.text for a in feb.find_elements(By.CSS_SELECTOR, "a.source")]
    assert outlets == ["Ledger", "Wire", "Circuit"]  # names on the timeline, not numbers
    feb.find_element(By.CSS_SELECTOR, "a.headline").click()
    arrive(lambda url: "/event/" in url)
    event_page = browser.current_url
    assert browser.find_element(By.TAG_NAME, "h1").text == "Pete Hegseth meets Dario Amodei"

    reports = browser.find_elements(By.CSS_SELECTOR, "li.report")
    assert [r.find_element(By.CSS_SELECTOR, ".outlet").text for r in reports] == [
        "Ledger",
        "Wire",
        "Circuit",
    ]
    assert [r.find_element(By.CSS_SELECTOR, ".claimed").text for r in reports] == [
        "24 Feb 2026",
        "24 Feb 2026",
        "February 2026",
    ]
    links = [
        (a.text, a.get_attribute("href"))
        for a in browser.find_elements(By.CSS_SELECTOR, "li.report a.report-link")
    ]
    assert [href for _, href in links] == [
        articles + p for p in ("/ledger/talks", "/wire/talks", "/circuit/talks")
    ]
    for title, href in links:  # each report's link opens that article
        browser.get(event_page)
        browser.find_element(By.LINK_TEXT, title).click()
        arrive(lambda url, href=href: url == href)
        assert browser.find_element(By.TAG_NAME, "h1").text == title

    browser.get(filtered)
    browser.find_element(By.PARTIAL_LINK_TEXT, "Download these events as CSV").click()
    rows = list(csv.DictReader(io.StringIO(downloaded(tmp_path / "dl" / "timeline.csv"))))
    assert [(r["date_display"], r["headline"]) for r in rows] == [
        ("January 2026", "Pete Hegseth meets Elon Musk"),
        ("24 Feb 2026", "Pete Hegseth meets Dario Amodei"),
    ]
    assert rows[0]["evidence"] == "'=HYPERLINK(1) they met"  # formula-neutralised
    assert rows[1]["outlet_names"] == "Ledger; Wire; Circuit" and rows[1]["outlets"] == "3"
