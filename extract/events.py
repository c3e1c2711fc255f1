"""Events from a parsed Doc: trigger words found by lemma and phrase, arguments read from the
dependency parse.

For each trigger we read: the actors (subject, objects, "with"/"between"/"against" phrases,
possessors of a noun trigger, the subject of the verb a noun trigger hangs on), the date
expression that governs it (same clause, then an enclosing clause, then the sentence), the
status (planned, denied, reported, occurred), a dollar amount and a location. A trigger under
"refused to" / "threatened to" is no event of its own; a statement whose complement holds
another event ("X announced it would join Y") becomes that event, reported by X.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from core.presidencies import PRESIDENCIES
from extract import ontology as onto
from extract.canonical import NAMES_KEY, RANKS
from extract.dates import DateMention, due_word
from extract.gazetteer import Entry, Gazetteer
from extract.money import MONEY_RE, OTHER_MONEY_RE, parse_usd
from extract.timeref import first_day

CLAUSE_DEPS = {
    "ROOT",
    "ccomp",
    "xcomp",
    "advcl",
    "relcl",
    "conj",
    "csubj",
    "pcomp",
    "acl",
    "parataxis",
}
SUBJ = {"nsubj", "csubj"}
# "…, marking a significant investment": a participle that says what the clause's event
# amounts to, not a second event of its subject
CHARACTERISING = {"mark", "make", "represent", "signal", "become", "bring", "follow", "cap"}
PRONOUN_PERSON = {"he", "she", "him", "her"}
PRONOUN_THING = {"it", "they", "its", "their", "them"}
RELATIVE = {"which", "that", "who"}
# Types of a single act, done at one time rather than held or repeated over a stretch
ONE_OFF = {"launch", "contract", "funding", "designation", "meeting", "ultimatum", "policy"}
SPOKES = {"spokesperson", "spokesman", "spokeswoman", "representative", "executive", "official"}
COMPANY_WORDS = {"company", "firm", "startup", "lab", "company's", "organization", "organisation"}
# Members of a legislature named as a body: "Senators stripped the language", "lawmakers
# introduced a bill" (the U.S. Congress on this beat, unless a nationality says otherwise).
# the two chambers of Congress: each passes a bill in its own vote
CHAMBERS = {"us-senate", "us-house-of-representatives"}
MEMBERS = {"senators": "us-senate", "lawmakers": "us-congress", "legislators": "us-congress"}
# "the agency", "the unit" (the Defense Innovation Unit): the government body named before
AGENCY_WORDS = {"agency", "office", "department", "service", "command", "directorate", "unit"}
AGREEMENT_TYPES = {"contract", "partnership"}  # "the deal" names back either
# what a newer award does to an earlier one it recalls ("modifies a contract awarded in 2017")
PREDECESSOR_VERBS = {
    "modify",
    "follow",
    "extend",
    "replace",
    "supersede",
    "succeed",
    "amend",
    "build",
    "expand",
    "extension",
    "modification",
    "expansion",
}
# "4,000 employees signed a letter", "a dozen staff resigned": the people of the company the
# article is about, when no organisation of their own is named
STAFF_WORDS = {"employee", "staff", "staffer", "worker", "engineer", "researcher"}
COMPANY_TAGS = {"company", "ai_lab", "contractor", "defense_tech", "defense_prime"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Verbs that put a tool into an operation ("Claude was used during the raid")
TOOL_VERBS = {"use", "utilize", "employ", "deploy"}
# Gazetteer tags of places inside a country: where something happens, never a party to it
SUBNATIONAL_TAGS = {"city", "state", "neighborhood"}
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "PRODUCT", "LOC", "FAC", "EVENT", "LAW"}
ACTOR_LABELS = ENTITY_LABELS - {"EVENT", "LAW"}
_FISCAL = re.compile(r"\b(?:fiscal|FY)", re.IGNORECASE)

# A bare weekday, "on Friday" or "Friday"
_WEEKDAY_RE = re.compile(
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", re.IGNORECASE
)


def _negated(verb: Token) -> bool:
    """'did not win', "didn't respond", 'never signed'."""
    return any(c.dep_ == "neg" or c.lower_ in ("n't", "n’t", "never") for c in verb.children)


def _not_done(verb: Token) -> bool:
    """'did not block', 'refused to block', 'declined to stop': the verb's act was not made."""
    return _negated(verb) or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in onto.REFUSING)


def _asks(sent: Span) -> bool:
    """A question, or an explainer's headline ("Why the Army's $20B contract isn't what it
    looks like"): it asks or explains; what happened is told elsewhere."""
    text = sent.text.strip()
    if text.endswith("?"):
        return True
    return sent[0].lower_ in ("why", "how") and not text.endswith((".", '"', "\u201d"))


def _is_dateline_place(ent: Span) -> bool:
    """'WASHINGTON (AP) —', 'SAN FRANCISCO --': the place a wire story was filed from."""
    if ent.label_ != "GPE" or ent.start != ent.sent.start or ent.text.upper() != ent.text:
        return False
    after = ent.doc.text[ent.end_char : ent.end_char + 8].lstrip()
    return after[:1] in ("(", "-", "\u2013", "\u2014", ",")


def _quoted(text: str, tok: Token) -> bool:
    """Inside a quotation opened in the same sentence (`text` is the Doc's text)."""
    before = text[tok.sent.start_char : tok.idx]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


# what follows a wire dateline's date: "Feb 13 (Reuters) - ..."
_DATELINE = re.compile(r"\s*\([A-Z][\w .&]{1,30}\)\s*[-\u2013\u2014]")
# "Washington, October 2:" opening a story: the day it was filed
_PLACE_DATELINE = re.compile(r"[A-Z][A-Za-z .]{1,30},\s*$")
# a page's "date 2026-01-04" label opening the text: the day of the page, not of any event
_DATE_LABEL = re.compile(r"\s*date\s*$", re.I)
_SCALE_LETTER = re.compile(r"(\d)([BMKT])\b")
_PRECISION_RANK = {"decade": 1, "year": 2, "quarter": 3, "month": 4, "week": 5, "day": 6}


COURT_STEPS = {  # lemma -> the step of a court case it tells
    **dict.fromkeys(("sue", "lawsuit", "suit", "complaint", "challenge", "file"), "filing"),
    **dict.fromkeys(
        ("rule", "ruling", "injunction", "block", "dismiss", "grant", "deny"), "ruling"
    ),
    **dict.fromkeys(("appeal",), "appeal"),
    # a party's request to the court in a case: neither the suit nor the hearing on it
    **dict.fromkeys(("ask", "motion", "urge", "request"), "motion"),
}


# Date words that look ahead of publication whatever the tense
_AHEAD_RE = re.compile(r"\b(?:later this|next|coming|upcoming)\b", re.I)
# A line that links to another story: a headline of a page not read here
_RELATED_RE = re.compile(
    r"\s*(?:also read|read also|read more|related|see also|recommended|watch)\s*:", re.I
)
# words of a title that tie no one: "at SpaceX, Hegseth"
_CONNECTIVES = {",", "the", "of", "at", "and", "its", "'s", "’s"}


def _after_name(noun: Token) -> bool:
    """The phrase of `noun` follows a name and a comma: "…, Maven Smart System, the platform",
    an appositive of that name however the parser hung it."""
    start = noun.left_edge.i
    return (
        start >= 2
        and noun.doc[start - 1].text == ","
        and noun.doc[start - 2].ent_type_ not in ("", "DATE", "TIME", "CARDINAL", "MONEY")
    )


def _in_headline(ev: Event) -> bool:
    """One of the article's first lines that reads as a title (no closing punctuation)."""
    sent = ev.sent
    return sent.start < 40 and not sent.text.rstrip().endswith((".", "!", "?", '"', "\u201d"))


# Nouns of a person put out of a post ("ordered the removal of its chief")
REMOVALS = {"removal", "dismissal", "firing", "ouster"}

# Verbs of taking part in a happening already told ("was involved in the strikes")
TAKING_PART = {"involve", "participate", "part"}

# What a company builds with its own money ("committed $2 billion to build a plant")
BUILDING = {"build", "construct", "expand", "open"}

# What a body can be designated as that is a standing in its budget, not a blacklist
PROGRAM_NOUNS = {"program", "programme"}

# "more firings", "further dismissals": moves of a kind foreseen beyond those made so far
MORE_TO_COME = {"more", "further", "additional", "future", "possible", "potential"}

# "its proposed deal with the Army", "a potential contract with …": not made yet
NOT_YET_MADE = {"proposed", "possible", "potential", "planned", "prospective", "future"}
# Words that say a thing may only come: "a potential round" ("a planned investment" that
# was announced is still a funding event)
MAYBE_MADE = {"possible", "potential", "prospective"}


def _moves_to_come(tok: Token) -> bool:
    """'more firings of senior commanders are coming', 'warned of further dismissals': a
    plural move noun counted onward from what has happened tells moves still to come,
    with no one moved yet, not a happening."""
    if tok.pos_ == "NOUN":
        return tok.tag_ == "NNS" and any(
            c.dep_ == "amod" and c.lower_ in MORE_TO_COME for c in tok.children
        )
    # "more senior commanders will be removed": the people moved, counted onward
    return tok.pos_ == "VERB" and any(
        c.dep_ in ("nsubjpass", "dobj")
        and c.tag_ == "NNS"
        and c.left_edge.lower_ in MORE_TO_COME
        and c.ent_type_ == ""
        for c in tok.children
    )


def _court_step(tok: Token) -> str:
    return COURT_STEPS.get(tok.lemma_.lower(), "other")


# Words that tell an award as the one before the award in the news
EARLIER_ADVERBS = {"previously", "initially", "originally"}
EARLIER_ADJECTIVES = {"initial", "original", "previous", "prior", "earlier"}


def _called_earlier(tok: Token) -> bool:
    """'the original award', 'the initial $480 million agreement'."""
    return any(c.dep_ == "amod" and c.lower_ in EARLIER_ADJECTIVES for c in tok.children)


def _earlier_award(tok: Token) -> bool:
    """'a previously awarded contract', 'a contract previously awarded to Raytheon', 'the
    initial agreement', 'was originally awarded the contract': an award told as the earlier
    one, beside the award in the news."""
    if tok.pos_ == "VERB":
        verbs = [tok]
    else:
        if _called_earlier(tok):
            return True
        verbs = [c for c in tok.children if c.dep_ in ("acl", "amod", "relcl")]
        if tok.head.pos_ == "VERB" and tok.dep_ in ("dobj", "nsubjpass"):
            verbs.append(tok.head)
    return any(
        c.dep_ == "advmod" and c.lower_ in EARLIER_ADVERBS for v in verbs for c in v.children
    )


def _possessor(tok: Token) -> bool:
    """A modifier phrase that ends in a possessive "'s": "director Doug Beck's"."""
    return any(t.dep_ == "case" and t.lower_ in ("'s", "’s") for t in tok.subtree)


def _of_objects(noun: Token) -> list[Token]:
    """What a noun is "of": "the ouster of the Navy's top officer", "a seizure of drugs"."""
    return [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _names_forces(noun: Token, kinds: set[str]) -> bool:
    """The noun, or a word compounded with it, is one of `kinds`, singular or plural:
    "1,500 troops", "a carrier strike group"."""
    return any(
        t.lemma_.lower().removesuffix("s") in kinds
        for t in [noun, *(k for k in noun.children if k.dep_ == "compound")]
    )


def _came_before(a: Event, b: Event) -> bool:
    """'The rebels shelled the port soon after the assault on …': a's trigger sits in a
    phrase of b's that puts it earlier ("after", "following", "since" it)."""
    for t in a.trigger.ancestors:
        if t == b.trigger:
            return False
        if t.dep_ == "prep" and t.lower_ in onto.PRIOR_PREPS:
            return t.head == b.trigger or t.head == b.trigger.head
    return False


def _demonym_people(ent: Span) -> bool:
    """'Americans', 'Venezuelans', 'Israelis': a country's people named by a plural
    demonym, which the gazetteer maps to the country but which names no acting state. The
    plural tag keeps out places that end alike ("the mayor of Paris", "Memphis")."""
    text = ent.text
    return (
        ent.label_ in ("GPE", "NORP")
        and len(ent) == 1
        and ent[0].tag_ == "NNPS"
        and text.lower().endswith(("ans", "ese", "is"))
    )


def _maker_role(event_type: str, role: str) -> str | None:
    """The role a product's maker takes for it: the product's own, but in an operation a
    tool used in it (a participant) brings no maker ("Claude was used in the raid":
    Anthropic did not raid; the gold never lists a used tool's maker as a party), and the
    maker of a thing acted on is no target ("launched a Starlink mission": SpaceX's)."""
    if event_type == "operation" and role == "participant":
        return None
    return "participant" if event_type == "operation" and role == "target" else role


def _product_role(event_type: str, role: str, label: str) -> str:
    """A product is what is launched, deployed or used, never who acts or who is acted on:
    "Grok would join Gemini", "Claude was used during the raid" (its maker acts)."""
    if label != "PRODUCT" or role not in ("agent", "target"):
        return role
    return "participant" if event_type == "operation" else "counterpart"


def _nominal_gerund(tok: Token) -> bool:
    """'after his nomination hearing before the committee': the tagger reads some -ing nouns
    as verbs ("hearing" as a form of "hear"); one that takes a possessive, an article or a
    modifying noun, in a noun's place, is the noun."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "conj")
        and any(c.dep_ in ("poss", "det", "compound") for c in tok.children)
    )


def _talks_as_colour(noun: Token) -> bool:
    """Talks praised in passing ("we had productive conversations with the Pentagon"), shown
    to prove something ("the discussions reflected alignment") or gone through ("through
    their discussions, the agency showed respect"): what talks mean, not talks held."""
    if noun.lower_ not in onto.TALK_NOUNS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "through":
        return True
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in onto.TALK_SHOWING:
        return True
    return noun.head.lemma_ in ("be", "have") and any(
        c.dep_ == "amod" and c.lower_ in onto.TALK_PRAISE for c in noun.children
    )


@dataclass
class Event:
    type: str
    trigger: Token
    sent: Span
    actors: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # id -> name, role, type
    date: DateMention | None = None
    date_score: int = 9
    status: str = "occurred"
    amount: int | None = None
    priced: bool = False  # an amount in another currency ("raised €600 million"): no dollars
    location: str | None = None
    confidence: float = 0.6
    implicit: bool = False
    fallback_date: tuple[str | None, str | None] = (None, None)
    weak: bool = False  # an attribution verb ("said", "told"): news only when dated
    to_press: bool = False  # a quote given to a news outlet for this story
    loose: bool = False  # a partnership verb that needs two organisations
    deadline: DateMention | None = None  # an ultimatum's deadline, not its date
    amount_confirmed: bool = False  # a retelling outside the headline gave the same figure
    predecessor: bool = False  # "modifies a contract awarded in 2017": an earlier award

    def add(self, ent: Span, role: str, names: dict[str, str]) -> None:
        if ent.id_ and ent.id_ not in self.actors:
            self.actors[ent.id_] = (names.get(ent.id_, ent.text), role, ent.label_)


class TriggerFinder:
    """Trigger words: verb and noun lemmas by part of speech, and multi-word phrases.

    Dictionary lookups per token: a spaCy Matcher with lemma sets did the same at a third of
    the whole extraction's time.
    """

    def __init__(self) -> None:
        self.verbs = dict(onto.VERB_TRIGGERS)
        self.nouns = dict(onto.NOUN_TRIGGERS)
        self.phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, etype in onto.PHRASE_TRIGGERS.items():
            words = tuple(re.findall(r"[\w']+|-", phrase))
            self.phrases.setdefault(words[0], []).append((words, etype))

    def __call__(self, doc: Doc) -> list[tuple[str, Span]]:
        """(kind, span) in document order; kind is V (verb), N (noun) or P (phrase)."""
        found: list[tuple[str, Span]] = []
        lowers = [t.lower_ for t in doc]
        for tok in doc:
            pos = tok.pos_
            if pos == "VERB" and tok.lemma_ in self.verbs:
                found.append((f"V:{self.verbs[tok.lemma_]}", doc[tok.i : tok.i + 1]))
            elif (
                tok.dep_ == "ROOT"
                and pos in ("ADJ", "NOUN")
                and lowers[tok.i] in self.verbs
                and any(c.dep_ == "nsubj" for c in tok.children)
            ):
                # a caption's present tense the tagger misses: "Soldiers arrive Nov. 15 in
                # Poznan" has "arrive" as an adjective, yet it is the sentence's verb
                found.append((f"V:{self.verbs[lowers[tok.i]]}", doc[tok.i : tok.i + 1]))
            elif pos in ("NOUN", "PROPN") or _nominal_gerund(tok):
                etype = self.nouns.get(tok.lemma_) or self.nouns.get(lowers[tok.i])
                if etype:
                    found.append((f"N:{etype}", doc[tok.i : tok.i + 1]))
            for words, etype in self.phrases.get(lowers[tok.i], ()):
                end = tok.i + len(words)
                if tuple(lowers[tok.i : end]) == words:
                    found.append((f"P:{etype}", doc[tok.i : end]))
        return found


class EventExtractor:
    """Stateless rules over one Doc, with the gazetteer for names and tags."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.find_triggers = TriggerFinder()
        self.gazetteer = gazetteer
        self._gazetteer_names = {e.id: e.name for e in gazetteer.entries}

    # ------------------------------------------------------------------ entities
    def _entity_at(self, tok: Token) -> Span | None:
        ent = self._tok_ent.get(tok.i)
        return ent

    def _ents_of(self, tok: Token, depth: int = 0) -> list[Span]:
        """Entities an argument token names: itself, its conjuncts, or what it describes."""
        if depth > 3:
            return []
        out: list[Span] = []
        ent = self._entity_at(tok)
        if ent is not None:
            out.append(ent)
        elif tok.lower_ in PRONOUN_PERSON:
            found = self._person_meant(tok) or self._previous(tok, {"PERSON"})
            if found is not None:
                out.append(found)
        elif (found := self._president_meant(tok)) is not None:
            out.append(found)  # "the president", "the US president": the one named before
        elif (
            tok.lower_ == "we"
            and tok.dep_ == "nsubj"
            and self._trig_types.get(tok.head.i) == "statement"
            and not any(t.is_quote for t in tok.doc[tok.sent.start : tok.i])  # a speaker's "we"
        ):
            # "Acme got the notice on Tuesday. As we said on Monday, …": a company's own post
            found = self._previous(tok, {"ORG"}, tags=COMPANY_TAGS, subject=True)
            if found is None:
                found = self._only_company_before(tok)  # a post by the one company named
            if found is not None:
                out.append(found)
        elif (
            tok.lower_ == "it"
            and tok.dep_ in ("dobj", "dative", "nsubjpass")
            and tok.head.dep_ == "advcl"
        ):
            # "After the Air Force awarded it a contract, Shield AI …", "DJI has struggled
            # since Commerce added it to the entity list": the company of the main clause
            out.extend(
                e
                for c in tok.head.head.children
                if c.dep_ in SUBJ
                for e in self._ents_of(c, depth + 1)
                if e.label_ == "ORG"
            )
        elif tok.tag_ in ("WDT", "WP") and (clause := self._relative_clause(tok)) is not None:
            # "Pete Hegseth, who was confirmed …", "Scale AI, in which Meta invested …"
            described = self._ents_of(clause.head, depth + 1)
            if not described and clause.head.dep_ == "appos":
                # "Tren de Aragua, a gang that was designated …": the name the noun describes
                described = self._ents_of(clause.head.head, depth + 1)
            if not described:
                described = self._group_member(clause.head)  # "one of four labs that won"
            out.extend(described)
        elif tok.lemma_.lower() in SPOKES and any(c.lower_ in COMPANY_WORDS for c in tok.children):
            found = self._previous(tok, {"ORG"}, tags={"company", "ai_lab", "contractor"})
            if found is not None:
                out.append(found)
        elif (
            tok.lemma_.lower() in STAFF_WORDS
            and tok.pos_ == "NOUN"
            and not any(c.dep_ in ("compound", "poss", "prep") for c in tok.children)
        ):
            found = self._previous(tok, {"ORG"}, tags=COMPANY_TAGS)
            if found is not None:
                out.append(found)
        elif (
            tok.lower_ in MEMBERS
            and tok.pos_ == "NOUN"
            and not any(
                (e := self._tok_ent_all.get(c.i)) is not None and e.label_ in ("NORP", "GPE")
                for c in tok.children
            )
        ):
            out.append(Span(tok.doc, tok.i, tok.i + 1, label="ORG", span_id=MEMBERS[tok.lower_]))
        elif tok.lower_ in AGENCY_WORDS and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children
        ):
            # "The agency was created in 2015": the government body the sentences before named
            found = self._previous(tok, {"ORG"}, tags=onto.GOVERNMENT_TAGS, subject=True)
            if found is not None:
                out.append(found)
        elif tok.lower_ in COMPANY_WORDS and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children
        ):
            # "the company was awarded ...": the company named in the last two sentences,
            # the one a sentence was about before one named in passing
            found = self._same_sentence_company(tok)
            if found is None:
                found = self._previous(tok, {"ORG"}, tags=COMPANY_TAGS, subject=True)
            if found is None:
                found = self._told_before(tok, depth)
            if found is None:
                found = self._previous(tok, {"ORG"}, tags=COMPANY_TAGS)
            if found is None and tok.lemma_.lower() in ("company", "firm", "startup"):
                found = self._only_company_before(tok)
            if found is not None:
                out.append(found)
        else:
            kids = list(tok.children)
            for c in kids:
                if c.dep_ == "appos":
                    out.extend(self._ents_of(c, depth + 1))
                elif c.dep_ == "acl" and c.lemma_.lower() in ("call", "name", "dub"):
                    for o in c.children:  # "a firm called Castelion", "a startup named X"
                        if o.dep_ in ("oprd", "attr", "dobj"):
                            out.extend(self._ents_of(o, depth + 1))
            if not out:
                for c in kids:
                    if c.dep_ in ("compound", "poss", "nmod", "amod") and c.i < tok.i:
                        e = self._entity_at(c)
                        if e is not None and self._program_name(tok, c, e):
                            continue
                        if e is not None and (
                            c.dep_ != "amod"
                            or e.label_ in ("GPE", "NORP")
                            and tok.lemma_.lower() in onto.ARMED
                            # "Anthropic executives" parsed as an adjective: a name is none
                            or e.label_ == "ORG"
                        ):
                            out.append(e)  # "Israeli forces": Israel
                        elif e is None and c.dep_ == "poss" and c.lower_ in COMPANY_WORDS:
                            out.extend(self._ents_of(c, depth + 1))  # "the company's contract"
                        elif e is None and c.dep_ == "poss" and c.lower_ == "its":
                            out.extend(self._coordinated_owner(tok, depth))
            if not out and tok.pos_ in ("NOUN", "PROPN"):
                for c in kids:
                    # "a judge on the Court of Federal Claims", "an official with the Army"
                    preps = ("of", "for", "at", "from")
                    if tok.lemma_.lower() in onto.ROLE_NOUNS | SPOKES | {"judge", "lawyer"}:
                        preps += ("on", "with")
                    if c.dep_ == "prep" and c.lower_ in preps:
                        for p in c.children:
                            if p.dep_ == "pobj":
                                out.extend(
                                    e
                                    for e in self._ents_of(p, depth + 1)
                                    # "surveillance of Americans": people, not their country
                                    if not _demonym_people(e)
                                )
        for c in tok.children:
            if c.dep_ == "conj":
                out.extend(self._ents_of(c, depth + 1))
        return out

    @staticmethod
    def _tool_role(ev: Event, verb: Token, tok: Token, role: str) -> str:
        """'Claude was used during the raid', 'deployed its drones in the strikes': what a
        verb of using puts into an operation is a tool taking part (a participant), not
        what the operation struck."""
        if ev.type == "operation" and verb is not tok and verb.lemma_.lower() in TOOL_VERBS:
            return "participant"
        return role

    def _stake_owner(self, ev: Event, verb: Token) -> None:
        """'Meta invested $14.3 billion for a 49 percent stake': a stake bought with no "in
        X" is one in the company the sentence before is about (its main subject), which is
        the funded party; the investor alone would read as raising the money."""
        if any(role == "target" for _n, role, _l in ev.actors.values()):
            return
        stake = [
            t
            for t in verb.subtree
            if t.lemma_.lower() == "stake"
            and not any(c.dep_ == "prep" and c.lower_ == "in" for c in t.children)
        ]
        start = verb.sent.start
        if not stake or start == 0:
            return
        before = verb.doc[start - 1].sent
        for t in before.root.children:
            if t.dep_ not in SUBJ | {"nsubjpass"}:
                continue
            for e in self._ents_of(t):
                if e.label_ == "ORG" and e.id_ not in ev.actors and not self._is_government(e.id_):
                    ev.add(e, "target", self._names)
                    return

    def _program_name(self, noun: Token, mod: Token, ent: Span) -> bool:
        """'its Soldier Borne Mission Command program': a name the gazetteer does not know,
        set between a possessor and "program" or "project", is the program's own name, not
        a party: the possessor owns it ("its", "the Army's")."""
        return (
            mod.dep_ in ("compound", "nmod")
            and noun.lemma_.lower() in PROGRAM_NOUNS | {"project"}
            and any(c.dep_ == "poss" for c in noun.children)
            and ent.label_ == "ORG"
            and self.gazetteer.get(ent.id_) is None
        )

    def _coordinated_owner(self, noun: Token, depth: int) -> list[Span]:
        """'The company won a contract, and its models run through a partnership with
        Palantir': "its" on the subject of a clause joined to one before is that clause's
        subject, the organisation both tell of."""
        verb = noun.head
        if noun.dep_ not in SUBJ or verb.dep_ != "conj":
            return []
        return [
            e
            for c in verb.head.children
            if c.dep_ in SUBJ
            for e in self._ents_of(c, depth + 1)
            if e.label_ == "ORG"
        ]

    def _closed_relative(self, ev: Event, verb: Token) -> None:
        """'Hegseth, who has used the title since Trump's order reviving the name, announced
        the platform': the small model takes the verb after the relative clause's closing
        comma into the clause (the sentence left with a name as its root), so the clause's
        names become its doers. The verb is the name's: only the name acts, and names
        found only inside the relative clause are no party."""
        if verb.i == 0 or verb.doc[verb.i - 1].text != "," or verb.tag_ not in ("VBD", "VBZ"):
            return
        clause = next((a for a in list(verb.ancestors)[:3] if a.dep_ == "relcl"), None)
        if clause is None:
            return
        noun = clause.head
        if noun.dep_ != "ROOT" or noun.pos_ != "PROPN":
            return
        if not any(c.dep_ in SUBJ and c.lower_ in RELATIVE for c in clause.children):
            return
        doers = self._ents_of(noun)
        if not doers:
            return
        inside = range(noun.i + 1, verb.i)
        named_outside = {
            e.id_
            for i, e in self._tok_ent_all.items()
            if verb.sent.start <= i < verb.sent.end and i not in inside
        }
        for aid in [a for a in ev.actors if a not in named_outside]:
            del ev.actors[aid]
        for e in doers:
            ev.add(e, "agent", self._names)

    def _ranked_doer(self, verb: Token) -> list[Span]:
        """'Anthropic was one of four labs to win contracts', 'the first company to sign a
        deal': an infinitive with no subject of its own is done by the subject of the copula
        that ranks it ("is in the running to win" wins nothing yet)."""
        if any(c.dep_ in SUBJ | {"nsubjpass"} for c in verb.children) or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
        ):
            return []
        if verb.dep_ in ("acl", "relcl"):
            found = self._group_member(verb.head)  # parsed on "labs" in "one of four labs"
            if found or verb.head.dep_ != "attr":
                return found
        elif (
            verb.dep_ == "xcomp"
            and verb.head.lemma_.lower() in onto.CAUSING
            and verb.lemma_.lower() in onto.MEDIUM_PUBLISHING | onto.PUBLISHING
        ):
            # "the backlash prompted Altman to release a statement": the one made to put
            # it out is the object of the causing verb, and it was put out
            return [
                e
                for c in verb.head.children
                if c.dep_ == "dobj"
                for e in self._ents_of(c)
                if e.label_ in ("ORG", "PERSON")
            ]
        elif verb.dep_ != "xcomp" or not any(c.dep_ == "attr" for c in verb.head.children):
            return []
        return self._control_subject(verb, False)

    def _group_member(self, noun: Token) -> list[Span]:
        """'Anthropic was one of four labs that won contracts', 'Shield AI is among three
        firms that …': what the group noun's clause tells is done by the subject of the
        copula that puts it in the group."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("of", "among"):
            return []
        copula = prep.head
        if prep.lower_ == "of":
            if copula.lower_ != "one" or copula.dep_ != "attr":
                return []
            copula = copula.head
        if copula.lemma_ not in ("be", "become", "remain"):
            return []
        return [
            e
            for c in copula.children
            if c.dep_ in SUBJ
            for e in self._ents_of(c)
            if e.label_ in ("ORG", "PERSON", "GPE")
        ]

    def _president_meant(self, tok: Token) -> Span | None:
        """'The president has warned …' after 'President Donald Trump …': "the (US)
        president" of a news story is the person the article last titled President, not
        the country a compound names; "the president of Acme" is left to its "of"."""
        if tok.lower_ != "president" or self._entity_at(tok) is not None:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        if any(c.dep_ in ("prep", "poss") for c in tok.children):
            return None
        if any(
            c.dep_ in ("compound", "amod") and c.lower_ not in ("us", "u.s.") for c in tok.children
        ):
            return None
        for ent in reversed(self._ents):
            if ent.end > tok.i or ent.label_ != "PERSON":
                continue
            if ent[0].lower_ == "president" and len(ent) > 1:
                return ent  # "President Trump" as one name
            before = [t for t in tok.doc[max(0, ent.start - 3) : ent.start] if not t.is_punct]
            if before and before[-1].lower_ == "president":
                # "President (Donald) Trump": the name goes on after the bracket
                after = next((t for t in tok.doc[ent.end : ent.end + 2] if not t.is_punct), None)
                rest = self._tok_ent.get(after.i) if after is not None else None
                return rest if rest is not None and rest.label_ == "PERSON" else ent
        return None

    def _previous(
        self, tok: Token, labels: set[str], tags: set[str] | None = None, subject: bool = False
    ) -> Span | None:
        """Nearest entity of a kind before `tok`, within the two sentences before it
        (`subject`: only one that is the subject of its sentence)."""
        sents_back = tok.sent.start
        prev_sent_start = tok.doc[sents_back - 1].sent.start if sents_back > 0 else 0
        limit = tok.doc[prev_sent_start - 1].sent.start if prev_sent_start > 0 else 0
        for ent in reversed(self._ents):
            if ent.end > tok.i:
                continue
            if ent.start < limit:
                break
            if ent.label_ not in labels:
                continue
            if subject and not self._is_subject(ent):
                continue
            if tags is not None:
                entry = self.gazetteer.get(ent.id_)
                if entry is None and subject:
                    return ent  # a company the gazetteer does not know, as a subject
                if entry is None or not tags & set(entry.tags):
                    continue
            return ent
        return None

    @staticmethod
    def _relative_clause(pronoun: Token) -> Token | None:
        """The relative clause a relative pronoun opens, directly or under a preposition."""
        cur = pronoun.head if pronoun.dep_ == "pobj" else pronoun
        verb = cur.head
        return verb if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") else None

    def _told_before(self, tok: Token, depth: int) -> Span | None:
        """'The company sued the Air Force … Notably, the company dropped the suit': the same
        description as the subject of the sentence before names what that one names."""
        start = tok.sent.start
        if start == 0:
            return None
        before = tok.doc[start - 1].sent
        for t in before.root.children:
            if (
                t.dep_ in SUBJ | {"nsubjpass"}
                and t.lower_ == tok.lower_
                and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            ):
                found = [e for e in self._ents_of(t, depth + 1) if e.label_ == "ORG"]
                return found[0] if found else None
        return None

    def _same_sentence_company(self, tok: Token) -> Span | None:
        """'OpenAI's earlier work, including a contract that the company disclosed': the
        only company its own sentence names before "the company" is the one meant."""
        found: dict[str, Span] = {}
        for ent in self._ents:
            if ent.end > tok.i:
                break
            if ent.start < tok.sent.start or ent.label_ != "ORG":
                continue
            entry = self.gazetteer.get(ent.id_)
            if entry is not None and COMPANY_TAGS & set(entry.tags):
                found.setdefault(ent.id_, ent)
        return next(iter(found.values())) if len(found) == 1 else None

    def _only_company_before(self, tok: Token) -> Span | None:
        """'The company in 2018 was initially awarded …', paragraphs after the only company
        the article has named: that company."""
        found: dict[str, Span] = {}
        for ent in self._ents:
            if ent.end > tok.i:
                break
            entry = self.gazetteer.get(ent.id_)
            if ent.label_ == "ORG" and entry is not None and COMPANY_TAGS & set(entry.tags):
                found.setdefault(ent.id_, ent)
        return next(iter(found.values())) if len(found) == 1 else None

    def _person_meant(self, pronoun: Token) -> Span | None:
        """'He retired in February' after 'He kept both roles when Biden took office': a
        sentence-opening "he" or "she" is the person the sentences before were about, the
        last one named as a subject, through the pronouns that stand for them."""
        sent = pronoun.sent
        if pronoun.dep_ not in SUBJ | {"nsubjpass"} or pronoun.head != sent.root:
            return None
        for _ in range(3):
            if sent.start == 0:
                return None
            sent = pronoun.doc[sent.start - 1].sent
            subject = next(
                (t for t in sent.root.children if t.dep_ in SUBJ | {"nsubjpass"}),
                sent[0] if sent.root.dep_ == "ROOT" and sent[0].dep_ == "dep" else None,
            )
            if subject is None:
                return None
            if subject.lower_ in PRONOUN_PERSON:
                continue
            ent = self._tok_ent.get(subject.i)
            return ent if ent is not None and ent.label_ == "PERSON" else None
        return None

    @staticmethod
    def _is_subject(ent: Span) -> bool:
        root = ent.root
        if root.dep_ in ("dep", "ROOT") and root.head == ent.sent.root:
            # a sentence the parse gate left unparsed: the name that opens it
            return ent.start == ent.sent.start
        for _ in range(3):  # "Shield AI", "Shield AI's startup", "brothers at Shield AI"
            if root.dep_ in SUBJ or root.dep_ == "nsubjpass":
                return root.head == root.sent.root or root.head.dep_ in ("conj", "ccomp")
            if root.dep_ == "pobj" and root.head.lower_ in ("at", "of"):
                root = root.head.head  # "Employees at Defense Digital Service are resigning"
                continue
            if root.dep_ not in ("compound", "poss", "appos"):
                return False
            root = root.head
        return False

    def _cataphor(self, verb: Token) -> list[Span]:
        """'Since it went live in December, the Pentagon's platform has …': a pronoun in a
        clause that opens the sentence names the main clause's subject, told after it."""
        if verb.dep_ != "advcl" or verb.i > verb.head.i:
            return []
        if not any(c.dep_ == "mark" for c in verb.children):
            return []
        subject = next((c for c in verb.head.children if c.dep_ in SUBJ and c.i > verb.i), None)
        if subject is None or subject.pos_ == "PRON":
            return []
        return self._ents_of(subject)

    def _previous_subject(self, tok: Token) -> list[Span]:
        """'Shield AI builds drones. In March, it raised $240 million': a sentence-initial
        "it" is the organisation the sentence before has as its subject, a "they" the
        organisations ("Anduril and Palantir … They announced they had won …")."""
        start = tok.sent.start
        if tok.i > start and tok.doc[tok.i - 1].text in (":", ";"):
            # "the company is a contractor: it won …": after a colon the clause goes on
            # about the subject of the clause before it, the nearest one that names a firm
            for t in reversed(tok.doc[start : tok.i - 1]):
                if t.dep_ in SUBJ:
                    found = [e for e in self._ents_of(t) if e.label_ == "ORG"]
                    if found:
                        return found[:1]
            return []
        if start == 0 or any(
            t.dep_ in SUBJ and t.lower_ != tok.lower_ for t in tok.doc[start : tok.i]
        ):
            return []
        before = tok.doc[start - 1].sent
        for t in before:
            if t.dep_ in SUBJ and t.head == before.root:
                found = [e for e in self._ents_of(t) if e.label_ == "ORG"]
                if found:
                    return found if tok.lower_ == "they" else found[:1]
        return []

    # ------------------------------------------------------------------ per document
    def extract(self, doc: Doc, dates: list[DateMention], published: date | None) -> list[dict]:
        self._ents = [  # who can act: laws, named events and a wire's dateline cannot
            e
            for e in doc.ents
            if e.label_ in ACTOR_LABELS
            and e.id_
            and not self._is_channel(e)
            and not _is_dateline_place(e)
        ]
        self._tok_ent = {i: e for e in self._ents for i in range(e.start, e.end)}
        self._tok_ent_all = {
            i: e
            for e in doc.ents
            if e.label_ in ENTITY_LABELS and e.id_
            for i in range(e.start, e.end)
        }
        self._names = dict(self._gazetteer_names)  # built once: the gazetteer is fixed
        # a person the gazetteer does not know is named as first written in full: "Franchetti"
        # after "Adm. Lisa Franchetti" is Lisa Franchetti (annotation.md, "Canonical names")
        given = doc.user_data.get(NAMES_KEY) or {}
        for ent in doc.ents:
            if ent.id_ and ent.id_ not in self._names:
                self._names[ent.id_] = given.get(ent.id_, ent.text)
        self._published = published
        self._text = doc.text  # rebuilt from the tokens on every access
        self._dates = [
            d
            for d in dates
            if d.kind != "vague" and not _DATE_LABEL.fullmatch(self._text, 0, d.span.start_char)
        ]
        self._money = self._money_mentions(doc)
        # tokens of amounts in other currencies, which the model often leaves untagged
        self._other_money_toks = {t.i for sp, v in self._money if v is None for t in sp}
        self._roundup = self._roundup_day()
        triggers = self._triggers(doc)
        events: list[Event] = []
        absorbed: set[int] = set()
        trig_index = {t.i: etype for t, etype, _ in triggers}
        self._trig_types = trig_index
        self._carried: set[int] = set()
        for tok, etype, kind in triggers:
            ev = self._event(tok, etype, kind, trig_index)
            if ev is not None:
                events.append(ev)
        events = self._absorb_purposes(events)
        events = self._absorb_statements(events, absorbed)
        events = self._absorb_attributions(events)
        self._date_at_once(events)
        events = self._merge(events)
        events = self._split_chambers(events)
        self._predecessor_deals(events)
        self._presidential_orders(events)
        self._implicit_government(doc, events)
        events = [ev for ev in events if self._newsworthy(ev) and not self._threatened(ev, events)]
        filings = self._filings_ruled_on(events)  # before retellings fold the ruling's trigger
        events = self._corefer(events)
        # a plan with no day is no event ("plans to challenge it in court", "hearings later
        # this month"; annotation.md); a plan announced back then is dated by the announcement
        events = [
            ev
            for ev in events
            if ev.status != "planned"
            or ev.type == "personnel"  # "will join Meta": the announced move is the news
            or self._announced_partnership(ev)
            or ((ev.trigger.pos_ != "VERB" or ev.date is not None) and not self._vague_plan(ev))
            or ev.fallback_date[0] is not None
        ]
        events = self._date_roundup(events)
        self._date_digest(events)
        events = self._fold_retellings(events)
        events = self._fold_undated_negotiations(events)
        self._affiliate(doc, events)
        events = self._fold_headline(events)
        events = self._date_retold_hearings(events)  # after the parties' organisations
        self._date_hours_apart(events)
        events = self._date_from_announcement(events)
        self._date_lede_by_attribution(events)
        self._date_headline_statements(events)
        self._date_ultimatums(events)
        events = self._drop_headlines_told_below(events)
        events = self._split_counted_filings(events)
        events = self._split_parallel_talks(events)
        events += filings
        return [self._as_dict(ev) for ev in events if ev.actors]

    def _split_parallel_talks(self, events: list[Event]) -> list[Event]:
        """'OpenAI is expected to replace it. xAI and Google are also in talks': subjects
        joined by "and" in talks "also" (too, likewise) each talk with the party the text
        compares them to, not with each other. With no other party named, that is the body
        the article is about (its main military body), which the subjects face; with none,
        one negotiation per subject. One event for all, as the gold keeps such talks."""
        out: list[Event] = []
        body = self._main_military_body()
        for ev in events:
            subjects = self._parallel_subjects(ev)
            if len(subjects) < 2 or len(subjects) < len(ev.actors):
                out.append(ev)  # "also in talks with the Army": the text names the other side
            elif body is not None:
                ev.actors = {
                    body.id: (body.name, "agent", body.type),
                    **{aid: (n, "counterpart", lb) for aid, (n, _r, lb) in ev.actors.items()},
                }
                out.append(ev)
            else:
                out += [replace(ev, actors={aid: ev.actors[aid]}) for aid in subjects]
        return out

    def _parallel_subjects(self, ev: Event) -> list[str]:
        """The agents of a negotiation named by coordinated subjects of a clause marked as
        parallel to another ("also", "too", "likewise")."""
        if ev.type != "negotiation":
            return []
        verb = ev.trigger
        while (
            verb.pos_ not in ("VERB", "AUX")
            and verb.head != verb
            and (verb.pos_ == "ADP" or verb.dep_ in ("dobj", "pobj"))
        ):
            verb = verb.head  # "are in talks", "held talks"
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        if not any(c.dep_ == "advmod" and c.lower_ in onto.PARALLEL for c in verb.children):
            return []
        subjects: list[str] = []
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            for t in (subj, *(k for k in subj.subtree if k.dep_ == "conj")):
                e = self._tok_ent.get(t.i)
                if e is not None and ev.actors.get(e.id_, ("", ""))[1] == "agent":
                    if e.id_ not in subjects:
                        subjects.append(e.id_)
        return subjects

    @staticmethod
    def _split_counted_filings(events: list[Event]) -> list[Event]:
        """'Filed two lawsuits against the agency on Monday': each lawsuit is a filing of its
        own (annotation: two filings on one day are two legal events), however the sentence
        tells them together; not "the two lawsuits", which points back to them."""
        out: list[Event] = []
        for ev in events:
            out.append(ev)
            tok = ev.trigger
            if ev.type != "legal" or tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.dep_ != "dobj":
                continue
            if any(c.dep_ in ("det", "poss") for c in tok.children):
                continue
            count = max(
                (onto.FILING_COUNTS.get(c.lower_, 0) for c in tok.children if c.dep_ == "nummod"),
                default=0,
            )
            out += [replace(ev, actors=dict(ev.actors)) for _ in range(count - 1)]
        return out

    def _drop_headlines_told_below(self, events: list[Event]) -> list[Event]:
        """'Pentagon chief accepts Navy secretary's resignation' above 'Esper accepted Modly's
        resignation on Tuesday': an undated event of the headline, when the body tells an
        event of its type dated near publication, is that event's title, not a second
        happening (annotation.md: a headline describes an event whose date is in the body).
        The title often names the parties otherwise ("Pentagon chief", "SF judge")."""
        return [
            ev
            for ev in events
            if not _in_headline(ev)
            or self._value_of(ev) is not None
            or not any(
                o.type == ev.type
                and not _in_headline(o)
                and self._near_publication(self._value_of(o))
                for o in events
            )
        ]

    def _near_publication(self, value: str | None) -> bool:
        """A date in the month of publication or the month before: the news, not the
        background a body recalls ("modifies a contract awarded in 2017")."""
        if self._published is None or value is None:
            return False
        if re.fullmatch(r"\d{4}-W\d{2}", value):  # a week is in its Thursday's month
            thursday = first_day(value, "week") + timedelta(days=3)
            year, month = thursday.year, thursday.month
        elif re.match(r"\d{4}-\d{2}", value):
            year, month = int(value[:4]), int(value[5:7])
        else:
            return False
        months = (self._published.year - year) * 12 + self._published.month - month
        return 0 <= months <= 1

    @staticmethod
    def _split_chambers(events: list[Event]) -> list[Event]:
        """Each chamber passes a bill in a vote of its own: "versions passed by the Senate
        and House", "after it passed the House, the Senate voted to strip it" tell two
        legislative steps, one per chamber, not one."""
        out: list[Event] = []
        for ev in events:
            chambers = [aid for aid in ev.actors if aid in CHAMBERS]
            if (
                ev.type != "policy"
                or len(chambers) < 2
                or len(chambers) != len(ev.actors)
                or ev.trigger.lemma_.lower() not in onto.LEGISLATIVE_RETYPE
            ):
                out.append(ev)
                continue
            for aid in chambers:
                out.append(replace(ev, actors={aid: ev.actors[aid]}))
        return out

    # ------------------------------------------------------------------ background awards
    def _predecessor_deals(self, events: list[Event]) -> None:
        """'The award modifies a contract awarded in 2017', 'this contract follows a $200
        million deal last November': a news award often recalls, with a date of its own, the
        earlier award it modifies, extends or follows. That earlier award names no party;
        its parties are those of the last award the article told before it.
        """
        for i, ev in enumerate(events):
            if ev.type != "contract" or ev.date is None or not ev.date.value:
                continue
            if not self._told_as_predecessor(ev.trigger):
                continue
            if ev.actors:
                # "building on its 2024 DoD contract", "the initial $480 million agreement":
                # its own parties, not the news; but "extended its contract with Acme on
                # Monday" is dated by the extension
                span = ev.date.span
                ev.predecessor = _called_earlier(ev.trigger) or (
                    span is not None and span.root in ev.trigger.subtree
                )
                continue
            # the award just told, else the article's last award before it ("this latest
            # contract follows …" paragraphs after the lede told it)
            source = next(
                (
                    o
                    for o in reversed(events[:i])
                    if o.type == "contract"
                    and o.actors
                    and not o.predecessor
                    and o.trigger.i < ev.trigger.i
                ),
                None,
            )
            if source is None or self._value_of(source) == ev.date.value:
                continue
            ev.actors = dict(source.actors)
            ev.predecessor = True

    @staticmethod
    def _told_as_predecessor(tok: Token) -> bool:
        """The deal noun is what a newer award modifies, follows or builds on, or is
        called the original (initial, previous) one."""
        if _called_earlier(tok):
            return True
        while tok.dep_ in ("conj", "nmod") and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head  # "building on its 2024 contract and (its) collaboration"
        head = tok.head
        if tok.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head  # "builds on a contract", "an extension of the 2020 deal"
        return tok.dep_ in ("dobj", "pobj") and head.lemma_.lower() in PREDECESSOR_VERBS

    def _presidential_orders(self, events: list[Event]) -> None:
        """'Executive Order 14179 of January 23, 2025', 'the June 2025 executive order': an
        executive order is the president's, so a dated one that names no signer was signed
        by the president in office on its date (for a month or a year, at its end), acting
        for the administration the article names."""
        for ev in events:
            tok = ev.trigger
            if ev.type != "policy" or ev.actors or ev.date is None or not ev.date.value:
                continue
            if tok.lemma_.lower() != "order" or not any(
                c.dep_ in ("compound", "amod") and c.lower_ == "executive" for c in tok.children
            ):
                continue
            value = ev.date.value
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
                continue
            day = value + ("-12-31" if len(value) == 4 else "-31" if len(value) == 7 else "")
            if self._published is not None:
                day = min(day, self._published.isoformat())
            pid = next((p for start, _, p in reversed(PRESIDENCIES) if start <= day), None)
            entry = self.gazetteer.get(pid) if pid else None
            if entry is None:
                continue
            ev.actors[pid] = (entry.name, "agent", "PERSON")
            for ent in self._ents:  # "the second Trump Administration": the one he acts for
                admin = self.gazetteer.get(ent.id_)
                if admin is not None and pid in admin.tags and ent.id_.endswith("-administration"):
                    ev.actors.setdefault(ent.id_, (admin.name, "agent", "ORG"))

    # ------------------------------------------------------------------ court cases
    def _filings_ruled_on(self, events: list[Event]) -> list[Event]:
        """A ruling on a filing tells two happenings: "the GAO denied Acme's protest over the
        Army contract" is the ruling and, before it, Acme's protest against the Army
        (annotation.md: one event per real happening). The filing is added, undated, with the
        parties its noun names, unless the article already tells it."""
        added: list[Event] = []
        for ev in events:
            if ev.type != "legal":
                continue
            noun = self._filing_ruled_on(ev.trigger)
            if noun is None:
                continue
            verb = noun.head
            judges = {e.id_ for c in verb.children if c.dep_ in SUBJ for e in self._ents_of(c)}
            filing = Event(type="legal", trigger=noun, sent=ev.sent, confidence=0.5)
            # "rejected Acme's challenge to an Army order": the parser often hangs the
            # filing's object on the verb
            tokens = list(noun.subtree) + [
                t
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ in ("to", "over", "against", "of")
                for t in c.subtree
            ]
            for tok in tokens:
                ent = self._entity_at(tok)
                if ent is None or ent.id_ in judges or self._place_modifier(ent):
                    continue
                filing.add(ent, "agent" if ent.start < noun.i else "target", self._names)
            if not filing.actors:
                continue
            told = [
                o
                for o in events + added
                if o is not ev
                and o.type == "legal"
                and set(o.actors) & set(filing.actors)
                and (o in added or self._filing_told(o.trigger))
            ]
            if not told:
                added.append(filing)
        return added

    @staticmethod
    def _disputed(noun: Token) -> bool:
        """An award or order named as what a filing disputes: "a protest over the terms of a
        Navy contract", "a challenge to a $54 million task order"."""
        cur = noun
        for _ in range(4):
            head = cur.head
            if head == cur:
                return False
            if cur.dep_ == "prep" and cur.lower_ in ("over", "to", "against", "of"):
                if head.lemma_.lower() in onto.FILING_NOUNS:
                    return True
                if head.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in onto.FILING_NOUNS
                    for c in head.children
                ):
                    return True  # "rejected X's challenge to an order", PP on the verb
            if cur.dep_ not in ("pobj", "prep"):
                return False
            cur = head
        return False

    @staticmethod
    def _filing_ruled_on(tok: Token) -> Token | None:
        """The filing noun a ruling verb takes: "rejected the company's challenge", "the
        protest was denied"; the trigger is either the verb or the noun."""
        verb = tok if tok.pos_ == "VERB" else tok.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in onto.RULINGS_ON_FILINGS:
            return None
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in onto.FILING_NOUNS:
                return c
        return None

    def _filing_told(self, tok: Token) -> bool:
        """A trigger that tells a filing itself ("filed a protest", "sued"), not a ruling."""
        if _court_step(tok) == "filing" and tok.pos_ == "VERB":
            return True
        return tok.lemma_.lower() in onto.FILING_NOUNS and self._filing_ruled_on(tok) is None

    @staticmethod
    def _place_modifier(ent: Span) -> bool:
        """A place that only describes a noun: "a Virginia small business"."""
        root = ent.root
        return ent.label_ in ("GPE", "LOC") and root.dep_ in (
            "compound",
            "amod",
            "nmod",
            "npadvmod",
        )

    # ------------------------------------------------------------------ people and bodies
    def _affiliate(self, doc: Doc, events: list[Event]) -> None:
        """A person acting for an organisation brings it along ("Anthropic CEO Dario Amodei",
        "Defense Secretary Pete Hegseth"), when the article names that organisation."""
        if not any(a[2] == "PERSON" for ev in events for a in ev.actors.values()):
            return
        present = {e.id_ for e in self._ents}
        links: dict[str, set[str]] = {}
        for i, ent in enumerate(self._ents):
            if ent.label_ != "PERSON":
                continue
            found = links.setdefault(ent.id_, set())
            entry = self.gazetteer.get(ent.id_)
            for tag in entry.tags if entry is not None else ():
                org = self.gazetteer.get(onto.TAG_ORGS.get(tag, tag))
                if org is not None and org.type == "ORG" and org.id in present:
                    found.add(org.id)
            found.update(self._titled_by(doc, i, ent))
        for ev in events:
            for aid, (_name, role, label) in list(ev.actors.items()):
                if label != "PERSON":
                    continue
                for oid in sorted(links.get(aid, ())):
                    if oid not in ev.actors:
                        entry = self.gazetteer.get(oid)
                        name = entry.name if entry is not None else self._name_of(oid)
                        ev.actors[oid] = (name, role, "ORG")

    def _fold_headline(self, events: list[Event]) -> list[Event]:
        """'Pentagon unveils $1 billion drone investment' over 'Deputy Secretary Kathleen
        Hicks announced a planned $1 billion investment': an undated headline told again in
        the body by a person acting for the headline's organisation is one happening, which
        only the organisations brought along by _affiliate show."""
        out = []
        for ev in events:
            if _in_headline(ev) and ev.date is None:
                twin = next(
                    (
                        o
                        for o in events
                        if o is not ev and not _in_headline(o) and self._same_happening(o, ev)
                    ),
                    None,
                )
                if twin is not None:
                    for aid, val in ev.actors.items():
                        twin.actors.setdefault(aid, val)
                    continue
            out.append(ev)
        return out

    def _name_of(self, eid: str) -> str:
        return next((e.text for e in self._ents if e.id_ == eid), eid)

    def _titled_by(self, doc: Doc, i: int, ent: Span) -> set[str]:
        """Organisations a title next to this mention ties the person to."""
        out: set[str] = set()
        words: list[str] = []
        j = ent.start - 1
        lower = max(ent.sent.start, ent.start - 7)
        while j >= lower:
            other = self._tok_ent.get(j)
            if other is not None:
                # "In a speech at SpaceX, Hegseth said": a comma with no title between
                # is no tie ("Anthropic's chief executive, Dario Amodei" is one)
                if other.label_ == "ORG" and (words[-1:] != [","] or set(words) - _CONNECTIVES):
                    out.add(other.id_)
                break
            if (
                doc[j].lower_ not in onto.TITLE_WORDS
                and not doc[j].is_title
                and not self._in_title(doc[j], ent.start)
            ):
                break
            words.insert(0, doc[j].lower_)
            j -= 1
        title = " ".join(words)
        out.update(oid for phrase, oid in onto.TITLE_ORGS.items() if phrase in title)
        # "Dario Amodei, the chief executive of Anthropic"; "Amodei, Anthropic's CEO"
        if ent.end < len(doc) and doc[ent.end].text == ",":
            j, upper = ent.end + 1, min(ent.sent.end, ent.end + 8)
            while j < upper:
                other = self._tok_ent.get(j)
                if other is not None:
                    if other.label_ == "ORG" and any(
                        doc[k].lower_ in onto.TITLE_WORDS - {",", "the", "of", "at", "and", "its"}
                        for k in range(ent.end + 1, min(upper, other.end + 3))
                    ):
                        out.add(other.id_)
                    break
                if doc[j].lower_ not in onto.TITLE_WORDS:
                    break
                j += 1
        return {o for o in out if o and o != ent.id_}

    @staticmethod
    def _in_title(tok: Token, name_start: int) -> bool:
        """'Palantir's chief strategy officer Victor Hale': a word that qualifies a title word
        before the name ("strategy", "operating") is part of the title."""
        head = tok.head
        return (
            tok.dep_ in ("compound", "amod")
            and tok.i < head.i < name_start
            and head.lower_ in onto.TITLE_WORDS
        )

    def _date_hours_apart(self, events: list[Event]) -> None:
        """'OpenAI reached a deal on Friday, hours after Trump ordered agencies to stop …':
        an undated event told as hours before or after a dated one happened that day; so
        does one hours from what "it" (the event just told) was."""

        def verb_of(ev: Event) -> Token | None:
            tok = ev.trigger
            return tok if tok.pos_ in ("VERB", "AUX") else self._verb_of(tok)

        dated = self._dated_to_day
        by_verb = {v.i: ev for ev in events if dated(ev) and (v := verb_of(ev)) is not None}
        for ev in events:
            if ev.date is not None or ev.fallback_date[0] is not None:
                continue
            verb = verb_of(ev)
            if verb is None or verb.dep_ not in ("advcl", "pcomp", "pobj"):
                continue
            link = [c for c in verb.children if c.dep_ == "mark"] or (
                [verb.head] if verb.dep_ in ("pcomp", "pobj") else []
            )
            if not any(t.lower_ in ("after", "before") for t in link):
                continue
            near = [*verb.children, *(c for t in link for c in t.children)]
            if not any(t.lemma_.lower() in ("hour", "minute") for t in near):
                continue
            head = verb.head if verb.dep_ == "advcl" else verb.head.head
            anchor = by_verb.get(head.i)
            if anchor is None and any(
                c.dep_ in SUBJ and c.lower_ in ("it", "this", "that") for c in head.children
            ):
                told = [o for o in events if dated(o) and o.sent.end <= ev.sent.start]
                anchor = max(told, key=lambda o: o.sent.start, default=None)
                if anchor is not None and anchor.sent.end != ev.sent.start:
                    anchor = None  # "it" is only the event of the sentence just before
            if anchor is not None:
                ev.date, ev.date_score = anchor.date, 4

    def _date_at_once(self, events: list[Event]) -> None:
        """'Anthropic was simultaneously banned from all federal business', 'In parallel,
        Trump signed three orders': at the same time as the dated event told just before
        (before the merge, so that an undated act is not folded into an older one)."""
        for ev in events:
            tok = ev.trigger
            verb = tok if tok.pos_ in ("VERB", "AUX") else self._verb_of(tok)
            if ev.date is not None or verb is None or not self._at_once(verb):
                continue
            told = [o for o in events if self._dated_to_day(o) and o.trigger.i < tok.i]
            anchor = max(told, key=lambda o: o.trigger.i, default=None)
            if anchor is not None and ev.sent.start - anchor.sent.end < 60:
                ev.date, ev.date_score = anchor.date, 4

    @staticmethod
    def _dated_to_day(ev: Event) -> bool:
        return ev.date is not None and ev.date.precision == "day" and ev.date.value is not None

    @staticmethod
    def _at_once(verb: Token) -> bool:
        """'was simultaneously banned', 'In parallel, Trump signed …', 'At the same time, the
        Army ordered …': the verb is put at the time of the event told just before."""
        for c in verb.children:
            if c.dep_ == "advmod" and c.lower_ in onto.AT_ONCE:
                return True
            if c.dep_ == "prep" and any(
                (c.lower_, g.lemma_.lower()) in onto.AT_ONCE_PHRASES
                and (g.lower_ != "time" or any(k.lower_ == "same" for k in g.children))
                for g in c.children
                if g.dep_ == "pobj"
            ):
                return True
        return False

    def _date_from_announcement(self, events: list[Event]) -> list[Event]:
        """'X announced on Monday that it will supply the Navy with drones. The deal will see
        X build …': a sentence opened by a definite agreement noun ("The deal", "The
        agreement") names back what the sentence just before announced; an undated event it
        tells takes the day of that announcement (annotation.md: the date the article gives
        for the same happening elsewhere), and the announcement, a statement of the same
        party, is that event told once."""
        drop: set[int] = set()
        for ev in events:
            if ev.type not in AGREEMENT_TYPES or self._value_of(ev) is not None:
                continue
            sent = ev.sent
            first = next((t for t in sent if not t.is_punct and not t.is_space), None)
            if (
                first is None
                or first.lower_ not in ("the", "this", "that")
                or first.head.lemma_.lower() not in onto.DEAL_NOUNS
                or first.head.dep_ not in SUBJ
            ):
                continue
            if self._inside_other_event(ev.trigger, ev.type) is not None:
                continue  # "The deal builds on …, before the office announced awards": not it
            told = [
                o
                for o in events
                if o is not ev
                and o.sent.end <= sent.start
                and o.sent.end >= sent.start - 1
                and self._value_of(o) is not None
                and set(o.actors) & set(ev.actors)
            ]
            if len(told) != 1:
                continue
            o = told[0]
            ev.date, ev.date_score, ev.fallback_date = o.date, 4, (None, None)
            if o.type == "statement" and o.trigger.lemma_.lower() in onto.ANNOUNCING:
                for aid, val in o.actors.items():
                    ev.actors.setdefault(aid, val)
                drop.add(id(o))
        return [ev for ev in events if id(ev) not in drop]

    # the lede's news and the path from a date to the verb that attributes it
    _LEDE_TYPES = {"contract", "partnership", "funding", "policy", "launch"}
    _FRAMING_DEPS = {"npadvmod", "prep", "pobj", "acl", "advmod", "tmod"}

    def _date_lede_by_attribution(self, events: list[Event]) -> None:
        """'Leidos has secured a contract to …' then 'The company will build …, the Pentagon
        said Thursday': a news lede often tells its one happening with no date ("has won",
        "announced") and the sentences right after it name the day it was made public, on
        the verb that attributes them. That day dates the lede's happening (annotation.md:
        the date the article gives for the same happening elsewhere; the day a deal or a
        decision is announced is the day it is made)."""
        if self._published is None or not events:
            return
        sents = list(events[0].sent.doc.sents)
        index = {s.start: i for i, s in enumerate(sents)}
        # the lede: the first sentence that ends as one (a headline above it has no stop)
        lede = next((i for i, s in enumerate(sents) if s.text.rstrip().endswith(".")), 0)
        for ev in events:
            if ev.type not in self._LEDE_TYPES or self._value_of(ev) is not None:
                continue
            i = index.get(ev.sent.start)
            if i is None or i > lede or self._told_as_earlier(ev):
                continue
            if self._clause(ev.trigger) != ev.sent.root:
                continue  # the news is the sentence's main clause, not a clause inside it
            following = sents[i + 1 : i + 4]
            d = self._attribution_day(following)
            if d is not None and self._tells_other(d.span.sent, ev.type):
                d = None
            if d is None:
                d = self._retold_day(ev, events, following)
            if d is not None:
                ev.date, ev.date_score, ev.fallback_date = d, 4, (None, None)

    def _retold_day(self, ev: Event, events: list[Event], sents: list[Span]) -> DateMention | None:
        """'The administration has announced a policy …' then 'On July 23, the White House
        published its AI Action Plan': the first happening of the lede's kind told in the
        sentences right after it, dated to a recent day or week, is the lede's told again
        with its date (annotation.md: the date the article gives for the same happening elsewhere)."""
        if not sents:
            return None
        later = sorted(
            (
                o
                for o in events
                if o.type == ev.type and sents[0].start <= o.trigger.i < sents[-1].end
            ),
            key=lambda o: o.trigger.i,
        )
        d = later[0].date if later else None
        return d if d is not None and self._recent_day(d) else None

    def _recent_day(self, d: DateMention) -> bool:
        """A day or an ISO week of the week up to publication, not inside a quotation."""
        if self._published is None or d.precision not in ("day", "week"):
            return False
        day = first_day(d.value, d.precision)
        if day is None or _quoted(self._text, d.span[0]):
            return False
        return 0 <= (self._published - day).days <= 7

    def _date_headline_statements(self, events: list[Event]) -> None:
        """'Hegseth warns defense companies …' above 'By Tony Bertuca / November 7, 2025': a
        headline's statement with no date of its own, over a line that only dates the
        article (a byline or dateline, no verb), is the news of that day (annotation.md: the
        article reports it as happening that day)."""
        if self._published is None or not events:
            return
        sents = list(events[0].sent.doc.sents)
        lines = []
        for sent in sents[1:4]:
            if any(t.pos_ in ("VERB", "AUX") for t in sent):
                break
            lines.append(sent)
        day = next(
            (
                d
                for d in self._dates
                for sent in lines
                if sent.start <= d.span.start < sent.end
                and d.precision == "day"
                and d.value == str(self._published)
            ),
            None,
        )
        if day is None:
            return
        for ev in events:
            if ev.type == "statement" and ev.sent == sents[0] and self._value_of(ev) is None:
                ev.date, ev.date_score, ev.fallback_date = day, 4, (None, None)

    def _tells_other(self, sent: Span, etype: str) -> bool:
        """A sentence telling a done happening of another kind ("GenAI.mil was
        established") is not the lede's happening told again; a plan ("will create a
        prototype") is what the deal is for."""
        for t in sent:
            other = self._trig_types.get(t.i)
            if other is None or other in (etype, "statement"):
                continue
            verb = t if t.pos_ in ("VERB", "AUX") else self._verb_of(t)
            if verb is None or not any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might")
                for c in verb.children
            ):
                return True
        return False

    def _attribution_day(self, sents: list[Span]) -> DateMention | None:
        """The first date in these sentences, when it is a recent day or week on the verb
        that attributes its sentence ("…, Microsoft said Wednesday", "In a video posted on
        Wednesday, the secretary said", "executives told reporters earlier this week"); None
        when the first date is any other."""
        for sent in sents:
            dated = [d for d in self._dates if sent.start <= d.span.start < sent.end]
            if not dated:
                continue
            d = dated[0]
            if not self._recent_day(d):
                return None
            verb = sent.root
            # a news outlet's report tells when it was reported, not when it was done
            if verb.lemma_.lower() not in onto.ATTRIBUTING - {"report"}:
                return None
            t = d.span.root
            while t != verb:
                if t.dep_ not in self._FRAMING_DEPS or t.head == t:
                    return None
                t = t.head
            return d
        return None

    def _fold_retellings(self, events: list[Event]) -> list[Event]:
        """An article tells of one designation or one ultimatum, however often it names it
        ("seeking to overturn the designation", "the threat"): an undated mention folds into
        the one dated happening of its type, bringing its parties along."""
        out = []
        for ev in events:
            dated = [
                o
                for o in events
                if o.type == ev.type and o is not ev and o.date is not None and o.date.value
            ]
            if (
                ev.type in onto.ONCE_PER_ARTICLE
                and (ev.date is None or ev.date.value is None)
                and len({o.date.value for o in dated}) == 1
            ):
                for aid, val in ev.actors.items():
                    dated[0].actors.setdefault(aid, val)
                continue
            out.append(ev)
        return out

    @staticmethod
    def _fold_undated_negotiations(events: list[Event]) -> list[Event]:
        """'Anthropic refused to allow the military to use Claude unless …', then 'The
        Pentagon declined those terms': a dispute between parties is one negotiation event
        unless the text dates its steps (tests/gold/real/README.md), so an undated step whose
        parties are all in another undated negotiation of the article folds into it (a dated
        one is a step of its own: "negotiated a contract on Friday" after "a public feud")."""
        undated = [
            ev
            for ev in events
            if ev.type == "negotiation" and (ev.date is None or not ev.date.value)
        ]
        return [
            ev
            for ev in events
            if ev not in undated
            or not any(
                o is not ev and ev.actors and set(ev.actors) < set(o.actors) for o in undated
            )
        ]

    @staticmethod
    def _hearing(ev: Event) -> bool:
        """A meeting told as a hearing: "testified Tuesday", "during a committee hearing"."""
        lemma = ev.trigger.lemma_.lower()
        return ev.type == "meeting" and lemma in ("hearing", "testify")

    def _date_retold_hearings(self, events: list[Event]) -> list[Event]:
        """'Driscoll and George testify Wednesday during a House hearing', then 'Driscoll said
        during a lengthy hearing': a hearing told again with no date of its own is the
        hearing the article dates (annotation.md: an event takes the date the article gives
        for the same happening elsewhere). It folds into that one when they share a party;
        else it is another hearing of that day ("in two hearings on Tuesday") and takes its
        date. Someone's own hearing ("his confirmation hearing") is background: left."""
        dated = [ev for ev in events if self._hearing(ev) and ev.date is not None and ev.date.value]
        if len({ev.date.value for ev in dated}) != 1:
            return events
        out = []
        for ev in events:
            if (
                self._hearing(ev)
                and ev.trigger.lemma_.lower() == "hearing"
                and (ev.date is None or ev.date.value is None)
                and ev.status in ("occurred", "reported")
                and not any(c.dep_ == "poss" for c in ev.trigger.children)
            ):
                twin = next((o for o in dated if set(o.actors) & set(ev.actors)), None)
                if twin is not None:
                    for aid, val in ev.actors.items():
                        twin.actors.setdefault(aid, val)
                    continue
                ev.date, ev.date_score = dated[0].date, 4
                ev.fallback_date = (None, None)
            out.append(ev)
        return out

    def _date_roundup(self, events: list[Event]) -> list[Event]:
        """'The Department of Defense awarded 10 contracts Friday', then each award: a roundup
        counts the day's contracts without naming who won; the awards it lists are the
        events, each of that day, and the count is no event of its own."""
        events = self._date_from_retelling(events)
        day = self._roundup
        if day is None:
            return events
        lede = day.span.sent
        awards = [
            ev
            for ev in events
            if ev.type == "contract" and ev.sent.start > lede.start and self._parties(ev)
        ]
        if not awards:
            return events
        for ev in awards:
            if ev.date is None and ev.status == "occurred" and not self._told_as_earlier(ev):
                ev.date, ev.date_score = day, 4
        return [
            ev
            for ev in events
            if not (ev.type == "contract" and ev.sent == lede and not self._parties(ev))
        ]

    def _date_digest(self, events: list[Event]) -> None:
        """'Defense Tech Daily — 2026-05-28': a title that is a name and a day heads a digest
        of that day; the awards and rounds it lists with no date of their own are of that
        day, as a roundup's are (annotation.md: the date the article gives for them)."""
        line_end = self._text.find("\n")
        if line_end < 0:
            return
        day = next(
            (
                d
                for d in self._dates
                if d.precision == "day"
                and d.value is not None
                and d.span.end_char <= line_end
                and not self._text[d.span.end_char : line_end].strip()
            ),
            None,
        )
        if day is None:
            return
        name = self._text[: day.span.start_char].strip().rstrip("-\u2013\u2014:|,").split()
        if not 1 <= len(name) <= 5 or not all(w[:1].isupper() for w in name):
            return
        for ev in events:
            if (
                ev.type in ("contract", "funding")
                and ev.sent.start_char > line_end
                and self._value_of(ev) is None
                and ev.status == "occurred"
                and not self._told_as_earlier(ev)
            ):
                ev.date, ev.date_score = day, 4

    def _date_from_retelling(self, events: list[Event]) -> list[Event]:
        """'Lockheed contracted for F-35 support' (the headline), then 'The deal, announced
        Wednesday by the Department of Defense, is valued at …' or 'Announced on June 17, this
        modification will fund …': a definite retelling dated by its making public, naming
        no party but the government's, is the one undated event of its type told before it
        (annotation.md: an event takes the date the article gives for the same happening
        elsewhere). It dates that event, and folds into it when it was an event itself."""
        out = list(events)
        by_trigger = {ev.trigger.i: ev for ev in events}
        for d in self._dates:
            if d.value is None or d.precision not in ("day", "month"):
                continue
            noun = self._retold_noun(d)
            if noun is None:
                continue
            etype = self._trig_types.get(noun.i, "contract")
            r = by_trigger.get(noun.i)
            if r is not None and (r not in out or self._parties(r)):
                continue  # names a company of its own: its own happening
            before = [e for e in out if e.type == etype and e.sent.end <= noun.sent.start]
            if len(before) != 1 or (before[0].date is not None and before[0].date.value):
                continue  # none, or two told before: which one is meant is not known
            told = before[0]
            if not self._parties(told):
                continue
            told.date, told.date_score = d, 4
            told.fallback_date = (None, None)
            if r is not None:
                for aid, val in r.actors.items():
                    told.actors.setdefault(aid, val)
                told.amount = told.amount or r.amount
                out.remove(r)
        return out

    def _retold_noun(self, d: DateMention) -> Token | None:
        """The definite event noun a date of making public hangs on: 'the deal, announced
        Wednesday', 'Announced on June 17, this modification …'. None otherwise."""
        verb = d.span.root.head
        if verb.dep_ == "prep":
            verb = verb.head
        # a participle; the tagger reads one opening a sentence as a past tense
        if verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in onto.RETELLING_VERBS:
            return None
        if verb.dep_ == "acl":
            noun = verb.head
        elif verb.dep_ == "advcl" and verb.i < verb.head.i:
            noun = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        else:
            return None
        if noun is None or noun.pos_ != "NOUN":
            return None
        if noun.i not in self._trig_types and not self._award_noun(noun):
            return None
        definite = any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children
        )
        return noun if definite else None

    @staticmethod
    def _award_noun(noun: Token) -> bool:
        """'this modification', 'the award': a word that names an award only with a figure or
        'contract' beside it (NOUN_NEEDS), told again with the day it was made public."""
        return onto.NOUN_TRIGGERS.get(noun.lemma_.lower()) == "contract"

    def _roundup_day(self) -> DateMention | None:
        """The day of a count of contracts with no winner named ('issued 29 new contracts
        Friday')."""
        for d in self._dates:
            if d.precision != "day" or d.value is None:
                continue
            sent = d.span.sent
            counted = any(
                t.lemma_.lower() == "contract"
                and t.tag_ == "NNS"
                and (
                    any(c.dep_ == "nummod" for c in t.children)
                    or any(  # "awarded defense contracts to companies on Friday"
                        c.dep_ in ("dative", "prep")
                        and c.lower_ == "to"
                        and any(o.lemma_.lower() in onto.AWARDEES for o in c.children)
                        for c in t.head.children
                    )
                )
                for t in sent
            )
            # "…, including one of over a billion dollars to Lockheed Martin": an example
            including = next((t.i for t in sent if t.lower_ == "including"), sent.end)
            examples = range(including, sent.end)
            named = {
                e.id_
                for e in self._ents
                if sent.start <= e.start < sent.end
                and e.label_ == "ORG"
                and e.start not in examples
            }
            if counted and all(self._is_government(i) for i in named):
                return d
        return None

    @staticmethod
    def _told_as_earlier(ev: Event) -> bool:
        """'a previously awarded contract', 'had won': an award from before the roundup."""
        window = ev.trigger.doc[max(ev.trigger.i - 4, ev.sent.start) : ev.trigger.i + 1]
        return any(
            t.lower_ in onto.EARLIER_WORDS | {"previously", "originally"} for t in window
        ) or any(c.dep_ == "aux" and c.lower_ == "had" for c in ev.trigger.children)

    def _date_ultimatums(self, events: list[Event]) -> None:
        """An ultimatum is dated the day it was made: with no date of its own, the day of the
        meeting between the same parties at which it was delivered."""
        meetings = [
            ev
            for ev in events
            if ev.type == "meeting" and ev.date is not None and ev.date.precision == "day"
        ]
        for ev in events:
            if ev.type != "ultimatum" or ev.date is not None:
                continue
            for m in meetings:
                # delivered at a meeting is delivered to someone: a threat naming no one it
                # was made to ("threatened to resign") was not made at a meeting of its party
                made_to = any(v[1] != "agent" for v in ev.actors.values())
                if made_to and len(set(m.actors) & set(ev.actors)) >= 2:
                    ev.date, ev.date_score = m.date, 4
                    ev.fallback_date = (None, None)
                    break
        # and the other way: "Hegseth Tuesday gave Anthropic until Friday … In a tense
        # meeting, Hegseth told Amodei …": the meeting told next is the one it was made at
        dated = [
            ev
            for ev in events
            if ev.type == "ultimatum" and ev.date is not None and ev.date.precision == "day"
        ]
        for m in events:
            if m.type != "meeting" or m.date is not None or m.fallback_date[0] is not None:
                continue
            for u in dated:
                near = abs(m.sent.start - u.sent.end) < 80 or abs(u.sent.start - m.sent.end) < 80
                if near and len(set(m.actors) & set(u.actors)) >= 2:
                    m.date, m.date_score = u.date, 4
                    break
        self._date_at_meeting(events)

    def _date_at_meeting(self, events: list[Event]) -> None:
        """'Hegseth visited Starbase on Tuesday … During the visit, Hegseth confirmed the
        appointment of …': a step taken during or at a gathering told before, with no date of
        its own, is of the day of that gathering (the last dated meeting before it that
        shares an actor)."""
        meetings = [
            ev
            for ev in events
            if ev.type == "meeting"
            and ev.date is not None
            and ev.date.precision == "day"
            and ev.date.value is not None
        ]
        if not meetings:
            return
        for ev in events:
            if ev.date is not None or ev.fallback_date[0] is not None or ev.type == "meeting":
                continue
            tok = ev.trigger
            verb = tok if tok.pos_ in ("VERB", "AUX") else self._verb_of(tok)
            if verb is None or not self._during_gathering(verb):
                continue
            told = [
                m
                for m in meetings
                if m.sent.end <= ev.sent.start and set(m.actors) & set(ev.actors)
            ]
            if told:
                ev.date, ev.date_score = told[-1].date, 4

    def _during_gathering(self, verb: Token) -> bool:
        """'During the Starbase event, X …', 'at the meeting, X …': a definite gathering."""
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("during", "at"):
                continue
            for noun in prep.children:
                if (
                    noun.dep_ == "pobj"
                    and noun.lemma_.lower() in onto.GATHERINGS
                    and any(
                        c.dep_ == "det" and c.lower_ in ("the", "that", "this")
                        for c in noun.children
                    )
                ):
                    return True
        return False

    # ------------------------------------------------------------------ filters
    def _newsworthy(self, ev: Event) -> bool:
        """Drop what only colours the story (annotation.md, "What is an event").

        An attribution verb ("said", "told", "stated") is an event only when the text dates
        it in its own clause or it is a quote given to an outlet for this story; products
        are never actors that sign, meet, sue or are designated.
        """
        for aid in [a for a, (_n, _r, label) in ev.actors.items() if label == "PRODUCT"]:
            _name, role, _label = ev.actors[aid]
            if ev.type not in onto.PRODUCT_ACTOR_TYPES:
                del ev.actors[aid]
            if ev.type == "statement" and role == "agent":
                continue  # "Grok posted antisemitic replies": a chatbot's output is no word
                # of its maker's; the maker speaks only where the text says it did
            maker = self._maker(aid)
            maker_role = _maker_role(ev.type, role)
            if maker is not None and maker.id not in ev.actors and maker_role is not None:
                ev.actors[maker.id] = (maker.name, maker_role, maker.type)
        self._drop_owners(ev)
        if ev.type == "operation" and len(ev.actors) > 1:
            # "an overnight Caracas raid", "a raid on Caracas": a city or a state is where an
            # operation happened, never a side of it (a country may be; annotation.md)
            for aid in [a for a in ev.actors if self._subnational(a)]:
                del ev.actors[aid]
        self._copula_antecedent(ev)
        if not ev.actors:
            return self._definite(ev)  # "the contract, announced on May 29": see _corefer
        if ev.loose and len([a for a in ev.actors.values() if a[2] == "ORG"]) < 2:
            return False
        if ev.type in onto.MONEY_TYPES and ev.amount is None and not ev.priced:
            return False
        if ev.trigger.lemma_.lower() in onto.SELECTING | {"tap"} and ev.type == "contract":
            kinds = {self._is_government(aid) for aid, a in ev.actors.items() if a[2] == "ORG"}
            if kinds != {True, False}:
                return False  # "picked a format", "chose Anthropic's model": no award
            if ev.trigger.pos_ == "VERB" and not any(
                c.dep_ in ("dobj", "nsubjpass")
                and (self._tok_ent_all.get(c.i) is not None or c.lemma_.lower() in COMPANY_WORDS)
                for c in ev.trigger.children
            ):
                return False  # "its leadership had chosen politics over patriotism"
        if ev.type == "personnel" and _moves_to_come(ev.trigger) and self._value_of(ev) is None:
            return False  # "more firings are coming": moves foreseen, no one moved yet
        if (
            ev.type == "personnel"
            and ev.trigger.lemma_.lower() in onto.PERSON_OBJECT_VERBS - onto.PLACE_OBJECT_VERBS
            and self._object_is_no_person(ev.trigger)
        ):
            return False  # "is promoting the idea that …", "replaced the old system"
        if (
            ev.type == "personnel"
            and ev.trigger.lemma_.lower() in onto.PERSON_OBJECT_VERBS
            and not any(a[2] == "PERSON" for a in ev.actors.values())
            # "hired a former Pentagon official": a person named by role
            and not self._argument_is(
                ev.trigger, ("dobj", "nsubjpass", "nsubj", "oprd"), onto.ROLE_NOUNS, None
            )
        ):
            return False
        if ev.type == "negotiation" and self._told_by_a_side(ev.trigger):
            return False  # "we have been having productive conversations": colour
        if ev.type == "statement" and self._words_of_ruling(ev.trigger):
            return False  # "In an injunction issued Thursday, she wrote that …": its content
        if ev.type == "statement" and ev.weak:
            if self._person_told_press(ev.trigger):
                return False  # "Sen. Gary Peters told Axios": a quote for this story, colour
            dated = ev.date is not None and ev.date.value is not None and ev.date_score <= 1
            if self._posted_quote(ev.trigger):
                return False  # "confirmed in a post on Friday that …": a quote, however dated
            return (dated and not self._dated_by_appearance(ev)) or ev.to_press
        if ev.type == "statement" and self._posted_quote(ev.trigger):
            return False  # "In a video posted to X on Wednesday, …": the medium of a quote
        return True

    def _told_by_a_side(self, tok: Token) -> bool:
        """'we had been having productive conversations with the department': talks a side
        tells of in the first person only colour the story (annotation.md, "Statements")."""
        verb = tok if tok.pos_ == "VERB" else self._verb_of(tok)
        return verb is not None and any(
            c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in verb.children
        )

    def _words_of_ruling(self, verb: Token) -> bool:
        """'In a preliminary injunction issued Thursday, the judge wrote that …': words
        quoted from a ruling are what it says, the one happening the ruling already is, not
        a statement beside it (a memo is a medium of words, and its words can be news)."""
        return any(
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(g.dep_ == "pobj" and self._trig_types.get(g.i) == "legal" for g in c.children)
            for c in verb.children
        )

    @staticmethod
    def _posted_quote(tok: Token) -> bool:
        """'wrote in a Tuesday X post that …', 'confirmed in a post that …', 'In a video
        posted to X, he said …': words quoted from a social-media post colour the story
        whatever their date; a blog post is a published essay, and stays news."""
        lemma = tok.lemma_.lower()
        if lemma == "post" and tok.dep_ == "acl":
            return tok.head.lemma_.lower() in onto.SOCIAL_POSTS
        if lemma not in onto.SAYING_VERBS and lemma not in ("confirm", "add"):
            return False
        return any(
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(
                p.dep_ == "pobj"
                and p.lemma_.lower() in onto.SOCIAL_POSTS
                and not any(m.lower_ == "blog" for m in p.children)
                for p in c.children
            )
            for c in tok.children
        )

    @staticmethod
    def _dated_by_appearance(ev: Event) -> bool:
        """'During a briefing on Feb. 11, the Army said …', 'said in a discussion at an event
        in April', 'said at a press conference on Friday': the date is the appearance's,
        where a quote was taken; a quote in passing stays one. ("Speaking at a forum on
        Tuesday, she said …" is the saying itself, dated by its framing clause.)"""
        assert ev.date is not None
        head = ev.date.span.root
        chain = []
        for a in [head, *head.ancestors]:
            if a == ev.trigger:
                break
            chain.append(a)
        if any(
            a.dep_ == "advcl" and a.tag_ == "VBG" and a.lemma_.lower() in onto.SPEAKING
            for a in chain
        ):
            return False
        return any(a.lemma_.lower() in onto.APPEARANCES and a.pos_ == "NOUN" for a in chain)

    @staticmethod
    def _threatened(ev: Event, events: list[Event]) -> bool:
        """'… the ultimatum, where Hegseth told Amodei the Pentagon would cut ties': what an
        ultimatum threatens, told beside it, has not happened."""
        chain = [ev.trigger, *list(ev.trigger.ancestors)[:3]]
        return (
            ev.type in ("policy", "designation")
            and any(
                t.pos_ == "VERB"
                and any(c.dep_ == "aux" and c.lower_ in ("would", "could") for c in t.children)
                for t in chain
            )
            and any(o.type == "ultimatum" and o.sent == ev.sent for o in events)
        )

    def _person_told_press(self, verb: Token) -> bool:
        """A named person telling an outlet or reporters: the story's own quote. A company's
        or a department's spokesperson telling an outlet is the body's word, and stays."""
        if verb.lemma_.lower() != "tell":
            return False
        press = any(
            c.dep_ in ("dobj", "dative")
            and (
                c.lemma_.lower() in onto.PRESS_WORDS
                or ((e := self._tok_ent_all.get(c.i)) is not None and self._is_channel(e))
            )
            for c in verb.children
        )
        named = any(
            c.dep_ == "nsubj" and (e := self._tok_ent.get(c.i)) is not None and e.label_ == "PERSON"
            for c in verb.children
        )
        # "told reporters that the department would not back down": a public refusal is news
        refusal = any(
            t.dep_ == "neg" or t.lemma_.lower() in ("refuse", "reject", "decline")
            for c in verb.children
            if c.dep_ == "ccomp"
            for t in c.subtree
        )
        return press and named and not refusal

    def _object_is_no_person(self, verb: Token) -> bool:
        """The verb's object is a thing: no entity, no role, no post, no pronoun."""
        if verb.pos_ != "VERB":
            return False
        for c in verb.children:
            if c.dep_ != "dobj":
                continue
            if c.pos_ in ("PRON", "PROPN") or self._tok_ent_all.get(c.i) is not None:
                return False
            lemma = c.lemma_.lower()
            if lemma in onto.ROLE_NOUNS | onto.POSTS | onto.TITLE_WORDS or c.ent_type_:
                return False
            return not any(self._tok_ent_all.get(t.i) is not None for t in c.subtree)
        return False

    def _copula_antecedent(self, ev: Event) -> None:
        """'OpenAI was the first company to be awarded a contract', 'Anduril is the startup
        that won it': the subject the clause's noun stands for acts in it."""
        verb = ev.trigger if ev.trigger.pos_ in ("VERB", "AUX") else self._verb_of(ev.trigger)
        if verb is None or verb.dep_ not in ("relcl", "acl"):
            return
        noun = verb.head
        if noun.dep_ != "attr" or noun.head.lemma_ != "be":
            return
        if any(
            c.dep_ in SUBJ | {"nsubjpass"} and c.tag_ not in ("WDT", "WP") for c in verb.children
        ):
            return  # "Gemini was the first when GenAI.mil launched": the clause's own subject
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        role = onto.OBJECT_ROLE.get(ev.type, "counterpart") if passive else "agent"
        for c in noun.head.children:
            if c.dep_ == "nsubj":
                for e in self._ents_of(c):
                    ev.add(e, role, self._names)

    def _drop_owners(self, ev: Event) -> None:
        """A person named only as a company's owner ("Elon Musk's xAI", "Bezos's Blue
        Origin") identifies the company; the company is the party, not the owner. Kept when
        the sentence names the person otherwise too, or the owned body is a government one."""
        owners: set[str] = set()
        other: set[str] = set()
        for t in ev.sent:
            ent = self._tok_ent_all.get(t.i)
            if ent is None or ent.label_ != "PERSON" or t.i != ent.end - 1:
                continue
            nxt = ent.end
            owned = None
            if nxt + 1 < len(t.doc) and t.doc[nxt].tag_ == "POS":
                owned = self._tok_ent_all.get(nxt + 1)
            if (
                owned is not None
                and owned.label_ == "ORG"
                and owned.id_ in ev.actors
                and not self._is_government(owned.id_)
            ):
                owners.add(ent.id_)
            else:
                other.add(ent.id_)
        for pid in owners - other:
            if pid in ev.actors and len(ev.actors) > 1:
                del ev.actors[pid]

    def _maker(self, product_id: str):
        """The company behind a product: a gazetteer tag that is an organisation's id."""
        entry = self.gazetteer.get(product_id)
        if entry is None:
            return None
        for tag in entry.tags:
            maker = self.gazetteer.get(tag)
            if maker is not None and maker.type == "ORG":
                return maker
        return None

    def _corefer(self, events: list[Event]) -> list[Event]:
        """One event per real happening in an article: the headline, the lede and paragraph
        six retelling one award are one event, dated by whichever retelling gives a date."""
        out: list[Event] = []
        for ev in events:
            if not ev.actors:
                # a definite description with no actor of its own ("the five-year contract,
                # announced on May 29") is the last event of its type told before it
                twin = next(
                    (
                        o
                        for o in reversed(out)
                        if (o.type == ev.type or {o.type, ev.type} <= AGREEMENT_TYPES)
                        and self._dates_agree(o, ev)
                    ),
                    None,
                )
                if twin is not None and self._date_rank(ev) > self._date_rank(twin):
                    twin.date, twin.date_score = ev.date, ev.date_score
                continue
            twin = next((o for o in out if self._same_happening(o, ev)), None)
            if twin is None and ev.type == "personnel":
                twin = next((o for o in out if self._named_next(o, ev)), None)
            if twin is None:
                out.append(ev)
                continue
            keep, drop = (twin, ev) if self._date_rank(twin) >= self._date_rank(ev) else (ev, twin)
            for aid, val in drop.actors.items():
                keep.actors.setdefault(aid, val)
            keep.amount_confirmed = (
                keep.amount_confirmed
                or drop.amount_confirmed
                or (keep.amount is not None and keep.amount == drop.amount)
            )
            keep.amount = keep.amount or drop.amount
            keep.location = keep.location or drop.location
            keep.confidence = max(keep.confidence, drop.confidence)
            if keep is ev:
                out[out.index(twin)] = ev
        self._date_other_moves(out)
        return out

    def _date_other_moves(self, events: list[Event]) -> None:
        """'Esper accepted Modly's resignation on Tuesday … McPherson would take over': an
        undated move of another person told with a dated one (they share an actor) is part
        of the same shake-up and shares its time, as coordinated moves do in _merge. Not one
        whose own sentence names another time that its clause did not take ("had been in
        limbo after Trump tweeted in November that he would replace Spencer, who was
        fired"): that sentence tells the story before the shake-up."""
        moves = {id(ev): self._moved(ev) for ev in events if ev.type == "personnel"}
        for ev in events:
            moved = moves.get(id(ev))
            if not moved or self._value_of(ev) is not None or self._sentence_dated(ev):
                continue
            told_with = [
                o
                for o in events
                if moves.get(id(o))
                and not moves[id(o)] & moved
                and self._value_of(o) is not None
                and set(o.actors) & set(ev.actors)
            ]
            if told_with:
                o = min(told_with, key=lambda o: abs(o.sent.start - ev.sent.start))
                ev.date, ev.date_score, ev.fallback_date = o.date, o.date_score, o.fallback_date

    def _sentence_dated(self, ev: Event) -> bool:
        """A date with a value stands in the event's sentence."""
        sent = ev.sent
        return any(
            d.value is not None and sent.start <= d.span.start < sent.end for d in self._dates
        )

    @staticmethod
    def _date_rank(ev: Event) -> tuple[int, int]:
        if ev.date is not None and ev.date.value is not None:
            return (2, _PRECISION_RANK.get(ev.date.precision or "", 0))
        if ev.fallback_date[0] is not None:
            return (1, _PRECISION_RANK.get(ev.fallback_date[1] or "", 0))
        return (0, 0)

    @staticmethod
    def _relief_of_suit(a: Event, b: Event) -> bool:
        """'Anthropic sued on Monday … It is asking a judge to block the order': an undated
        "is asking" a court is what the lawsuit `b` seeks, told again, not a motion of its
        own (a motion has its own day: "is asking a judge on Tuesday to …")."""
        tok = a.trigger
        return (
            _court_step(b.trigger) == "filing"
            and tok.lemma_.lower() == "ask"
            and tok.tag_ == "VBG"
            and a.date is None
            and any(c.dep_ == "aux" and c.lower_ in ("is", "are") for c in tok.children)
        )

    def _same_happening(self, a: Event, b: Event) -> bool:
        if a.type != b.type or a.predecessor != b.predecessor:
            return False
        if a.type == "legal" and (self._relief_of_suit(a, b) or self._relief_of_suit(b, a)):
            return True  # its subject is often only "they" or "the company"
        if not set(a.actors) & set(b.actors) and not self._awarder_and_awardees(a, b):
            return False
        if a.sent == b.sent and self._each_own_date(a, b):
            return False  # two verbs of one sentence, each dated in its own clause: two acts
        if a.type == "legal" and _court_step(a.trigger) != _court_step(b.trigger):
            return False  # the lawsuit and the ruling on it are two happenings
        if a.type == "statement":  # one speaker's statement, not two people's
            agents_a = {k for k, v in a.actors.items() if v[1] == "agent"}
            agents_b = {k for k, v in b.actors.items() if v[1] == "agent"}
            if not agents_a & agents_b:
                return False
        if a.type == "personnel" and a.sent == b.sent and self._moves_of_others(a, b):
            return False  # "… that Michael will serve as CTO and that Stanley will serve as …"
        if a.type in ("operation", "legal", "partnership") and (
            self._another(a) or self._another(b)
        ):
            # "SpaceX also launched 56 more satellites": another launch; "Acme also filed a
            # brief": another filing
            return False
        if a.type == "contract" and _earlier_award(a.trigger) != _earlier_award(b.trigger):
            # "a contract previously awarded to Raytheon in January 2008", "the initial $480
            # million agreement": the award an article's new one follows, not a retelling
            return False
        if a.type == "operation" and (_came_before(a, b) or _came_before(b, a)):
            return False  # "shelled the port soon after the militia's assault": two acts
        if a.type == "operation" and self._turned_around(a, b):
            return False  # "the U.S. struck the Houthis" and "the Houthis' attacks on ships"
        if a.type == "operation" and self._on_other_sides(a, b):
            return False  # "the U.S. struck the Houthis" and "Israel is at war with Hamas"
        if a.type == "personnel":
            moved_a, moved_b = self._moved(a), self._moved(b)
            if moved_a and moved_b and not moved_a & moved_b and not self._one_vote(a, b):
                return False  # "Trump fired Brown" and "Trump nominated Caine": two moves
        if (
            a.amount
            and b.amount
            and abs(a.amount - b.amount) > 0.05 * max(a.amount, b.amount)
            # a headline gives one of the award's figures ("$20M contract worth up to $99M"),
            # unless the body has told the headline's figure again
            and not (
                (_in_headline(a) and not a.amount_confirmed)
                or (_in_headline(b) and not b.amount_confirmed)
            )
        ):
            return False
        if not self._dates_agree(a, b):
            return False
        if a.type == "partnership" and self._other_partners(a, b):
            return False  # "its deal with the Pentagon" and "a collaboration with Anduril"
        # two awards to different companies share only the awarding body
        pa, pb = self._parties(a), self._parties(b)
        if a.type == "operation" and not self._targets(a) and not self._targets(b):
            # "a U.S. airstrike at the airport" and "the airstrike Trump ordered": an
            # official who orders a strike is on its side, not a party apart; strikes told
            # with their targets ("war against Hamas") still keep those apart
            pa, pb = self._strikers_apart(pa), self._strikers_apart(pb)
        return self._one_vote(a, b) or not (pa and pb and not pa & pb)

    def _strikers_apart(self, parties: set[str]) -> set[str]:
        """An operation's parties without the officials who order it (Trump, Hegseth)."""
        return {p for p in parties if not self._is_government(p, officials=True)}

    @staticmethod
    def _targets(ev: Event) -> set[str]:
        return {aid for aid, val in ev.actors.items() if val[1] == "target"}

    def _other_partners(self, a: Event, b: Event) -> bool:
        """Two partnerships of one company with different partners: each names an
        organisation the other lacks, and one of those is a company, not a government body
        (a retelling may add the department or drop it, but not swap the partner firm)."""
        orgs_a = {k for k, v in a.actors.items() if v[2] == "ORG"}
        orgs_b = {k for k, v in b.actors.items() if v[2] == "ORG"}
        only_a, only_b = orgs_a - orgs_b, orgs_b - orgs_a
        if not only_a or not only_b:
            return False
        return any(not self._is_government(k) for k in only_a | only_b)

    @staticmethod
    def _another(ev: Event) -> bool:
        """'also', 'previously', 'again' on the verb: one more happening of its kind, told
        beside another, not a retelling of it."""
        verb = ev.trigger if ev.trigger.pos_ in ("VERB", "AUX") else ev.trigger.head
        return verb.pos_ == "VERB" and any(
            c.dep_ == "advmod" and c.lower_ in ("also", "previously", "again")
            for c in verb.children
        )

    @staticmethod
    def _turned_around(a: Event, b: Event) -> bool:
        """One side's strike and the other side's attack are two happenings: an agent of one
        operation is a target of the other, and they share no agent."""

        def role(ev: Event, name: str) -> set[str]:
            return {k for k, v in ev.actors.items() if v[1] == name}

        agents_a, agents_b = role(a, "agent"), role(b, "agent")
        crossed = agents_a & role(b, "target") or agents_b & role(a, "target")
        return bool(crossed) and not agents_a & agents_b

    @staticmethod
    def _one_vote(a: Event, b: Event) -> bool:
        """'The Senate confirmed Lord on Tuesday … also confirmed Spencer as Navy secretary':
        nominees confirmed on one day are confirmed in one sitting, whoever they are."""
        if not a.trigger.lemma_.lower() == "confirm" == b.trigger.lemma_.lower():
            return False
        days = [e.date.value for e in (a, b) if e.date is not None and e.date.value is not None]
        # one told undated beside the other ("also confirmed Spencer") takes its day later
        return len(set(days)) <= 1 and all(
            e.date is None or e.date.precision in ("day", None) for e in (a, b)
        )

    @staticmethod
    def _moved(ev: Event) -> set[str]:
        """The people a personnel move moves: those it acts on ("fired Brown", "the firing
        of Haugh"), else, for a move a person makes ("resigned", "will take over"), its
        subject; not the one who fires or nominates."""
        people = {k: v[1] for k, v in ev.actors.items() if v[2] == "PERSON"}
        acted_on = {k for k, role in people.items() if role == "target"}
        if acted_on:
            return acted_on
        if ev.trigger.lemma_.lower() in onto.SELF_MOVES:
            return {k for k, role in people.items() if role == "agent"}
        return set()

    def _awarder_and_awardees(self, a: Event, b: Event) -> bool:
        """'The agency said on Friday it has finalized contracts with four firms. Boeing and
        Northrop have each been awarded …': one award told by who gave it, then by who won
        it; the winners' sentence names no awarding body of its own (only the article's
        main military body, supplied). A roundup's count ('awarded 10 contracts Friday') is
        no award of its own."""
        if a.type != "contract":
            return False
        roundup = self._roundup
        for giver, winner in ((a, b), (b, a)):
            if (
                not self._parties(giver)
                and (roundup is None or giver.sent != roundup.span.sent)
                and self._parties(winner)
                and (winner.implicit or not any(map(self._is_government, winner.actors)))
            ):
                return True
        return False

    def _named_next(self, a: Event, b: Event) -> bool:
        """'The head of a Pentagon unit resigned on Monday. Doug Beck, its director, told staff
        he was stepping down': a move told by role, then by name in the next sentence."""
        if a.type != b.type or not self._dates_agree(a, b):
            return False
        first, second = (a, b) if a.sent.start < b.sent.start else (b, a)
        if second.sent.start != first.sent.end:
            return False
        by_role = not any(v[2] == "PERSON" for v in first.actors.values()) and any(
            c.dep_ in SUBJ and c.lemma_.lower() in onto.ROLE_NOUNS
            for c in (self._verb_of(first.trigger) or first.trigger).children
        )
        return by_role and any(v[2] == "PERSON" for v in second.actors.values())

    def _dates_agree(self, a: Event, b: Event) -> bool:
        """Undated, or one date inside the other."""
        va, vb = self._value_of(a), self._value_of(b)
        if va is None or vb is None:
            return True
        week = next((ev.date.value for ev in (a, b) if self._week_of(ev)), None)
        other = b if week is not None and self._week_of(a) else a
        if week is not None and other.date is not None and not self._week_of(other):
            # "last week … fired 150 rounds" and "on Thursday … struck": a week is not its
            # whole year; it agrees with a day in it, or a month it touches
            ov = self._value_of(other)
            if ov is not None and len(ov) >= 7:
                monday = date.fromisocalendar(int(week[:4]), int(week[6:8]), 1)
                days = [(monday + timedelta(days=k)).isoformat() for k in range(7)]
                return any(d.startswith(ov) for d in days)
        return va.startswith(vb) or vb.startswith(va)

    @staticmethod
    def _week_of(ev: Event) -> bool:
        return (
            ev.date is not None
            and ev.date.precision == "week"
            and bool(re.fullmatch(r"\d{4}-W\d{2}", ev.date.value or ""))
        )

    @staticmethod
    def _definite(ev: Event) -> bool:
        tok = ev.trigger
        return tok.pos_ == "NOUN" and any(
            c.dep_ in ("det", "poss")
            and c.lower_ in ("the", "this", "that", "these", "those", "its", "their")
            for c in tok.children
        )

    @staticmethod
    def _value_of(ev: Event) -> str | None:
        if ev.date is not None and ev.date.value is not None:
            if ev.date.precision in ("day", "month", "year"):
                return ev.date.value
            if ev.date.precision in ("week", "quarter"):
                return ev.date.value[:4]  # "2020-W25", "2024-Q2": at least their year
            return None
        return ev.fallback_date[0]

    def _parties(self, ev: Event) -> set[str]:
        """Actors other than government bodies: who received, signed, launched; each with
        the company it belongs to (Google for Google Cloud, Alphabet for Google)."""
        out = set()
        for aid in ev.actors:
            if self._is_government(aid):
                continue
            out.add(aid)
            entry = self.gazetteer.get(aid)
            for tag in entry.tags if entry is not None else ():
                parent = self.gazetteer.get(tag)
                if parent is not None and parent.type == "ORG" and parent.id != aid:
                    out.add(parent.id)
        return out

    def _is_government(self, entity_id: str, officials: bool = False) -> bool:
        """A government body; with `officials`, also an official the gazetteer knows (Hegseth,
        Trump)."""
        tags = onto.GOVERNMENT_TAGS | ({"official", "defense"} if officials else set())
        entry = self.gazetteer.get(entity_id)
        return entry is not None and bool(tags & set(entry.tags))

    def _subnational(self, entity_id: str) -> bool:
        """A city, state or neighbourhood the gazetteer knows: a place, never a side."""
        entry = self.gazetteer.get(entity_id)
        return entry is not None and bool(SUBNATIONAL_TAGS & set(entry.tags))

    def _is_court(self, entity_id: str) -> bool:
        """A court the gazetteer knows (tag "court"): a party to a case filed in it."""
        entry = self.gazetteer.get(entity_id)
        return entry is not None and "court" in entry.tags

    def _is_channel(self, ent: Span) -> bool:
        """An outlet, or the platform X ("wrote on X"): where something was said, not who."""
        if ent.text == "X":
            return True
        entry = self.gazetteer.get(ent.id_)
        return entry is not None and bool(onto.NON_ACTOR_TAGS & set(entry.tags))

    def _is_money(self, tok: Token) -> bool:
        """The model's MONEY, or a token of an amount in another currency ("600 million
        euros", which the small model tags a CARDINAL followed by a plain noun)."""
        return tok.ent_type_ == "MONEY" or tok.i in self._other_money_toks

    def _money_mentions(self, doc: Doc) -> list[tuple[Span, int | None]]:
        """Money spans with their whole dollars; an amount in another currency ("€600m",
        "600 million euros") is money too, for rules that ask whether something is priced,
        with None for its dollars (no exchange rates)."""
        spans = [e for e in doc.ents if e.label_ == "MONEY"]
        covered = {(e.start_char, e.end_char) for e in spans}
        doc_text = self._text
        for m in MONEY_RE.finditer(doc_text):
            sp = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if sp is not None and not any(
                sp.start_char < e and s < sp.end_char for s, e in covered
            ):
                spans.append(sp)
        out = []
        for sp in spans:
            # "up to $200 million each": the model's span may stop before the scale word
            text = doc_text[max(0, sp.start_char - 4) : sp.end_char + 12]
            text = _SCALE_LETTER.sub(lambda m: m.group(1) + m.group(2).lower(), text)  # "$2.3B"
            m = MONEY_RE.search(text)
            value = parse_usd(m.group(0) if m else sp.text)
            if value:
                out.append((sp, value))
        for m in OTHER_MONEY_RE.finditer(doc_text):
            sp = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if sp is not None and not any(sp.start < o.end and o.start < sp.end for o, _ in out):
                out.append((sp, None))
        return out

    def _triggers(self, doc: Doc) -> list[tuple[Token, str, str]]:
        seen: dict[int, tuple[Token, str, str]] = {}
        for key, span in self.find_triggers(doc):
            kind, etype = key.split(":")
            tok = span.root
            if kind == "N" and not self._noun_ok(tok):
                continue
            if kind == "V" and not self._verb_ok(tok):
                continue
            if kind == "P":
                kind = "V" if tok.pos_ == "VERB" else "N"
            prev = seen.get(tok.i)
            if prev is None or len(span) > 1:
                seen[tok.i] = (tok, etype, kind)
        # "national security launch contracts": a noun modifying another trigger names it
        modifiers = [
            i
            for i, (tok, _t, kind) in seen.items()
            if kind == "N" and tok.dep_ == "compound" and tok.head.i in seen
        ]
        for i in modifiers:
            del seen[i]
        return sorted(seen.values(), key=lambda x: x[0].i)

    def _noun_ok(self, tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        if lemma == "decision":  # gated here, so that a choice is no trigger for others
            return self._adjudicated(tok)
        if lemma == "program":
            return self._joint_pilot(tok)
        if lemma == "list":
            return self._list_published(tok)
        if lemma == "contractor":
            return self._contractor_since(tok)
        needs = onto.NOUN_NEEDS.get(lemma, None)
        if needs is None:
            return True
        context = {c.lower_ for c in tok.children} | {c.lemma_.lower() for c in tok.children}
        context |= {t.lower_ for t in tok.doc[max(0, tok.i - 3) : tok.i]}
        # "a post on X", "a motion by the government": what the preposition names
        context |= {g.lower_ for c in tok.children if c.dep_ == "prep" for g in c.children}
        if tok.head.pos_ == "VERB":  # "filed a motion", "granted the motion"
            context |= {tok.head.lower_, tok.head.lemma_.lower()}
        if lemma == "round" and any(
            g.dep_ == "pobj" and g.lemma_.lower() not in needs
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
        ):
            return False  # "a new round of talks led by the envoy": not money
        return bool(needs & context) or self._named_by_its_content(tok)

    @staticmethod
    def _contractor_since(noun: Token) -> bool:
        """'Palantir has been an ICE contractor since 2011': a state of affairs since a
        time is the background contract it started with (tests/gold/real/README.md, "has
        been operated by BAE since 1999"); not "Palantir is a defense contractor"."""
        return (
            noun.dep_ == "attr"
            and noun.head.lemma_ == "be"
            and any(c.dep_ == "prep" and c.lower_ == "since" for c in noun.head.children)
        )

    def _list_published(self, tok: Token) -> bool:
        """'published an expanded list of Chinese military companies', 'updated the 1260H
        List': a list of companies, or a named list, put out or updated is a designation of
        those on it (not "a list of approved vendors", nor a list someone is put on: LISTS)."""
        verb = self._verb_of(tok)
        if verb is None and tok.head.pos_ == "VERB" and tok.head.i < tok.i:
            verb = tok.head  # "updated the 1260H List of …", its object parsed as a subject
        if verb is None or verb.lemma_.lower() not in onto.PUBLISHING | onto.RULE_MAKING | {
            "issue"
        }:
            return False
        if any(c.dep_ == "neg" for c in verb.children):
            return False  # "did not issue an updated list in 2023"
        named = tok.pos_ == "PROPN" and any(c.dep_ == "compound" for c in tok.children)
        return named or any(g.lemma_.lower() in onto.LISTED for g in _of_objects(tok))

    def _named_by_its_content(self, tok: Token) -> bool:
        """'an order requiring all agencies to …', 'Trump's July order', 'operations in Iran':
        a noun that needs a qualifier has one in what it does, whose it is, or where."""
        lemma = tok.lemma_.lower()
        kids = list(tok.children)
        if lemma == "order":
            return any(c.dep_ == "acl" and c.tag_ == "VBG" for c in kids) or any(
                c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in kids
            )
        if lemma in ("ouster", "firing", "dismissal", "departure", "confirmation", "exit", "hire"):
            # "the ouster of the Navy's top officer", "Hegseth's firing of the Air Force chief"
            people = _of_objects(tok)
            if lemma in ("departure", "confirmation", "exit"):  # "Beck's exit"
                people += [c for c in kids if c.dep_ == "poss"]
            return any(
                g.ent_type_ == "PERSON" or g.lemma_.lower() in onto.ROLE_NOUNS for g in people
            )
        if lemma == "seizure":  # "a record seizure of 49,000 pounds of drugs", "of a tanker"
            return any(
                t.lemma_.lower() in onto.DRUGS | onto.TARGETS
                for g in _of_objects(tok)
                for t in g.subtree
            )
        if lemma == "war":  # "Israel is at war with Hamas": one side fighting another
            return (
                tok.dep_ == "pobj"
                and tok.head.lower_ == "at"
                and any(c.dep_ == "prep" and c.lower_ in ("with", "against") for c in kids)
            )
        if lemma == "award":
            # "a smaller award the company received from the Air Force": an award received
            # or won from an organisation is a contract, not a prize
            return any(
                c.dep_ in ("relcl", "acl")
                and c.lemma_.lower() in ("receive", "win", "get")
                and any(
                    p.dep_ == "prep"
                    and p.lower_ == "from"
                    and any(self._entity_at(o) is not None for o in p.children)
                    for p in c.children
                )
                for c in kids
            )
        if lemma == "withdrawal":
            # "the Afghanistan withdrawal", "the withdrawal from Syria": forces leaving a
            # country; "the withdrawal from the deal" or "of his nomination" is none
            left = [c for c in kids if c.dep_ == "compound"]
            left += [g for c in kids if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
            return bool(left) and all(g.ent_type_ == "GPE" for g in left)
        if lemma == "arrival":  # "the arrival of the NMESIS missile system in Batanes"
            return any(_names_forces(g, onto.TROOPS | onto.HARDWARE) for g in _of_objects(tok))
        if lemma == "guidance":
            # "OMB's March 2024 guidance": a document with an owner and a date of its own
            return any(c.dep_ == "poss" for c in kids) and any(
                d.span.root.head == tok and d.span.end <= tok.i for d in self._dates
            )
        if lemma == "operation":
            return any(
                c.dep_ == "prep"
                and c.lower_ in ("in", "against")
                # "operations in Iran", "operations in the Caribbean"
                and any(g.ent_type_ in ("GPE", "LOC") for g in c.children)
                for c in kids
            )
        return False

    def _verb_ok(self, tok: Token) -> bool:
        if tok.lemma_.lower() == "agree":  # gated here: agreeing to terms is no trigger
            return self._agree_together(tok)
        if tok.lemma_.lower() == "threaten" and self._thing_threatens(tok):
            return False  # "the Pentagon's finding threatens to disrupt …": a risk, no threat
        if tok.lemma_.lower() == "meet" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in onto.MET_TARGETS
            for c in tok.children
        ):
            return False  # "to meet demand", "met its recruiting goal": no one was met
        if tok.lemma_.lower() == "meet" and any(
            c.lemma_.lower() in onto.MET_REACTIONS
            and (c.dep_ == "dobj" or (c.dep_ == "pobj" and c.head.lower_ == "with"))
            for c in tok.subtree
            if c.head == tok or c.head.head == tok
        ):
            return False  # "is meeting resistance", "met with criticism": a reaction met
        if tok.lemma_.lower() == "pay":
            return self._pays_company(tok)
        if tok.lemma_.lower() == "use":
            return self._in_use(tok)
        needs = onto.VERB_NEEDS_PREP.get(tok.lemma_.lower())
        if needs is None:
            return True
        if tok.lemma_.lower() in ("give", "have") and self._time_given(tok):
            return True  # "gave SpaceX 30 days to fix the lapse or face …", "had 60 days to"
        if tok.lemma_.lower() == "name" and any(
            (c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in onto.LEADING)
            or (c.dep_ in ("oprd", "ccomp") and c.lemma_.lower() in onto.ROLE_NOUNS)
            for c in tok.children
        ):
            return True  # "named Guetlein to lead Golden Dome", "named Droege interim CEO"
        if tok.lemma_.lower() in ("name", "relieve") and any(
            c.dep_ == "dobj"
            and (c.lemma_.lower() in onto.ROLE_NOUNS or c.ent_type_ == "PERSON")
            and not any(k.lower_ == "of" for k in tok.children if k.dep_ == "prep")
            for c in tok.children
        ):
            return True  # "named a new president of its missiles unit", "relieved the commander"
        if tok.lemma_.lower() == "add" and self._added_to_platform(tok):
            return True  # "Gemini was added to GenAI.mil": a deployment (_retype: partnership)
        if tok.lemma_.lower() in ("place", "add"):
            # "placed Anthropic on a supply chain risk list", "added DJI to the entity list";
            # not "limits the company places on military use"
            return any(
                c.dep_ == "prep"
                and c.lower_ in needs
                and any(g.lemma_.lower() in onto.LISTS for g in c.subtree)
                # "adding OpenAI to a list of approved vendors": a purchase schedule
                and not any(g.lemma_.lower() in ("approve", "vendor") for g in c.subtree)
                for c in tok.children
            )
        if tok.lemma_.lower() == "invite" and self._picked_for_post(tok):
            return True  # "invited Jane Roe to become Army secretary": a job offered (_retype)
        if tok.lemma_.lower() == "call" and self._calls_names(tok):
            return True  # "called Amodei a liar": a public accusation (a statement, _retype)
        if (
            tok.lemma_.lower() == "call"
            and self._argument_is(tok, ("dobj",), onto.ROLE_NOUNS | {"counterpart"}, "PERSON")
            and any(
                c.dep_ in ("xcomp", "advcl")
                and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)
                for c in tok.children
            )
        ):
            return True  # "called a counterpart at Palantir to ask …": a phone call to talk;
            # not "calling Soleimani 'the face of resistance'", a name given
        if tok.lemma_.lower() == "make":  # "made Claude available to defense agencies"
            return tok.tag_ in ("VBD", "VBN") and (
                any(c.lower_ == "available" for c in tok.children) or self._version_made(tok)
            )
        return any(
            c.lower_ in needs
            for c in tok.children
            if c.dep_ in ("prep", "prt", "agent", "advmod", "dative")
        )

    def _pays_company(self, verb: Token) -> bool:
        """'ICE is paying Palantir $30 million to build a platform': a government body paying
        a company a sum is buying its work (a contract); not "paid $5 million to settle",
        "paid authors $1.5 billion", "Boeing paid the Treasury …", where no agency buys."""
        payers = [self._entity_at(c) for c in verb.children if c.dep_ == "nsubj"]
        objects = [t for c in verb.children if c.dep_ in ("dobj", "dative") for t in c.subtree]
        payees = [self._entity_at(t) for t in objects]
        return (
            any(ent is not None and self._is_government(ent.id_) for ent in payers)
            and any(self._is_money(t) for t in objects)
            and any(
                ent is not None and ent.label_ == "ORG" and not self._is_government(ent.id_)
                for ent in payees
            )
        )

    def _in_use(self, verb: Token) -> bool:
        """'Acme's model is being used by the NSA', 'the Army is using Acme's software': a
        government body using a company's product now is a deployment, a partnership; not
        "stop using", "was used in the raid" (a past act, told as the act), nor a company
        using another's product."""
        present = any(c.dep_ == "aux" and c.lower_ in ("is", "are") for c in verb.children)
        if not present or verb.tag_ not in ("VBG", "VBN"):
            return False
        users = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
        users += [c for c in verb.children if c.dep_ == "nsubj"]
        used = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
        products = [  # a product, or a thing a company owns ("Acme's new model")
            e
            for c in used
            for t in (c, *(k for k in c.children if k.dep_ == "poss"))
            if (e := self._entity_at(t)) is not None
            and (e.label_ == "PRODUCT" or (t is not c and not self._is_government(e.id_)))
        ]
        return bool(products) and any(
            self._is_government(e.id_) for c in users for e in self._ents_of(c)
        )

    def _version_made(self, verb: Token) -> bool:
        """'made a government-specific version of Grok in 2025': a new edition of a named
        product put out, a launch ("made a version of the plan" names no product)."""
        return any(
            c.dep_ == "dobj"
            and c.lemma_.lower() == "version"
            and any(
                (ent := self._tok_ent_all.get(g.i)) is not None and ent.label_ == "PRODUCT"
                for g in _of_objects(c)
            )
            for c in verb.children
        )

    def _added_to_platform(self, verb: Token) -> bool:
        """'Gemini models were added on April 27 to the department's GenAI.mil platform',
        'Claude has been added to the GSA schedule': a company's model put on another body's
        platform or purchase schedule is a deployment there, a partnership; "more models
        would be added to the platform" names no model, and is no deployment."""
        return (
            verb.tag_ == "VBN"
            and any(
                c.dep_ == "prep"
                and c.lower_ == "to"
                and any(
                    g.dep_ == "pobj"
                    and (g.lemma_.lower() in onto.HOSTING_PLACES or g.ent_type_ == "PRODUCT")
                    for g in c.children
                )
                for c in verb.children
            )
            and any(c.dep_ == "nsubjpass" and self._ents_of(c) for c in verb.children)
        )

    def _calls_names(self, verb: Token) -> bool:
        """'Michael called Amodei a liar': someone calls a named person or company
        something; not "an initiative called OpenAI for Government"."""
        kids = list(verb.children)
        return (
            any(c.dep_ == "nsubj" for c in kids)
            and any(c.dep_ == "oprd" and c.pos_ == "NOUN" for c in kids)
            and any(
                c.dep_ == "dobj" and any(e.label_ in ("PERSON", "ORG") for e in self._ents_of(c))
                for c in kids
            )
        )

    # ------------------------------------------------------------------ one trigger
    def _back_reference(self, tok: Token) -> bool:
        """'the meeting', 'the looming ultimatum': a noun that points back to a told event."""
        kids = list(tok.children)
        if self._policy_mentioned_again(tok, kids):
            return True
        if any(c.lower_ == "such" and c.dep_ in ("amod", "predet") for c in kids):
            return True  # "the fourth such operation this month": a kind told before, counted
        if not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that", "such", "these") for c in kids
        ):
            return False
        if any(c.lower_ == "following" for c in kids):
            return False  # "delivered the following statement": it points ahead, to itself
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ in ("to", "on")
            and tok.head.head.lemma_.lower() in onto.DESIGNATING
        ):
            return False  # "added three firms to the Entity List": placed there now
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "in"
            and tok.head.head.lemma_.lower() in TAKING_PART
        ):
            return True  # "jets were involved in the Saturday airstrikes": who took part in it
        own = any(
            self._entity_at(c) is not None or c.dep_ in ("prep", "poss", "nummod", "acl", "relcl")
            for c in kids
        )
        dated = any(d.span.root.head == tok or d.span.root == tok for d in self._dates)
        verb = self._verb_of(tok)
        if verb is not None and verb.lemma_.lower() in onto.LIGHT_VERBS:
            # "issued the designation on February 27": made here, on a day of its own
            dated = dated or any(
                d.value is not None and (d.span.root.head == verb or d.span.root.head.head == verb)
                for d in self._dates
            )
        return not own and not dated and self._dated_retelling(tok) is None

    def _dated_retelling(self, tok: Token) -> Token | None:
        """'The deal was announced Monday', 'the deal, announced in July': a told event named
        again with the day it was made public, which dates it (annotation.md: an event takes
        the date the article gives for the same happening elsewhere). The verb, or None."""
        if not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
            for c in tok.children
        ):
            return None
        verbs = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        if tok.dep_ in ("nsubjpass", "dobj"):  # "the deal was signed", "had won the contract"
            verbs.append(tok.head)
        if tok.dep_ in SUBJ | {"nsubjpass"}:
            # "Signed last September, the contract lets …": a participle opening the
            # sentence tells of its subject
            verbs += [
                c
                for c in tok.head.children
                if c.dep_ == "advcl" and self._fronted_participle_subject(c) == tok
            ]
        if (
            tok.dep_ in ("nsubj", "nsubjpass")
            and tok.head.dep_ == "ccomp"
            and tok.head.head.lemma_.lower() in ("announce", "confirm", "disclose", "reveal")
            # not "announced that the contract will not be renewed": a step still to come
            and not any(
                c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in onto.MODALS)
                for c in tok.head.children
            )
        ):
            verbs.append(tok.head.head)  # "announced on Monday that this contract is aimed at"
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            # "the timing of the deal, announced in July": the participle hung on the phrase
            verbs += [c for c in tok.head.head.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        for verb in verbs:
            if verb.lemma_.lower() not in onto.RETELLING_VERBS:
                continue
            if any(
                d.value is not None
                and d.precision != "week"
                and (
                    d.span.root.head == verb
                    or d.span.root.head.dep_ == "prep"
                    and d.span.root.head.head == verb
                    or self._at_dated_meeting(d.span.root, verb)
                )
                for d in self._dates
            ):
                return verb
        return None

    @staticmethod
    def _nearing_deal(tok: Token) -> bool:
        """'closer to a deal with Google', 'close to concluding a contract', 'nearing an
        agreement': the parties are still talking; no deal is made yet."""
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "near":
            return True
        cur = tok
        if cur.dep_ == "dobj" and cur.head.tag_ == "VBG" and cur.head.dep_ == "pcomp":
            cur = cur.head
        elif cur.dep_ != "pobj":
            return False
        prep = cur.head
        return prep.lower_ == "to" and prep.head.lemma_.lower() in ("close", "near")

    @staticmethod
    def _at_dated_meeting(root: Token, verb: Token) -> bool:
        """'was delivered during a tense meeting on Tuesday': the meeting's day is the verb's."""
        prep = root.head
        noun = prep.head
        return (
            prep.dep_ == "prep"
            and noun.lemma_.lower() in ("meeting", "call", "hearing", "event", "briefing")
            and noun.dep_ == "pobj"
            and noun.head.lower_ in ("during", "at", "in")
            and noun.head.head == verb
        )

    def _policy_mentioned_again(self, tok: Token, kids: list[Token]) -> bool:
        """'despite the administration's directive', 'previous executive orders': an order
        named again as the background of another happening, with no date of its own and no
        verb that issues it here."""
        if onto.NOUN_TRIGGERS.get(tok.lemma_.lower()) != "policy":
            return False
        owned = any(
            (c.dep_ == "poss")
            or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
            or (c.dep_ == "amod" and c.lower_ in onto.EARLIER_WORDS)
            for c in kids
        )
        if not owned:
            return False
        if any(c.dep_ in ("acl", "relcl") for c in kids):
            return False  # "the order Trump signed Friday": told here with its own clause
        subtree = range(tok.left_edge.i, tok.right_edge.i + 1)
        if any(d.span.root.i in subtree or d.span.root.head == tok for d in self._dates):
            return False
        verb = self._verb_of(tok)
        if verb is not None and (
            verb.lemma_.lower() in onto.LIGHT_VERBS | onto.REVERSING
            or onto.VERB_TRIGGERS.get(verb.lemma_.lower()) == "policy"
        ):
            return False
        return True

    def _event(self, tok: Token, etype: str, kind: str, trig_index: dict[int, str]) -> Event | None:
        if tok.i in self._carried:
            return None
        if self._blocked(tok):
            # "failed to reach an agreement": no deal, but a step of the negotiation
            if etype not in ("partnership", "contract") or tok.head.lemma_.lower() != "fail":
                return None
            etype = "negotiation"
        elif kind == "N" and self._back_reference(tok):
            return None
        if not self._specific(tok, etype, kind, trig_index) or self._hypothetical(tok, kind):
            return None
        etype = self._retype(tok, etype)
        if etype == "statement" and kind == "V" and self._retells_act(tok):
            return None
        ev = Event(type=etype, trigger=tok, sent=tok.sent)
        ev.confidence = 0.7 if kind == "V" else 0.6
        if (
            etype == "statement"
            and tok.lemma_.lower() in onto.WEAK_STATEMENT
            # "in a public statement", "a joint statement": a formal one is news itself
            and not (
                kind == "N"
                and (
                    any(c.lower_ in onto.FORMAL for c in tok.children)
                    # "issued a statement": put out as such, not a quote in passing
                    or (tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("issue", "release"))
                )
            )
            # "a GAO report urged the Pentagon to …": what a published document says is news
            and not (
                kind == "V"
                and (
                    self._argument_is(tok, ("nsubj",), onto.REPORTS, None)
                    or (tok.dep_ == "acl" and tok.head.lemma_.lower() in onto.REPORTS)
                )
            )
        ):
            ev.confidence = 0.45
            ev.weak = True
        if etype == "statement" and (weak := self._weak_statement(tok, kind, ev.weak)) != ev.weak:
            ev.weak = weak
            ev.confidence = 0.45 if weak else (0.7 if kind == "V" else 0.6)
        ev.loose = kind == "V" and etype == "partnership" and tok.lemma_ in onto.LOOSE_PARTNERSHIP
        self._actors(ev, tok, kind)
        if kind == "N" and self._notice_received(tok, ev.type):
            # "Acme received a letter from the board confirming the designation": who sent
            # the notice acted; the one it reached is the one designated
            obj_role = onto.OBJECT_ROLE.get(ev.type, "counterpart")
            swap = {"agent": obj_role, "counterpart": "agent"}
            ev.actors = {
                aid: (name, swap.get(role, role), label)
                for aid, (name, role, label) in ev.actors.items()
            }
        if ev.type == "legal" and kind == "V" and not ev.actors:
            self._parties_ruled_on(ev, tok)
        if kind == "V":
            self._closed_relative(ev, tok)
        if ev.type == "personnel" and kind == "V":
            self._one_of_those_moved(ev, tok)
            self._misparsed_move(ev, tok)
        if ev.type in ("launch", "statement") and self._government_plan(ev, tok):
            ev.type = "policy"  # "the Pentagon unveiled its strategy": a rule, not a product
        if ev.type == "funding" and tok.lemma_.lower() in ("invest", "investment", "commit"):
            spender = self._own_spending(ev, tok)
            if spender == "outlay":
                return None  # "Saronic announced a $300 million investment in its shipyard"
            if spender == "policy":
                ev.type = "policy"  # "the deputy secretary announced a planned investment"
            elif kind == "V":
                self._stake_owner(ev, tok)
        self._date(ev, tok, kind)
        if etype == "statement":
            self._recalled_weekday(ev)
            if (
                ev.date is not None
                and ev.date.span is not None
                and ev.date_score >= 3
                and self._in_own_conjunct(ev.date.span.root, self._clause(tok))
            ):
                ev.date = None  # "X has vowed …, but the group survived strikes begun in 2024"
        if (
            tok.lemma_.lower() in ("war", "insurgency")
            and ev.date is not None
            and ev.date.span is not None
            and ev.date.span.root not in tok.head.subtree
        ):
            # "the Pentagon said days ago the ships would sail, as Israel wages war on Hamas":
            # a war goes on; only a date of its own clause ("since October") dates it
            ev.date = None
        if (
            ev.type == "partnership"
            and tok.tag_ == "VBG"
            and self._past_progressive(tok)
            and ev.date is not None
            and ev.date.span is not None
            and ev.date.span.root not in tok.subtree
        ):
            # "the news broke in March that Google was working with the Pentagon": a course
            # of work is dated only by its own clause, not by when it came out
            ev.date = None
        if (
            ev.type == "negotiation"
            and tok.lemma_.lower() in ("push", "pressure")
            and tok.tag_ == "VBG"
            and ev.date is not None
            and ev.date.span is not None
            and any(
                a.lemma_.lower() in ("report", "say") and a != tok
                for a in [ev.date.span.root, *ev.date.span.root.ancestors][:3]
            )
        ):
            # "The Pentagon is pushing AI firms to …, Reuters reported on Wednesday": an
            # ongoing push, dated by when it was reported, not by when it began
            ev.date = None
        self._status(ev, tok, kind)
        ev.amount, ev.priced = self._amount(ev, tok)
        ev.location = self._location(ev, tok, kind)
        if ev.type == "contract" and kind == "N" and not ev.actors and self._recalled_award(ev):
            self._sentence_parties(ev)
        return ev

    def _parties_ruled_on(self, ev: Event, tok: Token) -> None:
        """'A federal appeals court ruled on Friday that the Pentagon may designate Anthropic
        …': a court the model does not name rules on the organisations its finding names;
        they are the parties to the case (annotation: plaintiff and defendant)."""
        if tok.lemma_.lower() != "rule":
            return
        for c in tok.children:
            if c.dep_ != "ccomp":
                continue
            for t in c.subtree:
                ent = self._entity_at(t)
                if ent is not None and ent.label_ == "ORG":
                    ev.add(ent, "participant", self._names)

    def _recalled_award(self, ev: Event) -> bool:
        """'follows a $200 million deal last November', 'included a 2025 two-year agreement
        worth up to $200 million', 'since the original award in June 2025', 'Signed last
        September, the contract …': an earlier award told in passing, with its own date,
        names no party in its own phrase."""
        tok = ev.trigger
        if ev.date is None or ev.date.span is None:
            return False
        told = self._dated_retelling(tok)
        if told is not None and told.dep_ == "advcl" and told.i < tok.i:
            return True  # "Signed last September, the contract lets the department …"
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
        # "since the original award in September 2025": told as the earlier one, any article
        if not (indefinite and ev.amount is not None) and not _called_earlier(tok):
            return False
        span = ev.date.span
        # "a deal last November": the small model hangs a date right after the noun on the verb
        return span.root.head == tok or tok.left_edge.i <= span.start <= tok.right_edge.i + 1

    def _sentence_parties(self, ev: Event) -> None:
        """The organisations the sentence names are the parties of an award it recalls
        in passing ("Anduril's work with the Marine Corps … follows a deal last November")."""
        for ent in self._ents:
            if ev.sent.start <= ent.start < ev.sent.end and ent.label_ == "ORG":
                ev.add(ent, "participant", self._names)

    def _one_of_those_moved(self, ev: Event, tok: Token) -> None:
        """'Gen. Jane Roe was one of several officers fired on Friday', 'was among the
        officials ousted': the person the sentence is about is one of those moved."""
        if tok.tag_ not in ("VBN", "VBD") or any(
            v[2] == "PERSON" and v[1] == "target" for v in ev.actors.values()
        ):
            return
        for be in tok.ancestors:
            if be.lemma_ != "be":
                continue
            group = [
                k
                for c in be.children
                if (c.dep_ == "attr" and c.lower_ == "one")
                or (c.dep_ == "prep" and c.lower_ == "among")
                for k in (
                    [c]
                    if c.dep_ == "prep"
                    else [g for g in c.children if g.dep_ == "prep" and g.lower_ == "of"]
                )
            ]
            told = any(tok in g.subtree for g in group) or (
                bool(group) and tok.dep_ == "advcl" and tok.head == be
            )
            if told:
                for c in be.children:
                    # the subject itself a person ("Elon Musk's xAI was among the firms
                    # tapped" moves no one)
                    if c.dep_ != "nsubj" or any(k.dep_ == "case" for k in c.children):
                        continue
                    for e in self._ents_of(c):
                        if e.label_ == "PERSON" and e.end > c.i - 2:
                            ev.add(e, "target", self._names)
            return

    def _misparsed_move(self, ev: Event, tok: Token) -> None:
        """'Trump nominated retired Air Force Lt. Gen. Dan Caine to be the next chairman':
        before a long title and a "to be" clause the small model makes the verb a modifier of
        the name, or the subject a root the verb hangs on. The person a move acts on is the
        one named right after the verb, past titles and the service; the one who moves him
        is the person the verb hangs on."""
        lemma = tok.lemma_.lower()
        if (
            (lemma in onto.SELF_MOVES or lemma == "withdraw")
            and not any(c.dep_ in SUBJ | {"nsubjpass"} for c in tok.children)
            and not any(v[2] == "PERSON" for v in ev.actors.values())
        ):
            # "as Patrick Shanahan withdrew his name": the name parsed as the object of
            # "as" is the subject right before the verb
            before = self._tok_ent.get(tok.i - 1)
            if before is not None and before.label_ == "PERSON":
                ev.add(before, "agent", self._names)
            return
        if lemma not in onto.PERSON_OBJECT_VERBS - onto.PLACE_OBJECT_VERBS - onto.SELF_MOVES:
            return
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
            return
        people = {k: v for k, v in ev.actors.items() if v[2] == "PERSON"}
        if (
            not any(v[1] == "agent" for v in people.values())
            and tok.dep_ in ("advcl", "conj")
            and tok.tag_ in ("VBD", "VBZ", "VBP")
            and tok.head.dep_ == "ROOT"
        ):
            boss = self._tok_ent.get(tok.head.i)
            if boss is not None and boss.label_ == "PERSON":
                ev.add(boss, "agent", self._names)
        if any(v[1] == "target" for v in people.values()):
            return
        j, end = tok.i + 1, min(tok.sent.end, tok.i + 10)
        while j < end:
            ent = self._tok_ent.get(j)
            if ent is not None and ent.label_ == "PERSON" and ent.id_ not in ev.actors:
                ev.add(ent, "target", self._names)
                return
            if ent is not None:
                j = ent.end
                continue
            word = tok.doc[j]
            if not (
                word.lower_ in onto.TITLE_WORDS
                or word.lower_.rstrip(".") + "." in RANKS
                or word.lower_ in ("retired", "former", "then", "acting", "the", "its", "his")
            ):
                return
            j += 1

    @staticmethod
    def _retells_act(verb: Token) -> bool:
        """'The letter formalizes the step Hegseth announced on Feb. 27': a saying verb in a
        clause on "the step", "the move", "the decision" names an act told elsewhere by
        who made it public; it is that act again, not a statement of its own."""
        noun = verb.head
        return (
            verb.dep_ == "relcl"
            and noun.lemma_.lower() in onto.ACT_NOUNS
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
            and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
        )

    def _weak_statement(self, tok: Token, kind: str, weak: bool) -> bool:
        """Whether a statement trigger is a quote in passing, news only when dated (`weak`:
        what the word lists say). "wrote in a blog post that …", "said in a memo to staff",
        "In a video on X, the minister gave them a month": the words, or the medium they
        came in, report what was said. "The agency's letter is short" describes a letter
        told before. "has announced plans to build a plant" is a formal announcement, news
        without a date."""
        lemma = tok.lemma_.lower()
        if weak:
            return not (
                kind == "V"
                and lemma == "announce"
                and tok.tag_ in ("VBD", "VBN", "VBZ")
                and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in onto.ANNOUNCED_PLANS
                    for c in tok.children
                )
            )
        if kind == "V":
            # "wrote to the Pentagon", "wrote a letter": addressed; "wrote in a post that …"
            return lemma == "write" and not any(
                c.dep_ == "dobj" or (c.dep_ in ("prep", "dative") and c.lower_ == "to")
                for c in tok.children
            )
        if tok.dep_ == "nsubj" and tok.head.lemma_ in ("be", "have"):
            return True  # "the agency's letter is short": a letter described
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
            return True  # "…, according to statements released by Acme": a source cited
        if (
            tok.dep_ != "pobj"
            or tok.head.lower_ != "in"
            or any(c.lower_ in onto.FORMAL for c in tok.children)
        ):
            return False
        verb = tok.head.head
        return verb.lemma_.lower() in onto.SAYING_VERBS or (
            verb.pos_ == "VERB"
            and verb.i not in self._trig_types
            and verb.tag_ != "VBG"  # "an apology for doubting them in a note": its content
            and verb.lemma_.lower() not in onto.MEDIUM_PUBLISHING
        )

    def _inside_name(self, tok: Token) -> bool:
        """'Office of Science and Technology Policy', 'Counter-Drone Contract': a word of a
        name is no trigger."""
        ent = self._tok_ent_all.get(tok.i)
        return ent is not None and len(ent) > 1 and ent.label_ not in ("LAW", "EVENT")

    def _ends_unknown_name(self, tok: Token) -> bool:
        """'the Short Range Reconnaissance (SRR) Program', 'an Airworthiness Directive': a
        capitalised rule word that closes a name the tagger cut short is part of the name,
        and the name is no issuer (a known body, "the Pentagon Directive", still is)."""
        if not tok.text[:1].isupper() or tok.i == tok.sent.start:
            return False
        i = tok.i - 1
        if tok.doc[i].text == ")":  # "… Reconnaissance (SRR) Program"
            while i > tok.sent.start and tok.doc[i].text != "(":
                i -= 1
            i -= 1
        ent = self._tok_ent_all.get(i)
        return (
            ent is not None
            and ent.end == i + 1
            and ent.label_ == "ORG"
            and self.gazetteer.get(ent.id_) is None
        )

    def _named_plan_published(self, tok: Token) -> bool:
        """'launched the AI Acceleration Strategy': the last word of a plan's name, made public
        by the verb it is the object of, names the plan's release (the verb carries it)."""
        ent = self._tok_ent_all.get(tok.i)
        return (
            ent is not None
            and ent.root == tok
            and tok.lemma_.lower() in onto.PLAN_NOUNS
            and tok.dep_ in ("dobj", "nsubjpass")
            and tok.head.lemma_.lower() in onto.PUBLISHING
        )

    def _specific(self, tok: Token, etype: str, kind: str, trig_index: dict[int, str]) -> bool:
        """Whether a trigger word names a happening here, not the idea of one."""
        lemma = tok.lemma_.lower()
        if _asks(tok.sent):
            return False  # "What Will Google's Gemini Offer to the Pentagon?": nothing told
        if _RELATED_RE.match(tok.sent.text):
            return False  # "Also read: OpenAI's ChatGPT rollout on GenAI.mil …": another story
        if kind == "N" and etype == "policy" and self._ends_unknown_name(tok):
            return False
        if kind == "N" and self._inside_name(tok) and not self._named_plan_published(tok):
            return False
        if kind == "N" and etype in ("contract", "policy") and self._disputed(tok):
            return False  # "a protest over a Navy delivery order": what is disputed, not news
        if (
            etype == "statement"
            and kind == "V"
            and lemma == "write"
            and any(
                c.dep_ == "dobj" and c.lemma_.lower() in ("check", "cheque") for c in tok.children
            )
        ):
            return False  # "writing billion-dollar checks to the company": paying, not words
        if (
            etype == "statement"
            and kind == "V"
            and lemma == "deny"
            and any(c.dep_ == "auxpass" for c in tok.children)
            and any(
                c.dep_ == "nsubjpass" and c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
                for c in tok.children
            )
        ):
            return False  # "the safeguards the company was denied": refused it, said nothing
        if (
            etype == "statement"
            and kind == "V"
            and lemma == "warn"
            and any(
                c.dep_ == "ccomp"
                and c.lemma_.lower() in ("result", "lead", "cause")
                and any(a.dep_ == "aux" and a.lower_ in onto.HYPOTHETICAL for a in c.children)
                for c in tok.children
            )
        ):
            # "warned that cost overruns could result in cuts": a risk weighed, no threat
            # made and nothing done
            return False
        if (
            etype == "personnel"
            and kind == "V"
            and tok.dep_ in ("acl", "relcl")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and any(
                c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in ("only", "last"))
                for c in tok.head.children
            )
            # "X was the second general to serve …"; but "became the first woman to serve
            # as secretary on Monday" tells the move
            and tok.head.head.lemma_ == "be"
        ):
            return False  # "the second general to serve as chairman": a record, no move told
        if (
            kind == "V"
            and tok.dep_ == "relcl"
            and tok.head.lemma_.lower() == "time"
            and any(
                c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in ("only", "last"))
                for c in tok.head.children
            )
        ):
            # "…, the second known time Musk has visited the Pentagon": the visit just told,
            # counted among others, not one more
            return False
        if (
            kind == "V"
            and tok.tag_ == "VBG"
            and tok.dep_ == "advcl"
            and etype == "designation"
            and any(
                self._trig_types.get(t.i) == etype for t in tok.head.subtree if t not in tok.subtree
            )
        ):
            # "included the startup in its entity list, barring suppliers from selling to
            # it": what the listing does, not a second listing
            return False
        if (
            etype == "negotiation"
            and kind == "V"
            and lemma == "refuse"
            and tok.dep_ == "pcomp"
            and tok.head.lower_ in ("for", "to")
        ):
            # "cut ties with the company for refusing to …", "in response to it refusing to
            # …": the refusal is the reason of what is told, not a step told here
            return False
        if (
            kind == "V"
            and tok.dep_ != "ROOT"
            and any(c.lower_ == "why" for c in tok.children)
            # "that's why I am announcing …": a consequence told, not a reason asked
            and not any(
                c.dep_ == "nsubj" and c.lower_ in ("that", "this") for c in tok.head.children
            )
        ):
            # "it was not clear why the general was fired": the reason is asked; the firing
            # is told where it is reported
            return False
        if (
            etype == "statement"
            and kind == "V"
            and tok.dep_ == "advcl"
            and tok.tag_ == "VBN"
            and not any(c.dep_ in ("nsubjpass", "auxpass", "nsubj") for c in tok.children)
            and any(c.dep_ == "agent" for c in tok.children)
        ):
            # "…, as announced by its founder on Tuesday", "Announced by the Navy this week,
            # the deal …": a participle with an agent cites the source of its main clause
            return False
        if self._state_or_habit(tok, etype, kind) or self._document_says(tok, kind):
            return False
        if (
            kind == "N"
            and tok.tag_ == "NNS"
            and tok.dep_ == "nsubj"
            and tok.head.lemma_ == "be"
            and tok.head.tag_ == "VBP"
            and not any(c.dep_ in ("det", "poss", "prep") for c in tok.children)
            and any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in tok.head.children)
        ):
            return False  # "Amicus briefs are filings by …": what such things are in general
        if kind == "N" and etype in AGREEMENT_TYPES and self._nearing_deal(tok):
            return True  # "closer to a deal with Google": still talking (_retype)
        if kind == "N" and lemma == "conversation" and tok.tag_ != "NNS":
            return False  # "said in a conversation with reporters": an interview, not talks
        if kind == "N" and tok.head.lower_ == "without":
            return False  # "the deadline passed without agreement": none was reached
        if etype == "negotiation" and kind == "N" and _talks_as_colour(tok):
            return False  # "there were productive conversations with the Pentagon"
        if (
            kind == "N"
            and tok.dep_ == "dobj"
            and tok.head.dep_ == "advcl"
            and tok.head.tag_ == "VBG"
            and tok.head.lemma_.lower() in onto.CHARACTERISING
        ):
            return False  # "accused Anthropic, escalating a feud between …": what the main
            # clause's happening does to a longer story, not a second happening
        if etype == "meeting" and kind == "N" and self._requested(tok):
            return False  # "asked the Pentagon on Monday for a classified briefing": not held
        if kind == "N" and any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in tok.children):
            return False  # "would not affect any current military operation": none in particular
        if (
            kind == "V"
            and lemma == "host"
            and any(c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in tok.children)
        ):
            return False  # "Amazon Web Services hosts it on secret networks": a model, no one
        if kind == "V" and self._purpose_of_award(tok, etype):
            return False  # "a $733 million contract to launch missions": what it is for
        if (
            etype == "partnership"
            and kind == "V"
            and tok.dep_ == "xcomp"
            and tok.head.pos_ == "ADJ"
            and tok.head.lemma_.lower() in onto.FEELING
        ):
            return False  # "we are proud to partner with the Army": a sentiment, no deal told
        if (
            etype == "partnership"
            and kind == "V"
            and lemma == "transfer"
            and any(
                c.dep_ in ("nsubjpass", "dobj")
                and (c.ent_type_ == "PERSON" or c.lemma_.lower() in onto.ROLE_NOUNS)
                for c in tok.children
            )
        ):
            return False  # "the director was transferred to other duties": a person moved
        if (
            etype == "partnership"
            and kind == "V"
            and lemma == "bring"
            and any(
                p.dep_ == "prep"
                and p.lower_ in ("into", "to", "in")
                and any(o.lemma_.lower() in onto.STATES_BROUGHT for o in p.children)
                for p in tok.children
            )
        ):
            return False  # "work needed to bring the jet into compliance": a state, no partner
        if etype == "launch" and kind == "N" and lemma == "initiative":
            return self._new_named_venture(tok)
        if etype == "launch" and kind == "N" and tok.tag_ == "NNS":
            return False  # "its Florida launches", "$13.7 billion in launches": flights in general
        if etype == "launch" and kind == "V" and self._asked_of_others(tok):
            return False  # "directed the Army to establish a task force": not yet set up
        if etype == "launch" and kind == "V" and self._weapons_launched(tok):
            return False  # "drones were launched from a truck": a detail of an attack
        if (
            kind == "V"
            and etype == "contract"
            and tok.dep_ == "acl"
            and tok.head.lemma_.lower() not in ("decision", "move")  # "its decision to award"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        ):
            return False  # "cut its average time to award a deal": what can be done
        if kind == "V" and lemma in onto.ISSUED_RULES and not self._issued_by_someone(tok):
            return False  # "its usage policies prohibit …", "Microsoft halted production"
        if (
            etype == "launch"
            and kind == "V"
            and any(
                c.dep_ == "dobj"
                and c.lemma_.lower() == "plan"
                and any(k.dep_ == "acl" and k.i in trig_index for k in c.children)
                for c in tok.children
            )
        ):
            return False  # "unveiled plans to work with OpenAI": the plan's content is the news
        if (
            etype == "personnel"
            and kind == "V"
            and lemma in ("leave", "depart")
            and any(c.dep_ == "dobj" and self._left_no_post(c) for c in tok.children)
        ):
            # "left room for Claude to be used", "departs the Senate floor" (a photo
            # caption), "senators left Capitol Hill": nobody left a post
            return False
        if (
            etype == "operation"
            and kind == "V"
            and lemma == "scramble"
            and any(c.dep_ == "xcomp" for c in tok.children)
        ):
            return False  # "Europe is scrambling to build chips": a hurry, no jets scrambled
        if kind == "V" and lemma in onto.LEGISLATIVE_ONLY:
            return self._by_legislature(tok)  # "passed the House", not "passed away"
        if kind == "V" and lemma in onto.LEGISLATIVE_RETYPE and self._by_legislature(tok):
            return True  # "the Senate rejected the provision": a legislative step
        if etype == "personnel" and kind == "V" and lemma == "become":
            # "Emil Michael became under secretary of defense"
            return any(
                c.dep_ == "attr" and c.lemma_.lower() in onto.ROLE_NOUNS for c in tok.children
            ) and any(
                c.dep_ == "nsubj"
                and (c.ent_type_ == "PERSON" or c.lower_ in PRONOUN_PERSON and self._ents_of(c))
                for c in tok.children
            )  # "he became the head of the Air Force in 2020"
        if etype == "partnership" and kind == "V" and lemma in ("finalize", "finalise"):
            # "has finalized terms with the Department of War"
            return self._argument_is(tok, ("dobj", "nsubjpass"), {"term", "terms"}, None)
        if (
            etype == "partnership"
            and kind == "N"
            and tok.head.lower_ == "in"
            and not any(c.dep_ in ("det", "poss") for c in tok.children)
        ):
            return False  # "testing in partnership with the Army", "posted in partnership with"
        if etype == "negotiation" and kind == "N" and lemma in ("proposal", "offer"):
            # an offer made, sent or refused between parties, not "under Trump's proposal"
            verb = self._verb_of(tok)
            return (verb is not None and verb.lemma_.lower() in onto.OFFERING) or any(
                c.dep_ == "prep" and c.lower_ in ("to", "from") for c in tok.children
            )
        if (
            etype == "funding"
            and kind == "V"
            and lemma == "raise"
            and self._argument_is(tok, ("dobj",), onto.NOT_RAISED, None)
        ):
            return False  # "RTX raises full-year guidance", "raised concerns"
        if (
            etype in AGREEMENT_TYPES
            and kind == "N"
            and tok.head.lower_ == "of"
            and tok.head.head.lemma_.lower() in onto.FAILING
        ):
            return False  # "the collapse of a deal with Anthropic": no deal was made
        if (
            etype == "meeting"
            and kind == "N"
            and tok.head.lower_ in ("at", "during")
            and tok.head.head.pos_ == "VERB"
            and not any(self._tok_ent_all.get(t.i) is not None for t in tok.subtree)
            and lemma != "hearing"  # "told the committee at a hearing Tuesday": lawmakers met
        ):
            return False  # "announced the decision at a meeting with employees": a venue
        if etype == "policy" and kind == "V" and lemma in ("permit", "allow"):
            if tok.tag_ == "VBZ" and any(
                c.dep_ == "nsubj"
                and (
                    c.lower_ in ("it", "this")
                    or (
                        self._tok_ent_all.get(c.i) is not None
                        and self._tok_ent_all[c.i].label_ == "PRODUCT"
                    )
                )
                for c in tok.children
            ):
                return False  # "ChatGPT Gov allows agencies to use …": what a product can do
            # "will permit U.S. agencies to use its models": a rule on use
            return any(
                c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in ("use", "access")
                for c in tok.children
            ) or self._authorises_government(tok)
        if etype == "funding" and kind == "N" and tok.head.lemma_.lower() in onto.CUTTING:
            return False  # "cut funding for the system": a budget decision, not money raised
        if etype == "operation" and kind == "V" and lemma in ("hit", "target", "seize"):
            # "hit three radar sites", "targeted three U.S. ships"; not "targeted Anthropic"
            return self._argument_is(tok, ("dobj",), onto.TARGETS, "GPE") or (
                lemma == "seize" and self._drugs_seized(tok)
            )
        if (
            etype == "operation"
            and tok.dep_ == "pcomp"
            and tok.head.head.lemma_.lower() in ("capable", "able", "capability")
        ):
            return False  # "we remain capable of striking al-Shabaab": an ability, no strike
        if etype == "operation" and kind == "V" and lemma == "shoot" and tok.tag_ == "VBG":
            # "claimed responsibility for shooting down an MQ-9 drone"; not "useful in
            # shooting down drones", craft in general
            return any(
                c.dep_ == "dobj" and any(k.dep_ in ("det", "nummod", "poss") for k in c.children)
                for c in tok.children
            )
        if etype == "operation" and kind == "V" and lemma in ("down", "sink"):
            # "jets downed an Iranian drone", "sank three minelayers"; not "shares sank"
            return any(c.dep_ == "dobj" and c.ent_type_ != "PERSON" for c in tok.children)
        if etype == "operation" and kind == "N" and lemma == "downing":
            # "the downing of a Navy jet", as "downed a jet" is; not "a downing of tools"
            return any(_names_forces(g, onto.HARDWARE | onto.TROOPS) for g in _of_objects(tok))
        if etype == "operation" and kind == "V" and lemma in ("arrive", "sail"):
            # "soldiers arrive in Poznan", "the USS Ford arrived in the Mediterranean", "the
            # strike group sailed into the South China Sea"
            preps = ("in", "at") if lemma == "arrive" else ("into", "to", "through", "toward")
            return self._to_place(tok, preps) and any(
                c.dep_ == "nsubj"
                and (
                    # "the Nimitz carrier strike group": a group named by its ships
                    _names_forces(c, onto.TROOPS | onto.HARDWARE)
                    or any(t.lower_ == "uss" for t in c.subtree)
                )
                for c in tok.children
            )
        if etype == "statement" and kind == "V" and lemma == "defend":
            # "defended the company's red lines"; not "defend the country", "defend Israel"
            return any(
                c.dep_ == "dobj"
                and c.ent_type_ not in ("GPE", "LOC", "NORP")
                and c.lemma_.lower() not in {"country", "nation", "homeland", "border", "itself"}
                for c in tok.children
            )
        if etype == "legal" and kind == "V" and lemma == "sustain":
            # "GAO sustained the protest"; not "sustained losses"
            return self._argument_is(tok, ("dobj", "nsubjpass"), {"protest", "objection"}, None)
        if etype == "operation" and kind == "V" and lemma == "send":
            return self._troops_sent(tok)  # "sent 1,500 more troops to the Middle East"
        if etype == "legal" and kind == "V" and lemma == "investigate":
            # "the inspector general is investigating Brown": a named party under inquiry,
            # not "to investigate how AI may help"
            return any(
                c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ in ("PERSON", "ORG")
                for c in tok.children
            )
        if etype == "legal" and kind == "V" and lemma == "ask":
            return self._court_asked(tok)  # "asked a federal appeals court to pause it"
        if etype == "negotiation" and kind == "V" and lemma == "offer":
            # "offered Anthropic a compromise", "offered to mediate"
            return (
                self._argument_is(tok, ("dobj",), onto.OFFERS, None)
                or any(
                    c.dep_ == "xcomp" and c.lemma_.lower() in ("mediate", "negotiate", "settle")
                    for c in tok.children
                )
                # "offered to drop its restriction if the department agreed to …": terms
                or any(
                    c.dep_ in ("xcomp", "advcl")
                    and any(k.lower_ == "to" for k in c.children)
                    and any(t.lower_ in ("if", "unless", "exchange") for t in c.subtree)
                    for c in tok.children
                )
            )
        if etype == "funding" and kind == "V" and lemma in onto.MONEY_VERBS:
            # "secured $350 million from investors" (not "secured a $9 million contract"),
            # "investors poured $20 billion into xAI", "the request seeks $1.5 billion"
            if tok.dep_ == "acl" and tok.tag_ == "VBN":
                # "with $30 billion requested for fiscal 2024", "the amount requested by the
                # White House": a participle on the money it tells of
                return self._is_money(tok.head) or tok.head.lemma_.lower() in ("amount", "sum")
            return any(c.dep_ == "dobj" and self._is_money(c) for c in tok.children)
        if etype == "negotiation" and kind == "V" and self._court_refuses(tok):
            return True
        if etype == "negotiation" and kind == "V" and lemma in onto.REFUSING | {"propose"}:
            # "proposed new terms", "declined the Pentagon's request", "refused to change its
            # usage policy": a step of a negotiation; "publicly rejected claims": a denial
            return any(
                (c.dep_ == "dobj" and c.lemma_.lower() in onto.DEMANDS | onto.CLAIMS)
                or (
                    # "refused on Thursday to remove its safeguards" parses the infinitive
                    # as an adverbial clause once a date stands between
                    (
                        c.dep_ == "xcomp"
                        or (c.dep_ == "advcl" and any(k.lower_ == "to" for k in c.children))
                    )
                    and lemma != "propose"
                    and (
                        c.lemma_.lower() in onto.COMPLYING
                        or (
                            c.lemma_.lower() in onto.GRANTING
                            and self._argument_is(c, ("dobj",), onto.GRANTED, None)
                        )
                    )
                )
                for c in tok.children
            )
        if etype == "legal" and kind == "V" and lemma in onto.COURT_VERBS:
            if lemma == "dismiss" and (
                self._argument_is(tok, ("dobj", "nsubjpass"), set(), "PERSON") or self._as_role(tok)
            ):
                return True  # a person dismissed, or dismissed "as chairman": retyped as personnel
            if not any(t.lower_ in onto.COURT_WORDS for t in tok.sent):
                return False
        if (
            kind == "N"
            and tok.tag_ == "NNS"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "as"
            and any(c.lower_ == "such" for c in tok.head.children)
            and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)
        ):
            # "used in militia operations, such as attacks on warships": a bare plural after
            # "such as" names an example of a kind of act, not a happening of its own
            return False
        if (
            kind == "N"
            and lemma == "test"
            and tok.tag_ == "NNS"
            and any(c.lower_ in onto.VAGUE_COUNTS for c in tok.children if c.dep_ == "amod")
        ):
            return False  # "has undergone several field tests": tests in general, no one test
        if kind == "N" and lemma in onto.SINGULAR_ONLY and tok.tag_ == "NNS":
            # "military operations" in general are no raid; "operations in Iran" are
            verb = self._verb_of(tok)
            where = [  # "operations in Iran"; not "the U.S. military's operations"
                t for c in tok.children if c.dep_ == "prep" for t in c.subtree
            ] + [  # "carried out airstrikes in Yemen"; not the phrase the noun is in
                # ("embedded in US military operations": whose operations, not where)
                t
                for c in (verb.children if verb is not None else ())
                if c.dep_ == "prep"
                and c.lower_ in ("in", "on", "against", "over")
                and tok not in c.subtree
                for t in c.subtree
            ]
            placed = any(
                (e := self._tok_ent_all.get(t.i)) is not None and e.label_ in PLACE_LABELS
                for t in where
            )
            # "strikes that began in January 2024": a campaign with a start of its own
            begun = any(
                (c.dep_ in ("relcl", "acl") and c.lemma_.lower() in ("begin", "start"))
                # "more than a dozen U.S. strikes since September": counted from a start
                or (c.dep_ == "prep" and c.lower_ == "since")
                for c in tok.children
            ) or (tok.i + 1 < tok.sent.end and tok.doc[tok.i + 1].lower_ == "since")
            if not placed and not begun and not self._campaign_named(tok):
                return False
        if (
            kind == "V"
            and lemma == "issue"
            and not self._argument_is(tok, ("dobj", "nsubjpass"), onto.ISSUED, "LAW")
        ):
            # "(Source: General Dynamics; issued March 20, 2019)": nothing issued; "issued
            # invitations": nothing ruled or said
            return False
        if kind == "V" and lemma == "order" and self._bought(tok) and not self._forces_moved(tok):
            return False  # "ordered a total of 48 missions": a purchase, not a directive
        if kind == "V" and lemma in onto.RULE_MAKING:
            # "updated its policy on autonomy in weapons in 2023", "adopted principles in
            # 2020"; not "updated its forecast" or "adopted Claude"
            ruled = self._argument_is(tok, ("dobj", "nsubjpass"), onto.RULE_NOUNS, "LAW")
            return ruled or lemma == "adopt"
        if kind == "V" and lemma in ("inform", "notify"):
            # "informed Amodei that he would declare the company a risk if …": a threat told
            # to its target; "leaders were informed of the firing" tells of the firing only
            return self._conditional_threat(tok)
        if kind == "V" and lemma == "demand":
            # "demanded that Anthropic drop its limits by Friday", "… by the end of the
            # month": a demand with a deadline
            return any(
                d.span.root.head.lower_ in ("by", "until", "before")
                and d.span.start in range(tok.i, tok.right_edge.i + 1)
                for d in self._dates
            ) or any(
                t.lower_ in ("by", "until", "before")
                and any(p.dep_ == "pobj" and p.lemma_.lower() == "end" for p in t.children)
                for t in tok.subtree
            )
        if kind == "V" and lemma in ("sign", "veto"):  # a bill or an act, not a deal
            return (
                self._argument_is(tok, ("dobj", "nsubjpass"), onto.LAW_NOUNS, "LAW")
                # "signed into law Senate Bill 53": the phrase names a law made
                or any(
                    c.dep_ == "prep"
                    and c.lower_ == "into"
                    and any(t.lower_ == "law" for t in c.subtree)
                    for c in tok.children
                )
                or (
                    # "a spending bill he signed earlier this year", "a bill that was vetoed
                    # by the governor": the noun is the object
                    tok.dep_ == "relcl"
                    and tok.head.lemma_.lower() in onto.LAW_NOUNS
                    and not any(
                        c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in RELATIVE
                        for c in tok.children
                    )
                )
            )
        if kind == "V" and lemma == "take" and etype == "statement":  # "took to X on Monday"
            return any(
                c.dep_ == "prep"
                and c.lower_ == "to"
                and any(p.lower_ in onto.PLATFORMS or p.lower_ == "media" for p in c.subtree)
                for c in tok.children
            )
        if kind == "N" and lemma == "post" and tok.head.lower_ in ("via", "through", "in"):
            if any(
                v.pos_ == "VERB" and onto.VERB_TRIGGERS.get(v.lemma_.lower()) == "policy"
                for v in list(tok.head.ancestors)[:3]
            ):
                return False  # "directed agencies … via a Truth Social post": the order's channel
        if (
            kind == "N"
            and lemma == "strategy"
            and not any(c.lower_ in ("security", "defense", "defence") for c in tok.children)
        ):
            verb = self._verb_of(tok)
            return verb is not None and verb.lemma_.lower() in onto.LIGHT_VERBS
        if (
            etype == "policy"
            and kind == "V"
            and lemma == "remove"
            and (
                self._argument_is(tok, ("dobj", "nsubjpass"), onto.ROLE_NOUNS, None)
                or self._as_role(tok)  # "removed Alan Pryor as director"
            )
        ):
            return True  # "removed the director of the Defense Innovation Unit": a firing
        if kind == "V" and self._suit_dropped(tok):
            return True  # "dropped the lawsuit in 2015": a step of the court case
        if etype == "policy" and kind == "V" and lemma == "drop" and self._bombs_dropped(tok):
            return True  # "bombers dropped bunker-busting bombs on a site": retyped operation
        if etype == "policy" and kind == "V" and lemma in onto.RULE_CHANGING:
            # "dropped its pledge", "removed the ban": a rule changed (not "dropped a suit");
            # "scrapped JEDI", "killed the program": a program ended
            return self._argument_is(tok, ("dobj", "nsubjpass"), onto.RULE_NOUNS, None) or (
                lemma in onto.ENDING
                and self._argument_is(
                    tok,
                    ("dobj", "nsubjpass"),
                    # "scrapped its JEDI cloud contract": a program ended (README)
                    onto.STARTED_NOUNS | onto.BOUGHT | onto.HARDWARE | {"contract"},
                    "PRODUCT",
                )
            )
        if etype == "personnel" and kind == "V" and lemma in ("assume", "take"):
            if self._argument_is(tok, ("nsubj",), set(), "ORG"):
                return False  # "Anduril will assume the role of prime contractor"
            # "took on the role in early 2018", "assumed command in May"
            # "assumed leadership of the office", "assumed the chairmanship"
            held = onto.POSTS | {"leadership", "chairmanship", "presidency"}
            return self._argument_is(tok, ("dobj",), held, None) or any(
                c.dep_ == "prt" and c.lower_ == "over" for c in tok.children
            )  # "will take over as interim CEO"
        if (
            etype == "personnel"
            and kind == "V"
            and lemma == "serve"
            and tok.tag_ in ("VBD", "VBN")
            and not any(c.dep_ == "prep" and c.lower_ == "since" for c in tok.children)
        ):
            return False  # "served as deputy secretary from 2009 to 2016": a career, told
        if (
            etype == "designation"
            and kind == "V"
            and any(
                c.dep_ == "dobj"
                and (c.lemma_.lower() in onto.ROLE_NOUNS or c.ent_type_ == "PERSON")
                for c in tok.children
            )
        ):
            return False  # "designates the Secretary of Energy as responsible": a task given
        if (
            etype == "designation"
            and kind == "V"
            and any(
                c.dep_ == "prep"
                and c.lower_ == "as"
                and any(k.dep_ == "pobj" and k.lemma_.lower() in PROGRAM_NOUNS for k in c.children)
                for c in tok.children
            )
        ):
            return False  # "designated the system as a program of record": a status, no blacklist
        if etype == "negotiation" and kind == "V" and lemma in ("pressure", "push"):
            # "the Pentagon is pushing AI companies to make their tools available"
            return (
                any(
                    c.dep_ == "dobj"
                    and (
                        any(e.label_ == "ORG" for e in self._ents_of(c))
                        # "pressuring big AI firms to open their models": companies as a class
                        or c.lemma_.lower() in COMPANY_WORDS
                    )
                    for c in tok.children
                )
                and any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)
                and not any(c.dep_ == "prt" for c in tok.children)  # "push back against"
            )
        if etype == "policy" and kind == "V" and lemma in ("cut", "slash", "trim", "discontinue"):
            return self._cut_by_government(tok)
        if etype == "personnel" and kind == "V" and self._describes_judge(tok):
            return False  # "a federal judge appointed by Joe Biden": who the judge is
        if (
            etype == "personnel"
            and kind == "V"
            and lemma in ("depart", "leave")
            and self._argument_is(tok, ("nsubj",), onto.TARGETS | onto.HARDWARE | {"it"}, None)
        ):
            return False  # "after it had departed from Venezuela": a boat leaving port
        if etype == "personnel" and kind == "V" and lemma in ("part", "let"):
            return self._person_let_go(tok)  # "parted ways with its policy chief", "was let go"
        if etype == "personnel" and kind == "V" and lemma == "withdraw":
            # "Shanahan withdrew his name", "the White House withdrew her nomination"
            return self._argument_is(tok, ("dobj", "nsubjpass"), onto.CANDIDACY, None)
        if etype == "launch" and kind == "V" and lemma in ("release", "introduce"):
            return self._product_released(tok)
        if (
            etype == "launch"
            and kind == "V"
            and lemma in onto.FOUNDING_VERBS
            and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)
        ):
            return False  # "the contract establishes Anduril as the primary provider": a role
        if etype == "launch" and kind == "V" and lemma in onto.FOUNDING_VERBS:
            return self._founds_organisation(tok) and not self._ordered(tok)
        if etype == "ultimatum" and kind == "V" and lemma == "have":
            # "told Amodei that Anthropic had until Friday to comply": a deadline told to
            # the one it binds, with what it must do
            return (
                tok.dep_ == "ccomp"
                and tok.head.lemma_.lower() in onto.TELLING
                and any(
                    c.dep_ in ("xcomp", "advcl") and any(k.dep_ == "aux" for k in c.children)
                    for c in tok.children
                )
            )
        if etype == "operation" and kind == "V" and lemma == "open":
            return True  # "opened fire on a small boat" (a phrase trigger)
        if kind == "V" and lemma in ("start", "begin", "open", "kick"):  # a program or a product
            if any(c.dep_ == "dobj" and self._joint_pilot(c) for c in tok.children):
                return False  # "started a pilot program with the CDAO": the joint work is told
            if tok.dep_ == "acl" and tok.tag_ == "VBN":  # "the JEDI initiative, started in 2017"
                return tok.head.lemma_.lower() in onto.STARTED_NOUNS | onto.FOUNDED_NOUNS
            return self._argument_is(
                tok, ("dobj", "nsubjpass"), onto.STARTED_NOUNS | onto.FOUNDED_NOUNS, "PRODUCT"
            ) or self._argument_is(tok, ("nsubj",), onto.STARTED_NOUNS, None)
        if kind == "V" and lemma in onto.LIGHT_VERBS:
            # "issued a directive": the noun names the event and takes the verb's subject
            for c in tok.children:
                if c.dep_ in ("dobj", "nsubjpass") and trig_index.get(c.i) not in (None, etype):
                    return False
        if (
            kind == "V"
            and lemma == "work"
            and (
                _quoted(self._text, tok) or (tok.tag_ == "VBG" and not self._past_progressive(tok))
            )
        ):
            # "we have been working with HASC": talk of cooperation, not a deal; but "Google
            # was working with the Pentagon to develop …" tells a past joint project
            return False
        if (
            etype == "operation"
            and kind == "V"
            and lemma in ("test", "demonstrate", "field", "fly")
        ):
            return (
                self._argument_is(tok, ("dobj", "nsubjpass"), onto.HARDWARE, "PRODUCT")
                or (
                    # "the V-BAT flew its first mission from a Navy ship"
                    lemma == "fly"
                    and (
                        self._argument_is(tok, ("nsubj",), onto.HARDWARE, "PRODUCT")
                        # "the Air Force flew its first combat sortie"
                        or any(
                            self._is_government(e.id_)
                            for c in tok.children
                            if c.dep_ == "nsubj"
                            for e in self._ents_of(c)
                        )
                    )
                    and self._argument_is(tok, ("dobj",), {"mission", "sortie", "flight"}, None)
                )
                or (lemma == "fly" and self._armed_over_place(tok))
            )
        if etype == "funding" and kind == "N" and self._characterised(tok):
            return False
        if (
            etype == "funding"
            and lemma == "budget"
            and tok.dep_ == "compound"
            and tok.head.lemma_.lower() not in onto.BUDGET_MOVES
        ):
            return False  # "over the next five budget cycles", "budget hearings": no money moved
        if etype == "funding" and kind == "N" and self._sum_described(tok):
            return False
        if etype == "policy" and kind == "N" and tok.tag_ == "NNS":
            # "its usage policies", "task orders": rules in general, unless issued here
            verb = self._verb_of(tok)
            if verb is None or verb.lemma_.lower() not in onto.LIGHT_VERBS | {"sign", "issue"}:
                return False
        if etype == "policy" and kind == "V" and self._provision(tok):
            return False
        if (
            etype == "policy"
            and kind == "V"
            and tok.dep_ == "amod"
            # not "Trump directed federal agencies to …", misparsed as "directed agencies"
            and tok.doc[tok.i - 1].pos_ not in ("PROPN", "NOUN", "PRON", "CCONJ")
        ):
            return False  # "directed energy", "a restricted area": a participle naming a kind
        if (
            etype == "policy"
            and kind == "V"
            and lemma in ("approve", "direct")
            and tok.dep_ == "acl"
            and tok.tag_ == "VBN"
            and tok.head.lemma_.lower()
            not in onto.DOCUMENTS | onto.LAW_NOUNS | onto.PLAN_NOUNS | {"sale", "request"}
        ):
            return False  # "the deal, approved through the GSA", "a system approved by the
            # office": what the thing is, told in passing (not "the bill approved on Monday")
        if (
            etype == "policy"
            and kind == "N"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "in"
            and tok.head.head.lemma_.lower() in onto.SHIFTS
            and not any(c.dep_ in ("det", "poss") for c in tok.children)
        ):
            return False  # "a major pivot in defense strategy": a field changing, no document
        if etype == "contract" and kind == "N" and lemma in ("contract", "deal"):
            return (
                self._awarded(tok)
                or self._dated_retelling(tok) is not None
                or self._between_named(tok)
            )
        if etype == "legal" and lemma == "complain":
            # "first complained to the GAO in January": a protest filed; not "users
            # complained that the system was too complicated"
            return any(
                p.dep_ == "prep" and p.lower_ == "to" and any(map(self._adjudicator, p.children))
                for p in tok.children
            )
        if etype == "legal" and lemma == "complaint" and kind == "N":
            verb = self._verb_of(tok)
            if verb is not None and verb.lemma_.lower() in onto.GRIEVANCE_HEARD:
                return False  # "he had received complaints from companies": grievances
        if etype == "designation" and lemma == "risk":
            near = [*list(tok.ancestors)[:3], *tok.doc[max(tok.sent.start, tok.i - 8) : tok.i]]
            return any(t.lemma_.lower() in onto.DESIGNATING for t in near) or any(
                c.lemma_.lower() in onto.DESIGNATING for c in tok.head.children
            )
        if etype == "ultimatum":
            if kind == "V" and lemma == "threaten":
                return any(c.dep_ == "xcomp" or c.lower_ == "with" for c in tok.children)
            if kind == "N" and lemma == "deadline":
                verb = self._verb_of(tok)
                if verb is None or verb.lemma_.lower() not in onto.ULTIMATUM_VERBS:
                    return False
                if any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in onto.DOCUMENTS | {"memorandum"}
                    for c in verb.children
                ):
                    return False  # "the memorandum sets a deadline for leaders": its content
                if verb.lemma_.lower() == "set":
                    return any(
                        c.dep_ in ("dative", "prep")
                        and c.lower_ in ("for", "on")
                        and any(self._entity_at(p) is not None for p in c.children)
                        for c in [*tok.children, *verb.children]
                    ) or any(  # "a Friday deadline for Anthropic to accept the terms"
                        c.dep_ in ("acl", "relcl", "advcl")
                        and any(
                            k.dep_ == "nsubj" and self._entity_at(k) is not None for k in c.children
                        )
                        for c in [*tok.children, *verb.children]
                    )
        return True

    def _fires(self, tok: Token) -> bool:
        """'launched a Tomahawk', 'launched strikes', 'fired on Iranian boats': a weapon let
        go, not a product put on sale."""
        if self._argument_is(tok, ("dobj",), onto.FIRED, None):
            return True
        if self._argument_is(tok, ("dobj",), onto.HARDWARE | {"wave"}, None) and any(
            c.dep_ == "prep"
            and c.lower_ in ("at", "against")
            and any(  # a place or a target aimed at, not "at a trade show"
                g.ent_type_ in ("GPE", "LOC") or g.lemma_.lower() in onto.TARGETS
                for g in c.children
            )
            for c in tok.children
        ):
            return True  # "launched drones at Kyiv", "launched a wave of drones at the city"
        if any(  # "launched a wave of missiles at the ship"
            o.lemma_.lower() in onto.FIRED
            for c in tok.children
            if c.dep_ == "dobj"
            for o in _of_objects(c)
        ):
            return True
        if tok.lemma_.lower() == "fire" and any(
            c.dep_ == "dobj"
            and (
                c.lemma_.lower() in onto.AMMUNITION
                or any(o.lemma_.lower() in onto.AMMUNITION for o in _of_objects(c))
            )
            for c in tok.children
        ):
            return True  # "fired 150 rounds of munitions at targets": not a firing from a job
        if tok.lemma_.lower() != "fire" or any(c.dep_ == "dobj" for c in tok.children):
            return False
        return any(
            c.dep_ == "prep"
            and c.lower_ in ("on", "at")
            and any(g.ent_type_ not in ("PERSON", "DATE", "TIME") for g in c.children)
            for c in tok.children
        )

    def _armed_over_place(self, verb: Token) -> bool:
        """'B-52 bombers flew over the Baltic Sea': warplanes flown over a named place."""
        return self._argument_is(verb, ("nsubj",), onto.HARDWARE, None) and self._to_place(
            verb, ("over", "near", "into", "through", "above")
        )

    def _to_place(self, verb: Token, preps: tuple[str, ...]) -> bool:
        return any(
            c.dep_ == "prep"
            and c.lower_ in preps
            and any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.children)
            for c in verb.children
        )

    @staticmethod
    def _troops_sent(tok: Token) -> bool:
        """'sent 1,500 troops', 'deployed a carrier strike group'."""
        return any(
            c.dep_ in ("dobj", "nsubjpass") and _names_forces(c, onto.TROOPS) for c in tok.children
        )

    @staticmethod
    def _mission_formed(verb: Token) -> bool:
        """'established a naval task force', 'a multinational task force was formed': forces
        put together for a mission at sea or in the field, not an office made (an AI task
        force stays a launch)."""
        return any(
            c.dep_ in ("dobj", "nsubjpass")
            and c.lemma_.lower() == "force"
            and any(k.lower_ == "task" for k in c.children if k.dep_ == "compound")
            and any(k.lower_ in onto.MISSION_FORCES for k in c.children if k.dep_ == "amod")
            for c in verb.children
        )

    def _campaign_named(self, noun: Token) -> bool:
        """'the 2024 strikes on the Houthis', 'last year's airstrikes', 'attacks against
        Hamas': strikes given their own date or an armed foe are one campaign."""
        if any(c.ent_type_ == "DATE" and c.dep_ != "prep" for c in noun.children):
            return True
        for c in noun.children:
            if c.dep_ != "prep" or c.lower_ not in ("on", "against"):
                continue
            for g in c.children:
                ent = self._tok_ent_all.get(g.i)
                entry = self.gazetteer.get(ent.id_) if ent is not None else None
                if entry is not None and {"foreign", "military"} & set(entry.tags):
                    return True
        return False

    def _bombs_dropped(self, verb: Token) -> bool:
        """'dropped bunker-buster bombs on a facility', 'dropped munitions'."""
        return self._argument_is(verb, ("dobj",), {"bomb", "munition", "bombs", "munitions"}, None)

    @staticmethod
    def _drugs_seized(verb: Token) -> bool:
        """'seized 3,000 pounds of cocaine', 'seized the drugs': an interdiction."""
        for c in verb.children:
            if c.dep_ not in ("dobj", "nsubjpass"):
                continue
            held = [c, *_of_objects(c)]
            if any(t.lemma_.lower() in onto.DRUGS for h in held for t in h.subtree):
                return True
        return False

    @staticmethod
    def _describes_judge(verb: Token) -> bool:
        """'a federal judge appointed by Joe Biden', 'the Trump-appointed judge': a judge
        told by who appointed them, not an appointment."""
        return (
            verb.lemma_.lower() in ("appoint", "nominate")
            and verb.dep_ == "acl"
            and verb.head.lemma_.lower() in ("judge", "justice")
        )

    def _person_let_go(self, verb: Token) -> bool:
        """'parted ways with its head of policy, Dan Reese', 'Leo Grant was let go': a person
        (by name or post) who leaves; not two companies parting ways."""
        if verb.lemma_.lower() == "let":
            held = [c for c in verb.children if c.dep_ == "nsubjpass"]
        else:
            held = [
                o
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "with"
                for o in c.children
                if o.dep_ == "pobj"
            ]
        return any(
            o.ent_type_ == "PERSON" or o.lemma_.lower() in onto.ROLE_NOUNS | onto.TITLE_WORDS
            for o in held
        )

    @staticmethod
    def _move_kind(ev: Event) -> str:
        """Nominated, confirmed, sworn in, gone (onto.MOVE_KINDS), else taking a post."""
        return onto.MOVE_KINDS.get(ev.trigger.lemma_.lower(), "in")

    def _moves_of_others(self, a: Event, b: Event) -> bool:
        """'… that Emil Michael will serve as CTO and that Cameron Stanley will serve as
        chief digital officer': two verbs in coordinated clauses, each moving its own
        person, are two moves."""
        ta, tb = a.trigger, b.trigger
        if ta.pos_ != "VERB" or tb.pos_ != "VERB":
            return False
        if not (tb.dep_ == "conj" and tb.head == ta) and not (ta.dep_ == "conj" and ta.head == tb):
            return False

        def own(verb: Token) -> set[str]:  # the person the verb's own clause moves
            return {
                e.id_ or e.text
                for c in verb.children
                if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                for e in self._ents_of(c)
                if e.label_ == "PERSON"
            }

        people_a, people_b = own(ta), own(tb)
        return bool(people_a) and bool(people_b) and not people_a & people_b

    def _forces_moved(self, verb: Token) -> bool:
        """'ordered two more destroyers to the Red Sea': troops or ships moved to a place now
        (tests/gold/real/README.md: orders that move forces now are operations)."""
        return self._troops_sent(verb) and self._to_place(verb, ("to", "into"))

    def _court_asked(self, tok: Token) -> bool:
        """'asked a federal appeals court to pause the designation', 'urged the court to
        dismiss the lawsuit': a filing that asks a court to act."""
        court = any(
            c.dep_ in ("dobj", "dative") and any(t.lower_ in onto.COURT_WORDS for t in c.subtree)
            for c in tok.children
        )
        return court and any(
            c.dep_ in ("xcomp", "ccomp")
            # "asked a federal appeals court on Friday to pause the designation"
            or (c.dep_ == "advcl" and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children))
            for c in tok.children
        )

    @staticmethod
    def _picked_for_post(tok: Token) -> bool:
        """'picked a former executive to be the Army's acquisition chief'; 'selected a new
        director to lead the unit', 'chose Jane Roe to head the office': a person (by name
        or post) chosen to lead is a hire; a company chosen to run a program is an award."""
        for c in tok.children:
            if c.dep_ in ("xcomp", "oprd", "advcl") and c.lemma_ in ("be", "become"):
                if any(
                    a.dep_ == "attr" and a.lemma_.lower() in onto.ROLE_NOUNS for a in c.children
                ):
                    return True
        people = [
            c
            for c in tok.children
            if c.dep_ in ("dobj", "nsubjpass")
            and (c.ent_type_ == "PERSON" or c.lemma_.lower() in onto.ROLE_NOUNS)
        ]
        leads = any(
            c.dep_ in ("xcomp", "advcl", "acl", "relcl")
            and c.lemma_.lower() in onto.LEADING - {"serve"}
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in [*tok.children, *(g for p in people for g in p.children)]
        )
        return bool(people) and leads

    def _purpose_of_award(self, tok: Token, etype: str) -> bool:
        """An infinitive that tells what a contract or a deal is for ("a contract to launch
        missions", "a modification to do work needed to bring the jet into compliance")."""
        if tok.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return False
        for a in list(tok.ancestors)[:4]:
            other = self._trig_types.get(a.i)
            if other is not None:
                return a.pos_ == "NOUN" and other != etype and other in AGREEMENT_TYPES
            if a.dep_ not in ("acl", "relcl", "advcl", "xcomp", "amod", "dobj", "pobj", "prep"):
                return False
        return False

    def _known_partnership(self, tok: Token) -> bool:
        """'touted its partnership with Microsoft', 'the current agreement with SpaceX',
        'five times its previous agreements': a partnership already told of, named by its
        owner or as the one in place, that no verb of making (sign, reach, announce, form …)
        governs and no date of its own places, is what holds, not a happening."""
        known = any(
            (c.dep_ == "poss")
            or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
            for c in tok.children
        ) or any(
            c.dep_ == "amod" and c.lower_ in onto.EARLIER_WORDS | {"current"} for c in tok.children
        )
        if not known or tok.head.lower_ in ("via", "through"):
            return False  # "deployed through Anthropic's partnership with Palantir": the means
        verb = self._verb_of(tok)
        making = onto.CONTRACT_VERBS | onto.RETELLING_VERBS | onto.FORMING | {"confirm"}
        if verb is not None and verb.lemma_.lower() in making:
            return False
        clause = (verb or tok).subtree
        if any(t.ent_type_ in ("DATE", "MONEY") for t in clause):
            return False
        # "ongoing collaborations with the lab, dating back to 2018": dated after all
        return not any(c.lower_ in ("dating", "dates") for c in tok.sent)

    @staticmethod
    def _announced_partnership(ev: Event) -> bool:
        """'Anthropic said it would work with Palantir and Amazon to supply its models': a
        partnership a party announces it will enter is news when told (like a hire), though
        its work lies ahead; a plan merely hoped for ("hopes to partner") is not."""
        verb = ev.trigger
        return (
            ev.type == "partnership"
            and verb.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in verb.children)
            and verb.dep_ == "ccomp"
            and verb.head.lemma_.lower() in ("say", "announce")
        )

    @staticmethod
    def _past_progressive(verb: Token) -> bool:
        """'was working with the Pentagon to develop …': a past course of work with a purpose."""
        return any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children) and any(
            c.dep_ in ("xcomp", "advcl")
            and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)
            for c in verb.children
        )

    def _adjudicator(self, tok: Token) -> bool:
        """A court, a judge, or the GAO (which decides bid protests)."""
        ent = self._entity_at(tok)
        if ent is not None and (self._is_court(ent.id_) or ent.id_ == "gao"):
            return True
        return tok.lemma_.lower() in ("court", "judge")

    def _adjudicated(self, noun: Token) -> bool:
        """'a Government Accountability Office decision released Wednesday', 'the court's
        decision', 'GAO said in a decision made public Monday': a decision given by a court
        or by the GAO (which decides bid protests) is a ruling; anyone else's is a choice."""

        near = [c for c in noun.children if c.dep_ in ("compound", "poss", "nmod")]
        near += [
            g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
        ]
        near += [t for c in near for t in c.subtree]
        if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB":
            near += [
                c for c in noun.head.head.children if c.dep_ == "nsubj"
            ]  # "GAO said in a decision"
        return any(self._adjudicator(t) for t in near)

    def _joint_pilot(self, noun: Token) -> bool:
        """'started a pilot program with the CDAO', 'pilot programs with the Army': a trial
        run together with a named organisation is joint work (a partnership)."""
        if noun.head.lower_ == "of" and noun.head.head.lower_ == "part":
            return False  # "as part of a pilot program with the DoD, OpenAI launched …": a frame
        return (
            noun.lemma_.lower() == "program"
            and any(c.dep_ in ("compound", "amod") and c.lower_ == "pilot" for c in noun.children)
            and any(
                c.dep_ == "prep"
                and c.lower_ == "with"
                and any(g.dep_ == "pobj" and self._entity_at(g) is not None for g in c.children)
                for c in noun.children
            )
        )

    def _agree_together(self, verb: Token) -> bool:
        """'Anduril and Meta agreed to jointly build headsets', 'Boeing agreed with Saab to
        develop a trainer': two organisations agreeing to do a thing together is a
        partnership; one party agreeing to terms or to a demand is a step of a negotiation."""
        if not any(c.dep_ == "xcomp" for c in verb.children):
            return False
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        parties = [t for s in subj for t in [s, *s.conjuncts] if t.ent_type_ == "ORG"]
        partner = any(
            c.dep_ == "prep"
            and c.lower_ == "with"
            and any(g.dep_ == "pobj" and g.ent_type_ == "ORG" for g in c.children)
            for c in verb.children
        )
        return bool(subj) and (len(parties) >= 2 or (len(parties) == 1 and partner))

    def _state_or_habit(self, tok: Token, etype: str, kind: str) -> bool:
        """What is usual or lasting, not a happening: "attack helicopters", "a launch pad"
        (a kind of thing), "the DIU, which collaborates with startups", "who serves as
        director" (a lasting state), "traditionally, chiefs have met executives" (a habit)."""
        if (
            kind == "N"
            and etype in ("operation", "launch")
            and tok.dep_ == "compound"
            and tok.head.pos_ == "NOUN"
        ):
            return True
        if kind == "N" and etype == "partnership" and self._describes_company(tok):
            return True
        if kind == "N" and etype == "partnership" and self._known_partnership(tok):
            return True
        if (
            kind == "N"
            and etype == "partnership"
            and tok.dep_ == "dobj"
            and tok.head.lemma_ == "have"
            and tok.head.tag_ in ("VBZ", "VBP")
        ):
            return True  # "Google has a OneGov agreement with the GSA": what holds, not news
        if kind == "V" and tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP"):
            return not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
        if (
            kind == "V"
            and etype == "partnership"
            and tok.lemma_ in onto.LOOSE_PARTNERSHIP
            and {c.lower_ for c in tok.children if c.dep_ == "auxpass"} & {"is", "are"}
        ):
            return True  # "the only firm whose model is deployed on classified networks"
        if (
            kind == "N"
            and tok.dep_ == "nsubj"
            and tok.head.tag_ in ("VBZ", "VBP")
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.head.children)
            # "a deal with OpenAI", "a $500 million deal signed Jan. 14": that one
            and not any(
                t.i in self._tok_ent or t.ent_type_ in ("MONEY", "DATE") for t in tok.subtree
            )
        ):
            return True  # "a single agreement gives the government a clearer view": any such
        if (
            kind == "N"
            and etype == "funding"
            and tok.dep_ in ("nsubj", "nsubjpass")
            and tok.head.lemma_.lower() in ("be", "comprise", "include", "consist")
            and (
                tok.head.tag_ in ("VBZ", "VBP")
                or any(
                    c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                    for c in tok.head.children
                )
            )
        ):
            return True  # "the $705 billion budget is comprised of …": a sum described
        if kind == "N" and any(
            c.dep_ == "amod" and c.lower_ in ("annual", "yearly", "monthly", "weekly", "regular")
            for c in tok.children
        ):
            return True  # "shown at the association's annual meeting": a recurring venue
        verb = tok if kind == "V" else self._verb_of(tok)
        if verb is None:
            return False
        return any(c.dep_ == "advmod" and c.lower_ in onto.HABITUAL for c in verb.children) or any(
            # "for years, Trump has warned": a long stretch of saying it, not one saying
            c.dep_ == "prep"
            and c.lower_ == "for"
            and any(
                g.tag_ == "NNS" and g.lemma_.lower() in ("year", "decade", "month")
                for g in c.children
            )
            for c in verb.children
        )

    def _product_released(self, verb: Token) -> bool:
        """'released ChatGPT Gov', 'introduced a new suite of models'; not 'released a
        redacted version of its complaint', 'a decision released Wednesday', 'released the
        details of the budget' (and a law or a budget "introduced" is retyped as policy)."""
        if self._launches_policy(verb):
            return True  # "released its AI Action Plan": retyped as policy
        made = (
            onto.RELEASED_NOUNS
            | onto.FOUNDED_NOUNS
            | onto.STARTED_NOUNS
            | onto.LAW_NOUNS
            | onto.REPORTS  # "released its earnings": retyped as a statement
            | onto.DOCUMENTS
            | onto.HARDWARE  # "introduced its Fury drone"
            | {"blueprint", "petition"}
        )
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if verb.dep_ == "acl":
            objects.append(verb.head)
        for o in objects:
            ent = self._tok_ent_all.get(o.i)
            if ent is not None and ent.label_ in ("PRODUCT", "ORG", "LAW"):
                return True
            if o.lemma_.lower() in made and not any(c.lower_ == "redacted" for c in o.children):
                return True
        return False

    def _cut_by_government(self, verb: Token) -> bool:
        """'Lawmakers cut funding for the system', 'the Army will discontinue the M10 Booker',
        'agencies are discontinuing use of Claude'; not 'Lockheed cut 1,000 jobs'."""
        if any(c.dep_ == "dobj" and c.lemma_.lower() in ("tie", "relation") for c in verb.children):
            return True  # "cut ties with Anthropic": the phrase's own reading, whoever cuts
        things = onto.CUT_THINGS | onto.BOUGHT | onto.STARTED_NOUNS | onto.HARDWARE | onto.JOBS
        if not any(
            c.dep_ in ("dobj", "nsubjpass")
            and (
                c.lemma_.lower() in things
                or c.ent_type_ == "MONEY"  # "cut $400 million from the request"
                or ((e := self._tok_ent_all.get(c.i)) is not None and e.label_ == "PRODUCT")
            )
            for c in verb.children
        ):
            return False
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return True  # "the M10 Booker will be discontinued": by whoever owns it
        for c in verb.children:
            if c.dep_ != "nsubj":
                continue
            if c.lemma_.lower() in onto.LAWMAKERS:
                return True
            if any(self._is_government(e.id_) for e in self._ents_of(c)):
                return True
        return False

    def _space_launch(self, tok: Token) -> bool:
        """What is launched, or launches, is a rocket, a satellite or a space mission."""
        if tok.lemma_.lower() != "launch":
            return False
        near = [c for c in tok.children if c.dep_ in ("dobj", "nsubj", "nsubjpass", "compound")]
        near += self._launch_vehicle(tok)  # "launched aboard a Falcon Heavy rocket"
        # "launched a batch of Starlink satellites", "a pair of GPS satellites"
        near += [o for c in near if c.dep_ == "dobj" for o in _of_objects(c)]
        if tok.pos_ == "NOUN":  # "the first Falcon 9 launch", "the launch of GPS III"
            near += [tok.doc[i] for i in range(tok.left_edge.i, tok.i)]
            near += [o for p in tok.children if p.dep_ == "prep" for o in p.children]
        for c in near:
            if c.lemma_.lower() in onto.SPACE_LAUNCHED and not c.ent_type_:
                return True  # not "Launching the Genesis Mission", a program's name
            ent = self._tok_ent_all.get(c.i)
            entry = self.gazetteer.get(ent.id_) if ent is not None else None
            if entry is not None and "space" in entry.tags and ent.label_ == "PRODUCT":
                return True
            if any(
                k.lemma_.lower() in onto.SPACE_LAUNCHED | {"space"}
                for k in c.children
                if k.dep_ == "compound"
            ):
                return True  # "a Falcon 9 rocket", "the first space vehicle"
        return False

    @staticmethod
    def _weapons_launched(verb: Token) -> bool:
        """'drones were launched from a truck', 'were hidden … and launched': plural weapons
        let go ("its new drones were launched at a trade show" is a product)."""
        told = verb
        if verb.dep_ == "conj" and not any(c.dep_ == "nsubjpass" for c in verb.children):
            told = verb.head
        return verb.lemma_.lower() == "launch" and any(
            c.dep_ == "nsubjpass"
            and c.tag_ == "NNS"
            and c.lemma_.lower() in onto.FIRED | {"drone"}
            and not any(k.lower_ == "new" for k in c.children)
            for c in told.children
        )

    @staticmethod
    def _launch_vehicle(verb: Token) -> list[Token]:
        """'launched aboard a SpaceX Falcon Heavy rocket', 'launched from Vandenberg using a
        Falcon 9 rocket': the vehicle a launch was flown on, and its maker."""
        if verb.pos_ != "VERB":
            return []
        out = [
            o
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("aboard", "atop", "on")
            for o in p.children
            if o.dep_ == "pobj"
        ]
        out += [
            o
            for c in verb.children
            if c.dep_ == "advcl" and c.lemma_.lower() == "use"
            for o in c.children
            if o.dep_ == "dobj"
        ]
        return out

    @staticmethod
    def _time_given(verb: Token) -> bool:
        """A number of days (weeks, hours) given to do something, or else: a deadline set."""
        spans = ("day", "week", "month", "hour")
        given = any(
            c.dep_ == "dobj"
            and c.lemma_.lower() in spans
            and any(k.dep_ == "nummod" for k in c.children)
            for c in verb.children
        )
        # "told GD it had 60 days": _specific checks that it was told; "gave" needs a penalty
        told = verb.lemma_.lower() == "have"
        return given and any(
            c.dep_ in ("xcomp", "advcl")
            and any(k.lower_ == "to" for k in c.children)
            # "… to fix the lapse or face suspension": a penalty if not; a contract's
            # "gave Anduril 90 days to deliver" sets a term, not a demand
            and (told or any(k.dep_ == "cc" and k.lower_ == "or" for k in c.children))
            for c in verb.children
        )

    @staticmethod
    def _bought(verb: Token) -> bool:
        """'ordered 48 missions', 'ordered a total of 12 jets': a number of things bought."""
        for c in verb.children:
            if c.dep_ != "dobj":
                continue
            if c.lemma_.lower() in ("total", "batch", "lot") or any(
                k.dep_ == "nummod" for k in c.children
            ):
                return True
        return False

    @staticmethod
    def _strike_ordered(verb: Token) -> bool:
        """What is ordered is an attack: the order is the operation's first step."""
        if verb.dep_ == "acl" and onto.NOUN_TRIGGERS.get(verb.head.lemma_.lower()) == "operation":
            return True  # "the strike, ordered by the president, killed four"
        for c in verb.children:
            if c.dep_ != "dobj":
                continue
            if onto.NOUN_TRIGGERS.get(c.lemma_.lower()) == "operation":
                return True
            if any(
                k.dep_ == "acl"
                and (
                    onto.VERB_TRIGGERS.get(k.lemma_.lower()) == "operation"
                    or k.lemma_.lower() in onto.DESTROYED
                )
                for k in c.children
            ):
                return True
        return False

    @staticmethod
    def _describes_company(tok: Token) -> bool:
        """'ULA, a joint venture of Boeing and Lockheed Martin', 'ULA, which is a joint
        venture …', 'which is a partnership of Boeing and Lockheed': what a company is, told
        in passing, not when it was formed."""
        lemma = tok.lemma_.lower()
        of_members = lemma in ("partnership", "alliance", "consortium") and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children
        )
        if lemma != "venture" and not of_members:
            return False
        if tok.dep_ == "appos":
            return True
        verb = tok.head
        return (
            tok.dep_ == "attr"
            and verb.lemma_ == "be"
            and verb.tag_ in ("VBZ", "VBP")
            and (verb.dep_ == "relcl" or any(c.dep_ == "nsubj" for c in verb.children))
        )

    def _court_refuses(self, tok: Token) -> bool:
        """'The D.C. Circuit refused to block the designation', 'the judge declined to pause
        it': a court that refuses to act has ruled."""
        if tok.lemma_.lower() not in onto.REFUSING:
            return False
        court = any(
            c.dep_ == "nsubj"
            and (
                any(t.lower_ in onto.COURT_WORDS for t in c.subtree)
                or any(
                    "court" in (self.gazetteer.get(e.id_).tags if self.gazetteer.get(e.id_) else ())
                    for e in self._ents_of(c)
                )
            )
            for c in tok.children
        )
        return court and any(
            (c.dep_ == "xcomp" and c.lemma_.lower() in onto.PREVENTING | onto.COURT_ACTS)
            # "the appeals court rejected Anthropic's emergency motion"
            or (c.dep_ == "dobj" and c.lemma_.lower() in onto.COURT_OBJECTS)
            for c in tok.children
        )

    def _document_says(self, tok: Token, kind: str) -> bool:
        """'The order directs the Justice Department to challenge state laws', 'the bill
        requires the Pentagon to set up an office': what a document says in the present
        tense, and what it asks of others, is its content, not a happening. A document
        with a day of its own ("the March 6 memo directs …") was issued then: the noun
        tells that."""
        if kind == "N" and self._own_date(tok):
            return False
        if (
            kind == "V"
            and tok.dep_ == "acl"
            and tok.tag_ == "VBG"
            and tok.lemma_.lower() in onto.DIRECTING
            and (
                self._trig_types.get(tok.head.i) in AGREEMENT_TYPES
                or (
                    tok.head.dep_ in ("dobj", "nsubjpass")
                    and self._trig_types.get(tok.head.head.i) == "contract"
                )
            )
        ):
            return True  # "awarded an option instructing it to supply …": the award's terms
        verb = tok if kind == "V" else None
        chain = [tok, *list(tok.ancestors)[:4]]
        for v in chain if verb is None else [verb, *list(verb.ancestors)[:4]]:
            if v.tag_ not in ("VBZ", "VBP") or v.lemma_.lower() not in onto.DIRECTING:
                continue
            if any(c.dep_ == "nsubj" and c.lemma_.lower() in onto.DOCUMENTS for c in v.children):
                return True
        if (
            kind == "V"
            and tok.tag_ in ("VBZ", "VBP")
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
            and any(
                c.dep_ == "nsubj" and self._trig_types.get(c.i) in AGREEMENT_TYPES
                for c in tok.children
            )
        ):
            return True  # "the contract establishes Anduril as the provider": its terms
        return False

    @staticmethod
    def _asked_of_others(tok: Token) -> bool:
        """'directed the Army secretary to establish a task force', 'allows any component to
        initiate agreements': a founding or start someone is told or allowed to make is the
        order's content (a policy), not a launch that happened."""
        head = tok.head
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if tok.dep_ == "acl" and head.dep_ == "dobj" and to:
            head = head.head  # the parser hangs "to initiate" on the one allowed
        elif tok.dep_ == "ccomp" and to and any(c.dep_ == "nsubj" for c in tok.children):
            return head.lemma_.lower() in onto.DIRECTING | {"allow", "permit", "authorize"}
        elif tok.dep_ != "xcomp":
            return False
        return head.lemma_.lower() in onto.DIRECTING | {"allow", "permit", "authorize"} and any(
            c.dep_ == "dobj" for c in head.children
        )

    def _own_date(self, noun: Token) -> bool:
        """'the March 6 memo', 'Executive Order 14363 of November 24, 2025', 'the July
        2025 AI Action Plan': a date written inside the noun's own phrase."""
        left = range(noun.left_edge.i, noun.i)
        return any(
            d.value is not None
            and (
                d.span.root.head == noun
                and (d.span.root.i in left or d.span.root.dep_ in ("nmod", "compound", "npadvmod"))
                or d.span.root.head.dep_ == "prep"
                and d.span.root.head.lower_ == "of"
                and d.span.root.head.head == noun
            )
            for d in self._dates
        )

    def _founds_organisation(self, tok: Token) -> bool:
        """'set up an AI office', 'created Project Maven', 'Skydio, established in 2014':
        what is made is an organisation or a program, not a risk or a market."""
        made = onto.FOUNDED_NOUNS | onto.STARTED_NOUNS
        role = self._as_what(tok)
        if role is not None and role.lemma_.lower() not in made:
            return False  # "the contract establishes Anduril as the primary provider": a role
            # given, not an organisation made (unlike "established the unit as a command")
        if self._argument_is(tok, ("dobj", "nsubjpass"), made, "ORG") or self._argument_is(
            tok, ("dobj", "nsubjpass"), made, "PRODUCT"
        ):
            return True
        relative = any(c.dep_ == "nsubjpass" and c.lower_ in RELATIVE for c in tok.children)
        made_subject = self._fronted_participle_subject(tok)
        if made_subject is not None:  # "Formed in 2021, the office is responsible for …"
            ent = self._tok_ent_all.get(made_subject.i)
            return (ent is not None and ent.label_ == "ORG") or made_subject.lemma_.lower() in made
        if (tok.dep_ == "acl" and tok.tag_ == "VBN") or (tok.dep_ == "relcl" and relative):
            ent = self._tok_ent_all.get(tok.head.i)
            # "the new program office, established by the Space Force on Thursday"
            return (ent is not None and ent.label_ == "ORG") or tok.head.lemma_.lower() in made
        return False

    @staticmethod
    def _as_what(verb: Token) -> Token | None:
        """'establishes Anduril as the primary provider': the noun of the "as" phrase right
        after the verb's object (the small model often hangs that "as" elsewhere)."""
        for obj in verb.children:
            if obj.dep_ != "dobj" or obj.right_edge.i + 1 >= len(obj.doc):
                continue
            after = obj.doc[obj.right_edge.i + 1]
            if after.lower_ == "as":
                return next((g for g in after.children if g.dep_ == "pobj"), None)
        return None

    def _venture_names(self, tok: Token) -> list[Span]:
        """'its new OpenAI for Government initiative', 'a new initiative called OpenAI for
        Government': the names of an initiative told as new (the name just before the
        noun, or the one it is called); none for an initiative in general ("AI
        initiatives") or one not new."""
        doc = tok.doc
        if not any(
            t.lower_ in ("new", "newly") for t in doc[max(tok.sent.start, tok.i - 8) : tok.i]
        ):
            return []
        named = []
        before = self._tok_ent_all.get(tok.i - 1) if tok.i > tok.sent.start else None
        if before is not None:
            named.append(before)
        for c in tok.children:
            if c.dep_ == "acl" and c.lemma_.lower() in ("call", "name", "dub"):
                for o in c.children:
                    e = self._tok_ent_all.get(o.i)
                    if o.dep_ in ("oprd", "attr", "dobj") and e is not None:
                        named.append(e)
        return [e for e in named if e.label_ in ("ORG", "PRODUCT")]

    def _new_named_venture(self, tok: Token) -> bool:
        """A company's initiative told as new, by its name, was launched (the gold's launch,
        undated unless dated); not a government's ("DOD's new Replicator initiative": a
        policy, made public by a verb of its own)."""
        named = self._venture_names(tok)
        owners = [self._tok_ent_all.get(c.i) for c in tok.children if c.dep_ == "poss"]
        makers = [m.id for e in named if (m := self._maker(e.id_)) is not None]
        ids = [e.id_ for e in owners + named if e is not None] + makers
        return bool(named) and not any(self._is_government(i, officials=True) for i in ids)

    def _venue(self, ev: Event, tok: Token, kind: str) -> Token | None:
        """The meeting an event is, or where an ultimatum was delivered ("the ultimatum was
        delivered during a tense meeting on Tuesday"): its noun, or None."""
        if kind == "N" and ev.type == "meeting":
            return tok
        if ev.type != "ultimatum":
            return None
        verb = tok if kind == "V" else tok.head if tok.dep_ == "nsubjpass" else self._verb_of(tok)
        return next(
            (
                o
                for p in (verb.children if verb is not None else ())
                if p.dep_ == "prep" and p.lower_ in ("at", "during", "in")
                for o in p.children
                if o.dep_ == "pobj" and o.lemma_.lower() in onto.MEETING_NOUNS
            ),
            None,
        )

    @staticmethod
    def _where_clauses(noun: Token | None) -> list[Token]:
        """'a meeting on Tuesday, where Hegseth told Amodei …': the clause that tells what
        happened there, hung on the noun or on its day."""
        if noun is None:
            return []
        holders = [noun, *(o for p in noun.children if p.dep_ == "prep" for o in p.children)]
        return [
            c
            for h in holders
            for c in h.children
            if c.dep_ == "relcl" and any(k.lower_ in ("where", "when") for k in c.children)
        ]

    @staticmethod
    def _opening_gerund_subject(tok: Token) -> Token | None:
        """'After raising $230 million in Series E funding, Skydio will …': a gerund after a
        preposition that opens the sentence is done by the main clause's subject."""
        prep = tok.head
        if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or prep.dep_ != "prep":
            return None
        verb = prep.head
        if prep.i > verb.i or verb.pos_ not in ("VERB", "AUX"):
            return None
        return next((c for c in verb.children if c.dep_ in SUBJ and c.i > prep.i), None)

    @staticmethod
    def _opening_phrase_subject(noun: Token) -> Token | None:
        """'Toward the end of a speech last week, Hegseth delivered a message': a noun in a
        prepositional phrase that opens the sentence is the main clause subject's act."""
        cur = noun
        while cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.pos_ == "NOUN":
            cur = cur.head.head  # "the end of a speech"
        prep = cur.head
        if cur.dep_ != "pobj" or prep.dep_ != "prep" or prep.i != prep.sent.start:
            return None
        verb = prep.head
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ROOT":
            return None
        return next((c for c in verb.children if c.dep_ in SUBJ and c.i > prep.i), None)

    @staticmethod
    def _fronted_participle_subject(tok: Token) -> Token | None:
        """'Formed in 2021, the office …', 'Founded by Elon Musk in 2023, xAI …': a participle
        opening the sentence tells of the main clause's subject. That subject, or None."""
        if tok.dep_ != "advcl" or tok.tag_ != "VBN" or tok.i >= tok.head.i:
            return None
        if any(c.dep_ in SUBJ | {"nsubjpass", "mark"} for c in tok.children):
            return None  # "When it was formed in 2021, …": a clause of its own
        return next((c for c in tok.head.children if c.dep_ in SUBJ | {"nsubjpass"}), None)

    def _conditional_threat(self, tok: Token) -> bool:
        """What is told is a penalty on a condition with a day to meet it: a demand with a
        deadline (annotation.md: an ultimatum, dated when made)."""
        told = [c for c in tok.children if c.dep_ == "ccomp"]
        for clause in told:
            span = range(clause.left_edge.i, clause.right_edge.i + 1)
            condition = any(
                t.dep_ == "mark" and t.lower_ in ("unless", "if")
                for t in tok.doc[span.start : span.stop]
            )
            due = any(
                d.span.start in span and d.span.root.head.lower_ in ("by", "until", "before")
                for d in self._dates
            )
            if condition and (due or self._penalty_to_target(tok, clause)):
                return True
        return False

    def _penalty_to_target(self, verb: Token, clause: Token) -> bool:
        """'informed Amodei that he would declare the company a supply chain risk if it
        does not comply': a penalty told to the one it would fall on is a demand made."""
        warned = any(
            c.dep_ in ("dobj", "dative") and self._entity_at(c) is not None for c in verb.children
        )
        penalty = clause.lemma_.lower() in onto.DESIGNATING | onto.ENDING | onto.CUTTING
        return warned and penalty

    @staticmethod
    def _ordered(tok: Token) -> bool:
        """'an executive order establishing a task force', 'the EO takes a new approach,
        creating …': what an order or a bill sets up is its content, not a happening."""
        cur = tok
        for step in range(3):
            if step and (cur.dep_ not in ("acl", "advcl", "relcl", "conj") or cur.head == cur):
                return False
            cur = cur.head if step else cur
            around = [cur, *(c for c in cur.children if c.dep_ in SUBJ | {"nsubjpass", "dobj"})]
            if any(
                t.lemma_.lower() in onto.LAW_NOUNS
                or onto.NOUN_TRIGGERS.get(t.lemma_.lower()) == "policy"
                for t in around
            ):
                return True
        return False

    def _argument_is(
        self, tok: Token, deps: tuple[str, ...], words: set[str], label: str | None
    ) -> bool:
        """A `deps` argument of the verb is one of `words` or an entity labelled `label`."""
        for c in tok.children:
            if c.dep_ not in deps:
                continue
            if c.lemma_.lower() in words:
                return True
            ent = self._tok_ent_all.get(c.i)
            if label is not None and ent is not None and ent.label_ == label:
                return True
        return False

    @staticmethod
    def _characterised(tok: Token) -> bool:
        """'one of Meta's most significant investments', 'its second-largest investment':
        a told event ranked among others, not a new one."""
        if tok.head.lower_ == "of" and tok.head.head.lower_ == "one":
            return True
        return any(
            c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_.endswith(("largest", "biggest")))
            for c in tok.children
        )

    @staticmethod
    def _provision(tok: Token) -> bool:
        """'DOJ is instructed to establish', 'it is hereby ordered': an order's own wording in
        the present passive, with no one doing it, is what the order says, not a happening."""
        kids = list(tok.children)
        present = any(c.dep_ == "auxpass" and c.lower_ in ("is", "are", "am") for c in kids)
        return present and not any(c.dep_ == "agent" for c in kids)

    def _by_legislature(self, tok: Token) -> bool:
        """A chamber of a legislature is the verb's subject, agent or object ("the Senate
        voted", "was passed by Congress", "after it passed the House")."""
        verbs = [tok, tok.head] if tok.dep_ == "conj" else [tok]
        args = []
        for v in verbs:
            for c in v.children:
                if c.dep_ in ("nsubj", "nsubjpass", "dobj"):
                    args.append(c)
                elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("through", "in")):
                    # "was passed by Congress", "passed through the Senate", "in the House"
                    args.extend(p for p in c.children if p.dep_ == "pobj")
        for arg in args:
            for ent in self._ents_of(arg):
                entry = self.gazetteer.get(ent.id_)
                if entry is not None and onto.LEGISLATURE_TAGS & set(entry.tags):
                    return True
        return False

    def _between_named(self, tok: Token) -> bool:
        """'Google's contract with the Pentagon': a contract of one named organisation with
        another is one that was made, not contracts in general (nor "its proposed deal")."""
        if any(c.dep_ == "amod" and c.lower_ in NOT_YET_MADE for c in tok.children):
            return False
        owners = [c for c in tok.children if c.dep_ == "poss"]
        partners = [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children
            if g.dep_ == "pobj"
        ]

        def named_org(t: Token) -> bool:
            return (e := self._entity_at(t)) is not None and e.label_ == "ORG"

        return any(map(named_org, owners)) and any(map(named_org, partners))

    def _awarded(self, tok: Token) -> bool:
        """A contract noun names an award when a verb of awarding governs it or it carries
        its own amount ("a $480 million award"); "federal contracts" in general do not."""
        if any(
            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in onto.CONTRACT_VERBS
            for c in tok.children
        ):
            return True  # "its deal reached with the Department of War", "the contract it won"
        if (
            tok.head.lower_ == "of"
            and tok.head.head.lemma_.lower() == "award"
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.head.head.children)
        ):
            return True  # "the Air Force's award of a contract to Northrop Grumman"
        cur = tok
        for _ in range(3):
            if cur.head == cur:
                break
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                if cur.lemma_.lower() in onto.LOSING:
                    return False  # "or lose out on its contracts": contracts held, not won
                if cur.lemma_.lower() in onto.CONTRACT_VERBS:
                    return True
                if cur.lemma_.lower() == "go" and any(
                    c.dep_ == "prep" and c.lower_ == "to" for c in cur.children
                ):
                    return True  # "a $200 million contract … went to Scale AI"
                if cur.dep_ not in ("xcomp", "conj") and cur.lemma_.lower() not in ("be", "have"):
                    break
        subtree = range(tok.left_edge.i, tok.right_edge.i + 1)
        if tok.tag_ != "NNS" and any(sp.start in subtree for sp, _ in self._money):
            return True
        # "$2.5 billion in contracts": the amount governs the noun
        up = {tok.head.i, tok.head.head.i} if tok.head.dep_ == "prep" else set()
        return any(t.i in up for sp, _ in self._money for t in sp)

    @staticmethod
    def _indefinite_subject(tok: Token) -> bool:
        """An indefinite noun ("a ban", "any merger") as the subject of a modal clause or of
        a copula with an adjective speaks of such a thing in general, not of one that
        happened: "what a ban would mean", "a narrow ban is very different from a broad
        one". "Worth" is kept: "a contract awarded Monday is worth $5 million"."""
        if tok.dep_ != "nsubj" or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in tok.children
        ):
            return False
        head = tok.head
        kids = list(head.children)
        if any(c.dep_ == "aux" and c.lower_ in onto.HYPOTHETICAL | {"would"} for c in kids):
            return True
        return head.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.pos_ == "ADJ" and c.lower_ != "worth" for c in kids
        )

    @staticmethod
    def _imperative(verb: Token) -> bool:
        """'Please come visit me', 'Join us at the summit': a request made of the reader or
        hearer (a bare verb opening its clause, with no subject) is no happening."""
        top = verb
        while top.dep_ in ("xcomp", "conj") and top.head != top:
            top = top.head
        if top.tag_ != "VB" or any(
            c.dep_ in ("nsubj", "nsubjpass", "auxpass", "expl")
            or (c.dep_ == "aux" and c.lemma_.lower() not in ("come", "go"))  # "come visit"
            for c in top.children
        ):
            return False
        first = top.sent[0]
        while (
            first.is_punct or first.lower_ == "please" or first.head == top and first.dep_ == "aux"
        ):
            first = first.nbor()
        return top.dep_ in ("ROOT", "ccomp") and first == top  # a quote opening the sentence

    def _hypothetical(self, tok: Token, kind: str) -> bool:
        """'could be designated', 'if it refuses': a possibility, not a happening."""
        if kind == "N" and self._indefinite_subject(tok):
            return True
        if any(
            (c.dep_ == "amod" and c.lower_ in MAYBE_MADE)
            or (c.dep_ == "advmod" and c.lower_ in ("potentially", "possibly"))
            for c in tok.children
        ):
            return True  # "a potential Series F round", "potentially valuing it at $3 billion"
        verb = tok if kind == "V" else self._verb_of(tok)
        if verb is None and kind == "N":
            # "labeling the company a supply chain risk": the name's verb is further up
            verb = self._designating_verb(tok)
        if verb is None:
            return False
        if self._imperative(verb):
            return True
        if (
            verb.dep_ == "acl"
            and verb.head.lemma_.lower() in onto.UNDONE_NOUNS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        ):
            return True  # "escalated into a threat to label the company a risk": threatened
        if (
            verb.dep_ in ("acl", "relcl")
            and verb.head.lemma_.lower() in ("talk", "discussion", "negotiation")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        ):
            return True  # "is in talks to raise $500 million": the talks are the news so far
        if (
            kind == "V"
            and verb.dep_ == "acl"
            and verb.head.lemma_.lower() in ("plan", "plot")
            and onto.VERB_TRIGGERS.get(verb.lemma_.lower()) == "operation"
        ):
            return True  # "was developing plans to attack diplomats": a strike not yet made
        if (
            verb.dep_ == "xcomp"
            and verb.head.lemma_.lower() in onto.VOWING | {"promise", "threaten"}
            and (onto.VERB_TRIGGERS if kind == "V" else onto.NOUN_TRIGGERS).get(tok.lemma_.lower())
            == "operation"
        ):
            return True  # "vowed to continue attacks on ships": attacks promised, not made
        if (
            verb.dep_ == "xcomp"
            and verb.head.lower_ == "going"
            and any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.head.children)
        ):
            return True  # "people that were going to vote yes": meant, then not done
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in onto.WILLING:
            return True  # "is willing to loosen most restrictions": an offer, not a change
        if (
            verb.dep_ in ("xcomp", "ccomp")  # "to issue" parsed with its own subject
            and verb.head.lemma_.lower() in onto.ENABLING
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        ):
            return True  # "allowing the agency to issue orders": made possible, not done
        if (
            kind == "V"
            and verb.dep_ in ("acl", "relcl")
            and verb.head.ent_type_ == "MONEY"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        ):
            return True  # "$111 million to fund staff growth": what the money is for
        if (
            kind == "V"
            and onto.VERB_TRIGGERS.get(tok.lemma_.lower()) == "operation"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and (
                (verb.dep_ == "acl" and verb.head.lemma_.lower() in onto.HARDWARE)
                or (
                    verb.dep_ in ("xcomp", "advcl")
                    and (
                        # "the equipment used to strike …"; but "it was used in the
                        # operation to capture him": that clause tells the operation
                        (verb.head.lemma_.lower() == "use" and verb.head.dep_ == "acl")
                        or (
                            verb.head.lemma_.lower() in onto.ARMING
                            and self._argument_is(verb.head, ("dobj",), onto.HARDWARE, None)
                        )
                    )
                )
            )
        ):
            # "missiles to intercept …", "developing drones to attack …", "jets used to
            # strike …": what the weapons are for, not a strike made
            return True
        if (
            kind == "N"
            and tok.dep_ == "dobj"
            and tok.head.lemma_.lower() in onto.WINNING
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.head.children)
            # "one of three startups to win Navy contracts", "the first to win": won
            and tok.head.dep_ not in ("relcl", "acl")
        ):
            return True  # "is in the running to win a new contract": sought, not won
        if verb.dep_ == "xcomp" and verb.head.lower_ == "about" and verb.head.dep_ == "acomp":
            return True  # "missiles that were about to be launched": it had not happened
        if (
            verb.dep_ == "pcomp"
            and verb.head.lower_ == "from"
            and verb.head.head.lemma_.lower() in onto.PREVENTING
            and not _not_done(verb.head.head)
        ):
            # "blocks the Pentagon from designating Anthropic"; but "refused to block the
            # Pentagon from blacklisting Anthropic": a prevention not made leaves the act done
            return True
        if (
            kind == "V"
            and verb.tag_ == "VBG"
            and (
                (
                    verb.dep_ == "pcomp"
                    and verb.head.lower_ == "of"
                    and verb.head.head.lemma_.lower() in onto.PROSPECTS
                )
                or (verb.dep_ == "acl" and verb.head.lemma_.lower() in onto.PROSPECTS)
            )
        ):
            return True  # "the prospect of China invading Taiwan", "fears of Russia attacking"
        if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
            return True  # "without the company approving individual uses": it did not
        if (
            verb.dep_ == "pcomp"
            and verb.head.lower_ == "to"
            and any(
                t.lemma_.lower() in onto.OPPOSING_NOUNS
                # the "to" phrase hangs on the noun, or on the verb taking it ("voiced
                # opposition to …")
                for t in [verb.head.head, *(c for c in verb.head.head.children if c.dep_ == "dobj")]
            )
        ):
            return True  # "expressing opposition to awarding the contract": not done by it
        if kind == "V" and self._set_aside(verb):
            return True  # "applies to some contracts rather than restricting all use"
        for anc in list(verb.ancestors)[:3]:
            if anc.lemma_.lower() == "choice" and any(c.lower_ == "no" for c in anc.children):
                return True  # "saw no choice but to challenge it in court": an intent
            if (
                (kind == "V" or verb.lemma_.lower() in onto.DESIGNATING)
                and anc.lemma_.lower() in onto.DELIBERATING
                and anc.pos_ == "VERB"
            ):
                # "was weighing whether to cut ties", "considers labeling the company a
                # supply chain risk": not decided
                return True
        if (
            verb.dep_ == "relcl"
            and verb.head.lemma_.lower() in onto.LAW_NOUNS
            and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)
        ):
            return True  # "a bill that would bar the Pentagon from …": what it proposes
        verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "could cut … and designate"
        if kind == "V" and _negated(tok):
            return True  # "have not announced layoffs", "didn't respond": nothing happened
        if any(a.lemma_.lower() in ("hope", "wish") for a in list(tok.ancestors)[:3]):
            return True  # "I hope the White House will send the nominations": wished for
        if (
            kind == "N"
            and onto.NOUN_TRIGGERS.get(tok.lemma_.lower()) == "operation"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "for"
            and not any(c.dep_ == "prep" for c in tok.children)  # "for operations in Iran"
        ):
            return True  # "jets deployed for ground attack": what they are for
        if (
            kind == "V"
            and tok.dep_ == "ccomp"
            and tok.head.lemma_.lower() in ("warn", "threaten", "vow", "pledge", "promise")
            and any(c.dep_ == "aux" and c.lower_ == "would" for c in tok.children)
        ):
            return True  # "warned that the service would cancel programs …": the threat
        if (
            kind == "N"
            and onto.NOUN_TRIGGERS.get(tok.lemma_.lower()) == "policy"  # not "for a budget"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "for"
            and tok.head.head.lemma_.lower() in ("call", "push", "press", "lobby", "advocate")
        ):
            return True  # "called for a ban on …": asked for, not made
        if (
            kind == "V"
            and tok.tag_ == "VB"
            and tok.dep_ in ("ROOT", "ccomp")
            and _quoted(self._text, tok)
            and not any(
                c.dep_ == "nsubj" or (c.dep_ == "aux" and c.tag_ in ("MD", "TO"))
                for c in tok.children
            )
        ):
            return True  # '"Please come visit me in jail," he wrote': asked for, not done
        if (
            kind == "V"
            and tok.dep_ == "acl"
            and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.head.children)
        ):
            return True  # "despite no legal change approved by Congress"
        if (
            kind == "N"
            and tok.dep_ in ("dobj", "nsubjpass")
            and verb == tok.head
            and verb.lemma_.lower() in onto.CONTRACT_VERBS | {"sign", "reach", "win", "finalize"}
            and _negated(verb)
        ):
            return True  # "Palantir did not win the Navy contract", "never signed the deal"
        for v in verbs:
            kids = list(v.children)
            if any(c.dep_ == "aux" and c.lower_ == "would" for c in kids) and any(
                c.dep_ == "aux" and c.lower_ == "have" for c in kids
            ):
                return True  # "the House version would have imposed a ban": it never did
            if any(c.dep_ == "aux" and c.lower_ == "would" for c in kids) and (
                # "if it did not drop its limits, the Pentagon would declare …"
                any(
                    c.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                    for c in kids
                )
                # "would be allocated to the Energy Department": a proposal
                or (kind == "V" and tok.lemma_.lower() in onto.EARMARKING)
            ):
                return True
            # "orders cannot preempt state law, and Congress rejected the language": a
            # conjoined clause with its own subject has its own mood
            own_clause = v is not verb and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
            )
            for c in kids:
                if c.dep_ == "aux" and c.lower_ in onto.HYPOTHETICAL and not own_clause:
                    return True
                if c.dep_ == "mark" and c.lower_ in ("if", "unless"):
                    return True
                if c.dep_ == "mark" and c.lower_ in ("until", "once") and v.tag_ in ("VBZ", "VBP"):
                    return True  # "until Congress passes a law, …": a condition, not done
        return False

    @staticmethod
    def _set_aside(verb: Token) -> bool:
        """'rather than restricting', 'instead of cancelling it': the course not taken."""
        i = verb.i - 1
        while i > verb.sent.start and verb.doc[i].tag_ == "RB" and verb.doc[i].lower_ != "rather":
            i -= 1  # "rather than broadly restricting"
        if i - 1 < verb.sent.start:
            return False
        pair = (verb.doc[i - 1].lower_, verb.doc[i].lower_)
        return pair in (("rather", "than"), ("instead", "of"))

    def _authorises_government(self, verb: Token) -> bool:
        """'the president permitted the Pentagon to launch strikes': a government body or
        official lets another government body act, an authorisation (not "the deal allows
        Acme to sell")."""
        if not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
            return False
        subj = next((self._entity_at(c) for c in verb.children if c.dep_ == "nsubj"), None)
        obj = next((self._entity_at(c) for c in verb.children if c.dep_ == "dobj"), None)
        return (
            subj is not None
            and obj is not None
            and self._is_government(subj.id_, officials=True)
            and self._is_government(obj.id_)
        )

    def _announces_own_move(self, verb: Token) -> bool:
        """'The Army announced that the brigade will replace …', 'the Pentagon announced that
        the secretary would review the deal': a government body or official telling what it
        will do has decided it, a policy; what the clause tells is no event of another kind
        (an award or a strike told so is that event)."""
        subj = next((self._entity_at(c) for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or not self._is_government(subj.id_, officials=True):
            return False
        for c in verb.children:
            if c.dep_ != "ccomp" or c.pos_ != "VERB" or _negated(c):
                continue
            if not any(k.dep_ == "aux" and k.lower_ in ("will", "would") for k in c.children):
                continue
            if c.lemma_.lower() in ("be", "have", "span", "last", "cost", "total", "run", "go"):
                continue  # "announced that the effort will span eight years": a fact told
            told = [c, *(k for k in c.children if k.dep_ in ("nsubj", "nsubjpass"))]
            if all(self._trig_types.get(t.i, "policy") == "policy" for t in told):
                return True  # not "announced $2 billion in contracts will go to …"
        return False

    def _issued_by_someone(self, verb: Token) -> bool:
        """A rule made by a named body or person (halting, suspending or terminating: by a
        government body), not a document's wording or a company's own business."""
        subjects = [c for c in verb.children if c.dep_ in SUBJ]
        if verb.dep_ == "relcl":
            subjects = [verb.head]
        elif not subjects and verb.dep_ in ("xcomp", "conj", "advcl"):
            subjects = [c for c in verb.head.children if c.dep_ in SUBJ]
        government = verb.lemma_.lower() in ("halt", "suspend", "terminate")
        for c in subjects:
            if c.lemma_.lower() in ("official", "department", "administration", "lawmaker"):
                return True
            e = self._entity_at(c)  # the subject itself, not "Anthropic's usage policies"
            if e is not None and (
                self._is_government(e.id_) if government else e.label_ in ("ORG", "PERSON", "GPE")
            ):
                return True
        return False

    def _on_a_nominee(self, verb: Token) -> bool:
        """A rule-making verb whose object is a person or a nomination: a step of an
        appointment (tests/gold/real/README.md: committee votes on nominees are personnel),
        also through an infinitive ("voted 23-4 to advance his nomination")."""
        if verb.lemma_.lower() in ("direct", "order", "instruct", "task") and any(
            c.dep_ in ("xcomp", "ccomp") for c in verb.children
        ):
            return False  # "directed Army Secretary Driscoll to establish a task force": an order
        for c in verb.children:
            if c.dep_ == "xcomp" and c.pos_ == "VERB" and self._on_a_nominee(c):
                return True
            if c.dep_ not in ("dobj", "nsubjpass"):
                continue
            if c.lemma_.lower() in ("nomination", "nominee", "confirmation"):
                return True
            ent = self._tok_ent.get(c.i)
            if ent is not None and ent.label_ == "PERSON":
                return True
        return False

    @staticmethod
    def _as_role(verb: Token) -> bool:
        """'as president', 'as acting director', 'as the nominee': the verb gives or takes
        a post."""
        return any(
            c.dep_ == "prep"
            and c.lower_ == "as"
            and any(
                o.dep_ == "pobj"
                and o.lemma_.lower() in onto.ROLE_NOUNS | onto.POSTS | onto.NOMINEES
                for o in c.children
            )
            for c in verb.children
        )

    def _retype(self, tok: Token, etype: str) -> str:
        """Context that changes the type: a priced agreement is a contract; a judge denying a
        motion is a court ruling, not a statement."""
        lemma = tok.lemma_.lower()
        if etype == "policy" and self._order_promised(tok):
            return "statement"  # "Trump said Monday he would sign an order": not signed yet
        if etype == "designation" and lemma == "add" and self._added_to_platform(tok):
            return "partnership"
        if etype == "partnership" and lemma in ("agreement", "deal"):
            verb = self._verb_of(tok)
            # "a $200 million agreement", "expanded its agreement from $100M to $250M"
            priced = {x.i for x in (tok if verb is None else verb).subtree}
            money = any(t.i in priced for sp, _ in self._money for t in sp)
            if money or any(
                c.lower_ in onto.BUYING_WORDS
                or (c.dep_ in ("acl", "relcl") and c.lemma_.lower() in onto.BUYING_WORDS)
                for c in tok.children
            ):
                return "contract"  # "an enterprise agreement", "an agreement to purchase"
            if {t.lower_ for t in tok.doc[tok.left_edge.i : tok.i]} & onto.PRICING_WORDS:
                return "contract"  # "a cost-plus-fixed-fee agreement": priced by its terms
            if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in onto.WON_DEAL:
                return "contract"  # "won a launch agreement": a deal won or awarded is an award
        if (
            etype == "statement"
            and lemma in onto.TELLING | {"warn"}
            and self._conditional_threat(tok)
        ):
            return "ultimatum"  # "warned it would cut ties unless the company agreed by Friday"
        if lemma == "call" and tok.pos_ == "VERB" and self._calls_names(tok):
            return "statement"
        if (
            etype == "policy"
            and lemma in ("direct", "order", "instruct")
            and any(
                c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in onto.DESIGNATING
                for c in tok.children
            )
        ):
            return "designation"  # "directed the department to designate Anthropic a risk"
        if (
            (etype == "legal" or lemma == "protest")
            and tok.pos_ == "VERB"
            and tok.dep_ == "acl"
            and tok.head.lemma_.lower() == "plan"
            and tok.head.head.lemma_.lower() in onto.ANNOUNCING
        ):
            # "announced plans to protest the award", "announced plans to sue": nothing
            # filed yet; the announcement is the news
            return "statement"
        if (
            etype == "statement"
            and lemma == "petition"
            and any(
                self._adjudicator(t)
                for p in tok.children
                if p.dep_ == "prep"
                for g in p.children
                for t in g.subtree
            )
        ):
            return "legal"  # "a petition for review in the Court of Appeals": a court filing
        if (
            lemma == "protest"
            and tok.pos_ == "VERB"
            and self._argument_is(
                tok, ("dobj",), {"award", "contract", "decision", "selection", "deal"}, None
            )
        ):
            return "legal"  # "Blue Origin protested the award": a bid protest
        if lemma == "announce" and tok.pos_ == "VERB" and self._announces_product(tok):
            return "launch"  # "announced GenAI.mil, a secure AI platform": a product out
        if (
            lemma == "announce"
            and tok.pos_ == "VERB"
            and self._argument_is(tok, ("dobj", "nsubjpass"), onto.POLICY_MOVES, None)
        ):
            return "policy"  # "announced a sweeping push to accelerate AI", "the expansion of"
        if etype == "statement" and lemma == "announce" and self._announces_own_move(tok):
            return "policy"  # "the Army announced that the brigade will replace …"
        if etype == "launch" and (
            self._argument_is(tok, ("dobj", "nsubjpass"), onto.REPORTS, None)
            or (tok.dep_ == "acl" and tok.head.lemma_.lower() in onto.REPORTS)
        ):
            return "statement"  # "released its second-quarter earnings report"
        notice = self._notice_of(tok) if etype == "statement" else None
        if notice is not None:
            return notice  # "received a letter from the department confirming that it was
            # designated a supply chain risk": the letter is the designation's formal notice
        if lemma == "tap" and self._argument_is(tok, ("dobj", "nsubjpass"), set(), "ORG"):
            return "contract"  # "Scale AI was tapped by the Pentagon": a company chosen
        if etype == "statement" and any(
            c.dep_ == "ccomp"
            and any(k.dep_ == "aux" and k.lower_ in onto.OBLIGING for k in c.children)
            and any(t.lemma_.lower() in onto.STOPPING for t in [c, *c.children])
            for c in tok.children
        ):
            return "policy"  # "announced that all agencies must stop using Anthropic"
        if (
            etype == "designation"
            and lemma == "bar"
            and any(c.dep_ == "nsubjpass" for c in tok.children)  # not "the injunction bars"
            and any(
                c.dep_ == "prep"
                and c.lower_ == "from"
                and any(k.dep_ == "pcomp" and k.tag_ == "VBG" for k in c.children)
                for c in tok.children
            )
        ):
            return "policy"  # "employees are barred from entering data into chatbots": a rule
        if lemma in ("tell", "instruct", "direct", "bar") and any(
            c.dep_ in ("xcomp", "prep", "pcomp")
            and any(
                t.lemma_.lower() in onto.STOPPING or (lemma == "bar" and t.lemma_.lower() == "use")
                for t in [c, *c.children]
            )
            for c in tok.children
        ):
            return "policy"  # "told contractors to stop using Claude", "barred staff from using"
        if lemma == "introduce" and (
            self._argument_is(tok, ("dobj", "nsubjpass"), onto.LAW_NOUNS, "LAW")
            or (tok.dep_ == "acl" and tok.head.lemma_.lower() in onto.LAW_NOUNS)
        ):
            return "policy"  # "introduced a bill", "a bill introduced by Sen. Warren"
        if (
            lemma == "announce"
            and tok.pos_ == "VERB"
            and any(c.dep_ == "nsubjpass" for c in tok.children)
            and self._as_role(tok)
        ):
            return "personnel"  # "Trachtenberg, who was announced as the nominee in March"
        if lemma == "confirm" and tok.pos_ == "VERB" and self._confirms_appointment(tok):
            return "personnel"  # "the Senate confirmed Michael Duffey as under secretary"
        if lemma == "order" and any(c.lower_ in ("restraining", "court") for c in tok.children):
            return "legal"  # "asked the court for a temporary restraining order"
        if (
            etype == "statement"
            and tok.pos_ == "VERB"
            and any(
                c.dep_ == "prep"
                and c.lower_ == "in"
                and any(g.lemma_.lower() in onto.RULINGS for g in c.children)
                for c in tok.children
            )
        ):
            return "legal"  # "GAO said in a decision made public Monday that …": a ruling
        if lemma == "resign" and self._argument_is(
            tok, ("dobj",), {"contract", "deal", "agreement"}, None
        ):
            return "contract"  # "Palantir has resigned (re-signed) its contract with the Army"
        if lemma == "testify" and any(c.dep_ == "ccomp" for c in tok.children):
            return "statement"  # "testified that the unit had cut its time to award": content
        if lemma == "dismiss" and self._argument_is(tok, ("dobj", "nsubjpass"), set(), "PERSON"):
            return "personnel"  # "Meta dismissed Julia Stroud", not "dismissed the lawsuit"
        if lemma == "dismiss" and tok.pos_ == "VERB" and self._as_role(tok):
            return "personnel"  # "Brown being dismissed Friday night as chairman"
        if etype == "launch" and self._space_launch(tok):
            return "operation"  # "a Falcon 9 launched a satellite": a rocket launch flown
        ruled = tok.head.lemma_.lower()
        whole = onto.NOUN_TRIGGERS.get(ruled)
        if (
            tok.dep_ == "acl"
            and tok.tag_ == "VBG"
            and whole in ("legal", "policy", "partnership", "contract")
            and (ruled in onto.DOCUMENTS | onto.RULINGS | {"injunction"} or etype == "policy")
        ):
            # "an injunction barring DoD from …", "an agreement permitting the Pentagon to
            # use its models": what a ruling, an order or a deal does is part of it, and
            # its objects are its actors
            return whole
        if (
            etype == "policy"
            and lemma == "order"
            and tok.pos_ == "VERB"
            and self._strike_ordered(tok)
        ):
            return "operation"  # "ordered another vessel destroyed", "ordered strikes on …"
        if (
            etype == "policy"
            and lemma == "order"
            and tok.pos_ == "VERB"
            and self._argument_is(tok, ("dobj",), REMOVALS, None)
        ):
            return "personnel"  # "ordered the removal of the fleet's commander": a firing
        if (
            etype == "policy"
            and lemma == "order"
            and tok.pos_ == "VERB"
            and self._forces_moved(tok)
        ):
            return "operation"  # "ordered two more destroyers to the Red Sea": forces moved now
        if (
            etype == "policy"
            and lemma == "issue"
            and self._argument_is(tok, ("dobj", "nsubjpass"), onto.PRESS_RELEASES, None)
        ):
            return "statement"  # "issued a press release on Thursday": said, not ruled
        if (
            etype == "policy"
            and lemma == "issue"
            and self._argument_is(tok, ("dobj", "nsubjpass"), onto.RULINGS, None)
        ):
            return "legal"  # "GAO will issue a decision on the protest": a ruling, as in
            # "said in a decision" below
        if etype == "policy" and lemma in onto.DIRECTING and self._orders_founding(tok):
            return "launch"  # "directed the establishment of the CDAO": an office made
        if (
            etype == "policy"
            and lemma == "approve"
            and tok.pos_ == "VERB"
            and self._money_for_company(tok)
        ):
            return "contract"  # "the department approved $238 million more for Lockheed's
            # purchases": money given to a company for work is an award, not a rule
        if lemma in ("memo", "memorandum", "letter") and self._said_in(tok):
            return "statement"  # "in a memo to staff, Altman said …": what was said
        if (
            etype == "launch"
            and tok.pos_ == "VERB"
            and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("budget", "request")
                for c in tok.children
            )
            or (tok.dep_ == "acl" and tok.head.lemma_.lower() in ("budget", "request"))
        ):
            return "funding"  # "rolled out its $848 billion budget request"
        if (
            lemma == "deploy"
            and tok.pos_ == "VERB"
            and (
                self._troops_sent(tok)
                # "500 soldiers deployed to Poland": forces moving to a named place
                or (
                    not any(c.dep_ == "dobj" for c in tok.children)
                    and any(
                        c.dep_ == "nsubj" and c.lemma_.lower().removesuffix("s") in onto.TROOPS
                        for c in tok.children
                    )
                    and self._to_place(tok, ("to", "in", "into"))
                )
                # "deployed a Patriot battery to Poland": arms sent to a named place
                or (
                    self._argument_is(tok, ("dobj", "nsubjpass"), onto.HARDWARE, None)
                    and self._to_place(tok, ("to", "in", "into"))
                )
            )
        ):
            return "operation"  # "deployed 700 Marines", "deployed a carrier strike group"
        if etype == "launch" and tok.pos_ == "VERB" and self._mission_formed(tok):
            return "operation"  # "set up a naval task force to escort ships": forces sent
        if lemma == "raise" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in onto.CEILING_WORDS
            for c in tok.children
        ):
            return "contract"  # "raised the ceiling on its Maven contract": a modification
        if etype == "contract" and tok.pos_ == "NOUN" and self._unpriced_deal(tok):
            return "partnership"  # "signed its own deal with the Pentagon": terms, no award
        if etype in AGREEMENT_TYPES and tok.pos_ == "NOUN" and self._nearing_deal(tok):
            return "negotiation"  # "close to concluding a contract with the military"
        if etype == "meeting" and lemma == "hearing":
            if any(t.lower_ in onto.COURT_WORDS for t in tok.sent):
                return "legal"  # a court hearing
        if etype == "launch" and tok.pos_ == "VERB" and self._launches_policy(tok):
            return "policy"  # "released its AI Action Plan"
        if etype == "negotiation" and tok.pos_ == "VERB" and self._court_refuses(tok):
            return "legal"  # "the appeals court refused to block the designation": a ruling
        if etype == "negotiation" and lemma in onto.REFUSING:
            if any(c.lower_ in ("publicly", "openly") for c in tok.children):
                return "statement"  # a public refusal is news in itself (annotation.md)
            if self._argument_is(tok, ("dobj",), onto.CLAIMS, None):
                return "statement"  # "rejected claims that the service rushed its pilots"
        if lemma == "warn" and tok.pos_ == "VERB" and self._warns_of_penalty(tok):
            return "ultimatum"  # "warned Anthropic that it could be designated a risk"
        if etype == "policy" and tok.pos_ == "VERB" and self._on_a_nominee(tok):
            return "personnel"  # "the committee approved Hicks", "advanced his nomination"
        if lemma in ("join", "remove") and tok.pos_ == "VERB" and self._as_role(tok):
            return "personnel"  # "joins the company as president", "removed Pryor as director"
        if lemma == "join" and tok.pos_ == "VERB":
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            if tok.dep_ == "relcl" and any(c.lower_ in RELATIVE for c in subjects):
                subjects = [tok.head]  # "Sarah Chen, who joined Scale AI from the Pentagon"
            person = any(
                (ents := self._ents_of(c))
                and ents[0].label_ == "PERSON"
                or c.lemma_.lower() in onto.ROLE_NOUNS  # "the Navy's chief officer … joined"
                for c in subjects
            )
            org = any(
                (e := self._entity_at(c)) is not None
                and e.label_ == "ORG"
                or (  # "joined Palantir's board"
                    c.lemma_.lower() == "board"
                    and any(k.dep_ == "poss" and k.ent_type_ == "ORG" for k in c.children)
                )
                for c in tok.children
                if c.dep_ == "dobj"
            )
            if person and org:
                return "personnel"  # "its chief executive will join Meta"
        if (
            etype != "policy"
            and tok.pos_ == "VERB"
            and lemma in onto.LEGISLATIVE_RETYPE
            and self._by_legislature(tok)
        ):
            return "policy"  # "the Senate rejected the provision": a legislative step
        if (
            etype == "meeting"
            and lemma == "host"
            and tok.pos_ == "VERB"
            and self._argument_is(tok, ("dobj",), {"model", "platform", "service"}, "PRODUCT")
        ):
            return "partnership"  # "will host Anthropic's Claude for the Department of War"
        if lemma == "drop" and tok.pos_ == "VERB" and self._bombs_dropped(tok):
            return "operation"  # "dropped bunker-buster bombs on a facility in Iran"
        if tok.pos_ == "VERB" and lemma in ("fire", "launch") and self._fires(tok):
            return "operation"  # "launched a Tomahawk", "destroyers fired on fast boats"
        if (
            etype == "policy"
            and lemma == "remove"
            and tok.pos_ == "VERB"
            and self._argument_is(tok, ("dobj", "nsubjpass"), onto.ROLE_NOUNS, None)
        ):
            return "personnel"  # "removed the director of the Defense Innovation Unit"
        if (
            lemma == "vote"
            and tok.pos_ == "VERB"
            and any(c.dep_ == "xcomp" and c.lemma_.lower() == "confirm" for c in tok.children)
        ):
            return "personnel"  # "the Senate voted 52-47 to confirm the president's choice"
        if (
            etype == "statement"
            and lemma == "announce"
            and self._as_role(tok)
            and self._argument_is(tok, ("dobj", "nsubjpass"), set(), "PERSON")
        ):
            return "personnel"  # "announced Jane Roe as the next Navy secretary": a pick
        if etype == "meeting" and lemma == "invite" and self._picked_for_post(tok):
            return "personnel"  # "invited Jane Roe to become Army secretary"
        if etype == "contract" and lemma in onto.SELECTING and self._picked_for_post(tok):
            return "personnel"  # "picked a former executive to be the Army's acquisition chief"
        if etype == "statement" and lemma == "urge" and self._court_asked(tok):
            return "legal"  # "urged the court on Wednesday to dismiss the lawsuit"
        if (
            etype == "policy"
            and lemma == "order"
            and tok.pos_ == "NOUN"
            and tok.tag_ != "NNS"
            and any(sp.start in range(tok.left_edge.i, tok.i) for sp, _ in self._money)
            and self._awarded(tok)
        ):
            return "contract"  # "secured a $43 million Army order"
        if (
            lemma == "adopt"
            and tok.pos_ == "VERB"
            and self._argument_is(tok, ("dobj", "nsubjpass"), onto.RULE_NOUNS, "LAW")
        ):
            return "policy"  # "the department adopted AI principles in 2020": a rule taken up
        if tok.pos_ == "VERB" and self._suit_dropped(tok):
            return "legal"
        if (
            etype == "designation"
            and tok.pos_ == "VERB"
            and any(
                c.dep_ in ("dobj", "nsubjpass")
                and onto.NOUN_TRIGGERS.get(c.lemma_.lower()) == "operation"
                for c in tok.children
            )
        ):
            return "statement"  # "labelled the strikes a terrorist act": an act named, no list
        if lemma in ("deny", "reject", "grant", "dismiss") and tok.pos_ == "VERB":
            for c in tok.children:
                if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in onto.COURT_OBJECTS:
                    # "rejected the Pentagon's request" is a step of a negotiation unless a
                    # court is in the sentence; a motion or a lawsuit is always the court's
                    if c.lemma_.lower() in onto.COURT_ONLY_OBJECTS or any(
                        t.lower_ in onto.COURT_WORDS for t in tok.sent
                    ):
                        return "legal"
        return etype

    def _orders_founding(self, verb: Token) -> bool:
        """'directed the establishment of the CDAO', 'ordered the creation of a new drone
        office': what is ordered is an organisation made, told as a noun of founding."""
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in onto.FOUNDING_NOUNS:
                for made in _of_objects(c):
                    ent = self._tok_ent_all.get(made.i)
                    if (ent is not None and ent.label_ == "ORG") or (
                        made.lemma_.lower() in onto.FOUNDED_NOUNS
                    ):
                        return True
        return False

    def _money_for_company(self, verb: Token) -> bool:
        """'approved $238 million more for Lockheed Martin's purchases': an amount as the
        object and a company (no government body) named in its "for" phrase."""
        if not any(
            c.dep_ == "dobj" and any(self._is_money(t) for t in c.subtree) for c in verb.children
        ):
            return False
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "for":
                for t in prep.subtree:
                    ent = self._tok_ent_all.get(t.i)
                    if ent is not None and ent.label_ == "ORG" and not self._is_government(ent.id_):
                        return True
        return False

    def _suit_dropped(self, tok: Token) -> bool:
        """'The company dropped the lawsuit after the Air Force opened the competition': a
        suit withdrawn ends a court case."""
        return tok.lemma_.lower() in onto.WITHDRAWING and self._argument_is(
            tok, ("dobj", "nsubjpass"), onto.COURT_ONLY_OBJECTS, None
        )

    def _notice_of(self, tok: Token) -> str | None:
        """The type of what a letter or notice confirms: 'a letter confirming that we have
        been designated …' tells the designation, on the day the letter came."""
        if tok.lemma_.lower() not in onto.NOTICES:
            return None
        verb = self._verb_of(tok)
        carriers = [c for c in tok.children if c.dep_ == "acl"]
        if verb is not None:
            carriers += [c for c in verb.children if c.dep_ == "advcl"]
        for c in carriers:
            if c.tag_ != "VBG" or c.lemma_.lower() not in onto.CONFIRMING:
                continue
            for content in c.children:
                etype = onto.VERB_TRIGGERS.get(content.lemma_.lower())
                if content.dep_ == "ccomp" and etype in onto.NOTIFIED_TYPES:
                    self._carried.add(content.i)  # told once, by the notice
                    return etype
                # "a letter from the department confirming the label (the designation, the
                # award)": the act named as the object is what the notice carries, not words
                # of the sender's own
                lemma = content.lemma_.lower()
                etype = onto.NOUN_TRIGGERS.get(lemma) or onto.VERB_TRIGGERS.get(lemma)
                if content.dep_ == "dobj" and etype in onto.NOTIFIED_TYPES:
                    return etype
        return None

    def _notice_received(self, tok: Token, etype: str) -> bool:
        """A notice that tells of a directed act, received by its verb's subject from a
        sender ("received a letter from the department confirming the label")."""
        verb = self._verb_of(tok)
        return (
            tok.lemma_.lower() in onto.NOTICES
            and etype in onto.OBJECT_ROLE
            and etype in onto.NOTIFIED_TYPES
            and verb is not None
            and verb.lemma_.lower() in ("receive", "get")
            and any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children)
        )

    def _trailing_participle(self, tok: Token, kind: str) -> bool:
        """'Hegseth made an announcement on Monday, unveiling a strategy': a participle
        after its clause, with no subject of its own, tells what the clause's subject made
        public. Only a verb of making public: "designated Anthropic a risk, barring
        contractors from …", "declined, citing …" tell what the clause's event does or why;
        and not after a clause that is an event itself."""
        return (
            kind == "V"
            and tok.lemma_.lower() in onto.PUBLISHING
            and tok.head.i not in self._trig_types
            and tok.dep_ == "advcl"
            and tok.tag_ == "VBG"
            and tok.i > tok.head.i
            and tok.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in SUBJ | {"nsubjpass", "mark"} for c in tok.children)
        )

    @staticmethod
    def _described_noun(tok: Token) -> Token | None:
        """The noun a past participle describes: "the strategy launched in April"; also
        'the agency\'s "Strategy," launched in April, …', set off by a comma after the noun,
        which the parser hangs on the main verb as a clause of its own."""
        if tok.tag_ != "VBN" or any(c.dep_ in SUBJ | {"nsubjpass"} for c in tok.children):
            return None
        if tok.dep_ == "acl":
            return tok.head
        if tok.dep_ != "advcl":
            return None
        before = tok.i - 1
        while before > tok.sent.start and tok.doc[before].is_punct:
            before -= 1
        between = tok.doc[before + 1 : tok.i]
        noun = tok.doc[before]
        if any(t.lower_ == "," for t in between) and noun.pos_ in ("NOUN", "PROPN"):
            return noun
        return None

    def _government_plan(self, ev: Event, tok: Token) -> bool:
        """'the Pentagon unveiled its drone strategy', 'the policy change, announced in July by
        Hegseth': a plan a government body or an official makes public is a policy
        (annotation: an order or policy), not a product launched or a statement; a company's
        plan stays what it was. A government's initiative or program unveiled is mostly a
        policy in the gold too (now and then a launch: the majority is followed), and so is
        a program whose name says it is one ("the 2025 launch of the Genesis Mission")."""
        if tok.lemma_.lower() not in onto.PUBLISHING:
            return False
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return False  # "Trump to announce missile defense plan": not made public yet
        described = self._described_noun(tok) if tok.pos_ == "VERB" else None
        if tok.pos_ != "VERB":
            # "the November launch of the Genesis Mission": what the noun's "of" names
            nouns = [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ]
        elif described is not None:
            nouns = [described]  # "its strategy, launched in April"
        elif tok.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in tok.children):
            nouns = [tok.head]  # "the initiatives Hegseth announced today"
        else:
            nouns = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        # "the launch of the Genesis Mission": a named program needs no government actor
        program = any(self._names_program(n) for n in nouns)
        if not program and not any(
            # "a draft bill released Thursday by two lawmakers": a bill made public too
            n.lemma_.lower() in onto.PLAN_NOUNS | onto.GOVERNMENT_INITIATIVES | onto.LAW_NOUNS
            or any(c.dep_ == "compound" and c.lemma_.lower() == "policy" for c in n.children)
            for n in nouns
        ):
            return False
        kinds = [
            (self._is_government(aid, officials=True), etype)
            for aid, (_, _, etype) in ev.actors.items()
        ]
        return (program or any(gov for gov, _ in kinds)) and not any(
            not gov and etype == "ORG" for gov, etype in kinds
        )

    def _left_no_post(self, obj: Token) -> bool:
        """What was left is no post: a place (a trip) or a thing that is neither a post, a
        company nor a named organisation."""
        ent = self._tok_ent_all.get(obj.i)
        if ent is not None:
            return ent.label_ in PLACE_LABELS
        return obj.lemma_.lower() not in onto.POSTS | onto.FOUNDED_NOUNS | COMPANY_WORDS

    def _thing_threatens(self, verb: Token) -> bool:
        """'the Pentagon's finding threatens to disrupt the company': the subject is a thing
        someone owns (a finding, a decision, a move), not a party making a threat."""
        return any(
            c.dep_ == "nsubj"
            and c.pos_ == "NOUN"
            and c.i not in self._tok_ent
            and c.lemma_.lower() not in onto.ROLE_NOUNS
            and any(k.dep_ == "poss" for k in c.children)
            for c in verb.children
        )

    def _order_promised(self, tok: Token) -> bool:
        """'said Monday he would sign an executive order to …': an order someone says they
        would sign is not signed yet; the saying is the news (a statement)."""
        verb = tok if tok.pos_ == "VERB" else self._verb_of(tok)
        return (
            verb is not None
            and verb.lemma_.lower() in ("sign", "issue")
            and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)
            and verb.dep_ == "ccomp"
            and verb.head.lemma_.lower() in onto.SAYING_VERBS
        )

    @staticmethod
    def _supplies_agencies(deal: Token) -> bool:
        """'signed a deal with the GSA to supply its model to federal agencies', 'a deal to
        provide every agency with ChatGPT': a deal selling to government agencies is an award
        in the gold (a contract), unlike one to deploy or work together."""
        verbs = [c for c in deal.children if c.dep_ in ("acl", "relcl")]
        if deal.dep_ == "dobj":  # "signed a deal … to supply": the infinitive hangs on the verb
            verbs += [c for c in deal.head.children if c.dep_ in ("advcl", "xcomp")]
        return any(
            v.lemma_.lower() in onto.SUPPLYING
            and any(t.lemma_.lower() == "agency" for t in v.subtree)
            for v in verbs
        )

    def _names_program(self, tok: Token) -> bool:
        """'Project Maven', 'the Genesis Mission': a program the gazetteer knows whose name
        says it is one, which a government starts as a policy, not a product it launches
        (GenAI.mil, a platform, stays a launch)."""
        ent = self._tok_ent.get(tok.i)
        entry = self.gazetteer.get(ent.id_) if ent is not None else None
        words = set(entry.name.lower().split()) if entry is not None else set()
        return bool(words & onto.PROGRAM_NAME_WORDS)

    def _own_spending(self, ev: Event, tok: Token) -> str | None:
        """Money a body puts into its own work, with no one else taking part: a company's
        outlay ("investing $1 billion of its own funds", "an investment to expand its
        shipyard") is no funding event; a government's spending plan made public ("announced
        a planned $1 billion investment in its drone program") is a policy; a government
        body investing with no one else named is its own outlay too. "outlay", "policy" or
        None (an investee or a backer is named: funding)."""
        gov = [aid for aid in ev.actors if self._is_government(aid, officials=True)]
        orgs = [a for a, (_, _, label) in ev.actors.items() if label == "ORG" and a not in gov]
        if len(orgs) == 1 and not gov:
            # "its own funds"; "committed $50 billion to build a cloud": money for what
            # the company itself builds
            own = any(t.lower_ == "own" for t in tok.subtree) or any(
                c.dep_ in ("advcl", "xcomp")
                and c.lemma_.lower() in BUILDING
                and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)
                for c in tok.children
            )
            spent_on = [
                t
                for c in tok.children
                if c.dep_ in ("prep", "acl", "advcl", "relcl")
                for t in c.subtree
                if t.dep_ in ("pobj", "dobj")
            ]
            if own or any(
                any(k.dep_ == "poss" and k.lower_ in ("its", "their") for k in t.children)
                for t in spent_on
            ):
                return "outlay"
            return None
        if orgs or not gov:
            return None
        verb = self._verb_of(tok) if tok.pos_ == "NOUN" else None
        if verb is not None and verb.lemma_.lower() in onto.PUBLISHING:
            return "policy"
        return "outlay"  # "the Army has invested another $190 million in the system"

    def _announces_product(self, tok: Token) -> bool:
        """'announced GenAI.mil, a secure AI platform', 'announced a new chatbot': what is
        announced is a product (or names itself one in apposition)."""
        if self._argument_is(tok, ("dobj", "nsubjpass"), onto.RELEASED_NOUNS, "PRODUCT"):
            return True  # "announced a new chatbot", "a new platform was announced"
        for c in tok.children:  # "announced the development of custom Claude Gov models"
            if c.dep_ == "dobj" and c.lemma_.lower() in ("development", "release", "debut"):
                if any(
                    p.dep_ == "prep"
                    and p.lower_ == "of"
                    and self._argument_is(p, ("pobj",), onto.RELEASED_NOUNS, "PRODUCT")
                    for p in c.children
                ):
                    return True
        return any(
            a.dep_ == "appos" and a.lemma_.lower() in onto.RELEASED_NOUNS
            for c in tok.children
            if c.dep_ == "dobj"
            for a in c.children
        )

    @staticmethod
    def _said_in(tok: Token) -> bool:
        head = tok.head
        if tok.dep_ != "pobj" or head.lower_ != "in":
            return False
        # "In an internal memo he later shared, Altman said …": a sentence opened by "in"
        # is the medium of its main verb, wherever the parser hangs the phrase
        opening = head.i == tok.sent.start
        return head.head.lemma_.lower() in onto.ATTRIBUTING | {"write"} or (
            opening and tok.sent.root.lemma_.lower() in onto.ATTRIBUTING | {"write"}
        )

    def _confirms_appointment(self, tok: Token) -> bool:
        """'confirmed X as <post>', 'confirmed X to lead …': a person put in a post."""
        for c in tok.children:
            if c.dep_ in ("dobj", "nsubjpass") and any(
                e.label_ == "PERSON" for e in self._ents_of(c)
            ):
                return (
                    any(
                        k.dep_ in ("prep", "xcomp") and k.lower_ in ("as", "be")
                        for k in tok.children
                    )
                    or any(
                        k.dep_ in ("xcomp", "prep") and k.lower_ in ("to", "lead", "as")
                        for k in c.children
                    )
                    # "the Senate confirmed Trachtenberg by a 79-19 vote", "voted to confirm"
                    or self._by_legislature(tok)
                    or (tok.dep_ in ("xcomp", "acl") and tok.head.lemma_.lower() == "vote")
                )
        return False

    def _unpriced_deal(self, tok: Token) -> bool:
        """A deal signed or reached, with no amount in its sentence and no verb of awarding:
        an agreement on terms ("xAI signed a contract to use Grok in classified systems")."""
        lemma = tok.lemma_.lower()
        verb = self._verb_of(tok)
        if verb is None or verb.lemma_.lower() not in (
            "sign",
            "reach",
            "strike",
            "finalize",
            "ink",
            "get",  # "OpenAI got the deal Anthropic wanted with the Pentagon"
        ):
            return False
        if lemma not in ("deal", "contract", "agreement"):
            return False
        if verb.lemma_.lower() == "get" and lemma == "contract":
            return False  # "four firms are getting a piece of the contract": an award
        if tok.tag_ == "NNS" or any(t.lemma_.lower() in onto.MAKING for t in tok.subtree):
            return False  # "finalized contracts with four firms for the construction of 72
            # satellites": awards for things built, priced or not
        if self._supplies_agencies(tok):
            return False  # "signed a deal to supply its model to federal agencies": a sale
        sent = tok.sent
        return not any(sent.start <= sp.start < sent.end for sp, _ in self._money)

    def _launches_policy(self, tok: Token) -> bool:
        """What is released is a plan, an order or a law, not a product."""
        objects = [c.subtree for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ == "acl":
            objects.append([tok.head])  # "the White House's AI action plan, released in July"
        for subtree in objects:
            for t in subtree:
                ent = self._tok_ent_all.get(t.i)
                if ent is not None and ent.label_ == "LAW":
                    return True
                if onto.NOUN_TRIGGERS.get(t.lemma_.lower()) == "policy" and t.pos_ == "NOUN":
                    return True
        return False

    def _warns_of_penalty(self, tok: Token) -> bool:
        """A warning to an organisation of what could befall it is a threat."""
        target = any(
            c.dep_ in ("dobj", "dative")
            and (e := self._entity_at(c)) is not None
            and e.label_ in ("ORG", "PERSON")
            for c in tok.children
        )
        if not target:
            return False
        for c in tok.children:
            if c.dep_ == "ccomp":
                auxes = {a.lower_ for a in c.children if a.dep_ in ("aux", "auxpass")}
                if auxes & (onto.HYPOTHETICAL | {"would"}):
                    return True
        return False

    def _verb_chain(self, tok: Token) -> list[Token]:
        """The trigger and the verbs it hangs on through xcomp/ccomp/conj (nearest first)."""
        chain = [tok]
        cur = tok
        for _ in range(3):
            if (
                cur.dep_
                in ("xcomp", "ccomp", "conj", "advcl", "pcomp", "dobj", "pobj", "prep", "nsubj")
                and cur.head != cur
                # "X has been awarded $1.2 billion; work is expected to be completed by 2029":
                # a semicolon closes the clause whatever the parse says
                and not any(
                    t.text == ";" for t in cur.doc[min(cur.i, cur.head.i) : max(cur.i, cur.head.i)]
                )
            ):
                cur = cur.head
                chain.append(cur)
            else:
                break
        return chain

    def _blocked(self, tok: Token) -> bool:
        """'refused to meet', 'threatened to label': the complement is no event of its own;
        a challenge or protest rejected was filed, and its rejection is a ruling."""
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ == "dobj"
            and onto.NOUN_TRIGGERS.get(tok.lemma_.lower()) == "legal"
            and tok.head.lemma_.lower() in onto.REFUSING
        ):
            return False
        cur = tok
        while cur.dep_ == "conj" and cur.head != cur:
            cur = cur.head  # "asked courts to vacate the designation, block its enforcement"
        for _ in range(2):
            if cur.dep_ in ("xcomp", "ccomp") or (cur.dep_ == "dobj" and cur.pos_ == "NOUN"):
                head = cur.head
                if head.lemma_.lower() in onto.BLOCKING_HEADS and onto.VERB_TRIGGERS.get(
                    tok.lemma_
                ) != onto.VERB_TRIGGERS.get(head.lemma_):
                    return True
                cur = head
            else:
                break
        return False

    @staticmethod
    def _sum_described(noun: Token) -> bool:
        """A sum as the subject of a judgment or of what it is made of ("the planned $20
        billion budget is insufficient", "the $705 billion budget is comprised of …"): money
        described, not money raised, asked for or given."""
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.lemma_.lower() in onto.MADE_OF:
            return True  # the sum and its parts alike
        head = noun.head
        return (
            noun.dep_ == "nsubj"
            and head.lemma_ == "be"
            and any(
                c.dep_ == "acomp" and c.pos_ == "ADJ" and c.lower_ != "worth" for c in head.children
            )
        )

    @staticmethod
    def _designating_verb(tok: Token) -> Token | None:
        """The verb of naming a few words above a designation noun ("deemed Anthropic a
        'supply chain risk'", "labeling the company a supply chain risk")."""
        return next(
            (
                a
                for a in list(tok.ancestors)[:3]
                if a.pos_ == "VERB" and a.lemma_.lower() in onto.DESIGNATING
            ),
            None,
        )

    def _requested(self, tok: Token) -> bool:
        """What someone asks for: "asked for a briefing", "requested a meeting"."""
        verb = self._verb_of(tok)
        return verb is not None and verb.lemma_.lower() in onto.REQUESTING

    def _bound_by(self, ev: Event, clause: Token, role: str) -> None:
        """The subject of the clause a deadline binds: who must act by then."""
        for k in clause.children:
            if k.dep_ == "nsubj":
                for e in self._ents_of(k):
                    ev.add(e, role, self._names)

    def _verb_of(self, tok: Token) -> Token | None:
        """The verb a noun trigger is an argument of (dobj, or object of a preposition)."""
        if tok.dep_ == "compound" and tok.head.dep_ == "pobj":
            tok = tok.head  # "placed Anthropic on a supply chain risk list"
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ in ("of", "in")
            and tok.head.head.dep_ in ("dobj", "nsubjpass")
            and tok.head.head.pos_ in ("NOUN", "PROPN", "NUM")
        ):
            # "filed a notice of appeal", "secured $240 million in new funding", "notified
            # Anthropic of its designation"
            tok = tok.head.head
        if tok.dep_ in ("dobj", "attr", "oprd") and tok.head.pos_ in ("VERB", "AUX"):
            return tok.head
        if (
            tok.dep_ == "conj"
            and tok.head.pos_ == "VERB"
            and any(c.dep_ == "dobj" for c in tok.head.children)
            and any(c.dep_ == "det" for c in tok.children)
        ):
            # "filed a complaint in one court and a petition in another": the second
            # object, hung on the verb as its conjunct, is the verb's object too
            return tok.head
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            return tok.head.head
        return None

    def _taken_by(self, clause: Token) -> list[Span]:
        """'(an operation) that led to / resulted in the capture of X': whom an operation
        took, named in the clause its noun heads. Empty otherwise."""
        if clause.lemma_.lower() not in ("lead", "result"):
            return []
        out: list[Span] = []
        for p in clause.children:
            if p.dep_ != "prep" or p.lower_ not in ("to", "in"):
                continue
            for n in p.children:
                if n.dep_ != "pobj" or n.lemma_.lower() not in onto.TAKING_NOUNS:
                    continue
                for of in n.children:
                    if of.dep_ == "prep" and of.lower_ == "of":
                        for k in of.children:
                            out += self._ents_of(k)
        return out

    def _actors(self, ev: Event, tok: Token, kind: str) -> None:
        names = self._names
        obj_role = onto.OBJECT_ROLE.get(ev.type, "counterpart")
        heads = [tok]
        if kind == "N":
            for c in tok.children:
                if c.dep_ in ("poss",):
                    owners = self._ents_of(c)
                    if not owners and c.lower_ == "its":
                        owners = self._coordinated_owner(tok, 0)  # "…, and its dispute with"
                    for e in owners:
                        ev.add(e, "agent", names)
                elif c.dep_ == "prep" and c.lower_ == "by" and ev.type == "operation":
                    for p in c.children:  # "a strike by U.S. forces"
                        for e in self._ents_of(p):
                            ev.add(e, "agent", names)
                elif c.dep_ == "nmod" and _possessor(c):
                    # "former director Doug Beck's resignation": the small model hangs the
                    # owner on its title; the named owner is the possessor
                    for g in (c, *(k for k in c.children if k.dep_ == "appos")):
                        for e in self._ents_of(g):
                            ev.add(e, "agent", names)
                elif c.dep_ in ("compound", "nmod", "amod"):
                    e = self._entity_at(c)
                    if e is not None:
                        ev.add(e, "participant", names)
                elif (
                    c.dep_ in ("acl", "relcl")
                    and ev.type == "contract"
                    and c.lemma_.lower() in onto.CONTRACT_VERBS
                ):
                    heads.append(c)  # "the contract it won from the U.S. Army in May"
                elif (
                    c.dep_ in ("acl", "relcl")
                    and ev.type == "contract"
                    and c.lemma_.lower() in onto.DISCLOSING
                ):
                    # "a contract of up to $200 million that the company disclosed in June":
                    # who makes an award public is a party to it, the awarder or the awardee
                    for k in c.children:
                        if k.dep_ in SUBJ and k.lower_ not in RELATIVE:
                            for e in self._ents_of(k):
                                if e.label_ == "ORG":
                                    ev.add(e, "agent", names)
                elif c.dep_ == "acl" and c.lemma_.lower() in onto.RETELLING_VERBS | {
                    "file",
                    "lead",
                }:
                    for k in c.children:  # "a policy overhaul announced by the Air Force",
                        # "a lawsuit filed Monday by Anthropic"
                        if k.dep_ == "agent":
                            for pobj in k.children:
                                for e in self._ents_of(pobj):
                                    ev.add(e, "agent", names)
                elif c.dep_ in ("acl", "advcl", "relcl") and ev.type == "ultimatum":
                    # "a Friday deadline for Anthropic to accept the terms": the one it binds
                    self._bound_by(ev, c, obj_role)
                elif c.dep_ in ("acl", "relcl") and ev.type == "operation":
                    # "the raid that led to the capture of X": the one taken is its target
                    for e in self._taken_by(c):
                        ev.add(e, "target", names)
            if ev.type == "funding" and tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
                # "a $1 billion funding increase from Congress", "a funding boost for DIU":
                # the parties hang on the noun the trigger modifies
                heads.append(tok.head)
            if ev.type == "ultimatum" and tok.dep_ == "dobj":
                # "set a Friday deadline for Anthropic to accept", the clause parsed on the verb
                for c in tok.head.children:
                    if c.dep_ == "advcl" and any(
                        k.dep_ == "mark" and k.lower_ == "for" for k in c.children
                    ):
                        self._bound_by(ev, c, obj_role)
            owner = tok
            if (
                ev.type == "funding"
                and tok.dep_ == "pobj"
                and tok.head.lower_ == "in"
                and tok.head.head.lemma_.lower() in onto.BUDGET_MOVES
            ):
                # "called for a massive increase in the military budget": who asks for the
                # change is a party to the money
                owner = tok.head.head
                heads.append(owner)
            verb = self._verb_of(owner)
            if verb is None and ev.type == "designation":
                # "deemed Anthropic a 'supply chain risk'" parsed as a noun under the name
                verb = self._designating_verb(tok)
                for a in list(tok.ancestors)[:3]:
                    if a is verb:
                        break
                    ent = self._entity_at(a)
                    if ent is not None:
                        ev.add(ent, obj_role, names)
            if verb is not None:
                heads.append(verb)
                for e in self._ranked_doer(verb):
                    ev.add(e, "agent", names)
            elif tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "go":
                heads.append(tok.head)  # "a $200 million contract … went to Scale AI"
            elif (
                ev.type == "meeting"
                and tok.dep_ == "pobj"
                and tok.head.lower_ in ("at", "during")
                and tok.head.head.dep_ == "ROOT"
                and tok.head.head.pos_ == "PROPN"
            ):
                # a photo caption with no verb, "Sen. Jane Roe at a Senate hearing on May
                # 2": the one pictured at the gathering is a party to it
                for e in self._ents_of(tok.head.head):
                    ev.add(e, "agent", names)
        for c in tok.children if kind == "V" else ():
            if c.dep_ == "dobj" and c.lemma_.lower() in ("tie", "ties", "force", "forces"):
                for p in c.children:  # "cut ties with Anthropic", "joined forces with Anduril"
                    if p.dep_ == "prep":
                        self._prep_actors(ev, p, names)
            elif (
                ev.type == "contract"
                and c.dep_ in ("dobj", "nsubjpass")
                and c.lemma_.lower() in onto.CEILING_WORDS
            ):
                # "raised the ceiling on Palantir's Maven contract": whose contract it is
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ in ("on", "of", "for"):
                        for pobj in p.children:
                            if pobj.dep_ == "pobj":
                                for e in self._ents_of(pobj):
                                    ev.add(e, obj_role, names)
        if kind == "V" and tok.dep_ == "acl":
            # "Anthropic was one of four AI firms awarded contracts in July": the subject
            # of "was one of" is among those the verb tells of
            one = tok.head if tok.head.lower_ == "one" else tok.head.head.head
            if one.lower_ == "one" and one.dep_ == "attr":
                for c in one.head.children:
                    if c.dep_ in SUBJ:
                        for e in self._ents_of(c):
                            ev.add(e, obj_role, names)
        if (
            kind == "V"
            and ev.type in ("launch", "personnel")
            and tok.dep_ == "acl"
            and tok.tag_ == "VBN"
        ):
            # "Skydio, established in 2014", "Elena Ruiz, named Monday as the Navy's AI
            # chief": the noun a participle describes is what the verb was done to
            for e in self._ents_of(tok.head):
                ev.add(e, obj_role, names)
        if ev.type == "operation" and tok.lemma_.lower() == "launch":
            for vehicle in self._launch_vehicle(tok):  # "aboard a SpaceX Falcon 9": its maker
                for t in vehicle.subtree:
                    e = self._entity_at(t)
                    if e is not None and e.label_ == "ORG":
                        ev.add(e, "participant", names)
        if ev.type == "operation" and tok.lemma_.lower() in ("lift", "blast"):
            # "a rocket carrying a Space Force satellite lifted off": whose rocket and payload
            for c in tok.children:
                if c.dep_ == "nsubj" and c.lemma_.lower() in onto.SPACE_LAUNCHED:
                    for t in c.subtree:
                        e = self._entity_at(t)
                        if e is not None and e.label_ in ("ORG", "PRODUCT"):
                            ev.add(e, "agent", names)
        claimed = tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ == "for" else None
        if ev.type == "operation" and claimed is not None and claimed.lemma_ == "responsibility":
            # "the Houthis claimed responsibility for shooting down a drone": who did it
            for c in claimed.head.children if claimed.dep_ == "dobj" else ():
                if c.dep_ == "nsubj":
                    for e in self._ents_of(c):
                        ev.add(e, "agent", names)
        if ev.type == "operation" and kind == "N":
            # "a raid targeting Venezuelan leader Nicolas Maduro": who the raid was aimed at
            for c in tok.children:
                if c.dep_ == "acl" and c.lemma_.lower() in ("target", "aim"):
                    for o in c.children:
                        if o.dep_ == "dobj":
                            for e in self._ents_of(o):
                                if e.label_ == "PERSON":  # a leader hunted, not militants
                                    ev.add(e, "target", names)
        if (
            ev.type == "personnel"
            and kind == "V"
            and tok.dep_ == "xcomp"
            and not any(c.dep_ in SUBJ | {"nsubjpass"} for c in tok.children)
        ):
            # "Gen. Randy George was forced to retire", "was asked to step down": the one
            # pushed out is the subject of the passive above
            for c in tok.head.children:
                if c.dep_ == "nsubjpass":
                    for e in self._ents_of(c):
                        if e.label_ == "PERSON":
                            ev.add(e, "target", names)
        for clause in self._where_clauses(self._venue(ev, tok, kind)):
            # "a meeting on Tuesday, where Hegseth informed Amodei …": who met
            for c in clause.children:
                if c.dep_ in SUBJ | {"dobj", "dative"}:
                    for e in self._ents_of(c):
                        ev.add(e, "agent" if c.dep_ in SUBJ else obj_role, names)
        framing = self._opening_phrase_subject(tok) if kind == "N" and not ev.actors else None
        if framing is not None:
            for e in self._ents_of(framing):  # "In his speech on Monday, Hegseth told …"
                if e.label_ in ("ORG", "PERSON"):
                    ev.add(e, "agent", names)
        opening = self._opening_gerund_subject(tok) if kind == "V" else None
        if opening is not None and not any(c.dep_ in SUBJ for c in tok.children):
            for e in self._ents_of(opening):  # "After raising $230 million, Skydio will …"
                ev.add(e, "agent", names)
        fronted = self._fronted_participle_subject(tok) if kind == "V" else None
        if fronted is not None and ev.type in ("launch", "personnel"):
            for e in self._ents_of(fronted):  # "Formed in 2021, the office …": what was formed
                ev.add(e, obj_role, names)
        if kind == "V" and not any(c.dep_ in SUBJ | {"nsubjpass"} for c in tok.children):
            # "Anthropic rejects Pentagon's final terms" parsed with the name as a modifier:
            # a headline's first name before its verb is its subject
            for c in tok.children:
                if c.i < tok.i and c.dep_ in ("amod", "compound", "npadvmod", "nmod"):
                    for e in self._ents_of(c):
                        ev.add(e, "agent", names)
        if kind == "N" and ev.type == "designation":
            # "moves to brand Anthropic a supply-chain risk", the name parsed off the noun
            for t in tok.doc[max(tok.sent.start, tok.i - 6) : tok.i]:
                if t.dep_ == "dobj" and t.head.lemma_.lower() in onto.DESIGNATING:
                    for e in self._ents_of(t):
                        ev.add(e, obj_role, names)
        if (
            kind == "V"
            and tok.dep_ == "relcl"
            and not any(
                c.dep_ in ("dobj", "nsubjpass") or (c.dep_ in SUBJ and c.lower_ in RELATIVE)
                for c in tok.children
            )
        ):
            # "GenAI.mil, the platform the department launched last month": the noun (or the
            # name it stands beside) is what the verb was done to
            noun = tok.head
            found = self._ents_of(noun) or (
                self._ents_of(noun.head) if noun.dep_ == "appos" else []
            )
            for e in found:
                ev.add(e, obj_role, names)
        if kind == "V" and tok.lemma_.lower() == "have" and ev.type == "ultimatum":
            # "told Amodei that Anthropic had until Friday": the teller issues it
            for e in self._reporter(tok):
                ev.add(e, "agent", names)
        if (
            kind == "V"
            and tok.dep_ == "conj"
            and not any(c.dep_ in SUBJ | {"nsubjpass"} for c in tok.children)
        ):
            heads.append(tok.head)  # "announced a deal and unveiled a drone": one subject
        if self._trailing_participle(tok, kind):
            heads.append(tok.head)  # "made an announcement Monday, unveiling a strategy"
        for h in heads[1:] if kind == "N" else ():
            for e in self._controller(h):
                ev.add(e, "agent", names)
        if (
            kind == "V"
            and tok.dep_ == "acl"
            and tok.tag_ == "VBD"
            and tok.head.i in self._tok_ent
            and not any(c.dep_ in SUBJ | {"nsubjpass"} for c in tok.children)
        ):
            # "up from the $69 million Congress approved last year": a past tense verb the
            # parser hangs on the name before it is that name's own verb (a participle
            # would be VBN), so the name acts
            for e in self._ents_of(tok.head):
                ev.add(e, "agent", names)
        noun = self._described_noun(tok) if kind == "V" else None
        if (
            noun is not None
            and tok.lemma_.lower() in onto.PUBLISHING
            and not any(c.dep_ == "agent" for c in tok.children)
        ):
            # "GSA's OneGov Strategy, an initiative launched in April": whose the plan made
            # public is (the noun's owner, or that of the name it stands beside) made it so
            owners = [c for c in noun.children if c.dep_ == "poss"]
            if not owners and noun.dep_ == "appos":
                owners = [c for c in noun.head.children if c.dep_ == "poss"]
            for c in owners:
                for e in self._ents_of(c):
                    ev.add(e, "agent", names)
        if ev.type == "launch" and kind == "N" and tok.lemma_.lower() == "initiative":
            for e in self._venture_names(tok):  # "a new initiative called OpenAI for Government"
                ev.add(e, "agent", names)
        if kind == "V" and tok.dep_ == "acl" and tok.head.lemma_.lower() in onto.DECISION_NOUNS:
            # "Anduril announced plans to partner with OpenAI", "Anduril's plan to work with":
            # whose plan it is acts
            plan = tok.head
            owners = [c for c in plan.children if c.dep_ == "poss"]
            if not owners and plan.dep_ == "dobj":
                owners = [c for c in plan.head.children if c.dep_ in SUBJ]
            if any(c.lower_ == "no" for c in plan.children) or any(
                c.dep_ == "neg" for c in plan.head.children
            ):
                owners = []  # "the Pentagon has no plans to cancel the program"
            for c in owners:
                for e in self._ents_of(c):
                    ev.add(e, "agent", names)
        for h in heads:
            for c in h.children:
                dep = c.dep_
                if (
                    h != tok
                    and h == tok.head
                    and tok.dep_ in ("conj", "advcl")
                    and dep not in SUBJ | {"nsubjpass"}
                ):
                    continue
                if dep in SUBJ:
                    subj_ents = self._ents_of(c)
                    if not subj_ents and c.lower_ in ("it", "they"):
                        subj_ents = self._cataphor(h)
                    if not subj_ents and c.lower_ in PRONOUN_THING:
                        subj_ents = self._reporter(h)
                    if not subj_ents and c.lower_ in ("it", "they"):
                        subj_ents = self._previous_subject(c)
                    if not subj_ents and c.lower_ in RELATIVE and h.dep_ == "relcl":
                        subj_ents = self._ents_of(h.head)  # "ChatGPT Gov, which debuted"
                    bound = h is tok and ev.type == "ultimatum" and tok.lemma_.lower() == "have"
                    for e in subj_ents:
                        ev.add(e, obj_role if bound else "agent", names)
                elif dep == "auxpass" and h.dep_ == "ROOT" and h.i < c.i:
                    # "Also fired was the agency's deputy, Jane Roe": an inverted passive, whose
                    # subject the parser hangs on "was"
                    for a in c.children:
                        if a.dep_ in ("attr", "nsubj"):
                            owner = [t.i for p in a.children if p.dep_ == "poss" for t in p.subtree]
                            named = {  # not "Haugh's" in "Haugh's deputy, Wendy Noble"
                                self._tok_ent[t.i]: None
                                for t in a.subtree
                                if t.i in self._tok_ent and t.i not in owner
                            }
                            for e in named:
                                ev.add(e, obj_role, names)
                elif dep == "nsubjpass":
                    found = self._ents_of(c)
                    if not found and c.lower_ in RELATIVE and h.dep_ == "relcl":
                        found = self._ents_of(h.head)  # "Anthropic, which was founded in 2021"
                    for e in found:
                        ev.add(e, self._tool_role(ev, h, tok, obj_role), names)
                elif dep == "dative" and c.pos_ == "ADP":
                    self._prep_actors(ev, c, names)
                elif dep in ("dobj", "dative", "attr", "oprd") and c is not tok:
                    if dep == "dobj" and self._fellow_joined(h, c):
                        for e in self._host_of(c):  # "… on the Army's networks": the host
                            ev.add(e, "counterpart", names)
                        continue
                    for e in self._ents_of(c):
                        role_here = obj_role if dep != "dative" else "counterpart"
                        ev.add(e, self._tool_role(ev, h, tok, role_here), names)
                    if ev.loose and dep == "dobj":
                        for e in self._host_of(c):
                            ev.add(e, "counterpart", names)
                elif dep == "agent":
                    for p in c.children:
                        for e in self._ents_of(p):
                            ev.add(e, "agent", names)
                elif dep == "prep":
                    self._prep_actors(ev, c, names)
                elif dep == "xcomp" and h is tok and kind == "V":
                    # "threatened to label Anthropic": the complement's object is the target;
                    # "told agencies to stop using Anthropic's models": so is that of the
                    # complement's own complement
                    nested = [k for k in c.children if k.dep_ == "xcomp"]
                    for cc in [*c.children, *(k for n in nested for k in n.children)]:
                        if cc.dep_ in ("dobj", "nsubj"):
                            for e in self._ents_of(cc):
                                ev.add(e, obj_role, names)
        for e in self._control_subject(tok, bool(ev.actors)) if kind == "V" else ():
            ev.add(e, "agent", names)

    @staticmethod
    def _made_to_move(verb: Token) -> bool:
        """'forced X to resign', 'prompted X to step down': a causative verb (onto.CAUSING)
        over a self-move infinitive (onto.SELF_MOVES); "urged X to resign" asks, no more."""
        return (
            verb.dep_ == "xcomp"
            and verb.lemma_.lower() in onto.SELF_MOVES
            and verb.head.lemma_.lower() in onto.CAUSING
            and onto.VERB_TRIGGERS.get(verb.lemma_.lower()) == "personnel"
        )

    def _fellow_joined(self, verb: Token, obj: Token) -> bool:
        """'Grok would join Google's Gemini on the department's systems': a product that
        another joins on a host is a fellow there, not a party to the deal (the host is);
        "Grok will join GenAI.mil" names the host itself and keeps it."""
        if verb.lemma_.lower() != "join" or verb.pos_ != "VERB":
            return False
        named = self._ents_of(obj)
        if not named or any(e.label_ != "PRODUCT" for e in named):
            return False
        return any(
            c.dep_ == "prep"
            and c.lower_ in ("on", "onto", "in", "into")
            and any(p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME") for p in c.children)
            for c in [*verb.children, *obj.children]  # the host hung on the verb or on it
        )

    def _control_subject(self, verb: Token, has_party: bool) -> list[Span]:
        """'Emil Michael is scheduled to meet OpenAI', 'the Army moved to cancel the tank':
        an infinitive with no subject of its own is done by the subject above it, or by
        the object of an order ("directed the Army to cancel it"); only beside a party of
        its own, as one with none is mostly a plan or a wish. "Anthropic was the first
        company to deploy …" is done by the subject of "was"."""
        copula = None
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
            c.dep_ in SUBJ | {"nsubjpass"} for c in verb.children
        ):
            # "Anthropic was the first AI company to deploy its models in …"
            if verb.dep_ in ("acl", "relcl") and verb.head.dep_ == "attr":
                copula = verb.head.head
            elif verb.dep_ == "advcl" and verb.head.lemma_ == "be":
                copula = verb.head
            elif verb.dep_ == "xcomp" and any(c.dep_ == "attr" for c in verb.head.children):
                copula = verb.head  # "became the first company to be labeled a risk"
        if copula is not None and copula.dep_ == "conj":
            if not any(c.dep_ in SUBJ for c in copula.children):
                copula = copula.head  # "has positioned itself … and was the first to …"
        if copula is not None:
            return [
                e
                for c in copula.children
                if c.dep_ in SUBJ
                for e in self._ents_of(c)
                if e.label_ in ("ORG", "PERSON", "GPE")
            ]
        if not has_party and self._made_to_move(verb):
            # "forced Jane Roe to resign", "caused him to withdraw his nomination": the one
            # made to leave is the object of the causing verb, and the leaving happened
            return [
                e
                for c in verb.head.children
                if c.dep_ == "dobj"
                for e in self._ents_of(c)
                if e.label_ == "PERSON"
            ]
        cur = verb
        for _ in range(2 if has_party else 0):
            if cur.dep_ != "xcomp" or any(c.dep_ in SUBJ | {"nsubjpass"} for c in cur.children):
                return []
            head = cur.head
            objects = [c for c in head.children if c.dep_ == "dobj"]
            if objects:
                return [e for c in objects for e in self._ents_of(c)]
            for c in head.children:
                if c.dep_ in SUBJ | {"nsubjpass"}:
                    return [e for e in self._ents_of(c) if e.label_ in ("ORG", "PERSON", "GPE")]
            cur = head
        return []

    def _host_of(self, thing: Token) -> list[Span]:
        """'deployed its models on the Pentagon's classified networks': whose systems a
        thing is put into, when the parser hangs the place on the thing."""
        return [
            e
            for p in thing.children
            if p.dep_ == "prep" and p.lower_ in ("on", "onto", "in", "into")
            for g in p.children
            if g.dep_ == "pobj"
            for t in [g, *(k for k in g.children if k.dep_ == "poss")]
            if (e := self._entity_at(t)) is not None and e.label_ == "ORG"
        ]

    def _controller(self, verb: Token) -> list[Span]:
        """'SpaceX continues to rack up wins, securing a contract': the verb of a noun
        trigger, a participle with no subject of its own, acts for the subject of the
        clause it hangs from."""
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() in CHARACTERISING:
            return []
        if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
            return []  # "a protest over the Army awarding a contract": the noun is its subject
        if any(c.dep_ in SUBJ | {"nsubjpass", "expl", "mark"} for c in verb.children):
            return []
        cur = verb.head
        for _ in range(2):
            for c in cur.children:
                if c.dep_ in SUBJ:
                    return [e for e in self._ents_of(c) if e.label_ in ("ORG", "PERSON")]
            if cur.dep_ not in ("xcomp", "conj"):
                break
            cur = cur.head
        return []

    def _prep_actors(self, ev: Event, prep: Token, names: dict[str, str]) -> None:
        p = prep.lower_
        favour = [
            o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in ("favor", "favour")
        ]
        if p == "in" and favour:  # "ruled in favor of Palantir"
            for c in favour[0].children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    self._prep_actors(ev, c, names)
            return
        role = {
            "with": "counterpart",
            "between": "counterpart",
            "against": "target",
            "from": "counterpart",
            "to": "counterpart",
            "of": "participant",
            "for": "counterpart",
            "at": "participant",
            "by": "agent",
            "on": "target",
            "into": "counterpart",
            "onto": "counterpart",
            "among": "participant",
            # "the raid in Venezuela", "an investment in Anduril", "a case in the D.C. Circuit"
            # (the one invested in is the funded party: a `target`, the headline's subject)
            "in": {"operation": "target", "funding": "target", "legal": "counterpart"}.get(ev.type),
            "through": "participant" if ev.type == "policy" else None,  # "through the Senate"
            "before": "counterpart" if ev.type in ("meeting", "legal") else None,  # testified
        }.get(p)
        if role is None:
            return
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if ev.type == "funding" and p in ("from", "in"):
                # "from investors led by 8VC", "in a round led by Hanwha": the lead investor
                for c in obj.children:
                    if c.dep_ == "acl" and c.lemma_.lower() == "lead":
                        for k in c.children:
                            if k.dep_ == "agent":
                                for pobj in k.children:
                                    for e in self._ents_of(pobj):
                                        if e.label_ not in PLACE_LABELS:
                                            ev.add(e, "counterpart", names)
            for e in self._ents_of(obj):
                if e.label_ in PLACE_LABELS and not (
                    # a country struck or fought in is a party to an operation; one a
                    # sanction is imposed on, to a policy. A city or a state ("a raid on
                    # Caracas") is where it happened, not a side (annotation.md, "Actors")
                    e.label_ == "GPE"
                    and not self._subnational(e.id_)
                    and (
                        (ev.type == "operation" and p in ("on", "against", "in"))
                        or (ev.type in ("policy", "designation") and p in ("on", "against"))
                    )
                ):
                    continue
                if (
                    p in ("to", "at")
                    and ev.type in ("meeting", "statement")
                    and e.label_ != "PERSON"
                ):
                    role_here = "participant"
                else:
                    role_here = role
                if p == "for" and ev.type not in ("contract", "funding"):
                    continue
                if p == "with" and ev.type == "launch" and e.label_ == "PRODUCT":
                    # "launched GenAI.mil with Gemini as its first model": what came with the
                    # launched thing was not launched
                    role_here = "participant"
                if p == "in" and ev.type == "legal" and not self._is_court(e.id_):
                    continue  # "sued in federal court in San Francisco": the court only
                ev.add(e, role_here, names)

    def _reporter(self, verb: Token) -> list[Span]:
        """'OpenAI announced it would join': the pronoun is the reporting verb's subject."""
        cur = verb
        for _ in range(2):
            if cur.dep_ in ("ccomp", "xcomp", "conj"):
                cur = cur.head
                for c in cur.children:
                    if c.dep_ in SUBJ:
                        found = self._ents_of(c)
                        if found:
                            return found
            else:
                break
        return []

    # ------------------------------------------------------------------ date
    @staticmethod
    def _clause(tok: Token) -> Token:
        cur = tok
        for _ in range(40):
            if cur.pos_ in ("VERB", "AUX") and cur.dep_ in CLAUSE_DEPS:
                return cur
            if cur.head == cur:
                return cur
            cur = cur.head
        return cur

    @staticmethod
    def _lead_investor_clause(clause: Token, tok: Token) -> bool:
        """'raised $250 million from investors led by 8VC two weeks ago': who led a round
        led it when it was raised; a date hung on "led by" dates the round."""
        return (
            clause.lemma_.lower() == "lead"
            and clause.dep_ == "acl"
            and clause.tag_ == "VBN"
            and clause.head.i in {t.i for t in tok.subtree}
        )

    @staticmethod
    def _ancestors(tok: Token) -> list[Token]:
        return list(tok.ancestors)

    def _date(self, ev: Event, tok: Token, kind: str) -> None:
        sent = ev.sent
        trig_clause = self._clause(tok)
        trig_clause_chain = [trig_clause, *self._ancestors(trig_clause)]
        best: tuple[int, int, DateMention] | None = None
        trigger_quoted = _quoted(self._text, tok)
        # "asked for a briefing on its decision to designate Anthropic": a decision told
        # again takes only a date of its own words
        verb = tok if kind == "V" else (self._verb_of(tok) or tok)
        told_again = (
            verb.dep_ == "acl"
            and verb.head.lemma_.lower() in onto.DECISION_NOUNS
            and any(c.dep_ == "poss" or c.lower_ == "the" for c in verb.head.children)
        )
        own = range(verb.left_edge.i, verb.right_edge.i + 1)
        if told_again:
            # "the Pentagon's decision on Monday to award contracts": a date on the decision
            # noun itself, before its infinitive, is when it was decided, so the act's
            own = {
                *own,
                *(
                    t.i
                    for c in verb.head.children
                    if c.dep_ in ("prep", "npadvmod") and c.i < verb.i
                    for t in c.subtree
                ),
            }
        if self._on_a_name(trig_clause):
            # "OpenAI, which reached its own agreement the night of the deadline, said this
            # week …": a relative clause on a name tells of another time than its sentence
            told_again = True
            own = range(trig_clause.left_edge.i, trig_clause.right_edge.i + 1)
        # "sued on March 9, following the designation": what the suit followed came before
        # it, so the suit's date is not its date; only a date inside the phrase is
        earlier = next(
            (
                a
                for a in [tok, *tok.ancestors]
                if (a.dep_ == "prep" and a.lower_ in onto.EARLIER_PREPS and a.i < tok.i)
            ),
            None,
        )
        if earlier is None:
            # "months after OpenAI said it would collaborate with Anduril": what a clause
            # opened by "weeks/months/years after" tells is not at the main clause's time
            earlier = next(
                (
                    a
                    for a in [tok, *tok.ancestors]
                    if a.dep_ == "advcl"
                    and any(
                        c.dep_ == "mark" and c.lower_ in ("after", "before") for c in a.children
                    )
                    and any(
                        c.dep_ == "npadvmod" and c.lemma_.lower() in ("week", "month", "year")
                        for c in a.children
                    )
                ),
                None,
            )
        if earlier is not None and earlier.head.i not in range(
            tok.left_edge.i, tok.right_edge.i + 1
        ):
            told_again = True
            own = range(earlier.left_edge.i, earlier.right_edge.i + 1)
        inside = self._inside_other_event(tok, ev.type)
        coarse_ok = False
        if earlier is None and inside is not None:
            # "sued on Monday after the Pentagon branded it a risk", "challenged the award on
            # Friday": the other happening's date is not this one's; only its own words
            told_again = True
            own = range(inside.left_edge.i, inside.right_edge.i + 1)
            # "in mid-2025, … after it passed the House": a year or month spans both
            coarse_ok = inside.dep_ == "advcl"
        own_clause_only = trig_clause.dep_ == "conj" and any(
            c.dep_ in SUBJ for c in trig_clause.children
        )
        clause_span = range(trig_clause.left_edge.i, trig_clause.right_edge.i + 1)
        for d in self._dates:
            if not (sent.start <= d.span.start < sent.end) or d.value is None:
                continue
            if _FISCAL.search(d.text) or (not trigger_quoted and _quoted(self._text, d.span[0])):
                # "the fiscal 2026 budget" names what the money is for, not when; a date
                # inside a quote belongs to the speaker's words, not to the reporting verb
                continue
            root = d.span.root
            if self._period_covered(d):
                continue  # "the budget for the year 2027", "its second-quarter earnings"
            if self._before_what_followed(d, tok):
                continue  # "four months after raising $1.5 billion, it announced …"
            if (
                told_again
                and d.span.start not in own
                and not (
                    coarse_ok
                    and d.precision in ("year", "month")
                    # the main clause's own month, not one of a clause on its noun ("a
                    # contract the company disclosed last June, before the office announced")
                    and self._clause(root) in trig_clause_chain
                )
            ):
                continue
            if self._in_since_clause(root, tok):
                continue  # "the seventh strike since the general took command on Feb. 5"
            if self._in_prior_phrase(root, tok):
                continue  # "sued following the designation last week": the designation's week
            if self._in_other_relative(root, tok):
                continue  # "Griffin, who took on the role in early 2018, said …"
            if self._coordinated_verb(root, trig_clause):
                # "has rolled out X, added Y, and earlier this month announced Z" with the last
                # verb left as a bare dependent: a date of that verb does not date the first
                continue
            if ev.type in ONE_OFF and self._since_then(d):
                # "Since then, the department has rolled out a platform": a single act done
                # some time after the moment named before, not at it (a state or a run of
                # strikes "since then" holds from it, and keeps it)
                continue
            if (
                root.head != tok
                and root.head.i in self._trig_types
                and root.dep_ in ("compound", "poss", "nmod", "npadvmod", "amod")
                and root.head.pos_ in ("NOUN", "PROPN")
                and not (ev.type == "ultimatum" and self._demand_made_at(root.head))
            ):
                continue  # "since Trump's September order, Hegseth announced …": the order's
            if ev.type == "ultimatum" and self._is_deadline(root, tok):
                if ev.deadline is None:
                    ev.deadline = d
                continue
            if ev.type != "ultimatum" and (due_word(root) is not None or self._falls_due(root)):
                # "a contract running through July 2026", "gave it until Friday, an official
                # said": when something ends or falls due, not when anything was done
                continue
            if ev.type != "statement" and self._dateline(d):
                continue  # "Feb 13 (Reuters) -": the day of the report, not of what it tells
            if (
                self._clause(root) != trig_clause
                and any(c.dep_ == "aux" and c.lower_ == "had" for c in trig_clause.children)
                and trig_clause.tag_ == "VBN"
            ):
                continue  # "a report from mid-May revealed that staff had resigned": before it
            if self._report_day(root, tok):
                continue  # "X was used in the raid, the Journal reported Friday": the report's day
            dist = abs(root.i - tok.i)
            if (
                root.head == tok
                or tok in root.ancestors
                and self._clause(root) == trig_clause
                and kind == "N"
                and root.head.i in range(tok.left_edge.i, tok.i + 1)
            ):
                score = 0
            elif (
                self._clause(root) == trig_clause
                or (ev.type == "funding" and self._lead_investor_clause(self._clause(root), tok))
                or (ev.type == "statement" and self._frames_saying(self._clause(root), tok))
                or self._when_clause(self._clause(root), trig_clause)
            ):
                score = 1
            elif self._clause(root) in trig_clause_chain and not (
                own_clause_only and root.i not in clause_span
            ):
                score = 2
            elif own_clause_only and root.i not in clause_span:
                # "X won contracts last month, and its models run through a partnership":
                # a date of one coordinated clause does not date the other
                continue
            elif self._clause(root).dep_ == "conj" and self._clause(root).head == trig_clause:
                continue  # "filed its protest but released a redacted version a month later"
            elif d.value is not None:
                score = 3
            else:
                continue
            if best is None or (score, dist) < best[:2]:
                best = (score, dist, d)
        if best is not None:
            ev.date, ev.date_score = best[2], best[0]
            if best[0] <= 1 and best[2].value is not None:
                ev.confidence += 0.1
            return
        if self._published is None:
            return
        # No date expression: one narrow reading of the publication date (docs/extraction.md).
        verb = tok if kind == "V" else (self._verb_of(tok) or self._clause(tok))
        auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        # A present perfect ("has signed") gives no date: annotators leave such events
        # undated, and the body usually says when. A threat is the exception: it is dated
        # when made, and "has threatened" was made lately, this month.
        if ev.type == "ultimatum" and verb.tag_ == "VBN" and auxes & {"has", "have"}:
            ev.fallback_date = (self._published.strftime("%Y-%m"), "month")
        elif ev.type == "statement":
            self._press = False
            # a quote given to an outlet for this story is dated by it; a headline's present
            # tense ("X accuses Y") is not: the body says when
            # "…, a Navy spokeswoman told Reuters": a told verb after what it reports
            # attributes the sentence; only a quote that follows it was given to the outlet
            trailing = not any(
                c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children
            ) and not any(t.is_quote for t in verb.sent if t.i > verb.i)
            if self._to_press_or_present(verb, auxes) and self._press and not trailing:
                ev.fallback_date = (self._published.isoformat(), "day")
                ev.to_press = True

    def _in_since_clause(self, root: Token, tok: Token) -> bool:
        """'the seventh strike since Donovan took command on Feb. 5': a date inside a clause
        opened by "since" tells when that clause's happening began the count, and what the
        main clause tells came after it, not on that day."""
        clause = self._clause(root)
        return (
            clause.dep_ == "advcl"
            and any(
                c.dep_ == "mark" and c.lower_ in ("since", "after", "before")
                for c in clause.children
            )
            and tok not in clause.subtree
        )

    @staticmethod
    def _in_prior_phrase(root: Token, tok: Token) -> bool:
        """'Its letter comes on the heels of a report last week that …', 'sued the agency
        following the designation last month': a date inside a phrase that names an earlier
        happening tells when that happening was, not when the trigger outside it was."""
        for a in root.ancestors:
            if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("pcomp", "pobj"):
                return False  # the date hangs on a clause of its own
            heels = a.lower_ == "of" and a.head.lower_ == "heels"
            if a.dep_ == "prep" and (a.lower_ in ("after", "following") or heels):
                # "attacked soon after the assault on Oct. 7": close enough to share its date
                soon = any(c.lemma_.lower() in onto.SOON_AFTER for c in a.children)
                return not soon and tok not in a.subtree
        return False

    @staticmethod
    def _before_what_followed(d: DateMention, tok: Token) -> bool:
        """ "Four months after securing funding, Anduril announced a partnership": the span
        dates what the "after" phrase holds (N months before now), not the clause it opens."""
        last = d.span[-1]
        if last.lower_ != "after" or d.value is None:
            return False
        scope = last if last.dep_ == "prep" else last.head
        return tok not in scope.subtree

    @staticmethod
    def _report_day(root: Token, tok: Token) -> bool:
        """'Claude was used in the raid, the Journal reported on Friday', 'the strike was
        reported Monday': a date on a verb of reporting that holds the event tells when it was
        reported, not when it happened (annotation.md: a reported claim is dated by the
        claimed happening). A present perfect ('has signed …, Axios reported Monday') is news
        of that day, and a present tense holds then: both keep it."""
        head = root.head
        if head.dep_ == "prep" and head.pos_ == "ADP":
            head = head.head
        # a news report, not an announcement: the day a contract is announced is the day
        # it is awarded
        if head.lemma_.lower() != "report" or head.pos_ != "VERB" or head == tok:
            return False
        if head not in tok.ancestors:
            return False
        # only a happening told in the past: "is in talks …, Reuters reported this week" is
        # what holds that week; "the strike was reported Monday" was before the report
        told = next((a for a in [tok, *tok.ancestors] if a.head == head), None)
        if told is None or told.pos_ not in ("VERB", "AUX"):
            return True
        return told.tag_ == "VBD" or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had")
            for c in told.children
        )

    @staticmethod
    def _when_clause(clause: Token, trig_clause: Token) -> bool:
        """'he would resign when his term ends Sept. 2': a clause of "when" on the trigger's
        own clause tells the event's time, before any date of the clause above it."""
        return (
            clause.dep_ == "advcl"
            and clause.head == trig_clause
            and any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children)
        )

    @staticmethod
    def _frames_saying(clause: Token, verb: Token) -> bool:
        """'Speaking at a Brookings event on Tuesday, X said', 'said in a blog post published
        Monday', 'argued in a brief filed Monday': the clause tells when the saying was."""
        if clause.dep_ == "advcl" and clause.head == verb and clause.tag_ == "VBG":
            return True
        noun = clause.head
        return (
            clause.dep_ == "acl"
            and clause.tag_ == "VBN"
            and noun.dep_ == "pobj"
            and noun.head.dep_ == "prep"
            and noun.head.head == verb
        )

    def _inside_other_event(self, tok: Token, etype: str) -> Token | None:
        """The phrase of this event when it is told inside another happening: a clause
        opened by "after"/"before"/"since", or the argument of another event's verb (not a
        verb that only reports, makes or names it). None when it stands on its own."""
        for a in [tok, *tok.ancestors]:
            marks = [c for c in a.children if c.dep_ == "mark" and c.lower_ in onto.SEQUENCE_MARKS]
            if a.dep_ == "advcl" and marks:
                near = [*a.children, *marks[0].children]
                if any(c.lemma_.lower() in ("hour", "minute") for c in near):
                    return None  # "hours after Trump's post": the same day
                return a
            if a.dep_ == "conj":
                break  # a coordinated clause is told beside the other, not inside it
        head = tok
        for a in tok.ancestors:
            if head.dep_ == "conj":
                return None  # a coordinated clause is told beside the other, not inside it
            if head.dep_ == "prep" and head.lower_ == "during":
                # "During his hearing last month, Phelan pledged …": the two at one time
                return None
            other = self._trig_types.get(a.i)
            if (
                other is not None
                and other != etype
                and a.lemma_.lower()
                not in onto.LIGHT_VERBS | onto.RETELLING_VERBS | onto.ATTRIBUTING
                and self._specific(a, other, "V" if a.pos_ == "VERB" else "N", self._trig_types)
            ):
                # "During his hearing last month, he pledged …": a "during" phrase is the
                # time frame of what it hangs on, so the two share one time
                return None if head.lower_ == "during" else head
            head = a
        return None

    @staticmethod
    def _period_covered(d: DateMention) -> bool:
        """A period a thing covers, not when anything happened: a quarter naming a noun
        ("second-quarter earnings"), a year money is for ("the budget for the year 2027")."""
        root = d.span.root
        if d.precision == "quarter" and root.dep_ in ("amod", "compound", "nmod"):
            return True
        head = root.head
        return head.lower_ == "for" and head.head.lemma_.lower() in (
            "budget",
            "funding",
            "spending",
            "request",
        )

    def _dateline(self, d: DateMention) -> bool:
        return bool(_DATELINE.match(self._text, d.span.end_char)) or self._place_dateline(d)

    def _place_dateline(self, d: DateMention) -> bool:
        """'Washington, October 2: The Navy awarded …': a place and a day opening the
        sentence, then a colon or a dash."""
        sent = d.span.sent
        if d.span.start - sent.start > 4:
            return False
        after = self._text[d.span.end_char : d.span.end_char + 3].lstrip()
        before = self._text[sent.start_char : d.span.start_char]
        return after[:1] in (":", "-", "\u2013", "\u2014") and bool(_PLACE_DATELINE.match(before))

    @staticmethod
    def _coordinated_verb(root: Token, trig_clause: Token) -> bool:
        """The date hangs on a later finite verb the parser attached to the trigger's clause
        as a bare "dep" with no subject of its own: a verb coordinated with the trigger's
        (the parse of "…, added Y, and last week announced Z" after a curly apostrophe)."""
        verb = root.head
        return (
            verb.pos_ == "VERB"
            and verb.dep_ == "dep"
            and verb.head == trig_clause
            and verb.i > trig_clause.i
            and verb.tag_ in ("VBD", "VBZ", "VBP")
            and not any(c.dep_ in SUBJ | {"nsubjpass"} for c in verb.children)
        )

    @staticmethod
    def _since_then(d: DateMention) -> bool:
        """The date is the "then" of "since then": the time named before, a lower bound."""
        first = d.span[0]
        return (
            d.span.text.lower() == "then"
            and first.i > 0
            and first.doc[first.i - 1].lower_ == "since"
        )

    @staticmethod
    def _in_other_relative(root: Token, tok: Token) -> bool:
        """A date inside a relative clause that does not hold the trigger tells when the
        clause's own event happened, not the trigger's."""
        if any(
            a.lemma_ == "cite" and a.tag_ == "VBG" and not a.left_edge.i <= tok.i <= a.right_edge.i
            for a in root.ancestors
        ):
            return True  # "is leaving, citing an email he sent last week": the source's date
        for a in root.ancestors:
            if (
                a.dep_ == "acl"
                and a.tag_ == "VBN"
                and a.head.dep_ == "appos"
                and a.head.head != tok
                and (a.head.head.ent_type_ or _after_name(a.head))
                and not a.left_edge.i <= tok.i <= a.right_edge.i
            ):
                # "used on GenAI.mil, the platform launched in December": a participle on
                # the noun set beside a name tells that name's own past, like a relative
                return True
            if a.dep_ == "relcl":
                # "a renegotiation that collapsed in late February": the clause is the
                # trigger's own; "Griffin, who took on the role in 2018, said": it is not
                if (
                    a.head.ent_type_ in ("ORG", "PERSON", "PRODUCT")
                    and a.head != tok
                    and not a.left_edge.i <= tok.i <= a.right_edge.i
                ):
                    # "a collaboration with Anduril, which won a contract in December": a
                    # clause on a company, person or product tells of its own past (one on
                    # a place, "the campaign in Gaza, which began in 2025", is often the
                    # noun's before it)
                    return True
                return not (
                    a.left_edge.i <= tok.i <= a.right_edge.i
                    or a.head.i in range(tok.left_edge.i, tok.right_edge.i + 1)
                )
        return False

    @staticmethod
    def _falls_due(root: Token) -> bool:
        """'until Friday', 'by Friday', 'a deadline of Friday', 'a Friday deadline': the day
        a demand falls due."""
        due = due_word(root)
        if due is not None and due.lower_ in ("until", "till", "by", "before"):
            return True
        head = root.head
        if head.lower_ == "of" and head.head.lemma_.lower() == "deadline":
            return True  # "a deadline of Friday at 5:01 p.m."
        return head.lemma_.lower() == "deadline"

    @staticmethod
    def _demand_made_at(noun: Token) -> bool:
        """'set a deadline … at Tuesday's meeting': the meeting's day is the demand's."""
        return (
            noun.lemma_.lower() in ("meeting", "session", "call", "summit")
            and noun.dep_ == "pobj"
            and noun.head.lower_ == "at"
        )

    def _is_deadline(self, root: Token, tok: Token) -> bool:
        """The deadline of the ultimatum `tok` names ("a Friday deadline" on the trigger)."""
        if tok.lemma_.lower() != "deadline":
            return self._falls_due(root)
        verb = self._verb_of(tok)
        return (
            self._falls_due(root)
            or (root.i < tok.i and root.head == tok)
            # "set a deadline of 5:01 p.m. on February 27": the day after the deadline set
            or (verb is not None and root.i > tok.i and root.head.head == verb)
        )

    def _to_press_or_present(self, verb: Token, auxes: set[str]) -> bool:
        """A quote given to a news outlet for this story, or a statement in the present tense."""
        if verb.lemma_ == "tell":
            for c in verb.children:
                if c.dep_ in ("dobj", "dative"):
                    e = self._tok_ent_all.get(c.i)
                    if e is not None:
                        entry = self.gazetteer.get(e.id_)
                        if entry is not None and onto.NON_ACTOR_TAGS & set(entry.tags):
                            self._press = True
                            return True
        return verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and bool(auxes & {"is", "are"}))

    # ------------------------------------------------------------------ status
    def _status(self, ev: Event, tok: Token, kind: str) -> None:
        chain = self._verb_chain(tok)
        # "After raising $230 million, Skydio will expand": what came before the main clause
        # does not take its future
        for k, t in enumerate(chain[:-1]):
            if self._done_before_main(t):
                chain = chain[: k + 1]
                break
        words = set()
        for t in chain:
            words |= {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass", "neg", "advmod")}
        lemmas = {t.lemma_.lower() for t in chain[1:]}
        if lemmas & onto.DENYING_HEADS or any(c.dep_ == "neg" for c in tok.children):
            ev.status = "denied"
            return
        value = ev.date.value if ev.date is not None else None
        precision = ev.date.precision if ev.date is not None else None
        # a planning head over an event dated to a day before publication tells of a plan that
        # has come due ("set a deadline at his Feb. 20 meeting"), not of one still ahead
        past_day = precision == "day" and self._before_publication(value, precision)
        if self._after_publication(value, precision) or (
            ev.date is not None and _AHEAD_RE.search(ev.date.text) and not past_day
        ):
            # "at hearings later this month": still ahead; "the next day" after a past day
            # is past too
            ev.status = "planned"
            return
        planning = lemmas & onto.PLANNING_HEADS and not past_day
        future = words & {"will", "'ll", "shall", "going"} or planning
        if future or (words & {"would"} and tok.tag_ == "VB"):
            ev.status = "planned"
            return
        if words & {"reportedly", "allegedly"} or lemmas & onto.REPORTING_HEADS:
            ev.status = "reported"
            return
        ev.status = "occurred"

    @staticmethod
    def _done_before_main(verb: Token) -> bool:
        """A past-tense or gerund clause opened by "after" or "since": "after raising $230
        million", "since it signed the deal"."""
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBG", "VBD", "VBN"):
            return False
        if verb.dep_ == "pcomp":
            return verb.head.lower_ in ("after", "since", "following")
        return verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("after", "since") for c in verb.children
        )

    def _vague_plan(self, ev: Event) -> bool:
        """A plan told with no day, this month or later: "hearings later this month", "a
        launch in mid-2026" (annotation.md: a planned event needs a concrete day)."""
        if (
            ev.type == "operation"
            and ev.trigger.lemma_.lower() not in onto.FORCES_MOVING
            and self._dated_by_the_telling(ev)
        ):
            # "will keep ships there and strike anyone …, Hegseth said Wednesday"; forces
            # sent are ordered when it is said ("will send a carrier group, Austin said")
            return True
        if ev.date is None or ev.date.value is None or ev.date.precision in ("day", None):
            return False
        value, precision = ev.date.value, ev.date.precision
        # this month only when the words look ahead: "in early February, OpenAI announced
        # it would join" is dated by the announcement
        same = value == self._published_at(precision) and bool(_AHEAD_RE.search(ev.date.text))
        return same or self._after_publication(value, precision)

    @staticmethod
    def _dated_by_the_telling(ev: Event) -> bool:
        """A planned verb whose only date is outside its own clause (that of the saying
        that tells the plan): the plan itself has no day."""
        if ev.date is None or ev.date.span is None or ev.trigger.pos_ != "VERB":
            return False
        clause = ev.trigger
        while clause.dep_ == "conj":
            clause = clause.head
        return ev.date.span.root not in clause.subtree

    def _published_at(self, precision: str | None) -> str | None:
        """The publication day as a value of `precision` ("2026-03", "2026", "2026-W11")."""
        pub = self._published
        if pub is None:
            return None
        if precision == "month":
            return pub.strftime("%Y-%m")
        if precision == "year":
            return f"{pub.year:04d}"
        if precision == "week":
            iso = pub.isocalendar()
            return f"{iso[0]:04d}-W{iso[1]:02d}"
        return pub.isoformat()

    def _after_publication(self, value: str | None, precision: str | None) -> bool:
        return self._against_publication(value, precision) > 0

    def _before_publication(self, value: str | None, precision: str | None) -> bool:
        return self._against_publication(value, precision) < 0

    def _against_publication(self, value: str | None, precision: str | None) -> int:
        """1 after the publication day's period of `precision`, -1 before it, 0 in it or
        when either is unknown."""
        if value is None or self._published is None:
            return 0
        if precision not in ("day", "month", "year", "week"):
            return 0
        pub = self._published_at(precision)
        return (value > pub) - (value < pub)

    # ------------------------------------------------------------------ money, place
    def _amount(self, ev: Event, tok: Token) -> tuple[int | None, bool]:
        """The nearest dollar amount, and whether an amount in another currency is there.

        A clause joined to the trigger's with a subject of its own tells its own act, and
        its sum is that act's: "ChatGPT joined the platform in February, and the company
        holds a $200 million contract" gives the joining no price."""
        subtree = {t.i for t in tok.subtree} - {
            t.i
            for c in tok.children
            if c.dep_ == "conj"
            and c.pos_ in ("VERB", "AUX")
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            for t in c.subtree
        }
        head = self._verb_of(tok) if tok.pos_ != "VERB" else None
        best = None
        other = False
        for sp, value in self._money:
            if not (ev.sent.start <= sp.start < ev.sent.end):
                continue
            inside = any(t.i in subtree for t in sp)
            near = head is not None and any(t.head == head or t.head.head == head for t in sp)
            money_type = ev.type in ("contract", "funding")
            if inside or near or money_type:
                if value is None:
                    other = True
                    continue
                dist = min(abs(t.i - tok.i) for t in sp) + (0 if inside else 50)
                if best is None or dist < best[0]:
                    best = (dist, value)
        return (best[1] if best else None), other

    def _location(self, ev: Event, tok: Token, kind: str) -> str | None:
        heads = [tok]
        if kind == "N":
            v = self._verb_of(tok)
            if v is not None:
                heads.append(v)
        for h in heads:
            for c in h.children:
                if c.dep_ in ("prep", "dative") and c.lower_ in (
                    "in",
                    "at",
                    "to",
                    "near",
                    "inside",
                    "outside",
                ):
                    for obj in c.children:
                        if obj.dep_ != "pobj":
                            continue
                        e = self._tok_ent_all.get(obj.i)
                        if e is None:
                            continue
                        if e.label_ in PLACE_LABELS or (
                            c.lower_ in ("to", "at", "in")
                            and ev.type in ("meeting", "statement")
                            and e.label_ == "ORG"
                        ):
                            return self._names.get(e.id_, e.text)
        return None

    # ------------------------------------------------------------------ combine
    def _absorb_statements(self, events: list[Event], absorbed: set[int]) -> list[Event]:
        """'X announced that Y would join Z' is a partnership reported by X, not a statement."""
        out = []
        dropped: set[int] = set()
        for ev in events:
            if ev.type != "statement":
                out.append(ev)
                continue
            inner = [
                o
                for o in events
                if o is not ev
                and o.type != "statement"
                and o.sent == ev.sent
                and ev.trigger in o.trigger.ancestors
                and not self._in_own_conjunct(o.trigger, ev.trigger)
                and (
                    any(
                        a.dep_ in ("ccomp", "xcomp")
                        for a in [o.trigger, *o.trigger.ancestors]
                        if a.i > ev.trigger.i or a == o.trigger
                    )
                    or (o.trigger.dep_ == "dobj" and o.trigger.head == ev.trigger)
                    # "claimed responsibility for the strike": the strike is the news
                    or self._claimed_act(ev.trigger, o.trigger)
                )
            ]
            # "said it would challenge the designation in court": the intent is what was said;
            # "questioned why the administration …": what is doubted is no happening told
            intents = [
                o
                for o in inner
                if (o.type == "legal" and o.status == "planned")
                or ev.trigger.lemma_.lower() in ("question", "dispute")
            ]
            if (
                self._dated_in_clause(ev)
                and inner
                and all(self._ongoing_content(ev, o) for o in inner)
            ):
                # "told reporters on Monday that the military is now striking more targets":
                # a dated account of what is going on; the saying is the news, and the state
                # it describes takes no day from it
                intents += [o for o in inner if o.date_score >= 2 and o not in intents]
            dropped.update(id(o) for o in intents)
            inner = [o for o in inner if o not in intents]
            if inner and all(self._plan_dropped(o) for o in inner):
                inner = []  # "will deploy troops early next year, the command said Monday"
            if self._dated_notice_told(ev, inner):
                inner = []  # the receiver's dated word on a notice: see _dated_notice_told
            if ev.date is None and all(self._plan_without_day(o) for o in inner):
                # "released a statement of support and noted he would sign the bill": a plan
                # with no day is no event (it is dropped below), so it holds no statement
                inner = []
            if not inner or self._dated_vow(ev):
                out.append(ev)  # "vowed on Sunday to retaliate with strikes": the vow is news
            if not inner:
                continue
            for o in inner:
                for aid, (name, _role, label) in ev.actors.items():
                    if aid not in o.actors:
                        has_agent = any(r == "agent" for _, r, _ in o.actors.values())
                        o.actors[aid] = (name, "participant" if has_agent else "agent", label)
                if o.date is None and ev.date is not None and self._may_take_date(o, ev):
                    o.date, o.date_score = ev.date, ev.date_score
                if o.status == "occurred":
                    o.status = "reported"
        return [ev for ev in out if id(ev) not in dropped]

    def _recalled_weekday(self, ev: Event) -> None:
        """'As we wrote on Friday, …' in a Friday article: an "as" clause recalls words said
        before the ones it opens, so the bare weekday of the publication day is last week's."""
        d, tok = ev.date, ev.trigger
        if (
            d is None
            or d.value is None
            or self._published is None
            or d.value != self._published.isoformat()
            or tok.dep_ != "advcl"
            or not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
            or not _WEEKDAY_RE.fullmatch(d.text)
        ):
            return
        earlier = (self._published - timedelta(days=7)).isoformat()
        ev.date = replace(d, value=earlier)

    @staticmethod
    def _claimed_act(claim: Token, act: Token) -> bool:
        """'claimed responsibility for shooting down a drone': an admission of the act."""
        return claim.lemma_.lower() == "claim" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in onto.CLAIMED_ACTS and act in c.subtree
            for c in claim.children
        )

    @staticmethod
    def _plan_without_day(ev: Event) -> bool:
        """A plan told by a verb with no date of its own, nor one to fall back on: no event
        (annotation.md, "Planned")."""
        return (
            ev.status == "planned"
            and ev.type != "personnel"
            and ev.trigger.pos_ == "VERB"
            and ev.date is None
            and ev.fallback_date[0] is None
        )

    def _plan_dropped(self, ev: Event) -> bool:
        """A plan dated only vaguely in its own words ("early next year"): the filter after
        the merge drops it (annotation.md, "Planned")."""
        return (
            ev.status == "planned"
            and ev.type != "personnel"
            and ev.fallback_date[0] is None
            and ev.date is not None
            and ev.date_score <= 1
            and self._vague_plan(ev)
        )

    @staticmethod
    def _in_own_conjunct(tok: Token, saying: Token) -> bool:
        """'X has vowed that …, but the group survived a year of strikes': a clause joined to
        the saying with a subject of its own is the writer's, not what was said."""
        for a in [tok, *tok.ancestors]:
            if a == saying:
                return False
            if a.dep_ == "conj" and a.head == saying and any(c.dep_ in SUBJ for c in a.children):
                return True
        return False

    @staticmethod
    def _dated_in_clause(ev: Event) -> bool:
        """A date of the trigger's own clause."""
        return ev.date is not None and ev.date.value is not None and ev.date_score <= 1

    @staticmethod
    def _ongoing_content(saying: Event, told: Event) -> bool:
        """The clause a saying verb reports, holding `told`, describes a state going on at
        the time of speaking: a present progressive ("the military is now striking", "is
        working with Congress to secure funds") or an existential "there has been no
        progress". No happening is told, only the speaker's account of one (an
        announcement of what one "is deploying" tells a new happening, and is not one)."""
        clause = next(
            (
                a
                for a in [told.trigger, *told.trigger.ancestors]
                if a.head == saying.trigger and a.dep_ == "ccomp"
            ),
            None,
        )
        if clause is None or saying.trigger.lemma_.lower() in onto.DISCLOSING:
            return False  # "announced Monday that it is partnering with X": a new happening
        if clause.i < saying.trigger.i:
            return False  # "Meta is investing $14 billion in X, the firms said": the news, sourced
        auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
        if auxes & {"will", "would", "could", "may", "might", "should", "can"}:
            return False
        if clause.tag_ == "VBG":
            return bool(auxes & {"is", "are", "'s", "'re", "am"})
        return clause.lemma_ == "be" and any(c.dep_ == "expl" for c in clause.children)

    @staticmethod
    def _dated_vow(ev: Event) -> bool:
        """A promise dated in its own clause: what is promised has not happened, the
        promise has."""
        return (
            ev.trigger.lemma_.lower() in onto.VOWING
            and ev.date is not None
            and ev.date.value is not None
            and ev.date_score <= 1
        )

    def _on_a_name(self, clause: Token) -> bool:
        """A relative clause on a named party: "OpenAI, which reached an agreement …"."""
        return clause.dep_ == "relcl" and clause.head.i in self._tok_ent

    def _decision_told_again(self, ev: Event) -> bool:
        """'the department's decision to award Microsoft a contract': a decision named
        again, made before the sentence's happening (a lawsuit, a protest)."""
        tok = ev.trigger
        verb = tok if tok.pos_ in ("VERB", "AUX") else (self._verb_of(tok) or tok)
        return (
            verb.dep_ == "acl"
            and verb.head.lemma_.lower() in onto.DECISION_NOUNS
            and any(c.dep_ == "poss" or c.lower_ == "the" for c in verb.head.children)
        )

    def _may_take_date(self, told: Event, saying: Event) -> bool:
        """Whether what was said happened when it was said: not when the saying's date is a
        dateline, nor when it is told in an "after"/"before" clause of another happening
        ("said on Friday that he was designating Anthropic, after the company refused …")."""
        if self._dateline(saying.date):
            return False
        if told.trigger.lemma_.lower() in ("war", "insurgency"):
            return False  # "said Friday that Israel is at war with Hamas": a war goes on
        said = saying.trigger
        if (
            said.dep_ == "conj"
            and told.trigger not in said.subtree
            and not any(c.dep_ in SUBJ for c in said.children)
            and any(c.dep_ == "cc" for c in said.head.children)  # not "…, announced the Navy"
        ):
            return False  # "launched a unit and had already announced an award in June"
        if (
            said.dep_ in ("acl", "relcl")
            and said not in told.trigger.subtree
            and told.trigger not in said.subtree
        ):
            # "a contract the company disclosed last June, before the office announced
            # similar awards": a saying in a clause on a noun tells of that noun only
            return False
        clause = self._clause(told.trigger)
        if self._on_a_name(clause) and said not in clause.subtree:
            return False  # "OpenAI, which reached an agreement in February, said this week"
        if self._decision_told_again(told):
            return False  # "confirmed Friday it sued over the decision to award Microsoft …"
        inside = self._inside_other_event(told.trigger, told.type)
        if (
            inside is not None
            and inside.dep_ in ("dobj", "nsubjpass")
            and self._trig_types.get(inside.head.i) == "legal"
            and said in inside.ancestors
        ):
            # "said Thursday she was blocking enforcement of Trump's directive": what a court
            # step said that day rules on was made before it
            return False
        return (
            inside is None
            or inside.dep_ != "advcl"
            or said not in inside.ancestors  # "after the Army said Monday it had …"
        )

    def _dated_notice_told(self, saying: Event, told: list[Event]) -> bool:
        """'In a note released on March 5, Amodei said the company had received a letter
        confirming the designation': a saying dated in its own clause that tells only of a
        notice received is news of its own; the notice came before it, from its sender, and
        takes no date from it."""
        return (
            self._dated_in_clause(saying)
            and bool(told)
            and all(
                o.trigger.pos_ == "NOUN" and self._notice_received(o.trigger, o.type) for o in told
            )
        )

    def _absorb_attributions(self, events: list[Event]) -> list[Event]:
        """'Lockheed received a $500 million contract, the department announced': a reporting
        verb next to another event of its sentence attributes that event; it is no statement
        of its own. The other event takes its date when it has none."""
        out = []
        others_at = {o.trigger.i for o in events if o.type != "statement"}
        for ev in events:
            lemma = ev.trigger.lemma_.lower()
            tok = ev.trigger
            if (
                ev.type == "statement"
                and tok.tag_ == "VBG"
                and tok.dep_ in ("advcl", "acl", "xcomp")
                and (
                    tok.head.i in others_at
                    or any(c.dep_ == "dobj" and c.i in others_at for c in tok.head.children)
                )
            ):
                continue  # "released its plan, outlining a roadmap": the plan says it
            if ev.type != "statement" or lemma not in onto.ATTRIBUTING:
                out.append(ev)
                continue
            if self._details_told_event(tok, events):
                continue
            others = [  # "announced in a company meeting": a venue with no parties attributes nothing
                o
                for o in events
                if o.sent == ev.sent
                and o.type != "statement"
                and o.trigger.i != ev.trigger.i
                and o.actors
            ]
            if self._dated_notice_told(ev, others):
                out.append(ev)  # the receiver's dated word on a notice: see _dated_notice_told
                continue
            if not others or all(self._plan_dropped(o) for o in others):
                # "The Army will deploy a division early next year, the command said Monday":
                # a vague plan is no event, so the announcement of it is the news
                out.append(ev)
                continue
            for o in others:
                if o.date is None and ev.date is not None and self._may_take_date(o, ev):
                    o.date, o.date_score = ev.date, max(ev.date_score, 2)
        return out

    @staticmethod
    def _details_told_event(verb: Token, events: list[Event]) -> bool:
        """'The new contract is worth $2 billion, Acme said Wednesday': a saying whose reported
        clause is about an event the article told before ("the contract", "the contracts")
        gives that event's details; it attributes them, and is no statement of its own."""
        told = {o.type for o in events if o.type != "statement" and o.trigger.i < verb.i}
        return any(
            c.dep_ == "ccomp"
            and any(
                s.dep_ in ("nsubj", "nsubjpass")
                and onto.NOUN_TRIGGERS.get(s.lemma_.lower()) in told
                and any(
                    d.dep_ == "det" and d.lower_ in ("the", "this", "these") for d in s.children
                )
                for s in c.children
            )
            for c in verb.children
        )

    def _absorb_purposes(self, events: list[Event]) -> list[Event]:
        """'summoned him to the Pentagon for talks': the talks are that meeting, not another event."""
        by_tok = {ev.trigger.i: ev for ev in events}
        out = []
        for ev in events:
            tok = ev.trigger
            host = None
            if (
                tok.pos_ in ("NOUN", "PROPN")
                and tok.dep_ == "pobj"
                and tok.head.lower_ in ("for", "about", "over", "on")
            ):
                host = by_tok.get(tok.head.head.i)
            elif (
                ev.type == "operation"
                and tok.dep_ == "advcl"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            ):
                # "launched a strike on Venezuela to capture Maduro": the capture is what
                # that strike was for, one operation
                host = next(
                    (
                        h
                        for c in tok.head.children
                        if c.dep_ == "dobj" and (h := by_tok.get(c.i)) is not None
                    ),
                    None,
                )
                host = host if host is not None and host.type == "operation" else None
            if (
                host is None
                or host.type not in ("meeting", "negotiation", "statement", "operation")
                or (host.type == "operation" and ev.type != "operation")
                or host is ev
            ):
                out.append(ev)
                continue
            for aid, val in ev.actors.items():
                host.actors.setdefault(aid, val)
            host.amount = host.amount or ev.amount
        return out

    @staticmethod
    def _content_of_document(doc_tok: Token, verb: Token) -> bool:
        """'signed a memo on Wednesday ordering the Army to cut staff': the participle the
        parser hangs on the signing verb tells what the memo orders, one happening."""
        return (
            doc_tok.dep_ == "dobj"
            and verb.head == doc_tok.head
            and verb.dep_ in ("advcl", "xcomp")
            and verb.tag_ == "VBG"
            and verb.i > doc_tok.i
            and verb.lemma_.lower() in onto.DIRECTING | {"direct", "require", "bar", "ban"}
        )

    def _each_own_date(self, a: Event, b: Event) -> bool:
        """'signed the act on Thursday, which joins a bill he signed earlier this year': two
        verbs, each dated in its own clause by a different expression, are two acts even
        when one date holds the other."""
        return (
            a.trigger.pos_ == "VERB" == b.trigger.pos_
            and a.date is not None
            and b.date is not None
            and a.date.span is not None
            and b.date.span is not None
            and a.date.span.start != b.date.span.start
            and max(a.date_score, b.date_score) <= 1
            and self._value_of(a) != self._value_of(b)
        )

    def _merge(self, events: list[Event]) -> list[Event]:
        """One event per type per sentence when the triggers share actors or a parse branch."""
        out: list[Event] = []
        for ev in events:
            twin = None
            for o in out:
                if o.type != ev.type or o.sent != ev.sent:
                    continue
                # "founded in 2017, opened its first factory in 2019": two; but "the January
                # raid that captured Maduro" is one, however the clause around it is dated
                # ("adopted principles in 2020 and updated its policy in 2023": two verbs
                # joined by "and", each with its own date, are two)
                told_by = (o.trigger.head == ev.trigger and o.trigger.dep_ != "conj") or (
                    ev.trigger.head == o.trigger and ev.trigger.dep_ != "conj"
                )
                if not told_by and not self._dates_agree(o, ev):
                    continue
                if not told_by and self._each_own_date(o, ev):
                    continue
                if o.type == "personnel" and self._move_kind(o) != self._move_kind(ev):
                    continue  # nominated, confirmed, sworn in, gone: steps of their own
                if o.type == "personnel" and self._moves_of_others(o, ev):
                    if ev.date is None:  # the coordinated clause shares the first one's time
                        ev.date, ev.date_score = o.date, o.date_score
                    continue
                if o.type == "operation" and self._other_side_fighting(o, ev):
                    continue
                if o.type == "legal" and self._two_filings(o.trigger, ev.trigger):
                    continue  # "filed a complaint in one court and a petition in another": two
                if o.type == "operation" and (_came_before(o, ev) or _came_before(ev, o)):
                    continue  # "shelled the port soon after the militia's assault": two acts
                if o.type == "statement" and self._other_speakers(o, ev):
                    continue  # "Republicans praised the raid, while Democrats said …": two
                related = (
                    set(o.actors) & set(ev.actors)
                    or o.trigger in ev.trigger.ancestors
                    or ev.trigger in o.trigger.ancestors
                    or self._content_of_document(o.trigger, ev.trigger)
                    or not ev.actors
                    or not o.actors
                )
                if related:
                    twin = o
                    break
            if twin is None:
                out.append(ev)
                continue
            for aid, val in ev.actors.items():
                twin.actors.setdefault(aid, val)
            if (
                twin.type == "statement"
                and ev.date is not None
                and _quoted(self._text, twin.trigger)
                and not _quoted(self._text, ev.trigger)
            ):
                # '"He testified in 2021 that …," Harris said on Tuesday': the saying outside
                # the quote is the happening; what the quote recalls is its content
                twin.trigger, twin.date, twin.date_score = ev.trigger, ev.date, ev.date_score
                twin.status = ev.status
            elif ev.date is not None and ev.date_score < twin.date_score:
                twin.date, twin.date_score = ev.date, ev.date_score
            twin.amount = twin.amount or ev.amount
            twin.location = twin.location or ev.location
            twin.confidence = max(twin.confidence, ev.confidence)
        return out

    @staticmethod
    def _other_speakers(a: Event, b: Event) -> bool:
        """Two sayings side by side, each with a subject of its own and no speaker in
        common ("Republican leaders praised the operation, while several Democrats said …",
        "the company denied it and the senators called it false"): two speakers, two
        statements. A saying told as the other's content ("X said Y had warned") is not
        side by side."""
        if a.trigger.pos_ != "VERB" or b.trigger.pos_ != "VERB":
            return False
        if not any(
            (x.trigger.head == y.trigger and x.trigger.dep_ in ("advcl", "conj"))
            for x, y in ((a, b), (b, a))
        ):
            return False
        agents = [{aid for aid, v in ev.actors.items() if v[1] == "agent"} for ev in (a, b)]
        return (
            all(agents)
            and not agents[0] & agents[1]
            and all(any(c.dep_ == "nsubj" for c in ev.trigger.children) for ev in (a, b))
        )

    def _two_filings(self, a: Token, b: Token) -> bool:
        """Two legal nouns that are both objects of one verb ("filed a complaint in the
        district court and a petition for review in the appeals court")."""
        verb = self._verb_of(a)
        return a.pos_ == b.pos_ == "NOUN" and verb is not None and verb == self._verb_of(b)

    def _other_side_fighting(self, a: Event, b: Event) -> bool:
        """'The Houthis say they attack ships in solidarity with Gaza, where Israel is at war
        with Hamas': two operations in one sentence, each with its own fighters and neither
        told inside the other, are two happenings, whatever place or side they share."""
        if not self._on_other_sides(a, b):
            return False
        for inner, outer in ((a, b), (b, a)):
            if outer.trigger in inner.trigger.ancestors:
                # "the missile fired by the Houthis that the Navy shot down" is one happening;
                # "where Israel is at war with Hamas", "after Hamas attacked Israel" is a
                # clause with a subject of its own, told inside the other
                return self._own_subject_below(inner.trigger, outer.trigger)
        return True

    def _sides(self, ev: Event) -> set[str]:
        """Who fights in an operation: its agents, the United States and its government
        bodies and officials as one side (the Pentagon's strike is the U.S. strike)."""
        out = set()
        for aid, (_name, role, label) in ev.actors.items():
            if role != "agent":
                continue
            if aid == "united-states" or self._is_government(aid, officials=True):
                out.add("united-states")
            elif label != "PERSON":
                out.add(aid)
        return out

    def _on_other_sides(self, a: Event, b: Event) -> bool:
        sides_a, sides_b = self._sides(a), self._sides(b)
        return bool(sides_a) and bool(sides_b) and not sides_a & sides_b

    @staticmethod
    def _own_subject_below(tok: Token, top: Token) -> bool:
        """A clause between `tok` and `top` (its ancestor) with a subject of its own."""
        node = tok
        while node != top and node.head != node:
            if node.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in node.children):
                return True
            node = node.head
        return False

    def _main_military_body(self) -> Entry | None:
        """The military body the article names most often, or None."""
        counts: dict[str, int] = {}
        for e in self._ents:
            entry = self.gazetteer.get(e.id_)
            if (
                entry is not None
                and onto.GOVERNMENT_TAGS & set(entry.tags)
                and "military" in entry.tags
            ):
                counts[e.id_] = counts.get(e.id_, 0) + 1
        if not counts:
            return None
        return self.gazetteer.get(max(counts, key=lambda k: (counts[k], k)))

    def _implicit_government(self, doc: Doc, events: list[Event]) -> None:
        """A contract or a raid with no government party: the article's main military body."""
        entry = self._main_military_body()
        if entry is None:
            return
        top = entry.id
        for ev in events:
            if ev.type not in ("contract", "operation") or not ev.actors:
                continue
            if not any(self._is_government(aid) for aid in ev.actors):
                ev.actors[top] = (
                    entry.name,
                    "agent" if ev.type == "operation" else "counterpart",
                    entry.type,
                )
                ev.implicit = True
                ev.confidence -= 0.15

    def _as_dict(self, ev: Event) -> dict:
        if ev.date is not None:
            value, precision, date_text = ev.date.value, ev.date.precision, ev.date.text
        else:
            (value, precision), date_text = ev.fallback_date, None
            if value is not None:
                ev.confidence -= 0.1
        if len(ev.actors) >= 2:
            ev.confidence += 0.1
        sent = ev.sent
        text = sent.text
        stripped = text.strip()
        lead = len(text) - len(text.lstrip())
        return {
            "type": ev.type,
            "date": value,
            "precision": precision,
            "status": ev.status,
            "confidence": round(min(0.95, max(0.05, ev.confidence)), 2),
            "actors": [
                {
                    "id": aid,
                    "name": name,
                    "role": _product_role(ev.type, role, label),
                    "type": label,
                }
                for aid, (name, role, label) in ev.actors.items()
            ],
            "amount_usd": None if ev.type in onto.UNPRICED_TYPES else ev.amount,
            "location": ev.location,
            "sentence": stripped,
            "start": sent.start_char + lead,
            "end": sent.start_char + lead + len(stripped),
            "trigger": ev.trigger.text,
            "date_text": date_text,
            "deadline": self._deadline_value(ev),
        }

    @staticmethod
    def _deadline_value(ev: Event) -> str | None:
        """A deadline falls after the demand: "on Tuesday … unless it agreed by Friday" told
        in the past tense is the Friday after that Tuesday, not the one before."""
        if ev.deadline is None:
            return None
        value = ev.deadline.value
        made = ev.date.value if ev.date is not None else None
        if (
            value
            and made
            and ev.deadline.precision == "day"
            and ev.date.precision == "day"
            and len(value) == len(made) == 10
        ):
            due, day = date.fromisoformat(value), date.fromisoformat(made)
            if 0 < (day - due).days < 7:
                return (due + timedelta(days=7)).isoformat()
        return value
