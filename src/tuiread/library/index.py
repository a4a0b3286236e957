"""A library's index: one SQLite database (stdlib ``sqlite3`` with FTS5) of many parsed articles.

    library = Library.open(path)               # creates it, or rebuilds a damaged one (see .notices)
    report = library.update(files, progress=callback)   # parses only what changed
    library.articles()                         # ArticleSummary rows, for a list
    tuiread.library.search.search(library, "Sherman")
    tuiread.library.people.people(library), person_quotes(library, "Wendy Sherman")
    library.close()

Each article is keyed by its path, size, modification time, content hash and the parser's
version (`parser_version`): `update` stats every file, reads and hashes only those whose size or
time changed, and parses only those whose content (or the parser) changed; files no longer
among the library's are dropped. A record from a JSONL shard (`import_records`) is keyed by
its ``file`` and the hash of its line, and is never parsed again.

Parsing runs in worker processes (one per usable core); the results are written in batches,
each batch one transaction, in WAL mode: a crash or ctrl+c mid-index leaves every batch
written before it, and a consistent database that the next `update` completes. Readers (a
library screen, a second tuiread) read while an indexer writes; two indexers of one library
take turns (a lock file beside the database), so the second finds nothing left to parse. A
database file that SQLite cannot read (not a database, damaged) is rebuilt, with a notice.

`progress` is called in the indexing thread with an `IndexProgress` after every article
(checked, parsed, or written): cheap to compute, and the caller decides how often to draw.
A screen runs `update` in a worker thread and posts the progress to the interface.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from tuiread.inert import printable
from tuiread.library.records import RecordError, StoredArticle, stored_from_record

__all__ = [
    "ArticleSummary",
    "IndexProgress",
    "IndexReport",
    "Library",
    "LibraryError",
    "check_fts5",
    "parser_version",
]

SCHEMA_VERSION = 1
# A batch is written when it holds this many articles or has waited this long (seconds): small
# enough that ctrl+c loses little, large enough that commits are a small part of the time.
BATCH_ARTICLES = 200
BATCH_SECONDS = 2.0
# How long a reader or writer waits for another process's write to finish (milliseconds).
BUSY_TIMEOUT_MS = 60_000
# Fewer files than this are parsed in this process: starting workers costs more than it saves.
PARALLEL_FROM = 8
JSONL_PARSER = "jsonl"

_SCHEMA = """
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
    top_speakers TEXT NOT NULL DEFAULT '[]'
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


@lru_cache(maxsize=1)
def parser_version() -> str:
    """tuiread's version and a hash of the parser's code and data: a parser that changed in any way
    (a rule, a lexicon list, a learned weight) re-parses every article on the next update."""
    from tuiread import __version__
    from tuiread.parser import load

    folder = Path(load.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.suffix in (".py", ".json", ".txt") and p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        with contextlib.suppress(OSError):
            digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:16]}"


@dataclass(frozen=True)
class IndexProgress:
    """How far an update is: ``done`` of ``total`` articles handled (unchanged ones count at once),
    ``parsed`` of them parsed (or imported) so far, ``written`` committed to the database."""

    done: int
    total: int
    parsed: int
    written: int
    path: str | None = None


@dataclass(frozen=True)
class IndexReport:
    """What an update did. ``parsed`` counts articles parsed (or records imported) this time;
    ``failed`` is one line for each input that could not be read as an article."""

    total: int = 0
    unchanged: int = 0
    parsed: int = 0
    rehashed: int = 0  # read again (its time or size changed) but the same content: not parsed
    removed: int = 0
    failed: tuple[str, ...] = ()
    seconds: float = 0.0
    parse_seconds: float = 0.0  # summed over the workers: the part of the time that is parsing


@dataclass(frozen=True)
class ArticleSummary:
    """One article of the library, as a list shows it."""

    id: int
    path: str
    title: str | None
    date: str | None
    source: str | None
    words: int
    quotes: int
    top_speakers: tuple[str, ...]


ProgressCallback = Callable[[IndexProgress], None]


@dataclass(frozen=True)
class _Job:
    path: str
    known_hash: str | None  # the content the index holds for it, if parsed by this parser
    parser: str


@dataclass(frozen=True)
class _Result:
    path: str
    size: int
    mtime_ns: int
    hash: str
    parser: str
    stored: StoredArticle | None = None
    error: str | None = None
    parsed: bool = True
    seconds: float = 0.0


@dataclass
class _Known:
    size: int
    mtime_ns: int
    hash: str
    parser: str


