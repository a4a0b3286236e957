"""Where the article view's keys go, without Textual: stepping through stops, selecting a range,
the stretch of text a jump shows, and what a copy takes.

The article view (`tuiread.app.widgets.article_view`) keeps the state (the cursor, the reader's
position, the range's anchor); these are pure functions of it, tested on their own.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence

from tuiread.model import Article, Span
from tuiread.text_layout import Block, quote_spans


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
