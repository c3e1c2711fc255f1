"""Throughput of the whole extraction against bare `nlp.pipe` of the same model, one run.

    python benchmarks/bench_extract.py [--limit 3000] [--batch-size 64]

Texts are paragraphs read at run time from ../shared/corpus (DoD contract announcements and
the MEANTIME articles split into paragraphs), never copied into the repository. Prints
paragraphs per second for bare spaCy, the extraction (every sentence parsed, the default)
and the extraction parsing only the sentences the parse gate picks (`full_parse=False`),
and the ratios to bare spaCy (target >= 0.75).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluation.meantime import read_document  # noqa: E402
from extract.blas import use_numpy_blas  # noqa: E402
from extract.extractor import DEFAULT_MODEL, Extractor  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def paragraphs(limit: int) -> list[dict]:
    """(published, text) records from the shared corpus, up to `limit`."""
    out: list[dict] = []
    dod = CORPUS / "dod_contracts" / "kingofcramers_raw" / "paragraphs.jsonl"
    for line in dod.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        text = rec.get("text") or ""
        if text.strip():
            out.append(
                {
                    "id": len(out),
                    "published": str(rec.get("announcement_date") or "")[:10] or None,
                    "text": text,
                }
            )
    for f in sorted((CORPUS / "temporal" / "meantime_en").glob("corpus_*/*.xml")):
        doc = read_document(f)
        published = doc.dct if doc.dct and len(doc.dct) == 10 and doc.dct[4] == "-" else None
        for para in doc.text.split("\n"):
            if len(para) > 40:
                out.append({"id": len(out), "published": published, "text": para})
    if not out:
        raise SystemExit(f"no paragraphs under {CORPUS}")
    while len(out) < limit:  # repeat the corpus to reach the requested size
        out.extend({**r, "id": len(out) + i} for i, r in enumerate(out[: limit - len(out)]))
    return out[:limit]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=3000)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"shared corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    records = paragraphs(args.limit)
    texts = [r["text"] for r in records]
    chars = sum(len(t) for t in texts)

    bare = spacy.load(args.model)  # spaCy's defaults: thinc's BLIS
    bare_numpy = spacy.load(args.model)
    use_numpy_blas(bare_numpy)  # the same numeric backend as the Extractor's
    ex = Extractor(model=args.model, batch_size=args.batch_size)
    gated = Extractor(model=args.model, batch_size=args.batch_size, full_parse=False)
    for nlp in (bare, bare_numpy):  # warm up all four
        for _ in nlp.pipe(texts[:50]):
            pass
    list(ex.extract_many(records[:50]))
    list(gated.extract_many(records[:50]))

    t0 = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=args.batch_size):
        pass
    bare_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in bare_numpy.pipe(texts, batch_size=args.batch_size):
        pass
    numpy_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_events = sum(len(r["events"]) for r in ex.extract_many(records))
    full_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_gated = sum(len(r["events"]) for r in gated.extract_many(records))
    gated_s = time.perf_counter() - t0

    print(f"{len(texts)} paragraphs, {chars} characters, model {args.model}")
    print(
        f"bare nlp.pipe (full pipeline): {len(texts) / bare_s:8.1f} paragraphs/s ({bare_s:.1f} s)"
    )
    print(
        f"bare nlp.pipe, numpy's BLAS:   {len(texts) / numpy_s:8.1f} paragraphs/s ({numpy_s:.1f} s)"
    )
    print(
        f"extract_many:                  {len(texts) / full_s:8.1f} paragraphs/s ({full_s:.1f} s, {n_events} events)"
    )
    print(
        f"extract_many, parse gate:      {len(texts) / gated_s:8.1f} paragraphs/s"
        f" ({gated_s:.1f} s, {n_gated} events)"
    )
    print(
        f"ratio to bare spaCy: {bare_s / full_s:.2f} (target >= 0.75); parse gate:"
        f" {bare_s / gated_s:.2f}; to bare spaCy on numpy's BLAS: {numpy_s / full_s:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
