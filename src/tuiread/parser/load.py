"""Load: bytes, a path or stdin to text.

UTF-8 (with or without a byte-order mark) first; UTF-16/32 with a byte-order mark
are honoured. A file that is mostly UTF-8 with a few bad bytes keeps its good
characters: those bytes are read as Windows-1252 (Latin-1 where 1252 leaves a
hole), one byte at a time. Otherwise, as a browser would: the encoding an HTML
or XML declaration names (``<meta charset=…>``, ``<?xml … encoding=…?>``), or,
for bytes that are not UTF-8 at all, the legacy encoding they read best in
(Windows-1252, Latin-9, Windows-1250, Windows-1251, KOI8-R, Shift_JIS, GB18030), judged by how
plausible the decoded text is (`legacy_encoding`). The fix log says which
encoding was used. Binary input and unreadable, empty or odd paths raise
`LoadError` with a one-line message naming the input.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
import unicodedata
from dataclasses import dataclass
from itertools import islice, pairwise
from pathlib import Path
from typing import BinaryIO

from tuiread.inert import printable
from tuiread.model import READ_AS, FixLog, PageInfo
from tuiread.parser.edits import MOST_OF_A_KIND, Place

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
    # Where loading changed the text (a byte read as Windows-1252), for the fix log (`parser.edits`).
    places: tuple[Place, ...] = ()


def _byte_as_cp1252(b: int) -> str:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


# Lone bytes that UTF-8 refused come back from "surrogateescape" as U+DC80..U+DCFF.
_ESCAPED_BYTES = {0xDC00 + b: _byte_as_cp1252(b) for b in range(0x80, 0x100)}
_ESCAPED = re.compile("[\udc80-\udcff]")


def _decode_utf8_with_fallback(data: bytes) -> tuple[str, int]:
    """UTF-8 where valid, Windows-1252 for every byte that is not; and how many bytes fell back."""
    text = data.decode("utf-8", errors="surrogateescape")
    bad = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    return text.translate(_ESCAPED_BYTES), bad


def _fallback_places(data: bytes) -> tuple[Place, ...]:
    """Where `_decode_utf8_with_fallback` read a byte as Windows-1252 (one character for each)."""
    escaped = _ESCAPED.finditer(data.decode("utf-8", errors="surrogateescape"))
    return tuple((m.start(), m.end(), "encoding-fallback") for m in islice(escaped, MOST_OF_A_KIND))


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


# A declaration is looked for where a browser looks: near the start of the file.
_PRESCAN_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]{2,40})""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9_:.+-]{2,40})["']""", re.IGNORECASE)
# Labels browsers read as another, wider encoding (the WHATWG Encoding Standard's table), and the
# Python codec and the name the fix log gives each encoding it can be told or find.
_LABEL_ALIASES = {
    "latin1": "windows-1252",
    "latin-1": "windows-1252",
    "iso-8859-1": "windows-1252",
    "iso8859-1": "windows-1252",
    "iso_8859-1": "windows-1252",
    "l1": "windows-1252",
    "cp819": "windows-1252",
    "ascii": "windows-1252",
    "us-ascii": "windows-1252",
    "iso-8859-9": "windows-1254",
    "latin5": "windows-1254",
    "iso-8859-11": "windows-874",
    "tis-620": "windows-874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "chinese": "gb18030",
    "csgb2312": "gb18030",
    "shift_jis": "shift_jis",
    "shift-jis": "shift_jis",
    "sjis": "shift_jis",
    "x-sjis": "shift_jis",
    "ms_kanji": "shift_jis",
    "windows-31j": "shift_jis",
    "cp932": "shift_jis",
    "ks_c_5601-1987": "euc-kr",
    "korean": "euc-kr",
    "latin9": "iso-8859-15",
    "latin-9": "iso-8859-15",
}
_CODECS = {
    "windows-1252": "cp1252",
    "shift_jis": "cp932",
    "euc-kr": "cp949",
    "windows-874": "cp874",
}
# Legacy encodings tried on bytes that are not UTF-8, in order of preference when they read alike.
_LEGACY = ("windows-1252", "iso-8859-15", "windows-1250", "windows-1251", "koi8-r", "shift_jis", "gb18030")
# How much of a file is read to judge its encoding (cut at a line end: no character is split).
_SAMPLE_BYTES = 16384
_WORD = re.compile(r"[^\W\d_]+")
# Characters real text hardly holds but a wrong single-byte decoding makes (Latin-1's ¤ for Latin-9's €).
_RARE = frozenset("¤¦¨´¸")
_SIGN_IN_WORD = re.compile(r"(?<=[^\W\d_])[^\x00-\x7f\w\s\u2010-\u2027](?=[^\W\d_])")


