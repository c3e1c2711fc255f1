"""A page's publication day is the publisher's local day (issue 16): "2020-05-01T22:30:00-04:00"
is 1 May, not 2 May. Pages of our own, written for these tests, with late-evening times in
American zones; the full date-time is kept with its offset; feeds and sitemaps alike."""

from __future__ import annotations

import pytest

from crawler.article import _day, parse_article, publication_moment
from crawler.discovery import _feed_date, parse_sitemap

BODY = (
    "The Senate voted late on Friday to pass the annual defense authorization bill after a "
    "long debate over drone programs, shipbuilding and the pay of junior enlisted troops. "
) * 10


def page(head: str = "", byline: str = "") -> str:
    return (
        "<html><head><title>Senate passes the defense bill</title>"
        f"{head}</head><body><article><h1>Senate passes the defense bill</h1>{byline}"
        f"<p>{BODY}</p></article></body></html>"
    )


URL = "https://news.example.com/2020/05/senate-defense-bill"


@pytest.mark.parametrize(
    ("head", "byline", "day", "moment"),
    [
        (  # Eastern daylight time, 10:30 p.m.
            '<meta property="article:published_time" content="2020-05-01T22:30:00-04:00">',
            "",
            "2020-05-01",
            "2020-05-01T22:30:00-04:00",
        ),
        (  # Pacific, one minute before midnight, in JSON-LD
            '<script type="application/ld+json">{"@context": "https://schema.org", '
            '"@type": "NewsArticle", "headline": "Senate passes the defense bill", '
            '"datePublished": "2020-05-01T23:59:00-07:00", '
            '"dateModified": "2020-05-02T08:00:00-07:00"}</script>',
            "",
            "2020-05-01",
            "2020-05-01T23:59:00-07:00",
        ),
        (  # Central standard time, offset without a colon
            '<meta itemprop="datePublished" content="2020-01-10T21:45:00-0600">',
            "",
            "2020-01-10",
            "2020-01-10T21:45:00-06:00",
        ),
        (  # UTC in the metadata, the same instant shown in the byline in Eastern time
            '<meta property="article:published_time" content="2020-05-02T02:30:00Z">',
            "<p class='byline'>Published 10:30 p.m. ET, Fri May 1, 2020</p>",
            "2020-05-01",
            "2020-05-01T22:30:00-04:00",
        ),
        (  # UTC in the metadata, a naive local <time> beside it (Central daylight time)
            '<meta property="article:published_time" content="2020-05-02T04:05:00Z">',
            '<time datetime="2020-05-01 23:05:00">May 1, 2020 at 11:05 p.m.</time>',
            "2020-05-01",
            "2020-05-01T23:05:00-05:00",
        ),
        (  # the article's own date, not a related video's or an image's
            '<script type="application/ld+json">[{"@type": "ImageObject", '
            '"datePublished": "2020-04-28T09:00:00-04:00"}, {"@type": "NewsArticle", '
            '"datePublished": "2020-05-01T20:00:00-04:00"}]</script>',
            "",
            "2020-05-01",
            "2020-05-01T20:00:00-04:00",
        ),
    ],
)
def test_publication_day_is_the_publishers(head, byline, day, moment):
    parsed = parse_article(page(head, byline), URL)
    assert parsed.published == day
    assert parsed.published_at == moment


def test_utc_without_any_local_evidence_stays_as_written():
    """The day the page states, never a zone we guess."""
    html = page('<meta property="article:published_time" content="2020-05-02T02:30:00Z">')
    assert publication_moment(html) == "2020-05-02T02:30:00+00:00"
    assert parse_article(html, URL).published == "2020-05-02"


def test_the_feed_gives_the_zone_of_a_utc_page():
    html = page('<meta property="article:published_time" content="2020-05-02T02:30:00Z">')
    parsed = parse_article(html, URL, feed_published="Fri, 01 May 2020 22:30:00 -0400")
    assert (parsed.published, parsed.published_at) == ("2020-05-01", "2020-05-01T22:30:00-04:00")


def test_a_page_without_a_time_keeps_no_moment():
    html = page('<meta property="article:published_time" content="2020-05-01">')
    parsed = parse_article(html, URL)
    assert parsed.published == "2020-05-01" and parsed.published_at is None


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("2020-05-01T22:30:00-04:00", "2020-05-01"),
        ("Fri, 01 May 2020 22:30:00 -0400", "2020-05-01"),
        ("Fri, 01 May 2020 21:30:00 CDT", "2020-05-01"),
        ("May 1, 2020 10:30 PM EDT", "2020-05-01"),
        ("2020-05-01 19:30:00 -0700", "2020-05-01"),
    ],
)
def test_feed_dates_keep_the_publishers_day(raw, day):
    value = _feed_date({"published": raw})
    assert value is not None and value[:10] == day
    assert _day(value) == day


def test_rfc_2822_day_is_local():
    assert _day("Fri, 01 May 2020 22:30:00 -0400") == "2020-05-01"


def test_sitemap_dates_keep_the_publishers_day():
    body = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://news.example.com/a</loc>
    <news:news><news:publication_date>2020-05-01T22:30:00-04:00</news:publication_date>
    <news:title>Senate passes the defense bill</news:title></news:news></url>
</urlset>"""
    (link,) = parse_sitemap(body).links
    assert _day(link.published) == "2020-05-01"
