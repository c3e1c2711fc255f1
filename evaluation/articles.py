"""Measure crawler/article.py on real news pages: title, publication day and body text.

Reads ../shared/corpus/news_html/ (fundus gold_index.json, trafilatura evaldata_subset.json),
runs the exact function the crawler uses (`crawler.article.parse_saved_page`) and prints
per-field shares correct and body-text token F1 as JSON. docs/crawling.md reports the
figures; tests/test_crawl_eval.py keeps them as floors.

    python -m evaluation.articles [--corpus ../shared/corpus/news_html] [--misses]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from crawler.article import parse_saved_page

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "news_html"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = re.sub(r"[\u2018\u2019\u201c\u201d'\"`]", "", text)
    return " ".join(_TOKEN.findall(text))


def token_f1(predicted: str, gold: str) -> float:
    p, g = Counter(_TOKEN.findall(predicted.casefold())), Counter(_TOKEN.findall(gold.casefold()))
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def evaluate(corpus: Path = DEFAULT_CORPUS) -> dict:
    """Figures per set and overall; `misses` lists the pages that got a field wrong."""
    rows = []
    fundus = json.loads((corpus / "fundus" / "gold_index.json").read_text())
    for name, gold in sorted(fundus.items()):
        body = gzip.decompress((corpus / "fundus" / name).read_bytes())
        got = parse_saved_page(body, gold["url"])
        rows.append(
            {
                "set": "fundus",
                "page": name,
                "title": (got["title"], gold.get("title")),
                "date": (got["published"], (gold.get("publishing_date") or "")[:10] or None),
                "f1": token_f1(got["text"], "\n".join(gold.get("body_paragraphs") or [])),
            }
        )
    subset = json.loads((corpus / "trafilatura" / "evaldata_subset.json").read_text())
    for url, gold in sorted(subset.items()):
        body = (corpus / "trafilatura" / gold["file"]).read_bytes()
        got = parse_saved_page(body, url)
        text = norm(got["text"])
        rows.append(
            {
                "set": "trafilatura",
                "page": gold["file"],
                "title": (got["title"], gold.get("title")),
                "date": (got["published"], gold.get("date") or None),
                "with": [norm(s) in text for s in gold.get("with") or []],
                "without": [norm(s) not in text for s in gold.get("without") or []],
            }
        )
    return summarise(rows)


def summarise(rows: list[dict]) -> dict:
    def share(values: list[bool]) -> float | None:
        return round(sum(values) / len(values), 4) if values else None

    titled = [r for r in rows if r["title"][1]]
    dated = [r for r in rows if r["date"][1]]
    title_ok = [norm(r["title"][0]) == norm(r["title"][1]) for r in titled]
    date_ok = [r["date"][0] == r["date"][1] for r in dated]
    f1s = [r["f1"] for r in rows if "f1" in r]
    with_ok = [x for r in rows for x in r.get("with", [])]
    without_ok = [x for r in rows for x in r.get("without", [])]
    return {
        "pages": len(rows),
        "title_correct": share(title_ok),
        "title_pages": len(titled),
        "date_correct_day": share(date_ok),
        "date_pages": len(dated),
        "body_token_f1_mean": round(sum(f1s) / len(f1s), 4) if f1s else None,
        "body_pages": len(f1s),
        "must_include_found": share(with_ok),
        "must_exclude_absent": share(without_ok),
        "misses": [
            {"page": r["page"], "field": field, "got": r[field][0], "gold": r[field][1]}
            for r in rows
            for field, ok in (
                ("title", norm(r["title"][0]) == norm(r["title"][1]) or not r["title"][1]),
                ("date", r["date"][0] == r["date"][1] or not r["date"][1]),
            )
            if not ok
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--misses", action="store_true", help="List the pages a field missed.")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus} is absent: the evaluation needs ../shared/corpus")
    figures = evaluate(args.corpus)
    if not args.misses:
        figures.pop("misses")
    print(json.dumps(figures, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
