"""Formula injection through the CSV exports (reliability #28, issue 17 item 5): every formula
start character, and CR, LF and tab inside a cell, through `tracker export timeline`."""

from __future__ import annotations

import csv
import io
import re

import pytest

from core.db import connect
from tests.conftest import run_cli
from tests.test_store_merge_export import build_timeline
from timeline.export import neutralise, write_csv

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# What the database holds, per event date and column: every formula start, first or after a
# line break (CR, LF, CRLF), and a tab inside a cell.
HOSTILE = {
    "2026-01": {
        "headline": "=SUM(1+1)",
        "actors": "+Pete\tHegseth",
        "first_outlet": "@Outlet",
        "evidence": 'Calm start\r=HYPERLINK("http://evil.example")\n-2+3\r\n@cmd|x',
    },
    "2026-02-24": {
        "headline": "-10 dollars",
        "actors": "\rCR first\r\r+two",
        "first_outlet": "Plain, with a comma",
        "evidence": "\tTabbed\tinside",
    },
}
# The same cells as the export must write them: a ' before the cell and before each line
# that would start with a formula once a spreadsheet breaks the cell at CR or LF.
EXPECTED = {
    "2026-01": {
        "headline": "'=SUM(1+1)",
        "actors": "'+Pete\tHegseth",
        "first_outlet": "'@Outlet",
        "evidence": "Calm start\r'=HYPERLINK(\"http://evil.example\")\n'-2+3\r\n'@cmd|x",
    },
    "2026-02-24": {
        "headline": "'-10 dollars",
        "actors": "'\rCR first\r'\r'+two",
        "first_outlet": "Plain, with a comma",
        "evidence": "'\tTabbed\tinside",
    },
}


def hostile_db(db_path):
    db = build_timeline(db_path)
    for day, cells in HOSTILE.items():
        sets = ", ".join(f"{col} = ?" for col in cells)
        db.execute(f"UPDATE events SET {sets} WHERE date = ?", [*cells.values(), day])  # noqa: S608
    db.conn.commit()
    db.close()


def read_raw(path) -> str:
    """The file as written, line endings untranslated."""
    with path.open(encoding="utf-8", newline="") as f:
        return f.read()


def assert_no_line_starts_a_formula(raw: str) -> None:
    """Read the file as a spreadsheet that ends a row at any CR or LF would: no line, and no
    field of a line, may start with a formula character."""
    for line in re.split(r"\r\n|\r|\n", raw):
        assert not line.startswith(FORMULA_START), repr(line)
        for field in line.split(","):
            assert not field.lstrip('"').startswith(FORMULA_START), repr(line)


def assert_cells_are_text(cells: list[str]) -> None:
    for cell in cells:
        assert not cell.startswith(FORMULA_START), repr(cell)
        for part in re.split(r"\r\n|\r|\n", cell)[1:]:
            assert not part.startswith(FORMULA_START), repr(cell)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("ok\r=1+1", "ok\r'=1+1"),
        ("ok\n+1", "ok\n'+1"),
        ("ok\r\n-1", "ok\r\n'-1"),
        ("ok\n\t@x", "ok\n'\t@x"),
        ("a - b = c", "a - b = c"),
        ("", ""),
        (None, None),
        (-5.0, -5.0),
    ],
)
def test_neutralise_every_line_of_a_cell(value, expected):
    assert neutralise(value) == expected


def test_cells_with_cr_lf_or_tab_stay_one_quoted_cell():
    buf = io.StringIO()
    rows = [{"date": "2026", "headline": "a\rb", "evidence": "c\nd", "actors": "e\tf"}]
    assert write_csv(rows, buf) == 1
    raw = buf.getvalue()
    for cell in ('"a\rb"', '"c\nd"', '"e\tf"'):
        assert cell in raw
    parsed = list(csv.reader(io.StringIO(raw, newline="")))
    assert len(parsed) == 2
    assert (parsed[1][4], parsed[1][5], parsed[1][11]) == ("a\rb", "e\tf", "c\nd")


def test_cli_csv_export_neutralises_every_cell_and_keeps_the_database(db_path, tmp_path):
    hostile_db(db_path)
    out = tmp_path / "timeline.csv"
    result = run_cli("export", "timeline", "--db", str(db_path), "-o", str(out))
    assert result.returncode == 0, result.stderr
    raw = read_raw(out)
    assert_no_line_starts_a_formula(raw)
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    assert [r["date"] for r in rows] == ["2026-01", "2026-02-24"]
    for row in rows:
        assert {col: row[col] for col in EXPECTED[row["date"]]} == EXPECTED[row["date"]]
        assert_cells_are_text(list(row.values()))
    db = connect(db_path)
    for day, cells in HOSTILE.items():
        stored = db.execute(
            f"SELECT {', '.join(cells)} FROM events WHERE date = ?",  # noqa: S608
            [day],
        ).fetchone()
        assert stored == tuple(cells.values())
    db.close()


def test_cli_timelinejs_export_neutralises_every_cell(db_path, tmp_path):
    hostile_db(db_path)
    out = tmp_path / "timelinejs.csv"
    result = run_cli(
        "export",
        "timeline",
        "--format",
        "timelinejs",
        "--title",
        "=1+1\r@title",
        "--db",
        str(db_path),
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    raw = read_raw(out)
    assert_no_line_starts_a_formula(raw)
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    assert [r["Type"] for r in rows] == ["title", "", ""]
    assert rows[0]["Headline"] == "'=1+1\r'@title"
    assert [r["Headline"] for r in rows[1:]] == ["'=SUM(1+1)", "'-10 dollars"]
    assert "Calm start\r'=HYPERLINK(" in rows[1]["Text"]
    assert "\n'-2+3\r\n'@cmd|x" in rows[1]["Text"]
    for row in rows:
        assert_cells_are_text(list(row.values()))
