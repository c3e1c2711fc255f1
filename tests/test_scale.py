"""Past one machine: workers crawl into their own files, ship JSONL, the centre imports it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import yaml

from core.paths import DEMO_SOURCES, ROOT
from tests.conftest import run_cli

# Everything a crawl decided about an article; ids and hashes are recomputed on import,
# so equal tuples mean the central copy is the article the worker stored.
FIELDS = (
    "id, url, canonical_url, title, author, published, published_source, language, text, "
    "outlet, content_hash, flags"
)


def article_set(db: Path) -> set[tuple]:
    with sqlite3.connect(db) as conn:
        return set(conn.execute(f"SELECT {FIELDS} FROM articles"))  # noqa: S608


def split_sources(tmp_path: Path) -> list[Path]:
    """The demo's four sources dealt to two workers, two each."""
    sources = yaml.safe_load(DEMO_SOURCES.read_text())["sources"]
    files = []
    for n, half in enumerate((sources[:2], sources[2:])):
        path = tmp_path / f"worker-{n}.yml"
        path.write_text(yaml.safe_dump({"sources": half}))
        files.append(path)
    return files


def crawl_process(sources: Path, base: str, db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tracker", "crawl", "--sources", str(sources), "--base", base]
        + ["--db", str(db)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_workers_shipping_batches_equal_one_machine(tmp_path, demo_base):
    workers = [tmp_path / "worker-0.db", tmp_path / "worker-1.db"]
    single, central = tmp_path / "single.db", tmp_path / "central.db"
    # The three crawls are independent processes: run them side by side to save time.
    procs = [
        crawl_process(src, demo_base, db)
        for src, db in [*zip(split_sources(tmp_path), workers, strict=True), (DEMO_SOURCES, single)]
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err[-2000:]
    assert all(article_set(w) for w in workers), "each worker stored something"

    batches = []
    for n, worker in enumerate(workers):
        batch = tmp_path / f"batch-{n}.jsonl"
        result = run_cli("export", "articles", "--db", str(worker), "-o", str(batch))
        assert result.returncode == 0, result.stderr
        assert f"{len(article_set(worker))} articles" in result.stderr
        batches.append(batch)
    first = json.loads(batches[0].read_text().splitlines()[0])
    assert {"url", "title", "published", "text", "outlet", "language"} <= first.keys()

    for batch in batches:
        result = run_cli("import", str(batch), "--db", str(central))
        assert result.returncode == 0, result.stderr
    assert article_set(central) == article_set(single)

    for batch in batches:  # a batch shipped twice adds nothing
        result = run_cli("import", str(batch), "--db", str(central))
        assert result.returncode == 0 and " 0 new" in result.stdout, result.stdout
        assert "0 updated" in result.stdout
    assert article_set(central) == article_set(single)


def test_since_ships_only_what_was_fetched_later(tmp_path):
    from core import store
    from core.db import connect

    db_path = tmp_path / "worker.db"
    db = connect(db_path)
    for n, when in enumerate(("2026-03-01T10:00:00+00:00", "2026-03-01T12:00:00+00:00")):
        store.save_article(
            db,
            {
                "url": f"https://w.example/{n}",
                "title": f"Story {n}",
                "text": f"Story {n} about the Pentagon and Anthropic. " * 20,
                "outlet": "Worker Wire",
                "published": "2026-02-28",
                "fetched_at": when,
            },
        )
    db.close()
    out = tmp_path / "batch.jsonl"
    # 06:30 at UTC-05:00 is 11:30 UTC: only the noon fetch is after it.
    result = run_cli(
        "export",
        "articles",
        "--db",
        str(db_path),
        "--since",
        "2026-03-01T06:30:00-05:00",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["url"] for r in rows] == ["https://w.example/1"]
    assert "next batch: --since 2026-03-01T12:00:00+00:00" in result.stderr
    result = run_cli(
        "export", "articles", "--db", str(db_path), "--since", "yesterday", "-o", str(out)
    )
    assert result.returncode == 2 and "Error: --since 'yesterday'" in result.stderr


def test_import_rejects_a_bad_shipped_field_and_writes_nothing(tmp_path):
    batch = tmp_path / "bad.jsonl"
    good = {"url": "https://w.example/a", "text": "Some text about the Army. " * 10}
    batch.write_text(
        json.dumps(good) + "\n" + json.dumps({**good, "url": "https://w.example/b", "flags": "x"})
    )
    db = tmp_path / "central.db"
    result = run_cli("import", str(batch), "--db", str(db))
    assert result.returncode == 2 and "bad.jsonl:2: 'flags'" in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 0
