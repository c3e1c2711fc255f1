"""Extractor 0.12.7 (helper typ): event types, in our own words.

A program whose name says it is one ("Project Maven", "the Genesis Mission") started by a
government is a policy, not a product launched. A hearing on a nomination is a meeting,
also when the tagger reads "hearing" as a verb. A deal signed to sell to government
agencies is a contract, not terms of use. An order someone says they "would sign" is not
signed yet: the saying is the statement. A thing someone owns that "threatens to" do
harm (a finding, a decision) is a risk, not an ultimatum. "Prompted X to issue a
statement": X put it out.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Project Maven, launched by the Pentagon in 2017, was meant to sort through hours of "
        "drone video.",
        "Researchers have praised the 2025 launch of the Genesis Mission by the Department of "
        "Energy.",
    ],
)
def test_a_named_government_program_started_is_a_policy(text):
    assert not _of_type(text, "launch", "2026-03-12")
    assert _of_type(text, "policy", "2026-03-12")
    platform = "The Pentagon launched GenAI.mil on Tuesday for its staff."
    assert _of_type(platform, "launch", "2026-03-12")  # a platform stays a launch


def test_a_nomination_hearing_read_as_a_verb_is_a_meeting():
    text = (
        "The quick vote came a week after his nomination hearing before the Senate Armed "
        "Services Committee, where Mr. Ruiz answered questions on shipbuilding."
    )
    meetings = _of_type(text, "meeting", "2026-03-12")
    assert meetings and "Senate Armed Services Committee" in _actors(meetings[0]), meetings
    assert not _of_type(text, "personnel", "2026-03-12")


def test_a_deal_to_sell_to_agencies_is_a_contract():
    text = (
        "Harbor Robotics has signed a deal with the General Services Administration to supply "
        "its mapping software to federal agencies."
    )
    assert _of_type(text, "contract", "2026-03-12")
    assert not _of_type(text, "partnership", "2026-03-12")


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon's ruling threatens to cut Harbor Robotics off from its biggest customer.",
        "The Navy's decision threatens to delay the shipyard's expansion by two years.",
    ],
)
def test_a_thing_that_threatens_is_no_ultimatum(text):
    assert not _of_type(text, "ultimatum", "2026-03-12")


def test_an_order_someone_would_sign_is_a_statement():
    text = (
        "President Donald Trump said Tuesday he would sign an executive order to speed up "
        "drone purchases."
    )
    said = _of_type(text, "statement", "2026-03-12")
    assert said and said[0]["date"] == "2026-03-10", said
    assert not _of_type(text, "policy", "2026-03-12")


def test_a_statement_someone_was_prompted_to_release_is_theirs():
    text = (
        "The criticism prompted OpenAI chief executive Sam Altman to issue a statement on Friday."
    )
    said = _of_type(text, "statement", "2026-03-12")
    assert said and "Sam Altman" in _actors(said[0]), said
