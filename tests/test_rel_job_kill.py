"""kill -9 of `tracker run` during extraction must not wedge every later run (issue 17, item 1).

`tracker extract` alone was fine (tests/test_faults.py); under `tracker run` the spaCy
workers were forked after Scrapy had installed its SIGTERM handler, so the parent-death
signal was caught and ignored, and they had inherited the run lock's descriptor: every
later run exited 75. This is the real command with the real model and two workers.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from core.paths import ROOT
from tests.conftest import run_cli
from tests.test_faults import processes_naming
from tests.test_faults_crawl import LocalSite, sources_file

pytestmark = pytest.mark.model

ARTICLES = 90  # more than one batch (64), so the extraction round goes to two workers


def extracted(db) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute(
                "select count(*) from articles where extractor_version is not null"
            ).fetchone()[0]
    except sqlite3.OperationalError:  # the crawl has not created the table yet
        return 0


def test_kill_9_of_run_during_extraction_leaves_no_worker_and_no_lock(tmp_path):
    site = LocalSite()
    site.publish("/wire.xml", list(range(ARTICLES)), {})
    db = tmp_path / "tracker.db"
    with site.running() as base:
        sources = sources_file(tmp_path / "sources.yml", base, {"wire": "/wire.xml"})
        args = ["run", "--db", str(db), "--sources", str(sources), "--processes", "2"]
        proc = subprocess.Popen(
            [sys.executable, "-m", "tracker", *args],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 240
        while extracted(db) < 3 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert proc.poll() is None, "the run ended before it could be killed mid-extraction"
        assert 3 <= extracted(db) < ARTICLES, "the kill did not land mid-extraction"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 20
        while processes_naming(db) and time.monotonic() < deadline:
            time.sleep(0.2)
        survivors = processes_naming(db)
        for pid in survivors:  # this test's own orphans: never leave them running
            os.kill(pid, signal.SIGKILL)
        assert survivors == [], "spaCy workers outlived their killed `tracker run`"

        again = run_cli(*args)
    assert again.returncode == 0, again.stdout + again.stderr  # not 75: nobody holds the lock
    assert extracted(db) == ARTICLES
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        runs = conn.execute("select status from crawl_runs order by id").fetchall()
    assert runs == [("running",), ("ok",)]  # the killed run shows as started, never finished
