"""The canonicaliser: one entity id for every surface form of an entity in a document.

It runs after `ner`. Gazetteer matches (from the entity ruler) already carry their id; this
component cleans the model's own entities (drops "AI" and other beat noise, strips "the" and
possessives), resolves short forms ("Hegseth" after "Pete Hegseth", "Saronic" after
"Saronic Technologies"), adds context aliases ("the department" when the Pentagon was
mentioned) and gives entities the gazetteer does not know a slug id. Rules add the names
the small model misses or cuts (organisations by their last word, state abbreviations,
numbered orders and statutes, credits and bylines, designators): docs/extraction.md,
"Names the model misses".
"""

import re
from bisect import bisect_left
from itertools import chain
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from core.slug import slugify
from extract.gazetteer import Entry, Gazetteer, read_gazetteer

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "PRODUCT", "LOC", "FAC", "EVENT", "LAW")
# Labels the model may produce for an entity we keep without a gazetteer entry.
MODEL_LABELS = ("PERSON", "ORG", "GPE", "PRODUCT", "LOC", "FAC", "EVENT", "LAW")
# Strings the small model tags as entities on this beat that name nothing.
DEFAULT_DROP = (
    "AI",
    "A.I.",
    "AGI",
    "LLM",
    "LLMs",
    "Defense",
    "Pentagon’s",
    "GenAI",
    "Artificial Intelligence",
    "artificial intelligence",
    "CEO",
    "CTO",
    "Secretary",
    "War",
    "State",
    "Congressional",
    "Democrat",
    "Republican",
    "Americans",
    "Chatbot",
    "Big Tech",
    "the Department",
    "EO",
    "Executive Order",
    "OTA",
    "IDIQ",
    "Department",
    "Department of the",
    "Plan",
    "Action Plan",
    "the Plan",
    "Administration",
    "the Administration",
    # kinds of weapon, not names ("UAS" is any unmanned aircraft system); the planet is no
    # place an article names (annotators never list it)
    "UAS",
    "sUAS",
    "CUAS",
    "C-UAS",
    "UAV",
    "UAVs",
    "Earth",
    # page furniture and title words the model tags alone: a credit's "(Photo by ...", a
    # section label on a line of its own, "Ranking Member Jane Roe"
    "Photo",
    "Business",
    "Policy",
    "Latest News",
    "Ranking",
    "IPO",
    # common abbreviations of things, not names: "machine learning (ML)", "VC-backed", "a
    # VR headset", "a (PDF)" link, "bulk energetics (TNT ...)"
    "ML",
    "VC",
    "VR",
    "AR",
    "STEM",
    "PDF",
    "TNT",
    # a plural or an adjective alone names no place or body: "laws from the States", "the
    # Southern Red Sea" (the gazetteer has the sea), "the Executive Branch"
    "States",
    "Southern",
    "Northern",
    "Eastern",
    "Western",
    "Executive Branch",
)
# Courtesy titles the model includes in a person's name ("Ms Greene", "Mr. Sheehy"), and
# the titles of state and city lawmakers ("Assemblymember Jane Roe")
HONORIFICS = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen.", "rep.", "gen.",
    "senator", "assemblymember", "assemblyman", "assemblywoman", "councilmember",
    # a press officer's title written before the name: "Spokesperson Jane Roe"
    "spokesperson", "spokesman", "spokeswoman",
}  # fmt: skip
# Ranks written before a name ("Pfc. Daniel Alkana", "Adm. Lisa Franchetti"): not part of it
RANKS = {
    "pfc.",
    "pvt.",
    "spc.",
    "cpl.",
    "sgt.",
    "ssgt.",
    "lt.",
    "capt.",
    "maj.",
    "col.",
    "cmdr.",
    "adm.",
    "brig.",
    "ens.",
    "gov.",
    "sec.",
    "secretary",
    "president",
}
# What follows a surname and is no part of a person's name as annotators write it: a
# generational suffix, a photo agency after a slash ("Vincent Feuray/Hans Lucas")
_NAME_TAIL = re.compile(r"(?:,?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV))$|\s*/.*$")


# Short forms of first names news copy uses for someone named in full elsewhere
NICKNAMES: dict[str, tuple[str, ...]] = {
    "bob": ("robert",),
    "rob": ("robert",),
    "bobby": ("robert",),
    "bill": ("william",),
    "mike": ("michael",),
    "jim": ("james",),
    "jimmy": ("james",),
    "dan": ("daniel",),
    "dave": ("david",),
    "tom": ("thomas",),
    "joe": ("joseph",),
    "chuck": ("charles",),
    "charlie": ("charles",),
    "pete": ("peter",),
    "steve": ("steven", "stephen"),
    "tony": ("anthony",),
    "matt": ("matthew",),
    "chris": ("christopher",),
    "nick": ("nicholas",),
    "ben": ("benjamin",),
    "liz": ("elizabeth",),
    "kate": ("katherine", "catherine"),
    "pat": ("patrick", "patricia"),
    "ted": ("edward", "theodore"),
    "ed": ("edward",),
    "rick": ("richard",),
    "dick": ("richard",),
    "andy": ("andrew",),
    "greg": ("gregory",),
    "ken": ("kenneth",),
    "larry": ("lawrence",),
    "sam": ("samuel",),
    "tim": ("timothy",),
    "alex": ("alexander",),
    "jeff": ("jeffrey",),
    "doug": ("douglas",),
    "don": ("donald",),
    "ron": ("ronald",),
    "jon": ("jonathan",),
}


def _only_person(person_last: dict[str, set[str]], surname: str) -> str | None:
    """The one person of this surname the document has named in full, or None."""
    ids = person_last.get(surname)
    return next(iter(ids)) if ids and len(ids) == 1 else None


def _before_the(span: Span) -> Span | None:
    """The name before a lowercase "the" that the model ran on into ("Amodei the department"
    after "told", a double object), or None: "Bank of the West" keeps its "the"."""
    for tok in span[1:]:
        if tok.text == "the" and tok.nbor(-1).lower_ not in ("of", "for", "and", "on", "in"):
            return span.doc[span.start : tok.i]
    return None


def _early_surnames(kept: list[Span], person_last: dict[str, set[str]]) -> None:
    """A surname told before the full name ("Hegseth and Amodei meet" in a headline, "Dario
    Amodei" in the body) is that person when the article names one person of that surname:
    names are resolved in reading order, so it was left a name of its own. The person keeps
    the full name (NAMES_KEY), not the surname read first."""
    full = {s.id_: s.text for s in reversed(kept) if s.label_ == "PERSON" and len(s) >= 2}
    for i, span in enumerate(kept):
        if span.label_ not in ("PERSON", "GPE", "ORG") or len(span) != 1:
            continue  # a headline's surname is often tagged a place ("Carver and Marsh meet")
        if span.id_ != slugify(span.text):  # a gazetteer name, or resolved already
            continue
        if (pid := _only_person(person_last, span.text)) is not None:
            kept[i] = Span(span.doc, span.start, span.end, label="PERSON", span_id=pid)
            span.doc.user_data.setdefault(NAMES_KEY, {}).setdefault(pid, full.get(pid, pid))


def plain_person(text: str) -> str:
    """A person's name as annotators write it: no rank, suffix or photo agency."""
    words = text.split()
    while len(words) > 2 and words[0].lower() in RANKS:
        words = words[1:]
    text = " ".join(words)
    return _NAME_TAIL.sub("", text).strip()


