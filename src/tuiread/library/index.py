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
among the library's are dropped. An article is indexed with the reader's corrections
(`tuiread.corrections`), as the app shows it, and parsed again when they change. A record from
a JSONL shard (`import_records`) is keyed by its ``file`` and the hash of its line, and is never
parsed again (`tuiread parse` applied the corrections when it wrote it).

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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tuiread.files import is_private_file
from tuiread.inert import printable
from tuiread.library.database import (
    LibraryError,
    Outdated,
    check_fts5,
    connect,
    index_lock,
    is_damaged,
    reason,
    remove_database,
)
from tuiread.library.work import (
    JSONL_PARSER,
    Job,
    Result,
    jsonl_shards,
    record_result,
    run_jobs,
    shard_lines,
    stat_key,
    unpack_article,
)

if TYPE_CHECKING:
    from tuiread.model import Article

__all__ = [
    "ArticleSummary",
    "IndexProgress",
    "IndexReport",
    "Library",
    "LibraryError",
    "check_fts5",
    "jsonl_shards",
    "parser_version",
]

# A batch is written when it holds this many articles or has waited this long (seconds): small
# enough that ctrl+c loses little, large enough that commits are a small part of the time.
BATCH_ARTICLES = 200
BATCH_SECONDS = 2.0


@lru_cache(maxsize=1)
def parser_version() -> str:
    """tuiread's version and a hash of the parser's code and data, and of what the index keeps of a
    parse (`records`): either changed in any way (a rule, a lexicon list, a learned weight, a column
    derived otherwise) re-parses every article on the next update."""
    import importlib.util

    from tuiread import __version__

    # Found, not imported: importing the parser takes longer than re-opening a library should.
    spec = importlib.util.find_spec("tuiread.parser")
    assert spec is not None and spec.submodule_search_locations
    folder = Path(next(iter(spec.submodule_search_locations)))
    digest = hashlib.sha256()
    paths = sorted(p for p in folder.rglob("*") if p.suffix in (".py", ".json", ".txt") and p.is_file())
    for path in [*paths, Path(__file__).with_name("records.py")]:
        digest.update(path.relative_to(folder.parent).as_posix().encode())
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


@dataclass
class _Known:
    size: int
    mtime_ns: int
    hash: str
    parser: str
    article_key: str | None = None
    corrections: str = ""


