"""Find every date expression in a parsed Doc and normalise it against the publication date.

Candidates come from the model's DATE entities and from our own patterns for what
reporters write ("Tuesday morning", "earlier this month", "the 1950s", "Jan. 12"). Whether a
bare "Tuesday" or "January" points back or ahead is read from the clause that governs the
expression: its tense, its auxiliaries and cue words ("will", "next", "deadline", "by").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from extract.timeref import (
    FUTURE,
    HOLIDAYS,
    MONTHS,
    NEAREST,
    PAST,
    PRESENT,
    WEEKDAYS,
    Resolved,
    _num,
    month_value,
    range_parts,
    resolve,
    timex3,
    week_value,
)

_M = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
)
_W = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a couple of)"
_UNIT = r"(?:days?|weeks?|months?|years?|decades?)"
_MOD = r"(?:early|mid|late|the end of|the beginning of|the start of|the middle of|end of|beginning of|start of|middle of)"
_PREP_YEAR = (
    r"(?:in|In|since|Since|by|By|until|Until|through|during|from|From|before|Before|after|After|"
    r"of|for|to|and|as of|early|mid|late|mid-|fiscal|fiscal year|FY|spring|summer|fall|autumn|winter)"
)

# (pattern, group that is the date span). Case matters for month and weekday names.
_PATTERNS: list[tuple[re.Pattern[str], int]] = [
    (re.compile(r"\b\d{4}-\d{2}-\d{2}\b"), 0),
    (re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b"), 0),
    (re.compile(rf"\b(?:{_W},? )?{_M} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?(?!\d)"), 0),
    (re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_M}(?:,? \d{{4}})?\b"), 0),
    (re.compile(rf"\b(?i:{_MOD})[- ]?{_M}(?:,? \d{{4}})?\b"), 0),
    (
        re.compile(
            rf"\b(?i:(?:last|next|this past|this|past|coming) )?{_M}(?:,? \d{{4}})?(?![\w-])"
        ),
        0,
    ),
    (
        re.compile(
            rf"\b(?i:(?:early|late|earlier|later) )?(?i:(?:last|next|this past|this|past|coming) )?{_W}(?: (?i:morning|afternoon|evening|night))?\b"
        ),
        0,
    ),
    (
        re.compile(
            r"\b(?i:(?:last|next|this past|this|past|coming) (?:spring|summer|fall|autumn|winter))\b"
        ),
        0,
    ),
    (
        re.compile(
            r"\b(?i:today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))\b"
        ),
        0,
    ),
    (
        re.compile(
            r"\b(?i:(?:(?:earlier|later|early|late|the end of|the start of|the beginning of|the middle of|"
            r"the rest of|the first half of|the second half of) )?(?:this past|this|last|next|past|coming|previous|current) "
            r"(?:week|weekend|month|year|quarter))\b"
        ),
        0,
    ),
    (
        re.compile(
            r"\b(?i:(?:the )?(?:end|start|beginning|middle|rest|close) of the (?:week|month|year|quarter))\b"
        ),
        0,
    ),
    (re.compile(rf"\b(?i:{_NUM} {_UNIT} (?:ago|later|earlier))\b"), 0),
    (
        re.compile(
            r"\b(?i:(?:that|the) same (?:day|week|month|year)|that (?:day|week|month|year))\b"
        ),
        0,
    ),
    (re.compile(r"\b(?i:the (?:following|next|previous|preceding) (?:day|week|month|year))\b"), 0),
    # "the day after" alone; "the day after the election" is no day after the last date named
    # (one pattern with "the weekend": each pattern is a scan of the text)
    (
        re.compile(
            r"\b(?i:the (?:(?:day|week) (?:before|after)\b(?! +(?!and\b|or\b)[a-z])|weekend\b))"
        ),
        0,
    ),
    (re.compile(rf"\b({_MOD}[- ]?\d{{4}}|(?:fiscal|fiscal year|FY) ?\d{{4}}|FY ?\d{{2}})\b"), 1),
    (re.compile(rf"\b{_PREP_YEAR} (\d{{4}})\b(?![-/.,]\d)"), 1),
    (re.compile(r"(?:\bthe )?(?:\b\d{2}|['’])\d0s\b"), 0),
    (re.compile(r"\b(?:Q[1-4](?: \d{4})?|\d{4} Q[1-4])\b"), 0),
    (
        re.compile(
            r"\b(?i:(?:the )?(?:first|second|third|fourth)[- ]quarter(?: of (?:fiscal )?\d{4})?)"
        ),
        0,
    ),
    (
        re.compile(
            r"\b(?i:(?:(?:more|most|very|until) )?recently|currently|at (?:the time|present)|"
            r"in (?:recent years|the (?:coming (?:days|weeks|months)|past|(?:near |distant )?future))|"
            r"nowadays|(?:for )?the (?:(?:near|long|short)[- ]term|time being))\b"
        ),
        0,
    ),
]
# What reporters also write (issue 16): abbreviations without a period ("Mar 23, 2026"),
# day-first numeric dates, "April of 2024", seasons, quarters of a named year, fiscal
# years, decades, centuries, ranges of years, and years after "between" or "at least".
_SHORT_M = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_YEAR_STEP = r"(?:this|last|next|the current|the previous|the same)"


class _Keyed:
    """A pattern tried only on texts holding its keyword: most texts name no season or
    century, and a case-insensitive pattern with many optional words costs a test at every
    word boundary."""

    def __init__(self, keyword: str, pattern: str) -> None:
        self.keyword = re.compile(keyword, re.IGNORECASE)
        self.pattern = re.compile(pattern)

    def finditer(self, text: str):
        return self.pattern.finditer(text) if self.keyword.search(text) else iter(())


_HOLIDAY = "|".join(
    re.escape(h).replace("'", "['’]") for h in sorted(HOLIDAYS, key=len, reverse=True)
)
_PATTERNS.extend(
    [
        (  # "on New Year's Eve", "last Thanksgiving", "Memorial Day 2024": capitalised
            re.compile(
                rf"\b(?:(?i:last|next|this past|this|past|coming) )?(?=[A-Z])(?i:{_HOLIDAY})"
                rf"(?:,? \d{{4}})?\b"
            ),
            0,
        ),
        (
            re.compile(rf"\b(?:{_W},? )?{_SHORT_M} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?(?!\d)"),
            0,
        ),
        (re.compile(r"(?<![\d/.-])\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})(?![\d/-]|\.\d)"), 0),
        (re.compile(rf"\b{_M},? of (?:\d{{4}}|(?i:{_YEAR_STEP}) year)\b"), 0),
        (
            _Keyed(
                _SEASON,
                rf"\b(?i:(?:early |late |mid-?)?(?:(?:in|during|by|until|over|through) the|"
                rf"this|last|next|past|coming|that) {_SEASON})\b(?! of (?!\d))",
            ),
            0,
        ),
        (_Keyed(_SEASON, rf"\b(?i:(?:the )?{_SEASON}(?: of)?) \d{{4}}\b"), 0),
        (
            _Keyed(
                "quarter",
                r"\b(?i:(?:the )?(?:first|second|third|fourth|final|last)[- ]quarter,? of "
                rf"(?:{_YEAR_STEP} (?:fiscal )?year|(?:fiscal )?\d{{4}}))\b",
            ),
            0,
        ),
        (
            _Keyed(
                "fiscal|FY",
                rf"\b(?i:(?:{_YEAR_STEP}|the coming) fiscal year)\b|\bFY[-']?\d{{2}}\b",
            ),
            0,
        ),
        (
            _Keyed(
                "decade", r"\b(?i:(?:this|the (?:past|last|previous|current|next|coming)) decade)\b"
            ),
            0,
        ),
        (
            _Keyed(
                "century",
                r"\b(?i:(?:the )?(?:(?:early|mid|late)[- ])?(?:\d{1,2}(?:st|nd|rd|th)|first|second|"
                r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
                r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
                r"twenty[- ]first|this|last|the past|the last|the previous|the current) century)\b",
            ),
            0,
        ),
        (
            _Keyed(
                "same",
                r"\b(?i:the same (?:day|week|month|quarter) (?:a year ago|last year|a year "
                r"earlier|the previous year|the year before|the prior year))\b",
            ),
            0,
        ),
        (_Keyed("previous|prior", r"\b(?i:the (?:day|week|month|year) (?:previous|prior))\b"), 0),
        (_Keyed("in the day", r"\b(?i:(?:early|later?|earlier) in the day)\b"), 0),
        # "a stop in Fort Worth just 24 hours prior": whole days from the last day named
        # (timeref._anchor_hours); "hours after the strike" names its own anchor
        (
            _Keyed(
                "hours",
                r"\b(?i:(?:\d+|twenty-four|forty-eight|seventy-two) hours (?:prior|earlier|later))\b",
            ),
            0,
        ),
        # "Since then, the group has fired on ships": from the time last named (timeref)
        (_Keyed("since then", r"\b(?i:since then)\b"), 0),
        # "is to be sworn in by day's end": the day of the story (timeref._the_day)
        (_Keyed("day['’]s end", r"\b(?i:day['’]s end)\b"), 0),
        # a month (or a day of it) of a year named from publication: "in June last year"
        (
            _Keyed(
                r"(?:last|this|next) year",
                rf"\b(?:(?i:{_MOD})[- ]?)?{_M}(?: \d{{1,2}}(?:st|nd|rd|th)?)?(?:,? of)? "
                r"(?i:last|this|next) year\b(?!['’])",
            ),
            0,
        ),
        (
            _Keyed(
                r"of (?:this|last|next) year",
                rf"\b(?i:(?:the )?(?:early |late |mid-?)?{_SEASON},? of (?:this|last|next) year)\b",
            ),
            0,
        ),
        (
            _Keyed(
                r"(?:week|weeks|days) of",
                rf"\b(?i:the week of) {_M} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?(?!\d)|"
                r"\b(?i:the (?:first|second|third|fourth|last|final|closing|opening)"
                rf"(?: few| two| three)? (?:weeks?|days) of) {_M}(?:,? \d{{4}})?(?![\w-])",
            ),
            0,
        ),
        (
            _Keyed(
                "before (?:last|yesterday)|after (?:next|tomorrow)",
                r"\b(?i:the (?:day (?:before yesterday|after tomorrow)|"
                r"(?:week|month|year) (?:before last|after next)))\b",
            ),
            0,
        ),
        (_Keyed("weeks? ago", rf"\b(?i:{_NUM} weeks? ago) {_W}\b"), 0),
        # 0.11.0: "as recently as October": the month, looking back
        (_Keyed("as recently as", rf"\b(?i:as recently as) {_M}(?:,? \d{{4}})?(?![\w-])"), 0),
        # "March 20th of 2018", as speakers say it
        (re.compile(rf"\b{_M} \d{{1,2}}(?:st|nd|rd|th)? of \d{{4}}\b"), 0),
        # "Fiscal Year 2026" in title case, "fiscal year (FY) 2026", "fiscal '26", and the
        # end or start of a fiscal year (a day: see timeref._fiscal_year_end)
        (
            _Keyed(
                "fiscal",
                r"\b(?i:fiscal(?: year)?) ?(?:\(FY\) ?)?\d{4}\b|\b(?i:fiscal(?: year)?) ?['’‘]\d{2}\b|"
                r"\b(?i:(?:the )?(?:end|close|start|beginning) of (?:the |this |the current |next |"
                r"last )?fiscal year)\b",
            ),
            0,
        ),
        # a few days or weeks either side of publication: the month (timeref._near_days)
        (
            _Keyed(
                "days|weeks",
                r"\b(?i:(?:just |only )?(?:a few|several|a couple of) (?:short )?(?:days|weeks) ago|"
                r"(?:over|within|during|in) the (?:past|last) (?:few|several|couple of) (?:days|weeks)|"
                r"in recent (?:days|weeks)|(?:in|over) the (?:coming|next few) days)\b",
            ),
            0,
        ),
        # "five days after President Trump fired him": the time of what came before
        (
            _Keyed(
                "after",
                rf"\b(?i:(?:just |nearly |almost |about )?(?<!than ){_NUM} (?:days?|weeks?|"
                rf"months?|years?) after)(?= +(?!and\b|or\b)"
                rf"(?!{_M}|{_W}|\d)\w)",
            ),
            0,
        ),
        (re.compile(r"\bthe [2-9]0s\b"), 0),
        (re.compile(r"\d0s (?:and|or|to) ([2-9]0s)\b"), 1),
        (re.compile(r"(?<![\d/.$-])(?:1[5-9]|20)\d\d ?[-–] ?(?:\d{4}|\d{2})(?![\d/.%-])"), 0),
        (re.compile(r"\b(?:[Bb]etween|at least|as early as|as late as) (\d{4})\b(?![-/.,]\d)"), 1),
        (re.compile(r"\b((?:19|20)\d\d)['’]s\b"), 1),
    ]
)
_NOT_A_DATE = re.compile(
    r"^(?:\d{1,3}|(?:the )?age of \d+|\d+ years? old|annual|annually|yearly|quarterly|daily|"
    r"weekly|monthly|nightly|every \w+|each \w+|\d+(?:\.\d+)+)$",
    re.IGNORECASE,
)
# "May" and "March" are also a verb and a modal: a bare one needs a date word beside it.
_AMBIGUOUS_BARE = {"May", "March"}
MONTH_WORDS = set(MONTHS) | {"sept"}
_BARE_OK_BEFORE = {
    "in",
    "since",
    "until",
    "by",
    "of",
    "during",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "from",
    "through",
    "before",
    "after",
    "on",
}

FUTURE_AUX = {"will", "shall", "'ll", "wo", "going"}
MODAL_AUX = {"would", "could", "may", "might", "should", "can", "must"}
# Verbs whose time adverbial names the goal ahead, even in the past tense:
# "summoned him to the Pentagon on Tuesday", "scheduled the vote for Friday".
GOAL_VERBS = {
    "schedule",
    "summon",
    "invite",
    "slate",
    "set",
    "due",
    "reschedule",
    "postpone",
    "delay",
    "call",
}
# Verbs that look ahead unless their own tense is past.
FUTURE_VERBS = {
    "plan",
    "expect",
    "intend",
    "aim",
    "prepare",
    "await",
    "propose",
    "vow",
    "pledge",
    "promise",
    "hope",
    "threaten",
    "warn",
    "face",
    "consider",
    "weigh",
    "seek",
    "want",
    "agree",
    "decide",
    "ask",
    "urge",
    "order",
    "demand",
    "give",
}
# Verbs that put a deadline or hearing ahead even in the past tense: "set a Friday deadline".
DEADLINE_SETTERS = GOAL_VERBS | {
    "give",
    "issue",
    "impose",
    "announce",
    "extend",
    "face",
    "offer",
    "grant",
    "establish",
    "declare",
}
# Verbs of a calendar: in the present tense (or as a participle on a noun) they tell
# what is ahead: "the contract expires June 30".
SCHEDULE_VERBS = {"begin", "start", "end", "expire", "conclude", "close", "open", "resume"}
FUTURE_NOUNS = {"deadline", "ultimatum", "vote", "hearing", "launch", "plan", "schedule", "target"}
FUTURE_WORDS_BEFORE = {"by", "until", "till", "before", "ahead"}
# Modifiers that put the event they describe ahead whatever the tense: "the upcoming Feb. 24
# meeting".
FUTURE_MODIFIERS = {"upcoming", "forthcoming", "planned", "scheduled", "coming", "next"}
PAST_WORDS_BEFORE = {"since", "ago"}


@dataclass
class DateMention:
    """A date expression found in a document."""

    start: int  # char offsets into the text
    end: int
    text: str
    value: str | None
    precision: str | None
    kind: str
    span: Span  # the tokens, for finding the clause that governs an event
    # the TIMEX3 value, for scoring against TimeML corpora (benchmarks/bench_dates.py; not
    # in the result): `value` in TIMEX3 spelling, or PAST_REF / PRESENT_REF / FUTURE_REF for a
    # vague reference, whose `value` stays None
    timex: str | None = None

    def as_dict(self) -> dict:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "precision": self.precision,
        }


def date_candidates(doc: Doc) -> list[tuple[int, int, int]]:
    """(start, end, source priority) char spans: ours (1) and the model's DATE entities (0)."""
    text = doc.text
    out = []
    for pattern, group in _PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span(group)
            word = text[s:e]
            if word in _AMBIGUOUS_BARE:
                before = text[max(0, s - 12) : s].split()
                if not before or before[-1].lower().strip("-") not in _BARE_OK_BEFORE:
                    continue
            out.append((s, e, 1))
    for ent in doc.ents:
        # ages ("49", "the age of 56") and frequencies ("annual") are not dates
        if ent.label_ == "DATE" and not _NOT_A_DATE.match(ent.text.strip()):
            if _year_in_a_name(ent):
                continue
            out.append((ent.start_char, ent.end_char, 0))
        elif ent.label_ == "MONEY" and len(ent) > 2 and _year_before_amount(ent):
            # "its 2024 $200 million contract": the model reads the year as part of the sum
            out.append((ent.start_char, ent[0].idx + len(ent[0].text), 1))
    return out


