"""Extractor 0.12.6 (helper spu): spurious events and wrong types, in our own words.

Constructions of news text that tell no happening of their own (annotation.md, "What is
an event"): a place left rather than a post, a hurry ("scrambling to build"), what a
measure would have done, what weapons are for, a reaction met ("meeting resistance"), a
thing someone was denied, a reason asked ("not clear why"), a reason given ("for refusing
to"), money sought while still in talks or "potentially" so, a risk weighed in a warning
("could result in"), a record held ("the second general to serve as chairman"), a kind
counted ("the fourth such operation"), what people "were going to" do and the purpose of a
strike told beside it. And types: a strike ordered is the operation, an act labelled is no
designation, a draft bill released is a policy step, not a product launch.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model

PUBLISHED = "2026-03-10"


def _types(text: str) -> list[str]:
    return [e["type"] for e in _events(text, PUBLISHED)]


def test_leaving_a_city_is_no_departure():
    text = "Rebel commanders had left Kandahar and moved to safer areas after the warning."
    assert "personnel" not in _types(text)


def test_scrambling_to_build_is_no_operation():
    text = "Canada is scrambling to build its own semiconductor plants."
    assert "operation" not in _types(text)


def test_what_a_measure_would_have_done_is_no_policy():
    text = "The Senate draft would have imposed a five-year pause on state rules."
    assert "policy" not in _types(text)


def test_what_weapons_are_for_is_no_operation():
    text = "Ukrainian officials said they destroyed bombers used to strike their cities."
    assert "operation" not in _types(text)
    text = (
        "Lockheed and Boeing have won awards to keep developing rockets to intercept "
        "glide vehicles, the Pentagon said on Friday."
    )
    assert "operation" not in _types(text)


def test_meeting_resistance_is_no_meeting():
    text = "Senator Jones wants to stop the rule, but he is meeting resistance from his party."
    assert "meeting" not in _types(text)


def test_a_strike_ordered_is_the_operation_not_a_policy():
    text = "The strike, ordered by President Donald Trump, sank the boat and killed three."
    types = _types(text)
    assert "policy" not in types and "operation" in types


def test_what_a_company_was_denied_is_no_statement():
    text = "The new deal keeps the limits OpenAI was denied on Friday."
    assert "statement" not in _types(text)


def test_strikes_labelled_an_act_of_terror_are_no_designation():
    text = 'Moscow confirmed the drone raids and labelled the strikes a "terrorist act."'
    assert "designation" not in _types(text)


def test_a_draft_bill_released_is_a_policy_step():
    text = "Two senators released a 150-page draft bill on Thursday."
    types = _types(text)
    assert "launch" not in types and "policy" in types


def test_asking_why_someone_was_fired_is_no_firing():
    text = "It was not immediately clear why General Moore, who ran the agency, was fired."
    assert "personnel" not in _types(text)


def test_a_refusal_given_as_the_reason_is_no_negotiation_step():
    text = (
        "Trump said on Friday the government was cutting ties with Anthropic for refusing to "
        "grant the Pentagon full access."
    )
    assert "negotiation" not in _types(text)


def test_money_sought_in_talks_or_potentially_is_no_funding():
    text = (
        "Saronic is in discussions to raise $400 million in a new round, potentially valuing "
        "the startup at $4 billion."
    )
    assert "funding" not in _types(text)


def test_the_purpose_of_a_strike_is_that_strike():
    text = (
        "US troops launched a large strike on Panama City early on 20 December 1989 to "
        "capture Manuel Noriega."
    )
    assert _types(text).count("operation") == 1


def test_a_risk_weighed_in_a_warning_is_no_statement():
    text = (
        "Navy program chief Maria Lopez warned that further delays could result in the Navy "
        "dropping the frigate."
    )
    assert "statement" not in _types(text)
    assert "statement" not in _types(
        "Admiral Karen Holt warned that new cuts may lead to fewer ships."
    )


def test_a_record_held_is_no_move():
    text = "Admiral Lee was only the third woman to serve as vice chief."
    assert "personnel" not in _types(text)


def test_a_such_noun_counts_a_kind_told_before():
    text = (
        "The boat strike was the fifth such operation by the U.S. military off Venezuela "
        "since August."
    )
    assert "operation" not in _types(text)


def test_what_people_were_going_to_do_is_no_vote():
    text = "Senator Tillis said many colleagues were going to vote no before the talks began."
    assert "policy" not in _types(text)
