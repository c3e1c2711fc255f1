"""Normalise one date expression against a publication date.

Pure functions on strings and `datetime.date`, so the rules are unit-testable without spaCy.
`resolve()` returns a `Resolved(value, precision, kind)`:

- value: "YYYY-MM-DD" (day), "YYYY-Www" (week), "YYYY-MM" (month), "YYYY-Qn" (quarter),
  "YYYY" (year), "1950s" (decade) or None when the text or the missing publication date
  does not allow it;
- kind: "absolute" (needs no anchor), "relative" (needs the publication date),
  "anaphoric" (needs the previous date in the story), "vague" ("recently", "now"),
  "duration" (not a point in time: "two years");
- timex: TIMEX3's value where it differs from `value` (see `timex3()`): PAST_REF,
  PRESENT_REF or FUTURE_REF for a vague reference (whose value stays None: nothing a
  timeline places), 2008-W42-WE for a weekend, 2008-FA for a season, 2008-01-09TMO for a
  part of a day. For scoring against TimeML corpora only.

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
# The present tense ("the order blocks ..."): ahead for a weekday ("if Monday's vote fails"),
# but a month or a month-day without a year is then the latest one, as for the past.
PRESENT = "present"
# A day named as a goal in a past-tense clause ("postponed a ceremony planned for May 21"):
# ahead of when it was set, which may be before publication: the nearest such day.
NEAREST = "nearest"


@dataclass(frozen=True)
class Resolved:
    value: str | None
    precision: str | None
    kind: str
    # the TIMEX3 value where it is not `value` in TIMEX3 spelling (see timex3()): a vague
    # reference's "PAST_REF" ("recently"), "PRESENT_REF" ("now") or "FUTURE_REF" ("soon"),
    # whose value stays None (no point on a timeline); a weekend "2010-W04-WE" (value the
    # week), a season "2008-FA" (value the year), a part of a day "2008-01-09TMO" (the day)
    timex: str | None = None


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
    """The latest such day not after publication (or the first not before, looking ahead);
    February 29 only in the leap years around it."""
    days = []
    for y in range(pub.year - 4, pub.year + 5):
        try:
            days.append(date(y, m, d))
        except ValueError:
            continue
    if not days:
        return None
    if direction == FUTURE:
        return next((x for x in days if x >= pub), None)
    if direction == NEAREST:
        return min(days, key=lambda x: abs((x - pub).days))
    return next((x for x in reversed(days) if x <= pub), None)


def _weekday_year(wd: int, m: int, d: int, pub: date) -> date | None:
    """ "Thursday, March 30" names its year by its weekday: the one such day within a year
    of publication that falls on that weekday (the tense may be misread: "was scheduled to
    launch on Thursday, March 30" in an April article is this March, not next)."""
    days = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            day = date(y, m, d)
        except ValueError:
            continue
        if day.weekday() == wd and abs((day - pub).days) <= 366:
            days.append(day)
    return days[0] if len(days) == 1 else None


def _weekday(wd: int, pub: date, direction: str | None, modifier: str | None) -> date:
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if modifier == "last":
        return pub - timedelta(days=back or 7)
    if modifier == "next":
        return pub + timedelta(days=ahead or 7)
    if direction in (FUTURE, PRESENT):
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


# whole words only: "one year ago" is not "on" + "e year ago", nor "then" "the" + "n"
_LEADING = re.compile(
    r"^(?:(?:on|in|at|by|since|until|till|through|from|during|before|after|of|for|as of|"
    r"starting(?! of)|beginning(?! of)|around|about|circa|the|as early as|as late as|no later than|"
    r"as recently as|"
    r"not until)\b|(?!['’]\d)\W)+\s*"
)
_TRAILING = re.compile(r"(?:['’]s|['’]|[.,;:!?\)\]\s])+$")


def clean(text: str) -> str:
    """Lower-case, one space, without the prepositions and possessives around a date."""
    t = re.sub(r"\s+", " ", text.lower().replace("’", "'").replace("‘", "'")).strip()
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


@rule(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})")
def _us_numeric(m, pub, direction, anchor):
    """7/8/07 (U.S.: month first) or 06-03-2026 / 15/04/25 (day first): a number above 12
    decides; when both could be a month, month first with slashes, and with dashes or dots
    the reading nearer to publication (day first when there is none)."""
    a, b, y = int(m[1]), int(m[3]), _year4(m[4])
    if a > 12 or b > 12:
        return _full_date(y, b, a) if a > 12 else _full_date(y, a, b)
    readings = []
    for mo, d in ((a, b), (b, a)) if m[2] == "/" else ((b, a), (a, b)):
        try:
            readings.append(date(y, mo, d))
        except ValueError:
            pass
    if not readings:
        return Resolved(None, None, "absolute")
    if pub is not None and m[2] != "/":
        readings.sort(key=lambda x: abs((x - pub).days))
    return Resolved(readings[0].isoformat(), "day", "absolute")


@rule(
    rf"(?:{WEEKDAY_RE},? )?({MONTH_RE}) (\d{{1,2}})(?:st|nd|rd|th)?(?:,? | of )(\d{{4}})(?: {PART_OF_DAY})?"
)
def _mdy(m, pub, direction, anchor):
    """ "Jan. 12, 2025", "Monday, Jan. 12, 2025"; also "March 20th of 2018", as speakers say it."""
    return _full_date(int(m[3]), MONTHS[m[1].rstrip(".")], int(m[2]))


