"""How events get their dates, extractor 0.12.0 (see docs/extraction.md, "Event dates, 0.12.0"):
a day a claim was reported is not the day of the claimed happening, a "when" clause dates its
own event, a definite retelling dated by its announcement dates the event it names again, a
step taken during a gathering told before is of that gathering's day, and the date phrasings
"24 hours prior", "since then" and "one year ago". Sentences of our own, written for these
tests, read by the conventions of ../shared/annotation.md ("Dates", "Denied / reported")."""

from __future__ import annotations

from datetime import date

import pytest

from extract import get_extractor
from extract.timeref import Resolved, clean, resolve

FRI = "2026-03-06"  # a Friday


def _result(text: str, published: str = FRI) -> dict:
    return get_extractor().extract_one({"id": 1, "published": published, "text": text})


def _of_type(text: str, etype: str, published: str = FRI) -> list[dict]:
    return [e for e in _result(text, published)["events"] if e["type"] == etype]


def _names(event: dict) -> set[str]:
    return {a["name"] for a in event["actors"]}


def _date_of(text: str, expr: str, published: str = FRI) -> tuple[str | None, str | None]:
    dates = _result(text, published)["dates"]
    hits = [(d["value"], d["precision"]) for d in dates if d["text"] == expr]
    assert hits, dates
    return hits[0]


# ---------------------------------------------------------------- the day of a report
def test_the_day_a_past_happening_was_reported_does_not_date_it():
    text = "The strike by Navy forces was reported Wednesday."
    strikes = _of_type(text, "operation")
    assert strikes and all(e["date"] is None for e in strikes), _result(text)["events"]


@pytest.mark.parametrize(
    ("text", "etype", "value"),
    [
        # a present perfect is that day's news: the report dates it
        (
            "xAI has signed an agreement to put Grok on classified Navy systems, "
            "Axios reported Monday.",
            "partnership",
            "2026-03-02",
        ),
        # what holds now holds in the week it was reported
        (
            "Anthropic is in talks with the General Services Administration to restore "
            "Claude to its schedule, Reuters reported this week.",
            "negotiation",
            "2026-W10",
        ),
        # an announcement is not a report: a contract is awarded the day it is announced
        (
            "The Navy awarded Bolt Systems a $90 million contract for drones, the Pentagon "
            "said on Wednesday.",
            "contract",
            "2026-03-04",
        ),
    ],
)
def test_a_report_still_dates_what_is_news_that_day(text, etype, value):
    events = _of_type(text, etype)
    assert [e["date"] for e in events] == [value], _result(text)["events"]


# ---------------------------------------------------------------- a clause of "when"
def test_a_when_clause_dates_its_own_event_before_the_clause_above():
    text = (
        "Jane Doe, head of the Defense Innovation Unit, told the department on February 10 "
        "that she would resign when her term ends March 31."
    )
    moves = _of_type(text, "personnel")
    assert [e["date"] for e in moves] == ["2026-03-31"], _result(text)["events"]


def test_without_a_when_clause_the_telling_still_dates_the_step():
    text = "Jane Doe told the department on February 10 that she had resigned from the Defense Innovation Unit."
    moves = _of_type(text, "personnel")
    assert [e["date"] for e in moves] == ["2026-02-10"], _result(text)["events"]


# ---------------------------------------------------------------- a dated retelling
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Lockheed Martin contracted for F-35 support for the Navy\n\n"
            "The deal, announced Wednesday by the Department of Defense, is valued at more "
            "than $38 million.",
            "2026-03-04",
        ),
        (
            "Palantir wins Army software contract\n\n"
            "Announced on Tuesday, the contract will fund data tools for the Army.",
            "2026-03-03",
        ),
    ],
)
def test_a_definite_retelling_dated_by_its_announcement_dates_the_headline(text, value):
    contracts = _of_type(text, "contract")
    assert [e["date"] for e in contracts] == [value], _result(text)["events"]


