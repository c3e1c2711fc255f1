"""QA round s21, command line and reliability (fix C): clean errors, whole-file imports, the
gazetteer beside imported extractions, quiet summaries, closed pipes, extraction flags."""

from __future__ import annotations

import gzip
import json
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from core import store
from core.db import connect
from core.errors import ConfigError, InputError
from core.paths import ROOT
from extract.errors import ModelError, RecordError
from extract.ontology import EVENT_TYPES
from extract.version import EXTRACTOR_VERSION
from tracker.cli import main
from tracker.options import BROKEN_PIPE_EXIT

STORY = (
    "https://wire.example.com/navy-deal",
    "The Navy signed a contract with Acme Robotics on March 3, 2026, officials said.",
)
GAZETTEER = """\
version: 1
entities:
  - {id: acme-robotics, name: Acme Robotics, type: ORG, aliases: [Acme], tags: [company]}
  - {id: jane-roe, name: Jane Roe, type: PERSON, aliases: [Roe], tags: [acme-robotics]}
  - {id: us-navy, name: U.S. Navy, type: ORG, aliases: [Navy, the Navy], tags: [military]}
"""


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def article_db(path: Path) -> str:
    db = connect(path)
    store.save_article(db, {"url": STORY[0], "text": STORY[1], "published": "2026-03-04"})
    db.close()
    return store.article_id(STORY[0])


def result_for(aid: str, **event: object) -> dict:
    """A hand-made extraction result of STORY, as `extract-jsonl` writes one."""
    ev = {
        "type": "contract",
        "date": "2026-03-03",
        "precision": "day",
        "date_text": "March 3, 2026",
        "status": "occurred",
        "confidence": 0.9,
        "amount_usd": None,
        "location": None,
        "sentence": STORY[1],
        "start": 0,
        "end": len(STORY[1]),
        "trigger": "signed",
        "deadline": None,
        "actors": [
            {"id": "us-navy", "name": "U.S. Navy", "type": "ORG", "role": "agent"},
            {"id": "acme-robotics", "name": "Acme Robotics", "type": "ORG", "role": "counterpart"},
        ],
        **event,
    }
    return {
        "id": aid,
        "entities": [
            {
                "id": "acme-robotics",
                "name": "Acme Robotics",
                "type": "ORG",
                "count": 1,
                "mentions": [{"start": 37, "end": 50, "text": "Acme Robotics"}],
            }
        ],
        "dates": [{"start": 54, "end": 67, "text": "March 3, 2026", "value": "2026-03-03"}],
        "events": [ev],
        "flags": [],
        "extractor_version": EXTRACTOR_VERSION,
    }


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def count(path: Path, sql: str) -> object:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchone()[0]


# -- 1. a bad model or a bad extract-jsonl input: one line, exit 2 ---------------------------


def test_model_and_record_errors_are_tracker_errors():
    assert issubclass(ModelError, ConfigError) and ModelError("x").exit_code == 2
    assert issubclass(RecordError, InputError) and RecordError("x").exit_code == 2


@pytest.mark.parametrize(
    "content",
    [
        b'{"id": "a", "text": "fine"}\n{not json\n',
        b'{"id": "a", "text": "fine"}\n\xff\xfe{"id": "b"}\n',
    ],
    ids=["bad-json", "not-utf8"],
)
def test_extract_jsonl_names_the_bad_line_before_loading_a_model(tmp_path, content):
    infile = tmp_path / "in.jsonl"
    infile.write_bytes(content)
    # the model does not exist either: the input is checked first, so the line is named
    result = invoke(
        "extract-jsonl", str(infile), str(tmp_path / "out.jsonl"), "--model", "no_model"
    )
    assert result.exit_code == 2
    assert f"{infile}:2:" in result.output and "Traceback" not in result.output
    assert "loading spaCy model" not in result.output


