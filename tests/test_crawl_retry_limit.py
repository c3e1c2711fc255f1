"""Failed article URLs are retried on later runs, but not for ever: after
`MAX_FAILED_RUNS` failed runs in a row the URL is given up on (recorded `skipped`, never
fetched again). The count lives in `pages.reason` as `failures: N; …`; a success resets it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crawler.pipelines.store import MAX_FAILED_RUNS, failed_runs
from tests.fixtures.crawl.server import FAST, FixtureSite, Page, run_crawl
from tests.fixtures.crawl.stories import article_html

STUB = {"retry.test": "127.0.0.1"}


def _row(db_path: Path, path: str) -> tuple[str, str]:
    with sqlite3.connect(db_path) as db:
        return db.execute(
            "SELECT status, reason FROM pages WHERE url LIKE ?", [f"%{path}"]
        ).fetchone()


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory):
    """Four crawls of the same sources: /dead always answers 500, /flaky only the first time."""
    tmp = tmp_path_factory.mktemp("retry-limit")
    db = tmp / "t.db"
    with FixtureSite() as site:
        dead = site.add("retry.test", "/dead", Page(b"down", "text/plain", 500))
        flaky = site.add("retry.test", "/flaky", Page(b"down", "text/plain", 503))
        (tmp / "sources.yml").write_text(
            "sources:\n  - name: retry\n    kind: urls\n"
            f'    urls: ["{dead}", "{flaky}"]\n    tags: [test]\n    local: true\n'
        )
        settings = {**FAST, "TRACKER_DNS_STUB": STUB, "RETRY_TIMES": 0}
        rows = []
        for run in range(MAX_FAILED_RUNS + 1):
            if run == 1:  # the flaky page recovers on the second run
                site.add("retry.test", "/flaky", Page(article_html("cloud-award")))
            report = run_crawl(tmp / "sources.yml", db, settings)
            rows.append({"report": report, "dead": _row(db, "/dead"), "flaky": _row(db, "/flaky")})
        yield {"rows": rows, "site": site}


def test_a_dead_url_is_given_up_after_the_limit(runs):
    rows = runs["rows"]
    for run in range(MAX_FAILED_RUNS - 1):
        status, reason = rows[run]["dead"]
        assert status == "failed" and reason.startswith(f"failures: {run + 1}; "), reason
    status, reason = rows[MAX_FAILED_RUNS - 1]["dead"]
    assert status == "skipped" and reason.startswith(f"gave_up: failed {MAX_FAILED_RUNS} runs")
    assert rows[MAX_FAILED_RUNS - 1]["report"]["stats"]["tracker/gave_up"] == 1
    # fetched once per run until given up, then never again
    assert len(runs["site"].hits("retry.test", "/dead")) == MAX_FAILED_RUNS
    assert rows[MAX_FAILED_RUNS]["dead"] == rows[MAX_FAILED_RUNS - 1]["dead"]


def test_a_success_ends_the_failure_count(runs):
    rows = runs["rows"]
    assert rows[0]["flaky"][0] == "failed" and failed_runs(rows[0]["flaky"][1]) == 1
    assert rows[1]["flaky"][0] == "stored"
    assert len(runs["site"].hits("retry.test", "/flaky")) == 2


@pytest.mark.parametrize(
    ("reason", "count"),
    [
        (None, 0),
        ("HttpError: 500", 0),  # written before the count existed: treated as a first failure
        ("failures: 2; HttpError: 500", 2),
        ("gave_up: failed 3 runs; HttpError: 500", 0),
    ],
)
def test_failed_runs_reads_the_reason_prefix(reason, count):
    assert failed_runs(reason) == count