CORPORATE_SUFFIXES = {
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "co",
    "co.",
    "llc",
    "ltd",
    "ltd.",
    "plc",
    "technologies",
    "industries",
    "group",
    "holdings",
    "systems",
    "labs",
    "company",
    "lp",
}
POSSESSIVE = {"'s", "’s", "'", "’"}
# words that make a product's name a company's: "Tomahawk Robotics" ("AI" and "Software"
# do not: "Gemini AI", "Lattice Software" are the products)
PRODUCT_COMPANY_WORDS = {
    "Robotics", "Aerospace", "Dynamics", "Technologies", "Industries", "Labs", "Solutions",
    "Electronics", "Inc.", "Corp.", "Corporation", "Company", "Holdings", "Motors",
}  # fmt: skip
# ------------------------------------------------------------------ rule-based names
# The small model misses or cuts names that follow a few regular shapes; these rules find
# them on token shapes and the text, and their spans replace the model's (and the
# gazetteer's, when they contain it: "Red River Army Depot" is not the U.S. Army).
NAMES_KEY = "beat_entity_names"
LOWER_WORDS_KEY = "beat_lower_words"  # doc.user_data while canonicalising: lower-case words
COMMON_ACRONYMS_KEY = "beat_common_acronyms"  # ... and acronyms of lower-case descriptions
HEADLINE_VERBS_KEY = "beat_headline_verbs"  # ... and the verbs of title-case lines, by offset
HOME_COUNTRY = "united-states"  # the beat's own government: "U.S. Navy" is the Navy  # doc.user_data: id -> canonical name of a rule-made entity
ORG_HEADS = {
    "Agency",
    "Network",  # 0.11.0: "National Security Innovation Network"
    "Office",
    "Institute",
    "Institutes",
    "Administration",
    "Command",
    "Council",
    "Committee",
    "Subcommittee",
    "Commission",
    "Laboratory",
    "Laboratories",
    "Lab",
    "University",
    "College",
    "Academy",
    "Department",
    "Ministry",
    "Bureau",
    "Service",
    "Services",
    "Corps",
    "Force",
    "Forces",
    "Guard",
    "Navy",
    "Army",
    "Group",
    "Center",
    "Centre",
    "Caucus",
    "Depot",
    "Directorate",
    "Board",
    "Foundation",
    "Association",
    "Court",
    "Division",
    "Brigade",
    "Battalion",
    "Regiment",
    "Squadron",
    "Fleet",
    "Cell",
    "Unit",
    "Station",
    "Base",
    "Complex",
    "Arsenal",
    "Shipyard",
}
# heads that take "for"/"on": "Program Executive Office for Aviation", "Committee on ..."
PP_HEADS = {
    "Office",
    "Committee",
    "Subcommittee",
    "Commission",
    "Council",
    "Center",
    "Centre",
    "Institute",
    "Institutes",
    "Agency",
    "Bureau",
    "Board",
    "Foundation",
    "Association",
    "Academy",
    "Caucus",
    "Cell",
    "Directorate",
    "Division",
    "Group",
    "Laboratory",
}
FAC_HEADS = {"Station", "Base", "Complex", "Arsenal", "Shipyard"}
# 0.12.5: a statute by its last word, as an organisation by its own: "Defense Appropriations
# Act", "Chips and Science Act" (the small model misses many)
LAW_HEADS = {"Act"}
# a name's inner words: "Office of Science and Technology Policy", "Task & Purpose"
CONNECTORS = {"of", "for", "and", "&", "on", "the"}
# job titles: "Secretary of the Air Force" is a person's title, "Air Force" the name
TITLE_WORDS = {
    "Secretary",
    "Undersecretary",
    "Under",
    "Deputy",
    "Assistant",
    "Director",
    "Chief",
    "Administrator",
    "Commander",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Head",
    "Minister",
    "President",
    "Vice",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Officer",
    "General",
    "Gen.",
    "Adm.",
    "Admiral",
    "Sen.",
    "Senator",
    "Rep.",
    "Representative",
    "CEO",
    "CTO",
    "Acting",
    "Former",
    "Inspector",
    "Commissioner",
    "Counsel",
    "Attorney",
    "Judge",
    "Governor",
    "Gov.",
    "Mayor",
    "Ambassador",
    "Lt.",
    "Col.",
    "Maj.",
    "Capt.",
    "Dr.",
    "Professor",
    "Prof.",
    "Founder",
    "Member",
}
# words before a title that are no part of a body's name: "Acting Navy Secretary"
LEADING_TITLES = {"Acting", "Former"}
# what follows a surname to name a family: "the Wright brothers", "the Winklevoss twins"
FAMILY_WORDS = {"brothers", "sisters", "twins"}
# titles before a bare surname that make it a person's: "Senator Collins", "Chairman Schmidt"
SURNAME_TITLES = {
    "Senator", "Sen.", "Rep.", "Representative", "Congressman", "Congresswoman", "Chairman",
    "Chairwoman", "Chair", "Secretary", "Gen.", "General", "Adm.", "Admiral", "Commissioner",
    "Commissioners", "Director", "Governor", "Gov.", "Ambassador", "Justice", "Judge",
}  # fmt: skip
# legal-form suffixes that are not part of the canonical name ("Adobe Inc." is Adobe); gold
# drops "Co." too ("Acme Manufacturing Co." is Acme Manufacturing) and the forms of other
# countries ("Limited", "S.A.")
LEGAL_SUFFIXES = {
    "inc", "inc.", "corp", "corp.", "corporation", "llc", "ltd", "ltd.", "plc", "co", "co.",
    "limited", "s.a.",
}  # fmt: skip
# AP style state abbreviations, as in "Huntsville, Ala." and "(D-Mass.)"
STATE_ABBREVIATIONS = {
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "Fla.": "Florida",
    "Ga.": "Georgia",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Y.": "New York",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "Wash.": "Washington",
    "W.Va.": "West Virginia",
    "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}
_ABBR = "|".join(re.escape(a) for a in sorted(STATE_ABBREVIATIONS, key=len, reverse=True))
_STATE_NAMES = "|".join(
    sorted(
        set(STATE_ABBREVIATIONS.values())
        | {"Texas", "Utah", "Iowa", "Ohio", "Idaho", "Maine", "Alaska", "Hawaii"},
        key=len,
        reverse=True,
    )
)
# "Redstone Arsenal, Ala." (after a capitalised word and a comma)
# ... and "Bethesda, Md.-based"
_STATE_AFTER_PLACE = re.compile(
    r"\b(?P<place>[A-Z][\w'’-]*), (?P<state>" + _ABBR + r")(?=[\s,;:)]|-based\b|--|$)", re.M
)
# "Sen. Rand Paul (KY)", "Rep. Jane Roe (R-TX)": a lawmaker's state by its postal code
POSTAL_CODES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming",
}  # fmt: skip
_POSTAL_AFTER_NAME = re.compile(r" \((?:(?P<party>[DR])-)?(?P<code>[A-Z]{2})\)")
# "Sen. Jane Roe (D-San Francisco)", "Gov. Jane Roe (D)": the party in brackets after a name,
# with a district the other rules do not know, or alone after a lawmaker's title (a bare
# "(R)" in a caption is the right of the picture)
_PARTY_AFTER_NAME = re.compile(r" \((?P<party>[DR])(?P<at>-[A-Z][^()\n]{1,30})?\)")
_LAWMAKER_TITLE = re.compile(
    r"\b(?:Gov\.|Governor|Sen\.|Senator|Rep\.|Representative|Assemblymember|Assemblyman"
    r"|Assemblywoman|Congressman|Congresswoman|Mayor)\s+$"
)
# "the top Democrat on the committee", "Rep. Jane Roe, a Democrat from Ohio": a member named
# by the party noun
_PARTY_MEMBER = re.compile(
    r"\b(?:top|ranking|senior|lone|fellow) (?P<p>Democrat|Republican)(?=[,.;]| (?:on|in|of)\b)"
    r"|, an? (?P<a>Democrat|Republican)(?= (?:from|who|representing)\b)"
)
# "(D-Mass.)", "R-Texas": a party and a state
_PARTY_STATE = re.compile(
    r"(?<=[(\s,])(?P<party>[DR])-(?P<state>" + _ABBR + "|" + _STATE_NAMES + r")(?=[),;\s])"
)
# "Sen. Tim Sheehy, Montana Republican," (the Washington Times' style)
_STATE_PARTY = re.compile(
    r"(?<=, )(?P<state>" + _STATE_NAMES + r") (?P<party>Republican|Democrat)(?=[,;)])"
)
# "Sen. Jane Roe of Washington": the state a lawmaker is from, not its namesake city
_LAWMAKER_OF_STATE = re.compile(
    r"\b(?:Sen\.|Senator|Rep\.|Representative|Gov\.|Governor|Congressman|Congresswoman)"
    r" [A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,2} of (?P<state>" + _STATE_NAMES + r")\b"
)
# 0.11.0: "Jim Roe (Ind.)", "Dan Roe (Alaska)": a lawmaker's state in AP style
_STATE_AFTER_NAME = re.compile(r" \((?P<state>" + _ABBR + "|" + _STATE_NAMES + r")\)")
# "Republican senators", "his Republican administration", "Democratic candidates": the party
# named by its adjective (annotators list the party); not "Democratic Republic of ..."
_PARTY_ADJECTIVE = re.compile(
    r"\b(?P<p>Republican|Democratic)(?=\s(?:(?P<w>[a-z][a-z-]+)\b|Sen\.|Senators?\b|Rep\."
    r"|Reps\.|Representatives?\b|Gov\.|Governors?\b|Congressm[ae]n\b|Leaders?\b))"
)
PARTIES = {
    "D": "democratic-party",
    "R": "republican-party",
    "Democrat": "democratic-party",
    "Republican": "republican-party",
    "Democratic": "democratic-party",
}
# numbered executive orders, statutes and OMB memos are laws with a name of their own
_LAWS = re.compile(
    r"\b(?:Executive Order|E\.O\.|EO)\s?(?:No\.\s?)?(?P<eo>1\d{4})\b"
    r"|\b(?P<usc>\d{1,2} U\.?S\.?C\.? ?§{0,2} ?\d{3,5}[a-z]?)\b"
    r"|\b(?P<memo>M-\d{2}-\d{2})\b"
)
# an order's title in quotes: 'an executive order titled "Ensuring a National Policy ..."'
_QUOTED_TITLE = re.compile(
    r"\b(?:titled|entitled|dubbed)[,:]?\s*[\"“](?P<title>[^\"”\n]{8,160}?)[,.]?[\"”]"
)
_TITLE_CONTEXT = re.compile(
    r"\b(?:[Oo]rder|EO|[Mm]emo(?:randum)?|[Dd]irective|[Bb]ill|Act|[Pp]roclamation|[Ll]aw)\b"
)
# credits and bylines: "(Photo by Jane Roe/Getty Images)", "Source: Unsplash/Jane Roe"
_CAP = r"[A-Z][\w.'’-]*"
_CREDIT = re.compile(
    r"(?:(?<=\()|(?:[Pp]hoto(?:graph)?s?|[Ii]mage|[Cc]redit|[Ss]ource|[Pp]rovided)"
    r"[^\n/()]{0,25}?(?:\b[Bb]y|:)\s*)"
    rf"(?P<a>{_CAP}(?: {_CAP}){{0,3}}) ?/ ?(?P<b>{_CAP}(?: (?:and |& )?{_CAP}){{0,4}})"
    r"(?=\s*(?:[)\n,;]|$))",
    re.M,
)
_BYLINE = re.compile(
    rf"^(?:By|BY|Written by):? (?P<n>{_CAP}(?: (?:and )?{_CAP}){{0,4}})"
    r"(?=\s*(?:$|[/|,(–—-]|\d))",
    re.M,
)
# 0.11.0: a credit of three parts or more, or one that goes on "via" an agency:
# "Photo by Jane Roe/SOPA Images/LightRocket via Getty Images", "Photo: Jane Roe/Bloomberg
# via Getty Images" (the two-part rule above wants the credit to end after its second part)
_CREDIT_PART = r"[A-Z][\w.'’-]*(?: (?:and |& )?[A-Z][\w.'’-]*){0,3}"
_CREDIT_CHAIN = re.compile(
    r"(?:[Pp]hoto(?:graph)?s?|[Ii]mage|[Cc]redit|[Ss]ource)[^\n/()]{0,25}?(?:\b[Bb]y|:)\s*"
    rf"(?P<chain>{_CREDIT_PART}(?: ?/ ?{_CREDIT_PART}){{1,4}})"
    rf"(?P<via> via {_CREDIT_PART})?(?=\s*(?:[)\n,;]|$))",
    re.M,
)
# a wire agency in brackets after a dateline: "BERLIN (dpa-AFX) - ", "WASHINGTON (Sputnik) —"
_WIRE = re.compile(
    r"^[\"“]?[A-Z][A-Za-z.'’ ]{2,30}(?:, [A-Z][\w.]+)? \((?P<w>[A-Za-z][\w&.-]{1,15}"
    r"(?: [A-Z][\w&.-]+){0,2})\)\s*(?:-{1,2}|–|—)",
    re.M,
)
BYLINE_JOBS = {"Writer", "Reporter", "Editor", "Correspondent", "Contributor", "Staff"}
# a press release's dateline: "CITY, State, Oct. 3, 2023 /PRNewswire/ --"
# "MELBOURNE, Fla.--(BUSINESS WIRE)--": the wire of a press release, in capitals
_RELEASE_WIRE_CAPS = re.compile(r"--\((?P<w>[A-Z]{3,}(?: [A-Z]{3,}){0,2})\)--")
# ("MOSCOW, March 12. /TASS/." closes a dateline with a full stop)
_RELEASE_WIRE = re.compile(r"(?<=\s)/(?P<w>[A-Z][A-Za-z-]{3,20})/(?=\s*(?:-{1,2}|–|—)|\.\s)")
# a byline whose name stands on the next line ("By\nJane Roe"), or ends with the outlet the
# writer works for ("| By Jane Roe, DOD News")
_BYLINE_NEXT_LINE = re.compile(
    rf"^(?:By|BY):?[ \t]*\n[ \t]*(?P<n>{_CAP}(?: {_CAP}){{1,3}})[ \t]*$", re.M
)
_BYLINE_OUTLET = re.compile(
    rf"(?:^|\| )By (?P<n>{_CAP} {_CAP}(?: {_CAP})?), (?P<o>{_CAP}(?: {_CAP}){{0,3}})[ \t]*$",
    re.M,
)
# "Headline text - Outlet": the site's name after the last dash of a title line
_TITLE_OUTLET = re.compile(
    rf"^(?P<line>[^\n]{{12,200}}?)\s[-–—|]\s(?P<o>{_CAP}(?: {_CAP}){{0,3}})[ \t]*$", re.M
)
_DOMAIN = re.compile(
    r"(?<![\w/@.])(?P<d>[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\."
    r"(?i:com|net|org|ai|io|az|ua|news|tv|co|uk|us|info))(?![\w/@-]|\.\w)"
)
# 0.11.0: a U.S. Navy ship is named "USS X" (annotators' form), also when written "U.S.S. X"
# or "the aircraft carrier X Y"; the model takes "Abraham Lincoln" for the president
# 0.12.9: a name with its hull number in brackets is a ship: "John Basilone (DDG 122)",
# "the attack submarine Minnesota (SSN-783)"; annotators write "USS X", without the number
_SHIP_NAME = r"[A-Z][a-z]+(?: (?:[A-Z]\.|[JS]r\.|[A-Z][a-z]+)){0,3}"
_HULL = r"(?:SS[BG]?N|DDG|CVN|CG|FFG|LPD|LHA|LHD|LSD|LCS|ESB|EPF)"
_HULL_AFTER = re.compile(rf" \({_HULL}[- ]?\d{{1,4}}\)")
_SHIP_TYPE = (
    r"(?:aircraft carrier|(?:guided[- ]missile )?destroyer|cruiser|frigate"
    r"|(?:(?:fast-)?attack |ballistic[- ]missile )?submarine|amphibious (?:assault )?ship"
    r"|amphibious transport dock)"
)
# "LPD 31", "DDG 51": a hull number written with a space names a ship or its class
_HULL_NUMBER = re.compile(rf"\b(?P<h>{_HULL}) (?P<n>\d{{1,4}})(?![\w.,]?\d)")
# "Los Angeles-class submarines": a ship class, not the city; annotators name it by the type
_CLASS_OF = re.compile(
    r"\b(?!(?:The|A|An|Its|This|These|Their) )(?P<x>[A-Z][a-z]+(?: [A-Z][a-z]+)?)-class "
    r"(?:(?:fast-)?attack |guided-missile )?"
    r"(?P<t>submarine|destroyer|frigate|cruiser|aircraft carrier|amphibious assault ship"
    r"|amphibious transport dock|icebreaker|corvette)s?\b"
)
# "Abraham Lincoln Carrier Strike Group": the group named for its carrier, as written
_STRIKE_GROUP = re.compile(
    rf"\b(?!(?:The|A|An) )(?:USS )?{_SHIP_NAME} (?:Carrier|Expeditionary) Strike Group\b"
)
_SHIP = re.compile(
    rf"\b(?:U\.S\.S\.|USS) (?P<n>{_SHIP_NAME})(?!\w)"
    rf"|\b{_SHIP_TYPE} (?P<c>{_SHIP_NAME})(?!\w)"
    rf"|\b(?P<h>{_SHIP_NAME})(?={_HULL_AFTER.pattern})"
)
# a Coast Guard cutter is "USCGC X": "the Cutter Stone", "Coast Guard cutter Hamilton"
_CUTTER = re.compile(r"\b(?:USCGC|[Cc]utter) (?P<u>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
# launch and landing sites by their number: "Space Launch Complex 4E", "Landing Zone 4"
_PAD = re.compile(
    r"\b(?:(?:Space )?Launch Complex|Landing Zone|Launch Pad)[ -]\d{1,3}[A-Z]?\b(?![-\w])"
)
# an outlet given as a page's source on a line of its own: "Source: Maritime Daily"
_SOURCE_LINE = re.compile(
    rf"^(?:Source|Sources|Via):[ \t]*(?P<o>{_CAP}(?: (?:of |the |& |and )?{_CAP}){{0,4}})[ \t]*$",
    re.M,
)
# 0.11.0: a region or a body of water named from a place the gazetteer knows: "Eastern
# Europe", "Gulf of Aden" (the ruler takes "Europe" and "Aden" alone, the model sees neither);
# only regions (LOC) take a compass word: "South Texas" stays Texas
_COMPASS_PLACE = re.compile(
    r"\b(?P<n>(?:Eastern|Western|Northern|Southern|Central|Northeastern|Northwestern"
    r"|Southeastern|Southwestern|North|South|East|West) (?P<p>[A-Z][a-z]+))\b(?! [A-Z])"
)
_WATER_OF_PLACE = re.compile(
    r"\b(?P<n>(?:Gulf|Strait|Straits|Sea|Bay|Port|Isle|Cape) of (?:the )?(?P<p>[A-Z][a-z]+))\b"
)
# an embassy named by its country and city: "the U.S. Embassy in Baghdad"
_EMBASSY = re.compile(
    r"\b(?:U\.S\.|US|American|British|Israeli|Russian|Chinese|Iranian|French|German|Japanese"
    r"|Saudi|Indian|Ukrainian) Embassy in [A-Z][a-z]+(?: [A-Z][a-z]+)?\b"
)
# 0.11.0: "the U.S. military" is the Department of Defense (annotation.md names it so);
# the country keeps "U.S.", the department takes "military"
DOD_ID = "us-department-of-defense"
_HOME_MILITARY = re.compile(r"\b(?:U\.S\.|US|United States)[ \t](?P<m>military)\b")
# "carry Marines ashore", "a career US Marine", "Marine Gen. Eric Smith": the service's
# members name the U.S. Marine Corps (gold lists it in each dev/val file that says only this);
# another country's word before it is that country's corps ("Philippine Marines")
USMC_ID = "us-marine-corps"
_MARINES = re.compile(
    r"\b(?:Marines(?![ \t]+[A-Z])|(?:(?<=U\.S\. )|(?<=US ))Marine\b(?![ \t]+[A-Z])"
    r"|Marine(?=[ \t]+(?:Gen|Lt|Maj|Col|Capt|Sgt|Cpl|Brig|Pfc)\.))"
)
# "congressional approval", "a bipartisan congressional draft": the adjective names
# Congress (gold lists it in 3 of the 4 dev/val files that use only the adjective); a
# capitalised word after it is a name of its own ("Congressional Budget Office")
CONGRESS_ID = "us-congress"
_CONGRESSIONAL = re.compile(r"\b[Cc]ongressional(?=[ \t][a-z])")
# 0.12.9: a federal appeals court named by its seat, "a federal appeals court in Washington,
# D.C.", "the U.S. Court of Appeals in Washington": the circuit that sits there (gold names
# the D.C. Circuit in 4 of the 6 dev/val files that describe it so). "federal" or "U.S." is
# required: a state appeals court sits in Richmond or San Francisco too
APPEALS_SEATS = {
    "Washington": "us-court-of-appeals-dc-circuit",
    "Boston": "us-court-of-appeals-first-circuit",
    "New York": "us-court-of-appeals-second-circuit",
    "Manhattan": "us-court-of-appeals-second-circuit",
    "Philadelphia": "us-court-of-appeals-third-circuit",
    "Richmond": "us-court-of-appeals-fourth-circuit",
    "New Orleans": "us-court-of-appeals-fifth-circuit",
    "Cincinnati": "us-court-of-appeals-sixth-circuit",
    "Chicago": "us-court-of-appeals-seventh-circuit",
    "St. Louis": "us-court-of-appeals-eighth-circuit",
    "San Francisco": "us-court-of-appeals-ninth-circuit",
    "Denver": "us-court-of-appeals-tenth-circuit",
    "Atlanta": "us-court-of-appeals-eleventh-circuit",
}
_SEAT = "|".join(re.escape(k) for k in APPEALS_SEATS)
_APPEALS_COURT = (
    r"(?:[Ff]ederal|U\.S\.|US) (?:[Aa]ppeals [Cc]ourt|[Aa]ppellate [Cc]ourt|"
    r"(?:[Cc]ircuit )?[Cc]ourt of [Aa]ppeals)"
)
_APPEALS_COURT_SEAT = re.compile(
    rf"\b(?P<c>{_APPEALS_COURT}),? (?:(?:based|sitting) )?in (?P<seat>{_SEAT})\b(?![ -][Ss]tate)"
    rf"|\b(?P<seat2>{_SEAT})(?:, D\.C\.,)?(?:-based)? (?P<c2>{_APPEALS_COURT})\b"
)
# a story that names the Federal Circuit (or the claims court it hears appeals from) may
# mean it by "the appeals court in Washington": it sits there too
_FEDERAL_CIRCUIT_STORY = re.compile(r"Federal Circuit|Federal Claims")
# 0.11.0: a name defined with its acronym, "the Mobile High-Energy Laser (MEHEL)", "the
# Mobile Intermediate Range Missile, or MIRM,": the long form is a name. The acronym is left
# as the model reads it: annotators name some programs by it (HIMARS, APKWS, SHIELD)
_ACRONYM_DEFINED = re.compile(
    r"(?P<long>[A-Z][\w-]*(?:,? (?:(?:and|of|for|the|&|on|to|in) )*[A-Z][\w-]*){1,9}),?"
    r" (?:\((?P<a>[A-Z][A-Za-z0-9&-]{1,11})\)|or (?P<b>[A-Z][A-Z0-9-]{1,11})(?=[,.;)\s]))"
)
_LONG_FORM_WORD = re.compile(r"[\w-]+")
# the social network X, only where it is clearly the platform: "a post on X", "X users"
X_PLATFORM = "x-corp"
_X_PLATFORM = re.compile(
    r"\b(?:on|to|via|platform|network|site)\s+(?P<x>X)(?![-’'\w]|\.\w)"
    r"|\b(?:on|to|via)\s+[‘'\"“](?P<xq>X)[’'\"”]"  # "a post on ‘X’"
    r"|(?<![\w-])(?P<x2>X)(?= (?:users?|posts?|account|accounts|feed|social media|handle)\b)"
)
_LINK_CUE = re.compile(r"\b(?:visit|visiting|see|at www|email|contact)\s*$")
# 0.12.5: an outlet or platform named by its web address or its handle on a source line:
# "https://www.thehill.com/policy/...", "youtube.com/watch", "Source: interestingengineering"
OUTLET_TAGS = {"media", "social_media", "show"}
_WEB_HOST = re.compile(
    r"(?<![\w@-])(?:https?://)?(?:www\.)?(?P<h>[A-Za-z][A-Za-z0-9-]{3,})"
    r"\.(?:com|org|net|news|tv|co\.uk|co|io)\b"
)
_SOURCE_HANDLE = re.compile(r"^(?:Source|Via)(?: Domain)?:?[ \t]+(?P<h>[\w.-]{4,40})[ \t]*$", re.M)
# a secretary is named with the department: "Secretary of Defense", "Commerce Secretary"
_SECRETARY = re.compile(r"\bSecretary of (?:the )?(?P<d>[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,3})")
_SECRETARY_AFTER = re.compile(r"\b(?P<d2>[A-Z][a-z]+(?: [A-Z][a-z]+)?) Secretary\b")
# 0.12.0: what names a chamber near a committee named without it ("Sen. Roe, a member of the
# Armed Services Committee"); not the White House
_CHAMBER_CUE = re.compile(
    r"\b(?:Senate|Senators?|senators?|(?<!White )House|Representatives?|Congressman"
    r"|Congresswoman)\b|\b(?:Sen|Rep)\."
)
# 0.12.0: both chambers' committees at once: "the House and Senate Armed Services
# committees", "the House and Senate Intelligence and Armed Services Committees"
_CHAMBERS = re.compile(
    r"\b(?P<a>House|Senate) and (?P<b>Senate|House) "
    r"(?P<n>[A-Za-z][\w’'-]*(?:,? (?:and |& )?[A-Za-z][\w’'-]*){0,6}?) (?P<c>[Cc]ommittees?)\b"
)
# "House Appropriations Chairman Tom Cole", "Senate Commerce Chair Ted Cruz": a committee
# named by its chamber and subject, without "Committee" (not the second chamber of "Senate
# and House Appropriations and ... Committees", which _CHAMBERS reads)
_CHAMBER_SUBJECT = re.compile(
    r"(?<!and )\b(?P<a>House|Senate) (?P<n>[A-Z][\w’'-]*(?: (?:and )?[A-Z][\w’'-]*){0,3})"
)
_SUBCOMMITTEE_NEXT = re.compile(r"[ \t]+[Ss]ubcommittees?\b")
# a president's administration: "the Joe Biden administration", "Biden’s administration",
# "Biden-era rules"
_ADMINISTRATION = re.compile(
    r"\b(?P<p>[A-Z][a-z]+)(?:['’]s)? (?P<a>[Aa]dministration)\b|\b(?P<q>[A-Z][a-z]+)-(?P<e>era)\b"
)
# "brothers Ryan and Brandon Tseng": first names sharing one surname
_SHARED_SURNAME = re.compile(
    r"\b(?P<cue>brothers|sisters|siblings|twins|co-?founders|founders|couple)?,? ?"
    r"(?P<a>[A-Z][a-z]+) (?:and|&) (?P<b>[A-Z][a-z]+) (?P<l>[A-Z][a-z]+)\b(?! [A-Z])"
)
# "his brother, Ryan": a sibling by first name takes the surname of the person just named
_SIBLING = re.compile(r"\b(?:brother|sister|twin)(?: ,)?,? (?P<a>[A-Z][a-z]+)\b(?![ -][A-Z]|['’]s)")
# Dan “Razin” Caine: a nickname in quotes between first name and surname
# ... also after a middle initial (0.11.0): Charles Q. “CQ” Brown
_NICKNAMED = re.compile(
    r"\b(?P<f>[A-Z][a-z]+)(?: (?P<mi>[A-Z]\.))? [“\"‘'][^“”\"‘’'\n]{1,20}[”\"’']"
    r" (?P<l>[A-Z][a-z]+)\b"
)
# a military operation: "Operation Epic Fury", "Operation Midnight Hammer"
_OPERATION = re.compile(r"\bOperation(?: [A-Z][a-z]+){1,3}\b")
# a thing given a name in quotes: 'a drone dubbed “The Interceptor”'
_DUBBED = re.compile(
    r"\b(?:[Dd]ubbed|[Nn]icknamed|[Cc]ode-?named|[Cc]hristened)[,:]? [\"“](?:The )?"
    r"(?P<n>[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}),?[\"”]"
)
# "New London": a city whose name opens with "New" and goes on with a gazetteer city's
_NEW_PLACE = re.compile(r"\bNew (?P<p>[A-Z][a-z]+)\b")
# a name glued to the next word by a web page: "Paul MenonBy", "TrumpSouth"
_GLUED = re.compile(r"^[A-Z][a-z]{2,}(?=[A-Z])")
_BYLINE_GLUE = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]{2,}By\b")
GLUE_PREFIXES = {"Mac", "Van", "Von", "Del", "Della", "Des", "Fitz"}
# capitalised words after a designator that say what it is, not which type it is
NOT_TYPE_NAMES = {
    "Program", "Programme", "Block", "Lot", "Increment", "Fighter", "Fighters", "Aircraft",
    "Helicopter", "Helicopters", "Drone", "Drones", "Missile", "Missiles", "Engine", "Engines",
    "Jet", "Jets", "Bomber", "Bombers", "Tanker", "Tankers", "Upgrade", "Upgrades",
    "Contract", "Contracts", "Production", "Variant", "Sale", "Sales", "Deal", "Order",
    "Orders", "Award", "Purchase", "Crash", "Delivery", "Deliveries", "Test", "Tests",
    "Mission", "Launch", "Rocket", "Satellite", "Satellites", "Radar", "System", "Systems",
    "Platform", "Vehicle", "Vehicles", "Tank", "Tanks", "Plane", "Planes", "Procurement",
    "Sustainment", "Maintenance", "Support", "Training", "Trainer", "Simulator", "Pilot",
    "Pilots", "Team", "Joint", "Multiyear", "Replacement", "Modernization", "Prototype",
    "Prototypes", "Demonstrator", "Airframe", "Airframes", "Spare", "Spares", "Parts",
}  # fmt: skip
# numbered units: "Space Launch Delta 45", "Task Force 59", "Carrier Strike Group 12"
UNIT_HEADS = {"Delta", "Group", "Wing", "Fleet", "Squadron", "Force", "Division", "Brigade"}
_DATELINE = re.compile(
    r"^[\"“]?(?P<c>[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+){0,2})(?=(?:, [A-Z][\w.]+)? ?(?:—|--|–))",
    re.M,
)
# "Lot 10", "Section 1", "Phase 2": parts of contracts and documents, not names
_NUMBERED_PART = re.compile(
    r"^(?:Lot|Block|Phase|Tranche|Increment|Option|Section|Sec\.|Article|Title|Part|Chapter"
    r"|Step|Stage|Tier|Round|Level|Batch|Flight|Annex|Appendix) [\dIVX]+[A-Z]?$"
)
# the small model's EVENT and LAW spans are kept when they say what they are: "Korean War",
# "Gold Reserve Act", "Hurricane Matthew"; not "Option Year One" or "Mode 5"
_EVENT_OR_LAW = re.compile(
    r"\b(?:War|Wars|Crisis|Pandemic|Attacks?|Revolution|Olympics|Games|Summit|Conference|"
    r"Election|Hurricane|Storm|Shutdown|Act|Law|Code|Treaty|Amendment|Constitution|Order|Bill|"
    r"Resolution|Directive|Regulation|Doctrine|Accords?|Agreement|Framework|Strategy|Plan|"
    r"Convention|Protocol|Charter|Statute)\b"
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_FISCAL = re.compile(r"^(?:FY|Fiscal Year)[- ]?\d{2,4}$")  # "FY-21": a date, not a name
# stop words that open names: "Other Transaction Authority", "First Army"
NAME_STOP_WORDS = {"other", "first", "top", "last", "next", "us", "third", "fifth"}
# the last word of a page's label or credit line: "Press Release", "Client Alert"
FURNITURE_WORDS = {
    "Alert",
    "Highlights",
    "Illustration",
    "Release",
    "Report",
    "Reports",
    "Sitrep",
    "Update",
    "Newsletter",
}
# first words of the headings of a page, which the model takes for names when alone on a line
HEADING_WORDS = {
    "Background",
    "Overview",
    "Summary",
    "Conclusion",
    "Introduction",
    "Source",
    "Sources",
    "Key",
    "Takeaways",
    "Highlights",
    "Context",
    "Details",
    "Related",
    "Presidential",
    "Contents",
    "Resources",
    "Notes",
    "References",
    "Disclaimer",
    "Lobbying",
    "Public",
}
# "45th", "3d": the Army and Marines write "2d", "3d"
_ORDINAL = re.compile(r"^\d{1,4}(?:st|nd|rd|th|d)$")
# 0.11.0: numbered units whose last word is no organisation word elsewhere: "45th Space
# Wing", "3d Littoral Combat Team" ("Left Wing", "Combat Team" alone are no names)
ORDINAL_HEADS = {"Wing", "Team", "Squadron", "Battery", "Company", "Group", "Fleet"}
# a unit named with its parent division, as the Army writes it: "2nd Armored Brigade Combat
# Team, 1st Infantry Division" is the brigade's full name (there is a 2nd brigade in every
# division); the division named in it stays an entity of its own
_ORD = r"\d{1,3}(?:st|nd|rd|th|d)"
_UNIT_OF_DIVISION = re.compile(
    rf"\b(?P<unit>{_ORD}(?: [A-Z][a-z]+){{1,4}} (?:Team|Brigade|Battalion|Regiment|Squadron"
    rf"|Group)), {_ORD}(?: [A-Z][a-z]+){{0,2}} (?:Division|Brigade|Wing|Group|Regiment)\b"
)
# words that end a title line or open a dateline but name nothing
NOT_NAMES = {
    "Explainer",
    "Analysis",
    "Opinion",
    "Update",
    "Updated",
    "Exclusive",
    "Live",
    "Video",
    "Videos",
    "Podcast",
    "Report",
    "Review",
    "Interview",
    "Transcript",
    "Watch",
    "Read",
    "More",
    "Home",
    "News",
    "Breaking",
    "Photos",
    "Editorial",
    "Commentary",
    "Feature",
    "Newsletter",
    "Sponsored",
    "Advertisement",
    "Summary",
    "Recap",
    "Timeline",
}
DATE_WORDS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sep.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
    "Today",
    "Yesterday",
    "Tomorrow",
}
# "CH-47F", "MQ-9B", "P-3C": U.S. military designators; not fiscal years, visas or roads
_DESIGNATOR = re.compile(r"^(?P<p>[A-Z]{1,3}|Tu|Su|MiG)-\d{1,3}(?:[A-Z]{1,2}\d?)?$")
# "M777", "M109A7", "M1128": U.S. Army weapon and vehicle numbers (the group is the number,
# so "M" alone stays in NOT_DESIGNATORS); "Tu-22M3", "Su-35": Soviet and Russian designs
_ORDNANCE = re.compile(r"^(?P<p>M\d{1,4})(?:A\d)?$")
# "F-35s", "F/A-18s": aircraft of one type, named by the type (annotators drop the plural)
_PLURAL_DESIGNATOR = re.compile(r"^(?P<one>[A-Z]{1,3}(?:/[A-Z]{1,3})?-\d{1,3}[A-Z]?)s$")
NOT_DESIGNATORS = {"FY", "H", "I", "K", "G", "W", "L", "O", "S", "M", "EB", "SB", "HB", "HR", "AB"}
# "Skydio 2", "Skydio X10D": a company's name and a model number is its product
_VERSION = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})?|[A-Z]\d{1,3}[A-Z]?)$")
NOT_AFTER_VERSION = {
    "%",
    "percent",
    "billion",
    "million",
    "thousand",
    "years",
    "year",
    "months",
    "days",
    "times",
    "people",
    "employees",
    "of",
    "-",
    "–",
}


