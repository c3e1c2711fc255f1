"""Event rules of extractor 0.11.0 (issue 14), each on fixtures written in our own words:
what real articles showed the rules of 0.10.0 missing or mistyping."""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _events, _of_type

pytestmark = pytest.mark.model


def test_a_document_with_a_day_of_its_own_was_issued_that_day():
    text = (
        "Pete Hegseth issued a memo on software buying this month. "
        "The March 2 memo directs every military service to use a faster purchasing route."
    )
    policies = [e for e in _of_type(text, "policy") if e["date"] == "2026-03-02"]
    assert policies, _events(text)
    assert "Pete Hegseth" in _actors(policies[0])


def test_a_document_without_a_day_of_its_own_still_only_says_what_it_says():
    text = (
        "Pete Hegseth issued a memo on software buying on Monday. "
        "The memo directs every military service to use a faster purchasing route."
    )
    policies = _of_type(text, "policy")
    assert [e["date"] for e in policies] == ["2026-03-09"], policies


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Defense Secretary Pete Hegseth cautioned on Monday that rivals are closing the gap.",
            "2026-03-09",
        ),
        (
            "Pete Hegseth emphasized on Monday that the department will keep its AI program.",
            "2026-03-09",
        ),
    ],
)
def test_cautioning_and_emphasising_on_a_day_are_statements(text, date):
    statements = _of_type(text, "statement")
    assert [e["date"] for e in statements] == [date], _events(text)


def test_emphasising_with_no_day_only_colours_the_story():
    text = "Pete Hegseth emphasized that the department will keep its AI program."
    assert not _of_type(text, "statement"), _events(text)


def test_a_letter_confirming_a_designation_is_the_designation_on_the_day_it_came():
    text = (
        "On Monday, Anthropic received a letter from the Pentagon confirming that the "
        "company has been designated a supply chain risk."
    )
    events = _events(text)
    designations = _of_type(text, "designation")
    assert len(designations) == 1, events
    assert designations[0]["date"] == "2026-03-09"
    assert {"Anthropic", "U.S. Department of Defense"} <= _actors(designations[0])
    assert not _of_type(text, "statement"), events


def test_a_letter_about_something_else_is_still_a_statement():
    text = (
        "On Monday, Senator Elizabeth Warren sent a letter to Pete Hegseth criticizing "
        "the department's dealings with Anthropic."
    )
    assert not _of_type(text, "designation"), _events(text)


@pytest.mark.parametrize(
    ("text", "actor", "date"),
    [
        ("Founded in 2017, Anduril builds autonomous drones for the Army.", "Anduril", "2017"),
        (
            "Formed by Elon Musk in 2023, xAI sells its chatbot to federal agencies.",
            "xAI",
            "2023",
        ),
    ],
)
def test_a_participle_opening_the_sentence_founds_the_main_subject(text, actor, date):
    launches = _of_type(text, "launch")
    assert [e["date"] for e in launches] == [date], _events(text)
    assert actor in _actors(launches[0])


def test_a_participle_opening_the_sentence_about_a_report_founds_nothing():
    text = "Released in 2024, the report found gaps in the Army's drone defenses."
    assert not _of_type(text, "launch"), _events(text)


def test_a_tool_made_available_is_launched():
    text = "Soldiers now use GenAI.mil, a chatbot the Pentagon made available last month."
    launches = _of_type(text, "launch")
    assert [e["date"] for e in launches] == ["2026-02"], _events(text)


def test_a_pronoun_in_an_opening_clause_names_the_main_subject():
    text = "After it won an Army contract in May, Anduril hired 500 engineers."
    contracts = _of_type(text, "contract", published="2025-08-01")
    assert contracts and "Anduril" in _actors(contracts[0]), _events(text, "2025-08-01")


def test_an_appeals_court_rejecting_a_motion_has_ruled():
    text = "A federal appeals court rejected Anthropic's emergency motion on Monday."
    legal = _of_type(text, "legal")
    assert [e["date"] for e in legal] == ["2026-03-09"], _events(text)
    assert "Anthropic" in _actors(legal[0])


