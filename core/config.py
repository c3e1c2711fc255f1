"""Safe, strict loading of YAML configuration: errors name the file, the line and the key."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from core.errors import ConfigError

SOURCE_KINDS = ("feed", "sitemap", "listing", "urls", "dod_contracts")


@dataclass(frozen=True)
class Source:
    """One place the crawler starts from: a feed, a news sitemap, a listing page or URLs."""

    name: str
    kind: str
    urls: tuple[str, ...]
    outlet: str | None = None
    tags: tuple[str, ...] = ()
    enabled: bool = True
    local: bool = False
    keywords: tuple[str, ...] = field(default=())
    topic_filter: bool = True  # false: keep every article (a source entirely on the beat)

    def with_base(self, base: str) -> Source:
        """Fill the `{{BASE}}` placeholder, used by the demo and by tests served on 127.0.0.1."""
        urls = tuple(u.replace("{{BASE}}", base.rstrip("/")) for u in self.urls)
        return Source(**{**self.__dict__, "urls": urls})


# key -> (accepted python types, required)
_SOURCE_KEYS: dict[str, tuple[tuple[type, ...], bool]] = {
    "name": ((str,), True),
    "kind": ((str,), True),
    "url": ((str,), False),
    "urls": ((list,), False),
    "outlet": ((str,), False),
    "tags": ((list,), False),
    "enabled": ((bool,), False),
    "local": ((bool,), False),
    "keywords": ((list,), False),
    "topic_filter": ((bool,), False),
}


# The tags a plain configuration file needs; anything else (`!!python/object`, `!!python/name`,
# a custom `!tag`) would make a full loader run code, and is refused wherever it appears.
SAFE_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")
)


def unsafe_tag(root: yaml.Node) -> tuple[yaml.Node, str | None] | None:
    """The first node (and the mapping key it sits under) whose tag is not a plain type.

    Walks keys and values of the whole document once (aliases are visited once, so an
    alias bomb costs nothing).
    """
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, str | None]] = [(root, None)]
    while stack:
        node, key = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.tag not in SAFE_TAGS:
            return node, key
        if isinstance(node, yaml.MappingNode):
            for k, v in reversed(node.value):
                name = k.value if isinstance(k, yaml.ScalarNode) else key
                stack.append((v, name))
                stack.append((k, name))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, key) for item in reversed(node.value))
    return None


def load_yaml_nodes(path: Path) -> yaml.Node:
    """Parse YAML with the safe loader, keeping nodes so errors can cite line numbers."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise ConfigError(f"{where}: invalid YAML: {exc.problem}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: invalid YAML: {exc}") from exc
    if node is None:
        raise ConfigError(f"{path}: file is empty")
    unsafe = unsafe_tag(node)
    if unsafe is not None:
        bad, key = unsafe
        where = f"{path}:{bad.start_mark.line + 1}"
        raise ConfigError(f"{where}: {f'key {key!r}: ' if key else ''}unsafe YAML tag {bad.tag}")
    return node


def node_value(path: Path, node: yaml.Node) -> Any:
    """Construct a plain Python value from a node with the safe constructor only."""
    try:
        return yaml.SafeLoader("").construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as exc:
        raise ConfigError(f"{path}:{node.start_mark.line + 1}: {exc.problem}") from exc


def _mapping_items(path: Path, node: yaml.Node, what: str) -> list[tuple[str, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        raise ConfigError(f"{path}:{node.start_mark.line + 1}: {what} must be a mapping")
    return [(k.value, v) for k, v in node.value]


def load_sources(path: Path) -> list[Source]:
    """Read sources.yml: `sources:` is a list of mappings with the keys in _SOURCE_KEYS."""
    path = Path(path)
    root = load_yaml_nodes(path)
    top = dict(_mapping_items(path, root, "the top level"))
    unknown = set(top) - {"sources"}
    if unknown:
        key = sorted(unknown)[0]
        raise ConfigError(f"{path}:{top[key].start_mark.line + 1}: unknown key '{key}'")
    if "sources" not in top or not isinstance(top["sources"], yaml.SequenceNode):
        raise ConfigError(f"{path}: expected a list under 'sources:'")
    sources: list[Source] = []
    seen: set[str] = set()
    for item in top["sources"].value:
        line = item.start_mark.line + 1
        values: dict[str, Any] = {}
        for key, vnode in _mapping_items(path, item, "a source"):
            where = f"{path}:{vnode.start_mark.line + 1}"
            if key not in _SOURCE_KEYS:
                raise ConfigError(
                    f"{where}: unknown key '{key}' (allowed: {', '.join(_SOURCE_KEYS)})"
                )
            value = node_value(path, vnode)
            types, _ = _SOURCE_KEYS[key]
            if not isinstance(value, types) or (
                isinstance(value, list) and not all(isinstance(v, str) for v in value)
            ):
                expected = "a list of strings" if list in types else types[0].__name__
                raise ConfigError(f"{where}: key '{key}' must be {expected}")
            values[key] = value
        for key, (_, required) in _SOURCE_KEYS.items():
            if required and key not in values:
                raise ConfigError(f"{path}:{line}: source is missing required key '{key}'")
        if values["kind"] not in SOURCE_KINDS:
            raise ConfigError(
                f"{path}:{line}: key 'kind' must be one of {', '.join(SOURCE_KINDS)}, "
                f"not '{values['kind']}'"
            )
        keyed = [("urls", u) for u in values.get("urls", [])]
        keyed += [("url", values["url"])] if "url" in values else []
        if not keyed:
            raise ConfigError(f"{path}:{line}: source '{values['name']}' needs 'url' or 'urls'")
        urls = []
        for key, url in keyed:
            scheme, sep, rest = url.strip().partition("://")
            if not sep or scheme.lower() not in ("http", "https"):
                if not url.startswith("{{BASE}}"):
                    raise ConfigError(f"{path}:{line}: key '{key}': only http(s) URLs, not '{url}'")
                urls.append(url)
            else:  # schemes are case-insensitive: HTTP://… is http://…
                urls.append(f"{scheme.lower()}://{rest}")
        if values["name"] in seen:
            raise ConfigError(f"{path}:{line}: duplicate source name '{values['name']}'")
        seen.add(values["name"])
        sources.append(
            Source(
                name=values["name"],
                kind=values["kind"],
                urls=tuple(urls),
                outlet=values.get("outlet"),
                tags=tuple(values.get("tags", [])),
                enabled=values.get("enabled", True),
                local=values.get("local", False),
                keywords=tuple(values.get("keywords", [])),
                topic_filter=values.get("topic_filter", True),
            )
        )
    return sources
