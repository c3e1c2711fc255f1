"""The spider as Scrapyd runs it: `scrapy crawl sources` with string arguments only.

Scrapyd schedules a job as `scrapy crawl SPIDER -a NAME=VALUE -s SETTING=VALUE` under the
project's scrapy.cfg, so the spider must read its sources from a file and its ledger (pages
seen, feed validators, failures) from TRACKER_DB by itself; docs/operations.md shows the
deploy.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from core.paths import ROOT
from tests.test_faults_crawl import LocalSite, articles


def scrapy_job(sources: Path, db: Path, base: str) -> subprocess.CompletedProcess:
    netloc = base.removeprefix("http://")
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "sources"]
        + ["-a", f"sources_file={sources}", "-a", f"base={base}"]
        + ["-s", f"TRACKER_DB={db}", "-s", f"TRACKER_LOCAL_NETLOCS={netloc}"]
        + ["-s", "LOG_LEVEL=INFO"],
        cwd=ROOT,  # scrapy.cfg: settings = crawler.scrapyd_settings
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_scrapyd_job_crawls_from_a_sources_file_and_resumes_from_the_database(tmp_path):
    sources = tmp_path / "worker.yml"
    sources.write_text(
        "sources:\n  - {name: wire, kind: feed, url: '{{BASE}}/wire.xml', local: true}\n"
    )
    db = tmp_path / "worker.db"
    site = LocalSite()
    with site.running() as base:
        site.publish("/wire.xml", [1, 2, 3], {})
        first = scrapy_job(sources, db, base)
        assert first.returncode == 0, first.stderr[-2000:]
        assert {row[1] for row in articles(db)} == {f"{base}/news/{n}.html" for n in (1, 2, 3)}

        site.publish("/wire.xml", [1, 2, 3, 4], {})
        second = scrapy_job(sources, db, base)
        assert second.returncode == 0, second.stderr[-2000:]
    assert len(articles(db)) == 4
    assert "'tracker/known_skipped': 3" in second.stderr  # read from the database, not refetched
    assert "'tracker/new': 1" in second.stderr
