"""`tracker serve`: Datasette over the database, with this repo's metadata, templates and
plugins, and production settings for a public instance."""

from __future__ import annotations

import atexit
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import FrameType

import click

from core import paths
from core.errors import DatabaseError, InputError, TrackerError

# Settings of every `tracker serve`: no suggested facets, which would offer raw columns
# such as `date` and list its week codes (2025-W32); the facets metadata.yml names (the
# events' month, ...) stay.
SITE_SETTINGS = {"suggest_facets": "off"}
# Production settings for `serve --public`: no arbitrary SQL, bounded queries and downloads.
PUBLIC_SETTINGS = {
    "default_allow_sql": "off",
    "allow_download": "off",
    "sql_time_limit_ms": "1000",
    "max_csv_mb": "50",
    "max_returned_rows": "1000",
    "facet_time_limit_ms": "200",
}
# Signals that stop `tracker serve`, and Datasette with it.
STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)


class ServeFailed(TrackerError):
    """Datasette stopped by itself with an error (it already printed why)."""


_private_dir: tuple[int, Path] | None = None  # (pid, folder) of this process


def _remove_private_dir(pid: int, folder: Path) -> None:
    if os.getpid() == pid:  # a forked child inherits atexit handlers; only the owner removes
        shutil.rmtree(folder, ignore_errors=True)


def private_tmp_dir() -> Path:
    """This process's own temporary folder (mode 0700, a fresh random name, made by mkdtemp,
    so nothing planted in /tmp is followed), removed when the process exits."""
    global _private_dir
    if _private_dir is None or _private_dir[0] != os.getpid() or not _private_dir[1].is_dir():
        folder = Path(tempfile.mkdtemp(prefix="tracker-serve-"))
        _private_dir = (os.getpid(), folder)
        atexit.register(_remove_private_dir, os.getpid(), folder)
    return _private_dir[1]


def metadata_for(db_path: Path) -> Path:
    """metadata.yml describes the database `tracker`; another file name gets a renamed copy,
    written to a new file (O_EXCL, mode 0600) in this process's private temporary folder."""
    name = db_path.stem
    if name == "tracker":
        return paths.METADATA
    import yaml

    text = paths.METADATA.read_text(encoding="utf-8").replace("/tracker/", f"/{name}/")
    metadata = yaml.safe_load(text)
    metadata["databases"] = {name: metadata["databases"]["tracker"]}
    fd, out = tempfile.mkstemp(prefix=f"metadata-{name}-", suffix=".yml", dir=private_tmp_dir())
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        yaml.safe_dump(metadata, f, sort_keys=False)
    return Path(out)


def datasette_command(db_path: Path, host: str, port: int, public: bool) -> list[str]:
    """The `datasette serve` command line: metadata, templates and plugins from this repo."""
    cmd = [sys.executable, "-m", "datasette", "serve", str(db_path)]
    cmd += ["--metadata", str(metadata_for(db_path)), "--template-dir", str(paths.TEMPLATES)]
    cmd += ["--plugins-dir", str(paths.PLUGINS), "--host", host, "--port", str(port)]
    for name, value in (SITE_SETTINGS | (PUBLIC_SETTINGS if public else {})).items():
        cmd += ["--setting", name, value]
    return cmd


def check_port(host: str, port: int) -> int:
    """Bind the address as Datasette's server (uvicorn) will, and let it go again, so a busy
    port is reported before any work and before a URL is printed. Port 0 becomes a free
    port, so the URL printed is the one served."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((host, port))
            return sock.getsockname()[1]
    except OSError as exc:  # busy, not an address of this machine, or no such host
        hint = "pass another --host" if isinstance(exc, socket.gaierror) else "pass another --port"
        raise InputError(f"cannot serve on {host}:{port} ({exc.strerror or exc}); {hint}") from exc


_PR_SET_PDEATHSIG = 1


def _ends_with(parent: int) -> Callable[[], None]:
    """For the Datasette child, before it execs: SIGTERM when `tracker serve` dies, even by
    SIGKILL, which no handler of ours sees (Linux; elsewhere only the handlers below)."""

    def arrange() -> None:
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
        except (OSError, AttributeError):
            return
        if os.getppid() != parent:  # gone before prctl took effect
            os._exit(1)

    return arrange


def run_until_stopped(cmd: list[str], env: dict[str, str]) -> int:
    """Run Datasette as a child that does not outlive us: SIGTERM, SIGHUP or Ctrl-C stop it
    too (a second signal kills it). Returns 0 when a signal stopped it, else its exit code."""
    stopped: list[int] = []
    proc: subprocess.Popen | None = None

    def forward(signum: int, frame: FrameType | None) -> None:
        stopped.append(signum)
        if proc is not None:
            (proc.terminate if len(stopped) == 1 else proc.kill)()

    previous = {sig: signal.signal(sig, forward) for sig in STOP_SIGNALS}
    try:
        proc = subprocess.Popen(cmd, env=env, preexec_fn=_ends_with(os.getpid()))
        if stopped:  # a signal came while it was starting
            proc.terminate()
        code = proc.wait()
    finally:
        if proc is not None and proc.poll() is None:  # an error here, not a signal
            proc.kill()
            proc.wait()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0 if stopped else code


def prepare_database(db_path: Path) -> None:
    """Bring the file's schema up to date before Datasette opens it read-only: the pages
    read what later migrations add (dates as ranges). A file we cannot write must already
    be current."""
    from core.db import connect, migrations, read_only_reason

    if read_only_reason(db_path) is None:
        connect(db_path).close()  # applies pending migrations, under the write lock
        return
    db = connect(db_path, readonly=True)
    try:
        pending = [m.name for m in migrations.pending(db)]
    finally:
        db.close()
    if pending:
        raise DatabaseError(
            f"database {db_path} is read-only and needs schema updates "
            f"({', '.join(pending)}); run `tracker merge` once where it can be written"
        )


def serve_datasette(
    db_path: Path, host: str, port: int, public: bool, block_robots: bool = False
) -> None:
    """Run Datasette over the database, read-only (plugins/read_only.py), until a signal
    stops it; a busy port is an error before anything is printed."""
    if not db_path.exists():
        raise DatabaseError(
            f"database {db_path} does not exist; run `tracker demo --no-serve` first"
        )
    prepare_database(db_path)
    port = check_port(host, port)
    cmd = datasette_command(db_path, host, port, public)
    env = {**os.environ, "TRACKER_BLOCK_ROBOTS": "1" if block_robots else "0"}
    click.echo(f"Datasette: http://{host}:{port}/  (Ctrl-C to stop)")
    code = run_until_stopped(cmd, env)
    if code:
        raise ServeFailed(f"Datasette stopped with exit code {code} (its messages are above)")
