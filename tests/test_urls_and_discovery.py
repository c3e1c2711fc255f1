from core.urls import canonicalize, dedupe_key
from crawler.discovery import parse_feed, parse_sitemap

RSS = b"""<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Harbour Gazette</title>
<item><title>Caf\xe9 owners meet the mayor</title><link>https://gazette.example/a?utm_source=rss</link>
<pubDate>Mon, 23 Feb 2026 22:30:00 -0500</pubDate></item>
<item><title>No date here</title><link>https://gazette.example/b</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>Budget talks</title><link href="https://wire.example/budget"/>
<id>tag:wire.example,2026:1</id><updated>2026-03-02T09:00:00Z</updated></entry></feed>"""

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://circuit.example/2026/02/vote.html</loc>
<news:news><news:publication><news:name>Circuit</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2026-02-25T08:00:00-05:00</news:publication_date><news:title>The vote</news:title></news:news></url>
</urlset>"""

INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://circuit.example/news-sitemap.xml</loc></sitemap></sitemapindex>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE urlset [<!ENTITY secret SYSTEM "file:///etc/hostname"><!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.example/&secret;&b;</loc></url></urlset>"""


def test_canonicalize_strips_tracking_and_normalises_host():
    assert (
        canonicalize("HTTPS://News.Example:443/a/b?utm_source=x&id=3&fbclid=9#top")
        == "https://news.example/a/b?id=3"
    )
    assert dedupe_key("http://news.example/a") == dedupe_key(
        "https://news.example/a?utm_medium=rss"
    )
    assert canonicalize("https://news.example/story/amp") == "https://news.example/story"


def test_rss_in_iso_8859_1_keeps_local_day_and_undated_items():
    found = parse_feed(RSS)
    assert [link.url for link in found.links] == [
        "https://gazette.example/a?utm_source=rss",
        "https://gazette.example/b",
    ]
    assert found.links[0].title == "Café owners meet the mayor"
    assert found.links[0].published.startswith(
        "2026-02-23T22:30:00"
    )  # not shifted to UTC's next day
    assert found.links[1].published is None


def test_atom_feed():
    (link,) = parse_feed(ATOM).links
    assert (link.url, link.title, link.published[:10]) == (
        "https://wire.example/budget",
        "Budget talks",
        "2026-03-02",
    )


def test_news_sitemap_and_index():
    (link,) = parse_sitemap(NEWS_SITEMAP).links
    assert link.url == "https://circuit.example/2026/02/vote.html"
    assert link.published == "2026-02-25T08:00:00-05:00"
    assert link.title == "The vote"
    assert parse_sitemap(INDEX).sitemaps == ["https://circuit.example/news-sitemap.xml"]


def test_entities_in_sitemap_are_never_resolved():
    (link,) = parse_sitemap(XXE).links
    assert link.url == "https://x.example/"  # the references are dropped, not expanded


def test_an_edit_is_read_from_atom_updated_sitemap_lastmod_and_json_feed():
    from crawler.discovery import parse_json_feed
    from crawler.spiders.base import changed_since

    rss = parse_feed(
        b'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        b"<item><link>https://x.example/a</link><pubDate>Mon, 02 Feb 2026 10:00:00 GMT</pubDate>"
        b"<atom:updated>2026-02-03T08:30:00Z</atom:updated></item>"
        b"<item><link>https://x.example/b</link><pubDate>Mon, 02 Feb 2026 10:00:00 GMT</pubDate>"
        b"</item></channel></rss>"
    ).links
    assert [link.updated for link in rss] == [
        "2026-02-03T08:30:00+00:00",
        "2026-02-02T10:00:00+00:00",  # only a pubDate: a bumped one counts as an edit
    ]
    sitemap = parse_sitemap(
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>'
        b"<loc>https://x.example/c</loc><lastmod>2026-02-04</lastmod></url></urlset>"
    ).links
    assert sitemap[0].updated == "2026-02-04"
    jf = parse_json_feed(
        b'{"items": [{"url": "https://x.example/d", "date_published": "2026-02-01T09:00:00Z",'
        b' "date_modified": "2026-02-05T09:00:00Z"}]}'
    ).links
    assert jf[0].updated == "2026-02-05T09:00:00+00:00"

    edited = rss[0]
    assert changed_since(edited, "2026-02-02T11:00:00+00:00")  # fetched before the edit
    assert not changed_since(edited, "2026-02-03T09:00:00+00:00")  # fetched after it
    assert not changed_since(rss[1], "2026-02-02T11:00:00+00:00")
    assert changed_since(sitemap[0], "2026-02-03T23:00:00+00:00")  # a bare date: its midnight
    assert not changed_since(sitemap[0], "2026-02-04T01:00:00+00:00")
    future = type(edited)(url=edited.url, updated="2999-01-01T00:00:00Z")
    assert not changed_since(future, "2026-02-02T11:00:00+00:00")  # a clock slip, not an edit
    assert not changed_since(type(edited)(url=edited.url), "2026-02-02T11:00:00+00:00")
