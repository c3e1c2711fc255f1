"""Date extraction measured on NewsReader MEANTIME (English): 120 Wikinews articles whose
DATE time expressions are normalised against each document's creation time.

    python -m evaluation.meantime [--corpus ../shared/corpus/temporal/meantime_en]

Time expressions are annotated in the first six sentences of each file (title, date line,
four sentences; no TIMEX3 is anchored further on in any of the 120 files), so predictions
further on are not scored; a prediction on a DURATION, SET or TIME expression is counted
apart, neither right nor wrong. Reports span precision/recall/F1 (overlapping spans,
one-to-one; and exact spans), value F1 (TempEval-3 style: a prediction counts when its span
overlaps a gold DATE timex and its value equals the gold value; every gold DATE and every
scored prediction in the denominator) and value accuracy: among gold DATE expressions with
a calendar value (1991, 2008-03, 2008-03-01, 2009-Q3, 2009-W12, 195 for a decade) that we
found, how many we normalised to that value. Three files lack an ISO creation time: their
date line gives it.
The corpus texts are token lists; we rebuild plain text and map offsets back.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET  # noqa: S405 - local, trusted corpus files
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from extract.errors import EvaluationError

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "temporal" / "meantime_en"
CALENDAR = re.compile(r"^\d{3,4}(?:-(?:\d{2}(?:-\d{2})?|Q[1-4]|W\d{2}))?$")
ANNOTATED_SENTENCES = 5
NO_SPACE_BEFORE = {
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    ")",
    "]",
    "'s",
    "n't",
    "%",
    "'",
    "''",
    "'re",
    "'ve",
    "'ll",
    "'d",
}
NO_SPACE_AFTER = {"(", "[", "$", "``", "US$", "#"}


@dataclass
class Doc:
    name: str
    text: str
    dct: str | None
    gold: list[tuple[int, int, str, str]]  # start, end, text, value
    other: list[tuple[int, int]]  # DURATION / SET / TIME expressions: neither right nor wrong here
    annotated_end: int  # MEANTIME annotates time expressions in sentences 0-5 only
    creation: tuple[int, int] | None = None  # the dateline: the creation-time timex's span


def read_document(path: Path) -> Doc:
    """Plain text, creation date and DATE timexes (char offsets) of one MEANTIME file."""
    try:
        root = ET.parse(path).getroot()  # noqa: S314 - local corpus
    except ET.ParseError as exc:
        raise EvaluationError(f"{path}: {exc}") from exc
    pieces: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    annotated_end = 0
    pos = 0
    prev_sent, prev_tok = None, None
    for tok in root.iter("token"):
        word = tok.text or ""
        sent = tok.get("sentence")
        if prev_tok is not None:
            sep = (
                "\n"
                if sent != prev_sent
                else ("" if word in NO_SPACE_BEFORE or prev_tok in NO_SPACE_AFTER else " ")
            )
            pieces.append(sep)
            pos += len(sep)
        offsets[tok.get("t_id")] = (pos, pos + len(word))
        if int(sent or 0) <= ANNOTATED_SENTENCES:
            annotated_end = pos + len(word)
        pieces.append(word)
        pos += len(word)
        prev_sent, prev_tok = sent, word
    text = "".join(pieces)
    dct = None
    gold = []
    other = []
    creation = None
    for tx in root.iter("TIMEX3"):
        anchors = [a.get("t_id") for a in tx.findall("token_anchor")]
        spans = [offsets[a] for a in anchors if a in offsets]
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = tx.get("value")
            if spans:
                creation = (min(x[0] for x in spans), max(x[1] for x in spans))
        if not spans:
            continue
        s, e = min(x[0] for x in spans), max(x[1] for x in spans)
        if tx.get("type") == "DATE":
            gold.append((s, e, text[s:e], tx.get("value") or ""))
        else:
            other.append((s, e))
    return Doc(path.stem, text, dct, gold, other, annotated_end, creation)


def creation_date(doc: Doc) -> str | None:
    """The document's creation day, ISO: its creation-time value, else its dateline (the
    second line, "February 03, 2009"), for the three files whose value is missing or not ISO."""
    if doc.dct and re.match(r"^\d{4}-\d{2}-\d{2}$", doc.dct):
        return doc.dct
    lines = doc.text.split("\n")
    if len(lines) > 1:
        try:
            return datetime.strptime(lines[1].strip(), "%B %d, %Y").date().isoformat()
        except ValueError:
            return None
    return None


def timex_value(value: str | None, precision: str | None) -> str | None:
    """Our value in TIMEX3 spelling (a decade '1950s' is '195')."""
    if value is None:
        return None
    if precision == "decade":
        return value[:3]
    return value


def evaluate(corpus: Path, extractor: Any) -> dict[str, Any]:
    files = sorted(corpus.glob("corpus_*/*.xml"))
    if not files:
        raise EvaluationError(f"no MEANTIME files under {corpus}")
    docs = [read_document(f) for f in files]
    # a few creation times are missing or not ISO dates ("03-02-2009"): read the dateline
    records = ({"id": d.name, "published": creation_date(d), "text": d.text} for d in docs)
    tp = fp = fn = exact = other_type = 0
    value_total = value_right = 0
    errors: list[str] = []
    for doc, result in zip(docs, extractor.extract_many(records), strict=True):
        preds = result["dates"]
        used: set[int] = set()
        for s, e, text, value in doc.gold:
            hit = next(
                (
                    i
                    for i, p in enumerate(preds)
                    if i not in used and p["start"] < e and s < p["end"]
                ),
                None,
            )
            if hit is None:
                fn += 1
                errors.append(f"{doc.name}: missed {text!r} ({value})")
                continue
            used.add(hit)
            tp += 1
            p = preds[hit]
            if (p["start"], p["end"]) == (s, e):
                exact += 1
            if CALENDAR.match(value):
                value_total += 1
                ours = timex_value(p["value"], p["precision"])
                if ours == value:
                    value_right += 1
                else:
                    errors.append(f"{doc.name}: {text!r} -> {ours}, gold {value}")
        for i, p in enumerate(preds):
            if i in used or p["start"] >= doc.annotated_end:
                continue
            if any(p["start"] < e and s < p["end"] for s, e in doc.other):
                other_type += 1
                continue
            if i not in used:
                fp += 1
                errors.append(f"{doc.name}: extra {p['text']!r}")
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    n_gold = tp + fn
    n_pred = tp + fp
    exact_f1 = 2 * exact / (n_gold + n_pred) if n_gold + n_pred else 0.0
    return {
        "documents": len(docs),
        "gold_dates": n_gold,
        "span_precision": round(prec, 3),
        "span_recall": round(rec, 3),
        "span_f1": round(f1, 3),
        "exact_span_f1": round(exact_f1, 3),
        "value_accuracy": round(value_right / value_total, 3) if value_total else 1.0,
        # TempEval-3 style: a prediction counts when it overlaps a gold DATE and has its value
        "value_f1": round(2 * value_right / (n_gold + n_pred), 3) if n_gold + n_pred else 0.0,
        "values_scored": value_total,
        "predictions_on_other_timex_types": other_type,
        "errors": errors,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.meantime", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--errors", action="store_true", help="list misses, extras and wrong values"
    )
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"MEANTIME corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    from extract.extractor import get_extractor

    figures = evaluate(args.corpus, get_extractor())
    errors = figures.pop("errors")
    print(json.dumps(figures, indent=2))
    if args.errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
