"""Extractor 0.12.6 (helper ent): entity recall that carries to unseen articles, in our own words.

A lawmaker's party in brackets after the name, alone or with a district; "the top Democrat
on ..."; state lawmakers' titles before a name; aircraft named in the plural ("F/A-18s");
a foreign country's navy or army; a year before an event's name; the wire of a press
release dateline ("--(BUSINESS WIRE)--"); the platform X in quotes; forms and names of the
beat the gazetteer lacked (state legislatures among them); an acronym defined for a
gazetteer name; "Washington, DC"; kinds of weapon and the planet, which name nothing; a
committee, which does not name its chamber; a town before a state abbreviation.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from extract import get_extractor
from extract.extractor import DEFAULT_GAZETTEER
from extract.gazetteer import read_gazetteer
from tests.test_extract_rules_090 import _entities

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "The bill now goes to Gov. Marla Quintero (D), who has ten days to act.",
            "Democratic Party",
        ),
        (
            "It was written by Senator Owen Takahashi (R-Bakersfield) last spring.",
            "Republican Party",
        ),
        (
            "Rep. Lena Ostrova, the top Democrat on the panel, asked for the files.",
            "Democratic Party",
        ),
    ],
)
def test_party_of_a_lawmaker(text: str, party: str) -> None:
    assert party in _entities(text)


def test_bare_letter_is_a_party_after_a_title_only() -> None:
    found = _entities(
        "Gov. Marla Quintero (D) toured the plant. Pictured: Owen Takahashi (R) and Lena Ostrova (L)."
    )
    assert "Democratic Party" in found, found
    assert "Republican Party" not in found  # "(R)" in a caption is the right of the picture


def test_state_lawmaker_title_is_no_part_of_the_name() -> None:
    found = _entities("The measure was carried by Assemblymember Priya Shah and passed in May.")
    assert "Priya Shah" in found, found
    assert "Assemblymember Priya Shah" not in found


def test_aircraft_in_the_plural_are_the_type() -> None:
    found = _entities("Navy assets, including F/A-18s, took part in the strikes on Saturday.")
    assert "F/A-18" in found, found
    assert "F/A-18s" not in found


def test_a_foreign_service_is_not_the_us_one() -> None:
    # a title-case line: the guard holds "Army" back from the ruler, the country's word stays
    found = _entities("Spanish Navy And Indian Army Sign Training Pact")
    assert found.get("Indian Army") == "ORG", found
    assert "U.S. Army" not in found


def test_year_before_an_event_name_is_dropped() -> None:
    nlp = get_extractor().nlp
    doc = nlp.make_doc("Remarks came at the 2017 Harbor Logistics Conference in June.")
    doc.ents = [Span(doc, 4, 8, label="EVENT")]  # the model's span, year included
    doc = nlp.get_pipe("beat_canonicaliser")(doc)
    assert [e.text for e in doc.ents] == ["Harbor Logistics Conference"]


def test_press_release_wire_in_capitals() -> None:
    found = _entities(
        "NORFOLK, Va.--(BUSINESS WIRE)--Quillon Robotics today announced a Navy contract."
    )
    assert {"Business Wire", "Virginia"} <= set(found), found


def test_platform_x_in_quotes() -> None:
    assert "X Corp." in _entities("The founder shared the news in a short post on ‘X’ today.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Airstrikes hit targets near Sana'a late on Friday.", "Sanaa"),
        ("The command said so in a statement on X.com this morning.", "X Corp."),
        (
            "Officers from the Space Force's Assured Access to Space office spoke.",
            "Assured Access to Space",
        ),
        ("Protesters gathered outside the U.S. Capitol in the rain.", "U.S. Capitol"),
        ("The governor delayed Colorado's AI Act by five months.", "Colorado AI Act"),
        ("He is a West Point graduate who served in the Gulf.", "U.S. Military Academy"),
    ],
)
def test_beat_names(text: str, name: str) -> None:
    assert name in _entities(text)


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("Charles Q. Brown Jr.", "Charles Q. Brown"),
        ("Richard V. Spencer", "Richard Spencer"),
        ("Supreme Court of the United States", "U.S. Supreme Court"),
    ],
)
def test_formal_names_are_forms_of_the_entry(form: str, name: str) -> None:
    entry = read_gazetteer(DEFAULT_GAZETTEER).by_form.get(form)
    assert entry is not None and entry.name == name


def test_acronym_defined_for_a_gazetteer_name_names_that_entry() -> None:
    found = _entities(
        "The Army ordered a Maven Smart System (MSS) upgrade on Monday. "
        "The MSS will reach five more commands."
    )
    assert "Maven Smart System" in found, found
    assert "MSS" not in found


def test_washington_dc_is_one_place() -> None:
    found = _entities("The talks were held in Washington, DC, on Monday.")
    assert "Washington" in found and "DC" not in found, found


def test_kinds_of_weapon_and_the_planet_are_no_names() -> None:
    found = _entities(
        "The startup sells small UAS and counter-UAS kits to the Marines; its UAVs circle the Earth."
    )
    assert not {"UAS", "UAVs", "Earth"} & set(found), found


@pytest.mark.parametrize(
    ("text", "committee", "chamber"),
    [
        (
            "The admiral testified before the Senate Armed Services Committee on Tuesday.",
            "Senate Armed Services Committee",
            "U.S. Senate",
        ),
        (
            "A former House Oversight Committee aide joined the firm.",
            "House Oversight Committee",
            "U.S. House of Representatives",
        ),
    ],
)
def test_committee_does_not_name_its_chamber(text: str, committee: str, chamber: str) -> None:
    found = _entities(text)
    assert committee in found and chamber not in found, found


def test_state_legislature_is_not_congress() -> None:
    found = _entities("The bill cleared the New York Senate and the New York Assembly in June.")
    assert {"New York State Senate", "New York State Assembly"} <= set(found), found
    assert "U.S. Senate" not in found


def test_town_before_a_state_abbreviation_the_model_left_unnamed() -> None:
    nlp = get_extractor().nlp
    doc = nlp.make_doc("Quarryville, Pa. (UPI) Mar 4, 2019\n\nThe lab won a contract.")
    doc.ents = []  # the model named nothing on the dateline
    doc = nlp.get_pipe("beat_canonicaliser")(doc)
    assert [e.text for e in doc.ents][:2] == ["Quarryville", "Pa."]
