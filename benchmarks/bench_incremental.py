"""An hourly run on a database that already holds a year of news, beside extracting alone.

    python benchmarks/bench_incremental.py --articles 1000000 --new 500 --workdir /tmp/bench-inc

1. Builds once (cached in the work folder) a synthetic database with the real schema:
   N articles published over one year (short texts, full-text indexed), ~3 event mentions
   each (types, dates, Pentagon-heavy and Zipf-distributed actors, amounts) merged into a
   timeline, and near-duplicate signatures for the last 90 days.
2. Serves M new article pages (~700 words, published over the last two days) on 127.0.0.1.
3. Baseline in the same run: those M pages crawled into an empty database, then
   `tracker extract` alone on them (E seconds).
4. The hourly run: `tracker run` (crawl, extract, merge) on a copy of the big database
   (S seconds). The last line says `incremental ratio: S/E (...)`.
Also: database size, peak memory of the run, `tracker backup` and `tracker vacuum` at that
size, and the site's p50/p95 for the pages people open.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import shutil
import subprocess
import sys
import time
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_job import ACTORS, paragraph, say, timed, write_feed_sources  # noqa: E402
from bench_site import time_paths  # noqa: E402
from datasketch import MinHashLSH  # noqa: E402
from machine import describe  # noqa: E402

from core.db import connect  # noqa: E402
from core.paths import METADATA, PLUGINS, TEMPLATES  # noqa: E402
from crawler.pipelines.near_duplicates import NUM_PERM, band_hashes, from_bytes  # noqa: E402
from extract.version import EXTRACTOR_VERSION  # noqa: E402
from timeline.merge import merge  # noqa: E402
from tracker.demo_site import DemoSite  # noqa: E402

LAST_DAY = date(2026, 11, 30)  # the big database ends here; new pages are the next days
TYPES = ["statement"] * 6 + ["contract"] * 4 + ["meeting"] * 3 + ["partnership"] * 2
TYPES += ["policy", "launch", "funding", "legal", "designation", "personnel", "operation"]
WORDS = (
    "pentagon contract model officials company department award agreement deployment "
    "program army navy budget software analysts talks week report systems security"
).split()
DOD = "us-department-of-defense"
N_ENTITIES = 5000
# Zipf (s = 1) over the other parties: the most frequent is in ~11% of mentions, as the
# busiest company of a beat is; the Pentagon is drawn separately (30%).
ENTITY_IDS = [f"entity-{i}" for i in range(N_ENTITIES)]
ENTITY_WEIGHTS = list(accumulate(1 / (rank + 1) for rank in range(N_ENTITIES)))
BUILD_VERSION = 4  # bump when the synthetic data changes


def build(path: Path, n: int, seed: int = 5) -> None:
    """The synthetic database, generated once and merged once (cached beside `path`).

    The stamp names what the data depends on (its size and BUILD_VERSION). A newer schema
    is a migration on the cached file and a newer extractor version a stamp on its articles
    (the synthetic reports owe nothing to the extractor; they only must not be extracted
    again), so neither regenerates a million articles.
    """
    stamp = path.with_suffix(".json")
    want = {"articles": n, "version": BUILD_VERSION}
    state = json.loads(stamp.read_text()) if stamp.exists() else {}
    if not (path.exists() and {k: state.get(k) for k in want} == want):
        generate(path, n, seed)
        state = {**want, "merged": False}
        stamp.write_text(json.dumps(state))
    t0 = time.perf_counter()
    db = connect(path)  # applies any newer migration
    say(f"opened (migrated) the cached database in {time.perf_counter() - t0:.0f} s")
    with db.conn:
        for table in ("articles", "event_mentions"):
            db.execute(
                f"UPDATE {table} SET extractor_version = ? WHERE extractor_version IS NOT ?",  # noqa: S608
                (EXTRACTOR_VERSION, EXTRACTOR_VERSION),
            )
    pending = db.execute("SELECT pending FROM merge_state").fetchone()[0]
    if state.get("merged", True) and not pending:
        checkpoint(db)
        return
    t0 = time.perf_counter()
    say("merging every mention from scratch ...")
    report = merge(db, full=True)
    say(
        f"merged {report.mentions:,} mentions into {report.events:,} events in {time.perf_counter() - t0:.0f} s"
    )
    t0 = time.perf_counter()
    db.conn.execute("ANALYZE")
    db.conn.execute("VACUUM")
    say(f"ANALYZE and VACUUM in {time.perf_counter() - t0:.0f} s")
    checkpoint(db)
    stamp.write_text(json.dumps({**want, "merged": True}))


def checkpoint(db: Any) -> None:
    """Fold the write-ahead log into the file and empty it: a VACUUM leaves the whole
    database in the log, and an hourly run on a copy would pay for folding it back (or for
    reading it again), which a database in service never carries from one run to the next."""
    t0 = time.perf_counter()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if time.perf_counter() - t0 > 1:
        say(f"checkpointed the write-ahead log in {time.perf_counter() - t0:.0f} s")


def generate(path: Path, n: int, seed: int) -> None:
    """N articles over one year, their mentions and near-duplicate signatures, unmerged."""
    for old in path.parent.glob(path.name + "*"):
        old.unlink()
    rng = random.Random(seed)
    db = connect(path)
    conn = db.conn
    t0 = time.perf_counter()
    n_entities = N_ENTITIES
    with conn:
        conn.executemany(
            "INSERT OR IGNORE INTO entities (id, name, type) VALUES (?, ?, 'ORG')",
            [(f"entity-{i}", f"Entity {i}") for i in range(n_entities)]
            + [(DOD, "U.S. Department of Defense")],
        )
    lsh = MinHashLSH(threshold=0.45, num_perm=NUM_PERM)  # the crawl's default (0.7 - 0.25)
    first = LAST_DAY - timedelta(days=364)
    batch = 20000
    for lo in range(0, n, batch):
        articles, mentions, actors, signatures = [], [], [], []
        for i in range(lo, min(n, lo + batch)):
            day = first + timedelta(days=i * 365 // n)
            published = day.isoformat()
            aid = f"b{i:07d}"
            url = f"https://news{i % 60}.example/{i}"
            text = " ".join(rng.choice(WORDS) for _ in range(60))
            articles.append(
                (aid, url, url, f"bench-{i % 60}", f"Outlet {i % 60}", f"news{i % 60}.example",
                 f"Story {i}", published, "page_metadata", f"{published}T12:00:00+00:00", "en",
                 text, "news", f"h{i}", "[]", EXTRACTOR_VERSION, f"{published}T13:00:00+00:00")
            )  # fmt: skip
            if (LAST_DAY - day).days < 90:
                signatures.append((aid, rng.randbytes(512), f"{published} 12:00:00"))
            for k in range(rng.choice([1, 2, 3, 3, 4, 5])):
                mid = f"{aid}-{k}"
                event_day = day - timedelta(days=rng.choice([0, 0, 0, 1, 2, 5, 20]))
                r = rng.random()
                if r < 0.55:
                    when, precision = event_day.isoformat(), "day"
                elif r < 0.75:
                    when, precision = event_day.isoformat()[:7], "month"
                elif r < 0.85:
                    when, precision = str(event_day.year - rng.choice([0, 0, 1, 5])), "year"
                else:
                    when, precision = None, None
                kind = rng.choice(TYPES)
                amount = (
                    rng.choice([None, 1e6 * rng.randrange(1, 900)]) if kind == "contract" else None
                )
                mentions.append(
                    (mid, aid, kind, when, precision, "occurred", 0.8, amount,
                     f"Sentence {k} of story {i}.", k * 40, k * 40 + 30, "said", "nlp",
                     EXTRACTOR_VERSION)
                )  # fmt: skip
                names = set()
                if rng.random() < 0.3:
                    names.add(DOD)
                for e in rng.choices(
                    ENTITY_IDS, cum_weights=ENTITY_WEIGHTS, k=rng.choice([1, 1, 2, 2, 3])
                ):
                    names.add(e)
                for position, entity in enumerate(sorted(names)):
                    actors.append((mid, entity, "participant", position))
        with conn:
            conn.executemany(
                "INSERT INTO articles (id, url, canonical_url, source, outlet, domain, title, "
                "published, published_source, fetched_at, language, text, kind, content_hash, "
                "flags, extractor_version, extracted_at) VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                articles,
            )
            conn.executemany(
                "INSERT INTO event_mentions (id, article_id, type, date, precision, status, "
                'confidence, amount_usd, sentence, start, "end", trigger, origin, '
                "extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                mentions,
            )
            conn.executemany(
                "INSERT INTO event_mention_actors (mention_id, entity_id, role, position) "
                "VALUES (?, ?, ?, ?)",
                actors,
            )
            conn.executemany(
                "INSERT INTO article_lsh (band, hash, article_id) VALUES (?, ?, ?)",
                [
                    (b, h, a)
                    for a, blob, _ in signatures
                    for b, h in band_hashes(from_bytes(blob), lsh.b, lsh.r)
                ],
            )
            conn.executemany(
                "INSERT INTO article_signatures (article_id, signature, created_at) "
                "VALUES (?, ?, datetime('now', ?))",
                [
                    (a, s, f"-{(LAST_DAY - date.fromisoformat(c[:10])).days} days")
                    for a, s, c in signatures
                ],
            )
        print(
            f"  built {min(n, lo + batch):,} articles ({time.perf_counter() - t0:.0f} s)",
            file=sys.stderr,
        )
    say(f"generated {n:,} articles in {time.perf_counter() - t0:.0f} s")


def build_site(root: Path, pages: int, seed: int = 23) -> list[str]:
    """M new pages published over the two days after the database's last day."""
    if root.exists():
        shutil.rmtree(root)
    rng = random.Random(seed)
    items = []
    for i in range(pages):
        day = LAST_DAY + timedelta(days=1 + i % 2)
        body = "".join(f"<p>{paragraph(rng, 6 + k % 2)}</p>\n" for k in range(8))
        title = f"New story {i}: {rng.choice(ACTORS)} and {rng.choice(ACTORS)}"
        page = root / "news" / f"{i}.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(
            f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="article:published_time" content="{day}T09:00:00-05:00"></head>'
            f"<body><article><h1>{title}</h1>{body}</article></body></html>",
            encoding="utf-8",
        )
        items.append(f"<item><title>{title}</title><link>{{{{BASE}}}}/news/{i}.html</link></item>")
    (root / "feed.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>New</title>'
        + "".join(items)
        + "</channel></rss>",
        encoding="utf-8",
    )
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n")
    return ["feed.xml"]


