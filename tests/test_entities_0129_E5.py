"""Junk entities, 0.12.9 (thread E5): headline fragments and page furniture.

Every sentence here is written for this file. A title-case line (an article's title, a
section heading) makes the small model read its verbs and number words as parts of names
("Directs Four", "Wang Heads"); a page's labels and credits ("Press Release", "Photo
Illustration", "By Staff Reports") name nobody. The real names on such lines must stay.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _entities

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "junk", "kept"),
    [
        # a headline's verb and number word after a title, not a person's name
        (
            "President Directs Four Navy Shipbuilding Reviews\n\n"
            "The president told the Navy to review four shipbuilding programs.",
            {"Directs Four"},
            {"U.S. Navy"},
        ),
        (
            "Secretary Directs Four Army Logistics Pilot Programs\n\n"
            "The Army secretary told commanders on Monday to start four logistics pilots.",
            {"Directs Four Army Logistics Pilot Programs"},
            {"U.S. Army"},
        ),
        # a headline's verb phrase read as an organisation
        (
            "Raytheon Quietly Funds New Super PAC to Block State Drone Rules\n\n"
            "Raytheon gave money to a political group that fights state drone laws.",
            {"Block State Drone Rules"},
            {"RTX"},
        ),
        # a verb after a surname: the surname is the person's, the verb no part of it
        (
            "Shield AI Stays Independent as CEO Tseng Heads to Lockheed\n\n"
            "Shield AI said its chief, Brandon Tseng, will join Lockheed Martin.",
            {"Tseng Heads"},
            {"Shield AI", "Brandon Tseng", "Lockheed Martin"},
        ),
        # a verb and a number after a service's name
        (
            "Navy Terminates 3 Frigate Contracts Amid Budget Review\n\n"
            "The Navy ended the frigate deals on Friday.",
            {"Terminates 3"},
            {"U.S. Navy"},
        ),
        # a name that opens with a number word stays
        (
            "First Army Trains Guard Units for Drone Warfare\n\nThe soldiers trained at Fort Hood.",
            set(),
            {"First Army"},
        ),
        # a name in a headline stays
        (
            "Anduril Wins Army Counter-Drone Contract\n\n"
            "Anduril will deliver interceptors to the Army under the deal, officials said.",
            set(),
            {"Anduril", "U.S. Army"},
        ),
    ],
)
def test_headline_fragments(text: str, junk: set[str], kept: set[str]) -> None:
    found = _entities(text)
    assert not junk & set(found), found
    assert kept <= set(found), found


@pytest.mark.parametrize(
    ("text", "junk", "kept"),
    [
        # page labels and credits
        (
            "Press Release\n\nNorthrop Grumman opened a new plant in Utah on Tuesday.",
            {"Press Release"},
            {"Northrop Grumman", "Utah"},
        ),
        (
            "The drone flies over the base. Photo Illustration by Jane Doe for the paper.\n\n"
            "Boeing said the test went well.",
            {"Photo Illustration"},
            {"Boeing"},
        ),
        (
            "Navy buys more drones\n\nBy Staff Reports\n\n"
            "The Navy ordered forty drones from Shield AI this week.",
            {"Staff Reports"},
            {"Shield AI"},
        ),
        # a report with a name of its own stays
        (
            "Researchers released the Global AI Safety Report on Tuesday, and Anthropic "
            "praised it.",
            set(),
            {"Global AI Safety Report", "Anthropic"},
        ),
    ],
)
def test_page_furniture(text: str, junk: set[str], kept: set[str]) -> None:
    found = _entities(text)
    assert not junk & set(found), found
    assert kept <= set(found), found
