"""Event rules of extractor 0.12.0 (issue 14), on sentences written in our own words.

Most are a second broad phrasing check (like tests/test_extract_coverage.py, written
without looking at any gold): the ways news tells a background event ("Scale AI, in which
Meta invested …"), an infinitive's doer, accusations, bid protests upheld, warplanes flown
and ships seized. Each is a strict match as the real-article gold is scored: the type, the
date at its precision and one actor in common.
"""

from __future__ import annotations

import pytest

from evaluation.real import strict_match
from tests.test_extract_rules_090 import _events, _of_type

pytestmark = pytest.mark.model

PRECISION = {10: "day", 7: "month", 4: "year"}

PHRASINGS = [
    (
        "operation",
        "2026-03-06",
        "U.S. Air Force",
        "Two Air Force B-52 bombers flew over the Baltic Sea on Friday in a show of force.",
    ),
    (
        "operation",
        "2026-03-09",
        "U.S. Navy",
        "The Navy seized an oil tanker in the Caribbean on Monday, the second such seizure "
        "this month.",
    ),
    (
        "designation",
        "2026-03-06",
        "Houthis",
        "The State Department on Friday redesignated the Houthis as a foreign terrorist "
        "organization.",
    ),
    (
        "personnel",
        "2026-03",
        "Anthropic",
        "Anthropic named a former Army general to its board this month.",
    ),
    (
        "statement",
        "2026-03-06",
        "Donald Trump",
        'Trump lashed out at Anthropic on Truth Social on Friday, calling it a "radical left" '
        "company.",
    ),
    (
        "statement",
        "2026-03-06",
        "Emil Michael",
        "Emil Michael called Dario Amodei a liar in a post on X on Friday.",
    ),
    (
        "statement",
        "2026-03-06",
        "Dario Amodei",
        "Dario Amodei apologized on Friday for a leaked memo that criticized OpenAI.",
    ),
    (
        "meeting",
        "2026-03-12",
        "Emil Michael",
        "Emil Michael is scheduled to meet with OpenAI executives on Thursday.",
    ),
    (
        "contract",
        "2025",
        "Shield AI",
        "After the Air Force awarded it a $100 million contract last year, Shield AI doubled "
        "its staff.",
    ),
    (
        "personnel",
        "2025-01",
        "Pete Hegseth",
        "Pete Hegseth, who was confirmed by the Senate in January 2025, has moved quickly on AI.",
    ),
    (
        "personnel",
        "2026-01",
        "Emil Michael",
        "Emil Michael, whom Hegseth named chief technology officer in January, led the talks.",
    ),
    (
        "funding",
        "2025-06",
        "Scale AI",
        "Scale AI, in which Meta invested $14.3 billion in June 2025, lost several government "
        "customers.",
    ),
    (
        "launch",
        "2024-11",
        "Anthropic",
        "Anthropic made Claude available to defense agencies through Palantir and Amazon Web "
        "Services in November 2024.",
    ),
    (
        "legal",
        "2025-12",
        "Blue Origin",
        "Blue Origin, which protested the award in December, lost its case.",
    ),
    (
        "legal",
        "2026-03-06",
        "Anthropic",
        "Anthropic asked a federal appeals court on Friday to pause the designation while its "
        "case proceeds.",
    ),
    (
        "legal",
        "2026-03-09",
        "Government Accountability Office",
        "The GAO sustained the protest on Monday, finding that the Army had misjudged the bids.",
    ),
    (
        "designation",
        "2026-03-06",
        "Anthropic",
        "Anthropic became the first American company to be formally labeled a supply chain "
        "risk when the designation took effect on Friday.",
    ),
    (
        "designation",
        "2026-02-27",
        "Pete Hegseth",
        "Pete Hegseth directed the department on Feb. 27 to designate Anthropic a supply chain "
        "risk.",
    ),
    (
        "personnel",
        "2026-03-05",
        "Steve Feinberg",
        "The firing of the Navy's top lawyer, announced Thursday by Deputy Secretary Steve "
        "Feinberg, surprised the service.",
    ),
    (
        "partnership",
        "2026-03-06",
        "Lockheed Martin",
        "Lockheed Martin and Anduril said Friday they will jointly develop solid rocket motors.",
    ),
    (
        "statement",
        "2026-03-06",
        "Dario Amodei",
        "Dario Amodei defended the company's red lines in a CBS interview broadcast on Friday.",
    ),
    (
        "statement",
        "2026-03-05",
        "U.S. Department of Defense",
        "A Pentagon spokesperson disputed the account on Thursday.",
    ),
    (
        "statement",
        "2026-03-09",
        "Roger Wicker",
        "Sen. Roger Wicker questioned the decision at a hearing on Monday.",
    ),
    (
        "statement",
        "2026-03-06",
        "Google",
        "Google reiterated on Friday that it would not build weapons.",
    ),
    (
        "statement",
        None,
        "Government Accountability Office",
        "A Government Accountability Office report urged the Pentagon to fix how it buys software.",
    ),
    ("policy", "2026-03-09", "U.S. Army", "The Army cut 2,000 civilian jobs on Monday."),
    (
        "partnership",
        None,
        "Anthropic",
        "Anthropic was the first AI company to deploy its models on the Pentagon's "
        "classified networks.",
    ),
    (
        "partnership",
        None,
        "Anthropic",
        "Anthropic has positioned itself as a safety leader and was the first AI firm to "
        "integrate its models into the Pentagon's classified systems.",
    ),
]


def assert_gives(etype: str, date: str | None, actor: str, text: str) -> None:
    """The text gives an event matching (type, date at its precision, one actor) strictly,
    as the real-article gold is scored."""
    gold = {
        "type": etype,
        "date": date,
        "precision": PRECISION.get(len(date or "")),
        "actors": [actor],
    }
    events = _events(text)
    assert any(strict_match(e, gold) for e in events), events


@pytest.mark.parametrize(("etype", "date", "actor", "text"), PHRASINGS)
def test_each_phrasing_gives_its_event(etype, date, actor, text):
    assert_gives(etype, date, actor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a name given, not a person called something
        "The Navy is investing $90 million in an initiative called Hadrian Works.",
        # planned, not yet made available
        "Meta said Tuesday that it will make its Llama models available to allies.",
        # a country defended is no statement
        "The Navy said on Monday that it will defend Taiwan.",
        # a purchase schedule, not a blacklist
        "The General Services Administration is adding OpenAI to a list of approved vendors.",
        # what a present-tense passive tells is a state
        "Anthropic is the only firm whose model is deployed on classified networks.",
    ],
)
def test_guards_stay_as_they_were(text):
    events = _events(text)
    wrong = {"statement", "launch", "designation", "partnership"}
    assert not [e for e in events if e["type"] in wrong and e.get("trigger") != "said"], events


def test_a_headline_figure_told_again_in_the_body_is_that_award_not_another():
    text = (
        "SpaceX signs $4.1 billion Space Force contract\n\n"
        "SpaceX has won a $4.1 billion contract with the U.S. Space Force to build satellites. "
        "Separately, on Monday, the Space Force picked SpaceX for a $2.2 billion launch deal."
    )
    amounts = sorted(e["amount_usd"] for e in _events(text) if e["type"] == "contract")
    assert amounts == [2_200_000_000, 4_100_000_000], _events(text)


def test_a_company_cutting_jobs_sets_no_policy():
    text = "Lockheed Martin cut 1,000 jobs on Monday."
    assert not _of_type(text, "policy"), _events(text)
