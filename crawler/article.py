"""Turning one saved or fetched page into article fields, with well-kept libraries doing the work."""

from __future__ import annotations

import functools
import html as html_lib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
import py3langid
import trafilatura
import yaml
from htmldate import find_date

from core.config import load_yaml_nodes
from core.errors import ConfigError
from core.urls import canonicalize

SITE_TITLES = Path(__file__).resolve().parent.parent / "data" / "site_titles.yml"


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
    # the publication date-time with the publisher's offset, when the page gives one
    # ("2020-05-01T22:30:00-04:00"); its day is `published`. Stored verbatim (articles.published_at).
    published_at: str | None = None

    @property
    def authors(self) -> list[str]:
        """trafilatura joins several bylines with '; '."""
        return [a.strip() for a in (self.author or "").split(";") if a.strip()]


# "© 2023 The Ledger": a year, not a publication date; htmldate's text search turns it into Jan 1.
_COPYRIGHT = re.compile(r"(?:©|&copy;|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?(\d{4})", re.I)


def _day(value: str | None) -> str | None:
    """The calendar day of an ISO or RFC 2822 date or date-time, as the publisher wrote it
    (its own zone: never converted to UTC)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date().isoformat()  # "Fri, 01 May 2020 22:30 -0400"
    except (TypeError, ValueError, IndexError):
        return None


def _moment(value: str | None) -> datetime | None:
    """An ISO 8601 or RFC 2822 date-time with its offset, as written; None for a bare day,
    a time without a zone, or anything else."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    return moment if moment.tzinfo is not None else None


# A time the page shows in a U.S. (or UTC) zone: "10:30 p.m. ET", "9:30 PM EDT".
_SHOWN_TIME = re.compile(
    r"\b(\d{1,2})[:.](\d{2})\s*([ap])\.?\s?m\.?\s*(ET|EDT|EST|CT|CDT|CST|MT|MDT|MST|PT|PDT|PST|"
    r"AKDT|AKST|HST|GMT|UTC)\b",
    re.I,
)
_ZONE_HOURS = {
    "edt": -4, "est": -5, "cdt": -5, "cst": -6, "mdt": -6, "mst": -7, "pdt": -7, "pst": -8,
    "akdt": -8, "akst": -9, "hst": -10, "gmt": 0, "utc": 0,
}  # fmt: skip
_DAYLIGHT = {"et": (-4, -5), "ct": (-5, -6), "mt": (-6, -7), "pt": (-7, -8)}


def _page_moments(tree: lxml.html.HtmlElement) -> list[tuple[str, datetime]]:
    """(source, moment) of the page's own publication time, the article's first: JSON-LD
    Article objects, article:published_time, itemprop datePublished, <time pubdate>."""
    found: list[tuple[str, datetime]] = []
    for obj in _json_ld_objects(tree):
        kinds = obj.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds):
            moment = _moment(obj.get("datePublished"))
            if moment is not None:
                found.append(("json_ld", moment))
    for xpath, source in (
        ("//meta[@property='article:published_time']/@content", "meta"),
        ("//meta[@itemprop='datePublished']/@content", "meta"),
        ("//*[@itemprop='datePublished']/@datetime", "meta"),
        ("//time[@pubdate]/@datetime", "meta"),
    ):
        for value in tree.xpath(xpath):
            moment = _moment(str(value))
            if moment is not None:
                found.append((source, moment))
    return found


_MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
_SHOWN_DAY_TIME = re.compile(
    r"\b(" + "|".join(_MONTH_NAMES) + r")\.? (\d{1,2}),? (\d{4})\W{1,4}(?:at\W{1,3})?"
    r"(\d{1,2})[:.](\d{2})\s*([ap])\.?\s?m\b",
    re.I,
)
_NAIVE_TIME = re.compile(r"datetime=[\"'](\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?)[\"']")


def _local_renderings(html: str) -> list[datetime]:
    """Clock times the page shows without a zone: <time datetime="2023-11-08 23:30:59">,
    "November 8, 2023 at 11:30 p.m."."""
    out = []
    for m in _NAIVE_TIME.finditer(html):
        try:
            out.append(datetime.fromisoformat(m[1]))
        except ValueError:
            continue
    for m in _SHOWN_DAY_TIME.finditer(html):
        hour = int(m[4]) % 12 + (12 if m[6].lower() == "p" else 0)
        try:
            out.append(
                datetime(
                    int(m[3]), _MONTH_NAMES.index(m[1].lower()) + 1, int(m[2]), hour, int(m[5])
                )
            )
        except ValueError:
            continue
    return out


