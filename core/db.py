"""The SQLite schema, created and migrated by code so every database converges to one shape."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from core.errors import DatabaseError

migrations = Migrations("tracker")


@migrations()
def m001_core(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE sources (
            name TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            url TEXT NOT NULL,
            outlet TEXT,
            tags TEXT NOT NULL DEFAULT '[]',
            enabled INTEGER NOT NULL DEFAULT 1,
            local INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            canonical_url TEXT NOT NULL,
            source TEXT,
            outlet TEXT,
            domain TEXT,
            title TEXT,
            author TEXT,
            published TEXT,
            published_source TEXT,
            fetched_at TEXT NOT NULL,
            language TEXT,
            text TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'news',
            content_hash TEXT NOT NULL,
            flags TEXT NOT NULL DEFAULT '[]',
            extractor_version TEXT,
            extracted_at TEXT,
            extract_error TEXT
        );
        CREATE INDEX idx_articles_published ON articles(published);
        CREATE INDEX idx_articles_content_hash ON articles(content_hash);
        CREATE INDEX idx_articles_extractor ON articles(extractor_version);
        CREATE INDEX idx_articles_outlet ON articles(outlet);
        CREATE TABLE pages (
            url TEXT PRIMARY KEY,
            status TEXT NOT NULL CHECK (status IN ('stored', 'copy', 'skipped', 'failed')),
            reason TEXT,
            article_id TEXT REFERENCES articles(id) ON DELETE SET NULL,
            source TEXT,
            outlet TEXT,
            fetched_at TEXT NOT NULL
        );
        CREATE INDEX idx_pages_article ON pages(article_id);
        CREATE INDEX idx_pages_status ON pages(status);
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            aliases TEXT NOT NULL DEFAULT '[]',
            tags TEXT NOT NULL DEFAULT '[]',
            wikidata TEXT,
            in_gazetteer INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX idx_entities_type ON entities(type);
        CREATE TABLE article_entities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL REFERENCES entities(id),
            count INTEGER NOT NULL,
            first_start INTEGER,
            PRIMARY KEY (article_id, entity_id)
        );
        CREATE INDEX idx_article_entities_entity ON article_entities(entity_id);
        CREATE TABLE date_mentions (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            value TEXT,
            precision TEXT,
            PRIMARY KEY (article_id, start)
        );
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            date TEXT,
            precision TEXT,
            status TEXT,
            headline TEXT NOT NULL,
            actors TEXT,
            actor_list TEXT NOT NULL DEFAULT '[]',
            amount_usd REAL,
            location TEXT,
            outlets INTEGER NOT NULL,
            mentions INTEGER NOT NULL,
            first_reported_at TEXT,
            first_outlet TEXT,
            first_url TEXT,
            first_seen_at TEXT,
            source_urls TEXT,
            evidence TEXT,
            other_dates TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX idx_events_date ON events(date);
        CREATE INDEX idx_events_type_date ON events(type, date);
        CREATE TABLE event_mentions (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            event_id TEXT REFERENCES events(id) ON DELETE SET NULL,
            type TEXT NOT NULL,
            date TEXT,
            precision TEXT,
            date_text TEXT,
            status TEXT,
            confidence REAL,
            amount_usd REAL,
            location TEXT,
            sentence TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            trigger TEXT,
            origin TEXT NOT NULL DEFAULT 'nlp',
            extractor_version TEXT NOT NULL
        );
        CREATE INDEX idx_event_mentions_article ON event_mentions(article_id);
        CREATE INDEX idx_event_mentions_event ON event_mentions(event_id);
        CREATE TABLE event_mention_actors (
            mention_id TEXT NOT NULL REFERENCES event_mentions(id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL REFERENCES entities(id),
            role TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (mention_id, entity_id, role)
        );
        CREATE INDEX idx_event_mention_actors_entity ON event_mention_actors(entity_id);
        CREATE TABLE event_actors (
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL REFERENCES entities(id),
            role TEXT NOT NULL,
            date TEXT,
            PRIMARY KEY (event_id, entity_id)
        );
        CREATE INDEX idx_event_actors_entity ON event_actors(entity_id, date, event_id);
        CREATE TABLE crawl_runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            command TEXT NOT NULL,
            started TEXT NOT NULL,
            finished TEXT,
            status TEXT NOT NULL,
            pages INTEGER NOT NULL DEFAULT 0,
            new INTEGER NOT NULL DEFAULT 0,
            duplicate INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            extracted INTEGER NOT NULL DEFAULT 0,
            stats TEXT NOT NULL DEFAULT '{}',
            code_version TEXT,
            extractor_version TEXT
        );
        """
    )
    db["articles"].enable_fts(["title", "text"], create_triggers=True, tokenize="porter")
    db["events"].enable_fts(["headline", "evidence"], create_triggers=True, tokenize="porter")


