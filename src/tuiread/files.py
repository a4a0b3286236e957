"""Files written so that a crash or a full disk never leaves half of one, and the lock for a
read-modify-write of one.

Every file tuiread writes goes through `write_atomic`: an export, the settings, the
corrections, the reading places and the stylesheet cache. Settings, corrections and places
are read, changed and written back under `folder_lock`, so two instances at once both get
their change in.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from tuiread.inert import printable

__all__ = ["WriteError", "folder_lock", "reason", "write_atomic"]


class WriteError(Exception):
    """A file that could not be written. ``str(err)`` is a one-line message."""


def reason(err: BaseException) -> str:
    """Why a write failed, in a few words: the system's message for an OSError, lower-cased like
    every other message of ours ("no such file or directory")."""
    if isinstance(err, OSError) and err.strerror:
        return err.strerror[:1].lower() + err.strerror[1:]
    return str(err) or type(err).__name__


def write_atomic(
    path: str | os.PathLike[str], data: str | bytes, overwrite: bool = False, mode: int | None = None
) -> Path:
    """Write ``data`` (text as UTF-8, or bytes) to ``path`` all at once: a temporary file beside it,
    then a rename.

    A failed write leaves nothing behind, and an existing file is only replaced
    when ``overwrite`` is true. WriteError (one line) otherwise, whatever the path
    holds (a name too long, a folder that cannot be searched, a NUL byte). The file
    gets ``mode`` if given, else the mode of the file it replaces, else the umask's.

    A symbolic link is followed when ``overwrite`` is true: the file it names is
    replaced (atomically, in that file's folder) and the link stays, as a shell's
    ``>`` would do: replacing the link itself with a plain file would quietly cut the
    user's link to the file they meant. A link to nothing, or to something that is not
    a regular file, is refused. Returns the path of the file written.
    """
    shown = printable(str(path))
    try:
        target = _target_of(Path(path), overwrite, shown)
        folder = target.parent
        if mode is None:
            mode = target.stat().st_mode & 0o7777 if target.exists() else _default_mode()
        # The name shortened: a long target name plus the suffixes could pass the file system's limit.
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name[:80]}.", suffix=".tmp", dir=folder)
    except (OSError, ValueError) as err:
        raise WriteError(f"cannot write {shown}: {reason(err)}") from None
    tmp = Path(tmp_name)
    try:
        # errors="replace": a lone surrogate is no character; it must not make the write fail.
        handle: IO[Any] = (
            os.fdopen(fd, "wb")
            if isinstance(data, bytes)
            else os.fdopen(fd, "w", encoding="utf-8", errors="replace", newline="\n")
        )
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        if overwrite:
            os.replace(tmp, target)
        else:
            _link_new(tmp, target)
    except OSError as err:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(err, FileExistsError):
            raise WriteError(f"{shown} already exists (not overwritten)") from None
        raise WriteError(f"cannot write {shown}: {reason(err)}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _sync_folder(folder)
    return target


def is_private_file(path: Path) -> bool:
    """Owned by this user and writable by no one else: a file we may unpickle (loading a pickle runs
    what it says), as the style cache and the library's stored parses are."""
    try:
        status = path.stat()
    except OSError:
        return False
    if hasattr(os, "getuid") and status.st_uid != os.getuid():
        return False
    return not status.st_mode & 0o022


def _target_of(target: Path, overwrite: bool, shown: str) -> Path:
    """The file to put in place: ``target``, or the file its link names (see `write_atomic`)."""
    if target.is_dir():
        raise WriteError(f"cannot write {shown}: it is a folder")
    if not overwrite and (target.exists() or target.is_symlink()):
        raise WriteError(f"{shown} already exists (not overwritten)")
    if target.is_symlink():
        if not target.exists():
            raise WriteError(f"cannot write {shown}: it is a link to nothing (not followed)")
        target = target.resolve()
    if target.exists() and not target.is_file():
        # /dev/stdout, a FIFO, a socket: replacing it with a file would break it (root can).
        raise WriteError(f"cannot write {shown}: not a regular file")
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (a crash right after could otherwise lose it). Best effort."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _link_new(tmp: Path, target: Path) -> None:
    """Put ``tmp`` at ``target`` only if nothing is there (a hard link cannot replace a file)."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError:
        # File systems without hard links: check, then rename (a small race, never a half file).
        if target.exists():
            raise FileExistsError(str(target)) from None
        os.replace(tmp, target)
        return
    tmp.unlink()


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` (a no-op where locks are not had).

    The folder, not the file: the file is replaced by a rename (`write_atomic`), and a lock
    on the old one would not keep out a writer that opened the new one.
    """
    try:
        import fcntl
    except ImportError:  # not a POSIX system
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        yield
        return
    try:
        with contextlib.suppress(OSError):  # a file system without locks: go on unlocked
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing lets the lock go
