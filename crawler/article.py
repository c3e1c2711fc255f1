"""Turning one saved or fetched page into article fields, with well-kept libraries doing the work."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import py3langid
import trafilatura
from htmldate import find_date

from crawler.urls import canonicalize


@dataclass
class ParsedArticle:
    title: str | None
    author: str | None
    published: str | None  # YYYY-MM-DD, the publisher's calendar day
    published_source: str  # page_metadata | feed | page_text | none
    language: str | None
    text: str
    canonical_url: str
    sitename: str | None
    flags: list[str] = field(default_factory=list)


def _day(value: str | None) -> str | None:
    """The calendar day of an ISO date or date-time, as the publisher wrote it (its own zone)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        try:
            return date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            return None


def _latest_allowed(today: date | None) -> str:
    return ((today or date.today()) + timedelta(days=1)).isoformat()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None for too little text to tell."""
    sample = text[:4000]
    if len(sample.strip()) < 40:
        return None
    lang, _ = py3langid.classify(sample)
    return lang


def parse_article(
    html: str,
    url: str,
    *,
    feed_published: str | None = None,
    today: date | None = None,
) -> ParsedArticle:
    """Main text, title, author, date and language; the date's source is recorded with it."""
    max_date = _latest_allowed(today)
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={
            "extensive_search": False,
            "original_date": True,
            "max_date": max_date,
        },
    )
    flags: list[str] = []
    text = (doc.text if doc else "") or ""
    published, published_source = (_day(doc.date) if doc else None), "page_metadata"
    if not published and feed_published:
        published, published_source = _day(feed_published), "feed"
        if published and published > max_date:
            flags.append("future_date_rejected")
            published = None
    if not published:
        found = find_date(
            html, extensive_search=True, original_date=True, max_date=max_date, url=url
        )
        published, published_source = (found, "page_text") if found else (None, "none")
    if not published:
        published_source = "none"
        flags.append("no_publication_date")
    canonical = canonicalize(doc.url) if doc and doc.url else canonicalize(url)
    return ParsedArticle(
        title=(doc.title or None) if doc else None,
        author=(doc.author or None) if doc else None,
        published=published,
        published_source=published_source,
        language=detect_language(text),
        text=text,
        canonical_url=canonical,
        sitename=(doc.sitename or None) if doc else None,
        flags=flags,
    )
