"""Score the merged timeline of real articles against their cross-article gold.

    python -m evaluation.timeline [--part dev|val|test] [--errors] [--json] [--keep DB]

For one part of `tests/gold/real/` (dev and val: tune on them; test: frozen, figures
only), the extractor reads the part's articles (their text, publication day, URL and
outlet), a temporary database stores them with `core.store` as a crawl would,
`timeline.merge` merges them, and the predicted timeline events are scored against the
part's cross-article gold (`timeline_dev.yml`, `timeline_val.yml`, `timeline_test.yml`:
the distinct real events, each with every article reporting it; ../shared/annotation.md,
"The timeline").

A predicted event matches a gold event when they have the same type, a date compatible
at the gold precision (evaluation.real.date_compatible: a finer date inside the gold one
is fine, an ISO week counts as the month of its Thursday), at least one actor in common
and at least one reporting article in common; pairs are assigned one to one. Besides
precision, recall and F1: duplicates (gold events that two or more predicted events
would match) and over-merges (predicted events whose reports come from two or more gold
events; each predicted report is first paired, within its article, with the gold report
it stands for: a strict match from the gold evidence sentence first, then any strict
match, then a loose one from that sentence; a predicted event counts towards a duplicate
only when it holds a report of that gold event or no paired report at all). Figures are
given overall and per story (the `story` of the articles). `--errors` lists the misses,
duplicates and over-merges of the dev and val parts; the test part is reported as
figures only, never as examples.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from evaluation.evaluate import Counts, _norm, load_gold_dir
from evaluation.real import REAL, _same_sentence, assign, date_compatible, gold_events

PARTS = ("dev", "val", "test")


@dataclass
class Predicted:
    """One timeline event as the merge wrote it, with the gold articles reporting it."""

    id: str
    type: str
    date: str | None
    precision: str | None
    actors: set[str]
    articles: set[str]
    reports: list[dict[str, Any]] = field(default_factory=list)  # its mentions
    story: str = ""


@dataclass
class GoldEvent:
    id: str
    type: str
    date: str | None
    precision: str | None
    actors: set[str]
    articles: set[str]
    story: str = ""


# ---------------------------------------------------------------------- loading
def load_timeline_gold(path: Path) -> list[GoldEvent]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [
        GoldEvent(
            id=str(e["id"]),
            type=e["type"],
            date=None if e.get("date") is None else str(e["date"]),
            precision=e.get("precision"),
            actors={_norm(a) for a in e.get("actors") or []},
            articles={str(r["article"]) for r in e.get("reports") or []},
        )
        for e in data.get("events") or []
    ]


def report_index(path: Path) -> dict[tuple[str, str, int], str]:
    """(article, list, index) -> the gold timeline event holding that report."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {
        (str(r["article"]), r["list"], int(r["index"])): str(e["id"])
        for e in data.get("events") or []
        for r in e.get("reports") or []
    }


def build_timeline(
    golds: list[dict[str, Any]], extractor: Any, db_path: Path
) -> tuple[list[Predicted], dict[str, dict[str, Any]]]:
    """Extract, store and merge the part's articles; the predicted timeline events."""
    from core import store
    from core.db import connect
    from timeline.merge import merge

    db = connect(db_path)
    store.sync_gazetteer(db, extractor.gazetteer)
    records = []
    for g in golds:
        url = str(g["url"])
        published = str(g["published"]) if g.get("published") else None
        item = {"url": url, "text": g["text"], "published": published, "outlet": g.get("outlet")}
        item["title"] = g.get("title")
        store.save_article(db, item)
        records.append({"id": store.article_id(url), "url": url, "title": g.get("title"),
                        "published": published, "text": g["text"]})  # fmt: skip
    for record, result in zip(records, extractor.extract_many(records), strict=True):
        store.save_extraction(db, record["id"], result, "evaluation")
    merge(db, full=True)
    return read_timeline(db, {store.article_id(str(g["url"])): g for g in golds})


