"""Character-level cleaning: mojibake, entities, escapes, controls, odd spaces.

Each pass is a pure function from text to ``(text, count)``; `clean_characters`
runs them in order and returns the counts by fix kind. Order matters: entities
are decoded before escapes and controls are stripped (``&#27;`` is an escape),
and ftfy sees C1 bytes before they are removed (they are half of most mojibake).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import ftfy

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c]")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# ESC-introduced sequences: CSI (colours, cursor moves, bracketed paste), OSC (window
# title, clipboard, hyperlinks) up to BEL or ST, DCS/SOS/PM/APC strings, and the
# short two- and three-byte forms. 8-bit introducers (U+009B, U+009D) are removed
# alone as control characters: matching their bodies could eat real text.
_TERMINAL_ESCAPE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b\n]*(?:\x1b\\)?"
    r"|\x1b[ -/]*[0-~]?"
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_ZERO_WIDTH = re.compile(r"[\u200b\u2060\ufeff\u180e]")
_SOFT_HYPHEN = re.compile(r"\u00ad")
_ODD_SPACE = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_SPACE_RUN = re.compile(r" {2,}")
_EDGE_SPACE = re.compile(r"^ +| +$", re.MULTILINE)

# Mojibake that ftfy cannot undo because a byte was lost: what is left of a
# curly quotation mark or apostrophe (U+201C/D/8/9 are E2 80 9C/9D/98/99).
_BROKEN_MOJIBAKE = re.compile(r"â€(?![\u0080-\u00bf\u2018-\u203a\u0152-\u0178\u02c6\u02dc\u20ac\u2122])|†")
_WORD_CHAR = re.compile(r"\w")

# A line needs ftfy only if it has a character outside ASCII.
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Sequences that mojibake is made of; counted on lines ftfy re-decoded.
_MOJIBAKE_RUN = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf\u2018-\u203a\u0152-\u0178\u02c6\u02dc\u20ac\u2122\u00a0]+")

_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,  # done by `decode_entities`, which counts
    remove_terminal_escapes=False,  # done by `strip_terminal_escapes`, which also knows OSC
    uncurl_quotes=False,  # curly marks carry direction; straightening them loses it
    fix_line_breaks=False,
    remove_control_chars=False,
    explain=True,
)


def normalise_line_breaks(text: str) -> tuple[str, int]:
    count = 0

    def repl(_: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return "\n"

    return _LINE_BREAKS.sub(repl, text), count


def decode_entities(text: str) -> tuple[str, int]:
    """``&amp;`` ``&#8220;`` ``&rsquo;`` to characters, until none is left (``&amp;quot;``)."""
    total = 0
    for _ in range(4):
        count = 0

        def repl(m: re.Match[str]) -> str:
            nonlocal count
            out = html.unescape(m.group(0))
            if out != m.group(0):
                count += 1
            return out

        text = _ENTITY.sub(repl, text)
        total += count
        if not count:
            break
    return text, total


def fix_mojibake(text: str) -> tuple[str, dict[str, int]]:
    """ftfy, line by line where a line has non-ASCII characters; counts what it did."""
    counts = {"mojibake": 0, "unicode-form": 0}
    if not _NON_ASCII.search(text):
        return text, counts
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not _NON_ASCII.search(line):
            continue
        fixed, steps = ftfy.fix_and_explain(line, config=_FTFY)
        if fixed == line:
            continue
        actions = {step.action for step in steps or ()}
        if actions & {"encode", "decode", "transcode"}:
            counts["mojibake"] += max(1, len(_MOJIBAKE_RUN.findall(line)))
        else:
            counts["unicode-form"] += 1
        lines[i] = fixed
    return "\n".join(lines), counts


_LEFTOVER_MOJIBAKE = re.compile(
    r"[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    r"\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}"
)


def _undo_one(seq: str) -> str | None:
    """``â–º`` to ``►``: the sequence as Windows-1252 bytes, if they are one UTF-8 character."""
    raw = bytearray()
    for ch in seq:
        try:
            raw += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            raw.append(ord(ch))  # the five bytes 1252 leaves undefined pass through as Latin-1
    try:
        out = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return out if len(out) == 1 else None


def fix_leftover_mojibake(text: str) -> tuple[str, int]:
    """Lone mojibake sequences ftfy leaves because one alone looks plausible to it."""
    count = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal count
        seq = m.group(0)
        for n in range(len(seq), 1, -1):
            fixed = _undo_one(seq[:n])
            if fixed is not None:
                count += 1
                return fixed + seq[n:]
        return seq

    return _LEFTOVER_MOJIBAKE.sub(repl, text), count


def replace_broken_mojibake(text: str) -> tuple[str, int]:
    """What is left of a curly mark after mojibake lost a byte becomes a mark again.

    Between two letters it was an apostrophe (``It†s``); elsewhere it was a
    double quotation mark, whose direction the quotation-mark repair decides.
    """
    count = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        before = text[m.start() - 1 : m.start()]
        after = text[m.end() : m.end() + 1]
        if _WORD_CHAR.match(before) and _WORD_CHAR.match(after):
            return "\u2019"
        return '"'

    return _BROKEN_MOJIBAKE.sub(repl, text), count


def _sub_counting(pattern: re.Pattern[str], replacement: str) -> Callable[[str], tuple[str, int]]:
    def run(text: str) -> tuple[str, int]:
        return pattern.subn(replacement, text)

    return run


strip_terminal_escapes = _sub_counting(_TERMINAL_ESCAPE, "")
strip_control_chars = _sub_counting(_CONTROL, "")
strip_bidi_controls = _sub_counting(_BIDI, "")
strip_zero_width = _sub_counting(_ZERO_WIDTH, "")
strip_soft_hyphens = _sub_counting(_SOFT_HYPHEN, "")
plain_spaces = _sub_counting(_ODD_SPACE, " ")


def collapse_spaces(text: str) -> tuple[str, int]:
    text, edges = _EDGE_SPACE.subn("", text)
    text, runs = _SPACE_RUN.subn(" ", text)
    return text, runs + edges


def clean_characters(text: str) -> tuple[str, dict[str, int]]:
    """All character-level fixes in order; returns the text and counts by fix kind."""
    counts: dict[str, int] = {}
    text, counts["line-ending"] = normalise_line_breaks(text)
    text, counts["html-entity"] = decode_entities(text)
    text, ftfy_counts = fix_mojibake(text)
    counts.update(ftfy_counts)
    text, leftover = fix_leftover_mojibake(text)
    counts["mojibake"] += leftover
    text, counts["broken-mojibake"] = replace_broken_mojibake(text)
    text, counts["terminal-escape"] = strip_terminal_escapes(text)
    text, counts["control-char"] = strip_control_chars(text)
    text, counts["bidi-control"] = strip_bidi_controls(text)
    text, counts["zero-width"] = strip_zero_width(text)
    text, counts["soft-hyphen"] = strip_soft_hyphens(text)
    text, counts["odd-space"] = plain_spaces(text)
    text, counts["space-run"] = collapse_spaces(text)
    return text, counts
