"""Start the app: ``tuiread ARTICLE``, ``tuiread -`` (stdin) or ``tuiread`` (the founding sample).

The input is read here, before the terminal is taken over, so a bad path is a
one-line message and exit code 1, never a traceback. Parsing happens in the
app's worker, behind a loading indicator.

With ``-`` the article arrives on stdin, so stdin is no terminal. Textual's
Linux driver reads keys from file descriptor 0 (``sys.__stdin__.fileno()``),
so once the article is read in full, the controlling terminal (``/dev/tty``)
is put on descriptor 0 and the app reads keys from it as usual.
"""

from __future__ import annotations

import os
import sys

from tuiread.parser.load import LoadedText, LoadError, load_path


def reattach_terminal() -> bool:
    """Make descriptor 0 the controlling terminal again (after stdin was read to its end)."""
    if os.isatty(0):
        return True
    try:
        fd = os.open("/dev/tty", os.O_RDWR)
    except OSError:
        return False
    try:
        os.dup2(fd, 0)
    finally:
        os.close(fd)
    return True


def read_input(path: str | None) -> LoadedText:
    """The article's text: from ``path``, stdin for ``-``, the founding sample for None (LoadError if unusable)."""
    if path is None:
        from tuiread.samples import founding_sample_path

        return load_path(founding_sample_path())
    return load_path(path)


def run_app(path: str | None) -> int:
    try:
        loaded = read_input(path)
    except LoadError as err:
        print(f"tuiread: {err}", file=sys.stderr)
        return 1
    if path == "-" and not reattach_terminal():
        print("tuiread: the article came on stdin and there is no terminal to read keys from", file=sys.stderr)
        return 1

    from tuiread.app.app import ArticleSource, TuireadApp

    app = TuireadApp(ArticleSource(loaded=loaded))
    app.run()
    return app.return_code or 0
