"""Evaluation gates: the dev gold set and MEANTIME must stay above their recorded floors."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.evaluate import (
    DEFAULT_FLOORS,
    DEFAULT_GOLD,
    Report,
    below_floors,
    evaluate,
    load_gold_dir,
    read_floors,
    score_document,
)
from extract import get_extractor

ROOT = Path(__file__).resolve().parent.parent
MEANTIME = ROOT.parent / "shared" / "corpus" / "temporal" / "meantime_en"


def test_dev_gold_set_is_big_enough():
    golds = load_gold_dir(DEFAULT_GOLD)
    assert len(golds) >= 30
    assert any(g.get("published") is None for g in golds)
    assert sum(len(g["events"]) + len(g["undated"]) for g in golds) >= 50


def test_floors_can_fail():
    figures = {
        "entities": {"f1": 0.5},
        "dates": {"f1": 0.99},
        "date_value_accuracy": 0.99,
        "events": {"precision": 0.1, "recall": 0.9, "f1": 0.2},
    }
    failed = below_floors(figures, read_floors(DEFAULT_FLOORS, "dev"))
    assert any("entities_f1" in f for f in failed) and any("events_f1" in f for f in failed)


def test_scoring_counts_misses_and_extras():
    gold = {
        "_path": "x",
        "text": "Anduril met the Army on Tuesday.",
        "published": "2026-02-23",
        "entities": [{"name": "Anduril", "type": "ORG"}],
        "dates": [{"text": "Tuesday", "value": "2026-02-17", "precision": "day"}],
        "events": [
            {"type": "meeting", "date": "2026-02-17", "precision": "day", "actors": ["Anduril"]}
        ],
        "undated": [],
    }
    result = {
        "entities": [{"name": "Anduril", "type": "ORG"}, {"name": "U.S. Army", "type": "ORG"}],
        "dates": [
            {"text": "Tuesday", "start": 24, "end": 31, "value": "2026-02-24", "precision": "day"}
        ],
        "events": [
            {
                "type": "meeting",
                "date": "2026-02",
                "precision": "month",
                "actors": [{"name": "Anduril"}],
                "trigger": "met",
            }
        ],
    }
    report = Report()
    score_document(result, gold, report)
    figures = report.as_dict()
    assert figures["entities"]["fp"] == 1 and figures["entities"]["tp"] == 1
    assert figures["date_value_accuracy"] == 0.0
    assert figures["events"]["tp"] == 0  # a month is not the gold day


@pytest.mark.model
def test_dev_set_above_floors():
    report = evaluate(load_gold_dir(DEFAULT_GOLD), get_extractor())
    failed = below_floors(report.as_dict(), read_floors(DEFAULT_FLOORS, "dev"))
    assert not failed, failed


@pytest.mark.model
@pytest.mark.corpus
@pytest.mark.skipif(not MEANTIME.exists(), reason="../shared/corpus (MEANTIME) is absent")
def test_meantime_dates_above_floors():
    from evaluation.meantime import evaluate as evaluate_meantime

    figures = evaluate_meantime(MEANTIME, get_extractor())
    floors = read_floors(DEFAULT_FLOORS, "meantime")
    assert figures["span_f1"] >= floors["span_f1"], figures
    assert figures["value_accuracy"] >= floors["value_accuracy"], figures
