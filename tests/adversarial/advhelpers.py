"""Helpers of the adversarial suite: hostile articles, the installed command, inert-output checks.

Everything here is built in the test's own temporary folder; nothing is read from
outside the repository. Every subprocess has a timeout, so a hang fails a test
instead of hanging CI.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from apphelpers import SHARED_STYLES, ready
from textual.app import App
from textual.pilot import Pilot

from tuiread.app.app import TuireadApp
from tuiread.app.screens.main import MainScreen
from tuiread.app.source import ArticleSource

ROOT = Path(__file__).resolve().parents[2]
FOUNDING = ROOT / "samples" / "nato-russia-dialogue.txt"
TUIREAD = Path(sys.executable).with_name("tuiread")
# Generous: a loaded CI machine is slow, and a hang is what the timeout is there to catch.
TIMEOUT = 60

needs_tuiread = pytest.mark.skipif(not TUIREAD.exists(), reason=f"tuiread is not installed beside {sys.executable}")

ESC = "\x1b"
# Markup that Rich and Textual would obey if article text ever went through them as markup.
MARKUP = "[bold red]Pwned[/bold red] [link=https://evil.example/x]link[/link] [@click=app.quit]quit[/]"
# Escape sequences a terminal obeys: colour, cursor moves and clearing, the window title (OSC 0
# and 2), a clipboard write (OSC 52), a hyperlink (OSC 8), bracketed paste, and 8-bit CSI/OSC.
ESCAPES = (
    f"{ESC}[31;1mred{ESC}[0m",
    f"{ESC}[2J{ESC}[H{ESC}[10;10H",
    f"{ESC}]0;PWNED-TITLE\x07",
    f"{ESC}]2;PWNED-TITLE-2{ESC}\\",
    f"{ESC}]52;c;cHduZWQ=\x07",
    f"{ESC}]8;;https://evil.example{ESC}\\click{ESC}]8;;{ESC}\\",
    f"{ESC}[200~rm -rf ~{ESC}[201~",
    "\x9b31m\x9d0;eight-bit-title\x9c",
)
# Bidirectional controls: embeddings, overrides, isolates and marks ("Trojan Source").
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"

# What must never reach a terminal from article text: ESC (so no CSI, OSC, DCS…), the other
# C0 controls but newline (and tab in text output), DEL, C1 controls (8-bit CSI U+009B, OSC
# U+009D) and the bidi controls. As UTF-8 bytes, since that is what a terminal receives.
UNSAFE_BYTES = re.compile(
    rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\x8e\x8f\xaa-\xae]|\xe2\x81[\xa6-\xa9]|\xd8\x9c"
)
UNSAFE_TEXT = re.compile(f"[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f{BIDI}]")


def hostile_article() -> str:
    """An article whose every part carries markup, escape sequences, bidi controls and long lines.

    The title, a byline, a heading, paragraphs, a quote with its speaker, a related link and a
    credit: every place article text can end up in a pane, the command line's output or an export.
    """
    escapes = " ".join(ESCAPES)
    long_line = "Longline " + "x" * 5000 + " end of the long line."
    return "\n\n".join(
        [
            f"Hostile {MARKUP} title {ESCAPES[2]}",
            f"By Ann {ESCAPES[0]}Example",
            f"The opening paragraph has markup {MARKUP} and escapes {escapes} in it, and keeps going.",
            "Bidi controls \u202eenil siht esrever\u202c and \u2066isolated\u2069 text, with \u200fmarks\u200e too.",
            "The middle",
            f"“Words [bold]in bold[/bold] and {ESCAPES[4]} a clipboard write [@click=app.quit]here[/],” "
            f"said Ann Example, the chief of {MARKUP} markup.",
            "# A paragraph that starts with a hash sign and would be a Markdown heading if it were not escaped.",
            "> A paragraph that starts with a greater-than sign, a blockquote in Markdown if left alone here.",
            "See [the docs](https://evil.example/steal) and ![pixel](https://evil.example/p.png) in this text.",
            "1. A paragraph that starts like a numbered list item and must stay an ordinary paragraph of text.",
            long_line,
            f"► To read also: {MARKUP} {ESCAPES[3]}",
            f"(With AFP {ESCAPES[5]})",
        ]
    )


def write_hostile(folder: Path, name: str = "hostile.txt") -> Path:
    path = folder / name
    path.write_text(hostile_article(), encoding="utf-8")
    return path


def assert_inert_bytes(data: bytes, where: str) -> None:
    """No byte sequence a terminal would act on (beyond newline and tab)."""
    found = UNSAFE_BYTES.search(data)
    if found is not None:
        around = data[max(found.start() - 40, 0) : found.end() + 40]
        raise AssertionError(f"{where}: {found.group(0)!r} at byte {found.start()}: {around!r}")


def assert_inert_text(text: str, where: str) -> None:
    found = UNSAFE_TEXT.search(text)
    if found is not None:
        around = text[max(found.start() - 40, 0) : found.end() + 40]
        raise AssertionError(f"{where}: {found.group(0)!r} at {found.start()}: {around!r}")


def child_environment(tmp_path: Path) -> dict[str, str]:
    """The environment for the installed command: private settings, no terminal size from pytest."""
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "TMUX")}
    env["TUIREAD_CONFIG_DIR"] = str(tmp_path / "config")
    env["TUIREAD_DATA_DIR"] = str(tmp_path / "data")
    env["TUIREAD_CACHE_DIR"] = str(tmp_path / "cache")
    env["TEXTUAL_ANIMATIONS"] = "none"
    return env


def run_tuiread(
    args: Sequence[str],
    tmp_path: Path,
    *,
    stdin: int | None = subprocess.DEVNULL,
    preexec_fn: Callable[[], None] | None = None,
    timeout: float = TIMEOUT,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """The installed ``tuiread`` with ``args``; bytes out; a hang is a test failure (TimeoutExpired)."""
    return subprocess.run(
        [str(TUIREAD), *args],
        stdin=stdin,
        capture_output=True,
        timeout=timeout,
        env=child_environment(tmp_path),
        cwd=cwd or tmp_path,
        preexec_fn=preexec_fn,
    )


def close_stdin() -> None:
    """In the child before exec: descriptor 0 closed, as ``<&-`` does (not /dev/null: that is open)."""
    os.close(0)


def assert_one_clear_line(stderr: bytes, *fragments: str) -> None:
    """One line on stderr starting ``tuiread:``, naming what went wrong; never a traceback."""
    text = stderr.decode("utf-8", "replace")
    assert "Traceback" not in text, text
    lines = text.splitlines()
    assert len(lines) == 1, text
    assert lines[0].startswith("tuiread: "), text
    for fragment in fragments:
        assert fragment in lines[0], (fragment, text)
    assert_inert_bytes(stderr, "stderr")


async def wait_for(pilot: Pilot[None], condition: Callable[[], object], timeout: float = 30.0, what: str = "") -> None:
    """Let the app run until ``condition()`` holds; fail after ``timeout`` seconds (never a fixed pause).

    A loaded machine can take seconds for what takes milliseconds on an idle one.
    """
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what or condition}")
        await pilot.pause(0.02)


def make_app(tmp_path: Path, source: ArticleSource, *, export_dir: Path | None = None) -> TuireadApp:
    app = TuireadApp(
        source,
        settings_path=tmp_path / "config" / "settings.json",
        export_dir=export_dir or tmp_path,
        style_cache=SHARED_STYLES,
    )
    app.animation_level = "none"
    return app


async def settled(pilot: Pilot[None]) -> MainScreen:
    """The main screen once the article is shown with its quotes, or has failed to load."""
    return await ready(pilot)


def terminal_output(app: App[None]) -> str:
    """Everything the app would send to the terminal to draw its screen now (a full repaint)."""
    from tuiread.app.compat import compositor  # Textual loads only for the app's tests

    update = compositor(app.screen).render_update(full=True)
    assert update is not None
    return update.render_segments(app.console)
