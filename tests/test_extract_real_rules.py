"""Event rules learnt from real news (issue 14), each on a fixture written in our own words."""

from __future__ import annotations

import pytest

from extract import get_extractor

pytestmark = pytest.mark.model


def _events(published: str, text: str) -> list[dict]:
    return get_extractor().extract_one({"id": 1, "published": published, "text": text})["events"]


def _dates(published: str, text: str) -> dict[str, str | None]:
    result = get_extractor().extract_one({"id": 1, "published": published, "text": text})
    return {d["text"]: d["value"] for d in result["dates"]}


def _actors(event: dict) -> set[str]:
    return {a["name"] for a in event["actors"]}


def test_an_undated_quote_that_colours_the_story_is_no_event():
    text = (
        "Shield AI won a $90 million Navy contract on Monday.\n"
        '"We are proud of the team," Shield AI spokesman Tom Reyes said.\n'
        "Navy Secretary John Ortiz said the drones would reach the fleet quickly."
    )
    events = _events("2026-03-04", text)
    assert not [e for e in events if e["type"] == "statement"], events
    assert [e for e in events if e["type"] == "contract"]


def test_a_dated_statement_and_a_quote_to_an_outlet_stay():
    events = _events(
        "2026-03-04",
        "Anthropic said on Tuesday that it disagreed with the decision.\n"
        'An OpenAI spokesperson told Reuters: "We look forward to working together."',
    )
    statements = [e for e in events if e["type"] == "statement"]
    assert {"Anthropic", "OpenAI"} <= {n for e in statements for n in _actors(e)}


def test_contracts_in_general_are_no_award():
    events = _events(
        "2026-03-04",
        "The senator argued the department could simply end its existing contracts.\n"
        "Critics say federal contracts favour large firms.",
    )
    assert not [e for e in events if e["type"] == "contract"], events


def test_one_award_told_three_times_is_one_event_dated_by_the_body():
    text = (
        "Army awards Anduril $250M counter-drone deal\n"
        "The U.S. Army has awarded Anduril a $250 million contract for counter-drone systems, "
        "the Pentagon said on Tuesday.\n"
        "The $250 million contract covers five years of work."
    )
    contracts = [e for e in _events("2026-03-05", text) if e["type"] == "contract"]
    assert len(contracts) == 1, contracts
    assert contracts[0]["date"] == "2026-03-03"
    assert {"Anduril", "U.S. Army"} <= _actors(contracts[0])


def test_two_awards_to_different_companies_stay_two():
    text = (
        "Lockheed Martin received a $120 million Navy contract for radar spares.\n"
        "Separately, Northrop Grumman received a $75 million Navy contract for sensors."
    )
    contracts = [e for e in _events("2026-03-05", text) if e["type"] == "contract"]
    assert len(contracts) == 2, contracts


def test_a_product_is_no_actor_its_maker_is():
    events = _events(
        "2026-03-04",
        "Grok won a $50 million Army contract on Monday.",
    )
    contracts = [e for e in events if e["type"] == "contract"]
    assert contracts and "Grok" not in _actors(contracts[0])
    assert "xAI" in _actors(contracts[0])


def test_a_person_acting_for_an_organisation_brings_it_along():
    events = _events(
        "2026-02-25",
        "Defense Secretary Pete Hegseth met Anthropic CEO Dario Amodei at the Pentagon on Tuesday.",
    )
    meetings = [e for e in events if e["type"] == "meeting"]
    assert meetings
    assert {
        "Pete Hegseth",
        "Dario Amodei",
        "Anthropic",
        "U.S. Department of Defense",
    } <= _actors(meetings[0])


def test_an_ultimatum_is_dated_when_made_with_its_deadline_apart():
    text = (
        "Pete Hegseth met Dario Amodei of Anthropic at the Pentagon on Tuesday.\n"
        "Hegseth gave Anthropic until Friday to drop its limits or face penalties."
    )
    ultimatums = [e for e in _events("2026-02-25", text) if e["type"] == "ultimatum"]
    assert len(ultimatums) == 1, ultimatums
    assert ultimatums[0]["date"] == "2026-02-24"
    assert ultimatums[0]["deadline"] == "2026-02-27"
    assert "Anthropic" in _actors(ultimatums[0])


def test_what_could_happen_did_not_happen():
    events = _events(
        "2026-02-25",
        "Officials said the company could be designated a supply chain risk.\n"
        "If the talks fail, the Army would cancel the deal.",
    )
    assert not [e for e in events if e["type"] in ("designation", "contract")], events


