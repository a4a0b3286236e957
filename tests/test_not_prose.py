"""Copy that is not prose: the parser recognises it cheaply and says so, instead of searching harder.

A paragraph of data (a tag list, CSV, a page's script: marks everywhere, few words between them)
keeps its marks as they are and yields no quotes; a paragraph whose quotations would cost too much
to attribute (thousands of them and no full stop) is left unattributed. Either way the fix log says
so, the rest of the article is parsed as usual, and the answer is the same on every run.
"""

from __future__ import annotations

import pytest

from tuiread.parser import parse

LEAD = "Council backs the bridge plan\n\n“We have waited long enough for this,” said Mayor Ana Ruiz on Tuesday.\n\n"
TAIL = "\n\n“The buses will run every ten minutes,” said Tomás Valente, the transport minister.\n"


def _attributed(article_text: str) -> dict[str, str | None]:
    article = parse(article_text)
    return {q.text: q.speaker for q in article.quotes}


def test_a_tag_list_is_data_its_marks_kept_and_no_quotes_sought() -> None:
    tags = ", ".join(f'"tag number {n}"' for n in range(40))
    article = parse(f"{LEAD}Tags: {tags}.{TAIL}")
    data = [p for p in article.paragraphs if p.data]
    assert len(data) == 1
    assert data[0].text == f"Tags: {tags}."  # the straight marks as they came, none curled
    assert all(not (data[0].start <= q.start < data[0].end) for q in article.quotes)
    assert all(not (data[0].start <= p.start < data[0].end) for p in article.phrases)
    assert article.fixes.count("data-paragraph") == 1
    # The prose around it is read as usual.
    assert {q.text: q.speaker for q in article.quotes} == {
        "We have waited long enough for this,": "Ana Ruiz",
        "The buses will run every ten minutes,": "Tomás Valente",
    }


def test_a_paragraph_of_a_few_quoted_titles_is_still_prose() -> None:
    """Far below the bar for data: news copy has up to 14 marks in a paragraph."""
    titles = ", ".join(f"“Song number {n}”" for n in range(8))
    article = parse(f"{LEAD}The band played {titles} and an encore.{TAIL}")
    assert not any(p.data for p in article.paragraphs)
    assert article.fixes.count("data-paragraph") == 0
    assert sum(1 for p in article.phrases if p.text.startswith("Song number")) == 8


def test_a_paragraph_too_costly_to_attribute_is_left_unattributed_and_said_so() -> None:
    # A chorus of two thousand quoted lines and no full stop: every quotation's "sentence" is the
    # whole paragraph, and a cue sought in it for each is more than the paragraph's budget.
    chorus = " ".join(f"“we sing the line number {n} again and again”" for n in range(2000))
    text = f"{LEAD}The chorus goes: {chorus}{TAIL}"
    article = parse(text)
    assert article.fixes.count("unattributed-paragraph") == 1
    sung = [q for q in article.quotes if q.text.startswith("we sing the line")]
    assert len(sung) == 2000 and all(q.speaker is None and q.rule is None for q in sung)
    speakers = {q.text: q.speaker for q in article.quotes if not q.text.startswith("we sing")}
    assert speakers == {
        "We have waited long enough for this,": "Ana Ruiz",
        "The buses will run every ten minutes,": "Tomás Valente",
    }
    assert parse(text) == article  # counted, not timed: the same answer on every run


def test_a_long_paragraph_of_ordinary_quotes_is_attributed_in_full() -> None:
    """The budget grows with the paragraph: only quotations that no sentence end bounds come near it."""
    speakers = ["Ana Ruiz", "Per Lothe", "Denise Holloway"]
    said = " ".join(
        f"“Point number {n} of the plan is sound,” said {speakers[n % 3]}. The council listened." for n in range(600)
    )
    article = parse(f"{LEAD}{said}{TAIL}")
    assert article.fixes.count("unattributed-paragraph") == 0
    points = [q for q in article.quotes if q.text.startswith("Point number")]
    assert len(points) == 600
    assert [q.speaker for q in points] == [speakers[n % 3] for n in range(600)]


def test_csv_and_table_rows_are_data_row_by_row() -> None:
    csv = "\n".join(f'{n},"Ruiz, Ana","we will rebuild it, she said","Town {n}"' for n in range(5))
    table = "| id | name | quote |\n|---|---|---|\n" + "\n".join(f'| {n} | Ana Ruiz | "we will" |' for n in range(5))
    article = parse(f"{LEAD}{csv}\n\n{table}{TAIL}")
    data = [p.text for p in article.paragraphs if p.data]
    assert data == [*csv.split("\n"), *table.split("\n")]  # each row its own paragraph, its marks as they came
    assert article.fixes.count("data-paragraph") == len(data)
    assert [q.speaker for q in article.quotes] == ["Ana Ruiz", "Tomás Valente"]


def test_dialogue_in_straight_marks_is_prose_however_many_paragraphs_of_it() -> None:
    dialogue = "\n\n".join(f'"Yes, number {n}," she said, "we will," and he said "no."' for n in range(6))
    article = parse(f"{LEAD}{dialogue}{TAIL}")
    assert not any(p.data for p in article.paragraphs)
    assert article.fixes.count("data-paragraph") == 0
    assert sum(1 for q in article.quotes if q.text.startswith("Yes, number")) == 6


def _marks_counted(text: str) -> int:
    from tuiread.parser.marks import _DOUBLE_GLYPHS

    return sum(map(text.count, _DOUBLE_GLYPHS)) + text.count("''") + text.count("``") + text.count("‘")


@pytest.mark.parametrize(
    "text",
    [
        " ".join(['"a"'] * 32),  # 64 marks, few words: data
        " ".join(['"a"'] * 31) + ' "a',  # 63: below the bar
        " ".join(["''a''"] * 32),  # 64 marks of two characters each
        " ".join(["''a''"] * 16) + " " + " ".join(["'a'"] * 16),  # 64 apostrophes, 32 marks
        "x" * 500,
        " ".join(["“a”"] * 32),  # not ASCII: 64 curly marks
        " ".join(["“a”"] * 31) + " “a",
        " ".join(["``a''"] * 32),  # ASCII: 64 marks of two characters
        " ".join(["``a''"] * 31) + " ``a",
    ],
)
def test_marks_are_counted_only_where_there_are_characters_enough_for_the_bar(text: str) -> None:
    # `reads_as_data` counts marks glyph by glyph only when a text has at least as many of their
    # characters as the bar: each mark is one character or two.
    from tuiread.parser.marks import _DATA_MARKS, _DATA_WORDS_PER_MARK, reads_as_data

    marks = _marks_counted(text)
    words = text.count(" ") + text.count("\n") + 1
    assert reads_as_data(text) == (marks >= _DATA_MARKS and words < _DATA_WORDS_PER_MARK * marks)
