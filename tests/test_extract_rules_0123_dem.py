"""Extractor 0.12.3: the type, date and actors of an event agree with its own sentence.

Constructions any outlet writes, in our own words:
- "X was one of N firms to win contracts", "X was among N firms that won": X is an awardee.
- "X is busy: it won a contract": after a colon, "it" is the subject of the clause before.
- "the company" names the one company its own sentence named before it.
- "a contract that the company disclosed": who makes an award public is a party to it;
  "disclosed an award in April" is that award, not a statement.
- "Y, the network launched in October": the participle dates Y, not the sentence's event.
- "Since then, X has rolled out Y": a single act done after the time named before, undated.
- "A would join B's product on C's systems": B is a fellow product's maker, not a partner.
- "the step the secretary announced on March 3" retells an act; it is no statement.
- "X won a contract, and its drones fly through a partnership with Y": "its" is X.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _events, _of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Shield AI was one of three startups to win Navy contracts worth up to $90 million "
        "last month.",
        "Shield AI was among five companies that won Army contracts worth $50 million in March.",
        "Shield AI was one of five companies that won Army contracts in March.",
    ],
)
def test_a_member_of_the_winning_group_is_an_awardee(text):
    contracts = _of_type(text, "contract", published="2025-08-20")
    assert contracts, "the contract is found"
    assert "Shield AI" in _actors(contracts[0]), contracts


def test_it_after_a_colon_is_the_subject_before_the_colon():
    text = (
        "Reporters asked about Palantir on Monday. Analysts noted that the firm is a big "
        "contractor: it won an Army contract worth $80 million in May."
    )
    contracts = _of_type(text, "contract", published="2025-08-20")
    assert contracts, "the contract is found"
    assert "Palantir" in _actors(contracts[0]), contracts


def test_a_contract_the_company_disclosed_is_that_company_s():
    text = (
        "Shield AI sells drones to the Navy. The order extends Anduril's earlier work with "
        "the Army, including a $90 million contract from the Army that the company disclosed "
        "in May, before the service announced similar awards to Palantir and Saronic."
    )
    events = _events(text, published="2025-09-10")
    contracts = [e for e in events if e["type"] == "contract"]
    own = [e for e in contracts if "Anduril" in _actors(e)]
    assert own and own[0]["date"] == "2025-05", contracts
    others = [e for e in contracts if "Palantir" in _actors(e)]
    assert all(e["date"] != "2025-05" for e in others), others


def test_an_award_disclosed_by_a_firm_is_a_contract_not_a_statement():
    text = "Saronic had already disclosed an award in April."
    events = _events(text, published="2025-09-10")
    assert [e["type"] for e in events] == ["contract"], events
    assert "Saronic" in _actors(events[0]), events


def test_a_participle_on_an_appositive_dates_the_name_only():
    text = (
        "Army officials said the version of Claude deployed for the service would be separate "
        "from the public product and would be used for targeting work on the Maven Smart "
        "System, the platform launched in 2017."
    )
    events = _events(text, published="2026-01-20")
    partnerships = [e for e in events if e["type"] == "partnership"]
    assert partnerships, "the deployment is found"
    assert all(e["date"] != "2017" for e in partnerships), events


def test_since_then_does_not_date_a_single_act():
    text = (
        "The Navy picked three drone makers in March. Since then, the service has rolled out "
        "Overmatch with Anduril's Lattice."
    )
    launches = _of_type(text, "launch", published="2025-11-10")
    assert launches, "the roll-out is found"
    assert launches[0]["date"] is None, launches


def test_since_then_still_dates_what_goes_on_from_then():
    text = (
        "The Houthis began attacking ships in November. Since then, the Houthis have fired on "
        "commercial vessels in the Red Sea."
    )
    operations = _of_type(text, "operation", published="2024-03-10")
    assert operations and operations[0]["date"] == "2023-11", operations


def test_a_product_joined_on_a_host_brings_no_partner():
    text = (
        "Speaking at Fort Bragg on Jan. 12, Driscoll said Claude would join Google's Gemini on "
        "the Army's systems."
    )
    partnerships = _of_type(text, "partnership", published="2026-01-14")
    assert partnerships, "the partnership is found"
    assert not {"Google", "Gemini"} & _actors(partnerships[0]), partnerships
    assert {"Anthropic", "U.S. Army"} <= _actors(partnerships[0]), partnerships


def test_the_step_someone_announced_is_no_statement():
    text = "The Army had warned Saronic for weeks. The letter formalizes the move Driscoll announced on March 3."
    events = _events(text, published="2026-03-10")
    assert not [e for e in events if e["trigger"] == "announced"], events


def test_its_in_a_joined_clause_is_the_subject_before():
    text = (
        "Saronic builds boats. The company won a Navy contract last month, and its boats "
        "already sail through a partnership with Palantir and Anduril."
    )
    partnerships = _of_type(text, "partnership", published="2025-08-20")
    assert partnerships, "the partnership is found"
    assert "Saronic" in _actors(partnerships[0]), partnerships


def test_its_dispute_in_a_joined_clause_is_the_subject_s():
    text = (
        "Anduril, whose drones fly on the Army's bases, sought two changes, and its dispute "
        "with the Army escalated into a threat to cancel the program."
    )
    talks = _of_type(text, "negotiation", published="2026-02-20")
    assert talks, "the dispute is found"
    assert "Anduril" in _actors(talks[0]), talks