def test_the_idea_of_a_supply_chain_risk_is_no_designation():
    events = _events(
        "2026-03-04",
        "Lawmakers debated what supply chain risk means for Anthropic and its customers.",
    )
    assert not [e for e in events if e["type"] == "designation"], events


def test_raising_concerns_is_no_funding_round():
    events = _events(
        "2026-03-04",
        "Palantir raised concerns with the Army about the new rules.\n"
        "Anduril raised $2 billion from investors last week.",
    )
    funding = [e for e in events if e["type"] == "funding"]
    assert len(funding) == 1 and "Anduril" in _actors(funding[0]), funding


def test_a_present_perfect_gives_no_date():
    events = _events("2026-03-04", "Scale AI has signed a $100 million deal with the Pentagon.")
    contracts = [e for e in events if e["type"] == "contract"]
    assert contracts and contracts[0]["date"] is None


def test_that_same_day_and_a_swallowed_noun():
    dates = _dates(
        "2026-03-02",
        "The board voted on Friday to sell the unit. Earlier the same day, the chief "
        "executive resigned. Palantir received the first order for the effort June 17.",
    )
    assert dates["Earlier the same day"] == "2026-02-27"
    assert dates.get("June 17") == "2025-06-17"


def test_a_month_in_the_present_tense_is_the_latest_one():
    dates = _dates(
        "2026-03-31",
        "The ruling pauses the directive the president issued on February 27.",
    )
    assert dates["February 27"] == "2026-02-27"


def test_a_plan_without_a_day_and_a_prevented_act_are_no_events():
    events = _events(
        "2026-03-06",
        "Palantir said it plans to sue the Army in federal court.\n"
        "A judge blocked the agency from designating the vendor a supply chain risk.",
    )
    assert not [e for e in events if e["type"] == "designation"], events
    assert not [e for e in events if e["status"] == "planned"], events


def test_a_chamber_passing_or_rejecting_a_bill_is_a_policy_step():
    events = _events(
        "2025-07-10",
        "The House passed the spending bill on Monday.\n"
        "A Senate committee aide said the Senate rejected the tariff provision on Wednesday.\n"
        "The veteran lawmaker passed away last year.",
    )
    policy = [e for e in events if e["type"] == "policy"]
    assert any("U.S. House of Representatives" in _actors(e) for e in policy), events
    assert any("U.S. Senate" in _actors(e) for e in policy), events
    assert not [e for e in events if e["type"] == "negotiation"], events
    assert len(policy) == 2, events


def test_an_order_named_again_as_background_is_no_new_event():
    events = _events(
        "2026-03-10",
        "Sales to the agency continued despite Donald Trump's directive, records show.\n"
        "The new plan from Microsoft builds on previous executive orders from Joe Biden.",
    )
    assert not [e for e in events if e["type"] == "policy"], events
    for text in (
        "Agencies stopped the work after Donald Trump's directive ordering them to drop it.",
        "Donald Trump's directive of March 3 told agencies to drop the software.",
    ):
        kept = _events("2026-03-10", text)
        assert [e for e in kept if e["type"] == "policy"], (text, kept)


# ---------------------------------------------------------------- extract 0.5.0


def _of_type(events: list[dict], etype: str) -> list[dict]:
    return [e for e in events if e["type"] == etype]


def test_a_person_joining_a_company_is_a_move_even_announced_ahead():
    events = _events(
        "2026-05-08",
        "Meta bought a stake in Vantor Labs for $3 billion on Thursday. "
        "Vantor Labs chief executive Priya Nand will join Meta to run its robotics unit.",
    )
    moves = _of_type(events, "personnel")
    assert moves and {"Priya Nand", "Meta"} <= _actors(moves[0]), events


def test_staff_who_resign_are_the_company_s_people():
    events = _events(
        "2026-05-08",
        "Google ended its drone-imagery work for the Air Force on Monday. "
        "About a dozen staff resigned over the project.",
    )
    moves = _of_type(events, "personnel")
    assert moves and "Google" in _actors(moves[0]), events


def test_the_startup_is_the_company_the_sentence_before_was_about():
    events = _events(
        "2026-05-08",
        "Halcyon Robotics has become a leading rival to Anduril and AeroVironment. "
        "The startup, founded in 2019, builds drones. "
        "In April, it raised $300 million in a funding round.",
    )
    rounds = _of_type(events, "funding")
    assert rounds and _actors(rounds[0]) == {"Halcyon Robotics"}, events
    assert rounds[0]["date"] == "2026-04"


