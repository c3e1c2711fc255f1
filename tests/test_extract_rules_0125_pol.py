"""Extractor 0.12.5 (helper pol): policies, in our own words.

- "In parallel, …" and "At the same time, …" put the act of their clause at the time of
  the dated event told just before, as "simultaneously" already did, and do so before the
  merge, so that the undated act is not folded into an older one of its kind.
- "told agencies to stop using X's models": the object of the complement's own complement
  is the target, as that of the complement is ("threatened to label X").
- "said on Friday she was blocking enforcement of the president's directive": what a court
  step rules on was made before the day the step is told, so it takes no date from the
  saying (this also keeps such a directive apart from the dated court step).
- "In an internal memo he later shared, X said …": a sentence opened by "in" names the
  medium of its verb of saying even when the parser hangs the phrase on the relative verb;
  the memo is what was said, no policy ("In a memo, Hegseth ordered …" still is one).
- "It allows agencies to use …", "<product> allows agencies to use …" in the present tense
  tells what a product can do, not a rule on use.
- An undated headline ("Navy unveils $2 billion plan …") told again in the body by a person
  acting for the headline's organisation is one happening: the organisation the person
  brings along joins the two.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _actors, _events, _of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize("opening", ["In parallel", "At the same time"])
def test_in_parallel_takes_the_date_told_just_before(opening):
    text = (
        "On March 4, the White House released its new cyber strategy. "
        f"{opening}, President Trump signed two executive orders telling agencies to "
        "follow it."
    )
    events = _of_type(text, "policy", published="2025-03-06")
    orders = [e for e in events if "Donald Trump" in _actors(e)]
    assert orders and all(e["date"] == "2025-03-04" for e in orders), _events(text, "2025-03-06")


def test_in_parallel_act_is_not_folded_into_an_older_order():
    text = (
        "The plan carries out President Trump's January 20 executive order on federal hiring. "
        "On March 4, the White House released its new cyber strategy. "
        "In parallel, President Trump signed two executive orders telling agencies to "
        "follow it."
    )
    events = _of_type(text, "policy", published="2025-03-06")
    dates = {e["date"] for e in events if "Donald Trump" in _actors(e)}
    assert {"2025-01-20", "2025-03-04"} <= dates, _events(text, "2025-03-06")


def test_headline_retold_by_an_official_is_one_policy():
    text = (
        "Navy unveils $2 billion shipyard investment\n"
        "Navy Secretary John Phelan on Monday announced a $2 billion investment to modernize "
        "the service's four public shipyards."
    )
    events = _of_type(text, "policy", published="2025-10-15")
    assert len(events) == 1 and events[0]["date"] == "2025-10-13", _events(text, "2025-10-15")


def test_object_of_a_nested_complement_is_the_target():
    text = "President Trump on Tuesday directed every federal agency to stop using Palantir's software."
    events = _of_type(text, "policy", published="2025-05-08")
    assert any({"Donald Trump", "Palantir"} <= _actors(e) for e in events), _events(
        text, "2025-05-08"
    )


def test_opening_memo_of_a_saying_is_its_medium():
    text = (
        "In an internal memo he later posted on LinkedIn, Alex Karp said Palantir would "
        "stop bidding for the work."
    )
    assert not _of_type(text, "policy", published="2025-05-08"), _events(text, "2025-05-08")


def test_opening_memo_that_orders_stays_a_policy():
    text = "In a memo signed on Monday, Defense Secretary Pete Hegseth ordered the Army to cut its budget."
    assert _of_type(text, "policy", published="2025-05-08"), _events(text, "2025-05-08")


def test_what_a_court_blocks_takes_no_date_of_the_saying():
    text = (
        "Judge Maria Ortiz of the federal court in Boston said on Friday that she was blocking "
        "enforcement of President Donald Trump's directive telling agencies to drop "
        "Palantir's tools."
    )
    events = _events(text, "2026-03-28")
    policies = [e for e in events if e["type"] == "policy"]
    assert policies and all(e["date"] is None for e in policies), events


@pytest.mark.parametrize(
    "text",
    [
        "Palantir unveiled a new toolkit on Monday. It allows defense agencies to use "
        "Palantir's models on their own servers.",
        "Grok for Government allows federal agencies to use xAI's models on secure networks.",
    ],
)
def test_what_a_product_allows_is_no_policy(text):
    assert not _of_type(text, "policy", published="2025-05-08"), _events(text, "2025-05-08")