class _CorrectionStamps:
    """Whether an article's corrections are still those the index applied.

    The corrections folder is listed once: most articles have none, and looking for each one's
    file took a third of a second over 10,000 articles, a third of what re-opening may take.
    """

    def __init__(self) -> None:
        from tuiread.corrections import CorrectionStore

        self._store = CorrectionStore()
        self._present = self._store.keys()

    def unchanged(self, entry: _Known) -> bool:
        from tuiread.corrections import corrections_stamp

        key = entry.article_key
        if key is None:
            return True
        return (corrections_stamp(key, self._store) if key in self._present else "") == entry.corrections


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
            raise LibraryError(
                f"cannot create the index folder {printable(str(index.parent))}: {reason(err)}"
            ) from None
        if index.is_dir():
            raise LibraryError(f"{shown}: is a folder, not an index file")
        notices: list[str] = []
        try:
            conn = connect(index)
        except sqlite3.DatabaseError as err:
            if not is_damaged(err):
                raise LibraryError(f"cannot open the index {shown}: {err}") from None
            notices.append(f"the index {shown} was damaged ({err}): rebuilt")
            remove_database(index)
            try:
                conn = connect(index)
            except sqlite3.DatabaseError as again:
                raise LibraryError(f"cannot open the index {shown}: {again}") from None
        except Outdated as old:
            notices.append(f"the index {shown} was made by another version of tuiread ({old}): rebuilt")
            remove_database(index)
            conn = connect(index)
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

    def articles(self, order: str = "path") -> list[ArticleSummary]:
        """Every readable article, ordered by ``order`` (``path``, ``title``, ``date``, ``quotes``).
        (The library screen filters them in memory, at each pause in typing.)"""
        orders = {
            "path": "path",
            "title": "title COLLATE NOCASE, path",
            "date": "date DESC, path",
            "quotes": "quotes DESC, path",
        }
        if order not in orders:
            raise ValueError(f"unknown order {order!r}: one of {', '.join(orders)}")
        sql = f"SELECT {_SUMMARY_COLUMNS} FROM articles WHERE error IS NULL ORDER BY {orders[order]}"
        return [_summary(row) for row in self._conn.execute(sql)]

    def article(self, article_id: int) -> ArticleSummary | None:
        row = self._conn.execute(f"SELECT {_SUMMARY_COLUMNS} FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _summary(row) if row else None

    def stored_article(self, path: str) -> Article | None:
        """The article at ``path`` as the index parsed it (before the reader's corrections), if that
        is still the file's parse: the same size and time, the same parser. None otherwise (a file
        changed since, an article imported from JSONL, an index another user could have written)."""
        row = self._conn.execute(
            "SELECT a.size, a.mtime_ns, a.parser, m.data FROM articles a JOIN models m ON m.article = a.id "
            "WHERE a.path = ?",
            (path,),
        ).fetchone()
        if row is None or stat_key(path) != (row[0], row[1]) or row[2] != parser_version():
            return None
        if not is_private_file(self.path):  # its parses are pickles
            return None
        try:
            return unpack_article(row[3])
        except Exception:  # a damaged record only means parsing the file again
            return None

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
        background: bool = False,
    ) -> IndexReport:
        """Bring the index up to date with ``files`` (the library's article files, `sources.library_files`):
        parse what is new or changed, drop what is gone. ``inputs`` (the folders and files named)
        are remembered for `reopen`. Resumable: an update stopped midway keeps what it wrote.
        ``background``: the parsing processes run at a lower priority (a screen's keys first)."""
        started = time.perf_counter()
        paths = [p if isinstance(p, str) and os.path.isabs(p) else os.path.abspath(p) for p in files]
        with self._indexing():
            version = parser_version()
            known = self._known()
            jobs: list[Job] = []
            unchanged = 0
            stamps = _CorrectionStamps()
            for path in paths:
                entry = known.get(path)
                stat = stat_key(path)
                # The same parse as the index holds: the same parser, and the reader's corrections as applied.
                same_parse = entry is not None and entry.parser == version and stamps.unchanged(entry)
                if entry and same_parse and stat == (entry.size, entry.mtime_ns):
                    unchanged += 1
                    continue
                jobs.append(Job(path, entry.hash if same_parse and entry else None, version))
            removed = self._remove(set(known) - set(paths))
            self._set_meta({"inputs": json.dumps(list(inputs) if inputs is not None else paths), "kind": "files"})
            results = run_jobs(jobs, workers, background=background)
            report = self._write(results, total=len(paths), done=unchanged, progress=progress)
        return IndexReport(
            total=len(paths),
            unchanged=unchanged,
            parsed=report.parsed,
            rehashed=report.rehashed,
            removed=removed,
            failed=tuple(report.failed),
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

            def records() -> Iterator[Result]:
                for shard in shards:
                    for key, line, problem in shard_lines(str(shard), seen):
                        if problem is not None:
                            failed.append(problem)
                            continue
                        digest = hashlib.sha256(line).hexdigest()
                        entry = known.get(key)
                        if entry and entry.hash == digest and entry.parser == JSONL_PARSER:
                            counts["unchanged"] += 1
                            continue
                        yield record_result(key, line, digest)

            # The shards are read before anything is removed: a record moved to another shard stays.
            pending = list(records())
            removed = self._remove(set(known) - seen)
            self._set_meta(
                {
                    "inputs": json.dumps(list(inputs) if inputs is not None else [str(s) for s in shards]),
                    "kind": "jsonl",
                }
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
        with index_lock(self.path):
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
        rows = self._conn.execute("SELECT path, size, mtime_ns, hash, parser, article_key, corrections FROM articles")
        return {path: _Known(*values) for path, *values in rows}

    def _set_meta(self, values: dict[str, str]) -> None:
        if all(self.meta(key) == value for key, value in values.items()):
            return  # as it was: re-opening a library writes nothing
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

    def _write(
        self, results: Iterator[Result], *, total: int, done: int, progress: ProgressCallback | None
    ) -> _Written:
        written = _Written()
        batch: list[Result] = []
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

    def _write_batch(self, batch: Sequence[Result]) -> None:
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
    conn.execute("DELETE FROM models WHERE article = ?", (article,))


def _write_article(conn: sqlite3.Connection, result: Result) -> None:
    stored = result.stored
    row = conn.execute("SELECT id FROM articles WHERE path = ?", (result.path,)).fetchone()
    if row and not result.parsed:
        # The same content at a new time: only the key changes.
        conn.execute("UPDATE articles SET size = ?, mtime_ns = ? WHERE id = ?", (result.size, result.mtime_ns, row[0]))
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
        result.article_key,
        result.corrections,
    )
    if row:
        article = row[0]
        conn.execute(
            "UPDATE articles SET size=?, mtime_ns=?, hash=?, parser=?, error=?, title=?, date=?, source=?, url=?, "
            "words=?, quotes=?, top_speakers=?, article_key=?, corrections=? WHERE id = ?",
            (*values, article),
        )
    else:
        cursor = conn.execute(
            "INSERT INTO articles(size, mtime_ns, hash, parser, error, title, date, source, url, words, quotes, "
            "top_speakers, article_key, corrections, path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*values, result.path),
        )
        article = int(cursor.lastrowid or 0)
    if stored is None:
        return
    if result.model is not None:
        conn.execute("INSERT OR REPLACE INTO models VALUES (?, ?)", (article, result.model))
    conn.executemany(
        "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(article, q.index, q.text, q.start, q.end, q.speaker, q.kind, q.role, q.cue) for q in stored.quotes],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO speakers VALUES (?, ?, ?, ?, ?, ?)",
        [(article, s.name, s.kind, s.role, s.gender, s.quotes) for s in stored.speakers],
    )
    # The passages' ids picked here, so each table takes them in one executemany (a statement a
    # passage was most of the time spent writing).
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM passages").fetchone()[0]
    ids = range(first, first + len(stored.passages))
    conn.executemany(
        "INSERT INTO passages(id, article, start, kind) VALUES (?, ?, ?, ?)",
        [(n, article, p.start, p.kind) for n, p in zip(ids, stored.passages, strict=True)],
    )
    conn.executemany(
        "INSERT INTO search(rowid, body, speaker) VALUES (?, ?, ?)",
        [(n, p.text, p.speaker) for n, p in zip(ids, stored.passages, strict=True)],
    )
