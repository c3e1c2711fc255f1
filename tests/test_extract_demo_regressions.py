"""Date and tense bugs found by running the extractor on the demo site, in our own words."""

from __future__ import annotations

import pytest

from extract import get_extractor


def _dates(published: str, text: str) -> dict[str, list[str | None]]:
    result = get_extractor().extract_one({"id": 1, "published": published, "text": text})
    out: dict[str, list[str | None]] = {}
    for d in result["dates"]:
        out.setdefault(d["text"], []).append(d["value"])
    return out


def _events(published: str, text: str) -> list[dict]:
    return get_extractor().extract_one({"id": 1, "published": published, "text": text})["events"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "expr", "value"),
    [
        # a month-day without a year, as the time of a noun: the latest one not after publication
        ("The sanctions followed her Jan. 15 briefing with the board.", "Jan. 15", "2026-01-15"),
        ("Aides recalled the Feb. 20 hearing in the Senate.", "Feb. 20", "2026-02-20"),
        ("The memo was drafted after his Feb. 9 call with the minister.", "Feb. 9", "2026-02-09"),
        # a goal verb in the clause does not send a noun's date ahead
        ("The envoy set terms at the Jan. 30 summit in Geneva.", "Jan. 30", "2026-01-30"),
        # only a clear future cue does
        (
            "Officials will brief staff before the upcoming Feb. 20 hearing.",
            "Feb. 20",
            "2027-02-20",
        ),
        ("The ministers will meet again on Feb. 20.", "Feb. 20", "2027-02-20"),
    ],
)
def test_month_day_without_year_follows_tense(sentence, expr, value):
    # published Tuesday 3 March 2026
    assert _dates("2026-03-03", sentence)[expr] == [value]


@pytest.mark.model
def test_nominal_month_day_event_is_not_planned():
    events = _events(
        "2026-03-03", "Pete Hegseth set a deadline at his Feb. 20 meeting with OpenAI."
    )
    dated = [e for e in events if e["date"] == "2026-02-20"]
    assert dated, events
    assert all(e["status"] != "planned" for e in dated)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "expr", "value"),
    [
        # published Thursday 26 Feb 2026: Tuesday's meeting was two days before, even with a
        # Friday deadline (ahead) in the same sentence
        (
            "The admiral gave the vendor a Friday deadline to sign the terms at Tuesday's meeting.",
            "Tuesday",
            "2026-02-24",
        ),
        (
            "The minister set a Friday deadline for the firm to reply at Tuesday's session.",
            "Tuesday",
            "2026-02-24",
        ),
        ("Tuesday's talks ended without a deal.", "Tuesday", "2026-02-24"),
        ("The board heard a final pitch on Wednesday night.", "Wednesday night", "2026-02-25"),
        (
            "What officials called a last offer came on Wednesday night.",
            "Wednesday night",
            "2026-02-25",
        ),
        # the deadline itself is still ahead
        (
            "The admiral gave the vendor a Friday deadline to sign the terms at Tuesday's meeting.",
            "Friday",
            "2026-02-27",
        ),
        # present tense keeps the weekday ahead
        ("If Monday's vote fails, the bill dies.", "Monday", "2026-03-02"),
    ],
)
def test_weekday_tense_comes_from_its_own_phrase(sentence, expr, value):
    assert _dates("2026-02-26", sentence)[expr][0] == value


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "expr", "value"),
    [
        # published Monday 9 March 2026: a deadline told of as past is the last Friday
        ("The strike began after the Friday deadline lapsed.", "Friday", "2026-03-06"),
        ("The sale followed a Friday deadline set by regulators.", "Friday", "2026-03-06"),
        # a deadline being set or nearing is ahead
        ("The regulator set a Friday deadline for the sale.", "Friday", "2026-03-13"),
        ("As the Friday deadline nears, bidders line up.", "Friday", "2026-03-13"),
    ],
)
def test_deadline_told_as_past(sentence, expr, value):
    assert _dates("2026-03-09", sentence)[expr][0] == value


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # headline style "X to VERB" is the future; published Monday 23 Feb 2026
        ("Navy chief to visit shipyard on Thursday", "Thursday", "2026-02-26"),
        (
            "Senator to question generals on Wednesday as budget fight grows",
            "Wednesday",
            "2026-02-25",
        ),
        (
            "DEFENSE\nMinister to meet rebels on Friday\nThe minister will travel north this week.",
            "Friday",
            "2026-02-27",
        ),
        # an infinitive under a past verb is not a headline future
        ("The minister went to meet rebels on Friday.", "Friday", "2026-02-20"),
    ],
)
def test_headline_infinitive_is_future(text, expr, value):
    assert _dates("2026-02-23", text)[expr][0] == value


@pytest.mark.model
def test_headline_infinitive_event_is_planned():
    events = _events("2026-02-23", "Elon Musk to meet Pete Hegseth at Pentagon on Thursday")
    meetings = [e for e in events if e["type"] == "meeting"]
    assert meetings, events
    assert meetings[0]["date"] == "2026-02-26"
    assert meetings[0]["status"] == "planned"
