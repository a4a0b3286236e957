"""The command line: ``tuiread [ARTICLE]`` opens the app; ``parse`` and ``export`` print.

Exit codes: 0 ok, 1 bad input or failed export (one line on stderr, never a
traceback), 2 usage.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from tuiread import __version__
from tuiread.inert import printable
from tuiread.parser.load import LoadError

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2

DESCRIPTION = "Read and dissect news articles in the terminal: cleaned text, outline, and who said what."
COMMANDS = """commands:
  tuiread [ARTICLE]              open ARTICLE in the app (- reads stdin; none opens the founding sample)
  tuiread parse PATH... [--format text|json|jsonl]
                                 print the parsed article(s); a folder parses every file in it
  tuiread export PATH [--section TITLE...] [--quotes] [--speaker NAME...] [-o FILE]
                                 print or write the selection as Markdown

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
    p.add_argument("article", nargs="?", help="article to open (a file, or - for stdin)")
    p.add_argument("--version", action="version", version=f"tuiread {__version__}")
    return p


def _parse_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="tuiread parse", description="Print the parsed article model of each PATH.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders of them, or - for stdin")
    p.add_argument(
        "--format",
        choices=("text", "json", "jsonl"),
        default="text",
        help="text for people (default); json: one object (an array for several inputs); jsonl: one line per input",
    )
    return p


def _export_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="tuiread export",
        description="Print (or write with -o) a selection of an article as Markdown. "
        "With no selection options the whole article is exported.",
    )
    p.add_argument("path", metavar="PATH", help="article file, or - for stdin")
    p.add_argument(
        "--section",
        action="append",
        default=[],
        metavar="TITLE",
        help="a section to include (repeatable); 'lead' is the untitled first one",
    )
    p.add_argument("--quotes", action="store_true", help="include every quote")
    p.add_argument(
        "--speaker", action="append", default=[], metavar="NAME", help="include the quotes of this speaker (repeatable)"
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
    return p


def _expand(paths: Iterable[str]) -> Iterator[str | LoadError]:
    """Folders stand for the files in them (sorted, hidden ones skipped).

    A folder that cannot be listed or holds no article yields a LoadError: a
    user who named it expected output, so silence would hide the mistake.
    """
    for path in paths:
        if path != "-" and os.path.isdir(path):
            try:
                entries = [e for e in sorted(Path(path).iterdir()) if e.is_file() and not e.name.startswith(".")]
            except OSError as err:
                reason = (err.strerror or str(err)).lower()
                yield LoadError(f"{printable(path)}: cannot list folder ({reason})")
                continue
            if not entries:
                yield LoadError(f"{printable(path)}: folder holds no article files")
            yield from (str(e) for e in entries)
        else:
            yield path


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


def _parse_to_json(job: tuple[str | LoadError, int | None]) -> tuple[str | None, str | None]:
    """Parse one input to its JSON record, or to the one-line error saying why not (in a worker)."""
    pieces, error = _parse_to_pieces(job)
    return ("".join(pieces) if pieces is not None else None), error


def _parse_to_pieces(job: tuple[str | LoadError, int | None]) -> tuple[Iterator[str] | None, str | None]:
    """Parse one input to its JSON record in pieces (`json_record.record_pieces`), or to the error."""
    from tuiread.json_record import record_pieces, record_text
    from tuiread.parser import parse_path

    path, indent = job
    try:
        if isinstance(path, LoadError):
            raise path
        article = parse_path(path)
    except LoadError as err:
        return None, str(err)
    return (record_pieces(article) if indent is None else iter((record_text(article, indent),))), None


# Many inputs parse in parallel processes (a folder of a thousand articles); a few do not
# pay for starting them.
_PARALLEL_FROM = 16


def _parsed_json(paths: list[str | LoadError], indent: int | None) -> Iterator[tuple[Iterator[str] | None, str | None]]:
    """Each input's record in pieces (written as they come: a long article's record is never
    held whole), or the error saying why there is none."""
    jobs = [(path, indent) for path in paths]
    workers = min(os.cpu_count() or 1, 8)
    if len(jobs) < _PARALLEL_FROM or workers < 2 or "-" in paths:
        yield from map(_parse_to_pieces, jobs)
        return
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        for record, error in pool.map(_parse_to_json, jobs, chunksize=8):
            yield (iter((record,)) if record is not None else None), error
    finally:
        # Closed early (the reader left, ctrl+c): drop the queued inputs instead of parsing them all
        # before exiting. After a full run there is nothing left to cancel.
        pool.shutdown(wait=True, cancel_futures=True)


def cmd_parse(argv: Sequence[str]) -> int:
    args = _parse_parser().parse_args(argv)
    status = EXIT_OK
    out = _utf8_stdout()
    records: list[str] = []
    paths = list(_expand(args.paths))
    if args.format in ("json", "jsonl"):
        with contextlib.closing(_parsed_json(paths, 2 if args.format == "json" else None)) as results:
            for pieces, error in results:
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
        from tuiread.parser import parse_path
        from tuiread.render_text import render_article

        try:
            if isinstance(path, LoadError):
                raise path
            article = parse_path(path)
        except LoadError as err:
            _fail(str(err))
            status = EXIT_BAD_INPUT
            continue
        with _writing():
            render_article(article, out)
    with _writing():
        if args.format == "json" and records:
            out.write(records[0] + "\n" if len(records) == 1 else "[\n" + ",\n".join(records) + "\n]\n")
        out.flush()
    return status


def cmd_export(argv: Sequence[str]) -> int:
    args = _export_parser().parse_args(argv)
    from tuiread.export import ExportError, Selection, output_path, render_markdown, write_atomic
    from tuiread.parser import parse_path

    try:
        article = parse_path(args.path)
    except LoadError as err:
        _fail(str(err))
        return EXIT_BAD_INPUT
    try:
        selection = Selection.from_names(article, sections=args.section, speakers=args.speaker, all_quotes=args.quotes)
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
        _fail(str(err))
        return EXIT_BAD_INPUT
    _say(f"wrote {printable(str(target))}")
    return EXIT_OK


def cmd_app(argv: Sequence[str]) -> int:
    args = _main_parser().parse_args(argv)
    from tuiread.app.launch import run_app

    return run_app(args.article)


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
    commands = {"parse": cmd_parse, "export": cmd_export}
    try:
        if argv and argv[0] in commands:
            return commands[argv[0]](argv[1:])
        return cmd_app(argv)
    except UsageError as err:
        _say(str(err), "Try `tuiread --help`.")
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
