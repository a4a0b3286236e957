"""SIGTERM and SIGHUP end the app as q does: the terminal given back, nothing left half-done.

By default either signal ends the process on the spot: the terminal stays in the app's
alternate screen with mouse reporting on and the cursor hidden, an export being written
leaves its temporary file, and the parse process is orphaned. Here each becomes a call to
`App.exit` run by the event loop (`loop.add_signal_handler`), so an export under way
finishes its write (or fails whole) first, then the app closes as on q: its screens
unmount, Textual's driver restores the terminal and the parse process is stopped
(`ArticleSource.close`). The exit status is the shell's for a signal, 128 + its number.

Installed when the app loads (before the terminal is taken over) and taken away when it
closes, with whatever handlers were there before put back, so a test process running the
app keeps its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Callable

# SIGHUP: the terminal went away (window closed, ssh dropped). Not on every platform.
SIGNALS = tuple(s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s is not None)


def exit_on_signals(exit_with: Callable[[int], None]) -> Callable[[], None]:
    """Call ``exit_with(128 + signum)`` from the running loop on SIGTERM or SIGHUP; returns what undoes it.

    Where the loop cannot take signals (not the main thread, Windows) nothing is installed.
    """
    loop = asyncio.get_running_loop()
    installed: list[tuple[int, object]] = []
    for signum in SIGNALS:
        previous = signal.getsignal(signum)
        try:
            loop.add_signal_handler(signum, exit_with, 128 + signum)
        except (NotImplementedError, RuntimeError, ValueError):
            continue
        installed.append((signum, previous))

    def undo() -> None:
        for signum, previous in installed:
            with contextlib.suppress(Exception):
                loop.remove_signal_handler(signum)
                signal.signal(signum, previous if previous is not None else signal.SIG_DFL)  # type: ignore[arg-type]

    return undo
