"""Extractor 0.12.5 (helper flt): a filter audit for recall, in our own words.

A contract noun with no verb of awarding and no amount of its own is read as contracts in
general and dropped. One named organisation's contract with another named organisation
("Boeing's contract with the Air Force") is a contract that was made, and stays an event;
one only proposed or possible does not.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_0124_bgd import _contracts, _names

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Boeing's contract with the U.S. Air Force ended in 2019 after years of delays.",
            {"Boeing", "U.S. Air Force"},
        ),
        (
            "Palantir's deal with the U.S. Army was first priced at a modest sum in 2016.",
            {"Palantir", "U.S. Army"},
        ),
    ],
)
def test_contract_between_two_named_organisations(text: str, parties: set[str]) -> None:
    found = _contracts(text)
    assert any(parties <= _names(e) for e in found), found


def test_made_contract_kept_proposed_one_dropped() -> None:
    made = "Lockheed Martin's contract with the U.S. Navy was cut short in 2021."
    proposed = "Lockheed Martin's proposed contract with the U.S. Navy has stalled."
    assert any({"Lockheed Martin", "U.S. Navy"} <= _names(e) for e in _contracts(made))
    assert not _contracts(proposed)
