"""Load: bytes, a path or stdin to text.

UTF-8 (with or without a byte-order mark) first; bytes that are not UTF-8 are
read as Windows-1252 (Latin-1 where 1252 leaves a hole), one byte at a time, so
a file that is mostly UTF-8 with a few bad bytes keeps its good characters.
UTF-16/32 with a byte-order mark are honoured. Binary input and unreadable,
empty or odd paths raise `LoadError` with a one-line message naming the input.
"""

from __future__ import annotations

import codecs
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from tuiread.inert import printable
from tuiread.model import FixLog, PageInfo

# Refuse anything larger: an article is kilobytes; this keeps a mistaken
# `tuiread /var/log/huge.bin` from eating the machine.
MAX_BYTES = 256 * 1024 * 1024
STDIN_NAME = "<stdin>"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls that plain text does carry (tab, newlines, form feed, escape).
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0c\x1b")


class LoadError(Exception):
    """Input that cannot be read as an article. ``str(err)`` is the one-line message."""


@dataclass(frozen=True)
class LoadedText:
    name: str
    text: str
    encoding: str
    fixes: FixLog
    # A web page's metadata and furniture (`tuiread.parser.html`); None for plain text.
    page: PageInfo | None = None


def _byte_as_cp1252(b: int) -> str:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


# Lone bytes that UTF-8 refused come back from "surrogateescape" as U+DC80..U+DCFF.
_ESCAPED_BYTES = {0xDC00 + b: _byte_as_cp1252(b) for b in range(0x80, 0x100)}


def _decode_utf8_with_fallback(data: bytes) -> tuple[str, int]:
    """UTF-8 where valid, Windows-1252 for every byte that is not; and how many bytes fell back."""
    text = data.decode("utf-8", errors="surrogateescape")
    bad = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    return text.translate(_ESCAPED_BYTES), bad


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text with no byte-order mark: mostly-ASCII text with every other byte NUL."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    evens, odds = sample[0::2], sample[1::2]
    if odds.count(0) >= 0.9 * len(odds) and evens.count(0) < 0.1 * len(evens):
        return "utf-16-le"
    if evens.count(0) >= 0.9 * len(evens) and odds.count(0) < 0.1 * len(odds):
        return "utf-16-be"
    return None


def decode(data: bytes, name: str = STDIN_NAME) -> LoadedText:
    """Turn raw bytes into text, or raise LoadError if they are not text."""
    shown = printable(name)
    counts: list[tuple[str, int]] = []
    encoding = None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            encoding = enc
            data = data[len(bom) :]
            counts.append(("byte-order-mark", 1))
            break
    if encoding is None and b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise LoadError(f"{shown}: not a text file (it contains NUL bytes)")
    if encoding and encoding != "utf-8":
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            # A cut-off last byte or a lone surrogate: keep the text, mark the bad spots. More than
            # a few is not text in that encoding at all.
            text = data.decode(encoding, errors="replace")
            bad = text.count("\ufffd")
            if bad > max(2, len(text) // 100):
                raise LoadError(f"{shown}: not valid {encoding.upper()} text") from None
            counts.append(("undecodable", bad))
    else:
        sample = data[:65536]
        controls = sum(1 for b in sample if b < 32 and b not in _TEXT_CONTROLS)
        if sample and controls > 0.05 * len(sample):
            raise LoadError(f"{shown}: not a text file (it is mostly control bytes)")
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            text, bad = _decode_utf8_with_fallback(data)
            encoding = "windows-1252" if bad * 2 >= _non_ascii(data) else "utf-8+windows-1252"
            counts.append(("encoding-fallback", bad))
    if "\x00" in text:
        raise LoadError(f"{shown}: not a text file (it contains NUL characters)")
    if not text.strip():
        raise LoadError(f"{shown}: is empty" if not text else f"{shown}: holds only whitespace")
    return LoadedText(name, text, encoding, FixLog.from_counts(counts))


def _non_ascii(data: bytes) -> int:
    return sum(1 for b in data if b >= 0x80)


def _read_stream(stream: BinaryIO, name: str) -> bytes:
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise LoadError(f"{printable(name)}: too large (over {MAX_BYTES // (1024 * 1024)} MB)")
    return data


def read_bytes(path: str | os.PathLike[str]) -> tuple[str, bytes]:
    """Read a path (``-`` for stdin) to ``(display name, bytes)``; LoadError on failure."""
    if str(path) == "-":
        stdin = sys.stdin
        if stdin is None or stdin.closed:
            raise LoadError(f"{STDIN_NAME}: standard input is closed")
        try:
            return STDIN_NAME, _read_stream(stdin.buffer, STDIN_NAME)
        except (OSError, ValueError) as err:
            raise LoadError(f"{STDIN_NAME}: cannot read ({_reason(err)})") from None
    p = Path(path)
    name = str(path)
    shown = printable(name)  # a file name can hold escape sequences; the message must not
    try:
        info = p.stat()
    except FileNotFoundError:
        raise LoadError(f"{shown}: no such file") from None
    except OSError as err:
        raise LoadError(f"{shown}: cannot read ({_reason(err)})") from None
    if stat.S_ISDIR(info.st_mode):
        raise LoadError(f"{shown}: is a directory, not an article")
    if not stat.S_ISREG(info.st_mode):
        # A FIFO or device would block or never end; an article is a file.
        raise LoadError(f"{shown}: not a regular file")
    if info.st_size > MAX_BYTES:
        raise LoadError(f"{shown}: too large (over {MAX_BYTES // (1024 * 1024)} MB)")
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO after stat(), opening must not hang.
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise LoadError(f"{shown}: not a regular file")
            return name, _read_stream(fh, name)
    except FileNotFoundError:
        raise LoadError(f"{shown}: no such file (it disappeared while being read)") from None
    except IsADirectoryError:
        raise LoadError(f"{shown}: is a directory, not an article") from None
    except OSError as err:
        raise LoadError(f"{shown}: cannot read ({_reason(err)})") from None


def load_path(path: str | os.PathLike[str]) -> LoadedText:
    """Read and decode one input; ``-`` is stdin. A web page (by its name or its first bytes) is
    read through `tuiread.parser.html`: the article in it, not its markup."""
    name, data = read_bytes(path)
    from tuiread.parser import html

    if html.looks_like_html(name, data):
        return html.load_html(data, name)
    return decode(data, name)


def _reason(err: BaseException) -> str:
    if isinstance(err, OSError) and err.strerror:
        return err.strerror.lower()
    return str(err) or type(err).__name__
