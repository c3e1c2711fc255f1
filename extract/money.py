"""Money amounts in U.S. dollars: "$200 million", "$1.2bn", "up to $200 million each".

Only amounts stated in dollars count: "roughly 3 million personnel" is a head count.
OTHER_MONEY_RE finds amounts in other currencies, which have no dollar figure.
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


# Amounts in other currencies ("€600m", "£1.2bn", "600 million euros", "A$1 billion"): money
# all the same, for rules that ask whether a sentence prices something, but with no dollar
# figure (we keep no exchange rates). A bare "pounds" needs a scale word before it, since
# "12,000 pounds of cocaine" is a weight.
_NUM = r"\d[\d,]*(?:\.\d+)?"
_SCALED = r"(?:\s?-?(?:trillion|billion|million|thousand|bn|mn|tn|[bmk])\b)"
OTHER_MONEY_RE = re.compile(
    rf"(?:[€£¥₹₩]|\b(?:C|A|NZ|HK|S)\$|\b(?:EUR|GBP|CHF|JPY|CNY|SEK|NOK|DKK|PLN)\s?)\s?{_NUM}{_SCALED}?"
    rf"|\b{_NUM}\s?(?:trillion|billion|million|bn|mn|m)\s(?:euros?|pounds?(?:\ssterling)?|sterling"
    r"|yen|yuan|renminbi|rupees?|won|kronor|kroner|krona|francs?|shekels?|zlotys?)\b"
    rf"|\b{_NUM}\s(?:euros|yen|yuan|rupees|kronor|kroner|shekels|zlotys)\b",
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
