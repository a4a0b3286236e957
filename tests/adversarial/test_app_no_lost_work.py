"""No lost work in the app: a failed export keeps the dialog and the selection and says why; nothing half-written.

Failures are simulated where the write happens (``write_atomic``'s temporary file,
its ``fsync``), so they hold for root too; a file that appears while the dialog is
open (another program wrote it) is never overwritten without asking. The settings
file keeps its last good content when a save fails mid-write, and the app goes on.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

import tuiread.app.dialogs.export as export_dialog
import tuiread.export as export_module
from tuiread.app.app import TuireadApp
from tuiread.app.compat import notifications
from tuiread.app.dialogs.confirm import ConfirmOverwrite
from tuiread.app.dialogs.export import ExportDialog
from tuiread.app.screens.main import MainScreen
from tuiread.app.source import ArticleSource
from tuiread.selection import Selection

ROOT = Path(__file__).resolve().parents[2]
FOUNDING = ROOT / "samples" / "nato-russia-dialogue.txt"
WIDE = (160, 48)


async def ready(pilot: Pilot[None]) -> MainScreen:
    app = pilot.app
    assert isinstance(app, TuireadApp)
    for _ in range(600):  # the worker may not have started yet: poll, with a guard against a hang
        if app.article is not None:
            break
        await pilot.pause(0.1)
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, MainScreen) and screen.article is not None
    return screen


async def select_and_open_export(pilot: Pilot[None], screen: MainScreen) -> tuple[Selection, ExportDialog]:
    """Select two paragraphs and a quote, open the export dialog."""
    await pilot.press("2", "space", "j", "j", "space", "3", "space", "e")
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportDialog)
    assert screen.selection and screen.selection.quotes
    return screen.selection, dialog


async def export_to(pilot: Pilot[None], dialog: ExportDialog, name: str) -> None:
    dialog.query_one("#export-path", Input).value = name
    await pilot.press("enter")
    await pilot.pause()


def error_line(dialog: ExportDialog) -> str:
    error = dialog.query_one("#export-error", Static)
    assert error.display, "no error shown in the dialog"
    return str(error.render())


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def enospc_on_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up while the export is written: fsync reports ENOSPC (after part of it went out)."""

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(export_module.os, "fsync", full)


def refused_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder refuses new files (as a read-only folder does; simulated, since root ignores modes)."""

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)


FAILURES: dict[str, tuple[Callable[[pytest.MonkeyPatch], None] | None, str, str]] = {
    # name: (how it fails, the file name typed, what the message says)
    "missing folder": (None, "no/such/folder/out.md", "no such file or directory"),
    "permission denied": (refused_folder, "out.md", "permission denied"),
    "disk full": (enospc_on_fsync, "out.md", "no space left on device"),
    "name too long": (None, "n" * 300 + ".md", "too long"),
    "no such user's home": (None, "~no-such-user-here/out.md", "no-such-user-here"),
}


@pytest.mark.parametrize("failure", sorted(FAILURES))
async def test_a_failed_export_keeps_the_dialog_and_the_selection_and_says_why(
    tmp_path: Path, open_app: Callable[..., TuireadApp], monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    breaks, name, reason = FAILURES[failure]
    app = open_app(ArticleSource(FOUNDING))
    out = app.export_dir
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        selection, dialog = await select_and_open_export(pilot, screen)
        if breaks is not None:
            breaks(monkeypatch)
        await export_to(pilot, dialog, name)
        assert app.is_running
        assert app.screen is dialog, "the dialog closed on a failed export"
        message = error_line(dialog)
        assert reason.lower() in message.lower()
        assert "\n" not in message.strip()  # one line
        assert leftovers(out) == [], "a failed export left a file behind"
        assert any(n.severity == "error" for n in notifications(app))
        # The user can fix the name and export: the same selection goes out.
        monkeypatch.undo()
        await export_to(pilot, dialog, "fixed.md")
        assert isinstance(app.screen, MainScreen)
        assert (out / "fixed.md").read_text(encoding="utf-8") == dialog.markdown
        assert screen.selection == selection, "the selection was lost"


async def test_a_failed_export_cancelled_keeps_the_selection(
    tmp_path: Path, open_app: Callable[..., TuireadApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_app(ArticleSource(FOUNDING))
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        selection, dialog = await select_and_open_export(pilot, screen)
        enospc_on_fsync(monkeypatch)
        await export_to(pilot, dialog, "out.md")
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        assert screen.selection == selection
        assert screen.text_view.marks.selected == frozenset(selection.paragraph_indexes(screen.article))  # type: ignore[arg-type]
        assert leftovers(app.export_dir) == []


async def test_a_failed_overwrite_keeps_the_old_file_whole(
    tmp_path: Path, open_app: Callable[..., TuireadApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_app(ArticleSource(FOUNDING))
    old = app.export_dir / "notes.md"
    old.write_text("my notes, written by hand\n", encoding="utf-8")
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        _selection, dialog = await select_and_open_export(pilot, screen)
        await export_to(pilot, dialog, "notes.md")
        assert isinstance(app.screen, ConfirmOverwrite)
        enospc_on_fsync(monkeypatch)
        await pilot.press("y")
        await pilot.pause()
        assert app.screen is dialog
        assert "no space left on device" in error_line(dialog)
        assert old.read_text(encoding="utf-8") == "my notes, written by hand\n"
        assert leftovers(app.export_dir) == ["notes.md"]


async def test_keep_on_the_overwrite_question_writes_nothing(
    tmp_path: Path, open_app: Callable[..., TuireadApp]
) -> None:
    app = open_app(ArticleSource(FOUNDING))
    old = app.export_dir / "notes.md"
    old.write_text("my notes\n", encoding="utf-8")
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        selection, dialog = await select_and_open_export(pilot, screen)
        await export_to(pilot, dialog, "notes.md")
        assert isinstance(app.screen, ConfirmOverwrite)
        await pilot.press("n")
        assert app.screen is dialog
        assert old.read_text(encoding="utf-8") == "my notes\n"
        await pilot.press("escape")
        assert screen.selection == selection


async def test_a_file_that_appears_while_exporting_is_not_overwritten(
    tmp_path: Path, open_app: Callable[..., TuireadApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program writes the file after the dialog looked (no question asked): the export refuses."""
    app = open_app(ArticleSource(FOUNDING))
    target = app.export_dir / "race.md"
    real_write = export_dialog.write_atomic

    def someone_else_first(path: Path, text: str, overwrite: bool = False) -> Path:
        target.write_text("theirs\n", encoding="utf-8")
        return real_write(path, text, overwrite=overwrite)

    monkeypatch.setattr(export_dialog, "write_atomic", someone_else_first)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        _selection, dialog = await select_and_open_export(pilot, screen)
        await export_to(pilot, dialog, "race.md")
        assert app.screen is dialog
        assert "already exists" in error_line(dialog)
        assert target.read_text(encoding="utf-8") == "theirs\n"


