"""Read the Department of Defense's daily contract announcements as data.

Each weekday's page lists awards of $7.5 million and more, one paragraph each, under agency
headings. The paragraphs follow a house style that has held for years ("X, City, State, is
being awarded a $N firm-fixed-price contract for ... Work will be performed in ... and is
expected to be completed by ... . Y, City, State, is the contracting activity (number)."),
so rules for that language, not a model, turn them into records. A paragraph that is not an
award (a footnote, a correction note) raises `NotAnAward` with the reason, so the caller can
log every paragraph it did not keep.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

# -- names of places --------------------------------------------------------------------

US_STATES = (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia "
    "Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts "
    "Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon "
    "Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming"
).split() + [
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "West Virginia",
    "District of Columbia",
    "Washington, D.C.",
    "D.C.",
    "Puerto Rico",
    "Guam",
    "U.S. Virgin Islands",
    "Virgin Islands",
    "American Samoa",
    "Northern Mariana Islands",
]
STATE_ABBREVIATIONS = (
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. "
    "Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. "
    "S.C. S.D. Tenn. Tex. Va. Vt. Wash. W.Va. Wis. Wyo."
).split()
COUNTRIES = (
    "Afghanistan Australia Austria Bahrain Belgium Brazil Bulgaria Canada Chile Colombia "
    "Croatia Cyprus Denmark Djibouti Egypt Estonia Finland France Germany Greece Hungary "
    "Iceland India Indonesia Iraq Ireland Israel Italy Japan Jordan Kenya Korea Kosovo Kuwait "
    "Latvia Lithuania Luxembourg Malaysia Mexico Morocco Netherlands Norway Oman Pakistan "
    "Philippines Poland Portugal Qatar Romania Singapore Slovakia Slovenia Spain Sweden "
    "Switzerland Taiwan Thailand Turkey Ukraine Vietnam Honduras Kyrgyzstan Spain Serbia"
).split() + [
    "United Kingdom",
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "South Korea",
    "Republic of Korea",
    "Saudi Arabia",
    "United Arab Emirates",
    "New Zealand",
    "Czech Republic",
    "South Africa",
    "Bosnia and Herzegovina",
]
REGIONS = [  # the middle part of "City, Region, Country"
    "Ontario",
    "Quebec",
    "British Columbia",
    "Alberta",
    "Nova Scotia",
    "Manitoba",
    "New South Wales",
    "Victoria",
    "Queensland",
    "South Australia",
    "Western Australia",
    "Bavaria",
]
_PLACE_END = sorted(US_STATES + COUNTRIES + STATE_ABBREVIATIONS, key=len, reverse=True)
_PLACE_END_RE = re.compile(r"(?:^|[\s,])(" + "|".join(re.escape(p) for p in _PLACE_END) + r")\.?$")

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH_RE = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
DATE_RE = re.compile(
    r"\b(?P<month>"
    + _MONTH_RE
    + r")\.?\s*(?:(?P<day>\d{1,2}),?\s*)?,?\s*(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
FISCAL_RE = re.compile(r"\b(?:fiscal(?: year)?|FY)\s*((?:19|20)?\d\d)\b", re.I)

# -- contract numbers (PIIDs) ------------------------------------------------------------

# W9127Q-14-D-0001, N00019-11-C-0083, FA8629 -14-D-2407, N6893619D0015, HQ0147-12-C-0004,
# SPE300-14-D-3038, N32205-18-3101 (letter dropped), W52P1J-12-G-0047-0003 (order on a BOA),
# FA8620-15-G-4040 0007 (the order's four characters after a space instead of a dash: taken
# only on an ordering instrument, A/D/G, and only where the number ends there).
#
# Civilian agencies' uniform PIIDs begin with digits: a GSA schedule contract "47QTCA19D00ML",
# a blanket purchase agreement "47QTCA22A000C" (an office code of two digits then letters).
# Announcements also drop a dash now and then: "N00189-25-DZ021", "W58RGZ23-C-0029".
PIID_RE = re.compile(
    r"\b(?P<office>[A-Z][A-Z0-9]{3,5}|\d{2}[A-Z][A-Z0-9]{3})\s?-\s?(?P<fy>\d{2})\s?-\s?"
    r"(?:(?P<kind>[A-Z0-9])\s?-\s?|(?P<kindfused>[A-Z])(?=[A-Z0-9]{4}\b))?"
    r"(?P<serial>[A-Z0-9]{4})"
    r"(?:\s?-\s?(?P<order>[A-Z0-9]{4})|(?<=[ADG]-[A-Z0-9]{4})\s(?P<spaced>[A-Z0-9]{4})(?=\s*[),;]|\.?$|\.\s))?\b"
    r"|\b(?P<office2>[A-Z][A-Z0-9]{5}|\d{2}[A-Z][A-Z0-9]{3})(?P<fy2>\d{2})(?P<kind2>[A-Z])"
    r"(?P<serial2>[A-Z0-9]{4})(?P<order2>[A-Z0-9]{4})?\b"
    r"|\b(?P<office4>[A-Z][A-Z0-9]{5})(?P<fy4>\d{2})-(?P<kind4>[A-Z])-(?P<serial4>[A-Z0-9]{4})\b"
    r"|\b(?P<gsa>GS-\d{2}[A-Z]-[A-Z0-9]{4,6})\b"
)
_PREDECESSOR_RE = re.compile(
    r"(?:follow[- ]on(?:\s+(?:agreement|contract|award|effort))?\s+to|replaces?|replacing|"
    r"successor to|terminated)\s+"
    r"(?:the\s+)?(?:previous\s+|prior\s+|original\s+|prototype\s+)?"
    r"(?:(?:contract|agreement|other transaction(?: agreement)?)\s+)?(?:number\s+)?\(?$",
    re.I,
)
# "issued against solicitation SPE2DH-21-R-0002", "under solicitation SPE8E6-25-R-0001", "under
# broad agency announcement HR001123S0014": the number of the request, not of a contract.
_SOLICITATION_RE = re.compile(
    r"\b(?:solicitation|broad agency announcement|request for (?:proposals?|quotations?)|"
    r"RFP|RFQ|BAA)\s+(?:number\s+|no\.\s+)?\(?$",
    re.I,
)

# -- contract types ----------------------------------------------------------------------

CONTRACT_TYPES: list[tuple[str, str]] = [
    (r"firm[- ]fixed[- ]price", "firm-fixed-price"),
    (
        r"fixed[- ]price[- ](?:with[- ])?economic[- ]price[- ]adjustment",
        "fixed-price with economic-price-adjustment",
    ),
    (r"fixed[- ]price[- ]incentive(?:[- ](?:firm|fee|firm[- ]target))*", "fixed-price-incentive"),
    (r"fixed[- ]price[- ]award[- ]fee", "fixed-price-award-fee"),
    (r"fixed[- ]price(?![- ](?:incentive|award|with|economic))", "fixed-price"),
    (r"cost[- ]plus[- ]fixed[- ]fee", "cost-plus-fixed-fee"),
    (r"cost[- ]plus[- ]award[- ]fee", "cost-plus-award-fee"),
    (r"cost[- ]plus[- ]incentive[- ]fee", "cost-plus-incentive-fee"),
    (r"cost[- ]plus(?![- ](?:fixed|award|incentive))", "cost-plus"),
    (r"cost[- ]reimburs\w*", "cost-reimbursement"),
    (r"cost[- ]only|cost[- ]sharing|cost[- ]share", "cost-sharing"),
    (r"time[- ]and[- ]materials?", "time-and-materials"),
    (r"labor[- ]hours?", "labor-hour"),
    (
        r"indefinite[- ]delivery[/ -]+indefinite[- ]quantity|\bIDIQ\b|\bID/IQ\b",
        "indefinite-delivery/indefinite-quantity",
    ),
    (
        r"indefinite[- ]delivery[/ -]+(?:indefinite[- ])?requirements?|requirements[- ]type|requirements contract",
        "requirements",
    ),
    (r"indefinite[- ]quantity", "indefinite-quantity"),
    (r"multiple[- ]award", "multiple-award"),
    (r"single[- ]award", "single-award"),
    (
        r"other transaction(?:s)?(?: authority| agreement| prototype(?: agreement)?)?|\bOTA\b",
        "other transaction",
    ),
    (r"blanket purchase agreement|\bBPA\b", "blanket purchase agreement"),
    (r"basic ordering agreement|\bBOA\b", "basic ordering agreement"),
    (r"undefinitized(?: contract action)?", "undefinitized contract action"),
    (r"letter contract|letter requirements contract", "letter contract"),
    (r"task order|delivery order|\border\b", "order"),
]
_TYPE_RES = [(re.compile(p, re.I), label) for p, label in CONTRACT_TYPES]

# -- the award clause --------------------------------------------------------------------

AWARD_VERB_RE = re.compile(
    r",?\s+\b(?:is|are|was|were|has|have|will be|had)\s+(?:each\s+|jointly\s+|also\s+)?"
    r"(?:been\s+|being\s+)?(?:each\s+)?(?:awarded|issued|selected for|modified)\b"
    r"|,?\s+\b(?:has|have)\s+been\s+added\s+(?:as\s+(?:an?\s+)?awardees?\s+)?to\b"
    r"|,?\s+\b(?:will|each will|are to|also|are|is)?\s*shar(?:e[sd]?|ing)\s+(?:in\s+)?"
    r"(?=an?\s|the\s|\$)"
    # multiple-award contracts of 2024-2025: "A (N1); B (N2); and C (N3), will compete for
    # each order of the $99,000,000 firm-fixed-price contract for ..."
    r"|,?\s+\b(?:will|may|each will)\s+(?:each\s+)?compete\s+for\b"
    r"|,?\s+\b(?:received|receives|wins|won|has received|have received|has been given)\s+"
    r"(?=an?\s|the\s|\$|\w+\s+\$|modifications?\b|task|delivery|options?)",
    re.I,
)
_NON_AWARD_PREFIX = re.compile(
    r"^\s*(?:\*+\s*)?(?:CORRECTION|CORRECTED|NOTE|EDITOR'?S NOTE)\s*[:\u2013\u2014-]", re.I
)
# A correction without the "CORRECTION:" label: "The contract announced on July 18, 2025, for
# X ... was announced with an incorrect award date." It refers to an earlier announcement
# and says what was wrong; it awards nothing.
_CORRECTION_BODY_RE = re.compile(
    r"\b(?:announced|awarded)\s+on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\b.{0,400}?"
    r"\b(?:was|were)\s+(?:announced|published|listed|reported)\s+(?:with\s+(?:an?\s+|the\s+)?"
    r"(?:incorrect|wrong)|incorrectly|in error)",
    re.I | re.S,
)
_UPDATE_PREFIX = re.compile(r"^\s*(?:UPDATE|UPDATED)\s*:\s*", re.I)
_FOOTNOTE_RE = re.compile(r"^\s*(\*{1,3}|†|‡)\s*([A-Za-z][^$]{0,160})$")
_AWARDED_NOTE_RE = re.compile(r"^\s*\(?\s*(?:awarded|announced)\s+(.{3,40}?)\)?\s*\.?\s*$", re.I)
_SUFFIX_SEGMENT = re.compile(
    r"^(?:inc|incorporated|corp|corporation|co|company|llc|l\.l\.c|lc|llp|ltd|limited|"
    r"l\.?\s?p|plc|pllc|gmbh|ag|s\.?a|n\.?v|b\.?v|pty|pte|jv|p\.?c)\.?,?$",
    re.I,
)
_MONEY_RE = re.compile(
    r"\$\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?P<scale>million|billion|thousand))?",
    re.I,
)
_SCALES = {None: 1, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
ABBREVIATIONS = {
    "ft",
    "st",
    "mt",
    "co",
    "corp",
    "inc",
    "ltd",
    "jr",
    "sr",
    "dr",
    "no",
    "nos",
    "pt",
    "bros",
    "mfg",
    "intl",
    "assn",
    "u.s",
    "d.c",
    "l.p",
    "l.l.c",
    "n.a",
    "p.c",
    "s.a",
    "vs",
    "approx",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "ave",
    "blvd",
    "rd",
}


class ContractParseError(Exception):
    """A contract announcement paragraph or page could not be read."""


class NotAnAward(ContractParseError):
    """A paragraph that announces no award; `code` names the kind, `reason` explains it."""

    def __init__(self, code: str, reason: str) -> None:
        self.code = code
        self.reason = reason
        super().__init__(f"{code}: {reason}")


@dataclass
class Place:
    """Where work is done, with its share of the work when the announcement gives one."""

    place: str
    percent: float | None = None


@dataclass
class Awardee:
    """One company named as winner of an award."""

    name: str  # as announced, before the location: "Lockheed Martin Corp., Lockheed Martin Aeronautics Co."
    company: str  # the legal entity: "Lockheed Martin Corp."
    unit: str | None  # the division named after it: "Lockheed Martin Aeronautics Co."
    location: str | None
    contract_numbers: list[str] = field(default_factory=list)
    marks: list[str] = field(default_factory=list)  # footnote marks: "*", "**"
    small_business: bool = False
    joint_venture: bool = False
    doing_business_as: str | None = None
    amount_usd: int | None = None  # its own figure, when given beside its contract number


@dataclass
class ContractRecord:
    """One award as the paragraph states it; amounts in U.S. dollars."""

    announcement_date: str | None
    agency: str | None
    awardees: list[Awardee]
    amount_usd: int | None  # whole dollars, never a float
    amount_kind: str | None  # award, ceiling, estimated, modification, option, order, combined
    ceiling_usd: int | None  # value with every option exercised, or the stated maximum
    cumulative_usd: int | None  # the contract's total value after this action
    obligated_usd: int | None
    contract_numbers: list[str]
    contract_type: str | None
    modification: bool
    option: bool
    purpose: str | None
    places: list[Place]
    completion_date: str | None
    contracting_activity: str | None
    activity_contract_number: str | None
    small_business: bool
    flags: list[str]
    fms_countries: list[str]
    paragraph: str
    paragraph_index: int | None = None

    @property
    def company(self) -> str:
        """The first awardee's name, or every name joined when several share the award."""
        return self.awardees[0].name if self.awardees else ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (what `tracker contracts parse` prints)."""
        return asdict(self)


@dataclass
class Rejection:
    """A paragraph kept out of the records, with why."""

    agency: str | None
    paragraph_index: int
    code: str
    reason: str
    text: str


@dataclass
class DayParse:
    """What one day's page gave: its date, records, rejections and footnote legend."""

    announcement_date: str | None
    records: list[ContractRecord]
    rejections: list[Rejection]
    footnotes: dict[str, str]
    paragraphs: list[tuple[str | None, str]]


