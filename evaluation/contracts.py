"""Measure the contract parser on real announcement days against hand-read gold files.

`python -m evaluation.contracts [CORPUS_DIR] [GOLD] [HELD_OUT]` parses every day file in the
corpus (as `tracker contracts import` would), matches records to gold facts by file and
paragraph index, and prints per field the share exactly right, the misses, and every
rejection with its reason, for four gold files side by side:

- 2014-2019 development (`tests/gold/dod_contracts_gold.jsonl`, first seven corpus days, read
  while the rules were written) and held-out (`dod_contracts_heldout.jsonl`, the other twelve
  days, read before the parser's output was looked at);
- 2025 development (`dod_contracts_2025_dev.jsonl`, two days the 2025 rules were written on)
  and held-out (`dod_contracts_2025_heldout.jsonl`, fourteen other days of July and August
  2025, each annotated before the parser's output on it was looked at; see docs/contracts.md
  for which rules came after which measurement). These files carry each paragraph's text
  as published and the URL it was read from, so they need no corpus.

The floors are the issue's targets; the gold tests fail under them.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from dod.parser import ContractRecord, DayParse, parse_day, piid_key
from extract.errors import EvaluationError

FIELDS = ("company", "amount", "contract_number", "contracting_activity", "completion_date")
FLOORS = {
    "company": 0.95,
    "amount": 0.98,
    "contract_number": 0.98,
    "contracting_activity": 0.90,
    "completion_date": 0.90,
}
# Held-out floors: the targets, recorded after the first held-out measurement (104 awards,
# company 0.990, amount 0.990, contract number 0.981, activity 0.981, completion 0.981).
# Lower one only with a note saying why; never tune the parser on the held-out paragraphs.
HELDOUT_FLOORS = {
    "company": 0.90,
    "amount": 0.95,
    "contract_number": 0.95,
    "contracting_activity": 0.85,
}
# 2025 held-out floors: the targets of issue 16 (amount and contract number 0.98, company
# 0.97, activity 0.95), measured on 202 awards of fourteen days of July-August 2025.
NEW_HELDOUT_FLOORS = {
    "company": 0.97,
    "amount": 0.98,
    "contract_number": 0.98,
    "contracting_activity": 0.95,
}
DEV_GOLD = "tests/gold/dod_contracts_gold.jsonl"
HELDOUT_GOLD = "tests/gold/dod_contracts_heldout.jsonl"
NEW_DEV_GOLD = "tests/gold/dod_contracts_2025_dev.jsonl"
NEW_HELDOUT_GOLD = "tests/gold/dod_contracts_2025_heldout.jsonl"
DAY_FILE = re.compile(r"^\d{1,2}-\d{1,2}-\d{4}\.txt$")


@dataclass
class EvalReport:
    """Per-field counts, the misses, and what the parser rejected."""

    total: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[str] = field(default_factory=list)
    rejections: list[str] = field(default_factory=list)
    paragraphs: int = 0
    records: int = 0
    rejected_right: int = 0
    rejected_gold: int = 0
    float_amounts: int = 0  # records whose amount fields are floats, not whole dollars

    def share(self, name: str) -> float:
        return self.right[name] / self.total if self.total else 0.0

    def below_floor(self, floors: dict[str, float] | None = None) -> dict[str, float]:
        floors = FLOORS if floors is None else floors
        return {f: self.share(f) for f, floor in floors.items() if self.share(f) < floor}


def _norm(text: str | None) -> str:
    """Compare text, not typography: spacing, footnote marks and hyphen variants aside."""
    text = re.sub("[\u2010\u2011\u2012]", "-", (text or "").replace("*", ""))
    return re.sub(r"\s+", " ", text).strip().rstrip(",")


def day_date(name: str) -> str:
    """The announcement date in a corpus file name: "2-14-2019.txt" -> "2019-02-14"."""
    month, day, year = (int(x) for x in name.removesuffix(".txt").split("-"))
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_corpus(corpus: Path) -> dict[str, DayParse]:
    """Every day file of the corpus, parsed as a whole page."""
    days = sorted(p for p in corpus.iterdir() if DAY_FILE.match(p.name))
    if not days:
        raise EvaluationError(f"{corpus}: no day files (M-D-YYYY.txt) found")
    return {
        p.name: parse_day(p.read_text(encoding="utf-8"), announcement_date=day_date(p.name))
        for p in days
    }


def compare(record: ContractRecord, gold: dict) -> dict[str, bool]:
    """Which gold fields the record gets exactly right."""
    names = [_norm(a.name) for a in record.awardees]
    amount = record.amount_usd
    return {
        "company": names == [_norm(c) for c in gold["companies"]],
        "amount": amount is not None
        and gold["amount_usd"] is not None
        and abs(amount - gold["amount_usd"]) < 0.5
        or (amount is None and gold["amount_usd"] is None),
        "contract_number": {piid_key(n) for n in record.contract_numbers}
        == {piid_key(n) for n in gold["contract_numbers"]},
        "contracting_activity": _norm(record.contracting_activity)
        == _norm(gold["contracting_activity"]),
        "completion_date": record.completion_date == gold["completion_date"],
    }


def evaluate(
    corpus: Path, gold_path: Path, parsed: dict[str, DayParse] | None = None
) -> EvalReport:
    """Parse the corpus (unless `parsed` is given) and score it against the gold file."""
    if not gold_path.exists():
        raise EvaluationError(f"{gold_path}: gold file missing")
    if parsed is None:
        parsed = parse_corpus(corpus)
    report = EvalReport()
    for name, day in parsed.items():
        report.paragraphs += len(day.paragraphs)
        report.records += len(day.records)
        for r in day.rejections:
            report.rejections.append(f"{name} #{r.paragraph_index} [{r.code}] {r.reason}")
    for line_no, gold in _gold_rows(gold_path):
        day = parsed.get(gold["source_file"])
        if day is None:
            raise EvaluationError(f"{gold_path}:{line_no}: {gold['source_file']} not in corpus")
        _score(report, gold["source_file"], day, gold)
    return report


def _gold_rows(gold_path: Path) -> list[tuple[int, dict]]:
    if not gold_path.exists():
        raise EvaluationError(f"{gold_path}: gold file missing")
    rows = []
    for line_no, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append((line_no, json.loads(line)))
        except json.JSONDecodeError as exc:
            raise EvaluationError(f"{gold_path}:{line_no}: bad JSON: {exc}") from exc
    return rows


AMOUNT_FIELDS = ("amount_usd", "ceiling_usd", "cumulative_usd", "obligated_usd")


def _score(report: EvalReport, label: str, day: DayParse, gold: dict) -> None:
    """Count one gold row: a rejection expected, or an award's fields."""
    index = gold["paragraph_index"]
    record = next((r for r in day.records if r.paragraph_index == index), None)
    if "rejected" in gold:
        report.rejected_gold += 1
        if record is None and any(r.paragraph_index == index for r in day.rejections):
            report.rejected_right += 1
        else:
            report.misses.append(f"{label} #{index}: should be rejected")
        return
    report.total += 1
    if record is None:
        report.misses.append(f"{label} #{index}: no record (rejected)")
        return
    if any(isinstance(getattr(record, f), float) for f in AMOUNT_FIELDS):
        report.float_amounts += 1
    for fname, ok in compare(record, gold).items():
        if ok:
            report.right[fname] += 1
        else:
            report.misses.append(f"{label} #{index} {fname}: {_got(record, fname)}")


