"""Extractor 0.12.2 (helper st2): statements, in our own words.

"The president" of a news story, with or without "US" before it, is the person the
article titled President before, not the country a compound names. A statement cited as
the source of the sentence's content ("according to statements released by Acme", "as
announced by its founder on Tuesday") is an attribution, not a statement that is news
itself. "Writing checks" is paying.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "President Donald Trump toured a shipyard on Monday. The US president has warned that "
        "the cartels will pay a heavy price for the attacks.",
        "President (Donald) Trump toured a shipyard on Monday. The president has warned that "
        "the cartels will pay a heavy price for the attacks.",
        "President Trump toured a shipyard on Monday. The president has warned that the "
        "cartels will pay a heavy price for the attacks.",
    ],
)
def test_the_president_is_the_person_titled_president_before(text):
    statements = [e for e in _events(text, "2026-01-14") if e["type"] == "statement"]
    assert statements, "the warning is a statement"
    assert ["Donald Trump"] == [a["name"] for a in statements[0]["actors"]], statements


def test_the_president_of_a_company_is_not_the_one_titled_before():
    statements = [
        e
        for e in _events(
            "President Donald Trump toured a shipyard on Monday. The president of Acme Corp "
            "has warned that prices will rise.",
            "2026-01-14",
        )
        if e["type"] == "statement"
    ]
    assert all("Donald Trump" not in [a["name"] for a in e["actors"]] for e in statements), (
        statements
    )


def test_statements_cited_with_according_to_are_a_source():
    events = _events(
        "The firm will keep serving the Navy, according to official statements released by "
        "Orbital Forge.",
        "2025-02-11",
    )
    assert not [e for e in events if e["type"] == "statement"], events


@pytest.mark.parametrize(
    "text",
    [
        "The merger still needs approval from the Army, as announced by Orbital Forge founder "
        "John Smith on Tuesday.",
        "Announced on Tuesday by the Navy, the award makes Orbital Forge the builder of the "
        "new drone boats.",
    ],
)
def test_a_participle_announced_by_someone_is_a_source(text):
    events = _events(text, "2025-02-11")
    assert not [e for e in events if e["type"] == "statement"], events


def test_a_founder_announcing_on_tuesday_is_still_a_statement():
    events = _events(
        "Orbital Forge founder John Smith announced on Tuesday that the merger needs approval "
        "from the Army.",
        "2025-02-11",
    )
    assert [e for e in events if e["type"] == "statement"], events


def test_writing_checks_is_paying_not_a_statement():
    events = _events(
        "The Navy is suing Orbital Forge and at the same time writing large checks to the firm.",
        "2026-05-28",
    )
    assert not [e for e in events if e["type"] == "statement"], events