# -- small helpers -----------------------------------------------------------------------


def clean(text: str) -> str:
    """Fold the non-breaking spaces and runs of white space the pages are full of."""
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\u2010", "-")
    text = text.replace("\u2011", "-").replace("\u2012", "-")
    # en dashes inside contract numbers ("FA8540–16–C–0017") are hyphens
    text = re.sub(r"(?<=[A-Z0-9])[\u2013\u2014](?=[A-Z0-9])", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def sentences(text: str) -> list[str]:
    """Split at sentence ends, not at "Corp." or "Ft." or "J. O. Collins"."""
    out: list[str] = []
    start = 0
    for m in re.finditer(r"[.!?](?=\s+[A-Z0-9(*\"“])", text):
        before = text[start : m.start()]
        word = re.search(r"([A-Za-z][A-Za-z.]*)$", before)
        token = word.group(1).lower() if word else ""
        if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            continue
        out.append(text[start : m.end()].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def money(text: str) -> int:
    """Whole dollars from the first figure in the text: "$1.2 billion" -> 1200000000."""
    m = _MONEY_RE.search(text)
    if m is None:
        raise ValueError(text)
    return _money_value(m)


def _money_value(m: re.Match) -> int:
    # Decimal, not float: "$7.85 million" is 7850000 exactly, and amounts stay integers.
    value = Decimal(m.group("num").replace(",", ""))
    value *= _SCALES[(m.group("scale") or "").lower() or None]
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def normalise_piid(raw: str) -> str:
    """One spelling per contract number: no spaces around the dashes, upper case, and an order
    written after a space ("FA8620-15-G-4040 0007") joined with a dash like any other order."""
    text = re.sub(r"\s*-\s*", "-", raw.strip()).upper()
    return re.sub(r"(?<=-[A-Z0-9]{4})\s+(?=[A-Z0-9]{4}$)", "-", text)


def piid_key(number: str) -> str:
    """Dash-free form: "N68936-19-D-0016" and "N6893619D0016" are one contract."""
    return re.sub(r"[^A-Z0-9]", "", number.upper())


def find_piids(text: str) -> list[str]:
    """Contract numbers in order of appearance, skipping modification numbers like P00012."""
    found: list[str] = []
    for m in PIID_RE.finditer(text):
        raw = m.group(0)
        office = m.group("office") or m.group("office2") or m.group("office4") or m.group("gsa")
        if not re.search(r"\d", office):
            continue  # "ABCD-12-A-XXXX" is not a contract number: office codes carry a digit
        found.append(normalise_piid(raw))
    return found


def parse_date(text: str) -> tuple[str, str] | None:
    """("2019-08-14", "day") from "Aug. 14, 2019"; ("2019-06", "month") from "June 2019"."""
    m = DATE_RE.search(text)
    if m:
        month = MONTHS[m.group("month").lower().rstrip(".")]
        year = int(m.group("year"))
        if m.group("day"):
            try:
                return date(year, month, int(m.group("day"))).isoformat(), "day"
            except ValueError:
                pass
        return f"{year:04d}-{month:02d}", "month"
    m = FISCAL_RE.search(text)
    if m:
        year = m.group(1)
        year = int(year) if len(year) == 4 else 2000 + int(year)
        return f"{year:04d}", "fiscal_year"
    m = re.search(r"\b((?:19|20)\d\d)\b", text)
    if m:
        return m.group(1), "year"
    return None


# -- the awardee block -------------------------------------------------------------------


def _split_commas(text: str) -> list[str]:
    """Comma-separated parts, keeping "Co., Inc." and "L.L.C." whole and dropping empties."""
    parts = [p.strip() for p in re.split(r",(?![^()]*\))", text)]
    merged: list[str] = []
    for part in parts:
        if not part:
            continue
        bare = part.replace("*", "").strip()
        if merged and _SUFFIX_SEGMENT.match(bare):
            merged[-1] = f"{merged[-1]}, {part}"
        else:
            merged.append(part)
    return merged


_ADDRESS_RE = re.compile(
    r"^\d+[A-Za-z]?\s+.*\b(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Way|Lane|Ln|"
    r"Pkwy|Parkway|Highway|Hwy|Court|Ct|Place|Pl|Suite|Ste)\b\.?|^(?:Suite|Ste\.?|P\.?O\.? Box)\s+\w+",
    re.I,
)


def _place_end(segment: str) -> bool:
    return bool(_PLACE_END_RE.search(segment.replace("*", "").strip()))


def _split_location(parts: list[str]) -> tuple[list[str], str | None]:
    """Company parts and "City, State" (or "City, Region, Country") from comma parts."""
    if len(parts) < 2 or not _place_end(parts[-1]):
        return parts, None
    last = parts[-1].replace("*", "").strip()
    # "Chatham New Jersey" (comma missing) is a whole location on its own.
    state = _PLACE_END_RE.search(last).group(1)
    if last != state and last.rstrip(".") != state.rstrip(".") and len(parts) >= 2:
        prefix = last[: -len(state)].strip(" ,")
        if prefix and prefix[0].isupper() and not _SUFFIX_SEGMENT.match(prefix):
            return parts[:-1], last
    take = 2
    if len(parts) >= 3 and parts[-2].replace("*", "").strip() in REGIONS:
        take = 3
    if len(parts) - take < 1:
        return parts[:1], ", ".join(p.replace("*", "").strip() for p in parts[1:]) or None
    while len(parts) - take > 1 and _ADDRESS_RE.match(parts[-take - 1].replace("*", "").strip()):
        take += 1  # "105 Main St, Shelocta, Pennsylvania": the street belongs to the place
    loc = ", ".join(p.replace("*", "").strip() for p in parts[-take:])
    return parts[:-take], loc


# "Lockheed Martin Rotary and Mission Systems (LM RMS)", "Science Applications International
# Corp. (SAIC)": the short form the paragraph goes on to use, not part of the name. Only
# capitals (with digits, "&", "-", "/", ".") closing a name part; "StandardAero (San Antonio)
# Inc." keeps its parentheses.
_ABBREVIATION_AFTER_NAME = re.compile(
    r"\s*\((?=[^()]*[A-Z][^()]*[A-Z])[A-Z0-9&./-]+(?:\s[A-Z0-9&./-]+){0,3}\)(?=\s*\**\s*$)"
)


def _awardee_from(text: str, legend: dict[str, str]) -> Awardee:
    """One "Name, City, State (number)" string as an Awardee."""
    numbers = []
    own_amount = None
    for paren in re.findall(r"\(([^()]*)\)", text):
        piids = find_piids(paren)
        if piids:
            numbers.extend(piids)
            m = _MONEY_RE.search(paren)
            if m:  # "(SPE2D1-25-D-0006, $360,000,000)": this awardee's own amount
                own_amount = (own_amount or 0) + _money_value(m)
    text = re.sub(r"\s*\([^()]*\)", lambda m: "" if find_piids(m.group(0)) else m.group(0), text)
    marks = re.findall(r"\*+|†|‡", text)
    text = clean(text.replace("†", "").replace("‡", ""))
    jv = bool(re.search(r"\b(?:joint venture|JV)\b", text, re.I))
    parts = _split_commas(text)
    descriptors = [
        p
        for p in parts
        if re.fullmatch(
            r"\**\s*(?:an?|the)\s+(?:joint venture|JV|subsidiary of .+|partnership)\s*\**", p, re.I
        )
    ]
    parts = [p for p in parts if p not in descriptors]
    name_parts, location = _split_location(parts)
    name_parts = [_ABBREVIATION_AFTER_NAME.sub("", p) for p in name_parts]
    name = ", ".join(p.replace("*", "").strip() for p in name_parts).strip(" ,")
    name = re.sub(r"\s+,", ",", name)
    if descriptors:
        name = f"{name}, {', '.join(d.replace('*', '').strip() for d in descriptors)}"
    dba = None
    m = re.search(r",?\s+(?:doing business as|d/b/a|dba)\s+(.+)$", name, re.I)
    legal = name
    if m:
        dba = m.group(1).strip(" ,")
        legal = name[: m.start()].strip(" ,")
    legal_parts = _split_commas(legal)
    company = legal_parts[0] if legal_parts else legal
    unit = ", ".join(legal_parts[1:]) or None
    small = any("small business" in legend.get(mark, "small business").lower() for mark in marks)
    return Awardee(
        name=name,
        company=company,
        unit=unit,
        location=location,
        contract_numbers=numbers,
        marks=sorted(set(marks)),
        small_business=small,
        joint_venture=jv,
        doing_business_as=dba,
        amount_usd=own_amount,
    )


def _split_awardees(block: str) -> list[str]:
    """The awardee block cut into one string per company."""
    block = block.strip().rstrip(",").strip()
    # Each awardee closed by its own contract number: "A, City, State (N1); B, ... (N2), and C ..."
    closers = [m for m in re.finditer(r"\(([^()]*)\)", block) if find_piids(m.group(1))]
    if len(closers) >= 2:
        pieces, start = [], 0
        for m in closers:
            pieces.append(block[start : m.end()])
            start = m.end()
        tail = block[start:]
        if tail.strip(" ,;*") and re.search(r"[A-Za-z]", tail):
            pieces.append(tail)
        return [_strip_joiner(p) for p in pieces if _strip_joiner(p)]
    pieces = [p for p in re.split(r";\s*(?:and\s+)?", block) if p.strip()]
    out: list[str] = []
    for piece in pieces:
        out.extend(_split_on_and(piece))
    return [_strip_joiner(p) for p in out if _strip_joiner(p)]


def _split_on_and(piece: str) -> list[str]:
    """ "A, City, State, and B, City, State" -> two awardees; "A and B, City, State" stays one."""
    m = re.search(r",?\s+and\s+(?=[A-Z0-9])", piece)
    while m:
        left = piece[: m.start()]
        if _place_end(left.rstrip(" ,*").split(",")[-1]) and len(_split_commas(left)) >= 3:
            return [left, *_split_on_and(piece[m.end() :])]
        m = re.compile(r",?\s+and\s+(?=[A-Z0-9])").search(piece, m.end())
    return [piece]


def _strip_joiner(text: str) -> str:
    return re.sub(r"^[\s,;]*(?:and\s+)?", "", text).strip().rstrip(",;").strip()


# -- fields from the body ----------------------------------------------------------------


def _contract_types(text: str) -> list[str]:
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for regex, label in _TYPE_RES:
        for m in regex.finditer(text):
            if any(a <= m.start() < b or a < m.end() <= b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), label))
    labels: list[str] = []
    for _, label in sorted(found):
        if label not in labels:
            labels.append(label)
    return labels


