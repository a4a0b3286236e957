"""Text layout without Textual: an article as display blocks, wrapped to a width by character offsets.

The article view draws from these (`tuiread.app.widgets.article_view`); they are pure functions of
the article and a width, tested on their own.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import TypeVar

from rich.cells import get_character_cell_size

from tuiread.inert import C0_CONTROLS, TERMINAL_CONTROLS
from tuiread.model import QUOTE_MARKS, Article, Quote, Span

_QUOTE_MARKS = frozenset(QUOTE_MARKS)
# What a line's layers carry (the view's Rich styles): kept apart, never looked into.
_Style = TypeVar("_Style")
# Characters the view shows as a one-cell picture (tuiread.app.plain draws them so).
_PICTURED = re.compile(f"[{C0_CONTROLS}{TERMINAL_CONTROLS}]")


@dataclass(frozen=True)
class Block:
    """One displayed block: the title, the byline, a section heading or a paragraph."""

    kind: str
    start: int
    end: int
    paragraph: int = -1
    section: int = -1


class SpanIndex:
    """Sorted, non-overlapping spans with a value each, found by the lines they touch."""

    def __init__(self, spans: Iterable[tuple[int, int, object]] = ()) -> None:
        ordered = sorted((s for s in spans if s[1] > s[0]), key=lambda s: s[0])
        self.starts = [s[0] for s in ordered]
        self.ends = [s[1] for s in ordered]
        self.values = [s[2] for s in ordered]

    @classmethod
    def from_sorted(cls, starts: list[int], ends: list[int]) -> SpanIndex:
        """Spans already in order (search matches): no sorting, no values."""
        index = cls()
        index.starts, index.ends, index.values = starts, ends, [None] * len(starts)
        return index

    def __len__(self) -> int:
        return len(self.starts)

    def overlapping(self, start: int, end: int) -> Iterable[tuple[int, int, object]]:
        i = bisect_right(self.ends, start)
        starts, ends, values = self.starts, self.ends, self.values
        while i < len(starts) and starts[i] < end:
            yield starts[i], ends[i], values[i]
            i += 1


def _wide_characters(text: str) -> re.Pattern[str] | None:
    """A pattern of the characters in ``text`` that are not one cell wide (None: all are)."""
    odd = sorted(c for c in set(text) if c not in "\n" and _cells(c) != 1)
    if not odd:
        return None
    return re.compile("[" + "".join(re.escape(c) for c in odd) + "]")


def _cells(ch: str) -> int:
    """How many cells ``ch`` takes on screen (a control character shows as a one-cell picture)."""
    return 1 if _PICTURED.match(ch) else get_character_cell_size(ch)


def wrap_offsets(text: str, width: int, wide: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Where to break ``text`` into lines of at most ``width`` cells: (start, end) pairs.

    Breaks at the last space that fits, or mid-word when a word is longer
    than the line. Lines do not include the space they break at.
    """
    width = max(width, 1)
    n = len(text)
    if n == 0:
        return [(0, 0)]
    if wide is None or not wide.search(text):
        lines: list[tuple[int, int]] = []
        pos = 0
        while n - pos > width:
            brk = text.rfind(" ", pos, pos + width + 1)
            if brk <= pos:
                lines.append((pos, pos + width))
                pos += width
            else:
                lines.append((pos, brk))
                pos = brk + 1
        lines.append((pos, n))
        return lines
    return _wrap_cells(text, width)


def _wrap_cells(text: str, width: int) -> list[tuple[int, int]]:
    """The slow path, for text with wide or zero-width characters: count cells one by one."""
    lines: list[tuple[int, int]] = []
    start = 0
    cells = 0
    last_space = -1
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        size = _cells(ch)
        if cells + size > width and i > start:
            if last_space > start:
                lines.append((start, last_space))
                start = last_space + 1
            else:
                lines.append((start, i))
                start = i
            cells = sum(_cells(c) for c in text[start:i])
            last_space = -1
        if ch == " ":
            last_space = i
        cells += size
        i += 1
    lines.append((start, n))
    return lines


def wrapped_line(text: str, width: int, line: int) -> str | None:
    """Line ``line`` of ``text`` wrapped to ``width`` cells (None: past its last)."""
    rows = wrap_offsets(text, width, _wide_characters(text))
    return text[rows[line][0] : rows[line][1]] if 0 <= line < len(rows) else None


def offset_at_column(text: str, start: int, end: int, column: int, wide: re.Pattern[str] | None) -> int:
    """The offset in ``text`` of the character at cell ``column`` of the line ``text[start:end]``.

    Left of the line gives its start, right of it its end: what a mouse drag from there takes.
    """
    if column <= 0:
        return start
    if wide is None or not wide.search(text, start, end):
        return min(start + column, end)
    cells = 0
    for i in range(start, end):
        cells += _cells(text[i])
        if cells > column:
            return i
    return end


