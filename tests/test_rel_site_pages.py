"""The timeline page under bad search input: issue 17 item 13 (a NUL in the search was an
HTTP 500)."""

from __future__ import annotations

import asyncio

import pytest
import yaml

from core.paths import METADATA, PLUGINS, TEMPLATES
from tests.test_store_merge_export import build_timeline


def datasette(db_path):
    from datasette.app import Datasette

    return Datasette(
        [str(db_path)],
        metadata=yaml.safe_load(METADATA.read_text()),
        template_dir=str(TEMPLATES),
        plugins_dir=str(PLUGINS),
    )


def fetch(ds, *requests):
    """GET each path in order; a server exception is reported as a 500."""

    async def run():
        await ds.invoke_startup()
        out = []
        for path in requests:
            try:
                resp = await ds.client.get(path)
            # Datasette's test client re-raises what a server turns into a 500
            except Exception as exc:
                out.append((500, repr(exc)))
                continue
            out.append((resp.status_code, resp.text))
        return out

    return asyncio.run(run())


@pytest.mark.parametrize(
    "query",
    [
        "q=a%00b",
        "q=%00",
        "q=%00%22%00",
        "entity=dario-amodei&q=a%00b",
        "entity=dario-amodei&type=meeting&since=2026&until=2026-12&q=%00x",
    ],
)
def test_a_nul_in_the_timeline_search_finds_nothing_instead_of_a_500(db_path, query):
    build_timeline(db_path).close()
    ((status, text),) = fetch(datasette(db_path), "/timeline?" + query)
    assert status == 200, text[-500:]
    assert "0 events" in text


def test_timeline_search_still_finds_words_and_keeps_control_characters_out(db_path):
    build_timeline(db_path).close()
    (found, (status, text)) = fetch(datasette(db_path), "/timeline?q=met", "/timeline?q=met%00")
    assert found[0] == 200 and "2 events" in found[1]
    assert status == 200 and "\x00" not in text and "2 events" in text
