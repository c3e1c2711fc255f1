"""`tracker`: the command line. The only place errors become messages and exit codes."""

from __future__ import annotations

import itertools
import logging
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

import click

from core import __version__, paths
from core.errors import CrawlFailed, DatabaseError, InputError
from extract.ontology import EVENT_TYPES
from timeline import FORMATS
from tracker import job
from tracker.options import (
    base_option,
    db_option,
    entities_option,
    handle_errors,
    iso_date,
    model_option,
    processes_option,
    run_options,
    say,
    sources_option,
)
from tracker.serve import serve_datasette

log = logging.getLogger("tracker")
DATABASE_ERRORS = (DatabaseError, sqlite3.Error)
ENTITIES_ENV = "TRACKER_ENTITIES"


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
    # A page or host that fails is the crawl's routine: it records each in `pages` and names
    # failed sources in its summary. What these libraries say about one is shown with -v;
    # at the default level a refused robots.txt is one warning line, the page parsers nothing.
    one_line, page_parsers = "scrapy.downloadermiddlewares.robotstxt", ("trafilatura", "htmldate")

    def quiet_libraries(record: logging.LogRecord) -> bool:
        if not verbose and record.name.startswith(page_parsers):
            return False
        if not verbose and record.name == one_line and record.levelno > logging.WARNING:
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.exc_info = record.exc_text = None
        if record.exc_info and isinstance(record.exc_info[1], DATABASE_ERRORS):
            # Scrapy logs every page the database refused (disk full, read-only) with its
            # traceback; the crawl stops at the first and the command reports it in one line
            # (with -v, the traceback too).
            return verbose or not record.name.startswith(libraries)
        return record.levelno >= floor or not record.name.startswith(libraries)

    for handler in logging.getLogger().handlers:
        handler.addFilter(quiet_libraries)


@contextmanager
def crawl_gazetteer(entities_path: Path) -> Iterator[None]:
    """Name `--entities` to the crawl's topic filter (crawler/pipelines/topic.py), which reads
    TRACKER_ENTITIES, the variable `--entities` already defaults from; restored afterwards."""
    before = os.environ.get(ENTITIES_ENV)
    os.environ[ENTITIES_ENV] = str(entities_path)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(ENTITIES_ENV, None)
        else:
            os.environ[ENTITIES_ENV] = before


# -- commands -----------------------------------------------------------------------------


@main.command()
@db_option
@sources_option
@base_option
@handle_errors
def crawl(db_path: Path, sources_path: Path, base: str | None) -> None:
    """Fetch new articles from every enabled source into the database, one run at a time
    (exit 75 while `tracker run` or another crawl holds the lock)."""
    from core.db import check_writable
    from extract.gazetteer import read_gazetteer

    sources = job.load_sources(sources_path, base)
    # the topic filter's watch list: a bad one is exit 2 before anything is fetched
    read_gazetteer(os.environ.get(ENTITIES_ENV) or paths.DEFAULT_ENTITIES)
    check_writable(db_path)  # a read-only database or folder: one line, before the lock
    report = job.crawl_job(db_path, sources)
    if not report.ok:
        raise CrawlFailed(report.failure)


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
    report = job.extract_pending(
        db_path, model, entities_path, stale=stale, limit=limit, processes=processes
    )
    job.merge_timeline(db_path)
    if report is not None and report.failed:
        sys.exit(1)


@main.command()
@db_option
@click.option("--full", is_flag=True, help="Rebuild the whole timeline, not only what changed.")
@handle_errors
def merge(db_path: Path, full: bool) -> None:
    """Bring the merged timeline up to date with the event mentions.

    Only what changed since the last merge is re-clustered, with the same result as a full
    rebuild; `--full` rebuilds everything (`run` and `extract` merge only when needed)."""
    job.merge_timeline(db_path, full=full, force=True)


@main.command()
@run_options
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
    from core.db import check_writable
    from extract.gazetteer import read_gazetteer

    sources = job.load_sources(sources_path, base)
    read_gazetteer(entities_path)  # a bad gazetteer is exit 2 before anything is fetched
    check_writable(db_path)  # a read-only database or folder: one line, before the lock
    with crawl_gazetteer(entities_path):
        code = job.run_job(db_path, sources, model, entities_path, processes)
    sys.exit(code)


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
    from tracker.serve import check_port

    if not no_serve:  # a busy Datasette port is found now, not after the whole build
        port = check_port("127.0.0.1", port)
    try:
        site = DemoSite(port=site_port)
    except OSError as exc:
        raise InputError(
            f"cannot serve the demo site on 127.0.0.1:{site_port} ({exc.strerror}); pass --site-port"
        ) from exc
    with site as base:
        say(f"demo site: {base}/")
        job.run_job(db_path, job.load_sources(paths.DEMO_SOURCES, base), model, entities_path)
    say(f"demo database: {db_path}")
    if not no_serve:
        serve_datasette(db_path, "127.0.0.1", port, public=False)


