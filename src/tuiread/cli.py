"""The command line: ``tuiread [ARTICLE]`` opens the app; ``parse`` and ``export`` print.

Exit codes: 0 ok, 1 bad input or failed export (one line on stderr, never a
traceback), 2 usage.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from tuiread import __version__
from tuiread.inert import printable
from tuiread.parser.load import LoadError

if TYPE_CHECKING:
    from tuiread.library.index import IndexProgress, IndexReport, Library
    from tuiread.library.people import LibraryQuote
    from tuiread.model import Article

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2

DESCRIPTION = "Read and dissect news articles in the terminal: cleaned text, outline, and who said what."
COMMANDS = """commands:
  tuiread [ARTICLE]              open ARTICLE in the app: a text file, a web page (page.html) or an
                                 http(s) address (- reads stdin; none opens the founding sample)
  tuiread parse PATH... [--format text|json|jsonl] [--markdown] [--no-corrections]
                                 print the parsed article(s); a folder parses its .txt files
                                 and saved web pages (.html, .htm)
  tuiread parse --dask SCHEDULER PATH|URL... -o OUT_DIR [--partition-size N]
                                 parse on a Dask cluster into JSONL shards in OUT_DIR
                                 (pip install 'tuiread[dask]')
  tuiread export PATH [--section TITLE...] [--quotes] [--speaker NAME...] [--reported|--direct-only]
                 [-o FILE] [--no-corrections]
                                 print or write the selection as Markdown
  tuiread corrections list PATH  the reader's saved corrections of PATH's quotes, oldest first
  tuiread corrections undo PATH [--all]
                                 undo the latest correction (or all of them)
  tuiread corrections path PATH  where PATH's corrections are kept
  tuiread index FOLDER|PATH|GLOB... [--index FILE] [--quiet] [--from-jsonl]
                                 index a library of articles (only what changed is parsed again)
  tuiread search QUERY [LIBRARY...] [--format text|jsonl]
                                 search every article's text and quotes in a library
  tuiread quotes [LIBRARY...] [--speaker NAME] [--format text|jsonl|markdown] [-o FILE]
                                 the quotes of a library, or of one person across it

parse and export apply the saved corrections (who said a quote, or that it is none);
--no-corrections reads the article as the parser found it.

Run `tuiread COMMAND --help` for a command's options."""


class UsageError(Exception):
    pass


class OutputError(Exception):
    """Standard output could not be written (closed, disk full). ``str(err)`` says why.

    Not the reader going away (`| head`): that is a BrokenPipeError, and no error at all.
    """


@contextlib.contextmanager
def _writing() -> Iterator[None]:
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as err:
        raise OutputError((err.strerror or str(err)).lower()) from None
    except ValueError as err:
        if "closed file" not in str(err):  # any other ValueError is a bug, not the output's fault
            raise
        raise OutputError("standard output is closed") from None


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # printable: argparse quotes the arguments it did not understand, escape sequences and all.
        raise UsageError(printable(f"{self.prog}: {message}"))


def _main_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="tuiread",
        description=DESCRIPTION,
        epilog=COMMANDS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "article",
        nargs="*",
        help="article to open (a file, a web page, an http(s) address, or - for stdin); a folder, several"
        " paths or a glob open a library of articles",
    )
    p.add_argument("--index", metavar="PATH", help="a library's index file (default: in the cache folder)")
    p.add_argument("--version", action="version", version=f"tuiread {__version__}")
    return p


