"""Extractor (helper tml, the merged timeline): whom an operation took, in our own words.

"The raid that led to the capture of X" names X as the operation's target, even when the
sentence is about a tool used in it: reports of one raid that name the captured leader
in one place and the tool in another then share a party, and the merge folds them
(docs/timeline.md; dev timeline duplicates 6 -> 5).
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _events

pytestmark = pytest.mark.model


def _operations(text: str, published: str) -> list[dict]:
    return [e for e in _events(text, published) if e["type"] == "operation"]


def _ids(ev: dict) -> dict[str, str]:
    return {a["id"]: a["role"] for a in ev["actors"]}


@pytest.mark.parametrize(
    "text",
    [
        "Special forces relied on a model from Anthropic in the covert operation that led to "
        "the capture of Nicolás Maduro last month.",
        "The Army flew drones built by Shield AI during the raid that resulted in the arrest "
        "of Nicolás Maduro last month.",
    ],
)
def test_the_one_an_operation_took_is_its_target(text):
    found = _operations(text, "2026-02-20")
    assert found and _ids(found[0]).get("nicolas-maduro") == "target", found


def test_an_operation_leading_to_talks_takes_no_target_from_them():
    # guard: only a capture, an arrest, a killing … names whom the operation took
    found = _operations(
        "The Navy began an operation in the Caribbean that led to talks with Nicolás Maduro "
        "in January.",
        "2026-02-20",
    )
    assert all(_ids(e).get("nicolas-maduro") != "target" for e in found), found


def test_a_raid_naming_its_target_directly_keeps_it():
    # guard: passes before and after
    found = _operations(
        "U.S. forces captured Nicolás Maduro in a raid in Caracas on January 3.", "2026-02-20"
    )
    assert found and "nicolas-maduro" in _ids(found[0]), found