def test_a_deal_named_again_with_its_day_dates_the_award():
    events = _events(
        "2026-06-17",
        "The Navy has awarded a $75 million contract to Shield AI for drone autonomy. "
        "The deal was announced Monday in the Pentagon's daily list of contracts.",
    )
    contracts = _of_type(events, "contract")
    assert len(contracts) == 1 and contracts[0]["date"] == "2026-06-15", events


def test_the_meeting_where_a_dated_ultimatum_was_made_takes_its_day():
    events = _events(
        "2026-02-25",
        "Defense Secretary Pete Hegseth on Tuesday gave Anthropic until Friday to lift its "
        "limits. In a tense meeting, Hegseth told Anthropic CEO Dario Amodei that the "
        "company would be cut off.",
    )
    meetings = _of_type(events, "meeting")
    assert meetings and meetings[0]["date"] == "2026-02-24", events


def test_a_lawsuit_and_the_ruling_on_it_are_two_events():
    events = _events(
        "2026-05-08",
        "Palantir sued the Army in 2016 in the Court of Federal Claims. "
        "The court ruled in favor of Palantir in October 2016.",
    )
    legal = sorted((e["date"], e["trigger"]) for e in _of_type(events, "legal"))
    assert [d for d, _ in legal] == ["2016", "2016-10"], events
    ruling = next(e for e in _of_type(events, "legal") if e["date"] == "2016-10")
    assert "Palantir" in _actors(ruling)


def test_an_order_s_own_wording_and_usage_policies_are_no_events():
    events = _events(
        "2026-05-08",
        "The Secretary of Energy is directed to build a research platform. "
        "OpenAI's usage policies prohibit weapons development.",
    )
    assert not _of_type(events, "policy"), events


def test_an_event_hours_after_a_dated_one_happened_that_day():
    events = _events(
        "2026-03-03",
        "OpenAI signed its deal with the Pentagon on Friday. "
        "It happened just hours after President Donald Trump directed federal agencies to stop "
        "using Anthropic's tools.",
    )
    orders = _of_type(events, "policy")
    assert orders and orders[0]["date"] == "2026-02-27", events


def test_a_deal_signed_with_no_money_is_a_partnership():
    events = _events(
        "2026-02-24",
        "xAI has signed a contract with the Department of Defense to use Grok in classified "
        "systems.",
    )
    assert _of_type(events, "partnership") and not _of_type(events, "contract"), events


def test_an_investment_ranked_among_others_is_no_new_round():
    events = _events(
        "2026-06-13",
        "Meta invested $14 billion in Scale AI on Thursday. "
        "Analysts said it marks one of Meta's most significant investments to date, second "
        "only to its $19 billion purchase of WhatsApp.",
    )
    assert len(_of_type(events, "funding")) == 1, events


def test_a_contract_s_end_and_a_wire_dateline_do_not_date_events():
    events = _events(
        "2026-02-14",
        "Feb 13 (Reuters) - Anthropic's model Claude was used in the U.S. military's "
        "operation to capture Nicolas Maduro in Venezuela, a newspaper reported. "
        "Skydio won a $40 million Army contract for drones running through July 2028.",
    )
    operation = _of_type(events, "operation")
    contract = _of_type(events, "contract")
    assert operation and operation[0]["date"] is None, events
    assert contract and contract[0]["date"] is None, events


def test_a_formal_statement_is_an_event_a_plan_for_next_week_is_not():
    events = _events(
        "2026-02-27",
        "Anthropic chief executive Dario Amodei refused the demands. In a public statement, "
        "Amodei made the company's position plain. "
        "Google said its new principles will be released next week.",
    )
    assert _of_type(events, "statement"), events
    assert not _of_type(events, "launch"), events


def test_a_country_struck_is_a_party_to_the_operation():
    events = _events("2026-05-08", "The program grew after an attack by Hamas on Israel in 2023.")
    ops = _of_type(events, "operation")
    assert ops and {"Hamas", "Israel"} <= _actors(ops[0]), events


def test_a_product_named_with_its_maker_names_the_maker():
    result = get_extractor().extract_one(
        {"id": 1, "published": "2026-05-08", "text": "Soldiers now use Google Gemini daily."}
    )
    names = {e["name"] for e in result["entities"]}
    assert {"Google", "Gemini"} <= names, names


