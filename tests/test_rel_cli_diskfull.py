"""A disk that fills during `tracker run` (issue 17 #9, reliability.md #20): one clear line,
exit 1, the database still sound, no article without its ledger row."""

from __future__ import annotations

import sqlite3

from tests.conftest import run_cli
from tests.test_faults_crawl import LocalSite, integrity, sources_file, tiny_disk

PAGES = 80


def test_disk_full_during_run_is_one_clear_line(tmp_path):
    site = LocalSite()
    numbers = list(range(PAGES))
    site.publish("/feed.xml", numbers, {})
    with site.running() as base, tiny_disk(tmp_path / "disk", "1m") as disk:
        sources = sources_file(tmp_path / "sources.yml", base, {"wire": "/feed.xml"})
        db = disk / "tracker.db"
        result = run_cli("run", "--db", str(db), "--sources", str(sources), "--processes", "1")
        assert result.returncode == 1, result.stdout[-2000:] + result.stderr[-4000:]
        assert "Traceback" not in result.stderr, result.stderr[-4000:]
        errors = [line for line in result.stderr.splitlines() if "Error" in line or "ERROR" in line]
        assert len(errors) == 1, result.stderr[-4000:]
        assert errors[0].startswith("Error: ") and "full" in errors[0], errors
        assert integrity(db) == "ok"
        with sqlite3.connect(db) as conn:
            stored = conn.execute("select count(*) from articles").fetchone()[0]
            ledger = conn.execute("select count(*) from pages where status = 'stored'").fetchone()
        assert stored < PAGES
        assert ledger[0] == stored, "an article without its ledger row: half-written"
