"""Fold many outlets' reports of one real event into one timeline event.

Two mentions are one event when they have the same type, compatible dates (equal at the
coarser precision) and overlapping actors. The merge is recomputed whole, in one
transaction, from the mentions in date-of-report order: deterministic and idempotent.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from core.db import stable_id

# A party to so many events that sharing it says nothing about being the same event.
UBIQUITOUS = frozenset({"us-department-of-defense"})
PRECISION_RANK = {"decade": 0, "year": 1, "quarter": 2, "month": 3, "week": 4, "day": 5}
STATUS_ORDER = ("occurred", "planned", "reported", "denied")

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


@dataclass
class Cluster:
    """Mentions of one event, with what `belongs` asks of them kept up to date as they join."""

    mentions: list[Mention] = field(default_factory=list)
    actors: set[str] = field(default_factory=set)
    amounts: set[float] = field(default_factory=set)
    has_records: bool = False
    best_date: tuple[str | None, str | None] = (None, None)
    # the finest precision reported so far, how often each date was reported at it (in first
    # report order) and the first report's precision: best_date without rescanning mentions
    _top_rank: int | None = None
    _top_dates: Counter = field(default_factory=Counter)
    _top_precision: str | None = None

    def __post_init__(self) -> None:
        joined, self.mentions = self.mentions, []
        for m in joined:
            self.add(m)

    @property
    def anchor(self) -> Mention:
        return self.mentions[0]

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self.actors.update(m.actors)
        if m.amount:
            self.amounts.add(m.amount)
        self.has_records = self.has_records or m.origin != "nlp"
        if m.date:
            self._count_date(m)

    def _count_date(self, m: Mention) -> None:
        """The most reported date among the finest-precision ones."""
        rank = PRECISION_RANK.get(m.precision or "", -1)
        if self._top_rank is None or rank > self._top_rank:
            self._top_rank, self._top_dates, self._top_precision = rank, Counter(), m.precision
        if rank == self._top_rank:
            self._top_dates[m.date] += 1
            self.best_date = self._top_dates.most_common(1)[0][0], self._top_precision


def compatible_dates(a: str | None, pa: str | None, b: str | None, pb: str | None) -> bool:
    """Equal at the coarser precision: a "February" report matches a "2026-02-24" one."""
    if a is None or b is None:
        return a is None and b is None
    coarse = min(PRECISION_RANK.get(pa or "", 0), PRECISION_RANK.get(pb or "", 0))
    if coarse >= PRECISION_RANK["day"]:
        return a == b
    if coarse >= PRECISION_RANK["month"] and len(a) >= 7 and len(b) >= 7 and "W" not in a + b:
        return a[:7] == b[:7]
    return a[:4] == b[:4]


def _actors_overlap(cluster: Cluster, m: Mention, same_day: bool) -> bool:
    theirs, ours = cluster.actors, set(m.actors)
    if not theirs or not ours:
        return not theirs and not ours
    common = theirs & ours
    if not common - UBIQUITOUS and theirs - UBIQUITOUS and ours - UBIQUITOUS:
        return False  # two reports that share only the Pentagon are about different parties
    shared = len(common)
    if same_day or min(len(theirs), len(ours)) < 2:
        return True
    return shared >= 2 or shared / len(theirs | ours) >= 0.5


def _amounts_agree(cluster: Cluster, m: Mention) -> bool:
    if not m.amount or not cluster.amounts:
        return True
    return any(abs(a - m.amount) <= 0.01 * max(a, m.amount) for a in cluster.amounts)


def _same_actors(cluster: Cluster, m: Mention) -> bool:
    """The same parties, near enough that differing days are a conflict, not two events."""
    theirs, ours = cluster.actors, set(m.actors)
    shared = len(theirs & ours)
    return shared >= 2 and shared / len(theirs | ours) >= 0.5


def _records_agree(cluster: Cluster, m: Mention) -> bool:
    """Each award notice is its own award; a news report joins one only through its company."""
    if m.origin != "nlp":
        if cluster.has_records:
            return False
        return bool((cluster.actors & set(m.actors)) - UBIQUITOUS)
    return not cluster.has_records or bool((cluster.actors & set(m.actors)) - UBIQUITOUS)


def belongs(cluster: Cluster, m: Mention) -> bool:
    """Same type, agreeing amounts and award records, compatible dates, overlapping actors.

    The date test comes first: it is the cheapest and the one most candidates fail.
    """
    if cluster.anchor.type != m.type:
        return False
    date, precision = cluster.best_date
    if compatible_dates(date, precision, m.date, m.precision):
        same_day = precision == "day" and m.precision == "day"
        return (
            _amounts_agree(cluster, m)
            and _records_agree(cluster, m)
            and _actors_overlap(cluster, m, same_day)
        )
    # Reports that disagree on the day of one meeting between the same parties in the same
    # month are one event; the other dates stay visible in `other_dates`.
    return (
        date is not None
        and m.date is not None
        and date[:7] == m.date[:7]
        and _amounts_agree(cluster, m)
        and _records_agree(cluster, m)
        and _same_actors(cluster, m)
    )


def load_mentions(db: sqlite_utils.Database) -> list[Mention]:
    rows = db.query(
        """
        SELECT m.id, m.type, m.date, m.precision, m.status, m.amount_usd, m.confidence,
               m.sentence, m.article_id, a.outlet, a.url, a.published, a.fetched_at, m.origin
        FROM event_mentions m JOIN articles a ON a.id = m.article_id
        ORDER BY coalesce(a.published, '9999'), m.article_id, m.start, m.id
        """
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
            actors={},
        )
        for r in rows
    }
    for r in db.query(
        """SELECT ma.mention_id, ma.entity_id, ma.role, e.name FROM event_mention_actors ma
           JOIN entities e ON e.id = ma.entity_id ORDER BY ma.mention_id, ma.position, ma.entity_id"""
    ):
        if r["mention_id"] in mentions:
            mentions[r["mention_id"]].actors.setdefault(r["entity_id"], (r["name"], r["role"]))
    return list(mentions.values())


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
        home = next((c for c in here.candidates(m) if belongs(clusters[c], m)), None)
        if home is None:
            home = len(clusters)
            clusters.append(Cluster())
            here.every.append(home)
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
    """Clusters of one type and year, indexed by the actors they name and by month.

    A mention dated to a month or a day can only join a cluster whose date is in the same
    month, or one dated more coarsely (both `compatible_dates` and the same-parties rule
    compare months then); clusters move between months as their best date changes.
    """

    def __init__(self) -> None:
        self.every: list[int] = []
        self.by_actor: dict[str, set[int]] = {}
        self.no_one_but_the_pentagon: set[int] = set()
        self.by_month: dict[str | None, set[int]] = {}  # None: coarsely dated clusters
        self.month_of: dict[int, str | None] = {}

    def candidates(self, m: Mention) -> list[int]:
        month = month_key(m.date, m.precision)
        dated = None
        if month is not None:
            dated = self.by_month.get(month, set()) | self.by_month.get(None, set())
        if not set(m.actors) - UBIQUITOUS:
            return self.every if dated is None else sorted(dated)
        found = set(self.no_one_but_the_pentagon)
        for actor in m.actors:
            found |= self.by_actor.get(actor, set())
        return sorted(found if dated is None else found & dated)

    def file(self, index: int, cluster: Cluster, joined: Mention) -> None:
        """Index the cluster under the actors of the mention that just joined it."""
        for actor in joined.actors:
            self.by_actor.setdefault(actor, set()).add(index)
        if cluster.actors - UBIQUITOUS:
            self.no_one_but_the_pentagon.discard(index)
        else:
            self.no_one_but_the_pentagon.add(index)
        month = month_key(*cluster.best_date)
        if index in self.month_of:
            if self.month_of[index] == month:
                return
            self.by_month[self.month_of[index]].discard(index)
        self.month_of[index] = month
        self.by_month.setdefault(month, set()).add(index)


def headline(event_type: str, actors: list[tuple[str, str, str]]) -> str:
    """A readable line from type and actors: agents first, then counterparts."""
    names = [name for _, name, _ in actors]
    a = names[0] if names else "Unknown party"
    b = " and ".join(names[1:3]) if len(names) > 1 else "others"
    return HEADLINES.get(event_type, event_type.title() + ": {a}").format(a=a, b=b)


def _event_row(c: Cluster, used: set[str]) -> tuple[dict[str, Any], list[tuple[str, str, str]]]:
    date, precision = c.best_date
    anchor = c.anchor
    eid = stable_id("event", anchor.type, (date or "")[:7], *sorted(anchor.actors))
    if eid in used:
        eid = stable_id(eid, anchor.id)
    used.add(eid)
    role_votes: dict[str, Counter] = {}
    names: dict[str, str] = {}
    weight: Counter = Counter()
    for m in c.mentions:
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
        "headline": headline(anchor.type, actors),
        "actors": "; ".join(name for _, name, _ in actors),
        "actor_list": json.dumps([[ent, name] for ent, name, _ in actors], ensure_ascii=False),
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
    }
    return row, actors


@dataclass
class MergeReport:
    events: int
    mentions: int
    skipped: bool = False  # nothing changed since the last merge


def merge(db: sqlite_utils.Database, *, force: bool = True) -> MergeReport:
    """Rebuild the `events` timeline from all event mentions in a single transaction.

    Without `force`, a timeline already up to date with its mentions (`merge_state`, kept
    by triggers on what the merge reads) is left as it is.
    """
    if not force and not db.execute("SELECT pending FROM merge_state").fetchone()[0]:
        events = db.execute("SELECT count(*) FROM events").fetchone()[0]
        mentions = db.execute("SELECT count(*) FROM event_mentions").fetchone()[0]
        return MergeReport(events=events, mentions=mentions, skipped=True)
    mentions = load_mentions(db)
    clusters = cluster_mentions(mentions)
    used: set[str] = set()
    events, event_actors, links = [], [], []
    for c in clusters:
        row, actors = _event_row(c, used)
        events.append(row)
        event_actors.extend((row["id"], e, r, row["date"]) for e, _, r in actors)
        links.extend((row["id"], m.id) for m in c.mentions)
    with db.atomic():  # plain statements: sqlite-utils reads the schema on every insert
        db.execute("UPDATE event_mentions SET event_id = NULL")
        db.execute("DELETE FROM event_actors")
        db.execute("DELETE FROM events")
        if events:  # the columns are _event_row's keys
            columns = list(events[0])
            db.conn.executemany(
                f"INSERT INTO events ({', '.join(columns)})"  # noqa: S608 - our own keys
                f" VALUES ({', '.join(':' + c for c in columns)})",
                events,
            )
        db.conn.executemany(
            "INSERT INTO event_actors (event_id, entity_id, role, date) VALUES (?, ?, ?, ?)",
            event_actors,
        )
        db.conn.executemany("UPDATE event_mentions SET event_id = ? WHERE id = ?", links)
        db.execute("UPDATE merge_state SET pending = 0")
    return MergeReport(events=len(clusters), mentions=len(mentions))
