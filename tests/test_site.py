"""The Datasette site: timeline and entity pages, escaping, feeds, public settings."""

from __future__ import annotations

import asyncio

import yaml

from tests.test_store_merge_export import article, build_timeline, meeting
from tracker import store
from tracker.merge import merge
from tracker.paths import METADATA, TEMPLATES

EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)">'


def datasette(db_path, **settings):
    from datasette.app import Datasette

    return Datasette(
        [str(db_path)],
        metadata=yaml.safe_load(METADATA.read_text()),
        template_dir=str(TEMPLATES),
        settings=settings or None,
    )


def get(ds, *paths):
    async def fetch():
        return [await ds.client.get(p) for p in paths]

    return asyncio.run(fetch())


def test_timeline_page_reads_like_a_timeline(db_path):
    build_timeline(db_path).close()
    all_, filtered, missing = get(
        datasette(db_path), "/timeline", "/timeline?entity=elon-musk", "/timeline?type=picnic"
    )
    assert all_.status_code == 200
    html = all_.text
    assert html.index("2026-01") < html.index("2026-02-24")
    assert "Pete Hegseth meets Dario Amodei" in html
    assert 'href="/entity/pete-hegseth"' in html
    assert "3 outlets" in html and 'href="https://wire.example/b"' in html
    assert "2026-02-24" not in filtered.text and "2026-01" in filtered.text
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