def _in_shown_zone(moment: datetime, html: str) -> datetime:
    """A UTC time in the publisher's zone, when the page shows that same instant in one
    ("2021-03-14T02:30Z" beside "9:30 PM ET", or beside "2021-03-13 21:30" or "March 13,
    2021 at 9:30 p.m." without a zone, whole quarter hours from UTC): the local day is the
    reader's day."""
    utc = moment.replace(tzinfo=None)
    for local in _local_renderings(html):
        shift = local - utc.replace(second=local.second, microsecond=0)
        minutes = shift.total_seconds() / 60
        if minutes and minutes % 15 == 0 and -12 * 60 <= minutes <= 14 * 60:
            if local.second == 0 or local.second == utc.second:
                return moment.astimezone(timezone(shift))
    for m in _SHOWN_TIME.finditer(html):
        hour = int(m[1]) % 12 + (12 if m[3].lower() == "p" else 0)
        zone = m[4].lower()
        for offset in _DAYLIGHT.get(zone, (_ZONE_HOURS.get(zone),)):
            if offset is None:
                continue
            local = moment.astimezone(timezone(timedelta(hours=offset)))
            if (local.hour, local.minute) == (hour, int(m[2])):
                return local
    return moment


def publication_moment(
    html: str, *, feed_published: str | None = None, tree: lxml.html.HtmlElement | None = None
) -> str | None:
    """The page's publication date-time with the publisher's offset, ISO 8601, or None when
    the page gives no time with a zone. A UTC time is moved into the publisher's zone when
    the page or the feed shows the same instant with an offset; it is never moved the other
    way, so the calendar day stays the publisher's."""
    if tree is None:
        try:
            tree = lxml.html.fromstring(html)
        except (lxml.etree.ParserError, ValueError):
            return None
    moments = _page_moments(tree)
    if not moments:
        return None
    moment = moments[0][1]
    if moment.utcoffset() == timedelta(0):
        feed = _moment(feed_published)
        others = [m for _, m in moments] + ([feed] if feed is not None else [])
        same = [
            m
            for m in others
            if m.utcoffset() != timedelta(0) and abs((m - moment).total_seconds()) <= 120
        ]
        moment = same[0] if same else _in_shown_zone(moment, html)
    return moment.isoformat()


def _latest_allowed(today: date | None) -> str:
    return ((today or date.today()) + timedelta(days=1)).isoformat()


INDEX_LINK_DENSITY = 0.6
_TITLE_SEPARATORS = re.compile(r"\s+[|\-\u2013\u2014:\u00bb\u00b7*]\s+")
_ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|Report)$")
_TRUNCATED = ("...", "\u2026")


