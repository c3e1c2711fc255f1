"""Event rules of extractor 0.8.0 (issue 14), each on fixtures written in our own words."""

from __future__ import annotations

import pytest

from extract import get_extractor

pytestmark = pytest.mark.model

PUBLISHED = "2026-03-10"  # a Tuesday


def _events(text: str, published: str = PUBLISHED) -> list[dict]:
    return get_extractor().extract_one({"id": 1, "published": published, "text": text})["events"]


def _of_type(text: str, etype: str) -> list[dict]:
    return [e for e in _events(text) if e["type"] == etype]


def _actors(event: dict) -> set[str]:
    return {a["name"] for a in event["actors"]}


def test_a_trailing_participle_acts_for_the_subject_of_its_clause():
    contracts = _of_type(
        "Anduril keeps growing, landing a $410 million contract from the U.S. Army on Monday.",
        "contract",
    )
    assert contracts and "Anduril" in _actors(contracts[0]), contracts


def test_a_participle_that_characterises_the_clause_brings_no_actor():
    text = (
        "Shield AI has announced plans to open a plant in Texas, marking a $50 million "
        "investment in the state."
    )
    assert not [e for e in _of_type(text, "funding") if "Shield AI" in _actors(e)]


def test_a_noun_before_a_gerund_is_its_subject_not_the_sentence_subject():
    text = (
        "The GAO rejected a protest over the Navy awarding a $90 million contract to Saronic, "
        "ruling that the choice was sound."
    )
    contracts = _of_type(text, "contract")
    assert contracts, _events(text)
    assert "Government Accountability Office" not in _actors(contracts[0])


def test_an_undated_announcement_is_colour_a_dated_one_is_news():
    undated = (
        "Palantir, which announced its results alongside a new buyback, has been a favourite "
        "of investors."
    )
    assert not _of_type(undated, "statement")
    dated = "The Navy announced on Monday that it would stop buying the drone."
    assert _of_type(dated, "statement") or _of_type(dated, "policy")


@pytest.mark.parametrize(
    ("text", "etype", "day"),
    [
        (
            "Anthropic has poached Dana Whitlock from Google DeepMind, the company said on Monday.",
            "personnel",
            "2026-03-09",
        ),
        (
            "Drone maker Skyward Systems closed a $120 million Series B on Friday.",
            "funding",
            "2026-03-06",
        ),
        (
            "Two Chinese fighter jets scrambled on Sunday after a U.S. patrol aircraft "
            "entered the zone.",
            "operation",
            "2026-03-08",
        ),
        (
            "Dario Amodei published an op-ed on Monday defending the company's red lines.",
            "statement",
            "2026-03-09",
        ),
        (
            "Skyward Systems, a drone maker, emerged from stealth on Thursday.",
            "launch",
            "2026-03-05",
        ),
        (
            "The U.S. Navy and the Japanese navy began a joint drill in the Philippine Sea "
            "on Saturday.",
            "operation",
            "2026-03-07",
        ),
    ],
)
def test_vocabulary_from_the_phrasing_probe(text: str, etype: str, day: str):
    found = _of_type(text, etype)
    assert found and found[0]["date"] == day, _events(text)


def test_a_title_abbreviation_does_not_end_the_sentence():
    doc = get_extractor().nlp("The Army on Monday promoted Brig. Gen. Tara Lindqvist to lead it.")
    assert len(list(doc.sents)) == 1
    doc = get_extractor().nlp("He reached the rank of Maj. The next day he retired.")
    assert len(list(doc.sents)) == 2


def test_a_day_weeks_back_beats_one_most_of_a_year_ahead():
    text = (
        "Democrats blocked a quick passage of the nominee's confirmation to protest the "
        "president's Feb. 21 firing of the top commander."
    )
    result = get_extractor().extract_one({"id": 1, "published": "2025-04-11", "text": text})
    assert {d["text"]: d["value"] for d in result["dates"]}["Feb. 21"] == "2025-02-21"


@pytest.mark.parametrize(
    "text",
    [
        "Shield AI said on Monday that Maria Okafor, formerly of Boeing, joins the company "
        "as president of its aircraft unit.",
        "Hegseth on Monday removed Lt. Gen. Paul Ward as director of the Defense Logistics "
        "Agency, two officials said.",
        "Maria Okafor, named Monday as the Army's first chief data officer, previously worked "
        "at Microsoft.",
    ],
)
def test_a_post_given_or_taken_is_a_personnel_move(text: str):
    moves = _of_type(text, "personnel")
    assert moves and moves[0]["date"] == "2026-03-09", _events(text)
    assert {"Maria Okafor", "Paul Ward"} & _actors(moves[0])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The general stepped down on New Year’s Eve.", "2024-12-31"),
        ("The drone strike came on Christmas Day.", "2024-12-25"),
        ("The deal closed before Thanksgiving.", "2024-11-28"),
        ("The memo went out on Memorial Day.", "2024-05-27"),
        ("The base opened on Veterans Day 2019.", "2019-11-11"),
        ("The secretary will speak again next Labor Day.", "2025-09-01"),
    ],
)
def test_holidays_are_days(text: str, value: str):
    result = get_extractor().extract_one({"id": 1, "published": "2025-04-11", "text": text})
    assert [d["value"] for d in result["dates"]] == [value], result["dates"]


