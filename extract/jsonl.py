"""JSONL in, JSONL out: the batch interface for scripts and the CLI."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from extract.errors import RecordError
from extract.extractor import EXTRACTOR_VERSION, Extractor, parse_published


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """Records from a JSONL file; a bad line raises RecordError with its line number."""
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise RecordError(f"invalid JSON: {exc.msg}", line=lineno, path=path) from exc
            if not isinstance(rec, dict):
                raise RecordError("a record must be a JSON object", line=lineno, path=path)
            if not isinstance(rec.get("text"), str):
                raise RecordError("record has no 'text' string", line=lineno, path=path)
            try:
                parse_published(rec.get("published"))
            except RecordError as exc:
                raise RecordError(exc.problem, line=lineno, path=path) from exc
            yield rec


def extract_jsonl(in_path: Path | str, out_path: Path | str, extractor: Extractor) -> int:
    """Extract every record of `in_path` into `out_path` (written whole or not at all)."""
    in_path, out_path = Path(in_path), Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=out_path.name, suffix=".part", dir=out_path.parent)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            for result in extractor.extract_many(read_records(in_path)):
                # the version lets `tracker import-extractions` refuse a stale extractor's work
                result = {**result, "extractor_version": EXTRACTOR_VERSION}
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
                count += 1
        os.replace(tmp, out_path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count
