"""Character-level cleaning: mojibake, entities, escapes, controls, odd spaces.

Each pass is a pure function from text to ``(text, count)``; `clean_characters`
runs them in order and returns the counts by fix kind. Order matters: entities
are decoded before escapes and controls are stripped (``&#27;`` is an escape),
invisible characters that are never part of mojibake go before ftfy (one inside
a sequence would hide it from ftfy), and ftfy sees C1 bytes, soft hyphens and
no-break spaces before they are removed (they are half of much mojibake).
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ftfy

from tuiread.inert import BIDI_CONTROLS
from tuiread.parser.edits import Edit, Places, by_line, line_edit, match_edits

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c]")
_OTHER_LINE_BREAKS = "\r\u2028\u2029\x0b\x0c"
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
# The characters of each pass below (the bodies of character classes).
_C0_CHARACTERS = r"\x00-\x08\x0e-\x1f\x7f"
_CONTROL_CHARACTERS = _C0_CHARACTERS + r"\x80-\x9f\ud800-\udfff"
_ZERO_WIDTH_CHARACTERS = r"\u200b\u2060\ufeff\u180e"
_SOFT_HYPHEN_CHARACTERS = r"\u00ad"
_ODD_SPACE_NOT_NBSP_CHARACTERS = r"\t\u1680\u2000-\u200a\u202f\u205f\u3000"
_ODD_SPACE_CHARACTERS = _ODD_SPACE_NOT_NBSP_CHARACTERS + r"\u00a0"
_CONTROL = re.compile(f"[{_CONTROL_CHARACTERS}]")
_C0_CONTROL = re.compile(f"[{_C0_CHARACTERS}]")
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_CHARACTERS}]")
_SOFT_HYPHEN = re.compile(_SOFT_HYPHEN_CHARACTERS)
_ODD_SPACE = re.compile(f"[{_ODD_SPACE_CHARACTERS}]")
# The same before ftfy: a no-break space right after a lead byte's character is a byte of
# mojibake ("Â\u00a0" for a no-break space, "Ã\u00a0" for "à") and waits for ftfy.
# (Two patterns, not one alternation: a lone character class is scanned for far faster.)
_ODD_SPACE_NOT_NBSP = re.compile(f"[{_ODD_SPACE_NOT_NBSP_CHARACTERS}]")
# Any character the passes before ftfy (after ftfy) remove or replace: most copy has none, and one
# search of its rarer characters (`beyond_plain_ascii`) for them all says so instead of a scan per pass.
_BEFORE_FTFY_CHARACTERS = re.compile(
    f"[{_C0_CHARACTERS}{BIDI_CONTROLS}{_ZERO_WIDTH_CHARACTERS}{_ODD_SPACE_CHARACTERS}]"
)
_AFTER_FTFY_CHARACTERS = re.compile(f"[{_CONTROL_CHARACTERS}{_SOFT_HYPHEN_CHARACTERS}{_ODD_SPACE_CHARACTERS}]")
# (The space first, the look back after it: a pattern that starts with a look back is tried at
# every character.)
_NBSP_NOT_MOJIBAKE = re.compile(r"\u00a0(?<![\u00c2-\u00f4]\u00a0)")
# (Two spaces written out, then the rest: a literal `re` searches for, where " {2,}", a repeat, was
# tried at every character of the text.)
_SPACE_RUN = re.compile(r"   *")

# Mojibake that ftfy cannot undo because a byte was lost: what is left of a
# curly quotation mark or apostrophe (U+201C/D/8/9 are E2 80 9C/9D/98/99).
_BROKEN_MOJIBAKE = re.compile(r"â€(?![\u0080-\u00bf\u2018-\u203a\u0152-\u0178\u02c6\u02dc\u20ac\u2122])|†")
_WORD_CHAR = re.compile(r"\w")

# Mojibake is always two or more non-ASCII characters in a row (a lead byte's character, then
# continuation bytes'), so a Latin-1 symbol between ASCII ("Read more »", "£5", "20°C") cannot be
# part of any; C1 controls, Latin-1 letters, Cyrillic (Windows-1251), ligatures, full-width forms
# and surrogates may be, alone.
_MOJIBAKE_ALONE = re.compile(r"[\u0080-\u009f\u00c0-\u00ff\u0400-\u04ff\ufb00-\ufb06\uff01-\uff9f\u3000\ud800-\udfff]")
# A Latin-1 symbol in a run of two non-ASCII characters or more: one with a non-ASCII neighbour.
# (The symbol first, the looks around after it: re scans for the symbols alone.)
_LATIN1_SYMBOL_IN_RUN = re.compile(r"[\u00a0-\u00bf](?:(?<=[^\x00-\x7f][\u00a0-\u00bf])|(?=[^\x00-\x7f]))")
_LATIN1_SYMBOL = re.compile(r"[\u00a0-\u00bf]")  # (what a match of the pattern above starts with)
# A text of these characters alone is in NFC as it stands: each is its own NFC, none combines with
# what stands before it, and no two of them compose (tests/test_characters.py tries every pair).
_NOT_NFC_AS_IT_STANDS = re.compile(r"[^\x00-\u02ff\u2010-\u2027\u2030-\u205e]")


# Printable ASCII and the line feed: the characters of most of any text, and none that cleaning looks for.
_PLAIN_ASCII = bytes(range(0x20, 0x7F)) + b"\n"


@functools.lru_cache(maxsize=4)
def beyond_plain_ascii(text: str) -> str:
    """The characters of ``text`` that are not printable ASCII nor a line feed, in order (the curly
    marks, dashes and accented letters of most copy: a few hundred). A pattern of one character
    class that matches none of those finds in ``text`` exactly what it finds in them. Cleaning asks
    several such questions of an article, and most copy answers no to all: each pattern's scan
    read every character of the text again; this is an encoding and a deletion of bytes, in C.
    Remembered for the latest texts: the passes ask of the same text (if nothing changed it)."""
    # (No ASCII byte stands inside a character's UTF-8 bytes: what is left decodes to the rest.)
    return text.encode("utf-8", "surrogatepass").translate(None, _PLAIN_ASCII).decode("utf-8", "surrogatepass")


def _may_hold_mojibake(text: str) -> bool:
    """A character that may be mojibake alone, or a Latin-1 symbol next to another non-ASCII one."""
    if text.isascii():
        return False  # (both patterns are of characters outside ASCII; Python knows at once that a text has none)
    chars = beyond_plain_ascii(text)
    if _MOJIBAKE_ALONE.search(chars) is not None:
        return True
    # (Where its neighbours are matters: the text itself is read, only if it holds a Latin-1 symbol.)
    return _LATIN1_SYMBOL.search(chars) is not None and _LATIN1_SYMBOL_IN_RUN.search(text) is not None


# Sequences that mojibake is made of; counted on lines ftfy re-decoded.
_MOJIBAKE_RUN = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf\u2018-\u203a\u0152-\u0178\u02c6\u02dc\u20ac\u2122\u00a0]+")

# ftfy steps that undo mojibake: re-decoding the line, or ftfy's named fixers for lines
# that mix mojibake with good non-ASCII text (the common case: one "é" next to "Ã©").
_DECODING_STEPS = frozenset({"encode", "decode", "transcode"})
_MOJIBAKE_FIXERS = frozenset(
    {"decode_inconsistent_utf8", "restore_byte_a0", "replace_lossy_sequences", "fix_c1_controls"}
)


@functools.cache
def _ftfy() -> tuple[ftfy.TextFixerConfig, Callable[..., tuple[str, list[ftfy.ExplanationStep] | None]]]:
    """ftfy's settings and fixer, imported on the first line that needs them: ftfy takes a tenth
    of a second to import, and most articles (the founding sample among them) have no such line."""
    import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html=False,  # done by `decode_entities`, which counts
        remove_terminal_escapes=False,  # done by `strip_terminal_escapes`, which also knows OSC
        uncurl_quotes=False,  # curly marks carry direction; straightening them loses it
        fix_line_breaks=False,
        remove_control_chars=False,
        explain=True,
    )
    return config, ftfy.fix_and_explain


def normalise_line_breaks(text: str, places: Places | None = None) -> tuple[str, int]:
    if not any(c in text for c in _OTHER_LINE_BREAKS):
        return text, 0  # a substring test per character: many times faster than the pattern's scan
    new, count = _LINE_BREAKS.subn("\n", text)
    if count and places is not None:
        places.apply(match_edits(_LINE_BREAKS, text, None, "\n"))
    return new, count


def _unescape(m: re.Match[str]) -> str:
    return html.unescape(m.group(0))


def decode_entities(text: str, places: Places | None = None) -> tuple[str, int]:
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

        old = text
        text = _ENTITY.sub(repl, text)
        total += count
        if not count:
            break
        if places is not None:
            places.apply(match_edits(_ENTITY, old, "html-entity", _unescape))
    return text, total


# Mojibake whose last byte was A0 (a no-break space as Windows-1252): "Â\u00a0" is a no-break
# space, "Ã\u00a0" is "à", "áŒ\u00a0" is "ጠ". At a line end that no-break space is often trimmed
# as trailing whitespace. Left so, the rest becomes "Â " when the line is re-joined to the next,
# which ftfy reads as mojibake only on a second cleaning: the trimmed byte is put back for ftfy
# to decide. Only where nothing else can be meant: a letter followed by punctuation ("café”",
# "café»") is text, so a three-byte lead takes only C1 controls and Windows-1252 letters after it.
# (Its lead character a class of its own, what follows it told by a look back: `re` scans for a
# pattern that opens with a class, and tried "Â|Ã|[…]…", a choice, at every character of the text.)
_TRIMMED_A0_MOJIBAKE = re.compile(
    r"([\u00c2\u00c3\u00e0-\u00ef](?:(?<=[\u00e0-\u00ef])[\u0080-\u009f\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192]{1,2}"
    r"|(?<=[\u00c2\u00c3])))[^\S\n]*(?=\n|$)"
)


def _restore_a0(m: re.Match[str]) -> str:
    seq = m.group(1)
    return seq + "\u00a0" if _undo_one(seq + "\u00a0") is not None else m.group(0)


def _restore_trimmed_a0(text: str, places: Places | None = None) -> str:
    # ftfy then decides as it will when the line is joined to the next: a Portuguese word in
    # capitals ending a wrapped line ("AMANHÃ") is the price, the one word that ends in "Ã".
    new = _TRIMMED_A0_MOJIBAKE.sub(_restore_a0, text)
    if places is not None and new != text:
        places.apply(match_edits(_TRIMMED_A0_MOJIBAKE, text, None, _restore_a0))
    return new


def _ftfy_may_change(line: str) -> bool:
    """Could ftfy change this line? Curly quotes, dashes and most scripts it leaves alone.

    ftfy re-decodes mojibake (always made of Latin-1/Windows-1252 or Cyrillic letters for
    the lead bytes), joins ligatures, narrows full-width forms, mends surrogates and
    composes to NFC; a line with none of those is left as it is, and ftfy, the slowest
    part of cleaning, is not asked.
    """
    if _may_hold_mojibake(line):
        return True
    return _NOT_NFC_AS_IT_STANDS.search(beyond_plain_ascii(line)) is not None and not unicodedata.is_normalized(
        "NFC", line
    )


def may_need_ftfy(text: str) -> bool:
    """Could cleaning change this text's characters through ftfy (mojibake, Unicode forms)?"""
    # A text needs ftfy only if it has a character outside ASCII (known at once, not scanned for).
    return not text.isascii() and _ftfy_may_change(text)