@rule(rf"(?:{WEEKDAY_RE},? )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({MONTH_RE}),? (\d{{4}})")
def _dmy(m, pub, direction, anchor):
    return _full_date(int(m[3]), MONTHS[m[2].rstrip(".")], int(m[1]))


@rule(rf"(?:({WEEKDAY_RE}),? )?({MONTH_RE}) (\d{{1,2}})(?:st|nd|rd|th)?(?: {PART_OF_DAY})?")
def _md(m, pub, direction, anchor):
    if pub is None:
        return Resolved(None, None, "relative")
    mon, day = MONTHS[m[2].rstrip(".")], int(m[3])
    d = _weekday_year(WEEKDAYS[m[1]], mon, day, pub) if m[1] else None
    if d is None:
        d = _month_day_in_year(mon, day, pub, direction)
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
    rf"beginning of|start of|middle of|end-|start-)[- ]?)?(?:(last|next|this past|this|past|"
    rf"coming) )?({MONTH_RE})"
)
def _month(m, pub, direction, anchor):
    """A month without a year ("in March", "late February", "end-March", "last July")."""
    if pub is None:
        return Resolved(None, None, "relative")
    mod = {"past": "last", "this past": "last", "coming": "next"}.get(m[2], m[2])
    mon = MONTHS[m[3].rstrip(".")]
    return Resolved(month_value(_month_in_year(mon, pub, direction, mod), mon), "month", "relative")


@rule(
    rf"(?:an? )?(?:(?:early|late|earlier|later)(?: on)? )?(?:(last|next|this past|this|past|coming) )?"
    rf"({WEEKDAY_RE})(?: {PART_OF_DAY})?"
)
def _weekday_rule(m, pub, direction, anchor):
    """A weekday, "late Friday", "earlier Monday" ("earlier"/"later" tell the direction);
    "this past Friday" is "last Friday"."""
    if pub is None:
        return Resolved(None, None, "relative")
    mod = {"past": "last", "this past": "last", "coming": "next"}.get(m[1], m[1])
    if mod == "this":
        mod = None
    day = _weekday(WEEKDAYS[m[2]], pub, direction, mod).isoformat()
    return Resolved(day, "day", "relative", timex=_part_of_day(m[0], day))


# Holidays a U.S. newsroom dates things by: (month, day) or (month, weekday, nth; -1: last)
HOLIDAYS: dict[str, tuple[int, int] | tuple[int, int, int]] = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "independence day": (7, 4),
    "fourth of july": (7, 4),
    "veterans day": (11, 11),
    "juneteenth": (6, 19),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "thanksgiving day": (11, 3, 4),
    "thanksgiving": (11, 3, 4),
    "memorial day": (5, 0, -1),
    "labor day": (9, 0, 1),
    "martin luther king jr. day": (1, 0, 3),
    "presidents day": (2, 0, 3),
    "presidents' day": (2, 0, 3),
    "columbus day": (10, 0, 2),
    "election day": (11, 1, 1),  # the Tuesday after the first Monday: see _holiday_in
}
HOLIDAY_RE = "|".join(re.escape(h) for h in sorted(HOLIDAYS, key=len, reverse=True))


def _holiday_in(name: str, year: int) -> date:
    rule_ = HOLIDAYS[name]
    if len(rule_) == 2:
        return date(year, rule_[0], rule_[1])
    month, weekday, nth = rule_
    if name == "election day":
        first = date(year, 11, 2)  # the Tuesday after the first Monday: Nov 2-8
        return first + timedelta(days=(1 - first.weekday()) % 7)
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


@rule(rf"(?:(last|next|this past|this|past|coming) )?({HOLIDAY_RE})(?:,? (\d{{4}}))?")
def _holiday(m, pub, direction, anchor):
    """ "On New Year's Eve", "last Thanksgiving", "Memorial Day 2024": the nearest one at or
    before publication unless the text looks ahead."""
    if m[3]:
        day = _holiday_in(m[2], int(m[3]))
        return Resolved(day.isoformat(), "day", "absolute")
    if pub is None:
        return Resolved(None, None, "relative")
    mod = {"past": "last", "this past": "last", "coming": "next"}.get(m[1], m[1])
    days = [_holiday_in(m[2], y) for y in (pub.year - 1, pub.year, pub.year + 1)]
    ahead = mod == "next" or (mod != "last" and direction == FUTURE)
    day = next(d for d in days if d >= pub) if ahead else [d for d in days if d <= pub][-1]
    return Resolved(day.isoformat(), "day", "relative")


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
    day = (pub + timedelta(days=delta)).isoformat()
    return Resolved(day, "day", "relative", timex=_part_of_day(t, day))


PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}


def _part_of_day(t: str, day: str) -> str | None:
    """TIMEX3's part of a day: "this morning" on 2008-01-09 is 2008-01-09TMO."""
    word = t.rsplit(" ", 1)[-1]
    return f"{day}T{PART_CODES[word]}" if word in PART_CODES else None


_REL_PREFIX = (
    r"(?:(?:earlier|later|early|late|the end of|the start of|the beginning of|the middle of|"
    r"end of|start of|beginning of|middle of|the rest of|the remainder of|the first half of|"
    r"the second half of|rest of|remainder of|first half of|second half of) )?"
)


