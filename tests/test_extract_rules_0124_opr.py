"""Extractor 0.12.4 (helper opr): operations, in our own words.

One strike told twice in an article ("A U.S. airstrike … killed X." and "the U.S. military
carried out an airstrike at the direction of the president") is one event: the official who
ordered it is on the striking side, not a party apart from the strike told without him.
Strikes told with targets of their own (a war against another foe) stay apart. A bare
plural after "such as" ("operations, such as attacks on ships") names a kind of act.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model


def _operations(text: str, published: str = "2024-03-08") -> list[dict]:
    return [e for e in _events(text, published) if e["type"] == "operation"]


@pytest.mark.parametrize(
    "text",
    [
        "A U.S. airstrike near the port killed a senior militia commander and two aides. "
        "The Pentagon said Tuesday that the U.S. military carried out an airstrike at the "
        "direction of President Donald Trump that killed the commander.",
        "A U.S. drone strike near the harbor killed a senior militia chief and his driver. "
        "The Pentagon said Wednesday that the U.S. military carried out a strike at the "
        "direction of Defense Secretary Pete Hegseth that killed the militia chief.",
    ],
)
def test_a_strike_and_the_official_who_ordered_it_are_one_strike(text):
    found = _operations(text)
    assert len(found) == 1, found
    assert found[0]["date"] is not None, found


def test_a_strike_told_twice_without_an_official_stays_one():
    text = (
        "A U.S. airstrike at the base killed a militia commander and his deputy. The "
        "Pentagon said on Tuesday that American forces carried out an airstrike ordered by "
        "President Donald Trump."
    )
    found = _operations(text)
    assert len(found) == 1 and found[0]["date"] == "2024-03-05", found


def test_a_deployment_and_another_sides_war_stay_two():
    text = (
        "Defense Secretary Lloyd Austin ordered a second carrier to the eastern "
        "Mediterranean on Sunday. Days earlier, the Pentagon said the first carrier would "
        "sail toward the region as Israel wages war against Hamas in Gaza."
    )
    found = _operations(text)
    assert len(found) == 2, found
    assert any("Hamas" in {a["name"] for a in e["actors"]} for e in found), found


def test_a_kind_of_attack_given_as_an_example_is_no_attack():
    text = (
        "The warehouses served Houthi operations, such as attacks against U.S. Navy "
        "destroyers and cargo ships in the Gulf of Aden."
    )
    assert not _operations(text), _events(text, "2024-03-08")


def test_attacks_carried_out_are_still_an_operation():
    text = (
        "The Houthis carried out attacks against U.S. Navy destroyers in the Gulf of Aden "
        "on Monday."
    )
    assert _operations(text), _events(text, "2024-03-08")
