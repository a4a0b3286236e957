"""In a real terminal: hostile text printed or shown by the real `tuiread` sets no title and writes no clipboard.

A private tmux server (``-L``, no user configuration) stands in for the user's
terminal, with ``set-clipboard on`` so that an OSC 52 sequence from a program
really fills tmux's paste buffer, and tmux sets the pane title from OSC 0 and
OSC 2 as terminals set the window title. Each test first proves that this
terminal obeys those sequences (a canary printed with ``printf``), then runs
``tuiread`` on hostile input and checks that the title and the buffer are as
they were. Every wait polls the screen with a deadline.
"""

from __future__ import annotations

import base64
import shlex
import shutil
import time
from pathlib import Path

import pytest
from advhelpers import TUIREAD, write_hostile
from tmuxterm import DEADLINE, Terminal

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
    pytest.mark.skipif(not TUIREAD.exists(), reason="tuiread is not installed beside the test's Python"),
]

EVIL_NAME = "evil\x1b]2;PWNED-BY-NAME\x07\x1b]52;c;" + base64.b64encode(b"pwned by name").decode() + "\x07.txt"


def _canary(terminal: Terminal, tmp_path: Path) -> tuple[str, str]:
    """Prove this terminal obeys OSC 2 and OSC 52 (so the checks below can fail), then reset them."""
    terminal.start("sh", tmp_path)
    payload = base64.b64encode(b"canary clipboard").decode()
    terminal.keys(
        f"printf '\\033]2;CANARY-TITLE\\033\\\\'; printf '\\033]52;c;{payload}\\a'; echo canary-done", "Enter"
    )
    terminal.wait_for("canary-done")
    deadline = time.monotonic() + DEADLINE
    while terminal.title() != "CANARY-TITLE" or "canary clipboard" not in terminal.buffers():
        assert time.monotonic() < deadline, (terminal.title(), terminal.buffers())
        time.sleep(0.05)
    terminal.keys("printf '\\033]2;clean-title\\033\\\\'; clear", "Enter")
    terminal.run("delete-buffer")
    deadline = time.monotonic() + DEADLINE
    while terminal.title() != "clean-title":
        assert time.monotonic() < deadline, terminal.title()
        time.sleep(0.05)
    assert terminal.buffers() == ""
    return terminal.title(), terminal.buffers()


def _shell_run(terminal: Terminal, command: str) -> str:
    """Run ``command`` in the pane's shell and wait for it to finish; its exit status.

    The marker is computed by the shell, so the command line as typed never matches it; and it is
    one no path holds ("-42" was found in the typed line once pytest's folders reached pytest-420).
    """
    terminal.keys("clear", "Enter")
    # The last command's marker gone first: under load the wait below found the previous one still
    # on screen, and read that command's status.
    terminal.wait_gone(":42:done")
    terminal.keys(f"{command}; echo exit=$?:$((6*7)):done", "Enter")
    screen = terminal.wait_for(":42:done")
    return screen.rsplit("exit=", 1)[1].split(":42:done", 1)[0]


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_printing_a_hostile_article_in_a_terminal_sets_no_title_and_no_clipboard(
    terminal: Terminal, tmp_path: Path, fmt: str
) -> None:
    title, buffers = _canary(terminal, tmp_path)
    article = write_hostile(tmp_path)
    status = _shell_run(terminal, f"{shlex.quote(str(TUIREAD))} parse {shlex.quote(str(article))} --format {fmt}")
    assert status == "0"
    screen = terminal.screen()
    assert "[bold red]Pwned[/bold red]" in screen  # the markup shows, as text
    assert terminal.title() == title
    assert terminal.buffers() == buffers
    for payload in ("PWNED-TITLE", "cHduZWQ="):
        assert payload not in screen