def read_timeline(
    db: Any, by_article: dict[str, dict[str, Any]]
) -> tuple[list[Predicted], dict[str, dict[str, Any]]]:
    """The merged events with their mentions, keyed to gold article ids."""
    events: dict[str, Predicted] = {}
    for r in db.query("SELECT id, type, date, precision FROM events ORDER BY date, id"):
        events[r["id"]] = Predicted(r["id"], r["type"], r["date"], r["precision"], set(), set())
    actors: dict[str, set[str]] = defaultdict(set)
    for r in db.query(
        "SELECT ma.mention_id, e.name FROM event_mention_actors ma "
        "JOIN entities e ON e.id = ma.entity_id"
    ):
        actors[r["mention_id"]].add(r["name"])
    mentions: dict[str, dict[str, Any]] = {}
    for r in db.query(
        "SELECT id, article_id, event_id, type, date, precision, sentence, start "
        "FROM event_mentions ORDER BY article_id, start, id"
    ):
        gold = by_article.get(r["article_id"])
        if gold is None:
            continue
        m = {**r, "article": gold["id"], "actors": [{"name": n} for n in actors[r["id"]]]}
        mentions[r["id"]] = m
        ev = events.get(r["event_id"] or "")
        if ev is not None:
            ev.reports.append(m)
            ev.articles.add(gold["id"])
            ev.actors |= {_norm(n) for n in actors[r["id"]]}
    return list(events.values()), mentions


# ---------------------------------------------------------------------- scoring
def matches(p: Predicted, g: GoldEvent) -> bool:
    return (
        p.type == g.type
        and date_compatible(p.date, p.precision, g.date, g.precision)
        and (not g.actors or bool(p.actors & g.actors))
        and bool(p.articles & g.articles)
    )


def pair_reports(
    golds: list[dict[str, Any]],
    mentions: dict[str, dict[str, Any]],
    index: dict[tuple[str, str, int], str],
) -> dict[str, str]:
    """Each predicted mention -> the gold timeline event of the gold report it stands for."""
    from evaluation.real import strict_match

    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in mentions.values():
        by_article[m["article"]].append(m)
    out: dict[str, str] = {}
    for g in golds:
        preds = by_article.get(g["id"], [])
        reports = [("events", i) for i, _ in enumerate(g.get("events") or [])]
        reports += [("undated", i) for i, _ in enumerate(g.get("undated") or [])]
        evs = gold_events(g)  # events first, then undated: the same order as `reports`

        def loose(p: dict[str, Any], e: dict[str, Any]) -> bool:
            return _same_sentence(p, e) and (
                p["type"] == e["type"] or bool({_norm(a["name"]) for a in p["actors"]}
                                               & {_norm(a) for a in e.get("actors") or []})
            )  # fmt: skip

        def told_here(p: dict[str, Any], e: dict[str, Any]) -> bool:
            # two reports of one type and party may both match a gold report strictly;
            # the one from the gold evidence sentence is the report that stands for it
            return strict_match(p, e) and _same_sentence(p, e)

        left = list(range(len(preds)))
        free = list(range(len(evs)))
        for ok in (told_here, strict_match, loose):
            pairs = assign([preds[j] for j in left], [evs[k] for k in free], ok)
            for gi, pj in pairs.items():
                lst, i = reports[free[gi]]
                event = index.get((g["id"], lst, i))
                if event is not None:
                    out[preds[left[pj]]["id"]] = event
            taken_p = {left[pj] for pj in pairs.values()}
            taken_g = {free[gi] for gi in pairs}
            left = [j for j in left if j not in taken_p]
            free = [k for k in free if k not in taken_g]
    return out


@dataclass
class Score:
    counts: Counts = field(default_factory=Counts)
    duplicates: int = 0
    over_merges: int = 0
    gold: int = 0
    predicted: int = 0

    def figures(self) -> dict[str, Any]:
        return {
            **self.counts.as_dict(),
            "gold_events": self.gold,
            "predicted_events": self.predicted,
            "duplicates": self.duplicates,
            "over_merges": self.over_merges,
        }


def _stands_for(p: Predicted, g: GoldEvent, paired: dict[str, str]) -> bool:
    """Whether a predicted event holds a report of the gold event (or no paired report at
    all): two distinct contracts announced the same day both "match" each gold contract
    through the Pentagon, but only the one holding a report of it duplicates it."""
    sources = {paired[m["id"]] for m in p.reports if m["id"] in paired}
    return not sources or g.id in sources


