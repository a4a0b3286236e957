"""What goes into an index, article by article: a file read and parsed (in worker processes),
or a record imported from a JSONL shard. Each becomes a `Result`, which `Library` writes."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import sys
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tuiread.inert import printable
from tuiread.library.database import reason
from tuiread.library.records import RecordError, StoredArticle, stored_from_record

if TYPE_CHECKING:
    from tuiread.model import Article

# Fewer files than this are parsed in this process: starting workers costs more than it saves.
PARALLEL_FROM = 8
# The parser version of an article imported from a record: it is never parsed again.
JSONL_PARSER = "jsonl"
# How much lower than the caller's the workers' priority is when they index in the background
# (under a library screen): the screen's keys come first when the cores are busy parsing.
BACKGROUND_NICENESS = 10


@dataclass(frozen=True)
class Job:
    path: str
    known_hash: str | None  # the content the index holds for it, if parsed by this parser
    parser: str


@dataclass(frozen=True)
class Result:
    path: str
    size: int
    mtime_ns: int
    hash: str
    parser: str
    stored: StoredArticle | None = None
    error: str | None = None
    parsed: bool = True
    seconds: float = 0.0
    article_key: str | None = None  # the key of the reader's corrections (`tuiread.corrections`)
    corrections: str = ""  # the stamp of those applied (`corrections_stamp`)
    model: bytes | None = None  # the article as parsed (`pack_article`), for the reader to open


def stat_key(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


# ---- parsing ------------------------------------------------------------------------------------


def parse_job(job: Job) -> Result:
    """Read one file and parse it, unless its content is what the index holds already (in a worker)."""
    from tuiread.library.records import stored_from_article
    from tuiread.parser.load import LoadError, load_bytes, read_bytes

    started = time.process_time()
    stat = stat_key(job.path) or (0, 0)
    try:
        name, data = read_bytes(job.path)
    except LoadError as err:
        return Result(job.path, *stat, "", job.parser, error=str(err))
    digest = hashlib.sha256(data).hexdigest()
    if digest == job.known_hash:
        return Result(job.path, *stat, digest, job.parser, parsed=False)
    try:
        from tuiread.parser import parse_loaded

        article = parse_loaded(load_bytes(name, data))
    except LoadError as err:
        return Result(job.path, *stat, digest, job.parser, error=str(err), seconds=time.process_time() - started)
    except RecursionError:
        return Result(job.path, *stat, digest, job.parser, error=f"{printable(job.path)}: too deeply nested to parse")
    model = pack_article(article)
    key, stamp, article = _with_corrections(article)
    stored = stored_from_article(article)
    seconds = time.process_time() - started
    return Result(
        job.path, *stat, digest, job.parser, stored, seconds=seconds, article_key=key, corrections=stamp, model=model
    )


def pack_article(article: Article) -> bytes:
    """The parsed article as the index keeps it: pickled (the model is frozen dataclasses, made to
    be pickled) and compressed, about a third of its size. Done in the worker that parsed it."""
    return zlib.compress(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL), 1)


def unpack_article(data: bytes) -> Article:
    """The article `pack_article` kept. Only for an index this user alone may write (unpickling runs
    what the data says): `Library.stored_article` checks."""
    article = pickle.loads(zlib.decompress(data))
    from tuiread.model import Article

    if not isinstance(article, Article):
        raise TypeError(f"not an article: {type(article).__name__}")
    return article


def _with_corrections(article: Article) -> tuple[str, str, Article]:
    """The article's corrections key, their stamp, and the article as the reader corrected it.

    A library shows what the reader sees in the app: a quote given to someone else is theirs in the
    people index too. Corrections that cannot be read leave the article as parsed (the app and
    `tuiread corrections` say why); their stamp brings it back here once they can be.
    """
    from tuiread.corrections import CorrectionsError, article_key, corrected_article, corrections_stamp

    key = article_key(article)
    stamp = corrections_stamp(key)
    if stamp:
        with contextlib.suppress(CorrectionsError):
            article = corrected_article(article).article
    return key, stamp, article


def run_jobs(jobs: list[Job], workers: int | None, *, background: bool = False) -> Iterator[Result]:
    """Each job's result as it comes, from a pool of worker processes when there are many
    (``background``: at a lower priority than this process)."""
    if not jobs:
        return iter(())  # nothing changed: not even the parser is imported
    from tuiread.parser.process import usable_cores

    count = worker_count(workers, usable_cores(), background=background)
    if len(jobs) < PARALLEL_FROM or (count < 2 and not background):
        return map(parse_job, jobs)  # (under a screen, never in its process: a worker of its own)
    return _pooled(jobs, count, BACKGROUND_NICENESS if background else 0)


def worker_count(workers: int | None, cores: int, *, background: bool = False) -> int:
    """How many processes parse: ``workers`` if given, else one per core; under a screen
    (``background``) one core is left to it. With every core parsing, even niced workers made
    opening an article take twice its time while the index filled (p95 208 → 122 ms on two cores,
    the index 14 → 22 s for 3,000 articles)."""
    if workers is not None:
        return workers
    return max(1, cores - 1) if background else cores


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with a standard error it can pass on.

    It hands ``sys.stderr.fileno()`` to the process it starts. Inside a Textual app that is
    the app's print capture, whose file number is -1, and starting the pool failed ("bad
    value(s) in fds_to_keep"): a library of more than a handful of articles never indexed from
    the library screen. Started here with the null device in its place, so nothing it might
    print lands on the app's screen either.
    """
    from multiprocessing import resource_tracker

    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable:
        return
    saved = sys.stderr
    with open(os.devnull, "w") as null:
        sys.stderr = null
        try:
            resource_tracker.ensure_running()
        finally:
            sys.stderr = saved


