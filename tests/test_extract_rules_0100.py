"""Event rules of extractor 0.10.0 (issue 14), each on fixtures written in our own words:
what the demo's timeline showed that its own evidence sentence contradicts."""

from __future__ import annotations

import pytest

from extract import get_extractor
from tests.test_extract_rules_090 import PUBLISHED, _actors, _events, _of_type

pytestmark = pytest.mark.model


def test_a_place_before_a_comma_is_not_the_employer_of_the_person_after_it():
    text = (
        "Pete Hegseth met Dario Amodei at the Pentagon on Monday. "
        "In a January speech at SpaceX, Hegseth criticised cautious AI vendors."
    )
    meetings = _of_type(text, "meeting")
    assert meetings and "SpaceX" not in _actors(meetings[0]), meetings


def test_a_title_before_a_comma_still_ties_the_person_to_the_company():
    text = "Anthropic's chief executive, Dario Amodei, met Pete Hegseth on Monday."
    meetings = _of_type(text, "meeting")
    assert meetings and "Anthropic" in _actors(meetings[0]), meetings


def test_a_deadline_set_at_a_meeting_is_dated_by_the_meeting_and_binds_its_subject():
    text = (
        "Pete Hegseth set a Friday deadline for Anthropic to accept the terms at "
        "Monday's meeting with the company's chief executive."
    )
    ultimatums = _of_type(text, "ultimatum")
    assert ultimatums, _events(text)
    assert ultimatums[0]["date"] == "2026-03-09"
    assert {"Pete Hegseth", "Anthropic"} <= _actors(ultimatums[0])


def test_a_model_hosted_on_a_network_is_no_meeting():
    text = (
        "Palantir built Claude into its tools, and Amazon Web Services hosts it on secret networks."
    )
    assert not _of_type(text, "meeting"), _events(text)


def test_a_person_hosted_is_still_a_meeting():
    text = "Pete Hegseth hosted Dario Amodei at the Pentagon on Monday."
    assert _of_type(text, "meeting"), _events(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Anthropic says it is willing to loosen most restrictions on the military.", "policy"),
        (
            "The Pentagon is considering ending its contract with Anthropic and labeling "
            "Anthropic a supply chain risk.",
            "designation",
        ),
    ],
)
def test_what_someone_is_willing_or_weighing_to_do_has_not_happened(text, etype):
    assert not _of_type(text, etype), _events(text)


def test_a_link_to_another_story_tells_no_event_but_names_its_entities():
    text = "The Army signed the deal.\nAlso read: OpenAI launches a new model for GenAI.mil\nMore."
    result = get_extractor().extract_one({"id": 1, "published": PUBLISHED, "text": text})
    assert not [e for e in result["events"] if e["type"] == "launch"], result["events"]
    assert "GenAI.mil" in {e["name"] for e in result["entities"]}


def test_a_plan_released_is_a_policy_not_a_launch():
    text = "Agencies must follow the White House's AI Action Plan, released in July."
    events = _events(text)
    assert not [e for e in events if e["type"] == "launch"], events
    assert [e for e in events if e["type"] == "policy" and e["date"] == "2025-07"], events


def test_a_passive_agent_is_no_due_date():
    # "by OpenAI on Monday": the Monday before publication, not the next one
    text = "The new model, released by OpenAI on Monday, answers in under a second."
    launches = _of_type(text, "launch")
    assert launches and launches[0]["date"] == "2026-03-09", launches


def test_what_came_before_a_saying_does_not_take_its_date():
    text = (
        "Pete Hegseth said on Friday that he was designating Anthropic a supply chain risk, "
        "after the company refused to accept the Pentagon's terms."
    )
    events = _events(text)
    assert [e for e in events if e["type"] == "designation" and e["date"] == "2026-03-06"], events
    assert all(e["date"] is None for e in events if e["type"] == "negotiation"), events


