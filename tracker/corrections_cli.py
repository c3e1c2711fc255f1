"""`tracker correct`: record corrections to the merged timeline (see docs/timeline.md)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from tracker.options import db_option, handle_errors, say

_MERGE_OPTION = click.option(
    "--merge/--no-merge",
    default=True,
    show_default=True,
    help="Bring the timeline up to date after.",
)
_NOTE_OPTION = click.option("--note", default=None, help="Why, for whoever reads it later.")


@click.group(name="correct")
def correct_group() -> None:
    """Correct the merged timeline: a report that is wrong, two reports of one event, or a
    report that is not another's event. A REPORT is an event mention id (`tracker correct
    reports EVENT_ID` lists an event's); the correction is kept by article URL and sentence,
    so it holds through re-extraction and every later merge."""


def _record(
    db_path: Path, kind: str, report: str, other: str | None, note: str | None, merge: bool
) -> None:
    from core.db import connect
    from timeline import corrections

    db = connect(db_path, create=False)
    replaced = corrections.replaced_by(db, kind, report, other) if other else []
    cid = corrections.record(db, kind, report, other, note)
    line = f"correction {cid}: {kind} {report}" + (f" {other}" if other else "")
    if replaced:  # a merge takes the place of a split of the same two reports, and back
        opposite = "split" if kind == "merge" else "merge"
        plural = "s" if len(replaced) > 1 else ""
        line += f"; removes {opposite} correction{plural} {', '.join(map(str, replaced))}"
    say(line)
    if merge:
        from tracker import job

        job.merge_timeline(db_path)


@correct_group.command(name="wrong")
@click.argument("report")
@db_option
@_NOTE_OPTION
@_MERGE_OPTION
@handle_errors
def wrong_cmd(report: str, db_path: Path, note: str | None, merge: bool) -> None:
    """Leave REPORT out of the timeline (a misread sentence, an unrelated article)."""
    _record(db_path, "wrong", report, None, note, merge)


@correct_group.command(name="merge")
@click.argument("report")
@click.argument("other")
@db_option
@_NOTE_OPTION
@_MERGE_OPTION
@handle_errors
def merge_cmd(report: str, other: str, db_path: Path, note: str | None, merge: bool) -> None:
    """REPORT is the same event as OTHER: it joins OTHER's event and takes its type."""
    _record(db_path, "merge", report, other, note, merge)


@correct_group.command(name="split")
@click.argument("report")
@click.argument("other")
@db_option
@_NOTE_OPTION
@_MERGE_OPTION
@handle_errors
def split_cmd(report: str, other: str, db_path: Path, note: str | None, merge: bool) -> None:
    """REPORT is not OTHER's event: they are never put in one event."""
    _record(db_path, "split", report, other, note, merge)


@correct_group.command(name="remove")
@click.argument("correction", type=int)
@db_option
@_MERGE_OPTION
@handle_errors
def remove_cmd(correction: int, db_path: Path, merge: bool) -> None:
    """Take back correction CORRECTION (its id from `tracker correct list`)."""
    from core.db import connect
    from timeline import corrections

    corrections.remove(connect(db_path, create=False), correction)
    say(f"correction {correction} removed")
    if merge:
        from tracker import job

        job.merge_timeline(db_path)


@correct_group.command(name="list")
@db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per correction.")
@handle_errors
def list_cmd(db_path: Path, as_json: bool) -> None:
    """Every correction, with the reports it names today."""
    from core.db import connect
    from timeline import corrections

    rows = corrections.listing(connect(db_path, readonly=True))
    for row in rows:
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False))
            continue
        now = " / ".join(", ".join(ids) or "no report now" for ids in row["reports_now"])
        line = f"{row['id']}\t{row['kind']}\t{row['url']}\t{row['sentence'][:60]!r}"
        if row["other_url"]:
            line += f"\t{row['other_url']}\t{row['other_sentence'][:60]!r}"
        click.echo(f"{line}\t[{now}]")
    if not rows and not as_json:
        click.echo("no corrections", err=True)


@correct_group.command(name="reports")
@click.argument("event")
@db_option
@handle_errors
def reports_cmd(event: str, db_path: Path) -> None:
    """The reports of timeline event EVENT (its id), to name in a correction."""
    from core.db import connect
    from timeline import corrections

    for r in corrections.event_reports(connect(db_path, readonly=True), event):
        date = f"{r['date']} ({r['precision']})" if r["date"] else "undated"
        click.echo(
            f"{r['id']}\t{r['type']}\t{date}\t{r['outlet']}\t{r['published'] or '-'}\t"
            f"{r['url']}\t{r['sentence'][:100]!r}"
        )