def _amount(clause: str, body: list[str]) -> tuple[int | None, str | None, bool]:
    """The headline amount, what kind it is, and whether it was found in the award clause."""
    m = _MONEY_RE.search(clause)
    window = clause[: m.start()] if m else clause
    if m:
        before = window[-60:].lower()
        if re.search(r"combined|aggregate|cumulative|total|each order of|sharing|share", before):
            kind = "combined"
        elif re.search(r"maximum|ceiling|not[- ]to[- ]exceed|up to|potential", before):
            kind = "ceiling"
        elif re.search(r"estimated|approximately", before):
            kind = "estimated"
        else:
            kind = "award"
        return _money_value(m), kind, True
    for sent in body:
        # 2024-2025 Army wording: "X was awarded a firm-fixed-price contract for Y. The amount
        # of this action is $Z (with a cumulative total face value of $W)."
        m = re.search(
            r"\bamount of (?:this|the) (?:action|award|modification|order|contract)\s+"
            r"(?:is|was|totals?)\s+(?:an?\s+)?(?:(?:estimated|maximum|total)\s+)?(?:of\s+)?\$",
            sent,
            re.I,
        )
        if m:
            mm = _MONEY_RE.search(sent, m.end() - 1)
            if mm:
                return _money_value(mm), "award", False
    for sent in body:
        if re.search(r"obligat|expire", sent, re.I):
            continue
        if re.search(
            r"maximum|combined|cumulative|ceiling|total|value|not[- ]to[- ]exceed", sent, re.I
        ):
            mm = _MONEY_RE.search(sent)
            if mm:
                return _money_value(mm), "ceiling", False
    for sent in body:
        if re.search(r"obligat|expire", sent, re.I):
            continue
        mm = _MONEY_RE.search(sent)
        if mm:
            return _money_value(mm), "award", False
    return None, None, False


