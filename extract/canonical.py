"""The canonicaliser: one entity id for every surface form of an entity in a document.

It runs after `ner`. Gazetteer matches (from the entity ruler) already carry their id; this
component cleans the model's own entities (drops "AI" and other beat noise, strips "the" and
possessives), resolves short forms ("Hegseth" after "Pete Hegseth", "Saronic" after
"Saronic Technologies"), adds context aliases ("the department" when the Pentagon was
mentioned) and gives entities the gazetteer does not know a slug id. Rules add the names
the small model misses or cuts (organisations by their last word, state abbreviations,
numbered orders and statutes, credits and bylines, designators): docs/extraction.md,
"Names the model misses".
"""

import re
from bisect import bisect_left
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from core.slug import slugify
from extract.gazetteer import Entry, Gazetteer, read_gazetteer

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "PRODUCT", "LOC", "FAC", "EVENT", "LAW")
# Labels the model may produce for an entity we keep without a gazetteer entry.
MODEL_LABELS = ("PERSON", "ORG", "GPE", "PRODUCT", "LOC", "FAC", "EVENT", "LAW")
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
    "Action Plan",
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
# ------------------------------------------------------------------ rule-based names
# The small model misses or cuts names that follow a few regular shapes; these rules find
# them on token shapes and the text, and their spans replace the model's (and the
# gazetteer's, when they contain it: "Red River Army Depot" is not the U.S. Army).
NAMES_KEY = "beat_entity_names"
HOME_COUNTRY = "united-states"  # the beat's own government: "U.S. Navy" is the Navy  # doc.user_data: id -> canonical name of a rule-made entity
ORG_HEADS = {
    "Agency",
    "Office",
    "Institute",
    "Institutes",
    "Administration",
    "Command",
    "Council",
    "Committee",
    "Subcommittee",
    "Commission",
    "Laboratory",
    "Laboratories",
    "Lab",
    "University",
    "College",
    "Academy",
    "Department",
    "Ministry",
    "Bureau",
    "Service",
    "Services",
    "Corps",
    "Force",
    "Forces",
    "Guard",
    "Navy",
    "Army",
    "Group",
    "Center",
    "Centre",
    "Caucus",
    "Depot",
    "Directorate",
    "Board",
    "Foundation",
    "Association",
    "Court",
    "Division",
    "Brigade",
    "Battalion",
    "Regiment",
    "Squadron",
    "Fleet",
    "Cell",
    "Unit",
    "Station",
    "Base",
    "Complex",
    "Arsenal",
    "Shipyard",
}
# heads that take "for"/"on": "Program Executive Office for Aviation", "Committee on ..."
PP_HEADS = {
    "Office",
    "Committee",
    "Subcommittee",
    "Commission",
    "Council",
    "Center",
    "Centre",
    "Institute",
    "Institutes",
    "Agency",
    "Bureau",
    "Board",
    "Foundation",
    "Association",
    "Academy",
    "Caucus",
    "Cell",
    "Directorate",
    "Division",
    "Group",
    "Laboratory",
}
FAC_HEADS = {"Station", "Base", "Complex", "Arsenal", "Shipyard"}
# a name's inner words: "Office of Science and Technology Policy", "Task & Purpose"
CONNECTORS = {"of", "for", "and", "&", "on", "the"}
# job titles: "Secretary of the Air Force" is a person's title, "Air Force" the name
TITLE_WORDS = {
    "Secretary",
    "Undersecretary",
    "Under",
    "Deputy",
    "Assistant",
    "Director",
    "Chief",
    "Administrator",
    "Commander",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Head",
    "Minister",
    "President",
    "Vice",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Officer",
    "General",
    "Gen.",
    "Adm.",
    "Admiral",
    "Sen.",
    "Senator",
    "Rep.",
    "Representative",
    "CEO",
    "CTO",
    "Acting",
    "Former",
    "Inspector",
    "Commissioner",
    "Counsel",
    "Attorney",
    "Judge",
    "Governor",
    "Gov.",
    "Mayor",
    "Ambassador",
    "Lt.",
    "Col.",
    "Maj.",
    "Capt.",
    "Dr.",
    "Professor",
    "Prof.",
    "Founder",
    "Member",
}
# legal-form suffixes that are not part of the canonical name ("Adobe Inc." is Adobe)
LEGAL_SUFFIXES = {"inc", "inc.", "corp", "corp.", "corporation", "llc", "ltd", "ltd.", "plc"}
# AP style state abbreviations, as in "Huntsville, Ala." and "(D-Mass.)"
STATE_ABBREVIATIONS = {
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "Fla.": "Florida",
    "Ga.": "Georgia",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Y.": "New York",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "Wash.": "Washington",
    "W.Va.": "West Virginia",
    "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}
_ABBR = "|".join(re.escape(a) for a in sorted(STATE_ABBREVIATIONS, key=len, reverse=True))
_STATE_NAMES = "|".join(
    sorted(
        set(STATE_ABBREVIATIONS.values())
        | {"Texas", "Utah", "Iowa", "Ohio", "Idaho", "Maine", "Alaska", "Hawaii"},
        key=len,
        reverse=True,
    )
)
# "Redstone Arsenal, Ala." (after a capitalised word and a comma)
_STATE_AFTER_PLACE = re.compile(r"\b[A-Z][\w'’-]*, (?P<state>" + _ABBR + r")(?=[\s,;:)]|$)", re.M)
# "(D-Mass.)", "R-Texas": a party and a state
_PARTY_STATE = re.compile(
    r"(?<=[(\s,])(?P<party>[DR])-(?P<state>" + _ABBR + "|" + _STATE_NAMES + r")(?=[),;\s])"
)
# "Sen. Tim Sheehy, Montana Republican," (the Washington Times' style)
_STATE_PARTY = re.compile(
    r"(?<=, )(?P<state>" + _STATE_NAMES + r") (?P<party>Republican|Democrat)(?=[,;)])"
)
PARTIES = {
    "D": "democratic-party",
    "R": "republican-party",
    "Democrat": "democratic-party",
    "Republican": "republican-party",
}
# numbered executive orders, statutes and OMB memos are laws with a name of their own
_LAWS = re.compile(
    r"\b(?:Executive Order|E\.O\.|EO)\s?(?:No\.\s?)?(?P<eo>1\d{4})\b"
    r"|\b(?P<usc>\d{1,2} U\.?S\.?C\.? ?§{0,2} ?\d{3,5}[a-z]?)\b"
    r"|\b(?P<memo>M-\d{2}-\d{2})\b"
)
# an order's title in quotes: 'an executive order titled "Ensuring a National Policy ..."'
_QUOTED_TITLE = re.compile(
    r"\b(?:titled|entitled)[,:]?\s*[\"“](?P<title>[^\"”\n]{8,160}?)[,.]?[\"”]"
)
_TITLE_CONTEXT = re.compile(
    r"\b(?:[Oo]rder|EO|[Mm]emo(?:randum)?|[Dd]irective|[Bb]ill|Act|[Pp]roclamation|[Ll]aw)\b"
)
# credits and bylines: "(Photo by Jane Roe/Getty Images)", "Source: Unsplash/Jane Roe"
_CAP = r"[A-Z][\w.'’-]*"
_CREDIT = re.compile(
    r"(?:(?<=\()|(?:[Pp]hoto(?:graph)?s?|[Ii]mage|[Cc]redit|[Ss]ource|[Pp]rovided)"
    r"[^\n/()]{0,25}?(?:\b[Bb]y|:)\s*)"
    rf"(?P<a>{_CAP}(?: {_CAP}){{0,3}}) ?/ ?(?P<b>{_CAP}(?: (?:and |& )?{_CAP}){{0,4}})"
    r"(?=\s*(?:[)\n,;]|$))",
    re.M,
)
_BYLINE = re.compile(
    rf"^(?:By|BY|Written by):? (?P<n>{_CAP}(?: (?:and )?{_CAP}){{0,4}})"
    r"(?=\s*(?:$|[/|,(–—-]|\d))",
    re.M,
)
# "Headline text - Outlet": the site's name after the last dash of a title line
_TITLE_OUTLET = re.compile(
    rf"^(?P<line>[^\n]{{12,200}}?)\s[-–—|]\s(?P<o>{_CAP}(?: {_CAP}){{0,3}})[ \t]*$", re.M
)
_DOMAIN = re.compile(
    r"(?<![\w/@.])(?P<d>[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\."
    r"(?i:com|net|org|ai|io|az|ua|news|tv|co|uk|us|info))(?![\w/@-]|\.\w)"
)
# the social network X, only where it is clearly the platform: "a post on X", "X users"
X_PLATFORM = "x-corp"
_X_PLATFORM = re.compile(
    r"\b(?:on|to|via|platform|network|site)\s+(?P<x>X)(?![-.’'\w])"
    r"|(?<![\w-])(?P<x2>X)(?= (?:users?|posts?|account|accounts|feed)\b)"
)
_LINK_CUE = re.compile(r"\b(?:visit|visiting|see|at www|email|contact)\s*$")
_DATELINE = re.compile(
    r"^[\"“]?(?P<c>[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+){0,2})(?=(?:, [A-Z][\w.]+)? ?(?:—|--|–))",
    re.M,
)
# "Lot 10", "Section 1", "Phase 2": parts of contracts and documents, not names
_NUMBERED_PART = re.compile(
    r"^(?:Lot|Block|Phase|Tranche|Increment|Option|Section|Sec\.|Article|Title|Part|Chapter"
    r"|Step|Stage|Tier|Round|Level|Batch|Flight|Annex|Appendix) [\dIVX]+[A-Z]?$"
)
# the small model's EVENT and LAW spans are kept when they say what they are: "Korean War",
# "Gold Reserve Act", "Hurricane Matthew"; not "Option Year One" or "Mode 5"
_EVENT_OR_LAW = re.compile(
    r"\b(?:War|Wars|Crisis|Pandemic|Attacks?|Revolution|Olympics|Games|Summit|Conference|"
    r"Election|Hurricane|Storm|Shutdown|Act|Law|Code|Treaty|Amendment|Constitution|Order|Bill|"
    r"Resolution|Directive|Regulation|Doctrine|Accords?|Agreement|Framework|Strategy|Plan|"
    r"Convention|Protocol|Charter|Statute)\b"
)
_FISCAL = re.compile(r"^(?:FY|Fiscal Year)[- ]?\d{2,4}$")  # "FY-21": a date, not a name
# stop words that open names: "Other Transaction Authority", "First Army"
NAME_STOP_WORDS = {"other", "first", "top", "last", "next", "us", "third", "fifth"}
# first words of the headings of a page, which the model takes for names when alone on a line
HEADING_WORDS = {
    "Background",
    "Overview",
    "Summary",
    "Conclusion",
    "Introduction",
    "Source",
    "Sources",
    "Key",
    "Takeaways",
    "Highlights",
    "Context",
    "Details",
    "Related",
    "Presidential",
    "Contents",
    "Resources",
    "Notes",
    "References",
    "Disclaimer",
    "Lobbying",
    "Public",
}
_ORDINAL = re.compile(r"^\d{1,4}(?:st|nd|rd|th)$")
# words that end a title line or open a dateline but name nothing
NOT_NAMES = {
    "Explainer",
    "Analysis",
    "Opinion",
    "Update",
    "Updated",
    "Exclusive",
    "Live",
    "Video",
    "Videos",
    "Podcast",
    "Report",
    "Review",
    "Interview",
    "Transcript",
    "Watch",
    "Read",
    "More",
    "Home",
    "News",
    "Breaking",
    "Photos",
    "Editorial",
    "Commentary",
    "Feature",
    "Newsletter",
    "Sponsored",
    "Advertisement",
    "Summary",
    "Recap",
    "Timeline",
}
DATE_WORDS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sep.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
    "Today",
    "Yesterday",
    "Tomorrow",
}
# "CH-47F", "MQ-9B", "P-3C": U.S. military designators; not fiscal years, visas or roads
_DESIGNATOR = re.compile(r"^(?P<p>[A-Z]{1,3})-\d{1,3}[A-Z]{0,2}$")
NOT_DESIGNATORS = {"FY", "H", "I", "K", "G", "W", "L", "O", "S", "M", "EB", "SB", "HB", "HR", "AB"}
# "Skydio 2", "Skydio X10D": a company's name and a model number is its product
_VERSION = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})?|[A-Z]\d{1,3}[A-Z]?)$")
NOT_AFTER_VERSION = {
    "%",
    "percent",
    "billion",
    "million",
    "thousand",
    "years",
    "year",
    "months",
    "days",
    "times",
    "people",
    "employees",
    "of",
    "-",
    "–",
}