def test_a_company_rejecting_a_request_is_negotiating_not_in_court():
    text = "Anthropic rejected the Pentagon's request on Monday."
    assert not _of_type(text, "legal"), _events(text)
    assert _of_type(text, "negotiation"), _events(text)


def test_a_company_dropping_its_lawsuit_takes_a_step_in_court():
    text = "SpaceX sued the Air Force in 2014. SpaceX dropped the lawsuit in 2015."
    legal = _of_type(text, "legal")
    assert sorted(e["date"] for e in legal) == ["2014", "2015"], _events(text)
    assert all("SpaceX" in _actors(e) for e in legal)


def test_an_accord_signed_is_a_partnership_but_ones_own_accord_is_not():
    signed = "Palantir on Monday signed an accord with Shield AI to build autonomy software."
    partnerships = _of_type(signed, "partnership")
    assert partnerships and {"Palantir", "Shield AI"} <= _actors(partnerships[0])
    own = "The Navy secretary resigned of his own accord on Monday."
    assert not _of_type(own, "partnership"), _events(own)


def test_a_dispute_between_two_parties_is_a_step_of_their_negotiation():
    text = "The designation follows a months-long dispute between the Pentagon and Anthropic."
    negotiations = _of_type(text, "negotiation")
    assert negotiations, _events(text)
    assert {"U.S. Department of Defense", "Anthropic"} <= _actors(negotiations[0])


def test_disputes_in_general_are_no_negotiation():
    text = "Contract disputes slow down the Army's purchases of drones."
    assert not _of_type(text, "negotiation"), _events(text)


def test_a_satellite_launched_aboard_a_rocket_is_a_launch_flown_by_its_maker():
    text = "The Space Force's newest satellite launched aboard a SpaceX Falcon 9 rocket in May."
    operations = _of_type(text, "operation", published="2025-08-01")
    assert [e["date"] for e in operations] == ["2025-05"], _events(text, "2025-08-01")
    assert "SpaceX" in _actors(operations[0])
    assert not _of_type(text, "launch", published="2025-08-01")


def test_a_product_launched_on_a_platform_stays_a_launch():
    text = "OpenAI launched a new chatbot on GenAI.mil in May."
    assert _of_type(text, "launch", published="2025-08-01"), _events(text, "2025-08-01")


def test_a_penalty_told_to_its_target_on_a_condition_is_an_ultimatum():
    text = (
        "On Monday, Pete Hegseth informed Anthropic that he would declare the company a "
        "supply chain risk if it does not comply."
    )
    ultimatums = _of_type(text, "ultimatum")
    assert [e["date"] for e in ultimatums] == ["2026-03-09"], _events(text)
    assert {"Pete Hegseth", "Anthropic"} <= _actors(ultimatums[0])
    assert not _of_type(text, "designation"), _events(text)


def test_being_informed_of_a_firing_is_no_statement():
    text = "Senior officers were informed on Monday of the firing of the agency's director."
    assert not _of_type(text, "statement"), _events(text)


def test_a_meeting_where_an_ultimatum_was_delivered_names_who_met():
    text = (
        "The ultimatum was delivered during a tense meeting on Monday, where Pete Hegseth "
        "told Dario Amodei that the Pentagon would cut ties with Anthropic."
    )
    events = _events(text)
    meetings = _of_type(text, "meeting")
    assert meetings and {"Pete Hegseth", "Dario Amodei"} <= _actors(meetings[0]), events
    ultimatums = _of_type(text, "ultimatum")
    assert ultimatums and "Pete Hegseth" in _actors(ultimatums[0]), events
    assert not _of_type(text, "policy"), events  # the threatened cut has not happened


