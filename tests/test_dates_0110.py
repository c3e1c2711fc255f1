"""Date phrasings handled in extractor 0.11.0 (see docs/extraction.md, "Dates, 0.11.0"):
quotations read against the day they were spoken, "N days after <something>", a weekday
that names the year of its month-day, modal perfects, calendars told in the present,
fiscal-year phrasings, vague "a few days ago", runs of the model's DATE spans, and day
anaphora after a coarser date. Sentences of our own, written for these tests, resolved by
the conventions of ../shared/annotation.md ("Dates")."""

from __future__ import annotations

from datetime import date

import pytest

from extract import get_extractor
from extract.timeref import resolve

FRI = "2026-03-06"  # a Friday
SUN = "2026-04-05"  # a Sunday
WED = "2026-06-03"  # a Wednesday
TUE = "2026-03-03"  # a Tuesday


def _dates(text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    result = get_extractor().extract_one({"id": 1, "published": published, "text": text})
    return [(d["text"], d["value"], d["precision"]) for d in result["dates"]]


def _date_of(text: str, published: str, expr: str) -> tuple[str | None, str | None]:
    hits = [(v, p) for t, v, p in _dates(text, published) if t == expr]
    assert hits, _dates(text, published)
    return hits[0]


CASES = [
    # a month-day with a year after "of", as speakers say it
    ("On April 3rd of 2019, the senator filed the bill.", SUN, "April 3rd of 2019", "2019-04-03", "day"),
    # the weekday names the year of a month-day without one, whatever the tense suggests
    ("The test flight had been scheduled for Monday, March 30, but the rocket stayed grounded.", SUN, "Monday, March 30", "2026-03-30", "day"),
    # a modal perfect looks back: "should have ... on Friday" is the Friday gone
    ("The chief executive said the company should not have rushed the release out on Friday.", TUE, "Friday", "2026-02-27", "day"),
    # a calendar told in the present is ahead of publication
    ("The agency must finish the review before the budget year, which ends Sept. 30.", "2026-03-21", "Sept. 30", "2026-09-30", "day"),
    ("The spending plan for the budget year starting Oct. 1 is being sent to Congress.", "2020-02-10", "Oct. 1", "2020-10-01", "day"),
    # a day set as a goal, told in the past: the nearest such day, not next year's
    ("The ceremony comes after the White House postponed a planned signing on May 21.", WED, "May 21", "2026-05-21", "day"),
    # a vague few days either side of publication: the month they fall in
    ("The company first disclosed the talks several days ago.", "2025-06-13", "several days ago", "2025-06", "month"),
    ("Executives said in recent weeks that orders had picked up.", "2025-03-26", "recent weeks", "2025-03", "month"),
    ("The chamber is expected to take up the measure in the coming days.", "2025-09-03", "the coming days", "2025-09", "month"),
    # "N units after <something>": the time of the thing before
    ("She stepped down on June 17, five days after the White House withdrew her nomination.", "2020-06-23", "five days after", "2020-06-12", "day"),
    ("The new director takes office nearly seven months after the abrupt exit of his predecessor.", "2019-07-24", "nearly seven months after", "2018-12", "month"),
    # fiscal years as budget documents write them
    ("The panel approved the Fiscal Year 2027 spending bill.", SUN, "Fiscal Year 2027", "2027", "year"),
    ("The committee marked up the fiscal year (FY) 2027 authorization act.", SUN, "fiscal year (FY) 2027", "2027", "year"),
    ("The House passed the fiscal ‘27 defense bill.", SUN, "fiscal ‘27", "2027", "year"),
    ("The office must field the system by the end of this fiscal year.", "2026-04-15", "the end of this fiscal year", "2026-09-30", "day"),
    # a span of days within one month is that month
    ("Staff sent the petition to the board on 14–15 May 2026.", WED, "14–15 May 2026", "2026-05", "month"),
    # "by day's end": the day of the story
    ("The nominee cleared the Senate on Tuesday and is to take the oath by day’s end.", TUE, "day’s end", "2026-03-03", "day"),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "published", "expr", "value", "precision"), CASES)
def test_phrasing_0110(sentence, published, expr, value, precision):
    assert _date_of(sentence, published, expr) == (value, precision)


@pytest.mark.model
def test_a_quotation_is_read_against_the_day_it_was_spoken():
    """An article of Saturday quoting a post of Friday night: its "tonight" is Friday."""
    text = (
        "The startup's founder announced late Friday that the company had signed the deal.\n\n"
        "“Tonight, we reached an agreement with the department,” he wrote in a post."
    )
    assert _date_of(text, "2026-02-28", "Tonight") == ("2026-02-27", "day")


@pytest.mark.model
def test_a_quotation_over_several_sentences_keeps_its_speech_day():
    """The letter was quoted on Friday from a Thursday statement: its "yesterday" is
    Wednesday and its "on Friday" is the Friday of the week before."""
    text = (
        'The chief executive spoke on Thursday. "Yesterday we received the notice. '
        'As we said on Friday, we will fight it in court."'
    )
    dates = _dates(text, FRI)
    assert ("Yesterday", "2026-03-04", "day") in dates
    assert ("Friday", "2026-02-27", "day") in dates


@pytest.mark.model
def test_a_date_quoted_in_full_is_an_anchor_like_any_other():
    text = '"On March 20th of 2018, I introduced the bill. A year later, the panel met."'
    dates = _dates(text, "2020-09-17")
    assert ("A year later", "2019", "year") in dates


