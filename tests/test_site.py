"""The Datasette site: timeline and entity pages, escaping, feeds, public settings."""

from __future__ import annotations

import asyncio
from urllib.parse import quote

import yaml

from core import store
from core.db import connect
from core.paths import METADATA, PLUGINS, TEMPLATES
from tests.test_store_merge_export import article, build_timeline, meeting
from timeline.merge import merge

EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)">'


def datasette(db_path, **settings):
    from datasette.app import Datasette

    return Datasette(
        [str(db_path)],
        metadata=yaml.safe_load(METADATA.read_text()),
        template_dir=str(TEMPLATES),
        plugins_dir=str(PLUGINS),
        settings=settings or None,
    )


def get(ds, *paths):
    async def fetch():
        await ds.invoke_startup()
        return [await ds.client.get(p) for p in paths]

    return asyncio.run(fetch())


def test_timeline_page_reads_like_a_timeline(db_path):
    build_timeline(db_path).close()
    all_, filtered, missing = get(
        datasette(db_path), "/timeline", "/timeline?entity=elon-musk", "/timeline?type=picnic"
    )
    assert all_.status_code == 200
    html = all_.text
    assert html.index(">January 2026<") < html.index(">24 Feb 2026<")
    assert "Pete Hegseth meets Dario Amodei" in html
    assert 'href="/entity/pete-hegseth"' in html
    assert "3 outlets" in html
    assert 'href="https://wire.example/b" rel="nofollow noopener">Wire</a>' in html
    assert "24 Feb 2026" not in filtered.text and "January 2026" in filtered.text
    assert "0 events" in missing.text


def test_entity_page_and_404(db_path):
    build_timeline(db_path).close()
    page, missing = get(datasette(db_path), "/entity/dario-amodei", "/entity/nobody-here")
    assert page.status_code == 200
    assert "<h1>Dario Amodei" in page.text and "Pete Hegseth meets Dario Amodei" in page.text
    assert missing.status_code == 404


def test_hostile_text_is_escaped_everywhere(db_path):
    db = build_timeline(db_path)
    url = "https://evil.example/x"
    store.save_article(db, {**article(url, TEXT_EVIL, outlet=EVIL), "title": EVIL})
    ev = {
        **meeting(
            0, "2026-02-10", "day", [("evil-entity", EVIL), ("dario-amodei", "Dario Amodei")]
        ),
        "sentence": EVIL,
    }
    store.save_extraction(db, store.article_id(url), {"events": [ev]}, "v1")
    db.execute(
        "UPDATE articles SET url = 'javascript:alert(3)' WHERE id = ?", [store.article_id(url)]
    )
    db.conn.commit()
    merge(db)
    db.close()
    pages = get(
        datasette(db_path),
        "/timeline",
        "/entity/evil-entity",
        "/entity/dario-amodei",
        "/tracker/timeline",
        "/tracker/articles",
    )
    for page in pages:
        assert page.status_code == 200
        assert "<script>alert(1)" not in page.text
        assert 'onerror="alert(2)"' not in page.text
        assert 'href="javascript:' not in page.text


TEXT_EVIL = "Officials said the board would meet again. " * 20


def test_public_settings_stop_arbitrary_sql(db_path):
    build_timeline(db_path).close()
    ds = datasette(db_path, default_allow_sql=False, sql_time_limit_ms=200)
    (sql,) = get(ds, "/tracker?sql=select+1")
    assert sql.status_code == 403


def test_expensive_sql_is_stopped_by_the_time_limit(db_path):
    build_timeline(db_path).close()
    ds = datasette(db_path, sql_time_limit_ms=50)
    slow = "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c"
    (resp,) = get(ds, "/tracker.json?sql=" + quote(slow))
    assert resp.status_code == 400
    assert "interrupted" in resp.text.lower() or "time limit" in resp.text.lower()


def test_instance_is_read_only_and_robots_by_choice(db_path, monkeypatch):
    db = build_timeline(db_path)
    before = db["events"].count
    db.close()
    ds = datasette(db_path)

    async def post():
        return await ds.client.post("/tracker/events", data={"headline": "forged"})

    assert asyncio.run(post()).status_code >= 400  # 0.65 only accepts POSTs to canned writes

    assert connect(db_path)["events"].count == before
    monkeypatch.setenv("TRACKER_BLOCK_ROBOTS", "1")
    from plugins.robots import robots_txt

    assert robots_txt(ds).body == "User-agent: *\nDisallow: /\n"
    monkeypatch.setenv("TRACKER_BLOCK_ROBOTS", "0")
    assert "Allow: /timeline" in robots_txt(ds).body


def test_identifiers_with_quotes_and_brackets_are_data(db_path):
    db = build_timeline(db_path)
    odd = 'x"] OR 1=1; --'
    store.save_article(db, {**article("https://odd.example/a", TEXT_EVIL + "odd", outlet=odd)})
    store.save_extraction(
        db,
        store.article_id("https://odd.example/a"),
        {
            "events": [
                meeting(
                    0, "2026-02-11", "day", [("odd-one", odd), ("dario-amodei", "Dario Amodei")]
                )
            ]
        },
        "v1",
    )
    merge(db)
    db.close()
    by_name, by_id, export = get(
        datasette(db_path),
        "/timeline?entity=" + quote(odd),
        "/entity/odd-one",
        "/tracker/entity_timeline.json?_shape=array&entity=" + quote(odd),
    )
    assert by_name.status_code == 200 and "1 event." in by_name.text
    assert (
        by_id.status_code == 200
        and "2026-02-11" in by_id.text
        and "x&#34;] OR 1=1; --" in by_id.text
    )
    assert [r["date"] for r in export.json()] == ["2026-02-11"]


def test_a_database_under_another_name_keeps_pages_and_metadata(tmp_path):
    from datasette.app import Datasette

    from tracker.serve import metadata_for

    other = tmp_path / "beat.db"
    build_timeline(other).close()
    metadata = yaml.safe_load(metadata_for(other).read_text())
    assert "beat" in metadata["databases"] and "/beat/undated_facts" in metadata["description_html"]
    ds = Datasette(
        [str(other)], metadata=metadata, template_dir=str(TEMPLATES), plugins_dir=str(PLUGINS)
    )
    page, canned = get(ds, "/timeline", "/beat/latest_events.json?_shape=array")
    assert page.status_code == 200 and "Pete Hegseth meets Dario Amodei" in page.text
    assert 'href="/timeline.csv?' in page.text and "/beat/undated_facts" in page.text
    assert len(canned.json()) == 2