def parse_paragraph_gold(gold_path: Path) -> dict[tuple[str, str], DayParse]:
    """The days of a paragraph gold file (text as published in each row), each parsed as a
    whole day: its paragraphs in order, so footnote legends and award-date notes apply."""
    days: dict[tuple[str, str], list[dict]] = {}
    for _, gold in _gold_rows(gold_path):
        days.setdefault((gold["url"], gold["announcement_date"]), []).append(gold)
    parsed = {}
    for (url, when), rows in days.items():
        rows.sort(key=lambda r: r["paragraph_index"])
        if [r["paragraph_index"] for r in rows] != list(range(len(rows))):
            raise EvaluationError(f"{gold_path}: {when} paragraphs are not numbered 0..n-1")
        parsed[(url, when)] = parse_day([(r.get("agency"), r["text"]) for r in rows], when)
    return parsed


def evaluate_paragraphs(gold_path: Path) -> EvalReport:
    """Score a paragraph gold file (the 2025 ones): every day parsed from its own rows."""
    parsed = parse_paragraph_gold(gold_path)
    report = EvalReport()
    for (_, when), day in parsed.items():
        report.paragraphs += len(day.paragraphs)
        report.records += len(day.records)
        for r in day.rejections:
            report.rejections.append(f"{when} #{r.paragraph_index} [{r.code}] {r.reason}")
    for _, gold in _gold_rows(gold_path):
        _score(
            report,
            gold["announcement_date"],
            parsed[(gold["url"], gold["announcement_date"])],
            gold,
        )
    return report


