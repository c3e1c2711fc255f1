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

from collections.abc import Iterable, Iterator

import numpy
from lemminflect import getAllInflections, getAllInflectionsOOV
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from extract import ontology as onto
from extract.canonical import continues_title
from extract.dates import date_candidates

PARSE_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP]
_HEAD, _DEP = _ATTRS.index(HEAD), _ATTRS.index(DEP)


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
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """Parse the picked sentences of a whole batch of Docs together: the model's
        components run faster on a few large batches than on many small ones."""
        for batch in minibatch(docs, batch_size):
            plans = [self._runs(doc) for doc in batch]
            parts = [
                self._part(doc[s:e])
                for doc, runs in zip(batch, plans, strict=True)
                for s, e in runs
            ]
            for name in PARSE_PIPES:
                parts = list(self.nlp.get_pipe(name).pipe(parts, batch_size=batch_size))
            parsed = iter(parts)
            for doc, runs in zip(batch, plans, strict=True):
                self._annotate(doc, runs, parsed)
                yield doc

    def _runs(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges of consecutive picked sentences, each parsed as one Doc."""
        runs: list[tuple[int, int]] = []
        for sent in self.wanted(doc):
            if runs and runs[-1][1] == sent.start:
                runs[-1] = (runs[-1][0], sent.end)
            else:
                runs.append((sent.start, sent.end))
        return runs

    def _annotate(self, doc: Doc, runs: list[tuple[int, int]], parsed: Iterator[Doc]) -> None:
        """Copy the parsed runs' annotations in; the rest become flat trees per sentence."""
        array = numpy.zeros((len(doc), len(_ATTRS)), dtype="uint64")
        picked = numpy.zeros(len(doc), dtype=bool)
        for start, end in runs:
            array[start:end] = next(parsed).to_array(_ATTRS)
            picked[start:end] = True
        root, flat = doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("dep")
        for sent in doc.sents:
            if not picked[sent.start]:
                array[sent.start, _DEP] = root
                offsets = -numpy.arange(1, len(sent), dtype="int64")  # all point at the first
                array[sent.start + 1 : sent.end, _HEAD] = offsets.view("uint64")
                array[sent.start + 1 : sent.end, _DEP] = flat
        doc.from_array(_ATTRS, array)

    @staticmethod
    def _part(span: Span) -> Doc:
        """The span as a new Doc, its sentence starts kept (the parser may add more, but not
        after a title: "Brig. Gen. Tara Lindqvist")."""
        starts = [True if t.is_sent_start else None for t in span]
        for k, t in enumerate(span[1:], start=1):
            if continues_title(t):
                starts[k] = False
        return Doc(
            span.doc.vocab,
            words=[t.text for t in span],
            spaces=[bool(t.whitespace_) for t in span],
            sent_starts=starts,
        )


@Language.factory("beat_parse_gate")
def make_parse_gate(nlp: Language, name: str) -> ParseGate:
    return ParseGate(nlp)
