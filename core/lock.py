"""One run at a time per database: scheduled runs that overlap must not interleave writes."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from core.errors import AlreadyRunning

# Descriptors of the locks this process holds. A flock belongs to the open file, which a
# forked child shares: a child that outlived its parent (a spaCy worker of a run killed
# with SIGKILL) would hold the lock, and every later run would exit 75. Children close them.
_held: set[int] = set()


def _close_inherited_locks() -> None:
    """In a forked child: drop the parent's lock descriptors; the lock stays the parent's."""
    for fd in list(_held):
        try:
            os.close(fd)
        except OSError:
            pass
    _held.clear()


os.register_at_fork(after_in_child=_close_inherited_locks)


@contextmanager
def run_lock(db_path: Path) -> Iterator[None]:
    """An exclusive, non-blocking lock beside the database; released even on kill -9,
    and never kept alive by a child process the run forked."""
    lock_path = Path(f"{db_path}.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    owner = os.getpid()
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "another process"
            raise AlreadyRunning(
                f"already running: {holder} holds {lock_path}; this run exits without work"
            ) from exc
        _held.add(fd)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}".encode(), 0)
        yield
    finally:
        if os.getpid() == owner:  # a forked child that unwinds here closed its copy at fork
            _held.discard(fd)
            os.close(fd)
