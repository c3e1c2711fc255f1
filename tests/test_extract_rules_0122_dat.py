"""Extractor 0.12.2 (dating): a happening dated in another sentence of the article.

"X announced on Tuesday that it will … . The deal will see X team up with Y": the
sentence opened by "The deal" names back what was just announced, so the partnership it
tells is of the announcement's day, and the announcement is that partnership told once. A
newsletter whose title is its name and a day ("Defense Daily Brief — 2026-03-11") is a
digest of that day: the awards and rounds it lists undated are of that day.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model


def test_the_deal_told_after_a_dated_announcement_takes_its_day():
    events = _events(
        "Palantir announced on Tuesday that it will give Army units access to its targeting "
        "software. The deal will see Palantir team up with Amazon Web Services to host the "
        "software.",
        "2026-03-12",
    )
    deals = [e for e in events if e["type"] == "partnership"]
    assert deals and deals[0]["date"] == "2026-03-10", events
    assert not [e for e in events if e["type"] == "statement"], events


def test_a_digest_titled_with_a_day_dates_its_awards_and_rounds():
    events = _events(
        "Defense Daily Brief — 2026-03-11\n"
        "Contracts\n"
        "Northrop Grumman won a $40M contract to maintain Air Force radars.\n"
        "Shield AI raised $20M from Andreessen Horowitz.",
        "2026-03-11",
    )
    dated = {e["type"]: e["date"] for e in events}
    assert dated.get("contract") == "2026-03-11", events
    assert dated.get("funding") == "2026-03-11", events