def _codec(name: str) -> str:
    return _CODECS.get(name, name)


def has_byte_order_mark(data: bytes) -> bool:
    """Do the bytes open with a UTF-8/16/32 byte-order mark (which outranks any declaration)?"""
    return data.startswith(tuple(bom for bom, _encoding in _BOMS))


def python_codec(encoding: str) -> str:
    """The Python codec for an encoding as `declared_encoding` names it ("shift_jis" -> "cp932")."""
    return _codec(encoding)


def encoding_for_label(label: str) -> str | None:
    """An encoding's label (an HTTP header's or a page's charset) as a browser reads it; None if unknown."""
    label = label.strip().strip("\"'").lower()
    name = _LABEL_ALIASES.get(label, label)
    try:
        info = codecs.lookup(_codec(name))
    except LookupError:
        return None
    if info.name.startswith(("utf-16", "utf-32")):
        return "utf-8"  # a page readable as ASCII is not UTF-16, whatever it says (browsers agree)
    if info.name == "utf-8":
        return "utf-8"
    if name in _CODECS or name in _LABEL_ALIASES.values():
        return name
    return _canonical(info.name)


def declared_encoding(data: bytes) -> str | None:
    """The encoding an HTML ``<meta charset>`` (or ``http-equiv`` content type) or an XML declaration
    names near the start of ``data``, as a browser reads the label; None if none or unknown."""
    head = data[:_PRESCAN_BYTES]
    m = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return encoding_for_label(m.group(1).decode("ascii")) if m else None


def _canonical(codec: str) -> str:
    """A Python codec's name as pages and browsers write it ("cp1251" -> "windows-1251")."""
    if re.fullmatch(r"cp125\d", codec):
        return f"windows-{codec[2:]}"
    if codec.startswith("iso8859"):
        return "iso-8859-" + codec.rsplit("_", 1)[-1].rsplit("-", 1)[-1]
    return codec.replace("_", "-")


def _sample(data: bytes) -> bytes:
    if len(data) <= _SAMPLE_BYTES:
        return data
    cut = data.rfind(b"\n", 0, _SAMPLE_BYTES)
    return data[: cut if cut > 0 else _SAMPLE_BYTES]


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0]
    return "CJK" if first in ("CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH", "FULLWIDTH", "IDEOGRAPHIC") else first


def implausibility(text: str, encoding: str) -> int:
    """How unlike real text ``text`` reads, as decoded from ``encoding``: control and unassigned
    characters, box-drawing and rare signs, words that mix scripts, words whose case flips
    ("пРИВЕТ", what KOI8-R read as Windows-1251 gives), Latin words of accented letters only
    ("Ïðèâåò", Russian read as Windows-1252), half-width katakana, and Chinese characters outside
    the common set (GB2312) from a GB18030 reading of other bytes."""
    penalty = 0
    for ch in text:
        if ch.isascii():
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Co", "Cn", "Cs") or ch == "\ufffd":
            penalty += 3
        elif ch in _RARE or "\u2500" <= ch <= "\u259f":
            penalty += 2
        elif "\uff61" <= ch <= "\uff9f":
            penalty += 1
        elif encoding == "gb18030" and category == "Lo":
            try:
                ch.encode("gb2312")
            except UnicodeEncodeError:
                penalty += 1
    # A sign inside a word ("c½ur", Latin-9's "cœur" read as Windows-1252; "â€™").
    penalty += 2 * len(_SIGN_IN_WORD.findall(text))
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        scripts = {"LATIN" if c.isascii() else _script(c) for c in word}
        accented_only = scripts == {"LATIN"} and len(word) >= 3 and not any(c.isascii() for c in word)
        if len(scripts) > 1 or accented_only:
            penalty += 2
        if any(a.islower() and b.isupper() for a, b in pairwise(word)):
            penalty += 1
    return penalty


