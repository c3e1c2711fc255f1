"""Extractor rules of helper dem (issue 14: the demo's rows must not contradict their own
evidence), in our own words.

A person named only as a company's owner ("Jeff Bezos's Blue Origin") is no party to what
the company does. A product is what is launched, deployed or used, never the one who acts
or the one acted on. An indefinite noun as the subject of a modal or of a copula with an
adjective ("what a ban would mean", "a narrow ban is different from a broad one") speaks
of such a thing in general. A verb after the closing comma of a relative clause ("X, who
…, announced") is X's, even where the small model hangs it inside the clause.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _events, _of_type

pytestmark = pytest.mark.model

PUBLISHED = "2026-03-10"


@pytest.mark.parametrize(
    "text",
    [
        "The Navy on Monday announced contracts with Saronic, Anduril and Jeff Bezos’s "
        "Blue Origin, each worth up to $90 million.",
        "The Air Force on Monday awarded contracts to Boeing, Lockheed Martin and Elon "
        "Musk’s SpaceX worth up to $300 million in total.",
    ],
)
def test_an_owner_named_in_the_possessive_is_no_party(text):
    contracts = _of_type(text, "contract", PUBLISHED)
    assert contracts, _events(text, PUBLISHED)
    names = set().union(*(_actors(e) for e in contracts))
    assert not names & {"Jeff Bezos", "Elon Musk"}, contracts


def test_an_owner_who_also_acts_stays():
    # guard (before and after): the owner named as the speaker is a party
    text = "Elon Musk said on Monday that his company had signed a deal with the Army."
    evs = _events(text, PUBLISHED)
    assert any("Elon Musk" in _actors(e) for e in evs), evs


def _roles(event: dict) -> dict[str, str]:
    return {a["name"]: a["role"] for a in event["actors"]}


def test_a_product_is_never_the_agent_of_a_launch():
    text = (
        "Google’s Gemini for Government was the first model when GenAI.mil launched in "
        "December, officials said."
    )
    launches = _of_type(text, "launch", PUBLISHED)
    assert launches, _events(text, PUBLISHED)
    for e in launches:
        assert _roles(e).get("Gemini for Government") != "agent", e


def test_a_product_used_in_a_raid_is_not_its_target():
    text = "Officials said Claude was used during the January raid in Caracas."
    ops = _of_type(text, "operation", PUBLISHED)
    for e in ops:
        roles = _roles(e)
        assert roles.get("Claude") != "target" and roles.get("Anthropic") != "target", e


@pytest.mark.parametrize(
    "text",
    [
        "Suppliers are now working out what a Claude ban would mean for their programs.",
        "A narrow ban on Claude in weapons systems is very different from a broad bar on "
        "working with the company, lawyers said.",
    ],
)
def test_a_ban_spoken_of_in_general_is_no_policy(text):
    assert not _of_type(text, "policy", PUBLISHED), _events(text, PUBLISHED)


def test_a_ban_that_was_imposed_stays():
    # guard (before and after): a definite ban that happened is a policy
    text = "The Pentagon imposed a ban on Claude in weapons systems on Friday."
    assert _of_type(text, "policy", PUBLISHED), _events(text, PUBLISHED)


def test_the_verb_after_a_relative_clause_is_the_subjects():
    text = (
        "Defense Secretary Pete Hegseth, who has called himself secretary of war since "
        "President Trump’s September order restoring the old name, announced the platform "
        "in a speech to troops."
    )
    evs = [e for e in _events(text, PUBLISHED) if e["trigger"] == "announced"]
    assert evs, _events(text, PUBLISHED)
    for e in evs:
        assert "Donald Trump" not in _actors(e) and "Pete Hegseth" in _actors(e), e


def test_a_relative_clause_parsed_right_is_left_alone():
    # guard (before and after): the subject keeps its verb
    text = "Navy Secretary John Phelan, who took office in March, announced the program on Monday."
    evs = [e for e in _events(text, PUBLISHED) if e["trigger"] == "announced"]
    assert evs and all("John Phelan" in _actors(e) for e in evs), _events(text, PUBLISHED)


def test_a_date_on_the_decision_noun_dates_the_act_decided():
    text = (
        "The Navy’s decision on Tuesday to award contracts worth up to $50 million each to "
        "Saronic and Anduril surprised analysts."
    )
    contracts = _of_type(text, "contract", "2026-03-12")
    assert [e["date"] for e in contracts] == ["2026-03-10"], _events(text, "2026-03-12")


def test_a_date_of_the_main_clause_does_not_date_the_decision():
    # guard (before and after): "drew criticism on Tuesday" is not when it was decided
    text = (
        "The Navy’s decision to award a $50 million contract to Saronic drew criticism on Tuesday."
    )
    for e in _of_type(text, "contract", "2026-03-12"):
        assert e["date"] != "2026-03-10", e