# A nickname in quotes inside a person's name: Dan “Razin” Caine, Charles 'CQ' Brown
_NICKNAME = re.compile(r"\s+[“\"‘'][^“”\"‘’']{1,20}[”\"’']\s+")


def _clean_bounds(span: Span) -> tuple[int, int]:
    """Token bounds without a leading article and trailing possessive or punctuation."""
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    if span.label_ == "PERSON" and end - start > 1 and span.doc[start].lower_ in HONORIFICS:
        start += 1
    while end > start and (span.doc[end - 1].text in POSSESSIVE or span.doc[end - 1].is_punct):
        end -= 1
    for k in range(start + 1, end - 1):  # "X’s Unmanned Aircraft Systems", "X (SRR": X
        tok = span.doc[k]
        if tok.text in ("'s", "’s") and span.label_ != "PERSON":
            end = k
            break
        if tok.text == "(" and not any(t.text == ")" for t in span.doc[k:end]):
            end = k
            break
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    if span.label_ == "ORG":  # "Adobe Inc." is Adobe
        while end - start > 1 and span.doc[end - 1].lower_ in LEGAL_SUFFIXES:
            end -= 1
            while end > start and span.doc[end - 1].text == ",":
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
        # names of two words or more, any case: "Trump Administration", "Lima task force"
        self.forms_ci: dict[str, Entry] = {}
        self.home = self.gazetteer.get(HOME_COUNTRY)
        for entry in self.gazetteer.entries:
            for form in entry.surface_forms:
                if " " in form:
                    self.forms_ci.setdefault(form.lower(), entry)
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
        for ent in self._with_rules(doc):
            if ent.label_ not in ENTITY_LABELS:
                other.append(ent)
                continue
            span = self._canonical(doc, ent, person_last, org_short)
            if span is not None:
                kept.append(span)
                self._remember(span, person_last, org_short)
        kept.extend(self._missed_surnames(doc, kept, person_last))
        kept.extend(self._context_aliases(doc, kept))
        doc.ents = filter_spans(kept + other)
        return doc

    def _with_rules(self, doc: Doc) -> list[Span]:
        """doc.ents with the rule-made names in place of what they cover.

        A rule span is dropped where it would cut a gazetteer name or an amount; a date it
        overlaps keeps its part outside ("Executive Order 14363 of November 24, 2025").
        """
        org_names: set[tuple[int, int]] = set()
        ents = list(doc.ents)
        merged = self._place_prefixed(doc, ents) + self._unguarded(doc, ents)
        if merged != ents:
            doc.ents = merged
            ents = list(doc.ents)
        rules = filter_spans(self._rule_spans(doc, doc.text, org_names, ents))
        if not rules:
            return ents
        owner: dict[int, Span] = {}
        for e in ents:
            for i in range(e.start, e.end):
                owner[i] = e
        kept_rules = []
        for r in rules:
            over = {id(e): e for i in range(r.start, r.end) if (e := owner.get(i)) is not None}
            if any(
                # an amount the rule would cut; the model's "MH-60R" as MONEY is no amount
                (
                    e.label_ in ("MONEY", "PERCENT", "QUANTITY")
                    and not r.start <= e.start < e.end <= r.end
                )
                or (e.id_ and (e.start < r.start or e.end > r.end))
                or (e.label_ in MODEL_LABELS and e.start <= r.start and r.end <= e.end)
                and (r.start, r.end) in org_names  # the model's "138th Field Artillery Brigade"
                and not _cut_by_possessive(e, r)
                for e in over.values()
            ):
                continue
            kept_rules.append(r)
        covered = {i for r in kept_rules for i in range(r.start, r.end)}
        out: list[Span] = list(kept_rules)
        for e in ents:
            if not any(i in covered for i in range(e.start, e.end)):
                out.append(e)
            elif e.label_ in ("DATE", "TIME"):
                start, end = e.start, e.end
                while start < end and (start in covered or doc[start].lower_ in ("of", ",")):
                    start += 1
                if start < end and not any(i in covered for i in range(start, end)):
                    out.append(Span(doc, start, end, label=e.label_))
        return sorted(out, key=lambda s: s.start)

    @staticmethod
    def _unguarded(doc: Doc, ents: list[Span]) -> list[Span]:
        """Places `beat_place_guard` held back from the model that it did not name at all."""
        held = doc.user_data.pop(GUARDED_KEY, None)
        if not held:
            return []
        covered = {i for e in ents for i in range(e.start, e.end)}
        return [
            Span(doc, start, end, label=label, span_id=eid)
            for start, end, label, eid in held
            if not any(i in covered for i in range(start, end))
        ]

    def _place_prefixed(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A gazetteer place the model's name goes on from is part of that name.

        The ruler runs before `ner`, so "Colorado" in "Colorado Springs" or "Singapore" in
        "Singapore Airlines" leaves the model only "Springs" and "Airlines".
        """
        out: list[Span] = []
        i = 0
        while i < len(ents):
            e = ents[i]
            nxt = ents[i + 1] if i + 1 < len(ents) else None
            entry = self.gazetteer.get(e.id_) if e.id_ else None
            if (
                entry is not None
                and entry.type in ("GPE", "NORP", "LOC")
                and entry.id != HOME_COUNTRY
                and nxt is not None
                and not nxt.id_
                and nxt.start == e.end
                and nxt.label_ in ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT")
                and e[-1].whitespace_ == " "
                and nxt[0].is_title
            ):
                name = doc[e.start : nxt.end].text
                out.append(Span(doc, e.start, nxt.end, label=nxt.label_, span_id=slugify(name)))
                i += 2
                continue
            out.append(e)
            i += 1
        return out

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
        if (
            text in self.drop
            or not any(ch.isalpha() for ch in text)
            or _FISCAL.match(text)
            or _NUMBERED_PART.match(text)
            or (m := _DESIGNATOR.match(text)) is not None
            and m["p"] in NOT_DESIGNATORS
            or "\n" in text
        ):
            return None
        if text.islower():  # "the company", "ai": descriptions, not names
            return None
        entry = self._lookup(text)
        if entry is not None:
            return Span(doc, start, end, label=entry.type, span_id=entry.id)
        label = ent.label_
        if label not in MODEL_LABELS or (
            label in ("EVENT", "LAW") and not (_EVENT_OR_LAW.search(text) and len(span) > 1)
        ):
            return None
        if span[0].text in HEADING_WORDS and _whole_line(span):  # "Key Provisions", "Source"
            return None
        if "(" in text:  # "Broadband Equity Access and Deployment (BEAD) Program"
            name = re.sub(r"\s*\([^()]*\)", "", text)
            doc.user_data.setdefault(NAMES_KEY, {}).setdefault(slugify(name), name)
            text = name
        if label == "PERSON" and _NICKNAME.search(text):  # Dan “Razin” Caine: Dan Caine
            name = _NICKNAME.sub(" ", text).strip()
            if len(name.split()) >= 2:
                doc.user_data.setdefault(NAMES_KEY, {}).setdefault(slugify(name), name)
                text = name
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

    # -------------------------------------------------------------- rule-based names
    def _rule_spans(
        self, doc: Doc, text: str, org_names: set[tuple[int, int]], ents: list[Span]
    ) -> list[Span]:
        """Spans of names the model misses or cuts, each with its id (see NAMES_KEY)."""
        names: dict[str, str] = doc.user_data.setdefault(NAMES_KEY, {})
        out: list[Span] = []

        def add(start: int, end: int, name: str, label: str, eid: str | None = None) -> None:
            """A span named `name` (a gazetteer form, or a new entity), or the entity `eid`."""
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is None or not len(span):
                return
            entry = self._lookup(name) if eid is None else self.gazetteer.get(eid)
            if entry is None:
                eid = eid or slugify(name)
                if not eid:
                    return
                names.setdefault(eid, name)
            else:
                eid, label = entry.id, entry.type
            out.append(Span(doc, span.start, span.end, label=label, span_id=eid))

        self._laws(text, add)
        if " X" in text and self.gazetteer.get(X_PLATFORM) is not None:
            for m in _X_PLATFORM.finditer(text):  # "posted on X", "X users"
                g = "x" if m["x"] else "x2"
                add(m.start(g), m.end(g), "X", "ORG", X_PLATFORM)
        self._places(text, add)
        if "/" in text or "By" in text:
            self._credits(text, add)
        self._outlets_and_domains(text, add)
        out.extend(self._token_rules(doc, text, names, org_names, ents))
        return out

    def _lookup(self, name: str) -> Entry | None:
        """The gazetteer entry a name is a form of, ignoring case for names of two words+."""
        entry = self.gazetteer.by_form.get(name)
        if entry is None and " " in name:
            entry = self.forms_ci.get(name.lower())
        return entry

    @staticmethod
    def _laws(text: str, add) -> None:
        for m in _LAWS.finditer(text):
            if m["eo"]:
                add(m.start(), m.end(), f"Executive Order {m['eo']}", "LAW")
            else:
                add(m.start(), m.end(), m.group(0), "LAW")
        for m in _QUOTED_TITLE.finditer(text):
            title = m["title"].strip()
            words = [w for w in title.split() if len(w) > 3]
            capitalised = sum(w[0].isupper() for w in words)
            before = text[max(0, m.start() - 80) : m.start()]
            if words and capitalised / len(words) >= 0.6 and _TITLE_CONTEXT.search(before):
                start = m.start("title")
                add(start, start + len(title), title, "LAW")

    def _places(self, text: str, add) -> None:
        for m in _STATE_AFTER_PLACE.finditer(text):
            self._state(m.start("state"), m.end("state"), m["state"], add)
        for m in _PARTY_STATE.finditer(text):
            self._state(m.start("state"), m.end("state"), m["state"], add)
            add(m.start("party"), m.end("party"), "", "ORG", PARTIES[m["party"]])
        for m in _STATE_PARTY.finditer(text):
            self._state(m.start("state"), m.end("state"), m["state"], add)
            add(m.start("party"), m.end("party"), "", "ORG", PARTIES[m["party"]])
        for m in _DATELINE.finditer(text):
            caps = m["c"]
            name = caps.title().replace("’S", "’s").replace("'S", "'s")
            if (
                len(caps.replace(".", "")) < 4
                or name in NOT_NAMES
                or caps in self.gazetteer.by_form
            ):
                continue
            add(m.start("c"), m.end("c"), name, "GPE")

    def _state(self, start: int, end: int, form: str, add) -> None:
        name = STATE_ABBREVIATIONS.get(form, form)
        entry = self.gazetteer.by_form.get(name)
        if entry is not None and entry.type == "GPE" and "state" in entry.tags:
            add(start, end, name, "GPE", entry.id)
        elif entry is None:
            add(start, end, name, "GPE", slugify(name))
        else:  # "N.Y." is the state, not the gazetteer's city; "Wash." is not D.C.
            add(start, end, name, "GPE", slugify(name + " state"))

    def _credits(self, text: str, add) -> None:
        for m in _CREDIT.finditer(text):
            a, b = m["a"], m["b"]
            if len(a) < 3 or len(b) < 3 or (" " not in a + b and not self._lookup(a)):
                continue  # "(G/ATOR)": a program's acronym, not a credit
            if " " in a and " " not in b:  # "Jane Roe/Getty": the photographer, the agency
                people, orgs = [(m.start("a"), a)], [(m.start("b"), b)]
            elif " " in b and " " not in a:  # "Unsplash/Jane Roe", "Bloomberg/A B and C D"
                people, orgs = [(m.start("b"), b)], [(m.start("a"), a)]
            elif " " in a:  # "Jane Roe/Stars and Stripes": person first
                people, orgs = [(m.start("a"), a)], [(m.start("b"), b)]
            else:
                people, orgs = [], [(m.start("a"), a), (m.start("b"), b)]
            for start, name in orgs:
                add(start, start + len(name), name, "ORG")
            for start, names in people:
                offset = 0
                for part in re.split(r" and | & ", names):
                    at = start + names.index(part, offset)
                    offset = at - start + len(part)
                    if " " in part:
                        entry = self._lookup(part)
                        add(at, at + len(part), part, entry.type if entry else "PERSON")
        for m in _BYLINE.finditer(text):
            names = m["n"]
            offset = 0
            for part in names.split(" and "):
                at = m.start("n") + names.index(part, offset)
                offset = at - m.start("n") + len(part)
                words = part.split()
                if words[0] in DATE_WORDS or words[0] in NOT_NAMES:
                    continue
                label = "PERSON"
                if words[-1] in ("Team", "Staff") and len(words) > 1:
                    words, label = words[:-1], "ORG"
                while len(words) > 1 and words[-1].lower() in LEGAL_SUFFIXES:
                    words, label = words[:-1], "ORG"
                if len(words) == 1:
                    label = "ORG"
                name = " ".join(words)
                add(at, at + len(name), name, label)

    def _outlets_and_domains(self, text: str, add) -> None:
        for m in _TITLE_OUTLET.finditer(text):
            outlet, line = m["o"], m["line"]
            if line.rstrip().endswith((".", ":")) or outlet in NOT_NAMES:
                continue
            words = outlet.split()
            known = self._lookup(outlet) is not None
            if not known and any(w.lower() in STOP_WORDS or w in NOT_NAMES for w in words):
                continue
            single_ok = outlet.isupper() and len(outlet) >= 3 or _looks_coined(outlet)
            if known or len(words) > 1 or single_ok:
                add(m.start("o"), m.end("o"), outlet, "ORG")
        if "." in text:
            for m in _DOMAIN.finditer(text):
                before = text[max(0, m.start() - 12) : m.start()].lower()
                if not m["d"].lower().startswith("www.") and not _LINK_CUE.search(before):
                    add(m.start("d"), m.end("d"), m["d"], "ORG")

    def _token_rules(
        self,
        doc: Doc,
        text: str,
        names: dict[str, str],
        org_names: set[tuple[int, int]],
        ents: list[Span],
    ) -> list[Span]:
        """Organisation names ending in an organisation word, designators, model numbers."""
        out: list[Span] = []
        by_start = {e.start: e for e in ents if e.id_}
        n = len(doc)
        headline: dict[int, bool] = {}
        persons = sorted(e.start for e in ents if e.label_ == "PERSON")
        skip_to = 0
        for tok in doc:  # iterating is cheaper than indexing the Doc
            i = tok.i
            if i < skip_to:
                continue
            t = tok.text
            first = t[:1]
            if not (first.isupper() or first.isdigit()):
                continue
            m = _DESIGNATOR.match(t) if "-" in t else None
            if m and m["p"] not in NOT_DESIGNATORS and "-" not in (doc[i - 1].text if i else ""):
                entry = self.gazetteer.by_form.get(t)
                if entry is None:
                    eid = slugify(t)
                    names.setdefault(eid, t)
                    out.append(Span(doc, i, i + 1, label="PRODUCT", span_id=eid))
                continue
            ent = by_start.get(i)
            if ent is not None and ent.end < n:
                version = self._model_number(doc, ent)
                if version is not None:
                    # the product is named on its number: the company stays itself, and an
                    # event's actor ("Skydio launched the Skydio 2")
                    name = doc[ent.start : version].text
                    eid = slugify(name.replace("+", " plus"))
                    names.setdefault(eid, name)
                    out.append(Span(doc, ent.end, version, label="PRODUCT", span_id=eid))
                    skip_to = version
                    continue
            if _name_word(tok):
                end = _run_end(doc, i)
                span = self._org_name(doc, i, end, text, headline, persons)
                if span is not None:
                    out.append(span)
                    org_names.add((span.start, span.end))
                skip_to = end
        return out

    def _model_number(self, doc: Doc, ent: Span) -> int | None:
        """End of "Skydio 2"/"Skydio 2+" when a gazetteer company is followed by a model number."""
        entry = self.gazetteer.get(ent.id_)
        if entry is None or entry.type != "ORG" or "company" not in entry.tags:
            return None
        tok = doc[ent.end]
        if ent[-1].whitespace_ == "" or not _VERSION.match(tok.text):
            return None
        end = ent.end + 1
        if end < len(doc) and doc[end].text == "+" and tok.whitespace_ == "":
            end += 1
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and (nxt.lower_ in NOT_AFTER_VERSION or nxt.like_num or nxt.is_title):
            return None  # "General Dynamics C4 Systems" is a company
        return end

    def _org_name(
        self,
        doc: Doc,
        start: int,
        end: int,
        text: str,
        headline: dict[int, bool],
        persons: list[int],
    ) -> Span | None:
        """The organisation name in a run of capitalised words, if it ends in an org word."""
        # a person inside the run ends it: "... Policy Director Michael Kratsios"
        k = bisect_left(persons, start)
        if k < len(persons) and persons[k] < end:
            end = persons[k]
        while end > start and (
            doc[end - 1].text in TITLE_WORDS or doc[end - 1].lower_ in CONNECTORS
        ):
            end -= 1
        # leading words that are not part of the name: "The", "Meanwhile", a title + "of"
        while start < end and (
            doc[start].lower_ in CONNECTORS
            or (doc[start].is_title and doc[start].lower_ in STOP_WORDS - NAME_STOP_WORDS)
            or doc[start].text in DATE_WORDS
        ):
            start += 1
        # "Deputy Undersecretary of the Air Force": a title; "Mandatory Use of Department
        # of the Navy": words with no organisation word before "of" are not part of the name
        first_of = next((k for k in range(start, end) if doc[k].lower_ == "of"), None)
        for k in range(end - 2, start - 1, -1):
            if doc[k].text in TITLE_WORDS and doc[k + 1].lower_ in ("of", "for"):
                start = k + 2
                break
        else:
            if first_of is not None and not any(
                doc[k].text in ORG_HEADS for k in range(start, first_of)
            ):
                start = first_of + 1
        while start < end and doc[start].lower_ in CONNECTORS:
            start += 1
        heads = [k for k in range(start, end) if doc[k].text in ORG_HEADS]
        if not heads:
            return None
        head = heads[-1]
        if head + 1 < end and not (
            doc[head + 1].lower_ == "of"
            or (doc[head + 1].lower_ in ("for", "on") and doc[head].text in PP_HEADS)
        ):
            stop = head + 1
            if doc[stop].lower_ in LEGAL_SUFFIXES | {"co", "co."} or (
                doc[head].text in FAC_HEADS and doc[stop].like_num
            ):
                stop += 1
            if stop < end and doc[head].text not in FAC_HEADS:
                return None  # "Washington Navy Yard": the organisation word is not the last
            # a base's place stays: "Joint Base San Antonio", "Naval Air Station Pensacola"
            end = end if doc[head].text in FAC_HEADS else stop
        words = [t for t in doc[start:end] if t.lower_ not in CONNECTORS]
        if len(words) < 2 or (start == head and end == head + 1):
            return None
        if self._headline(doc, start, text, headline):
            return None
        span = doc[start:end]
        name = span.text
        entry = self._lookup(name)
        if entry is not None:
            return Span(doc, start, end, label=entry.type, span_id=entry.id)
        # "U.S. State Department", "US Navy", "White House Office of Management and Budget":
        # a gazetteer body named with its country or its parent stays that body
        for k in range(start + 1, min(start + 4, end)):
            before = self.gazetteer.by_form.get(doc[start:k].text)
            if before is not None and (before is self.home or before.type == "ORG"):
                if self._lookup(doc[k:end].text) is not None:
                    return None
        label = "FAC" if doc[head].text in FAC_HEADS else "ORG"
        return Span(doc, start, end, label=label, span_id=slugify(name))

    @staticmethod
    def _headline(doc: Doc, i: int, text: str, cache: dict[int, bool]) -> bool:
        """A line whose words are nearly all capitalised is a headline, not running text."""
        at = doc[i].idx
        line_start = text.rfind("\n", 0, at) + 1
        if line_start not in cache:
            line_end = text.find("\n", at)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            words = [
                w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if w.lower() not in STOP_WORDS
            ]
            caps = sum(w[0].isupper() for w in words)
            # running text ends its sentences; a heading does not
            cache[line_start] = (
                not line.rstrip().endswith((".", "!", "?", ";", ":", '"', "”"))
                and len(words) >= 4
                and caps / len(words) >= 0.75
            )
        return cache[line_start]


def _whole_line(span: Span) -> bool:
    """The span is a line of its own (a heading or a caption), not part of a sentence."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    return (before is None or "\n" in before.text) and (after is None or "\n" in after.text)


def _cut_by_possessive(ent: Span, rule: Span) -> bool:
    """The model's "X’s Unmanned Aircraft Systems" around a rule's X: the rule's span is right."""
    return rule.end < ent.end and ent.doc[rule.end].text in POSSESSIVE


def _looks_coined(word: str) -> bool:
    """'TechSpot', 'ABC7', 'News.Az': a single word that is a brand, not an English word."""
    return any(c.isdigit() or c == "." for c in word) or any(c.isupper() for c in word[1:])


def _name_word(tok) -> bool:
    t = tok.text
    return (
        t[:1].isupper()
        and any(c.isalpha() for c in t)
        and not tok.is_space
        and t not in DATE_WORDS
        and tok.ent_type_ not in ("DATE", "TIME", "MONEY", "CARDINAL")
        or _ORDINAL.match(t) is not None
    )


def _run_end(doc: Doc, start: int) -> int:
    """End of a run of capitalised words and the small words inside names."""
    end, n = start + 1, len(doc)
    while end < n:
        tok, prev = doc[end], doc[end - 1]
        if _name_word(tok) or (tok.like_num and prev.text in FAC_HEADS):
            end += 1
            continue
        nxt = end + 1  # a hyphen or a connector counts only before another name word
        # ... and does not join two names: "the Department of War and Anthropic"
        if (
            tok.ent_iob_ != "I"
            and tok.lower_ in ("and", "&", "-")
            and (prev.ent_iob_ in ("B", "I") or (nxt < n and doc[nxt].ent_iob_ == "B"))
        ):
            break
        if tok.text == "-" and prev.whitespace_ == "" and tok.whitespace_ == "":
            pass
        elif (
            (tok.lower_ in ("and", "&") and doc[nxt].ent_iob_ != "B" if nxt < n else False)
            or (tok.lower_ == "of")
            or (tok.lower_ in ("for", "on") and prev.text in PP_HEADS)
        ):
            if nxt < n and doc[nxt].lower_ == "the" and tok.lower_ in ("of", "for", "on"):
                nxt += 1
        else:
            break
        if nxt < n and _name_word(doc[nxt]):
            end = nxt
        else:
            break
    return end


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


GUARDED_KEY = "beat_guarded_places"


@Language.component("beat_place_guard")
def place_guard(doc: Doc) -> Doc:
    """Between the gazetteer ruler and `ner`: a place name followed by a capitalised word
    ("Singapore Airlines", "Oklahoma City", "Swiss National Bank") is left to the model,
    which sees the whole name; the canonicaliser puts the place back if the model names
    nothing there."""
    ents = list(doc.ents)
    kept, held = [], []
    for e in ents:
        nxt = doc[e.end] if e.end < len(doc) else None
        if (
            e.id_
            and e.id_ != HOME_COUNTRY  # "U.S. Government", "U.S. Jobs": the country stays
            and e.label_ in ("GPE", "LOC")
            and nxt is not None
            and e[-1].whitespace_ == " "
            and nxt.is_title
            and nxt.ent_iob_ != "B"
            and nxt.text not in TITLE_WORDS
            and nxt.text not in DATE_WORDS
        ):
            held.append((e.start, e.end, e.label_, e.id_))
        else:
            kept.append(e)
    if held:
        doc.ents = kept
        for start, end, _label, _eid in held:
            for tok in doc[start:end]:  # the model's span must not inherit the place's id
                tok.ent_id_ = ""
        doc.user_data[GUARDED_KEY] = held
    return doc


@Language.component("beat_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and subheads are not part of the next sentence.

    Runs before the parser, which keeps boundaries that are already set.
    """
    for tok in doc[:-1]:
        if "\n" in tok.text or (tok.whitespace_ == "" and tok.text.endswith("\n")):
            doc[tok.i + 1].is_sent_start = True
    return doc