def score(
    preds: list[Predicted], golds: list[GoldEvent], paired: dict[str, str]
) -> tuple[dict[str, Score], list[str]]:
    """Overall ("all") and per-story scores, and the errors as lines."""
    scores: dict[str, Score] = defaultdict(Score)
    errors: list[str] = []
    pairs = assign(preds, golds, lambda p, g: matches(p, g))  # type: ignore[arg-type]
    matched = set(pairs.values())
    for gi, g in enumerate(golds):
        for key in ("all", g.story):
            s = scores[key]
            s.gold += 1
            if gi in pairs:
                s.counts.tp += 1
            else:
                s.counts.fn += 1
        if gi not in pairs:
            errors.append(f"missed: {g.id} {g.type} {g.date} ({sorted(g.articles)})")
        would = [p for p in preds if matches(p, g) and _stands_for(p, g, paired)]
        if len(would) > 1:
            for key in ("all", g.story):
                scores[key].duplicates += 1
            errors.append(
                f"duplicate: {g.id} {g.type} {g.date} as "
                + "; ".join(f"{p.id} {p.date} {sorted(p.articles)}" for p in would)
            )
    for pj, p in enumerate(preds):
        for key in ("all", p.story):
            scores[key].predicted += 1
            if pj not in matched:
                scores[key].counts.fp += 1
        sources = {paired[m["id"]] for m in p.reports if m["id"] in paired}
        if len(sources) > 1:
            for key in ("all", p.story):
                scores[key].over_merges += 1
            errors.append(
                f"over-merge: {p.id} {p.type} {p.date} folds {sorted(sources)}: "
                + " | ".join(
                    f"{m['article']} {m['date']} {m['sentence'][:60]!r}" for m in p.reports
                )
            )
        elif pj not in matched:
            errors.append(
                f"extra: {p.id} {p.type} {p.date} {p.precision} {sorted(p.actors)} "
                f"{sorted(p.articles)} {p.reports[0]['sentence'][:80]!r}"
            )
    return dict(scores), errors


def evaluate_part(
    part: str, extractor: Any, keep: Path | None = None
) -> tuple[dict[str, Score], list[str]]:
    golds = load_gold_dir(REAL / part)
    gold_path = REAL / f"timeline_{part}.yml"
    timeline = load_timeline_gold(gold_path)
    stories = {g["id"]: str(g.get("story") or "?") for g in golds}
    for e in timeline:
        e.story = _story(e.articles, stories)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = keep or Path(tmp) / "timeline.db"
        preds, mentions = build_timeline(golds, extractor, db_path)
    for p in preds:
        p.story = _story(p.articles, stories)
    paired = pair_reports(golds, mentions, report_index(gold_path))
    return score(preds, timeline, paired)


def _story(articles: set[str], stories: dict[str, str]) -> str:
    """The story most of the articles belong to (ties: the first by name)."""
    counts = Counter(stories.get(a, "?") for a in articles)
    return min(counts, key=lambda s: (-counts[s], s)) if counts else "?"


def table(scores: dict[str, Score], per_story: bool) -> str:
    columns: list[tuple[str, Callable[[Score], str]]] = [
        ("gold", lambda s: str(s.gold)),
        ("pred", lambda s: str(s.predicted)),
        ("P", lambda s: f"{s.counts.precision:.3f}"),
        ("R", lambda s: f"{s.counts.recall:.3f}"),
        ("F1", lambda s: f"{s.counts.f1:.3f}"),
        ("dup", lambda s: str(s.duplicates)),
        ("over", lambda s: str(s.over_merges)),
    ]
    names = ["all"] + (sorted(k for k in scores if k != "all") if per_story else [])
    width = max(len(n) for n in names) + 2
    out = ["story".ljust(width) + "".join(c.rjust(7) for c, _ in columns)]
    for n in names:
        out.append(n.ljust(width) + "".join(get(scores[n]).rjust(7) for _, get in columns))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.timeline", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--part", choices=PARTS, action="append", help="dev, val, test (all)")
    parser.add_argument("--model", default=None, help="spaCy model (default: the Extractor's)")
    parser.add_argument("--errors", action="store_true", help="list errors (not for test)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--keep", type=Path, help="keep the first part's database here")
    args = parser.parse_args(argv)
    from extract.extractor import Extractor

    extractor = Extractor(model=args.model) if args.model else Extractor()
    results: dict[str, Any] = {}
    parts = [p for p in args.part or list(PARTS) if (REAL / f"timeline_{p}.yml").exists()]
    for part in sorted(set(args.part or PARTS) - set(parts)):
        print(f"{part}: no tests/gold/real/timeline_{part}.yml yet", file=sys.stderr)
    for part in parts:
        keep = args.keep if part == parts[0] else None
        scores, errors = evaluate_part(part, extractor, keep)
        results[part] = {k: s.figures() for k, s in sorted(scores.items())}
        if not args.json:
            print(f"== {part}")
            print(table(scores, per_story=True))
        if args.errors and part != "test":
            print("\n".join(errors))
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
