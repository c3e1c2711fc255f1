"""QA fixes of the crawl (QA_rel #1, #3–#7, #9; QA_cli #12), each against its own fixture.

Crawls run in their own process (Scrapy's reactor runs once per process) against servers
this test starts on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core.config import load_sources
from core.errors import ConfigError, DatabaseError
from core.limits import MAX_TEXT_CHARS, MAX_TITLE_CHARS
from core.paths import ROOT
from crawler.items import ArticleItem
from tests.fixtures.crawl.server import FixtureSite, Page, redirect
from tests.fixtures.crawl.stories import article_html, rss
from tests.test_rel_job_crawl import closed_port, tracker

HOST = "127.0.0.1"


def item(text: str, title: str = "Pentagon contract") -> ArticleItem:
    return ArticleItem(
        url="https://example.com/a",
        canonical_url="https://example.com/a",
        source="s",
        outlet=None,
        title=title,
        author=None,
        published="2026-02-10",
        published_source="page_metadata",
        language="en",
        text=text,
        fetched_at="2026-02-10T10:00:00+00:00",
    )


# -- QA_rel #1 and #9: one bound for the crawl and the import -------------------------------


def test_the_crawl_cuts_what_the_import_would_refuse(tmp_path: Path):
    from crawler.pipelines.validate import ValidatePipeline
    from tracker import importer
    from tracker.importer import import_jsonl

    assert importer.MAX_TEXT_CHARS is MAX_TEXT_CHARS  # one bound, not two that drift
    paragraph = "The Pentagon said the Army contract review would end in the spring.\n"
    long = ValidatePipeline().process_item(
        item(paragraph * (MAX_TEXT_CHARS // len(paragraph) + 10), title="Army " + "T" * 200_000)
    )
    assert len(long.text) <= MAX_TEXT_CHARS and long.text.endswith("spring.")
    assert len(long.title) <= MAX_TITLE_CHARS
    assert "truncated" in long.flags and "title_truncated" in long.flags
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"url": long.url, "title": long.title, "text": long.text}) + "\n")
    from core.db import connect

    assert import_jsonl(connect(tmp_path / "central.db"), batch)["new"] == 1
    normal = ValidatePipeline().process_item(item(paragraph * 10))
    assert normal.flags == [] and normal.text == paragraph * 10


def test_a_letter_run_in_the_headline_does_not_decide_the_language():
    from crawler.article import detect_language

    story = "The Pentagon said on Tuesday that the review of the contract would end soon. " * 5
    assert detect_language("Anthropic " + "T" * 200_000 + "\n" + story) == "en"
    assert detect_language(story) == "en"


def test_the_signature_of_a_huge_page_is_hashed_in_slices():
    """Same signature as one batch (the memory peak of a 14 MB page was in datasketch)."""
    from datasketch import MinHash

    from crawler.pipelines import near_duplicates as nd

    words = [f"w{i}" for i in range(60_000)]
    whole = MinHash(num_perm=nd.NUM_PERM, scheme=nd.SCHEME, permutations=nd._PERMUTATIONS)
    whole.update_batch(
        [" ".join(words[i : i + nd.SHINGLE]).encode() for i in range(len(words) - nd.SHINGLE + 1)]
    )
    assert (nd.signature(" ".join(words)).hashvalues == whole.hashvalues).all()


# -- QA_rel #7: scripts without spaces ---------------------------------------------------------


def test_a_japanese_article_is_not_too_short():
    from crawler.pipelines.validate import ValidatePipeline

    japanese = "アンソロピックと国防総省は新しい契約について話し合った。" * 20  # no spaces
    kept = ValidatePipeline().process_item(item(japanese))
    assert kept.text == japanese


# -- QA_rel #9: sources.yml -----------------------------------------------------------------------


def test_upper_case_schemes_are_read_and_errors_name_the_key(tmp_path: Path):
    yml = tmp_path / "s.yml"
    yml.write_text("sources:\n  - {name: a, kind: urls, urls: ['HTTP://Example.com/Story']}\n")
    assert load_sources(yml)[0].urls == ("http://Example.com/Story",)
    yml.write_text("sources:\n  - {name: a, kind: urls, urls: ['ftp://example.com/x']}\n")
    with pytest.raises(ConfigError, match="key 'urls'"):
        load_sources(yml)


def test_no_enabled_source_is_warned_about(tmp_path: Path, capsys):
    from tracker.job import load_sources as job_sources

    yml = tmp_path / "s.yml"
    yml.write_text("sources:\n  - {name: a, kind: feed, url: 'https://e.com/f', enabled: false}\n")
    job_sources(yml, None)
    assert "no enabled source" in capsys.readouterr().err


# -- QA_rel #5: a feed nested too deeply ---------------------------------------------------------


def test_a_deeply_nested_json_feed_is_a_failed_source_not_a_traceback():
    from crawler.discovery import parse_json_feed
    from crawler.runner import report_from_stats

    found = parse_json_feed(b'{"items": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    assert found.links == [] and found.partial
    report = report_from_stats(
        {
            "finish_reason": "finished",
            "tracker/source/deep/fetched": 1,
            "tracker/source/deep/empty": 1,
            "tracker/source/deep/partial": 1,
            "tracker/source/good/fetched": 3,
            "tracker/source/good/links": 2,
        }
    )
    assert report.failed_sources == ["deep"] and report.ok  # named; exit 0 like a dead host


# -- QA_rel #4: the database fails as the crawl starts ------------------------------------------


def test_a_database_failing_at_start_is_named():
    from scrapy.exceptions import CloseSpider
    from scrapy.utils.test import get_crawler

    from crawler.pipelines.store import DATABASE_FAILED
    from crawler.runner import report_from_stats
    from crawler.spiders.base import SourceSpider

    class Full(SourceSpider):
        def load_ledger(self) -> None:
            raise DatabaseError("cannot record the sources: database or disk is full")

    crawler = get_crawler(Full)
    spider = Full.from_crawler(crawler)
    with pytest.raises(CloseSpider) as stopped:
        asyncio.run(anext(spider.start()))
    assert stopped.value.reason == DATABASE_FAILED
    stats = {**crawler.stats.get_stats(), "finish_reason": stopped.value.reason}
    assert "disk is full" in report_from_stats(stats).failure


# -- QA_cli #12: Ctrl-C before the engine starts ------------------------------------------------

EARLY_SIGNAL = """
import json, signal, sys
from pathlib import Path
from crawler.runner import crawl
from crawler.spiders.base import SourceSpider
from core.config import Source

