"""The command line: help, clear usage errors with exit 2, nothing written on bad input."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from core.db import connect
from tracker.cli import main


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_help_lists_every_command():
    result = invoke("--help")
    assert result.exit_code == 0
    for command in (
        "crawl",
        "extract",
        "run",
        "serve",
        "demo",
        "export",
        "import",
        "merge",
        "extract-jsonl",
    ):
        assert f"  {command} " in result.output
    for command in ("crawl", "extract", "run", "serve", "demo", "import", "merge"):
        sub = invoke(command, "--help")
        assert sub.exit_code == 0 and "--db" in sub.output, command
    assert "--no-serve" in invoke("demo", "--help").output
    assert "--format" in invoke("export", "timeline", "--help").output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "timeline", "--since", "2024-13-45"], "is not a date"),
        (["export", "timeline", "--type", "picnic"], "Invalid value for '--type'"),
        (["extract", "--limit", "-1"], "Invalid value for '--limit'"),
        (["crawl", "--no-such-flag"], "No such option"),
        (["serve", "--port", "70000"], "Invalid value for '--port'"),
    ],
)
def test_bad_arguments_are_usage_errors(tmp_path, args, message):
    db = tmp_path / "t.db"
    result = invoke(*args, "--db", str(db)) if args[0] != "crawl" else invoke(*args)
    assert result.exit_code == 2
    assert message in result.output
    assert not db.exists()


def test_bad_sources_file_exits_2_naming_file_and_line(tmp_path):
    bad = tmp_path / "sources.yml"
    bad.write_text(
        "sources:\n  - name: x\n    kind: feed\n    url: http://x.example/\n    every: 1h\n"
    )
    db = tmp_path / "t.db"
    result = invoke("crawl", "--sources", str(bad), "--db", str(db))
    assert result.exit_code == 2
    assert f"{bad}:5: unknown key 'every'" in result.output
    assert not db.exists()


def test_unfilled_base_placeholder_is_an_error(tmp_path):
    from core.paths import DEMO_SOURCES

    result = invoke("crawl", "--sources", str(DEMO_SOURCES), "--db", str(tmp_path / "t.db"))
    assert result.exit_code == 2 and "pass --base URL" in result.output


def test_serve_without_database_is_a_clear_error(tmp_path):
    result = invoke("serve", "--db", str(tmp_path / "missing.db"))
    assert result.exit_code == 1
    assert "does not exist" in result.output


def test_import_validates_whole_file_before_writing(tmp_path):
    good = {
        "url": "https://example.org/a",
        "title": "A",
        "published": "2026-02-01",
        "text": "Text. " * 80,
    }
    bad_file = tmp_path / "bad.jsonl"
    bad_file.write_text(
        json.dumps(good) + "\n" + json.dumps({**good, "published": "2026-02-30"}) + "\n"
    )
    db = tmp_path / "t.db"
    result = invoke("import", str(bad_file), "--db", str(db))
    assert result.exit_code == 2
    assert f"{bad_file}:2: 'published' must be YYYY-MM-DD or null" in result.output
    assert connect(db)["articles"].count == 0


def test_import_is_idempotent(tmp_path):
    records = [
        {
            "url": f"https://example.org/{i}",
            "title": f"T{i}",
            "published": None if i == 2 else "2026-01-0" + str(i + 1),
            "text": f"Story {i}. " + "The committee met to discuss the budget. " * 20,
        }
        for i in range(3)
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    db = tmp_path / "t.db"
    assert "3 new" in invoke("import", str(src), "--db", str(db)).output
    assert "3 unchanged" in invoke("import", str(src), "--db", str(db)).output
    rows = {r["url"]: r for r in connect(db)["articles"].rows}
    assert rows["https://example.org/2"]["published"] is None
    assert rows["https://example.org/0"]["published_source"] == "import"


@pytest.mark.model
def test_extract_jsonl_command_writes_one_result_per_record(tmp_path):
    from tests.conftest import run_cli

    records = [
        {
            "id": "a1",
            "url": "https://example.org/a1",
            "title": "Talks",
            "published": "2026-03-02",
            "text": "Defense Secretary Pete Hegseth will meet Anthropic chief executive Dario Amodei "
            "at the Pentagon on Thursday. The Army awarded Palantir a $400 million contract last July.",
        },
        {
            "id": "a2",
            "url": "https://example.org/a2",
            "title": "Undated",
            "published": None,
            "text": "OpenAI said on Tuesday it had joined GenAI.mil.",
        },
    ]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    result = run_cli("extract-jsonl", str(src), str(out))
    assert result.returncode == 0, result.stderr[-2000:]
    first, second = (json.loads(line) for line in out.read_text().splitlines())
    assert (first["id"], second["id"]) == ("a1", "a2")
    meeting = next(e for e in first["events"] if e["type"] == "meeting")
    assert (meeting["date"], meeting["precision"], meeting["status"]) == (
        "2026-03-05",
        "day",
        "planned",
    )
    assert {a["name"] for a in meeting["actors"]} >= {"Pete Hegseth", "Dario Amodei"}
    contract = next(e for e in first["events"] if e["type"] == "contract")
    assert (contract["amount_usd"], contract["date"], contract["precision"]) == (
        400_000_000,
        "2025-07",
        "month",
    )
    assert all(d["value"] is None for d in second["dates"])  # no publication date: unresolved
    assert {"id", "entities", "dates", "events"} <= set(first)
