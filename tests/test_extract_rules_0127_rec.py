"""Extractor 0.12.7 (helper rec): missed contracts, legal steps and partnerships, in our words.

A government body paying a company a sum for work is buying it: a contract. A court that
"heard oral arguments" took a legal step, as one that "heard arguments" did. A company that
"has been an agency's contractor since" a year holds a background contract from that year.
A company's product an agency "is being used by" or "is using" now is a partnership.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _events, _of_type

pytestmark = pytest.mark.model

PUBLISHED = "2026-03-10"  # a Tuesday


def test_a_government_paying_a_company_for_work_is_a_contract():
    text = "The Navy is paying Saronic $40 million to build a fleet of autonomous boats."
    found = _of_type(text, "contract")
    assert found and {"U.S. Navy", "Saronic"} <= _actors(found[0]), _events(text, PUBLISHED)
    for other in (
        "The company paid $5 million to settle the case.",  # no company is paid
        "Boeing paid the Treasury $200 million to settle the charges.",  # no agency buys
    ):
        assert not _of_type(other, "contract"), _events(other, PUBLISHED)


def test_a_court_hearing_oral_arguments_is_a_legal_step():
    text = (
        "On Monday, the U.S. Court of Appeals for the Ninth Circuit heard oral arguments "
        "in the dispute between Saronic and the Navy."
    )
    found = _of_type(text, "legal")
    assert found and found[0]["date"] == "2026-03-09", _events(text, PUBLISHED)


def test_a_contractor_since_a_year_is_a_background_contract():
    text = "Saronic has been a Coast Guard contractor since 2019."
    found = _of_type(text, "contract")
    assert found and found[0]["date"] == "2019", _events(text, PUBLISHED)
    assert {"Saronic", "U.S. Coast Guard"} <= _actors(found[0]), _events(text, PUBLISHED)
    other = "Saronic is a defense contractor based in Texas."  # what it is, no time
    assert not _of_type(other, "contract"), _events(other, PUBLISHED)


def test_a_product_an_agency_is_using_now_is_a_partnership():
    text = "Acme's newest model is currently being used by the NSA for code review."
    found = _of_type(text, "partnership")
    assert found and "National Security Agency" in _actors(found[0]), _events(text, PUBLISHED)
    other = "Palantir is using Claude inside its own software."  # a company, no agency
    assert not _of_type(other, "partnership"), _events(other, PUBLISHED)