def test_a_sentence_opening_pronoun_is_the_person_the_story_is_about():
    text = (
        "Gen. Lisa Moore led Cyber Command for three years. She kept both posts when President "
        "Joe Biden took office in 2021. She retired in February."
    )
    retirements = [e for e in _of_type(text, "personnel") if e["date"] == "2026-02"]
    assert retirements, _events(text)
    assert "Lisa Moore" in _actors(retirements[0]) and "Joe Biden" not in _actors(retirements[0])


def test_a_committee_vote_on_a_nomination_is_a_personnel_step():
    text = "The Senate Armed Services Committee on Thursday advanced the nomination of Dan Caine."
    events = _events(text)
    assert [e["type"] for e in events] == ["personnel"], events
    assert events[0]["date"] == "2026-03-05"


def test_a_pronoun_standing_for_a_person_can_become_a_chief():
    text = (
        "Gen. Lisa Moore was named to lead Cyber Command in 2024. A former pilot, she became "
        "the head of the Air Combat Command in 2021."
    )
    years = {e["date"] for e in _of_type(text, "personnel") if "Lisa Moore" in _actors(e)}
    assert "2021" in years, _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday, Saronic unveiled plans to work with Palantir on autonomous ships.",
        "Saronic on Wednesday announced plans to partner with Palantir on autonomous ships.",
    ],
)
def test_a_plan_told_with_its_day_is_its_content_by_its_owner(text: str):
    events = _events(text)
    assert [e["type"] for e in events] == ["partnership"], events
    assert {"Saronic", "Palantir"} <= _actors(events[0]) and events[0]["date"] == "2026-03-04"


@pytest.mark.parametrize(
    ("text", "etype", "day"),
    [
        ("The Navy suspended its use of a commercial chatbot on Monday.", "policy", "2026-03-09"),
        (
            "Friday's tie-up between Saronic and Palantir surprised analysts.",
            "partnership",
            "2026-03-06",
        ),
        ("The FTC launched a probe Friday into Microsoft's cloud deals.", "legal", "2026-03-06"),
        (
            "On Thursday the Commerce Department listed Tencent as a military company.",
            "designation",
            "2026-03-05",
        ),
        ("Brad Smith conferred with Pete Hegseth on Monday.", "meeting", "2026-03-09"),
        ("Anduril and OpenAI signed a pact on Wednesday.", "partnership", "2026-03-04"),
    ],
)
def test_vocabulary_from_the_second_phrasing_probe(text: str, etype: str, day: str):
    found = _of_type(text, etype)
    assert found and found[0]["date"] == day, _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Anthropic's usage policies prohibit weapons work.",
        "Microsoft halted production of the headset last year.",
        "The Pentagon has no plans to cancel the program.",
        "After the conclusion of an outside investigation into the turmoil, the board stayed.",
    ],
)
def test_what_only_sounds_like_a_rule_or_an_inquiry_is_no_event(text: str):
    assert not [e for e in _events(text) if e["type"] in ("policy", "legal")], _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Palantir did not win the Navy contract on Friday.",
        "Anthropic never signed the agreement with the Pentagon on Friday.",
    ],
)
def test_a_deal_not_won_or_not_signed_is_no_event(text: str):
    assert not _events(text)


def test_a_second_verb_shares_the_first_ones_subject_not_its_objects():
    text = (
        "Hegseth visited Saronic's shipyard in Louisiana last Tuesday and praised Dana "
        "Whitlock's engineers."
    )
    praise = [e for e in _events(text) if e["trigger"] == "praised"]
    assert praise and "Saronic" not in _actors(praise[0]), _events(text)


def test_decades_counted_from_an_earlier_date_resolve_and_do_not_crash():
    text = "The company was founded in 1995. Two decades later, it won a Navy contract."
    result = get_extractor().extract_one({"id": 1, "published": "2025-04-11", "text": text})
    assert {d["text"]: d["value"] for d in result["dates"]}["Two decades later"] == "2015"
