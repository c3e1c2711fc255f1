"""The frozen test part of the real-article gold stays above its recorded floors.

The articles are real news excerpts written by other people (tests/gold/real/README.md);
the test part is never read while changing the extractor, only scored here and by
`python -m evaluation.real`.
"""

from __future__ import annotations

import pytest
import yaml

from evaluation.evaluate import DEFAULT_FLOORS, load_gold_dir, read_floors
from evaluation.real import (
    FLOOR_KEYS,
    PARTS,
    PartScore,
    below,
    date_compatible,
    f1_interval,
    score,
)


def test_the_gold_is_split_and_big_enough():
    parts = {p: load_gold_dir(PARTS[p]) for p in ("dev", "val", "holdout", "test")}
    assert len(parts["dev"]) + len(parts["test"]) >= 150 and len(parts["test"]) >= 50
    assert len(parts["val"]) >= 40 and len(parts["holdout"]) >= 40
    urls = [g["url"] for golds in parts.values() for g in golds]
    assert len(urls) == len(set(urls)), "an article is in the gold twice"
    for part, golds in parts.items():
        assert {g["split"] for g in golds} == {part}
        for g in golds:
            assert g["outlet"] and g["published"] and len(g["text"]) <= 2600, g["_path"]


def test_dates_match_at_the_gold_precision():
    assert date_compatible("2026-02-24", "day", "2026-02", "month")  # finer inside coarser
    assert not date_compatible("2026-02", "month", "2026-02-24", "day")  # coarser is not
    assert date_compatible("2026-W09", "week", "2026-02", "month")  # Thursday 26 Feb
    assert not date_compatible("2026-W14", "week", "2026-03", "month")  # Thursday 2 April
    # a gold week (the team-written set has them): the same week, or a day inside it
    assert date_compatible("2025-W02", "week", "2025-W02", "week")
    assert date_compatible("2025-01-09", "day", "2025-W02", "week")
    assert not date_compatible("2025-01-13", "day", "2025-W02", "week")  # the next Monday
    assert not date_compatible("2025-01", "month", "2025-W02", "week")
    assert date_compatible(None, None, None, None) and not date_compatible(
        "2026", "year", None, None
    )


def test_the_f1_interval_holds_the_figure_and_narrows_with_more_articles():
    few = [(3, 1, 2), (0, 2, 1), (5, 0, 0), (1, 1, 3)] * 5  # 20 articles, F1 18/28 = 0.643
    many = few * 10  # the same mix, 200 articles
    low, high = f1_interval(few)
    assert low < 0.643 < high
    wide, narrow = high - low, f1_interval(many)[1] - f1_interval(many)[0]
    assert narrow < wide / 2
    assert f1_interval([(2, 0, 0)] * 5) == [1.0, 1.0]  # every draw is perfect
    assert f1_interval([]) == [0.0, 0.0]


def test_scoring_sorts_errors_into_categories():
    gold = {
        "_path": "x.yml",
        "text": "Acme met the Navy on Tuesday. Acme signed a deal.",
        "entities": [{"name": "Acme"}, {"name": "U.S. Navy"}],
        "dates": [],
        "events": [
            {"type": "meeting", "date": "2026-02-24", "precision": "day", "actors": ["Acme"]},
        ],
        "undated": [{"type": "partnership", "actors": ["Acme"]}],
    }
    actors = [{"name": "Acme"}]
    result = {
        "entities": [{"name": "Acme"}],
        "dates": [],
        "events": [
            {"type": "meeting", "date": "2026-02-23", "precision": "day", "actors": actors,
             "sentence": "Acme met the Navy on Tuesday.", "trigger": "met"},
            {"type": "launch", "date": None, "precision": None, "actors": actors,
             "sentence": "Acme signed a deal.", "trigger": "signed"},
        ],
    }  # fmt: skip
    part = PartScore()
    part.add(gold, result)
    figures = part.figures()
    assert figures["events"]["tp"] == 0 and figures["events"]["fn"] == 2
    assert figures["categories"] == {"wrong or missing date": 1, "wrong type": 1}
    assert figures["entity_recall"] == 0.5


@pytest.mark.model
@pytest.mark.frozen
def test_frozen_test_part_stays_above_its_floors():
    from extract import get_extractor

    floors = read_floors(DEFAULT_FLOORS, "real_test")
    assert set(floors) <= set(FLOOR_KEYS) and floors
    figures = score(load_gold_dir(PARTS["test"]), get_extractor()).figures()
    assert not below(figures, floors), yaml.safe_dump({k: FLOOR_KEYS[k](figures) for k in floors})
