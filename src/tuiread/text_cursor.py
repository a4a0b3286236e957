"""Where the article view's keys go, without Textual: stepping through stops and paragraphs,
scrolling, selecting a range, the stretch of text a jump shows, and what a copy takes.

The article view (`tuiread.app.widgets.article_view`) keeps the state (the cursor, the reader's
position, its `ParagraphRange`) and does the scrolling; these say where to, tested on their own.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from tuiread.model import Article, Span
from tuiread.text_layout import Block, TextLayout, quote_spans


def next_stop(starts: Sequence[int], position: int, direction: int) -> tuple[int, bool]:
    """The index of the first start after ``position`` (``direction`` 1) or the last one before it
    (-1), going round at either end; and whether it went round. (-1, False) when there is none.

    What n and N step through: quotes and reported speech, or the search's matches."""
    if not starts:
        return -1, False
    if direction > 0:
        i = bisect_right(starts, position)
        return (i, False) if i < len(starts) else (0, True)
    i = bisect_left(starts, position) - 1
    return (i, False) if i >= 0 else (len(starts) - 1, True)


def between(a: int, b: int) -> range:
    """The paragraphs from ``a`` to ``b``, both included, in either order."""
    return range(min(a, b), max(a, b) + 1)


def range_change(anchor: int, old: int, new: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """A range's end moving from paragraph ``old`` to ``new``, the other end at ``anchor``: the
    paragraphs it selects and those it leaves, each in order."""
    before = set(between(anchor, old))
    after = set(between(anchor, new))
    return tuple(sorted(after - before)), tuple(sorted(before - after))


def target_span(
    article: Article, blocks: Sequence[Block], paragraph_block: Sequence[int], kind: str, index: int
) -> Span | None:
    """The stretch of text a jump to the ``kind`` ("title", "section", "paragraph", "quote",
    "reported") numbered ``index`` shows; None when the article has no such thing."""
    if kind == "title":
        return article.title_span or (Span(0, 0) if article.text else None)
    if kind == "section":
        if not 0 <= index < len(article.sections):
            return None
        section = article.sections[index]
        if section.heading is not None:
            return section.heading
        return Span(section.paragraphs[0].start, section.paragraphs[0].end) if section.paragraphs else None
    if kind == "paragraph":
        if not 0 <= index < len(paragraph_block):
            return None
        block = blocks[paragraph_block[index]]
        return Span(block.start, block.end)
    if kind == "quote":
        if not 0 <= index < len(article.quotes):
            return None
        quote = article.quotes[index]
        spans = quote_spans(article, quote)
        return Span(spans[0].start, spans[-1].end)
    if kind == "reported":
        if not 0 <= index < len(article.reported):
            return None
        item = article.reported[index]
        return Span(item.start, item.end)
    return None


def copied_text(article: Article, dragged: tuple[int, int] | None, selected: Collection[int], cursor: int) -> str:
    """What ``y`` copies: the text ``dragged`` over with the mouse, or else the ``selected``
    paragraphs, or else the ``cursor``'s, paragraphs apart by a blank line."""
    if dragged is not None:
        return article.text[dragged[0] : dragged[1]]
    paragraphs = article.paragraphs
    chosen = sorted(selected) or ([cursor] if 0 <= cursor < len(paragraphs) else [])
    return "\n\n".join(paragraphs[i].text for i in chosen)


# -- scrolling: where the top line goes (None: it stays) ----------------------------------


def visible(first: int, last: int, top: int, height: int) -> bool:
    """Whether any of lines ``first``..``last`` shows in ``height`` lines from ``top``."""
    return first < top + height and last >= top


def jump_context(height: int) -> int:
    """How many lines above a jump's place show: a few, fewer on a short pane."""
    return max(min(height // 4, 3), 0)


def scroll_to_line(line: int, top: int, height: int, context: int | None = None) -> int | None:
    """The top that shows ``line``: ``context`` lines below the top when it has to move, or at the
    nearest edge (``context`` None)."""
    if context is None:
        if line < top:
            return line
        return line - height + 1 if line >= top + height else None
    if not top <= line < top + height - 1 or line - top < context:
        return max(line - context, 0)
    return None


def scroll_to_paragraph(first: int, last: int, top: int, height: int) -> int | None:
    """The top that shows a paragraph of lines ``first``..``last`` with a line above it: all of it if
    it fits, else its start."""
    if first < top:
        return max(first - 1, 0)
    if last >= top + height:
        return max(last - height + 2 if last - first + 2 <= height else first - 1, 0)
    return None


def scroll_within(first: int, last: int, top: int, height: int, delta: int) -> int | None:
    """A paragraph taller than the screen scrolls half a screen before a step (``delta`` 1 or -1)
    leaves it; None when the step may leave it."""
    if delta > 0 and last >= top + height and first < top + height:
        return min(top + height // 2, last - height + 2)
    if delta < 0 and first < top and last >= top:
        return max(top - height // 2, first - 1, 0)
    return None


def cursor_in_view(layout: TextLayout, cursor: int, top: int, height: int) -> int | None:
    """Where the cursor goes once the pane shows ``height`` lines from ``top``: the first paragraph
    in view if its own is not (None: it stays)."""
    if not layout.paragraph_count or not layout.laid_out:
        return None
    if visible(*layout.paragraph_lines(cursor), top, height):
        return None
    return layout.first_visible_paragraph(top, height)


def step(layout: TextLayout, cursor: int, top: int, height: int, delta: int) -> tuple[int | None, int | None]:
    """Where j or k (``delta`` 1 or -1) go from paragraph ``cursor``: (the top line to scroll to, the
    paragraph the cursor goes to), either None. A cursor out of view comes to the first paragraph in
    view; a paragraph taller than the pane scrolls before the cursor leaves it."""
    if not layout.paragraph_count or not layout.laid_out:
        return None, None
    in_view = cursor_in_view(layout, cursor, top, height)
    if in_view is not None:
        return None, in_view
    first, last = layout.paragraph_lines(cursor)
    y = scroll_within(first, last, top, height, delta)
    return (y, None) if y is not None else (None, cursor + delta)


def preview_scroll(layout: TextLayout, offsets: Sequence[int], start: int, top: int, height: int) -> int | None:
    """The top line that brings a quote and its evidence (``offsets``: where each begins and ends) into
    view: the whole stretch if it fits, else the quote's ``start``; None when all of it shows."""
    first, last = layout.line_of_offset(min(offsets)), layout.line_of_offset(max(offsets))
    if visible(first, first, top, height) and visible(last, last, top, height):
        return None
    line = first if last - first < height - 2 else layout.line_of_offset(start)
    return scroll_to_line(line, top, height, jump_context(height))


@dataclass
class ParagraphRange:
    """A range of paragraphs being picked: the paragraph it grows from, and whether range mode (v)
    is on (without it, shift and the arrows grow a range until a plain key ends it)."""

    anchor: int | None = None
    mode: bool = False

    def end(self) -> None:
        self.anchor, self.mode = None, False

    def move(self, cursor: int, to: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The range's end moving from paragraph ``cursor`` to ``to`` (it grows from ``cursor`` if it
        had not started): the paragraphs it picks and those it lets go."""
        if self.anchor is None:
            self.anchor = cursor
        return range_change(self.anchor, cursor, to)