@migrations()
def m002_views(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE VIEW timeline AS
        SELECT e.date, e.precision, substr(e.date, 1, 7) AS month, e.type, e.status, e.headline,
               e.actors, e.amount_usd, e.outlets, e.first_outlet, e.first_reported_at,
               e.first_url AS source_url, e.source_urls, e.evidence, e.location, e.other_dates,
               e.id AS event_id
        FROM events e
        WHERE e.date IS NOT NULL;

        CREATE VIEW undated_facts AS
        SELECT e.type, e.status, e.headline, e.actors, e.amount_usd, e.outlets,
               e.first_reported_at, e.first_url AS source_url, e.evidence, e.id AS event_id
        FROM events e
        WHERE e.date IS NULL;

        CREATE VIEW entity_timeline AS
        SELECT ea.entity_id, en.name AS entity, ea.role, e.date, e.precision, e.type,
               e.status, e.headline, e.actors, e.amount_usd, e.outlets,
               e.first_url AS source_url, e.evidence, e.id AS event_id
        FROM event_actors ea
        JOIN entities en ON en.id = ea.entity_id
        JOIN events e ON e.id = ea.event_id;
        """
    )


def stable_id(*parts: object, length: int = 16) -> str:
    """A short, deterministic id, so re-running any stage rewrites rows instead of adding them."""
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode())
    return digest.hexdigest()[:length]


def connect(path: Path | str, *, readonly: bool = False) -> sqlite_utils.Database:
    """Open (and migrate) the tracker database with WAL and foreign keys on."""
    path = Path(path)
    try:
        if readonly:
            if not path.exists():
                raise DatabaseError(f"database {path} does not exist; run `tracker run` first")
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
            db = sqlite_utils.Database(conn)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=30)
            db = sqlite_utils.Database(conn)
            if db.journal_mode != "wal":
                db.enable_wal()
            db.execute("PRAGMA synchronous = NORMAL")
            migrations.apply(db)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA busy_timeout = 30000")
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot open database {path}: {exc}") from exc
    except OSError as exc:
        raise DatabaseError(f"cannot open database {path}: {exc.strerror}") from exc
    return db


@migrations()
def m005_source_health(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE source_runs (
            run_id INTEGER NOT NULL REFERENCES crawl_runs(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            links INTEGER NOT NULL DEFAULT 0,
            new INTEGER NOT NULL DEFAULT 0,
            duplicate INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            ok INTEGER NOT NULL,
            PRIMARY KEY (run_id, source)
        );
        CREATE INDEX idx_source_runs_source ON source_runs(source, run_id);
        CREATE VIEW source_health AS
        SELECT s.name AS source, s.kind, s.outlet, s.enabled,
               (SELECT max(r.finished) FROM source_runs sr JOIN crawl_runs r ON r.id = sr.run_id
                 WHERE sr.source = s.name AND sr.ok = 1) AS last_success,
               (SELECT count(*) FROM source_runs sr WHERE sr.source = s.name AND sr.ok = 0
                 AND sr.run_id > coalesce((SELECT max(run_id) FROM source_runs
                                           WHERE source = s.name AND ok = 1), 0))
                 AS consecutive_failures,
               (SELECT sr.links FROM source_runs sr WHERE sr.source = s.name
                 ORDER BY sr.run_id DESC LIMIT 1) AS last_links,
               (SELECT count(*) FROM articles a WHERE a.source = s.name) AS articles
        FROM sources s
        ORDER BY consecutive_failures DESC, s.name;
        """
    )


