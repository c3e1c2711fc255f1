"""The topic filter's name finder gives exactly what one regular expression of the names did."""

from __future__ import annotations

import random

from crawler.pipelines.topic import NameFinder, WatchList, _pattern

NAMES = ["AI", "Scale AI", "OpenAI", "xAI", "Anduril", "Anduril Industries", "U.S. Army", "Army"]


def regex_matches(names: list[str], text: str) -> list[str]:
    return list(dict.fromkeys(m.group(0) for m in _pattern(names).finditer(text)))


def test_whole_words_longest_first_in_text_order():
    text = "Anduril Industries and Scale AI met the U.S. Army; OpenAI-led talks; xAIs; AI."
    found = list(dict.fromkeys(NameFinder(NAMES).finditer(text)))
    assert found == ["Anduril Industries", "Scale AI", "U.S. Army", "AI"]
    assert found == regex_matches(NAMES, text)


def test_same_as_the_regular_expression_on_random_text():
    rng = random.Random(5)
    words = [*NAMES, "the", "-", "_", "ai", "Army's", "Scale", "Industries", "é", "U.S.", " "]
    finder = NameFinder(NAMES)
    for _ in range(500):
        text = "".join(rng.choice(words) + rng.choice(["", " ", "-", ".", "\n"]) for _ in range(12))
        assert list(dict.fromkeys(finder.finditer(text))) == regex_matches(NAMES, text), text


def test_keywords_are_per_source_and_ignore_case():
    watch = WatchList(["Palantir"], {"defense": ["drone swarm"]})
    assert watch.matches("A Drone Swarm test; Palantir too.", "defense") == [
        "Palantir",
        "Drone Swarm",
    ]
    assert watch.matches("A drone swarm test.", "other") == []
    assert WatchList([], {}).empty
