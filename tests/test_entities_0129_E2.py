"""Person names kept in full, in our own words.

- A given name before the bare surname of a person the gazetteer knows ("Trump", "Rubio")
  names a namesake: the ruler takes the surname for the known person and leaves the model
  only the given name, so the two words are one new person, and the known one stays.
- A lone given name ("Carla will report ...") is the one person the article names in full
  with it, not a person of its own.
- "the Wright brothers": the family is the name, not the surname alone.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _entities

pytestmark = pytest.mark.model


def _names(text: str) -> set[str]:
    return set(_entities(text))


@pytest.mark.parametrize(
    ("text", "known", "namesake"),
    [
        (
            "President Donald Trump opened the shipbuilding summit in Norfolk, and his son "
            "Eric Trump spoke to the drone makers afterwards.",
            "Donald Trump",
            "Eric Trump",
        ),
        (
            "Secretary of State Marco Rubio toured the yard on Monday; his cousin, the welder "
            "Teodora Rubio, showed him the new hull.",
            "Marco Rubio",
            "Teodora Rubio",
        ),
    ],
)
def test_a_given_name_before_a_known_surname_is_a_namesake(text, known, namesake):
    names = _names(text)
    assert {known, namesake} <= names, names
    assert namesake.split()[0] not in names, names


@pytest.mark.parametrize(
    "text",
    [
        "The White House said that on Friday Trump signed the order on drone exports.",
        "The letter asks the committees to act.\n- Summon Rubio to testify on the arms sales.",
        "Activists began a campaign to Stop Trump from cutting the shipyard budget.",
    ],
)
def test_a_word_before_a_known_surname_is_no_given_name(text):
    names = _names(text)
    assert not {n for n in names if n.endswith((" Trump", " Rubio")) and " " in n} - {
        "Donald Trump",
        "Marco Rubio",
    }, names


def test_a_lone_given_name_is_the_person_named_in_full():
    text = (
        "The Navy named Carla Ostrander to lead the frigate program on Tuesday. "
        '"Carla will bring discipline to the schedule," the secretary said.'
    )
    names = _names(text)
    assert "Carla Ostrander" in names, names
    assert "Carla" not in names, names


def test_the_wright_brothers_are_named_as_a_family():
    names = _names(
        "Ohio, the home state of the Wright brothers, will host the new drone test range, "
        "the governor said on Wednesday."
    )
    assert "Wright brothers" in names, names
    assert "Wright" not in names, names
