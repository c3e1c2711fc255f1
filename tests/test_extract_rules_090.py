"""Event rules of extractor 0.9.0 (issue 14), each on fixtures written in our own words."""

from __future__ import annotations

import pytest

from extract import get_extractor

pytestmark = pytest.mark.model

PUBLISHED = "2026-03-10"  # a Tuesday


def _events(text: str, published: str = PUBLISHED) -> list[dict]:
    return get_extractor().extract_one({"id": 1, "published": published, "text": text})["events"]


def _of_type(text: str, etype: str, published: str = PUBLISHED) -> list[dict]:
    return [e for e in _events(text, published) if e["type"] == etype]


def _actors(event: dict) -> set[str]:
    return {a["name"] for a in event["actors"]}


def _entities(text: str) -> dict[str, str]:
    """Canonical name -> type of every entity the extractor returns for `text`."""
    record = {"id": "x", "published": "2026-03-02", "text": text}
    return {e["name"]: e["type"] for e in get_extractor().extract_one(record)["entities"]}


@pytest.mark.parametrize(
    "text",
    [
        "Vector Launch, a joint venture of Boeing and Lockheed Martin, won nine missions.",
        "Vector Launch, which is a joint venture of Boeing and Lockheed Martin, won nine missions.",
    ],
)
def test_what_a_company_is_told_in_passing_is_no_partnership(text):
    assert not _of_type(text, "partnership"), _events(text)


def test_a_joint_venture_formed_is_still_a_partnership():
    text = "Boeing and Lockheed Martin formed a joint venture, Vector Launch, in 2006."
    assert _of_type(text, "partnership"), _events(text)


def test_a_press_release_issued_is_a_statement_not_a_rule():
    text = "On Thursday, the Army's program office issued a press release that contradicted the report."
    events = _events(text)
    assert not [e for e in events if e["type"] == "policy"], events
    assert [e for e in events if e["type"] == "statement" and e["date"] == "2026-03-05"], events


def test_a_rule_issued_is_still_a_policy():
    text = "On Thursday, Defense Secretary Pete Hegseth issued a directive on software buying."
    assert _of_type(text, "policy"), _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Marta Quill withdrew her name from consideration for the Navy post on Monday.",
        "The White House withdrew the nomination of Marta Quill on Monday.",
    ],
)
def test_a_name_or_nomination_withdrawn_is_a_personnel_move(text):
    moves = _of_type(text, "personnel")
    assert moves and moves[0]["date"] == "2026-03-09", _events(text)


def test_troops_or_bids_withdrawn_are_no_personnel_move():
    for text in (
        "The Army withdrew two brigades from the region on Monday.",
        "Harbor Robotics withdrew its bid for the Navy contract on Monday.",
    ):
        assert not _of_type(text, "personnel"), _events(text)


def test_what_an_injunction_bars_is_part_of_the_ruling():
    text = (
        "On February 13, 2026, the Court of Federal Claims issued a preliminary injunction "
        "barring the Pentagon from moving ahead with the contract."
    )
    events = _events(text)
    assert not [e for e in events if e["type"] == "designation"], events
    legal = [e for e in events if e["type"] == "legal"]
    assert legal and legal[0]["date"] == "2026-02-13", events
    assert "U.S. Department of Defense" in _actors(legal[0]), legal


def test_a_date_after_a_relative_clause_belongs_to_the_outer_clause():
    text = (
        "The Pentagon said Harbor Robotics had won the contract, which could run ten years "
        "and be worth up to $2 billion, on October 25."
    )
    contracts = _of_type(text, "contract", published="2025-11-15")
    assert contracts and contracts[0]["date"] == "2025-10-25", contracts


def test_an_attack_ordered_is_the_operation():
    for text in (
        "On Friday, Admiral Rhea Stavros ordered another boat destroyed in the zone.",
        "On Friday, President Harlan Voss ordered strikes on three radar sites.",
    ):
        events = _events(text)
        assert [e for e in events if e["type"] == "operation" and e["date"] == "2026-03-06"], events
        assert not [e for e in events if e["type"] == "policy"], events


def test_things_ordered_by_number_are_no_directive():
    text = "The Space Force ordered a total of 48 missions over the five years of the deal."
    assert not _of_type(text, "policy"), _events(text)


def test_only_rules_documents_and_rulings_are_issued_as_events():
    text = "The Pentagon has already issued invitations to the chief executives."
    assert not _events(text), _events(text)


