"""Score the extractor on real articles nobody on this project wrote, dev and test side by side.

    python -m evaluation.real [--errors] [--json] [--floors tests/gold/floors.yml]

The gold (`tests/gold/real/`, annotated by ../shared/annotation.md) is split by a hash of
each URL, before any rule was written, into `dev/` (tune on it) and `test/` (frozen: never
read while changing the extractor). The team-written `tests/gold/extract_dev/` is scored in
the same run for comparison. `--errors` lists the dev part's misses and extras only: the
test part is reported as figures, never as examples.

Measures (annotation.md, "Measures"): strict event match is same type, a date compatible
at the gold precision and at least one actor in common, pairs assigned one to one; the
event-date score ignores type and asks for a compatible date and a shared actor or the
same sentence. Unmatched events are put in one category each: wrong type, wrong or missing
date, wrong actors, missed (gold) and spurious (predicted). Events F1 comes with its 95%
bootstrap interval over the part's articles (`f1_interval`).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from evaluation.evaluate import (
    DEFAULT_FLOORS,
    Counts,
    _norm,
    accepted_dates,
    load_gold_dir,
    read_floors,
    record_of,
)
from extract.extractor import DEFAULT_GAZETTEER
from extract.gazetteer import read_gazetteer

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "gold" / "real"
TEAM = ROOT / "tests" / "gold" / "extract_dev"
# val: real articles annotated after the rules of extractor 0.5.0 were written, to see
# whether a change to the rules carries over to articles it was not written on
# holdout: real articles annotated at the end of extractor 0.6.0's work and never tuned on
PARTS = {
    "dev": REAL / "dev",
    "val": REAL / "val",
    "holdout": REAL / "holdout",
    "test": REAL / "test",
    "team": TEAM,
}
ORDER = ["decade", "year", "quarter", "month", "week", "day"]
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


# ---------------------------------------------------------------------- dates
def representative_day(value: str) -> str:
    """An ISO week stands for its Thursday, so it counts as that day's month (annotation.md)."""
    m = _WEEK.match(value)
    if not m:
        return value
    thursday = date.fromisocalendar(int(m[1]), int(m[2]), 4)
    return thursday.isoformat()


def date_compatible(value: str | None, precision: str | None, gold: str | None, gp: str | None):
    """A prediction inside the gold day, month or year, at the gold precision or finer."""
    if gold is None or value is None:
        return gold is None and value is None
    if precision in ORDER and gp in ORDER and ORDER.index(precision) < ORDER.index(gp):
        return False
    if precision == "week" and gp == "day":
        return False
    if gp == "week":  # the team-written gold's weeks: the same week, or a day inside it
        return str(value) == str(gold) or (
            precision == "day" and _iso_week(str(value)) == str(gold)
        )
    day = representative_day(str(value))
    gold = str(gold)
    return day[: len(gold)] == gold


def _iso_week(day: str) -> str | None:
    try:
        year, week, _ = date.fromisoformat(day).isocalendar()
    except ValueError:
        return None
    return f"{year}-W{week:02d}"


def _dates_ok(pred: dict[str, Any], gold_ev: dict[str, Any]) -> bool:
    return any(
        date_compatible(pred.get("date"), pred.get("precision"), v, p)
        for v, p in accepted_dates(gold_ev)
    )


@lru_cache(maxsize=1)
def _canonical_names() -> dict[str, str]:
    """Each gazetteer alias that names one entry only, to that entry's name: a gold name
    written as an alias ("Washington, D.C.", "Washington Post") is the gazetteer's name
    (annotation.md, "Canonical names"), as the extractor writes it."""
    names: dict[str, set[str]] = {}
    for entry in read_gazetteer(DEFAULT_GAZETTEER).entries:
        for form in entry.surface_forms:
            names.setdefault(_norm(form), set()).add(_norm(entry.name))
    return {form: next(iter(n)) for form, n in names.items() if len(n) == 1}


def canonical(name: str) -> str:
    """A name as compared: normalised, an alias read as its entry's name."""
    key = _norm(name)
    return _canonical_names().get(key, key)


def _actors(pred: dict[str, Any]) -> set[str]:
    return {canonical(a["name"]) for a in pred.get("actors", [])}


