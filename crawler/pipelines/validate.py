"""Reject what is not an article, with a reason the run records."""

from __future__ import annotations

import re

from scrapy.exceptions import DropItem

from crawler.items import ArticleItem

MIN_TEXT_CHARS = 300
MIN_WORDS = 60
SHORT_PAGE_WORDS = 250  # walls and teasers are short; a long article may mention cookies

_SOFT_404 = re.compile(
    r"\b(page not found|404|not found|no longer available|(?:does not|doesn't) exist)\b", re.I
)
_PAYWALL = re.compile(
    r"subscribe (?:now )?to (?:continue|keep) reading|to continue reading,? (?:please )?subscribe"
    r"|(?:this|the rest of this) (?:article|story) is (?:only )?(?:available )?(?:for|to) subscribers"
    r"|already a subscriber\?",
    re.I,
)
_CONSENT = re.compile(
    r"we (?:and our partners )?use cookies|accept all cookies|cookie (?:settings|preferences)"
    r"|manage (?:your )?consent|your privacy choices",
    re.I,
)


class ValidatePipeline:
    """Empty pages, non-HTML bodies, teasers and index pages stop here."""

    def process_item(self, item: object) -> object:
        if not isinstance(item, ArticleItem):
            return item
        if item.content_type and item.content_type not in ("text/html", "application/xhtml+xml"):
            raise DropItem(f"not_html: {item.content_type}")
        text = item.text.strip()
        if not text:
            raise DropItem("empty: no main text found")
        if text.startswith("%PDF-"):
            raise DropItem("not_html: PDF body served as HTML")
        words = len(text.split())
        if _SOFT_404.search(item.title or "") or (
            words < SHORT_PAGE_WORDS and _SOFT_404.search(text[:300])
        ):
            raise DropItem("soft_404: the page says it was not found")
        if "index_page" in item.flags:
            raise DropItem("index_page: mostly links, not an article")
        if words < SHORT_PAGE_WORDS and _PAYWALL.search(text):
            raise DropItem(f"paywall: a {words}-word teaser behind a subscription")
        if words < SHORT_PAGE_WORDS and _CONSENT.search(text):
            raise DropItem("consent_wall: a cookie or consent notice, not the article")
        if len(text) < MIN_TEXT_CHARS or len(text.split()) < MIN_WORDS:
            raise DropItem(f"too_short: {len(text.split())} words of main text")
        return item
