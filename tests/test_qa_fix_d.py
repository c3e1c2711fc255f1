"""QA fixes for `tracker schedule` and `tracker watch` (QA_cli.md items 7, 8, 11, 14)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from core.errors import InputError
from tracker import schedule as sched
from tracker.cli import main


def shell_part(line: str) -> str:
    """What cron hands to /bin/sh: the line after its five time fields, `\\%` made `%`."""
    return line.split(" ", 5)[5].replace("\\%", "%")


def python_command(code: str) -> list[str]:
    return [sys.executable, "-c", code]


# -- item 7: cron keeps the interval or refuses it ----------------------------------------


@pytest.mark.parametrize(
    ("every", "fields"),
    [
        ("5m", "*/5 * * * *"),
        ("20m", "*/20 * * * *"),
        ("60m", "7 * * * *"),
        ("1h", "7 * * * *"),
        ("3h", "7 */3 * * *"),
        ("12h", "7 */12 * * *"),
        ("24h", "7 3 * * *"),
        ("1d", "7 3 * * *"),
        ("7d", "7 3 * * 0"),
    ],
)
def test_cron_fields_repeat_at_exactly_the_interval(every, fields):
    line = sched.cron_line(sched.parse_interval(every), ["tracker", "run"], Path("/srv/t.log"))
    assert line.startswith(fields + " tracker run ")


@pytest.mark.parametrize("every", ["45m", "90m", "25m", "5h", "7h", "36h", "2d", "3d"])
def test_cron_refuses_an_interval_its_fields_cannot_keep(every, tmp_path):
    with pytest.raises(InputError, match="--systemd"):
        sched.cron_when(sched.parse_interval(every))
    result = CliRunner().invoke(
        main, ["schedule", "--every", every, "--db", str(tmp_path / "t.db")]
    )
    assert result.exit_code == 2
    assert f"cron cannot run every {every}" in result.output
    assert "tracker watch" in result.output
    # the systemd timer keeps the same interval
    result = CliRunner().invoke(
        main, ["schedule", "--every", every, "--systemd", "--db", str(tmp_path / "t.db")]
    )
    assert result.exit_code == 0
    assert f"OnUnitActiveSec={sched.parse_interval(every)}s" in result.output


# -- item 8: the log keeps everything, cron mails a failed run's Error line ---------------

SUMMARY = "print('crawl: 3 pages fetched'); print('run 7: ok')"
LIBRARY_ERROR = "import sys; sys.stderr.write('2026 ERROR scrapy: Error downloading a feed\\n')"


@pytest.mark.parametrize(
    ("code", "mailed"),
    [
        (f"{SUMMARY}; {LIBRARY_ERROR}", ""),  # a good run with a dead feed: no mail
        ("import sys; sys.stderr.write('Error: another run holds the lock\\n'); sys.exit(75)", ""),
        (
            f"{SUMMARY}; import sys; sys.stderr.write('Error: no source could be fetched\\n');"
            " sys.exit(1)",
            "Error: no source could be fetched\n",
        ),
        (
            "import sys; sys.stderr.write('Error: sources.yml:3: unknown key\\n'); sys.exit(2)",
            "Error: sources.yml:3: unknown key\n",
        ),
    ],
)
def test_cron_line_logs_everything_and_mails_only_a_failure(tmp_path, code, mailed):
    log = tmp_path / "t.log"
    log.write_text("an earlier run\n")
    line = sched.cron_line(3600, python_command(code), log)
    done = subprocess.run(["sh", "-c", shell_part(line)], capture_output=True, text=True)
    assert done.stdout + done.stderr == mailed  # what cron would mail to MAILTO
    logged = log.read_text()
    assert logged.startswith("an earlier run\n")  # appended
    if "run 7: ok" in code:
        assert "run 7: ok" in logged
    if mailed:
        assert logged.endswith(mailed)  # the Error line is in the log as well


# -- item 14: --install without crontab ---------------------------------------------------


def test_install_without_crontab_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no crontab (and no tracker script) on PATH
    result = CliRunner().invoke(main, ["schedule", "--install", "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 1
    assert "crontab is not installed" in result.output
    assert "--systemd" in result.output and "tracker watch" in result.output


# -- item 11: watch takes run's options, stops on a configuration error, exits non-zero ---


class FakeRuns:
    """Stands in for subprocess.run: records each command, returns the given exit codes."""

    def __init__(self, codes: list[int]) -> None:
        self.codes = codes
        self.commands: list[list[str]] = []

    def __call__(self, command: list[str], check: bool = False) -> subprocess.CompletedProcess:
        if len(self.commands) >= len(self.codes):
            raise AssertionError(f"watch ran more than {len(self.codes)} times")
        self.commands.append(command)
        return subprocess.CompletedProcess(command, self.codes[len(self.commands) - 1])


@pytest.fixture
def fake_runs(monkeypatch):
    def install(codes: list[int]) -> FakeRuns:
        runs = FakeRuns(codes)
        monkeypatch.setattr(sched.subprocess, "run", runs)
        monkeypatch.setattr(sched.time, "sleep", lambda seconds: None)
        return runs

    return install


def test_watch_has_the_options_of_run():
    def names(command: str) -> set[str]:
        return {p.name for p in main.commands[command].params}

    assert names("run") <= names("watch")
    assert {"base", "model", "entities_path", "processes"} <= names("watch")


def test_watch_passes_run_options_on(fake_runs, tmp_path):
    runs = fake_runs([0])
    args = ["watch", "--db", str(tmp_path / "t.db"), "--sources", str(tmp_path / "s.yml")]
    args += ["--base", "http://127.0.0.1:8866", "--model", "my_model"]
    args += ["--entities", str(tmp_path / "e.yml"), "--processes", "2", "--times", "1"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    command = runs.commands[0]
    assert "run" in command
    pairs = dict(zip(command, command[1:], strict=False))
    assert pairs["--base"] == "http://127.0.0.1:8866"
    assert pairs["--model"] == "my_model"
    assert pairs["--entities"] == str((tmp_path / "e.yml").resolve())
    assert pairs["--processes"] == "2"
    assert "next in" not in result.output  # --times 1: no next run


def test_watch_stops_at_once_on_a_configuration_error(fake_runs, tmp_path):
    runs = fake_runs([2, 0, 0])
    result = CliRunner().invoke(main, ["watch", "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 2
    assert len(runs.commands) == 1
    assert "watch: run 1 exited 2; stopped" in result.output


@pytest.mark.parametrize(
    ("codes", "status"),
    [([0, 1], 1), ([1, 0], 0), ([0, 75], 0), ([1], 1), ([-9], 1)],
)
def test_watch_times_exits_with_the_last_runs_status(fake_runs, tmp_path, codes, status):
    fake_runs(codes)
    result = CliRunner().invoke(
        main, ["watch", "--db", str(tmp_path / "t.db"), "--times", str(len(codes))]
    )
    assert result.exit_code == status, result.output
