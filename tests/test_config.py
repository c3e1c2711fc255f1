from pathlib import Path

import pytest

from core.config import SOURCE_KINDS, load_sources
from core.errors import ConfigError
from core.paths import DEFAULT_SOURCES, DEMO_SOURCES


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_sources_load():
    sources = load_sources(DEFAULT_SOURCES)
    assert len(sources) >= 5
    assert all(s.kind in SOURCE_KINDS for s in sources)
    demo = load_sources(DEMO_SOURCES)
    assert {s.kind for s in demo} == {"feed", "sitemap"}
    assert all(s.local for s in demo)


def test_base_placeholder_is_filled(tmp_path):
    (src,) = load_sources(
        write(tmp_path, "sources:\n  - {name: a, kind: feed, url: '{{BASE}}/rss.xml'}\n")
    )
    assert src.with_base("http://127.0.0.1:9/").urls == ("http://127.0.0.1:9/rss.xml",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "sources:\n  - name: a\n    kind: feed\n    url: http://x/\n    colour: red\n",
            ":5: unknown key 'colour'",
        ),
        (
            "sources:\n  - name: a\n    kind: feed\n    url: http://x/\n    enabled: 'yes'\n",
            ":5: key 'enabled' must be bool",
        ),
        (
            "sources:\n  - name: a\n    kind: podcast\n    url: http://x/\n",
            ":2: key 'kind' must be one of",
        ),
        ("sources:\n  - name: a\n    kind: feed\n", "needs 'url' or 'urls'"),
        (
            "sources:\n  - name: a\n    kind: feed\n    url: file:///etc/passwd\n",
            "only http(s) URLs",
        ),
        (
            "sources:\n  - name: a\n    kind: feed\n    url: http://x/\n  - name: a\n    kind: feed\n    url: http://y/\n",
            "duplicate source name 'a'",
        ),
        (
            "sources:\n  - name: a\n    kind: feed\n    url: !!python/object/apply:os.system ['true']\n",
            ":4: key 'url': unsafe YAML tag tag:yaml.org,2002:python/object/apply:os.system",
        ),
        ("sources:\n  - name: a\n   kind: feed\n", "invalid YAML"),
        ("", "file is empty"),
        ("feeds: []\n", ":1: unknown key 'feeds'"),
    ],
)
def test_bad_sources_name_file_line_and_key(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_sources(path)
    assert str(path) in str(err.value)
    assert message in str(err.value)
