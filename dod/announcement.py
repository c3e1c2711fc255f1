"""A DoD announcement day as the store takes it: its text, its record dicts, saved pages."""

from __future__ import annotations

import re
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from core.contracts_store import OUTLET
from core.errors import InputError
from core.store import now
from dod.parser import DayParse, parse_day


def day_item(
    parsed: DayParse,
    *,
    url: str,
    text: str,
    source: str = "dod-contracts",
    title: str | None = None,
    fetched_at: str | None = None,
) -> dict[str, Any]:
    """The dict `store_announcement` takes, from a parsed day (the spider builds the same)."""
    return {
        "url": url,
        "source": source,
        "outlet": OUTLET,
        "title": title or f"Contracts for {parsed.announcement_date or 'an unknown day'}",
        "announcement_date": parsed.announcement_date,
        "text": text,
        "fetched_at": fetched_at or now(),
        "records": [r.to_dict() for r in parsed.records],
        "rejections": [asdict(r) for r in parsed.rejections],
        "paragraphs": len(parsed.paragraphs),
    }


def page_text(parsed: DayParse) -> str:
    """The day as plain text, headings included, so article search finds the awards."""
    lines: list[str] = []
    agency = None
    for heading, paragraph in parsed.paragraphs:
        if heading != agency and heading:
            lines.append(heading)
            agency = heading
        lines.append(paragraph)
    return "\n\n".join(lines)


def read_saved(path: Path, announcement_date: str | None) -> tuple[DayParse, str]:
    """Parse a saved announcement (HTML or text); the date comes from the page or the caller."""
    try:
        content = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        content = path.read_text(encoding="latin-1")
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    parsed = parse_day(content, announcement_date)
    if parsed.announcement_date is None:
        parsed.announcement_date = date_from_name(path.name)
        for record in parsed.records:
            record.announcement_date = parsed.announcement_date
    if parsed.announcement_date is None:
        raise InputError(
            f"{path}: neither the page ('Contracts For Feb. 14, 2019') nor the file name "
            "(2019-02-14.html, 2-14-2019.txt) gives a date; pass --date"
        )
    if not parsed.paragraphs:
        raise InputError(f"{path}: no announcement paragraphs found")
    return parsed, content


def date_from_name(name: str) -> str | None:
    """A date in an archive's file name: 2019-02-14.html or 2-14-2019.txt (US order)."""
    m = re.search(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)", name)
    parts = (m.group(1), m.group(2), m.group(3)) if m else None
    if parts is None:
        m = re.search(r"(?<!\d)(\d{1,2})-(\d{1,2})-(\d{4})(?!\d)", name)
        parts = (m.group(3), m.group(1), m.group(2)) if m else None
    if parts is None:
        return None
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat()
    except ValueError:
        return None
