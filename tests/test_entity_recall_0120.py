"""Entity recall, 0.12.0: general coverage of the beat, one case per class of name.

The gazetteer section "0.12.0" (data/entities.yml) is written from general knowledge of the
beat, not from gold articles, and so is every sentence here. Each positive case failed
before 0.12.0; the negative cases are what a careless entry or rule would make.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import get_extractor
from extract.gazetteer import read_gazetteer

pytestmark = pytest.mark.model

GAZETTEER = Path(__file__).resolve().parent.parent / "data" / "entities.yml"


def entities(text: str) -> dict[str, str]:
    """Canonical name -> type of every entity the extractor returns for `text`."""
    record = {"id": "x", "url": None, "title": None, "published": "2026-03-02", "text": text}
    return {e["name"]: e["type"] for e in get_extractor().extract_one(record)["entities"]}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # both chambers' committees named at once
        (
            "The chairs of the House and Senate Armed Services committees asked for a briefing.",
            {"House Armed Services Committee", "Senate Armed Services Committee"},
        ),
        (
            "Staff of the Senate and House Intelligence and Armed Services Committees read it.",
            {
                "House Intelligence Committee",
                "Senate Intelligence Committee",
                "House Armed Services Committee",
                "Senate Armed Services Committee",
            },
        ),
        # a committee named without its chamber is the one of the chamber named nearest
        (
            "Sen. Mara Quill voted no. Quill, a member of the Armed Services Committee, said the "
            "bill was rushed.",
            {"Senate Armed Services Committee"},
        ),
        (
            "Rep. Owen Pratt, who sits on the Appropriations Committee, objected on Friday.",
            {"House Appropriations Committee"},
        ),
        # subcommittees by their short names
        (
            "The Seapower and Projection Forces Subcommittee will mark up the bill in May.",
            {"House Armed Services Subcommittee on Seapower and Projection Forces"},
        ),
        # program executive offices and service centers by their short names
        (
            "PEO Soldier and AFLCMC signed the test plan for the new goggles.",
            {"Program Executive Office Soldier", "Air Force Life Cycle Management Center"},
        ),
        # programs and systems by their abbreviations
        (
            "Analysts feed the DCGS-A terminals from a truck at the edge of the base.",
            {"Distributed Common Ground System"},
        ),
        # waters and straits under their other spellings
        (
            "Two tankers turned back at the Bab al-Mandab Strait after the warning.",
            {"Bab el-Mandeb"},
        ),
        ("Rebels fired at a freighter leaving Hodeida on Tuesday.", {"Hodeidah"}),
        # militant groups and cartels under their other spellings
        ("Fighters from al-Shabab attacked a base near the coast.", {"al-Shabaab"}),
        # trade groups, think tanks and universities by their short names
        (
            "NDIA and Carnegie Mellon hosted the robotics meeting.",
            {"National Defense Industrial Association", "Carnegie Mellon University"},
        ),
        # outlets and wires by their short names
        ("RFE/RL reported the strike first.", {"Radio Free Europe/Radio Liberty"}),
        # laws and regulations by their abbreviations
        (
            "The startup asked whether its drones fall under ITAR before it ships them.",
            {"International Traffic in Arms Regulations"},
        ),
        # foreign leaders written without diacritics
        (
            "Recep Tayyip Erdogan met the delegation in Ankara.",
            {"Recep Tayyip Erdoğan", "Ankara"},
        ),
    ],
)
def test_names_found(text: str, wanted: set[str]) -> None:
    found = entities(text)
    assert wanted <= set(found), found


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # "House and Senate" before a noun that is no committee's name
        (
            "House and Senate lawmakers on the committees said nothing about the plan.",
            {"House Armed Services Committee", "Senate Armed Services Committee"},
        ),
        # with no chamber named near it, a committee keeps its own name
        (
            "The Armed Services Committee will vote on the nominee next week.",
            {"House Armed Services Committee", "Senate Armed Services Committee"},
        ),
        # "White House" names no chamber
        (
            "The White House urged the Armed Services Committee to move fast.",
            {"House Armed Services Committee"},
        ),
        # a title names its holder, not the office: left alone on purpose
        (
            "Kira Donnelly, the under secretary of defense for research and engineering, spoke.",
            {"Office of the Under Secretary of Defense for Research and Engineering"},
        ),
        # a city's name that opens a company's name stays the company's
        ("Boston Dynamics showed a new robot dog.", {"Boston"}),
        # the adjective is no people; a common word is no outlet
        (
            "The ships sailed in solidarity with the Palestinian side, a fortune in fuel.",
            {"Palestinians", "Fortune"},
        ),
    ],
)
def test_no_junk(text: str, unwanted: set[str]) -> None:
    found = entities(text)
    assert not unwanted & set(found), found


def test_media_and_shows_are_tagged_apart() -> None:
    """Outlets, wires and photo agencies are `media` (never actors); talk shows are not, as
    annotators name a show as a party to the statement made on it."""
    gazetteer = read_gazetteer(GAZETTEER)
    for eid in ("military-times", "dvids", "anadolu", "sopa-images", "c-span"):
        assert "media" in gazetteer.get(eid).tags, eid
    for eid in ("fox-news-sunday", "face-the-nation", "fox-and-friends"):
        assert "media" not in gazetteer.get(eid).tags, eid


def test_new_people_keep_surnames_unambiguous() -> None:
    """A title and a surname name the one gazetteer person with that surname (0.11.0): the
    0.12.0 people must not share a surname with a person listed before them."""
    gazetteer = read_gazetteer(GAZETTEER)
    by_surname: dict[str, list[str]] = {}
    for entry in gazetteer.entries:
        if entry.type == "PERSON":
            by_surname.setdefault(entry.name.split()[-1], []).append(entry.id)
    for surname in ("Collins", "Wilson", "Johnson", "Walker", "Tan"):
        assert len(by_surname[surname]) == 1, by_surname[surname]