def test_limits_a_company_places_on_use_are_no_designation():
    text = "Officials objected to the limits Anthropic places on military use of its models."
    assert not _of_type(text, "designation"), _events(text)


def test_a_company_placed_on_a_list_is_still_designated():
    text = "The Commerce Department placed Huawei on the Entity List on Monday."
    assert _of_type(text, "designation"), _events(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "The Pentagon wants every model cleared for lawful use without Anthropic approving "
            "individual uses.",
            "policy",
        ),
        ("Officials said the limits would not affect any current military operation.", "operation"),
        (
            "Army leaders argue that a single agreement gives the government a clearer view of "
            "its software.",
            "partnership",
        ),
        (
            "The headset, shown at the Association of the U.S. Army's annual meeting, pairs "
            "sensors with a display.",
            "meeting",
        ),
    ],
)
def test_what_did_not_happen_or_is_any_such_thing_is_no_event(text, etype):
    assert not _of_type(text, etype), _events(text)


def test_a_named_agreement_told_in_the_present_is_still_one():
    text = (
        "A new agreement between OpenAI and the Pentagon gives the military access to its models."
    )
    assert _of_type(text, "partnership"), _events(text)


def test_a_plan_with_no_day_is_no_event_but_one_with_a_day_is():
    text = "A Senate aide said members would press for details at hearings later this month."
    assert not _of_type(text, "meeting", "2026-02-20"), _events(text, "2026-02-20")
    text = "The Senate will hold a hearing on the designation next Tuesday."
    assert [e for e in _of_type(text, "meeting") if e["date"] == "2026-03-17"], _events(text)


def test_a_short_company_name_is_the_company_only_when_capitalised():
    text = (
        "Scale AI won an Army contract on Monday. Scale later released Defense Llama, a model "
        "for planners, and the scale of its work grew."
    )
    result = get_extractor().extract_one({"id": 1, "published": PUBLISHED, "text": text})
    scale = next(e for e in result["entities"] if e["name"] == "Scale AI")
    assert [m["text"] for m in scale["mentions"]] == ["Scale AI", "Scale"]
    launches = [e for e in result["events"] if e["type"] == "launch"]
    assert launches and {"Scale AI", "Defense Llama"} <= _actors(launches[0]), launches


def test_a_date_of_a_coordinated_saying_does_not_date_the_first_clause():
    text = "OpenAI launched a government unit and had already announced a similar award in June."
    launches = _of_type(text, "launch")
    assert launches and launches[0]["date"] is None, launches


def test_an_inverted_attribution_still_dates_what_it_reports():
    text = "Marta Quill has resigned from her post, announced the Navy secretary on Friday."
    moves = _of_type(text, "personnel")
    assert moves and moves[0]["date"] == "2026-03-06", moves


def test_a_relative_clause_on_a_name_keeps_its_own_time():
    text = (
        "OpenAI, which reached its own agreement with the Pentagon the night of the deadline, "
        "said this week that deployment would begin in stages."
    )
    deals = _of_type(text, "partnership")
    assert deals and deals[0]["date"] is None, deals


def test_what_an_object_relative_clause_was_done_to_is_its_noun_or_the_name_beside_it():
    text = (
        "The Pentagon is racing. He pointed to GenAI.mil, the platform the department launched "
        "last month with Gemini, as proof."
    )
    launches = _of_type(text, "launch")
    assert launches and "GenAI.mil" in _actors(launches[0]), launches


def test_a_headline_names_its_subject_even_when_parsed_as_a_modifier():
    text = "Anthropic rejects Pentagon's final terms hours before Friday deadline"
    steps = _of_type(text, "negotiation")
    assert steps and "Anthropic" in _actors(steps[0]), steps
    text = "Pentagon moves to brand Anthropic a supply-chain risk after Trump orders agencies"
    names = _of_type(text, "designation")
    assert names and "Anthropic" in _actors(names[0]), names


def test_a_threat_to_designate_is_no_designation():
    text = "Its dispute with the Pentagon escalated into a threat to label Anthropic a supply chain risk."
    assert not _of_type(text, "designation"), _events(text)


