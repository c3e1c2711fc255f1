"""Fold many outlets' reports of one real event into one timeline event.

Two mentions are one event when they have the same type, compatible dates (one inside the
other: a day in its week, month or year; an ISO week in the month of its Thursday), agreeing
amounts and award records, and overlapping parties (actors read through `parties_of`: a
leader as his country, a president and the White House as the administration); an undated
report, or one dated only to a year, needs the same parties (`_same_parties`: the Pentagon
named in one report where the other names another body is another party) and a first
report published within UNDATED_DAYS; two reports a day apart are one event (a late wire, a
time zone) when they name the same parties, unless they are statements; a report joins an
event holding a report of its article of the same day whatever its parties, and never one
holding a report of its article dated otherwise, nor a statement by other speakers (see
`belongs`).
Corrections recorded in `merge_corrections` (timeline.corrections) leave reports out, keep
two apart or put them together. Mentions are read in the order of their reports
(publication day, article, position) and each joins the first event, oldest first, that
takes it: deterministic and idempotent. The event's date is the most precise one that the
most independent sources report (a syndicated copy, the same long sentence under another
outlet, counts once); the others stay in `other_dates`. A full rebuild
(`merge(full=True)`) recomputes everything; a normal run re-clusters only what changed
(timeline.incremental), with the same result. The rules and the figures: docs/timeline.md.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date as Day
from functools import lru_cache
from typing import Any

import sqlite_utils

from core.db import MENTION_KEY_SQL, stable_id
from core.presidencies import PRESIDENCIES
from core.store import shape_precision
from timeline.corrections import applied, has_corrections

# A party to so many events that sharing it says nothing about being the same event.
UBIQUITOUS = frozenset({"us-department-of-defense"})
# A sentence this long found word for word under two outlets is one syndicated report.
SYNDICATED_WORDS = 12
# Undated or year-only reports published this much later than an event's first report
# (or earlier) are not taken for it.
UNDATED_DAYS = 14
# Days that reports of one happening between the same parties may disagree by (never for
# statements: a speaker may speak again the next day, see `belongs`).
CONFLICTING_DAYS = 1
# Entities the gazetteer names apart that stand for one party in a report: a foreign leader
# and the country he leads (a raid "in Venezuela" and one "to capture Maduro").
# `parties_of` reads a mention's actors through these, and through PRESIDENCIES.
PARTY_LINKS = {
    "nicolas-maduro": "venezuela",
    "xi-jinping": "china",
    "vladimir-putin": "russia",
    "volodymyr-zelensky": "ukraine",
    "benjamin-netanyahu": "israel",
    "kim-jong-un": "north-korea",
}
# Offices of the Pentagon that outlets name in its place for one award: "a contract from the
# Chief Digital and AI Office" and "a Pentagon contract" have one awarder. A report naming
# the office names the department too (the office stays a party of its own).
PARTY_PARENTS = {
    "cdao": "us-department-of-defense",
    "diu": "us-department-of-defense",
}
# The White House, and the president himself, stand for the administration in office on
# the report's day (`PRESIDENCIES`); a president out of office is only himself (Biden's
# repealed order).
EXECUTIVE = "white-house"
PRESIDENTS = frozenset(president for _, _, president in PRESIDENCIES)
# Types whose reports are told apart by who acted (`_speakers_differ`), and whose day is
# part of what happened: the same speaker on two days running said two things.
AGENT_TYPES = frozenset({"statement"})
# The rules' version, kept in every event's saved state: an incremental merge that finds
# events saved under other rules rebuilds the timeline once (timeline.incremental).
RULES = 8
PRECISION_RANK = {"decade": 0, "year": 1, "quarter": 2, "month": 3, "week": 4, "day": 5}
STATUS_ORDER = ("occurred", "planned", "reported", "denied")

# Types whose headline says who acted on whom; a meeting reads the same either way round
DIRECTED = {"ultimatum", "designation", "launch"}
HEADLINES = {
    "meeting": "{a} meets {b}",
    "contract": "Contract: {a} and {b}",
    "ultimatum": "{a} issues ultimatum to {b}",
    "designation": "{a} designates {b}",
    "partnership": "Partnership: {a} and {b}",
    "statement": "Statement by {a}",
    "negotiation": "Negotiations: {a} and {b}",
    "legal": "Legal action: {a} and {b}",
    "funding": "Funding: {a}",
    "policy": "Policy: {a}",
    "operation": "Operation: {a}",
    "personnel": "Personnel change: {a}",
    "launch": "{a} launches {b}",
}


@dataclass
class Mention:
    id: str
    type: str
    date: str | None
    precision: str | None
    status: str | None
    amount: float | None
    confidence: float
    sentence: str
    article: str
    outlet: str
    url: str
    published: str | None
    fetched_at: str
    origin: str
    actors: dict[str, tuple[str, str]]  # entity id -> (name, role)
    key: str = ""  # the place in the merge order (core.db.MENTION_KEY_SQL)
    event_id: str | None = None  # the event the last merge put it in
    # corrections (merge_corrections): "s<id><side>" keeps apart from the other side's
    # report, "m<id><side>" joins it; see `home_for`
    marks: frozenset[str] = frozenset()
    deadline: str | None = None  # an ultimatum's deadline, a date value as `date` holds one
    # actors its article names in full elsewhere ("Warren" -> "elizabeth-warren"): `surnames`
    same_as: dict[str, str] = field(default_factory=dict)
    # the organisations it names that are not government bodies: a contract's companies
    firms: frozenset[str] = frozenset()
    kinds: dict[str, str] = field(default_factory=dict)  # entity id -> PERSON, ORG, PRODUCT…
    # `parties` and `agents`, computed on first use (a merge reads them for every comparison)
    _parties: frozenset[str] | None = field(default=None, repr=False, compare=False)
    _agents: frozenset[str] | None = field(default=None, repr=False, compare=False)

    @property
    def source(self) -> tuple[str, str]:
        """Who reports it: its outlet, and its sentence when long enough to be syndicated."""
        words = self.sentence.split()
        if len(words) < SYNDICATED_WORDS:
            return self.outlet, ""
        return self.outlet, stable_id(" ".join(words).casefold(), length=12)

    @property
    def parties(self) -> frozenset[str]:
        """Its actors as parties: linked entities count as one (see `parties_of`)."""
        if self._parties is None:
            actors = tuple(self.same_as.get(a, a) for a in self.actors)
            self._parties = parties_of(actors, self.date or (self.published or "")[:10])
        return self._parties

    @property
    def agents(self) -> frozenset[str]:
        """The parties it names as acting (role `agent`), besides the ubiquitous ones."""
        if self._agents is None:
            agents = tuple(
                self.same_as.get(a, a) for a, (_, role) in self.actors.items() if role == "agent"
            )
            day = self.date or (self.published or "")[:10]
            self._agents = parties_of(agents, day) - UBIQUITOUS
        return self._agents

    @property
    def people(self) -> frozenset[str]:
        """The parties it names that are people, themselves (not a president read as his
        administration, nor a leader as his country): see `_same_parties`."""
        named = (self.same_as.get(a, a) for a, kind in self.kinds.items() if kind == "PERSON")
        return frozenset(a for a in named if a in self.parties)

    @property
    def shelf(self) -> tuple[str, str | None]:
        """Type and year: mentions of different shelves never meet (see cluster_mentions)."""
        return self.type, self.date[:4] if self.date else None


@dataclass
class Cluster:
    """Mentions of one event, with what `belongs` asks of them kept up to date as they join."""

    mentions: list[Mention] = field(default_factory=list)
    type: str = ""
    anchor_key: str = ""
    anchor_id: str = ""
    anchor_actors: tuple[str, ...] = ()
    anchor_event: str | None = None  # the saved event it was restored from
    # who its reports say acted (their `agent` parties): see `_speakers_differ`
    agents: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)  # the parties that are people: `_same_parties`
    firms: set[str] = field(default_factory=set)
    amounts: set[float] = field(default_factory=set)
    has_records: bool = False
    marks: set[str] = field(default_factory=set)  # the corrections its reports carry
    # each article's dates (date, precision) among its reports: see `_dated_apart`
    article_dates: dict[str, set[tuple[str | None, str | None]]] = field(default_factory=dict)
    best_date: tuple[str | None, str | None] = (None, None)
    # the finest precision reported so far, who reported each date at it (in first report
    # order) and the first report's precision: best_date without rescanning mentions
    _top_rank: int | None = None
    _top_dates: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    _sources: dict[str, _Sources] = field(default_factory=dict)  # the same, counted
    _top_precision: str | None = None

    def __post_init__(self) -> None:
        joined, self.mentions = self.mentions, []
        for m in joined:
            self.add(m)

    @property
    def anchor(self) -> Mention:
        return self.mentions[0]

    @property
    def merge_key(self) -> str:
        """The event's id unless an older event of the same type, month and parties has it."""
        return stable_id("event", self.type, (self.best_date[0] or "")[:7], *self.anchor_actors)

    @property
    def month(self) -> str | None:
        """The month a mention must share to be compatible (see month_key), or None when
        its reports are dated more coarsely or, through a `merge` correction, to several
        months at the finest precision: the index of clusters files it under every month."""
        months = {month_key(d, self._top_precision) for d in self._top_dates}
        best = month_key(*self.best_date)
        return best if months <= {best} else None

    def add(self, m: Mention) -> None:
        if not self.type:
            self.type, self.anchor_key, self.anchor_id = m.type, m.key, m.id
            self.anchor_actors = tuple(sorted(m.actors))
        self.mentions.append(m)
        self.actors.update(m.parties)
        self.firms |= m.firms
        if m.amount:
            self.amounts.add(m.amount)
        self.has_records = self.has_records or m.origin != "nlp"
        self.marks |= m.marks
        self.agents |= m.agents
        self.people |= m.people
        self.article_dates.setdefault(m.article, set()).add((m.date, m.precision))
        if m.date:
            self._count_date(m)

    def state(self) -> dict[str, Any]:
        """What deciding whether a later mention joins needs, without the mentions."""
        return {
            "rules": RULES,
            "actors": sorted(self.actors),
            "firms": sorted(self.firms),
            "anchor_actors": list(self.anchor_actors),
            "amounts": sorted(self.amounts),
            "has_records": self.has_records,
            "marks": sorted(self.marks),
            "agents": sorted(self.agents),
            "people": sorted(self.people),
            "article_dates": {
                a: [[d, p] for d, p in sorted(dates, key=lambda x: (x[0] or "", x[1] or ""))]
                for a, dates in self.article_dates.items()
            },
            "best_date": list(self.best_date),
            "top_rank": self._top_rank,
            "top_dates": [[d, [list(s) for s in who]] for d, who in self._top_dates.items()],
            "top_precision": self._top_precision,
        }

    @classmethod
    def restore(cls, event_type: str, anchor_key: str, anchor_id: str, state: dict) -> Cluster:
        """A cluster as `state()` saved it; its mentions stay in the database."""
        c = cls(type=event_type, anchor_key=anchor_key, anchor_id=anchor_id)
        c.anchor_actors = tuple(state["anchor_actors"])
        c.actors = set(state["actors"])
        c.firms = set(state.get("firms", ()))
        c.amounts = set(state["amounts"])
        c.has_records = state["has_records"]
        c.marks = set(state["marks"])
        c.agents = set(state["agents"])
        c.people = set(state.get("people", ()))
        c.article_dates = {
            a: {(d, p) for d, p in dates} for a, dates in state["article_dates"].items()
        }
        c.best_date = (state["best_date"][0], state["best_date"][1])
        c._top_rank = state["top_rank"]
        c._top_dates = {d: [(o, t) for o, t in who] for d, who in state["top_dates"]}
        c._sources = {d: _Sources(who) for d, who in c._top_dates.items()}
        c._top_precision = state["top_precision"]
        return c

    def _count_date(self, m: Mention) -> None:
        """Among the finest-precision dates, the one the most independent sources report
        (the first reported on a tie)."""
        rank = PRECISION_RANK.get(m.precision or "", -1)
        if self._top_rank is None or rank > self._top_rank:
            self._top_rank, self._top_precision = rank, m.precision
            self._top_dates, self._sources = {}, {}
        if rank == self._top_rank and m.date is not None:
            counted = self._sources.setdefault(m.date, _Sources())
            if counted.add(m.source):  # a new (outlet, sentence) pair
                self._top_dates.setdefault(m.date, []).append(m.source)
            best, most = None, 0
            for value in self._top_dates:
                if self._sources[value].count > most:
                    best, most = value, self._sources[value].count
            self.best_date = best, self._top_precision


