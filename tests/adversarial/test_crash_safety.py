"""No lost work: an export or a settings file is whole or not there, never half-written, never overwritten unasked.

Crashes are real here: a child process is killed (SIGKILL, nothing to clean up) in the
middle of a write, after the new content is on disk but before it is put in place. A
failed write in the app keeps the dialog and the selection and says why.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from advhelpers import FOUNDING, TIMEOUT, make_app, needs_tuiread, run_tuiread, settled, wait_for
from textual.widgets import Input, Static

import tuiread.app.dialogs.export as export_dialog
from tuiread.app.compat import notifications
from tuiread.app.dialogs.confirm import ConfirmOverwrite
from tuiread.app.dialogs.export import ExportDialog
from tuiread.app.source import ArticleSource
from tuiread.files import write_atomic
from tuiread.settings import Settings, load_settings, save_settings

WIDE = (160, 48)
OLD = "# The old export\n\nWritten yesterday; nothing may be lost.\n"

# Run in a child process: the write under test, killed where the new file is complete on disk
# but not yet in place (the moment a power cut or a kill -9 hurts most).
CRASH_PRELUDE = textwrap.dedent(
    """
    import os, signal, sys
    real_fsync = os.fsync
    def fsync_then_die(fd):
        real_fsync(fd)
        os.kill(os.getpid(), signal.SIGKILL)
    os.fsync = fsync_then_die
    """
)


def _crash(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env["TUIREAD_CONFIG_DIR"] = str(tmp_path / "config")
    env["TUIREAD_DATA_DIR"] = str(tmp_path / "data")
    env["TUIREAD_CACHE_DIR"] = str(tmp_path / "cache")
    result = subprocess.run(
        [sys.executable, "-c", CRASH_PRELUDE + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=tmp_path,
        env=env,
    )
    assert result.returncode == -signal.SIGKILL, (result.returncode, result.stderr)  # it really died mid-write
    return result


def _no_partial_files(folder: Path, expected: set[str]) -> None:
    """Only the expected files are there; a temporary file a killed writer left behind is hidden
    (``.NAME.…tmp``) and never has the target's name."""
    names = {p.name for p in folder.iterdir() if p.is_file()}
    visible = {n for n in names if not n.startswith(".")}
    assert visible == expected, names
    for name in names - visible:
        assert name.endswith(".tmp"), name


# ---- export: killed mid-write ----------------------------------------------------------------------


def test_an_export_killed_mid_write_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    _crash(
        f"""
        from tuiread.cli import main
        main(["export", {str(FOUNDING)!r}, "-o", {str(out / "article.md")!r}])
        """,
        tmp_path,
    )
    assert not (out / "article.md").exists()
    _no_partial_files(out, set())


def test_an_overwrite_killed_mid_write_keeps_the_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "article.md"
    target.write_text(OLD, encoding="utf-8")
    _crash(
        f"""
        from tuiread.cli import main
        main(["export", {str(FOUNDING)!r}, "-o", {str(target)!r}, "--force"])
        """,
        tmp_path,
    )
    assert target.read_text(encoding="utf-8") == OLD
    _no_partial_files(tmp_path, {"article.md"})


def test_a_write_that_fails_part_way_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up after half the text is written: no target, no temporary file."""
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle: object) -> None:
            self.handle = handle

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()  # type: ignore[attr-defined]

        def write(self, text: str) -> int:
            self.handle.write(text[: len(text) // 2])  # type: ignore[attr-defined]
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name: str) -> object:
            return getattr(self.handle, name)

    monkeypatch.setattr(os, "fdopen", lambda *a, **k: FullDisk(real_fdopen(*a, **k)))
    from tuiread.export import ExportError

    with pytest.raises(ExportError, match="no space left on device"):
        write_atomic(tmp_path / "big.md", "x" * 100_000)
    assert list(tmp_path.iterdir()) == []


# ---- export: never overwritten unasked ----------------------------------------------------------------


@needs_tuiread
def test_the_command_line_never_overwrites_without_force(tmp_path: Path) -> None:
    target = tmp_path / "article.md"
    target.write_text(OLD, encoding="utf-8")
    result = run_tuiread(["export", str(FOUNDING), "-o", str(target)], tmp_path)
    assert result.returncode == 1
    assert b"already exists" in result.stderr and b"Traceback" not in result.stderr
    assert target.read_text(encoding="utf-8") == OLD
    _no_partial_files(tmp_path, {"article.md"})


async def _open_export(pilot: object, app: object) -> ExportDialog:
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    await pilot.press("e")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ExportDialog), what="the export dialog")
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportDialog)
    return dialog


async def test_a_file_that_appears_after_the_check_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The name was free when the user pressed enter; another program takes it before the write.
    The export must fail (and say so), not replace that program's file."""
    real_write = export_dialog.write_atomic

    def someone_else_writes_first(path: Path, text: str, overwrite: bool = False) -> Path:
        path.write_text(OLD, encoding="utf-8")
        return real_write(path, text, overwrite=overwrite)

    monkeypatch.setattr(export_dialog, "write_atomic", someone_else_writes_first)
    app = make_app(tmp_path, ArticleSource(FOUNDING))
    async with app.run_test(size=WIDE) as pilot:
        screen = await settled(pilot)
        await pilot.press("3", "space")  # a selection worth keeping: the first quote
        selected = screen.selection
        dialog = await _open_export(pilot, app)
        target = dialog.target_path
        await pilot.press("enter")
        await wait_for(pilot, lambda: dialog.query_one("#export-error").display, what="the error")
        assert app.screen is dialog  # still open, to pick another name
        assert "already exists" in str(dialog.query_one("#export-error", Static).render())
        assert target.read_text(encoding="utf-8") == OLD
        await pilot.press("escape")
        assert screen.selection == selected
        _no_partial_files(tmp_path, {target.name})


