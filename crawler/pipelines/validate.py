"""Reject what is not an article, with a reason the run records."""

from __future__ import annotations

from scrapy.exceptions import DropItem

from crawler.items import ArticleItem

MIN_TEXT_CHARS = 300
MIN_WORDS = 60


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
        if len(text) < MIN_TEXT_CHARS or len(text.split()) < MIN_WORDS:
            raise DropItem(f"too_short: {len(text.split())} words of main text")
        return item