@main.command()
@db_option
@sources_option
@click.option(
    "--every",
    default="1h",
    show_default=True,
    help="Interval: 15m, 1h, 1d… A cron line takes minutes that divide an hour, hours that "
    "divide a day, or whole days; --systemd takes any.",
)
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
    """Print (or install) a cron line or systemd timer that runs `tracker run` on a schedule.

    The cron line appends all a run prints to <db>.log; only a failed run prints its
    `Error:` line, which cron mails to MAILTO."""
    from tracker import schedule as sched

    seconds = sched.parse_interval(every)
    command = sched.tracker_command(db_path, sources_path)
    if not systemd:
        line = sched.cron_line(seconds, command, db_path.resolve().with_suffix(".log"))
        click.echo(line)
        if install:
            sched.install_cron(line)
            say("installed in the crontab", err=True)
        return
    units = sched.systemd_units(seconds, command, paths.ROOT)
    if not install:
        for name, text in units.items():
            click.echo(f"# {name}\n{text}")
        return
    unit_dir = unit_dir or sched.default_unit_dir()
    sched.install_units(units, unit_dir)
    user = "" if unit_dir == Path("/etc/systemd/system") else "--user "
    say(
        f"wrote {', '.join(units)} to {unit_dir}; now run: "
        f"systemctl {user}daemon-reload && systemctl {user}enable --now "
        "news-timeline-tracker.timer",
        err=True,
    )


@main.command()
@run_options
@click.option("--every", default="1h", show_default=True, help="Interval: 15m, 90m, 1h, 1d…")
@click.option(
    "--times",
    type=click.IntRange(min=1),
    default=None,
    help="Stop after N runs; exit 1 if the last one failed.",
)
@handle_errors
def watch(
    db_path: Path,
    sources_path: Path,
    model: str,
    entities_path: Path,
    processes: int,
    base: str | None,
    every: str,
    times: int | None,
) -> None:
    """Run the job in the foreground every interval, for machines without cron.

    Each run is `tracker run` with these options. A run that exits 2 (a usage or
    configuration error) stops watch at once with 2; with --times, watch exits with the
    last run's status (75, the lock held by another run, counts as 0)."""
    from tracker import schedule as sched

    seconds = sched.parse_interval(every)
    command = sched.tracker_command(
        db_path,
        sources_path,
        model=model,
        entities_path=entities_path,
        processes=processes,
        base=base,
    )
    command.remove("--quiet")

    def report(run: int, code: int, last: bool) -> None:
        if code == sched.USAGE_ERROR:
            after = "stopped: fix the usage or configuration error above"
        elif last:
            after = "done"
        else:
            after = f"next in {every}"
        click.echo(f"watch: run {run} exited {code}; {after}", err=True)

    try:
        status = sched.watch(command, seconds, times, report)
    except KeyboardInterrupt:
        click.echo("watch: stopped", err=True)
        return
    sys.exit(status)


@main.command()
@db_option
@click.argument("dest", type=click.Path(dir_okay=False, path_type=Path))
@handle_errors
def backup(db_path: Path, dest: Path) -> None:
    """Copy the database with SQLite's online backup (safe while a run writes)."""
    from core.maintenance import backup as do_backup

    pages = do_backup(db_path, dest)
    say(f"backup: {pages} pages -> {dest}")


@main.command()
@db_option
@handle_errors
def vacuum(db_path: Path) -> None:
    """Compact the database and refresh the query planner's statistics."""
    from core.maintenance import integrity
    from core.maintenance import vacuum as do_vacuum

    before, after = do_vacuum(db_path)
    say(f"vacuum: {before:,} -> {after:,} bytes; integrity_check: {integrity(db_path)}")


