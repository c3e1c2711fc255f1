"""The beat gazetteer resolves the agencies, commands, firms, people and programs of the beat.

The entries come from general knowledge of the beat (data/entities.yml, the "beat extension"
sections), not from any gold article. Every sentence here is our own: each checks that an
abbreviation or another name journalists use resolves to the canonical name, and that a
person or a product is tied to the organisation it belongs to.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import get_extractor
from extract.gazetteer import read_gazetteer

pytestmark = pytest.mark.model

GAZETTEER = Path(__file__).resolve().parent.parent / "data" / "entities.yml"


def names(text: str) -> set[str]:
    """Canonical names of the entities the extractor returns for `text`."""
    record = {"id": "x", "url": None, "title": None, "published": "2026-03-02", "text": text}
    return {e["name"] for e in get_extractor().extract_one(record)["entities"]}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # defense agencies and offices by their abbreviations
        (
            "Auditors from DCAA and DCMA reviewed the shipbuilder's books last spring.",
            {"Defense Contract Audit Agency", "Defense Contract Management Agency"},
        ),
        (
            "DTRA and the SDA both asked for more money in the new budget request.",
            {"Defense Threat Reduction Agency", "Space Development Agency"},
        ),
        (
            "A DOT&E report found the radar was not yet suitable for combat.",
            {"Office of the Director, Operational Test and Evaluation"},
        ),
        # commands and schools
        (
            "TRADOC and AFMC will share the testing range this summer.",
            {"Army Training and Doctrine Command", "Air Force Materiel Command"},
        ),
        ("NORAD tracked the balloon over Montana.", {"North American Aerospace Defense Command"}),
        ("Midshipmen at the Naval Academy will study machine learning.", {"U.S. Naval Academy"}),
        # Congress
        (
            "HPSCI and SAC-D staff were briefed on the program.",
            {"House Intelligence Committee", "Senate Appropriations Subcommittee on Defense"},
        ),
        # other agencies, labs, NATO and allies
        (
            "NNSA engineers at LLNL ran the simulation.",
            {"National Nuclear Security Administration", "Lawrence Livermore National Laboratory"},
        ),
        ("The RAF and the Bundeswehr will fly the new tanker.", {"Royal Air Force", "Bundeswehr"}),
        # companies and their units
        (
            "Bath Iron Works delivered the destroyer two months late.",
            {"Bath Iron Works"},
        ),
        ("BWXT won a reactor fuel deal.", {"BWX Technologies"}),
    ],
)
def test_beat_names_resolve_to_canonical(text: str, wanted: set[str]) -> None:
    found = names(text)
    assert wanted <= found, f"missing {wanted - found} in {found}"


def test_tags_tie_people_and_units_to_their_organisations() -> None:
    gazetteer = read_gazetteer(GAZETTEER)
    ties = {
        "jason-droege": "scale-ai",
        "thiyagu-ramasamy": "anthropic",
        "samuel-paparo": "indopacom",
        "chance-saltzman": "us-space-force",
        "william-laplante": "defense",
        "bath-iron-works": "general-dynamics",
        "skunk-works": "lockheed-martin",
        "yfq-44a": "anduril",
    }
    for entity_id, owner in ties.items():
        entry = gazetteer.get(entity_id)
        assert entry is not None, entity_id
        assert owner in entry.tags, (entity_id, entry.tags)
        if owner != "defense":
            assert gazetteer.get(owner) is not None, owner


def test_executive_resolves_and_names_the_company() -> None:
    found = names("Thiyagu Ramasamy said Anthropic would keep working with civilian agencies.")
    assert {"Thiyagu Ramasamy", "Anthropic"} <= found


def test_unambiguous_surname_resolves_to_the_person() -> None:
    found = names("Paparo told lawmakers the fleet needed more munitions.")
    assert "Samuel Paparo" in found
