"""Money amounts in U.S. dollars: "$200 million", "$1.2bn", "up to $200 million each".

Only amounts stated in dollars count: "roughly 3 million personnel" is a head count.
"""

from __future__ import annotations

import re

_SCALE = {
    "trillion": 10**12,
    "tn": 10**12,
    "t": 10**12,
    "billion": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "bil": 10**9,
    "million": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "mil": 10**6,
    "mln": 10**6,
    "thousand": 10**3,
    "k": 10**3,
}
_AMOUNT = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*-?\s*"
    r"(?P<scale>trillion|billion|million|thousand|bil|mil|mln|bn|mn|tn|[tbmk])?\b",
    re.IGNORECASE,
)
_DOLLAR = re.compile(r"\$|\busd\b|\bdollars?\b", re.IGNORECASE)
_OTHER_CURRENCY = re.compile(
    r"[€£¥₹]|\b(?:euros?|pounds?|yen|yuan|rupees?|eur|gbp|cny|jpy)\b", re.IGNORECASE
)
# Where we look for amounts the model did not tag as MONEY.
MONEY_RE = re.compile(
    r"(?:US|U\.S\.|C|A)?\$\s?\d[\d,]*(?:\.\d+)?(?:\s?-?(?:trillion|billion|million|thousand|bn|mn|tn|[bmk])\b)?"
    r"|\b\d[\d,]*(?:\.\d+)?\s(?:trillion|billion|million|thousand)?\s?(?:U\.S\. )?dollars\b",
)


def parse_usd(text: str) -> int | None:
    """Whole dollars stated in `text`, or None when it is not a dollar amount."""
    if not _DOLLAR.search(text) or _OTHER_CURRENCY.search(text):
        return None
    if re.search(r"\b(?:C|A|NZ|HK|S)\$", text):  # Canadian, Australian … dollars
        return None
    m = (
        _AMOUNT.search(text[_DOLLAR.search(text).start() :])
        if "$" in text
        else _AMOUNT.search(text)
    )
    if m is None:
        return None
    num = float(m["num"].replace(",", ""))
    scale = _SCALE.get((m["scale"] or "").lower(), 1)
    return int(round(num * scale))