def may_need_ftfy_anywhere(text: str) -> bool:
    """Could a text made of ``text``'s characters and spaces alone (a paragraph re-joined from its
    lines) need ftfy? Not when no character of it may be mojibake alone, none is a Latin-1 symbol
    (which may be mojibake beside another), and every one reads as NFC as it stands: what
    `may_need_ftfy` asks of such a text is then asked of those characters, and each answer is no."""
    if text.isascii():
        return False
    chars = beyond_plain_ascii(text)
    return any(p.search(chars) is not None for p in (_MOJIBAKE_ALONE, _LATIN1_SYMBOL, _NOT_NFC_AS_IT_STANDS))


def fix_mojibake(text: str, places: Places | None = None) -> tuple[str, dict[str, int]]:
    """ftfy, line by line where a line has something ftfy could fix; counts what it did."""
    counts = {"mojibake": 0, "unicode-form": 0}
    if not may_need_ftfy(text):
        return text, counts  # no line has anything ftfy could fix (NFC and the search are line by line)
    text = _restore_trimmed_a0(text, places)
    lines = text.split("\n")
    edits: list[Edit] = []
    pos = 0
    for i, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        if not may_need_ftfy(line):
            continue
        config, fix_and_explain = _ftfy()
        fixed, steps = fix_and_explain(line, config=config)
        if fixed == line:
            continue
        if any(step.action in _DECODING_STEPS or step.parameter in _MOJIBAKE_FIXERS for step in steps or ()):
            counts["mojibake"] += max(1, len(_MOJIBAKE_RUN.findall(line)))
            kind = "mojibake"
        else:
            counts["unicode-form"] += 1
            kind = "unicode-form"
        lines[i] = fixed
        edits.append(line_edit(start, line, fixed, kind))
    if places is not None:
        places.apply(edits)
    return "\n".join(lines), counts


