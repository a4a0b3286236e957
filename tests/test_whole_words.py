"""`whole_words` finds an article's surnames as the pattern it replaced (``\\b(?:w1|w2|…)\\b``) did."""

from __future__ import annotations

import re

import pytest

from tuiread.parser.lexicon import alternation
from tuiread.parser.quotes.names import PeopleIndex, whole_words

CASES = [
    ("Sanders spoke. Later Sanders said no.", {"Sanders"}, 0),
    ("Lin and Li met Linh; Lin's aide", {"Li", "Lin"}, 0),  # the longest word at a place wins
    ("Ocasio-Cortez and Cortez, Cortez-Ocasio", {"Cortez", "Ocasio-Cortez"}, 0),  # no overlaps
    ("O’Rourke, O'Rourke and Rourke", {"O’Rourke", "Rourke"}, 0),
    ("King Jr. said, Jr.X and Jr.", {"Jr."}, 0),  # a word ending in a full stop
    ("Smithson Smith _Smith Smith_ Smith2 éSmith Smith", {"Smith"}, 0),
    ("Smith Smith Smith", {"Smith"}, 3),  # from a start inside a word: the boundary looks back
    ("", {"Smith"}, 0),
]


@pytest.mark.parametrize(("text", "words", "start"), CASES)
def test_whole_words_finds_what_the_pattern_found(text: str, words: set[str], start: int) -> None:
    pattern = re.compile(r"\b" + alternation(words) + r"\b")
    assert whole_words(text, words, start) == [m.span() for m in pattern.finditer(text, start)]


def test_a_later_surname_is_a_mention_of_the_full_name() -> None:
    text = "Bernie Sanders spoke first. Then Jane Lin and Sanders left; Sandersville stayed."
    people = PeopleIndex(text)
    assert people.people["Bernie Sanders"].positions == [0, text.index("Sanders left")]
    assert people.lookup("Sanders", len(text)) is people.people["Bernie Sanders"]
