"""A read-only database file or folder (issue 17 #8, reliability.md #20): writing commands
stop with one clear line and exit 1 before any work; reading commands still read."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_faults_crawl import LocalSite, sources_file
from tests.test_store_merge_export import build_timeline


@contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """`path` (a file or a folder) made read-only for real: a read-only bind mount when we
    are root (root writes through permission bits), else the permission bits."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(mode & ~0o222)
        try:
            yield path
        finally:
            path.chmod(mode)
        return
    bind = subprocess.run(["mount", "--bind", str(path), str(path)], capture_output=True)
    if bind.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {bind.stderr.decode().strip()}")
    try:
        remount = subprocess.run(["mount", "-o", "remount,bind,ro", str(path)], capture_output=True)
        if remount.returncode != 0:
            pytest.skip(f"cannot remount read-only: {remount.stderr.decode().strip()}")
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def timeline_db(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    db_path = folder / "tracker.db"
    build_timeline(db_path).close()
    return db_path


def export_json(db_path: Path, out: Path) -> subprocess.CompletedProcess:
    return run_cli("export", "timeline", "--db", str(db_path), "--format", "json", "-o", str(out))


@pytest.mark.parametrize("what", ["file", "folder"])
def test_export_reads_a_read_only_database(tmp_path, what):
    db_path = timeline_db(tmp_path)
    # closed cleanly: no -wal or -shm beside it, which a WAL reader must otherwise create
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["tracker.db"]
    out = tmp_path / "out.json"
    with read_only(db_path if what == "file" else db_path.parent):
        result = export_json(db_path, out)
    assert result.returncode == 0, result.stderr[-2000:]
    expected = tmp_path / "expected.json"
    assert export_json(db_path, expected).returncode == 0
    events = json.loads(expected.read_text())
    assert events and json.loads(out.read_text()) == events


@pytest.mark.parametrize("what", ["file", "folder"])
def test_run_on_a_read_only_database_is_one_clear_line(tmp_path, what):
    db_path = timeline_db(tmp_path)
    site = LocalSite()
    with site.running() as base:
        site.publish("/feed.xml", [1], {})
        sources = sources_file(tmp_path / "sources.yml", base, {"wire": "/feed.xml"})
        with read_only(db_path if what == "file" else db_path.parent):
            result = run_cli("run", "--db", str(db_path), "--sources", str(sources))
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert (
        "read-only" in lines[0] and str(db_path if what == "file" else db_path.parent) in lines[0]
    )
    assert site.hits == 0  # refused before crawling
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert conn.execute("select count(*) from crawl_runs").fetchone()[0] == 0
