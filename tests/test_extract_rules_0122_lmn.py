"""Extractor 0.12.2 (helper lmn): meetings, hearings and court steps, in our own words.

A hearing is a gathering of lawmakers in itself: "told the committee at a hearing on
Thursday" and "said at his confirmation hearing" tell that a hearing took place, unlike "at
a meeting with employees", where the meeting is only the venue of an announcement.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "actor", "date"),
    [
        (
            "The admiral told the Senate Armed Services Committee at a hearing on Thursday that "
            "the fleet was too small.",
            "Senate Armed Services Committee",
            "2024-05-09",
        ),
        (
            "Lloyd Austin said at his confirmation hearing that he would lean on civilian "
            "advisers.",
            "Lloyd Austin",
            None,
        ),
    ],
)
def test_a_hearing_named_as_where_something_was_said_is_a_meeting(text, actor, date):
    meetings = [e for e in _events(text, "2024-05-10") if e["type"] == "meeting"]
    assert meetings, text
    assert any(actor in {a["name"] for a in e["actors"]} for e in meetings)
    assert meetings[0]["date"] == date


@pytest.mark.parametrize(
    "text",
    [
        "The ban came after Anthropic's refusal to allow the Army to run its model in drones.",
        "Anthropic refused to let the Pentagon run Claude on every classified mission.",
        "Anthropic refused to give the Air Force full access to its newest model.",
    ],
)
def test_a_refusal_to_comply_is_a_step_of_a_negotiation(text):
    assert any(e["type"] == "negotiation" for e in _events(text)), text


def test_declining_to_give_details_is_no_negotiation():
    text = "A Boeing spokesman declined to give details about the tanker deal."
    assert not any(e["type"] == "negotiation" for e in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Government Accountability Office rejected Acme Corp.'s challenge to a Navy "
        "repair contract.",
        "Acme Corp. filed a legal challenge to the Air Force award in March.",
    ],
)
def test_a_challenge_filed_or_rejected_is_a_legal_step(text):
    legal = [e for e in _events(text) if e["type"] == "legal"]
    assert legal, text
    assert any("Acme" in {a["name"] for a in e["actors"]} for e in legal)


def test_a_challenge_in_general_is_no_legal_step():
    text = "The biggest challenge facing the Navy is building ships on time."
    assert not any(e["type"] == "legal" for e in _events(text))


def test_a_relative_clause_on_an_apposition_acts_on_the_name_it_describes():
    text = (
        "The Navy struck boats linked to Tren de Aragua, a criminal network that was "
        "designated a terrorist organization by the State Department last year."
    )
    designations = [e for e in _events(text, "2025-09-03") if e["type"] == "designation"]
    assert designations
    assert "Tren de Aragua" in {a["name"] for a in designations[0]["actors"]}


@pytest.mark.parametrize(
    "text",
    [
        "Anduril opened a second plant in Ohio to meet demand from the Army.",
        "The Army met its recruiting goal for the year in August.",
    ],
)
def test_meeting_a_demand_or_a_goal_is_no_meeting(text):
    assert not any(e["type"] == "meeting" for e in _events(text)), text


def test_a_plural_defined_in_general_is_no_event():
    text = "Amicus briefs are filings from outside groups such as Microsoft that back one side."
    assert not any(e["type"] == "legal" for e in _events(text))


def test_talks_that_are_under_way_stay_a_negotiation():
    text = "Talks between the Pentagon and Anthropic are ongoing."
    assert any(e["type"] == "negotiation" for e in _events(text))


def test_conversations_with_a_party_are_talks():
    text = "The Navy has been having conversations with Anduril about a larger drone order."
    assert any(e["type"] == "negotiation" for e in _events(text))


def test_a_conversation_with_reporters_is_no_negotiation():
    text = "In a conversation with reporters, Hegseth said the new deal was nearly done."
    assert not any(e["type"] == "negotiation" for e in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Air Force is close to a deal with Boeing on new tankers.",
        "The Army is nearing an agreement with Anduril on the drone program.",
    ],
)
def test_a_deal_drawing_near_is_a_negotiation(text):
    types = [e["type"] for e in _events(text)]
    assert "negotiation" in types, text
    assert "contract" not in types and "partnership" not in types, text
