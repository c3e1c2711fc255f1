"""The canonicaliser: one entity id for every surface form of an entity in a document.

It runs after `ner`. Gazetteer matches (from the entity ruler) already carry their id; this
component cleans the model's own entities (drops "AI" and other beat noise, strips "the" and
possessives), resolves short forms ("Hegseth" after "Pete Hegseth", "Saronic" after
"Saronic Technologies"), adds context aliases ("the department" when the Pentagon was
mentioned) and gives entities the gazetteer does not know a slug id.
"""

import re
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from core.slug import slugify
from extract.gazetteer import Gazetteer, read_gazetteer

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "PRODUCT", "LOC", "FAC", "EVENT", "LAW")
# Labels the model may produce for an entity we keep without a gazetteer entry.
MODEL_LABELS = ("PERSON", "ORG", "GPE", "PRODUCT", "LOC", "FAC")
# Strings the small model tags as entities on this beat that name nothing.
DEFAULT_DROP = (
    "AI",
    "A.I.",
    "AGI",
    "LLM",
    "LLMs",
    "Defense",
    "Pentagon’s",
    "GenAI",
    "Artificial Intelligence",
    "artificial intelligence",
    "CEO",
    "CTO",
    "Secretary",
    "War",
    "State",
    "Congressional",
    "Democrat",
    "Republican",
    "Americans",
    "Chatbot",
    "Big Tech",
    "the Department",
    "EO",
    "Executive Order",
    "OTA",
    "IDIQ",
    "Department",
    "Department of the",
    "Plan",
    "the Plan",
    "Administration",
    "the Administration",
)
# Courtesy titles the model includes in a person's name ("Ms Greene", "Mr. Sheehy").
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen.", "rep.", "gen."}
CORPORATE_SUFFIXES = {
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "co",
    "co.",
    "llc",
    "ltd",
    "ltd.",
    "plc",
    "technologies",
    "industries",
    "group",
    "holdings",
    "systems",
    "labs",
    "company",
    "lp",
}
POSSESSIVE = {"'s", "’s", "'", "’"}
# Numbered executive orders are laws with a name of their own, whatever the model tags them.
EXECUTIVE_ORDER = re.compile(r"\bExecutive Order (?:No\. )?\d{4,6}\b")


def _clean_bounds(span: Span) -> tuple[int, int]:
    """Token bounds without a leading article and trailing possessive or punctuation."""
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    if span.label_ == "PERSON" and end - start > 1 and span.doc[start].lower_ in HONORIFICS:
        start += 1
    while end > start and (span.doc[end - 1].text in POSSESSIVE or span.doc[end - 1].is_punct):
        end -= 1
    return start, end


