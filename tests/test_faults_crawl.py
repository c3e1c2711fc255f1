"""A crawl through faults (reliability.md #17, #20): kill -9 mid-crawl, and a full disk."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from core.paths import ROOT
from tests.conftest import run_cli

WORDS = (
    "budget hearing drone contract software procurement testing office program launch "
    "agency review officials lawmakers model pilot deadline award supplier cloud satellite "
    "analysts talks memo policy system vendor field trial funding quarter schedule"
).split()


def story(n: int, revision: int = 0) -> str:
    """A made-up report with its own word order, so no two pages look like near-copies."""
    rng = random.Random(n * 1000 + revision)
    sentences = [
        " ".join(rng.choice(WORDS) for _ in range(rng.randrange(9, 15))).capitalize() + "."
        for _ in range(14)
    ]
    sentences.insert(3, f"Officials at the Pentagon discussed report {n} with Anthropic.")
    return " ".join(sentences)


def page(n: int, revision: int = 0) -> str:
    body = story(n, revision)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>Report {n}</title>"
        f'<meta property="article:published_time" content="2026-02-{1 + n % 27:02d}T09:00:00Z">'
        f"</head><body><nav><a href='/'>Home</a></nav><article><h1>Report {n}</h1>"
        f"<p>{body}</p></article><footer>Made up for the tests</footer></body></html>"
    )


def feed(base: str, numbers: list[int], updated: dict[int, str] | None = None) -> str:
    """An RSS feed; `updated` gives an entry the <atom:updated> stamp of its last edit."""
    items = "".join(
        f"<item><title>Report {n}</title><link>{base}/news/{n}.html</link>"
        f"<guid>{base}/news/{n}.html</guid>"
        + (f"<atom:updated>{updated[n]}</atom:updated>" if n in (updated or {}) else "")
        + "</item>"
        for n in numbers
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>Test wire</title>{items}</channel></rss>"
    )


class LocalSite:
    """A news site on 127.0.0.1 whose pages a test can change between crawls.

    `routes` maps a path to (status, content type, body); `delay` slows every article page,
    and with `one_at_a_time` the slow pages are served one after another, so a crawl's
    concurrent requests cannot all arrive in the same instant.
    """

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.one_at_a_time = False
        self._serial = threading.Lock()
        self.routes: dict[str, tuple[int, str, str]] = {
            "/robots.txt": (200, "text/plain", "User-agent: *\nAllow: /\n")
        }
        self.hits = 0
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                site.hits += 1
                status, ctype, body = site.routes.get(self.path, (404, "text/plain", "not here"))
                if self.path.startswith("/news/") and site.delay:
                    with site._serial if site.one_at_a_time else nullcontext():
                        time.sleep(site.delay)
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", f"{ctype}; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def publish(
        self,
        feed_path: str,
        numbers: list[int],
        revisions: dict[int, int],
        updated: dict[int, str] | None = None,
    ) -> None:
        """Serve a feed listing `numbers` and their article pages at the given revisions."""
        self.routes[feed_path] = (200, "application/rss+xml", feed(self.base, numbers, updated))
        for n in numbers:
            self.routes[f"/news/{n}.html"] = (200, "text/html", page(n, revisions.get(n, 0)))

    @contextmanager
    def running(self) -> Iterator[str]:
        thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        thread.start()
        try:
            yield self.base
        finally:
            self.server.shutdown()
            self.server.server_close()


def sources_file(path: Path, base: str, feeds: dict[str, str]) -> Path:
    """A sources.yml with one local feed per name."""
    lines = ["sources:"]
    for name, feed_path in feeds.items():
        lines.append(
            f"  - {{name: {name}, kind: feed, url: '{base}{feed_path}', outlet: {name.title()},"
            " local: true}"
        )
    path.write_text("\n".join(lines) + "\n")
    return path


def crawl_cmd(sources: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "tracker", "crawl", "--sources", str(sources), "--db", str(db)]


def articles(db: Path) -> set[tuple]:
    with sqlite3.connect(db) as conn:
        return set(conn.execute("select id, url, title, published, text, outlet from articles"))


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("pragma integrity_check").fetchone()[0]


def count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.OperationalError:  # the crawl has not created the table yet
        return 0


def test_kill_9_mid_crawl_then_rerun_equals_a_clean_crawl(tmp_path):
    site = LocalSite(delay=0.2)
    numbers = list(range(42))
    site.publish("/feed.xml", numbers, {})
    killed, clean = tmp_path / "killed.db", tmp_path / "clean.db"
    with site.running() as base:
        sources = sources_file(tmp_path / "sources.yml", base, {"slow-wire": "/feed.xml"})
        clean_proc = subprocess.Popen(
            crawl_cmd(sources, clean), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        proc = subprocess.Popen(
            crawl_cmd(sources, killed),
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 120
        while count(killed) < 6 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        stored_before_kill = count(killed)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert 6 <= stored_before_kill < len(numbers), "the kill did not land mid-crawl"
        assert integrity(killed) == "ok"
        rerun = run_cli("crawl", "--sources", str(sources), "--db", str(killed))
        assert rerun.returncode == 0, rerun.stderr[-2000:]
        assert clean_proc.wait(timeout=300) == 0, clean_proc.stderr.read()[-2000:]
    assert integrity(killed) == "ok"
    assert len(articles(clean)) == len(numbers)
    assert articles(killed) == articles(clean)


@contextmanager
def tiny_disk(path: Path, size: str) -> Iterator[Path]:
    """A tmpfs of `size` at `path`, or a skip saying why it cannot be mounted."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs to fill needs root")
    path.mkdir()
    mount = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
        capture_output=True,
        text=True,
    )
    if mount.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mount.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def test_disk_full_is_a_clear_error_and_leaves_the_database_sound(tmp_path):
    records = [
        {
            "url": f"https://full.example/{n}",
            "title": f"Report {n}",
            "published": "2026-02-20",
            "text": story(n) * 6,
        }
        for n in range(200)
    ]
    batch = tmp_path / "batch.jsonl"  # off the small disk: only the database fills it
    batch.write_text("".join(json.dumps(r) + "\n" for r in records))
    with tiny_disk(tmp_path / "disk", "1m") as disk:
        db = disk / "tracker.db"
        result = run_cli("import", str(batch), "--db", str(db))
        assert result.returncode == 1, result.stdout + result.stderr
        assert result.stderr.startswith("Error: "), result.stderr
        assert "full" in result.stderr and "Traceback" not in result.stderr
        assert integrity(db) == "ok"
        with sqlite3.connect(db) as conn:
            stored = conn.execute("select count(*) from articles").fetchone()[0]
            ledger = conn.execute("select count(*) from pages where status = 'stored'").fetchone()
        assert 0 < stored < len(records)
        assert ledger[0] == stored, "an article without its ledger row: half-written"
