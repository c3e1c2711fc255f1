"""The SQLite schema, created and migrated by code so every database converges to one shape."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from core.errors import DatabaseError
from core.names import register_name_functions

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


class TrackerDatabase(sqlite_utils.Database):
    """sqlite-utils' Database whose transactions take the write lock when they begin.

    A deferred transaction that reads, then writes (every `save_article`) cannot wait for
    another writer in WAL mode: its snapshot is stale, so SQLite fails it at once with
    "database is locked" despite the busy timeout. `BEGIN IMMEDIATE` waits up to the busy
    timeout for the other writer instead, so two imports, or a crawl beside a run, both finish.
    """

    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        if self.conn.in_transaction:  # nested: sqlite-utils' savepoint
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise


def read_only_reason(path: Path | str) -> str | None:
    """Why the database at `path` cannot be written, or None: the file itself, or the folder
    SQLite must create its -wal and -shm files in (os.access sees read-only mounts too)."""
    path = Path(path)
    if path.exists() and not os.access(path, os.W_OK):
        return f"database {path} is read-only"
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        return f"folder {folder} is read-only (SQLite writes its journal beside {path.name})"
    return None


def check_writable(path: Path | str) -> None:
    """Raise DatabaseError before any work when the database cannot be written."""
    reason = read_only_reason(path)
    if reason is not None:
        raise DatabaseError(f"cannot write: {reason}")


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection, even where SQLite cannot create the -shm a WAL reader needs:
    in a read-only file or folder nobody can be writing, so it is opened as immutable."""
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=30)
    if read_only_reason(path) is None:
        return conn
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, timeout=30)


def _file_in_path(path: Path) -> Path | None:
    """The file that stands where a folder of `path` should be (`junk.db/x.db`), if any."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return None if folder.is_dir() else folder


def connect(
    path: Path | str, *, readonly: bool = False, create: bool = True
) -> sqlite_utils.Database:
    """Open (and migrate) the tracker database with WAL and foreign keys on.

    Only the commands that bring data in (crawl, run, import, demo) create a new database;
    the others pass `create=False`, so a mistyped `--db` is an error, not an empty file.
    Connections get the SQL functions entity lookups compare names with (core/names.py)."""
    path = Path(path)
    try:
        blocker = _file_in_path(path)
        if blocker is not None:
            raise DatabaseError(f"cannot open database {path}: {blocker} is a file, not a folder")
        if (readonly or not create) and not path.exists():
            raise DatabaseError(f"database {path} does not exist; run `tracker run` first")
        if readonly:
            db = sqlite_utils.Database(open_read_only(path))
        else:
            check_writable(path)
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=30)
            db = TrackerDatabase(conn)
            _when_unlocked(lambda: _enable_wal(db))
            db.execute("PRAGMA synchronous = NORMAL")
            _when_unlocked(lambda: _migrate(db))
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA busy_timeout = 30000")
        register_name_functions(db.conn)
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot open database {path}: {exc}") from exc
    except OSError as exc:
        raise DatabaseError(f"cannot open database {path}: {exc.strerror}") from exc
    return db


def _enable_wal(db: TrackerDatabase) -> None:
    if db.journal_mode != "wal":
        db.enable_wal()


def _when_unlocked(step: Callable[[], None], wait: float = 30.0) -> None:
    """Run one step of opening a new file, again while another process holds it. Two
    processes opening the same new file at once can both hold a shared lock and both want
    the exclusive one (to switch to WAL, to migrate): SQLite then fails one of them at once
    with "database is locked" instead of waiting, as waiting would deadlock."""
    deadline = time.monotonic() + wait
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _migrate(db: TrackerDatabase) -> None:
    """Apply pending migrations under the write lock, so two processes opening a new file
    at once do not both create its tables: the second waits, then finds nothing pending."""
    if not migrations.pending(db):
        return
    with db.atomic():
        migrations.apply(db)


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
        _fts_update_trigger(db, table, columns)


def _fts_update_trigger(db: sqlite_utils.Database, table: str, columns: tuple[str, ...]) -> None:
    """The update trigger of `table`'s full-text index, firing on its indexed columns only."""
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


