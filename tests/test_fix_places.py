"""Where the fix log's jumps go: every kind of fix with a place in the text has one, and each of
its places in order; what changed the whole file or whole lines says why it has none."""

from __future__ import annotations

import json

from tuiread.fix_places import FixPlaces, fix_places, no_place, visible
from tuiread.model import Span
from tuiread.parser import parse, parse_bytes

SCORES = """Storm closes schools across the county
Storm closes schools across the county

Every school in the county stayed shut on Monday as the storm brought down trees and power lines.

"Nobody should be on the roads," said Sheriff Dan Olsen.

"district","closed","reopening"

"North","12","Wednesday"

"South","9","Thursday"

Crews expect to restore power by the weekend.
"""


def _seen(article_text: str, kind: str) -> list[str]:
    """The text at each place of ``kind``, as the reader sees it, a character either side."""
    article = parse(article_text)
    places = FixPlaces(article)
    spans = [places.at(kind, i) for i in range(places.count(kind))]
    return [article.text[s.start - 1 : s.end + 1] for s in spans]


def test_a_table_read_as_data_goes_to_its_first_row_then_the_next() -> None:
    article = parse(SCORES)
    assert article.fixes.count("data-paragraph") == 3
    place = fix_places(article)["data-paragraph"]
    assert article.text[place.start : place.end] == '"district","closed","reopening"'
    places = FixPlaces(article)
    assert article.text[places.at("data-paragraph", 1).start :].startswith('"North"')
    assert places.at("data-paragraph", 3) == place  # round to the first again


def test_a_dropped_duplicate_title_goes_to_the_title_it_repeated() -> None:
    article = parse(SCORES)
    assert article.fixes.count("duplicate-title") == 1
    assert fix_places(article)["duplicate-title"] == article.title_span


def test_a_repair_goes_to_its_first_mark() -> None:
    article = parse(SCORES)
    place = fix_places(article)["quote-straight"]
    assert article.text[place.start : place.end] == "“"
    assert place == Span(article.repairs[0].start, article.repairs[0].end)


def test_a_doubled_mark_removed_leaves_a_place_where_it_stood() -> None:
    text = 'Mayor backs the plan\n\nThe mayor spoke on Monday.\n\n""We will build it," said Mayor Ana Ruiz.\n'
    article = parse(text)
    assert article.fixes.count("quote-removed") == 1
    removed = next(r for r in article.repairs if r.kind == "quote-removed")
    assert removed.start == removed.end  # nothing is left of the mark: an empty place
    assert article.text[removed.start : removed.start + 3] == "“We"  # the first of the two stood here
    # The reader sees it on the character after it.
    assert _seen(text, "quote-removed") == ["\n“W"]
    # The quote itself reads as before: its marks are not counted as repaired for a removal.
    assert parse(text).quotes[0].text == "We will build it,"


def test_a_space_inside_the_marks_removed_leaves_a_place_after_the_mark() -> None:
    text = 'Mayor backs the plan\n\nThe mayor said on Monday: " We will build it," and left.\n'
    assert _seen(text, "quote-space") == ["“We"]


def test_a_mojibake_word_is_placed_on_its_mended_letters() -> None:
    text = "Café owners protest\n\nThe cafÃ© on Main Street closed on Monday, its owner said.\n"
    article = parse(text)
    assert article.fixes.count("mojibake") == 1
    place = fix_places(article)["mojibake"]
    assert article.text[place.start - 3 : place.end] == "café"


def test_a_joined_hard_wrap_is_placed_on_the_space_the_line_break_became() -> None:
    text = (
        "Council approves budget\n\nThe council met on\nTuesday and approved\nthe budget after a long\n"
        "debate over parks and\nroads in the city.\n\nThe mayor said the\nbudget was fair to all\n"
        "of the residents here.\n"
    )
    article = parse(text)
    assert article.fixes.count("hard-wrap") == 6
    assert _seen(text, "hard-wrap") == [
        "n T",  # "met on Tuesday"
        "d t",
        "g d",
        "d r",
        "e b",
        "l o",
    ]