def test_a_headline_deal_struck_is_read_whatever_the_tags():
    text = "OpenAI strikes deal with Pentagon hours after Trump administration bans Anthropic"
    partnerships = _of_type(text, "partnership")
    assert partnerships, _events(text)
    assert {"OpenAI", "U.S. Department of Defense"} <= _actors(partnerships[0])


def test_an_award_announced_on_a_day_is_dated_by_the_announcement():
    text = (
        "OpenAI has secured a $200 million contract with the Defense Department. "
        "The Pentagon announced on Monday that this contract covers prototype AI tools."
    )
    contracts = _of_type(text, "contract")
    assert [e["date"] for e in contracts] == ["2026-03-09"], _events(text)
    assert {"OpenAI", "U.S. Department of Defense"} <= _actors(contracts[0])


def test_a_person_announced_as_the_nominee_is_a_personnel_move():
    text = (
        "Jane Okafor, who was announced as the nominee for the post in January, waits for a vote."
    )
    personnel = _of_type(text, "personnel")
    assert [e["date"] for e in personnel] == ["2026-01"], _events(text)
    assert not _of_type(text, "statement"), _events(text)


def test_rules_adopted_and_updated_on_their_own_dates_are_two_policies():
    text = (
        "The Defense Department adopted ethical AI principles in 2020 and updated its "
        "policy on autonomous weapons in 2023."
    )
    policies = _of_type(text, "policy")
    assert sorted(e["date"] for e in policies) == ["2020", "2023"], _events(text)
    assert all("U.S. Department of Defense" in _actors(e) for e in policies)


def test_a_forecast_updated_is_no_policy():
    text = "Lockheed Martin updated its sales forecast on Monday."
    assert not _of_type(text, "policy"), _events(text)


def test_a_gerund_opening_the_sentence_is_done_by_the_main_subject():
    text = "Months after securing $1.5 billion in new funding, Anduril opened a plant in Ohio."
    funding = _of_type(text, "funding")
    assert funding and "Anduril" in _actors(funding[0]), _events(text)


def test_contracts_finalized_for_building_things_are_awards():
    text = (
        "On Monday the Space Development Agency finalized contracts with four companies "
        "for the construction of 72 satellites."
    )
    assert _of_type(text, "contract"), _events(text)
    assert not _of_type(text, "partnership"), _events(text)


def test_a_contract_signed_to_use_a_model_is_still_terms_of_use():
    text = "xAI signed a contract on Monday to let the Pentagon use Grok in classified systems."
    assert _of_type(text, "partnership"), _events(text)


def test_a_dated_revocation_is_a_policy_but_a_call_for_repeal_is_not():
    text = "The White House cited the January 2025 revocation of President Joe Biden's AI order."
    policies = _of_type(text, "policy")
    assert [e["date"] for e in policies] == ["2025-01"], _events(text)
    called = "Lawmakers called for the repeal of the law."
    assert not _of_type(called, "policy"), _events(called)


def test_a_participle_opening_a_passive_sentence_launches_its_subject():
    text = "Launched in 2015, the Defense Innovation Unit was meant to speed up purchases."
    launches = _of_type(text, "launch")
    assert [e["date"] for e in launches] == ["2015"], _events(text)
    assert "Defense Innovation Unit" in _actors(launches[0])


def test_a_company_called_by_its_name_is_that_company():
    text = "A startup called Castelion raised $70 million on Monday."
    funding = _of_type(text, "funding")
    assert funding and "Castelion" in _actors(funding[0]), _events(text)


def test_the_company_paragraphs_later_is_the_only_company_named():
    text = (
        "The Army announced today it has picked Microsoft to build its new headsets.\n"
        "The headsets combine night vision with maps for soldiers.\n"
        "Soldiers will train with them next year, the service said in a statement.\n"
        "The company in 2018 was first awarded a $479 million agreement to build prototypes."
    )
    contracts = [e for e in _of_type(text, "contract") if e["date"] == "2018"]
    assert contracts and "Microsoft" in _actors(contracts[0]), _events(text)
