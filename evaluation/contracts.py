"""Measure the contract parser on real announcement days against a hand-read gold file.

`python -m evaluation.contracts [CORPUS_DIR] [GOLD] [HELD_OUT]` parses every day file in the
corpus (as `tracker contracts import` would), matches records to gold facts by file and
paragraph index, and prints per field the share exactly right, the misses, and every
rejection with its reason, twice: for the development gold file (read while the rules were
written, first seven days) and for the held-out gold file (the other twelve days, read by
hand before the parser's output was looked at). The floors are the issue's targets; the gold
tests fail under them.
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
DEV_GOLD = "tests/gold/dod_contracts_gold.jsonl"
HELDOUT_GOLD = "tests/gold/dod_contracts_heldout.jsonl"
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
    for line_no, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            gold = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvaluationError(f"{gold_path}:{line_no}: bad JSON: {exc}") from exc
        day = parsed.get(gold["source_file"])
        if day is None:
            raise EvaluationError(f"{gold_path}:{line_no}: {gold['source_file']} not in corpus")
        index = gold["paragraph_index"]
        record = next((r for r in day.records if r.paragraph_index == index), None)
        if "rejected" in gold:
            report.rejected_gold += 1
            if record is None and any(r.paragraph_index == index for r in day.rejections):
                report.rejected_right += 1
            else:
                report.misses.append(f"{gold['source_file']} #{index}: should be rejected")
            continue
        report.total += 1
        if record is None:
            report.misses.append(f"{gold['source_file']} #{index}: no record (rejected)")
            continue
        for fname, ok in compare(record, gold).items():
            if ok:
                report.right[fname] += 1
            else:
                report.misses.append(
                    f"{gold['source_file']} #{index} {fname}: {_got(record, fname)}"
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


def main(argv: list[str] | None = None) -> int:
    """Print the figures; exit 1 when a field is under its floor."""
    from core.paths import ROOT

    args = argv if argv is not None else sys.argv[1:]
    corpus = (
        Path(args[0]) if args else ROOT.parent / "shared/corpus/dod_contracts/kingofcramers_raw"
    )
    gold = Path(args[1]) if len(args) > 1 else ROOT / DEV_GOLD
    heldout = Path(args[2]) if len(args) > 2 else ROOT / HELDOUT_GOLD
    if not corpus.exists():
        print(f"corpus {corpus} is absent", file=sys.stderr)
        return 2
    parsed = parse_corpus(corpus)
    report = evaluate(corpus, gold, parsed)
    print(
        f"{report.paragraphs} paragraphs -> {report.records} records, "
        f"{len(report.rejections)} rejections"
    )
    _print_report("development", report, FLOORS)
    failed = bool(report.below_floor())
    if heldout.exists():
        held = evaluate(corpus, heldout, parsed)
        _print_report("held-out", held, HELDOUT_FLOORS)
        failed = failed or bool(held.below_floor(HELDOUT_FLOORS))
    else:
        print(f"held-out: {heldout} is absent", file=sys.stderr)
    print("rejections:")
    for rejection in report.rejections:
        print("  " + rejection)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
