"""Extractor 0.12.2 (contracts, partnerships, launches), in our own words.

An award told first by who gave it ("the agency said it has finalized contracts with two
firms") and then by who won it ("Boeing and Northrop have each been awarded …") is one
award, not two. A founding or a start that someone is told or allowed to make ("directed
the Army to establish a task force", "allows any agency to launch pilots") is what the
order says, not a launch that happened.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model


_ROUNDUP = (
    "The Department of Defense awarded 12 contracts Friday, worth $300 million in all. Boeing "
    "won a $120 million contract for helicopter parts. For its part, Lockheed Martin won two "
    "contracts: a $40 million deal for radar spares and a $9 million order for training."
)


@pytest.mark.parametrize(
    "text",
    [
        "The Space Development Agency, part of the U.S. Space Force, said on Friday it has "
        "finalized contracts with two firms for 40 satellites. Boeing and Northrop Grumman "
        "have each been awarded fixed-price contracts to build 20 of them.",
        "The Coast Guard recently awarded three contracts for new patrol boats. The contracts "
        "were awarded to Birdon America of Denver and Metal Shark Boats of Jeanerette.",
    ],
)
def test_an_award_told_by_its_giver_then_by_its_winners_is_one_award(text):
    awards = [e for e in _events(text, "2025-12-19") if e["type"] == "contract"]
    assert len(awards) == 1, awards
    # a roundup's count names no award of its own and swallows none of those it lists
    roundup = [e for e in _events(_ROUNDUP, "2014-05-05") if e["type"] == "contract"]
    assert {"Boeing", "Lockheed Martin"} <= {a["name"] for e in roundup for a in e["actors"]}


@pytest.mark.parametrize(
    "text",
    [
        "Defense Secretary Pete Hegseth said on Thursday that he has directed Army Secretary "
        "Dan Driscoll to formally establish a joint task force to counter small drones.",
        "The new rule allows any Pentagon agency to launch pilot projects without a fresh "
        "competition.",
    ],
)
def test_a_launch_someone_is_told_or_allowed_to_make_is_no_launch(text):
    assert not [e for e in _events(text, "2025-08-28") if e["type"] == "launch"]
    done = _events("The Army established a new drone task force on Thursday.", "2025-08-28")
    assert [e for e in done if e["type"] == "launch"], done


def test_awards_listed_after_a_roundup_of_contracts_to_companies_take_its_day():
    events = _events(
        "The Pentagon awarded defense contracts to companies on Thursday, including one of "
        "$800 million to Northrop Grumman.\n\nSeparately, General Dynamics was awarded a $120 "
        "million fixed-price contract for armored vehicle spares.",
        "2023-06-10",
    )
    awards = {a["name"]: e["date"] for e in events if e["type"] == "contract" for a in e["actors"]}
    assert awards.get("General Dynamics") == "2023-06-08", events
    assert awards.get("Northrop Grumman") == "2023-06-08", events


def test_this_modification_announced_on_a_day_dates_the_award_told_before_it():
    events = _events(
        "Lockheed Martin wins Army rocket contract modification\n\nLockheed Martin has secured "
        "a $150 million contract modification from the U.S. Army for guided rockets. "
        "Announced on May 3, 2024, this cost-plus modification will pay for spare parts and "
        "test gear.",
        "2024-05-06",
    )
    (award,) = [e for e in events if e["type"] == "contract"]
    assert award["date"] == "2024-05-03", events


@pytest.mark.parametrize(
    "text",
    [
        "The Navy praised its partnership with Saronic as a model for working with startups.",
        "The current agreement with Shield AI covers only two Navy squadrons.",
        "The new award is four times the size of its previous agreements with the Air Force.",
    ],
)
def test_a_partnership_already_in_place_named_in_passing_is_no_event(text):
    assert not [e for e in _events(text, "2025-06-01") if e["type"] == "partnership"]
    # one made, or one a product reached users through, is still told
    for told in (
        "Shield AI signed its agreement with the Navy on Monday.",
        "The model reached soldiers through Anthropic's partnership with Palantir.",
    ):
        assert [e for e in _events(told, "2025-06-01") if e["type"] == "partnership"], told


@pytest.mark.parametrize(
    "text",
    [
        "For its Texas launches, Firefly relies on help from the Space Force's range crews.",
        "Blue Origin and SpaceX will split $5 billion in national security launches over the "
        "next five years, the Space Force said on Friday.",
    ],
)
def test_launches_in_the_plural_are_flights_in_general_not_a_launch(text):
    assert not [e for e in _events(text, "2025-04-07") if e["type"] == "launch"]
    one = _events("Firefly unveiled its new Eclipse rocket on Tuesday.", "2025-04-07")
    assert [e for e in one if e["type"] == "launch"], one


def test_a_decision_to_award_told_in_a_dated_report_of_a_lawsuit_is_not_of_that_day():
    events = _events(
        "Oracle confirmed on Monday that it has filed a lawsuit challenging the Navy's "
        "decision to award Boeing a major contract for cargo drones. The Navy awarded Boeing "
        "the contract in March.",
        "2024-05-08",
    )
    awards = [e for e in events if e["type"] == "contract"]
    assert [a["date"] for a in awards] == ["2024-03"], awards
    assert [e["date"] for e in events if e["type"] == "legal"] == ["2024-05-06"], events


@pytest.mark.parametrize(
    "text",
    [
        "Lockheed Martin signed a firm-fixed-price agreement with the Navy for the delivery of "
        "40 radar sets.",
        "The filing outlines a cost-plus-fixed-fee agreement between RTX and the Army for the "
        "delivery of Coyote interceptors.",
    ],
)
def test_an_agreement_with_pricing_terms_is_a_contract(text):
    events = _events(text, "2025-10-08")
    assert [e["type"] for e in events if e["type"] in ("contract", "partnership")] == [
        "contract"
    ], events


@pytest.mark.parametrize(
    "text",
    [
        '"We are excited to collaborate with the Navy on autonomous boats," said Jane Roe, '
        "chief executive of Saronic.",
        '"We are proud to partner with the Air Force on this program," said John Doe, '
        "president of Shield AI.",
    ],
)
def test_a_partnership_told_only_as_a_feeling_is_no_event(text):
    assert not [e for e in _events(text, "2025-03-03") if e["type"] == "partnership"]
    made = _events(
        "Saronic partnered with the Navy on Monday to test autonomous boats.", "2025-03-03"
    )
    assert [e for e in made if e["type"] == "partnership"], made


@pytest.mark.parametrize(
    "text",
    [
        "John Smith, the deputy director of the Defense Innovation Unit, was transferred to a "
        "new post at the Pentagon.",
        "The Navy transferred its program manager, Jane Roe, to the Office of Naval Research.",
    ],
)
def test_a_person_transferred_is_no_partnership(text):
    assert not [e for e in _events(text, "2025-03-03") if e["type"] == "partnership"]


def test_bringing_something_into_compliance_is_no_partnership():
    events = _events(
        "Lockheed Martin brought the Navy's radar network into compliance with new cyber rules "
        "last year.",
        "2025-03-03",
    )
    assert not [e for e in events if e["type"] == "partnership"], events
    onto_network = _events("xAI brought Grok to the Pentagon's classified network.", "2025-03-03")
    assert [e for e in onto_network if e["type"] == "partnership"], onto_network


def test_a_company_described_as_a_partnership_of_others_is_no_event():
    events = _events(
        "The rival launcher, United Launch Alliance, which is a partnership of Boeing and "
        "Lockheed Martin, won the award in 2014.",
        "2018-12-24",
    )
    assert not [e for e in events if e["type"] == "partnership"], events


@pytest.mark.parametrize(
    "text",
    [
        "Anduril was about to sign a deal with the Army on Friday when talks stalled.",
        "The rebels said on Monday that their drones were about to be launched at a Navy ship.",
    ],
)
def test_what_was_about_to_happen_did_not_happen(text):
    events = _events(text, "2024-01-18")
    assert not [e for e in events if e["type"] in ("partnership", "contract", "launch")], events
