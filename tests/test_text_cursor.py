"""Where the article view's keys go, without Textual: n/N through stops, and a range of paragraphs."""

from __future__ import annotations

import pytest

from tuiread.model import Article
from tuiread.parser import parse
from tuiread.text_cursor import between, copied_text, next_stop, range_change, target_span
from tuiread.text_layout import article_blocks, paragraph_blocks

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
