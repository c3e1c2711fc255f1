"""Extractor 0.12.3 (helper sta): statements, in our own words.

A quote taken at an appearance ("During a briefing on Monday, she said …") or from a
social-media post ("wrote in a post on X on Tuesday that …") colours the story, however
dated. A plan with no day (dropped as no event) does not swallow the statement that tells
it. "As we wrote on Friday" in a Friday article recalls last week's words. "Claimed
responsibility for the strike" admits the strike, which is the news. A company's name
parsed as an adjective ("Acme executives") is still the company. The saying outside a
quote, not what the quote recalls, dates the statement.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model


def _statements(text: str, published: str) -> list[dict]:
    return [e for e in _events(text, published) if e["type"] == "statement"]


@pytest.mark.parametrize(
    "text",
    [
        "At a press conference on Monday, Palantir CEO Alex Karp said software decides "
        "modern wars.",
        "During a press briefing on March 3, the Navy said it would publish its list of "
        "programs to cut.",
        "Alex Karp said in a discussion at a university event in February that software "
        "decides modern wars.",
    ],
)
def test_a_quote_dated_by_the_appearance_is_colour(text):
    assert not _statements(text, "2026-03-10"), _events(text, "2026-03-10")


def test_a_statement_dated_in_its_own_clause_stays():
    found = _statements(
        "Palantir CEO Alex Karp said on Monday that software decides modern wars.",
        "2026-03-10",
    )
    assert found and found[0]["date"] == "2026-03-09", found


@pytest.mark.parametrize(
    "text",
    [
        "Navy Secretary John Phelan wrote in a Monday evening X post that the yard would "
        "deliver two hulls late.",
        "On Monday, Alex Karp confirmed in a post that the Army had accepted the terms.",
        "In a video posted to X on Monday, Navy Secretary John Phelan said the service would "
        "keep both hulls.",
    ],
)
def test_a_dated_quote_from_a_social_media_post_is_colour(text):
    assert not _statements(text, "2026-03-10"), _events(text, "2026-03-10")


def test_a_plan_with_no_day_does_not_swallow_its_statement():
    text = (
        "Before the Senate vote, the White House released a statement of support for the "
        "budget bill and noted President Donald Trump would sign the bill once it reaches "
        "his desk."
    )
    found = _statements(text, "2026-03-10")
    assert found and "White House" in {a["name"] for a in found[0]["actors"]}, _events(
        text, "2026-03-10"
    )


def test_as_we_wrote_on_the_publication_weekday_is_last_week():
    text = (
        "Palantir received a notice from the Army. As we wrote on Tuesday, we think the "
        "decision is wrong and we will fight it."
    )
    found = [e for e in _statements(text, "2026-03-10") if e["trigger"] == "wrote"]
    assert found and found[0]["date"] == "2026-03-03", _events(text, "2026-03-10")


def test_claiming_responsibility_for_an_attack_is_the_attack():
    events = _events(
        "On Monday, the Houthis claimed responsibility for shooting down an American drone "
        "over Yemen.",
        "2026-03-10",
    )
    assert not [e for e in events if e["type"] == "statement"], events
    assert [e for e in events if e["type"] == "operation"], events


def test_a_company_name_before_its_people_is_the_company():
    # the parser may read the name as an adjective ("Acme executives"): a name is none
    found = _statements(
        "Anthropic executives warned on Monday that the ban could cost the company billions.",
        "2026-03-10",
    )
    assert found and "Anthropic" in {a["name"] for a in found[0]["actors"]}, found


def test_the_saying_outside_a_quote_dates_the_statement():
    text = (
        "“My predecessor testified before Congress in 2021 that China could move within six "
        "years,” Harry Harris said on Tuesday."
    )
    found = _statements(text, "2026-03-10")
    assert found and found[0]["date"] == "2026-03-10", found