def _year_before_amount(ent: Span) -> bool:
    first, second = ent[0], ent[1]
    return (
        first.is_digit
        and len(first.text) == 4
        and first.text[:2] in ("19", "20")
        and second.text in ("$", "US$", "€", "£")
    )


def _year_in_a_name(ent: Span) -> bool:
    """A year inside a proper name: "the Russell 2000 Index", "Windows 2000 Server"."""
    if len(ent) != 1 or not re.fullmatch(r"\d{4}", ent.text) or ent.start == 0:
        return False
    doc = ent.doc
    before = doc[ent.start - 1]
    return (
        before.pos_ == "PROPN"
        and before.is_title
        and before.text.rstrip(".").lower() not in MONTH_WORDS
        and ent.end < len(doc)
        and doc[ent.end].is_title
        and doc[ent.end].pos_ == "PROPN"
    )


_PREFIX_WORDS = frozenset(
    "the a an early late mid end beginning start middle of this last next past on in by since "
    "until as from at before after around about through during fiscal year first second third "
    "fourth half quarter week weekend month coming previous earlier later spring summer fall "
    "autumn winter and or to".split()
)


def _overreaching(text: str, cand: tuple[int, int, int], ours: list[tuple[int, int, int]]) -> bool:
    """A model DATE that swallows words before one of our dates ("the effort June 17")."""
    s, e, source = cand
    if source != 0:
        return False
    inner = [o for o in ours if s < o[0] and o[1] <= e]
    if not inner:
        return False
    words = re.findall(r"[A-Za-z]+", text[s : min(o[0] for o in inner)])
    return any(w.lower() not in _PREFIX_WORDS for w in words)