@rule(
    rf"{_REL_PREFIX}(this past|this|last|next|past|coming|previous|current) "
    r"(week(?:end)?|month|year|quarter)"
)
def _rel_unit(m, pub, direction, anchor):
    if pub is None:
        return Resolved(None, None, "relative")
    if m[1] == "this past" and m[2].startswith("week"):
        # the weekend just gone (the one it is, on a Saturday or Sunday); the seven days up
        # to publication, by their middle: on a Saturday the week it is, on a Monday the last
        if m[2] == "weekend":
            return _the_weekend(m, pub, PAST, anchor)
        return Resolved(week_value(pub - timedelta(days=3)), "week", "relative")
    step = {
        "this past": -1,
        "this": 0,
        "current": 0,
        "last": -1,
        "past": -1,
        "previous": -1,
        "next": 1,
        "coming": 1,
    }[m[1]]
    r = _unit_at(pub, m[2], step, "relative")
    if m[2] == "weekend":
        return Resolved(r.value, r.precision, r.kind, timex=f"{r.value}-WE")
    return r


@rule(r"(?:over |during |at )?(?:the )?weekend")
def _the_weekend(m, pub, direction, anchor):
    """ "The weekend": the last one (or the coming one, looking ahead), as its week (TIMEX3:
    2008-W42-WE). On a Saturday or Sunday, the weekend it is."""
    if pub is None:
        return Resolved(None, None, "relative")
    wd = pub.weekday()
    if wd >= 5:
        sat = pub - timedelta(days=wd - 5)
    elif direction in (FUTURE, PRESENT):
        sat = pub + timedelta(days=5 - wd)
    else:
        sat = pub - timedelta(days=wd + 2)
    week = week_value(sat)
    return Resolved(week, "week", "relative", timex=f"{week}-WE")


@rule(
    r"(?:the )?(?:end|start|beginning|middle|rest|remainder|close) of the (week|month|year|quarter)"
)
def _end_of_unit(m, pub, direction, anchor):
    if pub is None:
        return Resolved(None, None, "relative")
    return _unit_at(pub, m[1], 0, "relative")


SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}


@rule(
    r"(?:(?:over|throughout|through|during|for) (?:the )?)?(?:(?:early|late|mid)[- ]?)?"
    r"(?:(last|next|this past|this|past|coming|previous|that) )?(spring|summer|fall|autumn|winter)"
)
def _season(m, pub, direction, anchor):
    """Seasons have no precision of their own here (the data layer knows calendar shapes
    only): the year they fall in, winter counting as the year of its January."""
    if pub is None:
        return Resolved(None, None, "relative")
    mod = {"past": "last", "this past": "last", "previous": "last", "coming": "next"}.get(
        m[1], m[1]
    )
    if mod == "that":
        if anchor is None or anchor.value is None or anchor.precision not in PRECISION_RANK:
            return Resolved(None, None, "anaphoric")
        return Resolved(anchor.value[:4], "year", "anaphoric")
    y = _season_year(m[2], pub, direction, mod)
    return Resolved(f"{y:04d}", "year", "relative", timex=_season_timex(m[2], y))


SEASON_CODES = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA"}


def _season_timex(season: str, year: int) -> str | None:
    """TIMEX3's season of a year, "2008-FA"; winter (which spans two years) keeps its year."""
    code = SEASON_CODES.get(season)
    return f"{year:04d}-{code}" if code else None


def _season_year(season: str, pub: date, direction: str | None, mod: str | None) -> int:
    start = SEASON_START[season]
    starts = [date(y, start, 1) for y in range(pub.year - 2, pub.year + 3)]
    current = max(
        date(y, mo, 1)
        for y in (pub.year - 1, pub.year)
        for mo in (3, 6, 9, 12)
        if date(y, mo, 1) <= pub
    )
    if mod == "last":
        pick = max(x for x in starts if x < current)
    elif mod == "next":
        pick = min(x for x in starts if x > pub)
    elif mod == "this" or direction is None:
        pick = min(starts, key=lambda x: abs((x + timedelta(days=45) - pub).days))
    elif direction == FUTURE:
        pick = min(x for x in starts if x >= current)
    else:
        pick = max(x for x in starts if x <= pub)
    return pick.year + (1 if season == "winter" else 0)


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


@rule(
    r"(?:just |only )?(?:a few|several|a couple of|a couple|few) (?:short )?(days|weeks) ago|"
    r"(?:over |within |during )?(?:the )?(?:recent|(?:past|last) (?:few|several|couple of)) "
    r"(days|weeks)|(?:over )?(?:the )?(?:coming|next few|next several) (days)"
)
def _near_days(m, pub, direction, anchor):
    """ "A few days ago", "in recent weeks", "in the coming days": no day, but the month
    they fall in (annotation.md gives "earlier this month" month precision), taken a couple
    of days (or ten, for weeks) from publication. Kind "approximate": events may take the
    month, but it is no anchor for "the same day". "The coming weeks" stays vague (it
    reaches past the month). TIMEX3: PAST_REF for "recent" and "ago", else no value."""
    if pub is None:
        return Resolved(None, None, "vague")
    ahead = m[3] is not None
    unit = m[1] or m[2] or m[3]
    step = timedelta(days=2 if unit == "days" else 10)
    day = pub + step if ahead else pub - step
    ref = "PAST_REF" if re.search(r"\b(?:recent|ago)\b", m[0]) else None
    return Resolved(month_value(day.year, day.month), "month", "approximate", timex=ref)