def _parse_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="tuiread parse", description="Print the parsed article model of each PATH.")
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files (text or web pages), http(s) addresses, folders of them, or - for stdin",
    )
    p.add_argument(
        "--format",
        choices=("text", "json", "jsonl"),
        help="text for people (default); json: one object (an array for several inputs); jsonl: one line per input",
    )
    p.add_argument(
        "--markdown", action="store_true", help="in a folder, read .md files as articles too (not only .txt)"
    )
    _no_corrections_option(p)
    dask = p.add_argument_group(
        "on a Dask cluster",
        "Parse on the cluster whose scheduler is at SCHEDULER (tcp://host:8786) into JSONL shards in OUT_DIR, "
        "one record per input as --format jsonl prints it (an input that gives no article: "
        '{"file": …, "error": …}). PATHs and OUT_DIR are read and written by the workers: a shared '
        "file system, or fsspec URLs (s3://bucket/news/*.txt). Needs: pip install 'tuiread[dask]'.",
    )
    dask.add_argument("--dask", metavar="SCHEDULER", help="the Dask scheduler's address")
    dask.add_argument("-o", "--output", metavar="OUT_DIR", help="the folder (or fsspec URL) for the shards")
    dask.add_argument(
        "--partition-size",
        type=_positive,
        default=None,
        metavar="N",
        help="inputs per task and shard (default 100)",
    )
    return p


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {text!r}")
    return value


def _export_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="tuiread export",
        description="Print (or write with -o) a selection of an article as Markdown. "
        "With no selection options the whole article is exported.",
    )
    p.add_argument("path", metavar="PATH", help="article file (text or web page), http(s) address, or - for stdin")
    p.add_argument(
        "--section",
        action="append",
        default=[],
        metavar="TITLE",
        help="a section to include (repeatable); 'lead' is the untitled first one",
    )
    p.add_argument("--quotes", action="store_true", help="include every quote and all reported speech")
    p.add_argument(
        "--speaker",
        action="append",
        default=[],
        metavar="NAME",
        help="include the quotes and reported speech of this speaker (repeatable)",
    )
    kinds = p.add_mutually_exclusive_group()
    kinds.add_argument(
        "--reported",
        action="store_true",
        help="of the quotes --quotes or --speaker takes, only reported speech (alone: all of it)",
    )
    kinds.add_argument(
        "--direct-only",
        action="store_true",
        help="of the quotes --quotes or --speaker takes, only direct quotes (alone: all of them)",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE (atomically) instead of printing; a folder (FOLDER/) gets the article's file name in it",
    )
    p.add_argument(
        "--force", action="store_true", help="overwrite FILE if it exists (through a link: the file it names)"
    )
    _no_corrections_option(p)
    return p


def _no_corrections_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--no-corrections",
        dest="corrections",
        action="store_false",
        help="ignore the corrections saved for the article (tuiread corrections list PATH shows them)",
    )


def _library_options(p: argparse.ArgumentParser, *, required: bool = False) -> None:
    p.add_argument(
        "library",
        nargs="+" if required else "*",
        metavar="LIBRARY",
        help="the library's folders, article files or globs (none: the library of --index, else the last one indexed)"
        if not required
        else "folders of articles, article files or globs ('news/*.txt'); "
        "with --from-jsonl, JSONL files or folders of them",
    )
    p.add_argument(
        "--index",
        metavar="FILE",
        help="the library's index file (default: one per library in the cache folder, ~/.cache/tuiread/libraries)",
    )
    p.add_argument("--quiet", action="store_true", help="no progress bar or summary on stderr (errors still)")


def _index_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="tuiread index",
        description="Index a library: parse every article of the folders and files named into a SQLite "
        "database, for tuiread search and tuiread quotes. Run again, it parses only what changed.",
    )
    _library_options(p, required=True)
    p.add_argument(
        "--from-jsonl",
        action="store_true",
        help="build the library from JSONL records (tuiread parse --format jsonl), without parsing again",
    )
    p.add_argument(
        "--markdown", action="store_true", help="in a folder, read .md files as articles too (not only .txt)"
    )
    return p