def _crossing(cand: tuple[int, int, int], ours: list[tuple[int, int, int]]) -> bool:
    """A model DATE that ends inside one of our dates and begins outside it ("June 17, five
    days" over "five days after"): its edges are not a date's, ours are."""
    s, e, source = cand
    return source == 0 and any(s < o[0] < e < o[1] for o in ours)


# "the National Security Act of 1947": the year names the law, it dates nothing
_LAW_OF = re.compile(r"\b(?:Act|Law|Treaty|Convention|Accord|Agreement|Resolution)s? of\s*$")


def _select(doc: Doc, cands: list[tuple[int, int, int]]) -> list[Span]:
    """Longest non-overlapping spans, aligned to tokens."""
    text = doc.text
    cands = [
        c
        for c in cands
        # only the words just before the year, not the whole text up to it
        if not (
            re.fullmatch(r"\d{4}", text[c[0] : c[1]])
            and _LAW_OF.search(text[max(0, c[0] - 40) : c[0]])
        )
    ]
    ours = [c for c in cands if c[2] == 1]
    if ours:
        cands = [c for c in cands if not _overreaching(text, c, ours) and not _crossing(c, ours)]
    cands.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0]))
    taken: list[tuple[int, int]] = []
    spans = []
    for s, e, _ in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not span.text.strip():
            continue
        if any(span.start_char < te and ts < span.end_char for ts, te in taken):
            continue
        taken.append((span.start_char, span.end_char))
        spans.append(span)
    spans.sort(key=lambda sp: sp.start)
    return spans


