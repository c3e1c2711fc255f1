"""Shared fixtures: a temporary database, the demo site on 127.0.0.1, the CLI in a subprocess."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from core.paths import ROOT

SHARED = ROOT.parent / "shared"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "tracker.db"


@pytest.fixture(scope="session")
def demo_base() -> str:
    from tracker.demo_site import DemoSite

    with DemoSite() as base:
        yield base


def run_cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """The real CLI in its own process: Scrapy's reactor runs once per process."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.run(
        [sys.executable, "-m", "tracker", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or a skip with the reason when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not part of this checkout)")
    return path
