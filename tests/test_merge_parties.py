"""Who a report names, read as parties: linked entities are one party, a statement is its
speaker's, an article's own same-day reports are one happening, and a surname is the person
its article names in full (docs/timeline.md, "The rules")."""

from __future__ import annotations

import random
import sqlite3

from core import store
from core.db import connect
from tests.test_store_merge_export import article
from tests.test_t15_merge_rules import events, report
from timeline.merge import merge

HARBOUR = ("harbour-board", "Harbour Board", "ORG")
FERRY = ("ferry-company", "Ferry Company", "ORG")
UNION = ("dockers-union", "Dockers Union", "ORG")
COUNCIL = ("city-council", "City Council", "ORG")
CHINA = ("china", "China", "GPE")
XI = ("xi-jinping", "Xi Jinping", "PERSON")
WHITE_HOUSE = ("white-house", "White House", "ORG")
ADMINISTRATION = ("trump-administration", "Trump administration", "ORG")
PRESIDENT = ("donald-trump", "Donald Trump", "PERSON")
MARA = ("mara-quint", "Mara Quint", "PERSON")
QUINT = ("quint", "Quint", "PERSON")


def said(kind, date, precision, actors, start=0, sentence="It happened.", amount=None) -> dict:
    """An event report; `actors` are (entity, role) pairs, role None for a participant."""
    return {
        "type": kind,
        "date": date,
        "precision": precision,
        "status": "occurred",
        "confidence": 0.8,
        "actors": [
            {"id": e[0], "name": e[1], "type": e[2], "role": role or "participant"}
            for e, role in actors
        ],
        "amount_usd": amount,
        "location": None,
        "sentence": sentence,
        "start": start,
        "end": start + len(sentence),
        "trigger": "said",
        "date_text": date,
    }


def plain(*entities) -> list[tuple]:
    return [(e, None) for e in entities]


def dated(db) -> list[tuple]:
    return [(e["date"], e["mentions"]) for e in events(db)]


def test_a_leader_and_the_country_he_leads_are_one_party(db_path):
    db = connect(db_path)
    report(db, 1, "Wire", "2026-05-02", said("meeting", "2026-04", "month", plain(HARBOUR, CHINA)))
    report(db, 2, "Ledger", "2026-05-03", said("meeting", "2026-04", "month", plain(HARBOUR, XI)))
    merge(db)
    assert dated(db) == [("2026-04", 2)]


def test_the_white_house_is_the_administration_in_office_on_the_day(db_path):
    db = connect(db_path)
    report(db, 1, "Wire", "2025-08-05", said("policy", "2025-08-04", "day", plain(WHITE_HOUSE)))
    report(
        db, 2, "Ledger", "2025-08-06", said("policy", "2025-08-04", "day", plain(ADMINISTRATION))
    )
    # in 2023 another administration sat in the White House
    report(db, 3, "Wire", "2023-03-02", said("policy", "2023-03-01", "day", plain(WHITE_HOUSE)))
    report(
        db, 4, "Ledger", "2023-03-02", said("policy", "2023-03-01", "day", plain(ADMINISTRATION))
    )
    merge(db)
    assert dated(db) == [("2023-03-01", 1), ("2023-03-01", 1), ("2025-08-04", 2)]


def test_a_month_spanning_an_inauguration_links_the_white_house_to_no_one():
    from timeline.merge import parties_of

    assert parties_of(("white-house",), "2025-01") == {"white-house"}
    assert parties_of(("white-house",), "2025-02") == {"trump-administration"}
    assert parties_of(("white-house",), "2025-Q1") == {"white-house"}
    assert parties_of(("white-house",), "2025-Q2") == {"trump-administration"}
    assert parties_of(("white-house",), "2021-W03") == {"white-house"}  # 18-24 January
    assert parties_of(("white-house",), "2022") == {"biden-administration"}
    assert parties_of(("donald-trump", "china"), "2019-05-01") == {"trump-administration", "china"}
    # a president out of office is only himself
    assert parties_of(("joe-biden", "donald-trump"), "2023-05") == {
        "biden-administration",
        "donald-trump",
    }