@pytest.mark.model
def test_a_day_counted_from_the_last_day_named_not_a_year_named_since():
    text = (
        "The deputy resigned on June 17. The comptroller, who questioned the aid last year, "
        "handed in her resignation a day earlier."
    )
    assert _date_of(text, "2020-06-23", "a day earlier") == ("2020-06-16", "day")


@pytest.mark.model
def test_days_from_a_month_are_that_month():
    text = "The air chief was removed in late August. Four days earlier, the spy chief was fired."
    assert _date_of(text, "2025-10-06", "Four days earlier") == ("2025-08", "month")


@pytest.mark.model
def test_two_to_three_years_after_is_a_length_not_a_date():
    text = "The agency expects the satellites to fly two to three years after being ordered."
    assert not [d for d in _dates(text, SUN) if d[1] is not None]


@pytest.mark.model
def test_a_model_span_that_runs_on_keeps_the_date_it_holds():
    text = "Defense desk Dec 19, 2025 1 min read 0 views\n\nThe Space Force awarded two contracts."
    assert ("Dec 19, 2025", "2025-12-19", "day") in _dates(text, "2025-12-19")


@pytest.mark.model
def test_a_model_span_crossing_ours_gives_way():
    text = "She resigned on June 17, five days after the president pulled her name."
    dates = _dates(text, "2020-06-23")
    assert ("June 17", "2020-06-17", "day") in dates
    assert ("five days after", "2020-06-12", "day") in dates


@pytest.mark.model
def test_a_document_number_is_no_year():
    assert _dates("[Doc No: 2025-21665]", "2025-11-28") in ([], [("2025-21665", None, None)])


def test_a_year_glued_to_the_next_word_keeps_its_year():
    """ "9:38 a.m. Nov. 25, 2019The story was corrected": the year, not last year's day."""
    r = resolve("Nov. 25, 2019The", date(2019, 11, 24))
    assert (r.value, r.precision) == ("2019-11-25", "day")
    r = resolve("January 27.General", date(2025, 5, 21))
    assert (r.value, r.precision) == ("2025-01-27", "day")


def test_end_and_start_of_fiscal_years():
    pub = date(2025, 11, 3)  # in fiscal 2026
    assert resolve("the end of the fiscal year", pub).value == "2026-09-30"
    assert resolve("the start of next fiscal year", pub).value == "2026-10-01"
    assert resolve("the end of last fiscal year", pub).value == "2025-09-30"


def test_the_coming_weeks_stay_vague():
    r = resolve("in the coming weeks", date(2026, 3, 3))
    assert r.value is None


@pytest.mark.model
def test_a_date_right_after_a_verb_of_saying_is_when_it_was_said():
    """The parser may hang "on Friday" on the reported clause ("would award"): ahead."""
    text = "The Pentagon said on Friday it would award the contract."
    assert _date_of(text, "2026-03-04", "Friday") == ("2026-02-27", "day")
    text = "The supplier said over the weekend it would sell the unit."
    assert _date_of(text, "2026-03-04", "the weekend") == ("2026-W09", "week")


@pytest.mark.model
def test_a_month_with_the_present_perfect_is_one_gone():
    """ "Acme has cited delays in remarks in June": the present perfect looks ahead for a
    weekday ("has summoned him ... Tuesday"), not for a month. A parse built by hand, as
    the model gives it in a longer article."""
    from spacy.tokens import Doc

    from extract.dates import direction_of

    words = ["Acme", "has", "cited", "delays", "in", "remarks", "in", "June", "."]
    doc = Doc(
        get_extractor().nlp.vocab,
        words=words,
        tags=["NNP", "VBZ", "VBN", "NNS", "IN", "NNS", "IN", "NNP", "."],
        pos=["PROPN", "AUX", "VERB", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
        deps=["nsubj", "aux", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
        heads=[2, 2, 2, 2, 3, 4, 5, 6, 2],
        lemmas=["Acme", "have", "cite", "delay", "in", "remark", "in", "June", "."],
    )
    assert direction_of(doc[7:8]) == "past"


@pytest.mark.model
def test_a_time_told_in_passing_is_no_anchor():
    """ "Five days after <something>" dates a thing told in passing; "a day earlier" still
    counts from the day the story is about."""
    text = (
        "She resigned on June 17, five days after the president pulled her name. Her deputy, "
        "who had clashed with aides last year, quit a day earlier."
    )
    assert _date_of(text, "2020-06-23", "a day earlier") == ("2020-06-16", "day")


@pytest.mark.model
def test_the_same_day_after_a_month_named_in_passing():
    text = (
        "On July 23, 2025, the White House released its plan, building on the January order. "
        "The same day, the president signed three more orders."
    )
    assert _date_of(text, "2025-07-25", "The same day") == ("2025-07-23", "day")


@pytest.mark.model
def test_as_recently_as_a_month_looks_back():
    text = "The general said as recently as October that most sightings were hobbyists."
    assert _date_of(text, "2025-04-30", "as recently as October") == ("2024-10", "month")


def test_end_dash_month_is_the_month():
    """ "As of end-March, the company had 500 million users"."""
    r = resolve("end-March", date(2025, 6, 17))
    assert (r.value, r.precision) == ("2025-03", "month")
