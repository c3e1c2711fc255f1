"""The parser on real announcement days against hand-read facts.

2014-2019 (skips without ../shared): the development gold (first seven corpus days, read
while the rules were written) and the held-out gold (the other twelve days, read before the
parser's output was seen).

2025 (always runs: each gold row carries its paragraph as published): the development gold
(two days of July 2025 the 2025 rules were written on) and the held-out gold (fourteen other
days, each annotated before the parser's output on it was looked at).
"""

from __future__ import annotations

import json

from core.paths import ROOT
from evaluation.contracts import (
    DEV_GOLD,
    FLOORS,
    HELDOUT_FLOORS,
    HELDOUT_GOLD,
    NEW_DEV_GOLD,
    NEW_HELDOUT_FLOORS,
    NEW_HELDOUT_GOLD,
    evaluate,
    evaluate_paragraphs,
    parse_paragraph_gold,
)
from tests.conftest import shared_path

GOLD = ROOT / DEV_GOLD
HELDOUT = ROOT / HELDOUT_GOLD
NEW_DEV = ROOT / NEW_DEV_GOLD
NEW_HELDOUT = ROOT / NEW_HELDOUT_GOLD


def test_gold_file_is_well_formed_and_large_enough():
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    awards = [r for r in rows if "rejected" not in r]
    assert len(awards) >= 80
    for r in awards:
        assert r["source_file"] and isinstance(r["paragraph_index"], int)
        assert r["companies"] and all(isinstance(c, str) and c for c in r["companies"])
        assert isinstance(r["contract_numbers"], list)
    assert len({(r["source_file"], r["paragraph_index"]) for r in rows}) == len(rows)


def test_parser_meets_the_floors_on_the_gold_file():
    corpus = shared_path("corpus", "dod_contracts", "kingofcramers_raw")
    report = evaluate(corpus, GOLD)
    assert report.total >= 80
    shares = {f: round(report.share(f), 3) for f in FLOORS}
    assert not report.below_floor(), (shares, report.misses[:20])
    assert report.rejected_right == report.rejected_gold, report.misses


def test_heldout_gold_is_well_formed_and_disjoint_from_the_development_days():
    rows = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line]
    awards = [r for r in rows if "rejected" not in r]
    assert len(awards) >= 40
    for r in awards:
        assert r["source_file"] and isinstance(r["paragraph_index"], int)
        assert r["companies"] and all(isinstance(c, str) and c for c in r["companies"])
        assert isinstance(r["contract_numbers"], list)
    assert len({(r["source_file"], r["paragraph_index"]) for r in rows}) == len(rows)
    dev_rows = GOLD.read_text(encoding="utf-8").splitlines()
    dev_days = {json.loads(line)["source_file"] for line in dev_rows if line}
    held_days = {r["source_file"] for r in rows}
    assert not dev_days & held_days
    assert len(held_days) == 12


def test_parser_meets_the_heldout_floors():
    corpus = shared_path("corpus", "dod_contracts", "kingofcramers_raw")
    report = evaluate(corpus, HELDOUT)
    assert report.total >= 40
    shares = {f: round(report.share(f), 3) for f in HELDOUT_FLOORS}
    assert not report.below_floor(HELDOUT_FLOORS), (shares, report.misses)
    assert report.rejected_right == report.rejected_gold, report.misses


def test_every_real_paragraph_is_a_record_or_an_explained_rejection():
    corpus = shared_path("corpus", "dod_contracts", "kingofcramers_raw")
    from evaluation.contracts import parse_corpus

    days = parse_corpus(corpus)
    paragraphs = sum(len(d.paragraphs) for d in days.values())
    records = sum(len(d.records) for d in days.values())
    rejections = [r for d in days.values() for r in d.rejections]
    assert len(days) == 19 and paragraphs == 262
    assert records + len(rejections) == paragraphs
    assert all(r.reason and r.code != "no_award" for r in rejections), rejections
    listed = [json.loads(line) for line in (corpus / "paragraphs.jsonl").open(encoding="utf-8")]
    # the corpus's own "note" labels, plus corrections, which it files as announcements
    notes = {
        (r["source_file"], r["paragraph_index"])
        for r in listed
        if r["kind"] == "note" or r["text"].startswith("CORRECTION:")
    }
    rejected = {(name, r.paragraph_index) for name, d in days.items() for r in d.rejections}
    assert rejected == notes


def _rows(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_2025_gold_files_are_well_formed_and_their_days_disjoint():
    dev, held = _rows(NEW_DEV), _rows(NEW_HELDOUT)
    for rows in (dev, held):
        assert len({(r["announcement_date"], r["paragraph_index"]) for r in rows}) == len(rows)
        for r in rows:
            assert r["url"].startswith("https://") and r["text"].strip()
            assert r["day"].startswith("Contracts For ")
            if "rejected" in r:
                continue
            assert r["companies"] and all(isinstance(c, str) and c for c in r["companies"])
            assert isinstance(r["contract_numbers"], list)
            assert r["amount_usd"] is None or type(r["amount_usd"]) is int
    held_awards = [r for r in held if "rejected" not in r]
    assert len(held_awards) >= 100
    assert len([r for r in dev if "rejected" not in r]) >= 30
    assert not {r["announcement_date"] for r in dev} & {r["announcement_date"] for r in held}
    assert all(r["announcement_date"].startswith(("2024", "2025", "2026")) for r in dev + held)


def test_parser_meets_the_2025_heldout_floors():
    report = evaluate_paragraphs(NEW_HELDOUT)
    assert report.total >= 100
    shares = {f: round(report.share(f), 3) for f in NEW_HELDOUT_FLOORS}
    assert not report.below_floor(NEW_HELDOUT_FLOORS), (shares, report.misses)
    assert report.rejected_right == report.rejected_gold, report.misses


def test_2025_dev_gold_stays_right():
    report = evaluate_paragraphs(NEW_DEV)
    assert not report.below_floor(NEW_HELDOUT_FLOORS), report.misses


def test_every_2025_paragraph_is_a_record_or_an_explained_rejection_with_whole_dollars():
    for path in (NEW_DEV, NEW_HELDOUT):
        for day in parse_paragraph_gold(path).values():
            assert len(day.records) + len(day.rejections) == len(day.paragraphs)
            assert all(r.reason and r.code != "no_award" for r in day.rejections)
            for record in day.records:
                for value in (
                    record.amount_usd,
                    record.ceiling_usd,
                    record.cumulative_usd,
                    record.obligated_usd,
                ):
                    assert value is None or type(value) is int, record.paragraph[:80]
