"""Date expressions the normaliser used to miss (issue 16): ranges, "N years ago", seasons,
decades and centuries, ends of years, fiscal years, "the day", quarters, years alone; and
vague references, which get no value rather than a wrong one. Pure rules, no model, except
the last tests, which run the extractor on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from extract import get_extractor
from extract.timeref import fiscal_year, range_parts, resolve

PUB = date(2025, 11, 3)  # a Monday in November: fiscal 2026 has begun


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("three years ago", "2022", "year"),
        ("nearly 20 years ago", "2005", "year"),
        ("more than two years ago", "2023", "year"),
        ("a decade ago", "2010s", "decade"),
        ("last summer", "2025", "year"),
        ("next spring", "2026", "year"),
        ("this winter", "2026", "year"),  # December 2025 to February 2026
        ("the fall of 2008", "2008", "year"),
        ("the 1990s", "1990s", "decade"),
        ("the early 1990s", "1990s", "decade"),
        ("the '70s", "1970s", "decade"),
        ("the past decade", "2010s", "decade"),
        ("the 19th century", "18", "century"),
        ("the twenty-first century", "20", "century"),
        ("the end of the year", "2025", "year"),
        ("the beginning of the year", "2025", "year"),
        ("by the end of the year", "2025", "year"),
        ("fiscal 2026", "2026", "year"),
        ("FY2026", "2026", "year"),
        ("FY-21", "2021", "year"),
        ("this fiscal year", "2026", "year"),
        ("next fiscal year", "2027", "year"),
        ("the fourth quarter of this fiscal year", "2026", "year"),
        ("the day", "2025-11-03", "day"),
        ("late in the day", "2025-11-03", "day"),
        ("the third quarter of this year", "2025-Q3", "quarter"),
        ("the first quarter of last year", "2024-Q1", "quarter"),
        ("the final quarter of 2009", "2009-Q4", "quarter"),
        ("the same month a year ago", "2024-11", "month"),
        ("October of next year", "2026-10", "month"),
        ("April of 2024", "2024-04", "month"),
        ("the year 2000", "2000", "year"),
        ("'82", "1982", "year"),
        ("Mar 23, 2026", "2026-03-23", "day"),
        ("06-03-2026", "2026-03-06", "day"),
        ("15/04/25", "2025-04-15", "day"),
        ("7/8/07", "2007-07-08", "day"),
        ("February 29", "2024-02-29", "day"),  # the last one there was
        ("June 17, two days", "2025-06-17", "day"),  # a model span that runs on
        ("Forbes13-05-2025", "2025-05-13", "day"),  # a page that glues words to dates
    ],
)
def test_resolve_issue16(text, value, precision):
    r = resolve(text, PUB)
    assert (r.value, r.precision) == (value, precision), r


@pytest.mark.parametrize(
    "text", ["now", "currently", "in the past", "the past", "recently", "at the time", "soon"]
)
def test_vague_references_get_no_value(text):
    assert resolve(text, PUB).value is None


def test_fiscal_year_is_named_by_the_year_it_ends_in():
    assert fiscal_year(date(2025, 9, 30)) == 2025
    assert fiscal_year(date(2025, 10, 1)) == 2026


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2009-2010", ["2009", "2010"]),
        ("1957-58", ["1957", "1958"]),
        ("1999–2001", ["1999", "2001"]),
    ],
)
def test_a_range_of_years_is_two_dates(text, years):
    parts = range_parts(text)
    assert parts is not None
    assert [r.value for _, _, r in parts] == years
    assert text[parts[0][0] : parts[0][1]] == years[0]


@pytest.mark.parametrize("text", ["2009-10-12", "2010-2009", "1200-1500", "March 2009-2010"])
def test_not_a_range(text):
    assert range_parts(text) is None


@pytest.mark.model
def test_ranges_and_years_in_running_text():
    ex = get_extractor()
    text = (
        "The program ran in 2009-2010 and again in 1957-58. "
        "Deliveries are due between 2014 and 2016, in fiscal 2026 and in the 1990s style."
    )
    found = {
        (d["text"], d["value"])
        for d in ex.extract_one({"id": 1, "published": "2025-11-03", "text": text})["dates"]
    }
    for pair in [
        ("2009", "2009"),
        ("2010", "2010"),
        ("1957", "1957"),
        ("58", "1958"),
        ("2014", "2014"),
        ("2016", "2016"),
    ]:
        assert pair in found, found


@pytest.mark.model
def test_vague_words_in_running_text_get_no_value():
    ex = get_extractor()
    text = (
        "The company is currently reviewing the deal. It has done so in the past, and now it waits."
    )
    dates = ex.extract_one({"id": 1, "published": "2025-11-03", "text": text})["dates"]
    assert all(d["value"] is None for d in dates), dates


@pytest.mark.model
@pytest.mark.corpus
def test_meantime_value_f1_above_its_floor():
    from evaluation.evaluate import DEFAULT_FLOORS, read_floors
    from evaluation.meantime import DEFAULT_CORPUS, evaluate

    if not DEFAULT_CORPUS.exists():
        pytest.skip("../shared/corpus (MEANTIME) is absent")
    figures = evaluate(DEFAULT_CORPUS, get_extractor())
    floor = read_floors(DEFAULT_FLOORS, "meantime")["value_f1"]
    assert figures["value_f1"] >= floor, figures
