"""Extractor 0.12.5 (helper act): actors named by a description, in our own words.

A news story often names its organisation once and then goes on with a description of it
("the unit", "the agency") or, in a company's own post, with "we". These tests check that
such a description brings back the organisation named before, so that the event it tells
keeps an actor and is not dropped.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _events, _of_type

pytestmark = pytest.mark.model

PUBLISHED = "2025-08-20"


def test_the_unit_is_the_government_body_named_before():
    text = (
        "Set up in 2015, the Defense Innovation Unit was meant to bring startup technology "
        "to the military quickly. In 2023, the unit received about $900 million from "
        "Congress, a sign of its rising weight."
    )
    funding = _of_type(text, "funding", PUBLISHED)
    assert any("Defense Innovation Unit" in _actors(e) for e in funding), funding


def test_a_body_named_after_its_staff_is_what_the_agency_means():
    text = (
        "Workers at Defense Digital Service are quitting in large numbers after pressure "
        "from the White House, a newspaper reported. The departures will close the small "
        "program by the end of the month, two staff members said. The agency was created "
        "in 2015 to help the Pentagon fix urgent technology problems."
    )
    launches = _of_type(text, "launch", PUBLISHED)
    assert any("Defense Digital Service" in _actors(e) and e["date"] == "2015" for e in launches), (
        launches
    )


def test_we_in_a_company_post_is_the_company_it_names():
    text = (
        "On Tuesday the Department of War sent a letter about Anthropic to its "
        "contractors. The letter is narrow in scope. The statute behind it is narrow too, "
        "and it exists to guard the supply chain. As we wrote on Monday, we remain proud "
        "of the work we have done with the Department for frontline troops."
    )
    statements = _of_type(text, "statement", PUBLISHED)
    assert any("Anthropic" in _actors(e) and e["date"] == "2025-08-18" for e in statements), (
        statements
    )


def test_a_noun_in_an_opening_phrase_is_the_act_of_the_main_subject():
    text = (
        "Near the close of a long speech to senior officers last week, Defense Secretary "
        "Pete Hegseth gave the crowd a blunt warning about fitness."
    )
    statements = [e for e in _events(text, "2025-10-06") if e["type"] == "statement"]
    assert any("Pete Hegseth" in _actors(e) for e in statements), statements