_LEFTOVER_LEAD = re.compile(r"[\u00c2-\u00f4]")  # (what a match of the pattern below starts with)
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
    # A C1 control is no character anyone wrote: removed later, it would glue its
    # neighbours into new mojibake ("á€" + "€" = "á€€"), which a second cleaning would fix.
    return out if len(out) == 1 and not "\x80" <= out <= "\x9f" else None


def _undo_leftover(m: re.Match[str]) -> str:
    seq = m.group(0)
    for n in range(len(seq), 1, -1):
        fixed = _undo_one(seq[:n])
        if fixed is not None:
            return fixed + seq[n:]
    return seq


def fix_leftover_mojibake(text: str, places: Places | None = None) -> tuple[str, int]:
    """Lone mojibake sequences ftfy leaves because one alone looks plausible to it."""
    if text.isascii() or _LEFTOVER_LEAD.search(beyond_plain_ascii(text)) is None:
        return text, 0  # (mojibake is of characters outside ASCII, and starts with a lead byte's: no scan for it)
    count = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal count
        out = _undo_leftover(m)
        count += out != m.group(0)
        return out

    new = _LEFTOVER_MOJIBAKE.sub(repl, text)
    if count and places is not None:
        places.apply(match_edits(_LEFTOVER_MOJIBAKE, text, "mojibake", _undo_leftover))
    return new, count


