"""Parsing only the sentences that can hold an event or a date (`full_parse=False`, an
option since extractor 0.9.0 parses every sentence by default) changes no result here."""

from __future__ import annotations

import pytest

from extract import Extractor, get_extractor
from extract.parse_gate import can_gate, trigger_forms

pytestmark = pytest.mark.model

# Our own words: event sentences, dated sentences and colour between them.
ARTICLE = """Pentagon presses AI labs over usage terms

Defense Secretary Pete Hegseth met Anthropic chief executive Dario Amodei at the Pentagon on Tuesday.
The conversation was described as tense by people who were briefed on it.
Few details about the tone of the exchange have emerged.
The department gave the company until Friday to accept its terms, officials said.
Palantir was awarded a $480 million contract by the Army last month.
The software runs on servers in several regions and is patched often.
Its engineers work out of offices in Denver and Washington.
OpenAI announced a partnership with Anduril in December 2024.
Critics see the arrangement as a mark of wider change across the industry.
"""


@pytest.fixture(scope="module")
def both() -> tuple[Extractor, Extractor]:
    return Extractor(full_parse=False), get_extractor()


def run(extractor: Extractor, text: str) -> dict:
    return extractor.extract_one({"id": "a", "published": "2026-02-27", "text": text})


def test_small_model_is_gated_on_request_and_fully_parsed_by_default(both):
    gated, full = both
    assert can_gate(gated.nlp)
    assert "beat_parse_gate" in gated.nlp.pipe_names
    assert "parser" not in gated.nlp.pipe_names and "senter" in gated.nlp.pipe_names
    assert "beat_parse_gate" not in full.nlp.pipe_names and "parser" in full.nlp.pipe_names


def test_gated_results_equal_full_parse(both):
    gated, full = both
    a, b = run(gated, ARTICLE), run(full, ARTICLE)
    assert {e["type"] for e in a["events"]} >= {"meeting", "contract", "partnership"}
    assert a["events"] == b["events"]
    assert a["dates"] == b["dates"]
    assert a["entities"] == b["entities"]


def test_only_sentences_with_a_trigger_or_a_date_are_parsed(both):
    gated, _ = both
    doc = gated.nlp(ARTICLE)
    parsed = {s.text.strip() for s in doc.sents if any(t.pos_ for t in s)}
    assert any(s.startswith("Defense Secretary Pete Hegseth met") for s in parsed)
    assert any(s.startswith("Palantir was awarded") for s in parsed)
    assert not any(s.startswith("The software runs on servers") for s in parsed)
    assert not any(s.startswith("Critics see the arrangement") for s in parsed)
    # unparsed sentences keep their boundaries: a flat tree per sentence
    texts = [s.text.strip() for s in doc.sents]
    assert "Its engineers work out of offices in Denver and Washington." in texts


def test_trigger_forms_cover_inflections():
    forms = trigger_forms()
    assert {"met", "meeting", "awarded", "awards", "said", "talks", "struck", "teamed"} <= forms
    assert "servers" not in forms
