"""Load and validate the beat gazetteer (data/entities.yml).

The file is hand-edited by journalists, so every error names the file, the line and the key
instead of surfacing later as a wrong entity in the timeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from core.config import unsafe_tag
from core.slug import slugify
from extract.errors import GazetteerError

ENTITY_TYPES = ("ORG", "PERSON", "PRODUCT", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW")
ENTRY_KEYS = {
    "id": str,
    "name": str,
    "type": str,
    "aliases": list,
    "context_aliases": list,
    "tags": list,
    "wikidata": str,
    "description": str,
}
REQUIRED_KEYS = ("name", "type")
TOP_KEYS = {"version", "entities", "include"}
_QID = re.compile(r"^Q[1-9][0-9]*$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Entry:
    """One canonical entity of the beat."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    context_aliases: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    wikidata: str | None = None
    source: str = ""
    line: int = 0

    def public(self) -> dict[str, Any]:
        """The dict shape callers store in an `entities` table."""
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "tags": list(self.tags),
            "wikidata": self.wikidata,
        }

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """Every string that names this entity on its own (name first)."""
        return (self.name, *self.aliases)


@dataclass
class Gazetteer:
    """Entries plus the lookups the pipeline needs."""

    entries: list[Entry] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.by_id: dict[str, Entry] = {e.id: e for e in self.entries}
        self.by_form: dict[str, Entry] = {}
        for e in self.entries:
            for form in e.surface_forms:
                self.by_form[form] = e

    def get(self, entity_id: str) -> Entry | None:
        return self.by_id.get(entity_id)

    def public(self) -> list[dict[str, Any]]:
        return [e.public() for e in self.entries]


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _scalar(node: yaml.Node, path: Path, key: str, kind: type) -> Any:
    """Build a plain value from a node, refusing anything but the expected kind."""
    if kind is list:
        if not isinstance(node, yaml.SequenceNode):
            raise GazetteerError(path, _line(node), key, "expected a list of strings")
        out = []
        for item in node.value:
            if not isinstance(item, yaml.ScalarNode) or item.tag != "tag:yaml.org,2002:str":
                raise GazetteerError(path, _line(item), key, "list items must be strings")
            text = item.value.strip()
            if not text:
                raise GazetteerError(path, _line(item), key, "empty string in list")
            out.append(text)
        return out
    if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:str":
        raise GazetteerError(path, _line(node), key, f"expected a string, got {node.tag}")
    value = node.value.strip()
    if not value:
        raise GazetteerError(path, _line(node), key, "empty value")
    return value


def _entry(node: yaml.Node, path: Path) -> Entry:
    if not isinstance(node, yaml.MappingNode):
        raise GazetteerError(path, _line(node), None, "each entity must be a mapping")
    raw: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node)
        if key not in ENTRY_KEYS:
            allowed = ", ".join(sorted(ENTRY_KEYS))
            raise GazetteerError(path, _line(key_node), key, f"unknown key (allowed: {allowed})")
        if key in raw:
            raise GazetteerError(path, _line(key_node), key, "key given twice")
        raw[key] = (_scalar(value_node, path, key, ENTRY_KEYS[key]), _line(value_node))
    for key in REQUIRED_KEYS:
        if key not in raw:
            raise GazetteerError(path, _line(node), key, "required key missing")
    name = raw["name"][0]
    etype, type_line = raw["type"]
    if etype not in ENTITY_TYPES:
        raise GazetteerError(path, type_line, "type", f"{etype!r} is not one of {ENTITY_TYPES}")
    eid, id_line = raw.get("id", (slugify(name), _line(node)))
    if not _SLUG.match(eid):
        raise GazetteerError(path, id_line, "id", f"{eid!r} is not a lower-case slug")
    wikidata = raw.get("wikidata", (None, 0))
    if wikidata[0] is not None and not _QID.match(wikidata[0]):
        raise GazetteerError(path, wikidata[1], "wikidata", f"{wikidata[0]!r} is not a Q-id")
    aliases = raw.get("aliases", ([], 0))[0]
    for key in ("aliases", "context_aliases", "tags"):
        values, line = raw.get(key, ([], 0))
        if len(set(values)) != len(values):
            raise GazetteerError(path, line, key, "the same string is listed twice")
    if name in aliases:
        raise GazetteerError(path, raw["aliases"][1], "aliases", f"{name!r} repeats the name")
    return Entry(
        id=eid,
        name=name,
        type=etype,
        aliases=tuple(aliases),
        context_aliases=tuple(raw.get("context_aliases", ([], 0))[0]),
        tags=tuple(raw.get("tags", ([], 0))[0]),
        wikidata=wikidata[0],
        source=str(path),
        line=_line(node),
    )


def _read_file(path: Path, seen: set[Path]) -> list[Entry]:
    path = Path(path)
    resolved = path.resolve()
    if resolved in seen:
        raise GazetteerError(path, None, "include", "file is included twice (cycle?)")
    seen.add(resolved)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GazetteerError(path, None, None, f"cannot read: {exc}") from exc
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise GazetteerError(path, line, None, f"invalid YAML: {exc}") from exc
    if root is None:
        raise GazetteerError(path, None, None, "file is empty")
    unsafe = unsafe_tag(root)
    if unsafe is not None:
        bad, key = unsafe
        raise GazetteerError(path, _line(bad), key, f"unsafe YAML tag {bad.tag}")
    if isinstance(root, yaml.SequenceNode):
        items, includes = root.value, []
    elif isinstance(root, yaml.MappingNode):
        items, includes = None, []
        for key_node, value_node in root.value:
            key = key_node.value
            if key not in TOP_KEYS:
                raise GazetteerError(
                    path,
                    _line(key_node),
                    key,
                    f"unknown top-level key (allowed: {sorted(TOP_KEYS)})",
                )
            if key == "entities":
                if not isinstance(value_node, yaml.SequenceNode):
                    raise GazetteerError(path, _line(value_node), key, "expected a list")
                items = value_node.value
            elif key == "include":
                includes = [(v, _line(value_node)) for v in _scalar(value_node, path, key, list)]
        if items is None:
            raise GazetteerError(path, _line(root), "entities", "required key missing")
    else:
        raise GazetteerError(path, _line(root), None, "expected a mapping with 'entities'")
    entries = [_entry(node, path) for node in items]
    for inc, line in includes:
        inc_path = (path.parent / inc) if not Path(inc).is_absolute() else Path(inc)
        if not inc_path.exists():
            raise GazetteerError(path, line, "include", f"{inc} does not exist")
        entries.extend(_read_file(inc_path, seen))
    return entries


def read_gazetteer(path: Path | str) -> Gazetteer:
    """Read, validate and index a gazetteer file (with its includes)."""
    path = Path(path)
    entries = _read_file(path, set())
    ids: dict[str, Entry] = {}
    forms: dict[str, Entry] = {}
    for e in entries:
        if e.id in ids:
            first = ids[e.id]
            raise GazetteerError(
                e.source, e.line, "id", f"duplicate id {e.id!r} (first at line {first.line})"
            )
        ids[e.id] = e
        for form in e.surface_forms:
            other = forms.get(form)
            if other is not None and other.id != e.id:
                raise GazetteerError(
                    e.source,
                    e.line,
                    "aliases",
                    f"{form!r} already names {other.id!r} ({other.source}:{other.line})",
                )
            forms[form] = e
    return Gazetteer(entries=entries, paths=[str(path)])


def load_gazetteer(path: Path | str) -> list[dict[str, Any]]:
    """Public entries (id, name, type, aliases, tags, wikidata) of a validated gazetteer."""
    return read_gazetteer(path).public()
