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
    """Records from a JSONL file; a bad line raises RecordError with its line number.

    Lines are decoded one by one, so bytes that are not UTF-8 are named by their line; a
    UTF-8 byte order mark (Windows editors, Excel) at the start of the file is skipped."""
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise RecordError(
                    f"not UTF-8 text (byte {exc.start + 1}: {exc.reason}); convert the file to UTF-8",
                    line=lineno,
                    path=path,
                ) from None
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise RecordError(f"invalid JSON: {exc.msg}", line=lineno, path=path) from exc
            except RecursionError:
                raise RecordError("JSON nested too deeply", line=lineno, path=path) from None
            if not isinstance(rec, dict):
                raise RecordError("a record must be a JSON object", line=lineno, path=path)
            if not isinstance(rec.get("text"), str):
                raise RecordError("record has no 'text' string", line=lineno, path=path)
            try:
                parse_published(rec.get("published"))
            except RecordError as exc:
                raise RecordError(exc.problem, line=lineno, path=path) from exc
            yield rec


def check_records(path: Path | str) -> int:
    """How many records `path` holds, each checked as `extract_jsonl` will read it: a bad
    file is refused (RecordError, with its line) before a model is loaded for it."""
    return sum(1 for _ in read_records(Path(path)))


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
