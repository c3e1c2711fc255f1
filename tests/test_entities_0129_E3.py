"""Organisation, place and law names cut or glued (thread E3), in our own words.

- "Joint Base ..." in a photo caption: the model tags "Base ..." a person, and a caption's
  credit after its last sentence made the line read as a headline, so no rule named the base.
- A statute's name with a place or nationality word inside ("Great American ... Act") and
  its year ("... Act of 2025") is one name.
- A sentence glued to the amount that opens the next ("White House.$40 million") ends there.
- A gazetteer product's name before a company word names a company ("Tomahawk Robotics").
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _entities

pytestmark = pytest.mark.model


def _names(text: str) -> set[str]:
    return set(_entities(text))


@pytest.mark.parametrize(
    ("text", "base"),
    [
        (
            "Gen. Paul R. Endicott spoke at Conmy Hall on Joint Base Myer-Henderson Hall, "
            "Arlington, Virginia, March 9, 2019. (U.S. Army photo by Sgt. Lee Park)",
            "Joint Base Myer-Henderson Hall",
        ),
        (
            "Soldiers marched past Gen. Paul R. Endicott at Brandt Hall on Joint Base "
            "Lewis-McChord, Washington, March 9, 2019. The visit lasted an hour. "
            "(U.S. Army photo by Sgt. Lee Park)",
            "Joint Base Lewis-McChord",
        ),
    ],
)
def test_a_joint_base_in_a_captioned_photo_keeps_its_first_word(text, base):
    names = _names(text)
    assert base in names, names
    assert base.removeprefix("Joint ") not in names, names


def test_a_statute_with_a_nationality_word_and_its_year_is_one_name():
    names = _names(
        "Two senators introduced the Great American Drone Security Act of 2025 on Tuesday, "
        "and the bill now goes to committee."
    )
    assert "Great American Drone Security Act of 2025" in names, names
    assert "Great" not in names, names


def test_a_headline_phrase_ending_in_act_is_no_statute():
    names = _names(
        "Ohio Delays Its Drone Act to July 1. Lawmakers May Change It Again.\n\n"
        "The state pushed back the start date on Monday."
    )
    assert not any(n.endswith("Its Drone Act") for n in names), names


def test_a_sentence_glued_to_an_amount_ends_the_name():
    names = _names(
        "The president spoke about the plan at the White House.$40 million has been set "
        "aside for the first phase."
    )
    assert "White House" in names, names
    assert not any("$" in n for n in names), names


def test_a_product_name_before_a_company_word_names_the_company():
    names = _names(
        "The Army awarded prototype deals to Vantage Robotics and Tomahawk Robotics for small "
        "drones. The Navy also fired a Tomahawk from a destroyer."
    )
    assert {"Tomahawk Robotics", "Tomahawk", "Vantage Robotics"} <= names, names