def _letters(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _own_amounts(
    body: list[str], awardees: list[Awardee]
) -> tuple[int, int | None, list[int]] | None:
    """Several awardees, each given its own amount in a sentence of its own ("Delta Yards Inc.
    will be awarded a $9,000,000 contract that includes options which, if exercised, would
    bring the cumulative value of this contract to $40,000,000."): (the sum of their amounts,
    the sum of their values with options when every sentence gives one, those sentences).
    None unless every awardee has exactly one such sentence."""
    if len(awardees) < 2:
        return None
    keys = [_letters(a.name) for a in awardees]
    found: dict[int, tuple[int, int, int | None]] = {}
    for i, sent in enumerate(body):
        verb = AWARD_VERB_RE.search(sent)
        if verb is None or verb.start() == 0:
            continue
        who = _letters(sent[: verb.start()])
        after = sent[verb.end() :]
        own = re.match(r"\s*(?:an?\s+)?(?:(?:total|maximum|estimated)\s+(?:of\s+)?)?\$", after)
        if not who or own is None:
            continue
        owners = [k for k, key in enumerate(keys) if key.startswith(who) or who.startswith(key)]
        if len(owners) != 1 or owners[0] in found:
            return None
        amounts = list(_MONEY_RE.finditer(after))
        ceiling = None
        if len(amounts) > 1 and re.search(r"options?\b[^.]*\bexercised", after, re.I):
            ceiling = _money_value(amounts[-1])
        found[owners[0]] = (i, _money_value(amounts[0]), ceiling)
    if len(found) != len(awardees):
        return None
    ceilings = [c for _, _, c in found.values()]
    return (
        sum(a for _, a, _ in found.values()),
        sum(ceilings) if all(c is not None for c in ceilings) else None,
        sorted(i for i, _, _ in found.values()),
    )


def _ceiling(body: list[str]) -> tuple[int | None, int | None]:
    """(value with options exercised or stated maximum, cumulative value after this action)."""
    ceiling = cumulative = None
    for sent in body:
        low = sent.lower()
        if "obligat" in low and "value" not in low:
            continue
        mm = list(_MONEY_RE.finditer(sent))
        if not mm:
            continue
        if ceiling is None and re.search(
            r"if (?:all )?(?:the )?options? (?:is |are )?exercised|options?[^.]*(?:bring|increase)|"
            r"maximum (?:dollar )?value|ceiling|not[- ]to[- ]exceed",
            low,
        ):
            to = re.search(
                r"\bto\s+(?:a\s+)?(?:potential\s+|maximum\s+|total\s+)?(?:of\s+)?\$", sent
            )
            pick = next((x for x in mm if to and x.start() >= to.start()), None)
            if pick is None:
                pick = mm[-1] if "bring" in low or "increase" in low else mm[0]
            ceiling = _money_value(pick)
        elif cumulative is None and (
            key := re.search(r"cumulative|total (?:contract )?value|face value", low)
        ):
            # "brings the total cumulative face value of the contract to $X from $Y"; "The
            # amount of this action is $X with a cumulative total face value of $Y"
            to = re.search(r"\bto\s+\$", sent)
            pick = next((x for x in mm if to and x.start() >= to.start()), None)
            pick = pick or next((x for x in mm if x.start() > key.start()), mm[0])
            cumulative = _money_value(pick)
    return ceiling, cumulative


def _obligated(body: list[str]) -> int | None:
    """Funds obligated at award: the sum of the amounts the obligation sentences give."""
    total, seen = 0, False
    for sent in body:
        low = sent.lower()
        if "obligat" not in low:
            continue
        if re.match(r"\s*no (?:funds|funding)", low) or "no funds" in low[:60]:
            return 0 if not seen else total
        if re.search(
            r"will be obligated (?:on|as|with|at the) (?:individual|each|task|delivery|time of each)",
            low,
        ) and not _MONEY_RE.search(sent):
            continue
        cut = re.split(r",?\s*(?:\$[\d,.]+\s+of which|none of which|all of which|of which)", sent)[
            0
        ]
        cut = re.split(r"\.\s+(?:funds|contract funds|funding)\s+in the amount", cut, flags=re.I)[0]
        # "$22,705 ($3,244 per awardee)", "$35,000 ($5,000 each)": a share, not another line
        cut = re.sub(r"\(\s*\$[^()]*\)", " ", cut)
        amounts = [_money_value(m) for m in _MONEY_RE.finditer(cut)]
        if not amounts:
            continue
        if re.search(r"expire", cut, re.I) and not re.search(
            r"obligat\w*\s+(?:at|on|as)", cut, re.I
        ):
            continue
        total += sum(amounts)
        seen = True
    return total if seen else None


_DATED_END_RE = re.compile(
    r"(?P<d>(?:[A-Z][a-z]{2,9}\.?\s*(?:\d{1,2},?\s*)?(?:19|20)\d\d)),?\s+"
    r"(?:(?:estimated|expected|anticipated|scheduled)\s+)?"
    r"(?P<what>(?:performance|contract|delivery|ordering(?: period)?)\s+)?(?:completion|end) date"
)


def _completion(body: list[str]) -> str | None:
    """The contract's expected completion, before options and apart from a first order's."""
    patterns = [
        r"(?:expected|estimated|scheduled|anticipated)\s+(?:to\s+(?:be\s+)?)?complet(?:ed|e|ion)\s*(?:date\s+)?(?:of|is|by|in|on|no later than|before)?\s*[:,]?\s*(?P<d>[^;]{0,40})",
        r"final delivery date (?:of|is)\s+(?P<d>[^;]{0,30})",
        r"completion date (?:of|is)\s+(?P<d>[^;]{0,30})",
        r"(?:performance|work) (?:period|will (?:be )?(?:complete|end|run))[^.;]*?(?:through|until|by)\s+(?P<d>[^;]{0,30})",
        r"(?:will be|is to be) completed (?:by|in|on|no later than)\s+(?P<d>[^;]{0,30})",
    ]
    candidates: list[tuple[int, str]] = []
    date_pat = r"(?:[A-Z][a-z]{2,9}\.?\s*(?:\d{1,2},?\s*)?(?:19|20)\d\d)"
    range_re = re.compile(
        r"(?:period|perform\w*|term)[^.;]{0,80}?(?:;\s*)?(?:is|from|of|runs)?\s*"
        + date_pat
        + r",?\s*(?:–|-|—|to|through|until)\s*(?P<d>"
        + date_pat
        + ")",
        re.I,
    )
    for i, sent in enumerate(body):
        clauses = re.split(r";\s*", sent)
        for j, clause in enumerate(clauses):
            low = clause.lower()
            penalty = 0
            if re.search(
                r"if (?:the |all |each )?(?:options?|.*options? (?:is|are) exercised)|option (?:is|are) exercised|options? period",
                low,
            ):
                penalty = 2
            elif re.search(
                r"(?:this|the|each|first|initial) (?:task|delivery) order|task order", low
            ):
                penalty = 1
            found = False
            # "with a Nov. 19, 2017, ordering period end date, and a Nov. 19, 2018, estimated
            # performance completion date": every dated end in the clause; the end of an
            # ordering period (when orders may be placed) is weaker than the performance's.
            for m in _DATED_END_RE.finditer(clause):
                parsed = parse_date(m.group("d"))
                if parsed:
                    ordering = bool(re.search(r"order", m.group("what") or "", re.I))
                    candidates.append((penalty * 100 + (25 if ordering else 0) + i, parsed[0]))
                    found = True
            for p in patterns if not found else []:
                m = re.search(p, clause, re.I)
                if m:
                    parsed = parse_date(m.group("d"))
                    if parsed:
                        candidates.append((penalty * 100 + i, parsed[0]))
                        found = True
                        break
            if not found:
                # "The period of performance is six years; January 2018, through December
                # 2023": a range standing alone continues the clause before it.
                joined = f"{clauses[j - 1]}; {clause}" if j and re.match(date_pat, clause) else ""
                m = (
                    range_re.search(clause)
                    or (range_re.search(joined) if joined else None)
                    or re.search(
                        r"completion date\b[^;]{0,80}?\b(?:of|is|by)\s+(?P<d>" + date_pat + ")",
                        clause,
                    )
                )
                if m and parse_date(m.group("d")):
                    # a period of performance ends the work; weaker than a stated completion
                    candidates.append((penalty * 100 + 50 + i, parse_date(m.group("d"))[0]))
    if not candidates:
        return None
    return min(candidates)[1]


def _places(body: list[str]) -> list[Place]:
    """Places of performance with their percentage shares."""
    for sent in body:
        m = re.search(
            r"(?:work will be (?:performed|done|accomplished)|work is to be performed|"
            r"locations? of performance (?:is|are|will be)|place of performance is)\s+(?:in|at|on)?\s*(?P<p>.+)",
            sent,
            re.I,
        )
        if not m:
            continue
        text = m.group("p")
        text = re.split(
            r",?\s+(?:and|with)\s+(?:is|are|work is|will be|an?|the)\s+(?:expected|estimated|scheduled|completion|performance)|"
            r",?\s+with an? [A-Z][a-z]{2,9}\.? ?\d|,?\s+with an? (?:expected|estimated)|\.$|;\s+the estimated",
            text,
        )[0]
        places: list[Place] = []
        for chunk in re.split(r";\s*(?:and\s+)?|\),?\s+and\s+|\),\s+", text):
            chunk = chunk.strip(" ,.")
            if not chunk:
                continue
            pm = re.search(r"\(?\s*(\d+(?:\.\d+)?)\s*(?:percent|%)\s*\)?", chunk)
            pct = float(pm.group(1)) if pm else None
            place = chunk[: pm.start()].strip(" ,(") if pm else chunk
            place = re.sub(r"^(?:and\s+)", "", place).strip()
            if place:
                places.append(Place(place, pct))
        return places
    return []


# "The Navy's Military Sealift Command, Norfolk, Virginia": a leading "The", and a service or
# department owning the office, are not part of the office's name.
_SERVICE_POSSESSIVE = re.compile(
    r"^(?:the\s+)?(?:(?:U\.S\.\s+)?(?:Army|Navy|Air Force|Marine Corps|Space Force|Coast Guard)"
    r"|(?:Department of (?:the )?(?:Defense|Army|Navy|Air Force)|Defense Department|DoD))['’]s\s+"
    r"|^the\s+",
    re.I,
)


def _activity(body: list[str]) -> tuple[str | None, str | None]:
    """The contracting activity as written ("Army Contracting Command, Warren, Michigan")
    and the contract number it gives in parentheses, if any."""
    for sent in reversed(body):
        m = re.search(
            r"^(?:The\s+)?(?P<a>.+?),?\s+(?:is|are|was|will be|serves as|is also)\s+(?:the\s+)?"
            r"(?:contracting|awarding|procuring)\s+(?:activity|activities|agency|office|command|authority)"
            r"(?P<rest>.*)$",
            sent,
            re.S,
        )
        if not m:
            m = re.search(
                r"^(?:The\s+)?(?:[Cc]ontracting|[Aa]warding|[Pp]rocuring)\s+(?:activity|activities|agency|office)\s+"
                r"(?:(?:responsible\s+for|for)\s+this\s+(?:action|award|contract|effort)\s+)?"
                r"(?:is|are|was)\s+(?:with\s+)?(?:the\s+)?(?P<a>.+?)"
                r"(?P<rest>\s*\([^()]*\)\s*\.?\s*|\.?\s*)$",
                sent,
                re.S,
            )
        if m:
            activity = m.group("a").strip().rstrip(",")
            activity = _SERVICE_POSSESSIVE.sub("", activity)
            piids = find_piids(m.group("rest"))
            return activity, (piids[0] if piids else None)
    return None, None


def _fms(text: str) -> list[str]:
    """Foreign customers named for a foreign military sale."""
    countries: list[str] = []
    for m in re.finditer(r"foreign military sales?\s*\(([^()]+)\)", text, re.I):
        countries += [
            c.strip() for c in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1)) if c.strip()
        ]
    for m in re.finditer(
        r"[Gg]overnments? of ((?:the )?[A-Z][\w ,]+?)(?=[.;)]| under| through| as| for| in support|$)",
        text,
    ):
        countries += [
            c.strip() for c in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1)) if c.strip()
        ]
    seen: list[str] = []
    for c in countries:
        c = re.sub(r"^the\s+", "", c)
        if c and c[0].isupper() and c not in seen and len(c) < 40:
            seen.append(c)
    return seen


