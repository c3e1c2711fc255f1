"""The timeline's measure (evaluation/timeline.py), the cross-article gold of the dev and val
parts, and the merged timeline's floors on them (tests/gold/floors.yml, `timeline`)."""

from __future__ import annotations

from collections import Counter

import pytest
import yaml

from evaluation.evaluate import DEFAULT_FLOORS, load_gold_dir
from evaluation.real import REAL
from evaluation.timeline import (
    GoldEvent,
    Predicted,
    evaluate_part,
    load_timeline_gold,
    report_index,
    score,
)


def gold(gid, etype, date, precision, actors, articles, story="s") -> GoldEvent:
    return GoldEvent(gid, etype, date, precision, set(actors), set(articles), story)


def pred(pid, etype, date, precision, actors, reports, story="s") -> Predicted:
    return Predicted(
        pid,
        etype,
        date,
        precision,
        set(actors),
        {art for art, _ in reports},
        [{"id": mid, "article": art, "date": date, "sentence": ""} for art, mid in reports],
        story,
    )


def test_matches_duplicates_and_over_merges_are_counted():
    golds = [
        gold("meeting", "meeting", "2026-02-24", "day", ["hegseth", "amodei"], ["a1", "a2"]),
        gold("ultimatum", "ultimatum", "2026-02-24", "day", ["hegseth"], ["a1"]),
        gold("order", "policy", "2026-02", "month", ["trump"], ["a3"], story="t"),
    ]
    preds = [
        # the meeting twice: a duplicate (both hold one of its reports)
        pred("p1", "meeting", "2026-02-24", "day", ["hegseth"], [("a1", "m1")]),
        pred("p2", "meeting", "2026-02-24", "day", ["amodei"], [("a2", "m2")]),
        # a week inside the gold month still matches it
        pred("p3", "policy", "2026-W09", "week", ["trump"], [("a3", "m3")], story="t"),
        # an ultimatum that folded a report of the meeting: an over-merge
        pred("p4", "ultimatum", "2026-02-24", "day", ["hegseth"], [("a1", "m4"), ("a1", "m5")]),
    ]
    paired = {"m1": "meeting", "m2": "meeting", "m3": "order", "m4": "ultimatum", "m5": "meeting"}
    scores, errors = score(preds, golds, paired)
    overall = scores["all"].figures()
    assert (overall["tp"], overall["fp"], overall["fn"]) == (3, 1, 0)
    assert (overall["duplicates"], overall["over_merges"]) == (1, 1)
    assert scores["t"].figures()["f1"] == 1.0
    assert any(e.startswith("duplicate: meeting") for e in errors)
    assert any(e.startswith("over-merge: p4") for e in errors)


def test_a_coarser_date_or_no_shared_article_does_not_match():
    golds = [gold("g", "meeting", "2026-02-24", "day", ["hegseth"], ["a1"])]
    preds = [
        pred("month", "meeting", "2026-02", "month", ["hegseth"], [("a1", "m1")]),
        pred("elsewhere", "meeting", "2026-02-24", "day", ["hegseth"], [("a9", "m2")]),
    ]
    figures = score(preds, golds, {})[0]["all"].figures()
    assert (figures["tp"], figures["fn"], figures["duplicates"]) == (0, 1, 0)


@pytest.mark.parametrize("part", ["dev", "val"])
def test_a_timeline_gold_holds_every_report_of_its_part_once(part):
    if not (REAL / f"timeline_{part}.yml").is_file():
        pytest.skip(f"no timeline gold for the {part} part")
    golds = load_gold_dir(REAL / part)
    reports = {
        (g["id"], lst, i) for g in golds for lst in ("events", "undated")
        for i, _ in enumerate(g.get(lst) or [])
    }  # fmt: skip
    path = REAL / f"timeline_{part}.yml"
    index = report_index(path)
    assert set(index) == reports
    events = load_timeline_gold(path)
    assert len({e.id for e in events}) == len(events)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))["events"]
    assert sum(len(e["reports"]) for e in raw) == len(reports)  # no report in two events
    assert max(Counter(index.values()).values()) >= 5  # cross-article events


def test_a_report_is_paired_with_the_gold_report_of_its_own_sentence():
    """Two undated reports of one type and party both match either gold report strictly;
    each stands for the gold report told in its own sentence, whatever the order."""
    from evaluation.timeline import pair_reports

    gold = {
        "id": "art",
        "events": [],
        "undated": [
            {"type": "negotiation", "actors": ["Pentagon", "Acme"],
             "evidence": "Acme has been in talks with the Pentagon over drone software."},
            {"type": "negotiation", "actors": ["Pentagon", "Borealis"],
             "evidence": "Borealis also held talks with the Pentagon about cloud hosting."},
        ],
    }  # fmt: skip
    index = {("art", "undated", 0): "acme-talks", ("art", "undated", 1): "borealis-talks"}
    mention = {"article": "art", "type": "negotiation", "date": None, "precision": None}
    mentions = {
        "m1": {**mention, "id": "m1", "actors": [{"name": "Pentagon"}],
               "sentence": "Acme has been in talks with the Pentagon over drone software."},
        "m2": {**mention, "id": "m2", "actors": [{"name": "Pentagon"}],
               "sentence": "Borealis also held talks with the Pentagon about cloud hosting."},
    }  # fmt: skip
    assert pair_reports([gold], mentions, index) == {"m1": "acme-talks", "m2": "borealis-talks"}


@pytest.mark.parametrize("part", ["dev", "val"])
def test_the_merged_timeline_stays_within_its_floors(part):
    """Extraction, store and merge of the part's real articles, scored as
    `python -m evaluation.timeline --part PART` scores them."""
    if not (REAL / f"timeline_{part}.yml").is_file():
        pytest.skip(f"no timeline gold for the {part} part")
    from extract import get_extractor

    floors = yaml.safe_load(DEFAULT_FLOORS.read_text(encoding="utf-8"))["timeline"][part]
    scores, _ = evaluate_part(part, get_extractor())
    figures = scores["all"].figures()
    assert figures["f1"] >= floors["f1"], figures
    assert figures["duplicates"] <= floors["duplicates"], figures
    assert figures["over_merges"] <= floors["over_merges"], figures