def test_the_president_in_office_is_his_administration(db_path):
    db = connect(db_path)
    report(db, 1, "Wire", "2026-06-11", said("policy", "2026-06-10", "day", plain(PRESIDENT)))
    report(
        db, 2, "Ledger", "2026-06-12", said("policy", "2026-06-10", "day", plain(ADMINISTRATION))
    )
    # out of office, he is not the administration that sat in his years
    report(db, 3, "Wire", "2023-04-05", said("policy", "2023-04-04", "day", plain(PRESIDENT)))
    report(
        db, 4, "Ledger", "2023-04-05", said("policy", "2023-04-04", "day", plain(ADMINISTRATION))
    )
    merge(db)
    assert dated(db) == [("2023-04-04", 1), ("2023-04-04", 1), ("2026-06-10", 2)]


def test_two_speakers_on_one_day_make_two_statements(db_path):
    db = connect(db_path)
    first = said("statement", "2026-05-05", "day", [(FERRY, "agent"), (HARBOUR, "target")])
    other = said("statement", "2026-05-05", "day", [(UNION, "agent"), (HARBOUR, "target")])
    again = said("statement", "2026-05-05", "day", [(FERRY, "agent"), (COUNCIL, "target")])
    report(db, 1, "Wire", "2026-05-05", first)
    report(db, 2, "Ledger", "2026-05-06", other)
    report(db, 3, "Circuit", "2026-05-06", again)  # the ferry company again, other listeners
    merge(db)
    assert sorted(e["mentions"] for e in events(db)) == [1, 2]


def test_an_article_giving_one_type_and_one_day_twice_tells_of_one_happening(db_path):
    db = connect(db_path)
    report(
        db,
        1,
        "Wire",
        "2026-07-08",
        said("statement", "2026-07-07", "day", plain(COUNCIL), 0, "The council spoke Tuesday."),
        said("statement", "2026-07-07", "day", plain(UNION), 100, "A union was formed, it said."),
        # amounts that disagree still keep two contracts of one day apart
        said("contract", "2026-07-07", "day", plain(FERRY), 200, "One deal.", 5_000_000),
        said("contract", "2026-07-07", "day", plain(HARBOUR), 300, "Another deal.", 9_000_000),
    )
    merge(db)
    assert sorted((e["type"], e["mentions"]) for e in events(db)) == [
        ("contract", 1),
        ("contract", 1),
        ("statement", 2),
    ]


def test_a_surname_is_the_person_its_article_names_in_full(db_path):
    db = connect(db_path)
    report(
        db,
        1,
        "Wire",
        "2026-08-03",
        said("statement", None, None, plain(QUINT, COUNCIL), 0, "Quint faults the council."),
        said("statement", None, None, plain(MARA, COUNCIL, UNION), 100, "Mara Quint spoke."),
    )
    # another article's lone "Quint" is not read as Mara Quint
    report(db, 2, "Ledger", "2026-08-04", said("statement", None, None, plain(QUINT, UNION)))
    merge(db)
    assert sorted(e["mentions"] for e in events(db)) == [1, 2]


# ---------------------------------------------------------------------- incremental
PARTIES = [HARBOUR, FERRY, CHINA, XI, WHITE_HOUSE, ADMINISTRATION, PRESIDENT, MARA, QUINT]
DATES = [(None, None), ("2025", "year"), ("2025-01", "month"), ("2025-02", "month")]
DATES += [("2025-01-20", "day"), ("2025-01-21", "day"), ("2025-01-19", "day")]
DAYS = ["2025-01-10", "2025-01-19", "2025-01-21", "2025-02-02", None]


def random_extraction(parties, dates, kinds, counts=(1, 1, 2, 3), sums=(None,)):
    """An extraction made of random reports (each of a few of `parties`, a date of
    `dates`, a type of `kinds`, an amount of `sums`): for `assert_incremental_equals_rebuild`.
    A party listed twice is drawn more often, and named once."""

    def extraction(rng: random.Random, n: int) -> dict:
        reports = []
        for i in range(n):
            date, precision = rng.choice(dates)
            drawn = rng.sample(parties, rng.choice(counts))
            chosen = list({p[0]: p for p in drawn}.values())
            roles = [(e, rng.choice(["agent", "target", None])) for e in chosen]
            amount = rng.choice(sums)
            kind = rng.choice(kinds)
            reports.append(said(kind, date, precision, roles, i * 40, f"Report {i}.", amount))
        return {"entities": [], "dates": [], "events": reports}

    return extraction


def _snapshot(db) -> list[list[tuple]]:
    return [
        [tuple(r) for r in db.execute(sql).fetchall()]
        for sql in (
            "SELECT * FROM events ORDER BY id",
            "SELECT * FROM event_clusters ORDER BY event_id",
            "SELECT * FROM event_cluster_actors ORDER BY event_id, entity_id",
            "SELECT id, event_id FROM event_mentions ORDER BY id",
        )
    ]