# A nickname in quotes inside a person's name: Dan “Razin” Caine, Charles 'CQ' Brown
_NICKNAME = re.compile(r"\s+[“\"‘'][^“”\"‘’']{1,20}[”\"’']\s+")


# lower-case words that open a person's or a group's name: "al-Shabaab", "de Gaulle"
NAME_PARTICLES = {
    *("al", "el", "de", "da", "di", "du", "van", "von", "bin", "ibn", "la", "le"),
    *("del", "della", "dos", "das", "des"),
}
MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
    "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
}  # fmt: skip
_TRAILING_FUNCTION_WORDS = {"of", "for", "and", "to", "in", "on", "at", "with", "by"}


def _clean_bounds(span: Span) -> tuple[int, int]:
    """Token bounds without a leading article and trailing possessive or punctuation."""
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    # "the 2017 Citi Industrial Conference": the year dates the event, it is no part of its name
    while end - start > 1 and _YEAR.match(span.doc[start].text) and span.label_ != "PERSON":
        start += 1
    # 0.11.0: a lower-case word before the name is a description: "central Bay Region"
    while (
        end - start > 1
        and span.doc[start].is_lower
        and span.doc[start].is_alpha
        and span.doc[start].whitespace_
        and span.doc[start].lower_ not in NAME_PARTICLES
    ):
        start += 1
    # 0.11.0: a date the model ran on into: "Okinawa March 23, 2018"
    for k in range(start + 1, end - 1):
        if span.doc[k].text in MONTHS and span.doc[k + 1].like_num:
            end = k
            break
    if span.label_ == "PERSON" and end - start > 1 and span.doc[start].lower_ in HONORIFICS:
        start += 1
    while end > start and (span.doc[end - 1].text in POSSESSIVE or span.doc[end - 1].is_punct):
        end -= 1
    for k in range(start + 1, end - 1):  # "X’s Unmanned Aircraft Systems", "X (SRR": X
        tok = span.doc[k]
        if tok.text in ("'s", "’s") and span.label_ != "PERSON":
            end = k
            break
        if tok.text == "(" and not any(t.text == ")" for t in span.doc[k:end]):
            end = k
            break
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    # "Foreign Intelligence Surveillance Act of" (the year cut off), "Designation of"
    while end - start > 1 and span.doc[end - 1].lower_ in _TRAILING_FUNCTION_WORDS:
        end -= 1
    # "Navy Rear Adm. Kevin Smith", "Space Force Brig. Gen. Jane Roe", "Acting Navy
    # Secretary": the rank or title is no part of the service's name
    if span.label_ != "PERSON":
        while end - start > 1 and span.doc[start].text in LEADING_TITLES:
            start += 1
        while end > start and _rank_word(span.doc, end - 1):
            end -= 1
    if span.label_ == "ORG":  # "Adobe Inc." is Adobe, "Reuters Staff" Reuters
        if end - start > 1 and span.doc[end - 1].text == "Staff":
            end -= 1
        while end - start > 1 and span.doc[end - 1].lower_ in LEGAL_SUFFIXES:
            end -= 1
            while end > start and span.doc[end - 1].text == ",":
                end -= 1
    return start, end


def _rank_word(doc: Doc, i: int) -> bool:
    """A word of a military rank written before a name: "Brig.", "Rear Adm.", "Vice Admiral"."""
    t = doc[i].text
    nxt = doc[i + 1].text if i + 1 < len(doc) else ""
    return (
        t in TITLE_ABBREVIATIONS
        or (t in ("Rear", "Vice") and (nxt in TITLE_ABBREVIATIONS or nxt == "Admiral"))
        or (t == "Admiral" and i > 0 and doc[i - 1].text in ("Rear", "Vice"))
    )