@migrations()
def m003_contracts(db: sqlite_utils.Database) -> None:
    """DoD contract announcements, one row per awardee of each award (see tracker/contracts.py)."""
    db.executescript(
        """
        CREATE TABLE contracts (
            id TEXT PRIMARY KEY,
            award_id TEXT NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            paragraph_index INTEGER NOT NULL,
            awardee_index INTEGER NOT NULL DEFAULT 0,
            awardees INTEGER NOT NULL DEFAULT 1,
            announcement_date TEXT,
            agency TEXT,
            awardee TEXT NOT NULL,
            company TEXT NOT NULL,
            company_id TEXT REFERENCES entities(id),
            company_unit TEXT,
            location TEXT,
            amount_usd REAL,
            amount_kind TEXT,
            ceiling_usd REAL,
            obligated_usd REAL,
            contract_numbers TEXT NOT NULL DEFAULT '[]',
            contract_type TEXT,
            purpose TEXT,
            places TEXT NOT NULL DEFAULT '[]',
            completion_date TEXT,
            contracting_activity TEXT,
            activity_contract_number TEXT,
            small_business INTEGER NOT NULL DEFAULT 0,
            flags TEXT NOT NULL DEFAULT '[]',
            paragraph TEXT NOT NULL
        );
        CREATE INDEX idx_contracts_article ON contracts(article_id);
        CREATE INDEX idx_contracts_award ON contracts(award_id);
        CREATE INDEX idx_contracts_amount ON contracts(amount_usd DESC);
        CREATE INDEX idx_contracts_company ON contracts(company_id, announcement_date);
        CREATE INDEX idx_contracts_agency ON contracts(agency, announcement_date);
        CREATE INDEX idx_contracts_date ON contracts(announcement_date);
        CREATE INDEX idx_contracts_type ON contracts(contract_type);
        """
    )


@migrations()
def m006_crawl_state(db: sqlite_utils.Database) -> None:
    """Conditional-GET validators per feed, and MinHash signatures for near-duplicate grouping."""
    db.executescript(
        """
        CREATE TABLE feed_state (
            url TEXT PRIMARY KEY,
            source TEXT,
            etag TEXT,
            last_modified TEXT,
            last_status INTEGER,
            checked_at TEXT NOT NULL
        );
        CREATE TABLE article_signatures (
            article_id TEXT PRIMARY KEY,
            signature BLOB NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX idx_article_signatures_created ON article_signatures(created_at);
        """
    )


@migrations()
def m007_merge_state(db: sqlite_utils.Database) -> None:
    """Whether the timeline is behind its mentions, kept by triggers so no writer can forget.

    Rebuilding the timeline reads every mention; an hourly run that found nothing new
    skips it when `pending` is 0. Any change to what `timeline.merge` reads sets it.
    """
    watched = {
        "event_mentions": "type, date, precision, status, confidence, amount_usd, sentence, "
        "article_id, origin, start",
        "event_mention_actors": "mention_id, entity_id, role, position",
        "articles": "outlet, url, published, fetched_at",
        "entities": "name",
    }
    statements = [
        "CREATE TABLE merge_state (id INTEGER PRIMARY KEY CHECK (id = 1), pending INTEGER NOT NULL);",
        "INSERT INTO merge_state (id, pending) VALUES (1, 1);",
    ]
    flag = "BEGIN UPDATE merge_state SET pending = 1 WHERE pending = 0; END;"
    for table, columns in watched.items():
        statements += [
            f"CREATE TRIGGER {table}_merge_insert AFTER INSERT ON {table} {flag}",
            f"CREATE TRIGGER {table}_merge_delete AFTER DELETE ON {table} {flag}",
            f"CREATE TRIGGER {table}_merge_update AFTER UPDATE OF {columns} ON {table} {flag}",
        ]
    db.executescript("\n".join(statements))


@migrations()
def m008_fts_update_of_indexed_columns(db: sqlite_utils.Database) -> None:
    """Re-index a row's full text only when its indexed columns change.

    sqlite-utils' update trigger fires on any UPDATE, so stamping an article as extracted
    (or seen again by the crawler) re-tokenised its whole text: 1.6 ms an article instead
    of 0.4, in the process that also collects the extraction workers' results.
    """
    for table, columns in (("articles", ("title", "text")), ("events", ("headline", "evidence"))):
        names = ", ".join(f'"{c}"' for c in columns)
        old = ", ".join(f'old."{c}"' for c in columns)
        new = ", ".join(f'new."{c}"' for c in columns)
        db.executescript(
            f"""
            DROP TRIGGER IF EXISTS "{table}_au";
            CREATE TRIGGER "{table}_au" AFTER UPDATE OF {", ".join(columns)} ON "{table}" BEGIN
              INSERT INTO "{table}_fts" ("{table}_fts", rowid, {names})
                VALUES('delete', old.rowid, {old});
              INSERT INTO "{table}_fts" (rowid, {names}) VALUES (new.rowid, {new});
            END;
            """  # noqa: S608 - fixed table and column names
        )
