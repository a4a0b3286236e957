"""Snapshots of what users see: the main screen narrow and wide, the help screen, the export dialog,
the quotes pane with quotes and reported speech, a library's people.

SVGs live in ``__snapshots__/`` beside this file. After a deliberate change to
how the app looks (or to the founding sample's parse), look at the report
and accept the new pictures with ``pytest tests/app/test_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from apphelpers import FOUNDING, NARROW, WIDE, wait_for
from test_reported_app import brussels
from textual.pilot import Pilot
from textual.widgets import Input

from tuiread.app.app import TuireadApp
from tuiread.app.source import ArticleSource
from tuiread.parser.load import load_path


def snapshot_app(path: Path = FOUNDING, name: str = "samples/nato-russia-dialogue.txt") -> TuireadApp:
    """The founding sample (or ``path``), default theme, and paths that are the same on every machine
    (nothing is written)."""
    # Named as a reader in the repository would name it: the export's Source line shows the name as
    # given, and an absolute path would differ from one checkout to the next.
    loaded = dataclasses.replace(load_path(path), name=name)
    app = TuireadApp(
        ArticleSource(loaded=loaded),
        settings_path=Path("no-such-folder/settings.json"),
        export_dir=Path("exports"),
        remember=False,
    )
    app.animation_level = "none"
    return app


async def loaded(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def test_main_screen_narrow(snap_compare: Any) -> None:
    assert snap_compare(snapshot_app(), terminal_size=NARROW, run_before=loaded)


def test_main_screen_wide_with_a_selection_and_a_jump(snap_compare: Any) -> None:
    async def select_and_jump(pilot: Pilot[None]) -> None:
        await loaded(pilot)
        await pilot.press("space", "j", "j", "space", "n", "n")
        await pilot.pause()

    assert snap_compare(snapshot_app(), terminal_size=WIDE, run_before=select_and_jump)


def test_help_screen(snap_compare: Any) -> None:
    async def open_help(pilot: Pilot[None]) -> None:
        await loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(snapshot_app(), terminal_size=(100, 40), run_before=open_help)


def test_export_dialog(snap_compare: Any) -> None:
    async def open_export(pilot: Pilot[None]) -> None:
        await loaded(pilot)
        await pilot.press("3", "t", "G", "space", "1", "G", "space", "e")  # the last direct quote
        await pilot.pause()
        pilot.app.screen.query_one(Input).cursor_blink = False
        # t's two-second note ("Direct quotes only") is still up or gone by now, as the machine is
        # fast or busy: not part of the dialog's picture.
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(snapshot_app(), terminal_size=WIDE, run_before=open_export)


def test_quotes_pane_with_quotes_and_reported_speech(snap_compare: Any, tmp_path: Path) -> None:
    """Reported speech after ≈, in italics, without quotation marks, between two quotes; the one in
    hand has its speaker and cue marked in the text."""

    async def reported_in_hand(pilot: Pilot[None]) -> None:
        await loaded(pilot)
        await pilot.press("3", "j")
        await pilot.pause()

    app = snapshot_app(brussels(tmp_path), "brussels.txt")
    assert snap_compare(app, terminal_size=(120, 30), run_before=reported_in_hand)


def test_library_people_view(snap_compare: Any, tmp_path: Path) -> None:
    """The samples as a library, the people quoted in them, most quoted first; the index built."""
    from test_library_screen import library_folder

    from tuiread.app.screens.library import LibraryScreen
    from tuiread.library.opening import plan_library

    async def people_view(pilot: Pilot[None]) -> None:
        screen = pilot.app.screen
        assert isinstance(screen, LibraryScreen)
        await wait_for(pilot, lambda: screen.report is not None, "the index")
        await pilot.press("2")
        await pilot.pause()

    plan = plan_library([str(library_folder(tmp_path))], str(tmp_path / "index" / "library.sqlite"))
    app = TuireadApp(library=plan, settings_path=Path("no-such-folder/settings.json"), export_dir=Path("exports"))
    app.animation_level = "none"
    assert snap_compare(app, terminal_size=WIDE, run_before=people_view)