def _got(record: ContractRecord, fname: str) -> str:
    return {
        "company": repr([a.name for a in record.awardees]),
        "amount": repr(record.amount_usd),
        "contract_number": repr(record.contract_numbers),
        "contracting_activity": repr(record.contracting_activity),
        "completion_date": repr(record.completion_date),
    }[fname]


def _print_report(label: str, report: EvalReport, floors: dict[str, float]) -> None:
    print(
        f"{label}: gold {report.total} awards, {report.rejected_gold} non-awards "
        f"({report.rejected_right} rejected as expected)"
    )
    for fname in FIELDS:
        floor = f"floor {floors[fname]:.0%}" if fname in floors else "no floor"
        print(
            f"  {fname:22s} {report.right[fname]:3d}/{report.total} = {report.share(fname):.1%}"
            f"  ({floor})"
        )
    if report.misses:
        print(f"{label} misses:")
        for miss in report.misses:
            print("  " + miss)


def side_by_side(reports: dict[str, EvalReport]) -> str:
    """One table: a row per field, a column per gold file."""
    names = list(reports)
    head = f"{'field':22s}" + "".join(f"{n:>20s}" for n in names)
    lines = [head, "-" * len(head)]
    for fname in FIELDS:
        cells = []
        for n in names:
            r = reports[n]
            cells.append(f"{r.right[fname]}/{r.total} {r.share(fname):6.1%}")
        lines.append(f"{fname:22s}" + "".join(f"{c:>20s}" for c in cells))
    lines.append(
        f"{'non-awards rejected':22s}"
        + "".join(
            f"{f'{reports[n].rejected_right}/{reports[n].rejected_gold}':>20s}" for n in names
        )
    )
    lines.append(
        f"{'float amounts':22s}" + "".join(f"{reports[n].float_amounts:>20d}" for n in names)
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the figures; exit 1 when a field is under its floor."""
    from core.paths import ROOT

    args = argv if argv is not None else sys.argv[1:]
    corpus = (
        Path(args[0]) if args else ROOT.parent / "shared/corpus/dod_contracts/kingofcramers_raw"
    )
    gold = Path(args[1]) if len(args) > 1 else ROOT / DEV_GOLD
    heldout = Path(args[2]) if len(args) > 2 else ROOT / HELDOUT_GOLD
    reports: dict[str, EvalReport] = {}
    floors: dict[str, dict[str, float]] = {}
    rejections: list[str] = []
    if corpus.exists():
        parsed = parse_corpus(corpus)
        report = evaluate(corpus, gold, parsed)
        print(
            f"2014-2019 corpus: {report.paragraphs} paragraphs -> {report.records} records, "
            f"{len(report.rejections)} rejections"
        )
        reports["2014-19 dev"], floors["2014-19 dev"] = report, FLOORS
        rejections += report.rejections
        if heldout.exists():
            reports["2014-19 held-out"] = evaluate(corpus, heldout, parsed)
            floors["2014-19 held-out"] = HELDOUT_FLOORS
        else:
            print(f"held-out: {heldout} is absent", file=sys.stderr)
    else:
        print(f"corpus {corpus} is absent: 2014-2019 gold not measured", file=sys.stderr)
    for label, path, floor in (
        ("2025 dev", ROOT / NEW_DEV_GOLD, {}),
        ("2025 held-out", ROOT / NEW_HELDOUT_GOLD, NEW_HELDOUT_FLOORS),
    ):
        if path.exists():
            reports[label], floors[label] = evaluate_paragraphs(path), floor
            rejections += [f"{label}: {r}" for r in reports[label].rejections]
            r = reports[label]
            print(
                f"{label}: {r.paragraphs} paragraphs -> {r.records} records, "
                f"{len(r.rejections)} rejections"
            )
    if not reports:
        return 2
    print()
    print(side_by_side(reports))
    print()
    failed = False
    for label, report in reports.items():
        _print_report(label, report, floors[label])
        failed = failed or bool(report.below_floor(floors[label]))
    print("rejections:")
    for rejection in rejections:
        print("  " + rejection)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
