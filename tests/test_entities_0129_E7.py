"""Beat names in a form the gazetteer or the rules did not know, 0.12.9 (thread E7).

Every sentence here is written for this file. Each case names one class: a person's or a
country's formal name, the state of Washington told apart from the capital, the Marines as
the U.S. Marine Corps, a dateline's state abbreviation before a sentence, and a
congressional committee named by its chamber and subject without "Committee".
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _entities

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a gazetteer person's full formal name
        (
            "The hearing recalled how James N. Mattis quit the Pentagon over troop withdrawals.",
            {"Jim Mattis"},
            {"James N. Mattis"},
        ),
        # a country's formal name
        (
            "The Kyrgyz Republic signed a drone deal with a Turkish maker on Tuesday.",
            {"Kyrgyzstan"},
            {"Kyrgyz Republic"},
        ),
        # the state of Washington, by a lawmaker's party tag or "of", not the capital
        (
            "Sen. Jane Holloway (D-Wash.) pressed the Air Force on tanker delays.",
            {"Washington (state)"},
            set(),
        ),
        (
            "Rep. Tomas Brandt of Washington asked the Army about its helicopter plans.",
            {"Washington (state)"},
            set(),
        ),
        # the Marines are the U.S. Marine Corps; another country's Marines are not
        (
            "The amphibious ship can carry Marines and their vehicles to any shore.",
            {"U.S. Marine Corps"},
            set(),
        ),
        (
            "He served two decades as a US Marine before joining the drone startup.",
            {"U.S. Marine Corps"},
            set(),
        ),
        (
            "Philippine Marines fired rockets from the island during the drill.",
            set(),
            {"U.S. Marine Corps"},
        ),
        # a dateline's state abbreviation that runs straight into the first sentence
        (
            "ARLINGTON, Va. The Government Accountability Office denied the bid protest.",
            {"Virginia", "Government Accountability Office"},
            {"Va. The Government Accountability Office"},
        ),
        # a committee by its chamber and subject, without "Committee"
        (
            "House Appropriations Chairman Tom Cole praised the shipbuilding money.",
            {"House Appropriations Committee", "Tom Cole"},
            set(),
        ),
        (
            "Senate Commerce Chair Maria Lopez scheduled a vote on the chip bill.",
            {"Senate Commerce Committee"},
            set(),
        ),
        # ... and the four committees a shared name gives both chambers stay four
        (
            "Both senators sit on the Senate and House Appropriations and Armed Services "
            "Committees.",
            {
                "Senate Appropriations Committee",
                "House Appropriations Committee",
                "Senate Armed Services Committee",
                "House Armed Services Committee",
            },
            set(),
        ),
    ],
)
def test_beat_names_in_other_forms(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _entities(text)
    assert wanted <= set(found), (wanted - set(found), found)
    assert not unwanted & set(found), (unwanted & set(found), found)
