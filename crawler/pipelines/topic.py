"""Keep what the beat is about: articles naming a watch-list entity or a source's keywords.

Broad feeds (news searches, whole-site feeds) carry sports and weather too. The watch list
is every name and alias in the gazetteer (`data/entities.yml`, matched case-sensitively as
whole words, as the gazetteer specifies) plus each source's `keywords` (any case). The
reason is recorded either way: `pages.reason` says which names kept a story, or why it went.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import ahocorasick
import yaml
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from core import paths
from crawler.items import ArticleItem

log = logging.getLogger(__name__)

# Places and nationalities are in the gazetteer to resolve mentions, not to define the beat:
# a weather story in Washington is not about the Pentagon.
PLACE_TYPES = frozenset({"GPE", "LOC", "NORP", "FAC"})


def entities_path(setting: str | None) -> Path:
    """The gazetteer the watch list comes from: the crawl's setting, else TRACKER_ENTITIES
    as it is now (`tracker run --entities` sets it for its crawl), else the default."""
    return Path(setting or os.environ.get("TRACKER_ENTITIES") or paths.DEFAULT_ENTITIES)


def watch_list_names(path: Path | str) -> list[str]:
    """Names and aliases from a gazetteer file, read tolerantly: a list, or `entities:` in a map."""
    try:
        doc = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        log.warning("watch list %s unreadable (%s); only source keywords filter", path, exc)
        return []
    entries = doc.get("entities") if isinstance(doc, dict) else doc
    names: list[str] = []
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or entry.get("type") in PLACE_TYPES:
            continue
        for value in [entry.get("name"), *(entry.get("aliases") or [])]:
            if isinstance(value, str) and len(value.strip()) >= 2:
                names.append(value.strip())
    return names


def _pattern(terms: Iterable[str], flags: int = 0) -> re.Pattern[str] | None:
    unique = sorted(set(terms), key=len, reverse=True)
    if not unique:
        return None
    body = "|".join(re.escape(t) for t in unique)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)


def _is_word(char: str) -> bool:
    return char.isalnum() or char in "_-"


class NameFinder:
    """Whole-word, case-sensitive occurrences of many names, leftmost and longest first.

    The same matches as one big regular expression of alternatives, which cost the crawl's
    process more than a millisecond a page for the gazetteer's 600 names; an Aho-Corasick
    automaton finds every candidate in one pass.
    """

    def __init__(self, names: Iterable[str]) -> None:
        self.automaton = ahocorasick.Automaton()
        for name in set(names):
            self.automaton.add_word(name, len(name))
        self.empty = len(self.automaton) == 0
        if not self.empty:
            self.automaton.make_automaton()

    def finditer(self, text: str) -> Iterable[str]:
        if self.empty:
            return
        spans = []
        for end, length in self.automaton.iter(text):
            start, stop = end - length + 1, end + 1
            if (start == 0 or not _is_word(text[start - 1])) and (
                stop == len(text) or not _is_word(text[stop])
            ):
                spans.append((start, -length))
        taken = 0
        for start, negative in sorted(spans):
            if start >= taken:
                taken = start - negative
                yield text[start:taken]


class WatchList:
    """Case-sensitive gazetteer names, plus case-insensitive keywords per source."""

    def __init__(self, names: Iterable[str], keywords: dict[str, Iterable[str]]) -> None:
        self.names = NameFinder(names)
        self.keywords = {
            source: _pattern(words, re.IGNORECASE) for source, words in keywords.items()
        }

    def matches(self, text: str, source: str) -> list[str]:
        found = dict.fromkeys(self.names.finditer(text))
        keywords = self.keywords.get(source)
        if keywords is not None:
            for match in keywords.finditer(text):
                found.setdefault(match.group(0), None)
        return list(found)

    @property
    def empty(self) -> bool:
        return self.names.empty and not any(self.keywords.values())


class TopicPipeline:
    """Drops off-topic articles with a reason; notes on kept ones what matched."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.entities = entities_path(crawler.settings.get("TRACKER_ENTITIES"))
        self.watch: WatchList | None = None
        self.unfiltered: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TopicPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        sources = getattr(self.crawler.spider, "sources", [])
        self.unfiltered = {s.name for s in sources if not getattr(s, "topic_filter", True)}
        self.watch = WatchList(
            watch_list_names(self.entities), {s.name: s.keywords for s in sources}
        )

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem) or self.watch is None:
            return item
        if item.source in self.unfiltered:
            item.reason = "kept: topic filter off for this source"
            return item
        if self.watch.empty:
            item.reason = "kept: no watch list configured"
            return item
        matched = self.watch.matches(f"{item.title or ''}\n{item.text}", item.source)
        if not matched:
            self.crawler.stats.inc_value(f"tracker/source/{item.source}/off_topic")
            raise DropItem("off_topic: names no watch-list entity or source keyword")
        item.reason = "on_topic: " + ", ".join(matched[:5])
        return item
