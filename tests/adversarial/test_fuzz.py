"""Fuzzing what tuiread prints and exports: generated hostile articles stay inert text everywhere.

``test_fuzz_parser.py`` fuzzes the parser's own invariants (offsets, quotes, determinism,
idempotent cleaning). This file fuzzes the other side: whatever the parser made of hostile
input, the terminal rendering (colour on), the JSON record and the Markdown export carry no
control characters, no markup that acts, and no Markdown structure of the article's making.

Example counts follow the Hypothesis profiles of ``tests/test_properties.py`` (``dev`` by
default, ``ci`` in CI, ``long`` for a long session)::

    HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/adversarial/test_fuzz.py
"""

from __future__ import annotations

import html
import io
import json
import re
import sys
from typing import Any

import pytest
from clirun import assert_inert
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from test_properties import _check_offsets, _mojibake, any_text, articles
from tuiread.export import escape_markdown, render_markdown
from tuiread.inert import printable
from tuiread.json_record import record, record_text
from tuiread.model import Article
from tuiread.parser import parse, parse_structure, with_quotes
from tuiread.render_text import render_article
from tuiread.selection import Selection

# What hostile copy carries: markup for Rich/Textual, escape sequences of every family, C1
# controls, bidi controls, Markdown that would open blocks or links, HTML.
_HOSTILE = [
    "[bold red]",
    "[/]",
    "[link=https://evil.example]",
    "[@click=app.quit]",
    ":smile:",
    "\x1b[31m",
    "\x1b[2J\x1b[H",
    "\x1b[10A",
    "\x1b]0;TITLE\x07",
    "\x1b]2;TITLE\x1b\\",
    "\x1b]52;c;Q0xJUA==\x07",
    "\x1b]8;;https://evil.example\x1b\\",
    "\x1b[200~",
    "\x1b[201~",
    "\x1bP+q\x1b\\",
    "\x1b7",
    "\x1bc",
    "\x9b31m",
    "\x9d0;x\x9c",
    "\x85",
    "\u202e",
    "\u2066",
    "\u2069",
    "\u200f",
    "\r",
    "\x0b",
    "\x00",
    "# ",
    "> ",
    "- ",
    "* ",
    "1. ",
    "2) ",
    "===",
    "---",
    "](https://evil.example)",
    "![x](y.png)",
    "<script>",
    "</b>",
    "<!--",
    "`",
    "```",
    "| a | b |",
    "&amp;",
    "&#27;",
    "\\",
    " #",
    "~~",
    "**",
    "_",
]


@st.composite
def hostile_articles(draw: st.DrawFn) -> str:
    """An article-like text with hostile fragments dropped anywhere, some of it turned to mojibake."""
    raw = draw(articles()).raw
    for _ in range(draw(st.integers(1, 12))):
        at = draw(st.integers(0, len(raw)))
        fragment = draw(st.sampled_from(_HOSTILE))
        if draw(st.booleans()):
            fragment = "\n\n" + fragment  # at the start of a paragraph, where Markdown blocks open
        raw = raw[:at] + fragment + raw[at:]
    if draw(st.integers(0, 4)) == 0:
        at = draw(st.integers(0, len(raw)))
        raw = raw[:at] + _mojibake(raw[at : at + 60]) + raw[at + 60 :]
    return raw


hostile = st.one_of(
    hostile_articles(),
    st.lists(st.one_of(st.sampled_from(_HOSTILE), st.text(max_size=12)), max_size=40).map("".join),
    any_text,
)


def _md() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _terminal_rendering(article: Article, monkeypatch: pytest.MonkeyPatch) -> str:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setenv("TERM", "xterm-256color")
    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    out = Terminal()
    render_article(article, out)
    return out.getvalue()


def _nothing_but_text_in(markdown: str) -> None:
    tokens = _md().parse(markdown)
    inline = {child.type for token in tokens if token.children for child in token.children}
    assert inline <= {"text", "softbreak", "hardbreak"}, (inline, markdown)
    blocks = {t.type for t in tokens if t.type.endswith("_open")}
    # The export's own structure only: headings, paragraphs, the quotes' blockquotes.
    assert blocks <= {"heading_open", "paragraph_open", "blockquote_open"}, (blocks, markdown)