class Canonicaliser:
    """spaCy component; see the module docstring."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        gazetteer_path: str | None,
        drop_texts: list[str],
        context_window: int,
    ) -> None:
        self.name = name
        self.gazetteer = read_gazetteer(gazetteer_path) if gazetteer_path else Gazetteer()
        self.drop = set(drop_texts)
        self.context_window = context_window
        self.words = _dictionary_words(nlp)
        self.make_doc = nlp.make_doc
        # the model's tagger, to tag a title-case line in lower case ("Wang Heads to Meta")
        self.taggers = [nlp.get_pipe(n) for n in ("tok2vec", "tagger") if n in nlp.pipe_names]
        self.context_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.context_candidates: dict[str, list[str]] = {}
        # names of two words or more, any case: "Trump Administration", "Lima task force"
        self.forms_ci: dict[str, Entry] = {}
        self.home = self.gazetteer.get(HOME_COUNTRY)
        # an outlet's name written as one word, as in its web address: "thehill" -> The Hill
        self.outlet_handles: dict[str, Entry] = {}
        for entry in self.gazetteer.entries:
            if OUTLET_TAGS & set(entry.tags):
                for form in entry.surface_forms:
                    if len(handle := _handle(form)) >= 5:
                        self.outlet_handles.setdefault(handle, entry)
        for entry in self.gazetteer.entries:
            for form in entry.surface_forms:
                if " " in form:
                    self.forms_ci.setdefault(form.lower(), entry)
        # "Charles Brown" is the gazetteer's "Charles Q. Brown": first name and surname
        self.person_fl: dict[tuple[str, str], Entry] = {}
        # 0.11.0: "Senator Collins", "Chairman Schmidt": a title and a surname name the one
        # person of the gazetteer with that surname, when the article names no one else by it
        surnames: dict[str, list[Entry]] = {}
        for entry in self.gazetteer.entries:
            if entry.type == "PERSON" and len(entry.name.split()) >= 2:
                surnames.setdefault(plain_person(entry.name).split()[-1], []).append(entry)
        self.person_surname = {k: v[0] for k, v in surnames.items() if len(v) == 1}
        # "Biden’s administration": a president's id -> the administration's entry
        self.administrations: dict[str, Entry] = {}
        # multi-word names as written with other spacing, a hyphen for a space, a plural or
        # an acronym in brackets inside: "Joint-Air-to-Ground Missiles", "AI\n Action Plan"
        self.loose_forms: dict[str, list[tuple[re.Pattern[str], Entry, str]]] = {}
        for entry in self.gazetteer.entries:
            if entry.type == "PERSON":
                words = entry.name.split()
                if len(words) >= 3 and all(_initial(w) for w in words[1:-1]):
                    self.person_fl.setdefault((words[0], words[-1]), entry)
            elif entry.type == "ORG" and entry.name.endswith(" administration"):
                for tag in entry.tags:
                    if (person := self.gazetteer.get(tag)) is not None and person.type == "PERSON":
                        self.administrations.setdefault(tag, entry)
            for form in entry.surface_forms:
                loose = _loose_form(form, entry)
                if loose is not None:
                    self.loose_forms.setdefault(loose[0], []).append((loose[1], entry, form))
        self.tied = {
            entry.id: tag
            for entry in self.gazetteer.entries
            if entry.context_aliases
            for tag in entry.tags
            if self.gazetteer.get(tag) is not None and tag != entry.id
        }
        # context aliases written as names ("Scale", "Donovan") name the entity only when
        # capitalised: "at scale" in a story on Scale AI is no mention of it
        self.context_names = {
            alias.lower()
            for entry in self.gazetteer.entries
            for alias in entry.context_aliases
            if all(w[:1].isupper() for w in alias.split())
        }
        for entry in self.gazetteer.entries:
            for alias in entry.context_aliases:
                key = alias.lower()
                if key not in self.context_candidates:
                    self.context_candidates[key] = []
                    self.context_matcher.add(key, [nlp.make_doc(alias)])
                self.context_candidates[key].append(entry.id)

    def __call__(self, doc: Doc) -> Doc:
        kept: list[Span] = []
        other: list[Span] = []
        person_last: dict[str, set[str]] = {}
        org_short: dict[str, str] = {}
        for ent in self._with_rules(doc):
            if ent.label_ not in ENTITY_LABELS:
                other.append(ent)
                continue
            span = self._canonical(doc, ent, person_last, org_short)
            if span is not None:
                kept.append(span)
                self._remember(span, person_last, org_short)
        _early_surnames(kept, person_last)
        self._first_names(kept)
        kept.extend(self._missed_surnames(doc, kept, person_last))
        kept.extend(self._context_aliases(doc, kept))
        doc.ents = filter_spans(kept + other)
        doc.user_data.pop(LOWER_WORDS_KEY, None)  # a cache of `_heading_words`, not a result
        doc.user_data.pop(COMMON_ACRONYMS_KEY, None)
        doc.user_data.pop(HEADLINE_VERBS_KEY, None)
        return doc

    def _with_rules(self, doc: Doc) -> list[Span]:
        """doc.ents with the rule-made names in place of what they cover.

        A rule span is dropped where it would cut a gazetteer name or an amount; a date it
        overlaps keeps its part outside ("Executive Order 14363 of November 24, 2025").
        """
        org_names: set[tuple[int, int]] = set()
        ents = list(doc.ents)
        held = self._unguarded(doc, ents)  # a service the guard held: "Indian Army Signs"
        merged = self._namesakes(
            doc,
            _initial_joined(
                doc,
                self._product_companies(
                    doc, self._place_prefixed(doc, sorted(ents + held, key=lambda s: s.start))
                ),
            ),
        )
        if merged != ents:
            doc.ents = merged
            ents = list(doc.ents)
        rules = filter_spans(self._rule_spans(doc, doc.text, org_names, ents))
        if not rules:
            return ents
        owner: dict[int, Span] = {}
        for e in ents:
            for i in range(e.start, e.end):
                owner[i] = e
        kept_rules = []
        for r in rules:
            over = {id(e): e for i in range(r.start, r.end) if (e := owner.get(i)) is not None}
            if any(
                # an amount the rule would cut; the model's "MH-60R" as MONEY is no amount
                (
                    e.label_ in ("MONEY", "PERCENT", "QUANTITY")
                    and not r.start <= e.start < e.end <= r.end
                )
                or (e.id_ and (e.start < r.start or e.end > r.end))
                or (e.label_ in MODEL_LABELS and e.start <= r.start and r.end <= e.end)
                and (r.start, r.end) in org_names  # the model's "138th Field Artillery Brigade"
                and not _cut_by_possessive(e, r)
                for e in over.values()
            ):
                continue
            kept_rules.append(r)
        covered = {i for r in kept_rules for i in range(r.start, r.end)}
        out: list[Span] = list(kept_rules)
        for e in ents:
            if not any(i in covered for i in range(e.start, e.end)):
                out.append(e)
            elif e.label_ in ("DATE", "TIME"):
                start, end = e.start, e.end
                while start < end and (start in covered or doc[start].lower_ in ("of", ",")):
                    start += 1
                if start < end and not any(i in covered for i in range(start, end)):
                    out.append(Span(doc, start, end, label=e.label_))
        return sorted(out, key=lambda s: s.start)

    @staticmethod
    def _unguarded(doc: Doc, ents: list[Span]) -> list[Span]:
        """Places `beat_place_guard` held back from the model that it did not name at all."""
        held = doc.user_data.pop(GUARDED_KEY, None)
        if not held:
            return []
        covered = {i for e in ents for i in range(e.start, e.end)}
        return [
            Span(doc, start, end, label=label, span_id=eid)
            for start, end, label, eid in held
            if not any(i in covered for i in range(start, end))
        ]

    def _place_prefixed(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A gazetteer place the model's name goes on from is part of that name.

        The ruler runs before `ner`, so "Colorado" in "Colorado Springs" or "Singapore" in
        "Singapore Airlines" leaves the model only "Springs" and "Airlines". A country's
        word before a bare service name is that country's service: "Italian Navy" is no
        U.S. Navy.
        """
        out: list[Span] = []
        i = 0
        while i < len(ents):
            e = ents[i]
            nxt = ents[i + 1] if i + 1 < len(ents) else None
            entry = self.gazetteer.get(e.id_) if e.id_ else None
            if (
                entry is not None
                and entry.type in ("GPE", "NORP", "LOC")
                and entry.id != HOME_COUNTRY
                and nxt is not None
                and (not nxt.id_ or nxt.text in SERVICE_SHORT_NAMES and "country" in entry.tags)
                and nxt.start == e.end
                and nxt.label_ in ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT")
                and e[-1].whitespace_ == " "
                and nxt[0].is_title
            ):
                name = doc[e.start : nxt.end].text
                out.append(Span(doc, e.start, nxt.end, label=nxt.label_, span_id=slugify(name)))
                i += 2
                continue
            out.append(e)
            i += 1
        return out

    def _namesakes(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A given name before a known person's bare surname names a namesake, not him: the
        ruler takes "Trump" in "first lady Melania Trump" for Donald Trump and leaves the
        model only "Melania", so the two words are one new person."""
        out: list[Span] = []
        for e in ents:
            prev = out[-1] if out and out[-1].end == e.start else None
            given = self._given_name(doc, e, prev)
            if given is None:
                out.append(e)
                continue
            if prev is not None:
                out.pop()
            name = doc[given : e.end].text
            doc.user_data.setdefault(NAMES_KEY, {}).setdefault(slugify(name), name)
            out.append(Span(doc, given, e.end, label="PERSON", span_id=slugify(name)))
        return out

    def _given_name(self, doc: Doc, ent: Span, prev: Span | None) -> int | None:
        """Index of the given name before `ent`, a gazetteer person's bare surname, when it
        is someone else's ("Melania" before "Trump"), or None."""
        entry = self.gazetteer.get(ent.id_) if ent.id_ else None
        if entry is None or entry.type != "PERSON" or len(ent) != 1 or ent.start == 0:
            return None
        words = plain_person(entry.name).split()
        tok = doc[ent.start - 1]
        if len(words) < 2 or ent.text != words[-1] or tok.whitespace_ != " ":
            return None
        if prev is not None and (prev.id_ or len(prev) > 1 or prev.label_ not in MODEL_LABELS):
            return None  # "Pentagon Trump", "Wednesday Trump"
        if tok.lower_ in self.words and (prev is None or prev.label_ != "PERSON"):
            return None  # "Stop Trump", "Every Awful Thing Trump": a word, not a name
        # his own first name or title, or a short form of it: "Donald", "President", "Don"
        own = {w.split()[0] for w in entry.surface_forms if " " in w}
        if (
            not tok.is_title
            or not tok.is_alpha
            or len(tok) < 3
            or tok.is_sent_start
            or _line_opener(tok)
            or tok.text in DATE_WORDS
            or tok.lower_ in STOP_WORDS | HONORIFICS | RANKS
            or tok.text in TITLE_WORDS | SURNAME_TITLES | own
            or words[0].startswith(tok.text)
            or words[0].lower() in NICKNAMES.get(tok.lower_, ())
            or tok.lower_ in _lower_words(doc)
            or _in_heading_line(ent)
        ):
            return None
        return tok.i

    def _product_companies(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A gazetteer product's name with a company word after it names a company: the
        ruler takes "Tomahawk" (the missile) from "Tomahawk Robotics", so the model sees
        only "Robotics"."""
        out: list[Span] = []
        for e in ents:
            entry = self.gazetteer.get(e.id_) if e.id_ else None
            nxt = doc[e.end] if e.end < len(doc) else None
            if (
                entry is not None
                and entry.type == "PRODUCT"
                and nxt is not None
                and nxt.text in PRODUCT_COMPANY_WORDS
                and e[-1].whitespace_ == " "
                and not nxt.ent_id_
            ):
                name = doc[e.start : e.end + 1].text
                out.append(Span(doc, e.start, e.end + 1, label="ORG", span_id=slugify(name)))
            else:
                out.append(e)
        return filter_spans(out)

    def _canonical(
        self, doc: Doc, ent: Span, person_last: dict[str, set[str]], org_short: dict[str, str]
    ) -> Span | None:
        if ent.id_:  # from the gazetteer ruler: trust it, type from the gazetteer
            entry = self.gazetteer.get(ent.id_)
            if entry is None and ent.label_ == "ORG" and "ommittee" in ent.text:
                entry = self._chamberless(doc, ent)  # a rule's "Armed Services Committee"
                if entry is not None:
                    return Span(doc, ent.start, ent.end, label="ORG", span_id=entry.id)
            label = entry.type if entry else ent.label_
            return Span(doc, ent.start, ent.end, label=label, span_id=ent.id_)
        start, end = _clean_bounds(ent)
        if start >= end:
            return None
        if (cut := self._headline_cut(doc[start:end])) is not None:
            end = cut  # "Wang Heads to Meta": the verb after the name is no part of it
            if end - start < 2 and self._lookup(doc[start:end].text) is None:
                return None  # "Bill Signed Into Law": one word left, and no known name
        span = doc[start:end]
        text = span.text
        if (
            text in self.drop
            or not any(ch.isalpha() for ch in text)
            or _FISCAL.match(text)
            or _NUMBERED_PART.match(text)
            or (m := _DESIGNATOR.match(text)) is not None
            and m["p"] in NOT_DESIGNATORS
            or "\n" in text
        ):
            return None
        if text.islower():  # "the company", "ai": descriptions, not names
            return None
        if _in_chief_title(span):  # "Chief Digital and AI Officer": a title, no "Digital"
            return None
        if (cut := _before_the(span)) is not None:  # "told Amodei the department expected"
            if (pid := _only_person(person_last, cut.text)) is not None:
                return Span(doc, cut.start, cut.end, label="PERSON", span_id=pid)
            if (entry := self._lookup(cut.text)) is not None:
                return Span(doc, cut.start, cut.end, label=entry.type, span_id=entry.id)
        if text.lower().rstrip(".") + "." in RANKS:  # "Pfc." cut off "Pfc. Daniel Alkana"
            return None
        if (plural := _PLURAL_DESIGNATOR.match(text)) is not None:
            text = plural["one"]
            if (entry := self._lookup(text)) is not None:
                return Span(doc, start, end, label=entry.type, span_id=entry.id)
            doc.user_data.setdefault(NAMES_KEY, {}).setdefault(slugify(text), text)
            return Span(doc, start, end, label="PRODUCT", span_id=slugify(text))
        entry = self._lookup(text)
        if entry is None and ent.label_ == "ORG" and "ommittee" in text:
            entry = self._chamberless(doc, span)
        if entry is not None:
            return Span(doc, start, end, label=entry.type, span_id=entry.id)
        label = ent.label_
        if label not in MODEL_LABELS or (
            label in ("EVENT", "LAW") and not (_EVENT_OR_LAW.search(text) and len(span) > 1)
        ):
            return None
        if span[0].text in HEADING_WORDS and _whole_line(span):  # "Key Provisions", "Source"
            return None
        if label == "LAW" and (year_end := _enacted_year_end(doc, end)) > end:
            end, span = year_end, doc[start:year_end]
            text = span.text
        if label != "PERSON" and _heading_words(span):  # "Bill Signed Into" in a headline
            return None
        if self._page_furniture(span):  # "Photo Illustration by ...", "Press Release"
            return None
        if _opening_common_word(span):  # "Hypersonic weapons can ...", "Cloud is ..."
            return None
        if _time_zone(span):  # "7:29 a.m. PT", "08:19 UTC"
            return None
        if len(span) == 1 and text in _common_acronyms(doc):  # "computing (HPC)"
            return None
        if _TICKER_CUE.search(doc.text, max(0, span.start_char - 16), span.start_char):
            return None  # "(NASDAQ: PLTR)": a company's ticker, the company is named before it
        if "(" in text:  # "Broadband Equity Access and Deployment (BEAD) Program"
            name = re.sub(r"\s*\([^()]*\)", "", text)
            doc.user_data.setdefault(NAMES_KEY, {}).setdefault(slugify(name), name)
            text = name
        if label == "PERSON" and _NICKNAME.search(text):  # Dan “Razin” Caine: Dan Caine
            name = _NICKNAME.sub(" ", text).strip()
            if len(name.split()) >= 2:
                doc.user_data.setdefault(NAMES_KEY, {}).setdefault(slugify(name), name)
                text = name
        if label == "ORG" and _BYLINE_GLUE.search(text):  # "Nadia KellerBy Nadia": a byline
            label = "PERSON"
        if label == "PERSON" and (family := _family_end(span)) is not None:
            end = family  # "the Wright brothers": the family is the name
            span, text = doc[start:end], doc[start:end].text
            doc.user_data.setdefault(NAMES_KEY, {}).setdefault(slugify(text), text)
        if label == "PERSON":
            glued = self._glued_end(span)
            if glued is not None:  # "Paul MenonBy Paul MenonAI-Generated…": Paul Menon
                end, text = glued
                span = doc[start:end]
                doc.user_data.setdefault(NAMES_KEY, {}).setdefault(slugify(text), text)
            entry = self._lookup(text) if len(text.split()) >= 2 else None
            plain = plain_person(text)
            if entry is None and plain != text and len(plain.split()) >= 2:
                # "Richard V. Spencer", "Pfc. Daniel Alkana", "Charles Q. Brown Jr."
                entry = self._lookup(plain)
                if entry is None:
                    doc.user_data.setdefault(NAMES_KEY, {}).setdefault(slugify(plain), plain)
                    text = plain
            words = text.split()
            if (
                entry is None
                and len(words) == 2
                and words[0].lower() in NAME_PARTICLES
                and (pid := _only_person(person_last, span[-1].text)) is not None
            ):  # "Del Toro" after "Carlos Del Toro": the surname with its particle
                return Span(doc, start, end, label="PERSON", span_id=pid)
            if entry is None and len(words) == 2:  # "Charles Brown": Charles Q. Brown
                entry = self.person_fl.get((words[0], words[1]))
                for formal in NICKNAMES.get(words[0].lower(), ()):
                    # "Bob Daigle" after "Robert Daigle": the short form of his first name
                    entry = entry or self.person_fl.get((formal.title(), words[1]))
                    short = slugify(f"{formal} {words[1]}")
                    if entry is None and short in person_last.get(words[1], set()):
                        return Span(doc, start, end, label="PERSON", span_id=short)
            if entry is None and len(words) == 3 and re.fullmatch(r"[A-Z]\.", words[1]):
                # "Richard V. Spencer": a person the gazetteer knows as Richard Spencer
                entry = self._lookup(f"{words[0]} {words[2]}")
                if entry is not None and entry.type != "PERSON":
                    entry = None
            if entry is not None and entry.type == "PERSON":
                return Span(doc, start, end, label="PERSON", span_id=entry.id)
            if len(words) == 3 and re.fullmatch(r"[A-Z]\.", words[1]):
                # "Gen. Francis L. Donovan" after "Gen. Francis Donovan": one person, so that
                # a bare "Donovan" later names him, not one of two
                short = slugify(f"{words[0]} {words[2]}")
                if short in person_last.get(words[2], set()):
                    return Span(doc, start, end, label="PERSON", span_id=short)
        # a short form of someone or something already named in this document
        if len(span) == 1 and (pid := _only_person(person_last, text)) is not None:
            return Span(doc, start, end, label="PERSON", span_id=pid)
        if label == "ORG" and text in org_short:
            return Span(doc, start, end, label="ORG", span_id=org_short[text])
        if (
            len(span) == 1
            and text not in person_last
            and start > 0
            and doc[start - 1].text in SURNAME_TITLES
            and (pentry := self.person_surname.get(text)) is not None
        ):
            return Span(doc, start, end, label="PERSON", span_id=pentry.id)
        return Span(doc, start, end, label=label, span_id=slugify(text))

    def _first_names(self, kept: list[Span]) -> None:
        """A lone given name ("John will be a great secretary", "the Donald") is the one person
        the article names in full with it; its own name otherwise."""
        if not kept:
            return
        names = kept[0].doc.user_data.get(NAMES_KEY) or {}
        given: dict[str, set[str]] = {}
        full: dict[str, str] = {}
        for s in kept:
            if s.label_ != "PERSON":
                continue
            entry = self.gazetteer.get(s.id_)
            name = entry.name if entry else names.get(s.id_, s.text)
            if len(words := plain_person(name).split()) >= 2:
                given.setdefault(words[0], set()).add(s.id_)
                full.setdefault(s.id_, name)
        for i, span in enumerate(kept):
            if span.label_ != "PERSON" or len(span) != 1 or span.id_ != slugify(span.text):
                continue
            before = span.doc[span.start - 1] if span.start > 0 else None
            if before is not None and (
                before.text in SURNAME_TITLES | TITLE_WORDS or before.lower_ in HONORIFICS | RANKS
            ):
                continue  # "Mr. Reed", "Senator Mark": a surname
            ids = given.get(span.text, set())
            if len(ids) == 1:
                pid = next(iter(ids))
                kept[i] = Span(span.doc, span.start, span.end, label="PERSON", span_id=pid)
                span.doc.user_data.setdefault(NAMES_KEY, {}).setdefault(pid, full[pid])

    def _glued_end(self, span: Span) -> tuple[int, str] | None:
        """End and name of a person's span cut where a page glued the next word on."""
        for tok in span[1:]:
            m = _GLUED.match(tok.text)
            if m is None or m.group(0) in GLUE_PREFIXES or tok.text in self.gazetteer.by_form:
                continue
            name = span.doc.text[span.start_char : tok.idx] + m.group(0)
            return tok.i + 1, name
        return None

    def _remember(
        self, span: Span, person_last: dict[str, set[str]], org_short: dict[str, str]
    ) -> None:
        if span.label_ == "PERSON" and len(span) >= 2:
            person_last.setdefault(span[-1].text, set()).add(span.id_)
        elif span.label_ == "ORG" and len(span) >= 2 and span[-1].lower_ in CORPORATE_SUFFIXES:
            short = span[:-1].text
            if short[:1].isupper():
                org_short.setdefault(short, span.id_)

    def _missed_surnames(
        self, doc: Doc, kept: list[Span], person_last: dict[str, set[str]]
    ) -> list[Span]:
        """Surnames of people named earlier that the model did not tag at all."""
        if not person_last:
            return []
        covered = {i for s in kept for i in range(s.start, s.end)}
        covered |= {i for e in doc.ents for i in range(e.start, e.end)}
        first_seen = {}
        for s in kept:
            if s.label_ == "PERSON" and len(s) >= 2:
                first_seen.setdefault(s[-1].text, s.end)
        out = []
        for tok in doc:
            pid = _only_person(person_last, tok.text)
            if pid is None or tok.i in covered or tok.i < first_seen[tok.text]:
                continue
            if tok.is_title:
                out.append(Span(doc, tok.i, tok.i + 1, label="PERSON", span_id=pid))
        return out

    def _context_aliases(self, doc: Doc, kept: list[Span]) -> list[Span]:
        """Descriptions ("the department") that name an entity mentioned in this document."""
        if not self.context_candidates:
            return []
        mentions: dict[str, list[int]] = {}
        for s in kept:
            mentions.setdefault(s.id_, []).append(s.start)
        # an entry tagged with another entry's id is named through it: "the administration"
        # in a story that names Donald Trump is the Trump administration
        for eid, anchor in self.tied.items():
            if anchor in mentions and eid not in mentions:
                mentions[eid] = mentions[anchor]
        covered = {i for s in kept for i in range(s.start, s.end)}
        # "GenAI Platform" after Scale AI: a name the model found on its own, not a gazetteer
        # one, that is exactly a capitalised context alias
        own = {(s.start, s.end): s for s in kept if s.id_ not in self.gazetteer.by_id}
        out = []
        for match_id, start, end in self.context_matcher(doc):
            replaced = None
            if any(i in covered for i in range(start, end)):
                replaced = own.get((start, end))
                if replaced is None or not doc[start].text[:1].isupper():
                    continue
            nxt = doc[end] if end < len(doc) else None
            key = doc.vocab.strings[match_id]
            if key in self.context_names:
                # a name alias ("Scale") names only written capitalised, and then even before
                # a noun ("Scale CEO Alexandr Wang", "Scale officials")
                if not all(t.text[:1].isupper() for t in doc[start:end]):
                    continue
            elif (
                nxt is not None
                and nxt.pos_ in ("NOUN", "PROPN", "ADJ")
                and nxt.text not in POSSESSIVE
            ):
                continue  # "the military applications": the description is a modifier
            best, best_dist = None, None
            for eid in self.context_candidates[key]:
                for pos in mentions.get(eid, ()):
                    # preceding mentions win; a later one only when nothing precedes
                    dist = start - pos if pos < start else self.context_window + (pos - start)
                    if best_dist is None or dist < best_dist:
                        best, best_dist = eid, dist
            if best is None:
                continue
            entry = self.gazetteer.get(best)
            out.append(Span(doc, start, end, label=entry.type if entry else "ORG", span_id=best))
            if replaced is not None:
                kept.remove(replaced)
        return out

    # -------------------------------------------------------------- rule-based names
    def _rule_spans(
        self, doc: Doc, text: str, org_names: set[tuple[int, int]], ents: list[Span]
    ) -> list[Span]:
        """Spans of names the model misses or cuts, each with its id (see NAMES_KEY)."""
        names: dict[str, str] = doc.user_data.setdefault(NAMES_KEY, {})
        out: list[Span] = []

        def add(start: int, end: int, name: str, label: str, eid: str | None = None) -> None:
            """A span named `name` (a gazetteer form, or a new entity), or the entity `eid`."""
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is None or not len(span):
                # a name the tokenizer glued to a full stop or a suffix: "on X.", "Md.-based"
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is None or len(span) != 1 or span.start_char not in (start, start - 1):
                    return
                if span.start_char != start:  # "/PRNewswire/": a release wire, one token
                    if span.text not in (f"/{text[start:end]}/", f"/{text[start:end]}/."):
                        return
                elif (rest := span.text[end - start :]) != "." and not rest.startswith("-"):
                    return
            entry = self._lookup(name) if eid is None else self.gazetteer.get(eid)
            if entry is None:
                eid = eid or slugify(name)
                if not eid:
                    return
                names.setdefault(eid, name)
            else:
                eid, label = entry.id, entry.type
            out.append(Span(doc, span.start, span.end, label=label, span_id=eid))

        self._laws(text, add)
        if "X" in text and self.gazetteer.get(X_PLATFORM) is not None:
            for m in _X_PLATFORM.finditer(text):  # "posted on X", "X users"
                g = next(k for k in ("x", "xq", "x2") if m[k])
                add(m.start(g), m.end(g), "X", "ORG", X_PLATFORM)
        self._places(text, add)
        for m in _STATE_AFTER_PLACE.finditer(text):
            # "Syracuse, N.Y. (UPI)": a town the model left unnamed before its state
            town = doc.char_span(m.start("place"), m.end("place"))
            if town is not None and not any(t.ent_type_ for t in town):
                add(m.start("place"), m.end("place"), m["place"], "GPE")
        self._offices(text, add)
        if "(" in text or ", or " in text:
            self._acronyms(text, add)
        self._ships(text, add)
        model_places = {e.start_char for e in ents if e.label_ in ("GPE", "LOC") and not e.id_}
        for rx in (_COMPASS_PLACE, _WATER_OF_PLACE):
            for m in rx.finditer(text):
                place = self.gazetteer.by_form.get(m["p"])
                # a region of a country or a state keeps the place: "South Texas" is Texas
                kinds = ("LOC",) if rx is _COMPASS_PLACE else ("GPE", "LOC")
                known = place is not None and place.type in kinds and place.id != HOME_COUNTRY
                # a water named from a place the model found: "Gulf of Aden"
                seen = rx is _WATER_OF_PLACE and place is None and m.start("p") in model_places
                if (known or seen) and self._lookup(m["n"]) is None:
                    add(m.start("n"), m.end("n"), m["n"], "LOC")
        if "Embassy in " in text:
            for m in _EMBASSY.finditer(text):
                add(m.start(), m.end(), m.group(0), "ORG")
        if "utter " in text or "USCGC" in text:
            for m in _CUTTER.finditer(text):
                words = m["u"].split(" ")
                while len(words) > 1 and words[-1] in DATE_WORDS | NOT_TYPE_NAMES:
                    words.pop()
                name = " ".join(words)
                if name not in DATE_WORDS and name not in NOT_TYPE_NAMES:
                    at = m.start() if m.group(0).startswith("USCGC") else m.start("u")
                    add(at, m.start("u") + len(name), f"USCGC {name}", "PRODUCT")
        for m in _PAD.finditer(text):
            add(m.start(), m.end(), m.group(0), "FAC")
        for m in _UNIT_OF_DIVISION.finditer(text):
            add(m.start(), m.end("unit"), m.group(0), "ORG")
        if " military" in text and self.gazetteer.get(DOD_ID) is not None:
            for m in _HOME_MILITARY.finditer(text):
                add(m.start("m"), m.end("m"), "", "ORG", DOD_ID)
        if "Marine" in text and self.gazetteer.get(USMC_ID) is not None:
            for m in _MARINES.finditer(text):
                if _us_marines(text, m.start()):
                    add(m.start(), m.end(), "", "ORG", USMC_ID)
        if "ongressional" in text and self.gazetteer.get(CONGRESS_ID) is not None:
            for m in _CONGRESSIONAL.finditer(text):
                add(m.start(), m.end(), "", "ORG", CONGRESS_ID)
        if "ppeal" in text:
            self._appeals_courts(text, add)
        self._people(text, add, ents)
        self._loose_names(doc, text, add)
        if "/" in text or "By" in text:
            self._credits(text, add)
        if "(" in text or "/" in text or "Source" in text or "Via:" in text:
            self._wires(text, add)
        self._outlets_and_domains(text, add)
        if "." in text or "Source" in text or "Via" in text:
            self._outlet_addresses(doc, text, add)
        out.extend(self._token_rules(doc, text, names, org_names, ents))
        return out

    def _appeals_courts(self, text: str, add) -> None:
        """A federal appeals court described by its seat is the circuit that sits there."""
        federal_circuit = _FEDERAL_CIRCUIT_STORY.search(text) is not None
        for m in _APPEALS_COURT_SEAT.finditer(text):
            g = "c" if m["c"] else "c2"
            seat = m["seat"] or m["seat2"]
            if seat == "Washington" and federal_circuit:
                continue
            if self.gazetteer.get(APPEALS_SEATS[seat]) is not None:
                add(m.start(g), m.end(g), "", "ORG", APPEALS_SEATS[seat])

    def _lookup(self, name: str) -> Entry | None:
        """The gazetteer entry a name is a form of, ignoring case for names of two words+."""
        entry = self.gazetteer.by_form.get(name)
        if entry is None and " " in name:
            entry = self.forms_ci.get(name.lower())
        return entry

    @staticmethod
    def _laws(text: str, add) -> None:
        for m in _LAWS.finditer(text):
            if m["eo"]:
                add(m.start(), m.end(), f"Executive Order {m['eo']}", "LAW")
            else:
                add(m.start(), m.end(), m.group(0), "LAW")
        for m in _QUOTED_TITLE.finditer(text):
            title = m["title"].strip()
            words = [w for w in title.split() if len(w) > 3]
            capitalised = sum(w[0].isupper() for w in words)
            before = text[max(0, m.start() - 80) : m.start()]
            if words and capitalised / len(words) >= 0.6 and _TITLE_CONTEXT.search(before):
                start = m.start("title")
                add(start, start + len(title), title, "LAW")

    def _places(self, text: str, add) -> None:
        for m in _STATE_AFTER_PLACE.finditer(text):
            self._state(m.start("state"), m.end("state"), m["state"], add)
        for m in _PARTY_STATE.finditer(text):
            self._state(m.start("state"), m.end("state"), m["state"], add)
            add(m.start("party"), m.end("party"), "", "ORG", PARTIES[m["party"]])
        for m in _STATE_PARTY.finditer(text):
            self._state(m.start("state"), m.end("state"), m["state"], add)
            add(m.start("party"), m.end("party"), "", "ORG", PARTIES[m["party"]])
        if " of " in text:
            for m in _LAWMAKER_OF_STATE.finditer(text):
                self._state(m.start("state"), m.end("state"), m["state"], add)
        for m in _DATELINE.finditer(text):
            caps = m["c"]
            name = caps.title().replace("’S", "’s").replace("'S", "'s")
            if (
                len(caps.replace(".", "")) < 4
                or name in NOT_NAMES
                or caps in self.gazetteer.by_form
            ):
                continue
            add(m.start("c"), m.end("c"), name, "GPE")

    def _offices(self, text: str, add) -> None:
        """Departments named by their secretary, administrations by their president."""
        if "Secretary" in text:
            matches = [*_SECRETARY.finditer(text), *_SECRETARY_AFTER.finditer(text)]
            for m in matches:
                g = "d" if m.re is _SECRETARY else "d2"
                words = m[g].split(" ")
                # "Secretary of Defense Pete Hegseth": the longest start that is a department;
                # "White House Press Secretary": the longest end
                spans = (
                    [words[:k] for k in range(len(words), 0, -1)]
                    if g == "d"
                    else [words[k:] for k in range(len(words))]
                )
                for part in spans:
                    if part[-1] == "and" or part[0] == "and":
                        continue
                    entry = self._department(" ".join(part))
                    if entry is not None:
                        at = m.start(g) + (
                            0 if g == "d" else len(" ".join(words)) - len(" ".join(part))
                        )
                        add(at, at + len(" ".join(part)), "", "ORG", entry.id)
                        break
        if " and " in text and ("ommittees" in text or "ommittee" in text):
            for m in _CHAMBERS.finditer(text):
                self._chambers(m, add)
        if "House " in text or "Senate " in text:
            for m in _CHAMBER_SUBJECT.finditer(text):
                self._chamber_subject(m, text, add)
        if "dministration" in text or "-era" in text:
            for m in _ADMINISTRATION.finditer(text):
                person = self.gazetteer.by_form.get(m["p"] or m["q"])
                entry = self.administrations.get(person.id) if person is not None else None
                if entry is not None:
                    g = "a" if m["a"] else "e"
                    add(m.start(g), m.end(g), "", "ORG", entry.id)

    def _chamberless(self, doc: Doc, span: Span) -> Entry | None:
        """A committee named without its chamber ("the Armed Services Committee", "the
        Defense Appropriations Subcommittee") is the one of the chamber the article names
        nearest before it ("Sen. Jane Roe, a member of ..."), else just after it; a name
        only one chamber has is that chamber's."""
        found = {}
        for chamber in ("Senate", "House"):
            entry = self._lookup(f"{chamber} {span.text}")
            if entry is not None and entry.type == "ORG":
                found[chamber] = entry
        if len(found) < 2:
            return next(iter(found.values()), None)
        text = doc.text
        before = text[max(0, span.start_char - 600) : span.start_char]
        cues = [m.group(0) for m in _CHAMBER_CUE.finditer(before)]
        if not cues:
            cues = [
                m.group(0) for m in _CHAMBER_CUE.finditer(text[span.end_char : span.end_char + 200])
            ][:1]
        if not cues:
            return None
        cue = cues[-1]
        return found["Senate" if cue.lower().startswith("sen") else "House"]

    def _committee(self, chamber: str, name: str) -> Entry | None:
        for form in (f"{chamber} {name} Committee", f"{chamber} Committee on {name}"):
            entry = self._lookup(form)
            if entry is not None and entry.type == "ORG":
                return entry
        return None

    def _chamber_subject(self, m: re.Match, text: str, add) -> None:
        """The committee a chamber and the first words of a name make, unless a subcommittee
        of it is named ("House Appropriations Subcommittee on ...")."""
        words = m["n"].split(" ")
        for k in range(len(words), 0, -1):
            if words[k - 1] == "and":
                continue
            end = m.start("n") + len(" ".join(words[:k]))
            entry = self._committee(m["a"], " ".join(words[:k]))
            if entry is not None:
                if not _SUBCOMMITTEE_NEXT.match(text, end):
                    add(m.start(), end, "", "ORG", entry.id)
                return

    def _chambers(self, m: re.Match, add) -> None:
        """Each chamber's committee of a shared name: "the House and Senate Armed Services
        committees" names both Armed Services Committees, "the House and Senate Intelligence
        and Armed Services Committees" all four. Each committee takes one piece of the
        phrase as its mention (the first chamber's word, the second chamber's word, ...)."""
        name = m["n"]
        names = [name]
        if self._committee(m["a"], name) is None or self._committee(m["b"], name) is None:
            names = [p for p in re.split(r",? (?:and|&) |, ", name) if p]
        found = []
        for part in names:
            for chamber in (m["a"], m["b"]):
                entry = self._committee(chamber, part)
                if entry is None:
                    return
                found.append(entry)
        if len(found) not in (2, 4):
            return
        # pieces: first chamber, second chamber, then the names, the last one to the end
        pieces = [(m.start("a"), m.end("a")), (m.start("b"), m.end("b"))]
        if len(found) == 2:
            pieces[1] = (m.start("b"), m.end("c"))
        else:
            first = m.start("n") + len(names[0])
            pieces += [(m.start("n"), first), (m.end("n") - len(names[1]), m.end("c"))]
        for (start, end), entry in zip(pieces, found, strict=True):
            add(start, end, "", "ORG", entry.id)

    def _department(self, name: str) -> Entry | None:
        for form in (f"Department of {name}", f"Department of the {name}", f"{name} Department"):
            entry = self.gazetteer.by_form.get(form)
            if entry is not None and entry.type == "ORG":
                return entry
        return None

    def _people(self, text: str, add, ents: list[Span]) -> None:
        """Names the model splits or leaves to a first name; lawmakers' postal codes."""
        persons = [e for e in ents if e.label_ == "PERSON"]
        if "(" in text:
            ends = {e.end_char for e in persons}
            for m in _POSTAL_AFTER_NAME.finditer(text):
                state = POSTAL_CODES.get(m["code"])
                if state is not None and m.start() in ends:
                    self._state(m.start("code"), m.end("code"), state, add)
            starts = {e.end_char: e.start_char for e in persons}
            for m in _PARTY_AFTER_NAME.finditer(text):
                if m.start() in starts and (
                    m["at"] or _LAWMAKER_TITLE.search(text, 0, starts[m.start()])
                ):
                    add(m.start("party"), m.end("party"), "", "ORG", PARTIES[m["party"]])
            for m in _STATE_AFTER_NAME.finditer(text):
                if m.start() in ends:
                    self._state(m.start("state"), m.end("state"), m["state"], add)
        if "Democrat " in text or "Republican " in text:
            for m in _PARTY_MEMBER.finditer(text):
                g = "p" if m["p"] else "a"
                add(m.start(g), m.end(g), "", "ORG", PARTIES[m[g]])
        if "Republican" in text or "Democratic" in text:
            for m in _PARTY_ADJECTIVE.finditer(text):
                if m["w"] in STOP_WORDS:  # "a Nebraska Republican and chair": a member
                    continue
                add(m.start("p"), m.end("p"), "", "ORG", PARTIES[m["p"]])
        for m in _NICKNAMED.finditer(text):
            f, last = m["f"], m["l"]
            entry = (
                (self._lookup(f"{f} {m['mi']} {last}") if m["mi"] else None)
                or self._lookup(f"{f} {last}")
                or self.person_fl.get((f, last))
            )
            if entry is not None and entry.type == "PERSON":
                add(m.start(), m.end(), "", "PERSON", entry.id)
            elif any(e.start_char == m.start() for e in persons):
                add(m.start(), m.end(), f"{f} {last}", "PERSON")
        for m in _SHARED_SURNAME.finditer(text):
            a, last = m["a"], m["l"]
            if a in self.gazetteer.by_form:
                continue
            entry = self._lookup(f"{a} {last}")
            if entry is not None and entry.type == "PERSON":
                add(m.start("a"), m.end("a"), "", "PERSON", entry.id)
            elif m["cue"] and entry is None:
                add(m.start("a"), m.end("a"), f"{a} {last}", "PERSON")
        for m in _SIBLING.finditer(text):
            a = m["a"]
            if a in self.gazetteer.by_form:
                continue
            # the person last named, in full or by a surname named in full before
            surnames = {e[-1].text for e in persons if len(e) >= 2 and e.end_char <= m.start()}
            before = [
                e
                for e in persons
                if e.end_char <= m.start()
                and e[0].text != a
                and (len(e) >= 2 or e.text in surnames)
            ]
            if not before or m.start() - before[-1].end_char > 600:
                continue
            name = f"{a} {before[-1][-1].text}"
            entry = self._lookup(name)
            if entry is None:
                add(m.start("a"), m.end("a"), name, "PERSON")
            elif entry.type == "PERSON":
                add(m.start("a"), m.end("a"), "", "PERSON", entry.id)
        for m in _OPERATION.finditer(text):
            words = m.group(0).split(" ")
            while len(words) > 1 and words[-1] in DATE_WORDS:  # "Operation Epic Fury Monday"
                words.pop()
            if len(words) > 1:
                name = " ".join(words)
                add(m.start(), m.start() + len(name), name, "EVENT")
        for m in _DUBBED.finditer(text):
            before = text[max(0, m.start() - 80) : m.start()]
            if m["n"] not in NOT_NAMES and not _TITLE_CONTEXT.search(before):
                add(m.start("n"), m.end("n"), m["n"], "PRODUCT")
        if "New " in text:
            for m in _NEW_PLACE.finditer(text):
                place = self.gazetteer.by_form.get(m["p"])
                name = m.group(0)
                if place is not None and "city" in place.tags and self._lookup(name) is None:
                    add(m.start(), m.end(), name, "GPE")

    def _ships(self, text: str, add) -> None:
        """U.S. Navy ships as "USS X": by prefix, by a ship type before the name, by a hull
        number after it; "the X" later in the article is the same ship, not a place."""
        found: set[str] = set()
        for m in _SHIP.finditer(text):
            g = "n" if m["n"] else "c" if m["c"] else "h"
            words = m[g].split(" ")
            while len(words) > 1 and words[-1] in DATE_WORDS | NOT_TYPE_NAMES:
                words.pop()  # "USS Carney Monday", "USS Ford Carrier"
            lead = 0  # "Today John Basilone (DDG 122)": the name starts after the word
            while g == "h" and lead < len(words) - 1 and words[lead].lower() in STOP_WORDS:
                lead += 1
            name = " ".join(words[lead:])
            if g != "n" and (name.lower() in STOP_WORDS or name in DATE_WORDS | NOT_TYPE_NAMES):
                continue
            if g == "c" and self._foreign_before(text, m.start()):
                continue  # "the Russian cruiser Admiral Nakhimov" is no U.S. ship
            begin = m.start(g) + sum(len(w) + 1 for w in words[:lead])
            end = begin + len(name)
            at = m.start() if g == "n" else begin  # "U.S.S." is no country
            if (hull := _HULL_AFTER.match(text, end)) is not None:
                end = hull.end()  # the hull number is the ship's, not a second name
            add(at, end, f"USS {name}", "PRODUCT")
            found.add(name)
        for name in found:  # "The Bougainville will ...": the ship named before
            for m in re.finditer(rf"\b[Tt]he ({re.escape(name)})(?![\w-])( [a-z]+)?", text):
                if m[2] is None and text[m.end() : m.end() + 2].strip()[:1].isupper():
                    continue  # "the Washington Post"
                if m[2] is None or m[2].strip() in STOP_WORDS:  # not "the Washington area"
                    add(m.start(1), m.end(1), f"USS {name}", "PRODUCT")
        for m in _HULL_NUMBER.finditer(text):  # "DDG 51" is the gazetteer's "DDG-51"
            entry = self._lookup(f"{m['h']}-{m['n']}")
            add(m.start(), m.end(), entry.name if entry else m.group(0), "PRODUCT")
        for m in _CLASS_OF.finditer(text):
            if self._lookup(f"{m['x']}-class") is None:  # the gazetteer's classes are its own
                add(m.start(), m.end(), f"{m['x']}-class {m['t']}", "PRODUCT")
        for m in _STRIKE_GROUP.finditer(text):
            add(m.start(), m.end(), m.group(0), "ORG")

    def _foreign_before(self, text: str, at: int) -> bool:
        """The word before `at` names a country or people other than the home country."""
        words = text[max(0, at - 40) : at].split()
        if not words:
            return False
        entry = self.gazetteer.by_form.get(words[-1])
        return entry is not None and entry.type in ("GPE", "NORP") and entry.id != HOME_COUNTRY

    def _acronyms(self, text: str, add) -> None:
        """Names defined with their acronym; the gazetteer's own acronyms are left to it."""
        for m in _ACRONYM_DEFINED.finditer(text):
            acr = m["a"] or m["b"]
            if self._lookup(acr) is not None or acr in self.drop:
                continue
            if m["a"] and re.match(r" [A-Z][a-z]", text[m.end() : m.end() + 3]):
                continue  # "Broadband ... Deployment (BEAD) Program": the name goes on
            letters = [c for c in acr if c.isupper()]
            words = list(_LONG_FORM_WORD.finditer(m["long"]))
            for i, w in enumerate(words):  # the longest tail of the run that fits the acronym
                if not w[0][:1].isupper() or w[0] in TITLE_WORDS or w[0] in DATE_WORDS:
                    continue
                content = [x[0] for x in words[i:] if x[0][:1].isupper()]
                initials = [p[0] for x in content for p in x.split("-") if p[:1].isupper()]
                if (
                    len(content) >= 2
                    and initials[0] == letters[0]
                    and _lcs(initials, letters) >= 0.75 * max(len(initials), len(letters))
                ):
                    start, end = m.start("long") + w.start(), m.end("long")
                    name = text[start:end]
                    if (entry := self._lookup(name)) is not None:
                        # "Maven Smart System (MSS)": the acronym names the entry throughout
                        for a in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", text):
                            add(a.start(), a.end(), "", entry.type, entry.id)
                        break
                    label = "ORG" if content[-1] in ORG_HEADS else "PRODUCT"
                    add(start, end, name, label)
                    break

    def _loose_names(self, doc: Doc, text: str, add) -> None:
        """Gazetteer names written across a line break, with a hyphen for a space, in the
        plural or with their acronym in brackets inside them."""
        for tok in doc:
            candidates = self.loose_forms.get(tok.text)
            if not candidates:
                continue
            for pattern, entry, form in candidates:
                m = pattern.match(text, tok.idx)
                if m is not None and m.group(0) != form:
                    add(m.start(), m.end(), "", entry.type, entry.id)
                    break

    def _state(self, start: int, end: int, form: str, add) -> None:
        name = STATE_ABBREVIATIONS.get(form, form)
        entry = self.gazetteer.by_form.get(name)
        if entry is not None and entry.type == "GPE" and "state" in entry.tags:
            add(start, end, name, "GPE", entry.id)
        elif entry is None:
            add(start, end, name, "GPE", slugify(name))
        else:  # "N.Y." is the state, not the gazetteer's city; "Wash." is not D.C.
            add(start, end, name, "GPE", slugify(name + " state"))

    def _credits(self, text: str, add) -> None:
        for m in _CREDIT.finditer(text):
            a, b = m["a"], m["b"]
            if len(a) < 3 or len(b) < 3 or (" " not in a + b and not self._lookup(a)):
                continue  # "(G/ATOR)": a program's acronym, not a credit
            if a.endswith((" Photo", " Photos")) and " " in b:  # "AP Photo/Jane Roe"
                a = a.rsplit(" ", 1)[0]
                people, orgs = [(m.start("b"), b)], [(m.start("a"), a)]
            elif " " in a and " " not in b:  # "Jane Roe/Getty": the photographer, the agency
                people, orgs = [(m.start("a"), a)], [(m.start("b"), b)]
            elif " " in b and " " not in a:  # "Unsplash/Jane Roe", "Bloomberg/A B and C D"
                people, orgs = [(m.start("b"), b)], [(m.start("a"), a)]
            elif " " in a and not self._credit_org_first(a, b):
                # "Jane Roe/Stars and Stripes": person first
                people, orgs = [(m.start("a"), a)], [(m.start("b"), b)]
            elif " " in a:  # "U.S. Army/Spc. Jane Roe": a known body, then the person
                people, orgs = [(m.start("b"), b)], [(m.start("a"), a)]
            else:
                people, orgs = [], [(m.start("a"), a), (m.start("b"), b)]
            for start, name in orgs:
                add(start, start + len(name), name, "ORG")
            for start, names in people:
                offset = 0
                for part in re.split(r" and | & ", names):
                    at = start + names.index(part, offset)
                    offset = at - start + len(part)
                    plain = plain_person(part)  # "Spc. Jane Roe": no rank
                    at += part.index(plain) if plain in part else 0
                    if " " in plain:
                        entry = self._lookup(plain)
                        add(at, at + len(plain), plain, entry.type if entry else "PERSON")
        for m in _CREDIT_CHAIN.finditer(text):
            self._credit_chain(m, add)
        for m in _BYLINE_NEXT_LINE.finditer(text):
            words = m["n"].split()
            if words[0] not in DATE_WORDS and not any(w in NOT_NAMES for w in words):
                add(m.start("n"), m.end("n"), m["n"], "PERSON")
        for m in _BYLINE_OUTLET.finditer(text):
            if m["o"].split()[0] in DATE_WORDS or m["n"].split()[0] in DATE_WORDS:
                continue
            add(m.start("n"), m.end("n"), m["n"], "PERSON")
            words = m["o"].split()
            # "By Jane Roe, Staff Writer": a job, not an outlet
            if not any(w in TITLE_WORDS or w in BYLINE_JOBS for w in words):
                add(m.start("o"), m.end("o"), m["o"], "ORG")
        for m in _BYLINE.finditer(text):
            names = m["n"]
            if (glued := _MONTH_GLUE.search(names)) is not None:  # "... AffairsOctober 5"
                names = names[: glued.start()]
            offset = 0
            for part in names.split(" and "):
                at = m.start("n") + names.index(part, offset)
                offset = at - m.start("n") + len(part)
                words = part.split()
                if words[0] in DATE_WORDS or words[0] in NOT_NAMES or words[-1] in FURNITURE_WORDS:
                    continue  # "By Staff Reports": no writer named
                label = "PERSON"
                if words[-1] in ("Team", "Staff") and len(words) > 1:
                    words, label = words[:-1], "ORG"
                while len(words) > 1 and words[-1].lower() in LEGAL_SUFFIXES:
                    words, label = words[:-1], "ORG"
                # "By Army Public Affairs": a byline opening with a known body is an office
                first = self.gazetteer.by_form.get(words[0])
                if len(words) == 1 or (first is not None and first.type == "ORG"):
                    label = "ORG"
                name = " ".join(words)
                add(at, at + len(name), name, label)

    def _wires(self, text: str, add) -> None:
        """The wire or release service a dateline names ("BERLIN (dpa-AFX) -",
        "NORFOLK, Va., Oct. 3, 2023 /PRNewswire/ --"), the source a page names on a line."""
        for m in _WIRE.finditer(text):
            w = m["w"]
            if len(w) >= 3 and w not in NOT_NAMES and not w.isdigit():
                add(m.start("w"), m.end("w"), w, "ORG")
        for m in _RELEASE_WIRE.finditer(text):
            add(m.start("w"), m.end("w"), m["w"], "ORG")
        for m in _RELEASE_WIRE_CAPS.finditer(text):
            if (entry := self._lookup(m["w"])) is not None:
                add(m.start("w"), m.end("w"), "", entry.type, entry.id)
        for m in _SOURCE_LINE.finditer(text):
            o = m["o"]
            if o.split()[0] not in DATE_WORDS and o not in NOT_NAMES and len(o) >= 3:
                entry = self._lookup(o)
                add(m.start("o"), m.end("o"), o, entry.type if entry else "ORG")

    def _credit_org_first(self, a: str, b: str) -> bool:
        """A credit such as "U.S. Army/Spc. Jane Roe": the first part is a body the
        gazetteer knows, or the second opens with a rank, so the person comes second."""
        entry = self._lookup(a)
        return (entry is not None and entry.type == "ORG") or (
            b.split()[0].lower() in RANKS and len(b.split()) > 2
        )

    def _credit_chain(self, m: re.Match, add) -> None:
        """A credit of three parts or more, or with "via": the photographer (the first part
        with a space, a rank or in capitals), then agencies ("SOPA Images", "LightRocket")."""
        chain = m["chain"]
        parts = [(m.start("chain") + p.start(), p.group(0)) for p in re.finditer(r"[^/]+", chain)]
        if len(parts) < 3 and not m["via"]:
            return  # two parts: _CREDIT reads them
        parts = [(at + len(p) - len(p.lstrip()), p.strip()) for at, p in parts]
        if m["via"]:
            parts.append((m.start("via") + len(" via "), m["via"][len(" via ") :]))
        for k, (at, part) in enumerate(parts):
            if len(part) < 3:
                continue
            entry = self._lookup(part)
            plain = plain_person(part)
            if entry is not None:
                add(at, at + len(part), part, entry.type)
            elif k == 0 and " " in plain:  # the photographer: "VINCENT ROE" is Vincent Roe
                name = plain.title() if plain.isupper() else plain
                start = at + part.index(plain)
                add(start, start + len(plain), name, "PERSON")
            else:
                add(at, at + len(part), part, "ORG")

    def _outlets_and_domains(self, text: str, add) -> None:
        for m in _TITLE_OUTLET.finditer(text):
            outlet, line = m["o"], m["line"]
            if line.rstrip().endswith((".", ":")) or outlet in NOT_NAMES:
                continue
            words = outlet.split()
            known = self._lookup(outlet) is not None
            if not known and any(w.lower() in STOP_WORDS or w in NOT_NAMES for w in words):
                continue
            single_ok = outlet.isupper() and len(outlet) >= 3 or _looks_coined(outlet)
            if known or len(words) > 1 or single_ok:
                add(m.start("o"), m.end("o"), outlet, "ORG")
        if "." in text:
            for m in _DOMAIN.finditer(text):
                before = text[max(0, m.start() - 12) : m.start()].lower()
                if not m["d"].lower().startswith("www.") and not _LINK_CUE.search(before):
                    add(m.start("d"), m.end("d"), m["d"], "ORG")

    def _outlet_addresses(self, doc: Doc, text: str, add) -> None:
        """A known outlet by its web address or source-line handle; the mention is the whole
        token (a link is one token), the name the gazetteer's."""
        for m in chain(_WEB_HOST.finditer(text), _SOURCE_HANDLE.finditer(text)):
            entry = self.outlet_handles.get(_handle(m["h"]))
            span = doc.char_span(m.start("h"), m.end("h"), alignment_mode="expand")
            if entry is not None and span is not None:
                add(span.start_char, span.end_char, entry.name, entry.type, entry.id)

    def _token_rules(
        self,
        doc: Doc,
        text: str,
        names: dict[str, str],
        org_names: set[tuple[int, int]],
        ents: list[Span],
    ) -> list[Span]:
        """Organisation names ending in an organisation word, designators, model numbers."""
        out: list[Span] = []
        by_start = {e.start: e for e in ents if e.id_}
        n = len(doc)
        headline: dict[int, bool] = {}
        persons = sorted(e.start for e in ents if e.label_ == "PERSON")
        skip_to = 0  # a product's number
        run_to = 0  # the words of a run already read for an organisation's name
        for tok in doc:  # iterating is cheaper than indexing the Doc
            i = tok.i
            if i < skip_to:
                continue
            t = tok.text
            first = t[:1]
            if not (first.isupper() or first.isdigit()):
                continue
            if t.endswith(".") and "-" in t:  # "the F-15X." at the end of a sentence
                t = t[:-1]
            m = _DESIGNATOR.match(t) if "-" in t else _ORDNANCE.match(t)
            if m and m["p"] not in NOT_DESIGNATORS and "-" not in (doc[i - 1].text if i else ""):
                entry = self.gazetteer.by_form.get(t)
                # "AH-64D Apache", "E-7 Wedgetail": the designator and the type's name
                end = i + 1
                if entry is None and t == tok.text and not self._headline(doc, i, text, headline):
                    end = _designator_name_end(doc, i)
                name = doc[i:end].text if end > i + 1 else t
                quoted = _quoted_type_name(doc, i) if end == i + 1 else None
                if quoted is not None and (entry is None or self._lookup(f"{t} {quoted[1]}")):
                    end, name = quoted[0], f"{t} {quoted[1]}"  # the FQ-42A “Dark Merlin”
                if end > i + 1:
                    entry = self._lookup(name)
                if entry is None:
                    eid = slugify(name)
                    names.setdefault(eid, name)
                    out.append(Span(doc, i, end, label="PRODUCT", span_id=eid))
                elif end > i + 1:
                    out.append(Span(doc, i, end, label=entry.type, span_id=entry.id))
                continue
            ent = by_start.get(i)
            if ent is not None and ent.end < n:
                version = self._model_number(doc, ent)
                if version is not None:
                    # the product is named on its number: the company stays itself, and an
                    # event's actor ("Skydio launched the Skydio 2")
                    name = doc[ent.start : version].text
                    eid = slugify(name.replace("+", " plus"))
                    names.setdefault(eid, name)
                    # a product's variant is named instead of the product: "Altius 700M"
                    at = ent.start if self.gazetteer.get(ent.id_).type == "PRODUCT" else ent.end
                    out.append(Span(doc, at, version, label="PRODUCT", span_id=eid))
                    skip_to = version
                    continue
            if i >= run_to and _name_word(tok):
                end = _run_end(doc, i)
                span = self._org_name(doc, i, end, text, headline, persons)
                if span is not None:
                    out.append(span)
                    if span.label_ != "LAW":
                        org_names.add((span.start, span.end))
                run_to = end
        return out

    def _model_number(self, doc: Doc, ent: Span) -> int | None:
        """End of "Skydio 2"/"Skydio 2+" when a gazetteer company is followed by a model number."""
        entry = self.gazetteer.get(ent.id_)
        if entry is None or not (
            entry.type == "ORG" and "company" in entry.tags or entry.type == "PRODUCT"
        ):
            return None
        tok = doc[ent.end]
        if ent[-1].whitespace_ == "":
            return None
        end = ent.end + 1
        if _variant_suffix(doc, tok):  # "Altius 700M": the tokenizer splits off the "M"
            end += 1
        elif not _VERSION.match(tok.text):
            return None
        if end < len(doc) and doc[end].text == "+" and tok.whitespace_ == "":
            end += 1
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and (nxt.lower_ in NOT_AFTER_VERSION or nxt.like_num or nxt.is_title):
            return None  # "General Dynamics C4 Systems" is a company
        return end

    def _org_name(
        self,
        doc: Doc,
        start: int,
        end: int,
        text: str,
        headline: dict[int, bool],
        persons: list[int],
    ) -> Span | None:
        """The organisation name in a run of capitalised words, if it ends in an org word."""
        # a person inside the run ends it: "... Policy Director Michael Kratsios"
        k = bisect_left(persons, start + 1)
        if k < len(persons) and persons[k] < end:
            # ... but "Missile Wing" right after "91st" is the model's mistake, no person, and
            # so is "Base Myer-Henderson Hall" after "Joint": a person opens with no org word
            if not (
                persons[k] == start + 1
                and (_ORDINAL.match(doc[start].text) or doc[start + 1].text in ORG_HEADS)
            ):
                end = persons[k]
        while end > start and (
            doc[end - 1].text in TITLE_WORDS or doc[end - 1].lower_ in CONNECTORS
        ):
            end -= 1
        # leading words that are not part of the name: "The", "Meanwhile", a title + "of"
        while start < end and (
            doc[start].lower_ in CONNECTORS
            or doc[start].text in LEADING_TITLES  # "Acting Navy Secretary"
            or (doc[start].is_title and doc[start].lower_ in STOP_WORDS - NAME_STOP_WORDS)
            or doc[start].text in DATE_WORDS
            or doc[start].text in STATE_ABBREVIATIONS  # a dateline's "RESTON, Va. The ..."
        ):
            start += 1
        # "Deputy Undersecretary of the Air Force": a title; "Mandatory Use of Department
        # of the Navy": words with no organisation word before "of" are not part of the name
        first_of = next((k for k in range(start, end) if doc[k].lower_ == "of"), None)
        for k in range(end - 2, start - 1, -1):
            if doc[k].text in TITLE_WORDS and doc[k + 1].lower_ in ("of", "for"):
                start = k + 2
                break
        else:
            if first_of is not None and not any(
                doc[k].text in ORG_HEADS for k in range(start, first_of)
            ):
                start = first_of + 1
        while start < end and doc[start].lower_ in CONNECTORS:
            start += 1
        ordinal = _ORDINAL.match(doc[start].text) is not None
        heads = [
            k
            for k in range(start, end)
            if doc[k].text in ORG_HEADS
            or doc[k].text in LAW_HEADS
            or (ordinal and k == end - 1 and k > start + 1 and doc[k].text in ORDINAL_HEADS)
            or (
                doc[k].text in UNIT_HEADS and start < k and k + 1 < end and _unit_number(doc[k + 1])
            )
        ]
        if not heads:
            return None
        head = heads[-1]
        if head + 1 < end and not (
            doc[head + 1].lower_ == "of"
            or (doc[head + 1].lower_ in ("for", "on") and doc[head].text in PP_HEADS)
        ):
            stop = head + 1
            # "Acme Services LLC" is Acme Services (a legal form is no part of the name)
            legal = doc[stop].lower_ in LEGAL_SUFFIXES
            if (
                legal
                or doc[stop].lower_ in ("co", "co.")
                or (doc[head].text in FAC_HEADS and doc[stop].like_num)
                or (doc[head].text in UNIT_HEADS and start < head and _unit_number(doc[stop]))
            ):
                stop += 1
            if stop < end and doc[head].text not in FAC_HEADS:
                return None  # "Washington Navy Yard": the organisation word is not the last
            # a base's place stays: "Joint Base San Antonio", "Naval Air Station Pensacola"
            end = end if doc[head].text in FAC_HEADS else stop - legal
        words = [t for t in doc[start:end] if t.lower_ not in CONNECTORS]
        if len(words) < 2 or (start == head and end == head + 1):
            return None
        if self._headline(doc, start, text, headline):
            return None
        span = doc[start:end]
        name = span.text
        entry = self._lookup(name)
        if entry is not None:
            return Span(doc, start, end, label=entry.type, span_id=entry.id)
        # "U.S. State Department", "US Navy", "White House Office of Management and Budget":
        # a gazetteer body named with its country or its parent stays that body
        for k in range(start + 1, min(start + 4, end)):
            before = self.gazetteer.by_form.get(doc[start:k].text)
            if before is not None and (before is self.home or before.type == "ORG"):
                if self._lookup(doc[k:end].text) is not None:
                    return None
                # "Central Military Commission of the Chinese Communist Party": a body of
                # its parent, both known by name, is two bodies
                rest = k
                while rest < end and doc[rest].lower_ in ("of", "the"):
                    rest += 1
                if rest > k and rest < end and self._lookup(doc[rest:end].text) is not None:
                    return None
        label = "FAC" if doc[head].text in FAC_HEADS else "ORG"
        if doc[head].text in LAW_HEADS:
            # only where no law was named; a place or a word the model tagged inside is part
            # of it: "Great American Artificial Intelligence Act"
            if any(t.ent_type_ == "LAW" for t in span) or not _all_title(span):
                return None
            label = "LAW"
            end = _enacted_year_end(doc, end)
            name = doc[start:end].text
        return Span(doc, start, end, label=label, span_id=slugify(name))

    def _headline_cut(self, span: Span) -> int | None:
        """Where a span of a title-case line meets a verb or a number word ("CEO Wang Heads",
        "to Block State AI Rules", "Directs Four"): the tagger, weak on capitalised words, reads
        the line in lower case; None when the span has none or is on no such line."""
        if not (_whole_line(span) or _in_heading_line(span)):
            return None
        verbs = self._line_verbs(span)
        for tok in span:
            # a name may open with a number word ("Seventh Fleet"), a headline's follows one
            number = tok.is_alpha and tok.like_num and tok.i > span.start
            if tok.is_title and (tok.idx in verbs or tok.pos_ == "VERB" or number):
                return tok.i
        return None

    def _page_furniture(self, span: Span) -> bool:
        """A page's label or credit ("Press Release", "Photo Illustration", "Staff Reports",
        "Q4 2025 Highlights"): a furniture word after common words or numbers only; a name
        has a word of its own or an acronym ("International AI Safety Report")."""
        if span[-1].text not in FURNITURE_WORDS:
            return False
        return all(not t.is_alpha or t.is_title and t.lower_ in self.words for t in span[:-1])

    def _line_verbs(self, span: Span) -> set[int]:
        """Offsets of the verbs on the span's line, tagged in lower case (cached per doc)."""
        doc = span.doc
        cache = doc.user_data.setdefault(HEADLINE_VERBS_KEY, {})
        line_start = doc.text.rfind("\n", 0, span.start_char) + 1
        if line_start not in cache:
            line_end = doc.text.find("\n", span.end_char)
            line = doc.text[line_start : line_end if line_end >= 0 else len(doc.text)]
            lowered = self.make_doc(line.lower())
            for pipe in self.taggers:
                lowered = pipe(lowered)
            words = [t.i for t in lowered if t.is_alpha or t.like_num]
            # a headline's verb has words after it; a line's last word may be a surname
            cache[line_start] = {
                line_start + t.idx
                for t in lowered
                if t.tag_ in _FINITE_VERBS and words and t.i < words[-1]
            }
        return cache[line_start]

    @staticmethod
    def _headline(doc: Doc, i: int, text: str, cache: dict[int, bool]) -> bool:
        """A line whose words are nearly all capitalised is a headline, not running text."""
        at = doc[i].idx
        line_start = text.rfind("\n", 0, at) + 1
        if line_start not in cache:
            line_end = text.find("\n", at)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            # a caption's credit after its last sentence: "... at the base. (Army photo)"
            line = _TRAILING_CREDIT.sub("", line)
            words = [
                w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if w.lower() not in STOP_WORDS
            ]
            caps = sum(w[0].isupper() for w in words)
            # running text ends its sentences; a heading does not
            cache[line_start] = (
                not line.rstrip().endswith((".", "!", "?", ";", ":", '"', "”"))
                and len(words) >= 4
                and caps / len(words) >= 0.75
            )
        return cache[line_start]


# the tags of a headline's verbs: "Heads", "Block", "Signed"; not "-ing" and "-ed" forms,
# which name things as adjectives ("Armed Services", "Advanced Technology")
_FINITE_VERBS = {"VB", "VBZ", "VBP", "VBD"}
_TRAILING_CREDIT = re.compile(r"(?<=[.!?])\s*\([^()\n]*\)\s*$")


def _all_title(span: Span) -> bool:
    """Every word but the small ones inside names is a capitalised word that is no stop
    word: one name, not a headline's phrase ("Colorado Delays Its AI Act")."""
    return all(
        t.lower_ in CONNECTORS or not t.is_alpha or t.text[:1].isupper() and not t.is_stop
        for t in span
    )


def _enacted_year_end(doc: Doc, end: int) -> int:
    """End of a statute's name with its year: "... Act of 2026" (the year names that act)."""
    if end + 1 < len(doc) and doc[end].lower_ == "of" and _YEAR.match(doc[end + 1].text):
        return end + 2
    return end


def _heading_words(span: Span) -> bool:
    """A run of a title-case line ("Landmark AI Safety Bill Signed Into Law") whose every word
    the article writes in lower case elsewhere: capitalised by the heading, not a name."""
    doc = span.doc
    words = [t for t in span if t.is_alpha and not t.is_upper and t.lower_ not in CONNECTORS]
    if len(words) < 2 or not (_whole_line(span) or _in_heading_line(span)):
        return False
    lower = _lower_words(doc)
    return all(t.lower_ in lower for t in words)


def _lower_words(doc: Doc) -> set[str]:
    """The words the article writes in lower case (cached while canonicalising)."""
    lower = doc.user_data.get(LOWER_WORDS_KEY)
    if lower is None:
        lower = doc.user_data[LOWER_WORDS_KEY] = {t.text for t in doc if t.is_lower}
    return lower


def _opening_common_word(span: Span) -> bool:
    """One word that opens a sentence or a line and that the article writes in lower case
    elsewhere ("Hypersonic weapons fly ...", "Cloud is ..."): capitalised by its place."""
    if len(span) != 1 or not span[0].is_title:
        return False
    tok = span[0]
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i else None
    opens = prev is None or tok.is_sent_start or "\n" in prev.text or prev.text in ("“", '"')
    return opens and tok.lower_ in _lower_words(doc)


# "high-performance computing (HPC)", "remaining deal value (“RDV”)": an acronym defined by
# the lower-case words before it
_LOWER_DEFINED = re.compile(
    r"(?P<long>(?:[a-z][a-z-]*,?[ \t]+|&[ \t]+){1,8})\([“\"]?(?P<a>[A-Z][A-Za-z&]{1,7}?)s?[”\"]?\)"
)
_SMALL_WORDS = {"of", "and", "&", "the", "for", "or", "in", "on", "to"}


def _common_acronyms(doc: Doc) -> set[str]:
    """Acronyms the article defines by a lower-case description ("standard operating
    procedure (SOP)"): names of kinds of thing, not of an organisation or product."""
    found = doc.user_data.get(COMMON_ACRONYMS_KEY)
    if found is not None:
        return found
    found = doc.user_data[COMMON_ACRONYMS_KEY] = set()
    for m in _LOWER_DEFINED.finditer(doc.text):
        letters = [c.lower() for c in m["a"] if c.isalpha()]
        words = [w for w in re.split(r"[\s,-]+", m["long"]) if w and w not in _SMALL_WORDS]
        initials = [w[0] for w in words[-len(letters) :]]
        if len(words) >= len(letters) and initials == letters:
            found |= {m["a"], m["a"] + "s"}
    return found


# an exchange's name and a colon just before a span: the span is a ticker symbol
_TICKER_CUE = re.compile(r"\b(?:NYSE|NASDAQ|Nasdaq|AMEX|TSX|LSE|OTC)(?:GS|GM)?\s*:\s*$")
_CLOCK = re.compile(r"^(?:[ap]\.?m\.?|[AP]\.?M\.?|\d{1,2}:\d{2}(?:[ap]m)?)$")


def _time_zone(span: Span) -> bool:
    """A short upper-case word just after a clock time ("10:29 a.m. ET", "08:19 UTC") is its
    time zone, not an organisation."""
    tok = span[0]
    if len(span) != 1 or not tok.is_upper or not 2 <= len(tok.text) <= 4 or not tok.i:
        return False
    prev = tok.doc[tok.i - 1]
    return _CLOCK.match(prev.text) is not None or prev.ent_type_ == "TIME"


def _in_heading_line(span: Span) -> bool:
    """The span's line is a heading: no full stop at its end and most words capitalised."""
    text = span.doc.text
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if w.lower() not in STOP_WORDS]
    return (
        not line.endswith((".", "!", "?", ";", ":", '"', "”"))
        and len(words) >= 3
        and sum(w[0].isupper() for w in words) / len(words) >= 0.75
    )


def _dictionary_words(nlp: Language) -> frozenset[str]:
    """English words the model's lemmatizer knows ("stop", "thing", "lady"): a capitalised
    one is a given name only where the model says so."""
    if "lemmatizer" not in nlp.component_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w for pos in index.keys() for w in index[pos])