def test_the_folded_retelling_brings_its_parties_to_the_headline_event():
    text = (
        "Lockheed Martin contracted for F-35 support for the Navy\n\n"
        "The deal, announced Wednesday by the Department of Defense, is valued at more "
        "than $38 million."
    )
    (contract,) = _of_type(text, "contract")
    assert {"Lockheed Martin", "U.S. Department of Defense"} <= _names(contract)


def test_a_retelling_of_one_of_two_awards_dates_neither():
    text = (
        "The Navy awarded Bolt Systems a drone contract. The Army awarded Acme Robotics a "
        "radar contract.\n\nThe deal, announced Wednesday by the Department of Defense, is "
        "valued at more than $38 million."
    )
    contracts = _of_type(text, "contract")
    undated = [e for e in contracts if _names(e) & {"Bolt Systems", "Acme Robotics"}]
    assert undated and all(e["date"] is None for e in undated), contracts


# ---------------------------------------------------------------- during a gathering
def test_a_step_taken_during_a_visit_told_before_is_of_its_day():
    text = (
        "Hegseth visited the Starbase facility in Texas on Tuesday. During the visit, "
        "Hegseth appointed Emil Michael as the department's chief technology officer."
    )
    moves = _of_type(text, "personnel")
    assert [e["date"] for e in moves] == ["2026-03-03"], _result(text)["events"]


def test_a_step_during_a_gathering_of_other_people_takes_no_date_from_it():
    text = (
        "Hegseth visited the Starbase facility in Texas on Tuesday. During the meeting, "
        "the Navy board appointed Jane Doe as its chief engineer."
    )
    moves = [e for e in _of_type(text, "personnel") if "Pete Hegseth" not in _names(e)]
    assert all(e["date"] is None for e in moves), _result(text)["events"]


# ---------------------------------------------------------------- date phrasings
@pytest.mark.parametrize(
    ("text", "expr", "value", "precision"),
    [
        (
            "Hegseth visited the Starbase facility on Tuesday, March 3, 2026. The tour had "
            "stopped at a Fort Worth plant just 24 hours prior.",
            "24 hours prior",
            "2026-03-02",
            "day",
        ),
        (
            "The board met on Tuesday, March 3, 2026. It named a new chief 48 hours later.",
            "48 hours later",
            "2026-03-05",
            "day",
        ),
    ],
)
def test_whole_days_of_hours_count_from_the_last_day_named(text, expr, value, precision):
    assert _date_of(text, expr) == (value, precision)


def test_since_then_is_the_month_of_the_time_last_named():
    text = (
        "The rebels first attacked shipping on Nov. 19, 2023. Since then, they have fired "
        "on dozens of merchant vessels."
    )
    # the span is trimmed of its preposition, as "on Friday" is
    assert _date_of(text, "then", "2024-12-31") == ("2023-11", "month")


@pytest.mark.parametrize(
    ("expr", "value", "precision"),
    [
        ("one year ago", "2025", "year"),
        ("one week ago", "2026-W09", "week"),
        ("one month ago", "2026-02", "month"),
    ],
)
def test_a_count_of_one_is_read_whole(expr, value, precision):
    r = resolve(expr, date.fromisoformat(FRI))
    assert (r.value, r.precision) == (value, precision)


def test_one_day_later_counts_from_the_anchor():
    r = resolve(
        "one day later", date.fromisoformat(FRI), None, Resolved("2026-02-10", "day", "absolute")
    )
    assert (r.value, r.precision) == ("2026-02-11", "day")


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("on Friday", "friday"),
        ("in 2024", "2024"),
        ("the following day", "following day"),
        ("one year ago", "one year ago"),
        ("Inauguration Day", "inauguration day"),
    ],
)
def test_only_whole_leading_words_are_stripped(text, cleaned):
    assert clean(text) == cleaned


def test_a_part_of_a_day_in_hours_names_no_day():
    r = resolve(
        "12 hours later", date.fromisoformat(FRI), None, Resolved("2026-02-10", "day", "absolute")
    )
    assert r.value is None