def _shares_actor(pred: dict[str, Any], gold_ev: dict[str, Any]) -> bool:
    gold = {canonical(a) for a in gold_ev.get("actors", [])}
    return not gold or bool(gold & _actors(pred))


def _same_sentence(pred: dict[str, Any], gold_ev: dict[str, Any]) -> bool:
    evidence = _norm(gold_ev.get("evidence") or "")
    sentence = _norm(pred.get("sentence") or "")
    if not evidence or not sentence:
        return False
    words = set(re.findall(r"\w+", evidence))
    return bool(words) and len(words & set(re.findall(r"\w+", sentence))) / len(words) >= 0.6


def strict_match(pred: dict[str, Any], gold_ev: dict[str, Any]) -> bool:
    return (
        pred["type"] == gold_ev["type"]
        and _dates_ok(pred, gold_ev)
        and _shares_actor(pred, gold_ev)
    )


def date_match(pred: dict[str, Any], gold_ev: dict[str, Any]) -> bool:
    return _dates_ok(pred, gold_ev) and (
        _shares_actor(pred, gold_ev) or _same_sentence(pred, gold_ev)
    )


def assign(
    preds: list[dict[str, Any]], golds: list[dict[str, Any]], ok: Callable[[dict, dict], bool]
) -> dict[int, int]:
    """The largest one-to-one set of matching pairs (augmenting paths): gold -> pred."""
    edges = [[j for j, p in enumerate(preds) if ok(p, g)] for g in golds]
    owner: dict[int, int] = {}

    def take(g: int, seen: set[int]) -> bool:
        for j in edges[g]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or take(owner[j], seen):
                owner[j] = g
                return True
        return False

    for g in range(len(golds)):
        take(g, set())
    return {g: j for j, g in owner.items()}


# ---------------------------------------------------------------------- scoring
def gold_events(gold: dict[str, Any]) -> list[dict[str, Any]]:
    undated = [{**u, "date": None, "precision": None} for u in gold.get("undated") or []]
    return [dict(e) for e in gold.get("events") or []] + undated


def _category(gold_ev: dict[str, Any], preds: list[dict[str, Any]]) -> str:
    """Why a gold event found no strict match, judged against the unmatched predictions."""
    for p in preds:
        if p["type"] == gold_ev["type"] and _shares_actor(p, gold_ev):
            return "wrong or missing date"
    for p in preds:
        if _dates_ok(p, gold_ev) and (_shares_actor(p, gold_ev) or _same_sentence(p, gold_ev)):
            return "wrong type"
    for p in preds:
        if p["type"] == gold_ev["type"] and (_dates_ok(p, gold_ev) or _same_sentence(p, gold_ev)):
            return "wrong actors"
    return "missed"