def _family_end(span: Span) -> int | None:
    """End of "Wright brothers" when the model tagged only the surname before "brothers"."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or doc[span.end].text not in FAMILY_WORDS:
        return None
    return span.end + 1


def _line_opener(tok: Token) -> bool:
    """The first word of its line, past a bullet: "- Summon Hegseth" is an instruction."""
    line = tok.doc.text[tok.doc.text.rfind("\n", 0, tok.idx) + 1 : tok.idx]
    return not any(ch.isalnum() for ch in line)


def _initial_joined(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person the model cut after a middle initial goes on in the next person's span:
    "Dr. Mark T. | Esper" is Mark T. Esper, not "Mark T." and Esper."""
    out: list[Span] = []
    for e in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == e.label_ == "PERSON"
            and not prev.id_
            and prev.end == e.start
            and len(prev) >= 2
            and re.fullmatch(r"[A-Z]\.", prev[-1].text)
        ):
            out[-1] = Span(doc, prev.start, e.end, label="PERSON", span_id=e.id_)
            continue
        out.append(e)
    return out


def _in_chief_title(span: Span, reach: int = 5) -> bool:
    """The span is a word of a "Chief ... Officer" title ("Chief Digital and AI Officer",
    "Chief Technology Officer"): the title names a post, not an organisation."""
    doc = span.doc

    def title_word(tok: Token) -> bool:
        return tok.is_title or tok.is_upper or tok.lower_ in ("and", "&")

    k = span.start
    while k >= max(0, span.start - reach) and doc[k].text != "Chief" and title_word(doc[k]):
        k -= 1
    if k < 0 or doc[k].text != "Chief":
        return False
    k = span.end - 1
    while k < min(len(doc), span.end + reach) and doc[k].text != "Officer":
        if not title_word(doc[k]):
            return False
        k += 1
    return k < len(doc) and doc[k].text == "Officer"


