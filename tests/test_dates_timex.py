"""TIMEX3 values beside ours (issue 16): vague references get PAST_REF / PRESENT_REF /
FUTURE_REF as their `timex` while their `value` stays None (nothing a timeline places);
weekends, seasons and parts of a day get TIMEX3's own spelling; and the direction of a
month-day without a year in past-tense and subordinate clauses."""

from __future__ import annotations

from datetime import date

import pytest

from extract import get_extractor
from extract.dates import find_dates
from extract.timeref import resolve, timex3

PUB = date(2008, 10, 20)  # a Monday


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("now", "PRESENT_REF"),
        ("currently", "PRESENT_REF"),
        ("at present", "PRESENT_REF"),
        ("for the time being", "PRESENT_REF"),
        ("recently", "PAST_REF"),
        ("more recently", "PAST_REF"),
        ("in the past", "PAST_REF"),
        ("in recent years", "PAST_REF"),
        ("soon", "FUTURE_REF"),
        ("very soon", "FUTURE_REF"),
        ("the future", "FUTURE_REF"),
        ("in the near future", "FUTURE_REF"),
        ("the near term", "FUTURE_REF"),
        ("the long term", "FUTURE_REF"),
    ],
)
def test_vague_references_have_a_timex_ref_and_no_value(text, ref):
    r = resolve(text, PUB)
    assert (r.value, r.precision, r.kind) == (None, None, "vague"), r
    assert timex3(r) == ref


@pytest.mark.parametrize(
    "text", ["at the time", "then", "earlier", "the past few years", "in the coming weeks"]
)
def test_no_ref_for_what_is_no_general_past_present_or_future(text):
    r = resolve(text, PUB)
    assert r.value is None
    assert timex3(r) is None


@pytest.mark.parametrize(
    ("text", "direction", "value", "timex"),
    [
        ("this weekend", None, "2008-W43", "2008-W43-WE"),
        ("the weekend", "past", "2008-W42", "2008-W42-WE"),  # Oct 18-19
        ("the weekend", "future", "2008-W43", "2008-W43-WE"),
        ("this morning", None, "2008-10-20", "2008-10-20TMO"),
        ("tonight", None, "2008-10-20", "2008-10-20TNI"),
        ("last night", None, "2008-10-19", "2008-10-19TNI"),
        ("Thursday night", "past", "2008-10-16", "2008-10-16TNI"),
        ("Autumn", "past", "2008", "2008-FA"),
        ("the fall of 2008", None, "2008", "2008-FA"),
        ("spring 2009", None, "2009", "2009-SP"),
        ("the summer of 1969", None, "1969", "1969-SU"),
        ("the 1950s", None, "1950s", "195"),
        ("the 19th century", None, "18", "18"),
        ("October 10, 2008", None, "2008-10-10", "2008-10-10"),
    ],
)
def test_timex_spelling_beside_the_calendar_value(text, direction, value, timex):
    r = resolve(text, PUB, direction)
    assert r.value == value, r
    assert timex3(r) == timex


def test_a_weekend_on_a_weekend_is_that_one():
    sunday = date(2008, 10, 19)
    assert resolve("the weekend", sunday, "past").value == "2008-W42"
    assert resolve("the weekend", sunday, "future").value == "2008-W42"


def _dates(sentence: str, published: str) -> list[dict]:
    return get_extractor().extract_one({"id": 1, "published": published, "text": sentence})["dates"]


