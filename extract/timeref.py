"""Normalise one date expression against a publication date.

Pure functions on strings and `datetime.date`, so the rules are unit-testable without spaCy.
`resolve()` returns a `Resolved(value, precision, kind)`:

- value: "YYYY-MM-DD" (day), "YYYY-Www" (week), "YYYY-MM" (month), "YYYY-Qn" (quarter),
  "YYYY" (year), "1950s" (decade) or None when the text or the missing publication date
  does not allow it;
- kind: "absolute" (needs no anchor), "relative" (needs the publication date),
  "anaphoric" (needs the previous date in the story), "vague" ("recently", "now"),
  "duration" (not a point in time: "two years").

`direction` ("past" / "future" / None) comes from the sentence (tense, cue words) and
decides which "Tuesday" or which "January" is meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "few": None,
    "several": None,
    "many": None,
    "couple": None,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
SEASONS = {"spring", "summer", "fall", "autumn", "winter"}

MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
WEEKDAY_RE = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
NUM_RE = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|a couple of)"
UNIT_RE = r"(?:day|week|month|year|decade|quarter)s?"
PART_OF_DAY = r"(?:morning|afternoon|evening|night|noon)"

PAST, FUTURE = "past", "future"


@dataclass(frozen=True)
class Resolved:
    value: str | None
    precision: str | None
    kind: str


def month_value(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def week_value(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def quarter_value(y: int, q: int) -> str:
    return f"{y:04d}-Q{q}"


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + delta
    return idx // 12, idx % 12 + 1


def _num(word: str) -> int | None:
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    word = word.removeprefix("a ").removesuffix(" of")
    return NUMBERS.get(word)


def _month_in_year(m: int, pub: date, direction: str | None, modifier: str | None) -> int:
    """The year of a month named without one ("January", "last July", "next March")."""
    if modifier == "last":
        return pub.year if m < pub.month else pub.year - 1
    if modifier == "next":
        return pub.year if m > pub.month else pub.year + 1
    if modifier == "this":
        return pub.year
    if direction == FUTURE:
        return pub.year if m >= pub.month else pub.year + 1
    return pub.year if m <= pub.month else pub.year - 1


def _month_day_in_year(m: int, d: int, pub: date, direction: str | None) -> date | None:
    for y in (pub.year, pub.year - 1, pub.year + 1):
        try:
            date(y, m, d)
        except ValueError:
            return None
    this = date(pub.year, m, d)
    if direction == FUTURE:
        return this if this >= pub else date(pub.year + 1, m, d)
    return this if this <= pub else date(pub.year - 1, m, d)


def _weekday(wd: int, pub: date, direction: str | None, modifier: str | None) -> date:
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if modifier == "last":
        return pub - timedelta(days=back or 7)
    if modifier == "next":
        return pub + timedelta(days=ahead or 7)
    if direction == FUTURE:
        return pub + timedelta(days=ahead)
    return pub - timedelta(days=back)


def _full_date(y: int, m: int, d: int) -> Resolved:
    try:
        return Resolved(date(y, m, d).isoformat(), "day", "absolute")
    except ValueError:
        return Resolved(None, None, "absolute")


def _year4(text: str) -> int:
    y = int(text)
    if y < 100:
        y += 2000 if y < 50 else 1900
    return y


_LEADING = re.compile(
    r"^(?:on|in|at|by|since|until|till|through|from|during|before|after|of|for|as of|"
    r"starting|beginning|around|about|circa|the|as early as|as late as|no later than|"
    r"not until|\W)+\s*"
)
_TRAILING = re.compile(r"(?:['’]s|['’]|[.,;:!?\)\]\s])+$")


def clean(text: str) -> str:
    """Lower-case, one space, without the prepositions and possessives around a date."""
    t = re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip()
    t = _TRAILING.sub("", t)
    prev = None
    while prev != t:
        prev = t
        t = _LEADING.sub("", t)
    # an abbreviation's period belongs to the month ("jan. 12"), not to the sentence
    return t


_RULES: list[tuple[re.Pattern[str], str]] = []


def rule(pattern: str):
    def deco(fn):
        _RULES.append((re.compile(rf"^(?:{pattern})$"), fn))
        return fn

    return deco


@rule(r"(\d{4})-(\d{2})-(\d{2})")
def _iso(m, pub, direction, anchor):
    return _full_date(int(m[1]), int(m[2]), int(m[3]))


@rule(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})")
def _us_numeric(m, pub, direction, anchor):
    return _full_date(_year4(m[3]), int(m[1]), int(m[2]))


@rule(
    rf"(?:{WEEKDAY_RE},? )?({MONTH_RE}) (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})(?: {PART_OF_DAY})?"
)
def _mdy(m, pub, direction, anchor):
    return _full_date(int(m[3]), MONTHS[m[1].rstrip(".")], int(m[2]))


@rule(rf"(?:{WEEKDAY_RE},? )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({MONTH_RE}),? (\d{{4}})")
def _dmy(m, pub, direction, anchor):
    return _full_date(int(m[3]), MONTHS[m[2].rstrip(".")], int(m[1]))


@rule(rf"(?:{WEEKDAY_RE},? )?({MONTH_RE}) (\d{{1,2}})(?:st|nd|rd|th)?(?: {PART_OF_DAY})?")
def _md(m, pub, direction, anchor):
    if pub is None:
        return Resolved(None, None, "relative")
    d = _month_day_in_year(MONTHS[m[1].rstrip(".")], int(m[2]), pub, direction)
    return Resolved(d.isoformat() if d else None, "day" if d else None, "relative")


@rule(rf"(?:{WEEKDAY_RE},? )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({MONTH_RE})")
def _dm(m, pub, direction, anchor):
    if pub is None:
        return Resolved(None, None, "relative")
    d = _month_day_in_year(MONTHS[m[2].rstrip(".")], int(m[1]), pub, direction)
    return Resolved(d.isoformat() if d else None, "day" if d else None, "relative")


@rule(
    rf"(?:(?:early|mid|late|the end of|the beginning of|the start of|the middle of|end of|"
    rf"beginning of|start of|middle of)[- ]?)?({MONTH_RE}),? (?:of )?(\d{{4}})"
)
def _my(m, pub, direction, anchor):
    return Resolved(month_value(int(m[2]), MONTHS[m[1].rstrip(".")]), "month", "absolute")


@rule(
    rf"(?:(early|mid|late|the end of|the beginning of|the start of|the middle of|end of|"
    rf"beginning of|start of|middle of)[- ]?)?(?:(last|next|this|past|coming) )?({MONTH_RE})"
)
def _month(m, pub, direction, anchor):
    if pub is None:
        return Resolved(None, None, "relative")
    mod = {"past": "last", "coming": "next"}.get(m[2], m[2])
    mon = MONTHS[m[3].rstrip(".")]
    return Resolved(month_value(_month_in_year(mon, pub, direction, mod), mon), "month", "relative")


@rule(
    rf"(?:an? )?(?:(?:early|late) )?(?:(last|next|this|past|coming) )?({WEEKDAY_RE})(?: {PART_OF_DAY})?"
)
def _weekday_rule(m, pub, direction, anchor):
    if pub is None:
        return Resolved(None, None, "relative")
    mod = {"past": "last", "coming": "next"}.get(m[1], m[1])
    if mod == "this":
        mod = None
    return Resolved(_weekday(WEEKDAYS[m[2]], pub, direction, mod).isoformat(), "day", "relative")


@rule(
    rf"(today|tonight|yesterday|tomorrow|this {PART_OF_DAY}|last night|"
    rf"(yesterday|tomorrow) {PART_OF_DAY}|earlier today|later today)"
)
def _deictic_day(m, pub, direction, anchor):
    if pub is None:
        return Resolved(None, None, "relative")
    t = m[0]
    delta = (
        -1 if t.startswith(("yesterday", "last night")) else 1 if t.startswith("tomorrow") else 0
    )
    return Resolved((pub + timedelta(days=delta)).isoformat(), "day", "relative")


_REL_PREFIX = (
    r"(?:(?:earlier|later|early|late|the end of|the start of|the beginning of|the middle of|"
    r"end of|start of|beginning of|middle of|the rest of|the remainder of|the first half of|"
    r"the second half of) )?"
)


@rule(
    rf"{_REL_PREFIX}(this|last|next|past|coming|previous|current) (week(?:end)?|month|year|quarter)"
)
def _rel_unit(m, pub, direction, anchor):
    if pub is None:
        return Resolved(None, None, "relative")
    step = {
        "this": 0,
        "current": 0,
        "last": -1,
        "past": -1,
        "previous": -1,
        "next": 1,
        "coming": 1,
    }[m[1]]
    return _unit_at(pub, m[2], step, "relative")


@rule(
    r"(?:the )?(?:end|start|beginning|middle|rest|remainder|close) of the (week|month|year|quarter)"
)
def _end_of_unit(m, pub, direction, anchor):
    if pub is None:
        return Resolved(None, None, "relative")
    return _unit_at(pub, m[1], 0, "relative")


@rule(r"(last|next|this|past|coming) (spring|summer|fall|autumn|winter)")
def _season(m, pub, direction, anchor):
    """Seasons have no precision of their own here: the year they fall in."""
    if pub is None:
        return Resolved(None, None, "relative")
    step = {"this": 0, "last": -1, "past": -1, "next": 1, "coming": 1}[m[1]]
    return Resolved(f"{pub.year + step:04d}", "year", "relative")


def _unit_at(base: date, unit: str, step: int, kind: str) -> Resolved:
    if unit.startswith("week"):
        return Resolved(week_value(base + timedelta(weeks=step)), "week", kind)
    if unit == "month":
        y, mo = _shift_month(base.year, base.month, step)
        return Resolved(month_value(y, mo), "month", kind)
    if unit == "quarter":
        y, q = divmod(base.year * 4 + (base.month - 1) // 3 + step, 4)
        return Resolved(quarter_value(y, q + 1), "quarter", kind)
    if unit == "day":
        return Resolved((base + timedelta(days=step)).isoformat(), "day", kind)
    return Resolved(f"{base.year + step:04d}", "year", kind)


@rule(rf"({NUM_RE}) ({UNIT_RE}) ago")
def _ago(m, pub, direction, anchor):
    n = _num(m[1])
    unit = m[2].rstrip("s")
    if pub is None or n is None or unit in ("decade", "quarter"):
        return Resolved(None, None, "relative")
    if unit == "day":
        return Resolved((pub - timedelta(days=n)).isoformat(), "day", "relative")
    if unit == "week":
        return Resolved(week_value(pub - timedelta(weeks=n)), "week", "relative")
    if unit == "month":
        return Resolved(month_value(*_shift_month(pub.year, pub.month, -n)), "month", "relative")
    return Resolved(f"{pub.year - n:04d}", "year", "relative")


@rule(
    r"(?:(early|mid|late|the end of|the beginning of|the start of|the middle of|end of|"
    r"beginning of|start of|middle of|calendar|fiscal(?: year)?|fy|the fiscal year|"
    r"the spring of|the summer of|the fall of|the autumn of|the winter of|spring|summer|"
    r"fall|autumn|winter)[- ]?)?(\d{4})"
)
def _year(m, pub, direction, anchor):
    y = int(m[2])
    if not 1000 <= y <= 2200:
        return Resolved(None, None, "absolute")
    return Resolved(f"{y:04d}", "year", "absolute")


@rule(r"fy ?(\d{2})")
def _fy(m, pub, direction, anchor):
    return Resolved(f"{_year4(m[1]):04d}", "year", "absolute")


@rule(r"(?:the )?(?:(\d{2})|')?(\d)0s")
def _decade(m, pub, direction, anchor):
    century = m[1]
    if century is None:
        century = "19" if int(m[2]) >= 3 else "20"
    return Resolved(f"{century}{m[2]}0s", "decade", "absolute")


@rule(
    r"(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter)(?:,? (?:of )?(?:fiscal |fy ?)?(\d{4}))?"
)
def _quarter(m, pub, direction, anchor):
    q = int(m[1]) if m[1] else ORDINALS[m[2]]
    if m[3]:
        return Resolved(quarter_value(int(m[3]), q), "quarter", "absolute")
    if pub is None:
        return Resolved(None, None, "relative")
    cur = (pub.month - 1) // 3 + 1
    if direction == FUTURE:
        y = pub.year if q >= cur else pub.year + 1
    else:
        y = pub.year if q <= cur else pub.year - 1
    return Resolved(quarter_value(y, q), "quarter", "relative")


@rule(r"(\d{4}) q([1-4])")
def _year_quarter(m, pub, direction, anchor):
    return Resolved(quarter_value(int(m[1]), int(m[2])), "quarter", "absolute")


@rule(r"(?:that|the|this) (?:same )?(day|week|month|year)|the same (day|week|month|year)")
def _same(m, pub, direction, anchor):
    unit = m[1] or m[2]
    return _from_anchor(anchor, unit, 0)


@rule(
    r"(?:the )?(?:(following|next|previous|preceding|prior) (day|week|month|year)|"
    r"(day|week|month|year) (before|after|later|earlier))"
)
def _anchor_step(m, pub, direction, anchor):
    if m[1]:
        step = 1 if m[1] in ("following", "next") else -1
        return _from_anchor(anchor, m[2], step)
    step = 1 if m[4] in ("after", "later") else -1
    return _from_anchor(anchor, m[3], step)


@rule(rf"({NUM_RE}) ({UNIT_RE}) (later|earlier|after|before)")
def _anchor_n(m, pub, direction, anchor):
    n = _num(m[1])
    if n is None:
        return Resolved(None, None, "anaphoric")
    step = n if m[3] in ("later", "after") else -n
    return _from_anchor(anchor, m[2].rstrip("s"), step)


PRECISION_RANK = {"decade": 0, "year": 1, "quarter": 2, "month": 3, "week": 4, "day": 5}


def _from_anchor(anchor: Resolved | None, unit: str, step: int) -> Resolved:
    """Arithmetic on the previous resolved date, when it is at least as precise as `unit`."""
    need = {"day": "day", "week": "week", "month": "month", "year": "year", "quarter": "quarter"}[
        unit
    ]
    if anchor is None or anchor.value is None or anchor.precision not in PRECISION_RANK:
        return Resolved(None, None, "anaphoric")
    if PRECISION_RANK[anchor.precision] < PRECISION_RANK[need]:
        return Resolved(None, None, "anaphoric")
    base = _anchor_date(anchor)
    if base is None:
        return Resolved(None, None, "anaphoric")
    return _unit_at(base, unit, step, "anaphoric")


def _anchor_date(anchor: Resolved) -> date | None:
    v = anchor.value or ""
    try:
        if anchor.precision == "day":
            return date.fromisoformat(v)
        if anchor.precision == "week":
            y, w = v.split("-W")
            return date.fromisocalendar(int(y), int(w), 1)
        if anchor.precision == "month":
            return date(int(v[:4]), int(v[5:7]), 1)
        if anchor.precision == "quarter":
            return date(int(v[:4]), (int(v[-1]) - 1) * 3 + 1, 1)
        if anchor.precision == "year":
            return date(int(v[:4]), 1, 1)
    except ValueError:
        return None
    return None


VAGUE = re.compile(
    r"^(?:now|right now|currently|recently|soon|previously|formerly|lately|nowadays|today's|"
    r"at present|at the moment|presently|in the past|in the future|once|earlier|later|"
    r"at the time|the time|then|these days|this time|so far|to date|in recent (?:days|weeks|months|years)|"
    r"the coming (?:days|weeks|months|years)|in the coming (?:days|weeks|months|years)|"
    r"recent (?:days|weeks|months|years)|the (?:past|last) (?:few )?(?:days|weeks|months|years)|"
    r"future|the future|the past|eventually|shortly|imminently|immediately)$"
)
DURATION = re.compile(
    rf"^(?:(?:less than|more than|nearly|almost|about|over|under|at least|up to) )?(?:a )?(?:full[- ])?(?:(?:the )?(?:past|last|next|first|coming|following|previous|final) )?"
    rf"(?:{NUM_RE} |\d+[- ])?(?:more |full |straight |consecutive |)(?:{UNIT_RE}|hours?|minutes?)"
    rf"(?:[- ]long| old| of \w+)?$"
)


def resolve(
    text: str, published: date | None, direction: str | None = None, anchor: Resolved | None = None
) -> Resolved:
    """Value and precision of one date expression; see the module docstring."""
    t = clean(text)
    if not t:
        return Resolved(None, None, "vague")
    for pattern, fn in _RULES:
        m = pattern.match(t)
        if m:
            return fn(m, published, direction, anchor)
    if VAGUE.match(t):
        return Resolved(None, None, "vague")
    if DURATION.match(t):
        return Resolved(None, None, "duration")
    return Resolved(None, None, "unknown")