def test_a_word_broken_at_a_line_end_is_placed_where_it_was_joined() -> None:
    text = (
        "Council approves budget\n\nThe council met on Tuesday and the govern-\nment approved the\n"
        "budget after a long debate\nover the parks that the\ngovernment wanted.\n"
    )
    article = parse(text)
    assert article.fixes.count("line-end-hyphen") == 1
    joined = next(r for r in article.repairs if r.kind == "line-end-hyphen")
    assert joined.start == joined.end and article.text[joined.start - 6 : joined.start + 4] == "government"
    assert article.text[fix_places(article)["line-end-hyphen"].start :].startswith("ment")  # seen on its "m"
    assert article.text[fix_places(article)["hard-wrap"].start - 6 :].startswith("govern")


def test_removed_and_replaced_characters_keep_their_places_through_every_later_change() -> None:
    # A no-break space, an entity, a run of spaces and a zero-width space, then marks curled and a
    # line re-joined after them: each place still points at what it changed.
    text = (
        "Mayor backs the plan\n\nThe mayor\u00a0said the plan &amp; the budget were  sound and "
        '"fair".\u200b She spoke\nat the town hall on\nMonday and again on\nTuesday to the board.\n'
    )
    article = parse(text)
    places = fix_places(article)
    seen = {kind: article.text[s.start : s.end] for kind, s in places.items()}
    assert seen["odd-space"] == " " and article.text[places["odd-space"].start - 5 :].startswith("mayor said")
    assert seen["html-entity"] == "&"
    assert seen["space-run"] == " " and article.text[places["space-run"].start - 4 :].startswith("were sound")
    # The zero-width space is gone: its place shows the space after it, after the curled mark.
    assert article.text[places["zero-width"].start - 2 : places["zero-width"].end] == "”. "


def test_a_byte_read_as_windows_1252_is_placed_on_the_letter_it_became() -> None:
    data = "Café owners protest\n\nThe café opened. ".encode() + b"Then a caf\xe9 closed on Monday.\n"
    article = parse_bytes(data)
    assert article.fixes.count("encoding-fallback") == 1
    place = fix_places(article)["encoding-fallback"]
    assert article.text[place.start - 10 : place.end] == "Then a café"


def test_unattributed_paragraphs_are_placed() -> None:
    lead = "Council backs the bridge plan\n\n“We have waited long enough,” said Mayor Ana Ruiz on Tuesday.\n\n"
    chorus = " ".join(f"“we sing the line number {n} again and again”" for n in range(300))
    article = parse(f"{lead}The chorus goes: {chorus}\n\nThe council then voted.\n")
    assert article.unattributed == (1,)
    place = fix_places(article)["unattributed-paragraph"]
    assert article.text[place.start :].startswith("The chorus goes:")
    assert json.loads(json.dumps(article.to_dict()))["unattributed_paragraphs"] == [1]


def test_fixes_to_the_whole_file_or_whole_lines_say_why_they_have_no_place() -> None:
    article = parse("Council approves budget\r\n\r\nThe council approved the budget.\r\n\r\n(With AFP)\r\n")
    assert article.fixes.count("line-ending") and article.fixes.count("credit")
    places = fix_places(article)
    assert "line-ending" not in places and "credit" not in places
    assert no_place("line-ending") == "the whole file"
    assert no_place("read-as-windows-1251") == "the whole file"
    assert no_place("credit") == "lines below"


def test_an_empty_place_is_seen_on_a_character_beside_it() -> None:
    assert visible("ab\ncd", 1, 1) == (1, 2)
    assert visible("ab\ncd", 2, 2) == (1, 2)  # at a line's end: the character before it
    assert visible("ab", 0, 2) == (0, 2)