def test_what_a_journalist_would_call_wrong_in_the_demo_timeline():
    events = _events(
        "2026-03-10",
        "In May, the department raised the ceiling on Palantir's Maven contract. "
        "In February, the Army approved a plan for Anduril to take over the goggles program. "
        "OpenAI said deployment of its models would begin in stages. "
        "Senators asked the Pentagon on Monday for a briefing on its decision to designate "
        "Anthropic a supply chain risk. "
        "Anthropic said on March 5 that it saw no choice but to challenge the step in court. "
        "Anthropic won a contract last month, and its models run through a partnership with "
        "Palantir.",
    )
    types = {e["type"] for e in events}
    assert {"personnel", "operation", "legal", "funding"}.isdisjoint(types), events
    assert any(e["type"] == "contract" and e["date"] == "2025-05" for e in events), events
    assert all(e["date"] is None for e in _of_type(events, "designation")), events
    assert all(e["date"] is None for e in _of_type(events, "partnership")), events


# ---------------------------------------------------------------- extractor 0.6.0
def test_what_did_not_happen_is_no_event():
    events = _events(
        "2026-03-10",
        "Harbor Robotics has not announced layoffs.\n"
        "Tidewater Systems did not respond to a request for comment on Monday.",
    )
    assert events == []


def test_what_a_bill_or_an_order_would_do_is_its_content_not_a_happening():
    events = _events(
        "2026-03-10",
        "Senators introduced a bill on Monday that would bar the Pentagon from buying Chinese drones.\n"
        "Trump signed an executive order on Friday creating a task force on drone threats.",
    )
    assert {e["type"] for e in events} == {"policy"}, events
    assert not [e for e in events if e["type"] == "designation"]


def test_an_intent_to_sue_is_what_was_said_not_a_lawsuit():
    events = _events(
        "2026-03-10",
        "Anthropic said in a statement on Friday that it would challenge the designation in court.",
    )
    assert [(e["type"], e["date"]) for e in events] == [("statement", "2026-03-06")], events


def test_a_deadline_given_at_an_hour_of_a_day_is_the_deadline_not_the_date():
    (event,) = [
        e
        for e in _events(
            "2026-03-10",
            "Hegseth gave Anthropic until 5:01 p.m. on Friday to sign the document.",
        )
        if e["type"] == "ultimatum"
    ]
    assert event["date"] is None
    assert event["deadline"] == "2026-03-13"


def test_a_threat_on_a_condition_with_a_day_is_an_ultimatum_due_after_it_was_made():
    (event,) = _events(
        "2026-03-10",
        "Pete Hegseth warned Dario Amodei on Tuesday that the Pentagon would cut ties with "
        "Anthropic unless it agreed by Friday.",
    )
    assert (event["type"], event["date"], event["deadline"]) == (
        "ultimatum",
        "2026-03-10",
        "2026-03-13",
    )
    assert {"Pete Hegseth", "Anthropic"} <= _actors(event)


def test_a_weekday_naming_a_told_event_in_the_present_tense_looks_back():
    events = _events(
        "2026-03-10", "Monday's lawsuit by Anthropic accuses the Pentagon of bad faith."
    )
    assert [(e["type"], e["date"]) for e in events if e["type"] == "legal"] == [
        ("legal", "2026-03-09")
    ]


def test_who_was_founded_is_the_founded_organisation():
    for text in (
        "Skydio, established in 2014, builds autonomous drones.",
        "Skydio, which was founded in 2014 by two former MIT students, builds drones.",
    ):
        (event,) = _events("2026-03-10", text)
        assert (event["type"], event["date"]) == ("launch", "2014"), text
        assert "Skydio" in _actors(event), text


def test_a_designation_issued_on_a_day_is_made_there_not_mentioned_again():
    events = _events(
        "2026-03-10",
        "Defense Secretary Pete Hegseth formally issued the supply chain risk designation on "
        "February 27.",
    )
    assert [(e["type"], e["date"]) for e in events] == [("designation", "2026-02-27")]


def test_a_deadline_of_a_day_at_an_hour_dates_no_one_else():
    events = _events(
        "2026-02-26",
        "Hegseth gave Anthropic a deadline of Friday at 5:01 p.m. to reach an agreement or "
        "lose out on its contracts, a senior official said.",
    )
    assert [(e["type"], e["date"], e["deadline"]) for e in events] == [
        ("ultimatum", None, "2026-02-27")
    ], events


def test_a_designation_parsed_under_the_name_keeps_who_made_it():
    (event,) = _events(
        "2026-03-10",
        'Defense Secretary Pete Hegseth deemed the startup Anthropic a "supply chain risk to '
        'national security" on Friday.',
    )
    assert (event["type"], event["date"]) == ("designation", "2026-03-06")
    assert {"Pete Hegseth", "Anthropic"} <= _actors(event)


