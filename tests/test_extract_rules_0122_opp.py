"""Extractor 0.12.2 (opp): operations and personnel moves, in our own words.

One article often tells a shake-up: one person leaves or is fired, another takes over or is
nominated. Two personnel events that share an actor (the secretary who fires, the company)
were folded as one happening, and the successor's move was lost; each move of its own
person is a happening, and an undated one takes the time of the move it is told with.

Operations: one side's strike and the other side's attacks are two happenings; attacks
vowed or planned are not made; "fired 150 rounds at targets" is a strike, not a dismissal;
a strike dated "last week" is not the strike of Thursday, though both fall in one year.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model


def _moves(text: str, published: str) -> list[dict]:
    return [e for e in _events(text, published) if e["type"] == "personnel"]


def _people(event: dict) -> set[str]:
    return {a["name"] for a in event["actors"] if a["type"] == "PERSON"}


@pytest.mark.parametrize(
    ("text", "leaving", "coming"),
    [
        (
            "Defense Secretary Lloyd Austin said on Monday that he had accepted the "
            "resignation of Navy Secretary Carlos Del Toro. Austin said Army Undersecretary "
            "Gabe Camarillo would take over as acting Navy secretary.",
            "Carlos Del Toro",
            "Gabe Camarillo",
        ),
        (
            "Palantir said on Thursday that its president, Laura Benton, would leave the "
            "company. Palantir said Victor Hale would step in as interim president.",
            "Laura Benton",
            "Victor Hale",
        ),
        (
            "President Joe Biden fired Navy Secretary Mark Alder on Friday. Biden said he "
            "would nominate Admiral Susan Kerr as Alder's replacement.",
            "Mark Alder",
            "Susan Kerr",
        ),
    ],
)
def test_two_people_moved_in_one_article_are_two_moves(text, leaving, coming):
    moves = _moves(text, "2026-03-10")
    gone = [e for e in moves if leaving in _people(e)]
    new = [e for e in moves if coming in _people(e)]
    assert gone and new, moves
    assert not [e for e in new if leaving in _people(e)], moves
    # the successor's move is told with the departure and shares its time
    assert new[0]["date"] == gone[0]["date"] is not None, moves


def _operations(text: str, published: str) -> list[dict]:
    return [e for e in _events(text, published) if e["type"] == "operation"]


def _actors(event: dict) -> set[str]:
    return {a["name"] for a in event["actors"]}


def test_a_strike_and_the_targets_own_attacks_are_two_operations():
    text = (
        "The United States struck the Houthis in Yemen on Wednesday. The Houthis say they are "
        "carrying out the attacks in the Red Sea to support Gaza."
    )
    ops = _operations(text, "2024-01-19")
    assert len(ops) == 2, ops
    (theirs,) = [e for e in ops if "United States" not in _actors(e)]
    assert "Houthis" in _actors(theirs) and theirs["date"] is None, ops


def test_attacks_vowed_are_not_made():
    text = "The Houthis vowed on Wednesday to continue their attacks in the Red Sea."
    assert not _operations(text, "2024-01-19"), _events(text, "2024-01-19")


def test_plans_to_attack_are_no_attack():
    text = (
        "The Pentagon said the general had been drawing up plans to attack American bases in "
        "the region."
    )
    assert not _operations(text, "2024-01-19"), _events(text, "2024-01-19")


def test_rounds_fired_at_targets_are_an_operation():
    text = "The USS Carney fired dozens of rounds at drones over the Red Sea on Tuesday."
    (op,) = _operations(text, "2024-01-19")
    assert "USS Carney" in _actors(op) and op["date"] == "2024-01-16", op
    assert not [e for e in _events(text, "2024-01-19") if e["type"] == "personnel"]


def test_a_strike_last_week_is_not_the_strike_of_thursday():
    text = (
        "Last week, the Navy fired missiles at radar sites in Yemen. On Thursday, the United "
        "States struck a Houthi missile launcher."
    )
    ops = _operations(text, "2024-01-19")
    assert sorted(str(e["date"]) for e in ops) == ["2024-01-18", "2024-W02"], ops


@pytest.mark.parametrize(
    "text",
    [
        "Palantir's chief strategy officer Victor Hale will step in as interim chief executive.",
        "Palantir's chief operating officer Victor Hale was named interim chief executive.",
    ],
)
def test_a_title_with_its_qualifier_ties_the_person_to_the_company(text):
    (move,) = _moves(text, "2026-03-10")
    assert {"Victor Hale", "Palantir"} <= _actors(move), move


@pytest.mark.parametrize(
    "text",
    [
        "SpaceX launched a GPS satellite for the Space Force on Tuesday. The same Falcon 9 "
        "booster previously launched a batch of Starlink satellites.",
        "The Navy struck a Houthi radar site on Monday. The Navy also struck a drone launch "
        "site near the coast.",
    ],
)
def test_an_operation_told_as_another_is_not_folded_into_the_first(text):
    assert len(_operations(text, "2024-01-19")) == 2, _events(text, "2024-01-19")
