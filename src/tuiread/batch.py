"""Parse a corpus on a Dask cluster: JSONL shards, one record per input, each line exactly as
``tuiread parse --format jsonl`` prints it.

The parser is a pure function of an input's bytes, so a batch is a map over partitions of the
inputs, run by Dask (never cluster code of our own). Each task parses one partition and writes
one shard, ``part-00042.jsonl``, named by the partition's number: when Dask runs a task again
because its worker died, the retry writes the same shard over, so no article is lost or doubled.
A shard is whole or absent (a temporary file renamed into place on a file system; one object
put on an object store). A run ends by writing ``_manifest.json``, and starts by removing an
earlier one, so a folder with a manifest holds one finished run.

An input that gives no article (unreadable, binary, not an article, a parser failure) becomes
an error record in its shard, ``{"file": "x.bin", "error": "x.bin: not a text file (…)"}`` with
the message ``tuiread parse`` prints, not a failed job.

Python API::

    from tuiread.batch import parse_on_dask
    summary = parse_on_dask(["articles/", "s3://bucket/news/*.txt"], "out/", "tcp://scheduler:8786")
    print(summary.articles, summary.errors, summary.shards)

Inputs are what ``tuiread parse`` takes (files, folders, http(s) addresses; a glob is expanded
here as a shell would) and fsspec URLs (``s3://…``, ``gs://…``, ``file://…``). Workers read
them, so a local path must name the same file on every worker (a shared file system); the
output folder likewise, or an object store URL. The saved corrections are read here, on the
client, and sent to the workers, so they apply as they do in ``tuiread parse``.

Dask is an optional dependency (``pip install 'tuiread[dask]'``), imported by `parse_on_dask`
alone; the workers' side (`parse_partition`) needs fsspec (Dask's) for URLs only.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tuiread import __version__
from tuiread.fetch import is_url
from tuiread.inert import printable
from tuiread.parser.load import MAX_BYTES, LoadError

if TYPE_CHECKING:
    from tuiread.corrections import Correction, CorrectionStore
    from tuiread.model import Article
    from tuiread.parser.load import LoadedText

__all__ = [
    "DEFAULT_PARTITION_SIZE",
    "INSTALL_HINT",
    "MANIFEST",
    "BatchError",
    "BatchSummary",
    "Input",
    "SavedCorrections",
    "ShardFolder",
    "ShardResult",
    "list_inputs",
    "parse_on_dask",
    "parse_partition",
    "shard_name",
]

# A hundred articles take about a second: long enough that Dask's cost per task (about a
# millisecond) is nothing, short enough that a retried task redoes little.
DEFAULT_PARTITION_SIZE = 100
CONNECT_TIMEOUT = 10.0
INSTALL_HINT = "pip install 'tuiread[dask]'"
MANIFEST = "_manifest.json"
SHARD = re.compile(r"part-(\d{5,})\.jsonl")
# A shard's or the manifest's temporary file (`files.write_atomic`'s name for it), left behind
# by a killed worker or client.
_SHARD_TEMP = re.compile(r"\.(?:part-\d{5,}\.jsonl|_manifest\.json)\..*\.tmp")
# How many error lines a partition reports back to the client (its shard holds every one).
_ERRORS_REPORTED = 20
# Addresses tuiread downloads itself (size cap, time limit, redirects: `tuiread.fetch`).
_WEB = ("http", "https")


class BatchError(Exception):
    """The batch could not run or finish: no Dask, no scheduler, an output folder that cannot be
    written, a partition that failed on every worker. ``str(err)`` is one line."""


@dataclass(frozen=True)
class Input:
    """One input of a batch: where a worker reads it (an absolute path or a URL), the name the
    user gave it (messages say that), or why it cannot be read, found while listing."""

    location: str
    name: str
    error: str | None = None


@dataclass(frozen=True)
class SavedCorrections:
    """The reader's saved corrections, read on the client for the workers: by article key,
    the corrections, or why the file holding them cannot be read."""

    by_key: dict[str, tuple[Correction, ...] | str] = field(default_factory=dict)

    @classmethod
    def read(cls, store: CorrectionStore | None = None) -> SavedCorrections:
        from tuiread.corrections import CorrectionsError, CorrectionStore

        store = store if store is not None else CorrectionStore()
        try:
            names = sorted(p.stem for p in store.folder.glob("*.json"))
        except OSError:
            names = []
        by_key: dict[str, tuple[Correction, ...] | str] = {}
        for key in names:
            try:
                by_key[key] = store.load(key)
            except CorrectionsError as err:
                by_key[key] = str(err)
            except ValueError:  # a file there that is not named by an article key
                continue
        return cls(by_key)

    def apply(self, article: Article) -> tuple[Article, int]:
        """``article`` with its corrections, and how many of them no longer find their quote.
        LoadError (as ``tuiread parse`` says it) when they cannot be read."""
        from tuiread.corrections import apply_corrections, article_key

        found = self.by_key.get(article_key(article), ())
        if isinstance(found, str):
            raise LoadError(f"{found}; pass --no-corrections to parse without them")
        applied = apply_corrections(article, found)
        return applied.article, len(applied.orphaned)


@dataclass(frozen=True)
class ShardResult:
    """What one partition gave: its shard, how many articles and errors it holds, the first error
    lines, and the inputs whose saved corrections no longer all match (name, how many)."""

    index: int
    shard: str
    articles: int
    errors: int
    error_lines: tuple[str, ...]
    orphaned: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class BatchSummary:
    """A finished batch: the output folder, its shards in order, and what they hold."""

    out_dir: str
    shards: tuple[str, ...]
    inputs: int
    articles: int
    errors: int
    error_lines: tuple[str, ...]
    orphaned: tuple[tuple[str, int], ...]


def shard_name(index: int) -> str:
    return f"part-{index:05d}.jsonl"


def _scheme(location: str) -> str | None:
    return location.split("://", 1)[0].lower() if is_url(location) else None


def _read_by_fsspec(location: str) -> bool:
    """Is this a URL for fsspec (s3://, gs://, file://, memory://…) rather than a path or a web address?"""
    scheme = _scheme(location)
    return scheme is not None and scheme not in _WEB


def _why(err: BaseException) -> str:
    from tuiread.files import reason

    return printable(reason(err))


# ---------------------------------------------------------------------------------------------
# Listing the inputs (on the client)


def list_inputs(inputs: Iterable[str], *, markdown: bool = False) -> list[Input]:
    """The inputs a batch parses, in order: folders stand for their article files as in
    ``tuiread parse`` (sorted, hidden and other files skipped and said so on stderr), globs are
    expanded, fsspec URLs listed through fsspec. A folder or glob that gives nothing is an Input
    with its error, so the shards say so too."""
    listed: list[Input] = []
    for given in inputs:
        if given == "-":
            raise ValueError("a batch reads files and addresses, not standard input")
        if _read_by_fsspec(given):
            listed.extend(_list_url(given, markdown))
        elif _scheme(given) is not None:
            listed.append(Input(given, given))
        else:
            listed.extend(_list_local(given, markdown))
    return listed


def _list_local(given: str, markdown: bool) -> Iterator[Input]:
    from tuiread.cli import _expand

    # The shell expands a command line's globs; the Python API does it here, as the shell would
    # (a pattern that matches nothing stays as it is, and reads as no such file).
    paths = sorted(glob.glob(given)) if glob.has_magic(given) and not os.path.lexists(given) else []
    for path in paths or [given]:
        for found in _expand([path], markdown=markdown):
            if isinstance(found, LoadError):
                yield Input(os.path.abspath(path), path, str(found))
            else:
                yield Input(os.path.abspath(found), found)


def _list_url(url: str, markdown: bool) -> list[Input]:
    from fsspec.core import url_to_fs

    from tuiread.cli import _say, _skipped_note
    from tuiread.library.sources import ARTICLE_SUFFIXES, MARKDOWN_SUFFIXES

    shown = printable(url)
    try:
        fs, path = url_to_fs(url)
        if glob.has_magic(path):
            matched = fs.glob(path, detail=True)
            found = sorted(name for name, info in matched.items() if info.get("type") == "file")
            if not found:
                return [Input(url, url, f"{shown}: no such file")]
            return [Input(fs.unstrip_protocol(name), fs.unstrip_protocol(name)) for name in found]
        if not fs.isdir(path):
            return [Input(url, url)]
        entries = fs.ls(path, detail=True)
    except ImportError as err:  # s3:// without s3fs, gs:// without gcsfs: fsspec names the package
        return [Input(url, url, f"{shown}: cannot read ({printable(str(err))})")]
    except Exception as err:  # each file system raises its own errors (botocore's, aiohttp's, OSError)
        return [Input(url, url, f"{shown}: cannot list folder ({_why(err)})")]
    wanted = ARTICLE_SUFFIXES | (MARKDOWN_SUFFIXES if markdown else frozenset())
    files = sorted(e["name"] for e in entries if e.get("type") == "file" and not _base(e["name"]).startswith("."))
    chosen = [name for name in files if Path(_base(name)).suffix.lower() in wanted]
    skipped = [_base(name) for name in files if name not in chosen]
    if skipped:
        _say(_skipped_note(url, skipped, markdown))
    if not chosen:
        return [Input(url, url, f"{shown}: folder holds no article files")]
    return [Input(fs.unstrip_protocol(name), fs.unstrip_protocol(name)) for name in chosen]


def _base(name: str) -> str:
    return name.rstrip("/").rsplit("/", 1)[-1]


# ---------------------------------------------------------------------------------------------
# The output folder (on the client and the workers)


@dataclass(frozen=True)
class ShardFolder:
    """Where the shards go: a local folder (an absolute path, the same on every worker) or an
    fsspec URL. A shard is written whole or not at all."""

    location: str

    @classmethod
    def at(cls, out_dir: str | os.PathLike[str]) -> ShardFolder:
        out = os.fspath(out_dir)
        return cls(out if _read_by_fsspec(out) else os.path.abspath(out))

    def _fs(self) -> tuple[Any, str]:
        from fsspec.core import url_to_fs

        fs, root = url_to_fs(self.location)
        return fs, root.rstrip("/")

    def _local(self) -> Path | None:
        """The folder as a path when it is on this machine's file system (a path or a file:// URL)."""
        if not _read_by_fsspec(self.location):
            return Path(self.location)
        if _scheme(self.location) == "file":
            return Path(self._fs()[1])
        return None

    def prepare(self) -> None:
        """Make the folder, and remove a finished run's manifest: until this run finishes, the
        folder holds no finished run. BatchError if it cannot be made or written."""
        local = self._local()
        try:
            if local is not None:
                local.mkdir(parents=True, exist_ok=True)
                (local / MANIFEST).unlink(missing_ok=True)
            else:
                fs, root = self._fs()
                fs.makedirs(root, exist_ok=True)
                if fs.exists(f"{root}/{MANIFEST}"):
                    fs.rm_file(f"{root}/{MANIFEST}")
        except Exception as err:  # OSError locally; each object store raises its own
            raise BatchError(f"cannot write to {printable(self.location)}: {_why(err)}") from None

    def write(self, name: str, text: str) -> None:
        """Write the file ``name`` whole or not at all (WriteError saying why not)."""
        local = self._local()
        if local is not None:
            from tuiread.files import write_atomic

            write_atomic(local / name, text, overwrite=True)
            return
        from tuiread.files import WriteError

        fs, root = self._fs()
        try:
            # One put: an object store shows the object whole, or not at all.
            fs.pipe_file(f"{root}/{name}", text.encode("utf-8", "replace"))
        except Exception as err:
            raise WriteError(f"cannot write {printable(self.location)}/{printable(name)}: {_why(err)}") from None

    def names(self) -> list[str]:
        local = self._local()
        if local is not None:
            return sorted(p.name for p in local.iterdir())
        fs, root = self._fs()
        return sorted(_base(name) for name in fs.ls(root, detail=False))

    def remove(self, name: str) -> None:
        local = self._local()
        if local is not None:
            (local / name).unlink(missing_ok=True)
        else:
            fs, root = self._fs()
            fs.rm_file(f"{root}/{name}")

    def finish(self, summary: BatchSummary) -> list[str]:
        """Remove what is not this run's (an earlier run's shards past this run's last, the
        temporary files of killed workers) and write the manifest. The names removed."""
        ours = set(summary.shards)
        stale = [n for n in self.names() if (SHARD.fullmatch(n) and n not in ours) or _SHARD_TEMP.fullmatch(n)]
        for name in stale:
            self.remove(name)
        manifest = {
            "tuiread": __version__,
            "shards": list(summary.shards),
            "inputs": summary.inputs,
            "articles": summary.articles,
            "errors": summary.errors,
        }
        self.write(MANIFEST, json.dumps(manifest, indent=2) + "\n")
        return stale


# ---------------------------------------------------------------------------------------------
# One partition (on a worker)


def parse_partition(
    index: int, inputs: Sequence[Input], folder: ShardFolder, corrections: SavedCorrections | None
) -> ShardResult:
    """Parse ``inputs`` and write their records, in order, as the shard of partition ``index``
    (over any earlier one: a retried task writes the same shard). ``corrections`` None: none apply."""
    lines: list[str] = []
    errors: list[str] = []
    orphaned: list[tuple[str, int]] = []
    for item in inputs:
        line, error, orphans = _record_of(item, corrections)
        lines.append(line)
        if error is not None:
            errors.append(error)
        if orphans:
            orphaned.append((item.name, orphans))
    shard = shard_name(index)
    folder.write(shard, "".join(line + "\n" for line in lines))
    return ShardResult(
        index=index,
        shard=shard,
        articles=len(lines) - len(errors),
        errors=len(errors),
        error_lines=tuple(errors[:_ERRORS_REPORTED]),
        orphaned=tuple(orphaned),
    )


def _record_of(item: Input, corrections: SavedCorrections | None) -> tuple[str, str | None, int]:
    """The input's JSON record, or its error record; the error line (None for an article); how
    many of its saved corrections no longer match."""
    from tuiread.json_record import error_record_text, record_text
    from tuiread.parser import parse_loaded

    try:
        if item.error is not None:
            raise LoadError(item.error)
        article = parse_loaded(_load(item.location))
        orphans = 0
        if corrections is not None:
            article, orphans = corrections.apply(article)
        return record_text(article), None, orphans
    except LoadError as err:
        message = _as_named(str(err), item)
    except Exception as err:  # a parser bug costs this input its record, never the partition
        message = f"{printable(item.name)}: the parser failed ({type(err).__name__}: {printable(str(err))})"
    return error_record_text(item.location, message), message, 0


def _as_named(message: str, item: Input) -> str:
    """The message naming the input as the user did (a worker reads it by its absolute path)."""
    read_as = printable(item.location)
    if item.location != item.name and message.startswith(read_as + ":"):
        return printable(item.name) + message[len(read_as) :]
    return message


def _load(location: str) -> LoadedText:
    if not _read_by_fsspec(location):
        from tuiread.fetch import load_input

        return load_input(location)
    import fsspec

    from tuiread.parser.load import load_bytes

    shown = printable(location)
    try:
        with fsspec.open(location, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise LoadError(f"{shown}: no such file") from None
    except IsADirectoryError:
        raise LoadError(f"{shown}: is a directory, not an article") from None
    except Exception as err:  # each file system raises its own errors
        raise LoadError(f"{shown}: cannot read ({_why(err)})") from None
    if len(data) > MAX_BYTES:
        raise LoadError(f"{shown}: too large (over {MAX_BYTES // (1024 * 1024)} MB)")
    return load_bytes(location, data)


# ---------------------------------------------------------------------------------------------
# The batch (on the client)


def import_distributed() -> Any:
    """The ``distributed`` package, or BatchError saying what to install."""
    try:
        import distributed
    except ImportError:
        raise BatchError(f"parsing on Dask needs Dask's distributed scheduler: {INSTALL_HINT}") from None
    return distributed


def parse_on_dask(
    inputs: Iterable[str],
    out_dir: str | os.PathLike[str],
    scheduler: Any,
    *,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    markdown: bool = False,
    corrections: bool = True,
    connect_timeout: float = CONNECT_TIMEOUT,
    progress: Callable[[int, int], None] | None = None,
) -> BatchSummary:
    """Parse ``inputs`` on a Dask cluster into JSONL shards in ``out_dir``.

    ``scheduler`` is the scheduler's address (``tcp://host:8786``; connected to within
    ``connect_timeout`` seconds), a ``distributed.Client`` (left open), or a cluster object such
    as ``LocalCluster``. ``partition_size`` inputs go to a task and its shard. ``markdown`` reads
    a folder's .md files too; ``corrections`` False ignores the reader's saved corrections (as
    ``--no-corrections``). ``progress(done, total)`` is called as partitions finish.

    The shards, read in order, hold the records ``tuiread parse --format jsonl`` prints for the
    same inputs, line for line, and an error record for each input it would refuse. BatchError
    (one line) when the batch cannot run or finish.
    """
    if partition_size < 1:
        raise ValueError("partition_size must be at least 1")
    distributed = import_distributed()
    folder = ShardFolder.at(out_dir)
    client, ours = _connect(distributed, scheduler, connect_timeout)
    try:
        folder.prepare()
        items = list_inputs(inputs, markdown=markdown)
        if not items:
            raise ValueError("no inputs given")
        partitions = [items[i : i + partition_size] for i in range(0, len(items), partition_size)]
        saved = SavedCorrections.read() if corrections else None
        results = _run_partitions(distributed, client, partitions, folder, saved, progress)
    finally:
        if ours:
            client.close()
    summary = BatchSummary(
        out_dir=folder.location,
        shards=tuple(r.shard for r in results),
        inputs=len(items),
        articles=sum(r.articles for r in results),
        errors=sum(r.errors for r in results),
        error_lines=tuple(line for r in results for line in r.error_lines)[:_ERRORS_REPORTED],
        orphaned=tuple(o for r in results for o in r.orphaned),
    )
    try:
        folder.finish(summary)
    except Exception as err:
        raise BatchError(f"cannot finish {printable(folder.location)}: {_why(err)}") from None
    return summary


def _connect(distributed: Any, scheduler: Any, timeout: float) -> tuple[Any, bool]:
    """A client of ``scheduler`` and whether it is ours to close."""
    if isinstance(scheduler, distributed.Client):
        return scheduler, False
    shown = printable(str(scheduler)) if isinstance(scheduler, str) else type(scheduler).__name__
    try:
        if isinstance(scheduler, str):
            _check_address(scheduler)
        return distributed.Client(scheduler, timeout=timeout, set_as_default=False), True
    except OSError as err:
        why = f"no answer within {timeout:g} s" if "timed out" in str(err).lower() else _why(err)
        raise BatchError(f"cannot reach the Dask scheduler at {shown} ({why})") from None
    except (ValueError, TypeError) as err:
        raise BatchError(f"not a Dask scheduler address: {shown} ({printable(str(err))})") from None


def _check_address(address: str) -> None:
    """ValueError for an address no Dask comm can take: checked before a Client is made, as a
    Client that fails on a malformed address waits 20 s to close at exit."""
    from distributed.comm.addressing import parse_address
    from distributed.comm.registry import get_backend

    scheme, location = parse_address(address)
    backend = get_backend(scheme)
    with contextlib.suppress(NotImplementedError):  # inproc:// and the like have no host and port
        backend.get_address_host_port(location)


def _run_partitions(
    distributed: Any,
    client: Any,
    partitions: list[list[Input]],
    folder: ShardFolder,
    saved: SavedCorrections | None,
    progress: Callable[[int, int], None] | None,
) -> list[ShardResult]:
    """Each partition parsed into its shard by a task on the cluster; the results in partition
    order. BatchError (one line) when a task fails or the scheduler is lost."""
    from tuiread.files import WriteError

    futures: list[Any] = []
    results: list[ShardResult] = []
    try:
        try:
            run = uuid.uuid4().hex[:8]
            futures = client.map(
                parse_partition,
                range(len(partitions)),
                partitions,
                folder=folder,
                # In the tasks themselves, not scattered: a scatter waits for a worker to exist, and
                # a reader's corrections are kilobytes.
                corrections=saved,
                key=[f"tuiread-parse-{run}-{i:05d}" for i in range(len(partitions))],
                pure=False,
            )
            for future in distributed.as_completed(futures, loop=client.loop):
                results.append(future.result())
                if progress is not None:
                    progress(len(results), len(partitions))
        except BaseException:
            if futures:
                with contextlib.suppress(Exception):  # the scheduler may be gone
                    client.cancel(futures)
            raise
    except WriteError as err:
        raise BatchError(str(err)) from None
    except distributed.KilledWorker:
        raise BatchError(
            "a partition's worker died every time it was tried (out of memory? see the workers' logs)"
        ) from None
    except (distributed.CancelledError, OSError) as err:  # OSError: CommClosedError is one
        why = "it cancelled the batch" if isinstance(err, distributed.CancelledError) else _why(err)
        raise BatchError(
            f"lost the Dask scheduler after {len(results):,} of {len(partitions):,} partitions ({why}); "
            "run the batch again"
        ) from None
    return sorted(results, key=lambda r: r.index)
