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

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model


def _of(text: str, etype: str, published: str = "2024-03-08") -> list[dict]:
    return [e for e in _events(text, published) if e["type"] == etype]


def _names(event: dict) -> set[str]:
    return {a["name"] for a in event["actors"]}


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
    assert _of(text, "operation"), _events(text, "2024-03-08")
    assert not _of(text, "launch"), _events(text, "2024-03-08")


def test_an_ai_task_force_stays_a_launch():
    text = "The Pentagon created an AI task force to study chatbots in August 2023."
    assert _of(text, "launch") and not _of(text, "operation")


def test_a_withdrawal_from_a_country_is_an_operation():
    text = (
        "The small office wrote software that helped the military during the Iraq "
        "withdrawal and with refugee flights, the newspaper said."
    )
    found = _of(text, "operation")
    assert len(found) == 1 and "Iraq" in _names(found[0]), found


def test_a_withdrawal_from_a_deal_or_of_a_name_is_no_operation():
    for text in (
        "The U.S. withdrawal from the climate agreement took effect in November 2020.",
        "Her withdrawal of the nomination surprised senators in June.",
    ):
        assert not _of(text, "operation"), text


def test_a_version_of_a_named_product_made_is_a_launch():
    text = "Google made a classified version of Gemini in 2023 for the Army."
    found = _of(text, "launch")
    assert len(found) == 1 and "Google" in _names(found[0]), found
    assert found[0]["date"] == "2023"


def test_a_version_of_a_bill_is_no_launch():
    assert not _of("The committee made a new version of the bill in March.", "launch")


def test_operations_a_company_is_embedded_in_are_no_operation():
    text = (
        "The new award shows how deeply the satellite firm has become embedded in US "
        "military operations."
    )
    assert not _of(text, "operation")


def test_strikes_in_a_named_country_stay():
    assert _of("U.S. forces carried out airstrikes in Yemen on Tuesday.", "operation")


@pytest.mark.parametrize(
    "text",
    [
        "The Javelin launcher has already undergone many field tests for cold weather and "
        "jamming, per an Army announcement.",
        "The Army said the HIMARS launcher went through several field tests in cold weather.",
    ],
)
def test_several_field_tests_are_no_single_test(text):
    assert not _of(text, "operation")


@pytest.mark.parametrize(
    "text",
    [
        "Two U.S. destroyers patrolled the waters off the Korean coast on Tuesday.",
        "Israeli jets patrolled the skies over Lebanon on Sunday.",
    ],
)
def test_forces_that_patrolled_carried_out_an_operation(text):
    assert _of(text, "operation", "2024-12-31"), _events(text, "2024-12-31")


def test_an_attack_soon_after_an_assault_is_a_second_operation():
    text = (
        "The rebels attacked the port of Aden shortly after the Hezbollah assault on "
        "Israeli villages on Oct. 9, 2023."
    )
    found = _of(text, "operation", "2024-12-31")
    assert len(found) == 2, found
    assert any("Hezbollah" in _names(e) for e in found), found


def test_an_amphibious_assault_ship_is_no_assault():
    text = "The Navy's amphibious assault ship reached Okinawa on Monday for repairs."
    assert not [e for e in _of(text, "operation", "2024-12-31") if e["trigger"] == "assault"]
