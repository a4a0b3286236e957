"""The cheap tests the cue readers make before a pattern: each must refuse only what the pattern refuses.

A pattern tried on every quotation's neighbourhood (`cues.before_opening`, `cues.after_closing`,
`cues.according_to`) is first asked a question a string method answers: does the region end with
the words the pattern ends with, start with a capital, hold one of the leads? Where the answer is no,
the pattern cannot match, and the result is the one it gave. Checked here on text made of the words
the patterns are about, and on the sentences the fast paths were written for. The sentence edges the
rules remember (`rules.Context`) must be the ones found anew and charged at every asking.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tuiread.parser.quotes import cues
from tuiread.parser.quotes.rules import Context, _window_end, _window_start
from tuiread.parser.quotes.runs import ParagraphSpan, find_runs

_PIECES = [
    "to", "used", "likes", "loved", "has", "had", "found", "shows", "concluded", "that", "said", "Said",
    "told", "Told", "according", "According", "words", "of", "quote", "Brandt", "report", "ſaid", "K",
    " ", "  ", "\t", "\n", "\u00a0", "\u2003", ",", ":", ".", "“", "”", "x",
]  # fmt: skip
_REGION = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


@given(_REGION)
def test_a_habit_is_sought_only_after_to_and_spaces(lead: str) -> None:
    if cues._HABIT_TAIL.search(lead) is not None:
        assert lead[-1:].isspace() and lead.rstrip().endswith("to")


@given(_REGION)
def test_a_verb_opening_the_region_is_sought_only_after_a_capital(region: str) -> None:
    m = cues._SAID_FIRST.match(region)
    if m is not None and m.group("verb")[:1].isupper():
        assert region.lstrip()[:1].isupper()


@given(_REGION)
def test_a_finding_is_sought_only_where_the_region_ends_with_its_words(region: str) -> None:
    if cues._FINDING_VERB.search(region, max(0, len(region) - 20)) is not None:
        assert region.rstrip().endswith(cues._FINDING_VERB_ENDS)


def test_the_cues_the_fast_paths_guard_are_still_found() -> None:
    said = "Said Brandt, “"
    cue = cues.before_opening(said, len(said) - 1, 0)
    assert cue is not None and (cue.cue, cue.phrase.mention) == ("said", "Brandt")
    found = "A 2014 House Intelligence Committee report found “"
    cue = cues.before_opening(found, len(found) - 1, 0)
    assert cue is not None and cue.cue == "found"
    habit = "“We will win,” as my late mother used to say."
    cue = cues.after_closing(habit, habit.index("”"), len(habit))
    assert cue is not None and (cue.cue, cue.phrase.mention) == ("say", "my late mother")
    for text, lead, mention in (
        ("“We will win,” according to Mayor John Tory.", "according to", "John Tory"),
        ("In the words of Winston Churchill, “", "in the words of", "Winston Churchill"),
        ("To quote Winston Churchill, “", "to quote", "Winston Churchill"),
    ):
        cue = cues.according_to(text, 0, len(text))
        assert cue is not None and (cue.cue, cue.phrase.mention) == (lead, mention)
    assert cues.according_to("“We will win,” he said.", 0, 23) is None


def test_sentence_edges_are_remembered_and_charged_at_every_asking() -> None:
    text = "He left. “We will win,” he said. Then he sat down. “Soon.”"
    para = ParagraphSpan(0, 0, len(text))
    ctx = Context(text, {0: para}, find_runs(text, [para]))
    ctx.start_paragraph(0)
    for pos in (10, 25, 40, len(text) - 1):
        fresh_end = _window_end(text, pos, ctx.sentences(para).sentence_end(pos))
        fresh_start = _window_start(text, pos, ctx.sentences(para).sentence_start(pos))
        for _ in range(2):
            spent = ctx.spent[0]
            assert ctx.sentence_end(pos, para) == fresh_end
            assert ctx.spent[0] - spent == fresh_end - pos
            spent = ctx.spent[0]
            assert ctx.sentence_start(pos, para) == fresh_start
            assert ctx.spent[0] - spent == pos - fresh_start