def parties_of(actors: tuple[str, ...], day: str) -> frozenset[str]:
    """The parties a report names: each actor, or the party it is linked to (PARTY_LINKS),
    with the department an office belongs to (PARTY_PARENTS);
    the White House, and the president in office, as the administration in office on `day`
    (the report's date, or its publication day when undated); themselves when no one is
    known to be in office over the whole of that day (see `_in_office`)."""
    out = set()
    for actor in actors:
        if actor == EXECUTIVE or actor in PRESIDENTS:
            office = _in_office(day)
            if office and (actor == EXECUTIVE or actor == office[1]):
                actor = office[0]
        out.add(PARTY_LINKS.get(actor, actor))
        if actor in PARTY_PARENTS:
            out.add(PARTY_PARENTS[actor])
    return frozenset(out)


@lru_cache(maxsize=4096)
def _in_office(value: str) -> tuple[str, str] | None:
    """The administration and president in office over the whole of a date (a day, a week,
    a month, a year), or None when none is known or the date spans an inauguration."""
    week, quarter = _week_days(value), _QUARTER.match(value)
    first, last = (week[0], week[2]) if week else (value, value + "\uffff")
    if quarter:  # its first month to the end of its last
        n = int(quarter[2])
        first, last = f"{quarter[1]}-{3 * n - 2:02d}", f"{quarter[1]}-{3 * n:02d}\uffff"
    office = [(who, president) for start, who, president in PRESIDENCIES if start <= first]
    if not office or not value[:4].isdigit():
        return None
    if any(first < start <= last for start, _, _ in PRESIDENCIES):
        return None  # "January 2025": Biden's three weeks or Trump's?
    return office[-1]


