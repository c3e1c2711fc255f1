"""Extractor 0.12.4 (helper pol): policies, in our own words.

- A clause joined by "and" with a subject of its own has its own mood: "rules cannot
  override the statute, and the Senate rejected the rider" reports the rejection.
- Each chamber passes a bill in its own vote: "passed by the House and the Senate" is one
  legislative step per chamber.
- "rather than restricting", "instead of cancelling": the course not taken is no event.
- "signed a memo ordering the Army to …": the participle tells what the memo orders, one
  policy with the ordered body as a party, not a second one.
- A government body or official that permits or allows another government body to act
  has authorised it ("the president permitted the Navy to strike").
- A capitalised rule word closing a name the tagger cut short ("a Federal Aviation Agency
  Airworthiness Directive") is part of that name, and the name issues nothing.
- "a funding bill he signed last spring": the relative clause's noun is what was signed;
  two verbs of one sentence, each with a date of its own, are two acts.
- A government body or official announcing what it will do ("announced that the secretary
  would review the deal") has decided it: a policy, not a statement (unless the clause is
  a fact, "will span nine years", or another event, "contracts will go to …").
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _events, _of_type

pytestmark = pytest.mark.model


def test_conjoined_clause_with_own_subject_keeps_its_own_mood():
    text = (
        "Agency rules cannot override the statute, and the Senate rejected the same rider "
        "in a 97-2 vote on Tuesday."
    )
    events = _of_type(text, "policy", published="2025-07-03")
    assert [e for e in events if "U.S. Senate" in _actors(e)], _events(text, "2025-07-03")


def test_shared_subject_still_takes_the_modal():
    text = "The Senate could reject the rider and strip the provision next month."
    assert not _of_type(text, "policy", published="2025-07-03"), _events(text, "2025-07-03")


def test_each_chamber_passing_a_bill_is_its_own_step():
    text = (
        "The final package reconciles versions of the measure passed earlier this year by "
        "the House and the Senate."
    )
    events = _of_type(text, "policy", published="2025-11-20")
    actor_sets = [_actors(e) for e in events]
    assert {"U.S. Senate"} in actor_sets and {"U.S. House of Representatives"} in actor_sets, events


def test_rather_than_restricting_is_no_policy():
    text = (
        "The label covers only a few defense contracts rather than broadly restricting the "
        "use of Acme's software."
    )
    assert not _of_type(text, "policy", published="2026-03-02"), _events(text, "2026-03-02")


def test_restricting_without_rather_than_is_still_a_policy_guard():
    text = "On Monday the Pentagon restricted the use of Acme's software across the services."
    assert _of_type(text, "policy", published="2026-03-04"), _events(text, "2026-03-04")


def test_memo_and_its_ordering_participle_are_one_policy():
    text = (
        "Hegseth signed a memo on Tuesday ordering the Navy to trim its staff offices by a "
        "fifth before October."
    )
    events = _of_type(text, "policy", published="2025-05-08")
    assert len(events) == 1, events
    assert {"Pete Hegseth", "U.S. Navy"} <= _actors(events[0]), events


def test_official_permitting_a_government_body_to_act_is_a_policy():
    text = "President Donald Trump last month permitted the Navy to strike smuggling boats."
    events = _of_type(text, "policy", published="2025-10-15")
    assert events, _events(text, "2025-10-15")
    assert {"Donald Trump", "U.S. Navy"} <= _actors(events[0]), events


def test_a_deal_allowing_a_company_is_no_policy_guard():
    text = "The new agreement allows Anduril to sell drones to the Army."
    assert not _of_type(text, "policy", published="2025-10-15"), _events(text, "2025-10-15")


def test_rule_word_closing_an_unknown_name_is_no_policy():
    text = (
        "Lockheed won a $4 million contract to comply with a Federal Aviation Agency "
        "Airworthiness Directive on older tankers."
    )
    assert not _of_type(text, "policy", published="2025-02-11"), _events(text, "2025-02-11")


def test_relative_clause_bill_signed_is_its_own_policy():
    text = (
        "President Trump on Friday signed the defense act into law, which adds to a "
        "funding bill he signed earlier this year."
    )
    events = _of_type(text, "policy", published="2025-12-20")
    dates = {e["date"] for e in events}
    assert {"2025-12-19", "2025"} <= dates, events


@pytest.mark.parametrize(
    "text",
    [
        "The Navy announced last week that its fleet review would include the retirement "
        "of older cruisers.",
        "The Pentagon announced in March that Hegseth would review the cloud deal.",
    ],
)
def test_government_announcing_what_it_will_do_is_a_policy(text):
    events = _events(text, "2025-06-10")
    assert [e for e in events if e["type"] == "policy"], events
    assert not [e for e in events if e["type"] == "statement"], events


@pytest.mark.parametrize(
    "text",
    [
        "The Air Force announced on Monday that the program will span nine years.",
        "The Pentagon announced on Tuesday that $3 billion in contracts will go to three firms.",
    ],
)
def test_announced_fact_or_award_is_no_policy_guard(text):
    assert not _of_type(text, "policy", published="2025-06-10"), _events(text, "2025-06-10")
