"""Turning one saved or fetched page into article fields, with well-kept libraries doing the work."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
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
    modified: str | None = None  # last-modified day, kept apart from `published`

    @property
    def authors(self) -> list[str]:
        """trafilatura joins several bylines with '; '."""
        return [a.strip() for a in (self.author or "").split(";") if a.strip()]


# "© 2023 The Ledger": a year, not a publication date; htmldate's text search turns it into Jan 1.
_COPYRIGHT = re.compile(r"(?:©|&copy;|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?(\d{4})", re.I)


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


INDEX_LINK_DENSITY = 0.6
_TITLE_SEPARATORS = re.compile(r"\s+[|\-\u2013\u2014:\u00bb\u00b7]\s+")


def _squash(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", (text or "").casefold()))


def clean_title(title: str | None, html: str, sitename: str | None, url: str) -> str | None:
    """The headline without the site's name: `Story | Outlet` becomes `Story`.

    The page's own <h1> or og:title wins when the <title> merely wraps it; otherwise a
    trailing segment that names the site (or is a short label) is cut off.
    """
    if not title:
        return title
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        tree = None
    candidates: set[str] = set()
    if tree is not None:
        candidates = {_squash(h.text_content()) for h in tree.xpath("//h1")[:3]}
        candidates |= {
            _squash(c)
            for c in tree.xpath("//meta[@property='og:title' or @name='twitter:title']/@content")
        }
    separators = list(_TITLE_SEPARATORS.finditer(title))
    if separators:
        last_sep = separators[-1]
        prefix, last = title[: last_sep.start()].strip(), _squash(title[last_sep.end() :])
        host = (urlsplit(url).hostname or "").removeprefix("www.").split(".")[0]
        site = {x for x in (_squash(sitename), host) if x}
        names_site = any(x in last.replace(" ", "") or last.replace(" ", "") in x for x in site)
        if last and (names_site or _squash(prefix) in candidates):
            return clean_title(prefix, html, sitename, url) if prefix != title else prefix
    return title


def link_density(html: str) -> float:
    """Share of the body's visible text that sits inside links: high on index and listing pages."""
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return 0.0
    body = tree.find("body")
    if body is None:
        return 0.0
    for junk in body.xpath(".//script|.//style|.//noscript"):
        junk.drop_tree()
    total = len(" ".join(body.text_content().split()))
    linked = sum(len(" ".join(a.text_content().split())) for a in body.iter("a"))
    return linked / total if total else 0.0


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
        if found and found.endswith("-01-01") and found[:4] in _COPYRIGHT.findall(html):
            flags.append("copyright_year_only")
            found = None
        published, published_source = (found, "page_text") if found else (None, "none")
    if not published:
        published_source = "none"
        flags.append("no_publication_date")
    canonical = canonicalize(doc.url) if doc and doc.url else canonicalize(url)
    if link_density(html) > INDEX_LINK_DENSITY:
        flags.append("index_page")
    language = detect_language(text)
    if language and language != "en":
        flags.append("not_english")
    modified = find_date(html, extensive_search=False, original_date=False, max_date=max_date)
    return ParsedArticle(
        title=clean_title(
            (doc.title or None) if doc else None, html, doc.sitename if doc else None, url
        ),
        author=(doc.author or None) if doc else None,
        published=published,
        published_source=published_source,
        language=language,
        text=text,
        canonical_url=canonical,
        sitename=(doc.sitename or None) if doc else None,
        flags=flags,
        modified=modified if modified and modified != published else None,
    )


def parse_saved_page(body: bytes, url: str, *, content_type: str | None = None) -> dict:
    """What the crawler would store for a saved page, as plain data (`tracker parse-article`)."""
    from crawler.charset import decode_html

    if body[:2] == b"\x1f\x8b":  # a gzipped saved page
        import gzip

        body = gzip.decompress(body)
    decoded = decode_html(body, content_type)
    parsed = parse_article(decoded.text, url)
    return {
        "url": canonicalize(url),
        "canonical_url": parsed.canonical_url,
        "title": parsed.title,
        "authors": parsed.authors,
        "published": parsed.published,
        "published_source": parsed.published_source,
        "modified": parsed.modified,
        "language": parsed.language,
        "sitename": parsed.sitename,
        "encoding": decoded.encoding,
        "flags": [*decoded.flags, *parsed.flags],
        "text": parsed.text,
    }
