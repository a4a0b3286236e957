"""Quoted runs: every “…” in the repaired text, joined across paragraphs by the
journalistic convention (an opening mark on every paragraph, a closing mark
only on the last).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tuiread.quick_init import quick_init

OPEN, CLOSE = "\u201c", "\u201d"
_DOUBLE = re.compile("[\u201c\u201d]")
OPEN_SINGLE, CLOSE_SINGLE = "\u2018", "\u2019"


_SMALL_WORDS = frozenset("a an the of and or in on at to for with from by vs is are be as".split())
# Under this many words, a quotation with no speaker next to it is a phrase (a scare quote, a name).
MIN_QUOTE_WORDS = 4
# At most this many words in Title Case name a work, a show or a slogan, not what someone said.
TITLE_WORDS_MOST = 8


def looks_like_title(words: list[str]) -> bool:
    """Title Case throughout ("Orange Is the New Black", "The Rachel Maddow Show")."""
    content = [w for w in words if w.lower().strip(",.:;!?") not in _SMALL_WORDS]
    if not content or len(words) > 12:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() for w in content)


@quick_init
@dataclass(frozen=True, slots=True)
class ParagraphSpan:
    index: int
    start: int
    end: int


@quick_init
@dataclass(frozen=True, slots=True)
class QuotedRun:
    """One quotation: its inner spans (one per paragraph) and where its marks stand."""

    segments: tuple[tuple[int, int], ...]
    paragraphs: tuple[int, ...]
    open_at: int  # offset of the first opening mark
    close_at: int | None  # offset of the closing mark; None when the article ends open
    single: bool = False  # ‘…’ at the top level (headline style), not “…”

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]

    def inner_text(self, text: str) -> str:
        return " ".join(text[a:b].strip() for a, b in self.segments).strip()


def find_runs(text: str, paragraphs: Sequence[ParagraphSpan], skip: frozenset[int] = frozenset()) -> list[QuotedRun]:
    """Double-quoted runs (and top-level single-quoted ones) of every paragraph but those in ``skip``
    (paragraphs of data, where no quotation is sought)."""
    runs: list[QuotedRun] = []
    carry: tuple[list[tuple[int, int]], list[int], int] | None = None
    for para in paragraphs:
        if para.index in skip:
            if carry is not None:
                runs.append(_run(carry, None, text))
                carry = None
            continue
        i = para.start
        depth_open: int | None = None  # inner start of the open run in this paragraph
        if carry is not None:
            # A carried quotation resumes only where this paragraph opens with a mark.
            if text.startswith(OPEN, para.start):
                depth_open = para.start + 1
                i = para.start + 1
            else:
                runs.append(_run(carry, None, text))
                carry = None
        for m in _DOUBLE.finditer(text, i, para.end):
            ch, at = m.group(0), m.start()
            if ch == OPEN and depth_open is None:
                depth_open = at + 1
            elif ch == CLOSE and depth_open is not None:
                segments, paras, open_at = carry if carry else ([], [], depth_open - 1)
                segments = [*segments, (depth_open, at)]
                paras = [*paras, para.index]
                runs.append(QuotedRun(tuple(segments), tuple(paras), open_at, at))
                carry = None
                depth_open = None
        if depth_open is not None:
            segments, paras, open_at = carry if carry else ([], [], depth_open - 1)
            carry = ([*segments, (depth_open, para.end)], [*paras, para.index], open_at)
    if carry is not None:
        runs.append(_run(carry, None, text))
    runs.extend(_single_runs(text, [p for p in paragraphs if p.index not in skip], runs))
    runs.sort(key=lambda r: r.open_at)
    return [r for r in runs if r.inner_text(text)]


def _run(carry: tuple[list[tuple[int, int]], list[int], int], close_at: int | None, text: str) -> QuotedRun:
    segments, paras, open_at = carry
    return QuotedRun(tuple(segments), tuple(paras), open_at, close_at)


def _single_runs(text: str, paragraphs: Sequence[ParagraphSpan], doubles: list[QuotedRun]) -> list[QuotedRun]:
    """‘…’ pairs outside any double-quoted run: headline-style quotes."""
    inside = sorted((r.open_at, (r.close_at if r.close_at is not None else r.end) + 1) for r in doubles)
    inside_starts = [lo for lo, _ in inside]
    out: list[QuotedRun] = []
    for para in paragraphs:
        pos = para.start
        while True:
            a = text.find(OPEN_SINGLE, pos, para.end)
            if a < 0:
                break
            b = text.find(CLOSE_SINGLE, a + 1, para.end)
            # A ’ followed by a letter is an apostrophe inside the quoted words.
            while b >= 0 and b + 1 < para.end and text[b + 1].isalpha():
                b = text.find(CLOSE_SINGLE, b + 1, para.end)
            if b < 0:
                break
            k = bisect.bisect_right(inside_starts, a) - 1
            if k < 0 or not inside[k][0] <= a < inside[k][1]:
                out.append(QuotedRun(((a + 1, b),), (para.index,), a, b, single=True))
            pos = b + 1
    return out
