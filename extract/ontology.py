"""The event ontology (design §5): types, trigger words and the roles their arguments take.

Data only, so a reader can review the vocabulary without reading the rules in events.py.
"""

from __future__ import annotations

from core.event_types import EVENT_TYPES  # noqa: F401 - the ontology names them too

STATUSES = ("occurred", "planned", "reported", "denied")
ROLES = ("agent", "counterpart", "target", "participant")

# verb lemma -> event type
VERB_TRIGGERS: dict[str, str] = {
    # meeting
    "meet": "meeting",
    "summon": "meeting",
    "host": "meeting",
    "visit": "meeting",
    "convene": "meeting",
    "testify": "meeting",
    "call": "meeting",
    "invite": "meeting",
    # contract
    "award": "contract",
    "contract": "contract",
    "pay": "contract",  # only "paying Acme $30 million to build …" (_verb_ok)
    # ultimatum
    "threaten": "ultimatum",
    "give": "ultimatum",
    # designation
    "designate": "designation",
    "redesignate": "designation",
    "label": "designation",
    "blacklist": "designation",
    "ban": "policy",  # a ban on use or on a company is a rule (annotation: policy)
    "sanction": "designation",
    "bar": "designation",
    # partnership
    "partner": "partnership",
    "use": "partnership",  # only an agency now using a company's product (_verb_ok)
    "work": "partnership",  # only "work with" (VERB_NEEDS_PREP), between two organisations
    "join": "partnership",
    "integrate": "partnership",
    "collaborate": "partnership",
    "team": "partnership",
    "bring": "partnership",
    "deploy": "partnership",
    "adopt": "partnership",
    "agree": "partnership",  # only two organisations agreeing to act together (_specific)
    # statement
    "announce": "statement",
    "warn": "statement",
    "accuse": "statement",
    "criticize": "statement",
    "criticise": "statement",
    "tell": "statement",
    "say": "statement",
    "praise": "statement",
    "condemn": "statement",
    "argue": "statement",
    "deny": "statement",
    "confirm": "statement",
    "declare": "statement",
    "state": "statement",
    "express": "statement",
    "vow": "statement",
    "disclose": "statement",
    "pledge": "statement",
    "outline": "statement",
    "write": "statement",
    "urge": "statement",
    "pitch": "statement",
    "voice": "statement",
    "caution": "statement",
    "inform": "statement",  # weak: only a conditional threat told to its target matters
    "notify": "statement",
    "slam": "statement",
    "blast": "statement",
    "decry": "statement",
    "denounce": "statement",
    "rebuke": "statement",
    "apologize": "statement",
    # weak ones (WEAK_STATEMENT): news only when dated
    "defend": "statement",  # not a place or a people defended (_specific)
    "dispute": "statement",
    "question": "statement",
    "reiterate": "statement",
    "apologise": "statement",
    "emphasize": "statement",
    "emphasise": "statement",
    "stress": "statement",
    "insist": "statement",
    "assert": "statement",
    "contend": "statement",
    "claim": "statement",
    # negotiation
    "negotiate": "negotiation",
    "haggle": "negotiation",
    "clash": "negotiation",  # only "clashed with" (VERB_NEEDS_PREP)
    "pressure": "negotiation",  # only an organisation pressed to act (_specific)
    "push": "negotiation",  # only an organisation pushed to act (_specific)
    "stall": "negotiation",
    "bargain": "negotiation",
    "refuse": "negotiation",
    "decline": "negotiation",
    "reject": "negotiation",
    # legal
    "sue": "legal",
    "indict": "legal",
    "dismiss": "legal",
    "challenge": "legal",
    "subpoena": "legal",
    "rule": "legal",
    "settle": "legal",
    "appeal": "legal",
    "block": "legal",
    "charge": "legal",
    "acquit": "legal",  # a verdict: "was acquitted of war crimes in July"
    "convict": "legal",
    "investigate": "legal",  # only a named party investigated (_specific)
    "complain": "legal",  # only to a court or the GAO: a protest (_specific)
    # funding
    "raise": "funding",
    "secure": "funding",  # only money itself secured: "secured $350 million" (_specific)
    "land": "funding",
    "invest": "funding",
    "fund": "funding",
    "value": "funding",
    "back": "funding",
    # policy
    "order": "policy",
    "direct": "policy",
    "issue": "policy",
    "mandate": "policy",
    "phase": "policy",
    "restrict": "policy",
    "instruct": "policy",
    "approve": "policy",
    "vote": "policy",
    "pass": "policy",
    "strip": "policy",
    # operation
    "raid": "operation",
    "strike": "operation",
    "bomb": "operation",
    "attack": "operation",
    "capture": "operation",
    "seize": "operation",  # only a ship or a site seized (_specific, TARGETS)
    "arrive": "operation",  # only troops or ships arriving somewhere (_specific)
    "sail": "operation",  # only troops or ships sailing to a place (_specific, like "arrive")
    "sustain": "legal",  # only a protest or an objection upheld (_specific)
    "invade": "operation",
    # personnel
    "appoint": "personnel",
    "nominate": "personnel",
    "resign": "personnel",
    "fire": "personnel",
    "sack": "personnel",
    "pound": "operation",
    "intercept": "operation",
    "rebuff": "negotiation",
    "offer": "negotiation",  # only terms offered or an offer to mediate (_specific)
    "pour": "funding",  # only money poured into a company (_specific: MONEY object)
    "pump": "funding",  # "pumping $14 billion into Scale AI" (_specific: MONEY object)
    "inject": "funding",  # "injected $200 million into the startup" (idem)
    "down": "operation",  # only a weapon or a craft downed (_specific)
    "sink": "operation",
    "elevate": "personnel",  # only "elevated X to president" (VERB_NEEDS_PREP)
    "welcome": "personnel",  # only "welcomed X as its CTO" (VERB_NEEDS_PREP)
    "showcase": "launch",
    "hit": "operation",  # only a target struck (_specific)
    "escort": "operation",
    "patrol": "operation",  # "patrolled the skies after the attacks": forces on a mission
    "evacuate": "operation",
    "commit": "funding",  # only money committed (_specific)
    "receive": "funding",  # only money received: "received $40 million from investors"
    "incorporate": "launch",  # only a company incorporated (FOUNDING_VERBS)
    "reassign": "personnel",
    "form": "launch",  # only an organisation or unit formed (FOUNDING_VERBS)
    "send": "operation",  # only troops or ships sent (_specific)
    "ask": "legal",  # only a court asked to act (_court_asked)
    "seek": "funding",  # only money sought: "the request seeks $1.5 billion" (_specific)
    "hire": "personnel",
    "confer": "meeting",  # only "conferred with" (VERB_NEEDS_PREP)
    "gather": "meeting",  # only "gathered with"
    "flag": "designation",  # only "flagged as" / "listed as" / "placed on" a list
    "list": "designation",
    "relist": "designation",  # "decided to relist the group as a terrorist organization"
    "add": "designation",
    "place": "designation",
    "transfer": "partnership",  # only a thing handed "to" or "from" a company
    # rules an issuing body makes: only with a named issuer (_issued_by_someone), and halting,
    # suspending or terminating only by a government body
    "suspend": "policy",
    "terminate": "policy",
    "halt": "policy",
    "prohibit": "policy",
    "forbid": "policy",
    "poach": "personnel",
    "recruit": "personnel",  # only a person recruited (PERSON_OBJECT_VERBS)
    "demote": "personnel",
    "reinstate": "personnel",  # only a person reinstated (PERSON_OBJECT_VERBS)
    "install": "personnel",  # only a person installed (PERSON_OBJECT_VERBS)
    "instal": "personnel",  # the small model's lemma of "installed"
    "transit": "operation",
    "scramble": "operation",
    "repel": "operation",
    "target": "operation",  # only targets struck (_specific, TARGETS)
    "oust": "personnel",
    "name": "personnel",
    "promote": "personnel",
    "step": "personnel",
    "replace": "personnel",
    "tap": "personnel",
    "retire": "personnel",
    "succeed": "personnel",
    "select": "contract",  # only a government body choosing a company (_newsworthy)
    "pick": "contract",
    "choose": "contract",
    "impose": "policy",
    "rescind": "policy",
    "demand": "ultimatum",  # only with a deadline in what is demanded (_specific)
    "sign": "policy",  # only a bill or act signed (_specific); "signed a deal" is the deal's
    "start": "launch",  # only a program, project or product started (_specific)
    "begin": "launch",
    "open": "launch",
    "repeal": "policy",
    "revoke": "policy",
    "enact": "policy",  # "what Congress enacted last year": a law or budget made law
    "veto": "policy",  # only a bill or act vetoed (_specific), as "sign"
    "update": "policy",  # only a rule updated or adopted (_specific: RULE_MAKING)
    "revise": "policy",
    # a budget or a program cut by a government body (_specific, CUT_THINGS)
    "cut": "policy",
    "slash": "policy",
    "trim": "policy",
    "discontinue": "policy",
    "rename": "policy",
    "acknowledge": "statement",
    "respond": "statement",
    "reply": "statement",
    "admit": "statement",
    "test": "operation",  # only hardware put through a test (_specific)
    "demonstrate": "operation",
    "post": "statement",  # only "posted on X / Truth Social" (VERB_NEEDS_PREP)
    "depart": "personnel",
    "leave": "personnel",  # only a person leaving an organisation (_retype / PERSON_OBJECT)
    "serve": "personnel",  # only "serve as" (VERB_NEEDS_PREP)
    # launch
    "release": "launch",
    "launch": "launch",
    "unveil": "launch",
    "debut": "launch",
    "introduce": "launch",
    "roll": "launch",
    "found": "launch",
    "initiate": "launch",
    "quit": "personnel",
    "relieve": "personnel",  # only "relieved of duty / command" (VERB_NEEDS_PREP)
    "assume": "personnel",  # only a post assumed (_specific, POSTS)
    "withdraw": "personnel",  # only a name or a nomination withdrawn (_specific, CANDIDACY)
    "take": "personnel",  # only "took on the role", "took the helm" (_specific, POSTS)
    "become": "personnel",  # only a person becoming a chief, a secretary (ROLE_NOUNS)
    "return": "personnel",  # only "returned as chief executive" (VERB_NEEDS_PREP)
    "activate": "launch",  # only a command or unit (FOUNDING_VERBS)
    "field": "operation",  # only hardware fielded or flown (_specific, like "test")
    "fly": "operation",
    "propose": "negotiation",  # only terms or an offer proposed (_specific)
    "provide": "funding",  # only money provided (_specific)
    "request": "funding",  # only money requested: a budget request (_specific)
    "permit": "policy",  # only permitted to use (_specific)
    "allow": "policy",
    "finalize": "partnership",  # only terms finalized (_specific); a deal noun names its own
    "finalise": "partnership",
    "protest": "statement",
    "kick": "launch",  # only "kicked off" a program (PHRASE_TRIGGERS, like "start")
    "establish": "launch",  # only an organisation or program made (_specific, FOUNDING_VERBS)
    "create": "launch",
    "make": "launch",  # only "made X available" (VERB_NEEDS_PREP)
    "advance": "policy",  # only a chamber or committee advancing a bill (LEGISLATIVE_ONLY)
    "allocate": "funding",  # money set aside for a purpose (needs an amount, MONEY_TYPES)
    "earmark": "funding",
    "appropriate": "funding",
    # reversing a rule (RULE_CHANGING, only with a RULE_NOUNS object, _specific)
    "kill": "policy",
    "cancel": "policy",
    "drop": "policy",
    "lift": "policy",
    "remove": "policy",
    "loosen": "policy",
    "relax": "policy",
    "scrap": "policy",
    "abandon": "policy",
    "reverse": "policy",
    "have": "ultimatum",  # only "had until Friday to comply", told to the target (_specific)
}
# noun lemma -> event type
NOUN_TRIGGERS: dict[str, str] = {
    "meeting": "meeting",
    "summit": "meeting",
    "visit": "meeting",
    "hearing": "meeting",
    "contract": "contract",
    "contractor": "contract",  # only "has been an ICE contractor since 2011" (_noun_ok)
    "deal": "contract",
    "award": "contract",
    "ota": "contract",
    "idiq": "contract",
    "modification": "contract",
    "addition": "contract",  # only "a contract addition" (NOUN_NEEDS)
    "ultimatum": "ultimatum",
    "deadline": "ultimatum",
    "threat": "ultimatum",
    "designation": "designation",
    "blacklist": "designation",
    "downing": "operation",  # only "the downing of" a craft (_specific)
    "list": "designation",  # only a list of companies, or a named list, put out (_noun_ok)
    "ban": "policy",  # a ban on use or on a company is a rule (annotation: policy)
    "partnership": "partnership",
    "agreement": "partnership",
    "collaboration": "partnership",
    "financing": "funding",
    "availability": "launch",  # only "general availability" (NOUN_NEEDS)
    "alliance": "partnership",
    "program": "partnership",  # only a pilot program run with an organisation (_specific)
    "speech": "statement",
    "address": "statement",  # a speech: "Hegseth's address will take place Nov. 7"
    "statement": "statement",
    "remarks": "statement",
    # "interview" is no trigger: "in an interview with Axios, X said" is how a quote came
    "testimony": "statement",
    "letter": "statement",
    "petition": "statement",
    "essay": "statement",
    "rebuttal": "statement",
    "overhaul": "policy",  # only of policy, acquisition, procurement (NOUN_NEEDS)
    "collapse": "negotiation",  # only of talks or a deal (NOUN_NEEDS)
    "breakdown": "negotiation",
    "post": "statement",  # only a post on X, Truth Social, a blog (NOUN_NEEDS)
    "consortium": "partnership",
    "appeal": "legal",
    "motion": "legal",
    "brief": "legal",  # only an amicus brief (NOUN_NEEDS)
    "offensive": "operation",
    "test": "operation",  # only a flight or weapons test (NOUN_NEEDS)
    "strategy": "policy",  # only a published AI or defense strategy (NOUN_NEEDS)
    "offer": "negotiation",
    "proposal": "negotiation",
    "counteroffer": "negotiation",
    "negotiation": "negotiation",
    "talks": "negotiation",
    "discussions": "negotiation",  # only "in discussions with" (NOUN_NEEDS)
    "conversation": "negotiation",  # only "having conversations with" (NOUN_NEEDS)
    "briefing": "meeting",  # only one held (NOUN_NEEDS)
    "retirement": "personnel",
    "renegotiation": "negotiation",
    "dispute": "negotiation",  # only between parties or over terms (NOUN_NEEDS)
    "feud": "negotiation",
    "standoff": "negotiation",
    "refusal": "negotiation",  # only a refusal to comply (NOUN_NEEDS)
    "challenge": "legal",  # only one filed or ruled on (NOUN_NEEDS)
    "lawsuit": "legal",
    "suit": "legal",
    "protest": "legal",  # a bid protest only (NOUN_NEEDS); street protests are no event
    "injunction": "legal",
    "ruling": "legal",
    "decision": "legal",  # only one a court or the GAO gives (_specific: _adjudicated)
    "indictment": "legal",
    "complaint": "legal",
    "case": "legal",  # only one filed or brought (NOUN_NEEDS)
    "funding": "funding",
    "op-ed": "statement",
    "option": "contract",  # "exercised a $92 million option" (NOUN_NEEDS: an amount)
    "investment": "funding",
    "valuation": "funding",
    "round": "funding",
    "budget": "funding",
    "order": "policy",
    "directive": "policy",
    "memo": "policy",
    "memorandum": "policy",
    "policy": "policy",
    "phase-out": "policy",
    "phaseout": "policy",
    "revocation": "policy",  # only of something (NOUN_NEEDS): "the revocation of the order"
    "repeal": "policy",
    "rescission": "policy",
    "eo": "policy",
    "guidance": "policy",
    "regulation": "policy",
    "raid": "operation",
    "strike": "operation",
    "operation": "operation",
    "deployment": "operation",
    "withdrawal": "operation",  # only forces pulled out of a place (NOUN_NEEDS, _named_by_its_content)
    "attack": "operation",
    "invasion": "operation",
    "assault": "operation",  # only one on a target ("the assault on …", NOUN_NEEDS)
    "exercise": "operation",
    "pact": "partnership",
    "accord": "partnership",
    "investigation": "legal",  # only one opened, launched or begun (NOUN_NEEDS)
    "probe": "legal",
    "gathering": "meeting",
    "drill": "operation",
    "grant": "funding",  # only with an amount (MONEY_TYPES)
    "loan": "funding",
    "airstrike": "operation",
    "appointment": "personnel",
    "resignation": "personnel",
    "ouster": "personnel",  # these five only of a person or a post (NOUN_NEEDS, _specific)
    "firing": "personnel",
    "dismissal": "personnel",
    "departure": "personnel",
    "confirmation": "personnel",
    "nomination": "personnel",
    "arrival": "operation",  # only of troops, ships or arms (_named_by_its_content)
    "seizure": "operation",  # only of drugs or a ship (_named_by_its_content)
    "campaign": "operation",  # only a military one (NOUN_NEEDS): "its air campaign in Gaza"
    # only a war waged or a side at war with another (NOUN_NEEDS, _named_by_its_content):
    # "the war" alone names a setting, "Israel is at war with Hamas" a happening
    "war": "operation",
    "insurgency": "operation",
    "capacity": "personnel",  # only "in an acting capacity" (NOUN_NEEDS): a post held for now
    "exit": "personnel",  # only of a person (NOUN_NEEDS, _named_by_its_content)
    "hire": "personnel",  # only of a person: "the recent hire of Keith Flynn as …"
    "release": "launch",
    "launch": "launch",
    "rollout": "launch",
    "initiative": "launch",  # only a company's new initiative, named (_specific)
    "debut": "launch",
}
# multi-word triggers (lower-case token sequences) -> event type
PHRASE_TRIGGERS: dict[str, str] = {
    # a lettered round: the parser makes the letter the noun ("a $350 million Series B")
    **{f"series {letter}": "funding" for letter in "abcdefgh"},
    "op-ed": "statement",
    # hyphenated words are three tokens ("tie - up"): phrases, not single-token triggers
    "tie-up": "partnership",
    # headlines the small model misreads ("OpenAI strikes deal with Pentagon": "strikes" a
    # noun, "deal" a verb): the phrase is the trigger, whatever the tags
    "strikes deal": "partnership",
    "signs deal": "partnership",
    "sit-down": "meeting",
    "co-develop": "partnership",
    "jointly develop": "partnership",
    "jointly developed": "partnership",
    "jointly developing": "partnership",
    "jointly build": "partnership",
    "jointly produce": "partnership",
    "co-developed": "partnership",
    "co-developing": "partnership",
    "handed out": "contract",
    "hands out": "contract",
    "emerged from stealth": "launch",
    "emerges from stealth": "launch",
    "open-sourced": "launch",
    "open-sources": "launch",
    "pushed out": "personnel",
    "parted ways": "personnel",  # only with a person (_specific)
    "parts ways": "personnel",
    "was let go": "personnel",  # only a person let go (_specific)
    "were let go": "personnel",
    "been let go": "personnel",
    "opened fire": "operation",
    "opens fire": "operation",
    "open fire": "operation",
    # a rocket leaving the pad is a launch flown (operation)
    "lifted off": "operation",
    "lifts off": "operation",
    "lift off": "operation",
    "blasted off": "operation",
    "blasts off": "operation",
    "pushes out": "personnel",
    "shown the door": "personnel",
    "brought on": "personnel",
    "signed on": "partnership",
    "pulled the covers off": "launch",
    "took in": "funding",
    "takes in": "funding",
    "brought online": "launch",
    "brings online": "launch",
    "took the wraps off": "launch",
    "takes the wraps off": "launch",
    "showed off": "launch",
    "shows off": "launch",
    "switched on": "launch",
    "pulled in": "funding",
    "pulls in": "funding",
    "turned down": "negotiation",
    "turns down": "negotiation",
    "turn down": "negotiation",
    "memorandum of understanding": "partnership",
    "broke ground": "launch",
    "break ground": "launch",
    "breaks ground": "launch",
    "went live": "launch",
    "made available": "launch",
    "makes available": "launch",
    "goes live": "launch",
    "go live": "launch",
    "supply chain risk": "designation",
    "supply-chain risk": "designation",
    "entity list": "designation",
    "executive order": "policy",
    "action plan": "policy",
    "security strategy": "policy",
    "defense strategy": "policy",
    "blog post": "statement",
    "open letter": "statement",
    "task order": "contract",
    # plural and "delivery" forms of the same ordering instrument: an order placed under a
    # contract, not a directive ("issued task orders to ten firms")
    "task orders": "contract",
    "delivery order": "contract",
    "delivery orders": "contract",
    "other transaction agreement": "contract",
    "other transaction authority": "contract",
    "production agreement": "contract",
    "funding round": "funding",
    "step down": "personnel",
    "stepped down": "personnel",
    "steps down": "personnel",
    "stepping down": "personnel",
    "roll out": "launch",
    "rolled out": "launch",
    "rolls out": "launch",
    "phase out": "policy",
    "phased out": "policy",
    "take over": "personnel",
    "took over": "personnel",
    "takes over": "personnel",
    "taking over": "personnel",
    "lay off": "personnel",
    "laid off": "personnel",
    "lays off": "personnel",
    "laying off": "personnel",
    "sworn in": "personnel",
    "sat down": "meeting",
    "sit down": "meeting",
    "broke down": "negotiation",
    "falling out": "negotiation",
    "fell out": "negotiation",
    "or else": "ultimatum",
    "team up": "partnership",
    "teamed up": "partnership",
    "set up": "launch",
    "sets up": "launch",
    "setting up": "launch",
    "stood up": "launch",
    "stand up": "launch",
    "stands up": "launch",
    "standing up": "launch",
    "signed into law": "policy",
    "heard arguments": "legal",
    "hear arguments": "legal",
    "hears arguments": "legal",
    "heard oral arguments": "legal",  # a court hearing is a legal step (gold README)
    "hear oral arguments": "legal",
    "hears oral arguments": "legal",
    "set aside": "funding",
    "sets aside": "funding",
    "kicked off": "launch",
    "kick off": "launch",
    "kicks off": "launch",
    "cut ties": "policy",
    "cuts ties": "policy",
    "cutting ties": "policy",
    "severed ties": "policy",
    "lashed out": "statement",
    "lashes out": "statement",
    "lash out": "statement",
    "shot down": "operation",
    "shoot down": "operation",
    "shoots down": "operation",
    "shooting down": "operation",
    "joint venture": "partnership",
    "covered list": "designation",
    "program of record": "policy",
    "programme of record": "policy",
    "took to": "statement",  # only a platform: "took to X", "took to Truth Social" (_specific)
    "take to": "statement",
    "takes to": "statement",
    "security risk": "designation",
    "risk to national security": "designation",
}
# Nouns that name an act only by pointing at it ("the step Hegseth announced Friday").
ACT_NOUNS = {"step", "move", "decision", "action", "measure"}
# Verbs by which a party makes its own award public ("the contract it disclosed in June").
DISCLOSING = {"disclose", "announce", "reveal", "unveil"}
# Verbs of making a deal known, told before the deal itself
ANNOUNCING = DISCLOSING | {"say", "confirm"}
# Noun triggers that need a qualifier to mean an event on this beat.
NOUN_NEEDS = {
    "order": {
        "executive",
        "task",
        "delivery",
        "purchase",
        "presidential",
        "restraining",
        "million",
        "billion",
    },
    # "a round led by General Dynamics": a round with a lead investor is a funding round
    "round": {"funding", "series", "investment", "financing", "seed", "million", "billion", "lead"},
    "addition": {"contract"},
    "release": {"model", "product", "public"},
    "operation": {"military", "covert", "special", "joint", "classified"},
    # troops sent somewhere; a product's roll-out ("the Gemini deployment") is no operation
    "deployment": {
        "troop",
        "troops",
        "military",
        "naval",
        "force",
        "forces",
        "carrier",
        "army",
        "marine",
        "marines",
        "guard",
        "combat",
    },
    "exercise": {"training", "military", "joint", "naval", "live-fire", "during", "day"},
    # NOTE: extended below with exercises held, begun or conducted (EXERCISE_HELD)
    "policy": {"new", "official"},
    "regulation": {"new", "final"},
    "guidance": {"new", "final", "updated", "interim"},
    "modification": {"contract", "$", "million", "billion"},
    "option": {"$", "million", "billion", "worth", "exercise", "exercised", "exercises"},
    # "disclosed a similar award in June": one made public by a party to it is a contract
    # "the original award in September 2025": an earlier award, recalled beside a new one
    "award": {"contract", "$", "million", "billion", "ceiling", "ceilings", "original", "initial"}
    | DISCLOSING,
    "threat": {"explicit"},
    "post": {"x", "truth", "linkedin", "blog", "instagram", "facebook", "threads", "substack"},
    "brief": {"amicus"},
    "discussions": {"with"},
    "conversation": {"with"},
    "availability": {"general"},
    "ouster": {"senate"},  # or of a person or a post (_named_by_its_content)
    "firing": {"senate"},
    "dismissal": {"senate"},
    "departure": {"senate"},
    "confirmation": {"senate"},
    "exit": {"senate"},
    "arrival": {"senate"},
    "seizure": {"senate"},
    "capacity": {"acting", "interim"},
    "campaign": {"military", "bombing", "air", "airstrike", "naval", "drone", "missile"},
    "war": {"wage"},
    "insurgency": {"wage"},
    "hire": {"senate"},
    "briefing": {"hold", "held", "holds", "closed-door", "classified", "private"},
    # "denied the protest", "a protest over the Army awarding the contract", "bid protest"
    "protest": {
        "bid",
        "award",
        "awarding",
        "contract",
        "gao",
        "file",
        "filed",
        "deny",
        "denied",
        "sustain",
        "sustained",
        "dismiss",
        "dismissed",
        "spurn",
        "spurned",
        "reject",
        "rejected",
        "uphold",
        "upheld",
    },
    "collapse": {"talks", "deal", "negotiations", "negotiation", "agreement"},
    "overhaul": {"policy", "acquisition", "procurement", "regulatory", "rules"},
    "breakdown": {"talks", "deal", "negotiations", "negotiation", "agreement"},
    "test": {"flight", "missile", "weapons", "weapon", "live-fire", "field", "drone"},
    # NOTE: extended below with intercept and hypersonic tests (TESTS_FLOWN)
    "strategy": {"ai", "defense", "defence", "security", "national", "acquisition", "cyber"},
    "motion": {"filed", "file", "files", "grant", "granted", "denied", "deny", "court", "judge"},
    "agreement": None,  # no qualifier needed
    # an inquiry opened, not one concluded or one told of in general
    "investigation": {
        "open",
        "opened",
        "opens",
        "launch",
        "launched",
        "launches",
        "begin",
        "began",
        "start",
        "started",
        "announce",
        "announced",
        "initiate",
        "initiated",
    },
}
NOUN_NEEDS["probe"] = NOUN_NEEDS["investigation"]
# "the militia's assault on the border town"; not "an amphibious assault ship"
NOUN_NEEDS["assault"] = {"on", "against", "led"}
# troops pulled out, like troops sent; a name or a bid withdrawn is no operation
NOUN_NEEDS["withdrawal"] = NOUN_NEEDS["deployment"]
# "filed a related case in the appeals court", "brought a case against the Army"; not "the
# case for AI" or "in any case"
NOUN_NEEDS["case"] = {"file", "filed", "files", "filing", "bring", "brought", "brings"}
# a dispute between parties or over terms, not "disputes" in general
NOUN_NEEDS["dispute"] = {"between", "with", "over"}
NOUN_NEEDS["feud"] = NOUN_NEEDS["standoff"] = NOUN_NEEDS["dispute"]
# "a legal challenge", "filed a challenge", "the GAO rejected the company's challenge";
# not "the challenges facing the Navy"
NOUN_NEEDS["challenge"] = {"legal", "court", "constitutional", "gao", "bid", "lawsuit"}
NOUN_NEEDS["challenge"] |= {"file", "filed", "files", "deny", "denied", "reject", "rejected"}
NOUN_NEEDS["challenge"] |= {"dismiss", "dismissed", "sustain", "sustained", "uphold", "upheld"}
# "its refusal to allow the military to use its model", "a refusal of the Pentagon's terms"
NOUN_NEEDS["refusal"] = {"allow", "change", "remove", "drop", "accept", "let", "give", "grant"}
NOUN_NEEDS["refusal"] |= {"permit", "loosen", "lift", "comply", "sign", "agree", "demands"}
# a rule revoked, repealed or rescinded: "the January 2025 revocation of the Biden order"
NOUN_NEEDS["revocation"] = NOUN_NEEDS["repeal"] = NOUN_NEEDS["rescission"] = {"of"}
# an accord signed or reached, not "resigned of his own accord" or "in accord with the law"
NOUN_NEEDS["accord"] = {"sign", "signed", "signs", "reach", "reached", "reaches", "ink", "inked"}
# "began a weeklong exercise", "held a bilateral exercise", "conducted exercises": an
# exercise someone holds, or of a kind only forces hold, is one
EXERCISE_HELD = {"hold", "held", "holds", "begin", "began", "begun", "conduct", "conducted"}
EXERCISE_HELD |= {"conducts", "kick", "kicked", "wrap", "wrapped", "host", "hosted"}
EXERCISE_HELD |= {"weeklong", "bilateral", "trilateral", "multinational", "annual"}
EXERCISE_HELD |= {"amphibious", "combined", "large-scale", "air", "missile", "defense"}
NOUN_NEEDS["exercise"] = NOUN_NEEDS["exercise"] | EXERCISE_HELD
NOUN_NEEDS["drill"] = NOUN_NEEDS["exercise"]
# "conducted a successful intercept test", "a hypersonic test", "an engine test"
TESTS_FLOWN = {"intercept", "interceptor", "hypersonic", "engine", "conduct", "conducted"}
NOUN_NEEDS["test"] = NOUN_NEEDS["test"] | TESTS_FLOWN
# What a company is "placed on" when it is designated
LISTS = {"list", "blacklist", "registry", "watchlist", "risk", "notice", "probation"}
# Verb triggers that only count with a particular particle or preposition.
VERB_NEEDS_PREP = {
    "confer": {"with"},
    "clash": {"with"},
    "gather": {"with"},
    "flag": {"as"},
    "list": {"as"},
    "relist": {"as"},
    "place": {"on"},
    "add": {"to"},  # only to a list (_verb_ok, LISTS)
    "make": {"available"},  # "made Claude available to …" (_verb_ok)
    "transfer": {"to", "from"},
    "bring": {"to", "onto", "into"},
    "team": {"up", "with"},
    "step": {"down", "aside", "as"},  # "will step in as interim chief executive"
    "roll": {"out"},
    "phase": {"out"},
    "back": {"by", "with"},
    "value": {"at"},
    "name": {"as"},
    "call": {"to"},
    "challenge": {"in"},
    "invite": {"to"},
    "give": {"until", "till"},
    "have": {"until", "till"},
    "write": {"to", "on", "in"},  # a letter to, a post on X, an essay in
    "work": {"with"},
    "serve": {"as"},
    "return": {"as"},
    "relieve": {"of"},
    "elevate": {"to"},
    "welcome": {"as"},
    "post": {"on"},
}
# Legislative steps ("the Senate passed the bill", "lawmakers stripped the provision"):
# these verbs are events only with a chamber of a legislature as an argument.
LEGISLATIVE_ONLY = {"pass", "strip", "advance"}
# Verbs that are a legislative step (policy) rather than their usual type when a chamber
# of a legislature does them ("the Senate rejected the provision").
LEGISLATIVE_RETYPE = {"reject", "block", "approve", "pass", "strip", "vote"}
# a state legislature passes bills as Congress does ("the New York legislature passed …")
LEGISLATURE_TAGS = {"congress", "legislature", "parliament", "state_legislature"}
# Verbs whose use as statement trigger is weak (attribution in almost every story).
# What a "signed" bill or act is: a law made (policy)
LAW_NOUNS = {"bill", "act", "law", "legislation", "budget", "ndaa", "draft"}
# What is launched when a thing "starts" or "begins", or is "opened" to users
STARTED_NOUNS = {"project", "program", "programme", "initiative", "pilot", "work", "effort"}
# What a company "announces" that is a launch, not a statement: a product or a new service
RELEASED_NOUNS = {
    "platform",
    "tool",
    "model",
    "product",
    "suite",
    "app",
    "chatbot",
    "assistant",
    "version",
    "service",
    "initiative",
    "program",
}
# Verbs that make a policy named again a happening of its own ("dropped its ban")
REVERSING = {
    "drop",
    "lift",
    "end",
    "reverse",
    "scrap",
    "abandon",
    "rescind",
    "revoke",
    "repeal",
    "remove",
    "loosen",
    "relax",
    "ease",
}
# Verbs that make an organisation or a program ("set up an office", "Skydio, established in
# 2014"): a launch only when what is made is one (FOUNDED_NOUNS, or a named organisation).
FOUNDING_VERBS = {"create", "establish", "set", "stand", "activate", "form", "incorporate"}
# Nouns of an organisation being made: "directed the establishment of the CDAO"
FOUNDING_NOUNS = {"establishment", "creation", "formation", "founding", "setup"}
FOUNDED_NOUNS = {
    "office",
    "battalion",
    "brigade",
    "wing",
    "regiment",
    "factory",
    "plant",
    "facility",
    "shipyard",
    "force",
    "unit",
    "command",
    "agency",
    "company",
    "startup",
    "cell",
    "team",
    "lab",
    "laboratory",
    "center",
    "centre",
    "council",
    "board",
    "directorate",
    "division",
    "fund",
}
# What makes a task force one sent on a mission (an operation), not an office set up
MISSION_FORCES = {"naval", "maritime", "military", "multinational", "coalition", "armed"}
# Verbs of money set aside: "would be allocated" is a proposal, not a happening.
EARMARKING = {"allocate", "earmark", "appropriate", "set"}
# What an instruction tells people to do that makes it a rule ("told contractors to stop
# using Claude"): a policy, not a statement.
STOPPING = {"stop", "cease", "halt", "end", "quit", "phase", "remove", "drop", "discontinue"}
# Prepositions that put an event before the one they hang on ("sued on March 9, following
# the designation"): the main clause's date is not its date. So do those naming what a
# later step is about ("heard arguments on Tuesday regarding the designation", "denied a
# protest against the award"): the step's date is not the one it is about.
EARLIER_PREPS = {
    "following",
    "after",
    "amid",
    "despite",
    "over",
    "regarding",
    "concerning",
    "against",
}
# Words on "after" that put what follows at about the time of what came before ("soon
# after the assault on Oct. 7", "hours after the post on Friday")
SOON_AFTER = {"soon", "shortly", "immediately", "just", "hour", "minute"}
# Prepositions whose object is a happening of its own, before the one they hang on ("shelled
# the port soon after the militia's assault"): two operations, each with its own doer
PRIOR_PREPS = {"after", "following", "since"}
# Documents whose present-tense wording is their content: "the order directs …"
DOCUMENTS = {
    "order",
    "eo",  # "the EO directs the Attorney General to …"
    "memo",
    "memorandum",
    "bill",
    "law",
    "act",
    "directive",
    "legislation",
    "provision",
    "measure",
    "plan",
    "strategy",
    "rule",
    "guidance",
}
# Published writings whose words are news as a statement: "a GAO report urged …"
REPORTS = {"report", "letter", "study", "audit", "filing", "complaint", "analysis", "assessment"}
# What a document asks of others: "the order directs agencies to …"
DIRECTING = {"direct", "instruct", "require", "order", "mandate", "task", "call", "ask", "charge"}
# Happenings an article tells of once, however often it names them again
ONCE_PER_ARTICLE = {"designation", "ultimatum"}
# What is announced that is a change of policy: "announced a sweeping push to accelerate AI"
POLICY_MOVES = {  # not "shake-up": a shake-up of people is a personnel move
    "push",
    "expansion",
    "overhaul",
    "reorganization",
    "restructuring",
    "reform",
    "reforms",
    "crackdown",
}
# Who a roundup's contracts went to, unnamed: "awarded contracts to companies on Friday"
AWARDEES = {"company", "firm", "contractor", "business", "vendor"}
# Nouns that open a sentence naming back a deal just announced: "The deal will see X build …"
DEAL_NOUNS = {"deal", "agreement", "partnership", "contract", "award", "collaboration", "pact"}
# A government's plan made public: "the Pentagon unveiled its drone strategy", "the
# strategy, announced in July" is a policy, not a product launched or a statement
PLAN_NOUNS = {"strategy", "plan", "policy", "framework", "roadmap", "blueprint"}
# Verbs of selling to a buyer: "a deal to supply its model to federal agencies"
SUPPLYING = {"supply", "provide", "sell"}
# What a government makes public as a new way of working: the gold mostly calls a
# government's initiative or program unveiled a policy (a company's stays a launch)
GOVERNMENT_INITIATIVES = {"initiative", "program", "programme"}
# Words of a program's own name: "Project Maven", "the Genesis Mission" (a policy begun)
PROGRAM_NAME_WORDS = GOVERNMENT_INITIATIVES | {"project", "mission"}
# Verbs that make a plan public
PUBLISHING = {"launch", "unveil", "introduce", "announce", "release", "publish", "roll", "debut"}
# Nouns of a change in a field: "a shift in defense strategy" names no strategy published
SHIFTS = {"shift", "pivot", "change", "turn", "evolution", "transformation", "move"}
# What a "budget" modifies that is itself money asked for or given ("budget request"),
# unlike "budget cycles" or "budget hearings"
BUDGET_MOVES = {"request", "proposal", "increase", "boost", "bill", "plan", "cut", "submission"}
# What a sum is made of: "the budget is comprised of a base budget and war funds"
MADE_OF = {"comprise", "compose", "consist"}
# Verbs of taking in grievances: "received complaints from companies" is no court filing
GRIEVANCE_HEARD = {"receive", "hear", "get", "field"}
# Who hears a quote given for a story: "told reporters", "told an audience"
PRESS_WORDS = {"reporter", "journalist", "audience", "press", "newspaper", "outlet"}
# Verbs of asking: a meeting asked for has not been held
REQUESTING = {"ask", "request", "demand", "seek", "urge", "want", "call", "press"}
# Nouns whose "to" infinitive has not happened: "a threat to label", "a bid to win",
# "the administration's effort to restrict Anthropic"
UNDONE_NOUNS = {
    "threat",
    "warning",
    "proposal",
    "offer",
    "bid",
    "attempt",
    "request",
    "demand",
    "effort",
    # "is in talks to raise $500 million": what talks are held for is not done yet
    "talk",
    "discussion",
    "negotiation",
}
# Adverbs that set a clause beside another ("xAI and Google are also in talks"): what the
# subjects do, each does as the one before did, not with each other
PARALLEL = {"also", "too", "likewise", "similarly"}
# Talks told as a setting or judged in a quote, not held: "there were productive
# conversations", "discussions with officials reflected alignment" (annotation.md: a quote
# that only colours the story is no event)
TALK_NOUNS = {"talk", "talks", "discussion", "discussions", "conversation", "conversations"}
TALK_PRAISE = {"productive", "constructive", "fruitful", "positive", "cordial", "frank", "candid"}
TALK_SHOWING = {"reflect", "show", "demonstrate", "suggest", "indicate", "reveal"}
# Adjectives of a readiness to act: "is willing to loosen the limits" has not loosened them
WILLING = {"willing", "ready", "prepared", "eager", "open", "unwilling", "reluctant"}
# Verbs that make an act possible or required of someone, not done: "allowing the agency to
# issue task orders", "requires the office to convene a council"
ENABLING = {"allow", "enable", "permit", "let", "require", "empower"}
# Verbs of an award sought: "is in the running to win a new contract"
WINNING = {"win", "secure", "land", "capture"}
# Verbs that make an agreement an award: "won a launch agreement", "was awarded a deal"
WON_DEAL = {"win", "land", "capture", "award"}
# Verbs of a choice still being made: "was weighing whether to cut ties"
DELIBERATING = {"weigh", "consider", "mull", "debate", "contemplate", "explore", "study"}
# What a court or the GAO says its findings in
RULINGS = {"decision", "ruling", "opinion"}
# Adverbs of what is usual, not of a happening: "traditionally, chiefs have met executives"
HABITUAL = {"traditionally", "typically", "usually", "often", "routinely", "regularly", "normally"}
# a participle telling what a happening does to a longer story: "…, escalating a feud"
CHARACTERISING = {
    "escalate",
    "deepen",
    "intensify",
    "heighten",
    "fuel",
    "inflame",
    "worsen",
    "reignite",
    "extend",
    "mark",
    "underscore",
    "cap",
}
# Conjunctions opening a clause told as happening at another time than its main clause
SEQUENCE_MARKS = {"after", "before", "since", "once", "until"}
# Where a post is put: "took to X", "posted on Truth Social".
# What a model is put on when another body deploys it: "added to the GenAI.mil platform"
HOSTING_PLACES = {"platform", "network", "marketplace", "schedule", "schedules", "capability"}
PLATFORMS = {
    "x",
    "twitter",
    "xitter",
    "truth",
    "social",
    "linkedin",
    "instagram",
    "facebook",
    "threads",
    "substack",
    "bluesky",
}
# What a party refuses to do that makes the refusal a step of a negotiation ("refused to
# change its usage policy", "declined to sign").
COMPLYING = {
    "change",
    "agree",
    "accept",
    "drop",
    "remove",
    "allow",
    "comply",
    "sign",
    "loosen",
    "lift",
    "budge",
    "yield",
    "back",
    "relax",
    "waive",
    "let",  # "refused to let the military use its model"
    "permit",
}
# What is met when no one is: "to meet demand", "met its recruiting goal"
MET_TARGETS = {"demand", "need", "goal", "target", "requirement", "deadline", "standard"}
MET_TARGETS |= {"threshold", "criterion", "criteria", "expectation", "obligation", "quota"}
MET_TARGETS |= {"milestone", "benchmark", "timeline", "schedule", "challenge", "condition"}
# What is met when nobody is, as a reaction: "he is meeting resistance", "met with criticism"
MET_REACTIONS = {"resistance", "opposition", "criticism", "pushback", "skepticism", "scepticism"}
MET_REACTIONS |= {"backlash"}
# "refused to give the Pentagon full access": complying by granting use, not "declined to
# give details"
GRANTING = {"give", "grant"}
GRANTED = {"access", "permission", "approval"}
# What makes an agreement a purchase: "an enterprise agreement", "an agreement to purchase".
# Feelings a partnership is told with, not told as made ("proud to partner with the Army")
FEELING = {"proud", "excited", "happy", "pleased", "thrilled", "honored", "honoured", "glad"}
# States something is brought into, not partners it is brought to ("into compliance")
STATES_BROUGHT = {"compliance", "line", "alignment", "conformity", "focus", "question", "balance"}
# Words of a contract's pricing terms: "a firm-fixed-price agreement", "cost-plus-fixed-fee"
PRICING_WORDS = {"fee", "price", "fixed-price", "cost-plus", "firm-fixed-price", "idiq"}
BUYING_WORDS = {
    "contract",
    "procurement",
    "enterprise",
    "purchase",
    "licensing",
    "buy",
    "procure",
    "supply",
    "acquire",
    "blanket",  # "a blanket purchase agreement"
    "purchasing",
}
# Verbs that take money away: "cut funding for the program" is no funding round.
CUTTING = {"cut", "slash", "reduce", "trim", "zero", "withhold", "freeze", "rescind"}
# Adverbs that put an event at the time of the one told just before.
AT_ONCE = {"simultaneously", "concurrently"}
# Phrases that do the same: "In parallel, X signed …", "At the same time, X ordered …"
AT_ONCE_PHRASES = {("in", "parallel"), ("at", "time")}
# What is done with an offer or a proposal that makes it a step of a negotiation.
OFFERING = {
    "make",
    "send",
    "submit",
    "reject",
    "accept",
    "present",
    "deliver",
    "table",
    "counter",
    "receive",
    "consider",
    "refuse",
    "decline",
    "extend",
    "issue",
    "put",
    "offer",
    "propose",
}
# Nouns of a deal that did not come about ("the collapse of a deal").
FAILING = {"collapse", "breakdown", "failure", "cancellation", "termination", "end"}
# What is raised that is no money raised.
NOT_RAISED = {
    "guidance",
    "forecast",
    "outlook",
    "concern",
    "question",
    "price",
    "rate",
    "alarm",
    "issue",
    "estimate",
    "target",
    "profile",
    "awareness",
    "objection",
}
# What is released or published that is a statement, not a launch.
REPORTS = {"report", "result", "earnings", "statement", "findings", "letter", "memo", "review"}
# What is "issued" that is said, not ruled: "issued a press release"
PRESS_RELEASES = {
    "release",
    "statement",
    "announcement",
    "communique",
    "communiqué",
    "threat",  # "issued a veto threat"
    "warning",
}
# What a government body cuts or discontinues as a decision of policy: money, a program, a
# purchase, the use of a product ("cut funding for the system by $230 million")
CUT_THINGS = {"funding", "budget", "money", "spending", "request", "use", "fund", "buy"}
# Posts a government body cuts ("the department will cut 5,000 civilian jobs")
JOBS = {"job", "position", "workforce", "staff", "headcount"}
# Plural people who legislate ("lawmakers cut funding"): a government body without a name
LAWMAKERS = {"lawmaker", "appropriator", "legislator", "congress", "senator", "representative"}
# Modals of an obligation told ("announced that all agencies must stop using Anthropic").
OBLIGING = {"must", "shall"}
# Everyday verbs that change a rule only when what they change is one (RULE_NOUNS):
# "dropped its pledge not to build weapons", not "dropped the lawsuit".
RULE_CHANGING = {
    "drop",
    "lift",
    "remove",
    "loosen",
    "relax",
    "scrap",
    "abandon",
    "reverse",
    "kill",
    "cancel",
    "halt",
    "suspend",
    "terminate",
}
# Of those, the verbs that end a program ("scrapped JEDI in July 2021"): a policy.
ENDING = {"scrap", "abandon", "kill", "cancel", "halt", "suspend", "terminate"}
# Verbs of a rule that need a named issuer ("the Army suspended", not "its policies prohibit");
# the first three a government body
ISSUED_RULES = {"halt", "suspend", "terminate", "prohibit", "forbid"}
# What a program buys, whose cancellation is a decision of policy ("canceled the last four
# ships", "scrapped the purchase")
BOUGHT = {"ship", "vessel", "frigate", "production", "procurement", "purchase", "buy", "order"}
# Posts a person takes on ("took on the role", "assumed command").
POSTS = {"role", "post", "position", "job", "helm", "command", "office", "reins", "duties"}
# What is withdrawn when a person stops seeking a post: "withdrew his name from consideration"
CANDIDACY = {"name", "nomination", "candidacy"}
RULE_NOUNS = {
    "freeze",  # "lifted a months-old freeze on new AI pilots"
    "moratorium",
    "order",
    "directive",
    "memo",
    "guidance",
    "regulation",
    "pledge",
    "commitment",
    "ban",
    "restriction",
    "prohibition",
    "policy",
    "rule",
    "limit",
    "guardrail",
    "principle",
    "language",
    "requirement",
    "safeguard",
    "use",
}
# What can be issued as a happening on this beat: a rule, a document, a ruling, a warning
ISSUED = (
    RULE_NOUNS
    | DOCUMENTS
    | LAW_NOUNS
    | PRESS_RELEASES
    | RULINGS
    | {
        "waiver",
        "sanction",
        "mandate",
        "memoranda",
        "memorandum",
        "proclamation",
        "ultimatum",
        "notice",
        "injunction",
        "subpoena",
        "report",
        "award",
        "contract",
        "solicitation",
        "request",
        "executive",
    }
)
# Infinitives that make a person named by a verb a hire ("named Guetlein to lead Golden Dome").
LEADING = {"lead", "head", "run", "oversee", "command", "manage", "serve", "direct"}
# Nouns that name a person by role ("hired a former Pentagon official").
ROLE_NOUNS = {
    "official",
    "deputy",
    "manager",
    "aide",
    "counsel",
    "officer",
    "executive",
    "chief",
    "director",
    "ceo",
    "cto",
    "cfo",
    "president",
    "secretary",
    "general",
    "admiral",
    "adviser",
    "advisor",
    "head",
    "leader",
    "commander",
    "lawyer",
    "attorney",
    "administrator",
    "undersecretary",
    "chairman",
    "chairwoman",
    "chair",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "comptroller",
    "inspector",
    "ambassador",
    "coo",
    "cio",
}
# Verbs that make or change a rule when their object is one (RULE_NOUNS)
RULE_MAKING = {"update", "revise", "adopt"}
# Who a published list names when it designates them: "a list of Chinese military companies"
LISTED = {"company", "entity", "firm"}
# What a contract pays for when it is an award, not terms of use: building and buying
MAKING = {"construction", "production", "build", "manufacture", "procurement", "purchase"}
# Whom a post is announced for: "was announced as the nominee for the role"
NOMINEES = {"nominee", "pick", "choice", "successor", "replacement"}
# Where an ultimatum is delivered: "during a tense meeting on Tuesday, where …"
MEETING_NOUNS = {"meeting", "call", "session", "sit-down", "summit", "briefing"}
# Gatherings a step can be taken at: "During the Starbase event, Hegseth confirmed …"
GATHERINGS = (MEETING_NOUNS - {"sit-down"}) | {
    "event",
    "visit",
    "hearing",
    "ceremony",
    "conference",
    "address",
    "speech",
    "appearance",
    "trip",
    "tour",
}
# What a target is told it "has until Friday" to do is an ultimatum only when told to it.
TELLING = {"tell", "warn", "inform", "give", "say", "notify"}
# A formal notice, and what it does when it tells of a decision ("a letter confirming that
# the company has been designated …"): the decision it carries is the event
NOTICES = {"letter", "notice", "notification"}
CONFIRMING = {"confirm", "inform", "notify", "state", "say", "announce"}
NOTIFIED_TYPES = {"designation", "contract", "policy", "personnel"}
# Verbs of a government body choosing a company: a contract only between those two
SELECTING = {"select", "pick", "choose"}
# What is put through a test or sent somewhere in a military operation
HARDWARE = {
    "drone",
    "missile",
    "aircraft",
    "jet",
    "fighter",
    "rocket",
    "interceptor",
    "system",
    "weapon",
    "vehicle",
    "satellite",
    "radar",
    "laser",
    "submarine",
    "ship",
    "prototype",
    "bomber",
    "warplane",
    "helicopter",
    "battery",
}
# Verbs that make or supply weapons: "developing missiles to intercept …" tells what the
# missiles are for, not a strike
ARMING = {"develop", "build", "design", "produce", "make", "manufacture", "buy", "supply", "sell"}
TROOPS = {
    "troop",
    "soldier",
    "marine",
    "sailor",
    "force",
    "guardsman",
    "personnel",
    "unit",
    "brigade",
    "battalion",
    "division",
    "carrier",
    "destroyer",
    "warship",
    "squadron",
}
# Armed people and machines a nationality names as a party ("Israeli forces", "U.S. jets").
ARMED = TROOPS | HARDWARE | {"military", "warplane", "jet", "army", "navy", "government", "leader"}
ARMED |= {"site", "target", "facility", "base", "position", "port"}  # "Iranian nuclear sites"
# What a raised "ceiling" is: a contract's value, not a funding round
CEILING_WORDS = {"ceiling", "cap", "value", "limit"}
# Nouns whose complement is a decision told again ("its decision to designate Anthropic"):
# the sentence's date is of the verb above, not of the decision
DECISION_NOUNS = {"decision", "move", "plan", "effort", "bid", "attempt", "push", "threat"}
# Words that make a statement noun a formal one, an event of its own (annotation.md)
FORMAL = {
    "public",
    "formal",
    "written",
    "joint",
    "official",
    "lengthy",
    "open",
    "opening",
    "prepared",
}
# Verbs that report words: "said in a memo", "wrote in a post": the memo is the medium of
# what was said, as weak as the saying itself.
SAYING_VERBS = {"say", "tell", "write", "state"}
# Verbs that put a document out: "issued an apology in a note" (the note is the apology).
MEDIUM_PUBLISHING = {"issue", "release", "publish", "deliver", "make", "offer"}
# "announced plans to build a plant": a formal announcement, news with no date.
ANNOUNCED_PLANS = {"plan", "intention", "intent"}
# Verbs of moving forces: "will send two destroyers" is an order given when it is told
FORCES_MOVING = {"send", "deploy", "sail", "arrive", "move", "transit", "escort", "evacuate"}
# What may come: "the prospect of China invading Taiwan" is no invasion
PROSPECTS = {
    "prospect",
    "possibility",
    "risk",
    "fear",
    "chance",
    "likelihood",
    "danger",
    "scenario",
    "specter",
    "spectre",
    "threat",  # "a shield against missile threats targeting the United States": a kind
}
# Promises: "vowed on Sunday to retaliate" is news of that day; what is promised has not
# happened.
VOWING = {"vow", "pledge"}
# Appearances a quote is taken from: "said during a briefing on Feb. 11", "said in a
# discussion at an event in April", "said at a press conference on Friday". The date is
# the appearance's; what was said there is a quote in passing. (A hearing or a meeting is
# an event of its own, testimony is news, and an interview with an outlet or a podcast
# appearance is words given for publication: not here.)
APPEARANCES = {
    "event",
    "summit",
    "conference",
    "briefing",
    "forum",
    "panel",
    "symposium",
    "discussion",
    "tour",
    "gathering",
    "roundtable",
    "webinar",
}
# A framing participle that is the saying itself: "Speaking at a forum on Tuesday, …"
SPEAKING = {"speak", "talk"}
# Social-media posts a quote is taken from: "wrote in a post on X on Tuesday", "In a video
# posted to X on Wednesday, the secretary said …". (A blog post is a published essay: news.)
SOCIAL_POSTS = {"post", "video", "tweet"}
# What one claims for an act of one's own: "claimed responsibility for the strike" admits
# the strike, which is the happening; the claim is no statement beside it
CLAIMED_ACTS = {"responsibility", "credit"}
WEAK_STATEMENT = {
    "defend",
    "dispute",
    "question",
    "reiterate",
    "disclose",
    "acknowledge",
    "respond",
    "reply",
    "admit",
    "say",
    "tell",
    "confirm",
    "state",
    "express",
    "argue",
    "declare",
    "statement",
    "remarks",
    "remark",
    "speech",
    "address",
    "announce",
    "outline",
    "criticize",
    "urge",
    "emphasize",
    "emphasise",
    "inform",
    "notify",
    "stress",
    "insist",
    "assert",
    "contend",
    "claim",
    "call",  # "called the refusal an attempt to …": a name given, news only when dated
}
# Noun triggers that name one happening only in the singular ("military operations" in
# general is no raid).
# Nouns of standing against an act: "opposition to awarding the contract" tells no award
OPPOSING_NOUNS = {"opposition", "objection", "objections", "resistance"}
SINGULAR_ONLY = {"operation", "attack", "strike", "deployment", "raid", "airstrike"}
# Counts that number no particular happenings: "has undergone several field tests"
VAGUE_COUNTS = {"several", "many", "numerous", "multiple", "various", "countless"}
# A trigger under one of these ("refused to meet") reports no event of its own.
BLOCKING_HEADS = {
    "refuse",
    "decline",
    "reject",
    "resist",
    "fail",
    "threaten",
    "avoid",
    "oppose",
    "consider",
    "weigh",
    "want",
    "hope",
    "seek",
    "try",
    "attempt",
    "urge",
    "ask",
    "demand",
    "push",
    "pressure",
    "prevent",
    "could",
    "propose",
}
# Objects that make "denied"/"granted"/"dismissed" a court ruling.
COURT_OBJECTS = {
    "request",
    "motion",
    "petition",
    "appeal",
    "injunction",
    "bid",
    "lawsuit",
    "suit",
    "claim",
    "case",
    "order",
}
# Of those, what only a court rules on: "denied the request" may be anyone's refusal
# How many filings a counted noun tells: "filed two lawsuits" is two legal steps
FILING_COUNTS = {"two": 2, "three": 3}
COURT_ONLY_OBJECTS = {"motion", "petition", "appeal", "injunction", "lawsuit", "suit"}
# What ends one's own suit or appeal: "dropped the lawsuit", "withdrew its appeal"
WITHDRAWING = {"drop", "withdraw", "abandon"}
DENYING_HEADS = {"deny", "dispute", "refute"}
PLANNING_HEADS = {
    "plan",
    "expect",
    "schedule",
    "set",
    "intend",
    "agree",
    "aim",
    "prepare",
    "slate",
    "due",
    "poise",
    "vow",
    "pledge",
    "promise",
    "decide",
}
REPORTING_HEADS = {
    "say",
    "report",
    "announce",
    "tell",
    "claim",
    "confirm",
    "state",
    "allege",
    "write",
    "add",
    "note",
    "believe",
    "suggest",
    "indicate",
    "reveal",
    "disclose",
    "according",
}
# Role of a syntactic argument, per event type; the default applies otherwise.
# What an operation ends in that names whom it took: "the raid that led to the capture of X".
TAKING_NOUNS = frozenset({"capture", "arrest", "killing", "death", "ouster", "detention"})
OBJECT_ROLE = {
    "designation": "target",
    "ultimatum": "target",
    "legal": "target",
    "operation": "target",
    "personnel": "target",
    "statement": "target",
}
# Entities tagged like this are channels of the news, not actors in it.
NON_ACTOR_TAGS = {"media"}
# Tags of the government party implicit in a contract or a military operation.
GOVERNMENT_TAGS = {"government", "military", "defense_agency"}
# Event types a product (Claude, Grok, a platform) may take part in; in the others the
# company behind it acts (annotation.md, "Canonical names").
PRODUCT_ACTOR_TYPES = {"partnership", "launch", "operation"}
# Titles that tie the person they precede (or follow, "X, the CEO of Y") to an organisation
# named next to them: "Anthropic CEO Dario Amodei", "Pentagon spokesperson Sean Parnell".
TITLE_WORDS = {
    "ceo",
    "chief",
    "executive",
    "officer",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "founder",
    "co-founder",
    "cofounder",
    "president",
    "chairman",
    "chairwoman",
    "chair",
    "head",
    "director",
    "secretary",
    "official",
    "cto",
    "coo",
    "cfo",
    "vice",
    "senior",
    "deputy",
    "general",
    "counsel",
    "'s",
    "’s",
    "the",
    "its",
    "of",
    "at",
    "and",
    ",",
}
# Title phrases that name the organisation themselves ("Defense Secretary Pete Hegseth"),
# and gazetteer tags of people that stand for one ("official, defense").
TITLE_ORGS = {
    "defense secretary": "us-department-of-defense",
    "secretary of defense": "us-department-of-defense",
    "war secretary": "us-department-of-defense",
    "secretary of war": "us-department-of-defense",
    "deputy defense secretary": "us-department-of-defense",
    "pentagon spokesperson": "us-department-of-defense",
    "pentagon spokesman": "us-department-of-defense",
}
TAG_ORGS = {"defense": "us-department-of-defense"}
# Verbs under which a contract noun is an award ("won a contract", "signed a deal"), not a
# mention of contracts in general ("terminate existing contracts").
CONTRACT_VERBS = {
    "award",
    "win",
    "receive",
    "sign",
    "secure",
    "land",
    "grant",
    "get",
    "reach",
    "finalize",
    "finalise",
    "ink",
    "negotiate",
    "announce",
    "obtain",
    "book",
    "clinch",
    "modify",
    "expand",
    "extend",
    "seal",
    "strike",
    "close",
    "enter",
    "give",
    "capture",
    "snag",
    "nab",
    "bag",
}
# Verbs that make a partnership (beside CONTRACT_VERBS): "formed a partnership with …"
FORMING = {
    "form",
    "forge",
    "establish",
    "launch",
    "unveil",
    "reveal",
    "begin",
    "start",
    "revise",
    "amend",
    "update",
    "renegotiate",
    "rework",
    "change",
}
# Verbs of contracts held and lost: "reach a deal or lose its contracts" awards nothing.
LOSING = {"lose", "forfeit", "risk", "jeopardize", "cancel", "terminate"}
# Verbs that only carry the noun they take ("issued a directive", "released two memoranda"):
# the noun names the event.
# Modifiers that mark an order or directive as one told before ("previous executive orders").
EARLIER_WORDS = {"previous", "earlier", "prior", "existing", "former", "past"}
LIGHT_VERBS = {
    "strike",  # "struck a deal": no airstrike
    "ink",
    "seal",
    "issue",
    "release",
    "publish",
    "unveil",
    "sign",
    "announce",
    "launch",
    "introduce",
    "initiate",
    "roll",
}
# Partnership verbs that need two organisations ("deploy", "join" say little alone).
# Verbs that make a told event public: "the deal was announced Monday" dates the deal.
RETELLING_VERBS = {
    "strike",  # "the deal was struck late Friday"
    "win",  # "Microsoft had won the contract on October 25"
    "secure",
    "reach",
    "ink",
    "seal",
    "clinch",
    "announce",
    "disclose",
    "reveal",
    "publish",
    "unveil",
    "sign",
    "finalize",
    "finalise",
    "award",
    "confirm",
    "report",
    "list",
    "post",
    "deliver",  # "the ultimatum was delivered during a tense meeting on Tuesday"
    "issue",
}
LOOSE_PARTNERSHIP = {"deploy", "integrate", "adopt", "bring", "join", "work"}
# Verbs that make "supply chain risk" a designation rather than a mention of the idea.
DESIGNATING = {
    "place",  # "placed Anthropic on a supply chain risk list"
    "put",
    "add",
    "designate",
    "label",
    "deem",
    "declare",
    "name",
    "brand",
    "list",
    "classify",
    "call",
    "consider",
    "mark",
    "tag",
    "designation",
    "determination",
    "finding",
}
# Verbs a deadline noun is an ultimatum under ("gave Anthropic a Friday deadline").
ULTIMATUM_VERBS = {"give", "issue", "hand", "present", "impose", "deliver", "set"}
# Modal auxiliaries that make an event a possibility, not a happening.
HYPOTHETICAL = {"could", "might", "may", "can", "should"}
# Auxiliaries of what has not happened yet, or may not
MODALS = HYPOTHETICAL | {"will", "would", "shall"}
# Event types that need money to be news ("raised concerns" is no funding round).
MONEY_TYPES = {"funding"}
# Types that have no dollar value of their own: a sum in their sentence is another event's
# ("threatened to void its contract of up to $200 million", "the $38 billion program"), so
# it is not written as theirs (a reader takes a row's amount for the event's).
UNPRICED_TYPES = {
    "meeting",
    "ultimatum",
    "designation",
    "statement",
    "personnel",
    "operation",
    "launch",
}
# Reporting verbs that, beside another event of their sentence, only attribute it.
ATTRIBUTING = {"say", "announce", "confirm", "tell", "state", "report", "statement", "disclose"}
# Personnel verbs whose object is the person ("replace Anthropic" is no hire).
# Personnel triggers whose subject or possessor is the person moved ("Beck resigned",
# "Wang will join Meta", "Modly's resignation"), not someone moving another.
# The kind of step a personnel trigger tells: one person nominated, confirmed, sworn in,
# taking a post and leaving one are each a happening of their own ("became acting
# secretary, but after six months abruptly quit"; "was sworn in Tuesday after earning
# Senate confirmation"), however closely an article tells them together.
MOVE_KINDS: dict[str, str] = {
    **dict.fromkeys(
        (
            "resign resignation quit fire firing sack oust ouster dismiss dismissal step "
            "retire retirement depart departure leave exit relieve remove demote lay let "
            "show push part withdraw"
        ).split(),
        "out",
    ),
    **dict.fromkeys("nominate nomination nominee".split(), "nominate"),
    **dict.fromkeys("confirm confirmation".split(), "confirm"),
    "sworn": "sworn",
    "swear": "sworn",
}

