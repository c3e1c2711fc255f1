"""Score the extractor against gold files written like shared/seed/expected.yml.

    python -m evaluation.evaluate [--gold tests/gold/extract_dev] [--floors tests/gold/floors.yml]

A gold file holds `published`, `text` (or `text_file`), `entities` (every entity of the text,
with the surface forms it takes), `dates` (every date expression), `events` (dated) and
`undated` (facts the text gives no date for). Matching rules:

- entity: same canonical name (case-insensitive) and type;
- date: overlapping character span; its value is scored separately (value accuracy);
- event: same type, same date at the gold precision (an undated gold event needs an
  undated prediction) and at least one actor in common; one prediction per gold event.

`expected_problems()` is the stricter check the seed test uses: every listed entity with all
its surface forms, every event with all its actors, undated facts kept undated.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from extract.errors import EvaluationError

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT / "tests" / "gold" / "extract_dev"
DEFAULT_FLOORS = ROOT / "tests" / "gold" / "floors.yml"
PRECISIONS = {"year": 4, "quarter": None, "month": 7, "week": None, "day": 10, "decade": None}


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def load_gold(path: Path) -> dict[str, Any]:
    """Read one gold file; its text may be inline or in `text_file` next to it."""
    try:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise EvaluationError(f"{path}: cannot read gold file: {exc}") from exc
    if not isinstance(gold, dict):
        raise EvaluationError(f"{path}: a gold file is a mapping")
    if "text" not in gold:
        if "text_file" not in gold:
            raise EvaluationError(f"{path}: needs `text` or `text_file`")
        gold["text"] = (path.parent / gold["text_file"]).read_text(encoding="utf-8")
    gold.setdefault("entities", [])
    gold.setdefault("dates", [])
    gold.setdefault("events", [])
    gold.setdefault("undated", [])
    gold["_path"] = str(path)
    return gold


def load_gold_dir(directory: Path) -> list[dict[str, Any]]:
    files = sorted(directory.glob("*.yml"))
    if not files:
        raise EvaluationError(f"no gold files in {directory}")
    return [load_gold(f) for f in files]


def record_of(gold: dict[str, Any]) -> dict[str, Any]:
    published = gold.get("published")
    return {
        "id": Path(gold.get("_path", "doc")).stem,
        "url": None,
        "title": None,
        "published": str(published) if published else None,
        "text": gold["text"],
    }


# ---------------------------------------------------------------------- event matching
def accepted_dates(gold_ev: dict[str, Any]) -> list[tuple[str | None, str | None]]:
    """The gold date and its accepted alternatives, as (value, precision) pairs."""
    out = [(gold_ev.get("date"), gold_ev.get("precision"))]
    for alt in gold_ev.get("accept", []) or []:
        if isinstance(alt, dict):
            out.append((str(alt.get("date")), alt.get("precision")))
            continue
        # free text as in the seed: "date 2026-02-23 or 2026-02-24 at day precision"
        prec = re.search(r"\b(day|week|month|quarter|year|decade) precision", str(alt))
        for value in re.findall(r"\d{4}(?:-\d{2}){0,2}", str(alt)):
            out.append((value, prec[1] if prec else None))
    return [(None if v in (None, "None") else str(v), p) for v, p in out]


def date_agrees(pred: dict[str, Any], gold_value: str | None, gold_precision: str | None) -> bool:
    """Same date at the gold precision; an undated gold fact needs an undated prediction."""
    if gold_value is None:
        return pred.get("date") is None
    value = pred.get("date")
    if value is None:
        return False
    cut = PRECISIONS.get(gold_precision or "")
    if cut is None:
        return value == gold_value
    return (
        len(value) >= cut and value[:cut] == gold_value[:cut] and _not_coarser(pred, gold_precision)
    )


def _not_coarser(pred: dict[str, Any], gold_precision: str | None) -> bool:
    order = ["decade", "year", "quarter", "month", "week", "day"]
    p = pred.get("precision")
    if p not in order or gold_precision not in order:
        return True
    if p == "week" and gold_precision == "month":
        return False
    return order.index(p) >= order.index(gold_precision)


def _actor_names(pred: dict[str, Any]) -> set[str]:
    return {_norm(a["name"]) for a in pred.get("actors", [])}


def event_matches(
    pred: dict[str, Any], gold_ev: dict[str, Any], *, all_actors: bool = False
) -> bool:
    if pred["type"] != gold_ev["type"]:
        return False
    if not any(date_agrees(pred, v, p) for v, p in accepted_dates(gold_ev)):
        return False
    gold_actors = {_norm(a) for a in gold_ev.get("actors", [])}
    names = _actor_names(pred)
    if all_actors:
        return gold_actors <= names
    return bool(gold_actors & names) or not gold_actors


def _gold_events(gold: dict[str, Any]) -> list[dict[str, Any]]:
    undated = [{**u, "date": None, "precision": None} for u in gold.get("undated", [])]
    return list(gold.get("events", [])) + undated


# ---------------------------------------------------------------------- strict check
def expected_problems(result: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """Everything in `expected` that `result` misses; empty when it is met in full."""
    problems: list[str] = []
    ents = {_norm(e["name"]): e for e in result["entities"]}
    for g in expected.get("entities", []):
        e = ents.get(_norm(g["name"]))
        if e is None:
            problems.append(f"entity {g['name']} not found")
            continue
        if e["type"] != g["type"]:
            problems.append(f"entity {g['name']} typed {e['type']}, expected {g['type']}")
        texts = {m["text"] for m in e["mentions"]}
        texts_low = {t.casefold() for t in texts}
        for alias in g.get("aliases_in_text", []):
            if alias not in texts and alias.casefold() not in texts_low:
                problems.append(f"entity {g['name']}: surface form {alias!r} not resolved to it")
    for g in expected.get("events", []):
        if not any(event_matches(p, g, all_actors=True) for p in result["events"]):
            problems.append(
                f"event {g['type']} {g.get('date')} ({g.get('precision')}) with "
                f"{g.get('actors')} not found"
            )
            continue
        hits = [p for p in result["events"] if event_matches(p, g, all_actors=True)]
        if "status" in g and not any(p["status"] == g["status"] for p in hits):
            problems.append(f"event {g['type']} {g.get('date')}: status is not {g['status']}")
        if "location" in g and not any(p.get("location") == g["location"] for p in hits):
            problems.append(f"event {g['type']} {g.get('date')}: location is not {g['location']}")
    for g in expected.get("undated", []):
        gold = {**g, "date": None, "precision": None}
        hits = [p for p in result["events"] if event_matches(p, gold, all_actors=True)]
        if not hits:
            problems.append(f"undated {g['type']} with {g.get('actors')} not found undated")
            continue
        if "amount_usd" in g and not any(p.get("amount_usd") == g["amount_usd"] for p in hits):
            problems.append(f"undated {g['type']}: amount is not {g['amount_usd']}")
        gold_actors = {_norm(a) for a in g.get("actors", [])}
        for p in result["events"]:
            if (
                p["type"] == g["type"]
                and p.get("date") is not None
                and gold_actors <= _actor_names(p)
                and p.get("amount_usd") == g.get("amount_usd", p.get("amount_usd"))
                and p["sentence"] in {h["sentence"] for h in hits}
            ):
                problems.append(f"undated {g['type']} also given a date {p['date']}")
    return problems


# ---------------------------------------------------------------------- scoring
@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Report:
    entities: Counts = field(default_factory=Counts)
    dates: Counts = field(default_factory=Counts)
    date_values_right: int = 0
    date_values_total: int = 0
    events: Counts = field(default_factory=Counts)
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        acc = self.date_values_right / self.date_values_total if self.date_values_total else 1.0
        return {
            "entities": self.entities.as_dict(),
            "dates": self.dates.as_dict(),
            "date_value_accuracy": round(acc, 3),
            "events": self.events.as_dict(),
        }


def _gold_spans(
    text: str, items: Iterable[dict[str, Any]], path: str
) -> list[tuple[int, int, dict]]:
    """Locate each gold date by its text (the n-th occurrence when `occurrence` is given)."""
    out = []
    for g in items:
        needle = g["text"]
        n = int(g.get("occurrence", 1))
        pos = -1
        for _ in range(n):
            pos = text.find(needle, pos + 1)
            if pos < 0:
                raise EvaluationError(f"{path}: date text {needle!r} not in the text")
        out.append((pos, pos + len(needle), g))
    return out


def score_document(result: dict[str, Any], gold: dict[str, Any], report: Report) -> None:
    path = gold.get("_path", "?")
    # entities
    pred = {(_norm(e["name"]), e["type"]) for e in result["entities"]}
    want = {(_norm(g["name"]), g["type"]) for g in gold["entities"]}
    c = Counts(len(pred & want), len(pred - want), len(want - pred))
    report.entities.add(c)
    for name, etype in sorted(want - pred):
        report.errors.append(f"{path}: missed entity {name} ({etype})")
    for name, etype in sorted(pred - want):
        report.errors.append(f"{path}: extra entity {name} ({etype})")
    # dates
    spans = _gold_spans(gold["text"], gold["dates"], path)
    used: set[int] = set()
    for s, e, g in spans:
        hit = None
        for i, d in enumerate(result["dates"]):
            if i not in used and d["start"] < e and s < d["end"]:
                hit = i
                break
        if hit is None:
            report.dates.fn += 1
            report.errors.append(f"{path}: missed date {g['text']!r}")
            continue
        used.add(hit)
        report.dates.tp += 1
        d = result["dates"][hit]
        report.date_values_total += 1
        gv = None if g.get("value") in (None, "None") else str(g.get("value"))
        if d["value"] == gv and (gv is None or d["precision"] == g.get("precision")):
            report.date_values_right += 1
        else:
            report.errors.append(
                f"{path}: date {g['text']!r} = {d['value']} ({d['precision']}), "
                f"gold {gv} ({g.get('precision')})"
            )
    for i, d in enumerate(result["dates"]):
        if i not in used:
            report.dates.fp += 1
            report.errors.append(f"{path}: extra date {d['text']!r}")
    # events
    golds = _gold_events(gold)
    taken: set[int] = set()
    for g in golds:
        hit = next(
            (i for i, p in enumerate(result["events"]) if i not in taken and event_matches(p, g)),
            None,
        )
        if hit is None:
            report.events.fn += 1
            report.errors.append(
                f"{path}: missed event {g['type']} {g.get('date')} {g.get('actors')}"
            )
        else:
            taken.add(hit)
            report.events.tp += 1
    for i, p in enumerate(result["events"]):
        if i not in taken:
            report.events.fp += 1
            report.errors.append(
                f"{path}: extra event {p['type']} {p['date']} "
                f"{[a['name'] for a in p['actors']]} ({p['trigger']})"
            )


def evaluate(golds: list[dict[str, Any]], extractor: Any) -> Report:
    report = Report()
    results = extractor.extract_many(record_of(g) for g in golds)
    for gold, result in zip(golds, results, strict=True):
        score_document(result, gold, report)
    return report


FLOOR_KEYS = {
    "entities_f1": lambda r: r["entities"]["f1"],
    "dates_f1": lambda r: r["dates"]["f1"],
    "date_value_accuracy": lambda r: r["date_value_accuracy"],
    "events_precision": lambda r: r["events"]["precision"],
    "events_recall": lambda r: r["events"]["recall"],
    "events_f1": lambda r: r["events"]["f1"],
}


def below_floors(figures: dict[str, Any], floors: dict[str, float]) -> list[str]:
    """Names of the figures under their recorded floor."""
    out = []
    for key, floor in floors.items():
        if key not in FLOOR_KEYS:
            raise EvaluationError(f"unknown floor {key!r}; known: {sorted(FLOOR_KEYS)}")
        value = FLOOR_KEYS[key](figures)
        if value < floor:
            out.append(f"{key} = {value:.3f} < floor {floor}")
    return out


def read_floors(path: Path, section: str) -> dict[str, float]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {k: float(v) for k, v in (data.get(section) or {}).items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.evaluate", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--gold", type=Path, default=DEFAULT_GOLD, help="directory of gold .yml files"
    )
    parser.add_argument(
        "--floors", type=Path, default=None, help="fail (exit 1) under these floors"
    )
    parser.add_argument("--model", default=None, help="spaCy model (default: the Extractor's)")
    parser.add_argument("--errors", action="store_true", help="list every miss and extra")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    from extract.extractor import Extractor

    golds = load_gold_dir(args.gold)
    extractor = Extractor(model=args.model) if args.model else Extractor()
    report = evaluate(golds, extractor)
    figures = report.as_dict()
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"{len(golds)} documents in {args.gold}")
        for key in ("entities", "dates", "events"):
            f = figures[key]
            print(
                f"{key:9s} P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}  "
                f"(tp {f['tp']}, fp {f['fp']}, fn {f['fn']})"
            )
        print(f"date values right: {figures['date_value_accuracy']:.3f}")
    if args.errors:
        print("\n".join(report.errors))
    if args.floors:
        failed = below_floors(figures, read_floors(args.floors, "dev"))
        if failed:
            print("BELOW FLOOR: " + "; ".join(failed), file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
