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

from core.errors import AlreadyRunning, InputError, TrackerError

_INTERVAL = re.compile(r"^(\d+)\s*([mhd])$")
UNIT_SECONDS = {"m": 60, "h": 3600, "d": 86400}
USAGE_ERROR = InputError.exit_code  # `tracker run` exits 2 on a usage or configuration error
NOT_A_FAILURE = (0, AlreadyRunning.exit_code)  # 75: another run held the lock


class InstallFailed(TrackerError):
    """The crontab could not be changed (no `crontab` program, or it refused the line)."""


def parse_interval(text: str) -> int:
    """'15m', '1h', '2d' -> seconds; at least 5 minutes, at most a week."""
    match = _INTERVAL.match(text.strip().lower())
    if not match:
        raise InputError(f"interval '{text}' must look like 15m, 1h or 1d")
    seconds = int(match.group(1)) * UNIT_SECONDS[match.group(2)]
    if not 300 <= seconds <= 7 * 86400:
        raise InputError(f"interval '{text}' must be between 5m and 7d")
    return seconds


def tracker_command(
    db_path: Path,
    sources_path: Path,
    *,
    model: str | None = None,
    entities_path: Path | None = None,
    processes: int | None = None,
    base: str | None = None,
) -> list[str]:
    """`tracker --quiet run` with absolute paths, and the run options that were given."""
    exe = shutil.which("tracker") or f"{sys.executable} -m tracker"
    command = [
        *shlex.split(exe),
        "--quiet",
        "run",
        "--db",
        str(db_path.resolve()),
        "--sources",
        str(sources_path.resolve()),
    ]
    if model is not None:
        command += ["--model", model]
    if entities_path is not None:
        command += ["--entities", str(entities_path.resolve())]
    if processes is not None:
        command += ["--processes", str(processes)]
    if base is not None:
        command += ["--base", base]
    return command


def cron_when(seconds: int) -> str:
    """Cron's five time fields for exactly every `seconds`. Cron counts within the hour, the
    day and the month, so `*/N` repeats evenly only when N divides them: other intervals
    raise InputError instead of drifting."""
    minutes = seconds // 60
    if minutes == 1440:
        return "7 3 * * *"
    if minutes == 7 * 1440:
        return "7 3 * * 0"
    if minutes % 60 == 0 and 24 % (minutes // 60) == 0:
        hours = minutes // 60
        return "7 * * * *" if hours == 1 else f"7 */{hours} * * *"
    if 60 % minutes == 0:
        return f"*/{minutes} * * * *"
    every = _interval_text(minutes)
    raise InputError(
        f"cron cannot run every {every}: it takes minutes that divide an hour (5m, 10m, 15m, "
        "20m, 30m), hours that divide a day (1h, 2h, 3h, 4h, 6h, 8h, 12h), 1d or 7d; "
        f"use --systemd (a timer keeps any interval) or `tracker watch --every {every}`"
    )


def _interval_text(minutes: int) -> str:
    if minutes % 1440 == 0:
        return f"{minutes // 1440}d"
    if minutes % 60:
        return f"{minutes}m"
    return f"{minutes // 60}h"


def cron_line(seconds: int, command: list[str], log_path: Path) -> str:
    """A crontab line. Everything a run prints goes to the log; cron mails what the line
    itself prints, so only a run that failed (not 0, nor 75 for the lock held) prints the
    log's last line, its `Error:` line, for MAILTO to send."""
    log = shlex.quote(str(log_path))
    run = f"{shlex.join(command)} >> {log} 2>&1"
    return f"{cron_when(seconds)} {run} || [ $? -eq {AlreadyRunning.exit_code} ] || tail -n 1 {log}"


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
    if shutil.which("crontab") is None:
        raise InstallFailed(
            "crontab is not installed on this machine: install cron, or use "
            "`tracker schedule --systemd --install`, or keep `tracker watch` running"
        )
    current = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
    lines = [x for x in current.stdout.splitlines() if "tracker" not in x or " run " not in x]
    done = subprocess.run(
        ["crontab", "-"], input="\n".join([*lines, line]) + "\n", capture_output=True, text=True
    )
    if done.returncode:
        raise InstallFailed(f"crontab refused the line: {done.stderr.strip()}")


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
    command: list[str], seconds: int, times: int | None, report: Callable[[int, int, bool], None]
) -> int:
    """Run `command` every `seconds` in the foreground; `report(run, exit_code, last)` after
    each. Stops at once when a run exits 2: the next would repeat a usage or configuration
    error. Returns watch's exit status: the last run's, 0 when it only found the lock held."""
    runs = 0
    while True:
        started = time.monotonic()
        code = subprocess.run(command, check=False).returncode
        runs += 1
        last = code == USAGE_ERROR or (times is not None and runs >= times)
        report(runs, code, last)
        if last:
            return 0 if code in NOT_A_FAILURE else code if code > 0 else 1
        time.sleep(max(0.0, seconds - (time.monotonic() - started)))
