"""QA verification round, fixes f2: extraction values checked on import, one rule for a
failed source, no run row for a bad crawl bound, Ctrl-C as an error line, and a syndicated
copy counted once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from core import store
from core.db import connect
from core.errors import InputError
from crawler.runner import CrawlReport
from extract.version import EXTRACTOR_VERSION
from tests.fixtures.crawl.server import FixtureSite, Page
from tests.test_rel_job_crawl import HOST, query, sitemap_index, sources_yml, tracker
from tracker import importer
from tracker.options import handle_errors

# -- N2: import-extractions checks the values the store and the merge read -------------------

STORY_URL = "https://harbour.example.org/2026/02/pier-contract"
STORY = "The Navy awarded Quayside Marine a $12 million contract for the north pier on Monday."


def _event(**fields) -> dict:
    return {
        "type": "contract",
        "start": 0,
        "end": len(STORY),
        "sentence": STORY,
        "date": "2026-02-23",
        "precision": "day",
        "status": "occurred",
        "actors": [{"id": "quayside_marine", "name": "Quayside Marine", "role": "counterpart"}],
        **fields,
    }


def _results(tmp_path: Path, *events: dict) -> tuple[Any, Path]:
    db = connect(tmp_path / "central.db")
    store.save_article(db, {"url": STORY_URL, "text": STORY, "published": "2026-02-24"})
    line = {
        "id": store.article_id(STORY_URL),
        "extractor_version": EXTRACTOR_VERSION,
        "entities": [],
        "dates": [],
        "events": list(events),
        "flags": [],
    }
    path = tmp_path / "results.jsonl"
    path.write_text(json.dumps(line) + "\n")
    return db, path


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"date": "2025-13-45"}, "events[0].date '2025-13-45' is not a date"),
        ({"date": "last spring"}, "events[0].date 'last spring' is not a date"),
        ({"date": " 2026-02-23"}, "is not a date"),
        ({"precision": "fortnight"}, "events[0].precision 'fortnight' is no precision"),
        ({"deadline": "soonish"}, "events[0].deadline 'soonish' is not a date"),
        ({"deadline": "2026-W60"}, "events[0].deadline '2026-W60' is not a date"),
        ({"status": "rumoured"}, "events[0].status 'rumoured' is no status"),
        (
            {"actors": [{"id": "quayside_marine", "role": "sponsor"}]},
            "events[0].actors[0].role 'sponsor' is no role",
        ),
    ],
)
def test_a_value_no_timeline_reads_is_refused_and_nothing_written(tmp_path, fields, named):
    db, path = _results(tmp_path, _event(**fields))
    with pytest.raises(InputError) as caught:
        importer.import_extractions(db, path, EXTRACTOR_VERSION)
    assert f"{path}:1: " in str(caught.value) and named in str(caught.value)
    assert db.execute("select count(*) from event_mentions").fetchone()[0] == 0


def test_every_date_form_the_extractor_gives_is_accepted(tmp_path):
    events = [
        _event(date="2026-W09", precision="week", deadline="2026-02-27"),
        _event(date="2026-02-23", precision="week", deadline="2026-W10"),
        _event(date="2026-Q1", precision="quarter", status="planned"),
        _event(date="1990s", precision="decade", status="reported"),
        _event(date="19", precision="century"),  # "in the last century"
        _event(date=None, precision=None, status=None, deadline=None),
    ]
    for n, event in enumerate(events):  # one mention each: the id is the event's span
        event["start"] = n
    db, path = _results(tmp_path, *events)
    assert importer.import_extractions(db, path, EXTRACTOR_VERSION) == 1
    assert db.execute("select count(*) from event_mentions").fetchone()[0] == len(events)


# -- N3: the crawl's line and source_runs name the same failed sources ------------------------


def test_the_summary_and_source_runs_fail_the_same_sources(tmp_path):
    per_source = {
        "feed": {"fetched": 1, "links": 4, "new": 4},
        "unchanged": {"fetched": 1, "not_modified": 1},
        "selflisting": {"fetched": 1, "failed": 1, "sitemaps_repeated": 1},  # its child failed
        "toodeep": {"fetched": 4, "sitemaps_too_deep": 1},  # no link above the bound
        "empty": {"fetched": 1, "empty": 1, "failed": 1},
        "refused": {"failed": 1},
    }
    db = connect(tmp_path / "t.db")
    run_id = store.start_run(db, "crawl", None)
    store.record_source_runs(db, run_id, per_source)
    not_ok = [r[0] for r in db.execute("select source from source_runs where ok = 0 order by 1")]
    report = CrawlReport(stats={}, per_source=per_source)
    assert report.failed_sources == not_ok == ["empty", "refused", "selflisting", "toodeep"]


def test_a_sitemap_index_whose_only_child_fails_is_named_as_failed(tmp_path):
    with FixtureSite() as site:
        index = site.url(HOST, "/index.xml")
        broken = site.add(HOST, "/broken.xml", Page(b"down", "text/plain", 500))
        site.add(HOST, "/index.xml", sitemap_index([index, broken]))
        yml = sources_yml(tmp_path / "sources.yml", [("selfmap", "sitemap", index, True)])
        db = tmp_path / "t.db"
        result = tracker("crawl", "--sources", str(yml), "--db", str(db), timeout=60)
    assert "sources failed: selfmap" in result.stdout, result.stdout + result.stderr[-2000:]
    assert query(db, "select source, ok from source_runs") == [("selfmap", 0)]


# -- N4: a bad crawl bound leaves no crawl_runs row behind -----------------------------------


def test_tracker_crawl_with_a_bad_bound_starts_no_run(tmp_path):
    yml = sources_yml(tmp_path / "sources.yml", [("x", "feed", "http://127.0.0.1:9/f", True)])
    db = tmp_path / "t.db"
    result = tracker(
        "crawl", "--sources", str(yml), "--db", str(db), env={"TRACKER_CRAWL_MAX_PAGES": "abc"}
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert "TRACKER_CRAWL_MAX_PAGES='abc'" in result.stderr
    assert not db.exists() or query(db, "select count(*) from crawl_runs") == [(0,)]


# -- N7: Ctrl-C before the crawl starts is one error line -----------------------------------


def test_ctrl_c_before_the_crawl_is_an_error_line_not_aborted(tmp_path, monkeypatch):
    from tracker import job
    from tracker.cli import main

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(job, "crawl_sources", interrupted)
    yml = sources_yml(tmp_path / "sources.yml", [("x", "feed", "http://127.0.0.1:9/f", True)])
    db = tmp_path / "t.db"
    result = CliRunner().invoke(main, ["run", "--sources", str(yml), "--db", str(db)])
    assert result.exit_code == 1, result.output
    assert "Error: interrupted" in result.output and "Aborted!" not in result.output
    assert query(db, "select status from crawl_runs") == [("failed",)]


def test_a_command_that_handles_ctrl_c_itself_keeps_its_way():
    @click.command()
    @handle_errors
    def stoppable() -> None:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            click.echo("stoppable: stopped", err=True)

    result = CliRunner().invoke(stoppable, [])
    assert result.exit_code == 0 and "stoppable: stopped" in result.output
    assert "Error" not in result.output


# -- N7: a syndicated copy fetched before its original is not a second new article -----------

ORIGINAL = "https://ledger.example/2026/02/pier.html"
COPY = "https://desk.example/wire/pier.html"


def _page(url: str, text: str = STORY) -> dict:
    return {"url": url, "canonical_url": ORIGINAL, "text": text, "published": "2026-02-24"}


def test_a_syndicated_copy_counts_the_same_in_either_order(tmp_path):
    outcomes = {}
    for order in ((COPY, ORIGINAL), (ORIGINAL, COPY)):
        db = connect(tmp_path / f"{order[0].split('/')[2]}.db")
        outcomes[order] = sorted(store.save_article(db, _page(url)) for url in order)
        assert db.execute("select count(*) from articles").fetchone()[0] == 1
    assert list(outcomes.values()) == [["duplicate", "new"], ["duplicate", "new"]]


def test_an_original_longer_than_its_copy_is_an_update_not_new(tmp_path):
    db = connect(tmp_path / "t.db")
    assert store.save_article(db, _page(COPY)) == "new"
    longer = STORY + " The pier reopens in the spring."
    assert store.save_article(db, _page(ORIGINAL, longer)) == "updated"
    (row,) = db.execute("select url, text from articles").fetchall()
    assert tuple(row) == (ORIGINAL, longer)