@pytest.mark.model
def test_vague_words_in_running_text_carry_a_ref_and_no_value():
    """The TIMEX3 value is the DateMention's, for scoring; the result keeps its shape."""
    text = (
        "The company is currently reviewing the deal. It did so more recently, "
        "and the risk is small in the near term."
    )
    doc = get_extractor().nlp(text)
    found = {m.text: m for m in find_dates(doc, date(2025, 11, 3))}
    assert found["currently"].timex == "PRESENT_REF"
    assert found["more recently"].timex == "PAST_REF"
    assert found["the near term"].timex == "FUTURE_REF"
    assert all(m.value is None and m.kind == "vague" for m in found.values()), found
    # the result carries the value only
    result = _dates(text, "2025-11-03")
    assert all(set(d) == {"text", "start", "end", "value", "precision"} for d in result)
    assert all(d["value"] is None for d in result), result


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "published", "expr", "value"),
    [
        # a past act told with its date before the verb: the day of the act, not a goal
        (
            "The Government Accountability Office on June 18 called for a re-run of the bidding.",
            "2008-07-02",
            "June 18",
            "2008-06-18",
        ),
        # "call for" is demanding, not summoning, wherever the date stands
        ("The union called for a strike on June 18.", "2008-07-02", "June 18", "2008-06-18"),
        # a goal verb with its date after it still looks ahead
        (
            "The judge summoned the chief executive to court on July 9.",
            "2008-07-02",
            "July 9",
            "2008-07-09",
        ),
        # the present tense of a "when" clause under a future: ahead
        (
            "The jet will wear the airline's livery when it arrives on November 11.",
            "2005-11-05",
            "November 11",
            "2005-11-11",
        ),
        # a "to"-infinitive on a noun: what is yet to happen
        (
            "Apple announced another special event to be held on October 12.",
            "2005-10-04",
            "October 12",
            "2005-10-12",
        ),
        # the plain past stays past
        ("Boeing delivered the jet on October 12.", "2005-10-04", "October 12", "2004-10-12"),
    ],
)
def test_direction_of_month_days_without_a_year(sentence, published, expr, value):
    hits = [d for d in _dates(sentence, published) if expr in d["text"]]
    assert hits, _dates(sentence, published)
    assert hits[0]["value"] == value


@pytest.mark.model
def test_later_than_planned_is_the_date_just_named():
    text = "The jet will arrive on November 11, three days later than originally planned."
    found = [d for d in _dates(text, "2005-11-05") if d["value"]]
    assert [d["value"] for d in found] == ["2005-11-11", "2005-11-11"], found


def test_the_same_month_a_year_ago_is_the_month_just_named():
    pub = date(2009, 2, 3)
    january = resolve("January", pub)
    r = resolve("the same month a year ago", pub, None, january)
    assert (r.value, r.precision) == ("2008-01", "month")
    assert resolve("the same month a year ago", pub).value == "2008-02"  # none named
    # a date of another year named last says nothing of which month
    old = resolve("March 1, 2005", pub)
    assert resolve("the same month a year ago", pub, None, old).value == "2008-02"


def test_the_entire_year_is_the_year_just_named():
    q4 = resolve("the fourth quarter of 2005", date(2006, 1, 27))
    r = resolve("the entire year", date(2006, 1, 27), None, q4)
    assert (r.value, r.precision) == ("2005", "year")
    assert resolve("the whole year", date(2006, 1, 27)).value is None  # no date named


@pytest.mark.model
def test_late_in_the_day_and_the_day_after_a_noun():
    text = (
        "Stocks fell today. The index rebounded late in the day after falling 250 points. "
        "Shares rose the day after the election."
    )
    found = {d["text"]: d["value"] for d in _dates(text, "2007-08-10")}
    assert found.get("late in the day") == "2007-08-10", found
    assert "the day after" not in found, found


@pytest.mark.model
def test_a_year_inside_a_name_is_no_date():
    text = (
        "The Russell 2000 Index of smaller companies fell 4% on Monday, its worst day since 2000."
    )
    found = [(d["text"], d["value"]) for d in _dates(text, "2009-02-24")]
    assert ("2000", "2000") in found  # "since 2000"
    starts = [d["start"] for d in _dates(text, "2009-02-24") if d["text"] == "2000"]
    assert text.index("2000 Index") not in starts, found


def test_the_same_month_a_year_ago_across_a_new_year():
    pub = date(2009, 1, 5)
    december = resolve("December", pub)
    assert december.value == "2008-12"
    assert resolve("the same month last year", pub, None, december).value == "2007-12"
