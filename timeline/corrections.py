"""Corrections to the merge that readers record, kept in `merge_corrections` (core.db m012).

A report (an event mention) is named by what survives re-extraction and re-merging: its
article (a hash of the canonical URL), its sentence word for word, and its type only when
that sentence holds more than one event. Mention ids do not survive (they hash the
event's type, offset and trigger, which a better extractor changes), nor do event ids
(they hash the chosen date and parties).

- `wrong`: the report is left out of the timeline.
- `merge`: the report joins the event of the other report, taking its type (a designation
  typed "partnership"), whatever its date and actors say; a report dated in another year
  than the other stays apart, since the merge never compares years.
- `split`: the report never joins the event holding the other report.

The merge (`timeline.merge.load_mentions`) applies them each time it reads reports, so a
correction holds through any number of re-extractions and merges; the triggers of m012
make the next merge redo what a change to a correction touches.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from core.errors import DatabaseError, InputError

KINDS = ("wrong", "merge", "split")
PAIRED = ("merge", "split")


@dataclass(frozen=True)
class Report:
    """One report as a correction names it."""

    article_id: str
    url: str
    sentence: str
    type: str  # '' unless the sentence holds more than one event


def has_corrections(db: sqlite_utils.Database) -> bool:
    return db.execute("SELECT 1 FROM merge_corrections LIMIT 1").fetchone() is not None


def applied(
    db: sqlite_utils.Database, ids: list[str] | None = None
) -> tuple[set[str], dict[str, set[str]], dict[str, str]]:
    """What the corrections say of the current reports (all, or those `ids`): the reports to
    leave out, each report's marks ("s<id>a": side a of split <id>; "m<id>b": side b of
    merge <id>), and the type a `merge` gives a report (that of the other side's report)."""
    wanted = None if ids is None else set(ids)
    sql = """
        SELECT c.id, c.kind, 'a' AS side, m.id, m.type, m.start FROM merge_corrections c
        JOIN event_mentions m ON m.article_id = c.article_id AND m.sentence = c.sentence
         AND (c.type = '' OR m.type = c.type)
        UNION ALL
        SELECT c.id, c.kind, 'b', m.id, m.type, m.start FROM merge_corrections c
        JOIN event_mentions m ON m.article_id = c.other_article_id
         AND m.sentence = c.other_sentence AND (c.other_type = '' OR m.type = c.other_type)
        ORDER BY 1, 3, 6, 4
    """
    wrong: set[str] = set()
    marks: dict[str, set[str]] = {}
    target_type: dict[int, str] = {}
    sources: dict[int, list[str]] = {}
    for cid, kind, side, mid, mtype, _ in db.execute(sql):
        if kind == "merge" and side == "b":
            target_type.setdefault(cid, mtype)  # the first report of the other side
        if kind == "merge" and side == "a":
            sources.setdefault(cid, []).append(mid)
        if wanted is not None and mid not in wanted:
            continue
        if kind == "wrong":
            wrong.add(mid)
        else:
            marks.setdefault(mid, set()).add(f"{kind[0]}{cid}{side}")
    types: dict[str, str] = {}
    for cid in sorted(sources):
        for mid in sources[cid]:
            if cid in target_type and (wanted is None or mid in wanted):
                types.setdefault(mid, target_type[cid])
    return wrong, marks, types


def retyped_into(db: sqlite_utils.Database, event_type: str) -> list[str]:
    """Reports of another type that a `merge` gives `event_type` (see `applied`)."""
    _, _, types = applied(db)
    return sorted(mid for mid, t in types.items() if t == event_type)


# ---------------------------------------------------------------------- recording
def report_of(db: sqlite_utils.Database, mention_id: str) -> Report:
    """The stable name of the report `mention_id` (an `event_mentions` id)."""
    row = db.execute(
        "SELECT m.article_id, a.url, m.sentence, m.type FROM event_mentions m "
        "JOIN articles a ON a.id = m.article_id WHERE m.id = ?",
        [mention_id],
    ).fetchone()
    if row is None:
        raise InputError(
            f"no report {mention_id!r}: give an event_mentions id "
            "(`tracker correct reports EVENT_ID` lists an event's reports)"
        )
    article_id, url, sentence, event_type = row
    others = db.execute(
        "SELECT count(*) FROM event_mentions WHERE article_id = ? AND sentence = ?",
        [article_id, sentence],
    ).fetchone()[0]
    return Report(article_id, url, sentence, event_type if others > 1 else "")


def record(
    db: sqlite_utils.Database,
    kind: str,
    mention_id: str,
    other_id: str | None = None,
    note: str | None = None,
) -> int:
    """Record a correction; returns its id. A `merge` replaces a `split` of the same two
    reports and the other way round; recording one twice keeps the first."""
    if kind not in KINDS:
        raise InputError(f"unknown correction {kind!r}: one of {', '.join(KINDS)}")
    if (kind in PAIRED) != (other_id is not None):
        raise InputError(f"`{kind}` names {'two reports' if kind in PAIRED else 'one report'}")
    report = report_of(db, mention_id)
    other = report_of(db, other_id) if other_id is not None else None
    if (
        other is not None
        and (other.article_id, other.sentence)
        == (
            report.article_id,
            report.sentence,
        )
        and other.type == report.type
    ):
        raise InputError("a correction needs two different reports")
    row: dict[str, Any] = {
        "kind": kind,
        "article_id": report.article_id,
        "url": report.url,
        "sentence": report.sentence,
        "type": report.type,
        "other_article_id": other.article_id if other else None,
        "other_url": other.url if other else None,
        "other_sentence": other.sentence if other else None,
        "other_type": other.type if other else "",
        "note": note,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    try:
        with db.atomic():
            if other is not None:  # the opposite correction of the same pair goes
                for cid in _opposites(db, kind, report, other):
                    db.execute("DELETE FROM merge_corrections WHERE id = ?", [cid])
            db.execute(
                f"INSERT OR IGNORE INTO merge_corrections ({', '.join(row)}) "  # noqa: S608
                f"VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            found = db.execute(
                "SELECT id FROM merge_corrections WHERE kind = ? AND article_id = ? "
                "AND sentence = ? AND type = ? AND coalesce(other_article_id, '') = ? "
                "AND coalesce(other_sentence, '') = ? AND other_type = ?",
                [kind, report.article_id, report.sentence, report.type,
                 row["other_article_id"] or "", row["other_sentence"] or "", row["other_type"]],
            ).fetchone()  # fmt: skip
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot record the correction: {exc}") from exc
    return int(found[0])


def replaced_by(db: sqlite_utils.Database, kind: str, mention_id: str, other_id: str) -> list[int]:
    """The corrections that recording `kind` of these two reports removes: a `split` of the
    same pair for a `merge`, a `merge` for a `split` (see `record`)."""
    return _opposites(db, kind, report_of(db, mention_id), report_of(db, other_id))


def _opposites(db: sqlite_utils.Database, kind: str, report: Report, other: Report) -> list[int]:
    opposite = "split" if kind == "merge" else "merge"
    found: list[int] = []
    for a, b in ((report, other), (other, report)):
        found += [
            r[0]
            for r in db.execute(
                "SELECT id FROM merge_corrections WHERE kind = ? AND article_id = ? "
                "AND sentence = ? AND type = ? AND other_article_id = ? "
                "AND other_sentence = ? AND other_type = ?",
                [opposite, a.article_id, a.sentence, a.type, b.article_id, b.sentence, b.type],
            )
        ]
    return sorted(found)


def remove(db: sqlite_utils.Database, correction_id: int) -> None:
    try:
        with db.atomic():
            gone = db.execute("DELETE FROM merge_corrections WHERE id = ?", [correction_id])
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot remove correction {correction_id}: {exc}") from exc
    if gone.rowcount == 0:
        raise InputError(f"no correction {correction_id}")


def listing(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every correction, with the reports it names today (none: the sentence is gone)."""
    out = []
    for row in db.query("SELECT * FROM merge_corrections ORDER BY id"):
        now = []
        for side in ("", "other_"):
            if row[f"{side}article_id"] is None:
                continue
            now.append(
                [
                    r[0]
                    for r in db.execute(
                        "SELECT id FROM event_mentions WHERE article_id = ? AND sentence = ? "
                        "AND (? = '' OR type = ?) ORDER BY start, id",
                        [row[f"{side}article_id"], row[f"{side}sentence"], row[f"{side}type"],
                         row[f"{side}type"]],
                    )
                ]
            )  # fmt: skip
        out.append({**row, "reports_now": now})
    return out


def event_reports(db: sqlite_utils.Database, event_id: str) -> list[dict[str, Any]]:
    """An event's reports, to name in a correction."""
    if db.execute("SELECT 1 FROM events WHERE id = ?", [event_id]).fetchone() is None:
        raise InputError(f"no timeline event {event_id!r}")
    return list(
        db.query(
            "SELECT m.id, m.type, m.date, m.precision, coalesce(a.outlet, a.domain) AS outlet, "
            "a.published, a.url, m.sentence FROM event_mentions m "
            "JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? "
            "ORDER BY coalesce(a.published, '9999'), a.url, m.start",
            [event_id],
        )
    )
