"""Extractor 0.12.5 (helper spu): spurious events, in our own words.

Constructions of news text that tell something that is not a happening of its own
(annotation.md, "What is an event"): an act a thing makes possible ("allowing the agency
to issue orders"), an award still sought ("in the running to win a contract"), the words a
judge wrote in a ruling (the ruling is the event, its words are its content), a budget
described by what it is ("the proposed budget is insufficient"), what a sum of money is
for ("$85 million to fund new teams"), what a contract does in the present tense (its
terms) and talks a side tells of in the first person ("we are having useful
discussions": colour, annotation.md "Statements").
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model

PUBLISHED = "2026-03-10"


def _types(text: str) -> list[str]:
    return [e["type"] for e in _events(text, PUBLISHED)]


def test_an_act_a_thing_makes_possible_is_no_event():
    text = (
        "The new platform merges several programs into one, allowing the Missile Defense "
        "Agency to issue task orders to vendors quickly."
    )
    assert "policy" not in _types(text)


def test_an_award_still_sought_is_no_contract():
    text = (
        "Analysts said Palantir is in the running to win a new contract from the "
        "Department of Veterans Affairs."
    )
    assert "contract" not in _types(text)


def test_words_written_in_a_ruling_are_the_ruling_not_a_statement():
    text = (
        "In an injunction issued Monday, U.S. District Judge Maria Gomez wrote that the "
        "Pentagon had overstepped its authority when it cut off Anthropic."
    )
    types = _types(text)
    assert "legal" in types
    assert "statement" not in types


def test_a_budget_described_is_no_funding_event():
    text = (
        "At a hearing on Tuesday, senators told Navy leaders that the proposed $21 billion "
        "budget for shipbuilding is insufficient."
    )
    types = _types(text)
    assert "meeting" in types
    assert "funding" not in types


def test_what_a_sum_is_for_is_no_funding_event():
    text = "The request includes $85 million to fund new cyber teams for the U.S. Army."
    assert "funding" not in _types(text)


def test_what_a_contract_does_is_its_terms_not_a_launch():
    text = "The contract launches Palantir into a new role as the Army's data platform provider."
    assert "launch" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        '"We have been holding constructive talks with the Pentagon for weeks," Anthropic '
        "said in a statement on Monday.",
        '"We are having useful discussions with the Department of Defense," an OpenAI '
        "spokesperson said.",
    ],
)
def test_talks_a_side_tells_of_in_the_first_person_are_colour(text):
    assert "negotiation" not in _types(text)
