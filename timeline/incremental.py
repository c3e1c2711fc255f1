"""Re-cluster only what changed since the last merge, with the full rebuild's result.

Why it is exact: a mention only ever joins a cluster of its own type and year (its
"shelf"), and the clustering reads mentions in one order, each deciding once, looking only
at the clusters made before it. So for each shelf that changed, every decision before the
earliest change (key K) stands: the clusters as they were just before K are the saved
clusters that no mention at or after K touched, plus the touched ones rebuilt from their
mentions before K. The mentions from K on (the tail) are then clustered again, in order,
against those; saved clusters are brought in only when the index (type, year, month,
actors) says they could take a mention, as `cluster_mentions` does. An hourly run's
tail is the last day or so of each type and year, not the year.

Corrections (timeline.corrections) keep it exact: a report's marks say which earlier
clusters a `split` keeps it out of and which one a `merge` puts it in, and a cluster keeps
the marks of its reports in its state, so a decision still reads only what came before.
A saved cluster holding the other side of a `merge` is brought in whatever its month. The
triggers of m012 mark the reports a new or removed `wrong` or `split` names; a `merge`
(which can move a report to another type's shelf) and any change to a report a `merge`
names ask for a full rebuild, and so does a timeline saved by a merge that kept no
article dates in its clusters' state (timeline.merge `_dated_apart`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date as Day
from typing import Any

import sqlite_utils

from timeline.corrections import has_corrections, retyped_into
from timeline.merge import (
    RULES,
    UBIQUITOUS,
    UNDATED_DAYS,
    Cluster,
    Mention,
    MergeReport,
    _coarse,
    _ordinal,
    _other_side,
    _Shelf,
    event_id,
    home_for,
    load_mentions,
    month_key,
    write_clusters,
)

_SEP = "\x1f"


def merge_changes(db: sqlite_utils.Database) -> MergeReport | None:
    """Apply the changes `merge_dirty` records; None when only a full rebuild will do."""
    saved = db.execute("SELECT state FROM event_clusters LIMIT 1").fetchone()
    if saved:
        state = json.loads(saved[0])
        if state.get("rules") != RULES or "article_dates" not in state:
            return None  # saved by a merge of other rules (or of no article dates): rebuild
    shelves: dict[tuple[str, str | None], str] = {}
    touched: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    refresh: set[str] = set()
    for kind, etype, year, key, eid in db.execute(
        "SELECT kind, type, year, key, event_id FROM merge_dirty"
    ):
        if kind == "full":
            return None
        if kind == "row":
            if eid:
                refresh.add(eid)
            continue
        shelf = (etype, year)
        shelves[shelf] = min(shelves.get(shelf, key), key)
        if eid:
            touched[shelf].add(eid)
    reclustered = 0
    gone: set[str] = set()
    results: list[Cluster] = []
    for shelf, start in sorted(shelves.items(), key=lambda x: (x[0][0], x[0][1] or "")):
        tail = _tail(db, shelf, start)
        reclustered += len(tail)
        dropped, written = _recluster(db, shelf, start, tail, touched[shelf])
        gone |= dropped
        results += written
    renamed = _settle_ids(db, results, gone)
    gone |= {handle for handle in renamed if not handle.startswith("new:")}
    _delete_events(db, gone)
    write_clusters(db, [c for c, _ in renamed.values()], [i for _, i in renamed.values()])
    _refresh_rows(db, refresh - gone - {i for _, i in renamed.values()})
    events = db.execute("SELECT count(*) FROM events").fetchone()[0]
    mentions = db.execute("SELECT count(*) FROM event_mentions").fetchone()[0]
    return MergeReport(events=events, mentions=mentions, reclustered=reclustered)


def _tail(db: sqlite_utils.Database, shelf: tuple[str, str | None], start: str) -> list[Mention]:
    """The shelf's mentions at or after `start`, in merge order."""
    etype, year = shelf
    published = start.split(_SEP, 1)[0]
    # a `merge` correction gives a report the type of the other side's (timeline.corrections)
    retyped = retyped_into(db, etype) if has_corrections(db) else []
    typed = (
        f"(m.type = ? OR m.id IN ({', '.join('?' * len(retyped))}))" if retyped else "m.type = ?"
    )
    where = f"{typed} AND substr(m.date, 1, 4) IS ? AND key >= ?"
    params: tuple[Any, ...] = (etype, *retyped, year, start)
    if published == "9999":
        where += " AND a.published IS NULL"
    elif published:  # narrows the scan to recent articles through their published index
        where += " AND (a.published >= ? OR a.published IS NULL)"
        params += (published,)
    return [m for m in load_mentions(db, where, params) if m.type == etype]


