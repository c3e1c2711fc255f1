"""One slug function for entity ids, so the gazetteer and model-found entities share a key space."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Lower-case ASCII slug: 'Nicolás Maduro' -> 'nicolas-maduro', 'GenAI.mil' -> 'genai-mil'.

    Accents are folded rather than dropped so that the same name typed with or without them
    gets the same id.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    folded = folded.replace("&", " and ").replace("'", "").replace("\u2019", "")
    return _NON_ALNUM.sub("-", folded.lower()).strip("-")
