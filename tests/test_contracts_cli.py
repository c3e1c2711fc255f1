"""`tracker contracts parse` and `tracker contracts import` on saved announcement pages."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from core.db import connect
from tracker.cli import main

SITE = (
    Path(__file__).parent / "fixtures" / "dod_site" / "News" / "Contracts" / "Contract" / "Article"
)
DAY1 = SITE / "3001" / "index.html"
DAY2 = SITE / "3002" / "index.html"

UNDATED = """ARMY

Tallgrass Robotics Inc., Lincoln, Nebraska, was awarded a $7,900,000 firm-fixed-price contract for route clearance robots. U.S. Army Contracting Command, Warren, Michigan, is the contracting activity (W56HZV-25-C-0101).

*Small business
"""


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_parse_prints_one_json_object_per_award_and_explains_rejections():
    result = CliRunner().invoke(main, ["contracts", "parse", str(DAY1)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 4
    first = lines[0]
    assert first["awardees"][0]["company_id"] == "anduril"
    assert first["announcement_date"] == "2025-03-03" and first["agency"] == "ARMY"
    assert first["amount_usd"] == 99_750_000
    assert [p["percent"] for p in first["places"]] == [80.0, 20.0]
    assert lines[1]["awardees"][0]["company_id"] == "palantir"
    assert "not an award [footnote]" in result.stderr


def test_parse_needs_a_date_for_an_undated_text(tmp_path):
    saved = tmp_path / "saved.txt"
    saved.write_text(UNDATED)
    missing = CliRunner().invoke(main, ["contracts", "parse", str(saved)])
    assert missing.exit_code == 2 and "pass --date" in missing.output
    bad = CliRunner().invoke(main, ["contracts", "parse", str(saved), "--date", "2025-02-30"])
    assert bad.exit_code == 2 and "not a date" in bad.output
    ok = CliRunner().invoke(main, ["contracts", "parse", str(saved), "--date", "2025-03-05"])
    assert ok.exit_code == 0
    (record,) = [json.loads(line) for line in ok.stdout.splitlines()]
    assert record["announcement_date"] == "2025-03-05"


def test_date_from_an_archive_file_name(tmp_path):
    saved = tmp_path / "3-5-2025.txt"
    saved.write_text(UNDATED)
    result = CliRunner().invoke(main, ["contracts", "parse", str(saved)])
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["announcement_date"] == "2025-03-05"


def test_import_stores_contracts_events_and_is_idempotent(tmp_path):
    db_path = tmp_path / "t.db"
    first = invoke("contracts", "import", str(DAY1), str(DAY2), "--db", str(db_path))
    assert "2 pages, 7 awards" in first.output
    second = invoke("contracts", "import", str(DAY1), str(DAY2), "--db", str(db_path))
    assert "(unchanged)" in second.output and "(updated)" not in second.output
    db = connect(db_path)
    assert db.execute("SELECT count(DISTINCT award_id), count(*) FROM contracts").fetchone() == (
        7,
        9,
    )
    assert (
        db.execute("SELECT count(*) FROM articles WHERE kind = 'dod_contracts'").fetchone()[0] == 2
    )
    assert (
        db.execute(
            "SELECT count(*) FROM event_mentions WHERE origin = 'contracts' AND type = 'contract'"
        ).fetchone()[0]
        == 7
    )
    row = db.execute(
        "SELECT company_id, company_unit FROM contracts WHERE awardee LIKE 'Lockheed%'"
    ).fetchone()
    assert row == ("lockheed-martin", "Lockheed Martin Rotary and Mission Systems")


def test_import_url_only_for_one_file(tmp_path):
    result = CliRunner().invoke(
        main,
        [
            "contracts",
            "import",
            str(DAY1),
            str(DAY2),
            "--db",
            str(tmp_path / "t.db"),
            "--url",
            "https://x",
        ],
    )
    assert result.exit_code == 2 and "--url names one page" in result.output
