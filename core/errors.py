"""Named errors raised by library code; only the CLI turns them into messages and exit codes."""


class TrackerError(Exception):
    """Base class: anything the CLI reports as a clean error instead of a traceback."""

    exit_code = 1


class ConfigError(TrackerError):
    """A configuration file (sources.yml, entities.yml) is unreadable or invalid."""

    exit_code = 2


class InputError(TrackerError):
    """A user-supplied input file or value is malformed."""

    exit_code = 2


class UnknownEntity(InputError):
    """A filter names an entity nothing is called (by id, name or alias): a page or a
    download answers "not found" for it, where another bad value is a bad request."""


class DatabaseError(TrackerError):
    """The database cannot be opened or written (read-only, disk full, locked)."""


class CrawlFailed(TrackerError):
    """A crawl finished, but its stats say it failed."""


class AlreadyRunning(TrackerError):
    """Another run holds the lock on this database."""

    exit_code = 75  # EX_TEMPFAIL: try again later
