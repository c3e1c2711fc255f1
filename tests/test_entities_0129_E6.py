"""Courts named by description, 0.12.9 (thread E6): a federal appeals court and its seat.

Every sentence here is written for this file. "A federal appeals court in Washington" is
the D.C. Circuit, one in San Francisco the Ninth Circuit, one in Denver the Tenth; the full
"District of Columbia Circuit" form is the D.C. Circuit too. An appeals court not called
federal, or one in Washington in a story about the Federal Circuit, is left unnamed.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _entities

pytestmark = pytest.mark.model

DC = "U.S. Court of Appeals for the D.C. Circuit"


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "Palantir asked a federal appeals court in Washington, D.C., to pause the order.",
            DC,
        ),
        ("The U.S. Court of Appeals in Washington heard the two sides for an hour.", DC),
        (
            "A panel of the U.S. Court of Appeals for the District of Columbia Circuit "
            "turned down the request.",
            DC,
        ),
        (
            "Meta lost again on Friday when a federal appeals court in San Francisco "
            "upheld the fine.",
            "U.S. Court of Appeals for the Ninth Circuit",
        ),
        (
            "The Denver-based federal appeals court will hear the pipeline case in May.",
            "U.S. Court of Appeals for the Tenth Circuit",
        ),
    ],
)
def test_appeals_court_named_by_its_seat(text: str, court: str) -> None:
    found = _entities(text)
    assert found.get(court) == "ORG"
    assert "U.S. Court of Appeals" not in found


@pytest.mark.parametrize(
    "text",
    [
        "An appeals court in Richmond sided with the county on Tuesday.",
        "Oracle took its loss at the Court of Federal Claims to the federal appeals court "
        "in Washington, which hears such protests.",
        "Anthropic asked a federal court to block the designation.",
    ],
)
def test_court_without_a_federal_seat_is_left_alone(text: str) -> None:
    found = _entities(text)
    assert not any("Circuit" in name for name in found)
