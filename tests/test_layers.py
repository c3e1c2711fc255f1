"""The house's shape: imports run one way, from the command line down to the data layer.

The package graph is read from the source (every import, lazy ones inside functions too),
so a new edge fails here before it knots the packages together again.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ROOT

# What each package of ours may import (besides itself). Layers, bottom to top:
#   core: the data layer;  dod, extract: pure parsers of text;  crawler, timeline: stages
#   over the database;  tracker: the job and the command line;  evaluation: measures
#   stages, and nothing imports it.  plugins: Datasette's, loaded by the site only.
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "dod": {"core"},
    "extract": {"core"},
    "crawler": {"core", "dod"},
    "timeline": {"core"},
    "plugins": {"core", "timeline"},
    "tracker": {"core", "dod", "extract", "crawler", "timeline"},
    "evaluation": {"core", "dod", "extract", "crawler", "timeline"},
}


def packages() -> list[str]:
    """Every top-level package in the repository (a folder with __init__.py)."""
    return sorted(p.parent.name for p in ROOT.glob("*/__init__.py") if p.parent.name != "tests")


def imported_packages(path: Path, own: set[str]) -> set[str]:
    """The packages of ours a module imports, anywhere in its body."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found |= {name.split(".")[0] for name in names} & own
    return found


def package_graph() -> dict[str, dict[str, list[str]]]:
    """package -> imported package -> the modules that import it."""
    own = set(packages())
    graph: dict[str, dict[str, list[str]]] = {name: {} for name in own}
    for name in own:
        for path in sorted((ROOT / name).rglob("*.py")):
            for target in imported_packages(path, own) - {name}:
                graph[name].setdefault(target, []).append(str(path.relative_to(ROOT)))
    return graph


def find_cycle(graph: dict[str, dict[str, list[str]]]) -> list[str] | None:
    state: dict[str, str] = {}

    def visit(node: str, trail: list[str]) -> list[str] | None:
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                return [*trail[trail.index(nxt) :], nxt] if nxt in trail else [node, nxt]
            if nxt not in state and (cycle := visit(nxt, [*trail, nxt])):
                return cycle
        state[node] = "done"
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start, [start])):
            return cycle
    return None


def test_every_package_has_a_place_in_the_layers():
    assert set(packages()) == set(ALLOWED), "declare a new package's layer in ALLOWED"


def test_no_forbidden_edge():
    bad = [
        f"{src} -> {dst} (in {', '.join(where)})"
        for src, targets in package_graph().items()
        for dst, where in targets.items()
        if dst not in ALLOWED[src]
    ]
    assert not bad, "\n".join(bad)


def test_package_graph_is_acyclic():
    assert find_cycle(package_graph()) is None


def test_the_checks_catch_a_forbidden_edge_and_a_cycle(tmp_path):
    """The graph reader sees lazy imports, and the cycle finder finds a two-package knot."""
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from tracker.job import run_job\n    import extract.events\n")
    assert imported_packages(module, {"tracker", "extract", "core"}) == {"tracker", "extract"}
    knot = {"a": {"b": ["a/x.py"]}, "b": {"a": ["b/y.py"]}, "c": {}}
    assert find_cycle(knot) in (["a", "b", "a"], ["b", "a", "b"])
    assert find_cycle({"a": {"b": []}, "b": {}}) is None


def _python(code: str) -> dict:
    """Run `code` in a fresh interpreter at the repository root; it prints one JSON line."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


HEAVY = "json.dumps({m: m in sys.modules for m in ('spacy', 'thinc', 'scrapy', 'sqlite_utils')})"


def test_tracker_help_imports_neither_spacy_nor_scrapy():
    loaded = _python(
        f"""
        import json, sys
        from click.testing import CliRunner
        from tracker.cli import main
        result = CliRunner().invoke(main, ["--help"])
        assert result.exit_code == 0 and "Usage" in result.output, result.output
        for command in ("export", "contracts", "schedule"):
            assert CliRunner().invoke(main, [command, "--help"]).exit_code == 0
        print({HEAVY})
        """
    )
    assert loaded == {"spacy": False, "thinc": False, "scrapy": False, "sqlite_utils": False}


def test_scrapy_spider_loader_never_imports_spacy():
    loaded = _python(
        f"""
        import json, sys
        from scrapy.settings import Settings
        from scrapy.spiderloader import SpiderLoader
        from crawler import scrapyd_settings
        settings = Settings()
        settings.setmodule(scrapyd_settings)
        loader = SpiderLoader.from_settings(settings)
        assert "dod_contracts" in loader.list(), loader.list()
        for name in loader.list():
            loader.load(name)
        print({HEAVY})
        """
    )
    assert loaded["scrapy"] and not loaded["spacy"] and not loaded["thinc"]


@pytest.mark.usefixtures("tmp_path")
def test_a_whole_crawl_never_imports_spacy(tmp_path):
    """A real crawl of a local site, news and DoD announcements alike, loads no spaCy."""
    site = tmp_path / "site"
    (site / "news").mkdir(parents=True)
    (site / "contracts").mkdir()
    page = (
        "<html><head><title>{t}</title><meta name='date' content='2026-02-24'></head><body>"
        "<article><h1>{t}</h1><p>{p}</p></article></body></html>"
    )
    story = (
        "Defense Secretary Pete Hegseth met Anthropic chief executive Dario Amodei at the "
        "Pentagon on Tuesday to discuss the terms for military use of its models. "
    ) * 6
    (site / "news" / "meeting.html").write_text(page.format(t="Hegseth meets Amodei", p=story))
    (site / "feed.xml").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
        "<item><title>Hegseth meets Amodei</title><link>{{BASE}}/news/meeting.html</link>"
        "<pubDate>Tue, 24 Feb 2026 15:00:00 +0000</pubDate></item></channel></rss>"
    )
    (site / "contracts" / "index.html").write_text(
        "<html><body><a href='/contracts/day.html'>Contracts For Feb. 24, 2026</a></body></html>"
    )
    (site / "contracts" / "day.html").write_text(
        "<html><head><title>Contracts For Feb. 24, 2026</title></head><body><h1>Contracts For "
        "Feb. 24, 2026</h1><p>ARMY</p><p>Acme Widgets Inc., Huntsville, Alabama, was awarded "
        "a $12,500,000 firm-fixed-price contract for widget repair. Work will be performed in "
        "Huntsville, Alabama, with an estimated completion date of Feb. 28, 2027. Army "
        "Contracting Command, Redstone Arsenal, Alabama, is the contracting activity "
        "(W31P4Q-26-C-0001).</p></body></html>"
    )
    loaded = _python(
        f"""
        import json, sys, threading
        from functools import partial
        from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
        from pathlib import Path
        handler = partial(SimpleHTTPRequestHandler, directory={str(site)!r})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{{server.server_address[1]}}"
        feed = Path({str(site)!r}) / "feed.xml"
        feed.write_text(feed.read_text().replace("{{{{BASE}}}}", base))
        from core.config import Source
        from crawler.runner import crawl
        sources = [
            Source(name="news", kind="feed", urls=(base + "/feed.xml",), outlet="Local News",
                   local=True, topic_filter=False),
            Source(name="dod", kind="dod_contracts", urls=(base + "/contracts/index.html",),
                   local=True, topic_filter=False),
        ]
        report = crawl(sources, Path({str(tmp_path / "t.db")!r}))
        assert report.new >= 2, (report.new, report.per_source)
        server.shutdown()
        print({HEAVY})
        """
    )
    assert loaded["scrapy"] and not loaded["spacy"] and not loaded["thinc"]
