"""Broken input files, one builder per kind: the path and the words its error message must hold.

Shared by the command line's tests (``test_broken_files.py``) and the app's (``test_app_input.py``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

ARTICLE = "A title for the good article\n\nThe mayor said the bridge would open on Monday, after the repairs.\n"
ARTICLE_BYTES = ARTICLE.encode("utf-8")


def _empty(folder: Path) -> tuple[Path, str]:
    path = folder / "empty.txt"
    path.write_bytes(b"")
    return path, "is empty"


def _whitespace(folder: Path) -> tuple[Path, str]:
    path = folder / "blank.txt"
    path.write_bytes(b" \n\n\t\r\n\xc2\xa0\n")
    return path, "holds only whitespace"


def _nul(folder: Path) -> tuple[Path, str]:
    path = folder / "nul.txt"
    path.write_bytes(ARTICLE_BYTES[:30] + b"\x00\x00" + ARTICLE_BYTES[30:])
    return path, "not a text file"


def _binary(folder: Path) -> tuple[Path, str]:
    path = folder / "random.txt"
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(20_000)))  # every byte value, no pattern
    return path, "not a text file"


def _controls(folder: Path) -> tuple[Path, str]:
    path = folder / "controls.txt"
    path.write_bytes(bytes(b for b in range(1, 32) if b not in (9, 10, 12, 13, 27)) * 50 + b" some text")
    return path, "not a text file"


def _directory(folder: Path) -> tuple[Path, str]:
    path = folder / "a-folder.txt"
    path.mkdir()
    (path / ".hidden.txt").write_bytes(ARTICLE_BYTES)  # hidden files are skipped
    return path, "folder holds no article files"


def _dangling(folder: Path) -> tuple[Path, str]:
    path = folder / "dangling.txt"
    path.symlink_to(folder / "nowhere.txt")
    return path, "no such file"


def _missing(folder: Path) -> tuple[Path, str]:
    return folder / "missing.txt", "no such file"


def _fifo(folder: Path) -> tuple[Path, str]:
    path = folder / "pipe.txt"
    os.mkfifo(path)  # nobody ever writes to it: opening it for reading would block forever
    return path, "not a regular file"


def _char_device(folder: Path) -> tuple[Path, str]:
    return Path("/dev/zero"), "not a regular file"  # endless: reading it would never finish


BROKEN: dict[str, Callable[[Path], tuple[Path, str]]] = {
    "empty": _empty,
    "whitespace": _whitespace,
    "nul-bytes": _nul,
    "random-binary": _binary,
    "control-bytes": _controls,
    "folder-of-nothing": _directory,
    "dangling-symlink": _dangling,
    "missing": _missing,
    "fifo": _fifo,
    "endless-device": _char_device,
}
