"""Operations and personnel moves of extractor 0.12.0, on sentences written in our own words.

A broad phrasing check of the ways news tells a military operation (rockets lifting off,
satellites launched in batches, drugs seized, strike campaigns named by their year or their
foe, exercises held, forces ordered, deployed or sailing somewhere, bombs dropped) and a
personnel move (forced to retire, reinstated, an exit, a hire, two people moved in one
sentence). Each is a strict match as the real-article gold is scored: the type, the date at
its precision and one actor in common.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_0120 import assert_gives
from tests.test_extract_rules_090 import _actors, _events, _of_type

pytestmark = pytest.mark.model

PHRASINGS = [
    # satellites launched in a batch are a launch flown, not a product released
    (
        "operation",
        "2026-03-04",
        "SpaceX",
        "SpaceX launched a batch of Starlink satellites from Vandenberg Space Force Base on "
        "Wednesday.",
    ),
    # a rocket lifting off, with its payload's owner or its maker
    (
        "operation",
        "2026-03-03",
        "U.S. Space Force",
        "A rocket carrying a Space Force GPS satellite lifted off from Florida on March 3.",
    ),
    (
        "operation",
        "2026-03-05",
        "Blue Origin",
        "Blue Origin's New Glenn rocket lifted off Thursday on its third flight.",
    ),
    # an interdiction at sea
    (
        "operation",
        "2026-03-08",
        "U.S. Coast Guard",
        "The Coast Guard seized 3,000 pounds of cocaine from a vessel in the Pacific on Sunday.",
    ),
    # a strike campaign told in the background, by its year and its foe
    (
        "operation",
        "2024",
        "Houthis",
        "The 2024 strikes on the Houthis failed to stop the attacks on shipping.",
    ),
    # an exercise someone begins or holds
    (
        "operation",
        "2026-03-06",
        "U.S. Navy",
        "On Friday the Navy and Japanese forces began a weeklong exercise in the Philippine Sea.",
    ),
    # an order that moves forces now is the operation
    (
        "operation",
        "2026-03-08",
        "Pete Hegseth",
        "Hegseth ordered two more destroyers to the Red Sea on Sunday.",
    ),
    (
        "operation",
        "2026-03-09",
        "U.S. Air Force",
        "Air Force B-2 bombers dropped bunker-busting bombs on an underground site on Monday.",
    ),
    # forces that deploy or sail somewhere themselves
    (
        "operation",
        "2026-03-09",
        "82nd Airborne Division",
        "About 500 soldiers from the 82nd Airborne Division deployed to Poland on Monday.",
    ),
    (
        "operation",
        "2026-03-04",
        "U.S. Navy",
        "The Navy's Nimitz carrier strike group sailed into the South China Sea on Wednesday.",
    ),
    # personnel: the one forced out, a return, an exit, a hire told as a noun
    (
        "personnel",
        "2026-03-03",
        "Randy George",
        "Army Chief of Staff Gen. Randy George was forced to retire on Tuesday, March 3.",
    ),
    (
        "personnel",
        "2026-02",
        "Sam Altman",
        "The board reinstated Sam Altman as chief executive in February.",
    ),
    (
        "personnel",
        "2026-03-02",
        "Doug Beck",
        "Doug Beck's exit, announced on March 2, surprised the staff.",
    ),
    # weapons let go in a volley, fire opened, an intercept test, a military campaign
    (
        "operation",
        "2026-03-06",
        "Houthis",
        "The Houthis launched a barrage of missiles at a commercial tanker on Friday.",
    ),
    (
        "operation",
        "2026-03-05",
        "U.S. Navy",
        "Navy sailors opened fire on a small boat in the Red Sea on Thursday.",
    ),
    (
        "operation",
        "2026-03-04",
        "Missile Defense Agency",
        "The Missile Defense Agency conducted a successful intercept test over the Pacific on "
        "Wednesday.",
    ),
    (
        "operation",
        "2025",
        "Israel",
        "Israel's military campaign in Gaza, which began in 2025, has displaced thousands.",
    ),
    # drones let go at a place; operations placed on a sea
    (
        "operation",
        "2026-03-09",
        "Russia",
        "Russia launched a wave of drones at Kyiv overnight into Monday.",
    ),
    (
        "operation",
        "2026-03-06",
        "U.S. Navy",
        "The Navy's USS Ford strike group began operations in the Caribbean on Friday.",
    ),
    # an interdiction told as a noun
    (
        "operation",
        "2026-03-09",
        "U.S. Coast Guard",
        "The Coast Guard on Monday announced a record seizure of 20,000 pounds of cocaine off "
        "the coast of Ecuador.",
    ),
    # forces or arms arriving, told as a noun
    (
        "operation",
        "2026-03",
        "U.S. Marine Corps",
        "Earlier this month, Manila confirmed the arrival of a U.S. Marine Corps missile system "
        "on its northern islands.",
    ),
    # a craft downed, told as what a group claimed; a raid told by whom it targeted
    (
        "operation",
        "2026-03-08",
        "Houthis",
        "The Houthis claimed responsibility for shooting down an American MQ-9 Reaper drone over "
        "Yemen on Sunday.",
    ),
    (
        "operation",
        "2026-01",
        "Nicolás Maduro",
        "Claude was used in January during a raid targeting Venezuelan leader Nicolás Maduro.",
    ),
    # personnel: parted ways, let go, installed, a post held in an acting capacity
    (
        "personnel",
        "2026-03-06",
        "OpenAI",
        "OpenAI parted ways with its head of policy, Dan Reese, on Friday.",
    ),
    (
        "personnel",
        "2026-03-06",
        "Leo Grant",
        "Leo Grant was let go from his post at the Defense Innovation Unit on Friday.",
    ),
    (
        "personnel",
        "2026-03-10",
        "Amy Cole",
        "Amy Cole was installed as acting inspector general on Tuesday.",
    ),
    (
        "personnel",
        "2025-09",
        "Laura Kent",
        "Deputy Director Laura Kent has run the office in an acting capacity since September 2025.",
    ),
    (
        "personnel",
        "2024-04",
        "Nora Kessler",
        "Nora Kessler assumed leadership of the Army's software factory in April 2024.",
    ),
    (
        "personnel",
        "2026-03",
        "Keith Flynn",
        "Anduril pointed to its hire of Keith Flynn as head of production earlier this month.",
    ),
]


@pytest.mark.parametrize(("etype", "date", "actor", "text"), PHRASINGS)
def test_each_phrasing_gives_its_event(etype, date, actor, text):
    assert_gives(etype, date, actor, text)


def test_two_people_moved_in_coordinated_clauses_are_two_moves():
    text = (
        "Hegseth announced this month that Emil Michael will serve as chief technology "
        "officer and that Cameron Stanley will serve as chief digital officer."
    )
    moves = _of_type(text, "personnel")
    assert len(moves) == 2, moves
    assert any("Cameron Stanley" in _actors(m) and m["date"] == "2026-03" for m in moves), moves


@pytest.mark.parametrize(
    "text",
    [
        # who a judge is, not an appointment told as news
        "A federal judge appointed by Joe Biden blocked the designation on Thursday.",
        # an order given to an official, not a step on a nomination
        "Hegseth directed Army Secretary Dan Driscoll on Monday to set up a new task force.",
        # a boat leaving port is no departure from a post
        "Trump said on Tuesday that U.S. forces had struck the boat after it had departed from "
        "Venezuela.",
    ],
)
def test_no_personnel_move_where_nobody_moves(text):
    assert not _of_type(text, "personnel"), _events(text)


def test_an_ability_to_strike_is_no_strike():
    text = (
        "Africa Command said on Monday that it remains capable of striking al-Shabaab at the "
        "time and place of its choosing."
    )
    assert not _of_type(text, "operation"), _events(text)
