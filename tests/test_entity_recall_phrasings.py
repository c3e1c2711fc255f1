"""Names the small model misses or cuts, found by the canonicaliser's rules and the gazetteer.

Every sentence is our own; each case failed before the rule it tests (docs/extraction.md,
"Names the model misses"). The negative cases are junk users saw or that a careless rule
would make: none of it may become an entity.
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
        # proper-noun sequences ending in an organisation word, around a gazetteer word
        (
            "Technicians moved the radars from Sierra Army Depot to Tobyhanna Army Depot.",
            {"Sierra Army Depot", "Tobyhanna Army Depot"},
        ),
        ("The Royal Danish Navy signed a deal for two patrol drones.", {"Royal Danish Navy"}),
        (
            "The contract is run by the Army’s Program Executive Office for Missiles and Space.",
            {"Program Executive Office for Missiles and Space", "U.S. Army"},
        ),
        (
            "The Kentucky National Guard's 138th Field Artillery Brigade deployed in May.",
            {"Kentucky National Guard", "138th Field Artillery Brigade"},
        ),
        # the country a U.S. body is named with
        (
            "The U.S. Department of Defense signed a deal with Anthropic.",
            {"United States", "U.S. Department of Defense", "Anthropic"},
        ),
        # AP state abbreviations, party and state of a lawmaker, a dateline in capitals
        (
            "Work will be done in Tucson, Ariz., and Andover, Mass., officials said.",
            {"Arizona", "Massachusetts"},
        ),
        (
            "Sen. Dana Whitfield (R-Okla.) asked for a briefing.",
            {"Oklahoma", "Republican Party", "Dana Whitfield"},
        ),
        ("SAN DIEGO -- The startup said on Monday it would double its staff.", {"San Diego"}),
        # numbered orders, statutes and memos; an order's quoted title
        ("EO 14110 was rescinded in January.", {"Executive Order 14110"}),
        ("Executive Order 14321 of July 23, 2025 set the rules.", {"Executive Order 14321"}),
        ("The ban rests on 41 U.S.C. 4713 and on OMB memo M-24-10.", {"41 U.S.C. 4713"}),
        (
            'The president signed an executive order titled "Protecting American Workers '
            'From Unfair Algorithms," on Monday.',
            {"Protecting American Workers From Unfair Algorithms"},
        ),
        # photo credits, bylines, outlets after a title, domain-style names
        (
            "(Photo by Jane Holloway/Getty Images)\nThe drone flew.",
            {"Jane Holloway", "Getty Images"},
        ),
        ("Source: Unsplash/Tomas Berglund\nThe drone flew.", {"Unsplash", "Tomas Berglund"}),
        ("Drone maker wins Navy deal - Orbital Wire\nThe Navy bought drones.", {"Orbital Wire"}),
        ("Previously, defensenews.ua reported that the plant had closed.", {"defensenews.ua"}),
        ("The senator posted the letter on X before noon.", {"X Corp."}),
        # products: designators, a maker's model number, a name before a full stop
        ("The Navy ordered 12 MH-60R helicopters for the FY-26 budget.", {"MH-60R"}),
        ("Skydio also sells the Skydio X10D to the Army.", {"Skydio X10D", "Skydio"}),
        ("Federal agencies can now buy Claude Gov.", {"Claude Gov"}),
        # the model's own events and laws are kept; legal suffixes are not part of a name
        ("Veterans of the Korean War attended the event.", {"Korean War"}),
        ("The agency bought software from Zentrix Inc. and Adobe.", {"Zentrix", "Adobe"}),
        # a gazetteer place that opens a longer name is left to the model
        (
            "Qatar Airways and China Eastern Airlines flew to Colorado Springs.",
            {"Qatar Airways", "China Eastern Airlines", "Colorado Springs"},
        ),
        # bodies added to the gazetteer
        (
            "The NIH and the New York Stock Exchange were named.",
            {"National Institutes of Health", "New York Stock Exchange"},
        ),
    ],
)
def test_names_are_found(text: str, wanted: set[str]) -> None:
    found = entities(text)
    assert wanted <= set(found), (wanted - set(found), found)


def test_types_of_rule_names() -> None:
    found = entities(
        "Sen. Dana Whitfield (R-Okla.) praised the Royal Danish Navy, which flies MH-60R "
        "helicopters, under 41 U.S.C. 4713."
    )
    assert found["Oklahoma"] == "GPE"
    assert found["Royal Danish Navy"] == "ORG"
    assert found["MH-60R"] == "PRODUCT"
    assert found["41 U.S.C. 4713"] == "LAW"


def test_the_date_after_an_executive_order_survives() -> None:
    record = {
        "id": "x",
        "url": None,
        "title": None,
        "published": "2026-03-02",
        "text": "Executive Order 14321 of July 23, 2025 set the rules.",
    }
    result = get_extractor().extract_one(record)
    assert [(d["text"], d["value"]) for d in result["dates"]] == [("July 23, 2025", "2025-07-23")]


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a foreign navy is not the U.S. Navy; a U.S. body named with its country is itself
        ("The Royal Danish Navy signed a deal for two patrol drones.", {"U.S. Navy"}),
        ("A U.S. State Department cable described the sale.", {"U.S. State Department"}),
        # headings, words after a title's dash, parts of contracts and documents
        ("Key Provisions\n\nThe order directs agencies to act.", {"Key Provisions"}),
        ("Why the Pentagon fights Anthropic - Explainer\nThe Navy bought drones.", {"Explainer"}),
        ("Lockheed won Lot 10 of the program.", {"Lot 10"}),
        ("The deal covers Section 4 of the order and a Block V submarine.", {"Section 4"}),
        (
            "Army Research Office Awards Grant To Drone Startup\nThe Army gave a grant.",
            {"Army Research Office Awards Grant To Drone Startup", "Drone Startup"},
        ),
        # titles and lists are not organisations
        (
            "Secretary of the Air Force Troy Meink spoke on Monday.",
            {"Secretary of the Air Force", "Secretary of the Air Force Troy Meink"},
        ),
        (
            "The dispute between the Department of War and Anthropic grew.",
            {"Department of War and Anthropic"},
        ),
        ("Amodei met the department on Tuesday.", {"Amodei the department"}),
        # fiscal years, visas, a program's acronym, a link, the EPA inside a photo agency
        ("The Navy asked for more in the FY-26 budget.", {"FY-26"}),
        ("Both firms rely on H-1B visas.", {"H-1B"}),
        ("The Ground/Air Task Oriented Radar (G/ATOR) program grew.", {"G", "ATOR"}),
        ("For more information, visit acme-robotics.com.", {"acme-robotics.com"}),
        (
            "Photo Provided By Laurent Gillieron/EPA-EFE\nThe drone flew.",
            {"Environmental Protection Agency"},
        ),
        ("By March, the Navy had bought drones.", {"March"}),
        ("Generation X voters and the X-37B were in the news.", {"X Corp."}),
    ],
)
def test_junk_is_not_an_entity(text: str, unwanted: set[str]) -> None:
    found = entities(text)
    assert not unwanted & set(found), found
