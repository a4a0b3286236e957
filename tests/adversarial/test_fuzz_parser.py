"""Fuzzing the parser: generated article-like text, hostile and broken, against its invariants.

The article-like strategies of ``tests/test_properties.py`` (titles, bylines, headings,
moved lines, quotes in every mark style, hard wraps, mojibake, CRLF) are the base; this
file breaks them further: marks inserted, deleted and flipped, quotations left open,
nested, or run across paragraphs, escape sequences, markup and bidi controls dropped
anywhere; and it mixes the pieces of what users paste that is not prose
(``inputshapes.shape_texts``: transcripts, lyrics, tag lists, tables, JSON, scripts).
Whatever comes in:

* parsing never raises, and every offset slices the cleaned text exactly;
* every quote lies inside one paragraph or a run of consecutive paragraphs, its
  segments inside theirs, its text what its offsets cut, its speaker's mention too;
* parsing is deterministic over the whole Article, in one process and across
  processes with different hash seeds, and the staged parse the app uses
  (``parse_structure`` then ``with_quotes``) gives the same Article as ``parse``;
* cleaning is idempotent.

The number of examples follows the Hypothesis profile of ``tests/test_properties.py``:
``dev`` (default), ``ci`` (fixed seed; chosen where Hypothesis detects CI) and ``long``
for a long session, e.g. ``HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/adversarial/test_fuzz_parser.py``.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

from advhelpers import BIDI, ESCAPES, MARKUP, ROOT, TIMEOUT, assert_inert_text
from hypothesis import example, given, settings
from hypothesis import strategies as st
from inputshapes import shape_texts

from test_properties import _check_offsets, _mojibake, any_text, articles, sentences
from tuiread.model import Article
from tuiread.parser import clean, parse, parse_structure, with_quotes

# Marks as copy has them: curly, straight, guillemets, German, typewriter doubles, singles, primes.
_MARKS = ["“", "”", '"', "«", "»", "„", "‟", "‘", "’", "'", "''", "``", "‹", "›", "″", "‚"]
# Every quotation mark a repair may write or turn (a title is measured without them).
_WITHOUT_MARKS = re.compile("[" + re.escape("".join({c for m in _MARKS for c in m})) + "]")
_NAMES = ["Ana Ruiz", "Tomás Valente", "Per Lothe", "Denise Holloway"]
_MARK_PAIRS = [("“", "”"), ('"', '"'), ("''", "''"), ("``", "''"), ("«", "»"), ("„", "“"), ("”", "“"), ("« ", " »")]
_DROPPED = [*ESCAPES, MARKUP, *BIDI, "&quot;", "&#8220;", "&amp;", "\u00a0", "\u00ad", "\u200b", "\r", "\t"]
_HEADINGS = ["## What comes next", "THE BUDGET GAP", "Continuation of the talks", "A bridge built in 1931"]
_MOVED = ["► To read also: The bridge in pictures", "Advertisement", "(With AFP)", "Read more: Buses diverted"]


@st.composite
def multi_paragraph_quote(draw: st.DrawFn) -> str:
    """A quotation over two to four paragraphs: opened on each, closed on the last (or left open)."""
    opener, closer = draw(st.sampled_from(_MARK_PAIRS))
    parts = [draw(sentences()) for _ in range(draw(st.integers(2, 4)))]
    closed = draw(st.booleans())
    speaker, cue = draw(st.sampled_from(_NAMES)), draw(st.sampled_from(["said", "added", "told reporters"]))
    paragraphs = [f"{opener}{p}" for p in parts[:-1]]
    paragraphs.append(f"{opener}{parts[-1]}{closer if closed else ''} {speaker} {cue}.")
    return "\n\n".join(paragraphs)


@st.composite
def nested_quote(draw: st.DrawFn) -> str:
    outer_open, outer_close = draw(st.sampled_from(_MARK_PAIRS))
    inner_open, inner_close = draw(st.sampled_from([("‘", "’"), ("'", "'"), ("“", "”"), ('"', '"'), ("‹", "›")]))
    inner = draw(sentences()).rstrip(".")
    outer = draw(sentences()).rstrip(".")
    speaker = draw(st.sampled_from(_NAMES))
    return f"{outer_open}{outer} {inner_open}{inner}{inner_close} today,{outer_close} {speaker} said."


@st.composite
def hostile_articles(draw: st.DrawFn) -> str:
    """An article from `articles()`, then broken: every edit at a random place."""
    raw = draw(articles()).raw
    for _ in range(draw(st.integers(0, 10))):
        at = draw(st.integers(0, len(raw)))
        edit = draw(st.integers(0, 7))
        if edit == 0:  # a stray mark of any style
            raw = raw[:at] + draw(st.sampled_from(_MARKS)) + raw[at:]
        elif edit == 1:  # a mark deleted: an unbalanced quotation
            marks = [m.start() for m in re.finditer(r"[“”\"«»„‘’']", raw)]
            if marks:
                i = draw(st.sampled_from(marks))
                raw = raw[:i] + raw[i + 1 :]
        elif edit == 2:  # a quotation opened and never closed, across paragraphs
            raw = raw[:at] + draw(st.sampled_from(["“", '"', "«", "„"])) + raw[at:]
        elif edit == 3:
            raw = raw[:at] + "\n\n" + draw(st.one_of(multi_paragraph_quote(), nested_quote())) + "\n\n" + raw[at:]
        elif edit == 4:  # escapes, markup, entities, invisible characters
            raw = raw[:at] + draw(st.sampled_from(_DROPPED)) + raw[at:]
        elif edit == 5:  # a paragraph break anywhere, even inside a quotation
            raw = raw[:at] + "\n\n" + raw[at:]
        elif edit == 6:  # a heading or a moved line
            raw = raw[:at] + "\n\n" + draw(st.sampled_from(_HEADINGS + _MOVED)) + "\n\n" + raw[at:]
        else:  # a stretch turned to mojibake
            end = draw(st.integers(at, min(len(raw), at + 80)))
            raw = raw[:at] + _mojibake(raw[at:end]) + raw[end:]
    return raw


# Quotes over several paragraphs and nested ones, on their own, so every example has some.
quote_heavy = st.lists(st.one_of(multi_paragraph_quote(), nested_quote(), sentences()), min_size=2, max_size=8).map(
    lambda parts: "Council talks go on\n\n" + "\n\n".join(parts) + "\n"
)
# What users paste besides articles (inputshapes.py): transcripts, lyrics, tag lists, tables, JSON,
# scripts, marks of every style unmatched or nested, in any mix.
anything = st.one_of(hostile_articles(), quote_heavy, any_text, shape_texts())


def check_quotes(article: Article) -> None:
    """Every quote inside one paragraph or a run of consecutive ones; its offsets cut its text."""
    text = article.text
    paragraphs = article.paragraphs
    for i, quote in enumerate(article.quotes):
        assert quote.index == i
        assert quote.paragraphs, quote
        first = quote.paragraphs[0]
        assert list(quote.paragraphs) == list(range(first, first + len(quote.paragraphs))), quote
        assert first >= 0 and quote.paragraphs[-1] < len(paragraphs), quote
        segments = quote.segments or (quote,)
        assert len(segments) == len(quote.paragraphs), quote
        for segment, index in zip(segments, quote.paragraphs, strict=True):
            paragraph = paragraphs[index]
            assert paragraph.start <= segment.start <= segment.end <= paragraph.end, (quote, paragraph)
        assert (quote.start, quote.end) == (segments[0].start, segments[-1].end)
        cut = " ".join(text[s.start : s.end].strip() for s in segments).strip()
        assert quote.text == cut, (quote.text, cut)
        assert quote.text, quote
        mention = quote.speaker_mention
        if mention is not None:
            assert text[mention.start : mention.end] == mention.text, mention
        if quote.cue_span is not None:
            assert 0 <= quote.cue_span.start < quote.cue_span.end <= len(text)
    assert [q.start for q in article.quotes] == sorted(q.start for q in article.quotes)
    for phrase in article.phrases:
        paragraph = paragraphs[phrase.paragraph]
        assert paragraph.start <= phrase.start <= phrase.end <= paragraph.end, phrase
    for speaker in article.speakers:
        assert all(0 <= q < len(article.quotes) for q in speaker.quotes), speaker


@given(anything)
# Found by this suite: 40 000 lines of one letter, joined into one paragraph, took a minute (a
# regular expression re-read the growing paragraph at every line); a whole article on one line
# became its title.
@example("a\n" * 2000)
@example("govern-\nment " * 500)
@example("x-\n" * 2000)
@example(" ".join(["The council met and the vote was close."] * 60))
# A one-line article of 293 characters with marks left open: its title, repaired, was 301 long.
@example(
    "000“!0«0 said A0. 0000000000000000000000000000000000000000000000000000000000“!0«000 0. a 4"
    "dii0s000«0 said A0. 5 a A . 0 a a a0ddd000g0iiiii000000s000v 00\x80â“ a6 . A0 . a a a 0 a d 7"
    "dd00000000iiii000000p00ssss000“a d000 said A0. a a d a0 0 8 . a a 0 00000000000iii00000000"
    "00000s000 0 9ad0000 0‘„"
)
def test_parsing_never_raises_and_every_offset_slices_the_text(text: str) -> None:
    article = parse(text)
    _check_offsets(article)
    check_quotes(article)
    assert_inert_text(article.text, "cleaned text")
    for line in (*article.related, *article.credits, *article.boilerplate):
        assert_inert_text(line, "a moved line")
    if article.title is not None:
        # A headline (and its deck), never the body of the article: at most 300 characters as written
        # (mark repair may add a closing mark or two after the cut; found by this suite).
        assert len(_WITHOUT_MARKS.sub("", article.title)) <= 300


@given(st.one_of(quote_heavy, hostile_articles(), shape_texts()))
@settings(max_examples=settings.default.max_examples // 2 or 1)
def test_every_quote_lies_in_one_paragraph_or_a_run_of_consecutive_ones(text: str) -> None:
    check_quotes(parse(text))


@given(anything)
@settings(max_examples=settings.default.max_examples // 3 or 1)  # three parses per example
def test_parsing_is_deterministic_and_the_staged_parse_is_the_same(text: str) -> None:
    article = parse(text)
    assert parse(text) == article
    # The app shows a long article's text first, then its quotes: the same Article in the end.
    assert with_quotes(parse_structure(text)) == article


@given(st.one_of(hostile_articles(), any_text))
@settings(max_examples=settings.default.max_examples // 2 or 1)
def test_cleaning_is_idempotent(text: str) -> None:
    units, _ = clean(text)
    again, _ = clean("\n\n".join(u.text for u in units))
    assert [u.text for u in again] == [u.text for u in units]


def test_the_same_input_parses_the_same_in_processes_with_different_hash_seeds() -> None:
    """Sets and dicts of strings iterate in a different order in each process (PYTHONHASHSEED):
    an article must not come out differently from one run of `tuiread` to the next."""
    script = (
        "import json, sys\n"
        "from tuiread.parser import parse\n"
        "texts = json.load(sys.stdin)\n"
        "out = []\n"
        "for t in texts:\n"
        "    a = parse(t)\n"
        "    d = a.to_dict(); d['text'] = a.text; d['repairs'] = [[r.start, r.end, r.kind] for r in a.repairs]\n"
        "    out.append(d)\n"
        "print(json.dumps(out, sort_keys=True))\n"
    )
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in sorted((ROOT / "samples").glob("*.txt"))]
    texts.append("\n\n".join(texts))  # all of them as one long article: many speakers, many names
    results = []
    for seed in ("1", "2", "3"):
        run = subprocess.run(
            [sys.executable, "-c", script],
            input=json.dumps(texts),
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"},
            check=True,
        )
        results.append(run.stdout)
    assert results[0] == results[1] == results[2]
