"""Extractor 0.12.7 (helper stm): a bill's legislative steps as policy, in our own words.

A state legislature passes bills as Congress does, so its vote on a bill is a legislative
step (policy) like a chamber of Congress's. A bill "signed into law" is a law made however
the sentence orders its words, a governor or president vetoing a bill takes a policy
decision on it, and a bill "which was signed" or "that was vetoed" is the object of that
step (the relative pronoun only stands for it).
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _of_type

pytestmark = pytest.mark.model


def test_a_state_legislature_passing_a_bill_is_policy():
    text = (
        "On March 3, the California legislature passed the Drone Privacy Act, a measure that "
        "limits police use of aerial cameras."
    )
    found = _of_type(text, "policy", "2026-03-10")
    assert any(
        e["date"] == "2026-03-03" and "California State Legislature" in _actors(e) for e in found
    ), found


def test_a_bill_signed_into_law_is_policy():
    text = (
        "On Monday, Governor Jane Roe signed into law Assembly Bill 12, which caps how long "
        "agencies may keep drone footage."
    )
    found = _of_type(text, "policy", "2026-03-11")
    assert any(e["date"] == "2026-03-09" and "Jane Roe" in _actors(e) for e in found), found


def test_a_vetoed_bill_is_policy():
    text = "Governor Jane Roe vetoed the drone surveillance bill on Tuesday, citing its cost."
    found = _of_type(text, "policy", "2026-03-11")
    assert any(e["date"] == "2026-03-10" and "Jane Roe" in _actors(e) for e in found), found


def test_a_bill_which_was_signed_is_the_object_of_the_signing():
    text = (
        "The spending bill, which was signed by President Joe Biden in December, raised "
        "troop pay by four percent."
    )
    found = _of_type(text, "policy", "2025-02-10")
    assert any(e["date"] == "2024-12" and "Joe Biden" in _actors(e) for e in found), found