async def test_replacing_a_file_asks_and_no_keeps_it(tmp_path: Path) -> None:
    app = make_app(tmp_path, ArticleSource(FOUNDING))
    async with app.run_test(size=WIDE) as pilot:
        await settled(pilot)
        dialog = await _open_export(pilot, app)
        target = dialog.target_path
        target.write_text(OLD, encoding="utf-8")  # taken while the dialog was open
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmOverwrite), what="the question")
        await pilot.press("n")
        await wait_for(pilot, lambda: app.screen is dialog, what="back to the dialog")
        assert target.read_text(encoding="utf-8") == OLD


async def test_a_failed_write_keeps_the_dialog_and_the_selection_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fsync = os.fsync

    def disk_full(fd: int) -> None:
        real_fsync(fd)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    app = make_app(tmp_path, ArticleSource(FOUNDING))
    async with app.run_test(size=WIDE) as pilot:
        screen = await settled(pilot)
        await pilot.press("2", "space", "j", "space")
        selected = screen.selection
        assert selected
        dialog = await _open_export(pilot, app)
        await pilot.press("enter")
        await wait_for(pilot, lambda: dialog.query_one("#export-error").display, what="the error")
        message = str(dialog.query_one("#export-error", Static).render())
        assert "no space left on device" in message
        assert any(n.severity == "error" and "no space left" in n.message for n in notifications(app))
        assert app.screen is dialog
        assert dialog.query_one("#export-path", Input).value  # the name typed is still there
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen, what="the main screen")
        assert screen.selection == selected
        assert [p for p in tmp_path.iterdir() if p.is_file()] == []


# ---- settings ---------------------------------------------------------------------------------------


def test_settings_killed_mid_write_keep_the_old_settings(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    old = Settings(theme="nord", keymap={"main.export": "x"}, highlight_repairs=True)
    save_settings(old, path)
    _crash(
        f"""
        from pathlib import Path
        from tuiread.settings import Settings, save_settings
        save_settings(Settings(theme="dracula", keymap={{}}, highlight_repairs=False), Path({str(path)!r}))
        """,
        tmp_path,
    )
    loaded = load_settings(path)
    assert loaded.warning is None
    assert loaded.settings == old
    json.loads(path.read_text(encoding="utf-8"))  # whole and valid


async def test_the_app_killed_while_saving_a_theme_starts_next_time_with_the_old_one(tmp_path: Path) -> None:
    """The app saves the theme when it changes; killed in that save, the next start is unharmed."""
    path = tmp_path / "config" / "settings.json"
    save_settings(Settings(theme="nord"), path)
    _crash(
        f"""
        import asyncio
        from pathlib import Path
        from tuiread.app.app import TuireadApp
        from tuiread.app.source import ArticleSource

        async def main():
            app = TuireadApp(ArticleSource({str(FOUNDING)!r}), settings_path=Path({str(path)!r}))
            async with app.run_test() as pilot:
                await pilot.pause()
                app.theme = "dracula"  # saved at once: the fsync kills the process
                await pilot.pause(5)

        asyncio.run(main())
        """,
        tmp_path,
    )
    assert load_settings(path).settings.theme == "nord"
    app = make_app(tmp_path, ArticleSource(FOUNDING))
    async with app.run_test(size=WIDE) as pilot:
        await settled(pilot)
        assert app.theme == "nord"
        assert not any(n.severity == "warning" for n in notifications(app))
