"""DoD contract announcements into the database, and the `tracker contracts` commands.

A day's announcement page becomes one article row (kind 'dod_contracts', so spaCy
extraction leaves it alone), one `contracts` row per awardee of each award, and one
'contract' event mention per award on the timeline, all in one transaction, replacing
whatever that page gave before: re-importing or re-crawling a day is idempotent.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import asdict, is_dataclass
from datetime import date
from pathlib import Path
from typing import Any

import click
import sqlite_utils

from crawler.urls import canonicalize, domain
from extract.company_names import CompanyResolver
from extract.contracts import ContractRecord, DayParse, parse_day
from tracker import paths
from tracker.db import stable_id
from tracker.errors import DatabaseError, InputError
from tracker.options import day_date, db_option, entities_option, handle_errors

PARSER_VERSION = "contracts-1"
OUTLET = "U.S. Department of Defense"
DOD_ID = "us-department-of-defense"
SENTENCE_CHARS = 500


def day_item(
    parsed: DayParse,
    *,
    url: str,
    text: str,
    source: str = "dod-contracts",
    title: str | None = None,
    fetched_at: str | None = None,
) -> dict[str, Any]:
    """The dict `store_announcement` takes, from a parsed day (the spider builds the same)."""
    from tracker.store import now

    return {
        "url": url,
        "source": source,
        "outlet": OUTLET,
        "title": title or f"Contracts for {parsed.announcement_date or 'an unknown day'}",
        "announcement_date": parsed.announcement_date,
        "text": text,
        "fetched_at": fetched_at or now(),
        "records": [r.to_dict() for r in parsed.records],
        "rejections": [asdict(r) for r in parsed.rejections],
        "paragraphs": len(parsed.paragraphs),
    }


def page_text(parsed: DayParse) -> str:
    """The day as plain text, headings included, so article search finds the awards."""
    lines: list[str] = []
    agency = None
    for heading, paragraph in parsed.paragraphs:
        if heading != agency and heading:
            lines.append(heading)
            agency = heading
        lines.append(paragraph)
    return "\n\n".join(lines)


def _as_dict(item: Any) -> dict[str, Any]:
    return asdict(item) if is_dataclass(item) else dict(item)


def _record(data: dict[str, Any]) -> dict[str, Any]:
    """A record dict as parse gives it (tolerates a ContractRecord)."""
    return data.to_dict() if isinstance(data, ContractRecord) else data


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


def activity_entity(resolver: CompanyResolver, activity: str | None) -> dict[str, Any] | None:
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
    resolver: CompanyResolver | None = None,
) -> str:
    """Store one day's page, its contracts and its contract events; returns new or updated."""
    data = _as_dict(item)
    resolver = resolver or CompanyResolver.from_gazetteer(paths.DEFAULT_ENTITIES)
    from tracker.store import article_id, content_hash, now

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
        "outlet": data.get("outlet") or OUTLET,
        "domain": domain(url),
        "title": data.get("title"),
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
            existed = db.execute("SELECT 1 FROM articles WHERE id = ?", [aid]).fetchone()
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
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot store contracts of {url}: {exc}") from exc
    return "updated" if existed else "new"


def _store_award(
    db: sqlite_utils.Database,
    aid: str,
    text: str,
    record: dict[str, Any],
    resolver: CompanyResolver,
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
                "amount_usd": record.get("amount_usd"),
                "amount_kind": record.get("amount_kind"),
                "ceiling_usd": record.get("ceiling_usd"),
                "obligated_usd": record.get("obligated_usd"),
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
            "amount_usd": record.get("amount_usd"),
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


# -- reading saved pages ------------------------------------------------------------------


def read_saved(path: Path, announcement_date: str | None) -> tuple[DayParse, str]:
    """Parse a saved announcement (HTML or text); the date comes from the page or the caller."""
    try:
        content = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        content = path.read_text(encoding="latin-1")
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    parsed = parse_day(content, announcement_date)
    if parsed.announcement_date is None:
        parsed.announcement_date = date_from_name(path.name)
        for record in parsed.records:
            record.announcement_date = parsed.announcement_date
    if parsed.announcement_date is None:
        raise InputError(
            f"{path}: neither the page ('Contracts For Feb. 14, 2019') nor the file name "
            "(2019-02-14.html, 2-14-2019.txt) gives a date; pass --date"
        )
    if not parsed.paragraphs:
        raise InputError(f"{path}: no announcement paragraphs found")
    return parsed, content


def date_from_name(name: str) -> str | None:
    """A date in an archive's file name: 2019-02-14.html or 2-14-2019.txt (US order)."""
    m = re.search(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)", name)
    parts = (m.group(1), m.group(2), m.group(3)) if m else None
    if parts is None:
        m = re.search(r"(?<!\d)(\d{1,2})-(\d{1,2})-(\d{4})(?!\d)", name)
        parts = (m.group(3), m.group(1), m.group(2)) if m else None
    if parts is None:
        return None
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat()
    except ValueError:
        return None


def _report_rejections(path: Path, parsed: DayParse) -> None:
    for r in parsed.rejections:
        click.echo(
            f"{path}: paragraph {r.paragraph_index} not an award [{r.code}]: {r.reason}", err=True
        )


@click.group(name="contracts")
def contracts_group() -> None:
    """DoD daily contract announcements: parse saved pages, or import them."""


@contracts_group.command(name="parse")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--date", "when", callback=day_date, default=None, help="YYYY-MM-DD, when the page has none."
)
@entities_option
@handle_errors
def parse_cmd(file: Path, when: str | None, entities_path: Path) -> None:
    """Print one JSON object per award in a saved announcement (HTML or text)."""
    parsed, _ = read_saved(file, when)
    resolver = CompanyResolver.from_gazetteer(entities_path)
    for record in parsed.records:
        out = record.to_dict()
        for awardee in out["awardees"]:
            entity = resolver.resolve(awardee["company"], awardee.get("unit"))
            awardee["company_id"] = entity.id
        click.echo(json.dumps(out, ensure_ascii=False))
    _report_rejections(file, parsed)


@contracts_group.command(name="import")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@db_option
@click.option(
    "--date", "when", callback=day_date, default=None, help="YYYY-MM-DD, when a page has none."
)
@click.option(
    "--url", default=None, help="The page's address (one FILE only); default: the file's path."
)
@entities_option
@click.option(
    "--merge/--no-merge", default=True, show_default=True, help="Rebuild the timeline after."
)
@handle_errors
def import_cmd(
    files: tuple[Path, ...],
    db_path: Path,
    when: str | None,
    url: str | None,
    entities_path: Path,
    merge: bool,
) -> None:
    """Store saved announcement pages in the database, without crawling."""
    from tracker.db import connect

    if url and len(files) > 1:
        raise InputError("--url names one page: import one FILE at a time with it")
    db = connect(db_path)
    resolver = CompanyResolver.from_gazetteer(entities_path)
    awards = 0
    for file in files:
        parsed, content = read_saved(file, when)
        item = day_item(parsed, url=url or file.resolve().as_uri(), text=page_text(parsed))
        outcome = store_announcement(db, item, resolver)
        awards += len(parsed.records)
        _report_rejections(file, parsed)
        click.echo(
            f"{file}: {parsed.announcement_date}, {len(parsed.records)} awards, "
            f"{len(parsed.rejections)} paragraphs rejected ({outcome})"
        )
    click.echo(f"contracts import: {len(files)} pages, {awards} awards")
    if merge:
        from tracker.merge import merge as do_merge

        report = do_merge(db)
        click.echo(f"merge: {report.mentions} event mentions -> {report.events} timeline events")
