"""SIGTERM and SIGHUP close the app as q does; a SIGKILL leaves no parse running for nobody.

In a real terminal (tmux, the installed ``tuiread``): the signal arrives while a long article
is still being parsed in the app's parse process. Afterwards the terminal is as the shell had
it (no alternate screen, no mouse reporting, the cursor shown), the shell sees the exit status
of a signal (128 + its number), and the parse process is gone, not left running under PID 1.
An export being written when the signal comes is finished whole (or not written at all), with
no temporary file left behind.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from advhelpers import FOUNDING, TIMEOUT, TUIREAD, child_environment
from tmuxterm import DEADLINE, Terminal

needs_tmux = [
    pytest.mark.tmux,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
    pytest.mark.skipif(not TUIREAD.exists(), reason="tuiread is not installed beside the test's Python"),
    pytest.mark.skipif(not Path("/proc").is_dir(), reason="processes are looked up in /proc"),
]
TITLE = "A very long article for the signal tests"
# The parse process checks twice a second that the app is there; this leaves room for a busy machine.
ORPHAN_DEADLINE = 5.0


def _long_article(folder: Path, size: int = 1_000_000) -> Path:
    """Its text shows in about a second; its thirty thousand quotes take the parse process some
    ten seconds more to attribute, so the signal comes while that process is busy."""
    parts = [TITLE, ""]
    total = n = 0
    while total < size:
        n += 1
        chorus = " ".join(f"“we sing the line number {n}-{k} again”" for k in range(30))
        parts.append(f"The chorus goes: {chorus}\n")
        total += len(chorus) + 20
    path = folder / "long.txt"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended; only its exit status waits to be read


def _wait(condition: Callable[[], object], what: str, timeout: float = DEADLINE) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout:g} s for {what}")
        time.sleep(0.05)


def _mode(terminal: Terminal, flag: str) -> str:
    return terminal.run("display", "-p", "-t", "t", f"#{{{flag}}}").stdout.strip()


def _app_with_its_parse(terminal: Terminal, tmp_path: Path) -> tuple[int, int]:
    """The app running on a long article in the pane's shell, still parsing: (app pid, parse pid)."""
    article = _long_article(tmp_path)
    terminal.start("sh", tmp_path)
    shell = int(terminal.run("display", "-p", "-t", "t", "#{pane_pid}").stdout)
    terminal.keys("clear", "Enter")
    terminal.keys(f"{TUIREAD} {article}; echo exit=$?:$((6*7)):done", "Enter")
    terminal.wait_for("Finding quotes")  # the whole text is in: the parse process is in its longest stage
    _wait(lambda: _children(shell), "the app under the shell")
    (app,) = _children(shell)
    _wait(lambda: _children(app), "the app's parse process")
    (parse,) = _children(app)
    assert _mode(terminal, "alternate_on") == "1" and _mode(terminal, "mouse_any_flag") == "1"
    assert _mode(terminal, "cursor_flag") == "0"
    assert _alive(parse), "the parse finished before the test could signal the app: use a longer article"
    return app, parse


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_signal_closes_the_app_as_quitting_does(
    terminal: Terminal, tmp_path: Path, signum: signal.Signals, request: pytest.FixtureRequest
) -> None:
    for mark in needs_tmux:
        request.applymarker(mark)
    app, parse = _app_with_its_parse(terminal, tmp_path)
    os.kill(app, signum)
    screen = terminal.wait_for(":42:done")
    assert screen.rsplit("exit=", 1)[1].split(":42:done", 1)[0] == str(128 + signum)
    # The terminal as the shell had it: the main screen, no mouse reporting, a cursor.
    assert _mode(terminal, "alternate_on") == "0"
    assert _mode(terminal, "mouse_any_flag") == "0"
    assert _mode(terminal, "cursor_flag") == "1"
    assert "Traceback" not in screen
    _wait(lambda: not _alive(parse), "the parse process to end with the app")


def test_the_parse_process_ends_when_the_app_is_killed_outright(
    terminal: Terminal, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """SIGKILL cannot be caught: the parse process notices its parent is gone and ends itself."""
    for mark in needs_tmux:
        request.applymarker(mark)
    app, parse = _app_with_its_parse(terminal, tmp_path)
    os.kill(app, signal.SIGKILL)
    terminal.wait_for(":42:done")
    # At once, not when it next has something to send (after the whole quotes stage).
    _wait(lambda: not _alive(parse), "the orphaned parse process to end", ORPHAN_DEADLINE)


# The app in a child process (headless), exporting; SIGTERM comes in the middle of the write,
# after the temporary file is written and before it is renamed into place.
_SIGNAL_MID_EXPORT = textwrap.dedent(
    """
    import asyncio, os, signal, sys
    from pathlib import Path
    from tuiread.app.app import TuireadApp
    from tuiread.app.dialogs.export import ExportDialog
    from tuiread.app.source import ArticleSource

    real_fsync = os.fsync
    def fsync_then_terminate(fd):
        real_fsync(fd)
        os.kill(os.getpid(), signal.SIGTERM)
    os.fsync = fsync_then_terminate

    async def main():
        app = TuireadApp(ArticleSource(Path(sys.argv[1])), export_dir=Path(sys.argv[2]),
                         settings_path=Path(sys.argv[2]).parent / "settings.json")
        app.animation_level = "none"
        async with app.run_test(size=(160, 48)) as pilot:
            while app.article is None:
                await pilot.pause(0.05)
            await pilot.press("e")
            while not isinstance(app.screen, ExportDialog):
                await pilot.pause(0.05)
            await pilot.press("enter")
            while app.is_running:
                await pilot.pause(0.05)
        return app.return_code

    sys.exit(asyncio.run(main()))
    """
)


def test_a_signal_during_an_export_leaves_it_whole_and_no_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", _SIGNAL_MID_EXPORT, str(FOUNDING), str(out)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=child_environment(tmp_path),
    )
    assert result.returncode == 128 + signal.SIGTERM, (result.returncode, result.stderr[-2000:])
    names = sorted(p.name for p in out.iterdir())
    assert names == ["despite-major-differences-the-dialogue-remains-open.md"], names
    exported = (out / names[0]).read_text(encoding="utf-8")
    assert exported.startswith("# despite “major differences”") and exported.endswith("\n")
