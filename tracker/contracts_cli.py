"""`tracker contracts`: parse saved DoD announcement pages, or import them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from core.errors import InputError
from tracker.options import day_date, db_option, entities_option, handle_errors, say

if TYPE_CHECKING:
    from dod.parser import DayParse


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
    from dod.announcement import read_saved
    from dod.companies import CompanyResolver

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
    from core.contracts_store import store_announcement
    from core.db import connect
    from dod.announcement import day_item, page_text, read_saved
    from dod.companies import CompanyResolver

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
        say(
            f"{file}: {parsed.announcement_date}, {len(parsed.records)} awards, "
            f"{len(parsed.rejections)} paragraphs rejected ({outcome})"
        )
    say(f"contracts import: {len(files)} pages, {awards} awards")
    if merge:
        from timeline.merge import merge as do_merge

        report = do_merge(db)
        say(f"merge: {report.mentions} event mentions -> {report.events} timeline events")
