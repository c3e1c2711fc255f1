"""Two writers at once (issue 17 #4): each waits for the other instead of failing at once."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from core.paths import ROOT

RECORDS = 1500


def batch(path: Path, prefix: str) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(RECORDS):
            record = {
                "url": f"https://{prefix}.example.org/story/{i}",
                "title": f"Story {i} from {prefix}",
                "published": "2026-02-24",
                "text": f"The Pentagon met Anthropic about story {i} of {prefix}. " * 5,
                "language": "en",
            }
            fh.write(json.dumps(record) + "\n")
    return path


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def start(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tracker", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        stdin=subprocess.DEVNULL,
    )


def import_both(tmp_path: Path, db: Path) -> None:
    files = [batch(tmp_path / f"{name}.jsonl", name) for name in ("alpha", "beta")]
    procs = [start("import", str(f), "--db", str(db)) for f in files]
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err[-2000:]
        assert f"import: {RECORDS} new" in out
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 2 * RECORDS
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_two_imports_at_once_into_a_fresh_database(tmp_path):
    """Both create and migrate the same new file: one waits, the other finds it migrated."""
    import_both(tmp_path, tmp_path / "fresh.db")


def test_two_imports_at_once_into_an_existing_database(tmp_path):
    """Each article is read then written in one transaction; the second writer must wait."""
    from core.db import connect

    db = tmp_path / "tracker.db"
    connect(db).close()
    import_both(tmp_path, db)


def test_a_crawl_beside_an_import_both_succeed(tmp_path):
    """The crawl's store pipeline and an import write the same file at the same time."""
    from core.db import connect
    from tests.test_faults_crawl import LocalSite, sources_file

    db = tmp_path / "tracker.db"
    connect(db).close()
    site = LocalSite(delay=0.05)  # the crawl stores a page at a time while the import runs
    site.one_at_a_time = True
    numbers = list(range(40))
    site.publish("/feed.xml", numbers, {})
    alpha = batch(tmp_path / "alpha.jsonl", "alpha")
    with site.running() as base:
        sources = sources_file(tmp_path / "sources.yml", base, {"wire": "/feed.xml"})
        crawl = start("crawl", "--db", str(db), "--sources", str(sources))
        for _ in range(600):  # bounded: until the crawl has stored its first page
            if crawl.poll() is not None or stored(db):
                break
            time.sleep(0.05)
        imported = start("import", str(alpha), "--db", str(db))
        for proc in (imported, crawl):
            out, err = proc.communicate(timeout=300)
            assert proc.returncode == 0, err[-3000:]
    with sqlite3.connect(db) as conn:
        urls = [r[0] for r in conn.execute("select url from articles")]
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert sum("alpha.example.org" in u for u in urls) == RECORDS
    assert sum(u.startswith(base) for u in urls) == len(numbers)


def test_opening_a_new_file_tries_again_when_another_process_holds_it(tmp_path, monkeypatch):
    """Two processes switching one new file to WAL at once: SQLite fails one of them at
    once ("database is locked") rather than let both wait; that one tries again."""
    import sqlite_utils

    from core.db import connect

    real = sqlite_utils.Database.enable_wal
    failures = iter([sqlite3.OperationalError("database is locked")] * 2)

    def busy_then_real(self):
        error = next(failures, None)
        if error is not None:
            raise error
        real(self)

    monkeypatch.setattr(sqlite_utils.Database, "enable_wal", busy_then_real)
    db = connect(tmp_path / "fresh.db")
    assert db.journal_mode == "wal"
    assert "articles" in db.table_names()
    assert next(failures, None) is None  # both failures were met, and waited out
