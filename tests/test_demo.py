"""The first end-to-end path: the demo site crawled, extracted, merged, re-run without new rows."""

from __future__ import annotations

import sqlite3

import pytest
import yaml

from core.paths import DEMO_SITE, DEMO_SOURCES
from tests.conftest import free_port, run_cli

EXPECTED = yaml.safe_load((DEMO_SITE / "expected.yml").read_text(encoding="utf-8"))

COUNTED = (
    "articles",
    "pages",
    "entities",
    "article_entities",
    "date_mentions",
    "event_mentions",
    "event_mention_actors",
    "events",
    "event_actors",
)


def counts(db_path) -> dict[str, int]:
    conn = sqlite3.connect(db_path)
    try:
        return {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in COUNTED}  # noqa: S608
    finally:
        conn.close()


def test_crawl_of_the_demo_site_stores_every_article_once(demo_base, tmp_path):
    db_path = tmp_path / "crawl.db"
    first = run_cli(
        "crawl", "--sources", str(DEMO_SOURCES), "--base", demo_base, "--db", str(db_path)
    )
    assert first.returncode == 0, first.stderr[-3000:]
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    articles = {r["url"].split(demo_base, 1)[1]: r for r in conn.execute("select * from articles")}
    pages = {r["url"].split(demo_base, 1)[1]: r for r in conn.execute("select * from pages")}
    expected = EXPECTED["articles"]
    assert len(articles) >= 30
    assert len({a["outlet"] for a in articles.values()}) >= 4
    for item in expected:
        path = "/" + item["path"].removeprefix("data/demo_site/").lstrip("/")
        if item.get("syndicated_copy_of"):
            assert pages[path]["status"] == "copy", path
            continue
        if not item["on_topic"]:
            assert pages[path]["status"] == "skipped", path
            assert path not in articles
            continue
        assert path in articles, f"{path} was not stored: {pages.get(path) and dict(pages[path])}"
        row = articles[path]
        assert row["published"] == item["published"], path
        assert row["title"], path
    undated = [a for a in articles.values() if a["published"] is None]
    assert len(undated) == 1 and undated[0]["published_source"] == "none"
    again = run_cli(
        "crawl", "--sources", str(DEMO_SOURCES), "--base", demo_base, "--db", str(db_path)
    )
    assert again.returncode == 0, again.stderr[-3000:]
    assert "0 new" in again.stdout
    assert sqlite3.connect(db_path).execute("select count(*) from articles").fetchone()[0] == len(
        articles
    )


@pytest.mark.model
def test_demo_builds_the_timeline_and_a_rerun_adds_nothing(tmp_path):
    db_path = tmp_path / "demo.db"
    port = str(free_port())
    first = run_cli("demo", "--no-serve", "--db", str(db_path), "--site-port", port)
    assert first.returncode == 0, first.stderr[-3000:]
    before = counts(db_path)
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    (meeting,) = conn.execute(
        "select * from timeline where type = 'meeting' and date = '2026-02-24' "
        "and actors like '%Pete Hegseth%' and actors like '%Dario Amodei%'"
    ).fetchall()
    assert meeting["precision"] == "day"
    assert meeting["outlets"] >= 3
    assert meeting["status"] == "occurred"  # announced as planned, later reported as held
    reports = {p.removeprefix("data/demo_site/") for p in EXPECTED["seed_meeting_reports"]}
    assert sum(any(r in url for r in reports) for url in meeting["source_urls"].split()) >= 3
    assert conn.execute("select count(*) from undated_facts").fetchone()[0] > 0
    assert conn.execute("select count(*) from crawl_runs where status = 'ok'").fetchone()[0] == 1
    conn.close()

    second = run_cli("demo", "--no-serve", "--db", str(db_path), "--site-port", port)
    assert second.returncode == 0, second.stderr[-3000:]
    assert counts(db_path) == before
