"""How far two careful readers of one article agree: the ceiling the extractor is judged under.

    python -m evaluation.agreement [--json] [--no-extractor]

`tests/gold/real/agreement/<part>/` holds a second, independent annotation of some gold
articles of the dev and val parts, made by annotators who saw only the text,
../shared/annotation.md and the event types of design.md, never the gold. Each is scored
against the gold exactly as the extractor is (`evaluation.real.PartScore`: strict event
match, event dates, entity recall), and the extractor on the same articles beside it, so a
target such as "events F1 0.70" can be read against what people reach on the same text.
The frozen test part has no second annotation: it is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from evaluation.evaluate import EvaluationError, load_gold
from evaluation.real import REAL, PartScore, score, table

AGREEMENT = REAL / "agreement"
PARTS = ("dev", "val")  # never test or holdout: their text is not read


def as_result(annotation: dict[str, Any]) -> dict[str, Any]:
    """A second annotation in the shape of the extractor's output, so one scorer reads both."""

    def event(e: dict[str, Any], dated: bool) -> dict[str, Any]:
        return {
            "type": e.get("type"),
            "date": str(e["date"]) if dated and e.get("date") else None,
            "precision": e.get("precision") if dated else None,
            "actors": [{"name": str(a)} for a in e.get("actors") or []],
            "sentence": e.get("evidence") or "",
            "trigger": "",
        }

    events = [event(e, True) for e in annotation.get("events") or []]
    events += [event(e, False) for e in annotation.get("undated") or []]
    entities = [{"name": str(e["name"])} for e in annotation.get("entities") or [] if e.get("name")]
    return {"events": events, "entities": entities, "dates": []}


def load_pairs(part: str, root: Path = AGREEMENT) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(gold, second annotation) for each second annotation of a part."""
    pairs = []
    for path in sorted((root / part).glob("*.yml")):
        gold_path = REAL / part / path.name
        if not gold_path.exists():
            raise EvaluationError(f"{path}: no gold file {gold_path}")
        try:
            annotation = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise EvaluationError(f"{path}: cannot read annotation: {exc}") from exc
        if not isinstance(annotation, dict):
            raise EvaluationError(f"{path}: an annotation is a mapping")
        pairs.append((load_gold(gold_path), annotation))
    return pairs


def agreement(pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> PartScore:
    """The second annotations scored against the gold, as the extractor is."""
    part = PartScore()
    for gold, annotation in pairs:
        part.add(gold, as_result(annotation))
    return part


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.agreement", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--no-extractor", action="store_true", help="score the second annotations only"
    )
    args = parser.parse_args(argv)
    extractor = None
    if not args.no_extractor:
        from extract.extractor import Extractor

        extractor = Extractor()
    results: dict[str, dict[str, Any]] = {}
    for part in PARTS:
        pairs = load_pairs(part)
        if not pairs:
            continue
        results[f"{part} people"] = agreement(pairs).figures()
        if extractor is not None:
            results[f"{part} ours"] = score([g for g, _ in pairs], extractor).figures()
    if not results:
        print(f"no second annotations under {AGREEMENT}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(results, indent=2))
    else:  # the second annotations mark events and entities, not date spans
        spans = ("date spans", "date values")
        print("\n".join(r for r in table(results).splitlines() if not r.startswith(spans)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
