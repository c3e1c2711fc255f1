"""The site's connections compare entity names as the command line's do: name_key() and
name_like() (core/names.py) in every connection's SQL, for the pages' entity filters and
the canned queries that take an entity."""

from datasette import hookimpl

from core.names import register_name_functions


@hookimpl
def prepare_connection(conn):
    register_name_functions(conn)
