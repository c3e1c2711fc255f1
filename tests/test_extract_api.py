"""The Extractor API the tracker calls: shapes, order, laziness, JSONL, robustness."""

from __future__ import annotations

import json
from itertools import islice

import pytest

from extract import (
    EXTRACTOR_VERSION,
    Extractor,
    RecordError,
    extract_jsonl,
    get_extractor,
    slugify,
)
from extract.component import RESULT_KEY
from extract.sealed import TEXT_KEY

pytestmark = pytest.mark.model

STORY = (
    "Anduril won a $1.2bn contract from the Army on Jan. 12, the company said. "
    "Musk’s xAI released Grok 4 last July. Palantir refused to meet with the Navy. "
    "Roughly 3 million military and civilian personnel use AI tools."
)


def one(text: str, published: str | None = "2026-02-23") -> dict:
    return get_extractor().extract_one(
        {"id": "x", "url": None, "title": None, "published": published, "text": text}
    )


def test_result_shape_and_json():
    r = one(STORY)
    assert set(r) == {"id", "entities", "dates", "events", "flags"}
    json.dumps(r)
    for e in r["entities"]:
        assert set(e) == {"id", "name", "type", "count", "mentions"}
        assert e["count"] == len(e["mentions"])
        for m in e["mentions"]:
            assert STORY[m["start"] : m["end"]] == m["text"]
    for d in r["dates"]:
        assert set(d) == {"text", "start", "end", "value", "precision"}
        assert STORY[d["start"] : d["end"]] == d["text"]
    for ev in r["events"]:
        assert {
            "type",
            "date",
            "precision",
            "status",
            "confidence",
            "actors",
            "amount_usd",
            "location",
            "sentence",
            "start",
            "end",
            "trigger",
            "date_text",
        } <= set(ev)
        assert STORY[ev["start"] : ev["end"]] == ev["sentence"]
    assert isinstance(EXTRACTOR_VERSION, str)


def test_contract_money_and_date():
    r = one(STORY)
    contracts = [e for e in r["events"] if e["type"] == "contract"]
    assert contracts and contracts[0]["amount_usd"] == 1_200_000_000
    assert contracts[0]["date"] == "2026-01-12"
    names = {a["name"] for a in contracts[0]["actors"]}
    assert {"Anduril", "U.S. Army"} <= names


def test_refusal_is_not_a_meeting_and_people_are_not_money():
    r = one(STORY)
    assert not [e for e in r["events"] if e["type"] == "meeting"]
    assert all(e["amount_usd"] != 3_000_000 for e in r["events"])


def test_ai_is_not_a_place_and_products_are_not_people():
    r = one("AI is changing the Pentagon. Claude and Grok were tested in AI labs.")
    types = {e["name"]: e["type"] for e in r["entities"]}
    assert "AI" not in types
    assert types["Claude"] == "PRODUCT" and types["Grok"] == "PRODUCT"


def test_unknown_entities_get_a_slug_id_and_short_forms_resolve():
    r = one(
        "Maria Gonzalez, a Navy admiral, testified Tuesday. Gonzalez said the fleet needs drones."
    )
    ids = {e["id"]: e for e in r["entities"]}
    assert "maria-gonzalez" in ids
    assert ids["maria-gonzalez"]["count"] == 2
    assert slugify("Maria Gonzalez") == "maria-gonzalez"


def test_no_publication_date_resolves_no_relative_date():
    r = one(
        "Hegseth will meet Amodei on Tuesday. The Army awarded the deal in 2024.", published=None
    )
    values = {d["text"]: d["value"] for d in r["dates"]}
    assert values["Tuesday"] is None
    assert values["2024"] == "2024"
    assert "no_publication_date" in r["flags"]
    assert all(e["date"] in (None, "2024") for e in r["events"])


def test_order_and_laziness():
    ex = get_extractor()
    consumed = []

    def records():
        for i in range(100):
            consumed.append(i)
            yield {
                "id": i,
                "published": "2026-02-23",
                "text": f"Anduril met the Army on Tuesday ({i}).",
            }

    first = list(islice(ex.extract_many(records()), 3))
    assert [r["id"] for r in first] == [0, 1, 2]
    assert len(consumed) < 100  # not everything read before the first results


def test_worker_processes_give_the_same_results_in_input_order():
    records = [
        {"id": i, "url": None, "title": None, "published": f"2026-02-{10 + i}", "text": STORY}
        for i in range(9)
    ]
    here = list(get_extractor().extract_many(records))
    workers = Extractor(batch_size=2, processes=2)  # five batches over two workers
    assert list(workers.extract_many(records)) == here
    assert [r["id"] for r in here] == list(range(9))
    bad = [*records[:5], {"id": "bad", "text": 7}, *records[5:]]
    with pytest.raises(RecordError, match="text must be a string"):
        list(workers.extract_many(bad))


def test_huge_texts_are_bounded_and_flagged():
    ex = get_extractor()
    r = ex.extract_one({"id": "blob", "published": None, "text": "x" * 500_000})
    assert "truncated" in r["flags"] and "long_tokens_blanked" in r["flags"]
    text = "The Army awarded Anduril a contract on Tuesday.\n" * 4000  # ~200k characters
    r = ex.extract_one({"id": "long", "published": "2026-02-23", "text": text})
    assert "truncated" in r["flags"]
    assert max(m["end"] for e in r["entities"] for m in e["mentions"]) <= ex.max_chars


def test_bad_records_raise_named_errors():
    ex = get_extractor()
    with pytest.raises(RecordError):
        ex.extract_one({"id": 1, "published": "23/02/2026", "text": "x"})
    with pytest.raises(RecordError):
        ex.extract_one({"id": 1, "published": None, "text": 42})


def test_extract_jsonl_round_trip_and_bad_line(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a", "published": "2026-02-23", "text": "Hegseth met Altman on Tuesday."})
        + "\n"
        + json.dumps({"id": "b", "published": None, "text": "Nicolás Maduro was captured."})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert extract_jsonl(src, out, get_extractor()) == 2
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert rows[1]["entities"][0]["name"] == "Nicolás Maduro"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "ok"}\n{not json\n', encoding="utf-8")
    with pytest.raises(RecordError) as err:
        extract_jsonl(bad, tmp_path / "bad_out.jsonl", get_extractor())
    assert err.value.line == 2
    assert not (tmp_path / "bad_out.jsonl").exists()


def test_a_sealed_doc_is_tokenised_inside_and_comes_back_with_the_result_only():
    ex = get_extractor()
    record = {"id": "r", "published": "2026-02-24", "text": STORY}
    sent = ex._prepare(record)
    assert len(sent) == 0 and sent.user_data[TEXT_KEY] == STORY
    back = ex.nlp(sent)
    assert len(back) == 0 and TEXT_KEY not in back.user_data
    assert back.user_data[RESULT_KEY]["events"]
    assert {k: v for k, v in ex.extract_one(record).items() if k not in ("id", "flags")} == (
        back.user_data[RESULT_KEY]
    )
    direct = ex.nlp(STORY)  # not sealed: the annotated Doc, as spaCy gives it
    assert direct.text == STORY and direct.ents
