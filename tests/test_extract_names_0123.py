"""Extractor 0.12.3: a person's surname read before or around the full name, in our own words.

- A headline names people by surname ("Whitfield and Carver meet ..."); the body names them
  in full later. The surname is that person, under the full name, when the article names
  one person of that surname (the model may tag a headline's surname a place).
- "told Carver the department expected ...": the small model runs the name on into the
  object after it ("Carver the"); the name is the person named before.
"""

from __future__ import annotations

import pytest

from extract import get_extractor

pytestmark = pytest.mark.model

PUBLISHED = "2026-04-16"


def _extract(text: str) -> dict:
    return get_extractor().extract_one({"id": 1, "published": PUBLISHED, "text": text})


@pytest.mark.parametrize(
    "headline",
    [
        "Whitfield and Carver meet in Norfolk as shipyard talks stall",
        "Carver and Whitfield meet as shipyard talks stall",
    ],
)
def test_a_surname_in_the_headline_is_the_person_the_body_names_in_full(headline):
    text = (
        f"{headline}\nHarbour Board chair Laura Whitfield met with Tessaline Shipworks chief "
        "executive Mark Carver in Norfolk on Tuesday to discuss the stalled repair contract."
    )
    result = _extract(text)
    names = {e["name"] for e in result["entities"]}
    assert {"Laura Whitfield", "Mark Carver"} <= names
    assert not names & {"Whitfield", "Carver"}, names
    meetings = [e for e in result["events"] if e["type"] == "meeting"]
    assert meetings, result["events"]
    for meeting in meetings:
        assert not {a["name"] for a in meeting["actors"]} & {"Whitfield", "Carver"}


def test_a_name_run_on_into_the_object_after_it_is_the_person():
    text = (
        "Laura Whitfield met Mark Carver of Tessaline Shipworks on Tuesday. Whitfield told "
        "Carver the department expected the company to accept its terms by Friday."
    )
    carver = [e for e in _extract(text)["entities"] if "Carver" in e["name"]]
    assert [(e["name"], e["count"]) for e in carver] == [("Mark Carver", 2)]