# -- the paragraph -----------------------------------------------------------------------


def reject_reason(text: str) -> NotAnAward | None:
    """Why a paragraph is not an award, or None when it may be one."""
    text = clean(text)
    if not text:
        return NotAnAward("empty", "empty paragraph")
    if _FOOTNOTE_RE.match(text) and len(text) < 200:
        return NotAnAward(
            "footnote", f"footnote legend {text!r} (read for the marks, not an award)"
        )
    if _NON_AWARD_PREFIX.match(text) or (
        _CORRECTION_BODY_RE.search(text) and not _UPDATE_PREFIX.match(text)
    ):
        return NotAnAward(
            "correction", "a correction or note to an earlier announcement, not a new award"
        )
    if _AWARDED_NOTE_RE.match(text):
        return NotAnAward(
            "award_date_note",
            f"{text!r} gives the award date of the paragraph before it; applied as a flag there",
        )
    if "$" not in text and not AWARD_VERB_RE.search(text):
        return NotAnAward("no_award", "no award verb and no dollar amount")
    return None


def parse_paragraph(
    text: str,
    announcement_date: str | None = None,
    agency: str | None = None,
    *,
    footnotes: dict[str, str] | None = None,
    paragraph_index: int | None = None,
) -> ContractRecord:
    """One announcement paragraph -> a ContractRecord, or NotAnAward with the reason."""
    text = clean(text)
    rejection = reject_reason(text)
    if rejection is not None:
        raise rejection
    legend = {"*": "small business", **(footnotes or {})}
    flags: list[str] = []
    body_text = text
    if _UPDATE_PREFIX.match(body_text):
        flags.append("update")
        body_text = _UPDATE_PREFIX.sub("", body_text)
    verb = AWARD_VERB_RE.search(body_text)
    if verb is None or verb.start() == 0:
        raise NotAnAward("no_award", "no '<company> ... is awarded' clause found")
    block = body_text[: verb.start()]
    rest = body_text[verb.end() :]
    if len(block) > 6000 or not re.search(r"[A-Z]", block):
        raise NotAnAward("no_award", "the text before the award verb names no company")
    awardees = [_awardee_from(p, legend) for p in _split_awardees(block)]
    awardees = [a for a in awardees if a.name]
    if not awardees:
        raise NotAnAward("no_award", "no awardee could be read before the award verb")
    body = sentences(rest)
    clause = body[0] if body else rest
    amount, kind, in_clause = _amount(clause, body[1:])
    own = None if in_clause else _own_amounts(body[1:], awardees)
    summed = False
    rest_body = body[1:]  # the sentences after the award clause that amounts are read from
    if own is not None:
        # No figure in the award clause and one per awardee after it: the award is their sum,
        # unless another sentence states a combined figure for all of them.
        rest_body = [x for k, x in enumerate(body[1:]) if k not in own[2]]
        stated, stated_kind, _ = _amount("", rest_body)
        if stated is not None and re.search(
            r"combined|aggregate|all (?:\w+ )?(?:contracts|awards|awardees)",
            " ".join(x for x in rest_body if _MONEY_RE.search(x) and "obligat" not in x.lower()),
            re.I,
        ):
            amount, kind = stated, stated_kind
        else:
            amount, kind, summed = own[0], "combined", True
    low_clause = clause.lower()
    modification = bool(
        re.search(r"\bmodifications?\b|\bmodif(?:y|ies|ied)\b|definitiz", low_clause)
    ) or bool(verb and "modified" in verb.group(0).lower())
    # "if all options are exercised" and "with options" describe the contract, not this action
    plain = re.sub(
        r"(?:which,? )?if (?:all |the |any )?(?:\w+ )?(?:options? )?(?:is |are )?exercised|"
        r"(?:with|includes?|contains?|including) (?:\w+ )?(?:unexercised )?options?",
        " ",
        low_clause,
    )
    option = bool(
        re.search(r"\bexercis|\b(?:for|on) the \w+ option\b|\boption (?:year|period) \w+", plain)
    )
    order = bool(re.search(r"\b(?:task|delivery|call) orders?\b(?! contract)", low_clause[:200]))
    if (
        len(awardees) > 1
        and in_clause
        and kind in ("award", "ceiling")
        and re.search(r"shar|compete", verb.group(0), re.I)
    ):
        kind = "combined"  # "A (N1) and B (N2) are sharing a maximum $X" / "will compete for"
    if kind == "award" and in_clause:
        if option:
            kind = "option"
        elif modification:
            kind = "modification"
        elif order:
            kind = "order"
    if modification:
        flags.append("modification")
    if option:
        flags.append("option")
    after = clause[clause.find("$") + 1 :] if in_clause else ""
    ceiling, cumulative = _ceiling(
        ([after] if "$" in after else []) + ([] if in_clause else body[:1]) + rest_body
    )
    obligated = _obligated(body)
    if summed:
        ceiling = own[1]
        flags.append("amount_is_sum")
    if kind in ("ceiling", "combined") and ceiling is None:
        ceiling = amount
    numbers: list[str] = []
    for a in awardees:
        for n in a.contract_numbers:
            if n not in numbers:
                numbers.append(n)
    for m in PIID_RE.finditer(body_text):
        n = normalise_piid(m.group(0))
        if n not in find_piids(m.group(0)):
            continue
        if piid_key(n) in {piid_key(x) for x in numbers}:
            continue
        before = body_text[max(0, m.start() - 60) : m.start()]
        if _PREDECESSOR_RE.search(before):
            flags.append(f"follow_on_to:{n}")
            continue
        if _SOLICITATION_RE.search(before):
            flags.append(f"solicitation:{n}")
            continue
        if n not in numbers:
            numbers.append(n)
    activity, activity_number = _activity(body)
    types = _contract_types(" ".join(body[:3]) if len(body) > 0 else rest)
    if re.search(r"multiple[- ]award", text, re.I) or len(awardees) > 1:
        flags.append("multiple_award")
    if any(a.joint_venture for a in awardees):
        flags.append("joint_venture")
    if re.search(r"foreign military sales?|\bFMS\b", text, re.I):
        flags.append("foreign_military_sales")
    if re.search(
        r"sole[- ]source|not competitively procured|only one responsible source|one (?:bid|offer|proposal) was solicited",
        text,
        re.I,
    ):
        flags.append("sole_source")
    if re.search(
        r"small[- ]business set[- ]aside|set[- ]aside for small business|100 percent set[- ]aside",
        text,
        re.I,
    ):
        flags.append("small_business_set_aside")
    if re.search(r"undefinitized", text, re.I):
        flags.append("undefinitized")
    if re.search(r"\b(?:other transaction|OTA)\b", text):
        flags.append("other_transaction")
    own_amounts = [a.amount_usd for a in awardees if a.amount_usd is not None]
    if amount is None and own_amounts:
        # "UPDATE: X, City, State (N, $20,000,000) has been added as an awardee to ..."
        amount = sum(own_amounts)
        kind = "combined" if len(own_amounts) > 1 else "award"
        flags.append("amount_beside_contract_number")
    if amount is None and obligated:
        amount, kind = obligated, "obligated"
        flags.append("amount_is_obligation")
    elif not in_clause and amount is not None:
        flags.append("amount_outside_award_clause")
    m = re.search(r"\((?:Awarded|Award date)\s+([^()]{6,30})\)", text)
    if m and parse_date(m.group(1)):
        flags.append(f"awarded_on:{parse_date(m.group(1))[0]}")
    if verb and re.search(r"\beach\b", verb.group(0), re.I):
        flags.append("amount_each")
    if amount is None:
        flags.append("no_amount")
    purpose = _purpose(clause)
    return ContractRecord(
        announcement_date=announcement_date,
        agency=agency,
        awardees=awardees,
        amount_usd=amount,
        amount_kind=kind,
        ceiling_usd=ceiling,
        cumulative_usd=cumulative,
        obligated_usd=obligated,
        contract_numbers=numbers,
        contract_type="; ".join(t for t in types if t != "order") or None,
        modification=modification,
        option=option,
        purpose=purpose,
        places=_places(body),
        completion_date=_completion(body),
        contracting_activity=activity,
        activity_contract_number=activity_number,
        small_business=any(a.small_business for a in awardees),
        flags=flags,
        fms_countries=_fms(text),
        paragraph=text,
        paragraph_index=paragraph_index,
    )


