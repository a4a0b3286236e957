"""Sentence edges in article text, aware of the abbreviations news copy is full of."""

from __future__ import annotations

import re

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr sen sens rep reps gov govs lt gen adm col maj sgt capt cmdr rev fr st jr sr
    prof inc co corp ltd vs etc no jan feb mar apr aug sept sep oct nov dec mt ft pres gen
    a.m p.m u.s u.k u.n d.c n.y n.j calif fla ill mass mich minn wis ariz colo conn ky la md
    mo nev okla ore pa tenn va vt wash wyo ala ark del ga ind kan miss neb n.h n.m n.c n.d
    r.i s.c s.d w.va e.g i.e approx dept est""".split()
)
_END = re.compile(r"[.!?…]+[”’\"')\]]*(?=\s|$)")
_END_CHARACTERS = frozenset(".!?…”’\"')]")


def is_abbreviation(text: str, dot: int) -> bool:
    """Does the full stop at ``dot`` end an abbreviation or initial rather than a sentence?"""
    if text[dot] != ".":
        return False
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if not word:
        return False
    if word in _ABBREVIATIONS or word.rstrip(".") in _ABBREVIATIONS:
        return True
    if len(word) == 1 and text[start].isupper():
        return True  # an initial: "Donald J. Trump"
    return "." in word and len(word) <= 6  # "U.S.", "G.K."


def sentence_end(text: str, pos: int, limit: int) -> int:
    """The end (exclusive) of the sentence running at ``pos``, at most ``limit``."""
    for m in _END.finditer(text, pos, limit):
        if not is_abbreviation(text, m.start()):
            return m.end()
    return limit


def sentence_start(text: str, pos: int, floor: int) -> int:
    """The start of the sentence running at ``pos``, no earlier than ``floor``.

    Looks back from ``pos`` in growing windows, not forward from ``floor``: one paragraph of a
    megabyte with a quote in every sentence would otherwise cost its length once per quote.
    """
    cut = floor
    window = 512
    while True:
        low = max(floor, pos - window)
        start = low
        # Never start inside a run of closing punctuation: "?!”" must match whole.
        while start > floor and text[start - 1] in _END_CHARACTERS:
            start -= 1
        ends = [m.end() for m in _END.finditer(text, start, pos) if not is_abbreviation(text, m.start())]
        if ends:
            cut = ends[-1]
            break
        if low == floor:
            break
        window *= 4
    while cut < pos and text[cut].isspace():
        cut += 1
    return cut