class Canonicaliser:
    """spaCy component; see the module docstring."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        gazetteer_path: str | None,
        drop_texts: list[str],
        context_window: int,
    ) -> None:
        self.name = name
        self.gazetteer = read_gazetteer(gazetteer_path) if gazetteer_path else Gazetteer()
        self.drop = set(drop_texts)
        self.context_window = context_window
        self.context_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.context_candidates: dict[str, list[str]] = {}
        self.tied = {
            entry.id: tag
            for entry in self.gazetteer.entries
            if entry.context_aliases
            for tag in entry.tags
            if self.gazetteer.get(tag) is not None and tag != entry.id
        }
        for entry in self.gazetteer.entries:
            for alias in entry.context_aliases:
                key = alias.lower()
                if key not in self.context_candidates:
                    self.context_candidates[key] = []
                    self.context_matcher.add(key, [nlp.make_doc(alias)])
                self.context_candidates[key].append(entry.id)

    def __call__(self, doc: Doc) -> Doc:
        kept: list[Span] = []
        other: list[Span] = []
        person_last: dict[str, set[str]] = {}
        org_short: dict[str, str] = {}
        for ent in doc.ents:
            if ent.label_ not in ENTITY_LABELS:
                other.append(ent)
                continue
            span = self._canonical(doc, ent, person_last, org_short)
            if span is not None:
                kept.append(span)
                self._remember(span, person_last, org_short)
        kept.extend(self._missed_surnames(doc, kept, person_last))
        kept.extend(self._context_aliases(doc, kept))
        kept.extend(self._executive_orders(doc))
        doc.ents = filter_spans(kept + other)
        return doc

    def _canonical(
        self, doc: Doc, ent: Span, person_last: dict[str, set[str]], org_short: dict[str, str]
    ) -> Span | None:
        if ent.id_:  # from the gazetteer ruler: trust it, type from the gazetteer
            entry = self.gazetteer.get(ent.id_)
            label = entry.type if entry else ent.label_
            return Span(doc, ent.start, ent.end, label=label, span_id=ent.id_)
        start, end = _clean_bounds(ent)
        if start >= end:
            return None
        span = doc[start:end]
        text = span.text
        if text in self.drop or not any(ch.isalpha() for ch in text):
            return None
        if text.islower():  # "the company", "ai": descriptions, not names
            return None
        entry = self.gazetteer.by_form.get(text)
        if entry is not None:
            return Span(doc, start, end, label=entry.type, span_id=entry.id)
        label = ent.label_
        if label not in MODEL_LABELS:
            return None
        # a short form of someone or something already named in this document
        if len(span) == 1 and text in person_last and len(person_last[text]) == 1:
            (pid,) = person_last[text]
            pentry = self.gazetteer.get(pid)
            return Span(doc, start, end, label="PERSON", span_id=pid if pentry else pid)
        if label == "ORG" and text in org_short:
            return Span(doc, start, end, label="ORG", span_id=org_short[text])
        return Span(doc, start, end, label=label, span_id=slugify(text))

    def _remember(
        self, span: Span, person_last: dict[str, set[str]], org_short: dict[str, str]
    ) -> None:
        if span.label_ == "PERSON" and len(span) >= 2:
            person_last.setdefault(span[-1].text, set()).add(span.id_)
        elif span.label_ == "ORG" and len(span) >= 2 and span[-1].lower_ in CORPORATE_SUFFIXES:
            short = span[:-1].text
            if short[:1].isupper():
                org_short.setdefault(short, span.id_)

    @staticmethod
    def _executive_orders(doc: Doc) -> list[Span]:
        text = doc.text  # rebuilt from the tokens on every access: once
        if "Executive Order" not in text:
            return []
        out = []
        for m in EXECUTIVE_ORDER.finditer(text):
            span = doc.char_span(m.start(), m.end(), label="LAW", alignment_mode="contract")
            if span is not None and len(span):
                out.append(
                    Span(doc, span.start, span.end, label="LAW", span_id=slugify(m.group(0)))
                )
        return out

    def _missed_surnames(
        self, doc: Doc, kept: list[Span], person_last: dict[str, set[str]]
    ) -> list[Span]:
        """Surnames of people named earlier that the model did not tag at all."""
        if not person_last:
            return []
        covered = {i for s in kept for i in range(s.start, s.end)}
        covered |= {i for e in doc.ents for i in range(e.start, e.end)}
        first_seen = {}
        for s in kept:
            if s.label_ == "PERSON" and len(s) >= 2:
                first_seen.setdefault(s[-1].text, s.end)
        out = []
        for tok in doc:
            ids = person_last.get(tok.text)
            if not ids or len(ids) != 1 or tok.i in covered or tok.i < first_seen[tok.text]:
                continue
            if tok.is_title:
                out.append(Span(doc, tok.i, tok.i + 1, label="PERSON", span_id=next(iter(ids))))
        return out

    def _context_aliases(self, doc: Doc, kept: list[Span]) -> list[Span]:
        """Descriptions ("the department") that name an entity mentioned in this document."""
        if not self.context_candidates:
            return []
        mentions: dict[str, list[int]] = {}
        for s in kept:
            mentions.setdefault(s.id_, []).append(s.start)
        # an entry tagged with another entry's id is named through it: "the administration"
        # in a story that names Donald Trump is the Trump administration
        for eid, anchor in self.tied.items():
            if anchor in mentions and eid not in mentions:
                mentions[eid] = mentions[anchor]
        covered = {i for s in kept for i in range(s.start, s.end)}
        out = []
        for match_id, start, end in self.context_matcher(doc):
            if any(i in covered for i in range(start, end)):
                continue
            nxt = doc[end] if end < len(doc) else None
            # "the military applications": the description is a modifier, not a name
            if (
                nxt is not None
                and nxt.pos_ in ("NOUN", "PROPN", "ADJ")
                and nxt.text not in POSSESSIVE
            ):
                continue
            key = doc.vocab.strings[match_id]
            best, best_dist = None, None
            for eid in self.context_candidates[key]:
                for pos in mentions.get(eid, ()):
                    # preceding mentions win; a later one only when nothing precedes
                    dist = start - pos if pos < start else self.context_window + (pos - start)
                    if best_dist is None or dist < best_dist:
                        best, best_dist = eid, dist
            if best is None:
                continue
            entry = self.gazetteer.get(best)
            out.append(Span(doc, start, end, label=entry.type if entry else "ORG", span_id=best))
        return out


@Language.factory(
    "beat_canonicaliser",
    default_config={
        "gazetteer_path": None,
        "drop_texts": list(DEFAULT_DROP),
        "context_window": 100000,
    },
)
def make_canonicaliser(
    nlp: Language,
    name: str,
    gazetteer_path: str | None,
    drop_texts: list[str],
    context_window: int,
) -> Canonicaliser:
    """Factory registered with spaCy so the component can be named in a config."""
    return Canonicaliser(
        nlp, name, str(Path(gazetteer_path)) if gazetteer_path else None, drop_texts, context_window
    )


@Language.component("beat_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and subheads are not part of the next sentence.

    Runs before the parser, which keeps boundaries that are already set.
    """
    for tok in doc[:-1]:
        if "\n" in tok.text or (tok.whitespace_ == "" and tok.text.endswith("\n")):
            doc[tok.i + 1].is_sent_start = True
    return doc
