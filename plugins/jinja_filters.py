"""Template filters the site's pages need."""

import json
import re

from datasette import hookimpl
from datasette.utils import tilde_decode as _tilde_decode

from plugins.timeline_site import tracker_db_name
from timeline import query

_OTHER_DATE = re.compile(r"^(?P<value>\S+) \((?P<precision>\w+)\)$")


def from_json(value, default=()):
    """Parse a JSON column in a template; bad or empty values give `default`."""
    try:
        return json.loads(value) if value else default
    except (TypeError, ValueError):
        return default


def search_text(value):
    """Words typed into a search box, control characters (NUL included) turned into spaces."""
    return query.search_text(value)


def fts_phrase(value):
    """The words as one quoted FTS5 phrase, so no input is read as query syntax; "" for none."""
    text = search_text(value).replace('"', "")
    return f'"{text}"' if value else ""


def fts_query(value):
    """The words AND-ed, "a phrase" as a phrase, as Datasette's own search reads them."""
    return query.fts_query(value)


def date_label(value, precision=None):
    """A stored date as a reader sees it ("week of 23 Feb 2026"); "2026-W09 (week)", as the
    merge lists the dates other reports gave, becomes "week of 23 Feb 2026"."""
    if not isinstance(value, str):
        return ""
    match = _OTHER_DATE.match(value)
    if match and precision is None:
        return query.display_date(match["value"], match["precision"])
    return query.display_date(value, precision)


def by_outlet(sources):
    """A timeline row's reports, [[outlet, url], ...] first report first, as [(outlet,
    [url, ...])]: each outlet once, in the order it first reported, with its reports'
    URLs, so a row headed "4 outlets" names four."""
    grouped: dict[str, list[str]] = {}
    for source in sources or ():
        if isinstance(source, list) and len(source) == 2:
            outlet, url = source
            grouped.setdefault(outlet or "", []).append(url)
    return list(grouped.items())


def http_url(value):
    """The URL when it is http(s), else "": pages draw links only for web addresses."""
    return value if isinstance(value, str) and value.startswith(("http://", "https://")) else ""


def tilde_decode(value):
    """A page's path part as typed: Datasette redirects /entity/Pete%20Hegseth to
    /entity/Pete~20Hegseth, so a name with a space arrives tilde-encoded."""
    try:
        return _tilde_decode(value or "")
    except ValueError:
        return value or ""


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["from_json"] = from_json
    env.filters["search_text"] = search_text
    env.filters["fts_phrase"] = fts_phrase
    env.filters["fts_query"] = fts_query
    env.filters["date_label"] = date_label
    env.filters["http_url"] = http_url
    env.filters["by_outlet"] = by_outlet
    env.filters["tilde_decode"] = tilde_decode


@hookimpl
def extra_template_vars(datasette):
    """The tracker database's name for the pages' queries (timeline_site.tracker_db_name)."""
    return {"tracker_db": tracker_db_name(datasette)}
