"""The whole job on a local site of N article pages, beside the floor of the libraries we use.

    python benchmarks/bench_job.py --pages 5000 --workdir /tmp/bench-job [--crawl-only]

A synthetic news site (N pages of ~700 words, one RSS feed per 500 pages) is served on
127.0.0.1. In one run this measures:
  1. baseline: a bare Scrapy spider that fetches the same pages and calls trafilatura on
     each (no storage, no politeness), pages/s;
  2. `tracker crawl` over the site's feeds, pages/s (ratio to the baseline);
  3. `tracker extract` (spaCy + merge), articles/s;
  4. a second `tracker run` over the unchanged site, wall time (ratio to the first);
and the peak resident memory of each stage (ru_maxrss of the child processes).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.demo_site import DemoSite  # noqa: E402

ACTORS = [
    "Anthropic",
    "OpenAI",
    "the Pentagon",
    "Palantir",
    "Anduril",
    "Scale AI",
    "xAI",
    "Google",
    "the Army",
    "the Navy",
    "DARPA",
    "the Defense Innovation Unit",
]
PEOPLE = ["Pete Hegseth", "Dario Amodei", "Sam Altman", "Alex Karp", "Palmer Luckey"]
SENTENCES = [
    "{a} said on {day} that it would expand its work with {b}.",
    "{p} met officials from {a} at the Pentagon on {day}, according to two people familiar with the talks.",
    "{b} awarded {a} a contract worth ${m} million last {month}.",
    "Analysts expect {a} to announce a new model for government customers next week.",
    "The program, first described in {year}, has drawn scrutiny from lawmakers on both sides.",
    "{p} told reporters that the department wants tools it can use for all lawful purposes.",
    "Officials at {b} declined to comment on the negotiations with {a}.",
    "A spokesperson for {a} said the company remained committed to national security work.",
    "The agreement follows months of talks between {a} and {b} over usage restrictions.",
    "Budget documents show {b} plans to spend more on software in the coming fiscal year.",
]
# Sentences with no event word and no date, like most of a real article's background: on
# the 25 news articles of ../shared/corpus 44% of sentences have a trigger word or a date,
# on the seed story (this beat) 76%. EVENT_SHARE follows the seed story.
FILLER = [
    "The software sorts satellite images and flags objects for human analysts.",
    "Several former employees described a culture of long hours and tight secrecy.",
    "Engineers work out of offices in Denver, Seattle and northern Virginia.",
    "Critics see the arrangement as a sign of wider change across the industry.",
    "Much of the work remains classified, and few outsiders have seen the systems.",
    "Its models are used for translation, logistics and summarising long reports.",
    "Investors have poured billions into the sector as demand for computing grows.",
    "Some researchers worry that the tools make mistakes that are hard to spot.",
    "Those concerns are shared by a number of civil liberties groups.",
    "The firm employs roughly two thousand people across three continents.",
]
EVENT_SHARE = 0.75
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]


def paragraph(rng: random.Random, n: int, event_share: float = EVENT_SHARE) -> str:
    return " ".join(
        rng.choice(SENTENCES if rng.random() < event_share else FILLER).format(
            a=rng.choice(ACTORS),
            b=rng.choice(ACTORS),
            p=rng.choice(PEOPLE),
            day=rng.choice(DAYS),
            month=rng.choice(MONTHS),
            year=rng.randrange(2015, 2025),
            m=rng.randrange(10, 900),
        )
        for _ in range(n)
    )


def build_site(root: Path, pages: int, event_share: float, seed: int = 11) -> None:
    stamp = {"pages": pages, "event_share": event_share}
    if (root / "feeds.json").exists() and all(
        json.loads((root / "feeds.json").read_text()).get(k) == v for k, v in stamp.items()
    ):
        return
    rng = random.Random(seed)
    feeds = []
    for f in range(0, pages, 500):
        items = []
        for i in range(f, min(pages, f + 500)):
            day = f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}"
            body = "".join(  # ~700 words
                f"<p>{paragraph(rng, 6 + k % 2, event_share)}</p>\n" for k in range(8)
            )
            path = root / "news" / f"{i}.html"
            path.parent.mkdir(parents=True, exist_ok=True)
            title = f"Story {i}: {rng.choice(ACTORS)} and {rng.choice(ACTORS)}"
            path.write_text(
                f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
                f'<meta property="article:published_time" content="{day}T09:00:00-05:00"></head>'
                f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
                "<footer>© 2026 Bench News</footer></body></html>",
                encoding="utf-8",
            )
            items.append(
                f"<item><title>{title}</title><link>{{{{BASE}}}}/news/{i}.html</link>"
                f"<guid>{{{{BASE}}}}/news/{i}.html</guid></item>"
            )
        feed = root / f"feed-{f // 500}.xml"
        feed.write_text(
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            "<title>Bench</title>" + "".join(items) + "</channel></rss>",
            encoding="utf-8",
        )
        feeds.append(feed.name)
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n")
    (root / "feeds.json").write_text(json.dumps({**stamp, "feeds": feeds}))


BASELINE_SPIDER = """
import sys, scrapy, trafilatura
from scrapy.crawler import CrawlerProcess
urls = [line.strip() for line in open(sys.argv[1])]
class Bare(scrapy.Spider):
    name = "bare"
    async def start(self):
        for u in urls:
            yield scrapy.Request(u)
    def parse(self, response):
        text = trafilatura.extract(response.text)
        yield {"n": len(text or "")}
