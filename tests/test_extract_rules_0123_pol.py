"""Extractor 0.12.3 (pol): policies and launches, in our own words.

- A government body's initiative or program made public is a policy, as its strategy or
  plan is (the gold mostly says so); a relative clause ("the initiatives the secretary
  announced") makes it public as much as a verb with an object does.
- A participle of making public after its clause ("gave a speech on Monday, unveiling a
  plan") has the clause's subject as its actor.
- A company's initiative told as new, by its name ("its new Acme Cloud initiative", "a new
  initiative called Acme Cloud"), was launched by the company.
- "the Navy's Fleet Plan, an initiative launched in March": a participle of making public
  with no "by" has the owner of the noun (or of the name it stands beside) as its actor.
- "what Congress enacted last year" is a policy; "the $50 million Congress approved last
  year", which the parser hangs on the name, has the name as its actor.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _of_type

pytestmark = pytest.mark.model


def test_government_initiative_unveiled_is_a_policy():
    events = _of_type(
        "The Army unveiled a new initiative on Tuesday to speed up how it buys software.",
        "policy",
        published="2025-06-05",
    )
    assert events, "the initiative is a policy"
    assert "U.S. Army" in _actors(events[0]), events
    assert not _of_type(
        "The Army unveiled a new initiative on Tuesday to speed up how it buys software.",
        "launch",
        published="2025-06-05",
    )


def test_initiatives_announced_in_a_relative_clause_are_a_policy():
    events = _of_type(
        "Several of the new initiatives Hegseth announced on Friday had leaked earlier.",
        "policy",
        published="2025-11-10",
    )
    assert events, "what the secretary announced is a policy"
    assert "Pete Hegseth" in _actors(events[0]), events


def test_trailing_participle_of_unveiling_takes_the_subject():
    events = _of_type(
        "Pete Hegseth gave a speech at a base in Texas on Monday, unveiling a broad "
        "initiative to speed up the adoption of drones.",
        "policy",
        published="2026-01-15",
    )
    assert events, "the unveiled initiative is found with its actor"
    assert "Pete Hegseth" in _actors(events[0]), events
    assert events[0]["date"] == "2026-01-12", events


def test_trailing_participle_of_a_consequence_stays_without_actor():
    # "barring" tells what the designation does: no policy of its own
    events = _of_type(
        "The department formally designated Anthropic a supply chain risk on Thursday, "
        "barring contractors from using its models.",
        "policy",
        published="2026-03-06",
    )
    assert not events, events


@pytest.mark.parametrize(
    "text",
    [
        "OpenAI said the award is part of its new OpenAI for Government initiative, which "
        "serves public agencies.",
        "The deal falls under a new initiative called OpenAI for Government, which sells "
        "tools to agencies.",
    ],
)
def test_company_new_named_initiative_is_a_launch(text: str):
    events = _of_type(text, "launch", published="2025-06-20")
    assert events, "the new initiative was launched"
    assert "OpenAI" in _actors(events[0]), events


def test_initiative_in_general_is_no_launch():
    assert not _of_type(
        "The company runs several AI initiatives with universities.",
        "launch",
        published="2025-06-20",
    )


def test_enacted_by_congress_is_a_policy():
    events = _of_type(
        "The new request is 4% above what Congress enacted last year.",
        "policy",
        published="2023-03-20",
    )
    assert events, "the enacted budget is a policy"
    assert "U.S. Congress" in _actors(events[0]), events
    assert events[0]["date"] == "2022", events


def test_name_before_a_misparsed_past_tense_verb_acts():
    events = _of_type(
        "The agency asked for $90 million, up from the $50 million Congress approved last year.",
        "policy",
        published="2023-03-20",
    )
    assert events, "the approval is found"
    assert "U.S. Congress" in _actors(events[0]), events


def test_plan_launched_by_whose_name_it_stands_beside():
    # the participle has no "by": the owner of the name the initiative stands beside made it
    events = _of_type(
        "The award falls under the Navy’s Rapid Fleet Plan, an initiative launched in March "
        "to buy small drones faster.",
        "policy",
        published="2025-09-26",
    )
    assert events, "the initiative launched is a policy of its owner"
    assert "U.S. Navy" in _actors(events[0]), events
    assert events[0]["date"] == "2025-03", events


def test_new_initiative_of_a_government_program_is_no_launch():
    # Replicator is the Pentagon's program: a government's initiative is no product launch
    assert not _of_type(
        "The drone buy is part of the new Replicator initiative, officials said.",
        "launch",
        published="2023-09-01",
    )