class _Sources:
    """Independent sources of one date, counted as they come: reports of one outlet, or
    sharing a long sentence word for word (a syndicated copy), count once."""

    def __init__(self, sources: list[tuple[str, str]] | None = None) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}
        self.count = 0
        for source in sources or []:
            self.add(source)

    def _find(self, x: tuple[str, str]) -> tuple[str, str]:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def add(self, source: tuple[str, str]) -> bool:
        """Count a report's (outlet, sentence); False when that pair was counted already."""
        outlet, sentence = ("o", source[0]), ("s", source[1])
        known_outlet, known_sentence = outlet in self.parent, sentence in self.parent
        if known_outlet and (not source[1] or known_sentence):
            if not source[1] or self._find(outlet) == self._find(sentence):
                return False
        if not known_outlet:
            self.parent[outlet] = outlet
            self.count += 1
        if source[1]:
            if not known_sentence:
                self.parent[sentence] = self._find(outlet)
            else:
                a, b = self._find(outlet), self._find(sentence)
                if a != b:
                    self.parent[b] = a
                    self.count -= 1
        return True


def independent(sources: list[tuple[str, str]]) -> int:
    """How many independent sources among (outlet, sentence) pairs (see _Sources)."""
    return _Sources(sources).count


_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


@lru_cache(maxsize=8192)  # called for every date comparison; few distinct values
def _week_days(value: str) -> tuple[str, str, str] | None:
    """An ISO week's Monday, Thursday and Sunday, or None when it is not one."""
    m = _WEEK.match(value)
    if not m:
        return None
    try:
        days = [Day.fromisocalendar(int(m[1]), int(m[2]), d).isoformat() for d in (1, 4, 7)]
    except ValueError:
        return None
    return days[0], days[1], days[2]


def _month_of(value: str) -> str:
    """The month a date stands in: an ISO week counts as the month of its Thursday."""
    week = _week_days(value)
    return week[1][:7] if week else value[:7]


def compatible_dates(a: str | None, pa: str | None, b: str | None, pb: str | None) -> bool:
    """One inside the other: a "February" report matches a "2026-02-24" one, a day matches
    its ISO week, a week the month of its Thursday; two days must be equal. Never across
    years (a merge compares mentions of one year only, see cluster_mentions)."""
    if a is None or b is None:
        return a is None and b is None
    if a[:4] != b[:4]:
        return False
    ra, rb = PRECISION_RANK.get(pa or "", 0), PRECISION_RANK.get(pb or "", 0)
    if ra < rb:  # a is the coarser
        a, ra, b, rb = b, rb, a, ra
    coarse, fine, rank = b, a, rb
    if rank >= PRECISION_RANK["day"]:
        return coarse == fine
    if rank == PRECISION_RANK["week"]:
        week = _week_days(coarse)
        if coarse == fine or week is None:
            return coarse == fine
        return len(fine) == 10 and week[0] <= fine <= week[2]  # a day in the week
    if rank == PRECISION_RANK["month"]:
        return len(coarse) >= 7 and _month_of(coarse) == _month_of(fine)
    if rank == PRECISION_RANK["quarter"]:
        quarter = _QUARTER.match(coarse)
        if quarter is None or len(fine) < 7:
            return True  # same year
        month = _month_of(fine)
        return month[5:7].isdigit() and (int(month[5:7]) - 1) // 3 + 1 == int(quarter[2])
    return True  # same year


def _actors_overlap(cluster: Cluster, m: Mention, same_day: bool) -> bool:
    theirs, ours = cluster.actors, m.parties
    if not theirs or not ours:
        return not theirs and not ours
    common = theirs & ours
    if not common - UBIQUITOUS and theirs - UBIQUITOUS and ours - UBIQUITOUS:
        return False  # two reports that share only the Pentagon are about different parties
    if not same_day and bool(theirs - UBIQUITOUS) != bool(ours - UBIQUITOUS):
        # "the Pentagon" alone against named parties: only on the same day, or when both
        # give the same sum ("Pentagon contracts of up to $200 million in July" are the
        # July 14 awards of up to $200 million each)
        return bool(m.amount) and bool(cluster.amounts) and _amounts_agree(cluster, m)
    shared = len(common)
    if same_day or min(len(theirs), len(ours)) < 2:
        return True
    return shared >= 2 or shared / len(theirs | ours) >= 0.5


def _amounts_agree(cluster: Cluster, m: Mention) -> bool:
    if not m.amount or not cluster.amounts:
        return True
    return any(abs(a - m.amount) <= 0.01 * max(a, m.amount) for a in cluster.amounts)


def _one_budget(cluster: Cluster, m: Mention, date: str | None, precision: str | None) -> bool:
    """A budget request told by two outlets on its day, one by its total and one by its base
    ("a $961.6 billion request", "a base budget of $848.3 billion"): one request. Only for
    `funding` on one day, between the same parties, from another article."""
    return (
        cluster.type == "funding"
        and precision == "day"
        and m.precision == "day"
        and m.date == date
        and m.article not in cluster.article_dates
        and _actors_overlap(cluster, m, same_day=True)
    )


def _same_actors(cluster: Cluster, m: Mention) -> bool:
    """The same parties, near enough that differing days are a conflict, not two events."""
    theirs, ours = cluster.actors, m.parties
    shared = len(theirs & ours)
    return shared >= 2 and shared / len(theirs | ours) >= 0.5


def _same_parties(cluster: Cluster, m: Mention) -> bool:
    """What a report with little date evidence needs: at least one party in common besides
    the ubiquitous ones, and at least half of all of them in common, not counting the
    Pentagon; and when each side names a party the other does not, one of them an
    organisation or a country, half of all of them counting the Pentagon too. Sharing the
    Pentagon says nothing and leaving it out is a shorter telling, but naming it where the
    other report names another body is naming another party: "the Pentagon designated
    Anthropic" and "Trump labelled Anthropic a risk" (the administration), or Anthropic's
    work with the Pentagon and its work with the national laboratories, are two, while
    "Anthropic was designated" is either's shorter telling. A person in the Pentagon's place
    may act for it (its secretary) or for the other side (its chief executive), so people
    alone do not part reports. (Only ever stricter than the first test, so `_Shelf` still
    finds every candidate.)"""
    theirs, ours = cluster.actors - UBIQUITOUS, m.parties - UBIQUITOUS
    shared = len(theirs & ours)
    if not (shared >= 1 and shared / len(theirs | ours) >= 0.5):
        return False
    everyone, named = cluster.actors, m.parties
    if everyone <= named or named <= everyone:
        return True
    if (theirs ^ ours) <= cluster.people | m.people:
        return True
    return shared / len(everyone | named) >= 0.5


