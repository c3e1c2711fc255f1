"""Extractor 0.12.4 (helper bgd): the earlier award a news award recalls, in our own words.

Contract news often recalls, with a date of its own, the earlier award that the new one
modifies, extends or follows ("modifies a contract awarded in 2019", "follows a $90
million deal last October", "since the original award in May"). That earlier award names
no party: its parties are those of the award told before it. It stays a second event,
never folded into the new award (whose date it must not take).
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model

PUBLISHED = "2026-03-10"


def _contracts(text: str) -> list[dict]:
    return [e for e in _events(text, PUBLISHED) if e["type"] == "contract"]


def _names(event: dict) -> set[str]:
    return {a["name"] for a in event["actors"]}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "The U.S. Army has awarded Lockheed Martin a $300 million contract modification "
            "for spare parts. The modification extends a contract awarded in 2019 that pays "
            "for rotor blades.",
            "2019",
        ),
        (
            "The Air Force gave Anduril a $75 million contract on Friday. The new order "
            "follows a $40 million deal last October for tower sensors.",
            "2025-10",
        ),
        (
            "The Navy expanded its agreement with Palantir from $50 million to $90 million on "
            "March 2, 2026, citing strong demand since the original award in May 2024.",
            "2024-05",
        ),
    ],
)
def test_the_recalled_earlier_award_takes_the_parties_of_the_new_one(text, date):
    found = _contracts(text)
    earlier = [e for e in found if e["date"] == date]
    assert earlier, found
    newer = [e for e in found if e is not earlier[0]]
    assert newer and newer[0]["date"] != date, found
    assert _names(earlier[0]) & _names(newer[0]), found


def test_a_recalled_award_from_the_lede_is_found_paragraphs_later():
    text = (
        "The Marine Corps signed a $500 million, ten-year contract with Anduril on Monday.\n"
        "The system guards bases around the world. Critics question its reliance on "
        "software.\n"
        "The corps has worked with the company before: this latest contract follows a $120 "
        "million deal last November for counter-drone radars."
    )
    found = _contracts(text)
    assert any(e["date"] == "2025-11" and "Anduril" in _names(e) for e in found), found


def test_guard_an_undated_retelling_is_the_same_award():
    found = _contracts(
        "The Army awarded Boeing a $200 million contract on Monday. The contract covers "
        "spare engines."
    )
    assert len(found) == 1 and found[0]["date"] == "2026-03-09", found


def test_guard_a_dated_award_with_its_own_parties_keeps_them():
    found = _contracts(
        "The Army awarded Boeing a $200 million contract on Monday. The Navy awarded "
        "Raytheon a contract in 2021."
    )
    old = [e for e in found if e["date"] == "2021"]
    assert old and _names(old[0]) >= {"U.S. Navy", "RTX"}, found


def test_guard_a_dated_earlier_award_with_its_own_parties_is_not_the_news_award():
    text = (
        "The Navy awarded contracts of up to $150 million to Palantir and Anduril on Monday.\n"
        "Palantir, building on its 2023 $150 million Navy contract and Saronic partnership, "
        "opened an office in Norfolk in May."
    )
    found = _contracts(text)
    assert any(e["date"] == "2026-03-09" and "Anduril" in _names(e) for e in found), found
    assert any(e["date"] == "2023" for e in found), found


# An executive order is the president's: a dated one that names no signer ("Executive Order
# 14100 of March 3, 2025", "the May 2022 executive order") was signed by the president in
# office on its date, acting for the administration the article names.


def _policies(text: str, published: str = PUBLISHED) -> list[dict]:
    return [e for e in _events(text, published) if e["type"] == "policy"]


@pytest.mark.parametrize(
    ("text", "published", "date", "president"),
    [
        (
            "Executive Order 14100 of March 3, 2025 told agencies to buy American drones.",
            "2025-06-01",
            "2025-03-03",
            "Donald Trump",
        ),
        (
            "The new guidance carries out the May 2022 executive order on digital assets.",
            "2022-09-01",
            "2022-05",
            "Joe Biden",
        ),
    ],
)
def test_a_dated_executive_order_is_signed_by_the_sitting_president(
    text, published, date, president
):
    found = [e for e in _policies(text, published) if e["date"] == date]
    assert found and president in _names(found[0]), _events(text, published)


def test_the_order_is_also_the_administration_the_article_names():
    text = (
        "The Trump Administration has taken many steps on drones. The rule builds on the "
        "April 2025 executive order on airspace."
    )
    found = [e for e in _policies(text, "2025-09-01") if e["date"] == "2025-04"]
    assert found and {"Donald Trump", "Trump administration"} <= _names(found[0]), found


def test_guard_an_order_of_someone_else_gets_no_president():
    text = "The governor's order of June 2025 closed the state parks."
    found = _policies(text, "2025-09-01")
    assert not any("Donald Trump" in _names(e) for e in found), found


def test_guard_an_order_with_its_signer_keeps_the_signer():
    text = "President Joe Biden signed an executive order on chips on Monday."
    found = _policies(text, "2023-03-10")
    assert found and _names(found[0]) == {"Joe Biden"}, found
