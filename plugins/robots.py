"""robots.txt for the public instance: crawlers are blocked when the operator chooses to."""

import os

from datasette import hookimpl
from datasette.utils.asgi import Response


def robots_txt() -> Response:
    if os.environ.get("TRACKER_BLOCK_ROBOTS") == "1":
        body = "User-agent: *\nDisallow: /\n"
    else:  # allow the pages people read, not every facet and query permutation
        body = (
            "User-agent: *\nDisallow: /tracker\nDisallow: /timeline.csv\nAllow: /tracker/timeline\n"
            "Allow: /timeline\nAllow: /entity/\nAllow: /event/\n"
        )
    return Response.text(body)


@hookimpl
def register_routes():
    return [(r"^/robots\.txt$", robots_txt)]
