"""Text from outside (the article, file names, settings, pastes) made inert before it reaches the terminal.

Article text is data. The parser already removes escape sequences and bidi
controls, but a file name, a settings value or a pasted search can carry them,
and a terminal obeys them: ``ESC ] 52`` writes the clipboard, ``ESC ] 0`` the
window title, ``U+202E`` reverses what follows. So every outside string goes
through here: C0 controls and DEL become their Unicode pictures (␛); C1
controls (an 8-bit ``CSI`` is ``U+009B``) and the bidi embedding, override,
isolate and mark characters become ``U+FFFD`` (�). Each character maps to one,
so offsets into the text still hold.
"""

from __future__ import annotations

import re

from tuiread.inert import BIDI_CONTROLS, C0_CONTROLS, C0_CONTROLS_BUT_NEWLINE, TERMINAL_CONTROLS

_UNSAFE = {i: 0xFFFD for i in range(0x80, 0xA0)} | {ord(c): 0xFFFD for c in BIDI_CONTROLS}
# What the article view uses: newlines never reach it inside a line, so they show as ␊ too.
CONTROL_PICTURES = {i: 0x2400 + i for i in range(32)} | {0x7F: 0x2421, 0x09: 0x20} | _UNSAFE
_PICTURES = CONTROL_PICTURES | {0x0A: 0x20}
_KEEP_LINES = CONTROL_PICTURES | {0x0A: 0x0A}
UNSAFE = re.compile(f"[{C0_CONTROLS}{TERMINAL_CONTROLS}]")
_UNSAFE_IN_LINES = re.compile(f"[{C0_CONTROLS_BUT_NEWLINE}{TERMINAL_CONTROLS}]")


def shown(text: str) -> str:
    """``text`` on one line, inert: control characters as pictures, newlines as spaces (same length)."""
    if UNSAFE.search(text):
        return text.translate(_PICTURES)
    return text


def shown_lines(text: str) -> str:
    """``text`` inert but keeping its line breaks (a Markdown preview, a multi-line message)."""
    if _UNSAFE_IN_LINES.search(text):
        return text.translate(_KEEP_LINES)
    return text


def typed(text: str) -> str:
    """Pasted text as the user could have typed it: without control characters or bidi controls."""
    return UNSAFE.sub("", text) if UNSAFE.search(text) else text