class PartScore:
    """Every figure of one part of the gold."""

    def __init__(self) -> None:
        self.documents = 0
        self.events = Counts()
        self.event_dates = Counts()
        self.entities = Counts()
        self.per_type: dict[str, Counts] = {}
        self.categories: Counter[str] = Counter()
        self.dates = Counts()
        self.date_values = [0, 0]
        self.errors: list[str] = []
        self.per_document: list[tuple[int, int, int]] = []  # events tp, fp, fn

    def add(self, gold: dict[str, Any], result: dict[str, Any]) -> None:
        self.documents += 1
        where = Path(gold.get("_path", "?")).name
        preds, golds = result["events"], gold_events(gold)
        pairs = assign(preds, golds, strict_match)
        for g, gold_ev in enumerate(golds):
            counts = self.per_type.setdefault(gold_ev["type"], Counts())
            if g in pairs:
                counts.tp += 1
            else:
                counts.fn += 1
        matched = set(pairs.values())
        for j, p in enumerate(preds):
            if j not in matched:
                self.per_type.setdefault(p["type"], Counts()).fp += 1
        self.events.add(Counts(len(pairs), len(preds) - len(pairs), len(golds) - len(pairs)))
        self.per_document.append((len(pairs), len(preds) - len(pairs), len(golds) - len(pairs)))
        leftover = [p for j, p in enumerate(preds) if j not in matched]
        explained: set[int] = set()
        for g, gold_ev in enumerate(golds):
            if g in pairs:
                continue
            category = _category(gold_ev, leftover)
            self.categories[category] += 1
            if category != "missed":
                near = next(
                    (
                        i
                        for i, p in enumerate(leftover)
                        if i not in explained
                        and (p["type"] == gold_ev["type"] or date_match(p, gold_ev))
                    ),
                    None,
                )
                if near is not None:
                    explained.add(near)
            self.errors.append(
                f"{where}: {category}: gold {gold_ev['type']} {gold_ev.get('date')} "
                f"{gold_ev.get('actors')}"
            )
        for i, p in enumerate(leftover):
            if i in explained:
                continue
            self.categories["spurious"] += 1
            self.errors.append(
                f"{where}: spurious: {p['type']} {p.get('date')} "
                f"{[a['name'] for a in p['actors']]} ({p.get('trigger')}): {p['sentence'][:120]!r}"
            )
        dated_golds = [e for e in golds if e.get("date")]
        dated_preds = [p for p in preds if p.get("date")]
        hits = len(assign(dated_preds, dated_golds, date_match))
        self.event_dates.add(Counts(hits, len(dated_preds) - hits, len(dated_golds) - hits))
        want = {canonical(e["name"]) for e in gold.get("entities") or []}
        got = {canonical(e["name"]) for e in result["entities"]}
        self.entities.add(Counts(len(want & got), len(got - want), len(want - got)))
        for name in sorted(want - got):
            self.errors.append(f"{where}: missed entity {name}")
        self._score_dates(gold, result)

    def _score_dates(self, gold: dict[str, Any], result: dict[str, Any]) -> None:
        text, used = gold["text"], set()
        for g in gold.get("dates") or []:
            start = text.find(str(g.get("text", "")))
            if start < 0:
                continue
            end = start + len(str(g["text"]))
            hit = next(
                (
                    i
                    for i, d in enumerate(result["dates"])
                    if i not in used and d["start"] < end and start < d["end"]
                ),
                None,
            )
            if hit is None:
                self.dates.fn += 1
                continue
            used.add(hit)
            self.dates.tp += 1
            d = result["dates"][hit]
            self.date_values[1] += 1
            if date_compatible(d["value"], d["precision"], g.get("value"), g.get("precision")) and (
                d["precision"] == g.get("precision")
                or (d["precision"] == "week" and g.get("precision") == "month")
            ):
                self.date_values[0] += 1
        # a vague reference ("now", "in the near term") has no value and is not annotated
        self.dates.fp += sum(
            1 for i, d in enumerate(result["dates"]) if i not in used and d["value"] is not None
        )

    def figures(self) -> dict[str, Any]:
        right, total = self.date_values
        ultimatum = self.per_type.get("ultimatum", Counts())
        return {
            "documents": self.documents,
            "events": self.events.as_dict(),
            "events_f1_interval": f1_interval(self.per_document),
            "event_dates": self.event_dates.as_dict(),
            "entity_recall": round(self.entities.recall, 3),
            "entities": self.entities.as_dict(),
            "dates": self.dates.as_dict(),
            "date_value_accuracy": round(right / total, 3) if total else 1.0,
            "ultimatum_recall": round(ultimatum.recall, 3),
            "per_type": {t: c.as_dict() for t, c in sorted(self.per_type.items())},
            "categories": dict(sorted(self.categories.items())),
        }


def f1_interval(
    per_document: list[tuple[int, int, int]], rounds: int = 2000, seed: int = 7
) -> list[float]:
    """The 95% bootstrap interval of events F1 over the part's articles: how far a figure
    could move with another draw of articles of the same kind (65 test articles give about
    ±0.07), so that a change smaller than that is not read as a gain or a loss."""
    if not per_document:
        return [0.0, 0.0]
    rng = random.Random(seed)
    n = len(per_document)
    draws = []
    for _ in range(rounds):
        tp = fp = fn = 0
        for _ in range(n):
            a, b, c = per_document[rng.randrange(n)]
            tp, fp, fn = tp + a, fp + b, fn + c
        draws.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    draws.sort()
    return [round(draws[int(0.025 * rounds)], 3), round(draws[int(0.975 * rounds) - 1], 3)]


def score(golds: Iterable[dict[str, Any]], extractor: Any) -> PartScore:
    golds = list(golds)
    part = PartScore()
    for gold, result in zip(
        golds, extractor.extract_many(record_of(g) for g in golds), strict=True
    ):
        part.add(gold, result)
    return part