def test_a_committee_vote_to_advance_a_nomination_is_a_personnel_step():
    text = "The Senate Armed Services Committee voted 23-4 to advance his nomination on Monday."
    events = _events(text)
    assert not [e for e in events if e["type"] == "policy"], events
    assert [e for e in events if e["type"] == "personnel"], events


def test_what_an_agreement_permits_is_part_of_the_agreement():
    text = (
        "Sam Altman announced late Friday that OpenAI has reached an agreement permitting the "
        "Department of Defense to use its models."
    )
    events = _events(text)
    assert not [e for e in events if e["type"] == "policy"], events
    deals = [e for e in events if e["type"] == "partnership"]
    assert deals and "U.S. Department of Defense" in _actors(deals[0]), events


def test_no_change_approved_is_no_event():
    text = (
        "Hegseth, who calls himself Secretary of War despite no legal change approved by "
        "Congress, described the plan."
    )
    assert not _of_type(text, "policy"), _events(text)


def test_a_post_served_in_the_past_is_a_career_not_an_event():
    for text in (
        "Marta Quill also served as deputy director of the Navy's drone office from 2009 to 2016.",
        "Quill, who before this role served as acting comptroller of the Army, left on Monday.",
    ):
        assert not [e for e in _of_type(text, "personnel") if e["trigger"].startswith("serv")], (
            _events(text)
        )


def test_a_post_held_since_a_date_is_its_start():
    text = "Marta Quill has served as director of the Defense Innovation Unit since 2018."
    moves = _of_type(text, "personnel")
    assert moves and moves[0]["date"] == "2018", _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Harbor Robotics' chief strategy officer Dana Pike will step in as interim chief "
        "executive on Monday.",
        "On Friday, Gen. Rhea Stavros, the chief of staff of the Air Force, was shown the door.",
    ],
)
def test_stepping_in_as_a_chief_and_being_shown_the_door_are_personnel_moves(text):
    assert _of_type(text, "personnel"), _events(text)


def test_stepping_in_without_a_post_is_no_personnel_move():
    text = "Congress stepped in on Monday to block the sale to Harbor Robotics."
    assert not _of_type(text, "personnel"), _events(text)


def test_a_date_of_a_coordinated_clause_does_not_date_the_first():
    text = (
        "In November 2025, Harbor Robotics filed a protest with the Court of Federal Claims. "
        "Harbor Robotics filed its protest under seal but released a redacted version the "
        "following month."
    )
    legal = _of_type(text, "legal")
    assert [e["date"] for e in legal] == ["2025-11"], legal


def test_ships_targeted_are_an_operation_a_company_targeted_is_not():
    ships = "The Houthis said Monday they targeted three U.S. ships in the Red Sea."
    assert _of_type(ships, "operation"), _events(ships)
    company = "The Pentagon targeted Harbor Robotics with new audits on Friday."
    assert not _of_type(company, "operation"), _events(company)


def test_strikes_that_began_on_a_date_are_a_campaign():
    text = (
        "The rebels survived more than a year of periodic U.S. and British air strikes that "
        "began in January 2024."
    )
    operations = _of_type(text, "operation")
    assert operations and operations[0]["date"] == "2024-01", _events(text)


def test_a_government_program_brings_its_owner():
    text = "Project Maven, initiated in 2017, uses machine learning to sort drone footage."
    launches = _of_type(text, "launch")
    assert launches and "U.S. Department of Defense" in _actors(launches[0]), _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Harbor Robotics filed its protest under seal but released a redacted version in May.",
        "The White House released the broad details of the budget request on Monday.",
    ],
)
def test_a_document_released_is_no_launch(text):
    assert not _of_type(text, "launch"), _events(text)


def test_a_product_released_is_a_launch():
    text = "On Monday, OpenAI released ChatGPT Gov, an AI platform built for government use."
    assert _of_type(text, "launch"), _events(text)


def test_the_subject_of_a_copula_acts_in_the_clause_on_its_noun():
    text = "Saronic was the first company to be awarded a Navy contract last month."
    contracts = _of_type(text, "contract")
    assert contracts and "Saronic" in _actors(contracts[0]), _events(text)
    assert contracts[0]["date"] == "2026-02", contracts


def test_a_threat_issued_is_a_statement():
    text = "The White House issued a veto threat against the House bill on Monday."
    events = _events(text)
    assert [e for e in events if e["type"] == "statement"], events
    assert not [e for e in events if e["type"] == "policy"], events


