"""Helpers for the app's tests: the founding sample, sizes, an app with private settings, waiting for the article
or any other condition (with a deadline, never a fixed pause)."""

from __future__ import annotations

import atexit
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot

from tuiread.app.app import TuireadApp
from tuiread.app.screens.main import MainScreen
from tuiread.app.source import ArticleSource

ROOT = Path(__file__).resolve().parents[2]
FOUNDING = ROOT / "samples" / "nato-russia-dialogue.txt"
WIDE = (160, 48)
NARROW = (80, 24)


def long_article_text(size: int) -> str:
    """A long article made of the founding sample's paragraphs under numbered headings."""
    body = FOUNDING.read_text(encoding="utf-8").split("\n\n")
    parts = [body[0], ""]
    n = 0
    total = 0
    while total < size:
        n += 1
        chunk = f"Part {n} of the story\n\n" + "\n\n".join(body[2:])
        parts.append(chunk)
        total += len(chunk)
    return "\n\n".join(parts)


# One style cache for every app a test process starts, as a user's starts share one (see
# tuiread.app.style_cache): each app parsed the default CSS of every widget afresh otherwise.
SHARED_STYLES = Path(tempfile.mkdtemp(prefix="tuiread-test-styles-")) / "stylesheet.pickle"
atexit.register(shutil.rmtree, SHARED_STYLES.parent, True)


def make_app(
    tmp_path: Path,
    source: ArticleSource | None = None,
    *,
    export_dir: Path | None = None,
    remember: bool = True,
    style_cache: Path | None = None,
) -> TuireadApp:
    app = TuireadApp(
        source or ArticleSource(FOUNDING),
        settings_path=tmp_path / "config" / "settings.json",
        export_dir=export_dir or tmp_path / "out",
        remember=remember,
        style_cache=style_cache or SHARED_STYLES,
    )
    app.animation_level = "none"  # the tab underline's slide would only slow the tests down
    return app


# How long a test waits for something the app does before failing: far more than anything takes on
# an idle machine (milliseconds), so that a loaded CI machine passes too.
TIMEOUT = 30.0


async def wait_for(pilot: Pilot[None], condition: Callable[[], object], what: str, timeout: float = TIMEOUT) -> None:
    """Let the app run until ``condition()`` holds; AssertionError naming ``what`` after ``timeout`` s.

    Instead of a fixed pause: a pause long enough on an idle machine is too short on a busy one.
    """
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout:g} s for {what}")
        await pilot.pause(0.02)


async def ready(pilot: Pilot[None]) -> MainScreen:
    """Wait until the article is shown with its quotes (or has failed to load); the main screen."""
    app = pilot.app
    assert isinstance(app, TuireadApp)

    def shown() -> bool:
        screen = app.screen
        return isinstance(screen, MainScreen) and (screen.load_error is not None or app.article is not None)

    await wait_for(pilot, shown, "the article (or its error) on the main screen")
    await app.workers.wait_for_complete()
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, MainScreen)
    assert screen.article is not None or screen.load_error is not None
    return screen


def quote_prompts(screen: MainScreen) -> list[str]:
    """The quotes pane's entries as text, in order."""
    quotes = screen.quote_list
    return [str(quotes.get_option_at_index(i).prompt) for i in range(quotes.option_count)]
