"""`tracker`: the command line. The only place errors become messages and exit codes."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import click

from extract.ontology import EVENT_TYPES
from tracker import __version__, paths, store
from tracker.errors import CrawlFailed, DatabaseError, InputError
from tracker.export import FORMATS
from tracker.options import (
    base_option,
    db_option,
    entities_option,
    handle_errors,
    iso_date,
    model_option,
    processes_option,
    sources_option,
    worker_count,
)

log = logging.getLogger("tracker")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tracker")
@click.option("-v", "--verbose", is_flag=True, help="Log every step.")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
def main(verbose: bool, quiet: bool) -> None:
    """Crawl the AI-and-defense news beat, extract events with spaCy, and serve a timeline."""
    level = logging.DEBUG if verbose else logging.ERROR if quiet else logging.INFO
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # Libraries log their own start-up chatter; Scrapy resets its loggers' levels when a
    # crawl starts, so the bound sits on our handler, where it survives that.
    libraries = ("scrapy", "twisted", "trafilatura", "htmldate", "py.warnings", "filelock")
    floor = logging.DEBUG if verbose else max(level, logging.WARNING)

    def quiet_libraries(record: logging.LogRecord) -> bool:
        return record.levelno >= floor or not record.name.startswith(libraries)

    for handler in logging.getLogger().handlers:
        handler.addFilter(quiet_libraries)


# -- stages -----------------------------------------------------------------------------


def _load_sources(sources_path: Path, base: str | None):
    from tracker.config import load_sources

    sources = load_sources(sources_path)
    if base:
        sources = [s.with_base(base) for s in sources]
    unresolved = [s.name for s in sources if any("{{BASE}}" in u for u in s.urls)]
    if unresolved:
        raise InputError(f"sources {', '.join(unresolved)} use {{{{BASE}}}}: pass --base URL")
    return sources


def do_crawl(db_path: Path, sources: list) -> Any:
    from crawler.runner import crawl

    report = crawl(sources, db_path)
    click.echo(
        f"crawl: {report.pages} pages fetched, {report.new} new, {report.updated} updated, "
        f"{report.duplicate} duplicate, {report.skipped} skipped, {report.failed} failed"
    )
    return report


def _extractor(model: str, entities_path: Path, processes: int = 1):
    from extract import Extractor

    workers = worker_count(processes)
    click.echo(f"loading spaCy model {model} ({workers} worker processes) …", err=True)
    return Extractor(model=model, gazetteer_path=entities_path, processes=workers)


def do_extract(
    db_path: Path,
    model: str,
    entities_path: Path,
    *,
    stale: bool = False,
    limit: int | None = None,
    processes: int = 0,
):
    from extract import EXTRACTOR_VERSION
    from tracker.db import connect
    from tracker.extraction import run_extraction
    from tracker.progress import progress

    db = connect(db_path)
    pending = len(store.pending_ids(db, EXTRACTOR_VERSION, stale=stale, limit=limit))
    if not pending:
        click.echo("extract: nothing pending")
        return None
    extractor = _extractor(model, entities_path, processes)
    store.sync_gazetteer(db, extractor.gazetteer)
    with progress(pending, "extracting") as advance:
        report = run_extraction(
            db, extractor, version=EXTRACTOR_VERSION, stale=stale, limit=limit, progress=advance
        )
    click.echo(
        f"extract: {report.extracted} articles extracted, {report.failed} failed, "
        f"{report.not_english} not English"
    )
    return report


def do_merge(db_path: Path, *, force: bool = False):
    """Rebuild the timeline if its mentions changed since the last merge (always with force)."""
    from tracker.db import connect
    from tracker.merge import merge

    report = merge(connect(db_path), force=force)
    if report.skipped:
        click.echo(f"merge: up to date ({report.events} timeline events)")
    else:
        click.echo(f"merge: {report.mentions} event mentions -> {report.events} timeline events")
    return report


def do_run(
    db_path: Path, sources: list, model: str, entities_path: Path, processes: int = 0
) -> int:
    """crawl -> extract -> merge under the run lock, with a crawl_runs row; returns exit code."""
    from extract import EXTRACTOR_VERSION
    from tracker.db import connect
    from tracker.lock import run_lock

    with run_lock(db_path):
        db = connect(db_path)
        run_id = store.start_run(db, "run", EXTRACTOR_VERSION)
        status, counts, crawl = "failed", {}, None
        try:
            crawl = do_crawl(db_path, sources)
            store.record_source_runs(db, run_id, crawl.per_source)
            counts = dict(
                pages=crawl.pages,
                new=crawl.new + crawl.updated,
                duplicate=crawl.duplicate,
                skipped=crawl.skipped,
                failed=crawl.failed,
                stats={"crawl": crawl.stats, "per_source": crawl.per_source},
            )
            extract = do_extract(db_path, model, entities_path, processes=processes)
            if extract is not None:
                counts["extracted"] = extract.extracted
            do_merge(db_path)
            status = "ok" if crawl.ok and not (extract and extract.failed) else "partial"
        finally:
            store.finish_run(db, run_id, status, **counts)
            click.echo(f"run {run_id}: {status}")
        if not crawl.ok:
            raise CrawlFailed(
                f"crawl finished with reason '{crawl.finish_reason}' and {crawl.errors} errors"
            )
        return 0


# -- commands -----------------------------------------------------------------------------


@main.command()
@db_option
@sources_option
@base_option
@handle_errors
def crawl(db_path: Path, sources_path: Path, base: str | None) -> None:
    """Fetch new articles from every enabled source into the database."""
    sources = _load_sources(sources_path, base)
    report = do_crawl(db_path, sources)
    if not report.ok:
        raise CrawlFailed(
            f"crawl finished with reason '{report.finish_reason}' and {report.errors} errors"
        )


@main.command()
@db_option
@model_option
@entities_option
@processes_option
@click.option(
    "--limit", type=click.IntRange(min=1), default=None, help="At most this many articles."
)
@click.option(
    "--stale", is_flag=True, help="Re-extract articles an older extractor version processed."
)
@handle_errors
def extract(
    db_path: Path,
    model: str,
    entities_path: Path,
    processes: int,
    limit: int | None,
    stale: bool,
) -> None:
    """Extract entities, dates and events from articles not yet extracted, then merge.

    Each article is written in its own transaction: an interrupted run resumes where it
    stopped. After an extractor upgrade, `--stale` re-processes what the old one did.
    """
    report = do_extract(
        db_path, model, entities_path, stale=stale, limit=limit, processes=processes
    )
    do_merge(db_path)
    if report is not None and report.failed:
        sys.exit(1)


@main.command()
@db_option
@handle_errors
def merge(db_path: Path) -> None:
    """Rebuild the merged timeline from all event mentions (`run` and `extract` rebuild it
    only when the mentions changed)."""
    do_merge(db_path, force=True)


@main.command()
@db_option
@sources_option
@model_option
@entities_option
@processes_option
@base_option
@handle_errors
def run(
    db_path: Path,
    sources_path: Path,
    model: str,
    entities_path: Path,
    processes: int,
    base: str | None,
) -> None:
    """The scheduled job: crawl, extract and merge, one run at a time."""
    sources = _load_sources(sources_path, base)
    sys.exit(do_run(db_path, sources, model, entities_path, processes))


# Production settings for `serve --public`: no arbitrary SQL, bounded queries and downloads.
PUBLIC_SETTINGS = {
    "default_allow_sql": "off",
    "allow_download": "off",
    "sql_time_limit_ms": "1000",
    "max_csv_mb": "50",
    "max_returned_rows": "1000",
    "facet_time_limit_ms": "200",
    "suggest_facets": "off",
}


def metadata_for(db_path: Path) -> Path:
    """metadata.yml describes the database `tracker`; another file name gets a renamed copy."""
    name = db_path.stem
    if name == "tracker":
        return paths.METADATA
    import tempfile

    import yaml

    text = paths.METADATA.read_text(encoding="utf-8").replace("/tracker/", f"/{name}/")
    metadata = yaml.safe_load(text)
    metadata["databases"] = {name: metadata["databases"]["tracker"]}
    out = Path(tempfile.gettempdir()) / f"tracker-metadata-{name}.yml"
    out.write_text(yaml.safe_dump(metadata, sort_keys=False), encoding="utf-8")
    return out


def datasette_command(db_path: Path, host: str, port: int, public: bool) -> list[str]:
    """The `datasette serve` command line: metadata, templates and plugins from this repo."""
    cmd = [sys.executable, "-m", "datasette", "serve", str(db_path)]
    cmd += ["--metadata", str(metadata_for(db_path)), "--template-dir", str(paths.TEMPLATES)]
    cmd += ["--plugins-dir", str(paths.PLUGINS), "--host", host, "--port", str(port)]
    for name, value in (PUBLIC_SETTINGS if public else {}).items():
        cmd += ["--setting", name, value]
    return cmd


def serve_datasette(
    db_path: Path, host: str, port: int, public: bool, block_robots: bool = False
) -> None:
    """Run Datasette over the database (read-only: it never writes the file)."""
    if not db_path.exists():
        raise DatabaseError(
            f"database {db_path} does not exist; run `tracker demo --no-serve` first"
        )
    env = {**os.environ, "TRACKER_BLOCK_ROBOTS": "1" if block_robots else "0"}
    click.echo(f"Datasette: http://{host}:{port}/  (Ctrl-C to stop)")
    try:
        subprocess.run(datasette_command(db_path, host, port, public), check=False, env=env)
    except KeyboardInterrupt:
        pass


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True)
@click.option(
    "--public", is_flag=True, help="Production settings: no arbitrary SQL, time and size limits."
)
@click.option("--block-robots", is_flag=True, help="robots.txt disallows every crawler.")
@handle_errors
def serve(db_path: Path, host: str, port: int, public: bool, block_robots: bool) -> None:
    """Serve the timeline with Datasette."""
    serve_datasette(db_path, host, port, public, block_robots)


@main.command()
@db_option
@model_option
@entities_option
@click.option("--no-serve", is_flag=True, help="Build the demo database and exit.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8001,
    show_default=True,
    help="Datasette's port.",
)
@click.option(
    "--site-port",
    type=click.IntRange(1, 65535),
    default=8765,
    show_default=True,
    help="The demo site's port; keep it fixed so re-runs see the same URLs.",
)
@handle_errors
def demo(
    db_path: Path, model: str, entities_path: Path, no_serve: bool, port: int, site_port: int
) -> None:
    """Serve the built-in demo site on 127.0.0.1, run the whole job on it, open Datasette.

    Running it again adds nothing: the same site gives the same articles and events.
    """
    from tracker.demo_site import DemoSite

    try:
        site = DemoSite(port=site_port)
    except OSError as exc:
        raise InputError(
            f"cannot serve the demo site on 127.0.0.1:{site_port} ({exc.strerror}); pass --site-port"
        ) from exc
    with site as base:
        click.echo(f"demo site: {base}/")
        do_run(db_path, _load_sources(paths.DEMO_SOURCES, base), model, entities_path)
    click.echo(f"demo database: {db_path}")
    if not no_serve:
        serve_datasette(db_path, "127.0.0.1", port, public=False)


@main.command()
@db_option
@sources_option
@click.option("--every", default="1h", show_default=True, help="Interval: 15m, 1h, 1d…")
@click.option("--systemd", is_flag=True, help="A systemd service and timer instead of a cron line.")
@click.option("--install", is_flag=True, help="Install it (crontab, or the unit files) as well.")
@click.option(
    "--unit-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where --systemd --install writes units (default: the system or user unit dir).",
)
@handle_errors
def schedule(
    db_path: Path,
    sources_path: Path,
    every: str,
    systemd: bool,
    install: bool,
    unit_dir: Path | None,
) -> None:
    """Print (or install) a cron line or systemd timer that runs `tracker run` on a schedule."""
    from tracker.schedule import cron_line, parse_interval, systemd_units, tracker_command

    seconds = parse_interval(every)
    command = tracker_command(db_path, sources_path)
    if not systemd:
        line = cron_line(seconds, command, db_path.resolve().with_suffix(".log"))
        click.echo(line)
        if install:
            current = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
            lines = [
                x for x in current.stdout.splitlines() if "tracker" not in x or " run " not in x
            ]
            subprocess.run(
                ["crontab", "-"], input="\n".join([*lines, line]) + "\n", text=True, check=True
            )
            click.echo("installed in the crontab", err=True)
        return
    units = systemd_units(seconds, command, paths.ROOT)
    if install:
        if unit_dir is None:
            unit_dir = (
                Path("/etc/systemd/system")
                if os.geteuid() == 0
                else Path.home() / ".config/systemd/user"
            )
        unit_dir.mkdir(parents=True, exist_ok=True)
        for name, text in units.items():
            (unit_dir / name).write_text(text)
        user = "" if os.geteuid() == 0 else "--user "
        click.echo(
            f"wrote {', '.join(units)} to {unit_dir}; now run: "
            f"systemctl {user}daemon-reload && systemctl {user}enable --now "
            "news-timeline-tracker.timer",
            err=True,
        )
    else:
        for name, text in units.items():
            click.echo(f"# {name}\n{text}")


@main.command()
@db_option
@sources_option
@click.option("--every", default="1h", show_default=True, help="Interval: 15m, 1h, 1d…")
@click.option("--times", type=click.IntRange(min=1), default=None, help="Stop after N runs.")
@handle_errors
def watch(db_path: Path, sources_path: Path, every: str, times: int | None) -> None:
    """Run the job in the foreground every interval, for machines without cron."""
    import time

    from tracker.schedule import parse_interval, tracker_command

    seconds = parse_interval(every)
    command = tracker_command(db_path, sources_path)
    command.remove("--quiet")
    runs = 0
    try:
        while True:
            started = time.monotonic()
            code = subprocess.run(command, check=False).returncode
            runs += 1
            click.echo(f"watch: run {runs} exited {code}; next in {every}", err=True)
            if times is not None and runs >= times:
                return
            time.sleep(max(0.0, seconds - (time.monotonic() - started)))
    except KeyboardInterrupt:
        click.echo("watch: stopped", err=True)


@main.command()
@db_option
@click.argument("dest", type=click.Path(dir_okay=False, path_type=Path))
@handle_errors
def backup(db_path: Path, dest: Path) -> None:
    """Copy the database with SQLite's online backup (safe while a run writes)."""
    from tracker.maintenance import backup as do_backup

    pages = do_backup(db_path, dest)
    click.echo(f"backup: {pages} pages -> {dest}")


