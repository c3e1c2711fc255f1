"""The gazetteer loads, is big enough for the beat, and rejects bad files with a location."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import GazetteerError, load_gazetteer, read_gazetteer, slugify
from extract.extractor import DEFAULT_GAZETTEER


def write(tmp_path: Path, text: str, name: str = "g.yml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_real_gazetteer_covers_the_beat():
    entries = load_gazetteer(DEFAULT_GAZETTEER)
    assert len(entries) >= 200
    by_id = {e["id"]: e for e in entries}
    dod = by_id["us-department-of-defense"]
    assert dod["name"] == "U.S. Department of Defense"
    for alias in (
        "Department of War",
        "Pentagon",
        "DoD",
        "DOD",
        "War Department",
        "Department of Defense",
    ):
        assert alias in dod["aliases"]
    for eid in (
        "anthropic",
        "openai",
        "xai",
        "palantir",
        "anduril",
        "scale-ai",
        "pete-hegseth",
        "claude",
        "grok",
        "genai-mil",
        "golden-dome",
        "jwcc",
        "cdao",
        "diu",
        "darpa",
        "lockheed-martin",
        "rtx",
        "huntington-ingalls-industries",
        "saronic",
        "epirus",
    ):
        assert eid in by_id, eid
    assert set(entries[0]) == {"id", "name", "type", "aliases", "tags", "wikidata"}


def test_slugify_folds_accents_and_punctuation():
    assert slugify("Nicolás Maduro") == "nicolas-maduro"
    assert slugify("GenAI.mil") == "genai-mil"
    assert slugify("AT&T") == "at-and-t"


@pytest.mark.parametrize(
    ("body", "line", "key"),
    [
        ("entities:\n  - {name: A, type: ORG, colour: red}\n", 2, "colour"),
        ("entities:\n  - {name: A, type: COMPANY}\n", 2, "type"),
        ("entities:\n  - {name: A, type: ORG, aliases: B}\n", 2, "aliases"),
        ("entities:\n  - {name: A, type: ORG}\n  - {name: B, type: ORG, id: a}\n", 3, "id"),
        (
            "entities:\n  - {name: A, type: ORG, aliases: [X]}\n  - {name: B, type: ORG, aliases: [X]}\n",
            3,
            "aliases",
        ),
        ("entities:\n  - {name: A, type: ORG, wikidata: 123}\n", 2, "wikidata"),
        ("entities:\n  - {type: ORG}\n", 2, "name"),
        ("people:\n  - {name: A, type: ORG}\n", 1, "people"),
    ],
)
def test_invalid_gazetteer_names_file_line_and_key(tmp_path, body, line, key):
    path = write(tmp_path, body)
    with pytest.raises(GazetteerError) as err:
        read_gazetteer(path)
    assert err.value.line == line
    assert err.value.key == key
    assert str(path) in str(err.value)


def test_yaml_syntax_error_has_a_line(tmp_path):
    path = write(tmp_path, "entities:\n  - {name: A, type: ORG\n  - x\n")
    with pytest.raises(GazetteerError) as err:
        read_gazetteer(path)
    assert err.value.line is not None


def test_include_extends_and_checks_duplicates_across_files(tmp_path):
    write(
        tmp_path, "entities:\n  - {name: Acme Robotics, type: ORG, aliases: [Acme]}\n", "watch.yml"
    )
    main = write(tmp_path, "include: [watch.yml]\nentities:\n  - {name: B, type: ORG}\n")
    g = read_gazetteer(main)
    assert {e.id for e in g.entries} == {"b", "acme-robotics"}
    write(tmp_path, "entities:\n  - {name: Other, type: ORG, aliases: [B]}\n", "clash.yml")
    bad = write(tmp_path, "include: [clash.yml]\nentities:\n  - {name: B, type: ORG}\n", "bad.yml")
    with pytest.raises(GazetteerError, match="already names"):
        read_gazetteer(bad)


def test_missing_file_is_a_gazetteer_error(tmp_path):
    with pytest.raises(GazetteerError):
        read_gazetteer(tmp_path / "nope.yml")