def _trim(span: Span) -> Span:
    """Drop prepositions and possessive endings the model sometimes includes in a DATE."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in {
        "on",
        "in",
        "by",
        "since",
        "until",
        "as",
        "of",
        "from",
        "at",
    }:
        if doc[start].lower_ == "as" and start + 1 < end and doc[start + 1].lower_ == "recently":
            break  # "as recently as October" is one phrase (timeref.clean reads it)
        start += 1
    while end > start and (
        doc[end - 1].text in {"'s", "’s", "'", "’", "and", "or"} or doc[end - 1].is_punct
    ):
        end -= 1
    return doc[start:end] if start < end else span


def _governor(span: Span) -> Token | None:
    """The verb whose clause the date modifies (climbing through nouns and prepositions)."""
    tok = span.root
    seen = 0
    while seen < 12:
        seen += 1
        if tok.pos_ in ("VERB", "AUX") and tok not in span:
            return _after_relative(span, tok)
        if tok.head == tok:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
    return None


def _after_relative(span: Span, verb: Token) -> Token:
    """'won the contract, which could be worth $10 billion, on October 25': a date after
    the comma that closes a relative clause tells when the outer clause happened, though
    the parse hangs it on the relative clause's last verb."""
    rel = verb if verb.dep_ == "relcl" else verb.head if verb.dep_ == "conj" else None
    if rel is None or rel.dep_ != "relcl":
        return verb
    doc = span.doc
    prep = span.root.head
    start = prep.i if prep.dep_ == "prep" and prep.i == span.start - 1 else span.start
    opened = rel.left_edge.i
    if start == 0 or doc[start - 1].text != "," or opened == 0 or doc[opened - 1].text != ",":
        return verb
    outer = rel.head
    for _ in range(6):
        if outer.pos_ in ("VERB", "AUX") or outer.head == outer:
            break
        outer = outer.head
    return outer if outer.pos_ in ("VERB", "AUX") else verb


def _headline_infinitive(verb: Token) -> bool:
    """News style "Amodei to meet Hegseth on Tuesday": a bare "to"-infinitive on a subject
    with no finite verb above it is the headline future."""
    if verb.tag_ != "VB" or not any(c.tag_ == "TO" and c.dep_ == "aux" for c in verb.children):
        return False
    if _misread_finite_verb(verb):
        return False
    if verb.dep_ == "ROOT":
        return True
    head = verb.head
    return (
        verb.dep_ in ("relcl", "acl")
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < verb.i
    )