# What a closing mark follows: the end of a quoted sentence or clause.
_CLOSING_BEFORE = frozenset(",.!?;")


def replace_broken_mojibake(text: str, places: Places | None = None) -> tuple[str, int]:
    """What is left of a curly mark after mojibake lost a byte becomes a mark again.

    Between two letters it was an apostrophe (``It†s``); elsewhere it was a
    double quotation mark, whose direction the quotation-mark repair decides.
    """
    if "†" not in text and "â€" not in text:
        return text, 0  # the usual answer: a substring test is many times faster than the pattern's scan
    count = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        before = text[m.start() - 1 : m.start()]
        after = text[m.end() : m.end() + 1]
        if _WORD_CHAR.match(before) and _WORD_CHAR.match(after):
            return "\u2019"
        if m.group() == "†" and before in _CLOSING_BEFORE and _WORD_CHAR.match(after):
            # ',â€ Carson said': the space after the lost byte was read as part of the mark (a
            # dagger); a closing mark after a comma or stop has a space after it.
            return '" '
        return '"'

    new, found = _BROKEN_MOJIBAKE.sub(repl, text), count
    if found and places is not None:
        places.apply(match_edits(_BROKEN_MOJIBAKE, text, "broken-mojibake", repl))
    return new, found


def _sub_counting(
    pattern: re.Pattern[str], replacement: str, kind: str
) -> Callable[[str, Places | None], tuple[str, int]]:
    def run(text: str, places: Places | None = None) -> tuple[str, int]:
        new, count = pattern.subn(replacement, text)
        if count and places is not None:
            places.apply(match_edits(pattern, text, kind, replacement))
        return new, count

    return run