# The order the merge reads mentions in, as one string that sorts the same way:
# publication day (undated articles last), article, position in the article, id.
MENTION_KEY_SQL = (
    "coalesce({a}.published, '9999') || char(31) || {m}.article_id || char(31) || "
    "printf('%010d', {m}.start) || char(31) || {m}.id"
)


@migrations()
def m009_incremental_merge(db: sqlite_utils.Database) -> None:
    """What an incremental merge needs: each event's clustering state, and what changed.

    `event_clusters` keeps, per timeline event, what deciding whether a new report joins it
    needs (its anchor's place in the merge order, best-date counts, amounts), so a run
    re-clusters only the reports at or after the earliest change of each type and year.
    `merge_dirty` is filled by triggers: 'cluster' rows for changes that can move a report
    to another event (with the sort key of the change), 'row' rows for changes that only
    alter an event's text (an outlet, a fetch time, an entity's name), 'full' when a full
    rebuild is needed (this migration: no state exists yet).
    """
    new_key, old_key = (
        MENTION_KEY_SQL.format(a="a", m="NEW"),
        MENTION_KEY_SQL.format(a="a", m="OLD"),
    )
    key_new = f"(SELECT {new_key} FROM articles a WHERE a.id = NEW.article_id)"  # noqa: S608
    # a report whose article is already gone (cascade) re-clusters its type and year whole
    key_old = f"coalesce((SELECT {old_key} FROM articles a WHERE a.id = OLD.article_id), '')"  # noqa: S608
    dirty = "INSERT INTO merge_dirty (kind, type, year, key, event_id)"
    cluster_columns = "type, date, precision, amount_usd, article_id, origin, start"
    row_columns = "status, confidence, sentence"

    def changed(columns: str) -> str:
        return " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns.split(", "))

    m_key = MENTION_KEY_SQL.format(a="a", m="m")
    by_mention = (
        f"SELECT 'cluster', m.type, substr(m.date, 1, 4), {m_key}, m.event_id "  # noqa: S608
        "FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.id = {x}.mention_id"
    )
    db.executescript(
        f"""
        CREATE TABLE event_clusters (
            event_id TEXT PRIMARY KEY,
            merge_key TEXT NOT NULL,
            type TEXT NOT NULL,
            year TEXT,
            month TEXT,
            anchor_key TEXT NOT NULL,
            anchor_id TEXT NOT NULL,
            only_ubiquitous INTEGER NOT NULL,
            state TEXT NOT NULL
        );
        CREATE INDEX idx_event_clusters_shelf ON event_clusters(type, year, month);
        CREATE INDEX idx_event_clusters_merge_key ON event_clusters(merge_key);
        CREATE TABLE merge_dirty (
            kind TEXT NOT NULL,
            type TEXT,
            year TEXT,
            key TEXT,
            event_id TEXT
        );
        INSERT INTO merge_dirty (kind) VALUES ('full');
        UPDATE merge_state SET pending = 1;
        CREATE TRIGGER event_mentions_dirty_insert AFTER INSERT ON event_mentions BEGIN
          {dirty} VALUES ('cluster', NEW.type, substr(NEW.date, 1, 4), {key_new}, NULL);
        END;
        CREATE TRIGGER event_mentions_dirty_delete AFTER DELETE ON event_mentions BEGIN
          {dirty} VALUES ('cluster', OLD.type, substr(OLD.date, 1, 4), {key_old}, OLD.event_id);
        END;
        CREATE TRIGGER event_mentions_dirty_update AFTER UPDATE OF {cluster_columns}
        ON event_mentions WHEN {changed(cluster_columns)} BEGIN
          {dirty} VALUES ('cluster', OLD.type, substr(OLD.date, 1, 4), {key_old}, OLD.event_id);
          {dirty} VALUES ('cluster', NEW.type, substr(NEW.date, 1, 4), {key_new}, NULL);
        END;
        CREATE TRIGGER event_mentions_dirty_row AFTER UPDATE OF {row_columns}
        ON event_mentions WHEN {changed(row_columns)} BEGIN
          {dirty} VALUES ('row', NULL, NULL, NULL, NEW.event_id);
        END;
        CREATE TRIGGER event_mention_actors_dirty_insert AFTER INSERT ON event_mention_actors
        BEGIN {dirty} {by_mention.format(x="NEW")}; END;
        CREATE TRIGGER event_mention_actors_dirty_delete AFTER DELETE ON event_mention_actors
        BEGIN {dirty} {by_mention.format(x="OLD")}; END;
        CREATE TRIGGER event_mention_actors_dirty_update AFTER UPDATE ON event_mention_actors
        BEGIN {dirty} {by_mention.format(x="OLD")}; {dirty} {by_mention.format(x="NEW")}; END;
        CREATE TRIGGER articles_dirty_published AFTER UPDATE OF published ON articles
        WHEN OLD.published IS NOT NEW.published BEGIN
          {dirty} SELECT 'cluster', m.type, substr(m.date, 1, 4),
            {MENTION_KEY_SQL.format(a="OLD", m="m")}, m.event_id
            FROM event_mentions m WHERE m.article_id = OLD.id;
          {dirty} SELECT 'cluster', m.type, substr(m.date, 1, 4),
            {MENTION_KEY_SQL.format(a="NEW", m="m")}, m.event_id
            FROM event_mentions m WHERE m.article_id = NEW.id;
        END;
        CREATE TRIGGER articles_dirty_row AFTER UPDATE OF outlet, url, fetched_at ON articles
        WHEN {changed("outlet, url, fetched_at")} BEGIN
          {dirty} SELECT 'row', NULL, NULL, NULL, m.event_id
            FROM event_mentions m WHERE m.article_id = NEW.id AND m.event_id IS NOT NULL;
        END;
        CREATE TRIGGER entities_dirty_row AFTER UPDATE OF name ON entities
        WHEN OLD.name IS NOT NEW.name BEGIN
          {dirty} SELECT 'row', NULL, NULL, NULL, event_id FROM event_actors
            WHERE entity_id = NEW.id;
        END;
        """  # noqa: S608 - fixed table and column names
    )


