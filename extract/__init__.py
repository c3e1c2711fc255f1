"""Entities, dates and events from news articles on the AI and U.S. defense beat (spaCy).

Pure functions of text + publication date; no database code (design §3, §5).
"""

from extract.errors import (
    EvaluationError,
    ExtractError,
    GazetteerError,
    ModelError,
    RecordError,
)
from extract.extractor import EXTRACTOR_VERSION, Extractor, get_extractor
from extract.gazetteer import load_gazetteer, read_gazetteer
from extract.jsonl import extract_jsonl
from extract.slug import slugify

__all__ = [
    "EXTRACTOR_VERSION",
    "EvaluationError",
    "ExtractError",
    "Extractor",
    "GazetteerError",
    "ModelError",
    "RecordError",
    "extract_jsonl",
    "get_extractor",
    "load_gazetteer",
    "read_gazetteer",
    "slugify",
]
