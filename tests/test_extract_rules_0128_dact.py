"""Extractor 0.12.8: who is a party, in our own words.

A reader of the demo found parties that the evidence sentences do not make parties: an
investor shown as the funded company, a program's name, a city raided, a country read
from "Americans", the maker of a tool used in a raid, and a model that came "with" a
launched platform named as launched. Each test below is one construction of English news.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _of_type
from timeline.merge import headline

pytestmark = pytest.mark.model


def test_the_company_invested_in_is_the_funded_party_and_the_headline_subject():
    text = "In May, Halcyon Ventures invested $2 billion in Northwind Dynamics Inc."
    found = _of_type(text, "funding", "2026-06-10")
    assert found, "the funding is still found"
    roles = {a["name"]: a["role"] for a in found[0]["actors"]}
    assert roles.get("Northwind Dynamics") == "target", found
    actors = [("halcyon", "Halcyon Ventures", "agent"), ("nw", "Northwind Dynamics", "target")]
    assert headline("funding", actors) == "Funding: Northwind Dynamics from Halcyon Ventures"
    # money raised from a backer keeps the raiser first, as before
    raised = [("nw", "Northwind Dynamics", "agent"), ("halcyon", "Halcyon Ventures", "counterpart")]
    assert headline("funding", raised) == "Funding: Northwind Dynamics"


def test_a_stake_bought_with_no_company_named_is_in_the_company_told_of_before():
    text = (
        "Northwind Dynamics, the drone maker that supplies the Navy, is leaning on its "
        "government business after a difficult spring. Halcyon Ventures invested about $2 "
        "billion in May for a 40 percent stake and named two directors."
    )
    found = _of_type(text, "funding", "2026-06-10")
    assert found and all("Northwind Dynamics" in _actors(e) for e in found), found


def test_a_name_between_a_possessor_and_program_is_the_program_not_a_party():
    text = (
        "The Army has picked Northwind Dynamics and Corvid Robotics to build competing "
        "prototypes for its Sea Lantern Fleet Command program, the companies said on Monday."
    )
    found = _of_type(text, "contract")
    assert found, "the award is still found"
    assert all(not any("Sea Lantern" in n for n in _actors(e)) for e in found), found


def test_a_city_raided_is_where_the_operation_happened_not_a_side():
    text = "U.S. special forces captured the militia leader Omar Haddad in a raid on Tehran on Saturday."
    found = _of_type(text, "operation")
    assert found, "the raid is still found"
    assert all("Tehran" not in _actors(e) for e in found), found


def test_a_city_naming_the_raid_is_no_side_either():
    text = "U.S. forces capture militia leader Omar Haddad in overnight Tehran raid"
    found = _of_type(text, "operation")
    assert found and all("Tehran" not in _actors(e) for e in found), found


def test_the_maker_of_a_tool_used_in_a_raid_is_no_party():
    text = "Officials said on Monday that Grok was used during the March raid on the port."
    found = _of_type(text, "operation")
    assert found, "the raid is still found"
    assert all("xAI" not in _actors(e) for e in found), found


def test_people_named_by_a_demonym_are_not_their_country():
    text = (
        "Northwind Dynamics has refused to drop two limits: no mass surveillance of Americans "
        "and no fully autonomous weapons."
    )
    found = _of_type(text, "negotiation")
    assert all("United States" not in _actors(e) for e in found), found


def test_a_model_that_came_with_a_launched_platform_was_not_launched():
    text = (
        "The Navy on Tuesday launched HarborNet, a fleet-wide AI platform, with Grok as the "
        "first model available to sailors."
    )
    found = _of_type(text, "launch")
    assert found, "the launch is still found"
    roles = {a["name"]: a["role"] for a in found[0]["actors"]}
    assert roles.get("Grok") in (None, "participant"), found
    actors = [
        ("us-navy", "U.S. Navy", "agent"),
        ("harbornet", "HarborNet", "counterpart"),
        ("grok", "Grok", "participant"),
    ]
    kinds = {"us-navy": "ORG", "harbornet": "PRODUCT", "grok": "PRODUCT"}
    assert headline("launch", actors, kinds) == "U.S. Navy launches HarborNet"


def test_a_subject_with_its_own_clause_is_not_the_launcher():
    text = "Grok was the first when HarborNet launched in December."
    found = _of_type(text, "launch", "2026-02-10")
    assert all("Grok" not in _actors(e) for e in found), found


def test_a_plural_demonym_is_people_but_a_place_that_ends_alike_is_not():
    from extract.events import _demonym_people
    from extract.extractor import get_extractor

    nlp = get_extractor().nlp
    doc = nlp("The surveillance of Americans worried the mayor of Paris.")
    ents = {e.text: e for e in doc.ents}
    assert _demonym_people(ents["Americans"])
    assert "Paris" in ents and not _demonym_people(ents["Paris"])