class Early(SourceSpider):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        signal.raise_signal(signal.SIGINT)  # Ctrl-C while the crawl is being set up

source = Source(name="s", kind="urls", urls=("http://127.0.0.1:9/x",), local=True)
report = crawl([source], Path(sys.argv[1]), spider_cls=Early)
print(json.dumps([report.finish_reason, report.interrupted, report.failure]))
"""


def test_ctrl_c_before_the_engine_starts_is_an_interruption(tmp_path: Path):
    proc = subprocess.run(
        [sys.executable, "-c", EARLY_SIGNAL, str(tmp_path / "t.db")],
        capture_output=True,
        text=True,
        timeout=90,
        cwd=ROOT,
    )
    reason, interrupted, failure = json.loads(proc.stdout.strip().splitlines()[-1])
    assert (reason, interrupted) == ("shutdown", True), proc.stderr[-2000:]
    assert "shutdown" in failure


# -- QA_rel #3 and #6: redirects in the ledger; `tracker crawl` records source runs ------------


@pytest.fixture(scope="module")
def crawled_twice(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("redirects")
    with FixtureSite() as site:
        target = site.add(HOST, "/a/model-review", Page(article_html("model-review")))
        items = [
            ("Review", site.url(HOST, "/r/model-review"), "Wed, 11 Feb 2026 14:02:00 -0500"),
            ("Loop", site.url(HOST, "/a/loop1"), "Wed, 11 Feb 2026 15:00:00 -0500"),
            ("File", site.url(HOST, "/a/to-file"), "Wed, 11 Feb 2026 16:00:00 -0500"),
        ]
        site.add(HOST, "/r/model-review", redirect(target))
        site.add(HOST, "/a/loop1", redirect("/a/loop2"))
        site.add(HOST, "/a/loop2", redirect("/a/loop1"))
        site.add(HOST, "/a/to-file", redirect("file:///etc/passwd"))
        feed = site.add(HOST, "/feed.xml", Page(rss(items), "application/rss+xml"))
        yml = tmp / "sources.yml"
        yml.write_text(
            "sources:\n"
            f"  - {{name: wire, kind: feed, url: '{feed}', local: true}}\n"
            f"  - {{name: dead, kind: feed, url: 'http://{HOST}:{closed_port()}/f', local: true}}\n"
        )
        db = tmp / "t.db"
        env = {"TRACKER_SCRAPY_LOG_LEVEL": "WARNING"}
        runs = [tracker("crawl", "--db", str(db), "--sources", str(yml), env=env) for _ in (1, 2)]
        conn = sqlite3.connect(db)
        yield {"site": site, "runs": runs, "db": conn}
        conn.close()


def ledger(crawled, path: str) -> tuple[str, str]:
    return (
        crawled["db"]
        .execute("SELECT status, reason FROM pages WHERE url LIKE ?", [f"%{path}"])
        .fetchone()
    )


def test_a_redirected_article_is_fetched_once(crawled_twice):
    for run in crawled_twice["runs"]:
        assert run.returncode == 0, run.stderr[-3000:]
    assert len(crawled_twice["site"].hits(HOST, "/r/model-review")) == 1
    assert len(crawled_twice["site"].hits(HOST, "/a/model-review")) == 1
    assert ledger(crawled_twice, "/r/model-review")[0] == "copy"


def test_a_redirect_loop_is_recorded_and_counted(crawled_twice):
    status, reason = ledger(crawled_twice, "/a/loop1")
    assert status == "failed" and reason.startswith("failures: 2; redirect_loop"), reason
    assert "redirect_loop" in crawled_twice["runs"][0].stderr  # logged


def test_a_redirect_to_a_file_url_is_blocked_not_a_fault(crawled_twice):
    status, reason = ledger(crawled_twice, "/a/to-file")
    assert status == "skipped" and reason.startswith("blocked: redirect to scheme 'file'")
    assert len(crawled_twice["site"].hits(HOST, "/a/to-file")) == 1  # not retried


def test_tracker_crawl_records_its_sources(crawled_twice):
    db = crawled_twice["db"]
    assert db.execute("SELECT count(*) FROM crawl_runs WHERE command = 'crawl'").fetchone() == (2,)
    health = dict(db.execute("SELECT source, consecutive_failures FROM source_health"))
    assert health == {"wire": 0, "dead": 2}
