"""robots.txt for the public instance: crawlers are blocked when the operator chooses to."""

import os

from datasette import hookimpl
from datasette.utils.asgi import Response

from plugins.timeline_site import tracker_db_name


def robots_txt(datasette) -> Response:
    if os.environ.get("TRACKER_BLOCK_ROBOTS") == "1":
        body = "User-agent: *\nDisallow: /\n"
    else:  # allow the pages people read, not every facet and query permutation
        db = datasette.urls.database(tracker_db_name(datasette))  # /tracker, or /<file stem>
        body = (
            f"User-agent: *\nDisallow: {db}\nDisallow: /timeline.csv\nAllow: {db}/timeline\n"
            "Allow: /timeline\nAllow: /entity/\nAllow: /event/\n"
        )
    return Response.text(body)


@hookimpl
def register_routes():
    return [(r"^/robots\.txt$", robots_txt)]
