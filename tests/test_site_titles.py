"""Per-site headline sources (data/site_titles.yml) and the voting they override."""

import json
import zipfile

import pytest

from core.errors import ConfigError
from crawler.article import (
    SITE_TITLES,
    SiteTitlesError,
    clean_title,
    load_site_titles,
    site_title_sources,
)


def page(*, h1=None, headline=None, title=None, og=None, meta_title=None) -> str:
    """A small article page stating its headline in the places sites use."""
    head = [f"<title>{title}</title>" if title else ""]
    if og:
        head.append(f'<meta property="og:title" content="{og}">')
    if meta_title:
        head.append(f'<meta name="title" content="{meta_title}">')
    if headline:
        ld = {"@type": "NewsArticle", "headline": headline, "publisher": {"name": "Quay Post"}}
        head.append(f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    body = f"<h1>{h1}</h1>" if h1 else ""
    return f"<html><head>{''.join(head)}</head><body>{body}<p>Text.</p></body></html>"


LONG = "Harbour board approves the night ferry after a three-year wait"
SHORT = "Night ferry approved"
STORY = page(h1=LONG, headline=LONG, title=f"{LONG} | Quay Post", og=f"{SHORT} | Quay Post")
TABLE = {"quaypost.example": ("social",), "ledger.example": ("json_ld", "social")}


def test_a_site_listed_as_social_gets_its_og_title_with_the_site_name_cut():
    url = "https://www.quaypost.example/news/ferry"
    assert clean_title(None, STORY, None, url, site_titles=TABLE) == SHORT


def test_an_unlisted_site_keeps_the_vote():
    url = "https://other.example/news/ferry"
    assert clean_title(None, STORY, None, url, site_titles=TABLE) == LONG
    assert clean_title(None, STORY, None, url, site_titles={}) == LONG


def test_a_listed_source_missing_from_the_page_falls_back_to_the_vote():
    no_og = page(h1=LONG, headline=LONG, title=f"{LONG} | Quay Post")
    url = "https://quaypost.example/news/ferry"
    assert clean_title(None, no_og, None, url, site_titles=TABLE) == LONG


def test_a_list_takes_the_first_source_the_page_has():
    url = "https://ledger.example/a"
    with_ld = page(h1=LONG, headline="Ferry: the vote", og=SHORT)
    assert clean_title(None, with_ld, None, url, site_titles=TABLE) == "Ferry: the vote"
    older_design = page(h1=LONG, title=LONG, og=SHORT)  # no JSON-LD yet
    assert clean_title(None, older_design, None, url, site_titles=TABLE) == SHORT


def test_a_clipped_preferred_headline_is_completed():
    clipped = page(h1=LONG, og="Harbour board approves the night ferry...")
    url = "https://quaypost.example/a"
    assert clean_title(None, clipped, None, url, site_titles=TABLE) == LONG


def test_an_og_title_that_is_only_the_site_name_is_passed_over():
    bare = page(h1=LONG, headline=LONG, og="Quay Post")
    url = "https://quaypost.example/a"
    assert clean_title(None, bare, None, url, site_titles=TABLE) == LONG


def test_document_means_meta_title_before_the_title_element():
    seo = page(h1=LONG, title="Ferry Approved After Wait - Quay Post", meta_title=SHORT)
    url = "https://quaypost.example/a"
    assert clean_title(None, seo, None, url, site_titles={"quaypost.example": ("document",)}) == (
        SHORT
    )


def test_a_host_inherits_its_parent_domains_entry():
    table = {"quaypost.example": ("social",), "co.uk": ("headings",)}
    assert site_title_sources("https://live.eu.quaypost.example/x", table) == ("social",)
    assert site_title_sources("https://WWW.QuayPost.Example/x", table) == ("social",)
    assert site_title_sources("https://quaypost.example.org/x", table) == ()


def test_the_table_rejects_an_unknown_source_naming_file_line_and_host(tmp_path):
    path = tmp_path / "site_titles.yml"
    path.write_text("quaypost.example: social\nledger.example: [json_ld, og_title]\n")
    with pytest.raises(
        SiteTitlesError, match=r"site_titles.yml:2: host 'ledger.example'.*og_title"
    ):
        load_site_titles(path)
    path.write_text("quaypost.example: social\nwww.quaypost.example: headings\n")
    with pytest.raises(ConfigError, match="listed twice"):
        load_site_titles(path)
    path.write_text("- quaypost.example\n")
    with pytest.raises(SiteTitlesError, match="expected a mapping"):
        load_site_titles(path)


def test_the_shipped_table_loads():
    table = load_site_titles(SITE_TITLES)
    assert len(table) > 150
    assert "www.dailymail.co.uk" not in table and table["dailymail.co.uk"] == ("social",)


def test_the_generator_reads_parser_versions_without_importing_them(tmp_path, monkeypatch):
    """Latest version first, inherited `title`, older versions as fallbacks, custom skipped."""
    import importlib.util

    from core.paths import ROOT

    spec = importlib.util.spec_from_file_location(
        "site_titles_from_fundus", ROOT / "scripts" / "site_titles_from_fundus.py"
    )
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    parsers = """
class QuayParser(ParserProxy):
    class V1(BaseParser):
        VALID_UNTIL = datetime.date(2024, 1, 1)
        @attribute
        def title(self):
            return self.precomputed.meta.get("og:title")
    class V2(BaseParser):
        @attribute
        def title(self):
            return self.precomputed.ld.bf_search("headline") or self.precomputed.meta.get("title")
    class V2_1(V2):
        pass

class LedgerParser(ParserProxy):
    class V1(BaseParser):
        _title_selector = CSSSelector("h2.big")
        @attribute
        def title(self):
            return self._title_selector(self.precomputed.doc)[0].text_content()
"""
    publishers = """
class XX(metaclass=PublisherGroup):
    Quay = Publisher(name="Quay", domain="https://www.QuayPost.example/", parser=QuayParser,
                     deprecated_domains=["https://quay.example/"])
    Ledger = Publisher(name="Ledger", domain="https://ledger.example/", parser=LedgerParser)
"""
    wheel = tmp_path / "fundus-9.9-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("fundus-9.9.dist-info/METADATA", "Name: fundus\nVersion: 9.9\n")
        archive.writestr("fundus/publishers/xx/quay.py", parsers)
        archive.writestr("fundus/publishers/xx/__init__.py", publishers)
    out = tmp_path / "site_titles.yml"
    out.write_text(f"old: social\n{generator.HAND_MADE}\nhand.example: headings\n")
    monkeypatch.setattr("sys.argv", ["gen", str(wheel), "--out", str(out)])
    generator.main()
    assert load_site_titles(out) == {
        "quaypost.example": ("json_ld", "document", "social"),
        "quay.example": ("json_ld", "document", "social"),
        "hand.example": ("headings",),
    }
    assert "fundus 9.9" in out.read_text()