def _pentagon_only(cluster: Cluster, m: Mention, date: str | None, precision: str | None) -> bool:
    """Two reports dated to one year (not undated) of which one names only the Pentagon and
    the other the Pentagon too: "Maven, initiated in 2017" and "work on the project began in
    2017", where the extractor could not name "the project". Naming only the Pentagon says
    only who acted, like a report that leaves a party out, so it is the other's shorter
    telling; `_published_near` still asks both within UNDATED_DAYS. Undated reports keep
    needing a party in common besides the Pentagon (folding them was tried and hurts)."""
    if not (date and m.date and _coarse(precision) and _coarse(m.precision)):
        return False
    theirs, ours = cluster.actors, m.parties
    if ours and ours <= UBIQUITOUS:
        return ours <= theirs
    return bool(theirs) and theirs <= UBIQUITOUS and theirs <= ours


def _coarse(precision: str | None) -> bool:
    """A year, a decade or no precision: a date that says little about which event."""
    return PRECISION_RANK.get(precision or "", 0) <= PRECISION_RANK["year"]


def _published_near(cluster: Cluster, m: Mention) -> bool:
    """Undated reports are of one event only when published within UNDATED_DAYS of its
    first: "the designation" a month later is as likely another step of the story."""
    first, this = cluster.anchor_key[:10], (m.published or "")[:10]
    try:
        return abs((Day.fromisoformat(this) - Day.fromisoformat(first)).days) <= UNDATED_DAYS
    except ValueError:
        return False


def _kept_apart(cluster: Cluster, m: Mention) -> bool:
    """A `split` correction keeps this report out of the event of the other side's report."""
    return any(mark[0] == "s" and _other_side(mark) in cluster.marks for mark in m.marks)


def _other_side(mark: str) -> str:
    return mark[:-1] + ("b" if mark[-1] == "a" else "a")


def _dated_apart(cluster: Cluster, m: Mention) -> bool:
    """The event holds a report of the same article dated otherwise. The extractor already
    folds an article's retellings, so an article that says "in 2016" and "in October 2016",
    or "March 4" and "March 5", is telling of two happenings, however close the dates."""
    dates = cluster.article_dates.get(m.article)
    return bool(dates) and any(d != (m.date, m.precision) for d in dates)


def _speakers_differ(cluster: Cluster, m: Mention) -> bool:
    """Both say who acted, and no one in common: Amodei's statement and Altman's the same
    day are two statements, however many parties they otherwise share."""
    if cluster.type not in AGENT_TYPES:
        return False
    ours = m.agents
    return bool(ours) and bool(cluster.agents) and not ours & cluster.agents


def _told_alike(cluster: Cluster, m: Mention) -> bool:
    """The event holds a report of the same article dated to the same day. The extractor
    folds an article's retellings, but not always: "a key senator announced Tuesday a
    Senate caucus" and "I'm announcing today the Golden Dome Caucus" name no party in
    common, and one article giving one type and one day twice tells of one happening."""
    return m.precision == "day" and (m.date, m.precision) in cluster.article_dates.get(
        m.article, ()
    )


def _firms_differ(cluster: Cluster, m: Mention) -> bool:
    """Two awards that name their companies, none in common: UTC's award and Lockheed's on
    the same day from the same service are two contracts."""
    return (
        cluster.type == "contract"
        and bool(m.firms)
        and bool(cluster.firms)
        and not (m.firms & cluster.firms)
    )


def _records_agree(cluster: Cluster, m: Mention) -> bool:
    """Each award notice is its own award; a news report joins one only through its company."""
    if m.origin != "nlp":
        if cluster.has_records:
            return False
        return bool((cluster.actors & m.parties) - UBIQUITOUS)
    return not cluster.has_records or bool((cluster.actors & m.parties) - UBIQUITOUS)


def belongs(cluster: Cluster, m: Mention) -> bool:
    """Same type, agreeing amounts and award records, compatible dates, overlapping actors.

    Undated reports, and reports dated only to a year (or events so dated), need the same
    parties and a first report published within UNDATED_DAYS: a shared actor alone would
    fold every undated statement naming Anthropic into one, and a year says as little as
    no date about which step of a story it is. An article that dates two reports
    otherwise tells of two happenings (`_dated_apart`), one that gives one type and day
    twice of one (`_told_alike`); statements by other speakers are two (`_speakers_differ`),
    and so are statements a day apart, whoever speaks (the ±1-day rule is for other types).
    Parties, not entities, are compared (`Mention.parties`). The date test comes first
    among the rest: it is the cheapest and the one most candidates fail.
    """
    if cluster.type != m.type or (m.marks and _kept_apart(cluster, m)):
        return False
    if _dated_apart(cluster, m) or _speakers_differ(cluster, m) or _firms_differ(cluster, m):
        return False
    if _told_alike(cluster, m):
        return _amounts_agree(cluster, m) and _records_agree(cluster, m)
    date, precision = cluster.best_date
    if compatible_dates(date, precision, m.date, m.precision) or any(
        compatible_dates(other, precision, m.date, m.precision)
        for other in cluster._top_dates
        if other != date  # a day as precise as the chosen one that other reports give
    ):
        if not _records_agree(cluster, m):
            return False
        if not _amounts_agree(cluster, m) and not _one_budget(cluster, m, date, precision):
            return False
        if _coarse(precision) or _coarse(m.precision):  # undated, or a year at most
            if _pentagon_only(cluster, m, date, precision):
                return _published_near(cluster, m)
            return _same_parties(cluster, m) and _published_near(cluster, m)
        same_day = precision == "day" and m.precision == "day"
        return _actors_overlap(cluster, m, same_day)
    # Reports a day apart on one meeting between the same parties (a late wire, a time zone)
    # are one event; the other day stays visible in `other_dates`. Further apart, or an
    # unrelated article that happens to name the same two people, they are two. Not for
    # statements (AGENT_TYPES): a speaker who spoke on Thursday and "as we wrote on Friday"
    # spoke twice, and a statement is told apart by its day as by its speaker.
    return (
        precision == "day"
        and m.precision == "day"
        and cluster.type not in AGENT_TYPES
        and _days_apart(date, m.date) <= CONFLICTING_DAYS
        and month_key(date, precision) == month_key(m.date, m.precision)
        and _amounts_agree(cluster, m)
        and _records_agree(cluster, m)
        and _same_actors(cluster, m)
    )


