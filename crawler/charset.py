"""Bytes to Unicode for article pages, so a wrong or missing charset never becomes silent mojibake.

Order: a byte-order mark wins; then the charset the server declared, but only if the bytes
really decode in it; then the page's own `<meta charset>`; then UTF-8; then a statistical
guess (charset_normalizer). Every step past the declared charset is recorded as a flag.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

import charset_normalizer

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


_WESTERN_SINGLE_BYTE = frozenset(
    {"cp1250", "cp1252", "cp1254", "cp1257", "iso8859-2", "iso8859-15", "mac-roman", "mac-latin2"}
)


@dataclass
class Decoded:
    text: str
    encoding: str
    flags: list[str] = field(default_factory=list)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # What browsers do: a page labelled Latin-1 is read as its superset windows-1252.
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def _strict(body: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def header_charset(content_type: str | None) -> str | None:
    match = _HEADER.search(content_type or "")
    return match.group(1) if match else None


def decode_html(body: bytes, content_type: str | None = None) -> Decoded:
    """The page's text and the encoding used; flags say when the declared charset was wrong."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return Decoded(body[len(bom) :].decode(encoding, errors="replace"), encoding)
    declared = _codec(header_charset(content_type))
    meta_match = _META.search(body[:4096])
    meta = _codec(meta_match.group(1).decode("ascii", "ignore")) if meta_match else None
    if declared and (text := _strict(body, declared)) is not None:
        return Decoded(text, declared)
    flags = ["charset_mismatch"] if declared else []
    for candidate in (meta, "utf-8"):
        if candidate and candidate != declared and (text := _strict(body, candidate)) is not None:
            return Decoded(text, candidate, flags)
    best = charset_normalizer.from_bytes(body[:200_000]).best()
    guess = _codec(best.encoding) if best is not None else None
    if guess in _WESTERN_SINGLE_BYTE:  # a short Western page: windows-1252 is by far likeliest
        guess = "cp1252" if _strict(body, "cp1252") is not None else guess
    if guess and (text := _strict(body, guess)) is not None:
        return Decoded(text, guess, [*flags, "charset_guessed"])
    fallback = declared or meta or "utf-8"
    return Decoded(
        body.decode(fallback, errors="replace"), fallback, [*flags, "charset_undecodable"]
    )
