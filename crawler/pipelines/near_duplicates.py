"""Syndicated copies (one wire story on several hosts) stored once: the first one seen stays
the original, later copies are recorded in `pages` as copies pointing at it.

Similarity is MinHash over word 5-shingles (datasketch), with LSH so each check is cheap;
signatures of recent articles are kept in `article_signatures`, so copies are caught
across runs too.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH
from scrapy.crawler import Crawler

from core import store
from core.db import connect
from core.urls import canonicalize
from crawler.items import ArticleItem

NUM_PERM = 128
SCHEME = "affine32"  # pinned: stored signatures must be comparable across datasketch versions
SHINGLE = 5
_WORD = re.compile(r"\w+", re.UNICODE)


_PERMUTATIONS = MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations  # drawn once, not per page


def signature(text: str) -> MinHash:
    """MinHash of the text's word 5-shingles, case and punctuation folded."""
    words = _WORD.findall(text.lower())
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_PERMUTATIONS)
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash.update_batch([s.encode() for s in shingles])
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    return minhash.hashvalues.astype(np.uint32).tobytes()


def from_bytes(blob: bytes) -> MinHash:
    values = np.frombuffer(blob, dtype=np.uint32).copy()
    return MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME, permutations=_PERMUTATIONS)


class NearDuplicatePipeline:
    """Marks an article whose text is at least TRACKER_NEAR_DUP_THRESHOLD similar to one stored."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.db_path = crawler.settings.get("TRACKER_DB")
        self.threshold = crawler.settings.getfloat("TRACKER_NEAR_DUP_THRESHOLD", 0.7)
        self.window_days = crawler.settings.getint("TRACKER_NEAR_DUP_DAYS", 90)
        self.db = None
        # LSH is probabilistic: cast the net wider than the threshold, then check each candidate.
        self.lsh = MinHashLSH(threshold=max(0.3, self.threshold - 0.25), num_perm=NUM_PERM)
        self.signatures: dict[str, MinHash] = {}
        self.urls: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NearDuplicatePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.db = connect(self.db_path)
        rows = self.db.execute(
            "SELECT s.article_id, s.signature, a.url FROM article_signatures s "
            "JOIN articles a ON a.id = s.article_id "
            "WHERE s.created_at >= datetime('now', ?)",
            [f"-{self.window_days} days"],
        )
        for article, blob, url in rows:
            self._remember(article, from_bytes(blob), url)

    def close_spider(self) -> None:
        if self.db is not None:
            self.db.close()

    def _remember(self, article: str, minhash: MinHash, url: str) -> None:
        if article not in self.signatures:
            self.lsh.insert(article, minhash)
        self.signatures[article] = minhash
        self.urls[article] = url

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem) or not item.text.strip():
            return item
        own = store.article_id(canonicalize(item.canonical_url or item.url))
        minhash = from_bytes(item.signature) if item.signature else signature(item.text)
        best, best_score = None, 0.0
        for candidate in self.lsh.query(minhash):
            if candidate == own:
                continue
            score = minhash.jaccard(self.signatures[candidate])
            if score >= self.threshold and score > best_score:
                best, best_score = candidate, score
        if best is not None:
            item.duplicate_of = best
            item.duplicate_reason = (
                f"near-duplicate ({best_score:.2f} similar) of {self.urls[best]}; original kept"
            )
            return item
        self._remember(own, minhash, item.url)
        self.db.execute(
            "INSERT OR REPLACE INTO article_signatures (article_id, signature, created_at) "
            "VALUES (?, ?, datetime('now'))",
            [own, to_bytes(minhash)],
        )
        self.db.conn.commit()
        return item
