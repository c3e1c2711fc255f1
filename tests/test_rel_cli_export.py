"""Exports never destroy the previous file and end in one clear line (issue 17 #10, #11)."""

from __future__ import annotations

import csv
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.test_store_merge_export import build_timeline
from timeline.export import CSV_COLUMNS
from tracker.cli import main


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def assert_clean_error(result, *needles: str) -> None:
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    for needle in needles:
        assert needle in lines[0]


def broken_db(tmp_path: Path) -> Path:
    """A timeline database whose export query fails once the rows are read."""
    db_path = tmp_path / "tracker.db"
    build_timeline(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("DROP VIEW timeline")
    return db_path


@pytest.mark.parametrize("fmt", ["csv", "timelinejs", "json", "ics"])
def test_failed_export_keeps_the_previous_file(tmp_path, fmt):
    db_path = broken_db(tmp_path)
    out = tmp_path / f"timeline.{fmt}"
    out.write_text("yesterday's export\n")
    result = invoke("export", "timeline", "--db", str(db_path), "--format", fmt, "-o", str(out))
    assert_clean_error(result, "timeline")
    assert out.read_text() == "yesterday's export\n"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no leftovers


def test_export_replaces_the_file_whole(tmp_path):
    db_path = tmp_path / "tracker.db"
    build_timeline(db_path).close()
    out = tmp_path / "timeline.csv"
    out.write_text("yesterday's export\n")
    result = invoke("export", "timeline", "--db", str(db_path), "-o", str(out))
    assert result.exit_code == 0, result.output
    header = next(csv.reader(out.open(encoding="utf-8", newline="")))
    assert tuple(header) == CSV_COLUMNS
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


@pytest.fixture
def full_device(tmp_path: Path) -> Path:
    """A character device like /dev/full (every write: no space left) in the test's folder,
    so an export that wrongly renamed over it would replace only this copy."""
    path = tmp_path / "full"
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    except OSError as exc:
        pytest.skip(f"cannot make a device node here: {exc.strerror}")
    return path


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_to_a_full_device_is_a_clear_error(tmp_path, full_device, fmt):
    db_path = tmp_path / "tracker.db"
    build_timeline(db_path).close()
    args = ("export", "timeline", "--db", str(db_path), "--format", fmt, "-o", str(full_device))
    result = invoke(*args)
    assert_clean_error(result, str(full_device), "No space left")
    assert stat.S_ISCHR(full_device.stat().st_mode)  # written to, never replaced


def test_export_articles_to_a_full_device_is_a_clear_error(tmp_path, full_device):
    db_path = tmp_path / "tracker.db"
    build_timeline(db_path).close()
    result = invoke("export", "articles", "--db", str(db_path), "-o", str(full_device))
    assert_clean_error(result, str(full_device), "No space left")
    assert stat.S_ISCHR(full_device.stat().st_mode)  # a rename would have replaced the device


def test_vacuum_of_a_missing_database_is_a_clear_error(tmp_path):
    missing = tmp_path / "missing.db"
    result = invoke("vacuum", "--db", str(missing))
    assert_clean_error(result, str(missing), "does not exist")
    assert not missing.exists()


def test_backup_of_a_missing_database_is_a_clear_error(tmp_path):
    missing = tmp_path / "missing.db"
    result = invoke("backup", "--db", str(missing), str(tmp_path / "copy.db"))
    assert_clean_error(result, str(missing), "does not exist")


def test_an_unnamed_database_error_is_one_line_and_exit_1(tmp_path):
    """A SQLite error no library code named (here: a table gone under the merge)."""
    db_path = tmp_path / "tracker.db"
    build_timeline(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("DROP TABLE event_actors")
        conn.execute("UPDATE merge_state SET pending = 1")
    result = invoke("merge", "--db", str(db_path))
    assert_clean_error(result, "event_actors")
