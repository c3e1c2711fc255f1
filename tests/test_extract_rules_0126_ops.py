"""Extractor 0.12.6 (helper ops): operations, designations, legal steps and policy, in our
own words.

A list of companies a government body publishes or updates designates them; "filed two
lawsuits" is two filings; a court the model cannot name rules on the organisations its
finding names; a plan set off by a comma before its participle ('the agency's "Plan,"
unveiled in May') is the owner's policy; a bill released by lawmakers is a policy, not a
launch, and so is a draft they release; "would have imposed" tells what did not happen; "the downing of a jet" is an
operation; "the Pentagon's January 2024 guidance" is a policy of its own; strikes labelled
an act of terror are no one designated.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _events, _of_type

pytestmark = pytest.mark.model

PUBLISHED = "2025-09-12"


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon on Tuesday released an updated list of Chinese firms tied to the "
        "country's armed forces.",
        "The Department of Defense first published the 1260H List in 2021 with dozens of "
        "names on it.",
    ],
)
def test_a_list_of_companies_published_is_a_designation(text):
    found = _of_type(text, "designation", PUBLISHED)
    assert found, _events(text, PUBLISHED)
    assert "U.S. Department of Defense" in _actors(found[0]), found


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon did not issue an updated list of Chinese firms in 2023.",
        "The agency posted a list of approved vendors on Monday.",
    ],
)
def test_a_list_not_published_or_of_vendors_is_no_designation(text):
    assert not _of_type(text, "designation", PUBLISHED), _events(text, PUBLISHED)


def test_two_lawsuits_filed_are_two_legal_steps():
    text = "Palantir filed two lawsuits against the U.S. Army on Wednesday over the award."
    found = _of_type(text, "legal", PUBLISHED)
    assert len(found) == 2, _events(text, PUBLISHED)
    assert all(e["date"] == "2025-09-10" for e in found), found


def test_the_two_lawsuits_told_again_are_not_split():
    text = "Palantir filed a lawsuit against the U.S. Army on Wednesday over the award."
    assert len(_of_type(text, "legal", PUBLISHED)) == 1, _events(text, PUBLISHED)


def test_a_court_ruling_names_the_parties_of_its_finding():
    text = (
        "A federal appeals court ruled on Monday that the Pentagon may keep Anthropic off "
        "its vendor rolls while the case goes on."
    )
    found = _of_type(text, "legal", PUBLISHED)
    assert found, _events(text, PUBLISHED)
    assert {"U.S. Department of Defense", "Anthropic"} <= _actors(found[0]), found
    assert found[0]["date"] == "2025-09-08", found


def test_a_quoted_plan_set_off_by_a_comma_is_its_owners_policy():
    text = (
        'The award is one piece of the GSA\'s "Buy Smart Plan," unveiled in May 2025, '
        "which seeks to cut software costs across agencies."
    )
    found = _of_type(text, "policy", PUBLISHED)
    assert found, _events(text, PUBLISHED)
    assert "General Services Administration" in _actors(found[0]), found
    assert found[0]["date"] == "2025-05", found


def test_a_bill_released_by_lawmakers_is_a_policy():
    text = (
        "Critics attacked a draft bill released Tuesday by Representatives Ted Lieu and "
        "Darrell Issa."
    )
    assert _of_type(text, "policy", PUBLISHED), _events(text, PUBLISHED)
    assert not _of_type(text, "launch", PUBLISHED), _events(text, PUBLISHED)


def test_what_would_have_been_imposed_did_not_happen():
    text = "The Senate version of the measure would have imposed a five-year freeze on state rules."
    assert not _of_type(text, "policy", PUBLISHED), _events(text, PUBLISHED)


def test_the_downing_of_a_jet_is_an_operation():
    text = "The Houthis claimed credit for the downing of a U.S. Air Force drone over Yemen."
    found = _of_type(text, "operation", PUBLISHED)
    assert found, _events(text, PUBLISHED)
    assert {"Houthis", "U.S. Air Force"} <= _actors(found[0]), found


def test_an_owned_and_dated_guidance_is_a_policy():
    text = "The new rule builds on the Pentagon's January 2024 guidance on buying drones."
    found = _of_type(text, "policy", PUBLISHED)
    assert found, _events(text, PUBLISHED)
    assert found[0]["date"] == "2024-01", found


def test_an_attack_labelled_terrorism_is_no_designation():
    text = "Moscow reported raids on three airfields and labelled the strikes an act of terror."
    assert not _of_type(text, "designation", PUBLISHED), _events(text, PUBLISHED)


def test_a_draft_released_by_lawmakers_is_a_policy():
    text = "Senators Todd Young and Gary Peters released a discussion draft on Tuesday."
    found = _of_type(text, "policy", PUBLISHED)
    assert found, _events(text, PUBLISHED)
    assert found[0]["date"] == "2025-09-09", found