def test_what_the_news_says_in_passing_phrasings():
    cases = [
        ("OpenAI chief Sam Altman took to X on Monday to defend the deal.", "statement"),
        ("President Trump announced on Friday that all agencies must stop using Claude.", "policy"),
        ("OpenAI said its deal with the Pentagon was struck late Friday.", "contract"),
        (
            "Harbor Robotics refused on Tuesday to change its usage policy for the Navy.",
            "negotiation",
        ),
        ("Adm. Lisa Franchetti was relieved of duty on Friday.", "personnel"),
        ("Jane Ortiz took on the role of Navy secretary in early 2024.", "personnel"),
        ("In March, President Joe Biden requested $842 billion for the Pentagon.", "funding"),
        ("The defense bill passed through the Senate on Wednesday.", "policy"),
    ]
    for text, etype in cases:
        assert etype in {e["type"] for e in _events("2026-03-10", text)}, text


def test_a_collapse_of_talks_is_a_negotiation_step():
    events = _events(
        "2026-03-10", "The collapse of talks between Anthropic and the Pentagon came on Friday."
    )
    assert [(e["type"], e["date"]) for e in events] == [("negotiation", "2026-03-06")], events


def test_what_is_lost_or_cut_is_no_award_or_round():
    events = _events(
        "2026-03-10",
        "Lawmakers cut funding for the radar by $230 million in December.\n"
        "Harbor Robotics could lose its contracts with the Navy.",
    )
    assert not [e for e in events if e["type"] in ("funding", "contract")], events


def test_a_date_inside_someone_elses_relative_clause_is_not_the_events():
    events = _events(
        "2020-06-23",
        "Mike Griffin led research at the Pentagon. Griffin, who took on the role in early "
        "2018, said in a letter to staff on Monday that he would leave.",
    )
    dated = {(e["type"], e["date"]) for e in events}
    assert ("personnel", "2018") in dated, events
    assert ("statement", "2018") not in dated, events


def test_a_contract_told_with_the_clause_that_won_it():
    (event,) = _events(
        "2025-09-10",
        "Palantir shares rose on the Maven Smart System contract it won from the U.S. Army in May.",
    )
    assert (event["type"], event["date"]) == ("contract", "2025-05")
    assert {"Palantir", "U.S. Army"} <= _actors(event)


def test_an_agreement_priced_or_for_buying_is_a_contract_and_terms_finalized_a_deal():
    cases = [
        (
            "The CDAO expanded its enterprise agreement with Scale AI from $100M to $250M.",
            "contract",
        ),
        ("Romania signed an agreement to purchase the Patriot system in November.", "contract"),
        (
            "OpenAI has finalized terms with the Department of War, Altman said on Friday.",
            "partnership",
        ),
    ]
    for text, etype in cases:
        assert etype in {e["type"] for e in _events("2026-03-10", text)}, text


def test_a_surname_is_named_as_first_written_in_full():
    events = _events(
        "2025-02-21",
        "Adm. Lisa Franchetti led the Navy. Franchetti was relieved of duty Friday.",
    )
    assert any("Lisa Franchetti" in _actors(e) for e in events if e["type"] == "personnel"), events


def test_simultaneously_puts_an_event_on_the_day_of_the_one_before():
    events = _events(
        "2026-03-10",
        "Hegseth declared Anthropic a supply chain risk on Feb. 27. Anthropic was "
        "simultaneously banned from all federal business.",
    )
    assert ("policy", "2026-02-27") in {(e["type"], e["date"]) for e in events}, events


def test_senators_and_lawmakers_act_as_their_chamber():
    events = _events(
        "2026-03-10",
        "Senators stripped the preemption language from the defense bill on Tuesday.\n"
        "Ukrainian lawmakers passed the budget on Monday.",
    )
    assert [(e["type"], e["date"], sorted(_actors(e))) for e in events] == [
        ("policy", "2026-03-10", ["U.S. Senate"])
    ], events


def test_two_reports_a_year_and_a_week_apart_are_two_happenings():
    events = _events(
        "2020-06-23",
        "Mike Griffin led research at the Pentagon. Griffin, who took on the role in early "
        "2018, is leaving. He is the third official to announce his resignation in the last week.",
    )
    assert ("personnel", "2018") in {(e["type"], e["date"]) for e in events}, events