strip_terminal_escapes = _sub_counting(_TERMINAL_ESCAPE, "", "terminal-escape")
strip_control_chars = _sub_counting(_CONTROL, "", "control-char")
strip_c0_controls = _sub_counting(_C0_CONTROL, "", "control-char")
strip_bidi_controls = _sub_counting(_BIDI, "", "bidi-control")
strip_zero_width = _sub_counting(_ZERO_WIDTH, "", "zero-width")
strip_soft_hyphens = _sub_counting(_SOFT_HYPHEN, "", "soft-hyphen")
plain_spaces = _sub_counting(_ODD_SPACE, " ", "odd-space")
_plain_spaces_not_nbsp = _sub_counting(_ODD_SPACE_NOT_NBSP, " ", "odd-space")
_plain_nbsp_not_mojibake = _sub_counting(_NBSP_NOT_MOJIBAKE, " ", "odd-space")


def plain_spaces_not_mojibake(text: str, places: Places | None = None) -> tuple[str, int]:
    text, count = _plain_spaces_not_nbsp(text, places)
    if "\u00a0" in text:
        text, nbsp = _plain_nbsp_not_mojibake(text, places)
        count += nbsp
    return text, count


def _edge_edits(lines: list[str]) -> list[Edit]:
    """The spaces at each line's ends that `collapse_spaces` removes (nothing is left to place)."""
    edits: list[Edit] = []
    pos = 0
    for line in lines:
        if line[:1] == " " or line[-1:] == " ":
            lead = len(line) - len(line.lstrip(" "))
            trail = len(line) - len(line.rstrip(" ")) if lead < len(line) else 0
            if lead:
                edits.append((pos, pos + lead, 0, None))
            if trail:
                edits.append((pos + len(line) - trail, pos + len(line), 0, None))
        pos += len(line) + 1
    return edits


def collapse_spaces(text: str, places: Places | None = None) -> tuple[str, int]:
    """Spaces at a line's ends removed, runs of spaces made one; counts each run."""
    if "  " not in text and " \n" not in text and "\n " not in text and text[:1] != " " and text[-1:] != " ":
        return text, 0  # no line has a space at an edge, and no run of spaces: the usual answer
    edges = 0
    lines = text.split("\n")
    if places is not None and places.places:
        places.apply(_edge_edits(lines))  # (with no place yet, nothing to move)
    for i, line in enumerate(lines):
        # Line by line, not a multi-line pattern: `^ +| +$` tried a match at every space of the text.
        if line[:1] == " " or line[-1:] == " ":
            stripped = line.strip(" ")
            edges += 1 if not stripped else (line[:1] == " ") + (line[-1:] == " ")
            lines[i] = stripped
    text = "\n".join(lines)
    if "  " not in text:
        return text, edges
    new, runs = _SPACE_RUN.subn(" ", text)
    if places is not None:
        places.apply(match_edits(_SPACE_RUN, text, "space-run", " "))
    return new, runs + edges


# Fixes that change characters inside a line, so that what is left can join into a
# mojibake sequence that was not there before ("\x9f\xad°": the soft hyphen goes, "Ÿ°" is
# left; "á\x80Â¡": "Â¡" becomes "¡", and "á€¡" is left).
_MAY_CASCADE = ("mojibake", "unicode-form", "broken-mojibake", "control-char", "soft-hyphen")