def article_blocks(article: Article) -> list[Block]:
    blocks: list[Block] = []
    if article.title_span is not None:
        blocks.append(Block("title", article.title_span.start, article.title_span.end))
    if article.byline_span is not None:
        blocks.append(Block("byline", article.byline_span.start, article.byline_span.end))
    for section in article.sections:
        if section.heading is not None:
            blocks.append(Block("heading", section.heading.start, section.heading.end, section=section.index))
        for paragraph in section.paragraphs:
            blocks.append(Block("paragraph", paragraph.start, paragraph.end, paragraph.index, section.index))
    blocks.sort(key=lambda b: b.start)
    return blocks


def quote_spans(article: Article, quote: Quote) -> list[Span]:
    """Where a quote shows in the text: each segment, widened to take in its quotation marks."""
    text = article.text
    spans = []
    for seg in quote.segments or (Span(quote.start, quote.end),):
        start, end = seg.start, seg.end
        if start > 0 and text[start - 1] in _QUOTE_MARKS:
            start -= 1
        if end < len(text) and text[end] in _QUOTE_MARKS:
            end += 1
        spans.append(Span(start, end))
    return spans


def paragraph_blocks(blocks: Sequence[Block]) -> tuple[list[int], dict[int, int]]:
    """Each paragraph's block, and each section's first block (its heading, or else its first paragraph)."""
    paragraph_block = [0] * sum(1 for b in blocks if b.kind == "paragraph")
    section_block: dict[int, int] = {}
    for i, block in enumerate(blocks):
        if block.kind == "paragraph":
            paragraph_block[block.paragraph] = i
            section_block.setdefault(block.section, i)
        elif block.kind == "heading":
            section_block[block.section] = i
    return paragraph_block, section_block


def lay_out(
    text: str, blocks: Sequence[Block], width: int, wide: re.Pattern[str] | None
) -> tuple[array, array, array, array]:
    """The blocks wrapped to ``width``: for each display line its block (-1 for the blank line between
    two blocks), start and end offset; and each block's first line. Integer arrays, not objects: a
    2 MB article has a hundred thousand lines."""
    line_block, line_start, line_end = array("i"), array("q"), array("q")
    first_line = array("i")
    for b, block in enumerate(blocks):
        if b:
            line_block.append(-1)
            line_start.append(block.start)
            line_end.append(block.start)
        first_line.append(len(line_block))
        base = block.start
        for start, end in wrap_offsets(text[block.start : block.end], width, wide):
            line_block.append(b)
            line_start.append(base + start)
            line_end.append(base + end)
    return line_block, line_start, line_end, first_line


def line_of_offset(line_start: Sequence[int], offset: int) -> int:
    """The display line showing character ``offset``."""
    if not line_start:
        return 0
    return max(bisect_right(line_start, offset) - 1, 0)


def block_lines(first_line: Sequence[int], line_count: int, block: int) -> tuple[int, int]:
    """First and last display line of a block (the blank line before the next one is not its)."""
    first = first_line[block]
    last = first_line[block + 1] - 2 if block + 1 < len(first_line) else line_count - 1
    return first, last


def paragraph_at_line(blocks: Sequence[Block], line_block: Sequence[int], line: int) -> int | None:
    """The paragraph a display line shows: a title's or heading's line gives the first paragraph after it."""
    if not 0 <= line < len(line_block):
        return None
    block = line_block[line]
    if block < 0:
        block = line_block[line + 1] if line + 1 < len(line_block) else -1
    if block < 0:
        return None
    found = blocks[block]
    if found.kind == "paragraph":
        return found.paragraph
    # A title or heading: the first paragraph after it.
    for later in blocks[block:]:
        if later.kind == "paragraph":
            return later.paragraph
    return None


def paragraph_at_offset(blocks: Sequence[Block], block_starts: Sequence[int], offset: int) -> int | None:
    """The paragraph holding ``offset``, or the first one after it (in a title or heading)."""
    i = bisect_right(block_starts, offset) - 1
    for block in blocks[max(i, 0) :]:
        if block.kind == "paragraph":
            return block.paragraph
    return None


def layered_pieces(
    text_length: int, start: int, layers: Sequence[tuple[int, int, _Style]]
) -> list[tuple[int, int, list[_Style]]]:
    """A line of ``text_length`` characters from offset ``start`` cut where styled layers (a, b,
    style; offsets into the article) begin and end: (a, b, the styles over it, lowest first), a and b
    offsets into the line."""
    cuts = {0, text_length}
    for a, b, _ in layers:
        cuts.add(min(max(a - start, 0), text_length))
        cuts.add(min(max(b - start, 0), text_length))
    points = sorted(cuts)
    pieces: list[tuple[int, int, list[_Style]]] = []
    for a, b in pairwise(points):
        pieces.append((a, b, [style for la, lb, style in layers if la - start <= a and b <= lb - start]))
    return pieces


def _ints(typecode: str) -> array:
    return array(typecode)


