"""How a typed name is compared with an entity's id, name and aliases: in any case, for
every alphabet. SQLite's NOCASE and LIKE fold ASCII letters only ('Á' is not 'á'), so the
comparison is Python's, registered on each connection as SQL functions, and the CLI, the
site's pages and its canned queries all compare through the same two functions."""

from __future__ import annotations

import re
import sqlite3
import unicodedata

# What a LIKE pattern cannot stand for as typed: letters LIKE does not fold (not ASCII),
# its own wildcards and escape, and what JSON escapes in the aliases column (`"`, `\`,
# controls and, as json.dumps writes them, every non-ASCII character).
_NOT_LIKE_SAFE = re.compile(r'[^\x20-\x7e]|[%_"\\]')


def name_key(value: str | None) -> str | None:
    """A name as it compares: Unicode-normalised (NFKC) and case-folded, so 'NICOLÁS
    MADURO', 'Nicolás Maduro' and 'nicolás maduro' are one key."""
    if not isinstance(value, str):
        return None
    return unicodedata.normalize("NFKC", value).casefold()


def name_like(value: str | None) -> str | None:
    """A LIKE pattern every spelling of `value` in another case matches (a cheap first pass
    before name_key decides): ASCII letters as typed, anything else as '%'."""
    if not isinstance(value, str):
        return None
    return re.sub("%+", "%", _NOT_LIKE_SAFE.sub("%", value))


def register_name_functions(conn: sqlite3.Connection) -> None:
    """name_key() and name_like() in this connection's SQL (core/db.py's connections, and
    the site's through plugins/name_functions.py)."""
    conn.create_function("name_key", 1, name_key, deterministic=True)
    conn.create_function("name_like", 1, name_like, deterministic=True)
