"""The gold is what two careful readers agree on: second annotations scored like the extractor."""

from __future__ import annotations

import copy

import pytest

from evaluation import agreement
from evaluation.agreement import as_result, load_pairs

GOLD = {
    "_path": "x_001.yml",
    "text": "Hegseth met Amodei at the Pentagon on Tuesday. The company sued later.",
    "entities": [{"name": "Pete Hegseth"}, {"name": "Dario Amodei"}],
    "events": [
        {
            "type": "meeting",
            "date": "2026-02-24",
            "precision": "day",
            "actors": ["Pete Hegseth", "Dario Amodei"],
            "evidence": "Hegseth met Amodei at the Pentagon on Tuesday.",
        }
    ],
    "undated": [{"type": "legal", "actors": ["Anthropic"], "evidence": "The company sued later."}],
}


def _figures(annotation: dict) -> dict:
    return agreement.agreement([(GOLD, annotation)]).figures()


def test_a_reading_equal_to_the_gold_agrees_fully():
    same = {k: copy.deepcopy(GOLD[k]) for k in ("entities", "events", "undated")}
    figures = _figures(same)
    assert figures["events"]["f1"] == 1.0 and figures["entity_recall"] == 1.0


def test_another_day_or_a_dated_undated_event_is_a_disagreement():
    other = copy.deepcopy({k: GOLD[k] for k in ("entities", "events", "undated")})
    other["events"][0]["date"] = "2026-02-23"
    other["events"].append({**other.pop("undated")[0], "date": "2026-02", "precision": "month"})
    figures = _figures(other)
    assert figures["events"]["tp"] == 0 and figures["events"]["fn"] == 2


def test_a_second_annotation_reads_as_the_extractor_output():
    result = as_result({"events": [{"type": "meeting", "date": "2026-02-24", "actors": ["A"]}]})
    (event,) = result["events"]
    assert event["date"] == "2026-02-24" and event["actors"] == [{"name": "A"}]
    assert result["dates"] == [] and result["entities"] == []


@pytest.mark.parametrize("part", agreement.PARTS)
def test_the_gold_agrees_with_an_independent_reading(part):
    """A floor on the gold itself: an edit that made it disagree with a blind second
    reading (strict event F1 under 0.80) would change what every figure means."""
    pairs = load_pairs(part)
    assert len(pairs) >= 16
    figures = agreement.agreement(pairs).figures()
    assert figures["events"]["f1"] >= 0.80, figures["events"]
    assert figures["entity_recall"] >= 0.90
