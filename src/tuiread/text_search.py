"""Search the way people type: straight or curly quotes, any dash, accents or not, and smart case.

``haven't`` finds "haven’t", ``Clement`` finds "Clément", ``--`` finds "—". A query in lower case
matches any case; one with a capital matches that case (as vim's smartcase and less's -i do).

The text is searched in a folded copy of the same length (one character for one), so a match's
offsets are the original text's and the match highlights the characters as written.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

MAX_MATCHES = 100_000

_QUOTES = {c: "'" for c in "‘’‚‛′`´"} | {c: '"' for c in "“”„‟″«»"}
_DASHES = {c: "-" for c in "‐‑‒–—―−"}


@lru_cache(maxsize=4096)
def _fold_char(c: str, lower: bool) -> str:
    """One character as it is searched: a single character always (offsets must hold)."""
    if c in _QUOTES:
        return _QUOTES[c]
    if c in _DASHES:
        return _DASHES[c]
    if c == "\u00a0":
        return " "
    decomposed = unicodedata.normalize("NFD", c)
    if len(decomposed) > 1 and all(unicodedata.combining(m) for m in decomposed[1:]):
        c = decomposed[0]  # é → e, ñ → n: the accent is dropped, the letter kept
    if lower:
        low = c.lower()
        if len(low) == 1:
            c = low
    return c


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def fold(text: str, *, lower: bool) -> str:
    """``text`` with quotes, dashes and accents folded (and lower-cased if ``lower``), same length.

    Only the characters that change are replaced, by a regular expression: `str.translate` with a
    table took 1.4 s over 20 MB of news (holding the interpreter all the while), this 0.2 s.
    """
    changes = {c: f for c in set(_NOT_ASCII.findall(text)) if (f := _fold_char(c, lower)) != c}
    if changes:
        pattern = re.compile("[" + "".join(re.escape(c) for c in changes) + "]")
        text = pattern.sub(lambda m: changes[m.group()], text)
    if not lower:
        return text
    low = text.lower()
    # A character whose lower case is longer ("İ") was kept as it is: the text's length holds, but
    # str.lower would still lengthen it; lower-case character by character then.
    return low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def is_smart_case(query: str) -> bool:
    """A query with no capital matches any case."""
    return query == query.lower()


class SearchText:
    """A text and its folded copies (each made once, on first need: megabytes take a moment)."""

    @classmethod
    def of(cls, text: str, kept: SearchText) -> SearchText:
        """``kept`` if it is of this very text, else a new one; megabytes are folded at once, in a
        thread (off the UI's: folding takes a moment, better before the first key than on it)."""
        if kept.text is text:
            return kept
        search = cls(text)
        if len(text) > 1_000_000:
            threading.Thread(target=search.folded, args=(True,), daemon=True).start()
        return search

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: dict[bool, str] = {}

    def folded(self, lower: bool) -> str:
        folded = self._folded.get(lower)
        if folded is None:
            folded = self._folded[lower] = fold(self.text, lower=lower)
        return folded

    def find_all(self, query: str, limit: int = MAX_MATCHES) -> tuple[list[int], list[int]]:
        """Start and end offsets of every match of ``query`` in the text, at most ``limit``."""
        starts: list[int] = []
        ends: list[int] = []
        if not query:
            return starts, ends
        lower = is_smart_case(query)
        needle = fold(query, lower=lower)
        haystack = self.folded(lower)
        find, size = haystack.find, len(needle)
        at = find(needle)
        while at >= 0 and len(starts) < limit:
            starts.append(at)
            ends.append(at + size)
            at = find(needle, at + size)
        return starts, ends