def test_a_meeting_with_no_parties_does_not_swallow_what_was_announced_at_it():
    events = _events(
        "2018-06-01",
        "Cloud chief Diane Greene announced today in a company meeting that the drone "
        "contract will not be renewed.",
    )
    assert [(e["type"], e["date"]) for e in events] == [("statement", "2018-06-01")], events


def test_manner_phrases_and_someones_plan_are_no_deal_and_no_offer():
    events = _events(
        "2026-03-10",
        "The drones were tested in partnership with the Army in May.\n"
        "The shield, built under President Trump's proposal, would cost $175 billion.\n"
        "Joining Senator Ortiz at the event was the governor of Nebraska.",
    )
    assert not [e for e in events if e["type"] in ("partnership", "negotiation")], events


def test_an_offer_sent_to_a_party_is_a_negotiation_step():
    events = _events("2026-03-10", "The Pentagon sent Anthropic its final offer on Wednesday.")
    assert ("negotiation", "2026-03-04") in {(e["type"], e["date"]) for e in events}, events


def test_a_companys_parent_is_the_same_party_in_one_article():
    events = _events(
        "2026-03-10",
        "Google negotiates with the Pentagon over a classified AI deal.\n"
        "Reuters reported that Alphabet and the Pentagon are in talks over the agreement.",
    )
    assert len([e for e in events if e["type"] == "negotiation"]) == 1, events


def test_a_place_and_day_dateline_dates_nothing():
    (event,) = _events(
        "2021-10-02",
        "Norfolk, October 2: The Navy awarded Harbor Robotics a $45 million contract for drones.",
    )
    assert (event["type"], event["date"]) == ("contract", None)


def test_what_had_happened_before_a_dated_report_is_not_on_its_day():
    events = _events(
        "2018-06-01",
        "A report from mid-May revealed that several Google engineers had resigned over the contract.",
    )
    assert [(e["type"], e["date"]) for e in events] == [("personnel", None)], events


def test_a_nickname_in_quotes_is_not_part_of_the_name():
    result = get_extractor().extract_one(
        {
            "id": 1,
            "published": "2025-02-21",
            "text": "Gen. Marta “Razor” Quill was fired on Friday.",
        }
    )
    assert "Marta Quill" in {e["name"] for e in result["entities"]}
    # a person the gazetteer knows is named as it names him
    result = get_extractor().extract_one(
        {"id": 1, "published": "2025-02-21", "text": "Gen. Charles “CQ” Brown was fired on Friday."}
    )
    assert "Charles Q. Brown" in {e["name"] for e in result["entities"]}


def test_one_of_the_firms_awarded_is_an_awardee():
    (event,) = _events(
        "2026-02-26",
        "Harbor Robotics was one of five firms awarded up to $90 million contracts in July.",
    )
    assert (event["type"], event["date"]) == ("contract", "2025-07")
    assert "Harbor Robotics" in _actors(event)


def test_guidance_raised_and_reports_released_and_operations_in_general_are_not_those_events():
    events = _events(
        "2024-07-26",
        "Harbor Robotics raised its full-year guidance on Thursday.\n"
        "Tidewater Systems released its second-quarter earnings report on Thursday.\n"
        "The startup's models will power the U.S. military's most sensitive operations.",
    )
    assert {e["type"] for e in events} <= {"statement"}, events


def test_permission_to_use_is_a_rule_and_an_announced_overhaul_has_its_announcer():
    events = _events(
        "2026-03-10",
        "Harbor Robotics announced on Monday that it will permit U.S. agencies to use its drones.\n"
        "The Buying Reform is a policy overhaul announced by the Department of the Navy on January 8.",
    )
    got = {(e["type"], e["date"]) for e in events}
    assert {("policy", "2026-03-09"), ("policy", "2026-01-08")} <= got, events


def test_a_deal_that_collapsed_and_a_meeting_that_is_only_a_venue_are_no_events():
    events = _events(
        "2026-03-03",
        "Harbor Robotics shares fell on Monday, following the collapse of its $90 million deal with the Navy.\n"
        "Navy Secretary John Ortiz announced the decision at a meeting with employees on Friday.",
    )
    assert not [e for e in events if e["type"] in ("contract", "partnership")], events
    assert [e["type"] for e in events if e["type"] == "meeting"] == [], events


def test_a_product_announced_is_a_launch_and_a_modifying_trigger_names_no_event():
    events = _events(
        "2026-03-10",
        "Harbor Robotics on Monday announced Tidewatch, a drone platform for coastal patrols.\n"
        "Harbor Robotics and Keel Systems will share $900 million in Navy launch contracts.",
    )
    got = {(e["type"], e["date"]) for e in events}
    assert ("launch", "2026-03-09") in got, events
    assert [e["type"] for e in events if e["trigger"] == "launch"] == [], events


