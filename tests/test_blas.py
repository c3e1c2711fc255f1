"""The model's matrix products go through numpy's BLAS with the very same annotations."""

from __future__ import annotations

import pytest
import spacy
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from extract.blas import use_numpy_blas
from extract.extractor import DEFAULT_MODEL

pytestmark = pytest.mark.model

TEXT = (
    "Defense Secretary Pete Hegseth met Anthropic's chief executive at the Pentagon on "
    "Tuesday. The Army awarded Palantir a $480 million contract last month, officials "
    "said, and OpenAI signed an agreement with Anduril in December."
)


def annotations(nlp) -> list[tuple]:
    doc = nlp(TEXT)
    return [(t.ent_iob_, t.ent_type_, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_) for t in doc]


def test_numpy_blas_gives_the_same_annotations_with_one_thread():
    nlp = spacy.load(DEFAULT_MODEL)
    layers = [n for _, p in nlp.pipeline if getattr(p, "model", None) for n in p.model.walk()]
    assert any(n.ops.use_blis for n in layers)
    before = annotations(nlp)
    use_numpy_blas(nlp)
    assert all(isinstance(n.ops, NumpyOps) and not n.ops.use_blis for n in layers)
    assert annotations(nlp) == before
    assert {"ORG", "DATE", "MONEY"} <= {a[1] for a in before}
    blas = [p for p in threadpool_info() if p["user_api"] == "blas"]
    assert blas and all(p["num_threads"] == 1 for p in blas)