@given(hostile)
@settings(max_examples=settings.default.max_examples // 2 or 1)
def test_every_output_of_a_hostile_article_is_inert(text: str) -> None:
    article = parse(text, source="/tmp/hostile\x1b]0;x\x07.txt")
    # The parser's invariants are fuzzed in test_fuzz_parser.py; the cheap ones are checked here too,
    # since the outputs below cut the text by these offsets.
    _check_offsets(article)
    for quote in article.quotes:
        paragraphs = [article.paragraphs[i] for i in quote.paragraphs]
        assert paragraphs and paragraphs[0].start <= quote.start <= quote.end <= paragraphs[-1].end, quote
    with pytest.MonkeyPatch.context() as monkeypatch:
        terminal = _terminal_rendering(article, monkeypatch)
    assert_inert(terminal)
    line = record_text(article)  # written piece by piece by `tuiread parse --format jsonl`
    assert_inert(line)
    assert "\n" not in line
    assert json.loads(line) == record(article)
    selection = Selection.whole(article).with_quotes([q.index for q in article.quotes], True)
    markdown = render_markdown(article, selection)
    assert_inert(markdown)
    _nothing_but_text_in(markdown)
    # Every paragraph reads in the export exactly as in the article.
    shown = {" ".join(html.unescape(_md().renderInline(t.content)).split()) for t in _md().parse(markdown) if t.content}
    for paragraph in article.paragraphs:
        if paragraph.text:  # an empty paragraph is a parser bug of its own (the xfail below)
            assert " ".join(paragraph.text.split()) in shown, paragraph.text


@given(st.text(min_size=1, max_size=60))
@settings(max_examples=settings.default.max_examples * 2)
def test_any_string_escaped_for_markdown_renders_as_itself(text: str) -> None:
    # Full Unicode, controls included: what a hand-built model or a file name could hold.
    escaped = escape_markdown(text)
    assert_inert(escaped)
    rendered = _md().render(escaped)
    # Line ends and tabs become spaces and the ends are trimmed (as str.strip does: that drops
    # the separator controls \x1c-\x1f there too); every control left inside shows escaped.
    expected = printable(re.sub(r"\r\n?|\n|\t", " ", text).strip())
    if not expected.strip():
        assert escaped.strip() == ""
        return
    tokens = _md().parse(escaped)
    assert [t.type for t in tokens if t.type.endswith("_open")] == ["paragraph_open"], (text, escaped)
    assert rendered.startswith("<p>") and "<" not in rendered[3:-5], (text, rendered)
    assert " ".join(html.unescape(rendered[3:-5]).split()) == " ".join(expected.split())


@pytest.mark.parametrize("raw", ["Title\n\n“", 'Title\n\n"', "Title\n\n«", "Title\n\n“”\n\nThe vote is on Friday."])
def test_a_paragraph_of_only_a_stray_mark_leaves_no_empty_paragraph(raw: str) -> None:
    # Found by fuzzing ("0\r&#8220;"). An empty paragraph exports as an empty block and can be
    # selected in the app while showing nothing.
    article = parse(raw)
    assert all(p.text for p in article.paragraphs), article.paragraphs


# ---- growth ----------------------------------------------------------------------------------------


def _calls(function: Any, *args: Any) -> int:
    """How many Python and built-in function calls ``function(*args)`` makes: work, not time."""
    count = 0

    def profile(frame: Any, event: str, arg: Any) -> None:
        nonlocal count
        count += 1

    sys.setprofile(profile)
    try:
        function(*args)
    finally:
        sys.setprofile(None)
    return count


_ATTRIBUTED = (
    "The council met on Monday. Ana Ruiz, the mayor, said: “We will repair the bridge before winter.” "
    "According to Dr. Smith, of the U.S. agency, “the plan is far too costly.” "
)


def test_finding_quotes_in_one_long_paragraph_grows_linearly() -> None:
    # One paragraph, 25 and then 100 repeats: four times the text may cost about four times the work.
    small = parse_structure("Council talks\n\n" + _ATTRIBUTED * 25)
    large = parse_structure("Council talks\n\n" + _ATTRIBUTED * 100)
    assert len(large.paragraphs) == len(small.paragraphs) == 1
    ratio = _calls(with_quotes, large) / _calls(with_quotes, small)
    assert ratio < 6, f"4x the paragraph, {ratio:.1f}x the calls"


def test_finding_quotes_in_many_paragraphs_grows_linearly() -> None:
    # The same text as paragraphs of their own: the normal shape of an article, and linear.
    small = parse_structure("Council talks\n\n" + "\n\n".join([_ATTRIBUTED] * 25))
    large = parse_structure("Council talks\n\n" + "\n\n".join([_ATTRIBUTED] * 100))
    ratio = _calls(with_quotes, large) / _calls(with_quotes, small)
    assert ratio < 6, f"4x the paragraphs, {ratio:.1f}x the calls"


@pytest.mark.parametrize(
    "unit",
    [
        "x,” Trump Barkley Said ",  # a cue capitalised after its subject, after each closer
        "He Said, x “y ",  # … and before each opener
        "“a, » the man said. « b ",  # mixed marks, each inner pair a clause
    ],
)
def test_repairing_capitalised_cues_and_mixed_marks_grows_linearly(unit: str) -> None:
    # A check that reads the whole paragraph once per mark costs no more calls (str.split is one),
    # only time: best of three, four times the text within ten times the time (16x when quadratic; a
    # linear reading measures about 4x).
    small, large = _repair_cpu(unit * 1500), _repair_cpu(unit * 6000)
    assert large < 10 * max(small, 1e-3), f"4x the paragraph, {large / max(small, 1e-3):.1f}x the time"


def _repair_cpu(text: str) -> float:
    """The least CPU of three repairs of the marks of the one paragraph ``text``."""
    import time

    from tuiread.parser.marks import repair_paragraphs

    runs = []
    for _ in range(3):
        start = time.process_time()
        repair_paragraphs([text])
        runs.append(time.process_time() - start)
    return min(runs)


@pytest.mark.parametrize("unit", ["She said Hey you. ", "I say Hey you. "])
def test_placing_a_lost_opener_after_thousands_of_cues_grows_linearly(unit: str) -> None:
    # One closing mark after thousands of "said Hey …" (a cue that opens speech): each was checked for
    # being in the speaker's own words by reading its sentence back from the paragraph's start.
    small, large = _repair_cpu(unit * 1000 + "end” he said."), _repair_cpu(unit * 4000 + "end” he said.")
    assert large < 10 * max(small, 1e-3), f"4x the paragraph, {large / max(small, 1e-3):.1f}x the time"