def timed_steps(cmd: list[str]) -> tuple[float, dict[str, float]]:
    """Like bench_job.timed, and how long each step of `tracker run` took: a step ends with
    its one-line report ("crawl: ...", "extract: ...", "merge: ..."), so its time is the time
    since the previous step's report (the first one includes starting the process); and
    the peak memory of the run ("peak MB", the largest of its processes)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT
    )
    ends: dict[str, float] = {}
    output: list[str] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        output.append(line)
        step = line.split(":", 1)[0].strip()
        if step in ("crawl", "extract", "merge") and step not in ends:
            ends[step] = time.perf_counter() - start
    _, status, usage = os.wait4(proc.pid, 0)  # this process's own peak, its workers' too
    total = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{cmd[:5]} failed ({proc.returncode}):\n{''.join(output)[-3000:]}")
    steps, before = {}, 0.0
    for step, end in sorted(ends.items(), key=lambda x: x[1]):
        steps[step], before = end - before, end
    steps["the rest"] = total - before
    steps["peak MB"] = usage.ru_maxrss / 1024
    return total, steps


def site_figures(db_path: Path, repeat: int) -> None:
    import yaml
    from datasette.app import Datasette

    db = connect(db_path)
    frequent = db.execute(
        "SELECT entity_id FROM event_actors GROUP BY entity_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    event = db.execute("SELECT id FROM events ORDER BY date DESC LIMIT 1").fetchone()[0]
    ds = Datasette(
        [str(db_path)],
        metadata=yaml.safe_load(METADATA.read_text()),
        template_dir=str(TEMPLATES),
        plugins_dir=str(PLUGINS),
        settings={"sql_time_limit_ms": 20000, "max_returned_rows": 1000, "suggest_facets": False},
    )
    paths = {
        "/timeline": "/timeline",
        f"/entity/{frequent}": f"/entity/{frequent}",
        f"/tracker/events/{event} (event row)": f"/tracker/events/{event}",
    }
    for page, (p50, p95, status) in asyncio.run(time_paths(ds, paths, repeat)).items():
        say(f"site {page:48} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  (HTTP {status})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--new", type=int, default=500)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/tracker-bench-incremental"))
    parser.add_argument("--repeat", type=int, default=20, help="requests per site page")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    say(describe())
    base_db = args.workdir / "base.db"
    # in a process of its own: a child forked from a process that merged a million articles
    # would count the parent's pages as its own peak memory
    builder = multiprocessing.get_context("spawn").Process(
        target=build, args=(base_db, args.articles)
    )
    builder.start()
    builder.join()
    if builder.exitcode:
        sys.exit(f"building the base database failed ({builder.exitcode})")
    site = args.workdir / "site"
    feeds = build_site(site, args.new)
    tracker = [sys.executable, "-m", "tracker", "--quiet"]
    with DemoSite(site) as base:
        sources = write_feed_sources(args.workdir / "sources.yml", feeds, "new")
        alone = args.workdir / "alone" / "tracker.db"
        shutil.rmtree(alone.parent, ignore_errors=True)
        alone.parent.mkdir()
        crawl_only = timed(
            [*tracker, "crawl", "--db", str(alone), "--sources", str(sources), "--base", base]
        )
        extract_only = timed([*tracker, "extract", "--db", str(alone)])
        stored = connect(alone)["articles"].count
        say(f"crawl into an empty database (not in the ratio): {crawl_only:.1f} s")
        say(f"extract-only: {stored} new articles in {extract_only:.1f} s")
        hourly = args.workdir / "hourly" / "tracker.db"
        shutil.rmtree(hourly.parent, ignore_errors=True)
        hourly.parent.mkdir()
        for suffix in ("", "-wal", "-shm"):
            if Path(f"{base_db}{suffix}").exists():
                shutil.copy(f"{base_db}{suffix}", f"{hourly}{suffix}")
        hourly_run, steps = timed_steps(
            [*tracker, "run", "--db", str(hourly), "--sources", str(sources), "--base", base]
        )
    peak = steps.pop("peak MB")
    say(f"hourly run (crawl, extract, merge) on {args.articles:,} articles: {hourly_run:.1f} s")
    say("  " + ", ".join(f"{step} {seconds:.1f} s" for step, seconds in steps.items()))
    say(f"peak memory of the hourly run: {peak:.0f} MB")
    size = sum(p.stat().st_size for p in hourly.parent.glob("tracker.db*"))
    say(f"database on disk: {size / 1e9:.2f} GB")
    backup = args.workdir / "backup.db"
    backup.unlink(missing_ok=True)
    say(f"tracker backup: {timed([*tracker, 'backup', '--db', str(hourly), str(backup)]):.1f} s")
    backup.unlink(missing_ok=True)
    site_figures(hourly, args.repeat)
    say(f"tracker vacuum: {timed([*tracker, 'vacuum', '--db', str(hourly)]):.1f} s")
    say(
        f"incremental ratio: {hourly_run / extract_only:.2f} "
        f"(run {hourly_run:.1f} s, extract-only {extract_only:.1f} s, {args.articles} articles)"
    )


if __name__ == "__main__":
    main()