APPROX_RE = (
    r"(?:(?:about|around|nearly|almost|more than|over|some|roughly|just|only|less than|barely|"
    r"exactly|precisely|at least|well over|little more than|more than a|just over|just under) )?"
)


@rule(rf"{APPROX_RE}({NUM_RE}) ({UNIT_RE}|centur(?:y|ies)) ago")
def _ago(m, pub, direction, anchor):
    n = _num(m[1])
    unit = m[2].rstrip("s")
    if pub is None or n is None or unit == "quarter":
        return Resolved(None, None, "relative")
    if unit == "decade":  # TIMEX3: at the granularity of the unit
        return Resolved(f"{(pub.year - 10 * n) // 10 * 10:04d}s", "decade", "relative")
    if unit.startswith("centur"):
        return Resolved(f"{(pub.year - 100 * n) // 100:02d}", "century", "relative")
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
    season = (m[1] or "").removeprefix("the ").removesuffix(" of")
    return Resolved(f"{y:04d}", "year", "absolute", timex=_season_timex(season, y))


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
    if m[3] and re.search(r"fiscal|fy", m[0]):
        return Resolved(f"{int(m[3]):04d}", "year", "absolute")  # see _fiscal_relative
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


@rule(
    r"(?:(?:earlier|later) )?(?:that|the|this) (?:same )?(day|week|month|year)"
    r"|(?:(?:earlier|later) )?the same (day|week|month|year)"
)
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


_HOURS = {"twenty-four": 24, "forty-eight": 48, "seventy-two": 72}


@rule(r"(\d+|twenty-four|forty-eight|seventy-two) hours (prior|earlier|later)")
def _anchor_hours(m, pub, direction, anchor):
    """'just 24 hours prior', '48 hours later': whole days from the last day named; a part
    of a day ('12 hours later') names no day."""
    n = _HOURS.get(m[1]) or int(m[1])
    if n % 24 or n == 0:
        return Resolved(None, None, "anaphoric")
    step = n // 24 if m[2] == "later" else -(n // 24)
    if anchor is None or anchor.precision != "day":
        return Resolved(None, None, "anaphoric")
    return _from_anchor(anchor, "day", step)


@rule(r"(?:since )?then")
def _since_then(m, pub, direction, anchor):
    """'Since then, the group has fired on ships': what began at the time last named, told
    at the month (annotators date the run of happenings by when it began, not by a day)."""
    if anchor is None or anchor.value is None or anchor.precision not in PRECISION_RANK:
        return Resolved(None, None, "anaphoric")
    if anchor.precision in ("day", "week"):
        base = _anchor_date(anchor)
        if base is None:
            return Resolved(None, None, "anaphoric")
        if anchor.precision == "week":
            base += timedelta(days=3)  # a week is the month of its Thursday
        return Resolved(month_value(base.year, base.month), "month", "anaphoric")
    return Resolved(anchor.value, anchor.precision, "anaphoric", anchor.timex)


# ---------------------------------------------------------------- later rules (issue 16)
# Tried after every rule above: each covers text none of them takes.
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
}  # fmt: skip
_STEP = {
    "this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "previous": -1,
    "the previous": -1, "the past": -1, "the last": -1, "next": 1, "coming": 1,
    "the next": 1, "the coming": 1, "the same": 0, "same": 0,
}  # fmt: skip
_STEP_RE = r"(this|current|the current|last|past|previous|the previous|the past|the last|next|coming|the next|the coming)"


def fiscal_year(d: date) -> int:
    """The U.S. federal fiscal year a day falls in (October to September), named, as
    everywhere, by the calendar year it ends in: 2025-11-03 is in fiscal 2026."""
    return d.year + (1 if d.month >= 10 else 0)


@rule(
    r"(?:(?:early|late|later|earlier) in the |(?:the )?(?:start|end|close|rest|remainder|"
    r"middle|beginning|course) of the )?day|day's end"
)
def _the_day(m, pub, direction, anchor):
    """The day in a story of one day (markets "closed up for the day", "on the day"): the
    publication day (on MEANTIME the last day named was wrong more often than right)."""
    if pub is None:
        return Resolved(None, None, "relative")
    return Resolved(pub.isoformat(), "day", "relative")


@rule(
    r"(?:the )?same (day|week|month|quarter) (a year ago|last year|a year earlier|"
    r"the previous year|the year before|the prior year)"
)
def _same_unit_a_year_before(m, pub, direction, anchor):
    """The same month a year ago: the month last named ("fell in January, compared to the
    same month a year ago"), else this month, a year before publication (or before the last
    date named, for "a year earlier")."""
    if m[2] in ("a year ago", "last year"):
        if pub is None:
            return Resolved(None, None, "relative")
        base = pub
        kind = "relative"
        named = _anchor_date(anchor) if anchor is not None and anchor.value else None
        unit_rank = PRECISION_RANK.get(m[1], PRECISION_RANK["day"])
        if (
            named is not None
            and PRECISION_RANK.get(anchor.precision or "", -2) >= unit_rank
            and 0 <= (pub - named).days < 366  # a date of the past year: what is compared
        ):
            base, kind = named, "anaphoric"
    else:
        if anchor is None or anchor.value is None or anchor.precision not in PRECISION_RANK:
            return Resolved(None, None, "anaphoric")
        base = _anchor_date(anchor)
        kind = "anaphoric"
        if base is None:
            return Resolved(None, None, kind)
    try:
        base = base.replace(year=base.year - 1)
    except ValueError:  # February 29
        base = base.replace(year=base.year - 1, day=28)
    return _unit_at(base, m[1], 0, kind)