def _recluster(
    db: sqlite_utils.Database,
    shelf: tuple[str, str | None],
    start: str,
    tail: list[Mention],
    touched: set[str],
) -> tuple[set[str], list[Cluster]]:
    """The shelf's clusters from `start` on: (events to delete, clusters to write)."""
    touched = touched | {m.event_id for m in tail if m.event_id}
    working: list[Cluster] = []
    index = _Shelf()  # the full merge's index, over what is in memory

    def keep(c: Cluster) -> int:
        working.append(c)
        index.file_whole(len(working) - 1, c)
        return len(working) - 1

    changed: set[int] = set()
    for eid in sorted(touched):
        before = load_mentions(db, "m.event_id = ? AND key < ?", (eid, start))
        if before:
            changed.add(id(working[keep(Cluster(before))]))
    seen = set(touched)
    for m in tail:
        for c in _saved_candidates(db, shelf, m, seen):
            keep(c)
        tried = sorted(index.candidates(m), key=lambda i: working[i].anchor_key)
        home = home_for((working[i] for i in tried), m)
        if home is None:
            home = Cluster()
            where = len(working)
            working.append(home)
            index.every.append(where)
        else:
            where = next(i for i in tried if working[i] is home)
        home.add(m)
        index.file(where, home, m)
        changed.add(id(home))
    loaded = [c for c in working if id(c) in changed and c.anchor_event]
    gone = touched | {c.anchor_event for c in loaded}
    written = []
    for c in working:
        if id(c) not in changed:
            continue
        if c.anchor_event:  # a saved cluster that took new mentions: read its old ones
            c = Cluster(load_mentions(db, "m.event_id = ?", (c.anchor_event,)) + c.mentions)
        written.append(c)
    return gone, written