def _misread_finite_verb(verb: Token) -> bool:
    """ "Late Friday, Trump directed agencies to stop ...": the parser may read "Trump
    directed agencies" as a noun ("Trump-directed agencies") under a headline infinitive. A
    past form before the infinitive with a subject of its own, not joined to it by a hyphen,
    is the sentence's finite verb: no headline."""
    doc = verb.doc
    for tok in doc[verb.sent.start : verb.i]:
        if tok.tag_ not in ("VBD", "VBN") or tok.dep_ in ("relcl", "ROOT"):
            continue
        for c in tok.lefts:
            if (
                c.dep_ in ("nsubj", "nsubjpass", "npadvmod")
                and c.pos_ in ("PROPN", "NOUN", "PRON")
                and c.tag_ not in ("WDT", "WP")
                and doc[tok.i - 1].text != "-"
            ):
                return True
    return False


def _is_goal(verb: Token) -> bool:
    """A goal verb whose time adverbial names the goal; "what officials called an offer"
    (call + object predicate) is naming, not summoning."""
    if verb.lemma_ not in GOAL_VERBS:
        return False
    # "called for a re-run", "called on Congress": demanding, not summoning
    return not (
        verb.lemma_ == "call"
        and any(
            c.dep_ == "oprd" or (c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "upon"))
            for c in verb.children
        )
    )


# Subordinators after which the present tense tells of what is ahead when the main clause
# does: "will wear the livery when it arrives on November 11".
TEMPORAL_MARKS = {"when", "once", "after", "before", "until", "till", "if", "unless", "as"}


def _present_for_future(verb: Token) -> bool:
    """A present-tense verb of a temporal or conditional clause: its time is its head's."""
    return verb.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in TEMPORAL_MARKS for c in verb.children
    )


def _infinitive_of_noun(verb: Token) -> bool:
    """ "an event to be held on October 12", "a vote to take place Friday": a "to"-infinitive
    on a noun names what is yet to happen."""
    return (
        verb.dep_ in ("acl", "relcl")
        and verb.tag_ in ("VB", "VBN")
        and verb.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    )


def _verb_direction(verb: Token, nominal: bool = False, before: bool = False) -> str | None:
    """past / future from one verb's tense and auxiliaries.

    `nominal`: the date names the time of a noun ("Tuesday's meeting", "the Feb. 24
    meeting"); a goal verb's look-ahead then does not apply ("set a deadline at Tuesday's
    meeting" is the meeting already held). Nor does it for a date `before` the verb: "the
    GAO on June 18 called for a re-run" is when the act took place."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX:
        return FUTURE
    # "a vote to take place Friday" looks ahead; "a nomination to protest Trump's Feb. 21
    # firing" does not send the firing's own date ahead
    if _headline_infinitive(verb):
        return FUTURE
    if _infinitive_of_noun(verb) and not nominal:
        made = verb.head.head  # "made a decision to designate Anthropic on Friday": done
        # and "signed an agreement to purchase the system in November"; not "announced an
        # event to be held on October 12", nor "scheduled a vote to take place Friday"
        if made.tag_ == "VBD" and (
            verb.head.lemma_ in ("decision", "move")
            or (
                made.lemma_ not in GOAL_VERBS | FUTURE_VERBS | DEADLINE_SETTERS
                and not any(
                    c.lower_ in ("be", "take") or c.dep_ == "auxpass"
                    for c in [verb, *verb.children]
                )
            )
        ):
            return PAST
        return FUTURE
    if not nominal and not before and _is_goal(verb):
        return FUTURE
    if (
        verb.lemma_ in FUTURE_VERBS
        and verb.tag_ != "VBD"
        and not any(a.tag_ == "VBD" for a in auxes)
    ):
        return FUTURE
    if "had" in words:
        return PAST
    if words & MODAL_AUX and "have" in words and verb.tag_ == "VBN":
        # "shouldn't have rushed the deal out on Friday", "could have signed it in May": a
        # modal perfect looks back
        return PAST
    if words & MODAL_AUX:
        return FUTURE
    if any(a.tag_ == "VBD" for a in auxes):
        return PAST
    if verb.tag_ == "VBD":
        return PAST
    if verb.tag_ == "VBN" and words & {"has", "have"}:
        # a specific past time does not go with the present perfect: "has summoned ... Tuesday"
        return FUTURE
    if verb.lemma_ in SCHEDULE_VERBS and (
        verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and not auxes and verb.dep_ == "acl")
    ):
        # "the fiscal year, which ends Sept. 30", "the fiscal year starting Oct. 1": a
        # calendar told in the present is ahead
        return FUTURE
    if verb.tag_ in ("VBZ", "VBP") or words & {"is", "are", "am", "do", "does", "'s", "'re"}:
        return PRESENT
    return None


def _is_nominal(span: Span) -> bool:
    """The date modifies a noun: "Tuesday's meeting", "the Feb. 24 meeting", "his Jan. 9 memo"."""
    root = span.root
    return (
        root.dep_ in ("poss", "compound", "nmod", "amod", "npadvmod")
        and root.head not in span
        and root.head.pos_ in ("NOUN", "PROPN")
    )


def due_word(root: Token) -> Token | None:
    """The word that makes a date a due date or an end: "until Friday", "until 5:01 p.m.
    on Friday", "until 5:01 p.m. Friday", "through July 2026"."""
    cur = root.head
    for _ in range(3):
        if cur.lower_ == "by" and cur.dep_ == "agent":
            return None  # "led by 8VC two weeks ago": a passive's doer, no due date
        if cur.lower_ in ("until", "till", "by", "before", "through", "thru"):
            return cur
        if cur.dep_ not in ("pobj", "prep", "npadvmod", "nummod", "compound"):
            return _due_word_before(root)
        cur = cur.head
    return _due_word_before(root)