def _purpose(clause: str) -> str | None:
    m = re.search(
        r"\b(?:contract|modification|order|agreement|award|option|action|extension|increase)\b"
        r"[^.]*?\b(?:for|to provide|to procure|to acquire|to support|to exercise|to fund|to develop|in support of)\b\s+(?P<p>.+)$",
        clause,
        re.I,
    )
    if not m:
        m = re.search(r"\bfor\s+(?P<p>.+)$", clause)
    if not m:
        return None
    purpose = m.group("p").strip().rstrip(".")
    return purpose[:500] or None


# -- a whole day's page ------------------------------------------------------------------

_HEADING_RE = re.compile(r"^[A-Z0-9][A-Z0-9 .,&'/()\-–]{1,90}$")

# Agency sections as the pages have named them over the years, and the name a record keeps
# (the 2014-2019 pages' own headings, so `awards_by_agency` finds old and new days alike).
# Newer pages write "DEPARTMENT OF THE ARMY", "U.S. SPACE FORCE", "Defense Logistics Agency",
# or an agency's initials; all land on one name.
_SERVICES = ("ARMY", "NAVY", "AIR FORCE", "SPACE FORCE", "MARINE CORPS", "COAST GUARD")
AGENCY_ALIASES = {
    "DLA": "DEFENSE LOGISTICS AGENCY",
    "DISA": "DEFENSE INFORMATION SYSTEMS AGENCY",
    "DARPA": "DEFENSE ADVANCED RESEARCH PROJECTS AGENCY",
    "MDA": "MISSILE DEFENSE AGENCY",
    "DHA": "DEFENSE HEALTH AGENCY",
    "DTRA": "DEFENSE THREAT REDUCTION AGENCY",
    "WHS": "WASHINGTON HEADQUARTERS SERVICES",
    "SDA": "SPACE DEVELOPMENT AGENCY",
    "DIU": "DEFENSE INNOVATION UNIT",
    "DCSA": "DEFENSE COUNTERINTELLIGENCE AND SECURITY AGENCY",
    "DODEA": "DEPARTMENT OF DEFENSE EDUCATION ACTIVITY",
    "CDAO": "CHIEF DIGITAL AND ARTIFICIAL INTELLIGENCE OFFICE",
    "SOCOM": "U.S. SPECIAL OPERATIONS COMMAND",
    "USSOCOM": "U.S. SPECIAL OPERATIONS COMMAND",
    "SPECIAL OPERATIONS COMMAND": "U.S. SPECIAL OPERATIONS COMMAND",
    "UNITED STATES SPECIAL OPERATIONS COMMAND": "U.S. SPECIAL OPERATIONS COMMAND",
    "TRANSCOM": "U.S. TRANSPORTATION COMMAND",
    "USTRANSCOM": "U.S. TRANSPORTATION COMMAND",
    "TRANSPORTATION COMMAND": "U.S. TRANSPORTATION COMMAND",
    "UNITED STATES TRANSPORTATION COMMAND": "U.S. TRANSPORTATION COMMAND",
    "U.S. CYBER COMMAND": "U.S. CYBER COMMAND",
    "USCYBERCOM": "U.S. CYBER COMMAND",
    "ARMY CORPS OF ENGINEERS": "U.S. ARMY CORPS OF ENGINEERS",
}
KNOWN_AGENCIES = (
    set(_SERVICES)
    | set(AGENCY_ALIASES.values())
    | {
        "DEFENSE FINANCE AND ACCOUNTING SERVICE",
        "DEFENSE CONTRACT MANAGEMENT AGENCY",
        "DEFENSE COMMISSARY AGENCY",
        "DEFENSE MICROELECTRONICS ACTIVITY",
        "DEFENSE HUMAN RESOURCES ACTIVITY",
        "DEFENSE MEDIA ACTIVITY",
        "DEFENSE INTELLIGENCE AGENCY",
        "NATIONAL GEOSPATIAL-INTELLIGENCE AGENCY",
        "DEFENSE SECURITY COOPERATION AGENCY",
        "DEFENSE TECHNICAL INFORMATION CENTER",
        "JOINT ARTIFICIAL INTELLIGENCE CENTER",
        "U.S. SOUTHERN COMMAND",
        "U.S. AFRICA COMMAND",
        "U.S. CENTRAL COMMAND",
    }
)