def _days_apart(a: str | None, b: str | None) -> int:
    try:
        return abs((Day.fromisoformat(a or "") - Day.fromisoformat(b or "")).days)
    except ValueError:
        return 1 << 30


def load_mentions(db: sqlite_utils.Database, where: str = "", params: tuple = ()) -> list[Mention]:
    """Mentions in merge order, all of them or those `where` (over m, a and key) selects."""
    key = MENTION_KEY_SQL.format(a="a", m="m")
    rows = db.query(
        f"""
        SELECT * FROM (
          SELECT m.id, m.type, m.date, m.precision, m.status, m.amount_usd, m.confidence,
                 m.sentence, m.article_id, a.outlet, a.url, a.published, a.fetched_at,
                 m.origin, m.event_id, m.deadline, {key} AS key
          FROM event_mentions m JOIN articles a ON a.id = m.article_id
          {"WHERE " + where if where else ""}
        ) ORDER BY key
        """,  # noqa: S608 - `where` is our own SQL; values are bound
        params,
    )
    mentions = {
        r["id"]: Mention(
            id=r["id"],
            type=r["type"],
            date=r["date"],
            precision=r["precision"],
            status=r["status"],
            amount=r["amount_usd"],
            confidence=r["confidence"] or 0.0,
            sentence=r["sentence"],
            article=r["article_id"],
            outlet=r["outlet"] or "",
            url=r["url"],
            published=r["published"],
            fetched_at=r["fetched_at"],
            origin=r["origin"],
            deadline=r["deadline"],
            actors={},
            key=r["key"],
            event_id=r["event_id"],
        )
        for r in rows
    }
    if not mentions:
        return []
    actor_sql = """SELECT ma.mention_id, ma.entity_id, ma.role, e.name, e.type, e.tags
           FROM event_mention_actors ma
           JOIN entities e ON e.id = ma.entity_id {where}
           ORDER BY ma.mention_id, ma.position, ma.entity_id"""
    if where:
        ids = list(mentions)
        found = []
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            found += db.query(
                actor_sql.format(where=f"WHERE ma.mention_id IN ({', '.join('?' * len(chunk))})"),
                chunk,
            )
    else:
        found = db.query(actor_sql.format(where=""))
    short: set[str] = set()  # articles whose reports here name a person by one word
    for r in found:
        if r["mention_id"] in mentions:
            m = mentions[r["mention_id"]]
            m.actors.setdefault(r["entity_id"], (r["name"], r["role"]))
            m.kinds[r["entity_id"]] = r["type"]
            if r["type"] == "ORG" and "government" not in json.loads(r["tags"] or "[]"):
                m.firms |= {r["entity_id"]}
            if r["type"] == "PERSON" and "-" not in r["entity_id"]:
                short.add(m.article)  # a person named by one word: see `surnames`
    same_as = surnames(db, sorted(short) if where else None) if short else {}
    for m in mentions.values():
        full = same_as.get(m.article)
        if full:
            m.same_as = {a: full[a] for a in m.actors if a in full}
    if has_corrections(db):
        wrong, marks, types = applied(db, list(mentions) if where else None)
        for mid, m in mentions.items():
            m.marks = frozenset(marks.get(mid, ()))
            m.type = types.get(mid, m.type)
        for mid in wrong:
            mentions.pop(mid, None)
    return list(mentions.values())


def surnames(db: sqlite_utils.Database, articles: list[str] | None) -> dict[str, dict[str, str]]:
    """For each article (all of them when None), the people it names by one word that is
    the last word of exactly one other person it names in full: "Senator Warren" in a
    headline is the Elizabeth Warren of its text. Read by entity id (`warren`,
    `elizabeth-warren`), which a renamed entity keeps, from all of the article's reports,
    so a report's parties do not depend on which of them a merge loads."""
    # for some articles, CROSS JOIN keeps SQLite to this order: a seek on each article;
    # for all of them, the people first (through the entities' type index)
    sql = """SELECT DISTINCT m.article_id, e.id FROM event_mentions m
        CROSS JOIN event_mention_actors ma CROSS JOIN entities e
        WHERE ma.mention_id = m.id AND e.id = ma.entity_id AND e.type = 'PERSON' {where}"""
    rows: list = []
    if articles is None:
        rows = db.execute(
            "SELECT DISTINCT m.article_id, e.id FROM entities e"
            " JOIN event_mention_actors ma ON ma.entity_id = e.id"
            " JOIN event_mentions m ON m.id = ma.mention_id WHERE e.type = 'PERSON'"
        ).fetchall()
    else:
        for i in range(0, len(articles), 500):
            chunk = articles[i : i + 500]
            where = f"AND m.article_id IN ({', '.join('?' * len(chunk))})"
            rows += db.execute(sql.format(where=where), chunk).fetchall()
    people: dict[str, list[str]] = {}
    for article, entity in rows:
        people.setdefault(article, []).append(entity)
    out: dict[str, dict[str, str]] = {}
    for article, named in people.items():
        full: dict[str, list[str]] = {}
        for entity in named:
            words = entity.split("-")
            if len(words) > 1:
                full.setdefault(words[-1], []).append(entity)
        for entity in named:
            whole = full.get(entity, []) if "-" not in entity else []
            if len(whole) == 1:
                out.setdefault(article, {})[entity] = whole[0]
    return out


def home_for(clusters: Iterable[Cluster], m: Mention) -> Cluster | None:
    """The cluster `m` joins among `clusters` (oldest first), or None to start its own.

    A `merge` correction puts it in the cluster holding the other side's report when there
    is one (a `split` still keeps it out); otherwise it joins the first that it `belongs` to.
    """
    tried = list(clusters)
    wanted = {_other_side(mark) for mark in m.marks if mark[0] == "m"}
    if wanted:
        for c in tried:
            if c.type == m.type and c.marks & wanted and not _kept_apart(c, m):
                return c
    return next((c for c in tried if belongs(c, m)), None)


def cluster_mentions(mentions: list[Mention]) -> list[Cluster]:
    """Each mention joins the first cluster (in order of creation) it belongs to, else starts one.

    Only clusters that could take it are tried: `belongs` needs the same type and the same
    year (every branch of `compatible_dates` compares at least the year, and a cluster's
    year is its first mention's), and, for a mention naming someone besides the Pentagon, a
    shared actor or a cluster with no one besides the Pentagon. This keeps a merge of
    hundreds of thousands of mentions near linear without changing its result.
    """
    clusters: list[Cluster] = []
    shelf: dict[tuple[str, str | None], _Shelf] = {}
    for m in mentions:
        here = shelf.setdefault((m.type, m.date[:4] if m.date else None), _Shelf())
        tried = here.candidates(m)
        found = home_for((clusters[c] for c in tried), m)
        if found is None:
            home = len(clusters)
            clusters.append(Cluster())
            here.every.append(home)
        else:
            home = next(c for c in tried if clusters[c] is found)
        clusters[home].add(m)
        here.file(home, clusters[home], m)
    return clusters