def test_the_following_statement_points_ahead_not_back():
    text = "On Monday, Representative Dana Pike delivered the following opening statement."
    assert _of_type(text, "statement"), _events(text)


def test_a_stock_quote_is_blanked_with_offsets_kept():
    from extract.extractor import prepare_text

    text = "Textron (TXT 0.07%) got a contract; the office (CDAO) and Palantir (NYSE: PLTR) too."
    blanked, _flags = prepare_text(text, 10_000)
    assert len(blanked) == len(text)
    assert "TXT" not in blanked and "(CDAO)" in blanked and "(NYSE: PLTR)" in blanked


def test_a_contract_won_beside_a_stock_quote_keeps_its_winner():
    text = "Raytheon (RTN +1.1%) says it won a $90 million contract from the U.S. Army on Monday."
    contracts = _of_type(text, "contract")
    assert contracts and "RTX" in _actors(contracts[0]), _events(text)


def test_a_contract_addition_given_is_a_contract():
    text = "The Army gave Raytheon Co. [RTN] a $9 million contract addition on Monday."
    contracts = _of_type(text, "contract")
    assert contracts and {"U.S. Army", "RTX"} <= _actors(contracts[0]), _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "House and Senate lawmakers cut funding for the goggles by $230 million on Monday.",
        "On Friday the Army discontinued the M10 Booker.",
    ],
)
def test_money_or_a_program_cut_by_a_government_body_is_a_policy(text):
    assert _of_type(text, "policy"), _events(text)


def test_jobs_cut_by_a_company_are_no_policy():
    text = "Lockheed Martin cut 1,000 jobs on Monday."
    assert not _of_type(text, "policy"), _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon acted after clashing with Anthropic over how its tools might be used.",
        "Anthropic had its own highly public falling out with the Pentagon.",
    ],
)
def test_a_clash_or_a_falling_out_between_parties_is_a_negotiation_step(text):
    assert _of_type(text, "negotiation"), _events(text)


def test_pushing_back_against_laws_is_no_negotiation():
    text = (
        "On Friday, President Trump signed an order directing agencies to push back against "
        "state AI laws the Administration views as harmful."
    )
    assert not _of_type(text, "negotiation"), _events(text)


def test_these_contracts_announced_on_a_day_date_the_award():
    text = (
        "The Pentagon is awarding contracts of up to $200 million to Anthropic, Google, OpenAI "
        "and xAI. These contracts, announced on Monday, are managed by the CDAO."
    )
    contracts = _of_type(text, "contract")
    assert [c["date"] for c in contracts] == ["2026-03-09"], contracts


def test_a_year_before_an_amount_is_a_date():
    text = "OpenAI, building on its 2024 $200 million DoD contract, launched a new office in June."
    contracts = _of_type(text, "contract")
    assert contracts and contracts[0]["date"] == "2024", _events(text)


def test_promoting_an_idea_is_no_promotion():
    text = "Sam Altman is promoting the idea that AI will take a leap, he said on Monday."
    assert not _of_type(text, "personnel"), _events(text)


def test_what_someone_should_do_has_not_happened():
    text = 'Hegseth told the officers on Tuesday: "If you disagree, then you should resign."'
    assert not _of_type(text, "personnel"), _events(text)


def test_an_agreement_a_company_has_is_no_news():
    text = "Google has a OneGov agreement with the General Services Administration."
    assert not _of_type(text, "partnership"), _events(text)


def test_a_wire_dateline_place_is_no_actor():
    text = "WASHINGTON (AP) — President Donald Trump fired the director of the NSA on Monday."
    moves = _of_type(text, "personnel")
    assert moves and "Washington" not in {a.lower() for a in _actors(moves[0])}, moves


def test_a_person_designated_to_a_task_is_no_designation():
    text = "The order designates the Secretary of Energy as responsible for the mission."
    assert not _of_type(text, "designation"), _events(text)


def test_an_interview_is_how_a_quote_came_not_news():
    text = "In an interview with Axios on Monday, Epirus CEO Andy Lowery hailed the system."
    assert not _of_type(text, "statement"), _events(text)


def test_an_ultimatum_is_dated_when_made_when_the_deadline_parses_apart():
    text = (
        "On Feb. 24, Defense Secretary Mara Holt gave Anthropic until 5:01 p.m. that Friday "
        "to drop its usage restrictions or lose its Pentagon business."
    )
    ultimatums = _of_type(text, "ultimatum")
    assert [u["date"] for u in ultimatums] == ["2026-02-24"], ultimatums
    assert ultimatums[0]["deadline"] == "2026-02-27", ultimatums  # "that Friday": Feb 24's week


