"""Extractor 0.12.2: actors told by a pronoun, in our own words.

A sentence-opening "they" names the organisations the sentence before had as its subject,
as a sentence-opening "it" names the one: "Anduril and Palantir build software for the
Pentagon. They signed a partnership with the Navy" is a partnership of the two companies
with the Navy, not of the Navy alone. "The company" opening a sentence after one that "the company" also
opened names what that one named, not a company the earlier sentence mentioned in passing.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _of_type

pytestmark = pytest.mark.model


def test_they_names_the_companies_the_sentence_before_was_about():
    events = _of_type(
        "Anduril and Palantir build software for the Pentagon. They signed a partnership "
        "with the Navy in May.",
        "partnership",
    )
    assert events, "the partnership is found"
    assert {"Anduril", "Palantir"} <= _actors(events[0]), events


def test_they_repeated_in_a_reported_clause_still_names_the_company():
    events = _of_type(
        "Shield AI makes drones for the Navy. They announced on Monday they had won a "
        "contract with the Army.",
        "contract",
    )
    assert events, "the contract is found"
    assert "Shield AI" in _actors(events[0]), events


def test_the_company_after_the_company_names_the_same_company():
    events = _of_type(
        "SpaceX builds rockets in Texas. It employs thousands of engineers. The company sued "
        "the Air Force in 2014 over a contract given to ULA, a venture of Boeing and Lockheed "
        "Martin. The company dropped the lawsuit in 2015.",
        "legal",
    )
    dropped = [e for e in events if e["date"] == "2015"]
    assert dropped, events
    assert _actors(dropped[0]) == {"SpaceX"}, dropped
