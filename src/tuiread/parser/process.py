"""Parse in a separate process, started before the app's own imports, while they load.

Why a process and not only a thread: Python runs one thread at a time. In a thread,
the first parse (importing ftfy, compiling the quotation rules, about 0.2 s) waited
behind Textual's import and the screen's first layout, and a long article's parse took
the interpreter from the interface for tens of seconds, so keys waited. In its own
process the parse runs on another core from the first moment: the founding sample is
usually parsed by the time the window is built, and the interface stays free however long the
article is.

The parent sends the loaded text (a pickled `LoadedText`) on the child's stdin; the
child answers on its stdout with one frame per stage (`tuiread.parser.stages`), each an
8-byte length and a pickle. Only this module's two ends ever read these pipes: the
pickles come from our own child, never from a file. A failure in the parse comes back
as a message (`ParseFailed`); a child that dies without one (killed, out of memory)
raises `ParseProcessLost`, and the caller parses in a thread instead.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import struct
import sys
from collections.abc import Iterator
from dataclasses import replace
from typing import IO, TYPE_CHECKING, Any

from tuiread.parser.load import LoadedText
from tuiread.parser.stages import Stage, parse_in_stages

if TYPE_CHECKING:
    import subprocess

# The child imports this module too, for `serve`: what only the parent uses (subprocess, select,
# threading) is imported where it is used, so the child starts parsing sooner.

_LENGTH = struct.Struct(">Q")
# The child's first act: drop the current folder from the import path (``-c`` puts it first), so
# a stray ``ftfy.py`` or ``tuiread/`` in the folder the user opened an article from is never imported.
_CHILD_CODE = (
    "import sys; sys.path[:] = [p for p in sys.path if p not in ('', '.')]; "
    "from tuiread.parser.process import serve; serve()"
)


class ParseFailed(Exception):
    """The parse itself failed in the child; ``str(err)`` is its one-line reason."""


class ParseProcessLost(Exception):
    """The child ended without finishing (killed, out of memory): parse here instead."""


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


class ParseProcess:
    """A child process parsing one article; `stages()` yields what it sends, as it comes."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self._process = process
        self._stopped = False

    @classmethod
    def start(cls, loaded: LoadedText) -> ParseProcess | None:
        """Start parsing ``loaded`` in a child; None where a child would not help or cannot start.

        On one core a second process only competes with the first: the caller parses in a thread.
        """
        if usable_cores() < 2:
            return None
        import subprocess
        import threading

        env = dict(os.environ)
        # The same tuiread and libraries as this process, wherever they were imported from.
        env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
        try:
            process = subprocess.Popen(
                [sys.executable, "-c", _CHILD_CODE],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                # Never the terminal: a crash report there would land in the middle of the app's screen.
                stderr=subprocess.DEVNULL,
                env=env,
                close_fds=True,
            )
        except (OSError, ValueError):
            return None
        # Fed from a thread, so a 20 MB article does not hold up the caller's start.
        threading.Thread(target=_feed, args=(process.stdin, loaded), name="tuiread-parse-feed", daemon=True).start()
        return cls(process)

    def stages(self) -> Iterator[Stage]:
        """The stages as the child sends them; ParseFailed or ParseProcessLost if it does not finish."""
        stdout = self._process.stdout
        assert stdout is not None
        text: Any = None
        while True:
            frame = _receive(stdout)
            if frame is None:
                if self._stopped:
                    return
                self._process.wait()
                raise ParseProcessLost(f"the parse process ended early (exit code {self._process.returncode})")
            kind, payload = frame
            if kind == "error":
                raise ParseFailed(payload)
            if kind == "quotes":  # only what the quotes stage adds to the text already sent
                quotes, reported, phrases, speakers = payload
                kind, payload = (
                    "complete",
                    replace(text, quotes=quotes, reported=reported, phrases=phrases, speakers=speakers),
                )
            elif kind == "text":
                text = payload
            if kind == "complete":
                self._reap()  # the child exits once it has sent the last stage: no zombie while the app runs
            yield Stage(kind, payload)
            if kind == "complete":
                return

    def has_output(self) -> bool:
        """Has the child sent something already (reading it now would not wait)?"""
        import select

        try:
            readable, _, _ = select.select([self._process.stdout], [], [], 0)
        except (OSError, ValueError, TypeError):
            return False  # no select on pipes (Windows): the worker reads it soon anyway
        return bool(readable)

    def _reap(self) -> None:
        import subprocess

        with contextlib.suppress(subprocess.TimeoutExpired):  # stop() ends it when the app closes
            self._process.wait(timeout=5)

    def stop(self) -> None:
        """End the child (the app quit before the parse finished); `stages()` then ends quietly."""
        self._stopped = True
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        for stream in (self._process.stdin, self._process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):  # the feeding thread may be closing it too
                    stream.close()


def _feed(stdin: IO[bytes] | None, loaded: LoadedText) -> None:
    assert stdin is not None
    try:
        with stdin:
            pickle.dump(loaded, stdin, protocol=pickle.HIGHEST_PROTOCOL)
    except (OSError, ValueError):
        pass  # the child is gone (stopped, or died): stages() reports that


def _receive(stream: IO[bytes]) -> tuple[str, Any] | None:
    try:
        head = stream.read(_LENGTH.size)
        if len(head) < _LENGTH.size:
            return None
        (size,) = _LENGTH.unpack(head)
        body = stream.read(size)
    except (OSError, ValueError):
        return None  # closed by stop()
    if len(body) < size:
        return None
    frame: tuple[str, Any] = pickle.loads(body)
    return frame


def _send(stream: IO[bytes], kind: str, payload: object) -> None:
    body = pickle.dumps((kind, payload), protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LENGTH.pack(len(body)))
    stream.write(body)
    stream.flush()


def _send_or_exit(stream: IO[bytes], kind: str, payload: object) -> None:
    try:
        _send(stream, kind, payload)
    except OSError:
        os._exit(0)  # the app quit and closed the pipe: nobody is listening


def _exit_with(parent: int) -> None:
    """End this process once ``parent`` is gone (killed, even by SIGKILL): an orphaned parse would
    go on using a core for nobody until it finished, since it only notices at its next send."""
    import time

    while os.getppid() == parent:
        time.sleep(_PARENT_CHECK)
    os._exit(0)


# How often the child checks that the app is still there (seconds).
_PARENT_CHECK = 0.5


def serve() -> None:
    """The child: read one LoadedText from stdin, write each stage of its parse to stdout."""
    import threading

    threading.Thread(target=_exit_with, args=(os.getppid(),), name="tuiread-parent-watch", daemon=True).start()
    stdout = sys.stdout.buffer
    try:
        loaded: LoadedText = pickle.load(sys.stdin.buffer)
    except Exception:  # a parent that went away mid-send: nothing to answer
        sys.exit(1)
    text_sent = False
    try:
        # Always the text first: this process is fresh, and its quote stage compiles its patterns.
        for stage in parse_in_stages(loaded, text_first=True):
            article = stage.article
            if stage.kind == "complete" and text_sent:
                _send_or_exit(stdout, "quotes", (article.quotes, article.reported, article.phrases, article.speakers))
            else:
                _send_or_exit(stdout, stage.kind, article)
                text_sent = text_sent or stage.kind == "text"
    except Exception as err:  # the parse failed: the app shows why, as it would for a parse in a thread
        _send_or_exit(stdout, "error", str(err) or type(err).__name__)