def _saved_candidates(
    db: sqlite_utils.Database, shelf: tuple[str, str | None], m: Mention, seen: set[str]
) -> list[Cluster]:
    """Saved clusters not yet in memory that could take `m`: every one `belongs` might
    accept (the branches `_Shelf` indexes), each found by an index seek.

    - An undated report needs a party in common (`_same_parties`) with an undated event first
      reported within UNDATED_DAYS of it (`_published_near`); one dated to a year or more
      coarsely needs a party in common with any event of its type and year, or, naming the
      Pentagon, an event naming it too (naming only it) or naming only it (`_pentagon_only`).
    - Otherwise an event of its month or one dated more coarsely or across months (`month`
      NULL) that names one of its parties, or no one besides the Pentagon; a report naming no
      one else joins an event naming others only on the same day (`_actors_overlap`), so it
      reads the events of its month holding its day among their top dates; or, giving a
      sum, on any day of its month when the sums agree, so it reads its month's events.

    A frequent party's events of other types and months are never read; a year-dated report
    naming only the Pentagon reads its type and year's events naming the Pentagon and first
    reported within UNDATED_DAYS of it.
    """
    ours = sorted(m.parties - UBIQUITOUS)
    month = month_key(m.date, m.precision)
    in_month, month_params = ("(month = ? OR month IS NULL)", [month]) if month else ("1", [])
    marks = ", ".join("?" * len(ours))
    by_party = f"SELECT event_id FROM event_cluster_actors WHERE entity_id IN ({marks}) AND type = ? AND year IS ?"  # noqa: S608, E501
    selects: list[str] = []
    params: list[Any] = []
    if m.date is None:
        if ours:
            near, near_params = _first_reported_near(m.published)
            selects.append(
                "SELECT a.event_id FROM event_cluster_actors a JOIN event_clusters c "  # noqa: S608
                f"ON c.event_id = a.event_id WHERE a.entity_id IN ({marks}) AND a.type = ? "
                f"AND a.year IS ? AND {near}"
            )
            params += [*ours, *shelf, *near_params]
    elif _coarse(m.precision):
        if ours:
            selects.append(by_party)
            params += [*ours, *shelf]
        # `_pentagon_only` asks `_published_near` too: only events first reported near it
        near, near_params = _first_reported_near(m.published)
        if m.parties & UBIQUITOUS and ours:  # `_pentagon_only`: an event naming only it
            selects.append(
                "SELECT event_id FROM event_clusters c WHERE only_ubiquitous = 1 AND type = ? "  # noqa: S608
                f"AND year IS ? AND {near}"
            )
            params += [*shelf, *near_params]
        elif m.parties & UBIQUITOUS:  # naming only the Pentagon: the events naming it
            ubiquitous = sorted(m.parties & UBIQUITOUS)
            selects.append(
                f"SELECT event_id FROM event_clusters c WHERE type = ? AND year IS ? AND {near} "  # noqa: S608
                f"AND EXISTS (SELECT 1 FROM json_each(c.state, '$.actors') WHERE value IN ({', '.join('?' * len(ubiquitous))}))"
            )
            params += [*shelf, *near_params, *ubiquitous]
    else:
        selects.append(
            f"SELECT event_id FROM event_clusters WHERE only_ubiquitous = 1 AND type = ? "  # noqa: S608
            f"AND year IS ? AND {in_month}"
        )
        params += [*shelf, *month_params]
        if ours:
            selects.append(f"{by_party} AND {in_month}")
            params += [*ours, *shelf, *month_params]
        elif m.amount:  # naming no one else but giving a sum: any event of its month
            # may take it (`_actors_overlap`: the same sum on another day)
            selects.append(
                f"SELECT event_id FROM event_clusters WHERE type = ? AND year IS ? AND {in_month}"  # noqa: S608
            )
            params += [*shelf, *month_params]
        elif m.precision == "day":
            for month_sql in ("month = ?", "month IS NULL") if month else ("1",):
                selects.append(  # each an index seek on the shelf and month
                    f"SELECT event_id FROM event_clusters c WHERE type = ? AND year IS ? "  # noqa: S608
                    f"AND {month_sql} AND EXISTS (SELECT 1 FROM json_each(c.state, "
                    "'$.top_dates') WHERE json_extract(value, '$[0]') = ?)"
                )
                params += [*shelf, *([month] if month_sql == "month = ?" else []), m.date]
    if m.precision == "day" and m.date:  # the article's own reports of that day (`_told_alike`)
        selects.append(  # an index seek on the article, then on each of its events
            "SELECT s.event_id FROM event_mentions r JOIN event_clusters s "
            "ON s.event_id = r.event_id WHERE r.article_id = ? AND r.date = ? "
            "AND s.type = ? AND s.year IS ?"
        )
        params += [m.article, m.date, *shelf]
    wanted = sorted(_other_side(mark) for mark in m.marks if mark[0] == "m")
    if wanted:  # the event holding the other side of a `merge` correction, wherever dated
        selects.append(
            "SELECT event_id FROM event_clusters c WHERE type = ? AND year IS ? AND EXISTS "  # noqa: S608
            f"(SELECT 1 FROM json_each(c.state, '$.marks') WHERE value IN ({', '.join('?' * len(wanted))}))"
        )
        params += [*shelf, *wanted]
    if not selects:
        return []
    where = f"event_id IN ({' UNION '.join(selects)})"
    asked = repr((where, params))  # the same question twice finds only events seen already
    if asked in seen:
        return []
    seen.add(asked)
    found = []
    sql = f"SELECT event_id, type, anchor_key, anchor_id, state FROM event_clusters c WHERE {where}"  # noqa: S608, E501 - our own SQL; values are bound
    for eid, etype, anchor_key, anchor_id, state in db.execute(sql, params):
        if eid in seen:
            continue
        seen.add(eid)
        c = Cluster.restore(etype, anchor_key, anchor_id, json.loads(state))
        c.anchor_event = eid
        found.append(c)
    return found