def test_a_model_that_cannot_load_is_a_configuration_error(tmp_path):
    infile = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "Acme met the Navy."}])
    result = invoke(
        "extract-jsonl", str(infile), str(tmp_path / "out.jsonl"), "--model", "no_such_model_x"
    )
    assert result.exit_code == 2
    assert "Error: cannot load spaCy model 'no_such_model_x'" in result.output
    assert not (tmp_path / "out.jsonl").exists()


# -- 2. import-extractions checks types and writes nothing on a bad line ---------------------


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"sentence": ["a list"]}, "events[0].sentence must be a string"),
        ({"actors": "us-navy"}, "events[0].actors must be a list"),
        ({"actors": [{"id": 7}]}, "events[0].actors[0].id must be a string"),
        ({"type": "nonsense-type"}, "is no event type"),
        ({"amount_usd": "a lot"}, "events[0].amount_usd must be a number"),
        ({"start": "0"}, "events[0].start must be an integer"),
        ({"confidence": True}, "events[0].confidence must be a number"),
    ],
)
def test_import_extractions_refuses_a_wrong_type_and_writes_nothing(tmp_path, change, problem):
    db = tmp_path / "central.db"
    aid = article_db(db)
    good, bad = result_for(aid), result_for(aid, **change)
    path = write_jsonl(tmp_path / "results.jsonl", [good, bad])  # the bad one comes last
    result = invoke("import-extractions", str(path), "--db", str(db))
    assert result.exit_code == 2, result.output
    assert f"{path}:2: " in result.output and problem in result.output
    assert count(db, "SELECT count(*) FROM event_mentions") == 0
    assert count(db, "SELECT count(*) FROM articles WHERE extractor_version IS NOT NULL") == 0
    assert count(db, "SELECT count(*) FROM entities") == 0


def test_every_event_type_of_the_ontology_is_accepted(tmp_path):
    db = tmp_path / "central.db"
    aid = article_db(db)
    lines = [result_for(aid, type=t, start=i) for i, t in enumerate(EVENT_TYPES)]
    result = invoke(
        "import-extractions", str(write_jsonl(tmp_path / "r.jsonl", lines)), "--db", str(db)
    )
    assert result.exit_code == 0, result.output


# -- 3. import-extractions loads the gazetteer as `tracker extract` does ---------------------