@main.command()
@db_option
@handle_errors
def vacuum(db_path: Path) -> None:
    """Compact the database and refresh the query planner's statistics."""
    from tracker.maintenance import integrity
    from tracker.maintenance import vacuum as do_vacuum

    before, after = do_vacuum(db_path)
    click.echo(f"vacuum: {before:,} -> {after:,} bytes; integrity_check: {integrity(db_path)}")


@main.command(name="import")
@click.argument("jsonl", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
@click.option("--outlet", default=None, help="Outlet name for records that carry none.")
@handle_errors
def import_(jsonl: Path, db_path: Path, outlet: str | None) -> None:
    """Load articles from a JSONL file of {url, title, published, text} records."""
    from tracker.db import connect
    from tracker.importer import import_jsonl

    report = import_jsonl(connect(db_path), jsonl, outlet=outlet)
    click.echo(
        f"import: {report['new']} new, {report['unchanged']} unchanged, "
        f"{report['duplicate']} duplicate, {report['updated']} updated"
    )


@main.command(name="import-extractions")
@click.argument("jsonl", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
@handle_errors
def import_extractions_cmd(jsonl: Path, db_path: Path) -> None:
    """Load `extract-jsonl` results made on other machines, then merge the timeline."""
    from extract import EXTRACTOR_VERSION
    from tracker.db import connect
    from tracker.importer import import_extractions

    count = import_extractions(connect(db_path), jsonl, EXTRACTOR_VERSION)
    click.echo(f"import-extractions: {count} articles")
    do_merge(db_path)


@main.command(name="extract-jsonl")
@click.argument("infile", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("outfile", type=click.Path(dir_okay=False, path_type=Path))
@model_option
@entities_option
@processes_option
@handle_errors
def extract_jsonl_cmd(
    infile: Path, outfile: Path, model: str, entities_path: Path, processes: int
) -> None:
    """Extract JSONL records {id, url, title, published, text} to JSONL results, no database."""
    from extract import extract_jsonl

    count = extract_jsonl(infile, outfile, _extractor(model, entities_path, processes))
    click.echo(f"extract-jsonl: {count} records -> {outfile}")


@main.command(name="parse-article")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--url", required=True, help="The URL the page was saved from.")
@handle_errors
def parse_article_cmd(file: Path, url: str) -> None:
    """Print, as JSON, what the crawler would store for a saved page (.html or .html.gz)."""
    import json

    from crawler.article import parse_saved_page

    click.echo(json.dumps(parse_saved_page(file.read_bytes(), url), ensure_ascii=False, indent=2))


@main.group()
def export() -> None:
    """Write the timeline out as a file."""


@export.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="csv",
    show_default=True,
    help="csv: one row per event; timelinejs: TimelineJS spreadsheet; json; ics: calendar.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write (default: standard output).",
)
@click.option("--entity", default=None, help="Only events with this entity (id or name).")
@click.option("--type", "event_type", type=click.Choice(EVENT_TYPES), default=None)
@click.option("--since", callback=iso_date, default=None, help="YYYY[-MM[-DD]], inclusive.")
@click.option("--until", callback=iso_date, default=None, help="YYYY[-MM[-DD]], inclusive.")
@click.option("--bom", is_flag=True, help="Start CSV output with a UTF-8 BOM (for Excel).")
@click.option("--title", default="Timeline", show_default=True, help="TimelineJS title slide.")
@handle_errors
def timeline(
    db_path: Path,
    fmt: str,
    output: Path | None,
    entity: str | None,
    event_type: str | None,
    since: str | None,
    until: str | None,
    bom: bool,
    title: str,
) -> None:
    """The timeline, one event per row or entry, in date order."""
    from tracker import export
    from tracker.db import connect

    db = connect(db_path, readonly=True)
    rows = export.timeline_rows(db, entity=entity, event_type=event_type, since=since, until=until)
    if fmt != "csv":
        rows = export.with_details(db, rows)
    out = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "csv":
            count = export.write_csv(rows, out, bom=bom)
        elif fmt == "timelinejs":
            count = export.write_timelinejs(rows, out, title=title, bom=bom)
        elif fmt == "json":
            count = export.write_json(rows, out)
        else:
            count = export.write_ics(rows, out)
    finally:
        if output:
            out.close()
    if output:
        click.echo(f"export: {count} events -> {output}", err=True)


@export.command()
@db_option
@click.option(
    "--since",
    default=None,
    metavar="ISO-DATETIME",
    help="Only articles fetched at or after this time (UTC unless it names an offset).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="JSONL file to write (replaced whole, never left half-written).",
)
@handle_errors
def articles(db_path: Path, since: str | None, output: Path) -> None:
    """A worker's articles as JSONL that `tracker import` loads on the central machine."""
    from tracker.db import connect
    from tracker.workers import export_to_file, parse_since

    report = export_to_file(
        connect(db_path, readonly=True), output, parse_since(since) if since else None
    )
    click.echo(f"export: {report.count} articles -> {output}", err=True)
    if report.last_fetched_at:
        click.echo(f"next batch: --since {report.last_fetched_at}", err=True)


from tracker.contracts import contracts_group  # noqa: E402

main.add_command(contracts_group)

if __name__ == "__main__":  # pragma: no cover
    main()