def _search_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="tuiread search",
        description="Search every article's title, text and quotes in a library (indexing what changed first). "
        "Words are found in order, accents and punctuation aside; a query with a capital matches case.",
    )
    p.add_argument("query", metavar="QUERY", help="the words to find")
    _library_options(p)
    p.add_argument(
        "--format", choices=("text", "jsonl"), default="text", help="text for people (default); jsonl: a line per hit"
    )
    p.add_argument("--limit", type=int, default=50, metavar="N", help="at most N hits (default 50)")
    return p


def _quotes_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="tuiread quotes",
        description="The quotes of a library, article by article, or every quote of one person across it "
        "(name variants merged: 'Sherman' is Wendy Sherman when she is the only Sherman).",
    )
    _library_options(p)
    p.add_argument("--speaker", metavar="NAME", help="only this person's (or organisation's) quotes")
    p.add_argument(
        "--format",
        choices=("text", "jsonl", "markdown"),
        default="text",
        help="text for people (default); jsonl: a line per quote; markdown: grouped by article with source lines",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of printing")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    return p


def _corrections_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="tuiread corrections",
        description="The corrections a reader saved for an article's quotes (a speaker set by hand, "
        "or a quote marked not a quote). parse, export and the app apply them.",
    )
    actions = p.add_subparsers(dest="action", required=True, metavar="{list,undo,path}", parser_class=_Parser)
    listing = actions.add_parser("list", help="print the article's corrections, oldest first")
    listing.add_argument("path", metavar="PATH", help="article file, or - for stdin")
    undo = actions.add_parser("undo", help="undo the latest correction (--all: every one)")
    undo.add_argument("path", metavar="PATH", help="article file, or - for stdin")
    undo.add_argument("--all", action="store_true", help="undo every correction of the article")
    where = actions.add_parser("path", help="print where the article's corrections are kept")
    where.add_argument("path", metavar="PATH", help="article file, or - for stdin")
    return p


def _expand(paths: Iterable[str], *, markdown: bool = False) -> Iterator[str | LoadError]:
    """Folders stand for the article files in them (sorted; hidden ones, and files of another kind,
    such as a README.md beside the articles, skipped and said so).

    A folder that cannot be listed or holds no article yields a LoadError: a
    user who named it expected output, so silence would hide the mistake.
    """
    from tuiread.library.sources import list_folder

    for path in paths:
        if path != "-" and os.path.isdir(path):
            listing = list_folder(path, markdown=markdown)
            if listing.error:
                yield LoadError(listing.error)
                continue
            if listing.skipped:
                _say(_skipped_note(path, list(listing.skipped), markdown))
            if not listing.articles:
                yield LoadError(f"{printable(path)}: folder holds no article files")
            yield from (str(Path(e)) for e in listing.articles)  # as Path writes it: "./a//b" is "a/b"
        else:
            yield path


def _skipped_note(folder: str, names: list[str], markdown: bool) -> str:
    shown = ", ".join(printable(n) for n in names[:5]) + (f" and {len(names) - 5:,} more" if len(names) > 5 else "")
    from tuiread.library.sources import MARKDOWN_SUFFIXES

    hint = "; name a file to read it"
    if not markdown and any(Path(n).suffix.lower() in MARKDOWN_SUFFIXES for n in names):
        hint = "; --markdown reads .md files too, or name a file to read it"
    kinds = "(.txt, .html)"
    what = f"file that is not an article {kinds}" if len(names) == 1 else f"files that are not articles {kinds}"
    return f"tuiread: skipped {len(names):,} {what} in {printable(folder)}: {shown}{hint}"


def _say(*lines: str) -> None:
    """Lines on stderr. With stderr closed, nothing: print(file=None) would write to stdout,
    into the middle of the JSON a program is reading."""
    if sys.stderr is None:
        return
    with contextlib.suppress(OSError, ValueError):
        for line in lines:
            print(line, file=sys.stderr, flush=True)


def _fail(message: str) -> None:
    _say(f"tuiread: {message}")


