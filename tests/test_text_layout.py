"""The article's text laid out for the screen, without Textual: blocks, wrapping, quote spans."""

from __future__ import annotations

from pathlib import Path

from tuiread import text_layout
from tuiread.parser import parse_path
from tuiread.text_layout import SpanIndex, _wide_characters, article_blocks, quote_spans, wrap_offsets

FOUNDING = Path(__file__).resolve().parents[1] / "samples" / "nato-russia-dialogue.txt"


def test_wrapping_keeps_every_character_and_the_width() -> None:
    text = "During discussions between NATO and Russia on Wednesday January 12, Moscow stuck to its positions."
    rows = wrap_offsets(text, 30, _wide_characters(text))
    # Every word, in order; the spaces where lines break are not drawn.
    assert " ".join(text[a:b] for a, b in rows).split() == text.split()
    assert rows[0][0] == 0 and rows[-1][1] == len(text)
    assert all(len(text[a:b].rstrip()) <= 30 for a, b in rows)
    assert len(rows) > 1


def test_wide_characters_take_two_cells() -> None:
    text = "東京で会議が開かれた。" * 4
    rows = wrap_offsets(text, 10, _wide_characters(text))
    assert all(len(text[a:b]) <= 5 for a, b in rows)  # five wide characters fill ten cells


def test_the_founding_article_as_blocks_and_its_quotes_with_their_marks() -> None:
    article = parse_path(FOUNDING)
    blocks = article_blocks(article)
    assert blocks[0].kind == "title"
    assert [b.kind for b in blocks].count("paragraph") == len(article.paragraphs)
    quote = article.quotes[0]
    (span,) = quote_spans(article, quote)
    assert article.text[span.start] == "“" and article.text[span.end - 1] == "”"


def test_a_span_index_finds_what_a_line_touches() -> None:
    index = SpanIndex([(0, 5, "a"), (10, 20, "b"), (30, 40, "c")])
    assert [v for _a, _b, v in index.overlapping(4, 12)] == ["a", "b"]
    assert list(index.overlapping(21, 29)) == []


def test_a_screen_column_maps_to_the_character_under_it() -> None:
    text = "Moscow stuck to its positions"
    assert text_layout.offset_at_column(text, 7, 12, 0, None) == 7  # "stuck" starts the line
    assert text[text_layout.offset_at_column(text, 7, 12, 2, None)] == "u"
    assert text_layout.offset_at_column(text, 7, 12, 40, None) == 12  # right of the line: its end
    assert text_layout.offset_at_column(text, 7, 12, -3, None) == 7  # in the margin: its start


def test_wide_characters_are_two_columns_under_the_mouse() -> None:
    text = "記者会見で “必要だ” と述べた"
    wide = _wide_characters(text)
    # Columns 0-1 are 記, 2-3 are 者: column 3 is still 者, column 4 is 会.
    assert text[text_layout.offset_at_column(text, 0, len(text), 3, wide)] == "者"
    assert text[text_layout.offset_at_column(text, 0, len(text), 4, wide)] == "会"