def test_a_dateline_reaches_no_event_through_the_reporting_verb():
    events = _events(
        "2025-10-02",
        "Norfolk, October 2: The Navy awarded Harbor Robotics a $45 million contract to build "
        "patrol drones, the Defense Department said in a release.",
    )
    contracts = [e for e in events if e["type"] == "contract"]
    assert contracts and all(e["date"] is None for e in contracts), events


def test_a_bid_protest_is_legal_and_a_street_protest_is_no_event():
    events = _events(
        "2025-06-10",
        "The Government Accountability Office denied a protest from Keel Systems over the Navy's "
        "award of a $40 million drone contract.\n"
        "Dozens of engineers at Keel Systems resigned in protest.",
    )
    # the bid protest (and, since 0.12.3, the protest itself beside the ruling on it) is
    # legal; the street protest is no event
    protests = [e for e in events if e["trigger"] == "protest"]
    assert protests and {e["type"] for e in protests} == {"legal"}, events
    assert not [e for e in protests if "resigned" in e["sentence"]], events
    legal = next(e for e in events if e["type"] == "legal")
    assert "Government Accountability Office" in _actors(legal), legal


def test_a_roundup_dates_each_award_it_lists_and_is_no_event_itself():
    events = _events(
        "2025-06-14",
        "The Department of Defense awarded 12 contracts Friday, worth $400 million in all.\n\n"
        "Shield AI won a $90 million contract to build patrol drones for the Navy.\n"
        "Saronic got a $12 million contract modification for sonar repairs.\n"
        "Anduril had previously won a $5 million Navy contract in 2019.",
    )
    contracts = {
        frozenset(_actors(e)) - {"U.S. Navy"}: e["date"] for e in events if e["type"] == "contract"
    }
    assert contracts.get(frozenset({"Shield AI"})) == "2025-06-13", events
    assert contracts.get(frozenset({"Saronic"})) == "2025-06-13", events
    assert not any(d == "2025-06-13" and not k for k, d in contracts.items()), events


def test_what_happened_after_or_inside_another_event_keeps_only_its_own_date():
    events = _events(
        "2026-03-10",
        "Anthropic sued the Pentagon on Monday after the department designated the company a "
        "supply chain risk.\n"
        "Amazon on Friday filed a lawsuit challenging the Pentagon's $10 billion cloud contract "
        "award to Microsoft.\n"
        "In mid-2025, the Senate voted to strip the provision after the House passed the bill.",
    )
    by_type = {}
    for e in events:
        by_type.setdefault(e["type"], []).append(e["date"])
    assert "2026-03-09" in by_type.get("legal", []), events
    assert by_type.get("designation") == [None], events
    assert "2026-03-06" not in by_type.get("contract", []), events
    assert all(d == "2025" for d in by_type.get("policy", [])) and by_type.get("policy"), events


def test_states_habits_and_kinds_of_things_are_no_events():
    events = _events(
        "2026-03-10",
        "Traditionally, defense secretaries have met executives at the Reagan Forum.\n"
        "The Defense Innovation Unit, which collaborates with drone startups, lost its director.\n"
        "The Army will retire its Apache attack helicopters.\n"
        "Anduril will assume the role of prime contractor on the goggles program.",
    )
    assert not [e for e in events if e["type"] in ("meeting", "partnership", "operation")], events
    assert not [e for e in events if e["type"] == "personnel" and _actors(e) == {"Anduril"}], events


def test_a_canceled_purchase_is_a_decision_of_policy():
    events = _events("2026-03-10", "The Navy canceled the final four frigates on Monday.")
    assert [(e["type"], e["date"]) for e in events] == [("policy", "2026-03-09")], events


def test_what_an_order_asks_and_what_was_said_for_years_are_no_events():
    events = _events(
        "2026-03-10",
        "President Trump signed an executive order on Monday on state AI laws.\n"
        "The order directs the Justice Department to challenge state regulations.\n"
        "It instructs the attorney general to create an AI litigation task force.\n"
        "For years, Trump has warned that rivals are outspending America.",
    )
    assert [(e["type"], e["date"]) for e in events] == [("policy", "2026-03-09")], events


def test_a_court_that_refuses_to_act_has_ruled():
    events = _events(
        "2026-04-09",
        "A federal appeals court on Wednesday refused to block the Pentagon from blacklisting "
        "Anthropic.\nAnthropic on Monday refused to change its usage policy.",
    )
    got = {(e["type"], e["date"]) for e in events}
    assert ("legal", "2026-04-08") in got, events
    assert ("negotiation", "2026-04-06") in got, events


