"""A private tmux server standing in for the user's terminal, for the tests that run the real `tuiread`.

``-L`` with a socket of the test's own and no user configuration; every wait polls the
screen (or tmux's own state) with a deadline, never a fixed pause.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

DEADLINE = 60.0


class Terminal:
    def __init__(self, socket: str, env: dict[str, str]) -> None:
        self.base = ["tmux", "-L", socket, "-f", "/dev/null"]
        self.env = env

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.base, *args], check=check, capture_output=True, text=True, env=self.env)

    def start(self, command: str, cwd: Path) -> None:
        # The options first, the command after: an escape printed before set-clipboard is ignored.
        self.run("new-session", "-d", "-s", "t", "-x", "140", "-y", "45", "-c", str(cwd), command)
        self.run("set", "-s", "escape-time", "10")
        self.run("set", "-s", "set-clipboard", "on")
        self.run("set", "-g", "remain-on-exit", "on")

    def title(self) -> str:
        return self.run("display", "-p", "-t", "t", "#{pane_title}").stdout.strip()

    def buffers(self) -> str:
        return self.run("list-buffers", "-F", "#{buffer_sample}").stdout

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-J", "-t", "t", "-S", "-200").stdout

    def keys(self, *keys: str) -> None:
        self.run("send-keys", "-t", "t", *keys)

    def settle(self) -> None:
        """Wait until the screen (colours included) stops changing: the last key has been handled."""
        deadline = time.monotonic() + DEADLINE
        last = None
        while True:
            now = self.run("capture-pane", "-p", "-e", "-t", "t").stdout
            if now == last:
                return
            if time.monotonic() > deadline:
                raise AssertionError(f"the screen never settled:\n{now}")
            last = now
            time.sleep(0.25)

    def keys_one_by_one(self, *keys: str) -> None:
        """Keys that move the focus: each handled before the next is sent (as a person types them)."""
        for key in keys:
            self.keys(key)
            self.settle()

    def wait_for(self, text: str) -> str:
        deadline = time.monotonic() + DEADLINE
        while True:
            screen = self.screen()
            if text in screen:
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never showed:\n{screen}")
            time.sleep(0.05)

    def wait_gone(self, text: str) -> str:
        """Wait until ``text`` is off the screen (a dialog closed); the screen then."""
        deadline = time.monotonic() + DEADLINE
        while True:
            screen = self.screen()
            if text not in screen:
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never went away:\n{screen}")
            time.sleep(0.05)

    def wait_until_exited(self) -> int:
        deadline = time.monotonic() + DEADLINE
        while True:
            dead, _, status = (
                self.run("display", "-p", "-t", "t", "#{pane_dead}:#{pane_dead_status}").stdout.strip().partition(":")
            )
            if dead == "1":
                return int(status or 0)
            if time.monotonic() > deadline:
                raise AssertionError(f"the command did not exit:\n{self.screen()}")
            time.sleep(0.05)