async def test_the_dialog_writes_through_the_atomic_writer(
    tmp_path: Path, open_app: Callable[..., TuireadApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[Path, bool]] = []
    real_write = export_dialog.write_atomic

    def spy(path: Path, text: str, overwrite: bool = False) -> Path:
        calls.append((Path(path), overwrite))
        return real_write(path, text, overwrite=overwrite)

    monkeypatch.setattr(export_dialog, "write_atomic", spy)
    app = open_app(ArticleSource(FOUNDING))
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        _selection, dialog = await select_and_open_export(pilot, screen)
        await export_to(pilot, dialog, "atomic.md")
    assert calls == [(app.export_dir / "atomic.md", False)]


# -- settings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"\xff\xfe\x00\x01 binary",
        b'{"theme": "nord", "keymap": {"app.quit": ',
        b"[]",
        b'{"keymap": {"main.export": ""}}',
    ],
    ids=["binary", "cut-short", "not-an-object", "empty-key"],
)
async def test_a_corrupt_settings_file_leaves_the_app_working(
    tmp_path: Path, open_app: Callable[..., TuireadApp], content: bytes
) -> None:
    settings = tmp_path / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_bytes(content)
    app = open_app(ArticleSource(FOUNDING))
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        await pilot.press("j", "e")
        assert isinstance(app.screen, ExportDialog)  # the default keys work
        await pilot.press("escape", "r")
        assert screen.text_view.highlight_repairs
        assert app.is_running


async def test_a_settings_save_that_fails_mid_write_keeps_the_old_file(
    tmp_path: Path, open_app: Callable[..., TuireadApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = tmp_path / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    good = '{"theme": "nord", "keymap": {}, "highlight_repairs": false}\n'
    settings.write_text(good, encoding="utf-8")
    app = open_app(ArticleSource(FOUNDING))
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        assert app.theme == "nord"
        enospc_on_fsync(monkeypatch)
        await pilot.press("r")  # toggling repairs saves the settings: the disk is full
        await pilot.pause()
        assert app.is_running
        assert screen.text_view.highlight_repairs  # the toggle itself took effect
        assert any("Settings not saved" in n.message for n in notifications(app))
        assert settings.read_text(encoding="utf-8") == good
        assert leftovers(settings.parent) == ["settings.json"]
        monkeypatch.undo()
        await pilot.press("r", "r")  # the disk has room again: saved
        await pilot.pause()
    assert '"highlight_repairs": true' in settings.read_text(encoding="utf-8")


async def test_a_theme_change_keeps_what_others_wrote_to_the_settings_since(
    tmp_path: Path, open_app: Callable[..., TuireadApp]
) -> None:
    """The app read the settings once and wrote its whole copy back on a theme change or r: a key
    remapped by hand meanwhile, another instance's change and keys it does not know were lost."""
    import json

    settings = tmp_path / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text('{"$comment": "my settings", "keymap": {"main.export": "x"}}\n', encoding="utf-8")
    app = open_app(ArticleSource(FOUNDING))
    async with app.run_test(size=WIDE) as pilot:
        await ready(pilot)
        # While it runs, the user remaps another key by hand and adds a note.
        by_hand = {"$comment": "my settings", "keymap": {"main.export": "x", "main.next_quote": "]"}, "note": [1, 2]}
        settings.write_text(json.dumps(by_hand), encoding="utf-8")
        app.theme = "nord"
        await pilot.press("r")
        await pilot.pause()
    saved = json.loads(settings.read_text(encoding="utf-8"))
    assert saved == {**by_hand, "theme": "nord", "highlight_repairs": True}


async def test_a_settings_file_the_app_cannot_read_is_left_for_the_user_to_mend(
    tmp_path: Path, open_app: Callable[..., TuireadApp]
) -> None:
    settings = tmp_path / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    broken = b'{"theme": "nord", "keymap": {"main.export": "x",}}\n'  # a trailing comma
    settings.write_bytes(broken)
    app = open_app(ArticleSource(FOUNDING))
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        await pilot.press("r")
        app.theme = "gruvbox"
        await pilot.pause()
        assert screen.text_view.highlight_repairs and app.is_running  # the changes took effect
        assert any("Settings not saved" in n.message and "left as it is" in n.message for n in notifications(app))
    assert settings.read_bytes() == broken
    assert leftovers(settings.parent) == ["settings.json"]