def _read_article(path: str | LoadError, corrections: bool, doing: str) -> tuple[Article, str | None]:
    """The parsed article with its saved corrections (unless ``corrections`` is false), and a
    notice when some of them no longer find their quote. LoadError (one line) if the input or its
    corrections cannot be read; ``doing`` ("parse", "export") names what --no-corrections would let go on."""
    from tuiread.corrections import CorrectionsError, corrected_article
    from tuiread.fetch import load_input
    from tuiread.parser import parse_loaded

    if isinstance(path, LoadError):
        raise path
    article = parse_loaded(load_input(path))
    try:
        applied = corrected_article(article, ignore=not corrections)
    except CorrectionsError as err:
        raise LoadError(f"{err}; pass --no-corrections to {doing} without them") from None
    return applied.article, _orphans_notice(len(applied.orphaned), path)


def _orphans_notice(count: int, path: str) -> str | None:
    if not count:
        return None
    import shlex

    from tuiread.corrections import orphans_said

    return f"{orphans_said(count)} (tuiread corrections list {shlex.quote(printable(path))})"


# An input to parse: the path (or why it cannot be read), the JSON indent, whether corrections apply.
_Job = tuple[str | LoadError, int | None, bool]
# What came of it: the record (in pieces) and a notice for stderr (or None), or the error.
_Result = tuple[Iterator[str] | None, str | None, str | None]


def _parse_to_json(job: _Job) -> tuple[str | None, str | None, str | None]:
    """Parse one input to its JSON record, or to the one-line error saying why not (in a worker)."""
    pieces, error, notice = _parse_to_pieces(job)
    return ("".join(pieces) if pieces is not None else None), error, notice


def _parse_to_pieces(job: _Job) -> _Result:
    """Parse one input to its JSON record in pieces (`json_record.record_pieces`), or to the error."""
    from tuiread.json_record import record_pieces, record_text

    path, indent, corrections = job
    try:
        article, notice = _read_article(path, corrections, "parse")
    except LoadError as err:
        return None, str(err), None
    return (record_pieces(article) if indent is None else iter((record_text(article, indent),))), None, notice


# Many inputs parse in parallel processes (a folder of a thousand articles); a few do not
# pay for starting them.
_PARALLEL_FROM = 16


def _parsed_json(paths: list[str | LoadError], indent: int | None, corrections: bool) -> Iterator[_Result]:
    """Each input's record in pieces (written as they come: a long article's record is never
    held whole), or the error saying why there is none."""
    jobs = [(path, indent, corrections) for path in paths]
    workers = min(os.cpu_count() or 1, 8)
    if len(jobs) < _PARALLEL_FROM or workers < 2 or "-" in paths:
        yield from map(_parse_to_pieces, jobs)
        return
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        for record, error, notice in pool.map(_parse_to_json, jobs, chunksize=8):
            yield (iter((record,)) if record is not None else None), error, notice
    finally:
        # Closed early (the reader left, ctrl+c): drop the queued inputs instead of parsing them all
        # before exiting. After a full run there is nothing left to cancel.
        pool.shutdown(wait=True, cancel_futures=True)


def cmd_parse(argv: Sequence[str]) -> int:
    parser = _parse_parser()
    args = parser.parse_args(argv)
    if args.dask is not None or args.output is not None or args.partition_size is not None:
        return _parse_on_dask(parser, args)
    args.format = args.format or "text"
    status = EXIT_OK
    out = _utf8_stdout()
    records: list[str] = []
    paths = list(_expand(args.paths, markdown=args.markdown))
    if args.format in ("json", "jsonl"):
        indent = 2 if args.format == "json" else None
        with contextlib.closing(_parsed_json(paths, indent, args.corrections)) as results:
            for pieces, error, notice in results:
                if notice:
                    _fail(notice)
                if pieces is None:
                    _fail(error or "")
                    status = EXIT_BAD_INPUT
                elif args.format == "jsonl":
                    with _writing():
                        for piece in pieces:
                            out.write(piece)
                        out.write("\n")
                else:
                    records.append("".join(pieces))
    for path in paths if args.format == "text" else ():
        from tuiread.render_text import render_article

        try:
            article, notice = _read_article(path, args.corrections, "parse")
        except LoadError as err:
            _fail(str(err))
            status = EXIT_BAD_INPUT
            continue
        if notice:
            _fail(notice)
        with _writing():
            render_article(article, out)
    with _writing():
        if args.format == "json" and records:
            out.write(records[0] + "\n" if len(records) == 1 else "[\n" + ",\n".join(records) + "\n]\n")
        out.flush()
    return status