@main.command(name="import")
@click.argument("jsonl", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
@click.option("--outlet", default=None, help="Outlet name for records that carry none.")
@handle_errors
def import_(jsonl: Path, db_path: Path, outlet: str | None) -> None:
    """Load articles from a JSONL file of {url, title, published, text} records."""
    from core.db import connect
    from tracker.importer import import_jsonl

    report = import_jsonl(connect(db_path), jsonl, outlet=outlet)
    say(
        f"import: {report['new']} new, {report['unchanged']} unchanged, "
        f"{report['duplicate']} duplicate, {report['updated']} updated"
    )


@main.command(name="import-extractions")
@click.argument("jsonl", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
@entities_option
@handle_errors
def import_extractions_cmd(jsonl: Path, db_path: Path, entities_path: Path) -> None:
    """Load `extract-jsonl` results made on other machines, then merge the timeline."""
    from core.db import connect
    from extract.gazetteer import read_gazetteer
    from extract.version import EXTRACTOR_VERSION
    from tracker.importer import import_extractions

    gazetteer = read_gazetteer(entities_path).public()  # as `tracker extract` stores it
    db = connect(db_path, create=False)
    count = import_extractions(db, jsonl, EXTRACTOR_VERSION, gazetteer)
    say(f"import-extractions: {count} articles")
    job.merge_timeline(db_path)


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
    from extract.jsonl import check_records, extract_jsonl

    check_records(infile)  # a bad line is found now, not after the model has loaded
    count = extract_jsonl(infile, outfile, job.make_extractor(model, entities_path, processes))
    say(f"extract-jsonl: {count} records -> {outfile}")


@main.command(name="parse-article")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--url", required=True, help="The URL the page was saved from.")
@handle_errors
def parse_article_cmd(file: Path, url: str) -> None:
    """Print, as JSON, what the crawler would store for a saved page (.html or .html.gz)."""
    import gzip
    import json
    import zlib

    from crawler.article import parse_saved_page

    try:
        page = parse_saved_page(file.read_bytes(), url)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:  # a truncated or corrupt .gz
        raise InputError(f"{file}: cannot decompress the saved page: {exc}") from exc
    click.echo(json.dumps(page, ensure_ascii=False, indent=2))


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
@click.option(
    "--since", callback=iso_date, default=None, help="YYYY[-MM[-DD]], YYYY-Www, YYYY-Qn; inclusive."
)
@click.option(
    "--until", callback=iso_date, default=None, help="YYYY[-MM[-DD]], YYYY-Www, YYYY-Qn; inclusive."
)
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
    from core.db import connect
    from timeline import export
    from tracker.workers import output_file

    db = connect(db_path, readonly=True)
    # a calendar and TimelineJS also have deadlines: by their own date, an undated one's too
    select = {"ics": export.calendar_rows, "timelinejs": export.slide_rows}.get(
        fmt, export.timeline_rows
    )
    # a file is replaced whole only once every row is written: a failure keeps the old one
    target = output_file(output, newline="") if output else nullcontext(sys.stdout)
    try:
        rows = select(db, entity=entity, event_type=event_type, since=since, until=until)
        if fmt != "csv":
            rows = export.with_details(db, rows)
        # the first row is read before anything is written: a database that cannot be read
        # fails here, and standard output gets no header without rows
        rows = iter(rows)
        first = next(rows, None)
        rows = rows if first is None else itertools.chain([first], rows)
        with target as out:
            if fmt == "csv":
                count = export.write_csv(rows, out, bom=bom)
            elif fmt == "timelinejs":
                count = export.write_timelinejs(rows, out, title=title, bom=bom)
            elif fmt == "json":
                count = export.write_json(rows, out)
            else:
                count = export.write_ics(rows, out)
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot read the timeline from {db_path}: {exc}") from exc
    if output:
        say(f"export: {count} events -> {output}", err=True)


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
    from core.db import connect
    from tracker.workers import export_to_file, parse_since

    report = export_to_file(
        connect(db_path, readonly=True), output, parse_since(since) if since else None
    )
    say(f"export: {report.count} articles -> {output}", err=True)
    if report.last_fetched_at:
        click.echo(f"next batch: --since {report.last_fetched_at}", err=True)


from tracker.contracts_cli import contracts_group  # noqa: E402 - needs `main`'s siblings only
from tracker.corrections_cli import correct_group  # noqa: E402 - needs `main`'s siblings only

main.add_command(contracts_group)
main.add_command(correct_group)

if __name__ == "__main__":  # pragma: no cover
    main()