@rule(r"(?:the )?(day|week|month|year) (previous|prior)")
def _unit_previous(m, pub, direction, anchor):
    """The year previous: the one before the last date named."""
    return _from_anchor(anchor, m[1], -1)


@rule(r"(?:the )?(?:entire|whole|full) (week|month|quarter|year)")
def _whole_unit(m, pub, direction, anchor):
    """ "A loss of $8.6 billion for the entire year" after "the fourth quarter of 2005": the
    year of the last date named (none without one)."""
    return _from_anchor(anchor, m[1], 0)


@rule(r"(?:(?:earlier|later) )?same (day|week|month|year)")
def _same_unit(m, pub, direction, anchor):
    """The same day, as "the same day" reads once its "the" is cleaned off."""
    return _from_anchor(anchor, m[1], 0)


@rule(
    r"(?:the )?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ]quarter,? "
    rf"(?:of )?{_STEP_RE} (fiscal )?year"
)
def _quarter_of_relative_year(m, pub, direction, anchor):
    """Quarters of a named year: "the third quarter of this year", "the first quarter of last year"; a quarter of a
    fiscal year is not a calendar quarter: the fiscal year."""
    if pub is None:
        return Resolved(None, None, "relative")
    step = _STEP[m[2]]
    if m[3]:
        return Resolved(f"{fiscal_year(pub) + step:04d}", "year", "relative")
    q = ORDINALS.get(m[1], 4)
    return Resolved(quarter_value(pub.year + step, q), "quarter", "relative")


@rule(r"(?:the )?(?:final|last) quarter,? (?:of )?(\d{4})")
def _final_quarter(m, pub, direction, anchor):
    return Resolved(quarter_value(int(m[1]), 4), "quarter", "absolute")


@rule(rf"{_STEP_RE} fiscal(?: year)?|fiscal year")
def _fiscal_relative(m, pub, direction, anchor):
    """A fiscal year named from publication: "this fiscal year", "next fiscal year": see fiscal_year()."""
    if pub is None:
        return Resolved(None, None, "relative")
    step = _STEP[m[1]] if m[1] else 0
    return Resolved(f"{fiscal_year(pub) + step:04d}", "year", "relative")


@rule(r"fiscal year \(fy\) ?(\d{4}|\d{2})")
def _fiscal_year_abbreviated(m, pub, direction, anchor):
    """ "Fiscal year (FY) 2026": the abbreviation spelled out before the year."""
    return Resolved(f"{_year4(m[1]):04d}", "year", "absolute")


@rule(
    r"(?:the )?(end|close|start|beginning) of (?:the |this |the current |(next|last|the next|"
    r"the previous|the last) )?fiscal year"
)
def _fiscal_year_end(m, pub, direction, anchor):
    """ "By the end of this fiscal year": U.S. federal fiscal years end on September 30 and
    begin on October 1, so the end or start is a day (see fiscal_year())."""
    if pub is None:
        return Resolved(None, None, "relative")
    fy = fiscal_year(pub) + {"next": 1, "the next": 1}.get(m[2], -1 if m[2] else 0)
    if m[1] in ("end", "close"):
        return Resolved(date(fy, 9, 30).isoformat(), "day", "relative")
    return Resolved(date(fy - 1, 10, 1).isoformat(), "day", "relative")


@rule(
    rf"(\d{{1,2}})(?:st|nd|rd|th)? ?(?:-|–|—|to|and) ?(\d{{1,2}})(?:st|nd|rd|th)? "
    rf"(?:of )?({MONTH_RE})(?:,? (\d{{4}}))?|({MONTH_RE}) (\d{{1,2}}) ?(?:-|–|—|to|and) ?"
    rf"(\d{{1,2}})(?:,? (\d{{4}}))?"
)
def _day_range(m, pub, direction, anchor):
    """ "27–28 April 2026", "April 27-28": a span of days within one month is that month."""
    mon = MONTHS[(m[3] or m[5]).rstrip(".")]
    year = m[4] or m[8]
    first, last = (int(m[1]), int(m[2])) if m[3] else (int(m[6]), int(m[7]))
    if not 1 <= first < last <= 31:
        return Resolved(None, None, "unknown")
    if year:
        return Resolved(month_value(int(year), mon), "month", "absolute")
    if pub is None:
        return Resolved(None, None, "relative")
    return Resolved(
        month_value(_month_in_year(mon, pub, direction, None), mon), "month", "relative"
    )


@rule(r"(?:fy|fiscal(?: year)?)[- ]?'?(\d{2})")
def _fy_short(m, pub, direction, anchor):
    """Short fiscal years: "FY-21", "FY'26", "fiscal 26": the fiscal year 2021, 2026 (a year value)."""
    return Resolved(f"{_year4(m[1]):04d}", "year", "absolute")


