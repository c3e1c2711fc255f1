"""Extractor 0.12.6 (helper ent2): entity recall on unseen articles, in our own words.

Legal forms gold drops ("Co.", "Limited", "S.A."); a press officer's title before a name;
the curly apostrophe in gazetteer names ("People’s Liberation Army"); Army weapon numbers
("M777", "M1128") and Soviet designators ("Tu-22M3"); two countries joined by a hyphen
("U.S.-China"); the TASS dateline ("/TASS/."); a byline glued to its date ("By Army Public
AffairsOctober 5"); a body of its parent, both known by name
("... Commission of the Chinese Communist Party"); names of the beat the gazetteer lacked.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from extract import get_extractor
from tests.test_extract_rules_090 import _entities

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "name", "with_form"),
    [
        (
            "Fuzes will come from Tarrow Precision Co. under the new award.",
            "Tarrow Precision",
            "Tarrow Precision Co.",
        ),
        (
            "Orders went to Verdant Chemicals S.A. in Portugal last week.",
            "Verdant Chemicals",
            "Verdant Chemicals S.A.",
        ),
        (
            "Casings are made by Kestrel Munitions Limited near Pune.",
            "Kestrel Munitions",
            "Kestrel Munitions Limited",
        ),
    ],
)
def test_legal_form_is_no_part_of_a_company(text: str, name: str, with_form: str) -> None:
    found = _entities(text)
    assert name in found, found
    assert with_form not in found


def test_press_officer_title_is_no_part_of_the_name() -> None:
    nlp = get_extractor().nlp
    doc = nlp.make_doc("Navy Spokeswoman Dana Whitfield said the review would end soon.")
    doc.ents = [Span(doc, 1, 4, label="PERSON")]  # the model's span, title included
    doc = nlp.get_pipe("beat_canonicaliser")(doc)
    assert "Dana Whitfield" in [e.text for e in doc.ents]


def test_curly_apostrophe_in_a_gazetteer_name() -> None:
    found = _entities("Sailors of the People’s Liberation Army drilled near the strait.")
    assert "People's Liberation Army" in found, found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Crews fired the M777 Howitzer beside an M109A7 Paladin at the range.",
            {"M777 Howitzer", "M109A7 Paladin"},
        ),
        ("The plant will pack 90,000 M795/M1128 shells this year.", {"M795", "M1128"}),
        ("Drones struck two Tu-22M3 bombers on the airfield.", {"Tu-22M3"}),
    ],
)
def test_weapon_numbers(text: str, names: set[str]) -> None:
    found = _entities(text)
    assert names <= set(found), found


def test_two_countries_joined_by_a_hyphen() -> None:
    found = _entities("Chip controls shaped the U.S.-China rivalry this spring.")
    assert {"United States", "China"} <= set(found), found
    assert "U.S.-China" not in found


def test_tass_dateline() -> None:
    found = _entities("MOSCOW, May 4. /TASS/. Air defenses downed four drones overnight.")
    assert found.get("TASS") == "ORG", found


def test_byline_glued_to_its_date() -> None:
    found = _entities(
        "Shell output rises\n\nBy Navy Public AffairsMarch 3, 2024\n\n"
        "WASHINGTON – The Navy signed two shell contracts on Friday."
    )
    assert found.get("Navy Public Affairs") == "ORG", found


def test_body_of_a_parent_is_two_bodies() -> None:
    found = _entities(
        "The general reports to the Central Military Commission of the Chinese Communist Party."
    )
    assert {"Central Military Commission", "Chinese Communist Party"} <= set(found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Regulators added the drone maker to the Entity List on Friday.", "Entity List"),
        ("The firm sued to get off the Pentagon's 1260H list in March.", "1260H list"),
        (
            "Rounds are loaded at the Iowa Army Ammunition Plant each week.",
            "Iowa Army Ammunition Plant",
        ),
        ("The Australian government signed the drone order in May.", "Australian Government"),
        ("The startup moved from Northern Virginia to a new campus.", "Northern Virginia"),
        (
            "She once led a team at the Space and Naval Warfare Command in San Diego.",
            "Space and Naval Warfare Systems Command",
        ),
        (
            "Each shell is fired with six MACS increments.",
            "Modular Artillery Charge System",
        ),
    ],
)
def test_beat_names(text: str, name: str) -> None:
    assert name in _entities(text)
