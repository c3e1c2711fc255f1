"""The merge at scale: indexed clustering gives the plain algorithm's result; unchanged
mentions are not merged again."""

from __future__ import annotations

import random

from core import store
from tests.test_store_merge_export import AMO, HEG, TEXT, article, build_timeline, meeting
from timeline.merge import (
    UBIQUITOUS,
    Cluster,
    Mention,
    belongs,
    cluster_mentions,
    home_for,
    merge,
)

PEOPLE = ["a", "b", "c", "d", "e", "f", *UBIQUITOUS]
DATES = [
    (None, None),
    ("2026", "year"),
    ("2025", "year"),
    ("2026-02", "month"),
    ("2026-03", "month"),
    ("2026-W09", "week"),
    ("2026-Q1", "quarter"),
    ("2026-02-20", None),
    ("2026-02-24", "day"),
    ("2026-02-25", "day"),
    ("2026-03-01", "day"),
    ("2025-02-24", "day"),
]


def plain_clusters(mentions: list[Mention]) -> list[list[str]]:
    """The merge's rule with no index: try every cluster of the type, oldest first."""
    clusters: list[Cluster] = []
    for m in mentions:
        home = next((c for c in clusters if belongs(c, m)), None)
        if home is None:
            clusters.append(Cluster([m]))
        else:
            home.add(m)
    return [[m.id for m in c.mentions] for c in clusters]


def random_mention(rng: random.Random, i: int) -> Mention:
    date, precision = rng.choice(DATES)
    actors = rng.sample(PEOPLE, rng.choice([1, 1, 2, 2, 3]))
    return Mention(
        id=f"m{i}",
        type=rng.choice(["meeting", "meeting", "contract"]),
        date=date,
        precision=precision,
        status="occurred",
        amount=rng.choice([None, None, 1e6, 2e6]),
        confidence=0.5,
        sentence="s",
        article=f"a{i}",
        outlet="o",
        url=f"https://x.example/{i}",
        published="2026-03-01",
        fetched_at="2026-03-01T00:00:00+00:00",
        origin=rng.choice(["nlp"] * 5 + ["contracts"]),
        actors={a: (a, "participant") for a in actors},
    )


def test_indexed_clustering_equals_trying_every_cluster():
    for seed in range(40):
        rng = random.Random(seed)
        mentions = [random_mention(rng, i) for i in range(150)]
        indexed = [[m.id for m in c.mentions] for c in cluster_mentions(mentions)]
        assert indexed == plain_clusters(mentions), f"seed {seed}"


# Dates that sit next to each other (the ±1-day rule, a day and its week, month and
# quarter), across a month's end, and shapes no extractor gives but `belongs` still reads.
WIDE_DATES = [
    *DATES,
    ("2026-02-23", "day"),
    ("2026-02-28", "day"),
    ("2026-03-02", "day"),
    ("2026-W10", "week"),
    ("2026-Q2", "quarter"),
    ("2026-03", "day"),
    ("2026-02-24", "month"),
    ("2026", None),
    ("2026-02-24", "decade"),
]
PUBLISHED = ["2026-02-10", "2026-02-20", "2026-02-24", "2026-03-01", "2026-03-12", None, "soon"]


def unindexed_clusters(mentions: list[Mention]) -> list[list[str]]:
    """`home_for` over every cluster of the report's shelf (type and year) made so far,
    oldest first: the merge without an index."""
    clusters: list[Cluster] = []
    shelves: dict[tuple[str, str | None], list[Cluster]] = {}
    for m in mentions:
        shelf = shelves.setdefault(m.shelf, [])
        home = home_for(shelf, m)
        if home is None:
            home = Cluster()
            clusters.append(home)
            shelf.append(home)
        home.add(m)
    return [[m.id for m in c.mentions] for c in clusters]


def test_the_index_tries_every_cluster_that_could_take_a_report():
    """Many parties (so the same-parties keys skip the frequent one), publication days
    weeks apart (undated reports), dates a day apart and of every shape, and corrections'
    marks: the indexed merge puts every report where trying every cluster puts it."""
    people = [f"p{i}" for i in range(12)] + ["a", "a", "a", "b", "b", *UBIQUITOUS, *UBIQUITOUS]
    for seed in range(60):
        rng = random.Random(1000 + seed)
        mentions = []
        for i in range(250):
            m = random_mention(rng, i)
            m.date, m.precision = rng.choice(WIDE_DATES)
            m.type = rng.choice(["meeting", "meeting", "statement"])
            m.published = rng.choice(PUBLISHED)
            m.actors = {a: (a, "participant") for a in rng.sample(people, rng.randint(0, 5))}
            if rng.random() < 0.05:
                side = rng.choice("ab")
                m.marks = frozenset({f"{rng.choice('sm')}{rng.randrange(4)}{side}"})
            mentions.append(m)
        mentions.sort(key=lambda m: (m.published or "9999", m.id))
        indexed = [[m.id for m in c.mentions] for c in cluster_mentions(mentions)]
        assert indexed == unindexed_clusters(mentions), f"seed {seed}"


def test_a_run_with_nothing_new_skips_the_merge(db_path):
    db = build_timeline(db_path)  # merged once
    events = db.execute("SELECT count(*) FROM events").fetchone()[0]
    again = merge(db, force=False)
    assert again.skipped and again.events == events

    url = "https://late.example/e"
    store.save_article(db, article(url, TEXT + " late"))
    event = meeting(0, "2026-02-24", "day", [HEG, AMO])
    store.save_extraction(
        db, store.article_id(url), {"entities": [], "dates": [], "events": [event]}, "v1"
    )
    fresh = merge(db, force=False)
    assert not fresh.skipped and fresh.mentions == again.mentions + 1
    assert merge(db, force=False).skipped

    db.execute("UPDATE entities SET name = 'Dario A.' WHERE id = 'dario-amodei'")
    assert not merge(db, force=False).skipped  # a renamed entity changes the headlines
    assert merge(db, force=True).skipped is False
