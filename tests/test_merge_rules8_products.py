"""RULES 8: a timeline row never lists a product among its actors (annotation.md: products
are never actors; their maker is). A reader of the demo found "Grok", "GenAI.mil" and
"ChatGPT" in the actors of partnerships and launches. The product stays in `event_actors`,
so its entity page still finds the event, and a launch's headline still names what was
launched."""

from __future__ import annotations

import json

from core.db import connect
from tests.test_merge_parties import plain, said
from tests.test_t15_merge_rules import events, report
from timeline.merge import RULES, merge

MAKER = ("harbour-labs", "Harbour Labs", "ORG")
MODEL = ("tidewater-model", "Tidewater Model", "PRODUCT")
AGENCY = ("coast-agency", "Coast Agency", "ORG")


def test_a_partnership_row_names_the_maker_not_its_product(db_path):
    db = connect(db_path)
    actors = [(AGENCY, "agent"), (MODEL, "counterpart"), (MAKER, "counterpart")]
    report(db, 1, "Wire", "2026-05-07", said("partnership", "2026-05-06", "day", actors))
    merge(db)
    [row] = events(db)
    assert row["actors"] == "Coast Agency; Harbour Labs"
    assert [ent for ent, _ in json.loads(row["actor_list"])] == ["coast-agency", "harbour-labs"]
    assert "Tidewater" not in row["headline"]
    linked = {r["entity_id"] for r in db.query("SELECT entity_id FROM event_actors")}
    assert linked == {"coast-agency", "harbour-labs", "tidewater-model"}


def test_a_launch_headline_still_says_what_was_launched(db_path):
    db = connect(db_path)
    actors = [(MAKER, "agent"), (MODEL, "counterpart")]
    report(db, 1, "Wire", "2026-05-07", said("launch", "2026-05-06", "day", actors))
    merge(db)
    [row] = events(db)
    assert row["headline"] == "Harbour Labs launches Tidewater Model"
    assert row["actors"] == "Harbour Labs"


def test_a_row_with_only_a_product_keeps_it_rather_than_no_one(db_path):
    db = connect(db_path)
    report(db, 1, "Wire", "2026-05-07", said("launch", "2026-05-06", "day", plain(MODEL)))
    merge(db)
    assert [row["actors"] for row in events(db)] == ["Tidewater Model"]


def test_the_rules_version_says_the_rows_changed():
    assert RULES >= 8  # saved timelines rebuild once (timeline.incremental)
