"""Write data/site_titles.yml: which statement each news site uses for its headline.

The fundus library (MIT licence, flairNLP) has a hand-written parser for each of ~170
publishers; its `title` attribute says where that publisher keeps the headline it stands by
(og:title, the JSON-LD `headline`, <title>, the <h1>). This reads a fundus wheel as text —
never importing it: it pins an older lxml — and keeps, per host, the statements the latest
parser version reads, then those older versions read (for pages from before a redesign).
Publishers whose latest title logic is a custom selector are left to the crawler's voting.
Lines below the hand-made marker in the output are kept as they are.

    pip download fundus==0.5.7 --no-deps -d /tmp/fundus
    python scripts/site_titles_from_fundus.py /tmp/fundus/fundus-0.5.7-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import yaml

OUT = Path(__file__).resolve().parent.parent / "data" / "site_titles.yml"

# What a parser's `title` reads, by the call it makes -> our source names (crawler/article.py).
META_KEYS = {"og:title": "social", "twitter:title": "social", "title": "document"}
JSON_LD_CALLS = {"bf_search", "xpath_search"}


def _source_of(node: ast.AST) -> str | None:
    """Our name for the statement a call reads; '?' for one we cannot name (a custom
    selector, another meta key); None if it reads none (re.sub, str.replace, ...)."""
    if isinstance(node, ast.Attribute) and node.attr.endswith("_selector"):
        return "?"  # self._title_selector: the parser's own CSS/XPath
    if not isinstance(node, ast.Call):
        return None
    func = node.func
    literal = node.args[0].value if node.args and isinstance(node.args[0], ast.Constant) else None
    if isinstance(func, ast.Attribute):
        owner = func.value.attr if isinstance(func.value, ast.Attribute) else None
        if owner == "meta" and func.attr == "get":
            return META_KEYS.get(literal, "?")
        if owner == "ld" and func.attr in JSON_LD_CALLS:
            return "json_ld" if "headline" in str(literal) else "?"
    if isinstance(func, ast.Name):
        if func.id == "parse_title_from_root":  # fundus: the document's <title>
            return "document"
        if func.id in ("XPath", "CSSSelector"):
            return "headings" if literal in ("//h1", "h1") else "?"
    return None


def classify(function: ast.FunctionDef) -> list[str] | None:
    """The statements a `title` function reads, in order (later ones are its fallbacks);
    None when it reads none or one it cannot name."""
    nodes = sorted(
        (n for n in ast.walk(function) if isinstance(n, ast.Call | ast.Attribute)),
        key=lambda n: (n.lineno, n.col_offset),
    )
    found = [s for s in map(_source_of, nodes) if s]
    return None if not found or "?" in found else list(dict.fromkeys(found))


def _dotted(node: ast.expr) -> str:
    return ast.unparse(node)


def _valid_until(cls: ast.ClassDef) -> tuple[int, ...]:
    """`VALID_UNTIL = datetime.date(2024, 11, 17)` as (2024, 11, 17); the open-ended
    version (fundus's latest) has none and sorts last."""
    for item in cls.body:
        if isinstance(item, ast.Assign) and "VALID_UNTIL" in map(_dotted, item.targets):
            return tuple(a.value for a in getattr(item.value, "args", []))
    return (9999,)


def parsers(sources: dict[str, str]) -> dict[str, list[str] | None]:
    """Parser class name -> the sources its versions read, the latest version's first.

    A version without a `title` inherits its base's. Older versions' sources come after the
    latest's: pages from before a redesign may lack the statement the latest one reads.
    None when the latest version's logic is custom.
    """
    versions: dict[str, dict[str, ast.ClassDef]] = {}  # proxy name -> version name -> class
    for text in sources.values():
        for node in ast.parse(text).body:
            if isinstance(node, ast.ClassDef) and "ParserProxy" in map(_dotted, node.bases):
                if node.name in versions:
                    sys.exit(f"two parser classes named {node.name}")
                versions[node.name] = {c.name: c for c in node.body if isinstance(c, ast.ClassDef)}

    def title_of(proxy: str, version: str) -> list[str] | None:
        cls = versions.get(proxy, {}).get(version)
        if cls is None:
            return None
        for item in cls.body:
            if isinstance(item, ast.FunctionDef) and item.name == "title":
                return classify(item)
        for base in map(_dotted, cls.bases):
            owner, _, name = base.rpartition(".")
            if name != "BaseParser" and (found := title_of(owner or proxy, name)):
                return found
        return None

    table: dict[str, list[str] | None] = {}
    for proxy, inner in versions.items():
        newest_first = sorted(inner, key=lambda name: _valid_until(inner[name]), reverse=True)
        chains = [title_of(proxy, name) for name in newest_first]
        if chains and chains[0]:
            table[proxy] = list(dict.fromkeys(s for chain in chains if chain for s in chain))
        else:
            table[proxy] = None
    return table


def publishers(sources: dict[str, str]) -> list[tuple[str, str, str]]:
    """(host, publisher name, parser class name) for every `Publisher(...)` in the package,
    its `deprecated_domains` (a site's former address) included."""
    found = []
    for text in sources.values():
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Call) and _dotted(node.func) == "Publisher":
                kw = {k.arg: k.value for k in node.keywords}
                parser, name = kw.get("parser"), kw.get("name")
                domains = [kw.get("domain"), *getattr(kw.get("deprecated_domains"), "elts", [])]
                for domain in domains:
                    if isinstance(domain, ast.Constant) and isinstance(parser, ast.Name):
                        label = name.value if isinstance(name, ast.Constant) else parser.id
                        found.append((_host(domain.value), label, parser.id))
    return found


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or url).lower()
    return host.removeprefix("www.")


