"""The article's text laid out for the screen, without Textual: blocks, wrapping, quote spans."""

from __future__ import annotations

from pathlib import Path

from tuiread import text_layout
from tuiread.parser import parse_path
from tuiread.text_layout import Block, SpanIndex, _wide_characters, article_blocks, quote_spans, wrap_offsets

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


# A title, a lead paragraph, a heading and the section's paragraph, as `article_blocks` gives them.
TEXT = (
    "Talks end without a deal\n\n"
    "Moscow and NATO met on Wednesday for four hours.\n\n"
    "What comes next\n\n"
    "“We will meet again,” said Stoltenberg."
)
BLOCKS = [
    Block("title", 0, 24),
    Block("paragraph", 26, 74, paragraph=0, section=0),
    Block("heading", 76, 91, section=1),
    Block("paragraph", 93, len(TEXT), paragraph=1, section=1),
]


def test_each_paragraph_and_section_finds_its_block() -> None:
    paragraph_block, section_block = text_layout.paragraph_blocks(BLOCKS)
    assert paragraph_block == [1, 3]
    # The lead opens at its paragraph; a section with a heading at the heading.
    assert section_block == {0: 1, 1: 2}


def test_blocks_are_laid_out_as_lines_with_a_blank_between() -> None:
    assert TEXT[BLOCKS[1].start : BLOCKS[1].end].startswith("Moscow") and TEXT[BLOCKS[3].start] == "“"
    line_block, line_start, line_end, first_line = text_layout.lay_out(TEXT, BLOCKS, 20, None)
    rows = [TEXT[a:b] for a, b in zip(line_start, line_end, strict=True)]
    assert rows[:4] == ["Talks end without a", "deal", "", "Moscow and NATO met"]
    assert list(line_block[:4]) == [0, 0, -1, 1]
    assert [line_block[i] for i in first_line] == [0, 1, 2, 3]
    # Each block's lines, the blank after it not among them.
    assert text_layout.block_lines(first_line, len(line_block), 0) == (0, 1)
    assert text_layout.block_lines(first_line, len(line_block), 3) == (first_line[3], len(line_block) - 1)
    assert text_layout.line_of_offset(line_start, TEXT.index("deal")) == 1
    assert text_layout.line_of_offset(line_start, TEXT.index("Moscow")) == 3
    assert text_layout.line_of_offset([], 10) == 0


def test_a_line_or_offset_finds_its_paragraph_a_heading_the_next_one() -> None:
    line_block, _starts, _ends, _first = text_layout.lay_out(TEXT, BLOCKS, 80, None)
    assert [text_layout.paragraph_at_line(BLOCKS, line_block, line) for line in range(len(line_block))] == [
        0,
        0,
        0,
        1,
        1,
        1,
        1,
    ]
    assert text_layout.paragraph_at_line(BLOCKS, line_block, 99) is None
    starts = [b.start for b in BLOCKS]
    assert text_layout.paragraph_at_offset(BLOCKS, starts, TEXT.index("Wednesday")) == 0
    assert (
        text_layout.paragraph_at_offset(BLOCKS, starts, TEXT.index("comes")) == 1
    )  # in the heading: the paragraph after
    assert text_layout.paragraph_at_offset(BLOCKS, starts, 0) == 0  # in the title


def test_a_line_is_cut_where_its_marks_begin_and_end() -> None:
    # "said Stoltenberg" from offset 100: a quote over the first four characters, a match inside it.
    pieces = text_layout.layered_pieces(16, 100, [(90, 104, "quote"), (102, 103, "match")])
    assert pieces == [(0, 2, ["quote"]), (2, 3, ["quote", "match"]), (3, 4, ["quote"]), (4, 16, [])]
    assert text_layout.layered_pieces(5, 0, []) == [(0, 5, [])]


def test_an_article_laid_out_maps_offsets_lines_and_paragraphs_both_ways() -> None:
    # What the text pane draws from, asked without an app: the founding sample at 40 cells.
    article = parse_path(FOUNDING)
    blocks = text_layout.TextLayout.of(article)
    assert not blocks.laid_out and blocks.line_count == 0
    layout = blocks.wrapped(40)
    assert layout.laid_out and layout.width == 40 and layout.paragraph_count == len(article.paragraphs)
    assert layout.block_at_line(0).kind == "title"  # type: ignore[union-attr]
    # Every line fits, and the lines of a paragraph give back its words.
    assert all(len(layout.line_text(line)) <= 40 for line in range(layout.line_count))
    paragraph = article.paragraphs[2]
    first, last = layout.paragraph_lines(2)
    assert " ".join(layout.line_text(line) for line in range(first, last + 1)).split() == paragraph.text.split()
    assert layout.block_at_line(last + 1) is None  # the blank line after it
    # An offset in the middle of the paragraph, its line, and back.
    word = paragraph.start + len(paragraph.text) // 2
    line = layout.line_of_offset(word)
    assert first < line <= last
    assert layout.paragraph_at_line(line) == layout.paragraph_at_offset(word) == 2
    column = word - layout.line_start[line]
    assert layout.offset_at(line, column) == word
    assert layout.offset_at(-5, 0) == 0 and layout.offset_at(10**6, 0) == len(article.text)
    assert layout.paragraph_start(2) == paragraph.start
    # What a pane of five lines from the paragraph's first shows, and the first paragraph starting there.
    assert layout.lines_text(first, 5).split("\n")[0] == layout.line_text(first)
    assert layout.first_visible_paragraph(first, 5) == 2
    # One line down, the paragraph's start is above the pane: it still fills the top line.
    assert layout.first_visible_paragraph(first + 1, 5) == 2
    # Wider: fewer lines, the same paragraph at the top (what a resize keeps).
    wide = blocks.wrapped(120)
    assert wide.line_count < layout.line_count
    assert wide.paragraph_at_offset(layout.top_offset(first)) == 2


def test_a_mouse_drag_between_two_points_takes_the_text_between() -> None:
    layout = text_layout.TextLayout.of(parse_path(FOUNDING)).wrapped(40)
    line = layout.paragraph_lines(0)[0]
    start, end = layout.offsets_between((line, 0), (line, 7))
    assert layout.text[start:end] == layout.line_text(line)[:7]
    assert layout.offsets_between((line, 5), (line, 5)) is None  # a click, not a drag
    assert layout.offsets_between(None, None) == (0, len(layout.text))
    assert text_layout.TextLayout().offsets_between(None, None) is None  # no lines yet


def test_a_message_in_the_empty_pane_wraps_instead_of_losing_its_end() -> None:
    message = "Could not open the article: /very/long/path/to/article.txt: not a text file"
    rows = []
    while (row := text_layout.wrapped_line(message, 30, len(rows))) is not None:
        rows.append(row)
    assert len(rows) > 1 and all(len(row) <= 30 for row in rows)
    assert rows[-1].endswith("not a text file")
