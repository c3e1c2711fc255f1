"""Extractor 0.12.5 (helper opr): operations and launches, in our own words.

A naval or multinational task force set up for a mission is an operation, not an office
made; a military withdrawal from a named country is an operation; a new version of a named
product that a company made is a launch; a phrase a noun sits in ("embedded in U.S.
military operations") is not where the operations took place; tests counted only as
"several" or "many" are no single test; forces that patrolled a place carried out an
operation; an attack "soon after" another side's assault on a target is a second operation.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _events, _of_type

pytestmark = pytest.mark.model
PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    "text",
    [
        "Last month, the US established an international naval task force to guard "
        "merchant ships in the Gulf of Aden from pirates.",
        "In January, France set up a multinational maritime task force to escort oil "
        "tankers through the strait.",
    ],
)
def test_a_naval_task_force_set_up_is_an_operation(text):
    assert _of_type(text, "operation", PUBLISHED), _events(text, PUBLISHED)
    assert not _of_type(text, "launch", PUBLISHED), _events(text, PUBLISHED)


def test_an_ai_task_force_stays_a_launch():
    text = "The Pentagon created an AI task force to study chatbots in August 2023."
    assert _of_type(text, "launch", PUBLISHED) and not _of_type(text, "operation", PUBLISHED)


def test_a_withdrawal_from_a_country_is_an_operation():
    text = (
        "The small office wrote software that helped the military during the Iraq "
        "withdrawal and with refugee flights, the newspaper said."
    )
    found = _of_type(text, "operation", PUBLISHED)
    assert len(found) == 1 and "Iraq" in _actors(found[0]), found


def test_a_withdrawal_from_a_deal_or_of_a_name_is_no_operation():
    for text in (
        "The U.S. withdrawal from the climate agreement took effect in November 2020.",
        "Her withdrawal of the nomination surprised senators in June.",
    ):
        assert not _of_type(text, "operation", PUBLISHED), text


def test_a_version_of_a_named_product_made_is_a_launch():
    text = "Google made a classified version of Gemini in 2023 for the Army."
    found = _of_type(text, "launch", PUBLISHED)
    assert len(found) == 1 and "Google" in _actors(found[0]), found
    assert found[0]["date"] == "2023"


def test_a_version_of_a_bill_is_no_launch():
    assert not _of_type(
        "The committee made a new version of the bill in March.", "launch", PUBLISHED
    )


def test_operations_a_company_is_embedded_in_are_no_operation():
    text = (
        "The new award shows how deeply the satellite firm has become embedded in US "
        "military operations."
    )
    assert not _of_type(text, "operation", PUBLISHED)


def test_strikes_in_a_named_country_stay():
    assert _of_type(
        "U.S. forces carried out airstrikes in Yemen on Tuesday.", "operation", PUBLISHED
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Javelin launcher has already undergone many field tests for cold weather and "
        "jamming, per an Army announcement.",
        "The Army said the HIMARS launcher went through several field tests in cold weather.",
    ],
)
def test_several_field_tests_are_no_single_test(text):
    assert not _of_type(text, "operation", PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Two U.S. destroyers patrolled the waters off the Korean coast on Tuesday.",
        "Israeli jets patrolled the skies over Lebanon on Sunday.",
    ],
)
def test_forces_that_patrolled_carried_out_an_operation(text):
    assert _of_type(text, "operation", "2024-12-31"), _events(text, "2024-12-31")


def test_an_attack_soon_after_an_assault_is_a_second_operation():
    text = (
        "The rebels attacked the port of Aden shortly after the Hezbollah assault on "
        "Israeli villages on Oct. 9, 2023."
    )
    found = _of_type(text, "operation", "2024-12-31")
    assert len(found) == 2, found
    assert any("Hezbollah" in _actors(e) for e in found), found


def test_an_amphibious_assault_ship_is_no_assault():
    text = "The Navy's amphibious assault ship reached Okinawa on Monday for repairs."
    assert not [e for e in _of_type(text, "operation", "2024-12-31") if e["trigger"] == "assault"]
