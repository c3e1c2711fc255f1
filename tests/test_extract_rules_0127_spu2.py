"""Extractor 0.12.7 (helper spu2): spurious events, in our own words.

Constructions of news text that tell no happening of their own (annotation.md, "What is
an event"): a caption's senator walking off the floor, a condition ("until Congress
passes …"), a standing in the budget ("designated as a program of record"), an award's
terms ("an option instructing it to …"), the relief a lawsuit asks for told again, a
visit counted among others ("the third time she has visited"), what a listing does
("…, barring suppliers from …"), a company's money for what it builds itself, and those
who "took part in the strikes" already told; and a type: "ordered the removal of" a
commander is a personnel move, not a policy.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _of_type

pytestmark = pytest.mark.model


def test_walking_off_a_floor_is_no_departure():
    text = "Senator Jane Holloway departs the House floor after a late vote on May 4, 2026."
    assert not _of_type(text, "personnel")


def test_what_must_happen_until_a_law_passes_is_a_condition():
    text = (
        "Until Congress passes binding rules like the Algorithmic Accountability Act, we "
        "cannot stop cities from writing their own."
    )
    assert not _of_type(text, "policy")


def test_a_program_of_record_is_no_designation():
    text = "The Army has formally designated Anduril's Lattice software as a program of record."
    assert not _of_type(text, "designation")


def test_what_an_award_instructs_is_its_terms():
    text = (
        "Leidos was awarded a $20 million option exercise instructing it to supply the U.S. "
        "Army with two flight simulators."
    )
    assert not _of_type(text, "policy")
    assert _of_type(text, "contract")


def test_the_relief_a_lawsuit_seeks_is_that_lawsuit():
    text = (
        "Anthropic filed a lawsuit against the Pentagon on Monday over the label. "
        "The company is asking a federal judge to lift the order."
    )
    found = _of_type(text, "legal")
    assert len(found) == 1, found
    # a motion with a day of its own stays a step of the case
    dated = text.replace("a federal judge to", "a federal judge on Tuesday to")
    assert len(_of_type(dated, "legal")) == 2


def test_a_visit_counted_among_others_is_not_another_visit():
    text = (
        "Hegseth hosted Jensen Huang at the Pentagon on May 5, the second known time the "
        "friend of President Donald Trump has visited the department this year."
    )
    assert len(_of_type(text, "meeting")) == 1


def test_what_a_listing_does_is_not_a_second_listing():
    text = (
        "On Monday, the Commerce Department put the drone maker on its entity list, "
        "barring US vendors from selling to the company without a permit."
    )
    assert len(_of_type(text, "designation")) == 1


def test_money_a_company_commits_to_build_its_own_plant_is_no_funding():
    text = "Anduril committed $900 million to build a drone factory in Texas."
    assert not _of_type(text, "funding")
    # money committed to another company is still funding
    found = _of_type("SoftBank committed $10 billion to OpenAI's new funding round.", "funding")
    assert found and "OpenAI" in _actors(found[0]), found


def test_taking_part_in_strikes_told_before_is_no_new_strike():
    text = (
        "The United States launched airstrikes on Houthi sites near Sanaa on Saturday. "
        "Navy jets were involved in the Saturday airstrikes, officials said."
    )
    assert len(_of_type(text, "operation")) == 1


def test_an_ordered_removal_of_a_commander_is_a_personnel_move():
    text = "Admiral Jane Cole ordered the removal of the commander of the Pacific Fleet."
    assert not _of_type(text, "policy")
    assert _of_type(text, "personnel")