@rule(
    r"(?:(?:early|mid|late|the end of|the beginning of|the start of|the middle of|end of|"
    rf"start of|middle of)[- ]?)?({MONTH_RE}),? (?:of )?{_STEP_RE} year"
)
def _month_of_relative_year(m, pub, direction, anchor):
    """A month of a named year: "October of next year", "March of last year"."""
    if pub is None:
        return Resolved(None, None, "relative")
    return Resolved(
        month_value(pub.year + _STEP[m[2]], MONTHS[m[1].rstrip(".")]), "month", "relative"
    )


@rule(r"(?:(?:early|late|mid)[- ]?)?(spring|summer|fall|autumn|winter),? (?:of )?(\d{4})")
def _season_of_year(m, pub, direction, anchor):
    """A season of a year, "the fall of 2008" once "the" is cleaned off: the year (seasons have no precision)."""
    return Resolved(m[2], "year", "absolute", timex=_season_timex(m[1], int(m[2])))


@rule(r"(?:the )?year (\d{4})|'(\d{2})")
def _year_alone(m, pub, direction, anchor):
    """A year alone: "the year 2000"; "'82" (a year in the past century unless it is near publication)."""
    if m[1]:
        return Resolved(m[1], "year", "absolute")
    yy = int(m[2])
    base = pub.year if pub else 2030
    y = 2000 + yy if 2000 + yy <= base + 10 else 1900 + yy
    return Resolved(f"{y:04d}", "year", "absolute")


@rule(rf"{_STEP_RE} decade")
def _relative_decade(m, pub, direction, anchor):
    """A decade named from publication: "the past decade" in 2011 is the 2000s (TIMEX3 gives such a span the decade)."""
    if pub is None:
        return Resolved(None, None, "relative")
    y = pub.year + 10 * _STEP[m[1]]
    return Resolved(f"{y // 10 * 10:04d}s", "decade", "relative")


@rule(r"(?:early|mid|late)[- ]?(?:the )?(?:(\d{2})|')?(\d)0s")
def _decade_part(m, pub, direction, anchor):
    """Part of a decade ("the early 1990s", "mid-'80s"): the decade."""
    century = m[1] or ("19" if int(m[2]) >= 3 else "20")
    return Resolved(f"{century}{m[2]}0s", "decade", "absolute")


@rule(
    r"(?:(?:early|mid|late)[- ]?)?(?:(\d{1,2})(?:st|nd|rd|th)|"
    r"(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    rf"twenty[- ]first)|{_STEP_RE}) century"
)
def _century(m, pub, direction, anchor):
    """Centuries in TIMEX3 spelling, precision "century": the 19th century is "18" (the
    1800s)."""
    if m[3]:
        if pub is None:
            return Resolved(None, None, "relative")
        return Resolved(f"{pub.year // 100 + _STEP[m[3]]:02d}", "century", "relative")
    n = int(m[1]) if m[1] else ORDINAL_WORDS[m[2].replace(" ", "-")]
    if not 1 <= n <= 22:
        return Resolved(None, None, "absolute")
    return Resolved(f"{n - 1:02d}", "century", "absolute")


@rule(rf"({MONTH_RE}) (\d{{1,2}})(?:st|nd|rd|th)?,? (?:of )?{_STEP_RE} year")
def _day_of_relative_year(m, pub, direction, anchor):
    """A day of a year named from publication: "January 5 of last year"."""
    if pub is None:
        return Resolved(None, None, "relative")
    d = _full_date(pub.year + _STEP[m[3]], MONTHS[m[1].rstrip(".")], int(m[2]))
    return Resolved(d.value, d.precision, "relative")


@rule(
    r"(?:(?:early|late|mid)[- ]?)?(spring|summer|fall|autumn|winter),? (?:of )?"
    rf"{_STEP_RE} year"
)
def _season_of_relative_year(m, pub, direction, anchor):
    """ "The summer of last year": that year (seasons have no precision of their own)."""
    if pub is None:
        return Resolved(None, None, "relative")
    y = pub.year + _STEP[m[2]]
    return Resolved(f"{y:04d}", "year", "relative", timex=_season_timex(m[1], y))


@rule(r"(?:(first|second|1st|2nd) half,? (?:of )?|h([12]) ?)(\d{4})|(\d{4}) h([12])")
def _half_year(m, pub, direction, anchor):
    """A half of a year ("the first half of 2025", "H2 2025"): the year (TIMEX3: 2025-H1)."""
    y = int(m[3] or m[4])
    half = m[2] or m[5] or ("1" if m[1] in ("first", "1st") else "2")
    return Resolved(f"{y:04d}", "year", "absolute", timex=f"{y:04d}-H{half}")


@rule(r"(\d{4}) fiscal year")
def _year_fiscal_year(m, pub, direction, anchor):
    """ "The 2025 fiscal year": fiscal years are named by their year (see fiscal_year())."""
    return Resolved(m[1], "year", "absolute")


@rule(rf"week of ((?:{MONTH_RE}|{WEEKDAY_RE}|\d).*)")
def _week_of(m, pub, direction, anchor):
    """ "The week of March 2": the ISO week of that day."""
    day = resolve(m[1], pub, direction, anchor)
    if day.precision != "day" or day.value is None:
        return Resolved(None, None, day.kind)
    return Resolved(week_value(date.fromisoformat(day.value)), "week", day.kind)


