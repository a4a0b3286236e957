"""Where the article view's keys go, without Textual: n/N through stops, and a range of paragraphs."""

from __future__ import annotations

import pytest

from tuiread.model import Article
from tuiread.parser import parse
from tuiread.text_cursor import (
    ParagraphRange,
    between,
    copied_text,
    cursor_in_view,
    jump_context,
    next_stop,
    preview_scroll,
    range_change,
    scroll_to_line,
    scroll_to_paragraph,
    scroll_within,
    step,
    target_span,
    visible,
)
from tuiread.text_layout import TextLayout, article_blocks, paragraph_blocks

TEXT = """Talks end without a deal

Moscow and NATO met on Wednesday. “We will meet again,” said Jens Stoltenberg.

What comes next

The Kremlin said the talks were useful. “Nothing new,” said Wendy Sherman.
"""

# Where three quotes start in an article.
STARTS = [120, 480, 900]


def test_n_goes_to_the_next_quote_and_round_to_the_first() -> None:
    assert next_stop(STARTS, 0, 1) == (0, False)
    assert next_stop(STARTS, 120, 1) == (1, False)  # from a quote's own start: the next one
    assert next_stop(STARTS, 900, 1) == (0, True)


def test_shift_n_goes_to_the_previous_quote_and_round_to_the_last() -> None:
    assert next_stop(STARTS, 500, -1) == (1, False)
    assert next_stop(STARTS, 480, -1) == (0, False)
    assert next_stop(STARTS, 50, -1) == (2, True)


def test_no_stops_no_step() -> None:
    assert next_stop([], 10, 1) == (-1, False)
    assert next_stop([], 10, -1) == (-1, False)


def test_a_range_grows_and_shrinks_from_its_anchor() -> None:
    assert list(between(5, 2)) == [2, 3, 4, 5]
    # Anchored at paragraph 3: moving down from 3 to 5 selects 4 and 5.
    assert range_change(3, 3, 5) == ((4, 5), ())
    # Back up past the anchor: 4 and 5 are let go, 1 and 2 taken.
    assert range_change(3, 5, 1) == ((1, 2), (4, 5))


@pytest.fixture(scope="module")
def article() -> Article:
    return parse(TEXT)


def jump(article: Article, kind: str, index: int) -> str | None:
    blocks = article_blocks(article)
    span = target_span(article, blocks, paragraph_blocks(blocks)[0], kind, index)
    return None if span is None else article.text[span.start : span.end]


def test_a_jump_shows_the_title_a_heading_a_paragraph_or_a_quote_with_its_marks(article: Article) -> None:
    assert jump(article, "title", 0) == "Talks end without a deal"
    assert jump(article, "section", 1) == "What comes next"
    # The lead has no heading: its first paragraph.
    assert jump(article, "section", 0).startswith("Moscow and NATO")  # type: ignore[union-attr]
    assert jump(article, "paragraph", 1).startswith("The Kremlin")  # type: ignore[union-attr]
    assert jump(article, "quote", 1) == "“Nothing new,”"
    assert jump(article, "reported", 0) == article.text[article.reported[0].start : article.reported[0].end]


def test_a_jump_to_what_is_not_there_shows_nothing(article: Article) -> None:
    assert jump(article, "quote", 9) is None
    assert jump(article, "section", -1) is None
    assert jump(article, "paragraph", 2) is None
    assert target_span(parse(""), [], [], "title", 0) is None


def test_y_copies_the_dragged_text_else_the_picked_paragraphs_else_the_cursors(article: Article) -> None:
    start = TEXT.index("Wendy")
    assert copied_text(article, (start, start + 5), {0}, 1) == "Wendy"
    assert copied_text(article, None, {1, 0}, 1) == article.paragraphs[0].text + "\n\n" + article.paragraphs[1].text
    assert copied_text(article, None, set(), 1) == article.paragraphs[1].text
    assert copied_text(article, None, set(), 5) == ""


# A pane of 20 lines showing lines 100-119.
TOP, HEIGHT = 100, 20