def test_days_given_to_comply_or_else_are_an_ultimatum():
    text = (
        "In May 2025 the Space Force gave SpaceX 30 days to fix a data-handling lapse or face "
        "suspension from new task orders."
    )
    ultimatums = _of_type(text, "ultimatum")
    assert ultimatums and ultimatums[0]["date"] == "2025-05", _events(text)
    term = "On Monday the Army gave Anduril 90 days to deliver the prototypes."
    assert not _of_type(term, "ultimatum"), _events(term)


def test_a_demand_by_the_end_of_the_month_or_else_is_an_ultimatum():
    text = (
        "On Monday, Defense Secretary Pete Hegseth demanded that Anthropic sign the new terms "
        "by the end of the month or lose its contracts."
    )
    assert _of_type(text, "ultimatum"), _events(text)


def test_the_year_of_a_law_dates_nothing():
    text = "On Monday the memo cited the National Security Act of 1947."
    dates = get_extractor().extract_one({"id": 1, "published": PUBLISHED, "text": text})["dates"]
    assert "1947" not in {d["value"] for d in dates}, dates


def test_a_rocket_launch_is_an_operation():
    text = "A Falcon 9 rocket launched a satellite for the U.S. Space Force on Tuesday afternoon."
    events = _events(text)
    assert [e for e in events if e["type"] == "operation"], events
    assert not [e for e in events if e["type"] == "launch"], events


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Anthropic chief executive Dario Amodei said in a blog post published Monday that "
            "the company would not allow autonomous weapons.",
            "2026-03-09",
        ),
        (
            "Speaking at a Brookings Institution event on Tuesday, CDAO chief Rafael Ibarra said "
            "the office would publish new standards.",
            "2026-03-10",
        ),
    ],
)
def test_the_clause_framing_a_saying_dates_it(text, day):
    statements = _of_type(text, "statement")
    assert [s["date"] for s in statements] == [day], _events(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "On Wednesday, DIU director Helena Marsh testified that the unit had doubled its staff.",
            "statement",
        ),
        (
            "Boeing disclosed in a securities filing on Monday that the program would cost more.",
            "statement",
        ),
        (
            "Boeing and the Air Force haggled for much of 2025 over the price of the tankers.",
            "negotiation",
        ),
        (
            "On Thursday, Deputy Secretary Alan Pierce lifted a months-old freeze on new AI pilots.",
            "policy",
        ),
        ("The Pentagon scrapped its JEDI cloud computing contract in July 2021.", "policy"),
        ("Congress cut $400 million from the Air Force's drone request on Monday.", "policy"),
        (
            "In a surprise move on Wednesday, Meta dismissed Julia Stroud, its head of outreach.",
            "personnel",
        ),
        (
            "Army Gen. Tobias Reyes was named on Monday to lead the Pentagon's new AI command.",
            "personnel",
        ),
    ],
)
def test_probe_phrasings_give_their_event(text, etype):
    assert _of_type(text, etype), _events(text)


def test_a_judge_on_a_court_brings_the_court():
    text = "Earlier this month, a judge on the U.S. Court of Federal Claims ruled that the Space Force erred."
    legal = _of_type(text, "legal")
    assert legal and "U.S. Court of Federal Claims" in _actors(legal[0]), _events(text)


def test_an_ultimatum_delivered_at_a_dated_meeting_takes_its_day():
    text = (
        "Defense Secretary Pete Hegseth has given Anthropic until Friday evening to grant the "
        "military unrestricted access or face penalties. Axios reports that the ultimatum was "
        "delivered during a tense meeting on Tuesday."
    )
    ultimatums = _of_type(text, "ultimatum", published="2026-02-25")
    assert [u["date"] for u in ultimatums] == ["2026-02-24"], ultimatums


def test_a_deadline_a_memo_sets_for_its_own_leaders_is_no_ultimatum():
    text = (
        "Deputy Defense Secretary Steve Feinberg's March 9 memorandum sets an ambitious "
        "deadline for Pentagon leaders to adopt the system."
    )
    assert not _of_type(text, "ultimatum"), _events(text)


def test_established_as_a_provider_is_no_founding():
    text = "On Monday the contract established Anduril as the primary provider of the systems."
    assert not _of_type(text, "launch"), _events(text)


