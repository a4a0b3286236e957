"""Running the installed `tuiread` as a user does: in a pipe, in a real terminal (a pty), with odd file descriptors.

Shared by the adversarial tests; imported by name (pytest puts this folder on ``sys.path``).
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import shutil
import struct
import subprocess
import sys
import termios
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

# Every test here must end; a hang is a failure, not a stuck run.
TIMEOUT = 60

# What Rich may write to a colour terminal: SGR (colours, bold). Anything else from tuiread that
# starts with ESC or is a C1 control would move the cursor, set the title, write the clipboard...
SGR = re.compile(r"\x1b\[[0-9;]*m")
# Characters that must never reach a terminal raw: C0 controls but tab/newline/CR, DEL, C1
# controls (U+009B is CSI on its own), and bidi controls that reorder the rest of the line.
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def command() -> str:
    exe = shutil.which("tuiread", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.fail(f"the tuiread console script is not installed next to {sys.executable}")
    return exe


def clean_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS", "LINES")
    }
    env.update({"PYTHONUTF8": "1", "TERM": "dumb", "COLUMNS": "100", **extra})
    return env


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: bytes
    stderr: bytes

    @property
    def out(self) -> str:
        return self.stdout.decode("utf-8")

    @property
    def err(self) -> str:
        return self.stderr.decode("utf-8")

    def assert_no_traceback(self) -> None:
        assert b"Traceback" not in self.stderr and b"Traceback" not in self.stdout, self.err


def run(
    *args: str,
    stdin: bytes | int | None = b"",
    preexec: Callable[[], None] | None = None,
    cwd: Path | None = None,
) -> Result:
    """``tuiread ARGS`` in pipes; ``stdin`` is bytes to feed, or a file descriptor / DEVNULL."""
    proc = subprocess.run(
        [command(), *args],
        input=stdin if isinstance(stdin, bytes) else None,
        stdin=None if isinstance(stdin, bytes) else stdin,
        capture_output=True,
        env=clean_env(),
        cwd=cwd,
        timeout=TIMEOUT,
        preexec_fn=preexec,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


def run_in_terminal(*args: str, columns: int = 100) -> tuple[int, str]:
    """``tuiread ARGS`` with stdout and stderr on a pseudo-terminal, as in an interactive shell.

    Returns the exit code and everything the terminal received (colours included).
    """
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    env = clean_env(TERM="xterm-256color")
    env.pop("COLUMNS")
    proc = subprocess.Popen([command(), *args], stdin=subprocess.DEVNULL, stdout=slave, stderr=slave, env=env)
    os.close(slave)
    received = bytearray()
    try:
        while True:
            ready, _, _ = select.select([master], [], [], TIMEOUT)
            if not ready:
                proc.kill()
                pytest.fail(f"tuiread {' '.join(args)} wrote nothing for {TIMEOUT} s")
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            received += chunk
        code = proc.wait(TIMEOUT)
    finally:
        os.close(master)
    return code, received.decode("utf-8")


def visible(terminal_output: str) -> str:
    """What the user reads: colours removed, the terminal's CRLF back to LF."""
    return SGR.sub("", terminal_output).replace("\r\n", "\n")


def assert_inert(output: str) -> None:
    """Nothing in ``output`` but text and colours: no cursor moves, titles, clipboard writes, bidi tricks."""
    rest = SGR.sub("", output)
    assert "\x1b" not in rest, _around(rest, rest.index("\x1b"))
    found = UNSAFE.search(rest)
    assert found is None, _around(rest, found.start())


def _around(text: str, at: int) -> str:
    return repr(text[max(0, at - 60) : at + 60])