SELF_MOVES = {
    "resign",
    "resignation",
    "retire",
    "retirement",
    "step",
    "leave",
    "depart",
    "departure",
    "exit",
    "quit",
    "join",
    "take",
    "serve",
    "become",
    "assume",
    "withdraw",  # "withdrew his name": the one who withdraws is the one who leaves the race
}
# Verbs that make their object do what their infinitive says, which then happened
# ("forced her to resign", "caused him to withdraw"); not asking ("urged him to resign").
CAUSING = {"force", "prompt", "cause", "lead", "compel", "drive", "spur"}
PERSON_OBJECT_VERBS = {
    "replace",
    "name",
    "hire",
    "fire",
    "appoint",
    "promote",
    "nominate",
    "oust",
    "tap",
    "succeed",
    "take",  # "take over": a person taking over a post; a company taking over a program is no hire
    "leave",  # "left the company"; MIT left behind by a founder is no hire either
    "depart",
    "serve",  # "will serve as CTO"; a model serving as a tool is no appointment
    "poach",
    "recruit",
    "install",  # "installed a loyalist"; installing software is no hire
    "instal",
    "demote",
    "reinstate",  # "reinstated Altman to its board"; a court reinstating a rule is legal
}
# Person-object verbs whose object may be the place or post, not the person ("left the
# company", "took over the department", "served as director")
PLACE_OBJECT_VERBS = {"leave", "depart", "take", "serve"}
# Court words that make a hearing a legal step rather than a meeting.
COURT_WORDS = {
    "circuit",
    "appeals",
    "ruling",
    "suit",
    "appeal",
    "restraining",
    "court",
    "courts",
    "judge",
    "judges",
    "courtroom",
    "tribunal",
    "lawsuit",
    "prosecutor",
    "prosecutors",
    "injunction",
    "jury",
    "plaintiff",
    "plaintiffs",
}
# Legal verbs that are everyday words outside a courtroom ("blocking its use", "dismissing
# AI systems"): a legal step only in a sentence about a court.
COURT_VERBS = {"block", "challenge", "dismiss", "rule", "settle", "appeal", "charge"}
# Refusals that are a step of a negotiation when what is refused is a demand.
REFUSING = {"refuse", "decline", "reject", "rebuff", "turn"}
# What is fired or launched in an attack: "launched a Tomahawk", "fired on fast boats"
# What a rocket launch carries or is (README: a rocket launch is an `operation`)
SPACE_LAUNCHED = {"satellite", "rocket", "spacecraft", "booster", "payload", "mission"}
# What is done to a target when an attack is ordered: "ordered the boat destroyed"
DESTROYED = {"destroy", "kill", "shoot", "sink", "disable", "seize"}
FIRED = {"missile", "rocket", "torpedo", "tomahawk", "strike", "airstrike", "attack", "raid"}
FIRED |= {"barrage", "salvo", "volley"}  # "launched a barrage of missiles at a tanker"
# What is fired, besides weapons that are also launched: "fired 150 rounds of munitions"
AMMUNITION = {"round", "munition", "shell", "projectile", "bullet", "interceptor"}
# What a coast guard or navy interdicts: "seized 3,000 pounds of cocaine"
DRUGS = {"cocaine", "drug", "narcotic", "fentanyl", "marijuana", "heroin", "methamphetamine"}
DRUGS |= {"contraband"}
# What is hit in a strike: "hit a Houthi weapons depot"
TARGETS = {
    "ship",
    "tanker",
    "depot",
    "target",
    "site",
    "facility",
    "base",
    "position",
    "vessel",
    "convoy",
    "compound",
    "airfield",
    "port",
}
# Verbs that are funding only with money as their object
MONEY_VERBS = {
    "provide",
    "request",
    "secure",
    "land",
    "pour",
    "seek",
    "commit",
    "pump",
    "inject",
    "receive",
}
# What is offered in a negotiation: "offered Anthropic a compromise"
# What a public denial rejects ("rejected claims that …"): a statement, no negotiation step
CLAIMS = {"claim", "allegation", "accusation", "report", "suggestion", "characterization"}
OFFERS = {"compromise", "deal", "terms", "concession", "settlement", "proposal", "agreement"}
# What a court is asked to do: "refused to pause the designation"
COURT_ACTS = {"pause", "stay", "lift", "reinstate", "suspend", "overturn", "intervene", "hear"}
DEMANDS = {
    "demand",
    "request",
    "term",
    "terms",
    "offer",
    "proposal",
    "ultimatum",
    "condition",
    "counterproposal",
    "counteroffer",
}
# "blocks the Pentagon from designating": what is prevented does not happen.
PREVENTING = {"block", "bar", "prevent", "stop", "prohibit", "halt", "enjoin", "ban"}


# A court's or the GAO's answer to a filing ("denied the protest", "rejected Acme's
# challenge"): the filing is a happening of its own, before the ruling
RULINGS_ON_FILINGS = {"deny", "reject", "spurn", "dismiss", "sustain", "uphold", "grant", "toss"}
FILING_NOUNS = {"protest", "challenge", "lawsuit", "suit", "complaint", "motion", "petition"}
FILING_NOUNS |= {"request", "claim", "appeal"}
