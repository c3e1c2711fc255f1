"""A week of hourly runs, compressed: the site changes, a feed breaks, one run is killed.

Each run is the real `tracker run` in its own process (lock, crawl, `crawl_runs` and
`source_runs` rows, merge) with the spaCy stage replaced by `NoNlp`, so the week takes
seconds; the spaCy stage's own kill-and-resume is tests/test_faults.py's model test.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from core.paths import ROOT
from tests.test_faults_crawl import LocalSite, articles, count, integrity, sources_file

FEEDS = {"alpha": "/alpha.xml", "beta": "/beta.xml", "gamma": "/gamma.xml"}
EDITED = 1  # alpha's article 1 is rewritten after the first run
HOURS = 8
KILLED = 7  # the hour that is killed with SIGKILL mid-crawl


class NoNlp:
    """Stands in for spaCy: every article extracts to nothing, quickly."""

    gazetteer: list[dict] = []

    def extract_one(self, record: dict) -> dict:
        return {"id": record["id"], "entities": [], "dates": [], "events": []}

    def extract_many(self, records: list[dict], processes: int | None = None) -> list[dict]:
        return [self.extract_one(r) for r in records]


def run_main() -> None:
    """`tracker run` with NoNlp in place of the spaCy model (the entry of each run process)."""
    from tracker import cli, job

    job.make_extractor = lambda *args: NoNlp()
    cli.main()


def run_cmd(sources: Path, db: Path) -> list[str]:
    code = "import sys; from tests.test_week import run_main; sys.argv[0] = 'tracker'; run_main()"
    return [sys.executable, "-c", code, "run", "--sources", str(sources), "--db", str(db)]


class Week:
    """The site's state: which articles each feed lists, which revision each page is at."""

    def __init__(self, site: LocalSite) -> None:
        self.site = site
        self.listed = {"alpha": [0, 1, 2, 3], "beta": [10, 11, 12], "gamma": [20, 21]}
        self.revisions: dict[int, int] = {}
        self.updated: dict[int, str] = {}  # the feed's <atom:updated> of an edited article
        self.broken: set[str] = set()

    def publish(self) -> None:
        for name, path in FEEDS.items():
            self.site.publish(path, self.listed[name], self.revisions, self.updated)
            if name in self.broken:
                self.site.routes[path] = (500, "text/plain", "feed generator crashed")


def hour(sources: Path, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        run_cmd(sources, db), cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def runs(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("select id, status, finished from crawl_runs order by id").fetchall()


def health(db: Path) -> dict[str, tuple]:
    with sqlite3.connect(db) as conn:
        return {
            r[0]: r[1:]
            for r in conn.execute(
                "select source, consecutive_failures, last_success is not null from source_health"
            )
        }


@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Eight hourly runs over a changing site, and a clean crawl of the final site."""
    tmp = tmp_path_factory.mktemp("week")
    db, clean = tmp / "tracker.db", tmp / "clean.db"
    site = LocalSite()
    state = Week(site)
    seen: dict = {"codes": [], "health_while_broken": None}
    with site.running() as base:
        sources = sources_file(tmp / "sources.yml", base, FEEDS)
        clean_proc = None
        for hour_no in range(1, HOURS + 1):
            if hour_no == 2:
                state.listed["alpha"].append(4)
                state.revisions[EDITED] = 1
                state.updated[EDITED] = datetime.now(UTC).isoformat()
                state.listed["beta"].append(13)
            if hour_no == 3:
                state.broken.add("gamma")
            if hour_no == 4:
                state.listed["gamma"].append(22)  # listed while the feed is down
            if hour_no == 6:
                state.broken.discard("gamma")
                state.listed["alpha"].append(5)
            if hour_no == KILLED:  # a slow hour, killed once it has stored something
                state.listed["alpha"] += [30, 31, 32, 33, 34, 35]
            if hour_no == HOURS:
                state.listed["beta"].append(14)
            state.publish()
            if hour_no == KILLED:
                site.delay, site.one_at_a_time = 0.3, True  # the kill lands between pages
                before = count(db)
                proc = subprocess.Popen(
                    run_cmd(sources, db),
                    cwd=ROOT,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                deadline = time.monotonic() + 60
                while count(db) == before and time.monotonic() < deadline and proc.poll() is None:
                    time.sleep(0.05)
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                site.delay, site.one_at_a_time = 0.0, False
                seen["codes"].append(-9)
                seen["stored_when_killed"] = count(db) - before
                continue
            if hour_no == HOURS:  # the site is final now: crawl it clean alongside
                clean_proc = subprocess.Popen(
                    [sys.executable, "-m", "tracker", "crawl", "--sources", str(sources)]
                    + ["--db", str(clean)],
                    cwd=ROOT,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                    text=True,
                )
            result = hour(sources, db)
            seen["codes"].append(result.returncode)
            seen.setdefault("stderr", []).append(result.stderr[-1500:])
            if hour_no == 5:
                seen["health_while_broken"] = health(db)
        assert clean_proc is not None and clean_proc.wait(timeout=120) == 0, (
            clean_proc.stderr.read()[-2000:]
        )
    return {"db": db, "clean": clean, "seen": seen, "base": base}


def test_every_hour_but_the_killed_one_exits_cleanly(week):
    codes = week["seen"]["codes"]
    assert codes[KILLED - 1] == -9
    assert 1 <= week["seen"]["stored_when_killed"] < 6, "the kill did not land mid-crawl"
    assert [c for i, c in enumerate(codes) if i != KILLED - 1] == [0] * (HOURS - 1), week["seen"][
        "stderr"
    ]
    assert integrity(week["db"]) == "ok"


def test_the_final_database_equals_a_clean_crawl_of_the_final_site(week):
    mine, clean = articles(week["db"]), articles(week["clean"])
    assert set(mine) == set(clean)  # the edited article at its new text included
    assert len(clean) == 20  # every article the final site lists, gamma's 22 included


def test_an_edited_article_arrives_with_its_new_text(week):
    edited = f"{week['base']}/news/{EDITED}.html"
    mine = {r[1]: r for r in articles(week["db"])}
    clean = {r[1]: r for r in articles(week["clean"])}
    assert mine[edited] == clean[edited]


def test_one_crawl_runs_row_per_run_and_the_killed_one_shows_as_started(week):
    history = runs(week["db"])
    assert [r[0] for r in history] == list(range(1, HOURS + 1))
    killed = history[KILLED - 1]
    assert killed[1] == "running" and killed[2] is None
    others = [r for i, r in enumerate(history) if i != KILLED - 1]
    assert all(r[1] == "ok" and r[2] is not None for r in others), others


def test_source_health_shows_the_broken_feed_and_its_recovery(week):
    broken = week["seen"]["health_while_broken"]
    assert broken["gamma"] == (3, 1)  # three failed hours in a row, after a success
    assert broken["alpha"] == (0, 1) and broken["beta"] == (0, 1)
    assert health(week["db"])["gamma"] == (0, 1)
    with sqlite3.connect(week["db"]) as conn:
        gamma = conn.execute(
            "select run_id, ok from source_runs where source = 'gamma' order by run_id"
        ).fetchall()
    assert [ok for _, ok in gamma] == [1, 1, 0, 0, 0, 1, 1]  # the killed hour wrote none