def test_import_extractions_stores_the_gazetteer(tmp_path):
    db = tmp_path / "central.db"
    aid = article_db(db)
    entities = tmp_path / "entities.yml"
    entities.write_text(GAZETTEER, encoding="utf-8")
    path = write_jsonl(tmp_path / "r.jsonl", [result_for(aid)])
    result = invoke("import-extractions", str(path), "--db", str(db), "--entities", str(entities))
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT aliases, tags, in_gazetteer FROM entities WHERE id = 'jane-roe'"
        ).fetchone()
    assert row == ('["Roe"]', '["acme-robotics"]', 1)
    # an alias finds the events, as on a database `tracker extract` filled
    out = tmp_path / "acme.csv"
    result = invoke("export", "timeline", "--db", str(db), "--entity", "acme", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "Acme Robotics" in out.read_text(encoding="utf-8")


# -- 4. one article twice in a file: the last record wins, a re-run is unchanged -------------


def test_an_article_twice_in_one_file_imports_unchanged_on_a_rerun(tmp_path):
    first = {"url": "https://desk.example.org/story?utm_source=feed", "text": "First take."}
    second = {"url": "https://DESK.example.org/story", "text": "Second take, corrected."}
    path = write_jsonl(tmp_path / "twice.jsonl", [first, second])
    db = tmp_path / "t.db"
    outputs = [invoke("import", str(path), "--db", str(db)).output for _ in range(3)]
    assert "1 new, 0 unchanged, 1 duplicate, 0 updated" in outputs[0]
    assert "0 new, 1 unchanged, 1 duplicate, 0 updated" in outputs[1]
    assert outputs[2] == outputs[1]
    assert count(db, "SELECT text FROM articles") == "Second take, corrected."


# -- 5. commands that only process data refuse a missing database ----------------------------


@pytest.mark.parametrize(
    "args", [("merge",), ("extract",), ("correct", "wrong", "some-report")], ids=lambda a: a[0]
)
def test_a_mistyped_db_is_refused_not_created(tmp_path, args):
    missing = tmp_path / "no_such_folder" / "missing.db"
    result = invoke(*args, "--db", str(missing))
    assert result.exit_code == 1
    assert f"database {missing} does not exist" in result.output
    assert not missing.parent.exists()


def test_import_extractions_refuses_a_missing_database(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [result_for("abc")])
    result = invoke("import-extractions", str(path), "--db", str(tmp_path / "missing.db"))
    assert result.exit_code == 1 and "does not exist" in result.output
    assert not (tmp_path / "missing.db").exists()


def test_a_file_in_the_db_path_is_named(tmp_path):
    (tmp_path / "junk.db").write_text("not a folder")
    result = invoke("merge", "--db", str(tmp_path / "junk.db" / "x.db"))
    assert result.exit_code == 1
    assert f"{tmp_path / 'junk.db'} is a file, not a folder" in result.output


# -- 6. --quiet prints no summaries ---------------------------------------------------------


def test_quiet_prints_no_summary(tmp_path):
    db = tmp_path / "t.db"
    article_db(db)
    loud = invoke("merge", "--db", str(db))
    assert "merge:" in loud.output
    for args in (
        ("merge", "--db", str(db)),
        ("backup", str(tmp_path / "copy.db"), "--db", str(db)),
        ("vacuum", "--db", str(db)),
        ("export", "timeline", "--db", str(db), "-o", str(tmp_path / "t.csv")),
    ):
        result = invoke("-q", *args)
        assert result.exit_code == 0 and result.output == "", (args, result.output)
    # data asked for is still written
    assert invoke("-q", "export", "timeline", "--db", str(db)).output.startswith('"')


# -- 7. a closed pipe ends the command quietly ----------------------------------------------


def test_a_closed_pipe_is_no_error(tmp_path):
    db = tmp_path / "t.db"
    dbc = connect(db)
    for i in range(300):  # events on 300 days: more than a pipe holds before its reader reads
        url, day = f"https://wire.example.com/item-{i}", date(2025, 1, 1) + timedelta(days=i)
        text = f"{STORY[1]} Item {i}."
        store.save_article(dbc, {"url": url, "text": text, "published": "2026-03-04"})
        res = result_for(store.article_id(url), date=day.isoformat())
        store.save_extraction(dbc, store.article_id(url), res, EXTRACTOR_VERSION)
    dbc.close()
    invoke("merge", "--db", str(db))
    cmd = [
        sys.executable,
        "-m",
        "tracker",
        "export",
        "timeline",
        "--db",
        str(db),
        "--format",
        "json",
    ]
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT) as proc:
        proc.stdout.read(10)
        proc.stdout.close()  # the reader stops, as `| head -c 10` does
        err = proc.stderr.read().decode()
        code = proc.wait(timeout=120)
    assert code == BROKEN_PIPE_EXIT
    assert "Error" not in err and "Exception" not in err, err


# -- 8. smaller things ----------------------------------------------------------------------


def test_failed_backup_leaves_no_file(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not SQLite" * 100)
    dest = tmp_path / "backup.db"
    result = invoke("backup", str(dest), "--db", str(junk))
    assert result.exit_code == 1 and "failed" in result.output
    assert not dest.exists()


def test_a_jsonl_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "excel.jsonl"
    record = {"url": "https://wire.example.com/bom", "text": "The Navy met Acme Robotics."}
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(record).encode() + b"\n")
    result = invoke("import", str(path), "--db", str(tmp_path / "t.db"))
    assert result.exit_code == 0 and "1 new" in result.output
    from extract.jsonl import read_records

    assert next(read_records(path))["url"] == record["url"]


