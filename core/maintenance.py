"""Keeping a long-lived database healthy: online backups, vacuum, integrity checks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.db import check_writable, open_read_only
from core.errors import DatabaseError


def backup(db_path: Path, dest: Path) -> int:
    """A consistent copy with SQLite's online backup API, safe while a crawl writes."""
    if not db_path.is_file():
        raise DatabaseError(f"database {db_path} does not exist")
    if dest.resolve() == db_path.resolve():
        raise DatabaseError("the backup must not overwrite the database itself")
    new_file = not dest.exists()
    try:
        src = open_read_only(db_path)
        dst = sqlite3.connect(str(dest))
        try:
            with dst:
                src.backup(dst, pages=1024)
            pages = dst.execute("PRAGMA page_count").fetchone()[0]
        finally:
            dst.close()
            src.close()
    except sqlite3.Error as exc:
        if new_file:  # no empty or half-written file where a backup is expected
            dest.unlink(missing_ok=True)
        raise DatabaseError(f"backup of {db_path} to {dest} failed: {exc}") from exc
    return pages


def vacuum(db_path: Path) -> tuple[int, int]:
    """VACUUM and ANALYZE; returns the file size before and after."""
    if not db_path.is_file():  # sqlite3.connect would create an empty database there
        raise DatabaseError(f"database {db_path} does not exist")
    check_writable(db_path)
    before = db_path.stat().st_size
    try:
        conn = sqlite3.connect(str(db_path), timeout=60)
        conn.execute("VACUUM")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
    except sqlite3.Error as exc:
        raise DatabaseError(f"vacuum of {db_path} failed: {exc}") from exc
    return before, db_path.stat().st_size


def integrity(db_path: Path) -> str:
    """SQLite's integrity_check: 'ok', or the first problem it found."""
    if not db_path.is_file():
        raise DatabaseError(f"database {db_path} does not exist")
    try:
        conn = open_read_only(db_path)
        try:
            return conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise DatabaseError(f"integrity check of {db_path} failed: {exc}") from exc
