"""Extractor 0.12.3: court filings, investments and "after" clauses, in our own words.

A ruling on a filing tells two happenings (the filing, then the ruling on it); a filing
"also" made is another filing; a case filed in a named court has that court as a party; a
request to the court is a step of its own; acquittals and inquiries into a named party
are legal steps. Money "pumped into" a company is an investment, and the parties of a
"funding increase" hang on the increase. A clause opened by "after" is not told in the
main clause's future, and "four months after X" dates X, not the clause it opens.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _of_type

pytestmark = pytest.mark.model


def test_a_denied_protest_is_also_the_protest_itself():
    events = _of_type(
        "The Government Accountability Office denied Palantir's protest over an Army "
        "software order, saying the service had acted within its discretion.",
        "legal",
        published="2024-05-02",
    )
    assert len(events) == 2, events
    filings = [e for e in events if "Government Accountability Office" not in _actors(e)]
    assert filings and {"Palantir", "U.S. Army"} <= _actors(filings[0]), events
    assert filings[0]["date"] is None, filings


def test_a_brief_also_filed_is_another_filing():
    events = _of_type(
        "Dozens of researchers at Google and OpenAI filed an amicus brief backing "
        "Anthropic's lawsuit. On Wednesday, Microsoft also filed an amicus brief in "
        "support of Anthropic's lawsuit.",
        "legal",
        published="2026-03-13",
    )
    assert len(events) == 2, events


def test_a_case_filed_in_a_named_court_has_the_court_as_party():
    events = _of_type(
        "Anthropic filed a second case in the U.S. Court of Appeals for the D.C. Circuit.",
        "legal",
        published="2026-03-12",
    )
    assert events, "the filing is found"
    assert "U.S. Court of Appeals for the D.C. Circuit" in _actors(events[0]), events


def test_an_acquittal_is_a_legal_step():
    events = _of_type(
        "Edward Gallagher was acquitted of murder charges in July.",
        "legal",
        published="2019-11-24",
    )
    assert events and events[0]["date"] == "2019-07", events


def test_an_inquiry_into_a_named_person_is_a_legal_step():
    events = _of_type(
        "The Department of Defense Inspector General is investigating Michael Brown over "
        "his hiring practices.",
        "legal",
        published="2022-05-06",
    )
    assert events, "the inquiry is found"


def test_an_inquiry_into_a_question_is_no_legal_step():
    assert not _of_type(
        "The Army is investigating how drones could resupply troops.",
        "legal",
        published="2022-05-06",
    )


def test_a_request_to_the_court_is_not_the_hearing_on_it():
    events = _of_type(
        "On Tuesday, a federal judge moved up a hearing on Anthropic's motion against the "
        "Pentagon. The company asked the court to issue a temporary restraining order "
        "against the Pentagon while the case goes on.",
        "legal",
        published="2026-03-11",
    )
    assert len(events) == 2, events


def test_money_pumped_into_a_company_is_an_investment():
    events = _of_type(
        "Microsoft is pumping $2 billion into Shield AI, the company said.",
        "funding",
        published="2025-06-13",
    )
    assert events and {"Microsoft", "Shield AI"} <= _actors(events[0]), events


def test_a_funding_increase_from_congress_names_congress():
    events = _of_type(
        "The unit grew quickly after a $900 million funding increase from Congress.",
        "funding",
        published="2025-08-26",
    )
    assert events and "U.S. Congress" in _actors(events[0]), events


def test_money_raised_before_a_plan_is_no_plan():
    events = _of_type(
        "After raising $230 million in new funding, Skydio will open a second factory.",
        "funding",
        published="2023-02-27",
    )
    assert events and events[0]["status"] != "planned", events


def test_months_after_dates_what_came_before_not_the_main_clause():
    events = _of_type(
        "Just four months after raising $1.5 billion, Anduril announced a partnership with OpenAI.",
        "partnership",
        published="2024-12-04",
    )
    assert events and events[0]["date"] != "2024-08", events


def test_a_clause_months_after_is_not_dated_by_the_main_clause():
    events = _of_type(
        "The agency announced the two-year deal on Monday, months after OpenAI said it "
        "would collaborate with defense technology startup Anduril to deploy drone "
        'defenses for "homeland missions."',
        "partnership",
        published="2025-06-16",
    )
    assert not [e for e in events if e["date"] == "2025-06-16"], events


def test_an_order_a_challenge_disputes_is_no_award():
    events = _of_type(
        "The Government Accountability Office rejected a Texas contractor's challenge to a "
        "$30 million U.S. Army logistics task order.",
        "contract",
        published="2020-10-09",
    )
    assert not events, events


def test_an_unpriced_deal_someone_got_is_a_partnership():
    text = (
        "In the end xAI got the deal it had sought with the Pentagon, with limits on how "
        "its models may be used."
    )
    assert _of_type(text, "partnership", published="2026-03-03"), text
    assert not _of_type(text, "contract", published="2026-03-03"), text