def _is_damaged(err: sqlite3.DatabaseError) -> bool:
    name = getattr(err, "sqlite_errorname", "")
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
        return True
    return type(err) is sqlite3.DatabaseError or "malformed" in str(err) or "not a database" in str(err)


class Library:
    """An open library index. Not shared between threads: open one per thread that reads it."""

    def __init__(self, path: Path, conn: sqlite3.Connection, notices: list[str]) -> None:
        self.path = path
        self._conn = conn
        # Things worth telling the user about opening it ("… was damaged: rebuilt").
        self.notices = notices

    # ---- opening ----------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Library:
        """Open (or create) the index at ``path``; a damaged or outdated one is rebuilt, with a notice."""
        check_fts5()
        index = Path(path)
        shown = printable(str(index))
        try:
            index.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise LibraryError(f"cannot create the index folder {printable(str(index.parent))}: {_reason(err)}") from None
        if index.is_dir():
            raise LibraryError(f"{shown}: is a folder, not an index file")
        notices: list[str] = []
        try:
            conn = _connect(index)
        except sqlite3.DatabaseError as err:
            if not _is_damaged(err):
                raise LibraryError(f"cannot open the index {shown}: {err}") from None
            notices.append(f"the index {shown} was damaged ({err}): rebuilt")
            _remove_database(index)
            try:
                conn = _connect(index)
            except sqlite3.DatabaseError as again:
                raise LibraryError(f"cannot open the index {shown}: {again}") from None
        except _Outdated as old:
            notices.append(f"the index {shown} was made by another version of tuiread ({old}): rebuilt")
            _remove_database(index)
            conn = _connect(index)
        return cls(index, conn, notices)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The database, for the search and people modules (read it; write through `Library`)."""
        return self._conn

    # ---- what it holds ----------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def inputs(self) -> list[str]:
        """The inputs the library was last indexed from (folders, files or JSONL shards)."""
        value = self.meta("inputs")
        return list(json.loads(value)) if value else []

    def source_kind(self) -> str:
        """ "files" (parsed here) or "jsonl" (records imported from shards)."""
        return self.meta("kind") or "files"

    def article_count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM articles WHERE error IS NULL").fetchone()[0])

    def articles(self, order: str = "path", where: str | None = None) -> list[ArticleSummary]:
        """Every readable article, ordered by ``order`` (``path``, ``title``, ``date``, ``quotes``);
        ``where`` keeps those whose title, path or source holds it (any case)."""
        orders = {
            "path": "path",
            "title": "title COLLATE NOCASE, path",
            "date": "date DESC, path",
            "quotes": "quotes DESC, path",
        }
        if order not in orders:
            raise ValueError(f"unknown order {order!r}: one of {', '.join(orders)}")
        sql = f"SELECT {_SUMMARY_COLUMNS} FROM articles WHERE error IS NULL"
        params: list[str] = []
        if where:
            sql += " AND (instr(lower(coalesce(title, '')), ?) OR instr(lower(path), ?) OR instr(lower(coalesce(source, '')), ?))"
            params = [where.lower()] * 3
        return [_summary(row) for row in self._conn.execute(f"{sql} ORDER BY {orders[order]}", params)]

    def article(self, article_id: int) -> ArticleSummary | None:
        row = self._conn.execute(f"SELECT {_SUMMARY_COLUMNS} FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _summary(row) if row else None

    def failures(self) -> list[tuple[str, str]]:
        """``(path, why)`` of every input that could not be read as an article."""
        return list(self._conn.execute("SELECT path, error FROM articles WHERE error IS NOT NULL ORDER BY path"))

    # ---- indexing ---------------------------------------------------------------------------

    def update(
        self,
        files: Sequence[str | os.PathLike[str]],
        *,
        inputs: Sequence[str] | None = None,
        progress: ProgressCallback | None = None,
        workers: int | None = None,
    ) -> IndexReport:
        """Bring the index up to date with ``files`` (the library's article files, `sources.library_files`):
        parse what is new or changed, drop what is gone. ``inputs`` (the folders and files named)
        are remembered for `reopen`. Resumable: an update stopped midway keeps what it wrote."""
        started = time.perf_counter()
        paths = [os.path.abspath(p) for p in files]
        with self._indexing():
            version = parser_version()
            known = self._known()
            jobs: list[_Job] = []
            unchanged = 0
            for path in paths:
                entry = known.get(path)
                stat = _stat(path)
                if entry and stat == (entry.size, entry.mtime_ns) and entry.parser == version:
                    unchanged += 1
                    continue
                same_parser = entry is not None and entry.parser == version
                jobs.append(_Job(path, entry.hash if same_parser and entry else None, version))
            removed = self._remove(set(known) - set(paths))
            self._set_meta({"inputs": json.dumps(list(inputs) if inputs is not None else paths), "kind": "files"})
            results = _run_jobs(jobs, workers)
            report = self._write(results, total=len(paths), done=unchanged, progress=progress)
        return IndexReport(
            total=len(paths),
            unchanged=unchanged,
            parsed=report.parsed,
            rehashed=report.rehashed,
            removed=removed,
            failed=report.failed,
            seconds=time.perf_counter() - started,
            parse_seconds=report.parse_seconds,
        )

    def import_records(
        self,
        shards: Sequence[str | os.PathLike[str]],
        *,
        inputs: Sequence[str] | None = None,
        progress: ProgressCallback | None = None,
    ) -> IndexReport:
        """Bring the index up to date with the article records in JSONL ``shards`` (as `tuiread
        parse --format jsonl` prints them, one per line), without parsing: a record whose line is
        unchanged is skipped, one no shard holds any more is dropped. A line that is no article
        record is one line in ``failed``; the other records go in."""
        started = time.perf_counter()
        with self._indexing():
            known = self._known()
            seen: set[str] = set()
            failed: list[str] = []
            counts = {"unchanged": 0}

            def records() -> Iterator[_Result]:
                for shard in shards:
                    for key, line, problem in _shard_lines(str(shard), seen):
                        if problem is not None:
                            failed.append(problem)
                            continue
                        digest = hashlib.sha256(line).hexdigest()
                        entry = known.get(key)
                        if entry and entry.hash == digest and entry.parser == JSONL_PARSER:
                            counts["unchanged"] += 1
                            continue
                        yield _record_result(key, line, digest)

            # The shards are read before anything is removed: a record moved to another shard stays.
            pending = list(records())
            removed = self._remove(set(known) - seen)
            self._set_meta(
                {"inputs": json.dumps(list(inputs) if inputs is not None else [str(s) for s in shards]), "kind": "jsonl"}
            )
            total = counts["unchanged"] + len(pending)
            report = self._write(iter(pending), total=total, done=counts["unchanged"], progress=progress)
        return IndexReport(
            total=total,
            unchanged=counts["unchanged"],
            parsed=report.parsed,
            removed=removed,
            failed=(*failed, *report.failed),
            seconds=time.perf_counter() - started,
        )

    @contextlib.contextmanager
    def _indexing(self) -> Iterator[None]:
        """One indexer at a time per library; the people table is brought up to date after it."""
        with _index_lock(self.path):
            try:
                yield
            finally:
                # Also after ctrl+c: the people then match the articles written so far.
                if self.meta("people") != "fresh":
                    with contextlib.suppress(sqlite3.Error):
                        self.refresh_people()

    def refresh_people(self) -> None:
        """Rebuild the people table from every article's speakers (`tuiread.library.people`)."""
        from tuiread.library.people import rebuild_people

        with self._transaction():
            rebuild_people(self._conn)
            self._conn.execute("INSERT OR REPLACE INTO meta VALUES ('people', 'fresh')")

    def ensure_people(self) -> None:
        """The people table, rebuilt first if an update stopped before rebuilding it."""
        if self.meta("people") != "fresh":
            self.refresh_people()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _known(self) -> dict[str, _Known]:
        rows = self._conn.execute("SELECT path, size, mtime_ns, hash, parser FROM articles")
        return {path: _Known(size, mtime, digest, parser) for path, size, mtime, digest, parser in rows}

    def _set_meta(self, values: dict[str, str]) -> None:
        with self._transaction() as conn:
            conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", values.items())

    def _remove(self, paths: set[str]) -> int:
        if not paths:
            return 0
        with self._transaction() as conn:
            for path in paths:
                row = conn.execute("SELECT id FROM articles WHERE path = ?", (path,)).fetchone()
                if row:
                    _delete_rows(conn, row[0])
                    conn.execute("DELETE FROM articles WHERE id = ?", (row[0],))
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('people', 'stale')")
        return len(paths)

    def _write(self, results: Iterator[_Result], *, total: int, done: int, progress: ProgressCallback | None) -> _Written:
        written = _Written()
        batch: list[_Result] = []
        since = time.monotonic()
        if progress:
            progress(IndexProgress(done, total, 0, done))
        for result in results:
            done += 1
            batch.append(result)
            if result.parsed:
                written.parsed += 1
            else:
                written.rehashed += 1
            written.parse_seconds += result.seconds
            if result.error:
                written.failed.append(result.error)
            if len(batch) >= BATCH_ARTICLES or time.monotonic() - since >= BATCH_SECONDS:
                self._write_batch(batch)
                written.committed += len(batch)
                batch = []
                since = time.monotonic()
            if progress:
                progress(IndexProgress(done, total, written.parsed, done - len(batch), result.path))
        if batch:
            self._write_batch(batch)
        if progress:
            progress(IndexProgress(done, total, written.parsed, done))
        return written

    def _write_batch(self, batch: Sequence[_Result]) -> None:
        """One transaction: every article of the batch is in the index after it, or none is."""
        with self._transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('people', 'stale')")
            for result in batch:
                _write_article(conn, result)

    def reopen_inputs(self) -> tuple[str, list[str]]:
        """The kind and inputs the library was indexed from, to update it without naming them again."""
        return self.source_kind(), self.inputs()


@dataclass
class _Written:
    parsed: int = 0
    rehashed: int = 0
    committed: int = 0
    parse_seconds: float = 0.0
    failed: list[str] = field(default_factory=list)


_SUMMARY_COLUMNS = "id, path, title, date, source, words, quotes, top_speakers"


def _summary(row: Sequence[Any]) -> ArticleSummary:
    return ArticleSummary(row[0], row[1], row[2], row[3], row[4], row[5], row[6], tuple(json.loads(row[7])))


def _delete_rows(conn: sqlite3.Connection, article: int) -> None:
    conn.execute("DELETE FROM search WHERE rowid IN (SELECT id FROM passages WHERE article = ?)", (article,))
    for table in ("passages", "quotes", "speakers"):
        conn.execute(f"DELETE FROM {table} WHERE article = ?", (article,))


def _write_article(conn: sqlite3.Connection, result: _Result) -> None:
    stored = result.stored
    row = conn.execute("SELECT id FROM articles WHERE path = ?", (result.path,)).fetchone()
    if row and not result.parsed:
        # The same content at a new time: only the key changes.
        conn.execute(
            "UPDATE articles SET size = ?, mtime_ns = ? WHERE id = ?", (result.size, result.mtime_ns, row[0])
        )
        return
    if row:
        _delete_rows(conn, row[0])
    values = (
        result.size,
        result.mtime_ns,
        result.hash,
        result.parser,
        result.error,
        stored.title if stored else None,
        stored.date if stored else None,
        stored.source if stored else None,
        stored.url if stored else None,
        stored.words if stored else 0,
        len(stored.quotes) if stored else 0,
        json.dumps(list(stored.top_speakers) if stored else [], ensure_ascii=False),
    )
    if row:
        article = row[0]
        conn.execute(
            "UPDATE articles SET size=?, mtime_ns=?, hash=?, parser=?, error=?, title=?, date=?, source=?, url=?, "
            "words=?, quotes=?, top_speakers=? WHERE id = ?",
            (*values, article),
        )
    else:
        cursor = conn.execute(
            "INSERT INTO articles(size, mtime_ns, hash, parser, error, title, date, source, url, words, quotes, "
            "top_speakers, path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*values, result.path),
        )
        article = int(cursor.lastrowid or 0)
    if stored is None:
        return
    conn.executemany(
        "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(article, q.index, q.text, q.start, q.end, q.speaker, q.kind, q.role, q.cue) for q in stored.quotes],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO speakers VALUES (?, ?, ?, ?, ?, ?)",
        [(article, s.name, s.kind, s.role, s.gender, s.quotes) for s in stored.speakers],
    )
    for passage in stored.passages:
        cursor = conn.execute(
            "INSERT INTO passages(article, start, kind) VALUES (?, ?, ?)", (article, passage.start, passage.kind)
        )
        conn.execute(
            "INSERT INTO search(rowid, body, speaker) VALUES (?, ?, ?)", (cursor.lastrowid, passage.text, passage.speaker)
        )


# ---- the database file ----------------------------------------------------------------------


class _Outdated(Exception):
    pass


def _connect(path: Path) -> sqlite3.Connection:
    """Open the database in WAL mode with the schema in place; sqlite3.DatabaseError if it is no
    database, _Outdated if another schema version made it."""
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
                    for statement in _SCHEMA.split(";"):
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
            raise _Outdated(f"schema {version}")
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


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


@contextlib.contextmanager
def _index_lock(index: Path) -> Iterator[None]:
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


def _reason(err: OSError) -> str:
    return (err.strerror or str(err)).lower()


def _stat(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


# ---- parsing ------------------------------------------------------------------------------------


def _parse_job(job: _Job) -> _Result:
    """Read one file and parse it, unless its content is what the index holds already (in a worker)."""
    from tuiread.library.records import stored_from_article
    from tuiread.parser.load import LoadError, load_data, read_bytes

    started = time.perf_counter()
    stat = _stat(job.path) or (0, 0)
    try:
        name, data = read_bytes(job.path)
    except LoadError as err:
        return _Result(job.path, *stat, "", job.parser, error=str(err))
    digest = hashlib.sha256(data).hexdigest()
    if digest == job.known_hash:
        return _Result(job.path, *stat, digest, job.parser, parsed=False)
    try:
        from tuiread.parser import parse_loaded

        stored = stored_from_article(parse_loaded(load_data(data, name)))
    except LoadError as err:
        return _Result(job.path, *stat, digest, job.parser, error=str(err), seconds=time.perf_counter() - started)
    except RecursionError:
        return _Result(job.path, *stat, digest, job.parser, error=f"{printable(job.path)}: too deeply nested to parse")
    return _Result(job.path, *stat, digest, job.parser, stored=stored, seconds=time.perf_counter() - started)


def _run_jobs(jobs: list[_Job], workers: int | None) -> Iterator[_Result]:
    """Each job's result as it comes, from a pool of worker processes when there are many."""
    from tuiread.parser.process import usable_cores

    count = workers if workers is not None else usable_cores()
    if len(jobs) < PARALLEL_FROM or count < 2:
        return map(_parse_job, jobs)
    return _pooled(jobs, count)


def _pooled(jobs: list[_Job], workers: int) -> Iterator[_Result]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # forkserver, not fork: the caller may be an app with threads running, which fork copies badly.
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["tuiread.library.index", "tuiread.parser.pipeline"])
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        yield from pool.map(_parse_job, jobs, chunksize=4)
    finally:
        # Stopped early (ctrl+c, an error writing): drop the queued files instead of parsing them.
        pool.shutdown(wait=True, cancel_futures=True)


# ---- records from JSONL shards --------------------------------------------------------------


def jsonl_shards(inputs: Iterable[str]) -> tuple[list[str], list[str]]:
    """The JSONL files ``inputs`` name (a folder stands for its ``*.jsonl`` files), and one line
    for each input that names none."""
    shards: list[str] = []
    errors: list[str] = []
    for given in inputs:
        if os.path.isdir(given):
            found = sorted(str(p) for p in Path(given).iterdir() if p.suffix == ".jsonl" and p.is_file())
            if not found:
                errors.append(f"{printable(given)}: folder holds no .jsonl files")
            shards.extend(found)
        elif os.path.isfile(given):
            shards.append(given)
        else:
            errors.append(f"{printable(given)}: no such file or folder")
    return shards, errors


def _shard_lines(shard: str, seen: set[str]) -> Iterator[tuple[str, bytes, str | None]]:
    """``(key, line, None)`` for each record line of ``shard``, or ``("", b"", why)`` for a line
    that is no record. The key is the record's ``file`` (made unique within the import)."""
    shown = printable(shard)
    try:
        handle = open(shard, "rb")  # noqa: SIM115 (closed below)
    except OSError as err:
        yield "", b"", f"{shown}: cannot read ({_reason(err)})"
        return
    with handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if not line:
                continue
            try:
                name = json.loads(line).get("file")
            except (ValueError, AttributeError):
                yield "", b"", f"{shown}:{number}: not a JSON object"
                continue
            key = name if isinstance(name, str) and name else f"{os.path.basename(shard)}:{number}"
            unique, n = key, 1
            while unique in seen:
                n += 1
                unique = f"{key} ({n})"
            seen.add(unique)
            yield unique, line, None


def _record_result(key: str, line: bytes, digest: str) -> _Result:
    try:
        record = json.loads(line)
        if "error" in record and not record.get("sections"):
            # An error record (a shard's input that could not be parsed) stays one, with its reason.
            return _Result(key, len(line), 0, digest, JSONL_PARSER, error=f"{printable(key)}: {record['error']}")
        stored = stored_from_record(record)
    except (ValueError, RecordError, TypeError, KeyError, IndexError) as err:
        return _Result(key, len(line), 0, digest, JSONL_PARSER, error=f"{printable(key)}: not an article record ({err})")
    return _Result(key, len(line), 0, digest, JSONL_PARSER, stored=stored)
