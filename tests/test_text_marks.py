"""What the text pane marks on a line, and where n/N stop, without Textual."""

from __future__ import annotations

import pytest

from tuiread.model import Article
from tuiread.parser import parse
from tuiread.target import Target
from tuiread.text_marks import TextMarks, evidence_of
from tuiread.text_search import SearchText

TEXT = """Talks end without a deal

MOSCOW (AP) — Moscow and NATO met on Wednesday. "We will meet again," said Jens Stoltenberg.

The Kremlin said the talks were useful. "Nothing new," Wendy Sherman said.
"""


@pytest.fixture(scope="module")
def article() -> Article:
    return parse(TEXT)


def names(
    text: str, marks: TextMarks, start: int, end: int, *, repairs: bool = False
) -> list[tuple[str, str | None, str]]:
    """The layers on ``[start, end)`` of ``text``: their component, speaker and the text under them."""
    return [(name, speaker, text[a:b]) for a, b, name, speaker in marks.layers(start, end, repairs=repairs)]


def test_a_line_carries_its_quote_in_the_speakers_colour_and_the_mention(article: Article) -> None:
    marks = TextMarks(article)
    paragraph = article.paragraphs[0]
    layers = names(article.text, marks, paragraph.start, paragraph.end)
    assert ("quote", "Jens Stoltenberg", "“We will meet again,”") in layers
    assert ("mention", "Jens Stoltenberg", "Jens Stoltenberg") in layers
    assert layers[0][0] == "dateline"  # lowest: everything else is drawn over it
    # The repairs (curled marks) only when asked for.
    assert not any(name == "repair" for name, _s, _t in layers)
    assert ("repair", None, "“") in names(article.text, marks, paragraph.start, paragraph.end, repairs=True)


def test_a_removed_character_is_marked_on_the_one_after_it_and_a_mended_word_on_its_letters() -> None:
    # A zero-width space removed (nothing left where it stood) and a mojibake word mended.
    article = parse("Café talks end\n\nThe cafÃ© stayed open.\u200b Talks went on.\n")
    marks = TextMarks(article)
    paragraph = article.paragraphs[0]
    repaired = [t for name, _s, t in names(article.text, marks, paragraph.start, paragraph.end, repairs=True)]
    assert repaired == ["é", " "]  # the space after the removed character


def test_the_readers_marks_go_over_the_articles(article: Article) -> None:
    marks = TextMarks(article)
    quote = article.quotes[1]
    marks.evidence = evidence_of(quote)
    start = article.text.index("Nothing")
    marks.set_matches([start], [start + 7])
    marks.match_index = 0
    marks.dragged = (start, start + 3)
    paragraph = article.paragraphs[1]
    layers = [name for name, _s, _t in names(article.text, marks, paragraph.start, paragraph.end)]
    assert layers[-3:] == ["evidence-mention", "match-current", "selection"]
    assert {"evidence-cue", "evidence-mention"} <= set(layers)
    # Another line: none of them.
    first = article.paragraphs[0]
    assert not {"evidence-mention", "match-current", "selection"} & {
        n for n, _s, _t in names(article.text, marks, first.start, first.end)
    }


def test_n_goes_from_quote_to_reported_speech_in_text_order_and_round(article: Article) -> None:
    marks = TextMarks(article)
    stops = [marks.stop_after(-1, 1, "both")[0]]
    position = -1
    for _ in range(len(article.quotes) + len(article.reported)):
        target, wrapped = marks.stop_after(position, 1, "both")
        assert target is not None and not wrapped
        item = (article.quotes if target.kind == "quote" else article.reported)[target.index]
        assert item.start > position
        position = item.start
        stops.append(target)
    assert marks.stop_after(position, 1, "both") == (stops[0], True)
    assert marks.stop_after(-1, 1, "direct") == (Target("quote", 0), False)
    assert {s.kind for s in stops if s is not None} == {"quote", "reported"}


def test_matches_step_from_the_current_one_or_from_the_reader(article: Article) -> None:
    marks = TextMarks(article)
    assert marks.match_after(0, 1) == (-1, False)
    marks.set_matches([10, 50, 90], [12, 52, 92])
    assert marks.current_match == -1
    assert marks.match_after(60, 1) == (2, False)  # none current: from where the reader is
    marks.match_index = 2
    assert marks.current_match == 90 and marks.match_after(0, 1) == (0, True)
    marks.clear_matches()
    assert marks.match_index == -1 and not marks.matches


def test_a_corrected_quote_shows_no_evidence(article: Article) -> None:
    from dataclasses import replace

    quote = article.quotes[0]
    assert evidence_of(quote)
    assert evidence_of(replace(quote, corrected=True)) == ()
    assert evidence_of(None) == ()


def test_a_search_marks_every_match_as_typed_and_starts_from_the_reader(article: Article) -> None:
    marks = TextMarks(article)
    search = SearchText(article.text)
    after_first = article.text.index("said") + 1
    assert marks.find(search, "said", after_first) == 1  # the next one from the reader
    assert [article.text[s.start : s.end] for s in marks.match_spans] == ["said", "said", "said"]
    assert marks.find(search, "said", len(article.text)) == 0  # past the last: round to the first
    assert marks.find(search, "Kremlin’s", 0) == -1 and not marks.matches
    # The same text keeps its folded copies; another gets its own.
    assert SearchText.of(article.text, search) is search
    assert SearchText.of("other", search).text == "other"


def test_new_evidence_says_where_the_old_and_new_marks_are_to_draw_them_again(article: Article) -> None:
    marks = TextMarks(article)
    first, second = evidence_of(article.quotes[0]), evidence_of(article.quotes[1])
    assert sorted(marks.set_evidence(first)) == sorted(a for a, _b, _k in first)
    assert marks.set_evidence(first) == []  # the same: nothing to draw again
    assert sorted(marks.set_evidence(second)) == sorted(a for a, _b, _k in (*first, *second))
    assert marks.evidence == second