def _due_word_before(root: Token) -> Token | None:
    """'until 5:01 p.m. that Friday' parsed with "Friday" on the verb: the due word a few
    words before, with only a time of day and "that", "this", "on" between."""
    doc = root.doc
    start = root.left_edge.i
    for i in range(start - 1, max(root.sent.start, start - 6) - 1, -1):
        tok = doc[i]
        if tok.lower_ in ("until", "till", "by"):
            return tok
        if not (tok.ent_type_ == "TIME" or tok.lower_ in ("that", "this", "on", "next", ",")):
            return None
    return None


def direction_of(span: Span) -> str | None:
    """Whether a date expression points back (past) or ahead (future) from publication."""
    low = span.text.lower()
    if re.search(r"\b(last|past|previous|ago|earlier|yesterday|recently)\b", low):
        return PAST
    # "later Monday" tells of a time of that day, not of what is ahead: the tense decides
    if re.search(rf"\b(next|coming|upcoming|later(?! (?i:{_W}))|tomorrow)\b", low):
        return FUTURE
    doc = span.doc
    sent = span.sent
    # "released by OpenAI on Monday": a passive's agent is no "by Monday"
    before = [
        t.lower_ for t in doc[max(sent.start, span.start - 3) : span.start] if t.dep_ != "agent"
    ]
    if any(w in PAST_WORDS_BEFORE for w in before):
        return PAST
    if _right_after_reporting_verb(span):
        return PAST
    head = span.root.head
    if head.lower_ == "of" and head.head.lower_ in FUTURE_NOUNS:
        head = head.head  # "a deadline of Friday at 5:01 p.m."
    noun = head if head.lower_ in FUTURE_NOUNS else None
    if noun is None:
        noun = next(
            (t for t in doc[span.end : min(span.end + 2, sent.end)] if t.lower_ in FUTURE_NOUNS),
            None,
        )
    if noun is not None:
        # "a Friday deadline" looks ahead from when it was set, so ahead of publication unless
        # the clause tells of it as past: "the move followed the Friday deadline".
        noun_verb = _governor(doc[noun.i : noun.i + 1])
        if (
            noun_verb is not None
            and noun_verb.lemma_ not in DEADLINE_SETTERS
            and _verb_direction(noun_verb) == PAST
        ):
            return PAST
        if noun_verb is not None and _named_day_set_in_past(span, noun_verb):
            return None
        return FUTURE
    if any(w in FUTURE_MODIFIERS - {"next", "coming"} for w in before):
        verb = _governor(span)
        if (
            not any(w in ("upcoming", "forthcoming") for w in before)
            and verb is not None
            and verb.tag_ == "VBD"
            and any(t.lower_.rstrip(".") in MONTHS for t in span)
        ):
            # "postponed a planned ceremony on May 21": planned ahead of a past act, the
            # nearest such day
            return NEAREST
        return FUTURE
    nominal = _is_nominal(span)
    if nominal and any(
        c.lower_ in FUTURE_MODIFIERS for c in head.children if c.dep_ in ("amod", "compound")
    ):
        return FUTURE
    verb = _governor(span)
    direction = None
    tok = verb
    hops = 0
    while tok is not None and hops < 4:
        d = _verb_direction(tok, nominal, before=span.end <= tok.i)
        if (
            d == FUTURE
            and tok.tag_ == "VB"
            and tok.dep_ in ("advcl", "xcomp")
            and tok.head.tag_ == "VBD"
            and any(c.lower_ == "to" for c in tok.children)
            and not any(c.dep_ == "aux" and c.lower_ != "to" for c in tok.children)
        ):
            d = PAST  # "whisked him to New York to face charges early in January": a past aim
        if d == PRESENT and _present_for_future(tok) and tok.head.pos_ in ("VERB", "AUX"):
            tok = tok.head  # "when it arrives on November 11": as its main clause
            hops += 1
            continue
        if d == PRESENT and nominal:
            direction = PAST  # "Monday's lawsuit accuses the Pentagon": a told event, done
            break
        if d in (FUTURE, PRESENT):
            direction = d
            break
        if d == PAST and direction is None:
            direction = PAST
        # an infinitive or participle clause inherits from the verb it hangs on
        if (
            tok.dep_ in ("xcomp", "ccomp", "advcl", "conj", "pcomp")
            and tok.tag_ in ("VB", "VBG", "VBN", "TO")
            and d is None
        ):
            tok = tok.head
            hops += 1
            continue
        break
    if direction is None and any(w in FUTURE_WORDS_BEFORE for w in before):
        return FUTURE
    # "gave Anthropic until Friday", "until 5:01 p.m. on Friday": a deadline set looks ahead
    # of when it was set
    due = due_word(span.root)
    if (
        direction == PAST
        and verb is not None
        and verb.lemma_ in DEADLINE_SETTERS
        and due is not None
        and due.lower_ in ("until", "till", "by")
        and due.head == verb
    ):
        return FUTURE
    if direction == PAST and any(w in FUTURE_WORDS_BEFORE for w in before) and verb is not None:
        return PAST
    if direction == FUTURE and verb is not None and _named_day_set_in_past(span, verb):
        return None
    if direction == FUTURE and verb is not None and _perfect_with_month(span, verb):
        return PAST
    if (
        direction == FUTURE
        and verb is not None
        and verb.tag_ == "VBD"
        and _is_goal(verb)
        and any(t.lower_.rstrip(".") in MONTHS for t in span)
    ):
        # "postponed a ceremony on May 21", "scheduled the vote for June 10", told in the
        # past: ahead of when it was set, not of publication
        return NEAREST
    return direction


# Verbs of saying: "X said on Friday it would ..." dates the saying.
REPORTING_VERBS = {
    "say", "announce", "tell", "confirm", "report", "state", "write", "add", "note",
    "disclose", "reveal", "declare", "indicate", "signal",
}  # fmt: skip