@pytest.mark.parametrize("fmt", ["csv", "ics"])
def test_export_to_stdout_from_a_bad_database_writes_nothing(tmp_path, fmt):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not SQLite" * 100)
    result = CliRunner().invoke(main, ["export", "timeline", "--db", str(junk), "--format", fmt])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert f"cannot read the timeline from {junk}" in result.stderr


def test_parse_article_names_a_corrupt_gzip(tmp_path):
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(b"<html><body><p>Text</p></body></html>")[:20])
    result = invoke("parse-article", str(page), "--url", "https://wire.example.com/p")
    assert result.exit_code == 2
    assert f"Error: {page}: cannot decompress" in result.output


# -- 9. extraction flags reach the article's flags ------------------------------------------


def test_extraction_flags_are_stored_with_the_crawls(tmp_path):
    db = connect(tmp_path / "t.db")
    store.save_article(
        db, {"url": STORY[0], "text": STORY[1], "published": None, "flags": ["no_publication_date"]}
    )
    aid = store.article_id(STORY[0])

    def flags() -> list[str]:
        return json.loads(
            db.execute("SELECT flags FROM articles WHERE id = ?", [aid]).fetchone()[0]
        )

    cut = {"flags": ["truncated", "no_publication_date"]}
    store.save_extraction(db, aid, cut, EXTRACTOR_VERSION)
    assert flags() == ["no_publication_date", "truncated"]
    store.save_extraction(db, aid, cut, EXTRACTOR_VERSION)  # again: the same list
    assert flags() == ["no_publication_date", "truncated"]
    store.save_extraction(db, aid, {"flags": ["no_publication_date"]}, EXTRACTOR_VERSION)
    assert flags() == ["no_publication_date"]  # no longer cut: the flag goes, the crawl's stays


def test_import_extractions_stores_the_truncated_flag(tmp_path):
    db = tmp_path / "central.db"
    aid = article_db(db)
    path = write_jsonl(tmp_path / "r.jsonl", [{**result_for(aid), "flags": ["truncated"]}])
    assert invoke("import-extractions", str(path), "--db", str(db)).exit_code == 0
    assert json.loads(count(db, "SELECT flags FROM articles")) == ["truncated"]


# -- 10. implausible publication dates ------------------------------------------------------


def test_import_refuses_a_publication_date_before_1900(tmp_path):
    record = {"url": "https://wire.example.com/y1", "text": STORY[1], "published": "0001-01-01"}
    path = write_jsonl(tmp_path / "y1.jsonl", [record])
    result = invoke("import", str(path), "--db", str(tmp_path / "t.db"))
    assert result.exit_code == 2
    assert f"{path}:1: 'published' 0001-01-01 is before 1900" in result.output


def test_relative_dates_off_the_calendar_have_no_value():
    from extract.timeref import resolve

    assert resolve("yesterday", date(1, 1, 1)).value is None
    assert resolve("two weeks ago", date(1, 1, 3)).value is None
    assert resolve("last year", date(1, 6, 1)).value is None  # not "0000"
    assert resolve("next year", date(9999, 6, 1)).value is None  # not "10000"
    assert resolve("tomorrow", date(9999, 12, 31)).value is None
    # ordinary dates are read as before
    assert resolve("yesterday", date(2026, 3, 4)).value == "2026-03-03"
    assert resolve("last year", date(2026, 3, 4)).value == "2025"
    assert resolve("the 19th century", date(2026, 3, 4)).value == "18"


@pytest.mark.model
def test_an_article_of_year_one_is_extracted_not_failed():
    from extract import get_extractor

    text = "Acme Robotics signed a contract with the Navy yesterday. Last year the Navy met Acme."
    result = get_extractor().extract_one({"id": "y1", "text": text, "published": "0001-01-01"})
    assert all(d["value"] is None or d["value"] >= "0001" for d in result["dates"])
