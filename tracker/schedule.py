"""Running the job on a schedule the way operators do: cron, a systemd timer, or a loop."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from core.errors import InputError

_INTERVAL = re.compile(r"^(\d+)\s*([mhd])$")
UNIT_SECONDS = {"m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> int:
    """'15m', '1h', '2d' -> seconds; at least 5 minutes, at most a week."""
    match = _INTERVAL.match(text.strip().lower())
    if not match:
        raise InputError(f"interval '{text}' must look like 15m, 1h or 1d")
    seconds = int(match.group(1)) * UNIT_SECONDS[match.group(2)]
    if not 300 <= seconds <= 7 * 86400:
        raise InputError(f"interval '{text}' must be between 5m and 7d")
    return seconds


def tracker_command(db_path: Path, sources_path: Path) -> list[str]:
    exe = shutil.which("tracker") or f"{sys.executable} -m tracker"
    return [
        *shlex.split(exe),
        "--quiet",
        "run",
        "--db",
        str(db_path.resolve()),
        "--sources",
        str(sources_path.resolve()),
    ]


def cron_line(seconds: int, command: list[str], log_path: Path) -> str:
    """A crontab line; cron's fields can say every N minutes (N < 60), hours or days."""
    minutes = seconds // 60
    if minutes < 60:
        when = f"*/{minutes} * * * *"
    elif minutes < 1440:
        when = f"7 */{minutes // 60} * * *"
    else:
        when = f"7 3 */{minutes // 1440} * *"
    return f"{when} {shlex.join(command)} >> {shlex.quote(str(log_path))} 2>&1"


def systemd_units(seconds: int, command: list[str], workdir: Path) -> dict[str, str]:
    """A oneshot service and a timer; systemd never starts a second copy while one runs."""
    service = f"""[Unit]
Description=news-timeline-tracker: crawl, extract and merge
After=network-online.target
Wants=network-online.target

[Service]
Type=oneshot
WorkingDirectory={workdir}
ExecStart={shlex.join(command)}
Nice=10
# exit code 75 means another run held the lock: not a failure
SuccessExitStatus=75
"""
    timer = f"""[Unit]
Description=Run news-timeline-tracker every {seconds // 60} minutes

[Timer]
OnBootSec=5min
OnUnitActiveSec={seconds}s
RandomizedDelaySec=60
Persistent=true

[Install]
WantedBy=timers.target
"""
    return {"news-timeline-tracker.service": service, "news-timeline-tracker.timer": timer}


def install_cron(line: str) -> None:
    """Put `line` in the user's crontab, replacing an earlier `tracker … run` line."""
    current = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
    lines = [x for x in current.stdout.splitlines() if "tracker" not in x or " run " not in x]
    subprocess.run(["crontab", "-"], input="\n".join([*lines, line]) + "\n", text=True, check=True)


def default_unit_dir() -> Path:
    """The system unit folder for root, the user's otherwise."""
    if os.geteuid() == 0:
        return Path("/etc/systemd/system")
    return Path.home() / ".config/systemd/user"


def install_units(units: dict[str, str], unit_dir: Path) -> None:
    unit_dir.mkdir(parents=True, exist_ok=True)
    for name, text in units.items():
        (unit_dir / name).write_text(text)


def watch(
    command: list[str], seconds: int, times: int | None, report: Callable[[int, int], None]
) -> None:
    """Run `command` every `seconds` in the foreground; `report(run, exit_code)` after each."""
    runs = 0
    while True:
        started = time.monotonic()
        code = subprocess.run(command, check=False).returncode
        runs += 1
        report(runs, code)
        if times is not None and runs >= times:
            return
        time.sleep(max(0.0, seconds - (time.monotonic() - started)))