def _right_after_reporting_verb(span: Span) -> bool:
    """ "The Pentagon said on Friday it would award the contract", "said over the weekend
    it would sell the unit": a date right after a past verb of saying is when it was said,
    though the parser may hang it on the reported clause ("would award": ahead)."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in ("on", "over", "during", "at", "late", "early"):
        i -= 1
    if i < 0 or i < span.sent.start:
        return False
    verb = doc[i]
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return False  # "said Friday's vote ...": the date of a noun
    return verb.tag_ == "VBD" and verb.lemma_ in REPORTING_VERBS


def _perfect_with_month(span: Span, verb: Token) -> bool:
    """ "Leidos has noted delays ... in comments in June": the present perfect looks ahead
    for a weekday ("has summoned him ... Tuesday"), but a month told with it is one gone."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return (
        verb.tag_ == "VBN"
        and bool(auxes & {"has", "have"})
        and not auxes & (FUTURE_AUX | MODAL_AUX)
        and verb.lemma_ not in GOAL_VERBS | FUTURE_VERBS
        and any(t.lower_.rstrip(".") in MONTHS for t in span)
        and not any(t.lower_ in WEEKDAYS for t in span)
    )


def _named_day_set_in_past(span: Span, verb: Token) -> bool:
    """'The Pentagon set a deadline of 5:01 p.m. on February 27', told after the fact: the
    named day is ahead of when it was set, not of publication; the nearest such day."""
    return (
        verb.tag_ == "VBD"
        and verb.lemma_ in DEADLINE_SETTERS
        and any(c.dep_ == "dobj" and c.lemma_ in ("deadline", "ultimatum") for c in verb.children)
        and any(t.lower_.rstrip(".") in MONTHS for t in span)
    )


def find_dates(doc: Doc, published: date | None) -> list[DateMention]:
    """Every date expression in `doc`, in text order, resolved against `published`."""
    mentions: list[DateMention] = []
    anchor: Resolved | None = None  # the previous resolved date, for "that same month"
    day_anchor: Resolved | None = None  # the previous day, for "a day earlier", "that same day"
    text: str | None = None
    for raw in _select(doc, date_candidates(doc)):
        span = _trim(raw)
        parts = range_parts(span.text)
        if parts:  # "2009-2010", "1957-58": two dates
            mentions.extend(_range_mentions(span, parts))
            anchor = parts[-1][2]
            continue
        if _later_than(span) and anchor is not None:
            # "arrives on November 11, three days later than planned": a delay, told of
            # the date just named
            r = Resolved(anchor.value, anchor.precision, "anaphoric", anchor.timex)
        elif (that_day := _that_weekday(span, anchor)) is not None:
            r = Resolved(that_day, "day", "anaphoric")
        elif day_anchor is not None and _day_told_by_clause(span):
            # "told a retreat on the day Hegseth took office": the day the story is telling,
            # the last day it named, not the publication day a bare "on the day" reads as
            r = Resolved(day_anchor.value, "day", "anaphoric")
        elif (earlier := _time_before_event(span, published, mentions)) is not None:
            r = earlier
        else:
            if text is None:
                text = doc.text
            # a quotation's "today" or "on Friday" is the speaker's, said on the day the
            # story names for it, not necessarily on the publication day
            speech = _speech_day(text, span, published, mentions)
            told = anchor
            if (
                day_anchor is not None
                and (anchor is None or anchor.precision != "day")
                and _DAY_ANAPHORA.search(span.text)
                and not (
                    anchor is not None
                    and anchor.precision == "month"
                    and _DAY_COUNT.search(span.text)
                )
            ):
                # "resigned on June 17 ... for its aid last year, resigned a day earlier",
                # "On July 23 ... in January ... The same day": the last day named, not a
                # year or month named since (but "four days earlier" after "in late August"
                # is August: see timeref._from_anchor)
                told = day_anchor
            r = resolve(span.text, speech or published, direction_of(span), told)
            if r.value is None and r.kind == "unknown":
                # the model's span runs on ("Dec 19, 2025 1 min read", "23:52, July 14,
                # 2025", "this March 27, 2008"): the date it holds
                part = _resolvable_part(span, speech or published, anchor)
                if part is not None:
                    span, r = part
        if r.kind == "duration":  # "two years" is a length of time, not a date
            continue
        mentions.append(
            DateMention(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                value=r.value,
                precision=r.precision,
                kind=r.kind,
                span=span,
                timex=timex3(r),
            )
        )
        if r.value is not None and r.kind not in ("vague", "approximate"):
            if text is None:
                text = doc.text  # rebuilt from the tokens on every access: once
            # a quotation's "tonight" is the speaker's, but its "March 20th of 2018" is a
            # date like any other
            if r.kind == "absolute" or not _quoted(text, span):
                anchor = r
                if r.precision == "day":
                    day_anchor = r
    return mentions


_DAY_COUNT = re.compile(r"(?i)\b\w+ days? (?:earlier|later|before|after)\b")
_DAY_ANAPHORA = re.compile(
    r"(?i)\b(?:(?:that|the) (?:same )?day|days? (?:earlier|later|before|after)|"
    r"(?:following|next|previous|preceding|prior) day)\b"
)


_DATE_WORD = re.compile(rf"\d|{_M}|{_W}|(?i:today|yesterday|tomorrow|tonight)")


def _resolvable_part(
    span: Span, published: date | None, anchor: Resolved | None
) -> tuple[Span, Resolved] | None:
    """The longest run of the span's tokens (leftmost first) that resolves to a value and
    holds a number, a month or a weekday: a bare "day" of "one day" is no date."""
    n = len(span)
    for length in range(n - 1, 0, -1):
        for i in range(0, n - length + 1):
            part = span[i : i + length]
            if not _DATE_WORD.search(part.text) or part[0].is_punct or part[-1].is_punct:
                continue
            if _joined(span, i, i + length):
                continue  # "2025" of a document number "2025-21665"
            r = resolve(part.text, published, direction_of(part), anchor)
            if r.value is not None and r.kind not in ("vague", "duration", "unknown"):
                return part, r
    return None


