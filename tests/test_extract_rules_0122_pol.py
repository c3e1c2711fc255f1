"""Extractor 0.12.2: policy and funding, each on fixtures written in our own words.

A plan, strategy or policy that a government body or an official makes public is a policy
(annotation.md: an order or policy), not a product launched or a statement, also when the
plan's name is a proper name the model tags as an organisation. A participle naming a kind
("directed energy") and a field that changes ("a shift in defense strategy") are no
policy; what an executive order says ("the EO directs …") is its content. Money a company
puts into its own plant is no funding event; a spending plan an official announces for a
government program is a policy.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model


def _types(events: list[dict]) -> list[str]:
    return [e["type"] for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Defense Secretary Pete Hegseth on Tuesday launched a new Drone Dominance Strategy "
        "meant to put cheap drones in every squad.",
        "On Tuesday, Pete Hegseth unveiled the Pentagon's Space Superiority Strategy at an "
        "event in Colorado.",
    ],
)
def test_a_named_strategy_launched_by_an_official_is_a_policy(text):
    events = _events(text, "2026-03-11")
    policies = [e for e in events if e["type"] == "policy"]
    assert policies, events
    assert policies[0]["date"] == "2026-03-10", policies
    assert "Pete Hegseth" in {a["name"] for a in policies[0]["actors"]}, policies


def test_a_policy_change_announced_by_an_official_is_a_policy():
    text = (
        "The procurement policy change, announced in June by Defense Secretary Pete Hegseth, "
        "lets brigade commanders buy small drones on their own."
    )
    events = _events(text, "2025-09-01")
    assert [e for e in events if e["type"] == "policy" and e["date"] == "2025-06"], events
    assert "statement" not in _types(events), events
    # a plan still to be made public is not one yet
    headline = "Trump, Hegseth to announce new missile shield plan, officials say"
    assert "policy" not in _types(_events(headline, "2025-05-20")), _events(headline)


@pytest.mark.parametrize(
    "text",
    [
        "Army engineers said directed energy will soon help clear minefields for armored columns.",
        "Lockheed Martin engineers said directed energy will make drone swarms far less dangerous.",
    ],
)
def test_a_participle_naming_a_kind_of_weapon_is_no_policy(text):
    assert "policy" not in _types(_events(text)), _events(text)


def test_a_shift_in_defense_strategy_is_no_policy():
    text = "The Navy's drone buy marks a broad shift in U.S. defense strategy toward mass."
    assert "policy" not in _types(_events(text)), _events(text)


def test_what_an_eo_directs_is_its_content():
    text = "The EO directs the Pentagon to review its cloud contracts within 90 days."
    assert "policy" not in _types(_events(text)), _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Saronic has announced a $250 million investment to enlarge its Gulf Coast boatyard.",
        "Anduril is investing about $900 million of its own money in the Ohio plant.",
    ],
)
def test_a_company_spending_on_its_own_plant_is_no_funding(text):
    assert "funding" not in _types(_events(text)), _events(text)
    # a company putting money into another is still funding
    other = "Meta is investing $14 billion in Scale AI, the companies said on Monday."
    assert "funding" in _types(_events(other)), _events(other)


def test_a_spending_plan_announced_by_an_official_is_a_policy():
    text = (
        "Deputy Defense Secretary Kathleen Hicks last month announced a planned investment of "
        "$500 million over two years in the Pentagon's drone program."
    )
    events = _events(text, "2024-03-18")
    assert [e for e in events if e["type"] == "policy" and e["date"] == "2024-02"], events
    assert "funding" not in _types(events), events


def test_budget_cycles_are_no_funding_event():
    text = (
        "The Navy had planned over the next four budget cycles to spend about $2 billion on "
        "the new cruiser."
    )
    assert "funding" not in _types(_events(text)), _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The deal, approved through the General Services Administration, gives every agency "
        "access to Grok.",
        "The Marines fielded L-MADIS, the only mobile system approved by the Army for the mission.",
    ],
)
def test_a_thing_described_as_approved_is_no_policy(text):
    assert "policy" not in _types(_events(text)), _events(text)
    # a bill approved on a day is still a step of the law
    bill = "The bill, approved by the Senate on Monday, funds the Army."
    assert "policy" in _types(_events(bill)), _events(bill)


def test_what_an_effort_aims_at_has_not_happened():
    text = (
        "The judge paused the administration's wider effort to restrict Anthropic while the "
        "case goes on."
    )
    assert "policy" not in _types(_events(text)), _events(text)
