"""Reading feeds and sitemaps into article links: pure functions over bytes, safe on hostile XML."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import feedparser
from lxml import etree

# A DOCTYPE with an internal subset is where XXE and billion-laughs live; feeds never need one.
_DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]*(\[.*?\])?\s*>", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Link:
    """An article link found in a feed or sitemap, with the date that source gives it."""

    url: str
    title: str | None = None
    published: str | None = None  # ISO 8601 date-time or date, as the source states it
    updated: str | None = None  # when the source says the article last changed, same format


@dataclass(frozen=True)
class Discovery:
    links: list[Link]
    sitemaps: list[str]  # child sitemaps of a sitemap index
    partial: bool  # the document was malformed; what could be read was read


def strip_doctype(body: bytes) -> bytes:
    return _DOCTYPE.sub(b"", body, count=1)


def parse_feed(body: bytes, content_type: str | None = None) -> Discovery:
    """RSS 0.9x/1.0/2.0 and Atom via feedparser, which copes with bad bytes and legacy charsets.

    `content_type` is the HTTP header: a Latin-1 feed without an XML declaration names its
    charset only there, and feedparser weighs it as RFC 3023 says.
    A JSON Feed (jsonfeed.org 1.0/1.1) is read by `parse_json_feed`; feedparser has no reader.
    """
    if body.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return parse_json_feed(body)
    parsed = feedparser.parse(
        strip_doctype(body),
        sanitize_html=True,
        resolve_relative_uris=False,
        response_headers={"content-type": content_type} if content_type else None,
    )
    links = []
    for entry in parsed.entries:
        url = entry.get("link") or (
            entry.get("id") if str(entry.get("id", "")).startswith("http") else None
        )
        if not url:
            continue
        links.append(
            Link(
                url=url.strip(),
                title=entry.get("title"),
                published=_feed_date(entry),
                updated=_feed_date(entry, ("updated", "published")),  # a bumped pubDate too
            )
        )
    return Discovery(links=links, sitemaps=[], partial=bool(parsed.get("bozo")) and bool(links))


def parse_json_feed(body: bytes) -> Discovery:
    """JSON Feed: `items[].url` (or an http `id`), `title`, `date_published`/`date_modified`."""
    try:
        doc = json.loads(body.decode("utf-8-sig", errors="replace"))
    except (ValueError, RecursionError):  # not JSON, or nested deeper than Python recurses
        return Discovery(links=[], sitemaps=[], partial=True)
    items = doc.get("items") if isinstance(doc, dict) else None
    if not isinstance(items, list):
        return Discovery(links=[], sitemaps=[], partial=True)
    links, partial = [], False
    for entry in items:
        if not isinstance(entry, dict):
            partial = True
            continue
        url = entry.get("url") or entry.get("external_url")
        if not url and str(entry.get("id", "")).startswith("http"):
            url = entry["id"]
        if not isinstance(url, str) or not url.strip():
            continue
        published = entry.get("date_published") or entry.get("date_modified")
        title = entry.get("title")
        links.append(
            Link(
                url=url.strip(),
                title=title if isinstance(title, str) else None,
                published=_iso_or_none(published),
                updated=_iso_or_none(entry.get("date_modified")),
            )
        )
    return Discovery(links=links, sitemaps=[], partial=partial)


def _iso_or_none(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        return None


def _feed_date(
    entry: dict, keys: tuple[str, ...] = ("published", "updated", "created")
) -> str | None:
    """The entry's date in the publisher's own time zone, so the local calendar day survives."""
    for key in keys:
        raw = dict.get(entry, key)  # not feedparser's deprecated updated -> published fallback
        if not raw:
            continue
        try:
            moment = parsedate_to_datetime(raw)
            if moment.tzinfo is not None:  # "May 1, 2020 10:30 PM EDT" comes back naive, PM lost
                return moment.isoformat()
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return datetime.fromisoformat(raw.replace("Z", "+00:00")).isoformat()
        except ValueError:
            pass
        written = _written_date(raw)
        if written:
            return written
        parsed = dict.get(entry, f"{key}_parsed")
        if parsed:
            # feedparser's parsed form is in UTC: keep only a day it cannot have shifted
            return datetime(*parsed[:6], tzinfo=UTC).isoformat()
    return None


def _written_date(raw: str) -> str | None:
    """A date-time in another spelling ("2020-05-01 22:30:00 -0400", "May 1, 2020 10:30 PM
    EDT"), with the offset it was written with; a date alone as the date. Never moved to UTC,
    so the publisher's calendar day survives."""
    from dateutil import parser as date_parser
    from dateutil.tz import tzoffset

    zones = {
        "EDT": tzoffset("EDT", -4 * 3600), "EST": tzoffset("EST", -5 * 3600),
        "CDT": tzoffset("CDT", -5 * 3600), "CST": tzoffset("CST", -6 * 3600),
        "MDT": tzoffset("MDT", -6 * 3600), "MST": tzoffset("MST", -7 * 3600),
        "PDT": tzoffset("PDT", -7 * 3600), "PST": tzoffset("PST", -8 * 3600),
    }  # fmt: skip
    try:
        value = date_parser.parse(raw, tzinfos=zones)
    except (ValueError, OverflowError, TypeError):
        return None
    if value.tzinfo is None and (value.hour, value.minute, value.second) == (0, 0, 0):
        return value.date().isoformat()
    return value.isoformat()


_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, huge_tree=False, recover=True, load_dtd=False
)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def parse_sitemap(body: bytes) -> Discovery:
    """A urlset (with Google News extensions) or a sitemap index."""
    try:
        root = etree.fromstring(strip_doctype(body), parser=_PARSER)
    except etree.XMLSyntaxError:
        root = None
    if root is None:
        return Discovery(links=[], sitemaps=[], partial=True)
    links: list[Link] = []
    sitemaps: list[str] = []
    kind = _local(root.tag)
    for element in root:
        if _local(element.tag) not in ("url", "sitemap"):
            continue
        fields: dict[str, str] = {}
        for child in element.iter():
            name = _local(child.tag)
            if child.text and child.text.strip() and name not in fields:
                fields[name] = child.text.strip()
        loc = fields.get("loc")
        if not loc:
            continue
        if kind == "sitemapindex":
            sitemaps.append(loc)
        else:
            published = fields.get("publication_date") or fields.get("lastmod")
            links.append(
                Link(
                    url=loc,
                    title=fields.get("title"),
                    published=published,
                    updated=fields.get("lastmod"),
                )
            )
    return Discovery(links=links, sitemaps=sitemaps, partial=False)