def test_a_hostile_file_name_printed_in_a_terminal_sets_no_title_and_no_clipboard(
    terminal: Terminal, tmp_path: Path
) -> None:
    title, buffers = _canary(terminal, tmp_path)
    (tmp_path / EVIL_NAME).write_text("A quiet title\n\nThe mayor said nothing at all on Monday.\n", encoding="utf-8")
    # The name comes from a folder listing (as from an archive someone sent), and again in an error.
    tuiread = shlex.quote(str(TUIREAD))
    assert _shell_run(terminal, f"{tuiread} parse {shlex.quote(str(tmp_path))}") == "0"
    assert "The mayor said nothing" in terminal.screen()
    assert _shell_run(terminal, f"{tuiread} parse {shlex.quote(str(tmp_path / ('gone-' + EVIL_NAME)))}") == "1"
    assert "no such file" in terminal.screen()
    assert _shell_run(terminal, f"{tuiread} export {shlex.quote(str(tmp_path / EVIL_NAME))}") == "0"
    assert "Source: " in terminal.screen() and "/evil" in terminal.screen()
    assert terminal.title() == title
    assert terminal.buffers() == buffers


def test_the_app_showing_a_hostile_article_sets_no_title_and_writes_the_clipboard_only_when_asked(
    terminal: Terminal, tmp_path: Path
) -> None:
    title, buffers = _canary(terminal, tmp_path)
    article = write_hostile(tmp_path)
    terminal.keys(f"{shlex.quote(str(TUIREAD))} {shlex.quote(str(article))}; echo app-exit=$?-$((6*7))", "Enter")
    screen = terminal.wait_for("Speakers")
    terminal.wait_for("[bold red]Pwned[/bold red]")
    # The quotes are in (they come after the text, from the parse process): an Enter on the speakers
    # pane before its list filled chose nobody, and the wait for the filtered quotes below failed
    # (flaky under load).
    terminal.wait_for("1 speaker")
    # Walk every pane and jump around: each draws article text.
    for keys in (["j", "j", "G", "g", "n", "N"], ["1", "j", "Enter"], ["3", "Enter"], ["4", "Enter"]):
        terminal.keys(*keys)
    # Enter on a speaker filters the quotes and shows their pane by a message, a moment later: "2"
    # sent before it came was undone by it (the quotes pane's keys filled the footer, flaky in CI).
    terminal.wait_for("Quotes · Ann Example")
    terminal.keys("2")
    # Markup typed into the search, all at once as a paste or a fast typist sends it: every letter
    # reaches the search bar (they went to the text pane before "/" was a priority binding).
    terminal.keys("-l", "/[bold")
    # Which match is current depends on where the jumps above left the cursor; that all six letters
    # arrived is what counts (the status shows the query and a count of matches).
    terminal.wait_for("/[bold: ")
    terminal.keys("Enter")
    terminal.wait_for("n Next match")
    terminal.keys("Escape")
    terminal.wait_for("n Next quote")
    terminal.keys("e")  # the export dialog's preview: escaped Markdown of the whole article
    terminal.wait_for("Export as Markdown")
    terminal.keys("Escape")
    # The dialog gone before the next key: an "e" sent while it was still open went into its file
    # name (or, within tmux's escape time, made alt+e), and the export below never reached the clipboard.
    screen = terminal.wait_gone("Export as Markdown")
    terminal.settle()
    assert "[@click=app.quit]" in screen
    assert terminal.title() == title
    assert terminal.buffers() == buffers
    # Asked for, the clipboard gets the export, and what it holds is inert Markdown.
    terminal.keys("e")
    terminal.wait_for("Export as Markdown")
    terminal.settle()
    # From the file name to the destinations, "File and clipboard" (space), export (enter, from there).
    terminal.keys_one_by_one("Tab", "Right", "Right", "Space", "Enter")
    terminal.wait_for("copied to the clipboard")
    copied = terminal.run("show-buffer").stdout
    assert copied.startswith("# Hostile \\[bold red\\]Pwned"), copied[:200]
    assert "\x1b" not in copied and "\x07" not in copied
    terminal.keys("q")
    terminal.wait_for("app-exit=0-42")
    assert terminal.title() == title
