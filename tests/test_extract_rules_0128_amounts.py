"""Extractor 0.12.8: an event with no dollar value of its own carries none, in our own words.

A reader of the demo found an ultimatum shown with "$200 million": the sum of the contract
the ultimatum threatened. A meeting, an ultimatum, a designation, a statement, a personnel
move, an operation or a launch has no price; a sum in its sentence belongs to something
else. A contract keeps its sum.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _of_type

pytestmark = pytest.mark.model


def test_an_ultimatum_does_not_take_the_sum_of_the_contract_it_threatens():
    text = (
        "The Harbour Board on Monday threatened to cancel its $40 million contract with "
        "Tidewater Labs unless the company drops its limits by Friday."
    )
    found = _of_type(text, "ultimatum", "2026-03-10")
    assert found, "the ultimatum is still found"
    assert [e["amount_usd"] for e in found] == [None], found


def test_a_contract_keeps_its_sum():
    text = "The Harbour Board on Monday awarded Tidewater Labs a $40 million contract."
    found = _of_type(text, "contract", "2026-03-10")
    assert [e["amount_usd"] for e in found] == [40_000_000], found


def test_a_launch_does_not_take_the_sum_of_the_deal_beside_it():
    text = (
        "Tidewater Labs, which won a $40 million Harbour Board contract in March, launched "
        "a government edition of its Beacon software on Monday."
    )
    found = _of_type(text, "launch", "2026-06-10")
    assert found and all(e["amount_usd"] is None for e in found), found


def test_a_sum_in_a_joined_clause_with_its_own_subject_is_that_clause_s():
    text = (
        "A custom Claude model joined the Pentagon's GenAI.mil platform in February, and "
        "Anthropic holds a $40 million Army contract from last year."
    )
    found = _of_type(text, "partnership", "2026-03-10")
    assert found and all(e["amount_usd"] is None for e in found), found
