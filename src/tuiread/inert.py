"""Untrusted strings made safe to print: file names, paths, anything not cleaned by the parser.

Article text is cleaned by the parser (escapes, controls and bidi overrides removed).
Names are not: a file may be called ``$'\\e]0;owned\\a.txt'``, and printed as it is,
that name sets the terminal's title. `printable` shows such characters as visible
escapes (``\\x1b``, ``\\n``, ``\\u202e``) instead, the way Python's ``repr`` does,
without the quotes. Pure and cheap: no parser, no UI.
"""

from __future__ import annotations

import re

# Bidi embeddings, overrides, isolates and marks (the "Trojan Source" characters): they reorder
# what follows on screen. The parser removes them from article text; the rest escape or hide them.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# The characters an outside string must not print as they are, as pieces of a regular expression's
# character class: every pattern that looks for them (here, `tuiread.app.plain`,
# `tuiread.json_record`) is built from these.
# C0 controls: ESC, BEL, CR, LF, …
C0_CONTROLS = "\\x00-\\x1f"
# The same but the line feed, for text that keeps its lines.
C0_CONTROLS_BUT_NEWLINE = "\\x00-\\x09\\x0b-\\x1f"
# DEL, the C1 controls (an 8-bit CSI is U+009B) and the bidi controls.
TERMINAL_CONTROLS = f"\\x7f-\\x9f{BIDI_CONTROLS}"
# Line and paragraph separators, and lone surrogates (undecodable bytes of a file name).
NOT_TEXT = "\\u2028\\u2029\\ud800-\\udfff"
_UNSAFE = re.compile(f"[{C0_CONTROLS}{TERMINAL_CONTROLS}{NOT_TEXT}]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    ch = match.group(0)
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every character that could drive a terminal or reorder a line shown as an escape."""
    return _UNSAFE.sub(_escape, text)
