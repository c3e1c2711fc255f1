"""The parser on 19 real announcement days against hand-read facts (skips without ../shared).

Two gold files: the development one (first seven days, read while the rules were written)
and the held-out one (the other twelve days, read before the parser's output was seen).
"""

from __future__ import annotations

import json

from core.paths import ROOT
from evaluation.contracts import DEV_GOLD, FLOORS, HELDOUT_FLOORS, HELDOUT_GOLD, evaluate
from tests.conftest import shared_path

GOLD = ROOT / DEV_GOLD
HELDOUT = ROOT / HELDOUT_GOLD


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