def _joined(span: Span, start: int, end: int) -> bool:
    """span[start:end] is glued by a hyphen to the span's next or previous token."""
    if end < len(span) and not span[end - 1].whitespace_ and span[end].text in ("-", "–"):
        return True
    return start > 0 and not span[start - 1].whitespace_ and span[start - 1].text in ("-", "–")


_BEFORE_EVENT = re.compile(
    r"(?:(?:just|nearly|almost|about) )?"
    r"(\w+(?: few| couple of)?) (day|week|month|year)s? after",
    re.IGNORECASE,
)


def _time_before_event(
    span: Span, published: date | None, mentions: list[DateMention]
) -> Resolved | None:
    """ "Resigned on June 17, five days after President Trump pulled her nomination": the
    span dates what came before, N units before the time of its own sentence (the last day
    named in the sentence, else publication). Not in a clause that looks ahead ("expects
    launches two to three years after being awarded")."""
    m = _BEFORE_EVENT.fullmatch(span.text)
    if m is None or published is None:
        return None
    doc = span.doc
    if span.end >= len(doc) or _DATE_WORD.match(doc[span.end].text):
        return None
    n = _num(m[1])
    if (
        n is None
        or (span.start > 0 and doc[span.start - 1].lower_ == "to")
        or direction_of(span) in (FUTURE, NEAREST)
    ):
        # "two to three years after being awarded", "will fly three years after": a
        # length of time, no point
        return Resolved(None, None, "duration")
    base = published
    for prev in reversed(mentions):
        if prev.span.sent.start != span.sent.start:
            break
        if prev.precision == "day" and prev.value and prev.end <= span.start_char:
            base = date.fromisoformat(prev.value)
            break
    # kind "approximate": the time of a thing told in passing is no anchor for "a day
    # earlier" or "the same day" in the story's own line
    unit = m[2].lower()
    if unit == "day":
        return Resolved((base - timedelta(days=n)).isoformat(), "day", "approximate")
    if unit == "week":
        return Resolved(week_value(base - timedelta(weeks=n)), "week", "approximate")
    if unit == "month":
        idx = base.year * 12 + base.month - 1 - n
        return Resolved(month_value(idx // 12, idx % 12 + 1), "month", "approximate")
    return Resolved(f"{base.year - n:04d}", "year", "approximate")


def _speech_day(
    text: str, span: Span, published: date | None, mentions: list[DateMention]
) -> date | None:
    """The day a quotation was spoken, for reading its "today", "tonight" or "on Friday":
    the last day the story named outside quotation marks, shortly before the quotation
    ("Altman announced late Friday ... “Tonight, we reached an agreement”") and in the week
    up to publication; None (publication) when the span is no quotation or none is named."""
    if published is None or not _in_quotation(text, span.start_char):
        return None
    for prev in reversed(mentions):
        if span.start_char - prev.end > 800:
            return None
        if prev.precision != "day" or not prev.value or _in_quotation(text, prev.start):
            continue
        try:
            day = date.fromisoformat(prev.value)
        except ValueError:
            return None
        return day if 0 < (published - day).days <= 6 else None
    return None


def _that_weekday(span: Span, anchor: Resolved | None) -> str | None:
    """'On Feb. 24, Hegseth gave Anthropic until 5:01 p.m. that Friday': "that Friday" is the
    week of the day just named, the first Friday on or after it, not one near publication."""
    weekday = WEEKDAYS.get(span.text.lower())
    if weekday is None or anchor is None or anchor.precision != "day" or not anchor.value:
        return None
    doc = span.doc
    i = span.start - 1
    while i >= span.sent.start and doc[i].ent_type_ == "TIME":
        i -= 1  # "5:01 p.m. that Friday", "until midnight that Sunday"
    if i < span.sent.start or doc[i].lower_ != "that":
        return None
    try:
        day = date.fromisoformat(anchor.value)
    except ValueError:
        return None
    return (day + timedelta(days=(weekday - day.weekday()) % 7)).isoformat()


def _day_told_by_clause(span: Span) -> bool:
    """ "On the day the ban took effect": a bare "the day" that a clause of its own says
    which day it is."""
    if span.text.lower() not in ("day", "the day") or span.end >= span.sent.end:
        return False
    # the parser hangs the clause on "day" or, as often, on the verb before it
    return any(t.dep_ in ("relcl", "ccomp") and t.left_edge.i == span.end for t in span.sent)


def _later_than(span: Span) -> bool:
    """ "N days later than planned", "two weeks earlier than expected"."""
    doc = span.doc
    return (
        span.end < len(doc)
        and doc[span.end].lower_ == "than"
        and span[-1].lower_ in ("later", "earlier")
        and len(span) > 1
        and span[-2].lower_.rstrip("s") in ("day", "week", "month", "year", "hour")
    )


def _range_mentions(span: Span, parts: list[tuple[int, int, Resolved]]) -> list[DateMention]:
    """One mention per year of a range, each on its own characters, sharing the range's tokens
    (so an event governed by the range finds it)."""
    base = span.start_char
    return [
        DateMention(
            start=base + s,
            end=base + e,
            text=span.text[s:e],
            value=r.value,
            precision=r.precision,
            kind=r.kind,
            span=span,
            timex=timex3(r),
        )
        for s, e, r in parts
    ]


def _in_quotation(text: str, at: int) -> bool:
    """Inside a quotation opened earlier in the paragraph: a quoted statement runs over
    several sentences ("“Yesterday we received a letter. As we wrote on Friday, ...")."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _quoted(text: str, span: Span) -> bool:
    """Inside a quotation: "tonight" in a quote is the speaker's, no anchor for the story."""
    before = text[span.sent.start_char : span.start_char]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