@migrations()
def m010_near_duplicate_bands(db: sqlite_utils.Database) -> None:
    """What an hourly run reads, by index, so it costs what it adds: the LSH bands of each
    stored signature (a crawl looked up its near-duplicate candidates by loading every
    recent signature, a quarter of a million in the 90-day window of a year of news), and
    articles by source (the status page counts them)."""
    db.executescript(
        """
        CREATE TABLE article_lsh (
            band INTEGER NOT NULL,
            hash INTEGER NOT NULL,
            article_id TEXT NOT NULL
        );
        CREATE INDEX idx_article_lsh_band ON article_lsh(band, hash);
        CREATE INDEX idx_article_lsh_article ON article_lsh(article_id);
        -- source_health counts each source's articles: by index, not a scan per source
        CREATE INDEX IF NOT EXISTS idx_articles_source ON articles(source);
        """
    )


# Dates as ranges. A date is stored as text at its precision: YYYY-MM-DD, YYYY-Www (ISO
# week), YYYY-MM, YYYY-Qn, YYYY or 1950s; its range is the first and last day it covers.
_D = "[0-9]"
_YEAR = _D * 4
_DAY_GLOB = f"{_YEAR}-{_D}{_D}-{_D}{_D}"


def _date_cases(d: str, p: str) -> list[tuple[str, str, str, str]]:
    """(condition, kind, first day, last day) per shape of `d`, precision `p` first: a day
    value at week precision is its ISO week, any value at year precision its whole year."""
    week_monday = (
        f"date(substr({d}, 1, 4) || '-01-04', '-' || ((strftime('%w', substr({d}, 1, 4) "
        f"|| '-01-04') + 6) % 7) || ' days', '+' || ((substr({d}, 7, 2) - 1) * 7) || ' days')"
    )
    return [
        (
            f"{p} = 'year' AND {d} GLOB '{_YEAR}*'",
            "year",
            f"substr({d}, 1, 4) || '-01-01'",
            f"substr({d}, 1, 4) || '-12-31'",
        ),
        (
            f"{p} = 'month' AND {d} GLOB '{_YEAR}-{_D}{_D}*'",
            "month",
            f"date(substr({d}, 1, 7) || '-01')",
            "date(date_start, '+1 month', '-1 day')",
        ),
        (
            f"{p} = 'week' AND {d} GLOB '{_DAY_GLOB}'",
            "week",
            f"date({d}, '-' || ((strftime('%w', {d}) + 6) % 7) || ' days')",
            "date(date_start, '+6 days')",
        ),
        (f"{d} GLOB '{_DAY_GLOB}'", "day", f"date({d})", "date_start"),
        (f"{d} GLOB '{_YEAR}-W{_D}{_D}'", "week", week_monday, "date(date_start, '+6 days')"),
        (
            f"{d} GLOB '{_YEAR}-Q[1-4]'",
            "quarter",
            f"date(substr({d}, 1, 4) || '-' || printf('%02d', substr({d}, 7, 1) * 3 - 2) || '-01')",
            "date(date_start, '+3 months', '-1 day')",
        ),
        (
            f"{d} GLOB '{_YEAR}-{_D}{_D}'",
            "month",
            f"date({d} || '-01')",
            "date(date_start, '+1 month', '-1 day')",
        ),
        (f"{d} GLOB '{_YEAR}'", "year", f"{d} || '-01-01'", f"{d} || '-12-31'"),
        (
            f"{d} GLOB '{_D}{_D}{_D}0s'",
            "decade",
            f"substr({d}, 1, 4) || '-01-01'",
            f"substr({d}, 1, 3) || '9-12-31'",
        ),
    ]


