"""Build the spaCy pipeline: base model + gazetteer entity ruler before `ner` (and the place
guard, which leaves "Singapore Airlines" to the model) + canonicaliser + the beat extraction
(dates and events) as the last component.

With a model whose `ner` stands alone (the small English one), the parser only sees the
sentences that need it (extract/parse_gate.py); `full_parse=True`, or a model whose `ner`
listens to a shared tok2vec or transformer, parses every sentence. `beat_open` (first) and
`beat_seal` (last) let the extractor's Docs travel to worker processes untokenised and come
back as their result only (extract/sealed.py); the model's matrix products run on numpy's
BLAS (extract/blas.py).
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.symbols import ORTH

import extract.canonical  # noqa: F401 - registers the "beat_canonicaliser" factory
import extract.component  # noqa: F401 - registers the "beat_extraction" factory
import extract.parse_gate  # noqa: F401 - registers the "beat_parse_gate" factory
from extract.blas import use_numpy_blas
from extract.canonical import TITLE_ABBREVIATIONS
from extract.errors import ModelError
from extract.gazetteer import Gazetteer
from extract.parse_gate import PARSE_PIPES, can_gate
from extract.sealed import read_msgpack_plugins_once

REQUIRED_PIPES = ("tok2vec", "tagger", "parser", "ner")


def gazetteer_patterns(gazetteer: Gazetteer, nlp: Language | None = None) -> list[dict]:
    """Entity-ruler phrase patterns: every name and alias, exact case, with the entry id.

    With `nlp`, a name whose last word the tokenizer glues to a following full stop
    ("ChatGPT Gov." at the end of a sentence: "Gov." is one token) gets that form too.
    """
    patterns = []
    for e in gazetteer.entries:
        for form in e.surface_forms:
            if len(form) < 2:  # a letter ("X") names the entity only in context (canonical.py)
                continue
            patterns.append({"label": e.type, "pattern": form, "id": e.id})
            if "'" in form:  # "People’s Liberation Army": pages set the curly apostrophe
                patterns.append({"label": e.type, "pattern": form.replace("'", "’"), "id": e.id})
            if (
                nlp is not None
                and not form.endswith(".")
                and nlp.make_doc(form + ".")[-1].text != "."
            ):
                patterns.append({"label": e.type, "pattern": form + ".", "id": e.id})
    return patterns


def build_pipeline(
    model: str, gazetteer: Gazetteer, gazetteer_path: Path, full_parse: bool = False
) -> Language:
    """Load `model` and add the beat components; raises ModelError if the model is unusable."""
    try:
        nlp = spacy.load(model)
    except (OSError, ImportError) as exc:
        raise ModelError(f"cannot load spaCy model {model!r}: {exc}") from exc
    missing = [p for p in REQUIRED_PIPES if p not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy model {model!r} lacks {missing}; it needs {REQUIRED_PIPES}")
    use_numpy_blas(nlp)
    read_msgpack_plugins_once()
    for title in TITLE_ABBREVIATIONS:  # "Brig." is one token, as "Gen." already is
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    nlp.add_pipe("beat_open", first=True)
    nlp.add_pipe("beat_unglue", after="beat_open", config={"gazetteer_path": str(gazetteer_path)})
    nlp.add_pipe("beat_line_breaks", before="parser")
    ruler = nlp.add_pipe(
        "entity_ruler", name="beat_ruler", before="ner", config={"overwrite_ents": True}
    )
    nlp.add_pipe("beat_place_guard", after="beat_ruler")
    with nlp.select_pipes(enable=[]):  # patterns only need the tokenizer
        ruler.add_patterns(gazetteer_patterns(gazetteer, nlp))
    config = {"gazetteer_path": str(gazetteer_path)}
    nlp.add_pipe("beat_canonicaliser", after="ner", config=config)
    if not full_parse and can_gate(nlp):
        nlp.enable_pipe("senter")
        nlp.add_pipe("beat_parse_gate", before="beat_canonicaliser")
        for name in PARSE_PIPES:  # run by the gate, on the sentences it picks
            nlp.disable_pipe(name)
    nlp.add_pipe("beat_extraction", last=True, config=config)
    nlp.add_pipe("beat_seal", last=True)
    return nlp
