"""Helpers for the app's tests: the founding sample, sizes, an app with private settings, waiting for the article."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from tuiread.app.app import ArticleSource, TuireadApp
from tuiread.app.screens.main import MainScreen

ROOT = Path(__file__).resolve().parents[2]
FOUNDING = ROOT / "samples" / "nato-russia-dialogue.txt"
WIDE = (160, 48)
NARROW = (80, 24)


def make_app(
    tmp_path: Path,
    source: ArticleSource | None = None,
    *,
    export_dir: Path | None = None,
    remember: bool = True,
) -> TuireadApp:
    app = TuireadApp(
        source or ArticleSource(FOUNDING),
        settings_path=tmp_path / "config" / "settings.json",
        export_dir=export_dir or tmp_path / "out",
        remember=remember,
    )
    app.animation_level = "none"  # the tab underline's slide would only slow the tests down
    return app


async def ready(pilot: Pilot[None]) -> MainScreen:
    """Wait for the parse worker and the first paint of the article; the main screen."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, MainScreen)
    assert screen.article is not None or screen.load_error is not None
    return screen
