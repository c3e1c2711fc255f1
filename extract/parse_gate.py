"""Parse only the sentences that can hold an event or a date.

The events and the tense of relative dates are read from the dependency parse, but most
sentences of a news article hold neither a trigger word nor a date (about 70% of the real
articles in ../shared/corpus). The small English model's `ner` carries its own tok2vec, so
entities need none of the parser's work: the pipeline finds sentences with `senter`,
entities with the ruler and `ner`, and this component then runs the model's tok2vec, tagger,
parser, attribute ruler and lemmatizer on the sentences that need them and copies their
annotations back. The other sentences keep their `senter` boundaries as flat trees with no
tags or lemmas, which no event or date rule accepts.
"""

from __future__ import annotations

import numpy
from lemminflect import getAllInflections, getAllInflectionsOOV
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from extract import ontology as onto
from extract.dates import date_candidates

PARSE_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP]


def trigger_forms() -> frozenset[str]:
    """Every lower-case word form a trigger lemma takes ("met", "awarded", "talks")."""
    forms: set[str] = set()
    for lemmas, upos in ((onto.VERB_TRIGGERS, "VERB"), (onto.NOUN_TRIGGERS, "NOUN")):
        for lemma in lemmas:
            table = getAllInflections(lemma, upos=upos) or getAllInflectionsOOV(lemma, upos=upos)
            forms.add(lemma.lower())
            forms.update(f.lower() for group in table.values() for f in group)
    forms.update(phrase.split()[0].split("-")[0].lower() for phrase in onto.PHRASE_TRIGGERS)
    return frozenset(forms)


def can_gate(nlp: Language) -> bool:
    """Gating needs a `senter` and a `ner` that does not listen to the shared tok2vec."""
    if "senter" not in nlp.component_names or "ner" not in nlp.component_names:
        return False
    if any(p not in nlp.component_names for p in PARSE_PIPES):
        return False
    return "ner" not in getattr(nlp.get_pipe("tok2vec"), "listening_components", [])


class ParseGate:
    """spaCy component; see the module docstring."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.forms = trigger_forms()

    def wanted(self, doc: Doc) -> list[Span]:
        """Sentences with a trigger word form or a date expression."""
        date_starts = sorted(s for s, _, _ in date_candidates(doc))
        out, k = [], 0
        for sent in doc.sents:
            while k < len(date_starts) and date_starts[k] < sent.start_char:
                k += 1
            has_date = k < len(date_starts) and date_starts[k] < sent.end_char
            if has_date or any(t.lower_ in self.forms for t in sent):
                out.append(sent)
        return out

    def __call__(self, doc: Doc) -> Doc:
        sents = list(doc.sents)
        wanted = {s.start for s in self.wanted(doc)}
        runs: list[tuple[int, int]] = []  # consecutive wanted sentences, parsed as one Doc
        for sent in sents:
            if sent.start not in wanted:
                continue
            if runs and runs[-1][1] == sent.start:
                runs[-1] = (runs[-1][0], sent.end)
            else:
                runs.append((sent.start, sent.end))
        parts = [self._part(doc[start:end]) for start, end in runs]
        for name in PARSE_PIPES:
            parts = list(self.nlp.get_pipe(name).pipe(parts))
        array = numpy.zeros((len(doc), len(_ATTRS)), dtype="uint64")
        for (start, end), part in zip(runs, parts, strict=True):
            array[start:end] = part.to_array(_ATTRS)
        flat_dep = doc.vocab.strings.add("dep")
        for sent in sents:  # the rest: flat trees keep the sentences' boundaries
            if sent.start not in wanted:
                array[sent.start, 5] = doc.vocab.strings.add("ROOT")
                offsets = -numpy.arange(1, len(sent), dtype="int64")
                array[sent.start + 1 : sent.end, 4] = offsets.view("uint64")
                array[sent.start + 1 : sent.end, 5] = flat_dep
        doc.from_array(_ATTRS, array)
        return doc

    @staticmethod
    def _part(span: Span) -> Doc:
        """The span as a new Doc, its sentence starts kept (the parser may add more)."""
        return Doc(
            span.doc.vocab,
            words=[t.text for t in span],
            spaces=[bool(t.whitespace_) for t in span],
            sent_starts=[True if t.is_sent_start else None for t in span],
        )


@Language.factory("beat_parse_gate")
def make_parse_gate(nlp: Language, name: str) -> ParseGate:
    return ParseGate(nlp)