def test_a_quoted_request_is_not_done():
    text = '"Please come visit me in jail if necessary," Sam Altman wrote on X on Monday.'
    assert not _of_type(text, "meeting"), _events(text)


def test_firms_added_to_a_list_are_designated():
    text = (
        "The Commerce Department added several Chinese AI firms to the Entity List in January 2025."
    )
    designations = _of_type(text, "designation")
    assert designations and designations[0]["date"] == "2025-01", _events(text)


def test_a_strike_by_forces_and_a_sortie_flown_are_operations():
    strike = "A strike by U.S. forces early Tuesday destroyed a suspected smuggling boat."
    sortie = "The Air Force flew its first combat sortie with an AI-piloted drone on Monday."
    for text in (strike, sortie):
        assert _of_type(text, "operation"), _events(text)


def test_what_a_warning_says_would_happen_has_not_happened():
    text = "Air Force Secretary Denise Farrow warned on Monday that the service would cancel the programs."
    events = _events(text)
    assert not [e for e in events if e["type"] == "policy"], events
    assert [e for e in events if e["type"] == "statement"], events


def test_a_ban_called_for_is_not_made_a_budget_called_for_is_requested():
    ban = "Gen. Harlan Mays has publicly called for a ban on autonomous counterspace weapons."
    assert not _of_type(ban, "policy"), _events(ban)
    budget = (
        "The Defense Department on Thursday called for a $961.6 billion budget for fiscal 2026."
    )
    assert _of_type(budget, "funding"), _events(budget)


def test_an_entity_does_not_end_on_a_function_word():
    result = get_extractor().extract_one(
        {
            "id": 1,
            "published": PUBLISHED,
            "text": "The memo cited the Foreign Intelligence Surveillance Act of 1978 on Monday.",
        }
    )
    names = {e["name"] for e in result["entities"]}
    assert not any(n.split()[-1].lower() in {"of", "for", "and"} for n in names), names


def test_claims_publicly_rejected_are_a_statement():
    text = "On Monday, Rear Adm. Priya Dalton of the Navy publicly rejected claims that the service rushed its pilots."
    events = _events(text)
    assert [e for e in events if e["type"] == "statement"], events
    assert not [e for e in events if e["type"] == "negotiation"], events


def test_an_offer_on_a_condition_is_a_negotiation_step():
    text = (
        "Anthropic offered on Thursday to drop its restriction on missile defense if the "
        "department agreed to a ban on mass surveillance."
    )
    steps = _of_type(text, "negotiation")
    assert steps and steps[0]["date"] == "2026-03-05", _events(text)


def test_people_barred_from_doing_something_are_under_a_rule():
    text = "Effective today, Pentagon employees are barred from entering secrets into chatbots."
    events = _events(text)
    assert [e for e in events if e["type"] == "policy"], events
    assert not [e for e in events if e["type"] == "designation"], events


def test_a_question_or_an_explainer_headline_tells_no_event():
    for text in (
        "What Will Google's Gemini Offer to the Pentagon?",
        "Why the Army's $20 billion Anduril contract isn't what it looks like\n\nAnalysts disagree.",
    ):
        assert not _events(text), _events(text)


def test_a_contract_re_signed_is_a_contract_not_a_resignation():
    text = "Today, Palantir announced that it has resigned a controversial contract with the U.S. Army."
    events = _events(text)
    assert [e for e in events if e["type"] == "contract"], events
    assert not [e for e in events if e["type"] == "personnel"], events


def test_what_jets_are_for_and_what_someone_hopes_for_are_no_events():
    for text in (
        "The F-35 is a series of fighter jets deployed for ground attack and combat.",
        '"I hope the White House will send the Senate nominations soon," McCain said Monday.',
    ):
        events = _events(text)
        assert not [e for e in events if e["type"] in ("operation", "personnel")], events


def test_a_label_the_department_considers_is_not_given():
    text = "The Pentagon is weighing designating Anthropic a supply chain risk."
    assert not _of_type(text, "designation"), _events(text)


def test_a_selection_needs_a_selected_company():
    text = 'Under Secretary Emil Brandt wrote on X on Monday that Anthropic had "chosen politics."'
    assert not _of_type(text, "contract"), _events(text)
    chosen = (
        "The Army has chosen Palantir Technologies to deploy a battlefield intelligence system."
    )
    assert _of_type(chosen, "contract"), _events(chosen)
