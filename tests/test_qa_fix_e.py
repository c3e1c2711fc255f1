"""QA fixes: `tracker crawl` under the run lock, a feed with no link in the ledger, a `urls`
source's health, bidirectional controls in stored text (QA_rel #6, #9), and what
`correct merge` and `contracts import` say (QA_cli #14).

Crawls run in their own process against a server this test starts on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from core.db import connect
from core.lock import run_lock
from core.text import BIDI_CONTROLS, without_bidi_controls
from tests.fixtures.crawl.server import FixtureSite, Page
from tests.fixtures.crawl.stories import STORIES, article_html, rss
from tests.test_contracts_cli import DAY1, DAY2
from tests.test_rel_job_crawl import tracker
from tests.test_t15_merge_corrections import MET, mention, story  # noqa: F401 - a fixture
from timeline import corrections
from tracker.cli import main

HOST = "127.0.0.1"
SPOOF = "\u202egnp.exe\u202c"  # shows as "exe.png" where it is displayed


# -- QA_rel #6: `tracker crawl` takes the run lock ------------------------------------------------


def test_a_crawl_while_a_run_holds_the_lock_exits_75_naming_it(tmp_path: Path):
    site = FixtureSite()
    with site:
        feed = site.add(HOST, "/feed.xml", Page(rss([]), "application/rss+xml"))
        yml = tmp_path / "sources.yml"
        yml.write_text(f"sources:\n  - {{name: wire, kind: feed, url: '{feed}', local: true}}\n")
        db = tmp_path / "t.db"
        with run_lock(db):
            held = tracker("crawl", "--db", str(db), "--sources", str(yml))
        assert held.returncode == 75, held.stderr[-2000:]
        assert "already running" in held.stderr and f"pid {os.getpid()}" in held.stderr
        assert site.hits() == []  # nothing fetched beside the run
        free = tracker("crawl", "--db", str(db), "--sources", str(yml))
    assert free.returncode == 0, free.stderr[-2000:]


# -- QA_rel #6 and #9, NOTES_b: one crawl with a broken feed, a URL list and a spoofed title ----


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("crawl")
    title = STORIES["model-review"]["title"]
    spoofed = title.replace("Anthropic", f"Anthropic {SPOOF}")
    with FixtureSite() as site:
        page = article_html("model-review").replace(title.encode(), spoofed.encode())
        story_url = site.add(HOST, "/a/model-review", Page(page))
        listed = site.add(HOST, "/a/cloud-award", Page(article_html("cloud-award")))
        wire = site.add(
            HOST,
            "/wire.xml",
            Page(rss([(spoofed, story_url, "Wed, 11 Feb 2026 14:02:00 -0500")])),
        )
        broken = site.add(HOST, "/broken.xml", Page(b"<rss><channel><item><ti", "text/xml"))
        yml = tmp / "sources.yml"
        yml.write_text(
            "sources:\n"
            f"  - {{name: wire, kind: feed, url: '{wire}', local: true}}\n"
            f"  - {{name: broken, kind: feed, url: '{broken}', local: true}}\n"
            f"  - {{name: listed, kind: urls, urls: ['{listed}'], local: true}}\n"
        )
        db = tmp / "t.db"
        result = tracker("crawl", "--db", str(db), "--sources", str(yml))
    conn = sqlite3.connect(db)
    yield {"result": result, "db": conn, "broken": broken}
    conn.close()


def test_a_feed_with_no_link_has_its_reason_in_the_pages_table(crawled):
    assert crawled["result"].returncode == 0, crawled["result"].stderr[-3000:]
    assert "broken" in crawled["result"].stdout and "reasons in the pages table" in (
        crawled["result"].stdout
    )
    status, reason, source = (
        crawled["db"]
        .execute("SELECT status, reason, source FROM pages WHERE url = ?", [crawled["broken"]])
        .fetchone()
    )
    assert (status, source) == ("failed", "broken")
    assert reason == "failures: 1; no_links: no link found (an empty or malformed document)"


def test_a_urls_source_that_fetched_its_page_is_healthy(crawled):
    health = {
        r[0]: r[1:]
        for r in crawled["db"].execute(
            "SELECT source, last_success, consecutive_failures, last_links FROM source_health"
        )
    }
    last_success, failures, links = health["listed"]
    assert last_success is not None and failures == 0 and links == 1
    assert health["broken"][0] is None and health["broken"][1] == 1
    stored = "SELECT count(*) FROM articles WHERE source = 'listed'"
    assert crawled["db"].execute(stored).fetchone()[0] == 1


def test_a_crawled_title_loses_its_bidi_controls(crawled):
    (title,) = crawled["db"].execute("SELECT title FROM articles WHERE source = 'wire'").fetchone()
    assert "gnp.exe" in title and not set(title) & set(BIDI_CONTROLS)


def test_an_imported_article_loses_its_bidi_controls_and_normal_text_is_kept(tmp_path: Path):
    from tracker.importer import import_jsonl

    text = STORIES["model-review"]["body"]
    hebrew = "\u05e9\u05dc\u05d5\u05dd \u200fmarked\u200e"  # RTL letters and plain marks stay
    batch = tmp_path / "batch.jsonl"
    record = {
        "url": "https://example.com/spoof",
        "title": f"Pentagon {SPOOF} review",
        "outlet": "\u2067Wire\u2069",
        "author": "\u202bSam\u202c",
        "text": f"{text} {SPOOF} \u202aend\u202c {hebrew}",
    }
    batch.write_text(json.dumps(record) + "\n")
    db = connect(tmp_path / "t.db")
    assert import_jsonl(db, batch)["new"] == 1
    row = db.execute("SELECT title, outlet, author, text FROM articles").fetchone()
    assert row == ("Pentagon gnp.exe review", "Wire", "Sam", f"{text} gnp.exe end {hebrew}")
    assert import_jsonl(db, batch)["unchanged"] == 1  # the hash is of the stored text
    assert without_bidi_controls(hebrew) == hebrew and without_bidi_controls(None) is None


# -- QA_cli #14: what `correct merge` and `contracts import` say -----------------------------------


def test_a_merge_that_replaces_a_split_says_so(story, db_path):  # noqa: F811 - the fixture
    db, arts = story
    circuit, wire = mention(db, arts["Circuit"], MET), mention(db, arts["Wire"], MET)
    split = corrections.record(db, "split", circuit, wire)
    runner = CliRunner()
    merged = runner.invoke(main, ["correct", "merge", wire, circuit, "--db", str(db_path)])
    assert merged.exit_code == 0, merged.output
    first = merged.output.splitlines()[0]
    assert first.endswith(f": merge {wire} {circuit}; removes split correction {split}"), first
    again = runner.invoke(main, ["correct", "split", circuit, wire, "--db", str(db_path)])
    assert "removes merge correction" in again.output.splitlines()[0]
    plain = runner.invoke(main, ["correct", "wrong", wire, "--db", str(db_path), "--no-merge"])
    assert "removes" not in plain.output


def test_contracts_imported_again_are_unchanged(tmp_path: Path):
    db_path = tmp_path / "t.db"
    args = ["contracts", "import", str(DAY1), str(DAY2), "--db", str(db_path), "--no-merge"]
    first = CliRunner().invoke(main, args, catch_exceptions=False)
    assert first.output.count("(new)") == 2
    again = CliRunner().invoke(main, args, catch_exceptions=False)
    assert again.output.count("(unchanged)") == 2 and "(updated)" not in again.output
    db = connect(db_path)
    db.execute("UPDATE contracts SET amount_usd = 1 WHERE id = (SELECT min(id) FROM contracts)")
    db.conn.commit()
    third = CliRunner().invoke(main, args, catch_exceptions=False)
    assert third.output.count("(updated)") == 1 and third.output.count("(unchanged)") == 1
