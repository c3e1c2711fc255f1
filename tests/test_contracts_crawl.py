"""The DoD contracts spider against an own-words copy of the site served on 127.0.0.1."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from core.db import connect
from tests.conftest import run_cli
from tests.test_site import datasette, get
from tracker.demo_site import DemoSite

SITE = Path(__file__).parent / "fixtures" / "dod_site"


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """One crawl of the fixture site, then `tracker merge`; a second crawl to check re-runs."""
    tmp = tmp_path_factory.mktemp("dod")
    sources = tmp / "sources.yml"
    sources.write_text(
        "sources:\n"
        "  - name: dod-contracts\n"
        "    kind: dod_contracts\n"
        '    url: "{{BASE}}/News/Contracts/"\n'
        "    outlet: U.S. Department of Defense\n"
        "    local: true\n"
    )
    db_path = tmp / "tracker.db"
    with DemoSite(SITE) as base:
        first = run_cli("crawl", "--sources", str(sources), "--base", base, "--db", str(db_path))
        merged = run_cli("merge", "--db", str(db_path))
        again = run_cli("crawl", "--sources", str(sources), "--base", base, "--db", str(db_path))
    return db_path, first, merged, again


def test_crawl_stores_each_day_as_one_article_with_its_awards(crawled):
    db_path, first, merged, again = crawled
    assert first.returncode == 0, first.stderr
    assert "2 new" in first.stdout
    db = connect(db_path)
    days = db.execute("SELECT published, kind, outlet FROM articles ORDER BY published").fetchall()
    assert days == [
        ("2025-03-03", "dod_contracts", "U.S. Department of Defense"),
        ("2025-03-04", "dod_contracts", "U.S. Department of Defense"),
    ]
    rows = db.execute(
        "SELECT agency, company_id, amount_usd, small_business FROM contracts "
        "ORDER BY announcement_date, paragraph_index, awardee_index"
    ).fetchall()
    assert rows[0] == ("ARMY", "anduril", 99_750_000, 0)
    assert rows[1] == ("ARMY", "palantir", 41_200_000, 0)
    assert [r[3] for r in rows[2:5]] == [1, 0, 1]  # the asterisked co-awardees
    assert len(rows) == 9 and {r[0] for r in rows} == {
        "ARMY",
        "DEFENSE LOGISTICS AGENCY",
        "NAVY",
        "AIR FORCE",
    }
    reason = db.execute("SELECT reason FROM pages WHERE url LIKE '%/3002/'").fetchone()[0]
    assert reason == "3 awards, 2 paragraphs rejected"


def test_awards_become_contract_events_on_entity_timelines(crawled):
    db_path, _, merged, _ = crawled
    assert merged.returncode == 0, merged.stderr
    db = connect(db_path)
    mentions = db.execute(
        "SELECT count(*) FROM event_mentions WHERE origin = 'contracts' AND type = 'contract' "
        "AND precision = 'day' AND status = 'occurred'"
    ).fetchone()[0]
    assert mentions == 7
    anduril = db.execute(
        "SELECT date, amount_usd, role, headline FROM entity_timeline WHERE entity_id = 'anduril'"
    ).fetchall()
    assert anduril == [
        (
            "2025-03-03",
            99_750_000,
            "counterpart",
            "Contract: U.S. Department of Defense and Anduril and Army Contracting Command",
        )
    ]
    actors = {
        r[0]: r[1]
        for r in db.execute(
            "SELECT ea.entity_id, ea.role FROM event_actors ea JOIN events e ON e.id = ea.event_id "
            "WHERE e.amount_usd = 212480500"
        )
    }
    assert actors == {
        "us-department-of-defense": "agent",
        "lockheed-martin": "counterpart",
        "navsea": "participant",
    }
    assert (
        db.execute("SELECT count(*) FROM articles WHERE extractor_version IS NULL").fetchone()[0]
        == 0
    )


def test_second_crawl_fetches_no_day_twice(crawled):
    db_path, _, _, again = crawled
    assert again.returncode == 0, again.stderr
    assert "0 new" in again.stdout
    assert connect(db_path).execute("SELECT count(*) FROM contracts").fetchone()[0] == 9


def test_distinct_awards_of_one_day_stay_distinct_events(crawled, tmp_path):
    db_path, *_ = crawled
    source = sqlite3.connect(db_path)
    copy = sqlite3.connect(tmp_path / "copy.db")
    source.backup(copy)
    source.close()
    copy.close()
    db = connect(tmp_path / "copy.db")
    db.execute(
        "UPDATE event_mentions SET amount_usd = 41200000 WHERE amount_usd = 99750000"
    )  # two different awards that happen to be of one size
    from timeline.merge import merge

    report = merge(db)
    assert report.events == report.mentions


def test_contracts_in_datasette_canned_queries_and_facets(crawled):
    db_path, *_ = crawled
    ds = datasette(db_path)
    table, largest, company, agency, day = get(
        ds,
        "/tracker/contracts.json?_facet=agency&_facet=contract_type&_facet=company",
        "/tracker/largest_awards.json?_shape=objects",
        "/tracker/awards_by_company.json?company=palantir&_shape=objects",
        "/tracker/awards_by_agency.json?agency=navy&_shape=objects",
        "/tracker/awards_by_date.json?date=2025-03-03&_shape=objects",
    )
    assert table.status_code == 200
    facets = json.loads(table.text)["facet_results"]
    assert {"agency", "contract_type", "company"} <= set(facets)
    rows = json.loads(largest.text)["rows"]
    assert rows[0]["amount_usd"] == 212_480_500 and len(rows) == 7
    assert [r["awardee"] for r in json.loads(company.text)["rows"]] == ["Palantir USG Inc."]
    assert len(json.loads(agency.text)["rows"]) == 2
    assert len(json.loads(day.text)["rows"]) == 6