FLOOR_KEYS: dict[str, Callable[[dict[str, Any]], float]] = {
    "events_f1": lambda f: f["events"]["f1"],
    "events_precision": lambda f: f["events"]["precision"],
    "events_recall": lambda f: f["events"]["recall"],
    "event_dates_f1": lambda f: f["event_dates"]["f1"],
    "entity_recall": lambda f: f["entity_recall"],
    "ultimatum_recall": lambda f: f["ultimatum_recall"],
}


def below(figures: dict[str, Any], floors: dict[str, float]) -> list[str]:
    return [
        f"{key} = {FLOOR_KEYS[key](figures):.3f} < floor {floor}"
        for key, floor in floors.items()
        if FLOOR_KEYS[key](figures) < floor
    ]


def table(results: dict[str, dict[str, Any]]) -> str:
    """Dev, test and team-written gold side by side."""
    names = list(results)
    rows = [("documents", lambda f: str(f["documents"]))]
    for key, label in (("events", "events"), ("event_dates", "event dates")):
        for m in ("precision", "recall", "f1"):
            rows.append((f"{label} {m[0].upper() if m != 'f1' else 'F1'}", _fig(key, m)))
        if key == "events":
            rows.append(
                (
                    "events F1 95% interval",
                    lambda f: "{:.2f}-{:.2f}".format(*f["events_f1_interval"]),
                )
            )
    rows += [
        ("entity recall", lambda f: f"{f['entity_recall']:.3f}"),
        ("date spans F1", lambda f: f"{f['dates']['f1']:.3f}"),
        ("date values", lambda f: f"{f['date_value_accuracy']:.3f}"),
        ("ultimatum recall", lambda f: f"{f['ultimatum_recall']:.3f}"),
    ]
    types = sorted({t for f in results.values() for t in f["per_type"]})
    for t in types:
        rows.append(
            (
                f"  {t} F1 (gold n)",
                lambda f, t=t: (
                    f"{f['per_type'][t]['f1']:.2f} ({f['per_type'][t]['tp'] + f['per_type'][t]['fn']})"
                    if t in f["per_type"]
                    else "-"
                ),
            )
        )
    categories = sorted({c for f in results.values() for c in f["categories"]})
    for c in categories:
        rows.append((f"  error: {c}", lambda f, c=c: str(f["categories"].get(c, 0))))
    width = max(len(r[0]) for r in rows) + 2
    out = ["".ljust(width) + "".join(n.rjust(12) for n in names)]
    for label, get in rows:
        out.append(label.ljust(width) + "".join(get(results[n]).rjust(12) for n in names))
    return "\n".join(out)


def _fig(key: str, measure: str) -> Callable[[dict[str, Any]], str]:
    return lambda f: f"{f[key][measure]:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.real", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--model", default=None, help="spaCy model (default: the Extractor's)")
    parser.add_argument("--errors", action="store_true", help="list the dev and val parts' errors")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--floors",
        type=Path,
        default=None,
        help=f"fail under the real_test floors ({DEFAULT_FLOORS})",
    )
    parser.add_argument(
        "--parts",
        default=",".join(p for p in PARTS if PARTS[p].is_dir()),
        help=(
            "comma-separated parts to score (tune with dev,val,team; holdout and test are "
            "never tuned on, and the test part counts)"
        ),
    )
    args = parser.parse_args(argv)
    wanted = [p.strip() for p in args.parts.split(",") if p.strip()]
    unknown = sorted(set(wanted) - set(PARTS))
    if unknown or not wanted:
        parser.error(f"--parts takes some of {', '.join(PARTS)}; got {args.parts!r}")
    if args.floors and "test" not in wanted:
        parser.error("--floors checks the test part: include it in --parts")
    from extract.extractor import Extractor

    extractor = Extractor(model=args.model) if args.model else Extractor()
    parts = {name: score(load_gold_dir(PARTS[name]), extractor) for name in wanted}
    results = {name: part.figures() for name, part in parts.items()}
    print(json.dumps(results, indent=2) if args.json else table(results))
    if args.errors:  # never the frozen test part's
        for name in ("dev", "val"):
            if name in parts:
                print("\n".join(parts[name].errors))
    if args.floors:
        failed = below(results["test"], read_floors(args.floors, "real_test"))
        if failed:
            print("BELOW FLOOR: " + "; ".join(failed), file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
