"""Reject what is not an article, with a reason the run records."""

from __future__ import annotations

import re

from scrapy.exceptions import DropItem

from core.limits import MAX_TEXT_CHARS, MAX_TITLE_CHARS
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
# Scripts written without spaces between words (Chinese, Japanese kana, Thai, …): each
# character counts as a word, so a Japanese article is not "3 words" long.
_UNSPACED = (
    "\u0e00-\u0eff"  # Thai, Lao
    "\u1000-\u109f"  # Myanmar
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Han
)
_WORD = re.compile(f"[{_UNSPACED}]|[^\\s{_UNSPACED}]+")


def word_count(text: str) -> int:
    """Words of the text: runs between spaces, and each character of an unspaced script."""
    return sum(1 for _ in _WORD.finditer(text))


def _cut(text: str, limit: int) -> str:
    """The text up to `limit` characters, at a line break when one is near the end."""
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit)
    return text[: cut if cut > limit // 2 else limit]


def bound(item: ArticleItem) -> None:
    """Cut text and title to the bounds `tracker import` accepts (core/limits.py), flagged,
    so a worker's exported batch loads on the central machine."""
    if len(item.text) > MAX_TEXT_CHARS:
        item.text = _cut(item.text, MAX_TEXT_CHARS)
        item.flags = [*item.flags, "truncated"]
    if item.title and len(item.title) > MAX_TITLE_CHARS:
        item.title = _cut(item.title, MAX_TITLE_CHARS)
        item.flags = [*item.flags, "title_truncated"]


class ValidatePipeline:
    """Empty pages, non-HTML bodies, teasers and index pages stop here."""

    def process_item(self, item: object) -> object:
        if not isinstance(item, ArticleItem):
            return item
        if item.content_type and item.content_type not in ("text/html", "application/xhtml+xml"):
            raise DropItem(f"not_html: {item.content_type}")
        bound(item)
        text = item.text.strip()
        if not text:
            raise DropItem("empty: no main text found")
        if text.startswith("%PDF-"):
            raise DropItem("not_html: PDF body served as HTML")
        words = word_count(text)
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
        if len(text) < MIN_TEXT_CHARS or words < MIN_WORDS:
            raise DropItem(f"too_short: {words} words of main text")
        return item
