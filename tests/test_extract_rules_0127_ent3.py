"""Extractor 0.12.7 (helper ent3): entity recall, in our own words.

Typographic hyphens read as hyphens ("(D‑Ore.)" with U+2011); a closing bracket glued by a
dash to the next word ("(R-Ohio)—who"); the adjective "congressional" names Congress; "a
Democrat from ..." names the party; a person the model cut after a middle initial; words of a
"Chief ... Officer" title, a name's particle ("Del Rio"), page furniture ("Photo"),
"Ranking" and a heading's run of common words are no entities of their own; two beat laws
the gazetteer lacked.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from extract import get_extractor
from tests.test_extract_rules_090 import _entities

pytestmark = pytest.mark.model


def _canonical(words: list[str] | str, spans: list[tuple[int, int, str]]) -> list[Span]:
    """The canonicaliser's entities for the model spans given by hand (token bounds, label)."""
    nlp = get_extractor().nlp
    doc = nlp.make_doc(words if isinstance(words, str) else " ".join(words))
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in spans]
    return list(nlp.get_pipe("beat_canonicaliser")(doc).ents)


def test_non_breaking_hyphen_in_a_party_and_state() -> None:
    found = _entities("The measure is led by Senator Maria Okafor (D\u2011Ore.) and two others.")
    assert "Democratic Party" in found, found
    assert "Oregon" in found, found


def test_bracket_glued_to_a_dash() -> None:
    found = _entities(
        "Leaders in both chambers, including Rep. Dale Pruitt (R-Ohio)—who chairs the "
        "panel—wrote to the agency last month."
    )
    assert "Republican Party" in found, found
    assert "Ohio" in found, found


def test_congressional_names_congress() -> None:
    found = _entities("The tanker plan still needs congressional approval, aides said.")
    assert "U.S. Congress" in found, found
    # a capitalised word after it makes a name of its own
    found = _entities("A Congressional Budget Office estimate put the cost at $3 billion.")
    assert "U.S. Congress" not in found, found


def test_a_democrat_from_names_the_party() -> None:
    found = _entities("Rep. Alma Quint, a Democrat from Oregon, spoke at the shipyard on Friday.")
    assert "Democratic Party" in found, found


def test_person_cut_after_a_middle_initial() -> None:
    ents = _canonical(
        ["Navy", "Secretary", "Helen", "R.", "Vasquez", "toured", "the", "yard", "."],
        [(2, 4, "PERSON"), (4, 5, "PERSON")],
    )
    texts = [e.text for e in ents]
    assert "Helen R. Vasquez" in texts and "Helen R." not in texts, texts


def test_word_of_a_chief_officer_title_is_no_entity() -> None:
    ents = _canonical(
        ["The", "Chief", "Data", "and", "Analytics", "Officer", "Lena", "Park", "spoke", "."],
        [(2, 3, "ORG"), (6, 8, "PERSON")],
    )
    assert [e.text for e in ents] == ["Lena Park"], ents


def test_surname_with_its_particle_is_the_person() -> None:
    ents = _canonical(
        ["Marisol", "Del", "Rio", "took", "command", ".", "Del", "Rio", "said", "so", "."],
        [(0, 3, "PERSON"), (6, 8, "PERSON")],
    )
    assert len(ents) == 2 and ents[0].id_ == ents[1].id_, [(e.text, e.id_) for e in ents]


@pytest.mark.parametrize("word", ["Photo", "Ranking", "Business", "Policy", "IPO"])
def test_page_furniture_and_title_words_are_no_entities(word: str) -> None:
    assert _canonical([word, "by", "the", "desk", "."], [(0, 1, "ORG")]) == []


def test_heading_run_of_common_words_is_no_name() -> None:
    text = (
        "Harbor Tug Contract Quietly Revised By Navy\n"
        "The navy revised the tug contract quietly, a harbor official said."
    )
    doc = get_extractor().nlp.make_doc(text)
    assert doc[2].text == "Contract" and doc[4].text == "Revised"
    assert _canonical(text, [(0, 5, "ORG")]) == []
    # the same words in running text stay a name
    assert _canonical("We met Harbor Tug Contract Quietly Revised today.", [(2, 7, "ORG")])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The firm won an Other Transaction Authority agreement for the radar work.",
            "Other Transaction Authority",
        ),
        (
            "Labs must publish safety frameworks under the Transparency in Frontier "
            "Artificial Intelligence Act, the state said.",
            "Transparency in Frontier Artificial Intelligence Act",
        ),
    ],
)
def test_beat_laws(text: str, name: str) -> None:
    found = _entities(text)
    assert name in found, found
