"""Entities, dates and events from news articles on the AI and U.S. defense beat (spaCy).

Pure functions of text + publication date; no database code (design §3, §5). The names
below load on first use, so importing a light module of this package (`extract.ontology`,
`extract.dates`) never imports spaCy.
"""

from importlib import import_module
from typing import Any

_EXPORTS = {
    "EvaluationError": "extract.errors",
    "ExtractError": "extract.errors",
    "GazetteerError": "extract.errors",
    "ModelError": "extract.errors",
    "RecordError": "extract.errors",
    "EXTRACTOR_VERSION": "extract.version",
    "Extractor": "extract.extractor",
    "get_extractor": "extract.extractor",
    "load_gazetteer": "extract.gazetteer",
    "read_gazetteer": "extract.gazetteer",
    "extract_jsonl": "extract.jsonl",
    "slugify": "core.slug",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'extract' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
