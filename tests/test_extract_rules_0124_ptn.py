"""Extractor 0.12.4 (helper ptn): partnerships, meetings and rulings, in our own words.

A hearing told again without a date ("said during the hearing") is the hearing the
article dates: it folds into it when they share a party, else takes its day. Two
organisations agreeing to do a thing together is a partnership. A past course of joint
work ("was working with the Navy to build …") is one, dated by its own clause only. A
partnership a company says it will enter is news though undated. A pilot program run with
an organisation is joint work, and "also" marks another one, not a retelling. A request
("Please come visit me") is no meeting. A decision of a court or of the GAO is a ruling.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model


def _of(kind: str, text: str, published: str) -> list[dict]:
    return [e for e in _events(text, published) if e["type"] == kind]


def _names(ev: dict) -> set[str]:
    return {a["name"] for a in ev["actors"]}


def test_hearing_retold_folds_into_the_dated_one():
    text = (
        "Navy Secretary John Phelan and Adm. Daryl Caudle testify Thursday during a Senate "
        "Armed Services Committee hearing on the shipbuilding plan.\n\n"
        "“We cannot build ships on hope alone,” Phelan said during a long hearing on the "
        "service's budget request."
    )
    meetings = _of("meeting", text, "2025-06-12")
    assert len(meetings) == 1, meetings
    assert meetings[0]["date"] == "2025-06-12"


def test_hearing_retold_of_another_committee_takes_the_day():
    text = (
        "In two hearings on Wednesday, lawmakers told Pentagon leaders the budget for "
        "munitions was too small.\n\n"
        "“This is not enough,” Sen. Roger Wicker said while chairing a Senate Armed Services "
        "Committee hearing on the Army budget."
    )
    meetings = _of("meeting", text, "2025-06-12")
    assert meetings and all(m["date"] == "2025-06-11" for m in meetings), meetings


def test_lone_undated_hearing_stays_undated():
    text = "“We need more ships,” Sen. Roger Wicker said during a hearing on the Navy budget."
    meetings = _of("meeting", text, "2025-06-12")
    assert all(m["date"] is None for m in meetings), meetings


def test_two_companies_agreeing_to_build_together_is_a_partnership():
    text = "Palantir and Microsoft agreed to jointly develop a targeting tool, the firms said on Monday."
    parts = _of("partnership", text, "2025-10-08")
    assert parts and {"Palantir", "Microsoft"} <= _names(parts[0]), parts
    assert parts[0]["date"] == "2025-10-06"


def test_agreeing_to_terms_is_no_partnership():
    text = "Anthropic agreed to remove two limits from its usage policy on Monday."
    assert not _of("partnership", text, "2025-10-08")


def test_past_joint_work_with_a_purpose_is_a_partnership_undated_by_the_news():
    text = (
        "Reports surfaced in April that Microsoft was working with the U.S. Army to develop "
        "software for reading satellite images."
    )
    parts = _of("partnership", text, "2025-10-08")
    assert parts and {"Microsoft", "U.S. Army"} <= _names(parts[0]), parts
    assert parts[0]["date"] is None


def test_present_talk_of_working_together_is_no_partnership():
    text = "Microsoft is working with the U.S. Army to change the contract."
    assert not _of("partnership", text, "2025-10-08")


def test_a_partnership_announced_for_the_future_is_kept():
    text = (
        "Months before, Palantir said it would work with Microsoft and Amazon to bring its "
        "software to intelligence agencies."
    )
    parts = _of("partnership", text, "2025-10-08")
    assert parts and {"Palantir", "Microsoft"} <= _names(parts[0]), parts


def test_a_hoped_for_partnership_is_no_event():
    assert not _of("partnership", "Palantir hopes to partner with Microsoft one day.", "2025-10-08")


def test_pilot_program_with_an_office_is_a_partnership():
    text = (
        "Late last year, Anthropic also began a pilot program with the Chief Digital and "
        "Artificial Intelligence Office to test models for planning."
    )
    parts = _of("partnership", text, "2026-02-11")
    assert parts and "Chief Digital and Artificial Intelligence Office" in _names(parts[0])
    assert not _of("launch", text, "2026-02-11")


def test_pilot_program_as_a_frame_is_no_partnership():
    text = "As part of a pilot program with the Army, Anduril released a new drone in May."
    assert not _of("partnership", text, "2026-02-11")


def test_a_plain_program_is_no_partnership():
    assert not _of("partnership", "The Army started a new drone program in May.", "2026-02-11")


def test_a_request_to_visit_is_no_meeting():
    text = (
        "“We will not cross that line. Please come visit me in prison if it comes to that,” "
        "Sam Altman wrote on X."
    )
    assert not _of("meeting", text, "2026-03-04")


def test_a_reported_visit_stays_a_meeting():
    text = "Pete Hegseth visited the Lockheed Martin plant in Fort Worth on Monday."
    assert _of("meeting", text, "2026-01-14")


def test_a_gao_decision_is_a_ruling():
    text = (
        "The bidder must pay its own legal costs, according to a Government Accountability "
        "Office decision released Thursday."
    )
    legal = _of("legal", text, "2025-07-19")
    assert legal and legal[0]["date"] == "2025-07-17", legal


def test_a_department_decision_is_no_ruling():
    text = "The Pentagon's decision to drop the vendor surprised investors on Thursday."
    assert not _of("legal", text, "2025-07-19")


def test_model_added_to_a_platform_is_a_partnership():
    text = "Anthropic's Claude models were added on 3 March 2026 to the Army's GenAI.mil platform."
    parts = _of("partnership", text, "2026-03-05")
    assert parts and "Anthropic" in _names(parts[0]) and parts[0]["date"] == "2026-03-03", parts
    assert not _of("designation", text, "2026-03-05")


def test_models_yet_to_be_added_with_no_name_are_no_partnership():
    # a demo row of 0.12.4's first merge: "more models would be added to the platform"
    text = (
        "The Pentagon launched GenAI.mil on Tuesday. A spokesman said more AI models would be"
        " added to the platform in the coming weeks."
    )
    assert not _of("partnership", text, "2026-03-05")


def test_company_added_to_a_list_stays_a_designation():
    text = "The Commerce Department added DJI to the entity list on Monday."
    assert _of("designation", text, "2026-03-05")
    assert not _of("partnership", text, "2026-03-05")


def test_pressing_companies_as_a_class_is_a_negotiation_step():
    text = (
        "The Pentagon has lately been pressuring large AI labs to loosen the limits on "
        "their models for classified work."
    )
    steps = _of("negotiation", text, "2026-02-14")
    assert steps and "U.S. Department of Defense" in _names(steps[0]), steps


def test_an_ongoing_push_is_not_dated_by_its_report():
    text = (
        "The Pentagon is pushing AI companies, among them OpenAI, to lift their usage limits "
        "on secret networks without the usual safeguards that the firms apply to customers, "
        "Reuters reported on Wednesday."
    )
    steps = _of("negotiation", text, "2026-02-14")
    assert steps and all(s["date"] is None for s in steps), steps


def test_pushing_back_is_no_pressure_step():
    text = "The Army is pushing back against the plan to cut drones."
    assert not _of("negotiation", text, "2026-02-14")