def canonical_agency(heading: str | None) -> str | None:
    """One name per agency section: "Department of the Army" -> "ARMY", "U.S. Space Force:"
    -> "SPACE FORCE", "DLA" -> "DEFENSE LOGISTICS AGENCY"; other headings upper-cased."""
    if not heading:
        return heading
    text = re.sub(r"\s+", " ", clean(heading).rstrip(":").strip()).upper()
    text = re.sub(r"^THE ", "", text)
    text = re.sub(r"^U\.\s?S\.\s", "U.S. ", text)
    text = re.sub(
        r"^(?:UNITED STATES|US) (?=ARMY|NAVY|AIR FORCE|SPACE FORCE|MARINE CORPS)", "U.S. ", text
    )
    service = re.sub(r"^(?:DEPARTMENT OF THE |U\.S\. )", "", text)
    if service in _SERVICES:
        return service
    return AGENCY_ALIASES.get(text, text)


def is_heading(text: str) -> bool:
    """Agency headings are short lines in capitals: ARMY, U.S. TRANSPORTATION COMMAND; or a
    known agency's name in any case ("Defense Logistics Agency", "Department of the Navy:")."""
    text = clean(text)
    if (
        _HEADING_RE.match(text)
        and re.search(r"[A-Z]{3}", text)
        and "$" not in text
        and not re.search(r"\d{3}", text)
    ):
        return True
    return len(text) <= 60 and canonical_agency(text) in KNOWN_AGENCIES