def _designator_name_end(doc: Doc, i: int) -> int:
    """End of the type name after a designator: "AH-64D Apache", "RQ-4 Global Hawk"."""
    j = i + 1
    while j < len(doc) and j < i + 3:
        tok = doc[j]
        if (
            not doc[j - 1].whitespace_
            or not tok.is_title
            or not tok.is_alpha
            or tok.text in NOT_TYPE_NAMES
            or tok.text in ORG_HEADS
            or tok.text in TITLE_WORDS
            or tok.text in DATE_WORDS
            or tok.lower_ in STOP_WORDS
            or tok.ent_id_
            or tok.is_sent_start
            or _line_opener(tok)
            or tok.text in DATE_WORDS
        ):
            break
        j += 1
    # "C-5 Reliability Enhancement and Re-engining Program": the designator opens a longer
    # name, not a type's
    if j > i + 1 and j < len(doc):
        nxt = doc[j]
        after = doc[j + 1] if j + 1 < len(doc) else None
        if (
            (nxt.is_title and nxt.is_alpha and doc[j - 1].whitespace_)
            or nxt.like_num
            or (
                nxt.lower_ in ("and", "of", "&")
                and after is not None
                and after.is_title
                and after.is_alpha
            )
        ):
            return i + 1
    return j


def _quoted_type_name(doc: Doc, i: int) -> tuple[int, str] | None:
    """End and words of a type's name in quotes after a designator: FQ-44A “Fury.”"""
    if i + 2 >= len(doc) or doc[i + 1].text not in ("“", '"') or not doc[i].whitespace_:
        return None
    j = i + 2
    while j < len(doc) and j < i + 5 and doc[j].is_title and doc[j].is_alpha:
        j += 1
    close = j + 1 if j < len(doc) and doc[j].text in (".", ",") else j
    if j == i + 2 or close >= len(doc) or doc[close].text not in ("”", '"'):
        return None
    return j, doc[i + 2 : j].text


