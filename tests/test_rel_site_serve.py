"""`tracker serve` and `tracker demo` as processes: issue 17 items 12 (the metadata copy in a
predictable /tmp path) and 14 (SIGTERM orphaned Datasette; a busy port was found late), and
reliability #30 over HTTP (writes refused, robots.txt blocked on request)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import yaml

from core.db import connect
from core.paths import METADATA, ROOT
from tests.conftest import free_port, run_cli
from tests.test_store_merge_export import build_timeline
from tracker.serve import datasette_command, metadata_for


def http(base: str, path: str, data: bytes | None = None) -> tuple[int, str]:
    headers = {"Content-Type": "application/json"} if data is not None else {}
    request = urllib.request.Request(base + path, data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


@contextlib.contextmanager
def server(cmd: list[str], port: int, env: dict | None = None) -> Iterator[subprocess.Popen]:
    """The command in a session of its own, until it answers on the port; on the way out the
    whole session is killed, so nothing it started (or orphaned) outlives the test."""
    proc = subprocess.Popen(
        cmd,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=1)
                break
            except OSError as exc:
                if proc.poll() is not None or time.monotonic() > deadline:
                    proc.kill()
                    why = proc.communicate()[1][-2000:]
                    raise AssertionError(f"no server on {port}: {why}") from exc
                time.sleep(0.2)
        yield proc
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


def refuses_connections(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except ConnectionRefusedError:
        return True
    return False


def tracker(*args: str) -> list[str]:
    return [sys.executable, "-m", "tracker", *args]


# ---- item 12: the metadata copy for a database not named tracker.db


def test_metadata_copy_is_private_and_never_follows_a_planted_link(tmp_path, monkeypatch):
    shared_tmp = tmp_path / "tmp"
    shared_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(shared_tmp))
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    (shared_tmp / "tracker-metadata-beat.yml").symlink_to(victim)

    one = metadata_for(tmp_path / "one" / "beat.db")
    two = metadata_for(tmp_path / "two" / "beat.db")

    assert victim.read_text(encoding="utf-8") == "precious"
    assert one != two  # two databases with the same stem do not share a file
    for copy in (one, two):
        assert not copy.is_symlink()
        assert set(yaml.safe_load(copy.read_text(encoding="utf-8"))["databases"]) == {"beat"}
        folder = copy.parent.stat()
        assert folder.st_uid == os.getuid() and stat.S_IMODE(folder.st_mode) == 0o700
        assert stat.S_IMODE(copy.stat().st_mode) & 0o077 == 0


# ---- item 14: signals and busy ports


def test_sigterm_stops_datasette_and_removes_the_metadata_copy(tmp_path):
    db_path = tmp_path / "beat.db"
    build_timeline(db_path).close()
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    port = free_port()
    cmd = tracker("serve", "--db", str(db_path), "--port", str(port))
    with server(cmd, port, env={"TMPDIR": str(private_tmp)}) as proc:
        assert http(f"http://127.0.0.1:{port}", "/timeline")[0] == 200
        assert list(private_tmp.iterdir())  # the metadata copy, while it serves
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
        assert refuses_connections(port)  # Datasette went with it
        assert list(private_tmp.iterdir()) == []
        assert f"Datasette: http://127.0.0.1:{port}/" in proc.stdout.read()


def test_kill_9_of_serve_takes_datasette_with_it(tmp_path):
    """No handler runs on SIGKILL: the child is told by the kernel (parent-death signal)."""
    db_path = tmp_path / "beat.db"
    build_timeline(db_path).close()
    port = free_port()
    with server(tracker("serve", "--db", str(db_path), "--port", str(port)), port) as proc:
        assert http(f"http://127.0.0.1:{port}", "/timeline")[0] == 200
        proc.kill()  # only the tracker process, not its group
        proc.wait(timeout=30)
        deadline = time.monotonic() + 30
        while not refuses_connections(port) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert refuses_connections(port), "Datasette outlived a killed `tracker serve`"


def test_a_busy_port_fails_serve_before_printing_a_url(tmp_path):
    db_path = tmp_path / "tracker.db"
    build_timeline(db_path).close()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run_cli("serve", "--db", str(db_path), "--port", str(port), timeout=120)
    assert result.returncode == 2, result.stderr[-2000:]
    assert f"127.0.0.1:{port}" in result.stderr and "--port" in result.stderr
    assert "Datasette: http" not in result.stdout


def test_a_busy_port_fails_the_demo_before_it_builds_anything(tmp_path):
    db_path = tmp_path / "demo.db"
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run_cli(
            "demo",
            "--db",
            str(db_path),
            "--port",
            str(port),
            "--site-port",
            str(free_port()),
            timeout=900,
        )
    assert result.returncode == 2, result.stderr[-2000:]
    assert f"127.0.0.1:{port}" in result.stderr and "--port" in result.stderr
    assert "demo site:" not in result.stdout and "Datasette: http" not in result.stdout
    assert not db_path.exists()


# ---- reliability #30 over HTTP

FORGE = "update events set headline = 'forged' where date = '2026-01'"


def forged(db_path: Path) -> int:
    db = connect(db_path)
    try:
        return db.execute("select count(*) from events where headline = 'forged'").fetchone()[0]
    finally:
        db.close()


def test_a_write_plain_datasette_allows_is_refused_by_the_served_instance(tmp_path):
    """A writable canned query (an operator's slip, or a plugin's) writes through Datasette
    with the public settings alone; the instance `tracker serve --public` runs refuses it."""
    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    metadata["databases"]["tracker"]["queries"]["forge"] = {"sql": FORGE, "write": True}
    metadata_file = tmp_path / "metadata.yml"
    metadata_file.write_text(yaml.safe_dump(metadata), encoding="utf-8")
    outcomes = {}
    for served in (False, True):
        db_path = tmp_path / ("served" if served else "plain") / "tracker.db"
        db_path.parent.mkdir()
        build_timeline(db_path).close()
        port = free_port()
        cmd = datasette_command(db_path, "127.0.0.1", port, public=True)
        cmd[cmd.index("--metadata") + 1] = str(metadata_file)
        if not served:  # the same settings without the tracker's plugins
            at = cmd.index("--plugins-dir")
            del cmd[at : at + 2]
        with server(cmd, port):
            status, body = http(f"http://127.0.0.1:{port}", "/tracker/forge", b'{"_json": 1}')
        assert status == 200, body[-500:]
        outcomes[served] = (json.loads(body)["ok"], forged(db_path))
    assert outcomes[False] == (True, 1)  # the write path is real
    assert outcomes[True] == (False, 0)


def test_block_robots_over_http_and_no_write_endpoint(tmp_path):
    db_path = tmp_path / "tracker.db"
    build_timeline(db_path).close()
    before = connect(db_path)["events"].count
    port = free_port()
    cmd = tracker("serve", "--db", str(db_path), "--port", str(port), "--public", "--block-robots")
    with server(cmd, port):
        base = f"http://127.0.0.1:{port}"
        assert http(base, "/robots.txt") == (200, "User-agent: *\nDisallow: /\n")
        assert http(base, "/tracker?sql=select+1")[0] == 403
        for path in ("/tracker/events", "/tracker/latest_events", "/tracker"):
            assert http(base, path, b'{"headline": "forged"}')[0] >= 400
    assert connect(db_path)["events"].count == before
    assert forged(db_path) == 0
