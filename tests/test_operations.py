"""Running for months: lock, schedule, backup, vacuum, run history."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from core import store
from core.db import connect
from core.errors import AlreadyRunning, InputError
from core.lock import run_lock
from tests.test_store_merge_export import build_timeline
from tracker.cli import main
from tracker.schedule import cron_line, parse_interval, systemd_units


def test_second_run_on_the_same_database_exits_at_once(db_path):
    with run_lock(db_path):
        with pytest.raises(AlreadyRunning, match="already running"):
            with run_lock(db_path):
                pass
    with run_lock(db_path):  # released
        pass


@pytest.mark.parametrize(("text", "seconds"), [("15m", 900), ("1h", 3600), ("2d", 172800)])
def test_intervals(text, seconds):
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["1s", "1x", "0h", "8d", "hourly"])
def test_bad_intervals(text):
    with pytest.raises(InputError):
        parse_interval(text)


def test_cron_and_systemd_text():
    cmd = ["/opt/venv/bin/tracker", "--quiet", "run", "--db", "/srv/t.db"]
    assert (
        cron_line(900, cmd, "/srv/t.log")
        == "*/15 * * * * /opt/venv/bin/tracker --quiet run --db /srv/t.db >> /srv/t.log 2>&1"
        " || [ $? -eq 75 ] || tail -n 1 /srv/t.log"
    )
    assert cron_line(7200, cmd, "/srv/t.log").startswith("7 */2 * * * ")
    units = systemd_units(3600, cmd, "/srv")
    assert "OnUnitActiveSec=3600s" in units["news-timeline-tracker.timer"]
    assert "SuccessExitStatus=75" in units["news-timeline-tracker.service"]


def test_schedule_cli_installs_systemd_units(tmp_path):
    result = CliRunner().invoke(
        main, ["schedule", "--every", "30m", "--systemd", "--install", "--unit-dir", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "news-timeline-tracker.timer").read_text().count(
        "OnUnitActiveSec=1800s"
    ) == 1


def test_backup_and_vacuum_keep_the_data(db_path, tmp_path):
    events = build_timeline(db_path)["events"].count
    runner = CliRunner()
    result = runner.invoke(main, ["backup", "--db", str(db_path), str(tmp_path / "copy.db")])
    assert result.exit_code == 0, result.output
    copy = sqlite3.connect(tmp_path / "copy.db")
    assert copy.execute("select count(*) from events").fetchone()[0] == events
    result = runner.invoke(main, ["vacuum", "--db", str(db_path)])
    assert result.exit_code == 0 and "integrity_check: ok" in result.output
    result = runner.invoke(main, ["backup", "--db", str(db_path), str(db_path)])
    assert result.exit_code == 1 and "must not overwrite" in result.output


def test_source_health_counts_consecutive_failures(db_path):
    db = connect(db_path)
    from core.config import Source

    store.sync_sources(
        db, [Source("good", "feed", ("http://a/",)), Source("dead", "feed", ("http://b/",))]
    )
    for links in (5, 0, 0):
        run = store.start_run(db, "run", "v1")
        store.record_source_runs(
            db, run, {"good": {"links": 3, "new": 1}, "dead": {"links": links}}
        )
        store.finish_run(db, run, "ok")
    health = {r["source"]: r for r in db.query("select * from source_health")}
    assert (
        health["dead"]["consecutive_failures"] == 2 and health["dead"]["last_success"] is not None
    )
    assert health["good"]["consecutive_failures"] == 0 and health["good"]["last_links"] == 3
    assert list(db.query("select source from source_health"))[0]["source"] == "dead"