def _parse_on_dask(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """``tuiread parse --dask SCHEDULER … -o OUT_DIR``: the shards written, a summary on stderr,
    each bad input's line as ``tuiread parse`` prints it (the first few; the shards hold all)."""
    if args.dask is None:
        parser.error("-o and --partition-size go with --dask (without it, parse prints to standard output)")
    if args.output is None:
        parser.error("--dask needs -o OUT_DIR, the folder for the JSONL shards")
    if args.format not in (None, "jsonl"):
        parser.error("--dask writes JSONL shards: leave out --format, or give --format jsonl")
    if "-" in args.paths:
        parser.error("--dask reads files and addresses, not standard input (-)")
    import logging

    from tuiread.batch import DEFAULT_PARTITION_SIZE, BatchError, import_distributed, parse_on_dask

    try:
        import_distributed()
        # Dask logs each lost connection with its traceback, through handlers of its own on its
        # loggers; our one line says what happened.
        for name in list(logging.Logger.manager.loggerDict):
            if name.split(".")[0] == "distributed":
                for handler in logging.getLogger(name).handlers:
                    handler.setLevel(logging.CRITICAL + 1)
        # And a client closing under load leaves futures that timed out, which asyncio reports at
        # exit ("Future exception was never retrieved … Timeout"): the shards are written by then.
        logging.getLogger("asyncio").setLevel(logging.CRITICAL + 1)
        with _partitions_progress() as progress:
            summary = parse_on_dask(
                args.paths,
                args.output,
                args.dask,
                partition_size=args.partition_size or DEFAULT_PARTITION_SIZE,
                markdown=args.markdown,
                corrections=args.corrections,
                progress=progress,
            )
    except BatchError as err:
        _fail(str(err))
        return EXIT_BAD_INPUT
    for name, count in summary.orphaned:
        _fail(_orphans_notice(count, name) or "")
    for line in summary.error_lines:
        _fail(line)
    if summary.errors > len(summary.error_lines):
        _fail(
            f"and {summary.errors - len(summary.error_lines):,} more inputs gave no article (see their error records)"
        )
    what = f"{_count(summary.articles, 'article')} and {_count(summary.errors, 'error record')}"
    _say(f"wrote {what} in {_count(len(summary.shards), 'shard')} to {printable(summary.out_dir)}")
    return EXIT_BAD_INPUT if summary.errors else EXIT_OK


@contextlib.contextmanager
def _partitions_progress() -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar of the partitions done, on stderr when it is a terminal (else nothing)."""
    if sys.stderr is None or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("parsing on Dask", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance


def cmd_export(argv: Sequence[str]) -> int:
    args = _export_parser().parse_args(argv)
    from tuiread.export import ExportError, output_path, render_markdown
    from tuiread.files import write_atomic
    from tuiread.selection import Selection

    try:
        article, notice = _read_article(args.path, args.corrections, "export")
    except LoadError as err:
        _fail(str(err))
        return EXIT_BAD_INPUT
    if notice:
        _fail(notice)
    try:
        kinds = "reported" if args.reported else "direct" if args.direct_only else "both"
        selection = Selection.from_names(
            article,
            sections=args.section,
            speakers=args.speaker,
            # --reported or --direct-only alone: every one of that kind.
            all_quotes=args.quotes or (kinds != "both" and not args.speaker),
            kinds=kinds,
        )
    except ValueError as err:
        _fail(str(err))
        return EXIT_BAD_INPUT
    markdown = render_markdown(article, selection)
    if args.output is None:
        out = _utf8_stdout()
        with _writing():
            out.write(markdown)
            out.flush()
        return EXIT_OK
    try:
        target = output_path(args.output, article)
        write_atomic(target, markdown, overwrite=args.force)
    except ExportError as err:
        message = str(err)
        if message.endswith("already exists (not overwritten)"):
            message = message.removesuffix(")") + "; --force replaces it)"
        _fail(message)
        return EXIT_BAD_INPUT
    _say(f"wrote {printable(str(target))}")
    return EXIT_OK


def cmd_corrections(argv: Sequence[str]) -> int:
    args = _corrections_parser().parse_args(argv)
    from tuiread.corrections import CorrectionsError, CorrectionStore, apply_corrections, article_key
    from tuiread.fetch import load_input
    from tuiread.parser import parse_loaded

    try:
        article = parse_loaded(load_input(args.path))
    except LoadError as err:
        _fail(str(err))
        return EXIT_BAD_INPUT
    store = CorrectionStore()
    key = article_key(article)
    file = printable(str(store.path_for(key)))
    none = f"no corrections for {printable(args.path)}"
    lines: list[str] = []
    try:
        if args.action == "path":
            lines.append(file)
        elif args.action == "list":
            corrections = store.load(key)
            orphaned = apply_corrections(article, corrections).orphaned
            if corrections:
                _say(f"{_count(len(corrections), 'correction')} in {file}")
            lines.extend(c.describe() + (" (no longer matches a quote)" if c in orphaned else "") for c in corrections)
            lines = lines or [none]
        elif args.all:
            undone = store.clear(key)
            lines.append(f"undid {_count(undone, 'correction')}" if undone else none)
        else:
            gone = store.undo(key)
            lines.append(f"undid: {gone.describe()}" if gone else none)
    except CorrectionsError as err:
        _fail(str(err))
        return EXIT_BAD_INPUT
    out = _utf8_stdout()
    with _writing():
        for line in lines:
            out.write(printable(line) + "\n")
        out.flush()
    return EXIT_OK


# ---- the library ----------------------------------------------------------------------------


class _IndexProgressBar:
    """A rich progress bar on stderr while a library is indexed (nothing when stderr is no terminal)."""

    def __init__(self, quiet: bool) -> None:
        self._progress: Any = None
        self._task: Any = None
        if quiet or sys.stderr is None or not sys.stderr.isatty():
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(
            TextColumn("indexing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[parsed]} parsed"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )

    def __enter__(self) -> _IndexProgressBar:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def __call__(self, state: IndexProgress) -> None:
        if self._progress is None:
            return
        if self._task is None:
            self._task = self._progress.add_task("index", total=state.total, parsed=0)
        self._progress.update(self._task, completed=state.done, total=state.total, parsed=state.parsed)


def _open_library(args: argparse.Namespace, *, from_jsonl: bool = False) -> tuple[Library, int]:
    """The library the arguments name, brought up to date (progress on stderr), and the exit status
    its inputs earn (1 if some could not be read). LibraryError if there is none to open."""
    from tuiread.library.index import Library
    from tuiread.library.opening import plan_library

    plan = plan_library(args.library, args.index, from_jsonl=from_jsonl, markdown=getattr(args, "markdown", False))
    status = EXIT_OK
    for problem in plan.problems:
        _fail(problem)
        status = EXIT_BAD_INPUT
    if not args.quiet and args.command == "index":  # said once, when the library is made, not on every search
        for folder, names in plan.skipped:
            _say(_skipped_note(folder, list(names), getattr(args, "markdown", False)))
    library = Library.open(plan.index)
    for notice in library.notices:
        _fail(notice)
    try:
        with _IndexProgressBar(args.quiet) as bar:
            report = plan.update(library, progress=bar)
    except BaseException:
        library.close()
        raise
    for failure in report.failed:
        _fail(failure)
        status = EXIT_BAD_INPUT
    if not args.quiet and (report.parsed or report.removed or args.command == "index"):
        _say(_index_summary(report, library))
    return library, status


def _index_summary(report: IndexReport, library: Library) -> str:
    parts = [f"{report.parsed:,} parsed" if library.source_kind() == "files" else f"{report.parsed:,} imported"]
    if report.unchanged:
        parts.append(f"{report.unchanged:,} unchanged")
    if report.removed:
        parts.append(f"{report.removed:,} removed")
    if report.failed:
        parts.append(f"{len(report.failed):,} unreadable")
    articles = _count(library.article_count(), "article")
    return f"tuiread: {articles} in {printable(str(library.path))} ({', '.join(parts)}; {report.seconds:.1f} s)"


def _library_command(argv: Sequence[str], name: str, parser: argparse.ArgumentParser) -> int:
    """Run a library command: one line and status 1 for what stops it (no FTS5, no library, a
    damaged index that cannot be rebuilt), 130 with a note on ctrl+c (the index keeps what it wrote)."""
    import sqlite3

    from tuiread.library.index import LibraryError

    args = parser.parse_args(argv)
    args.command = name
    try:
        run = {"index": _run_index, "search": _run_search, "quotes": _run_quotes}[name]
        return run(args)
    except LibraryError as err:
        _fail(str(err))
        return EXIT_BAD_INPUT
    except sqlite3.Error as err:  # a disk full or a file gone mid-run: the batches written stay
        _fail(f"the library's index failed: {str(err).lower()}")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        _fail("interrupted: the index keeps the articles written so far; run it again to finish")
        return 130


def _run_index(args: argparse.Namespace) -> int:
    library, status = _open_library(args, from_jsonl=args.from_jsonl)
    library.close()
    return status


def _run_search(args: argparse.Namespace) -> int:
    from tuiread.json_record import inert_json
    from tuiread.library.export import shown_path
    from tuiread.library.search import search

    if args.limit < 1:
        raise UsageError("tuiread search: --limit must be at least 1")
    library, status = _open_library(args)
    with library:
        hits = search(library, args.query, limit=args.limit)
    out = _utf8_stdout()
    with _writing():
        for hit in hits:
            if args.format == "jsonl":
                record = {
                    "path": shown_path(hit.path),
                    "title": hit.title,
                    "kind": hit.kind,
                    "start": hit.start,
                    "end": hit.end,
                    "speaker": hit.speaker,
                    "snippet": hit.snippet,
                }
                out.write(inert_json(record) + "\n")
                continue
            where = printable(f"{shown_path(hit.path)}:{hit.start}")
            out.write(f"{where}  {printable(hit.title or 'Untitled article')}\n")
            said = f"{printable(hit.speaker)}: " if hit.speaker else ""
            out.write(f"    {said}{printable(hit.snippet)}\n")
        out.flush()
    if not hits and not args.quiet:
        _say(f"tuiread: nothing found for {printable(args.query)}")
    return status


def _run_quotes(args: argparse.Namespace) -> int:
    from tuiread.files import WriteError, write_atomic
    from tuiread.library.export import quotes_markdown
    from tuiread.library.people import all_quotes, find_person, person_quotes

    library, status = _open_library(args)
    with library:
        if args.speaker is not None:
            person = find_person(library, args.speaker)
            quotes = person_quotes(library, person)
            heading = f"Quotes by {person.name}"
        else:
            quotes = all_quotes(library)
            heading = "Quotes"
    text = _quotes_text(quotes, args.format) if args.format != "markdown" else quotes_markdown(quotes, heading)
    if args.output is None:
        out = _utf8_stdout()
        with _writing():
            out.write(text)
            out.flush()
        return status
    try:
        written = write_atomic(args.output, text, overwrite=args.force)
    except WriteError as err:
        message = str(err)
        if message.endswith("already exists (not overwritten)"):
            message = message.removesuffix(")") + "; --force replaces it)"
        _fail(message)
        return EXIT_BAD_INPUT
    if not args.quiet:
        _say(f"wrote {printable(str(written))}")
    return status


def _quotes_text(quotes: Sequence[LibraryQuote], fmt: str) -> str:
    from itertools import groupby

    from tuiread.export import cue_words, quote_attribution
    from tuiread.json_record import inert_json
    from tuiread.library.export import shown_path
    from tuiread.model import Quote

    lines: list[str] = []
    for _, group in groupby(quotes, key=lambda q: q.article):
        items = list(group)
        if fmt == "text":
            first = items[0]
            lines.append(printable(f"{first.title or 'Untitled article'} ({shown_path(first.path)})"))
        for q in items:
            if fmt == "jsonl":
                record = {
                    "path": shown_path(q.path),
                    "title": q.title,
                    "date": q.date,
                    "speaker": q.speaker,
                    "role": q.role,
                    "cue": q.cue,
                    "text": q.text,
                    "start": q.start,
                    "end": q.end,
                }
                lines.append(inert_json(record))
                continue
            who = quote_attribution(Quote(start=q.start, end=q.end, speaker=q.speaker, role=q.role))
            cue = f" ({said})" if (said := cue_words(q.cue)) else ""
            lines.append(printable(f"  {who}{cue}: “{q.text}”"))
    return "".join(line + "\n" for line in lines)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _is_library(paths: Sequence[str]) -> bool:
    """Several paths, a folder, or a pattern no file is named by: a library, not one article."""
    if len(paths) != 1:
        return len(paths) > 1
    path = paths[0]
    if path == "-" or "://" in path:
        return False
    return os.path.isdir(path) or (not os.path.exists(path) and any(c in path for c in "*?["))


def cmd_app(argv: Sequence[str]) -> int:
    args = _main_parser().parse_args(argv)
    if args.index is not None and not args.article:
        from tuiread.app.launch import run_library

        return run_library([], args.index)
    if _is_library(args.article):
        from tuiread.app.launch import run_library

        return run_library(list(args.article), args.index)
    if args.index is not None:
        raise UsageError("tuiread: --index names a library's index: give a folder, several paths or a glob")
    from tuiread.app.launch import run_app

    return run_app(args.article[0] if args.article else None)


def _utf8_stdout() -> TextIO:
    """Article text is Unicode whatever the locale says; never die on an unencodable character.

    OutputError when there is no standard output at all (``tuiread parse x >&-``).
    """
    stream = sys.stdout
    if stream is None:
        raise OutputError("standard output is closed")
    with contextlib.suppress(AttributeError, ValueError):
        stream.reconfigure(errors="replace")  # type: ignore[union-attr]
    return stream


def _silence_stdout() -> None:
    """Send what is still buffered for a dead stdout nowhere, so the flush at exit cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = {
        "parse": cmd_parse,
        "export": cmd_export,
        "corrections": cmd_corrections,
        "index": lambda a: _library_command(a, "index", _index_parser()),
        "search": lambda a: _library_command(a, "search", _search_parser()),
        "quotes": lambda a: _library_command(a, "quotes", _quotes_parser()),
    }
    try:
        if argv and argv[0] in commands:
            return commands[argv[0]](argv[1:])
        return cmd_app(argv)
    except UsageError as err:
        command = argv[0] if argv and argv[0] in commands else None
        _say(str(err), f"Try `tuiread {command} --help`." if command else "Try `tuiread --help`.")
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (`| head`): not an error worth a traceback, nor a failure.
        _silence_stdout()
        return EXIT_OK
    except OutputError as err:
        _silence_stdout()
        _fail(f"cannot write output ({err})")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


def entry_point() -> None:
    sys.exit(main())