@rule(
    r"(?:(first|second|third|fourth|last|final|closing|opening) week|(?:first|last|final|closing|"
    r"opening|early|late)(?: few| two| three)? (?:weeks|days)) "
    rf"of ({MONTH_RE})(?:,? (\d{{4}}))?"
)
def _weeks_of_month(m, pub, direction, anchor):
    """ "The last week of March" is the ISO week of the month's last Thursday (a week
    belongs to the month of its Thursday, as TimeML annotates it: 2009-W13); "the first
    days of March", "the closing weeks of June" are the month, as "late February" is."""
    mon = MONTHS[m[2].rstrip(".")]
    if m[3]:
        y, kind = int(m[3]), "absolute"
    elif pub is None:
        return Resolved(None, None, "relative")
    else:
        y, kind = _month_in_year(mon, pub, direction, None), "relative"
    if not m[1]:
        return Resolved(month_value(y, mon), "month", kind)
    first = date(y, mon, 1) + timedelta(days=(3 - date(y, mon, 1).weekday()) % 7)
    n = {"second": 1, "third": 2, "fourth": 3}.get(m[1], 0)
    thursday = first + timedelta(weeks=n)
    if m[1] in ("last", "final", "closing"):
        while (thursday + timedelta(weeks=1)).month == mon:
            thursday += timedelta(weeks=1)
    return Resolved(week_value(thursday), "week", kind)


@rule(r"(day|week|month|year) (before last|after next)")
def _unit_before_last(m, pub, direction, anchor):
    """ "The week before last", "the month after next": two steps from publication."""
    if pub is None:
        return Resolved(None, None, "relative")
    return _unit_at(pub, m[1], -2 if m[2] == "before last" else 2, "relative")


@rule(r"day (before yesterday|after tomorrow)")
def _two_days(m, pub, direction, anchor):
    if pub is None:
        return Resolved(None, None, "relative")
    step = -2 if m[1] == "before yesterday" else 2
    return Resolved((pub + timedelta(days=step)).isoformat(), "day", "relative")


@rule(rf"({NUM_RE}) weeks? ago ({WEEKDAY_RE})")
def _weeks_ago_weekday(m, pub, direction, anchor):
    """ "A week ago Friday": the Friday a week before the last one."""
    n = _num(m[1])
    if pub is None or n is None:
        return Resolved(None, None, "relative")
    day = _weekday(WEEKDAYS[m[2]], pub, PAST, None) - timedelta(weeks=n)
    return Resolved(day.isoformat(), "day", "relative")


_RANGE = re.compile(r"(?<![\d/.-])(\d{4})\s*(?:-|–|—|to|through)\s*(\d{4}|\d{2})(?![\d/.-])")


_RANGE_WORDS = re.compile(
    r"(?i)\b(?:in|from|the|between|during|of|fiscal|fy|for|since|through|by|until|and|"
    r"season|school|academic|years?|calendar)\b|[^\w]"
)


def range_parts(text: str) -> list[tuple[int, int, Resolved]] | None:
    """A range of years is two dates: "2009-2010" -> 2009 and 2010, "1957-58" -> 1957 and
    1958, each with its (start, end) offsets in `text`; None when `text` is not one."""
    matches = list(_RANGE.finditer(text))
    if len(matches) != 1:
        return None
    m = matches[0]
    y1, second = int(m[1]), m[2]
    y2 = int(second) if len(second) == 4 else y1 // 100 * 100 + int(second)
    if len(second) == 2 and y2 <= y1:
        y2 += 100
    if not (1000 <= y1 < y2 <= 2200 and y2 - y1 <= 100):
        return None
    rest = text[: m.start()] + text[m.end() :]
    if re.sub(_RANGE_WORDS, "", rest).strip():  # "March 2009-2010" is not two years
        return None
    return [
        (m.start(1), m.end(1), Resolved(f"{y1:04d}", "year", "absolute")),
        (m.start(2), m.end(2), Resolved(f"{y2:04d}", "year", "absolute")),
    ]


PRECISION_RANK = {
    "century": -1,
    "decade": 0,
    "year": 1,
    "quarter": 2,
    "month": 3,
    "week": 4,
    "day": 5,
}


def _from_anchor(anchor: Resolved | None, unit: str, step: int) -> Resolved:
    """Arithmetic on the previous resolved date, when it is at least as precise as `unit`."""
    if unit == "decade":  # "two decades later": twenty years on, to the year
        unit, step = "year", step * 10
    if anchor is None or anchor.value is None or anchor.precision not in PRECISION_RANK:
        return Resolved(None, None, "anaphoric")
    if unit == "day" and anchor.precision == "month" and abs(step) <= 7:
        # "four days earlier" after "in late August": no day, but the month named
        return Resolved(anchor.value, "month", "anaphoric")
    if PRECISION_RANK[anchor.precision] < PRECISION_RANK[unit]:
        return Resolved(None, None, "anaphoric")
    base = _anchor_date(anchor)
    if base is None:
        return Resolved(None, None, "anaphoric")
    return _unit_at(base, unit, step, "anaphoric")


def _anchor_date(anchor: Resolved) -> date | None:
    return first_day(anchor.value, anchor.precision)


