"""Start the app: ``tuiread ARTICLE``, ``tuiread -`` (stdin) or ``tuiread`` (the founding sample).

The input is read here, before the terminal is taken over, so a bad path is a
one-line message and exit code 1, never a traceback. Parsing starts at once in
another process (`tuiread.parser.process`), while the interface loads; the app's
worker shows what it sends, behind a loading indicator if it takes a while.

With ``-`` the article arrives on stdin, so stdin is no terminal. Textual's
Linux driver reads keys from file descriptor 0 (``sys.__stdin__.fileno()``),
so once the article is read in full, the controlling terminal (``/dev/tty``)
is put on descriptor 0 and the app reads keys from it as usual.
"""

from __future__ import annotations

import gc
import os
import sys
from typing import TYPE_CHECKING

from tuiread.parser.load import LoadedText, LoadError, load_path

if TYPE_CHECKING:
    from tuiread.app.source import ArticleSource


def reattach_terminal() -> bool:
    """Make descriptor 0 the controlling terminal again (after stdin was read to its end)."""
    if os.isatty(0):
        return True
    try:
        fd = os.open("/dev/tty", os.O_RDWR)
    except OSError:
        return False
    if fd == 0:
        return True  # descriptor 0 was closed (``<&-``): the terminal took its place
    try:
        os.dup2(fd, 0)
    finally:
        os.close(fd)
    return True


def terminal_problem(path: str | None) -> str | None:
    """Why the app cannot run here, or None. Textual's Linux driver reads keys from descriptor 0
    and draws on stderr: without a terminal on both, the app would wait, unseen, for keys that
    never come (``tuiread x.txt </dev/null`` in a script hung), or fail on a closed descriptor
    (``tuiread x.txt <&-`` was a traceback)."""
    if not reattach_terminal():
        if path == "-":
            return "the article came on stdin and there is no terminal to read keys from"
        return (
            "standard input is not a terminal and there is no terminal to read keys from;"
            " `tuiread parse` prints the article"
        )
    if sys.__stdin__ is None:
        # Python found descriptor 0 closed at start-up; now it is the terminal, give it a file object.
        sys.__stdin__ = sys.stdin = open(0, closefd=False)  # noqa: SIM115 - lives as long as the process
    stderr = sys.__stderr__
    if stderr is None or not os.isatty(stderr.fileno()):
        return "standard error is not a terminal, and the app draws there"
    return None


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (OSError, ValueError):
        return False


def read_input(path: str | None) -> LoadedText:
    """The article's text: from ``path``, stdin for ``-``, the founding sample for None (LoadError if unusable)."""
    if path is None:
        from tuiread.samples import founding_sample_path

        return load_path(founding_sample_path())
    from tuiread.fetch import load_input

    return load_input(path)


def start_loading(loaded: LoadedText, *, parse_process: bool = True) -> ArticleSource:
    """What a start does before the interface loads: the parse set going (in another process, so it
    runs on another core while the interface's imports load) and the cyclic collector paused.

    Why the pause: Textual's imports and the first frame make a few hundred thousand objects that
    live as long as the app, and almost no cyclic garbage. The collector walked them about 150
    times on the way, some 30 ms of a 0.55 s start. `TuireadApp` turns it back on after its first
    frame, with those objects frozen (out of its sight).
    """
    from tuiread.app.source import ArticleSource

    source = ArticleSource(loaded=loaded)
    if parse_process:
        source.start_parse_process()
    gc.disable()
    return source


def _refused(message: str) -> int:
    """One line on stderr, and the exit status of bad input."""
    from tuiread.app.plain import shown

    # The message may name a file, and a file name can hold escape sequences for the terminal.
    print(f"tuiread: {shown(message)}", file=sys.stderr)
    return 1


def run_library(inputs: list[str], index: str | None = None) -> int:
    """``tuiread FOLDER`` (or several paths, or a glob): the library screen over their index."""
    from tuiread.library.database import LibraryError
    from tuiread.library.opening import plan_library

    try:
        plan = plan_library(inputs, index)
    except LibraryError as err:
        return _refused(str(err))
    problem = terminal_problem(None)
    if problem is not None:
        return _refused(problem)
    from tuiread.app import style_cache
    from tuiread.app.app import TuireadApp

    app = TuireadApp(library=plan, style_cache=style_cache.default_path())
    app.run()
    return app.return_code or 0


def run_app(path: str | None) -> int:
    if path == "-" and _stdin_is_terminal():
        # Typed or pasted by hand: nothing shows until the input ends, so say how to end it.
        print("tuiread: reading the article from the keyboard; paste or type it, then press ctrl+d", file=sys.stderr)
    try:
        loaded = read_input(path)
    except LoadError as err:
        return _refused(str(err))
    problem = terminal_problem(path)
    if problem is not None:
        return _refused(problem)

    source = start_loading(loaded)
    try:
        from tuiread.app import style_cache
        from tuiread.app.app import TuireadApp

        app = TuireadApp(source, style_cache=style_cache.default_path())
        app.run()
    finally:
        source.close()
    return app.return_code or 0