_ISO_DAY = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"


def _first_reported_near(published: str | None) -> tuple[str, list[str]]:
    """SQL over `c.anchor_key` keeping every event `_published_near` may accept for a report
    published then: first reported within UNDATED_DAYS (a day written YYYY-MM-DD sorts as
    it counts), or on a day written otherwise, left to `_published_near`."""
    day = _ordinal((published or "")[:10])
    if day is None:
        return "0", []
    try:
        window = [Day.fromordinal(day + d).isoformat() for d in (-UNDATED_DAYS, UNDATED_DAYS)]
    except (ValueError, OverflowError):
        return "1", []
    return (
        f"(substr(c.anchor_key, 1, 10) BETWEEN ? AND ? "
        f"OR substr(c.anchor_key, 1, 10) NOT GLOB '{_ISO_DAY}')",
        window,
    )


def _settle_ids(
    db: sqlite_utils.Database, written: list[Cluster], gone: set[str]
) -> dict[str, tuple[Cluster, str]]:
    """Final ids: per merge key, the oldest cluster takes the key (as assign_ids does).

    Returns what to write, by a handle: written clusters under their new id, and saved
    events whose id changes because an older or younger namesake came or went, under
    their old id (so the caller deletes it).
    """
    keys = {c.merge_key for c in written}
    if gone:
        for i in range(0, len(gone), 500):
            chunk = sorted(gone)[i : i + 500]
            keys |= {
                r[0]
                for r in db.execute(
                    f"SELECT merge_key FROM event_clusters WHERE event_id IN "  # noqa: S608
                    f"({', '.join('?' * len(chunk))})",
                    chunk,
                )
            }
    plan: dict[str, tuple[Cluster, str]] = {}
    by_key: dict[str, list[tuple[str, str, Cluster | None, str | None]]] = defaultdict(list)
    for c in written:
        by_key[c.merge_key].append((c.anchor_key, c.anchor_id, c, None))
    for key in keys:
        for eid, anchor_key, anchor_id in db.execute(
            "SELECT event_id, anchor_key, anchor_id FROM event_clusters WHERE merge_key = ?",
            [key],
        ):
            if eid not in gone:
                by_key[key].append((anchor_key, anchor_id, None, eid))
    for key, members in by_key.items():
        members.sort(key=lambda x: x[0])
        for position, (_, anchor_id, cluster, saved) in enumerate(members):
            new_id = event_id(key, anchor_id, position == 0)
            if cluster is not None:
                plan[f"new:{cluster.anchor_id}"] = (cluster, new_id)
            elif new_id != saved:  # a saved namesake whose id moves: rewrite it
                kept = Cluster(load_mentions(db, "m.event_id = ?", (saved,)))
                plan[saved] = (kept, new_id)
    return plan


def _delete_events(db: sqlite_utils.Database, ids: set[str]) -> None:
    ordered = sorted(ids)
    for i in range(0, len(ordered), 500):
        chunk = ordered[i : i + 500]
        marks = ", ".join("?" * len(chunk))
        db.execute(f"UPDATE event_mentions SET event_id = NULL WHERE event_id IN ({marks})", chunk)  # noqa: S608
        for table in ("event_actors", "event_clusters", "event_cluster_actors", "events"):
            column = "id" if table == "events" else "event_id"
            db.execute(f"DELETE FROM {table} WHERE {column} IN ({marks})", chunk)  # noqa: S608


def _refresh_rows(db: sqlite_utils.Database, ids: set[str]) -> None:
    """Rewrite events whose text changed (an outlet, a fetch time, a name), same ids."""
    for eid in sorted(ids):
        mentions = load_mentions(db, "m.event_id = ?", (eid,))
        if not mentions:
            continue
        _delete_events(db, {eid})
        write_clusters(db, [Cluster(mentions)], [eid])
