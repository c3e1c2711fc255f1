"""Progress people can see: a bar on a terminal, plain log lines in cron mail and CI logs."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click

log = logging.getLogger("tracker")


@contextmanager
def progress(total: int, label: str, *, quiet: bool = False) -> Iterator[Callable[[int], None]]:
    """Yields `advance(n)`; draws a bar on a TTY, else logs about every tenth of the work."""
    if quiet or total <= 0:
        yield lambda n: None
        return
    if sys.stderr.isatty():
        with click.progressbar(length=total, label=label, file=sys.stderr) as bar:
            yield bar.update
        return
    done, step, next_report = 0, max(1, total // 10), 0

    def advance(n: int) -> None:
        nonlocal done, next_report
        done += n
        if done >= next_report or done >= total:
            log.info("%s: %d/%d", label, done, total)
            next_report = done + step

    yield advance