def test_a_decision_made_is_dated_in_the_past():
    text = "The Pentagon made a decision to designate Anthropic a supply chain risk on Friday."
    names = _of_type(text, "designation")
    assert names and names[0]["date"] == "2026-03-06", names


@pytest.mark.parametrize(
    "text",
    [
        "The Senate confirmed Marta Quill to be the Navy's top lawyer by a 79-19 vote Tuesday.",
        "The Senate confirmed Marta Quill on Tuesday.",
    ],
)
def test_a_person_confirmed_by_the_senate_is_a_personnel_move(text):
    assert [e for e in _of_type(text, "personnel") if e["date"] == "2026-03-10"], _events(text)
    assert not _of_type(text, "statement"), _events(text)


def test_an_agreement_signed_to_buy_is_dated_when_signed():
    text = "Romania signed an agreement to purchase the Patriot system in November."
    deals = _of_type(text, "contract")
    assert deals and deals[0]["date"] == "2025-11", deals
    # an event announced to be held ahead stays ahead
    text = "The Army announced a demonstration to be held on October 12."
    assert all(e["date"] in (None, "2026-10-12") for e in _events(text)), _events(text)


def test_a_rank_a_suffix_or_a_photo_agency_is_no_part_of_a_name():
    text = (
        "Pfc. Dana Morrow and Lloyd J. Austin III met on Monday. "
        "Navy Secretary Richard V. Spencer spoke. Photo: Ana Ruiz/Hans Lucas"
    )
    result = get_extractor().extract_one({"id": 1, "published": PUBLISHED, "text": text})
    names = {e["name"] for e in result["entities"]}
    assert {"Dana Morrow", "Lloyd Austin", "Richard Spencer"} <= names, names
    assert "Pfc" not in names and "Pfc." not in names, names


def test_a_middle_initial_stays_when_the_gazetteer_does_not_know_the_person():
    text = "Electric Boat president Jeffrey S. Geiger spoke on Monday."
    result = get_extractor().extract_one({"id": 1, "published": PUBLISHED, "text": text})
    assert "Jeffrey S. Geiger" in {e["name"] for e in result["entities"]}


def test_the_platform_x_is_where_something_was_said_not_who_said_it():
    text = "Pete Hegseth wrote on X on Friday that the department would move quickly."
    statements = _of_type(text, "statement")
    assert statements and "X Corp." not in _actors(statements[0]), statements


def test_a_briefing_asked_for_is_no_meeting_but_one_held_is():
    text = "A group of senators asked the Pentagon on Monday for a classified briefing."
    assert not _of_type(text, "meeting"), _events(text)
    text = "Pete Hegseth held a classified briefing for senators on Monday."
    assert _of_type(text, "meeting"), _events(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("In June, Orbis announced the development of custom Atlas models for the Army.", "launch"),
        ("A new AI platform for the military was announced on Tuesday by Pete Hegseth.", "launch"),
        ("Pete Hegseth on Monday announced a sweeping push to put AI in every unit.", "policy"),
        ("Ashton Carter announced Wednesday the expansion of his outreach program.", "policy"),
    ],
)
def test_what_is_announced_gives_the_type(text, etype):
    events = _events(text)
    assert [e for e in events if e["type"] == etype], events
    assert not [e for e in events if e["type"] == "statement"], events


def test_a_named_person_telling_reporters_is_colour_but_a_spokesperson_is_the_body():
    text = '"The deadline is tight," Sen. Dana Morrow told reporters on Monday.'
    assert not _of_type(text, "statement"), _events(text)
    text = 'Anthropic is calm. A company spokesperson told Axios on Monday: "We are talking."'
    assert _of_type(text, "statement"), _events(text)
    # a refusal told to reporters is news
    text = "Pete Hegseth told reporters on Friday that the department would not back down."
    assert _of_type(text, "statement"), _events(text)