def clean_characters(text: str, places: Places | None = None) -> tuple[str, dict[str, int]]:
    """All character-level fixes in order; returns the text and counts by fix kind.

    Cleaned text is clean: when a pass changed characters that could have hidden
    mojibake, the passes run again (twice at most) until nothing changes, so
    cleaning the result again changes nothing. Clean copy takes one pass, and a
    pass again only reads the lines where new mojibake could stand: those with a
    character mojibake is made of.

    ``places``: the places of what was changed (`tuiread.parser.edits`), kept in the text's offsets.
    """
    text, counts = _clean_once(text, places)
    for _ in range(2):
        if not any(counts[kind] for kind in _MAY_CASCADE):
            break
        lines = text.split("\n")
        # Each line's places, cleaned with it: lines keep their places, in their own offsets.
        per_line, across = by_line(places.places, [len(line) for line in lines]) if places is not None else ([], [])
        edits: list[Edit] = []
        changed = False
        pos = 0
        for i, line in enumerate(lines):
            start, pos = pos, pos + len(line) + 1
            if not _may_hold_mojibake(line):
                continue
            line_places = Places(per_line[i]) if places is not None else None
            again, more = _clean_once(line, line_places)
            if again != line:
                lines[i] = again
                changed = True
                for kind, n in more.items():
                    counts[kind] += n
                if line_places is not None:
                    per_line[i] = line_places.places
                    edits.append((start, start + len(line), len(again), None))
        if not changed:
            break
        text = "\n".join(lines)
        if places is not None:
            places.places = across
            places.apply(edits)
            pos = 0
            for line, local in zip(lines, per_line, strict=True):
                places.places.extend((a + pos, b + pos, kind) for a, b, kind in local)
                pos += len(line) + 1
            places.places.sort(key=lambda p: p[0])
    return text, counts


def _clean_once(text: str, places: Places | None = None) -> tuple[str, dict[str, int]]:
    counts: dict[str, int] = {}
    # Entities first: `&#13;` and `&#x2028;` are line breaks too, and one left inside a
    # paragraph would make a terminal overwrite the start of the line.
    text, counts["html-entity"] = decode_entities(text, places)
    text, counts["line-ending"] = normalise_line_breaks(text, places)
    # Invisible characters that are never part of mojibake go before ftfy: one inside a
    # mojibake sequence would hide it, and a second cleaning would find it.
    text, counts["terminal-escape"] = strip_terminal_escapes(text, places)
    if _BEFORE_FTFY_CHARACTERS.search(beyond_plain_ascii(text)) is None:
        c0 = counts["bidi-control"] = counts["zero-width"] = spaces = 0  # nothing for these passes
    else:
        text, c0 = strip_c0_controls(text, places)
        text, counts["bidi-control"] = strip_bidi_controls(text, places)
        text, counts["zero-width"] = strip_zero_width(text, places)
        # Spaces too: ftfy judges a line with its edge spaces, which are trimmed later.
        text, spaces = plain_spaces_not_mojibake(text, places)
    text, early_runs = collapse_spaces(text, places)
    collapsed = text
    text, ftfy_counts = fix_mojibake(text, places)
    counts.update(ftfy_counts)
    text, leftover = fix_leftover_mojibake(text, places)
    counts["mojibake"] += leftover
    text, counts["broken-mojibake"] = replace_broken_mojibake(text, places)
    # Mojibake can stand for any character: undone, "â€®" is a right-to-left override, "â€‹" a
    # zero-width space, "â€¨" a line separator, none of which the passes before ftfy could see.
    # Only undone mojibake makes them (ftfy's other fixes never do): clean copy skips the rescan.
    if counts["mojibake"]:
        text, late_bidi = strip_bidi_controls(text, places)
        counts["bidi-control"] += late_bidi
        text, late_zero_width = strip_zero_width(text, places)
        counts["zero-width"] += late_zero_width
        text, late_breaks = normalise_line_breaks(text, places)
        counts["line-ending"] += late_breaks
    # C1 controls, soft hyphens and no-break spaces are bytes of mojibake: only after ftfy.
    if _AFTER_FTFY_CHARACTERS.search(beyond_plain_ascii(text)) is None:
        counts["control-char"] = c0  # nothing for the three passes
        counts["soft-hyphen"] = counts["odd-space"] = 0
    else:
        text, c1 = strip_control_chars(text, places)
        counts["control-char"] = c0 + c1
        text, counts["soft-hyphen"] = strip_soft_hyphens(text, places)
        text, counts["odd-space"] = plain_spaces(text, places)
    counts["odd-space"] += spaces
    # A text collapsed already has no space to collapse: only a pass that changed it since can have
    # left one (asking again is five scans of the text for two spaces, each as long as a copy of it).
    late_runs = 0
    if text != collapsed:
        text, late_runs = collapse_spaces(text, places)
    counts["space-run"] = early_runs + late_runs
    return text, counts
