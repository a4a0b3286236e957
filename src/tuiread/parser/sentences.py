"""Sentence edges in article text, aware of the abbreviations news copy is full of.

``sentence_start`` and ``sentence_end`` answer for one position by scanning the text
near it. ``SentenceIndex`` finds the edges of a whole paragraph once and answers the
same questions by bisection: the attribution rules ask them for every quotation, and
scanning per question is quadratic on one long paragraph full of quotations.
"""

from __future__ import annotations

import bisect
import functools
import re

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr sen sens rep reps gov govs lt gen adm col maj sgt capt cmdr rev fr st jr sr
    prof inc co cos corp ltd bros vs etc no jan feb mar apr aug sept sep oct nov dec mt ft pres
    a.m p.m u.s u.k u.n d.c n.y n.j calif fla ill mass mich minn wis ariz colo conn ky la md
    mo nev okla ore pa tenn va vt wash wyo ala ark del ga ind kan miss neb n.h n.m n.c n.d
    r.i s.c s.d w.va e.g i.e approx dept est
    cpl const cst insp supt det coun ald hon pte brig asst atty dep amb msgr rt cllr""".split()
)
# (Its first character written once on its own: a pattern that opens with a class, not a repeat of
# one, is scanned for by `re` instead of tried at every place; twice as fast over a paragraph.)
_END = re.compile(r"[.!?…][.!?…]*[”’\"')\]]*(?=\s|$)")
_TERMINATORS = frozenset(".!?…")
_CLOSERS = frozenset("”’\"')]")
_END_CHARACTERS = _TERMINATORS | _CLOSERS
# No abbreviation is longer than this (with its inner full stops): a longer word before a
# full stop ends a sentence, and the look back stops there instead of walking a huge "word".
_LONGEST_ABBREVIATION = 16
# A word with inner full stops ("U.S.", "G.K.") is an abbreviation up to this length.
_DOTTED_LENGTH = 6
# A full stop after this many letters in a row ends a sentence: no abbreviation is that long. Most
# sentences end so ("… said Tuesday."), and the look back letter by letter is skipped for them.
_PLAIN_WORD_LENGTH = max(_DOTTED_LENGTH, *map(len, _ABBREVIATIONS)) + 1


def is_abbreviation(text: str, dot: int) -> bool:
    """Does the full stop at ``dot`` end an abbreviation or initial rather than a sentence?"""
    if text[dot] != ".":
        return False
    if dot >= _PLAIN_WORD_LENGTH and text[dot - _PLAIN_WORD_LENGTH : dot].isalpha():
        return False
    stop = max(0, dot - _LONGEST_ABBREVIATION - 1)
    # The letters and full stops before the dot: the last word when a space ends it (most ends: one
    # look instead of a step per letter), else read back letter by letter.
    space = text.rfind(" ", stop, dot)
    if space >= 0 and text[space + 1 : dot].replace(".", "a").isalpha():
        start = space + 1
    else:
        start = dot
        while start > stop and (text[start - 1].isalpha() or text[start - 1] == "."):
            start -= 1
    if start == stop and stop > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        return False
    word = text[start:dot].lower()
    if not word:
        return False
    if word in _ABBREVIATIONS or word.rstrip(".") in _ABBREVIATIONS:
        return True
    if len(word) == 1 and text[start].isupper():
        return True  # an initial: "Donald J. Trump"
    return "." in word and len(word) <= _DOTTED_LENGTH  # "U.S.", "G.K."


def sentence_end(text: str, pos: int, limit: int) -> int:
    """The end (exclusive) of the sentence running at ``pos``, at most ``limit``."""
    for m in _END.finditer(text, pos, limit):
        if not is_abbreviation(text, m.start()):
            return m.end()
    return limit


def last_sentence_end(pattern: re.Pattern[str], text: str, start: int, end: int) -> int | None:
    """The end of the last match of ``pattern`` (end punctuation) in ``text[start:end]`` that ends no
    abbreviation, or None. Read back from the last match: each is an abbreviation's or not on its own,
    and those before the last sentence end need no reading."""
    for m in reversed(list(pattern.finditer(text, start, end))):
        if not is_abbreviation(text, m.start()):
            return m.end()
    return None


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
        last = last_sentence_end(_END, text, start, pos)
        if last is not None:
            cut = last
            break
        if low == floor:
            break
        window *= 4
    while cut < pos and text[cut].isspace():
        cut += 1
    return cut


class SentenceIndex:
    """The sentence edges of ``text[start:end]`` (a paragraph), found in one scan.

    ``sentence_start(pos)`` and ``sentence_end(pos)`` give what the functions of the same
    name give with ``floor=start`` and ``limit=end``, in logarithmic time.
    """

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        # Every match, abbreviations too: a position inside one is special.
        self._all_starts: list[int] = []
        self._all_ends: list[int] = []
        self._starts: list[int] = []  # the matches that end a sentence
        self._ends: list[int] = []
        for m in _END.finditer(text, start, end):
            a, b = m.span()
            self._all_starts.append(a)
            self._all_ends.append(b)
            # (only a full stop can end an abbreviation: the others end a sentence, unasked)
            if text[a] != "." or not is_abbreviation(text, a):
                self._starts.append(a)
                self._ends.append(b)

    def sentence_end(self, pos: int) -> int:
        k = bisect.bisect_right(self._all_starts, pos) - 1
        if k >= 0 and self._all_starts[k] < pos < self._all_ends[k]:
            # Inside a run of end punctuation: a scan from here reads it differently (rare).
            return sentence_end(self.text, pos, self.end)
        k = bisect.bisect_left(self._starts, pos)
        return self._ends[k] if k < len(self._starts) else self.end

    def sentence_start(self, pos: int) -> int:
        text, floor = self.text, self.start
        cut = floor
        # A scan that stops at ``pos`` ends a sentence at ``pos`` when end punctuation (and any
        # closing marks) comes right before it, whatever follows: the "tail" match.
        j = pos
        while j > floor and text[j - 1] in _CLOSERS:
            j -= 1
        k = j
        while k > floor and text[k - 1] in _TERMINATORS:
            k -= 1
        if k < j and not is_abbreviation(text, k):
            cut = pos
        else:
            limit = k if k < j else pos
            i = bisect.bisect_right(self._ends, pos) - 1
            while i >= 0 and self._starts[i] >= limit:
                i -= 1
            if i >= 0:
                cut = self._ends[i]
        while cut < pos and text[cut].isspace():
            cut += 1
        return max(cut, floor) if pos >= floor else floor


@functools.lru_cache(maxsize=64)
def sentence_index(text: str, start: int, end: int) -> SentenceIndex:
    """The `SentenceIndex` of ``text[start:end]``, built once for the quotation rules and reported
    speech, which both read the sentences of a paragraph (building it twice was a twentieth of the
    parse). An index never changes once built; the cache keeps a few dozen paragraphs, the latest
    article's, so a long article costs no more memory than before."""
    return SentenceIndex(text, start, end)