def _lower_priority(niceness: int) -> None:
    """A worker's first step: yield the cores to the interface (where the system allows it)."""
    with contextlib.suppress(AttributeError, OSError):
        os.nice(niceness)


def _pooled(jobs: list[Job], workers: int, niceness: int = 0) -> Iterator[Result]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # forkserver, not fork: the caller may be an app with threads running, which fork copies badly.
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        # The quote stage too: the pipeline imports it only when it runs it, and each worker would
        # compile its patterns again, where the server compiles them once for all.
        context.set_forkserver_preload(["tuiread.library.work", "tuiread.parser.pipeline", "tuiread.parser.quotes"])
    from concurrent.futures.process import BrokenProcessPool

    _start_resource_tracker()
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_lower_priority if niceness else None,
        initargs=(niceness,) if niceness else (),
    )
    done = 0
    try:
        # Chunks of a few files: fewer round trips to the workers, and ctrl+c still answered within a few.
        chunk = max(1, min(16, len(jobs) // (workers * 8)))
        for result in pool.map(parse_job, jobs, chunksize=chunk):
            done += 1
            yield result
    except BrokenProcessPool:
        # A worker was killed (out of memory, by hand): the files it had not answered for are
        # parsed here instead, so none is lost.
        yield from map(parse_job, jobs[done:])
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


def shard_lines(shard: str, seen: set[str]) -> Iterator[tuple[str, bytes, str | None]]:
    """``(key, line, None)`` for each record line of ``shard``, or ``("", b"", why)`` for a line
    that is no record. The key is the record's ``file`` (made unique within the import)."""
    shown = printable(shard)
    try:
        handle = open(shard, "rb")  # noqa: SIM115 (closed below)
    except OSError as err:
        yield "", b"", f"{shown}: cannot read ({reason(err)})"
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


def record_result(key: str, line: bytes, digest: str) -> Result:
    try:
        record = json.loads(line)
        if "error" in record and not record.get("sections"):
            # An error record (a batch's input that gave no article) stays one, with its reason:
            # the line `tuiread parse` printed for it, which names the file.
            why = record["error"] if isinstance(record["error"], str) else "not an article"
            return Result(key, len(line), 0, digest, JSONL_PARSER, error=printable(why))
        stored = stored_from_record(record)
    except (ValueError, RecordError, TypeError, KeyError, IndexError) as err:
        return Result(key, len(line), 0, digest, JSONL_PARSER, error=f"{printable(key)}: not an article record ({err})")
    return Result(key, len(line), 0, digest, JSONL_PARSER, stored=stored)
