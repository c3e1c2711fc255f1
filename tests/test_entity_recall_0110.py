"""Entity recall, 0.11.0: names the extractor missed on real articles, by cause.

Every sentence is our own (docs/extraction.md, "Entities, 0.11.0"); each case failed before
the rule or gazetteer entry it tests. The negative cases are what a careless rule would make.
"""

from __future__ import annotations

import pytest

from extract import get_extractor

pytestmark = pytest.mark.model


def entities(text: str) -> dict[str, str]:
    """Canonical name -> type of every entity the extractor returns for `text`."""
    record = {"id": "x", "url": None, "title": None, "published": "2026-03-02", "text": text}
    return {e["name"]: e["type"] for e in get_extractor().extract_one(record)["entities"]}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # credits of three parts, or going on "via" an agency; a rank inside a credit
        (
            "A phone shows the chatbot. Photo Illustration by Jane Marlow/SOPA Images/"
            "LightRocket via Getty Images\n\nThe lab said on Monday it would grow.",
            {"Jane Marlow", "SOPA Images", "LightRocket", "Getty Images"},
        ),
        (
            "Lawmakers met in the Capitol. Photo: Tessa Holt/Bloomberg via Getty Images\n"
            "The vote is due next week.",
            {"Tessa Holt", "Bloomberg", "Getty Images"},
        ),
        (
            "A logo on a screen. (Photo by MARTA KOVAC/Hans Lucas/AFP via Getty Images)",
            {"Marta Kovac", "Hans Lucas"},
        ),
        (
            "Trucks wait at the port. (U.S. Army/Spc. Rowan Pike)\nThe brigade shipped out.",
            {"Rowan Pike", "U.S. Army"},
        ),
        # wire and release services in datelines; bylines on their own line or with an outlet
        ("BERLIN (dpa-AFX) - The ministry ordered new drones.", {"dpa-AFX"}),
        (
            "NORFOLK, Va., Oct. 3, 2023 /PRNewswire/ -- The yard delivered a submarine.",
            {"PR Newswire"},
        ),
        (
            "Drone maker expands\nBy\nNora Lindqvist\n\nThe company raised money.",
            {"Nora Lindqvist"},
        ),
        (
            "Drones for the border\nAug. 28, 2025 | By Tomas Varga, DOD News\nThe task force "
            "starts work.",
            {"Tomas Varga", "DOD News"},
        ),
        # "the U.S. military" is the Department of Defense; the country stays
        (
            "The startup wants to sell its drones to the U.S. military next year.",
            {"U.S. Department of Defense", "United States"},
        ),
        # a page's source on a line of its own; a channel by its short name
        ("References: Reuters, BBC\nSource: Maritime Daily Wire", {"Maritime Daily Wire"}),
        ("OAN Staff reported it.", {"One America News Network"}),
        # Coast Guard cutters; launch and landing sites by their number
        (
            "Seized drugs came from interdictions by the Cutter Stone, a 418-foot vessel.",
            {"USCGC Stone"},
        ),
        (
            "It lifted off from Space Launch Complex 4E (SLC-4E) and landed on Landing Zone 4 "
            "later. Another flew from Space Launch Complex-41 at Cape Canaveral.",
            {"Space Launch Complex 4E", "Landing Zone 4", "Space Launch Complex-41"},
        ),
        # numbered units
        ("Launches rely on the 45th Space Wing, which runs the range.", {"45th Space Wing"}),
        ("The base hosts the 91st Missile Wing.", {"91st Missile Wing"}),
        ("Marines of the 3d Littoral Combat Team fired a missile.", {"3d Littoral Combat Team"}),
        (
            "Soldiers of the 2nd Armored Brigade Combat Team, 1st Infantry Division, reached "
            "Poland.",
            {"2nd Armored Brigade Combat Team, 1st Infantry Division", "1st Infantry Division"},
        ),
        # a name defined with its acronym
        (
            "The Stryker's Mobile High-Energy Laser (MEHEL) includes on-board radar, more laser "
            "power and a new design.",
            {"Mobile High-Energy Laser"},
        ),
        (
            "The Army will cancel the Mobile Intermediate Range Missile, or MIRM, next year.",
            {"Mobile Intermediate Range Missile"},
        ),
        # lawmakers' states in brackets; a party named by its adjective
        (
            "Republican Senators Jim Banks (Ind.) and Dan Sullivan (Alaska) attended.",
            {"Indiana", "Alaska", "Republican Party"},
        ),
        ("Critics faulted Democratic candidates for it.", {"Democratic Party"}),
        # ships
        (
            "The aircraft carrier Abraham Lincoln sailed, and the U.S.S. Theodore Roosevelt "
            "stayed in port.",
            {"USS Abraham Lincoln", "USS Theodore Roosevelt"},
        ),
        # a nickname after a middle initial; a title and a surname the gazetteer knows
        (
            "Hegseth chose a new chairman. Gen. Charles Q. “CQ” Brown Jr. was one of several "
            "senior officers removed.",
            {"Charles Q. Brown"},
        ),
        (
            "Welcome, Chairman Schmidt. Senator Collins spoke after him.",
            {"Eric Schmidt", "Susan Collins"},
        ),
        # regions and waters named from a place; embassies
        (
            "Critics fear it could raise tension in Eastern Europe and the Gulf of Aden.",
            {"Eastern Europe", "Gulf of Aden"},
        ),
        ("Protesters stormed the U.S. Embassy in Baghdad.", {"U.S. Embassy in Baghdad"}),
        # a service's short name opening a name of its own
        (
            "Units will draw equipment from Army Prepositioned Stocks in the region.",
            {"Army Prepositioned Stocks", "U.S. Army"},
        ),
        # the model's span cleaned: a description before it, a date after it
        ("The strike hit central Bay Region of Somalia.", {"Bay Region", "Somalia"}),
        ("A ship sails off Okinawa March 23, 2018, in the photo.", {"Okinawa"}),
        (
            "The bill includes $21.5 million for the Pentagon’s National Security Innovation "
            "Network, which also supports the unit.",
            {"National Security Innovation Network"},
        ),
        # gazetteer: other spellings and official names of beat entities
        (
            "The US Department of Defence and the National Defence Authorisation Act were cited.",
            {"U.S. Department of Defense", "National Defense Authorization Act"},
        ),
        (
            "A Stryker fitted with a laser and an Abrams main battle tank were shown.",
            {"Stryker armored vehicle", "M1 Abrams"},
        ),
        ("The MQ-35 flew from the cutter.", {"V-BAT"}),
        (
            "He chairs the Subcommittee on Cyber, Information Technologies, and Innovation.",
            {"Subcommittee on Cyber, Information Technologies, and Innovation"},
        ),
        ("Strikes rest on the 2001 AUMF, aides said.", {"Authorization for Use of Military Force"}),
        ("The drugs were bound for Trinidad and Tobago.", {"Trinidad and Tobago"}),
        (
            "The drone was tried on both sides of the Pacific before the Rim of the Pacific "
            "(RIMPAC) drills.",
            {"Pacific Ocean", "Rim of the Pacific"},
        ),
        (
            "She served as a deputy under the Obama administration before joining a think tank.",
            {"Obama administration"},
        ),
        (
            "The plan buys more Apache and Black Hawk helicopters and new High Mobility "
            "Artillery Rocket Systems.",
            {"AH-64 Apache", "Black Hawk", "HIMARS"},
        ),
        (
            "The ship was hit, according to the U.K. Maritime Trade Operations centre.",
            {"UK Maritime Trade Operations"},
        ),
        ("Secretary of Defense Lloyd J. Austin III spoke.", {"Lloyd Austin"}),
    ],
)
def test_names_found(text: str, wanted: set[str]) -> None:
    found = entities(text)
    assert wanted <= set(found), found


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # an acronym inside a longer name leaves the name to the model
        (
            "States get money from the Broadband Equity Access and Deployment (BEAD) Program.",
            {"Broadband Equity Access and Deployment"},
        ),
        # a long form whose initials do not fit the acronym in brackets
        (
            "The Army Combat Capabilities Development Command (DEVCOM) tested it.",
            {"Development Command"},
        ),
        # "or" between two companies is no definition
        ("The deal went to Lockheed Martin or RTX, officials said.", {"Lockheed Martin or RTX"}),
        # "Democratic Republic of ..." is a country, "a Nebraska Republican and ..." a member
        ("Aid went to the Democratic Republic of the Congo.", {"Democratic Party"}),
        (
            "Sen. Deb Fischer, Nebraska Republican and chair of the panel, spoke.",
            {"Republican Party"},
        ),
        # "the carrier" of a phone or an airline is no warship
        ("The airline carrier United Airlines added flights.", {"USS United Airlines"}),
        ("The Russian cruiser Admiral Nakhimov left port.", {"USS Admiral Nakhimov"}),
        # a byline's job title is no outlet
        (
            "Budget fight\nMay 2, 2026 | By Tomas Varga, Senior Writer\nThe bill stalled.",
            {"Senior Writer"},
        ),
        # a person's particle stays
        ("Fighters of al-Shabaab attacked a base.", {"Shabaab"}),
        # a region of a state is the state
        ("He spoke at the rocket site in South Texas last month.", {"South Texas"}),
    ],
)
def test_no_junk(text: str, unwanted: set[str]) -> None:
    found = entities(text)
    assert not unwanted & set(found), found


def test_a_unit_of_a_division_keeps_the_division() -> None:
    found = entities("The 2nd Brigade Combat Team, 3rd Infantry Division, left Fort Stewart.")
    assert "3rd Infantry Division" in found, found
    assert "2nd Brigade Combat Team, 3rd Infantry Division" in found, found


def test_a_title_and_surname_yield_to_a_person_named_in_the_article() -> None:
    # the article's own Collins wins over the gazetteer's
    found = entities("Rep. Mara Collins spoke first. Later, Senator Collins answered.")
    assert "Susan Collins" not in found, found
