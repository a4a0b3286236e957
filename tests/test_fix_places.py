"""Where the fix log's jumps go: every kind of fix with a place in the text has one."""

from __future__ import annotations

from tuiread.fix_places import fix_places
from tuiread.model import Span
from tuiread.parser import parse

SCORES = """Storm closes schools across the county
Storm closes schools across the county

Every school in the county stayed shut on Monday as the storm brought down trees and power lines.

"Nobody should be on the roads," said Sheriff Dan Olsen.

"district","closed","reopening"

"North","12","Wednesday"

"South","9","Thursday"

Crews expect to restore power by the weekend.
"""


def test_a_table_read_as_data_goes_to_its_first_row() -> None:
    article = parse(SCORES)
    assert article.fixes.count("data-paragraph") == 3
    place = fix_places(article)["data-paragraph"]
    assert article.text[place.start : place.end] == '"district","closed","reopening"'


def test_a_dropped_duplicate_title_goes_to_the_title_it_repeated() -> None:
    article = parse(SCORES)
    assert article.fixes.count("duplicate-title") == 1
    assert fix_places(article)["duplicate-title"] == article.title_span


def test_a_repair_goes_to_its_first_mark() -> None:
    article = parse(SCORES)
    place = fix_places(article)["quote-straight"]
    assert article.text[place.start : place.end] == "“"
    assert place == Span(article.repairs[0].start, article.repairs[0].end)


def test_fixes_made_before_the_text_was_laid_out_have_no_place() -> None:
    article = parse("Council approves budget\n\nThe council met on\nTuesday and approved\nthe budget.\n")
    assert article.fixes.count("hard-wrap")
    places = fix_places(article)
    assert "hard-wrap" not in places and "duplicate-title" not in places and "data-paragraph" not in places