def test_a_jump_lands_a_few_lines_below_the_top_and_only_moves_when_it_must() -> None:
    assert jump_context(HEIGHT) == 3 and jump_context(6) == 1
    assert scroll_to_line(105, TOP, HEIGHT, 3) is None  # on screen, below the context: stays
    assert scroll_to_line(101, TOP, HEIGHT, 3) == 98  # too near the top: three lines above it show
    assert scroll_to_line(500, TOP, HEIGHT, 3) == 497
    assert scroll_to_line(1, TOP, HEIGHT, 3) == 0  # never above the first line
    # Without context: the nearest edge.
    assert scroll_to_line(130, TOP, HEIGHT) == 111 and scroll_to_line(90, TOP, HEIGHT) == 90
    assert scroll_to_line(110, TOP, HEIGHT) is None


def test_the_cursors_paragraph_shows_whole_if_it_fits_else_from_its_start() -> None:
    assert scroll_to_paragraph(105, 110, TOP, HEIGHT) is None
    assert scroll_to_paragraph(95, 98, TOP, HEIGHT) == 94  # above: with the line before it
    assert scroll_to_paragraph(118, 125, TOP, HEIGHT) == 107  # below: all of it, the blank after it too
    assert scroll_to_paragraph(118, 160, TOP, HEIGHT) == 117  # taller than the pane: its start
    assert visible(90, 100, TOP, HEIGHT) and not visible(120, 130, TOP, HEIGHT)


def test_a_step_scrolls_through_a_paragraph_taller_than_the_pane_before_leaving_it() -> None:
    assert scroll_within(90, 160, TOP, HEIGHT, 1) == 110  # half a pane down
    assert scroll_within(90, 160, TOP, HEIGHT, -1) == 90  # half a pane up, not past its line before
    assert scroll_within(90, 160, 142, HEIGHT, 1) is None  # its end shows: the step leaves it
    assert scroll_within(105, 110, TOP, HEIGHT, 1) is None


def test_a_range_grows_from_where_it_started_until_it_ends() -> None:
    picked = ParagraphRange()
    assert picked.move(3, 4) == ((4,), ())  # shift+down from 3: it starts there
    assert picked.anchor == 3
    assert picked.move(4, 2) == ((2,), (4,))
    picked.end()
    assert picked.anchor is None and not picked.mode


def laid_out(width: int) -> TextLayout:
    return TextLayout.of(parse(LONG)).wrapped(width)


# Three paragraphs; the second runs to about twenty lines at 30 cells.
LONG = "\n\n".join(
    [
        "Talks end without a deal",
        "Moscow and NATO met on Wednesday.",
        " ".join(["The delegations spoke for hours about troops, missiles and the borders of Europe."] * 7),
        "They will meet again.",
    ]
)


def test_j_walks_paragraphs_and_scrolls_through_one_taller_than_the_pane() -> None:
    layout = laid_out(30)
    first, last = layout.paragraph_lines(1)
    assert last - first > 12
    assert step(layout, 0, 0, 10, 1) == (None, 1)
    # On the tall paragraph with its start at the top: half a pane down, the cursor stays.
    assert step(layout, 1, first, 10, 1) == (first + 5, None)
    # Its end in view: the cursor goes on.
    assert step(layout, 1, last - 5, 10, 1) == (None, 2)
    # A cursor scrolled out of view comes to the first paragraph in view.
    assert step(layout, 0, first, 10, 1) == (None, 1)
    assert cursor_in_view(layout, 0, first, 10) == 1 and cursor_in_view(layout, 1, first, 10) is None
    assert step(TextLayout.of(parse(LONG)), 0, 0, 10, 1) == (None, None)  # not laid out yet


def test_the_text_follows_a_quote_read_in_the_list_only_when_it_is_out_of_view() -> None:
    layout = laid_out(30)
    quote_start = layout.paragraph_start(2)
    far = layout.line_of_offset(quote_start)
    assert preview_scroll(layout, [quote_start, quote_start + 10], quote_start, 0, 10) == far - 2
    assert preview_scroll(layout, [quote_start, quote_start + 10], quote_start, far - 2, 10) is None
