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


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a secretary's title names the department
        (
            "Former Secretary of Defense Lloyd Austin met the Commerce Secretary on Friday.",
            {"U.S. Department of Defense", "U.S. Department of Commerce"},
        ),
        # a president's administration by his name
        ("Critics blamed the Biden-era guidance for the delay.", {"Biden administration"}),
        (
            "The waiver was granted under Joe Biden’s administration and later withdrawn.",
            {"Biden administration"},
        ),
        # lawmakers' states by postal code
        (
            "Senators Maria Lopez (NV) and Tom Hale (OH) voted against the bill.",
            {"Nevada", "Ohio"},
        ),
        ("The Frederick, Md.-based startup won a grant.", {"Maryland"}),
        # first names that share a surname, a sibling named by first name
        (
            "The firm was started by sisters Clara and Mina Voss in 2019.",
            {"Clara Voss", "Mina Voss"},
        ),
        (
            "Mina Voss flew helicopters for the Navy. Later she hired her brother, Tobias.",
            {"Tobias Voss"},
        ),
        # a nickname in quotes between the names the model splits
        ("The White House picked Lt. Gen. Dan “Razin” Caine for the post.", {"Dan Caine"}),
        # the platform X before a full stop; an agency's photo credit
        ("The founder wrote that “the bot never posts on X.”", {"X Corp."}),
        (
            "(AP Photo/Marta Delgado)\nThe rocket lifted off.",
            {"Associated Press", "Marta Delgado"},
        ),
        # gazetteer names across a line break, with an acronym inside, hyphenated, plural
        ("The rules follow America's AI\n    Action Plan closely.", {"AI Action Plan"}),
        (
            "Agencies covered by the Chief Financial Officers (CFO) Act must comply.",
            {"Chief Financial Officers Act"},
        ),
        (
            "The Army ordered more Joint-Air-to-Ground Missiles (JAGM) this year.",
            {"Joint Air-to-Ground Missile"},
        ),
        # a city named "New" + a gazetteer city; a numbered unit; a person opening a base
        ("Shipyards in New London and Groton hired welders.", {"New London"}),
        ("Space Launch Delta 45 supported the launch.", {"Space Launch Delta 45"}),
        # operations and names given in quotes
        ("Strikes under Operation Silent Harbor began at dawn.", {"Operation Silent Harbor"}),
        ("Its first drone, dubbed “The Warden,” hunts other drones.", {"Warden"}),
        # a gazetteer product's version; a designator after a maker's name
        ("Microsoft stopped making the HoloLens 2, a headset soldiers tested.", {"HoloLens 2"}),
        ("Technicians upgraded the Boeing VC-25 fleet.", {"VC-25"}),
        ("The Army retired its last RQ-7 Shadow drones in May.", {"RQ-7 Shadow"}),
        # a maker's product named without the maker
        ("Scale AI sells its GenAI Platform to the Army.", {"Scale GenAI Platform"}),
        # beat entities added to the gazetteer, and a place that no longer hides its state
        ("The Korean firm Hanwha invested in the startup.", {"South Korea"}),
        ("Google rents Cloud TPU capacity to the Pentagon.", {"Tensor Processing Units"}),
        ("The Costa Mesa, California, startup hired engineers.", {"Costa Mesa", "California"}),
        ("Senators removed the clause from the spending bill.", {"U.S. Senate"}),
        ("A French insurer and a Qatari fund led the round.", {"France", "Qatar"}),
        ("Javelin and NASAMS deliveries slowed.", {"Javelin", "NASAMS"}),
        ("The chief of naval operations was relieved of duty.", {"U.S. Navy"}),
    ],
)
def test_names_found_from_titles_and_loose_forms(text: str, wanted: set[str]) -> None:
    found = entities(text)
    assert wanted <= set(found), (wanted - set(found), found)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a title's office is the department, not a name of its own
        (
            "The Under Secretary of Defense for Acquisition and Sustainment signed it.",
            {"Defense for Acquisition and Sustainment"},
        ),
        # a byline glued to the next words of a web page
        (
            "The ban stands, experts say  Nadia KellerBy Nadia KellerAI-GeneratedAnalysis"
            "Human-reviewed2 sources cited\n\nThe Navy bought drones.",
            {"Nadia KellerBy Nadia", "Nadia KellerBy"},
        ),
        # a wire's staff byline is the wire
        ("Copy by LatestLY Staff may be unedited.", {"LatestLY Staff"}),
    ],
)
def test_titles_and_glued_words_are_not_names(text: str, unwanted: set[str]) -> None:
    found = entities(text)
    assert not unwanted & set(found), found


def test_a_dubbed_name_is_a_product() -> None:
    found = entities("The new loitering munition, dubbed “Longbow,” was unveiled.")
    assert found.get("Longbow") == "PRODUCT", found


def test_a_watch_list_name_with_a_middle_initial_is_found_without_it(tmp_path) -> None:
    from extract.extractor import Extractor

    watch = tmp_path / "watch.yml"
    watch.write_text(
        "version: 1\nentities:\n  - {name: Miriam T. Okafor, type: PERSON, tags: [official]}\n",
        encoding="utf-8",
    )
    record = {
        "id": "x",
        "url": None,
        "title": None,
        "published": "2026-03-02",
        "text": "Adm. Miriam Okafor spoke on Monday. Later, Gen. Miriam “Tess” Okafor left.",
    }
    names = {e["name"] for e in Extractor(gazetteer_path=watch).extract_one(record)["entities"]}
    assert "Miriam T. Okafor" in names and "Miriam Okafor" not in names, names
