"""Many machines, one work queue: articles exported, extracted elsewhere, results loaded back."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from core import store
from core.db import connect
from tests.conftest import run_cli

pytestmark = pytest.mark.model

ARTICLES = [
    (
        "https://news.example.org/talks",
        "Defense Secretary Pete Hegseth met Anthropic chief executive Dario Amodei at the "
        "Pentagon on Tuesday. The Army awarded Palantir a $400 million contract last July.",
    ),
    (
        "https://other.example.net/deal",
        "OpenAI announced a partnership with Anduril on Wednesday, the companies said.",
    ),
]


def mentions(path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT id, article_id, type, date, sentence FROM event_mentions ORDER BY id"
        ).fetchall()


def test_results_from_another_machine_equal_a_local_extraction(tmp_path):
    central = tmp_path / "central.db"
    db = connect(central)
    for url, text in ARTICLES:
        store.save_article(db, {"url": url, "text": text, "published": "2026-02-27"})
    db.close()
    local = tmp_path / "local.db"
    shutil.copy(central, local)

    todo, done = tmp_path / "todo.jsonl", tmp_path / "done.jsonl"
    steps = [
        ("export", "articles", "--db", str(central), "-o", str(todo)),
        ("extract-jsonl", str(todo), str(done)),  # on the other machine
        ("import-extractions", str(done), "--db", str(central)),
        ("extract", "--db", str(local)),
    ]
    outputs = []
    for step in steps:
        result = run_cli(*step)
        assert result.returncode == 0, (step, result.stderr[-2000:])
        outputs.append(result.stdout)
    assert "import-extractions: 2 articles" in outputs[2]
    assert mentions(central) == mentions(local) and len(mentions(central)) >= 3
    with sqlite3.connect(central) as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] >= 3
        pending = "SELECT count(*) FROM articles WHERE extracted_at IS NULL"
        assert conn.execute(pending).fetchone()[0] == 0


def test_unknown_article_or_stale_version_is_refused_whole(tmp_path):
    central = tmp_path / "central.db"
    db = connect(central)
    url, text = ARTICLES[0]
    store.save_article(db, {"url": url, "text": text, "published": "2026-02-27"})
    aid = store.article_id(url)
    db.close()
    good = {"id": aid, "entities": [], "dates": [], "events": [], "flags": []}
    from extract import EXTRACTOR_VERSION

    cases = {
        "unknown": [{**good, "id": "nope", "extractor_version": EXTRACTOR_VERSION}],
        "stale": [{**good, "extractor_version": "0.0.1"}],
        "malformed": [{**good, "events": "x", "extractor_version": EXTRACTOR_VERSION}],
        "incomplete": [
            {**good, "events": [{"type": "meeting"}], "extractor_version": EXTRACTOR_VERSION}
        ],
    }
    for name, lines in cases.items():
        path = tmp_path / f"{name}.jsonl"
        path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
        result = run_cli("import-extractions", str(path), "--db", str(central))
        assert result.returncode == 2, (name, result.stdout, result.stderr)
        assert f"{name}.jsonl:1" in result.stderr
    with sqlite3.connect(central) as conn:
        assert conn.execute("SELECT extracted_at FROM articles").fetchone()[0] is None