_MONTHS = "January  February March    April    May      June     July     August   SeptemberOctober  November December "
_DAY_SHOWN = (
    "(substr(date_start, 9, 2) + 0) || ' ' || substr('JanFebMarAprMayJunJulAugSepOctNovDec', "
    "substr(date_start, 6, 2) * 3 - 2, 3) || ' ' || substr(date_start, 1, 4)"
)
_SHOWN = {  # how a reader sees each kind: never an ISO week code
    "day": _DAY_SHOWN,
    "week": f"'week of ' || {_DAY_SHOWN}",
    "month": f"rtrim(substr('{_MONTHS}', substr(date_start, 6, 2) * 9 - 8, 9)) "
    "|| ' ' || substr(date_start, 1, 4)",
    "quarter": "'Q' || ((substr(date_start, 6, 2) + 2) / 3) || ' ' || substr(date_start, 1, 4)",
    "year": "substr(date_start, 1, 4)",
    "decade": "substr(date_start, 1, 4) || 's'",
}


def date_range_columns(d: str = "date", p: str = "precision") -> dict[str, str]:
    """SQL for date_start, date_end (ISO days, inclusive) and date_display of a date column
    `d` at precision `p` (NULL where only the shape of the value tells)."""
    cases = _date_cases(d, p)
    start = " ".join(f"WHEN {c} THEN {s}" for c, _, s, _ in cases)
    end = " ".join(f"WHEN {c} THEN {e}" for c, _, _, e in cases)
    shown = " ".join(f"WHEN {c} THEN {_SHOWN[k]}" for c, k, _, _ in cases)
    return {
        "date_start": f"CASE {start} END",
        "date_end": f"CASE WHEN date_start IS NULL THEN NULL {end} END",
        "date_display": f"CASE WHEN date_start IS NULL THEN {d} {shown} END",
    }


def month_of(start: str, end: str) -> str:
    """SQL: the month (YYYY-MM) of the range `start`..`end` when it is a day, a week (the
    month of its Thursday) or a month; NULL for a quarter, a year or no date. For facets."""
    return (
        f"CASE WHEN julianday({end}) - julianday({start}) < 31 THEN substr(CASE WHEN "
        f"julianday({end}) - julianday({start}) = 6 THEN date({start}, '+3 days') "
        f"ELSE {start} END, 1, 7) END"
    )


