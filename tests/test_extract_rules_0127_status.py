"""Extractor 0.12.7: "next" looks ahead only from the publication day, in our own words.

"The next day" after a day the story named is a day already past when the article is
published: what happened then occurred. "Next Tuesday" from the publication day is still
ahead: planned.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _of_type

pytestmark = pytest.mark.model


def test_the_next_day_after_a_past_day_has_occurred():
    text = (
        "The Army opened bids for the trucks on March 2. The next day, the Army awarded "
        "Kestrel Motors a $40 million contract for them."
    )
    found = _of_type(text, "contract", "2026-03-10")
    assert [(e["date"], e["status"]) for e in found] == [("2026-03-03", "occurred")], found


def test_next_tuesday_from_publication_is_still_planned():
    text = "The Army will sign a $40 million contract with Kestrel Motors next Tuesday."
    found = _of_type(text, "contract", "2026-03-10")
    assert [(e["date"], e["status"]) for e in found] == [("2026-03-17", "planned")], found
