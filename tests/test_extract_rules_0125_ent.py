"""Extractor 0.12.5 (helper ent): entity recall, in our own words.

Names the article gives that were lost on their way to a canonical name: an outlet written
as its web address or its handle on a source line, a name a web page glued to the next
word, a legal form left on a company found by its last word, a statute or an order written
another way than the gazetteer's, the platform X named by its own letter, a statute ending in "Act" that the model misses, and well-known names of the beat
the gazetteer lacked.
"""

from __future__ import annotations

import pytest

from extract import get_extractor
from extract.pipeline import gazetteer_patterns
from tests.test_extract_rules_090 import _entities

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a link is one token: the outlet is named by it
        (
            "The full interview is at https://www.breakingdefense.com/2026/03/some-story/ today.",
            "Breaking Defense",
        ),
        # a source line that writes the outlet as one word
        ("Drone makers expand\nSource: defensenews\n\nThe Army wants more drones.", "Defense News"),
    ],
)
def test_outlet_by_web_address_or_handle(text: str, outlet: str) -> None:
    assert outlet in _entities(text)


def test_glued_names_are_split() -> None:
    found = _entities("Suppliers include NorthropBoeing and others.\nPalantir14-02-2026\n")
    assert {"Northrop Grumman", "Boeing", "Palantir"} <= set(found), found
    # a name that is one camel-case word itself stays whole
    assert "OpenAI" in _entities("OpenAI signed the deal with the Navy.")


def test_company_found_by_last_word_drops_its_legal_form() -> None:
    found = _entities("The Navy picked Riverbend Logistics Services LLC for the depot work.")
    assert "Riverbend Logistics Services" in found, found
    assert "Riverbend Logistics Services LLC" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officials cited 10 USC 3252 when they barred the vendor.", "10 U.S.C. § 3252"),
        (
            "The plan answers the order Removing Barriers to American Leadership in AI.",
            "Executive Order 14179",
        ),
    ],
)
def test_statutes_and_orders_by_their_gazetteer_name(text: str, name: str) -> None:
    assert _entities(text).get(name) == "LAW"


def test_x_platform_by_its_letter() -> None:
    found = _entities("The command answered in a post on its X social media account.")
    assert found.get("X Corp.") == "ORG", found
    # the letter alone is matched only in a platform's context, not by the gazetteer ruler
    patterns = gazetteer_patterns(get_extractor()._gazetteer)
    assert not any(p["pattern"] == "X" for p in patterns)
    assert "X Corp." not in _entities("Engineers shelved Plan X after the test.")


def test_statute_named_by_its_last_word() -> None:
    found = _entities(
        "The committee approved the Fiscal Year 2027 Harbor Radar Upkeep Act on Thursday."
    )
    assert found.get("Harbor Radar Upkeep Act") == "LAW", found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The agency can now use Grok 4 Fast on its networks.", "Grok 4 Fast"),
        ("Computer Sciences Corporation won the task order.", "Computer Sciences Corp."),
        ("Syracuse Research Corporation builds radars for the Army.", "SRC Inc."),
        ("DRS Technologies will supply the sensors.", "Leonardo DRS"),
        ("She flies F-16s in the Air Force National Guard.", "Air National Guard"),
        (
            "The rocket lifted off from Cape Canaveral Air Force Station.",
            "Cape Canaveral Space Force Station",
        ),
    ],
)
def test_names_of_the_beat(text: str, name: str) -> None:
    assert name in _entities(text)