@migrations()
def m011_date_ranges(db: sqlite_utils.Database) -> None:
    """Every dated row carries the days it covers, so day, week, month, quarter and year
    values sort, filter and facet together: 2025-W32 sorts inside August and falls in an
    August filter. Virtual generated columns: computed from `date` and `precision` when
    read, never out of step, indexed for the pages and exports. `event_actors` (a copy of
    the event's date, no precision) gets them from the value's shape, for entity timelines.
    The views read them; readers see `date_display` ("week of 23 Feb 2026"), never a week
    code."""
    for table, p in (
        ("events", "precision"),
        ("event_mentions", "precision"),
        ("event_actors", "NULL"),
    ):
        for name, sql in date_range_columns("date", p).items():
            if table == "event_actors" and name == "date_display":
                continue
            db.execute(
                f"ALTER TABLE {table} ADD COLUMN {name} TEXT GENERATED ALWAYS AS ({sql}) VIRTUAL"
            )
    month = month_of("e.date_start", "e.date_end")
    reports = (
        "SELECT coalesce(a.outlet, a.domain) AS outlet, a.url FROM event_mentions m "
        "JOIN articles a ON a.id = m.article_id WHERE m.event_id = e.id GROUP BY a.id "
        "ORDER BY min(coalesce(a.published, '9999')), a.url"
    )
    outlets = (  # each outlet once, the first to report first
        "SELECT coalesce(a.outlet, a.domain) AS outlet FROM event_mentions m "
        "JOIN articles a ON a.id = m.article_id WHERE m.event_id = e.id "
        "AND coalesce(a.outlet, a.domain) IS NOT NULL GROUP BY 1 "
        "ORDER BY min(coalesce(a.published, '9999')), 1"
    )
    db.executescript(
        f"""
        CREATE INDEX idx_events_date_range ON events(date_start, date_end, id);
        CREATE INDEX idx_events_type_date_range ON events(type, date_start, date_end, id);
        CREATE INDEX idx_event_mentions_date_range ON event_mentions(date_start, date_end);
        CREATE INDEX idx_event_actors_entity_range
            ON event_actors(entity_id, date_start, date_end, event_id);
        CREATE INDEX idx_entities_name_nocase ON entities(name COLLATE NOCASE);

        DROP VIEW IF EXISTS timeline;
        CREATE VIEW timeline AS
        SELECT e.date, e.date_display, e.date_start, e.date_end, e.precision, {month} AS month,
               e.type, e.status, e.headline, e.actors, e.actor_list, e.amount_usd, e.outlets,
               (SELECT group_concat(outlet, '; ') FROM ({outlets})) AS outlet_names,
               (SELECT json_group_array(json_array(outlet, url)) FROM ({reports})) AS sources,
               e.first_outlet, e.first_reported_at, e.first_url AS source_url, e.source_urls,
               e.evidence, e.location, e.other_dates, e.first_seen_at, e.id AS event_id
        FROM events e
        WHERE e.date_start IS NOT NULL;

        DROP VIEW IF EXISTS undated_facts;
        CREATE VIEW undated_facts AS
        SELECT e.type, e.status, e.headline, e.actors, e.amount_usd, e.outlets,
               e.first_reported_at, e.first_url AS source_url, e.evidence, e.id AS event_id
        FROM events e
        WHERE e.date_start IS NULL;

        DROP VIEW IF EXISTS entity_timeline;
        CREATE VIEW entity_timeline AS
        SELECT ea.entity_id, en.name AS entity, ea.role, e.date, e.date_display, e.date_start,
               e.date_end, e.precision, e.type, e.status, e.headline, e.actors, e.amount_usd,
               e.outlets, e.first_url AS source_url, e.evidence, e.id AS event_id
        FROM event_actors ea
        JOIN entities en ON en.id = ea.entity_id
        JOIN events e ON e.id = ea.event_id;
        """  # noqa: S608 - fixed SQL
    )


