"""QA verification fixes (QA_verify N1, N5, N6, N7): the served site suggests no facet on the
raw `date` (its week codes), the events table draws its long search text shortened, a range
that ends before it starts is refused by the exports as by the site, the calendar feed is
served under a database name with a space, and only an unknown entity is a 404."""

from __future__ import annotations

import pytest
import yaml

from core import store
from core.db import connect
from core.errors import InputError, UnknownEntity
from tests.conftest import free_port, run_cli
from tests.test_qa_fix_a2 import datasette, get
from tests.test_rel_site_serve import http, server
from timeline import query
from timeline.merge import merge
from tracker.serve import datasette_command

LOCKS = ("canal-locks-office", "Canal Locks Office")
BARGES = ("barge-owners-union", "Barge Owners Union")
SENTENCE = (
    "The canal locks office and the barge owners union met at the lock keeper's cottage "
    "to agree the winter opening hours of every lock between the two reservoirs."
)


def build_canal(db_path) -> str:
    """One meeting dated to ISO week 2025-W40, told by two outlets in long sentences (so its
    search text runs past a cell's width); its id."""
    db = connect(db_path)
    for n, (url, outlet) in enumerate(
        [("https://towpath.example/a", "Towpath News"), ("https://lockside.example/b", "Lockside")],
        start=1,
    ):
        store.save_article(
            db,
            {
                "url": url,
                "canonical_url": url,
                "source": "canal",
                "outlet": outlet,
                "title": f"Winter hours agreed, report {n}",
                "published": "2025-10-03",
                "published_source": "page_metadata",
                "text": (SENTENCE + " ") * 4 + f"Report {n}.",
            },
        )
        event = {
            "type": "meeting",
            "date": "2025-W40",
            "precision": "week",
            "status": "occurred",
            "confidence": 0.8,
            "actors": [{"id": i, "name": nm, "role": "participant"} for i, nm in (LOCKS, BARGES)],
            "amount_usd": None,
            "location": None,
            "sentence": SENTENCE + f" ({outlet})",
            "start": 0,
            "end": len(SENTENCE),
            "trigger": "met",
            "date_text": "this week",
        }
        store.save_extraction(
            db, store.article_id(url), {"entities": [], "dates": [], "events": [event]}, "v1"
        )
    merge(db)
    (event_id,) = db.execute("SELECT id FROM events").fetchone()
    db.close()
    return event_id


def test_served_site_suggests_no_date_facet_and_serves_the_calendar_under_a_spaced_name(
    tmp_path,
):
    """N1: `tracker serve` (public or not) turns off Datasette's facet suggestions, which
    offered the raw `date` and listed its week codes; the configured facets stay.
    N6: a file called "my news.db" is served as /my+news, and its calendar.ics too."""
    db_path = tmp_path / "my news.db"
    build_canal(db_path)
    port = free_port()
    cmd = datasette_command(db_path, "127.0.0.1", port, public=False)
    assert "suggest_facets" in cmd
    with server(cmd, port):
        base = f"http://127.0.0.1:{port}"
        status, body = http(base, "/my+news/events.json?_size=0")
        assert status == 200, body[-300:]
        data = yaml.safe_load(body)  # JSON is YAML
        assert data["suggested_facets"] == []
        assert "month" in data["facet_results"]  # metadata.yml's facets are kept
        status, html = http(base, "/my+news/events?_facet=month")
        assert status == 200 and "2025-10" in html
        assert "2025-W40" not in html.replace("_facet", "")
        for path in ("/my+news/calendar.ics", "/my~20news/calendar.ics"):
            status, ics = http(base, path)
            assert status == 200, (path, ics[:200])
            assert ics.startswith("BEGIN:VCALENDAR") and "Canal Locks Office" in ics
        assert http(base, "/elsewhere/calendar.ics")[0] == 404


def test_events_table_draws_search_text_shortened_and_json_keeps_it(db_path):
    event_id = build_canal(db_path)
    db = connect(db_path)
    (whole,) = db.execute("SELECT search_text FROM events").fetchone()
    db.close()
    assert len(whole) > 300
    table, row, data = get(
        datasette(db_path),
        "/tracker/events",
        f"/tracker/events/{event_id}",
        "/tracker/events.json?_shape=array",
    )
    for page in (table, row):
        assert page.status_code == 200
        assert f"({len(whole):,} characters)" in page.text
        assert "(Lockside)" not in page.text.split("search_text", 1)[1]  # the tail is cut
    assert data.json()[0]["search_text"] == whole


def test_a_range_that_ends_before_it_starts_is_refused_by_every_reader(db_path):
    """N5: From after To is refused where the filters are read (query.Filters.parse), so
    `tracker export` exits 2 with the reason, as the site answers 400."""
    build_canal(db_path)
    with pytest.raises(InputError, match="From 2026 is after To 2025"):
        query.Filters.parse(since="2026", until="2025")
    assert query.Filters.parse(since="2025-W40", until="2025-10").since == "2025-09-29"
    out = db_path.parent / "swapped.csv"
    for fmt in ("csv", "ics"):
        done = run_cli(
            "export", "timeline", "--db", str(db_path), "--format", fmt,
            "--since", "2026", "--until", "2025", "-o", str(out),
        )  # fmt: skip
        assert done.returncode == 2, done.stderr
        assert "From 2026 is after To 2025: no event can fall between them" in done.stderr
        assert not out.exists()
    (csv,) = get(datasette(db_path), "/timeline.csv?since=2026&until=2025")
    assert csv.status_code == 400 and "From 2026 is after To 2025" in csv.text


def test_only_an_unknown_entity_is_not_found(db_path):
    """N7: a type typed as "entity" is a bad request (400), like any type that is not one;
    an entity nothing is called is not found (404), told apart by class, not by its text."""
    build_canal(db_path)
    db = connect(db_path)
    with pytest.raises(UnknownEntity):
        query.resolve_entity(db, "Ferry Guild")
    db.close()
    assert issubclass(UnknownEntity, InputError)  # the CLI still exits 2 for it
    pages = get(
        datasette(db_path),
        "/timeline.csv?type=entity",
        "/tracker/calendar.ics?type=entity",
        "/timeline.csv?entity=Ferry+Guild",
        "/tracker/calendar.ics?entity=Ferry+Guild",
        "/timeline.csv?entity=canal+locks+office",
    )
    assert [p.status_code for p in pages] == [400, 400, 404, 404, 200]
    assert "'entity' is not an event type" in pages[0].text
    assert "no entity is called 'Ferry Guild'" in pages[2].text
