"""Time the pages people open on a large timeline: Datasette over N synthetic events.

    python benchmarks/bench_site.py --events 1000000 --db /tmp/bench.db

Builds (once) a database with the real schema: N events, 2 actors each from 5,000
entities (a few very frequent, like the Pentagon; each with an alias, the last ten people
of entity-5), 1.2 mentions per event from N/3 articles, a tenth of the events dated to an
ISO week and a tenth to a month; then requests each page repeatedly through Datasette's
test client and prints p50 and p95 in milliseconds (after one untimed request per page,
which compiles its template). The baseline in the same run is the bare indexed SQL query
behind the entity page, so the figures read as "page cost over query cost".
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.db import connect  # noqa: E402
from core.paths import METADATA, PLUGINS, TEMPLATES  # noqa: E402

TYPES = ("meeting", "contract", "statement", "partnership", "ultimatum", "launch", "funding")


def build(path: Path, n_events: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    db = connect(path)
    if db["events"].count >= n_events:
        return
    conn = db.conn
    n_entities, n_articles = 5000, max(1, n_events // 3)
    t0 = time.perf_counter()
    with conn:
        conn.executemany(  # an alias each; the last ten are people of entity-5
            "INSERT OR IGNORE INTO entities (id, name, type, aliases, tags) VALUES (?, ?, ?, ?, ?)",
            [
                (
                    f"entity-{i}",
                    f"Entity {i}",
                    "PERSON" if i >= n_entities - 10 else "ORG",
                    json.dumps([f"E{i} Inc"]),
                    json.dumps(["entity-5"] if i >= n_entities - 10 else []),
                )
                for i in range(n_entities)
            ],
        )
        conn.executemany(
            "INSERT INTO articles (id, url, canonical_url, outlet, title, published, fetched_at,"
            " text, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    f"a{i}",
                    f"https://news{i % 50}.example/{i}",
                    f"https://news{i % 50}.example/{i}",
                    f"Outlet {i % 50}",
                    f"Story {i}",
                    f"20{10 + i % 16}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                    "2026-01-01T00:00:00",
                    "text",
                    f"h{i}",
                )
                for i in range(n_articles)
            ),
        )

        def actor():  # Zipf-like: entity-0 is in ~10% of events
            return f"entity-{min(n_entities - 1, int(rng.paretovariate(1.2)) - 1)}"

        events, actors, mentions = [], [], []
        for i in range(n_events):
            date, precision = f"20{10 + i % 16}-{1 + (i // 7) % 12:02d}-{1 + i % 28:02d}", "day"
            if i % 10 == 3:
                date, precision = f"20{10 + i % 16}-W{1 + (i // 7) % 52:02d}", "week"
            elif i % 10 == 7:
                date, precision = date[:7], "month"
            eid = f"e{i}"
            a, b = actor(), f"entity-{rng.randrange(n_entities)}"
            pair = [a] if a == b else [a, b]
            url = f"https://news{i % 50}.example/{i % n_articles}"
            events.append(
                (
                    eid,
                    TYPES[i % len(TYPES)],
                    date,
                    precision,
                    "occurred",
                    f"Headline {i}",
                    "; ".join(x.replace("entity-", "Entity ") for x in pair),
                    json.dumps([[x, x.replace("entity-", "Entity ")] for x in pair]),
                    1 + i % 3,
                    1,
                    f"Outlet {i % 50}",
                    url,
                    "2026-01-01T00:00:00",
                    url,
                    f"Evidence sentence {i}.",
                )
            )
            for role, x in zip(("agent", "counterpart"), pair, strict=False):
                actors.append((eid, x, role, date))
            for k in range(1 + (i % 5 == 0)):
                mentions.append(
                    (
                        f"m{i}-{k}",
                        f"a{(i + k) % n_articles}",
                        eid,
                        TYPES[i % len(TYPES)],
                        date,
                        precision,
                        f"Evidence sentence {i}.",
                        0,
                        10,
                        "bench",
                    )
                )
        conn.executemany(
            "INSERT INTO events (id, type, date, precision, status, headline, actors, actor_list,"
            " outlets, mentions, first_outlet, first_url, first_seen_at, source_urls, evidence)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            events,
        )
        conn.executemany(
            "INSERT OR IGNORE INTO event_actors (event_id, entity_id, role, date) VALUES (?,?,?,?)",
            actors,
        )
        conn.executemany(
            "INSERT INTO event_mentions (id, article_id, event_id, type, date, precision, sentence,"
            ' start, "end", extractor_version) VALUES (?,?,?,?,?,?,?,?,?,?)',
            mentions,
        )
    conn.execute("ANALYZE")
    print(f"built {n_events:,} events in {time.perf_counter() - t0:.0f} s", file=sys.stderr)


def percentile(values: list[float], q: float) -> float:
    return (
        statistics.quantiles(values, n=100, method="inclusive")[q - 1]
        if len(values) > 1
        else values[0]
    )


async def time_paths(ds, paths: dict[str, str], repeat: int) -> dict[str, tuple[float, float, int]]:
    results = {}
    for name, path in paths.items():
        timings = []
        status = 0
        await ds.client.get(path)  # once untimed: compiling the template is not the page's cost
        for _ in range(repeat):
            t = time.perf_counter()
            resp = await ds.client.get(path)
            timings.append((time.perf_counter() - t) * 1000)
            status = resp.status_code
        results[name] = (percentile(timings, 50), percentile(timings, 95), status)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/tracker-bench-site.db"))
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    build(args.db, args.events)

    from datasette.app import Datasette

    ds = Datasette(
        [str(args.db)],
        metadata=yaml.safe_load(METADATA.read_text()),
        template_dir=str(TEMPLATES),
        plugins_dir=str(PLUGINS),
        settings={  # `tracker serve --public` (PUBLIC_SETTINGS), SQL allowed for the baseline
            "default_allow_sql": True,
            "sql_time_limit_ms": 20000,
            "max_returned_rows": 1000,
            "facet_time_limit_ms": 200,
            "suggest_facets": False,
            "allow_download": False,
        },
    )
    name = args.db.stem
    paths = {
        "baseline: indexed query, entity-0 latest 200": f"/{name}.json?sql="
        "select+e.*+from+event_actors+ea+join+events+e+on+e.id=ea.event_id+where+ea.entity_id='entity-0'"
        "+order+by+ea.date+desc+limit+200",
        "/timeline (first page)": "/timeline",
        "/timeline?entity=entity-0 (frequent)": "/timeline?entity=entity-0",
        "/timeline?entity=entity-4000 (rare)": "/timeline?entity=entity-4000",
        "/entity/entity-0": "/entity/entity-0",
        "/timeline?since=2020-03&until=2020-03": "/timeline?since=2020-03&until=2020-03",
        "/timeline?entity=e0+inc (alias, frequent)": "/timeline?entity=e0+inc",
        "/timeline?entity=E4000+INC (alias, rare)": "/timeline?entity=E4000+INC",
        "/timeline?entity=entity-5 (org + 10 people)": "/timeline?entity=entity-5",
        "/timeline?q=evidence+sentence+12345": "/timeline?q=evidence+sentence+12345",
        f"/event/e{args.events // 2} (event page)": f"/event/e{args.events // 2}",
        "/entity/E0%20Inc (alias, redirect)": "/entity/E0~20Inc",
        "table: /events?_sort=date": f"/{name}/events?_sort=date",
        "view: /entity_timeline?entity_id=entity-0": f"/{name}/entity_timeline?entity_id=entity-0",
    }
    if name != "tracker":  # the templates query the database named "tracker"
        print("note: name the file tracker.db so the custom pages find it", file=sys.stderr)
    results = asyncio.run(time_paths(ds, paths, args.repeat))
    base = results[next(iter(paths))][0]
    print(f"{'page':50} {'p50 ms':>9} {'p95 ms':>9} {'x base':>7} status")
    for page, (p50, p95, status) in results.items():
        print(f"{page:50} {p50:9.1f} {p95:9.1f} {p50 / base:7.1f} {status}")


if __name__ == "__main__":
    main()
