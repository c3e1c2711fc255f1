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
