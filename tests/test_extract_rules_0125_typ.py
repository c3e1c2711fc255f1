"""Extractor 0.12.5 (helper typ): the type an event takes, in our own words.

The event is found with its date and actors, and the words around the trigger decide its
type: a ruling issued is a legal step, not an order; an office whose founding is ordered
is a launch; money approved for a company's work is an award; an order placed under a
contract ("task orders", "a delivery order") is a contract, not a directive; a person
called to talk is a meeting. And two triggers tell no event: an award someone opposes,
and a company "established as" the provider of something (a role, no organisation made).
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model

PUBLISHED = "2026-03-10"


def _types(text: str) -> set[str]:
    return {e["type"] for e in _events(text, PUBLISHED)}


def _names(event: dict) -> set[str]:
    return {a["name"] for a in event["actors"]}


def test_a_decision_issued_by_the_gao_is_a_ruling():
    found = _events("The GAO issued its decision in the Boeing case on Monday.", PUBLISHED)
    assert [e["type"] for e in found] == ["legal"], found
    assert found[0]["date"] == "2026-03-09", found


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, Pentagon leaders directed the establishment of the Joint Artificial "
        "Intelligence Center.",
        "The Army ordered the creation of a new drone office in 2023.",
    ],
)
def test_an_office_whose_founding_is_ordered_is_a_launch(text):
    types = _types(text)
    assert "launch" in types and "policy" not in types, types


def test_money_approved_for_a_company_is_a_contract():
    found = _events(
        "The Air Force approved $90 million more for Northrop Grumman's work on the sensor "
        "on Monday.",
        PUBLISHED,
    )
    contracts = [e for e in found if e["type"] == "contract"]
    assert contracts and "policy" not in {e["type"] for e in found}, found
    assert {"U.S. Air Force", "Northrop Grumman"} <= _names(contracts[0]), found


@pytest.mark.parametrize(
    "text",
    [
        "Senator Warren voiced opposition to awarding the contract to Palantir on Monday.",
        "Lawmakers raised objections to awarding the deal to Boeing on Tuesday.",
    ],
)
def test_an_award_someone_opposes_is_no_award(text):
    assert "contract" not in _types(text)


def test_task_orders_issued_are_a_contract_not_a_directive():
    types = _types("The Army issued task orders worth $40 million to Leidos on Monday.")
    assert "contract" in types and "policy" not in types, types


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "An OpenAI executive called a counterpart at Microsoft on Monday to ask about "
            "the deal.",
            {"OpenAI", "Microsoft"},
        ),
        ("Hegseth called Elon Musk on Friday to discuss the launch.", {"Elon Musk"}),
    ],
)
def test_a_person_called_to_talk_is_a_meeting(text, people):
    meetings = [e for e in _events(text, PUBLISHED) if e["type"] == "meeting"]
    assert meetings and people <= _names(meetings[0]), meetings


def test_a_company_established_as_a_provider_is_no_launch():
    text = (
        "The agreement establishes Anduril as the main provider of Counter Drone Towers "
        "(CDT) to protect Army depots across Europe."
    )
    assert "launch" not in _types(text)
    # an organisation made is still a launch
    assert "launch" in _types("The Army established a new AI office in Austin on Monday.")
