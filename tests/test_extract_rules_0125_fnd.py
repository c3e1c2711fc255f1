"""Extractor 0.12.5 (helper fnd): funding, designations and legal steps, in our own words.

A sum judged ("the budget is inadequate") or taken apart ("is comprised of …") is money
described, not money asked for or given. Whoever calls for an increase in a budget is a
party to it. A court that refuses to block a designation leaves it made. Complaining to
the GAO or a court is a filing; complaints received from companies are not. "Relist … as"
is a designation. A petition filed with a court is a legal step, and two filings objects
of one verb ("filed a lawsuit in one court and a petition in another") stay two. Plans
announced to sue or protest are an announcement: nothing is filed yet.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _events, _of_type

pytestmark = pytest.mark.model

PUBLISHED = "2026-03-10"


@pytest.mark.parametrize(
    "text",
    [
        "Senators told the Navy on Monday that its proposed $12 billion budget for frigates "
        "is inadequate.",
        "The $480 billion Pentagon budget is comprised of a base budget of $400 billion and "
        "$80 billion for emergency operations.",
    ],
)
def test_a_sum_judged_or_taken_apart_is_no_funding(text):
    assert not _of_type(text, "funding"), _events(text, PUBLISHED)


def test_who_calls_for_an_increase_in_a_budget_is_its_party():
    text = (
        "President Donald Trump has called for a steep increase in the Army budget, from "
        "$180 billion now to $240 billion by 2028."
    )
    found = _of_type(text, "funding")
    assert found and "Donald Trump" in _actors(found[0]), _events(text, PUBLISHED)


def test_a_designation_a_court_refused_to_block_was_made():
    text = (
        "An appeals court on Monday declined to block the Commerce Department from "
        "blacklisting the drone maker Orbitrix."
    )
    assert _of_type(text, "designation"), _events(text, PUBLISHED)


def test_a_designation_a_court_blocks_is_still_not_one():
    text = "A judge blocked the Commerce Department from blacklisting the drone maker Orbitrix."
    assert not _of_type(text, "designation"), _events(text, PUBLISHED)


def test_complaining_to_the_gao_is_a_filing():
    text = (
        "Orbitrix Systems first complained to the GAO in November after it lost a "
        "logistics award to a rival."
    )
    found = _of_type(text, "legal")
    assert found and found[0]["date"] == "2025-11", _events(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers complained to their officers that the new radio was too heavy.",
        "Donald Trump said he had received complaints from companies about the award.",
    ],
)
def test_grievances_are_no_court_filing(text):
    assert not _of_type(text, "legal"), _events(text, PUBLISHED)


def test_relisting_as_a_terrorist_group_is_a_designation():
    text = (
        "The militia vowed on Monday to keep fighting after the United States' decision to "
        "relist the group as a terrorist organization."
    )
    found = _of_type(text, "designation")
    assert found and "United States" in _actors(found[0]), _events(text, PUBLISHED)


def test_a_petition_to_a_court_is_a_legal_step():
    text = (
        "Orbitrix filed a petition with the U.S. Court of Appeals for the Ninth Circuit on Friday."
    )
    assert _of_type(text, "legal") and not _of_type(text, "statement"), _events(text, PUBLISHED)


def test_two_filings_of_one_verb_stay_two():
    text = (
        "On Friday, Orbitrix filed a civil complaint in the U.S. District Court for the "
        "District of Columbia and a petition for review in the U.S. Court of Appeals for the "
        "D.C. Circuit."
    )
    assert len(_of_type(text, "legal")) == 2, _events(text, PUBLISHED)


def test_plans_announced_to_sue_are_a_statement_not_a_filing():
    text = "Orbitrix announced plans to sue the Navy over the award last week."
    assert not _of_type(text, "legal") and _of_type(text, "statement"), _events(text, PUBLISHED)
