"""A bad gazetteer is a configuration error before any work (issue 17 #7, reliability.md #22)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from core.errors import ConfigError
from extract.errors import GazetteerError
from extract.gazetteer import read_gazetteer
from tests.conftest import run_cli
from tests.test_faults_crawl import LocalSite, sources_file
from tracker.cli import main

GOOD = "entities:\n  - name: Zorblax Corp\n    type: ORG\n"

BAD = {
    "syntax": ("entities:\n  - name: Foo Corp\n    type: [ORG\n", 4, "invalid YAML"),
    "wrong type": (
        "entities:\n  - name: Foo Corp\n    type: ORG\n    aliases: Foo\n",
        4,
        "aliases",
    ),
    "unknown key": ("entities:\n  - name: Foo Corp\n    type: ORG\n    colour: red\n", 4, "colour"),
    "object on an entry": (
        "entities:\n  - !!python/object:builtins.dict\n    name: Foo Corp\n    type: ORG\n",
        2,
        "python/object",
    ),
    "apply on the root": (
        "!!python/object/apply:os.system\nentities:\n  - name: Foo Corp\n    type: ORG\n",
        1,
        "python/object/apply",
    ),
    "apply on the list": (
        "entities: !!python/object/apply:os.system\n  - name: Foo Corp\n    type: ORG\n",
        1,
        "python/object/apply",
    ),
    "tuple of aliases": (
        "entities:\n  - name: Foo Corp\n    type: ORG\n    aliases: !!python/tuple [Foo]\n",
        4,
        "python/tuple",
    ),
    "name as a key": (
        "entities:\n  - ? !!python/name:os.system name\n    : Foo Corp\n    type: ORG\n",
        2,
        "python/name",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_gazetteer_is_a_named_config_error(tmp_path, case):
    text, line, what = BAD[case]
    path = tmp_path / "entities.yml"
    path.write_text(text)
    with pytest.raises(GazetteerError) as err:
        read_gazetteer(path)
    assert isinstance(err.value, ConfigError) and err.value.exit_code == 2
    assert str(err.value).startswith(f"{path}:{line}")
    assert what in str(err.value)


def test_bad_gazetteer_stops_extract_with_exit_2(tmp_path):
    from core import store
    from core.db import connect

    db = tmp_path / "t.db"
    store.save_article(connect(db), {"url": "https://a.example/1", "text": "Anthropic. " * 50})
    bad = tmp_path / "entities.yml"
    bad.write_text(BAD["unknown key"][0])
    result = CliRunner().invoke(main, ["extract", "--db", str(db), "--entities", str(bad)])
    assert result.exit_code == 2, result.output
    assert f"Error: {bad}:4 [colour]: unknown key" in result.output


def wire(tmp_path: Path, site: LocalSite, base: str) -> Path:
    site.publish("/feed.xml", [1], {})  # a report naming the Pentagon and Anthropic
    return sources_file(tmp_path / "sources.yml", base, {"wire": "/feed.xml"})


@pytest.mark.parametrize("case", ["syntax", "object on an entry"])
def test_run_with_a_bad_gazetteer_exits_2_before_crawling(tmp_path, case):
    bad = tmp_path / "entities.yml"
    bad.write_text(BAD[case][0])
    db = tmp_path / "tracker.db"
    site = LocalSite()
    with site.running() as base:
        sources = wire(tmp_path, site, base)
        result = run_cli("run", "--db", str(db), "--sources", str(sources), "--entities", str(bad))
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.startswith(f"Error: {bad}:{BAD[case][1]}"), result.stderr
    assert "Traceback" not in result.stderr
    assert site.hits == 0  # nothing crawled
    if db.exists():
        with sqlite3.connect(db) as conn:
            assert conn.execute("select count(*) from pages").fetchone()[0] == 0


def test_the_crawls_topic_filter_uses_the_run_gazetteer(tmp_path):
    """The report names Anthropic and the Pentagon, which this gazetteer does not know:
    the crawl drops it as off topic instead of keeping it by the default gazetteer."""
    own = tmp_path / "entities.yml"
    own.write_text(GOOD)
    db = tmp_path / "tracker.db"
    site = LocalSite()
    with site.running() as base:
        sources = wire(tmp_path, site, base)
        result = run_cli("run", "--db", str(db), "--sources", str(sources), "--entities", str(own))
    assert result.returncode == 0, result.stderr[-2000:]
    with sqlite3.connect(db) as conn:
        pages = conn.execute("select url, status, reason from pages").fetchall()
        assert conn.execute("select count(*) from articles").fetchone()[0] == 0
    assert [(url.rsplit("/", 1)[1], status) for url, status, _ in pages] == [("1.html", "skipped")]
    assert pages[0][2].startswith("off_topic")


def test_crawl_with_a_bad_gazetteer_exits_2_before_crawling(tmp_path):
    bad = tmp_path / "entities.yml"
    bad.write_text(BAD["tuple of aliases"][0])
    db = tmp_path / "tracker.db"
    site = LocalSite()
    with site.running() as base:
        sources = wire(tmp_path, site, base)
        result = CliRunner(env={"TRACKER_ENTITIES": str(bad)}).invoke(
            main, ["crawl", "--db", str(db), "--sources", str(sources)]
        )
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"Error: {bad}:4 [aliases]: unsafe YAML tag"), result.output
    assert site.hits == 0


@pytest.mark.parametrize(
    "text",
    [
        "!!python/object/apply:os.system\nsources:\n  - {name: x, kind: feed, url: 'http://a.example/f'}\n",
        "sources:\n  - !!python/object:builtins.dict {name: x, kind: feed, url: 'http://a.example/f'}\n",
    ],
)
def test_unsafe_tag_on_a_sources_mapping_is_refused(tmp_path, text):
    from core.config import load_sources

    path = tmp_path / "sources.yml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=r"unsafe YAML tag tag:yaml.org,2002:python/object"):
        load_sources(path)