def _variant_suffix(doc: Doc, tok: Token) -> bool:
    """A three-digit number with a letter glued on names a variant ("700M"), not a count."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (
        len(tok.text) == 3
        and tok.is_digit
        and not tok.whitespace_
        and nxt is not None
        and nxt.is_upper
        and nxt.is_alpha
        and len(nxt.text) <= 2
    )


def _unit_number(tok) -> bool:
    """'45' in "Space Launch Delta 45": a unit's number, not a year or an amount."""
    return tok.is_digit and len(tok.text) <= 3 and tok.ent_type_ not in ("DATE", "MONEY")


def _initial(word: str) -> bool:
    """'Q.', 'J.', 'Jr.': the middle initials or suffix of a full name."""
    return word in ("Jr.", "Sr.") or (len(word) <= 3 and word.endswith(".") and word[0].isupper())


_SEPARATOR = r"(?:\s+|-|\s+\([A-Z][A-Za-z0-9&./-]{1,12}\)\s+)"


def _loose_form(form: str, entry: Entry) -> tuple[str, re.Pattern[str]] | None:
    """The first word of a multi-word name and a pattern for the name written loosely."""
    words = form.split(" ")
    if len(words) < 2 or entry.type == "PERSON" or not form[:1].isupper():
        return None
    parts = [r"(?:-|\s+)".join(re.escape(piece) for piece in word.split("-")) for word in words]
    pattern = _SEPARATOR.join(parts)
    if entry.type in ("PRODUCT", "LAW") and form[-1].isalpha() and form[-1] != "s":
        pattern += "s?"
    first = re.split(r"[-\s]", form)[0]
    return first, re.compile(pattern + r"(?![\w-])")