def assert_incremental_equals_rebuild(
    tmp_path, extraction, days: list, *, seeds: int, steps: int, after=None
) -> None:
    """Random articles and re-extractions merged step by step: after each step the
    incremental merge's timeline is exactly a full rebuild's (`after` checks more)."""
    for seed in range(seeds):
        rng = random.Random(seed)
        db_path = tmp_path / f"inc{seed}.db"
        db = connect(db_path)
        urls: list[str] = []
        for step in range(steps):
            for _ in range(rng.randint(1, 3)):
                url = f"https://news.example/{seed}/{len(urls)}"
                urls.append(url)
                store.save_article(
                    db, article(url, f"Text {url}. " * 30, published=rng.choice(days))
                )
                store.save_extraction(db, store.article_id(url), extraction(rng, 4), "t")
            if step and rng.random() < 0.5:  # re-extraction: other reports, other people
                url = rng.choice(urls)
                store.save_extraction(db, store.article_id(url), extraction(rng, 3), "t2")
            report = merge(db)
            assert step == 0 or report.reclustered is not None
            copy = tmp_path / f"full{seed}-{step}.db"
            with sqlite3.connect(db_path) as source, sqlite3.connect(copy) as target:
                source.backup(target)
            full = connect(copy)
            merge(full, full=True)
            assert _snapshot(db) == _snapshot(full), f"seed {seed}, step {step}"
            if after is not None:
                after(db)


def test_incremental_merges_with_linked_parties_equal_a_rebuild(tmp_path):
    def leaders_filed_as_their_country(db) -> None:
        filed = {r[0] for r in db.execute("SELECT entity_id FROM event_cluster_actors")}
        assert XI[0] not in filed

    extraction = random_extraction(
        PARTIES, DATES, ["statement", "statement", "policy"], sums=(None, None, 1_000_000)
    )
    assert_incremental_equals_rebuild(
        tmp_path, extraction, DAYS, seeds=12, steps=6, after=leaders_filed_as_their_country
    )


def test_events_saved_under_older_rules_are_rebuilt(db_path):
    db = connect(db_path)
    report(db, 1, "Wire", "2026-05-05", said("policy", "2026-05-04", "day", plain(PRESIDENT)))
    merge(db)
    db.execute("UPDATE event_clusters SET state = json_remove(state, '$.rules', '$.agents')")
    db.conn.commit()
    report(
        db, 2, "Ledger", "2026-05-06", said("policy", "2026-05-04", "day", plain(ADMINISTRATION))
    )
    assert merge(db).reclustered is None  # a full rebuild
    assert dated(db) == [("2026-05-04", 2)]


def test_awards_to_different_companies_are_two_contracts(db_path):
    db = connect(db_path)
    board = {"id": HARBOUR[0], "name": HARBOUR[1], "type": "ORG", "tags": ["government"]}
    store.sync_gazetteer(db, [board])
    ferry = [(HARBOUR, "agent"), (FERRY, "target")]
    union = [(HARBOUR, "agent"), (UNION, "target")]
    report(
        db,
        1,
        "Wire",
        "2026-07-08",
        said("contract", "2026-07-07", "day", ferry, 0, "The board awarded the ferry company."),
        said("contract", "2026-07-07", "day", union, 100, "The union won a contract too."),
    )
    report(db, 2, "Ledger", "2026-07-09", said("contract", "2026-07-07", "day", ferry))
    merge(db)
    # the board names no company: it is the awarding body of both, not a company
    assert sorted(e["mentions"] for e in events(db)) == [1, 2]


def test_a_budget_told_by_its_total_and_by_its_base_on_its_day_is_one_request(db_path):
    db = connect(db_path)
    total = said("funding", "2026-06-26", "day", plain(HARBOUR), amount=961_600_000_000)
    base = said("funding", "2026-06-26", "day", plain(HARBOUR), amount=848_300_000_000)
    report(db, 1, "Wire", "2026-06-27", total)
    report(db, 2, "Ledger", "2026-06-27", base)
    # other parties on the same day, another sum: another request
    report(
        db,
        3,
        "Circuit",
        "2026-06-27",
        said("funding", "2026-06-26", "day", plain(FERRY), amount=5e6),
    )
    merge(db)
    assert sorted(e["mentions"] for e in events(db)) == [1, 2]
