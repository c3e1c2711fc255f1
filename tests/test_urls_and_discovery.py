from crawler.discovery import parse_feed, parse_sitemap
from crawler.urls import canonicalize, dedupe_key

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
