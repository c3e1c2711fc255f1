"""SIGTERM (systemd's stop, `kill`) ends `tracker run` during extraction (issue 17, item 1).

Scrapy installs its own SIGINT/SIGTERM handlers for the crawl; left in place afterwards they
ask a reactor that no longer runs to stop, so the run ignored both for the rest of the job,
and the spaCy workers it forked inherited them. The spaCy stage is a stub that takes its time.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from core.paths import ROOT
from tests.test_faults_crawl import LocalSite, count, sources_file
from tests.test_week import NoNlp


class SlowNlp(NoNlp):
    """Says when extraction starts (a file), then takes a minute an article."""

    def extract_many(self, records: list[dict], processes: int | None = None):
        Path(os.environ["TRACKER_TEST_MARK"]).write_text("extracting")
        for record in records:
            time.sleep(60)
            yield self.extract_one(record)


def run_main() -> None:
    from tracker import cli, job

    job.make_extractor = lambda *args: SlowNlp()
    cli.main()


def test_sigterm_during_the_extraction_of_a_run_ends_it(tmp_path):
    site = LocalSite()
    site.publish("/wire.xml", [1, 2], {})
    mark = tmp_path / "extracting"
    code = "import sys; from tests.test_rel_job_signals import run_main; sys.argv[0] = 'tracker'; run_main()"
    with site.running() as base:
        sources = sources_file(tmp_path / "sources.yml", base, {"wire": "/wire.xml"})
        proc = subprocess.Popen(
            [sys.executable, "-c", code, "run", "--sources", str(sources)]
            + ["--db", str(tmp_path / "tracker.db")],
            cwd=ROOT,
            env={**os.environ, "TRACKER_TEST_MARK": str(mark)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 60
            while not mark.exists() and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            assert mark.exists(), "the run never reached extraction"
            proc.send_signal(signal.SIGTERM)
            try:
                exit_code = proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                exit_code = None
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert exit_code == -signal.SIGTERM, "SIGTERM was ignored during extraction"


def test_sigterm_during_the_crawl_of_a_run_ends_it_without_extracting(tmp_path):
    site = LocalSite(delay=0.3)
    site.one_at_a_time = True  # 30 pages, one at a time: the signal lands mid-crawl
    site.publish("/wire.xml", list(range(30)), {})
    mark, db = tmp_path / "extracting", tmp_path / "tracker.db"
    code = "import sys; from tests.test_rel_job_signals import run_main; sys.argv[0] = 'tracker'; run_main()"
    with site.running() as base:
        sources = sources_file(tmp_path / "sources.yml", base, {"wire": "/wire.xml"})
        proc = subprocess.Popen(
            [sys.executable, "-c", code, "run", "--sources", str(sources), "--db", str(db)],
            cwd=ROOT,
            env={**os.environ, "TRACKER_TEST_MARK": str(mark)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 60
            while count(db) < 2 and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            assert proc.poll() is None and count(db) >= 2, "the kill did not land mid-crawl"
            proc.send_signal(signal.SIGTERM)
            try:
                out, err = proc.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                out, err = "", "still running 30 s after SIGTERM"
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    assert proc.returncode == 1, out + err
    assert "crawl stopped early with reason 'shutdown'" in err
    assert not mark.exists(), "the run went on to extract after SIGTERM"
    with sqlite3.connect(db) as conn:
        assert conn.execute("select status from crawl_runs").fetchall() == [("failed",)]
        assert conn.execute("select count(*) from articles").fetchone()[0] < 30
