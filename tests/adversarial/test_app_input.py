"""The app and broken input: a clear message and an app that keeps running; no terminal, a clear exit.

Given a path it cannot read, the app says so in the text pane and a notification and
goes on answering keys. Started with no terminal to read keys from or draw on (stdin
closed or redirected, in a script or a cron job), ``tuiread ARTICLE`` exits 1 with one
line: it neither hangs waiting for keys nobody can type nor dies with a traceback.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from advhelpers import (
    FOUNDING,
    TIMEOUT,
    TUIREAD,
    assert_one_clear_line,
    child_environment,
    close_stdin,
    make_app,
    needs_tuiread,
    settled,
    wait_for,
)
from brokenfiles import BROKEN as BROKEN_FILES
from textual.widgets import Button

from tuiread.app.app import TuireadApp
from tuiread.app.compat import notifications
from tuiread.app.screens.main import MainScreen
from tuiread.app.source import ArticleSource
from tuiread.parser.load import LoadedText

WIDE = (160, 48)


def _folder(folder: Path) -> tuple[Path, str]:
    path = folder / "a-folder"
    path.mkdir()
    return path, "is a directory"


# The command line's broken files (a folder is a list of articles there, one the app refuses).
BROKEN: dict[str, Callable[[Path], tuple[Path, str]]] = {
    **{kind: BROKEN_FILES[kind] for kind in ("missing", "empty", "whitespace", "random-binary", "fifo")},
    "folder": _folder,
}


async def _keeps_running(pilot: object, app: object, screen: MainScreen) -> None:
    """Every key a user might try on an app with no article: no crash, no change of screen."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    for key in ("j", "k", "G", "g", "ctrl+d", "n", "N", "space", "v", "r", "e", "tab", "3", "enter", "4", "f"):
        await pilot.press(key)
    await pilot.press("slash", "x", "enter", "escape")
    await pilot.pause()
    assert pilot.app.is_running
    assert pilot.app.screen is screen  # no dialog opened on nothing (export said there is nothing)


@pytest.mark.parametrize("kind", sorted(BROKEN))
async def test_a_path_the_app_cannot_read_is_a_message_and_the_app_keeps_running(tmp_path: Path, kind: str) -> None:
    path, reason = BROKEN[kind](tmp_path)
    app = make_app(tmp_path, ArticleSource(path))
    async with app.run_test(size=WIDE) as pilot:
        screen = await settled(pilot)
        assert screen.article is None
        assert screen.load_error is not None and reason in screen.load_error
        assert path.name in screen.load_error  # it says which file
        # The whole message can be read in the text pane, however long the path: wrapped, not cut.
        rows = [screen.text_view.render_line(y).text for y in range(8)]
        shown = "".join("".join(rows).split())  # rows break at spaces or, in a long path, anywhere
        assert shown.startswith("Couldnotopenthearticle"), rows
        assert "".join(reason.split()) in shown and path.name in shown, rows
        assert any(n.severity == "error" and reason in n.message for n in notifications(app))
        assert "Could not open the article" in screen.status.text
        await pilot.press("j", "e")
        assert app.is_running and app.screen is screen


async def test_every_key_on_an_app_without_an_article_and_q_still_quits(tmp_path: Path) -> None:
    path, _ = BROKEN["random-binary"](tmp_path)
    app = make_app(tmp_path, ArticleSource(path))
    async with app.run_test(size=WIDE) as pilot:
        screen = await settled(pilot)
        assert screen.load_error is not None
        await _keeps_running(pilot, app, screen)
        await pilot.press("q")
        await wait_for(pilot, lambda: not app.is_running, what="q to quit")


async def test_a_file_that_disappears_between_choosing_and_reading(tmp_path: Path) -> None:
    path = tmp_path / "going.txt"
    path.write_bytes(FOUNDING.read_bytes())

    class VanishingSource(ArticleSource):
        def read(self) -> LoadedText:
            path.unlink()  # chosen (it existed), gone before it is read
            return super().read()

    app = make_app(tmp_path, VanishingSource(path))
    async with app.run_test(size=WIDE) as pilot:
        screen = await settled(pilot)
        assert screen.load_error is not None and "no such file" in screen.load_error
        await pilot.press("j", "e")
        assert app.is_running and app.screen is screen