def _lcs(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence of two short lists (initials, acronym)."""
    row = [0] * (len(b) + 1)
    for x in a:
        prev = 0
        for j, y in enumerate(b):
            prev, row[j + 1] = row[j + 1], prev + 1 if x == y else max(row[j + 1], row[j])
    return row[-1]


def _whole_line(span: Span) -> bool:
    """The span is a line of its own (a heading or a caption), not part of a sentence."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    return (before is None or "\n" in before.text) and (after is None or "\n" in after.text)


def _us_marines(text: str, at: int) -> bool:
    """Whether the Marines at `at` are the U.S. corps: no other capitalised word (a
    country's, "Royal") stands before them, unless a sentence ends there."""
    before = text[max(0, at - 40) : at].split()
    if not before:
        return True
    word = before[-1]
    return (
        not word[0].isupper()
        or word in ("U.S.", "US", "The", "Retired", "Former")
        or word[-1] in '.!?:"“”'
        or text[at - 1] == "\n"
    )


def _cut_by_possessive(ent: Span, rule: Span) -> bool:
    """The model's "X’s Unmanned Aircraft Systems" around a rule's X: the rule's span is right."""
    return rule.end < ent.end and ent.doc[rule.end].text in POSSESSIVE


def _handle(name: str) -> str:
    """A name as one lower-case word, the way web addresses write it: "The Hill" -> "thehill"."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _looks_coined(word: str) -> bool:
    """'TechSpot', 'ABC7', 'News.Az': a single word that is a brand, not an English word."""
    return any(c.isdigit() or c == "." for c in word) or any(c.isupper() for c in word[1:])


def _name_word(tok) -> bool:
    t = tok.text
    return (
        t[:1].isupper()
        and any(c.isalpha() for c in t)
        and not tok.is_space
        and t not in DATE_WORDS
        and tok.ent_type_ not in ("DATE", "TIME", "MONEY", "CARDINAL")
        or _ORDINAL.match(t) is not None
    )


def _run_end(doc: Doc, start: int) -> int:
    """End of a run of capitalised words and the small words inside names."""
    end, n = start + 1, len(doc)
    while end < n:
        tok, prev = doc[end], doc[end - 1]
        if (
            _name_word(tok)
            or (tok.like_num and prev.text in FAC_HEADS)
            or (prev.text in UNIT_HEADS and _unit_number(tok))
        ):
            end += 1
            continue
        nxt = end + 1  # a hyphen or a connector counts only before another name word
        # ... and does not join two names: "the Department of War and Anthropic"
        if (
            tok.ent_iob_ != "I"
            and tok.lower_ in ("and", "&", "-")
            and (prev.ent_iob_ in ("B", "I") or (nxt < n and doc[nxt].ent_iob_ == "B"))
        ):
            break
        if tok.text == "-" and prev.whitespace_ == "" and tok.whitespace_ == "":
            pass
        elif (
            (tok.lower_ in ("and", "&") and doc[nxt].ent_iob_ != "B" if nxt < n else False)
            or (tok.lower_ == "of")
            or (tok.lower_ in ("for", "on") and prev.text in PP_HEADS)
        ):
            if nxt < n and doc[nxt].lower_ == "the" and tok.lower_ in ("of", "for", "on"):
                nxt += 1
        else:
            break
        if nxt < n and _name_word(doc[nxt]):
            end = nxt
        else:
            break
    return end


@Language.factory(
    "beat_canonicaliser",
    default_config={
        "gazetteer_path": None,
        "drop_texts": list(DEFAULT_DROP),
        "context_window": 100000,
    },
)
def make_canonicaliser(
    nlp: Language,
    name: str,
    gazetteer_path: str | None,
    drop_texts: list[str],
    context_window: int,
) -> Canonicaliser:
    """Factory registered with spaCy so the component can be named in a config."""
    return Canonicaliser(
        nlp, name, str(Path(gazetteer_path)) if gazetteer_path else None, drop_texts, context_window
    )


# 0.12.5: where a web page glued a name to the next word ("AeroVironmentHoneywell",
# "Forbes13-05-2025"): a lower-case letter, then a capital or a digit
_DASH_GLUE = re.compile(r"^[(]?[\w.]*[A-Za-z.][)]?--[(]?[A-Z]")
# a closing bracket glued by a dash to the next word, which the tokenizer keeps whole after an
# abbreviation: "(D-Del.)—who" -> "Del.", ")", "—", "who"
_PAREN_DASH_GLUE = re.compile(r"^[\w.-]*[A-Za-z.]\)[—–][A-Za-z]")
_GLUE_POINT = re.compile(r"(?<=[a-z])(?=[A-Z0-9])")
# a byline glued to the date after it: "By Army Public AffairsOctober 5, 2023"
_MONTH_GLUE = re.compile(
    r"(?<=[a-z])(?=(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)$)"
)

# a sentence glued to the amount that opens the next: "at the White House.$25 billion"
_SENTENCE_GLUE = re.compile(r"^([A-Za-z]*[a-z]{2})(\.)(\$)(\d[\d.,]*)$")


class Unglue:
    """Before the gazetteer ruler: a token that opens with a one-word gazetteer name glued
    to a capitalised word or a number is split there, so both names can be found. A name
    that is itself one camel-case word ("AeroVironment", "OpenAI") is left whole. Words a
    press release joins with a double hyphen are split too: "Fla.--(BUSINESS WIRE)--Acme"."""

    def __init__(self, gazetteer_path: str | None) -> None:
        gazetteer = read_gazetteer(gazetteer_path) if gazetteer_path else Gazetteer()
        self.words = {f for f in gazetteer.by_form if len(f) >= 4 and f.isalnum()}
        self.places = {f for f, e in gazetteer.by_form.items() if e.type == "GPE"}

    def __call__(self, doc: Doc) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        glued = False
        for tok in doc:
            t = tok.text
            cut = 0
            if len(t) >= 6 and t[:1].isupper() and t not in self.words:
                cuts = (m.start() for m in _GLUE_POINT.finditer(t) if t[: m.start()] in self.words)
                cut = next(cuts, 0)
            if not cut and tok.i + 1 < len(doc) and doc[tok.i + 1].like_num:
                cut = next((m.start() for m in _MONTH_GLUE.finditer(t)), 0)
            if cut:
                glued = True
                words += [t[:cut], t[cut:]]
                spaces += [False, bool(tok.whitespace_)]
            elif (m := _SENTENCE_GLUE.match(t)) is not None:
                glued = True
                words += list(m.groups())
                spaces += [False, False, False, bool(tok.whitespace_)]
            elif (pair := self._place_pair(t)) is not None:
                glued = True
                words += pair
                spaces += [False, False, bool(tok.whitespace_)]
            elif ("--" in t or ")—" in t or ")–" in t) and (parts := _dash_parts(t)) is not None:
                glued = True
                words += parts
                spaces += [False] * (len(parts) - 1) + [bool(tok.whitespace_)]
            else:
                words.append(t)
                spaces.append(bool(tok.whitespace_))
        if not glued:
            return doc
        # a new Doc, not a retokenised one: nothing but the tokens is set yet
        split = Doc(doc.vocab, words=words, spaces=spaces)
        split.user_data.update(doc.user_data)
        return split

    def _place_pair(self, token: str) -> list[str] | None:
        """ "U.S.-China" (ties, a race between two countries) -> "U.S.", "-", "China": the
        tokenizer keeps the pair one word, so neither country would be named."""
        a, dash, b = token.partition("-")
        if dash and a in self.places and b in self.places:
            return [a, "-", b]
        return None


def _dash_parts(token: str) -> list[str] | None:
    """ "Fla.--(BUSINESS" -> "Fla.", "--", "(", "BUSINESS"; None if no word meets a word."""
    if _DASH_GLUE.match(token) is None and _PAREN_DASH_GLUE.match(token) is None:
        return None
    return [p for p in re.split(r"(--|[()—–])", token) if p]


@Language.factory("beat_unglue", default_config={"gazetteer_path": None})
def make_unglue(nlp: Language, name: str, gazetteer_path: str | None) -> Unglue:
    """Factory registered with spaCy so the component can be named in a config."""
    return Unglue(gazetteer_path)


GUARDED_KEY = "beat_guarded_places"
# 0.11.0: a service's short name opens many names of its own ("Army Prepositioned Stocks",
# "Army Knowledge Online", "Navy Reserve"): held back from the model like a place
SERVICE_SHORT_NAMES = {"Army", "Navy", "Air Force", "Marine Corps", "Space Force", "Coast Guard"}


@Language.component("beat_place_guard")
def place_guard(doc: Doc) -> Doc:
    """Between the gazetteer ruler and `ner`: a place name followed by a capitalised word
    ("Singapore Airlines", "Oklahoma City", "Swiss National Bank") is left to the model,
    which sees the whole name; the canonicaliser puts the place back if the model names
    nothing there."""
    ents = list(doc.ents)
    kept, held = [], []
    for e in ents:
        nxt = doc[e.end] if e.end < len(doc) else None
        if (
            e.id_
            and e.id_ != HOME_COUNTRY  # "U.S. Government", "U.S. Jobs": the country stays
            and (e.label_ in ("GPE", "LOC") or e.text in SERVICE_SHORT_NAMES)
            and nxt is not None
            and e[-1].whitespace_ == " "
            and nxt.is_title
            and nxt.ent_iob_ != "B"
            and nxt.text not in TITLE_WORDS
            and nxt.text not in DATE_WORDS
        ):
            held.append((e.start, e.end, e.label_, e.id_))
        else:
            kept.append(e)
    if held:
        doc.ents = kept
        for start, end, _label, _eid in held:
            for tok in doc[start:end]:  # the model's span must not inherit the place's id
                tok.ent_id_ = ""
        doc.user_data[GUARDED_KEY] = held
    return doc


# Titles before a name, each one token (extract/pipeline.py makes the tokenizer keep its
# full stop): what follows one continues the sentence
TITLE_ABBREVIATIONS = frozenset(
    "Brig. Gen. Adm. Lt. Maj. Col. Capt. Cmdr. Sgt. Cpl. Pvt. Ret. Sen. Rep. Gov. Dr.".split()
)


@Language.component("beat_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and subheads are not part of the next sentence.

    Runs before the parser, which keeps boundaries that are already set.
    """
    for tok in doc[:-1]:
        if _wrapped_line(tok):
            doc[tok.i + 1].is_sent_start = False
        elif "\n" in tok.text or (tok.whitespace_ == "" and tok.text.endswith("\n")):
            doc[tok.i + 1].is_sent_start = True
        elif tok.text in TITLE_ABBREVIATIONS and continues_title(doc[tok.i + 1]):
            doc[tok.i + 1].is_sent_start = False
    return doc


def _wrapped_line(tok: Token) -> bool:
    """A single line break inside a sentence, as in hard-wrapped wire copy ("has fired the
    director\nof the agency"): the line ends on a word or a comma and the next one opens in
    lower case, which no headline, byline or new sentence does."""
    if tok.text != "\n" or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return False
    before, after = tok.nbor(-1), tok.nbor(1)
    return (before.is_alpha or before.text == ",") and after.text[:1].islower()


def continues_title(tok: Token) -> bool:
    """A name or another title after a title: "Brig. Gen. Tara Lindqvist", not "Maj. The"."""
    return (
        tok.i > 0
        and tok.nbor(-1).text in TITLE_ABBREVIATIONS
        and tok.is_title
        and tok.lower_ not in STOP_WORDS
    )
