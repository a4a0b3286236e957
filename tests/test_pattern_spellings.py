"""Patterns respelled for speed (their first character a class of its own, which `re` scans for)
find what their first spellings found."""

from __future__ import annotations

import re

import pytest

from tuiread.parser.lexicon import INVERTED_CUES, alternation
from tuiread.parser.quotes.cues import _INVERTED_VERB
from tuiread.parser.quotes.reported import _TRAILING_ASIDE_AFTER, _WORD

TEXTS = [
    "He said he would name Jane Doe, a judge from Ohio",
    "the bill helped John Roe, who faces a close race — compared with 11 percent of Republicans",
    "it will pass,  said Sherman, the deputy secretary,\tsaid the aide —an official—who spoke",
    "“It will pass,” SAID Sherman,said Lee , Says Kim—a rival– an aide \u2014\u2013 who",
    ",\t a \n who , compared\n",
    "",
]
PAIRS = [
    (re.compile(r"(?:,\s+|\s*[—–]\s*)(?:a|an|who|compared)\s+[^,;:“”\"]*$"), _TRAILING_ASIDE_AFTER),
    (re.compile(rf"(?:,\s*|\s)(?P<verb>(?i:{alternation(INVERTED_CUES)}))\b"), _INVERTED_VERB),
    (re.compile(r"\S+"), _WORD),
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(("first", "respelled"), PAIRS)
def test_a_respelled_pattern_finds_what_it_found(text: str, first: re.Pattern[str], respelled: re.Pattern[str]) -> None:
    for start in range(len(text) + 1):
        expected = [(m.span(), m.groupdict()) for m in first.finditer(text, start)]
        assert [(m.span(), m.groupdict()) for m in respelled.finditer(text, start)] == expected
        found, want = respelled.search(text, 0, start), first.search(text, 0, start)
        assert (found and found.span()) == (want and want.span())