def first_day(value: str | None, precision: str | None) -> date | None:
    """The first day of a normalised value at its precision (an ISO week's Monday); None
    for a value that is no calendar date."""
    v = value or ""
    try:
        if precision == "day":
            return date.fromisoformat(v)
        if precision == "week":
            y, w = v.split("-W")
            return date.fromisocalendar(int(y), int(w), 1)
        if precision == "month":
            return date(int(v[:4]), int(v[5:7]), 1)
        if precision == "quarter":
            return date(int(v[:4]), (int(v[-1]) - 1) * 3 + 1, 1)
        if precision == "year":
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
    r"future|the future|the past|past|eventually|shortly|imminently|immediately)$"
)
DURATION = re.compile(
    rf"^(?:(?:less than|more than|nearly|almost|about|over|under|at least|up to) )?(?:a )?(?:full[- ])?(?:(?:the )?(?:past|last|next|first|coming|following|previous|final) )?"
    rf"(?:{NUM_RE} |\d+[- ])?(?:more |full |straight |consecutive |)(?:{UNIT_RE}|hours?|minutes?)"
    rf"(?:[- ]long| old| of \w+)?$"
)


# Which way a vague reference points, as TIMEX3 writes it (our reading of the TimeML
# guidelines: the present, the past or the future as a whole, no point in it). Tried on the
# cleaned text ("in the past" is "past" by then). "The past few years", "at the time",
# "then", "earlier" or "later" get none: a length of time, or a time the story set before.
VAGUE_REFS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "PRESENT_REF",
        re.compile(
            r"^(?:(?:right |just |for |until |up to |by )?now|currently|current|presently|"
            r"(?:at )?present|at the moment|nowadays|these days|today's|(?:for )?(?:the )?time being)$"
        ),
    ),
    (
        "PAST_REF",
        re.compile(
            r"^(?:(?:more |most |very |only |until |as )?(?:recently|lately)|recent|previously|"
            r"formerly|past|(?:in )?recent (?:days|weeks|months|years|times|history)|"
            r"(?:the )?(?:recent|distant) past)$"
        ),
    ),
    (
        "FUTURE_REF",
        re.compile(
            r"^(?:(?:very |fairly |quite |as )?soon(?: as possible)?|shortly|imminently|"
            r"(?:the )?(?:near |distant |foreseeable )?future|"
            r"(?:the )?(?:near|long|longer|short|medium)[- ]term)$"
        ),
    ),
)


def vague_ref(t: str) -> str | None:
    """PAST_REF, PRESENT_REF or FUTURE_REF for a cleaned vague reference, else None."""
    for ref, pattern in VAGUE_REFS:
        if pattern.match(t):
            return ref
    return None


def timex3(r: Resolved) -> str | None:
    """The TIMEX3 value of a resolution: its value in TIMEX3 spelling (a decade "1950s" is
    "195"; a century is already "19"), or a vague reference's PAST_REF / PRESENT_REF /
    FUTURE_REF, a weekend's, season's or part of a day's own spelling. For scoring against
    TimeML corpora: the timeline reads `value` only."""
    if r.timex is not None or r.value is None:
        return r.timex
    if r.precision == "decade":
        return r.value[:3]
    return r.value


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
            return _apply(fn, m, published, direction, anchor)
    ref = vague_ref(t)
    if ref or VAGUE.match(t):
        return Resolved(None, None, "vague", timex=ref)
    if DURATION.match(t):
        return Resolved(None, None, "duration")
    return _glued(t, published, direction, anchor)


# a year glued to the next word ("nov. 25, 2019the") keeps its year; "january 27.general":
# a sentence run on without its space
_GLUED = re.compile(r"^(?:[a-z]+(?=\d)|\d+ of )|(?<=\d)\.?[a-z]+$|,[a-z]+$|,(?! ?\d{4}(?!\d)).*$")


def _glued(t: str, published, direction, anchor) -> Resolved:
    """Pages glue words to dates ("forbes13-05-2025", "may 6, 2026read", "january 18,the")
    and the model's spans run on ("june 17, two days", "14363 of november 24, 2025"): the
    date without them, once."""
    bare = _GLUED.sub("", t).strip()
    if bare and bare != t:
        for pattern, fn in _RULES:
            m = pattern.match(bare)
            if m:
                return _apply(fn, m, published, direction, anchor)
    return Resolved(None, None, "unknown")


def _apply(fn, m, published, direction, anchor) -> Resolved:
    """One rule's result; no value where counting from the publication date leaves the
    calendar ("yesterday" in an article dated 1 January of year 1): Python's dates end at
    years 1 and 9999, and such a date is a wrong one, not a reason to fail the article."""
    try:
        r = fn(m, published, direction, anchor)
    except OverflowError:
        return Resolved(None, None, "unknown")
    except ValueError as exc:
        if "out of range" not in str(exc):  # year 0 or 10000; anything else is a bug
            raise
        return Resolved(None, None, "unknown")
    if r.value is not None and r.precision != "century" and not _in_calendar(r.value):
        return Resolved(None, None, "unknown")
    return r


def _in_calendar(value: str) -> bool:
    """A value whose year is one of 1-9999, not "0000", "-004" or "10000-Q1"."""
    if value.startswith("-"):
        return False
    year = re.match(r"\d+", value)
    return year is None or 1 <= int(year[0]) <= 9999