p = CrawlerProcess({"LOG_LEVEL": "ERROR", "CONCURRENT_REQUESTS": 16, "TELNETCONSOLE_ENABLED": False})
p.crawl(Bare); p.start()
"""


def write_feed_sources(path: Path, feeds: list[str], prefix: str) -> Path:
    """A sources.yml with one local feed source per feed file of the benchmark's site."""
    path.write_text(
        "sources:\n"
        + "".join(
            f"  - {{name: {prefix}-{i}, kind: feed, url: '{{{{BASE}}}}/{name}', local: true}}\n"
            for i, name in enumerate(feeds)
        )
    )
    return path


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        sys.exit(f"{cmd[:5]} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/tracker-bench-job"))
    parser.add_argument(
        "--crawl-only", action="store_true", help="The baseline and the crawl stage, no more."
    )
    parser.add_argument(
        "--event-share",
        type=float,
        default=EVENT_SHARE,
        help="Share of sentences that report an event or carry a date (1.0: every one).",
    )
    args = parser.parse_args()
    site = args.workdir / "site"
    build_site(site, args.pages, args.event_share)
    feeds = json.loads((site / "feeds.json").read_text())["feeds"]
    db = args.workdir / "tracker.db"
    for stale in args.workdir.glob("tracker.db*"):
        stale.unlink()
    tracker = [sys.executable, "-m", "tracker", "--quiet"]
    with DemoSite(site) as base:
        sources = write_feed_sources(args.workdir / "sources.yml", feeds, "bench")
        urls = args.workdir / "urls.txt"
        urls.write_text("".join(f"{base}/news/{i}.html\n" for i in range(args.pages)))
        bare = args.workdir / "bare.py"
        bare.write_text(BASELINE_SPIDER)
        n = args.pages
        t_base = timed([sys.executable, str(bare), str(urls)])
        say(f"pages: {n}, share of event sentences: {args.event_share}")
        say(f"baseline (bare Scrapy + trafilatura): {n / t_base:8.1f} pages/s ({t_base:.0f} s)")
        t_crawl = timed(
            [*tracker, "crawl", "--db", str(db), "--sources", str(sources), "--base", base]
        )
        say(
            f"tracker crawl:                        {n / t_crawl:8.1f} pages/s ({t_crawl:.0f} s)"
            f"  ratio {t_base / t_crawl:.2f}"
        )
        if args.crawl_only:
            return
        t_extract = timed([*tracker, "extract", "--db", str(db)])
        stored = sqlite3.connect(db).execute("select count(*) from articles").fetchone()[0]
        say(
            f"tracker extract (+merge):             {stored / t_extract:8.1f} articles/s"
            f" ({t_extract:.0f} s, {stored} articles)"
        )
        first = t_crawl + t_extract
        say(f"whole first job: {first:.0f} s = {stored / first:.1f} articles/s")
        t_rerun = timed(
            [*tracker, "run", "--db", str(db), "--sources", str(sources), "--base", base]
        )
        say(
            f"second run over the unchanged site: {t_rerun:.1f} s = {t_rerun / first:.3f} of the first"
        )
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    say(f"peak memory of any process: {peak_mb:.0f} MB")


def say(line: str) -> None:
    print(line, flush=True)  # stage by stage: the whole run takes minutes


if __name__ == "__main__":
    main()
