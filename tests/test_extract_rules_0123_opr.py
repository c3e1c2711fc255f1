"""Extractor 0.12.3 (opr): operations and personnel moves, in our own words.

Operations: a war waged, or a side "at war with" another, is fighting that happens (and goes
on: the day a sentence's speaker said it is not its day); two operations in one sentence
fought by different sides are two happenings, even when one is told in a clause inside the
other. "The prospect of X invading Y" is no invasion, and a strike promised with no day of its
own ("will strike anyone who …, he said Wednesday") is no strike of that Wednesday.

Personnel: a nomination and a firing told in one sentence are two steps (a nomination held up
to protest a firing is not the firing); "former director Paul Hart’s resignation" is Paul
Hart's; "X was among the officers fired" moves X; and when the small model misreads
"nominated retired Gen. John Doe to be …", the person named right after the verb is still the
one nominated, by the one named before it.

Names: "Laura M. Keyes" after "Laura Keyes", and "Bob Hale" after "Robert Hale", are the
person named before, so that a bare surname later names one person, not one of two.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model


def _of(text: str, etype: str, published: str = "2026-03-10") -> list[dict]:
    return [e for e in _events(text, published) if e["type"] == etype]


def _names(event: dict) -> set[str]:
    return {a["name"] for a in event["actors"]}


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia is at war with Eritrea.",
        "The rebel group al-Shabaab has waged an insurgency in Somalia for a decade.",
        "Russia has waged war against Ukraine since February 2022.",
    ],
)
def test_a_war_waged_is_an_operation(text):
    assert _of(text, "operation"), _events(text, "2026-03-10")


@pytest.mark.parametrize(
    "text",
    [
        "The officer studied at the Army War College before he retired.",
        "Officials remembered the war in a ceremony on Monday.",
    ],
)
def test_a_war_named_in_passing_is_no_operation(text):
    assert not _of(text, "operation"), _events(text, "2026-03-10")


def test_fighting_of_another_side_told_in_a_clause_is_its_own_operation():
    text = (
        "The Houthis say they are attacking ships in the Red Sea to back Palestinians in "
        "the Gaza Strip, where Israel is at war with Hamas."
    )
    ops = _of(text, "operation", "2024-02-01")
    assert len(ops) == 2, ops
    (war,) = [e for e in ops if "Israel" in _names(e)]
    assert "Hamas" in _names(war), ops


def test_a_nomination_and_a_firing_in_one_sentence_are_two_steps():
    text = (
        "Democrats delayed a vote on Jane Roe's nomination to protest Trump's March 2 firing "
        "of John Doe."
    )
    moves = _of(text, "personnel")
    assert len(moves) == 2, moves
    (nomination,) = [e for e in moves if "Jane Roe" in _names(e)]
    assert nomination["date"] != "2026-03-02", moves


def test_the_named_owner_of_an_exit_is_the_one_who_left():
    # a curly apostrophe: the small model hangs "former director Paul Hart’s" on the noun
    # as a modifier, not as its possessor
    text = (
        "Mark Lane will lead the Defense Innovation Unit in an acting capacity following "
        "former director Paul Hart’s resignation Monday."
    )
    moves = _of(text, "personnel")
    (gone,) = [e for e in moves if "Paul Hart" in _names(e)]
    assert "Mark Lane" not in _names(gone) and gone["date"] == "2026-03-09", moves


@pytest.mark.parametrize(
    "text",
    [
        "Trump fired Gen. Mark Hill on Friday. Trump nominated retired Air Force Lt. Gen. "
        "Dan Caine to be the next chairman.",
        "Trump fired Gen. Mark Hill on Friday. Trump in his social media post nominated "
        "retired Air Force Lt. Gen. Dan Caine to be the next chairman.",
    ],
)
def test_the_person_named_after_a_misread_nomination_is_nominated(text):
    moves = _of(text, "personnel", "2025-02-21")
    (nomination,) = [e for e in moves if "Dan Caine" in _names(e)]
    assert "Donald Trump" in _names(nomination), moves
    assert "Mark Hill" not in _names(nomination), moves


@pytest.mark.parametrize(
    "text",
    [
        "Adm. Jane Roe was one of several senior commanders fired Friday evening.",
        "Adm. Jane Roe was among the senior commanders fired on Friday.",
    ],
)
def test_one_of_those_fired_is_fired(text):
    moves = _of(text, "personnel", "2025-02-21")
    assert any("Jane Roe" in _names(e) and e["date"] == "2025-02-21" for e in moves), moves


def test_a_company_among_those_tapped_moves_no_one():
    text = "Elon Musk’s xAI is also among the firms tapped for the work."
    assert not _of(text, "personnel"), _events(text, "2026-03-10")


def test_a_middle_initial_does_not_make_a_second_person():
    text = (
        "Gen. Laura Keyes took command of the unit on Feb. 5. A post by the command said Gen. "
        "Laura M. Keyes led the review. On Friday, Keyes ordered another vessel destroyed."
    )
    events = _events(text, "2026-03-10")
    (order,) = [e for e in events if e["date"] == "2026-03-06"]
    assert "Laura Keyes" in _names(order), events


def test_a_short_first_name_is_the_person_named_in_full():
    text = (
        "Robert Hale, the agency's budget chief, resigned on Friday. Officials thanked Bob Hale "
        "for his work. Hale, who took over the office in August 2021, worked in Congress before."
    )
    moves = _of(text, "personnel")
    assert any(e["date"] == "2021-08" and "Robert Hale" in _names(e) for e in moves), moves


@pytest.mark.parametrize(
    "text",
    [
        "An admiral warned lawmakers that the country ignores the prospect of China invading "
        "Taiwan within years.",
        "Officials raised fears of Russia attacking NATO territory.",
    ],
)
def test_an_attack_that_may_come_is_no_operation(text):
    assert not _of(text, "operation", "2023-02-07"), _events(text, "2023-02-07")


def test_a_strike_promised_has_no_day_of_its_own():
    text = (
        "The Navy will keep ships off the coast and strike any boat that carries drugs, the "
        "admiral said Wednesday."
    )
    assert not _of(text, "operation", "2025-09-03"), _events(text, "2025-09-03")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The Navy will send two destroyers to the Red Sea, the admiral said Wednesday.",
            "2025-09-03",
        ),
        ("The Navy will strike the radar site on Friday, officials said Wednesday.", "2025-09-05"),
    ],
)
def test_forces_sent_or_a_strike_with_its_day_are_kept(text, day):
    ops = _of(text, "operation", "2025-09-03")
    assert [e["date"] for e in ops] == [day], ops


def test_strikes_counted_since_a_month_are_a_campaign_from_that_month():
    text = (
        "The raid was the latest of more than twenty U.S. strikes since August on boats in the "
        "region."
    )
    ops = _of(text, "operation", "2025-11-06")
    assert [e["date"] for e in ops] == ["2025-08"], ops


def test_a_caption_in_the_present_tense_tells_an_arrival():
    text = (
        "U.S. Army soldiers assigned to 3rd Armored Brigade Combat Team, 4th Infantry "
        "Division, arrive Jan. 9 in Gdansk, Poland."
    )
    ops = _of(text, "operation", "2023-01-20")
    assert [e["date"] for e in ops] == ["2023-01-09"], ops


def test_a_name_withdrawn_in_an_as_clause_is_its_own_move():
    text = (
        "He wrote that Jane Roe would take on the role of acting director as Paul Hart withdrew "
        "his name."
    )
    moves = _of(text, "personnel", "2019-06-19")
    assert any(_names(e) >= {"Paul Hart"} and "Jane Roe" not in _names(e) for e in moves), moves
