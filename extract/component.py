"""The pipeline's last component: a Doc's entities, dates and events as plain data.

Working inside the pipeline is what lets `nlp.pipe(n_process=N)` do the whole extraction in
its worker processes: the result travels back in `doc.user_data`, which spaCy serialises with
the Doc, and the parent process only reads it.
"""

from datetime import date
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from extract.canonical import NAMES_KEY, ORG_HEADS
from extract.dates import find_dates
from extract.events import ENTITY_LABELS, EventExtractor
from extract.gazetteer import Entry, Gazetteer, read_gazetteer

PUBLISHED_KEY = "beat_published"  # in: the article's publication day, ISO, or absent
RESULT_KEY = "beat_extraction"  # out: {"entities": [...], "dates": [...], "events": [...]}
# a country's forms that name it as a country, not as a people: "U.S. Army", not "American Airlines"
COUNTRY_FORMS = {"U.S.", "US", "U.S.A.", "USA", "United States", "UK", "U.K.", "EU"}


class BeatExtraction:
    """spaCy component; see the module docstring."""

    def __init__(self, vocab: Vocab, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.events = EventExtractor(gazetteer)

    def __call__(self, doc: Doc) -> Doc:
        value = doc.user_data.get(PUBLISHED_KEY)
        published = date.fromisoformat(value) if value else None
        dates = find_dates(doc, published)
        doc.user_data[RESULT_KEY] = {
            "entities": self._entities(doc),
            "dates": [d.as_dict() for d in dates],
            "events": self.events.extract(doc, dates, published),
        }
        return doc

    def _entities(self, doc: Doc) -> list[dict[str, Any]]:
        by_id: dict[str, dict[str, Any]] = {}
        names = doc.user_data.get(NAMES_KEY) or {}
        for ent in doc.ents:
            if ent.label_ not in ENTITY_LABELS or not ent.id_:
                continue
            item = by_id.get(ent.id_)
            if item is None:
                entry = self.gazetteer.get(ent.id_)
                item = by_id[ent.id_] = {
                    "id": ent.id_,
                    "name": entry.name if entry else names.get(ent.id_, ent.text),
                    "type": entry.type if entry else ent.label_,
                    "count": 0,
                    "mentions": [],
                }
            item["count"] += 1
            item["mentions"].append(
                {"text": ent.text, "start": ent.start_char, "end": ent.end_char}
            )
            if not self._named_parent(ent, by_id):
                self._named_prefix(ent, by_id)
        return list(by_id.values())

    def _named_parent(self, ent: Span, by_id: dict[str, dict[str, Any]]) -> bool:
        """'Google Gemini', 'Google Cloud's Gemini': a name that opens with its maker's name
        names the maker too."""
        entry = self.gazetteer.get(ent.id_)
        for tag in entry.tags if entry is not None else ():
            parent = self.gazetteer.get(tag)
            if parent is None or parent.type != "ORG" or parent.id == ent.id_:
                continue
            for name in (parent.name, *parent.aliases):
                if ent.text.startswith(name + " "):
                    item = by_id.setdefault(
                        parent.id,
                        {
                            "id": parent.id,
                            "name": parent.name,
                            "type": "ORG",
                            "count": 0,
                            "mentions": [],
                        },
                    )
                    item["count"] += 1
                    item["mentions"].append(
                        {"text": name, "start": ent.start_char, "end": ent.start_char + len(name)}
                    )
                    return True
        return False

    def _named_prefix(self, ent: Span, by_id: dict[str, dict[str, Any]]) -> None:
        """A name that opens with an organisation's or a country's name names it too:
        "U.S. Department of Defense" the United States, "White House Office of Science and
        Technology Policy" the White House, "Google Search" Google; and a base names its
        service wherever it stands: "Tinker Air Force Base"."""
        if len(ent) < 2 or ent.label_ not in ("ORG", "PRODUCT", "LAW", "FAC"):
            return
        for s in range(len(ent) - 1) if ent.label_ == "FAC" else (0,):
            if s and ent[s - 1].whitespace_ == "":
                continue
            for k in range(len(ent) - 1 if s == 0 else len(ent), s, -1):
                part = ent[s:k]
                if part[-1].whitespace_ == "" and k < len(ent):  # "EPA-EFE" is not the EPA
                    continue
                entry = self.gazetteer.by_form.get(part.text)
                if entry is None or entry.id == ent.id_:
                    continue
                if not _names_too(entry, part, ent):
                    return
                item = by_id.setdefault(
                    entry.id,
                    {
                        "id": entry.id,
                        "name": entry.name,
                        "type": entry.type,
                        "count": 0,
                        "mentions": [],
                    },
                )
                item["count"] += 1
                item["mentions"].append(
                    {"text": part.text, "start": part.start_char, "end": part.end_char}
                )
                return


def _names_too(entry: Entry, part: Span, ent: Span) -> bool:
    """An organisation, or a country named as a country: "Israel Defense Forces" names
    Israel and "US Navy" the United States, "American Airlines" does not."""
    if ent.label_ == "FAC":
        return entry.type == "ORG" and "military" in entry.tags
    if part.text in ("House", "Senate") and "ommittee" in ent.text:
        return False  # "House Armed Services Committee": annotators list the committee only
    if entry.type == "ORG":
        return "media" not in entry.tags
    if entry.type == "GPE" and "country" in entry.tags:
        return part.text in COUNTRY_FORMS or ent[-1].text in ORG_HEADS
    return False


@Language.factory("beat_extraction", default_config={"gazetteer_path": ""})
def make_beat_extraction(nlp: Language, name: str, gazetteer_path: str) -> BeatExtraction:
    return BeatExtraction(nlp.vocab, read_gazetteer(Path(gazetteer_path)))
