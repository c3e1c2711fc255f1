"""Junk entities, 0.12.9 (thread E4): words a reader of an entity page sees as nonsense.

Every sentence here is written for this file. Each case names one class of junk: a common
word capitalised only because it opens a sentence, a time zone after a clock time, an
acronym of a lower-case description, a ticker symbol, a rank cut off a person's name, a
short abbreviation or adjective that names nothing; and the real name that must stay.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _entities

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "junk", "kept"),
    [
        # a common word capitalised by its place at the start of a sentence
        (
            "Lockheed Martin will keep building hypersonic interceptors.\n\n"
            "Hypersonic missiles fly at more than five times the speed of sound.",
            {"Hypersonic"},
            {"Lockheed Martin"},
        ),
        # a time zone after a clock time; the same letters as a company's name stay
        (
            "The Falcon 9 rose from Vandenberg at 6:05 a.m. PT (9:05 a.m. ET) on Monday.",
            {"PT", "ET"},
            set(),
        ),
        (
            "Shares of Palantir fell 8% as of 10:40 a.m. ET after its earnings call.",
            {"ET"},
            {"Palantir"},
        ),
        # an acronym defined by lower-case words names a kind of thing, not a body
        (
            "Oracle will add high-performance computing (HPC) capacity for agencies. "
            "The HPC clusters go live next year.",
            {"HPC"},
            {"Oracle"},
        ),
        (
            "Northern Command wrote a new standard operating procedure (SOP) for drone "
            "sightings, and the SOP went out to every base in March.",
            {"SOP"},
            set(),
        ),
        # a ticker symbol after the exchange's name
        (
            "Red Cat Holdings (NASDAQ: RCAT) won the Army's small drone program on Tuesday.",
            {"RCAT"},
            {"Red Cat Holdings"},
        ),
        # a rank the model ran into a service's name: the service stays
        (
            "The fleet's drone chief, Navy Rear Adm. Paula Greer, backed the plan.",
            {"Navy Rear Adm.", "Navy Rear"},
            {"U.S. Navy", "Paula Greer"},
        ),
        (
            "Former defense chief Mark Esper accepted Acting Navy Secretary Tom Hale's letter.",
            {"Acting Navy"},
            {"U.S. Navy"},
        ),
        # abbreviations of kinds of thing and adjectives alone
        (
            "The startup, backed by a VC fund, sells VR headsets to the Army.",
            {"VC", "VR"},
            {"U.S. Army"},
        ),
        (
            "The rebels attacked ships in the Southern Red Sea on Friday.",
            {"Southern"},
            {"Red Sea"},
        ),
        (
            "The order tells agencies to limit grants to States that enforce their own AI laws.",
            {"States"},
            set(),
        ),
        # "U.S" without its final full stop is the country
        (
            "Tech workers back Anthropic in its lawsuit against the U.S government",
            {"U.S"},
            {"United States", "Anthropic"},
        ),
    ],
)
def test_junk_is_not_an_entity(text: str, junk: set[str], kept: set[str]) -> None:
    found = _entities(text)
    assert not junk & set(found), found
    assert kept <= set(found), found


def test_capitalised_context_alias_before_a_noun_names_the_company() -> None:
    """ "Scale CEO Alexandr Wang" after "Scale AI": the company, not an entity "Scale"."""
    found = _entities(
        "Meta bought a large stake in Scale AI this week. As part of the deal, Scale CEO "
        "Alexandr Wang will move to Meta, and some Scale staff will go with him."
    )
    assert "Scale" not in found, found
    assert {"Scale AI", "Alexandr Wang", "Meta"} <= set(found), found
