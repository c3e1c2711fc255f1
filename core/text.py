"""Text as every article is stored, crawled or imported: without bidirectional controls.

The embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069) reorder what
follows them on screen, so a hostile headline shows reversed ("Trojan Source" spoofing) on
the site, in exports and in a terminal. Nothing else is changed: the marks U+200E and
U+200F, which order nothing beyond themselves, stay.
"""

from __future__ import annotations

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_REMOVE = dict.fromkeys(map(ord, BIDI_CONTROLS))


def without_bidi_controls(value: str | None) -> str | None:
    """`value` with its bidirectional embedding, override and isolate characters removed."""
    if not value:
        return value
    return value.translate(_REMOVE)