@migrations()
def m012_merge_corrections(db: sqlite_utils.Database) -> None:
    """Corrections readers record (`tracker correct`), which the merge applies every time.

    A report is named by what survives re-extraction and re-merging: its article (the id,
    a hash of the canonical URL, and the URL), its sentence word for word, and its event
    type when the sentence holds more than one event ('' otherwise). `wrong` leaves a report
    out of the timeline; `merge` puts a report into the event of the `other_` report (taking
    its type); `split` keeps a report out of the `other_` report's event. Triggers make the
    next merge redo what a correction touches: the type and year of each report a `wrong` or
    `split` names, from its place in the merge order; a full rebuild for a `merge` (it moves
    a report between types) and for any change to a report a `merge` names. The clustering
    state changes shape here (independent sources per date, correction marks), so the next
    merge is a full rebuild."""
    key = MENTION_KEY_SQL.format(a="a", m="m")

    def names(c: str, m: str = "m", side: str = "") -> str:
        """SQL: report `m` is the one correction `c` names on its `side` ('' or 'other_')."""
        return (
            f"({m}.article_id = {c}.{side}article_id AND {m}.sentence = {c}.{side}sentence "
            f"AND ({c}.{side}type = '' OR {m}.type = {c}.{side}type))"
        )

    def either(c: str, m: str = "m") -> str:
        return f"({names(c, m)} OR {names(c, m, 'other_')})"

    # SQL: a merge correction names the report `x` checks
    on_merge_side = "EXISTS (SELECT 1 FROM merge_corrections c WHERE c.kind = 'merge' AND {x})"

    def redo(c: str) -> str:
        """Statements for a trigger on merge_corrections, with `c` as OLD or NEW."""
        return f"""
          INSERT INTO merge_dirty (kind)
            SELECT 'full' WHERE {c}.kind = 'merge' OR EXISTS (
              SELECT 1 FROM event_mentions m WHERE {either(c)}
              AND {on_merge_side.format(x=either("c"))});
          INSERT INTO merge_dirty (kind, type, year, key, event_id)
            SELECT 'cluster', m.type, substr(m.date, 1, 4), {key}, m.event_id
            FROM event_mentions m JOIN articles a ON a.id = m.article_id
            WHERE {c}.kind != 'merge' AND m.article_id IN ({c}.article_id, {c}.other_article_id)
              AND {either(c)};
          UPDATE merge_state SET pending = 1 WHERE pending = 0;"""  # noqa: S608 - our SQL

    def full_when(x: str) -> str:
        return f"INSERT INTO merge_dirty (kind) SELECT 'full' WHERE {x};"

    db.executescript(
        f"""
        CREATE TABLE merge_corrections (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL CHECK (kind IN ('wrong', 'merge', 'split')),
            article_id TEXT NOT NULL,
            url TEXT NOT NULL,
            sentence TEXT NOT NULL,
            type TEXT NOT NULL DEFAULT '',
            other_article_id TEXT,
            other_url TEXT,
            other_sentence TEXT,
            other_type TEXT NOT NULL DEFAULT '',
            note TEXT,
            created_at TEXT NOT NULL,
            CHECK ((kind = 'wrong') = (other_article_id IS NULL)),
            CHECK ((other_article_id IS NULL) = (other_sentence IS NULL))
        );
        CREATE UNIQUE INDEX idx_merge_corrections_unique ON merge_corrections(
            kind, article_id, sentence, type, coalesce(other_article_id, ''),
            coalesce(other_sentence, ''), other_type);
        CREATE INDEX idx_merge_corrections_article ON merge_corrections(article_id);
        CREATE INDEX idx_merge_corrections_other ON merge_corrections(other_article_id);

        CREATE TRIGGER merge_corrections_insert AFTER INSERT ON merge_corrections
        BEGIN {redo("NEW")} END;
        CREATE TRIGGER merge_corrections_delete AFTER DELETE ON merge_corrections
        BEGIN {redo("OLD")} END;
        CREATE TRIGGER merge_corrections_update AFTER UPDATE ON merge_corrections
        BEGIN {redo("OLD")} {redo("NEW")} END;

        CREATE TRIGGER event_mentions_corrected_insert AFTER INSERT ON event_mentions
        WHEN {on_merge_side.format(x=either("c", "NEW"))}
        BEGIN {full_when("1")} END;
        CREATE TRIGGER event_mentions_corrected_delete AFTER DELETE ON event_mentions
        WHEN {on_merge_side.format(x=either("c", "OLD"))}
        BEGIN {full_when("1")} END;
        CREATE TRIGGER event_mentions_corrected_update
        AFTER UPDATE OF article_id, sentence, type ON event_mentions
        WHEN (OLD.article_id IS NOT NEW.article_id OR OLD.sentence IS NOT NEW.sentence
              OR OLD.type IS NOT NEW.type)
          AND EXISTS (SELECT 1 FROM merge_corrections c
                      WHERE {either("c", "OLD")} OR {either("c", "NEW")})
        BEGIN {full_when("1")} UPDATE merge_state SET pending = 1 WHERE pending = 0; END;

        INSERT INTO merge_dirty (kind) VALUES ('full');
        UPDATE merge_state SET pending = 1;
        """  # noqa: S608 - fixed table and column names
    )