def legacy_encoding(data: bytes) -> str:
    """The legacy encoding bytes that are not UTF-8 read best in (see `implausibility`); Windows-1252
    when none reads better."""
    sample = _sample(data)
    best, best_penalty = "windows-1252", None
    for name in _LEGACY:
        try:
            text = sample.decode(_codec(name))
        except UnicodeDecodeError as err:
            if name == "windows-1252":
                text = _decode_utf8_with_fallback(sample)[0]  # its five holes read as Latin-1
            elif err.start >= len(sample) - 3:
                text = sample[: err.start].decode(_codec(name), errors="replace")  # a cut-off last character
            else:
                continue
        penalty = implausibility(text, name)
        if best_penalty is None or penalty < best_penalty:
            best, best_penalty = name, penalty
    return best


def _mostly_utf8(data: bytes, text: str, bad: int) -> bool:
    """Whether bytes that are not all UTF-8 are UTF-8 with a few bad bytes (read one by one as
    Windows-1252) rather than a legacy encoding: few bad bytes among many good characters; with more
    bad bytes, only if that reading is as plausible as the best legacy one."""
    non_ascii = _non_ascii(data)
    if bad * 2 >= non_ascii:
        return False
    if bad * 8 < non_ascii:
        return True
    mixed = implausibility(_sample(data).decode("utf-8", errors="surrogateescape").translate(_ESCAPED_BYTES), "")
    best = legacy_encoding(data)
    return mixed <= implausibility(_sample(data).decode(_codec(best), errors="replace"), best)


def _reads_as(data: bytes, encoding: str) -> bool:
    """Whether ``data`` decodes in ``encoding`` with hardly an error (a declaration can be wrong)."""
    text = _sample(data).decode(_codec(encoding), errors="replace")
    return text.count("\ufffd") <= max(2, len(text) // 100)


def _decode_as(data: bytes, encoding: str, shown: str, counts: list[tuple[str, int]]) -> str:
    """``data`` in a legacy ``encoding``; how many characters it gave is logged under its name."""
    text = data.decode(_codec(encoding), errors="replace")
    bad = text.count("\ufffd")
    if bad > max(2, len(text) // 100):
        raise LoadError(f"{shown}: not valid {encoding.upper()} text")
    counts.append(("undecodable", bad))
    counts.append((f"{READ_AS}{encoding}", len(text) - len(text.encode("ascii", "ignore"))))
    return text


def decode(data: bytes, name: str = STDIN_NAME) -> LoadedText:
    """Turn raw bytes into text, or raise LoadError if they are not text."""
    shown = printable(name)
    counts: list[tuple[str, int]] = []
    encoding = None
    places: tuple[Place, ...] = ()
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
        declared = declared_encoding(data) if encoding is None else None
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"  # valid UTF-8 is UTF-8, whatever a stale declaration says
        except UnicodeDecodeError:
            text, bad = _decode_utf8_with_fallback(data)
            if _mostly_utf8(data, text, bad):
                # Mostly UTF-8 with a few bad bytes: they alone are read as Windows-1252.
                encoding = "utf-8+windows-1252"
                counts.append(("encoding-fallback", bad))
                places = _fallback_places(data)
            else:
                encoding = declared if declared not in (None, "utf-8") and _reads_as(data, declared) else None
                if encoding is not None:
                    counts.append(("encoding-declared", 1))
                else:
                    encoding = legacy_encoding(data)  # no declaration, or a wrong one: the bytes decide
                if encoding == "windows-1252":
                    counts.append(("encoding-fallback", bad))
                else:
                    text = _decode_as(data, encoding, shown, counts)
    if "\x00" in text:
        raise LoadError(f"{shown}: not a text file (it contains NUL characters)")
    if not text.strip():
        raise LoadError(f"{shown}: is empty" if not text else f"{shown}: holds only whitespace")
    return LoadedText(name, text, encoding, FixLog.from_counts(counts), places=places)


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
    return load_bytes(*read_bytes(path))


def load_bytes(name: str, data: bytes) -> LoadedText:
    """Decode an input already read (a file from elsewhere: an object store, a cluster's worker);
    a web page, by its name or its first bytes, through `tuiread.parser.html`."""
    from tuiread.parser import html

    if html.looks_like_html(name, data):
        return html.load_html(data, name)
    return decode(data, name)


def _reason(err: BaseException) -> str:
    if isinstance(err, OSError) and err.strerror:
        return err.strerror.lower()
    return str(err) or type(err).__name__
