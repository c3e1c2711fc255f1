"""Extractor 0.12.5 (helper fmt): how a page is written, in our own words.

Wire copy is often stored hard-wrapped: a single line break every seventy characters or
so, in the middle of a sentence. A line that ends on a word or a comma and a next line
that opens in lower case are one sentence (no headline, byline or new sentence opens in
lower case), so a date or an object on the next line still belongs to its verb.

A headline in the present tense with no date ("Pentagon Chief Accepts Army Secretary's
Resignation") is the title of the happening of its kind the body dates near
publication: it is not a second happening.
"""

from __future__ import annotations

import pytest

from extract.extractor import get_extractor
from tests.test_extract_rules_090 import _of_type

pytestmark = pytest.mark.model


def test_a_wrapped_line_keeps_its_date_with_the_verb():
    text = (
        "NORFOLK (AP) — The Navy awarded General Dynamics a $95 million contract\n"
        "on Monday to repair two destroyers at its yard, officials said.\n"
        "The work is due to end next year.\n"
    )
    found = _of_type(text, "contract", "2026-05-14")
    assert found and found[0]["date"] == "2026-05-11", found


def test_a_wrapped_line_is_one_sentence():
    doc = get_extractor().nlp(
        "The agency named a new director\nof its cyber office, the officials said.\n"
    )
    assert len([s for s in doc.sents if s.text.strip()]) == 1


def test_an_undated_headline_is_the_title_of_the_dated_move_below():
    text = (
        "Pentagon Chief Accepts Army Secretary's Resignation\n\n"
        "Defense Secretary Pete Hegseth accepted the resignation of Army Secretary Dan "
        "Driscoll on Tuesday, the Pentagon said.\n"
    )
    found = _of_type(text, "personnel", "2026-05-14")
    assert [e["date"] for e in found] == ["2026-05-12"], found
