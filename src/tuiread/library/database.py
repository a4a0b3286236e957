"""The index's SQLite file: its schema, opening it in WAL mode, knowing a damaged one, and the
lock that keeps two indexers of one library taking turns. `tuiread.library.index` uses it."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import IO

__all__ = ["BUSY_TIMEOUT_MS", "SCHEMA_VERSION", "LibraryError", "check_fts5", "connect", "index_lock"]

SCHEMA_VERSION = 3  # 3: each article's parse kept (models)
# How long a reader or writer waits for another process's write to finish (milliseconds).
BUSY_TIMEOUT_MS = 60_000

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles(
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    hash TEXT NOT NULL,
    parser TEXT NOT NULL,
    error TEXT,
    title TEXT,
    date TEXT,
    source TEXT,
    url TEXT,
    words INTEGER NOT NULL DEFAULT 0,
    quotes INTEGER NOT NULL DEFAULT 0,
    top_speakers TEXT NOT NULL DEFAULT '[]',
    -- The reader's corrections applied (tuiread.corrections): the article's key and the file's stamp.
    article_key TEXT,
    corrections TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS quotes(
    article INTEGER NOT NULL,
    n INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    speaker TEXT,
    kind TEXT,
    role TEXT,
    cue TEXT,
    PRIMARY KEY(article, n)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS quotes_by_speaker ON quotes(speaker);
CREATE TABLE IF NOT EXISTS speakers(
    article INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    role TEXT,
    gender TEXT,
    quotes INTEGER NOT NULL,
    PRIMARY KEY(article, name)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS passages(
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    start INTEGER NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS passages_by_article ON passages(article);
-- Each article's parse as the app shows it (before the reader's corrections), pickled and
-- compressed: the reader opens it from here instead of parsing the file again.
CREATE TABLE IF NOT EXISTS models(article INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(body, speaker, tokenize='unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS people(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    gender TEXT,
    roles TEXT NOT NULL,
    variants TEXT NOT NULL,
    quotes INTEGER NOT NULL,
    articles INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS person_names(
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    person INTEGER NOT NULL,
    PRIMARY KEY(name, kind)
) WITHOUT ROWID;
"""


class LibraryError(Exception):
    """The library cannot be opened or indexed. ``str(err)`` is one line saying why."""


@lru_cache(maxsize=1)
def _fts5_missing() -> str | None:
    try:
        conn = sqlite3.connect(":memory:")
        try:
            conn.execute("CREATE VIRTUAL TABLE probe USING fts5(body)")
        finally:
            conn.close()
    except sqlite3.Error as err:
        return str(err)
    return None


def check_fts5() -> None:
    """LibraryError unless this Python's SQLite has FTS5 (the full-text search the library needs)."""
    missing = _fts5_missing()
    if missing is not None:
        raise LibraryError(
            f"this Python's SQLite ({sqlite3.sqlite_version}) lacks FTS5 full-text search ({missing}); "
            "a library needs a Python built with FTS5 (python.org and most distributions' builds have it)"
        )


def is_damaged(err: sqlite3.DatabaseError) -> bool:
    name = getattr(err, "sqlite_errorname", "")
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
        return True
    return type(err) is sqlite3.DatabaseError or "malformed" in str(err) or "not a database" in str(err)


class Outdated(Exception):
    pass


def connect(path: Path) -> sqlite3.Connection:
    """Open the database in WAL mode with the schema in place; sqlite3.DatabaseError if it is no
    database, Outdated if another schema version made it."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        # With WAL, NORMAL loses at most the last transactions on a power cut, never consistency.
        conn.execute("PRAGMA synchronous = NORMAL")
        version = _schema_version(conn)
        if version is None:
            conn.execute("BEGIN IMMEDIATE")
            try:
                if _schema_version(conn) is None:  # another process may have made it meanwhile
                    # Statement by statement: executescript would commit the open transaction first.
                    for statement in SCHEMA.split(";"):
                        if statement.strip():
                            conn.execute(statement)
                    conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
                    conn.execute("INSERT OR REPLACE INTO meta VALUES ('people', 'fresh')")
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise
        elif version != str(SCHEMA_VERSION):
            raise Outdated(f"schema {version}")
    except BaseException:
        conn.close()
        raise
    return conn


def _schema_version(conn: sqlite3.Connection) -> str | None:
    has_meta = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
    if not has_meta:
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    return row[0] if row else None


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


@contextlib.contextmanager
def index_lock(index: Path) -> Iterator[None]:
    """An exclusive lock on ``INDEX.lock`` while indexing (none where the system has no flock)."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    try:
        handle: IO[bytes] = open(f"{index}.lock", "ab")  # noqa: SIM115 (held for the whole block)
    except OSError:
        yield
        return
    with handle:
        with contextlib.suppress(OSError):
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        yield


def reason(err: OSError) -> str:
    return (err.strerror or str(err)).lower()
