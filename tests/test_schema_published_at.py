"""Issue 16: the full publication timestamp is stored with its offset (`articles.published_at`),
verbatim, where the page (or an import) gives one; its day is `published`, never shifted
by a conversion to UTC. A re-crawl that finds no timestamp keeps the stored one."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from core import store
from core.db import connect
from tests.fixtures.crawl.server import FAST, FixtureSite, Page, run_crawl
from tests.fixtures.crawl.stories import STORIES, article_html
from tests.test_store_merge_export import TEXT, article
from tracker.cli import main

MOMENT = "2020-05-01T22:30:00-04:00"


def _stored(db, url: str) -> tuple[str | None, str | None]:
    return db.execute(
        "SELECT published, published_at FROM articles WHERE url = ?", [url]
    ).fetchone()


def test_a_crawled_page_keeps_its_timestamp_and_its_day(tmp_path):
    html = article_html("cloud-award").replace(
        STORIES["cloud-award"]["date"].encode(), MOMENT.encode()
    )
    with FixtureSite() as site:
        url = site.add("moment.test", "/story", Page(html))
        (tmp_path / "sources.yml").write_text(
            "sources:\n  - name: moment\n    kind: urls\n"
            f'    urls: ["{url}"]\n    tags: [test]\n    local: true\n'
        )
        settings = {**FAST, "TRACKER_DNS_STUB": {"moment.test": "127.0.0.1"}}
        run_crawl(tmp_path / "sources.yml", tmp_path / "t.db", settings)
    with sqlite3.connect(tmp_path / "t.db") as db:
        rows = db.execute("SELECT published, published_at FROM articles").fetchall()
    assert rows == [("2020-05-01", MOMENT)]


def test_a_recrawl_without_a_timestamp_keeps_the_stored_one(db_path):
    db = connect(db_path)
    url = "https://a.example/story"
    page = article(url, published="2020-05-01", published_at=MOMENT)
    assert store.save_article(db, page) == "new"
    assert _stored(db, url) == ("2020-05-01", MOMENT)
    changed = article(url, TEXT + " Update.", published="2020-05-01")
    assert store.save_article(db, changed) == "updated"
    assert _stored(db, url) == ("2020-05-01", MOMENT)
    # a new timestamp replaces it; one for another day than `published` is not kept
    later = article(
        url, TEXT + " More.", published="2020-05-01", published_at=MOMENT[:11] + "23:00:00-04:00"
    )
    assert store.save_article(db, later) == "updated"
    assert _stored(db, url)[1] == "2020-05-01T23:00:00-04:00"
    moved = article(url, TEXT + " Again.", published="2020-05-03", published_at=MOMENT)
    store.save_article(db, moved)
    assert _stored(db, url) == ("2020-05-03", None)


def _import(tmp_path, records: list[dict]):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / "i.db"
    return CliRunner().invoke(main, ["import", str(src), "--db", str(db)]), db


def test_import_stores_a_valid_timestamp_verbatim(tmp_path):
    records = [
        {
            "url": "https://i.example/1",
            "text": TEXT,
            "published": "2020-05-01",
            "published_at": MOMENT,
        },
        {"url": "https://i.example/2", "text": TEXT + " 2", "published_at": "2020-05-01T23:59:00Z"},
    ]
    result, path = _import(tmp_path, records)
    assert result.exit_code == 0, result.output
    db = connect(path)
    assert _stored(db, "https://i.example/1") == ("2020-05-01", MOMENT)
    # without `published`, the timestamp's own day is the publication day
    assert _stored(db, "https://i.example/2") == ("2020-05-01", "2020-05-01T23:59:00Z")


@pytest.mark.parametrize(
    ("moment", "problem"),
    [
        ("2020-05-02T02:30:00+00:00", "is on 2020-05-02, not on the publication day 2020-05-01"),
        ("2020-05-01T22:30:00", "has no UTC offset"),
        ("2020-05-01", "is not an ISO 8601 date-time"),
        ("1 May 2020 22:30 EDT", "is not an ISO 8601 date-time"),
        (20200501, "must be a string or null"),
    ],
)
def test_import_names_the_record_with_a_bad_timestamp(tmp_path, moment, problem):
    records = [
        {"url": "https://i.example/ok", "text": TEXT},
        {
            "url": "https://i.example/1",
            "text": TEXT + " 1",
            "published": "2020-05-01",
            "published_at": moment,
        },
    ]
    result, path = _import(tmp_path, records)
    assert result.exit_code != 0
    assert "in.jsonl:2: 'published_at'" in result.output and problem in result.output
    with sqlite3.connect(path) as db:  # nothing is written when a line is bad
        assert db.execute("SELECT count(*) FROM articles").fetchone() == (0,)
