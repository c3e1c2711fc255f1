"""Company names as contract announcements write them, resolved to canonical entity ids.

Announcements name the legal entity ("Lockheed Martin Corp., Lockheed Martin Rotary and
Mission Systems"), news names the brand ("Lockheed Martin"); an entity page needs both to
land on one id. The gazetteer decides where it knows the company; otherwise the name with
its corporate suffixes stripped becomes a slug, so "Acme Corp." and "Acme Inc." meet too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from core.slug import slugify

# Corporate forms, written every way the genre writes them; matched as whole trailing words.
SUFFIXES = (
    "and co kg",  # "Wolff & Mueller Government Services GmbH & Co. KG"
    "co kg",
    "kg",
    "mbh",
    "pbc",  # public benefit corporation: "EA Engineering, Science, and Technology Inc. PBC"
    "sarl",
    "spa",
    "incorporated",
    "inc",
    "corporation",
    "corp",
    "company",
    "co",
    "limited",
    "ltd",
    "llc",
    "l l c",
    "lc",
    "llp",
    "lp",
    "l p",
    "plc",
    "pllc",
    "gmbh",
    "ag",
    "sa",
    "s a",
    "nv",
    "bv",
    "pty",
    "pte",
    "pc",
)
_SUFFIX_RE = re.compile(r"(?:[\s,]+(?:" + "|".join(re.escape(s) for s in SUFFIXES) + r"))+\s*$")
_DBA_RE = re.compile(r",?\s+(?:doing business as|d/b/a|dba)\s+", re.I)
# Tags that make a one-word gazetteer name safe to match as the start of a longer name.
PREFIX_TAGS = {"defense_prime", "contractor", "defense_tech"}


# Letters that Unicode does not decompose into a base letter and a mark.
_FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ł": "l", "Ł": "L"})


def fold_accents(text: str) -> str:
    """ASCII letters for names of foreign awardees: "Müller" -> "Muller", "Andøya" -> "Andoya"."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c))


def name_key(name: str) -> str:
    """Comparison key: lower case, no punctuation, no leading "The", no corporate suffix."""
    text = fold_accents(_DBA_RE.split(name)[0])
    text = text.replace("&", " and ").replace("’", "'")
    text = re.sub(r"[.,'*]", " ", text.lower())
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    text = re.sub(r"^the\s+", "", text)
    previous = None
    while previous != text:
        previous = text
        text = _SUFFIX_RE.sub("", text).strip()
    return text


def strip_suffix(name: str) -> str:
    """The name without its corporate form: "Joseph B. Fay Co." -> "Joseph B. Fay"."""
    text = _DBA_RE.split(name)[0].strip().rstrip(",")

    def words(suffix: str) -> str:
        return r"\.?\s*".join("(?:and|&)" if w == "and" else re.escape(w) for w in suffix.split())

    pattern = re.compile(
        r"(?:(?:,?\s+|(?=&))(?:" + "|".join(words(s) for s in SUFFIXES) + r")\.?)+$",
        re.I,
    )
    stripped = pattern.sub("", text).strip().rstrip(",")
    return stripped or text


@dataclass(frozen=True)
class CompanyEntity:
    """Where a company name landed: the entity id and name, and whether the gazetteer knew it."""

    id: str
    name: str
    in_gazetteer: bool
    unit: str | None = None


class CompanyResolver:
    """Maps announced company names to gazetteer ids, or to a suffix-free slug."""

    def __init__(self, entries: list[dict[str, Any]] | None = None) -> None:
        self.entries = list(entries or [])
        self.by_key: dict[str, dict[str, Any]] = {}
        self.prefix_keys: list[tuple[str, dict[str, Any]]] = []
        for entry in self.entries:
            forms = [entry["name"], *entry.get("aliases", [])]
            for form in forms:
                key = name_key(form)
                if not key:
                    continue
                self.by_key.setdefault(key, entry)
                tags = set(entry.get("tags") or [])
                if len(key.split()) >= 2 or (tags & PREFIX_TAGS and len(key) >= 3):
                    self.prefix_keys.append((key, entry))
        self.prefix_keys.sort(key=lambda kv: -len(kv[0]))

    @classmethod
    def from_gazetteer(cls, path: Path | str | None) -> CompanyResolver:
        """Read entities.yml tolerantly: a missing or odd file means slugs only, never a crash."""
        if path is None or not Path(path).exists():
            return cls([])
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            return cls([])
        items = data.get("entities") if isinstance(data, dict) else data
        entries = []
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict) or not isinstance(item.get("name"), str):
                continue
            aliases = [a for a in item.get("aliases") or [] if isinstance(a, str)]
            tags = [t for t in item.get("tags") or [] if isinstance(t, str)]
            entries.append(
                {
                    "id": item.get("id") or slugify(item["name"]),
                    "name": item["name"],
                    "type": item.get("type") or "ORG",
                    "aliases": aliases,
                    "tags": tags,
                    "wikidata": item.get("wikidata"),
                }
            )
        return cls(entries)

    def lookup(self, name: str, *, prefix: bool = True) -> dict[str, Any] | None:
        """The gazetteer entry for a name, exact first, then the longest word prefix."""
        key = name_key(name)
        if not key:
            return None
        if key in self.by_key:
            return self.by_key[key]
        if prefix:
            for pkey, entry in self.prefix_keys:
                if key.startswith(pkey + " "):
                    return entry
        return None

    def resolve(self, name: str, unit: str | None = None) -> CompanyEntity:
        """Canonical entity for an awardee; a division named on its own becomes the unit."""
        entry = self.lookup(name)
        if entry is None and unit:
            entry = self.lookup(unit)
        if entry is not None:
            if (
                unit is None
                and name_key(name) != name_key(entry["name"])
                and name_key(name) not in {name_key(a) for a in entry.get("aliases", [])}
            ):
                unit = name  # "Raytheon Integrated Defense Systems": RTX, unit kept
            return CompanyEntity(entry["id"], entry["name"], True, unit)
        base = strip_suffix(name)
        return CompanyEntity(slugify(name_key(name)) or slugify(name), base, False, unit)
