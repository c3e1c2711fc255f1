"""The served database is read-only: every connection Datasette opens to it refuses writes.

Datasette 0.65 reads through `mode=ro` connections but writes (writable canned queries,
plugins) through a read-write one; `PRAGMA query_only` closes that door too, and unlike
`-i` (immutable) it still lets the crawl write the WAL file while the site reads it."""

from datasette import hookimpl


@hookimpl
def prepare_connection(conn, database):
    if not database.startswith("_"):  # Datasette's own _internal and _memory stay as they are
        conn.execute("PRAGMA query_only = ON")