def month_key(date: str | None, precision: str | None) -> str | None:
    """The month a date must share with another to be compatible, or None when a coarser
    comparison (year, week, unknown precision) applies; see compatible_dates."""
    if not date or len(date) < 7 or "W" in date:
        return None
    return date[:7] if PRECISION_RANK.get(precision or "", 0) >= PRECISION_RANK["month"] else None


class _Shelf:
    """Clusters of one type and year, indexed so that a mention tries only those that could
    take it: exactly the clusters `belongs` might accept, never fewer (see `candidates`).

    Three families of keys, each implied by a branch of `belongs`:

    - an undated cluster takes only undated reports that share at least half of its parties
      (`_same_parties`) and are published within UNDATED_DAYS of its first report: keyed by
      party, party count and the day of its first report;
    - a cluster dated to a year or more coarsely, and any dated cluster when the report is
      dated that coarsely, need `_same_parties` too: keyed by party and party count;
    - otherwise the dates decide (`compatible_dates`, or the ±1-day rule): a cluster dated to
      the day is keyed by each of its top dates, its days' months and its chosen day; one
      dated to the month by its months; weeks and quarters go under "misc", tried by every
      report dated to a day or a month. Each of these keys is also split by party, since
      `_actors_overlap` and `_same_actors` need a common party besides the Pentagon (or a
      cluster that names no one else).
    """

    def __init__(self) -> None:
        self.every: list[int] = []
        self.filed: dict[int, _Filing] = {}  # what each cluster is filed under
        self.signature: dict[int, tuple] = {}  # what that was computed from
        self.by_key: dict[tuple, set[int]] = {}
        self.by_mark: dict[str, set[int]] = {}  # corrections their reports carry

    def candidates(self, m: Mention) -> list[int]:
        """Clusters that could take `m`, oldest first, and any holding the other side of a
        `merge` correction of `m`."""
        found: set[int] = set()
        for mark in m.marks:
            if mark[0] == "m":
                found |= self.by_mark.get(_other_side(mark), set())
        get = self.by_key.get
        if m.precision == "day":  # the article's own reports of that day (`_told_alike`)
            found |= get(("a", m.article, m.date), set())
        for key in self._probes(m):
            hit = get(key)
            if hit:
                found |= hit
        return sorted(found)

    def _probes(self, m: Mention) -> list[tuple]:
        ours = set(m.parties - UBIQUITOUS)
        if m.date is None:  # only undated clusters, within UNDATED_DAYS of their first report
            day = _ordinal((m.published or "")[:10])
            if day is None:
                return []
            return [
                ("u", actor, size, near)
                for actor, size in self._same_party_keys(ours)
                for near in range(day - UNDATED_DAYS, day + UNDATED_DAYS + 1)
            ]
        probes: list[tuple] = [("c", actor, size) for actor, size in self._same_party_keys(ours)]
        if _coarse(m.precision):  # a year or coarser: `_same_parties` whatever the cluster
            probes += [("f", actor, size) for actor, size in self._same_party_keys(ours)]
            if m.date is not None:  # `_pentagon_only`: a year-dated cluster naming the Pentagon
                kind = "cp0" if ours else "cp"  # (only it, when the report names others)
                probes += [(kind, u) for u in sorted(m.parties & UBIQUITOUS)]
            return probes
        if m.precision == "day":
            tags: list[tuple] = [("d", m.date), ("m3", _month_of(m.date)), ("misc",)]
            day = _ordinal(m.date)
            if day is not None:  # the ±1-day rule reads the cluster's chosen day only
                tags += [("b", near) for near in (day - 1, day, day + 1)]
        elif m.precision == "month":
            tags = [("misc",)] + ([("dm", _month_of(m.date))] if len(m.date) >= 7 else [])
        else:  # a week or a quarter: any finely dated cluster
            tags = [("all",)]
        if not ours:  # the Pentagon alone, or no one: any cluster of those dates
            return probes + tags
        return probes + [(*tag, actor) for tag in tags for actor in (*sorted(ours), _NO_ONE_ELSE)]

    def _same_party_keys(self, ours: set[str]) -> list[tuple[str, int]]:
        """(party, party count) keys under which every cluster passing `_same_parties` with a
        report naming `ours` is filed (counts from PARTY_CAP on are filed as PARTY_CAP).

        With b = len(ours), a cluster naming a parties (besides the ubiquitous ones) passes
        only if it shares s >= max(1, (a + b) / 3) of them, so a is between b/2 and 2b, and
        it names at least one of any b - s + 1 of ours: the least frequent ones are tried.
        """
        b = len(ours)
        if not b:
            return []
        order = sorted(ours, key=lambda x: (len(self.by_key.get(("n", x), ())), x))
        keys = []
        for a in range(1, min(2 * b, PARTY_CAP) + 1):  # a = PARTY_CAP: any count from there
            shared = max(1, -(-(a + b) // 3))
            if shared <= min(b, a if a < PARTY_CAP else b):
                keys += [(actor, a) for actor in order[: b - shared + 1]]
        return keys

    def file_whole(self, index: int, cluster: Cluster) -> None:
        """Index a cluster made elsewhere (restored, rebuilt) under everything it holds."""
        self.every.append(index)
        for mark in cluster.marks:
            self.by_mark.setdefault(mark, set()).add(index)
        for article, dates in cluster.article_dates.items():
            for date, precision in dates:
                if precision == "day":
                    self.by_key.setdefault(("a", article, date), set()).add(index)
        self._refile(index, cluster)

    def file(self, index: int, cluster: Cluster, joined: Mention) -> None:
        """Index the cluster again after `joined` joined it."""
        for mark in joined.marks:
            self.by_mark.setdefault(mark, set()).add(index)
        if joined.precision == "day":  # see `_told_alike`
            self.by_key.setdefault(("a", joined.article, joined.date), set()).add(index)
        self._refile(index, cluster)

    def _refile(self, index: int, cluster: Cluster) -> None:
        # a cluster's actors and top dates only grow, and its top precision only gets finer
        signature = (
            len(cluster.actors),
            cluster.best_date,
            cluster._top_precision,
            len(cluster._top_dates),
            cluster.anchor_key,
        )
        if self.signature.get(index) == signature:
            return
        self.signature[index] = signature
        new = _filing(cluster)
        old = self.filed.get(index)
        self.filed[index] = new
        if old is not None and (old.scope, old.tags, old.size) == (new.scope, new.tags, new.size):
            # only parties were added (to a cluster naming PARTY_CAP or more): file under those
            added = new.parties - old.parties
            if added:
                self._add(index, _Filing(new.scope, new.tags, new.size, added), bare=False)
            return
        if old is not None:
            for key in old.keys(bare=True):
                self.by_key[key].discard(index)
        self._add(index, new, bare=True)

    def _add(self, index: int, filing: _Filing, *, bare: bool) -> None:
        for key in filing.keys(bare=bare):
            self.by_key.setdefault(key, set()).add(index)


# Party counts from this one on are filed together: a cluster that big keeps its keys as
# it grows, and only a report naming PARTY_CAP / 2 or more parties looks them up.
PARTY_CAP = 8
_NO_ONE_ELSE = "\x00"  # the party key of clusters that name no one besides the Pentagon


@dataclass(frozen=True)
class _Filing:
    """What a cluster is filed under in its `_Shelf` (see `_filing`)."""

    scope: tuple  # ("u", day of its first report), ("c",) or ("f",); () for nowhere
    tags: frozenset[tuple]  # its dates, when finer than a year
    size: int  # how many parties besides the ubiquitous ones, up to PARTY_CAP
    parties: frozenset[str]  # those parties

    def keys(self, *, bare: bool) -> list[tuple]:
        """Every key; with `bare` False, not the keys that name no party (already filed)."""
        keys: list[tuple] = [("n", actor) for actor in self.parties]
        if self.scope[:1] == ("u",):
            keys += [("u", actor, self.size, self.scope[1]) for actor in self.parties]
        elif self.scope:
            keys += [(self.scope[0], actor, self.size) for actor in self.parties]
        if self.tags:
            if bare:
                keys += list(self.tags)
            for actor in self.parties or ((_NO_ONE_ELSE,) if bare else ()):
                keys += [(*tag, actor) for tag in self.tags]
        return keys


def _ordinal(value: str | None) -> int | None:
    """A day as `_days_apart` and `_published_near` read it, or None when they cannot."""
    try:
        return Day.fromisoformat(value or "").toordinal()
    except ValueError:
        return None


def _filing(cluster: Cluster) -> _Filing:
    """Everything `_Shelf._probes` may look a cluster up by (see `_Shelf`)."""
    theirs = frozenset(cluster.actors - UBIQUITOUS)
    size = min(len(theirs), PARTY_CAP)
    date, precision = cluster.best_date
    if date is None:
        first = _ordinal(cluster.anchor_key[:10])
        return _Filing(("u", first) if first is not None else (), frozenset(), size, theirs)
    if _coarse(precision):  # and `_pentagon_only`'s keys: the Pentagon, and it alone
        ubiquitous = cluster.actors & UBIQUITOUS
        tags = {("cp", u) for u in ubiquitous} | {("cp0", u) for u in ubiquitous if not theirs}
        return _Filing(("c",), frozenset(tags), size, theirs)
    dates = {date, *cluster._top_dates}
    tags: set[tuple] = {("all",)}
    if precision == "day":
        tags |= {("d", d) for d in dates} | {("dm", _month_of(d)) for d in dates}
        chosen = _ordinal(date)
        if chosen is not None:
            tags.add(("b", chosen))
    elif precision == "month":
        tags |= {("m3", _month_of(d)) for d in dates if len(d) >= 7}
        tags |= {("dm", _month_of(d)) for d in dates}
    elif precision == "week":
        tags |= {("misc",)} | {("dm", _month_of(d)) for d in dates}
    else:  # a quarter
        tags.add(("misc",))
    return _Filing(("f",), frozenset(tags), size, theirs)


def headline(
    event_type: str, actors: list[tuple[str, str, str]], kinds: dict[str, str] | None = None
) -> str:
    """A readable line from type and actors (agents first, then counterparts).

    "A designates B" only when the reports say who acted (an agent) and on whom; otherwise
    the type and the names, so a headline never claims who did what to whom on a guess.
    With the actors' kinds (`kinds`, entity id -> type): a meeting of people names the
    people ("Dario Amodei meets Pete Hegseth", not "… meets Anthropic"), and what is
    launched is a product, never a company or the Pentagon; in any other event a product is
    no party (annotation.md: its maker is), so "Partnership: Grok and xAI" reads
    "Partnership: xAI" and "Claude designates …" cannot be written. A funding names the
    funded party (its `target`) before its investor: "Funding: Scale AI from Meta".
    """
    kinds = kinds or {}
    if event_type != "launch":
        actors = [a for a in actors if kinds.get(a[0]) != "PRODUCT"] or actors
    names = [name for _, name, _ in actors]
    if not names:
        return event_type.title()
    template = HEADLINES.get(event_type, event_type.title() + ": {a}")
    if event_type == "meeting":
        people = [name for ent, name, _ in actors if kinds.get(ent) == "PERSON"]
        if len(people) > 1:
            return template.format(a=people[0], b=" and ".join(people[1:3]))
    if event_type == "funding":
        # "Meta invested $14.3 billion in Scale AI": the funded company (the one invested
        # in, a `target`) is the headline's subject, the investor named after it; "Funding:
        # Meta" would read as Meta raising the money
        funded = [name for _, name, role in actors if role == "target"]
        backers = [name for _, name, role in actors if role == "agent"]
        if funded and backers:
            return f"Funding: {' and '.join(funded[:2])} from {' and '.join(backers[:2])}"
        if funded:
            return template.format(a=" and ".join(funded[:2]))
    if event_type in DIRECTED:
        agents = [name for _, name, role in actors if role == "agent"]
        others = [
            name
            for ent, name, role in actors
            if role != "agent"
            # what is launched is a product; one it came "with" (a participant) was not
            and (
                event_type != "launch"
                or (kinds.get(ent, "PRODUCT") == "PRODUCT" and role != "participant")
            )
        ]
        if agents and others:
            return template.format(a=agents[0], b=" and ".join(others[:2]))
    elif "{b}" not in template or len(names) > 1:
        return template.format(a=names[0], b=" and ".join(names[1:3]))
    return f"{event_type.title()}: {' and '.join(names[:3])}"


def event_id(merge_key: str, anchor_id: str, first: bool) -> str:
    """The oldest event of a merge key takes the key; the others add their anchor's id."""
    return merge_key if first else stable_id(merge_key, anchor_id)


def assign_ids(clusters: list[Cluster]) -> list[str]:
    """Ids for clusters that are all the clusters of their merge keys."""
    oldest: dict[str, str] = {}
    for c in sorted(clusters, key=lambda c: c.anchor_key):
        oldest.setdefault(c.merge_key, c.anchor_key)
    return [
        event_id(c.merge_key, c.anchor_id, oldest[c.merge_key] == c.anchor_key) for c in clusters
    ]


def _deadline(mentions: list[Mention]) -> str | None:
    """The deadline the reports give: the most precise (by its shape, as `shape_precision`
    reads it), then the one the most reports give, then the first reported."""
    votes = Counter(m.deadline for m in mentions if m.deadline)
    order = {d: i for i, d in reversed(list(enumerate(m.deadline for m in mentions)))}
    return max(
        votes,
        key=lambda d: (PRECISION_RANK.get(shape_precision(d) or "", -1), votes[d], -order[d]),
        default=None,
    )


def _event_row(c: Cluster, eid: str) -> tuple[dict[str, Any], list[tuple[str, str, str]]]:
    date, precision = c.best_date
    anchor = c.anchor
    role_votes: dict[str, Counter] = {}
    names: dict[str, str] = {}
    kinds: dict[str, str] = {}
    weight: Counter = Counter()
    for m in c.mentions:
        kinds.update(m.kinds)
        for ent, (name, role) in m.actors.items():
            role_votes.setdefault(ent, Counter())[role] += 1
            names.setdefault(ent, name)  # first-seen order breaks ties below
            weight[ent] += 1
    order = {ent: i for i, ent in enumerate(names)}
    role_rank = {"agent": 0, "counterpart": 1, "target": 2, "participant": 3, "location": 4}
    actors = sorted(
        ((ent, names[ent], role_votes[ent].most_common(1)[0][0]) for ent in names),
        key=lambda x: (role_rank.get(x[2], 5), -weight[x[0]], order[x[0]]),
    )
    # a product is what was launched, deployed or used, never an actor (annotation.md): the
    # row names its maker; the product stays in `event_actors`, so its page finds the event
    shown = [a for a in actors if kinds.get(a[0]) != "PRODUCT"] or actors
    statuses = {m.status for m in c.mentions}
    status = next((s for s in STATUS_ORDER if s in statuses), None)
    amounts = Counter(m.amount for m in c.mentions if m.amount)
    evidence = max(enumerate(c.mentions), key=lambda im: (im[1].confidence, -im[0]))[1]
    dates = sorted({(m.date, m.precision) for m in c.mentions if m.date and m.date != date})
    row = {
        "id": eid,
        "type": anchor.type,
        "date": date,
        "precision": precision,
        "status": status,
        "headline": headline(anchor.type, actors, kinds),
        "actors": "; ".join(name for _, name, _ in shown),
        "actor_list": json.dumps([[ent, name] for ent, name, _ in shown], ensure_ascii=False),
        "amount_usd": amounts.most_common(1)[0][0] if amounts else None,
        "location": None,
        "outlets": len({m.outlet for m in c.mentions}),
        "mentions": len(c.mentions),
        "first_reported_at": anchor.published,
        "first_outlet": anchor.outlet,
        "first_url": anchor.url,
        "first_seen_at": min(m.fetched_at for m in c.mentions),
        "source_urls": " ".join(dict.fromkeys(m.url for m in c.mentions)),
        "evidence": evidence.sentence,
        "other_dates": json.dumps([f"{d} ({p})" for d, p in dates]),
        "deadline": _deadline(c.mentions),
        "search_text": search_text(actors, c.mentions),
    }
    return row, actors


def search_text(actors: list[tuple[str, str, str]], mentions: list[Mention]) -> str:
    """What search reads of an event besides its headline and evidence (events_fts): every
    actor's name (products too) and every report's sentence, each once, so a reader finds
    the ultimatum Hegseth issued by "Hegseth deadline" when only another report says so."""
    lines = [name for _, name, _ in actors] + [m.sentence for m in mentions]
    return "\n".join(dict.fromkeys(lines))


@dataclass
class MergeReport:
    events: int
    mentions: int
    skipped: bool = False  # nothing changed since the last merge
    reclustered: int | None = None  # mentions re-clustered by an incremental merge


def write_clusters(db: sqlite_utils.Database, clusters: list[Cluster], ids: list[str]) -> None:
    """Insert events, their actors and clustering state, and point their mentions at them."""
    events, event_actors, links, states = [], [], [], []
    for c, eid in zip(clusters, ids, strict=True):
        row, actors = _event_row(c, eid)
        events.append(row)
        event_actors.extend((eid, e, r, row["date"]) for e, _, r in actors)
        links.extend((eid, m.id) for m in c.mentions)
        year = c.anchor.shelf[1]
        states.append(
            (
                eid,
                c.merge_key,
                c.type,
                year,
                c.month,
                c.anchor_key,
                c.anchor_id,
                int(not c.actors - UBIQUITOUS),
                json.dumps(c.state()),
            )
        )
    if events:  # plain statements: sqlite-utils reads the schema on every insert
        columns = list(events[0])  # the columns are _event_row's keys
        db.conn.executemany(
            f"INSERT INTO events ({', '.join(columns)})"  # noqa: S608 - our own keys
            f" VALUES ({', '.join(':' + c for c in columns)})",
            events,
        )
    db.conn.executemany(
        "INSERT INTO event_actors (event_id, entity_id, role, date) VALUES (?, ?, ?, ?)",
        event_actors,
    )
    db.conn.executemany(
        "INSERT INTO event_clusters (event_id, merge_key, type, year, month, anchor_key, "
        "anchor_id, only_ubiquitous, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        states,
    )
    db.conn.executemany(
        "INSERT INTO event_cluster_actors (entity_id, type, year, month, event_id) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            (actor, c.type, c.anchor.shelf[1], c.month, eid)
            for c, eid in zip(clusters, ids, strict=True)
            for actor in sorted(c.actors - UBIQUITOUS)
        ],
    )
    db.conn.executemany("UPDATE event_mentions SET event_id = ? WHERE id = ?", links)


def merge(db: sqlite_utils.Database, *, full: bool = False, force: bool = False) -> MergeReport:
    """Bring the `events` timeline up to date with the event mentions, in one transaction.

    A timeline already up to date (`merge_state`, kept by triggers on what the merge reads)
    is left as it is unless `force`. Otherwise only what changed is re-clustered, unless
    `full` or the database asks for a full rebuild (a new schema, an old merge).
    """
    from timeline.incremental import merge_changes

    with db.atomic():
        pending = db.execute("SELECT pending FROM merge_state").fetchone()[0]
        if not (pending or force or full):
            events = db.execute("SELECT count(*) FROM events").fetchone()[0]
            mentions = db.execute("SELECT count(*) FROM event_mentions").fetchone()[0]
            return MergeReport(events=events, mentions=mentions, skipped=True)
        report = None if full else merge_changes(db)
        if report is None:
            report = _rebuild(db)
        db.execute("DELETE FROM merge_dirty")
        db.execute("UPDATE merge_state SET pending = 0")
    return report


def _rebuild(db: sqlite_utils.Database) -> MergeReport:
    """The whole timeline from every mention."""
    mentions = load_mentions(db)
    clusters = cluster_mentions(mentions)
    db.execute("UPDATE event_mentions SET event_id = NULL")
    for table in ("event_actors", "event_clusters", "event_cluster_actors", "events"):
        db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed names
    write_clusters(db, clusters, assign_ids(clusters))
    return MergeReport(events=len(clusters), mentions=len(mentions))