def page_date(text: str) -> str | None:
    """The day a page announces, from its title: "Contracts For Feb. 14, 2019"."""
    m = re.search(r"Contracts?\s+(?:for|from)\s+(.{6,30}?\d{4})", text, re.I)
    if m:
        parsed = parse_date(m.group(1))
        if parsed and parsed[1] == "day":
            return parsed[0]
    return None


def html_blocks(html: str) -> tuple[str | None, list[str]]:
    """The page title and its text blocks in order: headings and paragraphs of the article."""
    from parsel import Selector

    sel = Selector(text=html)
    title = clean(" ".join(sel.css("title::text, h1 *::text, h1::text").getall())) or None
    body = None
    for css in (
        "div.body",
        "[itemprop=articleBody]",
        "div.article-body",
        "div.content-body",
        "article",
        "main",
        "body",
    ):
        found = sel.css(css)
        if found:
            body = found[0]
            break
    blocks: list[str] = []
    if body is not None:
        for node in body.xpath(
            ".//*[self::p or self::h2 or self::h3 or self::h4 or self::h5 or self::li"
            " or (self::div and not(.//p or .//div or .//h2 or .//h3 or .//li))]"
        ):
            text = clean(" ".join(node.xpath(".//text()").getall()))
            text = re.sub(r"\s+([,.;:)])", r"\1", text)
            if text:
                blocks.append(text)
    return title, blocks


def split_page(content: str) -> tuple[str | None, list[tuple[str | None, str]]]:
    """A day's page (HTML or plain text) -> its date and (agency, paragraph) pairs in order."""
    looks_html = bool(re.search(r"<(?:html|body|p|div)\b", content[:5000], re.I))
    if looks_html:
        title, blocks = html_blocks(content)
        when = page_date(title or "") or page_date(" ".join(blocks[:3]))
    else:
        blocks = []
        for line in content.splitlines():
            line = clean(line)
            if not line:
                continue
            # A paragraph never starts in lower case: such a line continues the one before.
            if blocks and (line[0].islower() or blocks[-1].endswith((",", "("))):
                blocks[-1] = f"{blocks[-1]} {line}"
            else:
                blocks.append(line)
        when = page_date(" ".join(blocks[:3]))
    pairs: list[tuple[str | None, str]] = []
    agency: str | None = None
    for block in blocks:
        if re.fullmatch(r"[-–—\s]*END[-–—\s]*", block):
            break  # the page's end marker; what follows is site furniture
        if (
            re.fullmatch(r"CONTRACTS?(?: FOR .*)?", block, re.I)
            or page_date(block) == when
            and len(block) < 60
            and when
        ):
            continue
        if is_heading(block):
            agency = canonical_agency(block)
            continue
        pairs.append((agency, block))
    return when, pairs


def parse_day(
    content: str | list[tuple[str | None, str]],
    announcement_date: str | None = None,
) -> DayParse:
    """Every paragraph of one day: records, and a rejection with a reason for the rest.

    Footnote legends ("*Small business", and on some days "*Mandatory Source" with
    "**Small business") are read first, because they say what the marks mean that day.
    """
    if isinstance(content, str):
        when, pairs = split_page(content)
        announcement_date = announcement_date or when
    else:
        pairs = content
    footnotes: dict[str, str] = {}
    for _, text in pairs:
        m = _FOOTNOTE_RE.match(clean(text))
        if m and len(text) < 200:
            footnotes[m.group(1)] = m.group(2).strip()
    records: list[ContractRecord] = []
    rejections: list[Rejection] = []
    for index, (agency, text) in enumerate(pairs):
        try:
            record = parse_paragraph(
                text, announcement_date, agency, footnotes=footnotes, paragraph_index=index
            )
        except NotAnAward as exc:
            rejections.append(Rejection(agency, index, exc.code, exc.reason, clean(text)))
            if (
                exc.code == "award_date_note"
                and records
                and records[-1].paragraph_index == index - 1
            ):
                m = _AWARDED_NOTE_RE.match(clean(text))
                parsed = parse_date(m.group(1)) if m else None
                if parsed:
                    records[-1].flags.append(f"awarded_on:{parsed[0]}")
            continue
        records.append(record)
    return DayParse(announcement_date, records, rejections, footnotes, pairs)
