"""Extractor 0.12.8: statements, talks and who said them, in our own words.

A reader of the demo found four rows whose speaker or counterpart contradicted the
sentence: a letter the company received, shown as a statement by the department that sent
it; Republicans' praise and Democrats' objections folded into one statement by both
parties; "xAI and Google are also in talks" shown as talks between the two; and a
chatbot's replies shown as a statement by its maker.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _events, _of_type

pytestmark = pytest.mark.model


def test_a_letter_confirming_a_label_is_the_designation_not_the_senders_statement():
    text = (
        "Anduril said it would fight the decision in court after receiving a letter from "
        "the Navy confirming the label."
    )
    assert not [e for e in _of_type(text, "statement") if "U.S. Navy" in _actors(e)], _events(text)
    found = _of_type(text, "designation")
    assert found and all("U.S. Navy" in _actors(e) for e in found), _events(text)


def test_the_receiver_of_a_notice_is_the_one_designated():
    text = "Anduril received a letter from the Navy on Monday confirming the designation."
    found = _of_type(text, "designation")
    assert found, _events(text)
    roles = {a["name"]: a["role"] for a in found[0]["actors"]}
    assert roles.get("U.S. Navy") == "agent" and roles.get("Anduril") != "agent", roles


def test_two_speakers_on_either_side_of_while_are_not_one_statement():
    text = (
        "Republican leaders praised the strike, while several Democrats said the White House "
        "had ignored Congress and demanded a hearing."
    )
    assert not [
        e
        for e in _of_type(text, "statement")
        if {"Republican Party", "Democratic Party"} <= _actors(e)
    ], _events(text)


def test_subjects_also_in_talks_face_the_body_the_article_is_about():
    text = (
        "Shield AI signed with the Navy last month. Palantir and Anduril are also in talks, "
        "two people said."
    )
    found = _of_type(text, "negotiation")
    assert found, _events(text)
    # each talks with the Navy, not with the other
    assert all("U.S. Navy" in _actors(e) for e in found), found


def test_subjects_also_in_talks_with_no_body_named_are_apart():
    text = "Palantir and Anduril are also in talks, two people said."
    found = _of_type(text, "negotiation")
    assert found, _events(text)
    assert not [e for e in found if {"Palantir", "Anduril"} <= _actors(e)], found
    # without "also", two subjects in talks are in talks with each other
    text = "Palantir and Anduril are in talks to merge their drone units."
    found = _of_type(text, "negotiation")
    assert [e for e in found if {"Palantir", "Anduril"} <= _actors(e)], found


def test_what_a_chatbot_posts_is_no_statement_by_its_maker():
    text = "Last week Grok posted insulting replies on X after a faulty update."
    assert not [e for e in _of_type(text, "statement") if "xAI" in _actors(e)], _events(text)
    # the maker's own words stay its statement
    text = "xAI apologized on Monday for the replies."
    assert [e for e in _of_type(text, "statement") if "xAI" in _actors(e)], _events(text)
