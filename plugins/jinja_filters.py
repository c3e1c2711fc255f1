"""Template filters the site's pages need."""

import json

from datasette import hookimpl


def from_json(value, default=()):
    """Parse a JSON column in a template; bad or empty values give `default`."""
    try:
        return json.loads(value) if value else default
    except (TypeError, ValueError):
        return default


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["from_json"] = from_json


@hookimpl
def extra_template_vars(datasette):
    """The tracker database's name: `tracker` by default, the file's stem with `--db`."""
    names = [name for name in datasette.databases if not name.startswith("_")]
    return {"tracker_db": "tracker" if "tracker" in names or not names else names[0]}