@dataclass(frozen=True, eq=False)
class TextLayout:
    """An article's blocks wrapped to a width: its display lines, and the maps between text offsets,
    lines and paragraphs. What the article view draws from and moves by; tests build one from an
    article (`of`, then `wrapped`) and ask it directly, without an app.

    Before it is wrapped (``width`` -1) it has its blocks and no lines.
    """

    text: str = ""
    blocks: Sequence[Block] = ()
    block_starts: Sequence[int] = ()
    # Each paragraph's block, and each section's first block (`paragraph_blocks`).
    paragraph_block: Sequence[int] = ()
    section_block: Mapping[int, int] = field(default_factory=dict)
    wide: re.Pattern[str] | None = None
    width: int = -1
    # For each display line its block (-1 for the blank line between two), start and end offset;
    # and each block's first line (`lay_out`).
    line_block: array = field(default_factory=lambda: _ints("i"))
    line_start: array = field(default_factory=lambda: _ints("q"))
    line_end: array = field(default_factory=lambda: _ints("q"))
    block_first_line: array = field(default_factory=lambda: _ints("i"))

    @classmethod
    def of(cls, article: Article) -> TextLayout:
        """The article's blocks, not wrapped yet."""
        blocks = article_blocks(article)
        paragraph_block, section_block = paragraph_blocks(blocks)
        return cls(
            article.text,
            blocks,
            [b.start for b in blocks],
            paragraph_block,
            section_block,
            _wide_characters(article.text),
        )

    def wrapped(self, width: int) -> TextLayout:
        """The same blocks wrapped to ``width`` cells."""
        line_block, line_start, line_end, first_line = lay_out(self.text, self.blocks, width, self.wide)
        return replace(
            self,
            width=width,
            line_block=line_block,
            line_start=line_start,
            line_end=line_end,
            block_first_line=first_line,
        )

    @property
    def laid_out(self) -> bool:
        return self.width > 0

    @property
    def line_count(self) -> int:
        return len(self.line_block)

    @property
    def paragraph_count(self) -> int:
        return len(self.paragraph_block)

    def block_at_line(self, line: int) -> Block | None:
        """The block a display line shows (None: the blank line between two, or past the end)."""
        if not 0 <= line < len(self.line_block):
            return None
        block = self.line_block[line]
        return self.blocks[block] if block >= 0 else None

    def line_text(self, line: int) -> str:
        return self.text[self.line_start[line] : self.line_end[line]]

    def lines_text(self, top: int, height: int) -> str:
        """The text of ``height`` lines from ``top``, one a row (what a reader sees, unstyled)."""
        return "\n".join(self.line_text(line) for line in range(max(top, 0), min(top + height, self.line_count)))

    def line_of_offset(self, offset: int) -> int:
        """The display line showing character ``offset``."""
        return line_of_offset(self.line_start, offset)

    def paragraph_lines(self, paragraph: int) -> tuple[int, int]:
        """First and last display line of a paragraph."""
        return block_lines(self.block_first_line, self.line_count, self.paragraph_block[paragraph])

    def paragraph_start(self, paragraph: int) -> int:
        return self.blocks[self.paragraph_block[paragraph]].start

    def paragraph_at_line(self, line: int) -> int | None:
        return paragraph_at_line(self.blocks, self.line_block, line)

    def paragraph_at_offset(self, offset: int) -> int | None:
        return paragraph_at_offset(self.blocks, self.block_starts, offset)

    def offset_at(self, line: int, column: int) -> int:
        """The text offset at cell ``column`` of display ``line`` (above the text: its start; below
        it: its end): where a mouse drag from there begins or ends."""
        last = self.line_count - 1
        if line > last:
            return self.line_end[last] if last >= 0 else 0
        line = max(line, 0)
        return offset_at_column(self.text, self.line_start[line], self.line_end[line], column, self.wide)

    def top_offset(self, top: int) -> int:
        """The offset the line ``top`` starts at: what stays at the top when the width changes."""
        line = min(top, self.line_count - 1)
        return self.line_start[line] if line >= 0 else 0

    def first_visible_paragraph(self, top: int, height: int) -> int | None:
        """The first paragraph whose start shows in ``height`` lines from ``top`` (or that fills the top line)."""
        for line in range(top, min(top + height, self.line_count)):
            paragraph = self.paragraph_at_line(line)
            if paragraph is not None:
                first, _last = self.paragraph_lines(paragraph)
                if first >= top or line == top:
                    return paragraph
        return None

    def offsets_between(self, start: tuple[int, int] | None, end: tuple[int, int] | None) -> tuple[int, int] | None:
        """The text between two (line, column) points of a mouse drag (None: from the start, to the
        end): its (start, end) offsets, None when that is no text."""
        if not self.line_count:
            return None
        a = 0 if start is None else self.offset_at(*start)
        b = len(self.text) if end is None else self.offset_at(*end)
        return (a, b) if a < b else None