async def test_a_file_replaced_by_a_fifo_between_choosing_and_reading(tmp_path: Path) -> None:
    """Swapped after it was chosen: opening the FIFO must not block the worker for ever."""
    path = tmp_path / "swapped.txt"
    path.write_bytes(FOUNDING.read_bytes())

    class SwappedSource(ArticleSource):
        def read(self) -> LoadedText:
            path.unlink()
            os.mkfifo(path)
            return super().read()

    app = make_app(tmp_path, SwappedSource(path))
    async with app.run_test(size=WIDE) as pilot:
        screen = await settled(pilot)
        assert screen.load_error is not None and "not a regular file" in screen.load_error


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode: the refusal cannot happen")
async def test_an_unreadable_file_is_a_message(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(FOUNDING.read_bytes())
    path.chmod(0)
    app = make_app(tmp_path, ArticleSource(path))
    async with app.run_test(size=WIDE) as pilot:
        screen = await settled(pilot)
        assert screen.load_error is not None and "permission denied" in screen.load_error


async def test_export_on_an_app_without_an_article_says_so(tmp_path: Path) -> None:
    path, _ = BROKEN["empty"](tmp_path)
    app = make_app(tmp_path, ArticleSource(path))
    async with app.run_test(size=WIDE) as pilot:
        screen = await settled(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert app.screen is screen
        assert not app.screen.query(Button)  # no export dialog
        assert any("Nothing to export" in n.message for n in notifications(app))
        assert list(tmp_path.glob("*.md")) == []


# ---- no terminal -----------------------------------------------------------------------------------


def _without_a_terminal(args: list[str], tmp_path: Path, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    """The installed app in a new session: no controlling terminal (``/dev/tty`` cannot be opened),
    as under cron, a CI job or ``nohup``."""
    return subprocess.run(
        [str(TUIREAD), *args],
        capture_output=True,
        timeout=TIMEOUT,
        env=child_environment(tmp_path),
        cwd=tmp_path,
        start_new_session=True,
        **kwargs,  # type: ignore[arg-type]
    )


@needs_tuiread
def test_the_app_with_stdin_closed_and_no_terminal_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    # Was: AttributeError: 'NoneType' object has no attribute 'fileno' (Textual's driver and a closed stdin).
    result = _without_a_terminal([str(FOUNDING)], tmp_path, stdin=subprocess.DEVNULL, preexec_fn=close_stdin)
    assert result.returncode == 1
    assert_one_clear_line(result.stderr, "no terminal to read keys from")


@needs_tuiread
def test_the_app_with_stdin_not_a_terminal_exits_instead_of_waiting_for_ever(tmp_path: Path) -> None:
    # Was: the app started, drew into the void and waited for keys that could never come.
    result = _without_a_terminal([str(FOUNDING)], tmp_path, stdin=subprocess.DEVNULL)
    assert result.returncode == 1
    assert_one_clear_line(result.stderr, "no terminal to read keys from", "tuiread parse")
    assert result.stdout == b""


@needs_tuiread
def test_the_app_reading_stdin_with_no_terminal_for_keys(tmp_path: Path) -> None:
    result = _without_a_terminal(["-"], tmp_path, input=FOUNDING.read_bytes())
    assert result.returncode == 1
    assert_one_clear_line(result.stderr, "came on stdin", "no terminal to read keys from")


@needs_tuiread
@pytest.mark.parametrize("source", ["closed", "empty"])
def test_the_app_reading_a_closed_or_empty_stdin(tmp_path: Path, source: str) -> None:
    kwargs: dict[str, object] = (
        {"stdin": subprocess.DEVNULL, "preexec_fn": close_stdin} if source == "closed" else {"input": b""}
    )
    result = _without_a_terminal(["-"], tmp_path, **kwargs)
    assert result.returncode == 1
    assert_one_clear_line(result.stderr, "<stdin>", "closed" if source == "closed" else "is empty")


# ---- keys faster than the app ------------------------------------------------------------------------


def send_all_at_once(app: TuireadApp, keys: list[tuple[str, str]]) -> None:
    """Queue ``(key, character)`` presses as the terminal driver does, without waiting in between:
    a paste, a fast typist or a slow machine (every key is queued before the first is handled)."""
    from textual import events

    from tuiread.app.compat import send_as_terminal

    for key, character in keys:
        event = events.Key(key, character)
        event.set_sender(app)
        send_as_terminal(app, event)


async def test_letters_typed_right_after_slash_all_reach_the_search(tmp_path: Path) -> None:
    """The letters after "/" used to go to the text pane ("n" jumped to a quote) and the search stayed empty."""
    app = make_app(tmp_path, ArticleSource(FOUNDING))
    async with app.run_test(size=WIDE) as pilot:
        screen = await settled(pilot)
        article = screen.article
        assert article is not None
        send_all_at_once(app, [("slash", "/"), *((c, c) for c in "nato")])

        # The search bar is built by the first "/".
        def holds_nato() -> bool:
            return bool(screen.query("#search")) and screen.search_bar.value == "nato"

        await wait_for(pilot, holds_nato, what="the search to hold 'nato'")
        await pilot.pause()
        assert screen.text_view.match_count == article.text.lower().count("nato")
        assert screen.text_view.marks.target is None  # "n" did not jump to a quote
        assert "/nato: 1/" in screen.status.text


async def test_an_enter_for_a_pane_still_on_its_way_does_not_close_the_search_opened_behind_it(
    tmp_path: Path,
) -> None:
    """Textual runs a key's binding when the key has bubbled up to the app, for the widget focused by then:
    the enter pressed in the speakers pane closed the search bar that "/", queued behind it, had opened."""
    app = make_app(tmp_path, ArticleSource(FOUNDING))
    async with app.run_test(size=WIDE) as pilot:
        screen = await settled(pilot)
        send_all_at_once(app, [("4", "4"), ("enter", "\r"), ("slash", "/"), *((c, c) for c in "nato")])
        await wait_for(pilot, lambda: "/nato: 1/" in screen.status.text, what="the search for 'nato'")
        await pilot.pause()
        assert screen.search_bar.display and screen.focused is screen.search_bar
        assert screen.search_bar.value == "nato"


async def test_a_key_typed_right_after_closing_the_search_reaches_the_text_pane(tmp_path: Path) -> None:
    """Enter closes the search; "e" queued right behind it opens the export (it went to the hidden search bar)."""
    from tuiread.app.dialogs.export import ExportDialog

    app = make_app(tmp_path, ArticleSource(FOUNDING))
    async with app.run_test(size=WIDE) as pilot:
        screen = await settled(pilot)
        send_all_at_once(app, [("slash", "/"), *((c, c) for c in "nato"), ("enter", "\r"), ("e", "e")])
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog), what="the export dialog")
        assert screen.text_view.query == "nato"


async def test_quitting_as_the_export_dialog_opens_is_no_crash(tmp_path: Path) -> None:
    """The app going down while the export dialog still mounts (a fast "e" then ctrl+q): it found
    its own widgets gone and ended in a traceback."""
    from tuiread.app.dialogs.export import ExportDialog

    app = make_app(tmp_path, ArticleSource(FOUNDING))
    async with app.run_test(size=WIDE) as pilot:
        screen = await settled(pilot)
        assert screen.article is not None
        app.push_screen(ExportDialog(screen.article, screen.selection, tmp_path))
    # Leaving run_test takes the app down at once, and re-raises any error the app met on the way.
    assert app.return_code in (0, None)


async def test_a_pane_key_in_the_moment_the_window_narrows_is_no_crash(tmp_path: Path) -> None:
    """Narrowing the window mounts the tab bar; a pane key in that moment set its active tab before
    its tabs were there (``ValueError: No Tab with id 'tab-text'``, a traceback out of the app)."""
    from textual import events
    from textual.geometry import Size
    from textual.widgets import Tabs

    app = make_app(tmp_path, ArticleSource(FOUNDING))
    async with app.run_test(size=WIDE) as pilot:
        screen = await settled(pilot)
        # The resize and the key one after the other, as the screen handles them when both are
        # queued (a terminal narrowed while keys arrive): the tab bar is mounted, not yet built.
        screen.on_resize(events.Resize(Size(80, 24), Size(80, 24)))
        screen.action_show_pane("quotes")
        await pilot.resize_terminal(80, 24)
        tabs = screen.query_one("#pane-tabs", Tabs)
        await wait_for(pilot, lambda: tabs.active == "tab-quotes", what="the quotes tab active")
        assert screen.focused is screen.quote_list
        for key, pane in (("2", "text"), ("4", "speakers"), ("tab", "outline"), ("shift+tab", "speakers")):
            await pilot.press(key)
            assert tabs.active == f"tab-{pane}"
        assert app.is_running