def _squash(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", (text or "").casefold()))


def _tidy(text: str | None) -> str:
    """One line of plain text: entities decoded (some sites double-escape JSON-LD), spaces folded."""
    return " ".join(html_lib.unescape(html_lib.unescape(text or "")).split())


def _json_ld_objects(tree: lxml.html.HtmlElement) -> list[dict]:
    """Every object in the page's JSON-LD blocks, @graph members included."""
    found: list[dict] = []

    def walk(node: object) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            found.append(node)
            walk(node.get("@graph"))

    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            walk(json.loads(script))
        except ValueError:
            continue
    return found


@dataclass
class _TitleEvidence:
    """What a page says its headline is, by source; gathered once per page."""

    document: str  # <meta name="title">, else <title>, else trafilatura's pick
    json_ld: list[str]  # headline of Article-like JSON-LD objects: the publisher's declared one
    headings: list[str]  # the first <h1>s
    social: list[str]  # og:title, twitter:title
    site_names: set[str]  # squashed: og:site_name, JSON-LD publisher, host label, sitename


def _title_evidence(tree, fallback: str | None, sitename: str | None, url: str) -> _TitleEvidence:
    objects = _json_ld_objects(tree) if tree is not None else []
    json_ld, publishers = [], set()
    for obj in objects:
        types = obj.get("@type") or []
        types = [types] if isinstance(types, str) else types
        if any(isinstance(t, str) and _ARTICLE_TYPES.search(t) for t in types):
            headline = obj.get("headline")
            if isinstance(headline, str) and _tidy(headline):
                json_ld.append(_tidy(headline))
            publisher = obj.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                publishers.add(publisher["name"])
    texts = (lambda xp: [_tidy(x) for x in tree.xpath(xp)]) if tree is not None else (lambda xp: [])
    titles = [t for t in (tree.xpath("//head/title|//title")[:1] if tree is not None else [])]
    # <meta name="title">, where a site has one, is its own SEO headline without the decoration
    documents = [
        *texts("//meta[@name='title']/@content"),
        *(_tidy(t.text_content()) for t in titles),
    ]
    headings = [_tidy(h.text_content()) for h in tree.xpath("//h1")[:3]] if tree is not None else []
    host = (urlsplit(url).hostname or "").removeprefix("www.").split(".")[0]
    names = {*publishers, *texts("//meta[@property='og:site_name']/@content"), sitename, host}
    return _TitleEvidence(
        document=next((d for d in documents if d), "") or _tidy(fallback),
        json_ld=json_ld,
        headings=[h for h in headings if h],
        social=texts("//meta[@property='og:title' or @name='og:title']/@content")
        + texts("//meta[@name='twitter:title' or @property='twitter:title']/@content"),
        site_names={_squash(n).replace(" ", "") for n in names if n and _squash(n)},
    )


def _names_site(segment: str, site_names: set[str]) -> bool:
    flat = _squash(segment).replace(" ", "")
    return bool(flat) and any(s in flat or flat in s for s in site_names if len(s) > 2)


def _strip_site(title: str, evidence: _TitleEvidence, others: set[str]) -> str:
    """`Story | Section | Outlet | by Author` becomes `Story`.

    Cut at the last separator whose left part another source states as the headline; failing
    that, cut from the first trailing segment that names the site onwards.
    """
    cuts = list(_TITLE_SEPARATORS.finditer(title))
    for cut in cuts:
        if _squash(title[: cut.start()]) in others:
            return title[: cut.start()].strip()
    for i, cut in enumerate(cuts):
        tail = title[cut.end() : cuts[i + 1].start() if i + 1 < len(cuts) else None]
        if _names_site(tail, evidence.site_names):
            return title[: cut.start()].strip()
    return title


def _is_truncation(short: str, full: str) -> bool:
    """`Hong Kong leader...` cut from `Hong Kong leader Carrie Lam`: the same headline, clipped."""
    stem = short.rstrip(".\u2026 ")
    return (
        stem != short
        and short.endswith(_TRUNCATED)
        and _squash(full) != _squash(stem)
        and _squash(full).startswith(_squash(stem))
    )


# On a tie, the displayed <h1> wins: it is what the reader sees above the story.
_TITLE_SOURCES = ("headings", "json_ld", "document", "social")


class SiteTitlesError(ConfigError):
    """data/site_titles.yml is invalid: not a mapping, a duplicate host, an unknown source."""


def load_site_titles(path: Path = SITE_TITLES) -> dict[str, tuple[str, ...]]:
    """host -> where that site's headline comes from: sources from `_TITLE_SOURCES`, the
    first one a page has winning (a list covers pages from before a redesign).

    Votes cannot know house style: the Daily Mail's og:title is its editors' headline, the
    Sun's is the JSON-LD one. The table (made from fundus's per-publisher parsers by
    scripts/site_titles_from_fundus.py) records it per host.
    """
    root = load_yaml_nodes(path)
    if not isinstance(root, yaml.MappingNode):
        raise SiteTitlesError(f"{path}: expected a mapping of host: source")
    table: dict[str, tuple[str, ...]] = {}
    for key, value in root.value:
        line, host = key.start_mark.line + 1, str(key.value).lower().removeprefix("www.")
        items = value.value if isinstance(value, yaml.SequenceNode) else [value]
        sources = tuple(v.value if isinstance(v, yaml.ScalarNode) else None for v in items)
        for source in sources or (None,):
            if source not in _TITLE_SOURCES:
                raise SiteTitlesError(
                    f"{path}:{line}: host '{key.value}': unknown title source {source!r}"
                    f" (expected one of {', '.join(_TITLE_SOURCES)})"
                )
        if host in table:
            raise SiteTitlesError(f"{path}:{line}: host '{key.value}' is listed twice")
        table[host] = sources
    return table


@functools.cache
def _site_titles() -> dict[str, tuple[str, ...]]:
    return load_site_titles()


def site_title_sources(url: str, table: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The table's sources for the URL's host or, failing that, its parent domains
    (`us.cnn.com`, then `cnn.com`); () for a site it does not list."""
    labels = (urlsplit(url).hostname or "").lower().removeprefix("www.").split(".")
    for i in range(len(labels) - 1):
        if sources := table.get(".".join(labels[i:])):
            return sources
    return ()


def choose_title(evidence: _TitleEvidence, preferred: Sequence[str] = ()) -> str | None:
    """The site's own choice of headline if known, else the one most statements agree on.

    Sites give one story several headlines (the displayed <h1>, the JSON-LD `headline`, the
    SEO <title>, the og:title/twitter:title for social cards). Each is taken with the site's
    name cut off and, if clipped (`...`), completed from a longer one. The first source in
    `preferred` (the site's convention, `load_site_titles`) that the page has wins.
    Otherwise each source votes once for its first headline; the most-voted wins, ties going
    to the earlier source in `_TITLE_SOURCES`.
    """
    social = [_strip_site(s, evidence, set()) for s in evidence.social]
    others = {_squash(x) for x in (*evidence.json_ld, *evidence.headings, *social)}
    document = _strip_site(evidence.document, evidence, others) if evidence.document else ""
    json_ld = [_strip_site(h, evidence, others - {_squash(h)}) for h in evidence.json_ld]
    by_source = {
        "headings": evidence.headings[:1],
        "json_ld": json_ld[:1],
        "document": [document] if document else [],
        "social": social[:1],
    }
    every = [x for values in by_source.values() for x in values]

    def completed(text: str) -> str:
        return next((full for full in every if _is_truncation(text, full)), text)

    for source in preferred:
        text = (by_source[source] or [""])[0]
        if _squash(text) and _squash(text).replace(" ", "") not in evidence.site_names:
            return completed(text)
    tally: dict[str, list] = {}  # squashed headline -> [votes, source rank, text]
    for rank, source in enumerate(_TITLE_SOURCES):
        for text in by_source[source]:
            text = completed(text)
            key = _squash(text)
            if key:
                tally.setdefault(key, [0, rank, text])[0] += 1
    if not tally:
        return None
    return min(tally.values(), key=lambda v: (-v[0], v[1]))[2]


def clean_title(
    title: str | None,
    html: str,
    sitename: str | None,
    url: str,
    *,
    site_titles: Mapping[str, tuple[str, ...]] | None = None,
) -> str | None:
    """The story's headline from the page's own statements (see `choose_title`);
    `site_titles` defaults to data/site_titles.yml."""
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        tree = None
    preferred = site_title_sources(url, _site_titles() if site_titles is None else site_titles)
    return choose_title(_title_evidence(tree, title, sitename, url), preferred) or title


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


# No word of a language written in ASCII runs this long: a 200,000-letter "headline", base64.
_NOT_A_WORD = re.compile(r"[!-~]{100,}")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None for too little text to tell.

    A thousand characters decide as well as the whole text and cost a quarter of 4,000
    (langid scores byte n-grams in Python: it was a third of a page's parse time)."""
    sample = text[:1000]
    if _NOT_A_WORD.search(sample):  # read the words after it, not the run
        sample = _NOT_A_WORD.sub(" ", text)[:1000]
    if len(sample.strip()) < 40:
        return None
    lang, _ = py3langid.classify(sample)
    return lang


# trafilatura's fallbacks (readability, jusText) rescue pages its own extractor reads short,
# and cost a third of a page's parse: run them only for a text shorter than this.
SHORT_TEXT = 3000


def _extract(html: str, url: str, max_date: str, *, fast: bool):
    return trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        fast=fast,
        date_extraction_params={
            "extensive_search": False,
            "original_date": True,
            "max_date": max_date,
        },
    )


def parse_article(
    html: str,
    url: str,
    *,
    feed_published: str | None = None,
    today: date | None = None,
) -> ParsedArticle:
    """Main text, title, author, date and language; the date's source is recorded with it."""
    max_date = _latest_allowed(today)
    doc = _extract(html, url, max_date, fast=True)
    if doc is None or len(doc.text or "") < SHORT_TEXT:
        doc = _extract(html, url, max_date, fast=False)
    flags: list[str] = []
    text = (doc.text if doc else "") or ""
    published, published_source = (_day(doc.date) if doc else None), "page_metadata"
    published_at = publication_moment(html, feed_published=feed_published)
    if published_at and published_at[:10] <= max_date:
        # the article's own date-time, in the publisher's zone, over htmldate's day: it can
        # take an image's or a related story's date, or a modification date
        published = published_at[:10]
    else:
        published_at = None
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
        published_at=published_at if published_at and published_at[:10] == published else None,
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
        "published_at": parsed.published_at,
        "modified": parsed.modified,
        "language": parsed.language,
        "sitename": parsed.sitename,
        "encoding": decoded.encoding,
        "flags": [*decoded.flags, *parsed.flags],
        "text": parsed.text,
    }