@migrations()
def m013_cluster_actor_index(db: sqlite_utils.Database) -> None:
    """Which saved events could take a new report, by one index seek: its party, type,
    year and month (event_actors alone gives every event of a frequent party, thousands a
    month). The merge rebuilds it once."""
    db.executescript(
        """
        CREATE TABLE event_cluster_actors (
            entity_id TEXT NOT NULL,
            type TEXT NOT NULL,
            year TEXT,
            month TEXT,
            event_id TEXT NOT NULL
        );
        CREATE INDEX idx_event_cluster_actors_lookup
            ON event_cluster_actors(entity_id, type, year, month);
        CREATE INDEX idx_event_cluster_actors_event ON event_cluster_actors(event_id);
        CREATE INDEX idx_event_clusters_ubiquitous
            ON event_clusters(type, year, only_ubiquitous, month);
        INSERT INTO merge_dirty (kind) VALUES ('full');
        UPDATE merge_state SET pending = 1;
        """
    )


@migrations()
def m014_contract_amounts_in_whole_dollars(db: sqlite_utils.Database) -> None:
    """Contract amounts are whole dollars: INTEGER columns, so SQLite stops handing back
    7850000.0 for what was written as 7850000 (a REAL column turns every integer into a
    float). The table has no triggers and nothing references it, so it is rebuilt."""
    db["contracts"].transform(types={"amount_usd": int, "ceiling_usd": int, "obligated_usd": int})


def _rebuild_table(
    db: sqlite_utils.Database, table: str, retype: dict[str, tuple[str, str]]
) -> None:
    """Change the declared type of columns of `table` ({column: (old, new)}) by the rebuild
    SQLite documents for schema changes ALTER TABLE cannot make: the rows (and their rowids,
    which its full-text index and its dependants keep) are copied aside, the table is
    created again from its own statement with only those types changed (constraints,
    defaults and generated columns as they were), the rows copied back, and its indexes,
    triggers and every view created again from their own statements. Foreign keys must be
    off, as they are while migrations run: dropping a table with them on would cascade."""
    if db.execute("PRAGMA foreign_keys").fetchone()[0]:
        raise DatabaseError(f"cannot rebuild {table} with foreign keys on")
    create = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
    ).fetchone()[0]
    for column, (old, new) in retype.items():
        create, found = re.subn(rf"(\b{column}\s+){old}\b", rf"\g<1>{new}", create)
        if found != 1:
            raise DatabaseError(f"cannot find {table}.{column} {old} to make it {new}")
    # generated columns (hidden 2 and 3) are computed, never copied
    columns = [r[1] for r in db.execute(f"PRAGMA table_xinfo({table})") if r[6] not in (2, 3)]
    names = ", ".join(f"[{c}]" for c in columns)
    copied = ", ".join(
        f"CAST(round([{c}]) AS INTEGER)" if retype.get(c, ("", ""))[1] == "INTEGER" else f"[{c}]"
        for c in columns
    )
    dependants = db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') "
        "AND sql IS NOT NULL ORDER BY rowid",
        [table],
    ).fetchall()
    views = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'view' ORDER BY rowid"
    ).fetchall()
    aside = f"_rebuild_{table}"
    db.executescript(
        f"""
        CREATE TEMP TABLE {aside} AS SELECT rowid AS _rowid, {names} FROM {table};
        {"".join(f"DROP VIEW [{name}];" for name, _ in views)}
        DROP TABLE {table};
        {create};
        INSERT INTO {table} (rowid, {names}) SELECT _rowid, {copied} FROM temp.{aside};
        DROP TABLE temp.{aside};
        {"".join(f"{sql};" for (sql,) in dependants)}
        {"".join(f"{sql};" for _, sql in views)}
        """  # noqa: S608 - the schema's own statements and names
    )


