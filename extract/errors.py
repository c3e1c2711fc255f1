"""Named exceptions of the extract package, so callers can tell a bad gazetteer from a bad record."""

from __future__ import annotations

from pathlib import Path

from core.errors import ConfigError, InputError


class ExtractError(Exception):
    """Base class: anything the extract package raises on purpose."""


class GazetteerError(ExtractError, ConfigError):
    """The gazetteer file is unreadable or invalid; the message names file, line and key.

    A configuration error (exit 2) wherever it surfaces, never a traceback.
    """

    def __init__(self, path: Path | str, line: int | None, key: str | None, problem: str) -> None:
        self.path = str(path)
        self.line = line
        self.key = key
        self.problem = problem
        where = self.path if line is None else f"{self.path}:{line}"
        what = f" [{key}]" if key else ""
        super().__init__(f"{where}{what}: {problem}")


class ModelError(ExtractError, ConfigError):
    """The spaCy model cannot be loaded or lacks a component the pipeline needs.

    The model is a configuration option (`--model`, TRACKER_SPACY_MODEL): exit 2.
    """


class RecordError(ExtractError, InputError):
    """An input record is malformed (missing text, bad publication date, bad JSON line,
    not UTF-8); a bad input file is exit 2, with its file and line."""

    def __init__(self, problem: str, *, line: int | None = None, path: Path | str | None = None):
        self.problem = problem
        self.line = line
        self.path = None if path is None else str(path)
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        elif line is not None:
            where = f"line {line}: "
        super().__init__(f"{where}{problem}")


class EvaluationError(ExtractError):
    """A gold file is malformed or a required corpus is missing."""
