"""Syndicated copies (one wire story on several hosts) stored once: the first one seen stays
the original, later copies are recorded in `pages` as copies pointing at it.

Similarity is MinHash over word 5-shingles (datasketch), with LSH so each check is cheap:
signatures of recent articles are kept in `article_signatures` and their LSH bands in
`article_lsh`, so copies are caught across runs too, and a crawl looks up only the
candidates that share a band with what it fetches, however many articles are stored.
"""

from __future__ import annotations

import hashlib
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
_BATCH = 20_000  # shingles hashed at once


_PERMUTATIONS = MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations  # drawn once, not per page


def signature(text: str) -> MinHash:
    """MinHash of the text's word 5-shingles, case and punctuation folded."""
    words = _WORD.findall(text.lower())
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_PERMUTATIONS)
    shingles = list(
        {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    )
    # In slices: datasketch holds NUM_PERM 64-bit hashes per shingle of a batch at once, 2 GB
    # for a 14-million-character page; the minimum over slices is the same signature.
    for start in range(0, len(shingles), _BATCH):
        minhash.update_batch([s.encode() for s in shingles[start : start + _BATCH]])
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    return minhash.hashvalues.astype(np.uint32).tobytes()


def from_bytes(blob: bytes) -> MinHash:
    values = np.frombuffer(blob, dtype=np.uint32).copy()
    return MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME, permutations=_PERMUTATIONS)


def band_hashes(minhash: MinHash, bands: int, rows: int) -> list[tuple[int, int]]:
    """(band, hash) pairs: two signatures are LSH candidates when they share one."""
    values = minhash.hashvalues.astype(np.uint32)
    return [
        (
            band,
            int.from_bytes(
                hashlib.blake2b(
                    values[band * rows : (band + 1) * rows].tobytes(), digest_size=8
                ).digest(),
                "big",
                signed=True,
            ),
        )
        for band in range(bands)
    ]


class NearDuplicatePipeline:
    """Marks an article whose text is at least TRACKER_NEAR_DUP_THRESHOLD similar to one stored."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.db_path = crawler.settings.get("TRACKER_DB")
        self.threshold = crawler.settings.getfloat("TRACKER_NEAR_DUP_THRESHOLD", 0.7)
        self.window_days = crawler.settings.getint("TRACKER_NEAR_DUP_DAYS", 90)
        self.db = None
        # LSH is probabilistic: cast the net wider than the threshold, then check each candidate.
        lsh = MinHashLSH(threshold=max(0.3, self.threshold - 0.25), num_perm=NUM_PERM)
        self.bands, self.rows = lsh.b, lsh.r

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NearDuplicatePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.db = connect(self.db_path)
        self.window = f"-{self.window_days} days"
        missing = self.db.execute(  # signatures stored before bands were: index them once
            "SELECT s.article_id, s.signature FROM article_signatures s "
            "WHERE s.created_at >= datetime('now', ?) AND NOT EXISTS "
            "(SELECT 1 FROM article_lsh l WHERE l.article_id = s.article_id)",
            [self.window],
        ).fetchall()
        if missing:
            with self.db.atomic():
                for article, blob in missing:
                    self._store_bands(article, from_bytes(blob))

    def close_spider(self) -> None:
        if self.db is not None:
            self.db.close()

    def _store_bands(self, article: str, minhash: MinHash) -> None:
        self.db.execute("DELETE FROM article_lsh WHERE article_id = ?", [article])
        self.db.conn.executemany(
            "INSERT INTO article_lsh (band, hash, article_id) VALUES (?, ?, ?)",
            [(b, h, article) for b, h in band_hashes(minhash, self.bands, self.rows)],
        )

    def _candidates(self, minhash: MinHash) -> dict[str, tuple[bytes, str]]:
        """Recent stored articles sharing an LSH band: id -> (signature, url)."""
        found: dict[str, tuple[bytes, str]] = {}
        for band, value in band_hashes(minhash, self.bands, self.rows):
            for article, blob, url in self.db.execute(
                "SELECT l.article_id, s.signature, a.url FROM article_lsh l "
                "JOIN article_signatures s ON s.article_id = l.article_id "
                "JOIN articles a ON a.id = l.article_id "
                "WHERE l.band = ? AND l.hash = ? AND s.created_at >= datetime('now', ?)",
                [band, value, self.window],
            ):
                found[article] = (blob, url)
        return found

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem) or not item.text.strip():
            return item
        own = store.article_id(canonicalize(item.canonical_url or item.url))
        minhash = from_bytes(item.signature) if item.signature else signature(item.text)
        best, best_score, best_url = None, 0.0, ""
        for candidate, (blob, url) in sorted(self._candidates(minhash).items()):
            if candidate == own:
                continue
            score = minhash.jaccard(from_bytes(blob))
            if score >= self.threshold and score > best_score:
                best, best_score, best_url = candidate, score, url
        if best is not None:
            item.duplicate_of = best
            item.duplicate_reason = (
                f"near-duplicate ({best_score:.2f} similar) of {best_url}; original kept"
            )
            return item
        with self.db.atomic():
            self.db.execute(
                "INSERT OR REPLACE INTO article_signatures (article_id, signature, created_at) "
                "VALUES (?, ?, datetime('now'))",
                [own, to_bytes(minhash)],
            )
            self._store_bands(own, minhash)
        return item
