"""Extractor 0.12.4 (helper per): personnel and operations, in our own words.

A person chosen "to lead" or "to head" something is a hire, as one picked "to be" its chief
already was; a company chosen to run a programme stays an award. Someone a causative verb
made leave ("forced her to resign", "prompted him to step down") left, and is the actor of
the leaving; someone only urged to resign did not. A threat "targeting" a country names a
kind of danger, not a strike.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _events

pytestmark = pytest.mark.model

PUB = "2025-06-20"


def _of(text: str, etype: str) -> list[dict]:
    return [e for e in _events(text, PUB) if e["type"] == etype]


@pytest.mark.parametrize(
    "text",
    [
        "The Air Force has selected a new director to lead its rapid capabilities office.",
        "Last week the Army picked Sarah Miller to head its software factory.",
    ],
)
def test_a_person_chosen_to_lead_is_a_hire(text):
    assert _of(text, "personnel"), _events(text, PUB)


def test_a_company_chosen_to_run_a_program_is_still_an_award():
    text = "The Air Force selected Palantir to run the targeting program on Monday."
    assert _of(text, "contract") and not _of(text, "personnel"), _events(text, PUB)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The audit forced Sarah Miller to resign in April.", "2025-04"),
        ("Mounting criticism prompted Sarah Miller to step down in May.", "2025-05"),
        ("The inquiry caused Sarah Miller to withdraw her nomination in March.", "2025-03"),
    ],
)
def test_a_person_made_to_leave_left(text, date):
    found = _of(text, "personnel")
    assert found and found[0]["date"] == date, _events(text, PUB)
    assert "Sarah Miller" in _actors(found[0]), found


def test_a_person_only_urged_to_resign_did_not():
    text = "Several senators urged Sarah Miller to resign in April."
    assert not _of(text, "personnel"), _events(text, PUB)


def test_a_person_who_resigned_still_resigned():
    text = "Sarah Miller resigned in April after the audit."
    found = _of(text, "personnel")
    assert found and found[0]["date"] == "2025-04", _events(text, PUB)


def test_threats_targeting_a_country_are_no_strike():
    text = (
        "The program is meant to build a shield against hypersonic missile threats "
        "targeting the United States."
    )
    assert not _of(text, "operation"), _events(text, PUB)


def test_a_militia_targeting_ships_is_still_an_operation():
    text = "The Houthis targeted two tankers in the Gulf of Aden on Tuesday."
    assert _of(text, "operation"), _events(text, PUB)
