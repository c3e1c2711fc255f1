"""DoD contract announcements into the database: one transaction per day's page.

A day's announcement page becomes one article row (kind 'dod_contracts', so spaCy
extraction leaves it alone), one `contracts` row per awardee of each award, and one
'contract' event mention per award on the timeline, replacing whatever that page gave
before: re-importing or re-crawling a day is idempotent. The caller brings the parsed
records (plain dicts) and a company-name resolver (`dod.companies`), so the data layer
depends on neither.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import asdict, is_dataclass
from typing import Any, Protocol

import sqlite_utils

from core.db import stable_id
from core.errors import DatabaseError
from core.store import article_id, content_hash, now, whole_dollars
from core.text import without_bidi_controls
from core.urls import canonicalize, domain

PARSER_VERSION = "contracts-1"
OUTLET = "U.S. Department of Defense"
DOD_ID = "us-department-of-defense"
SENTENCE_CHARS = 500


class Resolved(Protocol):
    id: str
    name: str
    unit: str | None
    in_gazetteer: bool


class NameResolver(Protocol):
    """What storing needs of a company-name resolver (`dod.companies`)."""

    entries: list[dict[str, Any]]

    def lookup(self, name: str, *, prefix: bool = ...) -> dict[str, Any] | None: ...

    def resolve(self, company: str, unit: str | None = ...) -> Resolved: ...


def _as_dict(item: Any) -> dict[str, Any]:
    return asdict(item) if is_dataclass(item) else dict(item)


def _record(data: Any) -> dict[str, Any]:
    """A record dict as parse gives it (tolerates a dod.parser.ContractRecord)."""
    return data.to_dict() if hasattr(data, "to_dict") else data


def _entity_row(entry: dict[str, Any], in_gazetteer: bool) -> dict[str, Any]:
    return {
        "id": entry["id"],
        "name": entry["name"],
        "type": entry.get("type") or "ORG",
        "aliases": json.dumps(list(entry.get("aliases") or [])),
        "tags": json.dumps(list(entry.get("tags") or [])),
        "wikidata": entry.get("wikidata"),
        "in_gazetteer": int(in_gazetteer),
    }


def activity_entity(resolver: NameResolver, activity: str | None) -> dict[str, Any] | None:
    """The gazetteer entry for a contracting activity, trying "Name, Place, State" shorter
    and shorter, and only government entries (never a company)."""
    if not activity:
        return None
    parts = [p.strip() for p in activity.split(",")]
    names = [", ".join(parts[:end]) for end in range(len(parts), 0, -1)]
    names += [re.sub(r"^(?:U\.\s?S\.|US|United States)\s+", "", n) for n in names]
    for prefix in (False, True):  # "U.S. Army Contracting Command" is ACC before it is the Army
        for name in names:
            entry = resolver.lookup(name, prefix=prefix)
            if entry is not None and "government" in (entry.get("tags") or []):
                return entry
    return None


def store_announcement(
    db: sqlite_utils.Database,
    item: Any,
    resolver: NameResolver,
) -> str:
    """Store one day's page, its contracts and its contract events; returns new, updated, or
    unchanged when the page was stored before and gives the same rows again."""
    data = _as_dict(item)
    url = canonicalize(data["url"])
    aid = article_id(url)
    records = [_record(r) for r in data.get("records") or []]
    rejections = data.get("rejections") or []
    text = data["text"]
    article = {
        "id": aid,
        "url": url,
        "canonical_url": url,
        "source": data.get("source"),
        "outlet": without_bidi_controls(data.get("outlet")) or OUTLET,
        "domain": domain(url),
        "title": without_bidi_controls(data.get("title")),
        "author": None,
        "published": data.get("announcement_date"),
        "published_source": "page_title" if data.get("announcement_date") else "none",
        "fetched_at": data.get("fetched_at") or now(),
        "language": "en",
        "text": text,
        "kind": "dod_contracts",
        "content_hash": content_hash(text),
        "flags": json.dumps([f"rejected:{r['code']}" for r in rejections]),
        "extractor_version": PARSER_VERSION,
        "extracted_at": now(),
        "extract_error": None,
    }
    dod_entry = resolver.lookup("U.S. Department of Defense", prefix=False)
    dod = dod_entry or {
        "id": DOD_ID,
        "name": "U.S. Department of Defense",
        "type": "ORG",
        "tags": ["government", "defense_agency"],
    }
    try:
        with db.atomic():
            before = _stored(db, aid)
            db["articles"].upsert(article, pk="id")
            db["pages"].upsert(
                {
                    "url": url,
                    "status": "stored",
                    "reason": f"{len(records)} awards, {len(rejections)} paragraphs rejected",
                    "article_id": aid,
                    "source": article["source"],
                    "outlet": article["outlet"],
                    "fetched_at": article["fetched_at"],
                },
                pk="url",
            )
            db.execute("DELETE FROM contracts WHERE article_id = ?", [aid])
            db.execute(
                "DELETE FROM event_mentions WHERE article_id = ? AND origin = 'contracts'", [aid]
            )
            db["entities"].insert(_entity_row(dod, dod_entry is not None), ignore=True)
            for record in records:
                _store_award(db, aid, text, record, resolver, dod)
            after = _stored(db, aid)
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot store contracts of {url}: {exc}") from exc
    if before is None:
        return "new"
    return "unchanged" if before == after else "updated"


def _stored(db: sqlite_utils.Database, aid: str) -> tuple | None:
    """What a day's page stored, bar when it was fetched and parsed and which timeline
    event the merge put its awards in (None: never stored): equal after a re-import of the
    same page, so that one is reported unchanged."""
    article = db.execute(
        "SELECT url, source, outlet, title, published, content_hash, flags, extractor_version "
        "FROM articles WHERE id = ?",
        [aid],
    ).fetchone()
    if article is None:
        return None
    contracts = db.execute(
        "SELECT * FROM contracts WHERE article_id = ? ORDER BY id", [aid]
    ).fetchall()
    actors = db.execute(
        "SELECT a.mention_id, a.entity_id, a.role, a.position FROM event_mention_actors a "
        "JOIN event_mentions m ON m.id = a.mention_id "
        "WHERE m.article_id = ? AND m.origin = 'contracts' ORDER BY 1, 2, 3",
        [aid],
    ).fetchall()
    return article, contracts, actors


def _store_award(
    db: sqlite_utils.Database,
    aid: str,
    text: str,
    record: dict[str, Any],
    resolver: NameResolver,
    dod: dict[str, Any],
) -> None:
    index = record.get("paragraph_index") or 0
    award_id = stable_id(aid, "award", index)
    awardees = record.get("awardees") or []
    actors: list[tuple[str, str]] = [(dod["id"], "agent")]
    for position, awardee in enumerate(awardees):
        entity = resolver.resolve(awardee["company"], awardee.get("unit"))
        if entity.in_gazetteer:
            entry = next(e for e in resolver.entries if e["id"] == entity.id)
            db["entities"].insert(_entity_row(entry, True), ignore=True)
        else:
            db["entities"].insert(
                {
                    "id": entity.id,
                    "name": entity.name,
                    "type": "ORG",
                    "aliases": json.dumps(sorted({awardee["company"]} - {entity.name})),
                    "tags": json.dumps(["contractor"]),
                    "in_gazetteer": 0,
                },
                ignore=True,
            )
        if (entity.id, "counterpart") not in actors:
            actors.append((entity.id, "counterpart"))
        db["contracts"].insert(
            {
                "id": stable_id(award_id, position),
                "award_id": award_id,
                "article_id": aid,
                "paragraph_index": index,
                "awardee_index": position,
                "awardees": len(awardees),
                "announcement_date": record.get("announcement_date"),
                "agency": record.get("agency"),
                "awardee": awardee["name"],
                "company": awardee["company"],
                "company_id": entity.id,
                "company_unit": entity.unit,
                "location": awardee.get("location"),
                "amount_usd": whole_dollars(record.get("amount_usd")),
                "amount_kind": record.get("amount_kind"),
                "ceiling_usd": whole_dollars(record.get("ceiling_usd")),
                "obligated_usd": whole_dollars(record.get("obligated_usd")),
                "contract_numbers": json.dumps(
                    awardee.get("contract_numbers") or record.get("contract_numbers") or []
                ),
                "contract_type": record.get("contract_type"),
                "purpose": record.get("purpose"),
                "places": json.dumps(record.get("places") or []),
                "completion_date": record.get("completion_date"),
                "contracting_activity": record.get("contracting_activity"),
                "activity_contract_number": record.get("activity_contract_number"),
                "small_business": int(bool(awardee.get("small_business"))),
                "flags": json.dumps(
                    list(record.get("flags") or [])
                    + [f"fms:{c}" for c in record.get("fms_countries") or []]
                    + (["joint_venture"] if awardee.get("joint_venture") else [])
                ),
                "paragraph": record["paragraph"],
            },
            replace=True,
        )
    activity = activity_entity(resolver, record.get("contracting_activity"))
    if activity is not None and activity["id"] != dod["id"]:
        db["entities"].insert(_entity_row(activity, True), ignore=True)
        actors.append((activity["id"], "participant"))
    paragraph = record["paragraph"]
    start = max(text.find(paragraph), 0)
    places = record.get("places") or []
    mention_id = stable_id(aid, "contract", index)
    db["event_mentions"].insert(
        {
            "id": mention_id,
            "article_id": aid,
            "event_id": None,
            "type": "contract",
            "date": record.get("announcement_date"),
            "precision": "day" if record.get("announcement_date") else None,
            "date_text": record.get("announcement_date"),
            "status": "occurred",
            "confidence": 1.0,
            "amount_usd": whole_dollars(record.get("amount_usd")),
            "location": places[0]["place"]
            if places
            else (awardees[0].get("location") if awardees else None),
            "sentence": paragraph[:SENTENCE_CHARS],
            "start": start,
            "end": start + len(paragraph),
            "trigger": "awarded",
            "origin": "contracts",
            "extractor_version": PARSER_VERSION,
        },
        replace=True,
    )
    db["event_mention_actors"].insert_all(
        [
            {"mention_id": mention_id, "entity_id": eid, "role": role, "position": i}
            for i, (eid, role) in enumerate(actors)
        ],
        pk=("mention_id", "entity_id", "role"),
        ignore=True,
    )
