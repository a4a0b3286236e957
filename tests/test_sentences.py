"""Sentence edges: a paragraph's found once (`SentenceIndex`) are the ones found by scanning near a position.

The attribution rules ask for the sentence around every quotation; scanning for each was
quadratic on a long paragraph full of quotations. The index must give exactly the answers the
scans give, or attribution would change: compared here on text made of what sentence ends are
made of (full stops of abbreviations and initials, runs of ``?!…``, closing marks and brackets).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tuiread.parser.sentences import (
    _END,
    SentenceIndex,
    is_abbreviation,
    last_sentence_end,
    sentence_end,
    sentence_start,
)

_PIECES = [
    "a", "b", "Ab", " ", "  ", "\n", ".", "?", "!", "…", "”", "’", '"', "'", ")", "]", "x",
    "Mr.", "Dr.", "U.S.", "etc.", "e.g.", "J.", "...", "?”", ".”’", " said.", "approx.", "Sept.",
]  # fmt: skip
texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@given(texts, texts, texts)
def test_the_index_answers_as_the_scans_do_at_every_position(before: str, paragraph: str, after: str) -> None:
    text = before + paragraph + after
    start, end = len(before), len(before) + len(paragraph)
    index = SentenceIndex(text, start, end)
    for pos in range(start, end + 1):
        assert index.sentence_start(pos) == sentence_start(text, pos, start), pos
        assert index.sentence_end(pos) == sentence_end(text, pos, end), pos


def test_sentences_in_news_copy() -> None:
    text = "Sen. Bernie Sanders spoke in the U.S. capital. “We won,” he said. Did they? Yes!"
    index = SentenceIndex(text, 0, len(text))
    assert index.sentence_end(0) == text.index("capital.") + len("capital.")
    assert text[index.sentence_start(text.index("he said")) :].startswith("“We won,”")
    assert text[index.sentence_start(text.index("Yes")) :] == "Yes!"


def test_a_huge_word_before_a_full_stop_is_no_abbreviation_and_is_not_read_whole() -> None:
    text = "x" * 1_000_000 + ". Next"
    assert not is_abbreviation(text, 1_000_000)
    assert is_abbreviation("the U.S. said", 7) and is_abbreviation("Donald J. Trump", 8)


@given(texts)
def test_the_last_sentence_end_is_the_last_of_all_of_them(text: str) -> None:
    # Read back from the last match, as the last of every end found forward (`sentence_start`'s
    # reading before it, which read each match of its window).
    for start in range(0, len(text) + 1, 3):
        for end in range(start, len(text) + 1, 2):
            ends = [m.end() for m in _END.finditer(text, start, end) if not is_abbreviation(text, m.start())]
            assert last_sentence_end(_END, text, start, end) == (ends[-1] if ends else None)
