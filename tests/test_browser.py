"""End to end in a real browser: headless Chromium against `tracker serve` on 127.0.0.1."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import free_port
from tests.test_store_merge_export import build_timeline
from tracker.serve import datasette_command

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


@contextlib.contextmanager
def serving(db_path: Path) -> Iterator[str]:
    """`tracker serve --public`'s Datasette over the file, on a free port of 127.0.0.1."""
    port = free_port()
    proc = subprocess.Popen(
        datasette_command(db_path, "127.0.0.1", port, public=True),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    try:
        while True:
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=1).read()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    proc.kill()
                    pytest.fail(f"datasette did not start: {proc.stderr.read().decode()[-2000:]}")
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def site(db_path):
    build_timeline(db_path).close()
    with serving(db_path) as base:
        yield base


@pytest.fixture
def browser(tmp_path: Path):
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        if os.environ.get("TRACKER_REQUIRE_BROWSER") == "1":
            pytest.fail("chromium and chromedriver are required here but missing")
        pytest.skip(
            "Debian's chromium and chromium-driver are not installed (.ci/run installs them)"
        )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={tmp_path / 'profile'}",
    ):
        options.add_argument(flag)
    options.add_experimental_option(
        "prefs",
        {"download.default_directory": str(tmp_path / "dl"), "download.prompt_for_download": False},
    )
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def test_timeline_entity_search_and_csv_in_chromium(site, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(site + "/timeline")
    events = browser.find_elements(By.CSS_SELECTOR, "ol.timeline > li.event")
    assert [e.find_element(By.TAG_NAME, "time").text.split("\n")[0] for e in events] == [
        "January 2026",
        "24 Feb 2026",
    ]

    browser.find_element(By.LINK_TEXT, "Dario Amodei").click()
    # a click starts the navigation; a loaded CI machine may not have finished it yet
    WebDriverWait(browser, 10).until(lambda d: d.current_url == site + "/entity/dario-amodei")
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Dario Amodei")

    browser.get(site + "/timeline")
    box = browser.find_element(By.NAME, "q")
    box.send_keys("met")
    box.submit()
    # submit() returns before the new page loads: wait for it (a slow CI run raced it)
    WebDriverWait(browser, 10).until(lambda b: "q=met" in b.current_url)
    assert "q=met" in browser.current_url
    assert len(browser.find_elements(By.CSS_SELECTOR, "li.event")) == 2

    browser.find_element(By.PARTIAL_LINK_TEXT, "as CSV").click()
    lines = downloaded(tmp_path / "dl" / "timeline.csv").splitlines()
    assert lines[0].startswith('"date","precision","type"')
    assert len(lines) == 3


def downloaded(target: Path) -> str:
    """The file Chromium saves, once it is complete: Chromium writes NAME.crdownload first
    and may put an empty NAME beside it before the rename (a loaded CI machine saw one)."""
    deadline = time.monotonic() + 20

    def complete() -> bool:
        partial = list(target.parent.glob("*.crdownload")) if target.parent.exists() else []
        return target.exists() and target.stat().st_size > 0 and not partial

    while not complete() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert target.exists(), f"{target.name} was not downloaded"
    return target.read_text(encoding="utf-8")


def test_public_instance_refuses_sql_and_serves_feeds(site):
    def fetch(path):
        try:
            with urllib.request.urlopen(site + path, timeout=10) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as err:
            return err.code, ""

    assert fetch("/tracker?sql=select+1")[0] == 403
    status, ics = fetch("/tracker/calendar.ics")
    assert status == 200 and "DTSTART;VALUE=DATE:20260224" in ics and "DTSTAMP:" in ics
    assert "Pete Hegseth meets Dario Amodei" in ics
    status, atom = fetch("/tracker/new_events.atom")
    assert status == 200 and "<feed" in atom and "<entry>" in atom
    assert fetch("/robots.txt") == (
        200,
        "User-agent: *\nDisallow: /tracker\nDisallow: /timeline.csv\nAllow: /tracker/timeline\n"
        "Allow: /timeline\nAllow: /entity/\nAllow: /event/\n",
    )
