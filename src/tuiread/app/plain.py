"""Article text shown as text: control characters become their visible pictures (␛), never reach the terminal."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_PICTURES = {i: 0x2400 + i for i in range(32)} | {0x7F: 0x2421, 0x09: 0x20, 0x0A: 0x20}


def shown(text: str) -> str:
    """``text`` with control characters as Unicode control pictures and newlines as spaces (same length)."""
    if "\n" in text or "\t" in text or _CONTROL.search(text):
        return text.translate(_PICTURES)
    return text