@migrations()
def m015_deadlines_moments_whole_dollars(db: sqlite_utils.Database) -> None:
    """An ultimatum's deadline on its reports and its event (`deadline`, a date value as
    `date` holds one); the publication moment with the publisher's offset
    (`articles.published_at`, "2020-05-01T22:30:00-04:00", its day being `published`); and
    event amounts as whole dollars: INTEGER columns (as m014 made contracts'), rounded.
    The two tables carry triggers, generated date columns, indexes, a full-text index and
    views, so they are rebuilt by `_rebuild_table`. The timeline view shows the deadline.
    The next merge is a full rebuild, which gives every event its deadline."""
    db.execute("ALTER TABLE articles ADD COLUMN published_at TEXT")
    for table in ("event_mentions", "events"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN deadline TEXT")
        _rebuild_table(db, table, {"amount_usd": ("REAL", "INTEGER")})
    view = db.execute("SELECT sql FROM sqlite_master WHERE name = 'timeline'").fetchone()[0]
    before = "e.first_seen_at, e.id AS event_id"
    if before not in view:
        raise DatabaseError("the timeline view is not the one m011 made")
    db.executescript(
        f"""
        DROP VIEW timeline;
        {view.replace(before, "e.first_seen_at, e.deadline, e.id AS event_id")};
        -- a report's deadline changed in place: its event's row is written again
        CREATE TRIGGER event_mentions_deadline_dirty AFTER UPDATE OF deadline ON event_mentions
        WHEN OLD.deadline IS NOT NEW.deadline BEGIN
          INSERT INTO merge_dirty (kind, type, year, key, event_id)
            VALUES ('row', NULL, NULL, NULL, NEW.event_id);
          UPDATE merge_state SET pending = 1 WHERE pending = 0;
        END;
        INSERT INTO merge_dirty (kind) VALUES ('full');
        UPDATE merge_state SET pending = 1;
        """  # noqa: S608 - the schema's own view
    )


@migrations()
def m016_event_search_text(db: sqlite_utils.Database) -> None:
    """Search finds an event by what every report of it says and by who took part:
    `events.search_text` (its actors' names and every report's sentence, which the merge
    writes) joins headline and evidence in `events_fts`, rebuilt here with its triggers.
    A partial index finds the events with a deadline (the calendar's and TimelineJS's
    deadline entries). The next merge is a full rebuild, which fills search_text."""
    db.execute("ALTER TABLE events ADD COLUMN search_text TEXT")
    db.executescript(
        """
        DROP TRIGGER IF EXISTS events_ai;
        DROP TRIGGER IF EXISTS events_ad;
        DROP TRIGGER IF EXISTS events_au;
        DROP TABLE IF EXISTS events_fts;
        CREATE INDEX idx_events_deadline ON events(deadline) WHERE deadline IS NOT NULL;
        """
    )
    columns = ("headline", "evidence", "search_text")
    db["events"].enable_fts(list(columns), create_triggers=True, tokenize="porter")
    _fts_update_trigger(db, "events", columns)
    db.executescript(
        """
        INSERT INTO merge_dirty (kind) VALUES ('full');
        UPDATE merge_state SET pending = 1;
        """
    )


@migrations()
def m017_event_month(db: sqlite_utils.Database) -> None:
    """`events.month`, so the events table facets by month as the timeline view does: a
    virtual column computed from date_start and date_end (a week counts in the month of its
    Thursday), NULL for quarters, years and undated events."""
    db.execute(
        "ALTER TABLE events ADD COLUMN month TEXT GENERATED ALWAYS AS "
        f"({month_of('date_start', 'date_end')}) VIRTUAL"
    )
