"""`tracker import` refuses a bad file whole, with a line named and exit 2 (issue 17 #6, #15)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from click.testing import CliRunner

from core.db import connect
from tracker.cli import main

GOOD = {
    "url": "https://example.org/a",
    "title": "A",
    "published": "2026-02-01",
    "text": "The Pentagon met Anthropic on Tuesday. " * 20,
}


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def import_lines(tmp_path, *lines: str | bytes):
    src = tmp_path / "in.jsonl"
    data = b"".join((x if isinstance(x, bytes) else x.encode()) + b"\n" for x in lines)
    src.write_bytes(data)
    db = tmp_path / "t.db"
    return src, db, invoke("import", str(src), "--db", str(db))


def assert_refused(result, db, message: str) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert connect(db)["articles"].count == 0  # nothing written, not even the good line


def test_lone_surrogate_is_refused_before_anything_is_written(tmp_path):
    bad = json.dumps({**GOOD, "url": "https://example.org/b", "title": "x\ud800y"})
    src, db, result = import_lines(tmp_path, json.dumps(GOOD), bad)
    assert_refused(result, db, f"{src}:2: 'title'")


def test_lone_surrogate_in_the_text_is_refused(tmp_path):
    bad = json.dumps({**GOOD, "url": "https://example.org/b", "text": GOOD["text"] + "\udfff"})
    src, db, result = import_lines(tmp_path, json.dumps(GOOD), bad)
    assert_refused(result, db, f"{src}:2: 'text'")


def test_latin1_file_is_refused_with_its_line(tmp_path):
    latin1 = json.dumps({**GOOD, "title": "Caf\u00e9"}, ensure_ascii=False).encode("latin-1")
    src, db, result = import_lines(tmp_path, json.dumps(GOOD), latin1)
    assert_refused(result, db, f"{src}:2: not UTF-8")


def test_deeply_nested_json_is_refused(tmp_path):
    deep = '{"url": ' + "[" * 100_000 + "]" * 100_000 + "}"
    src, db, result = import_lines(tmp_path, json.dumps(GOOD), deep)
    assert_refused(result, db, f"{src}:2: ")


def test_publication_date_in_the_future_is_refused(tmp_path):
    src, db, result = import_lines(tmp_path, json.dumps({**GOOD, "published": "2099-01-01"}))
    assert_refused(result, db, f"{src}:1: 'published' 2099-01-01 is in the future")


def test_tomorrow_is_allowed_for_time_zones(tmp_path):
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    src, db, result = import_lines(tmp_path, json.dumps({**GOOD, "published": tomorrow}))
    assert result.exit_code == 0, result.output
    assert connect(db)["articles"].count == 1


@pytest.mark.parametrize("value", ["2026-02-02garbage", "2026-02-02 and more", "20260202"])
def test_publication_date_with_trailing_text_is_refused(tmp_path, value):
    src, db, result = import_lines(tmp_path, json.dumps({**GOOD, "published": value}))
    assert_refused(result, db, f"{src}:1: 'published' must be YYYY-MM-DD")


@pytest.mark.parametrize("value", ["2026-02-02", "2026-02-02T10:00:00+00:00", "2026-02-02T23:00Z"])
def test_publication_date_or_date_time_is_accepted(tmp_path, value):
    src, db, result = import_lines(tmp_path, json.dumps({**GOOD, "published": value}))
    assert result.exit_code == 0, result.output
    rows = list(connect(db)["articles"].rows)
    assert [r["published"] for r in rows] == ["2026-02-02"]


@pytest.mark.parametrize("url", ["https://", "http:///path", "https://:80/x", "https:// /x"])
def test_url_without_a_host_is_refused(tmp_path, url):
    src, db, result = import_lines(tmp_path, json.dumps(GOOD), json.dumps({**GOOD, "url": url}))
    assert_refused(result, db, f"{src}:2: 'url' must be an http(s) URL")


def test_canonical_url_without_a_host_is_refused(tmp_path):
    src, db, result = import_lines(tmp_path, json.dumps({**GOOD, "canonical_url": "https://"}))
    assert_refused(result, db, f"{src}:1: 'canonical_url' must be an http(s) URL")