def test_a_contract_told_again_with_the_day_it_was_won_is_dated_by_it():
    events = _events(
        "2019-11-20",
        "The Pentagon's cloud contract drew bids from four companies.\n"
        "The Pentagon announced that Microsoft had won the contract on October 25.",
    )
    contracts = [e for e in events if e["type"] == "contract"]
    assert [(e["date"], "Microsoft" in _actors(e)) for e in contracts] == [("2019-10-25", True)], (
        events
    )


def test_a_deadline_set_of_a_named_day_is_the_deadline_not_the_demand_date():
    events = _events(
        "2026-03-10",
        "The Pentagon set a deadline of 5:01 p.m. on February 27 for Anthropic to accept the "
        "government's terms.",
    )
    ultimatums = [e for e in events if e["type"] == "ultimatum"]
    assert [(e["date"], e["deadline"]) for e in ultimatums] == [(None, "2026-02-27")], events


def test_an_order_or_operation_named_by_what_it_does_whose_or_where():
    events = _events(
        "2026-03-10",
        "The Pentagon said its work followed President Donald Trump's July order on AI.\n"
        "Hegseth issued an order barring contractors from using Claude.\n"
        "The Pentagon relies on Claude for operations in Iran.",
    )
    types = [e["type"] for e in events]
    assert types.count("policy") == 2 and "operation" in types, events


def test_no_agreement_no_decision_no_departure_and_no_borrowed_date():
    events = _events(
        "2026-03-10",
        "The deadline passed without agreement between the two sides.\n"
        "Hegseth was weighing whether to cut ties with Anthropic.\n"
        "Dario Amodei said the contract language left room for mass surveillance.\n"
        "Hegseth, who has used the title since President Trump's September order, launched "
        "GenAI.mil in a video.",
    )
    assert not [e for e in events if e["type"] in ("partnership", "personnel")], events
    assert not [e for e in events if e["trigger"] == "cut"], events
    launches = [e for e in events if e["type"] == "launch"]
    assert launches and all(e["date"] is None for e in launches), events


def test_a_country_a_sanction_is_imposed_on_is_a_party_to_it():
    events = _events("2026-03-10", "The sanctions were imposed on Syria in 2020.")
    assert [(e["type"], e["date"], _actors(e)) for e in events] == [("policy", "2020", {"Syria"})]


def test_what_a_contract_is_for_is_no_event_of_its_own():
    events = _events(
        "2026-03-10",
        "SpaceX continues to rack up wins, securing a coveted $733.5 million contract to launch "
        "multiple missions for the U.S. Space Force.",
    )
    assert "launch" not in [e["type"] for e in events], events


def test_what_the_gao_says_in_a_decision_is_a_ruling():
    events = _events(
        "2019-09-24",
        "GAO said in a decision made public Monday that Keel Systems failed to prove that the "
        "Army wrongly judged its bid.",
    )
    assert [(e["type"], e["date"]) for e in events] == [("legal", "2019-09-23")], events


def test_a_move_told_by_role_then_by_name_is_one_move():
    events = _events(
        "2025-08-26",
        "The head of a Pentagon unit that buys new technology resigned on Monday, three people said.\n"
        "Doug Beck, director of the Defense Innovation Unit, told staff in an email that he was "
        "stepping down.",
    )
    moves = [e for e in events if e["type"] == "personnel"]
    assert len(moves) == 1 and moves[0]["date"] == "2025-08-25", events
    assert "Doug Beck" in _actors(moves[0]), events


def test_a_period_a_thing_covers_dates_nothing():
    events = _events(
        "2026-01-08",
        "Trump said in a post on Wednesday that the military budget for the year 2027 should be "
        "$1.5 trillion.\n"
        "RTX on Thursday released its second-quarter earnings report.",
    )
    dates = {e["type"]: e["date"] for e in events}
    assert dates.get("funding") == "2026-01-07", events
    assert "2026-Q2" not in dates.values() and "2025-Q2" not in dates.values(), events


def test_a_raid_and_the_relative_clause_that_tells_it_are_one_event_of_its_own_date():
    events = _events(
        "2026-02-20",
        "Reports earlier this month that Claude was used in the January raid that captured "
        "Nicolás Maduro sharpened the dispute.",
    )
    assert [(e["type"], e["date"]) for e in events] == [("operation", "2026-01")], events