def read_wheel(wheel: Path) -> tuple[str, dict[str, str]]:
    """fundus's version and the text of every module under fundus/publishers/."""
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
        version = re.search(r"^Version: (.+)$", archive.read(metadata).decode(), re.M).group(1)
        sources = {
            n: archive.read(n).decode("utf-8")
            for n in names
            if n.startswith("fundus/publishers/") and n.endswith(".py")
        }
    return version, sources


def build(wheel: Path, keep: set[str]) -> tuple[str, dict[str, tuple[list[str], str]], list[str]]:
    """fundus version, host -> (sources, publisher), and what was skipped and why; hosts in
    `keep` (the hand-made entries) are left out."""
    version, sources = read_wheel(wheel)
    titles = parsers(sources)
    table: dict[str, tuple[list[str], str]] = {}
    skipped, clashes = [], set()
    for host, name, parser in publishers(sources):
        chain = titles.get(parser)
        if host in keep:
            skipped.append(f"{host} ({name}): listed by hand")
        elif chain is None:
            skipped.append(f"{host} ({name}): custom or no title logic in {parser}")
        elif host in table and table[host][0] != chain:
            clashes.add(host)
        else:
            table[host] = (chain, name)
    for host in clashes:  # two publishers on one host disagree: leave it to the voting
        skipped.append(f"{host}: publishers on this host disagree")
        del table[host]
    return version, dict(sorted(table.items())), sorted(skipped)


HAND_MADE = "# --- added by hand: kept as is when regenerating; these win over fundus ---"


def render(version: str, table: dict[str, tuple[list[str], str]], hand_made: str) -> str:
    lines = [
        "# Which statement each news site uses for its headline: read by crawler/article.py.",
        f"# Generated from fundus {version} (https://github.com/flairNLP/fundus, MIT licence,",
        "# flairNLP): its per-publisher parsers say where each site keeps its headline.",
        "# social = og:title (then twitter:title), json_ld = Article `headline`, document =",
        '# <meta name="title"> or <title>, headings = <h1>. A list: the first the page has',
        "# (older designs of the site). Hosts without www.; a host also covers its subdomains.",
        "# Regenerate:",
        f"#   pip download fundus=={version} --no-deps -d /tmp/fundus",
        f"#   python scripts/site_titles_from_fundus.py /tmp/fundus/fundus-{version}-py3-none-any.whl",
    ]
    values = {h: c[0] if len(c) == 1 else f"[{', '.join(c)}]" for h, (c, _) in table.items()}
    width, value_width = max(map(len, table)) + 1, max(map(len, values.values()))
    for host, (_, name) in table.items():
        lines.append(f"{host + ':':<{width}} {values[host]:<{value_width}}  # {name}")
    return "\n".join([*lines, "", HAND_MADE, hand_made.strip("\n")]).rstrip("\n") + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("wheel", type=Path, help="a fundus .whl file (pip download fundus)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--verbose", action="store_true", help="List the skipped publishers.")
    args = parser.parse_args()
    old = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    hand_made = old.partition(HAND_MADE)[2]
    by_hand = {_host(f"//{host}") for host in yaml.safe_load(hand_made) or {}}
    version, table, skipped = build(args.wheel, by_hand)
    args.out.write_text(render(version, table, hand_made), encoding="utf-8")
    print(f"{args.out}: {len(table)} hosts from fundus, {len(skipped)} skipped", file=sys.stderr)
    if args.verbose:
        print("\n".join(skipped), file=sys.stderr)


if __name__ == "__main__":
    main()
