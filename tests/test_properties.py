"""Properties of the parser on any text, and on generated article-like text.

Profiles (``HYPOTHESIS_PROFILE=NAME``): ``dev`` (the default: fast), ``ci``
(chosen automatically where Hypothesis detects CI) and ``long`` for a long
fuzz run, e.g. ``HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/test_properties.py``.
"""

from __future__ import annotations

import os
import re
import textwrap
from dataclasses import dataclass

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from hypothesis._settings import is_in_ci

from test_characters import _mojibake
from tuiread.model import Article
from tuiread.parser import clean, parse

# Parsing is fast, but a generated article can take tens of milliseconds: no deadline.
_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("dev", max_examples=60, **_COMMON)
settings.register_profile("ci", max_examples=150, derandomize=True, print_blob=True, **_COMMON)
settings.register_profile("long", max_examples=20_000, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if is_in_ci() else "dev"))

# Characters that exercise every cleaning pass and every mark rule.
_INTERESTING = (
    "\n\n\n \t\r\x0b\x0c\x00\x07\x1b\x7f\x85\x9b\x9d\u00a0\u00ad\u200b\u200e\u202e\u2028\u2029\ufeff"
    "\"'`“”‘’„«»‹›″–—-#=*►•()[]:;,.!?…&" + "â€™œÃ©Â¢ž" + "aeiouAEIOUtnsrlhdTHSWBy0123456789"
)
_FRAGMENTS = [
    "&amp;",
    "&#8220;",
    "&#13;",
    "&nbsp;",
    "\x1b[31m",
    "\x1b]0;title\x07",
    "â€œ",
    "â€\x9d",
    "â€™",
    "Ã©",
    "''",
    "``",
    "\r\n",
    "\n\n",
    "## ",
    "\n-----\n",
    "By Jane Doe\n\n",
    "LONDON (Reuters) — ",
    "► To read also: x\n\n",
    "(With AFP)",
    " said: ",
    " Added the minister ",
    "govern-\nment",
]
any_text = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=_INTERESTING, max_size=400),
    st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(alphabet=_INTERESTING, max_size=12)), max_size=60).map(
        "".join
    ),
)


def _check_offsets(article: Article) -> None:
    text = article.text
    for p in article.paragraphs:
        assert text[p.start : p.end] == p.text
    for s in article.sections:
        assert 0 <= s.start <= s.end <= len(text)
        if s.heading is not None:
            assert text[s.heading.start : s.heading.end] == s.title
        for p in s.paragraphs:
            assert s.start <= p.start and p.end <= s.end
    if article.title_span is not None:
        assert text[article.title_span.start : article.title_span.end] == article.title
    if article.byline_span is not None:
        assert text[article.byline_span.start : article.byline_span.end] == article.byline
    if article.dateline_span is not None:
        assert text[article.dateline_span.start : article.dateline_span.end].startswith(article.dateline or "\0")
    for r in article.repairs:
        # Empty where something was removed (a stray mark, a control character).
        assert 0 <= r.start <= r.end <= len(text)
    starts = [p.start for p in article.paragraphs]
    assert starts == sorted(starts)
    assert [p.index for p in article.paragraphs] == list(range(len(article.paragraphs)))


@given(any_text)
def test_parsing_any_text_never_raises_and_offsets_slice_the_text(text: str) -> None:
    article = parse(text)
    _check_offsets(article)
    # Nothing that could drive a terminal survives.
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", article.text)


@given(any_text)
def test_parsing_is_deterministic(text: str) -> None:
    assert parse(text) == parse(text)


@given(any_text)
# Found by the long profile: a trimmed no-break space after mojibake, and mojibake whose
# fix left a C1 control that glued its neighbours into new mojibake.
@example("Â\ra")
@example("Ã\ra")
@example("á\x80Â\x80\x80")
@example("á\x80Â¡")
@example("Â\t")
@example("Â\t0")
@example("\x9f\xad°")
@example("&nbsp;Â–")
@example("AÂ\rœ0")
@example("áŒ\ra")
@example("AÃ\rœ0")
@example("0Â 0\rà¢")  # joined, "Â " reads as a byte of mojibake next to "à¢"
def test_cleaning_twice_changes_nothing(text: str) -> None:
    units, _ = clean(text)
    again, _ = clean("\n\n".join(u.text for u in units))
    assert [u.text for u in again] == [u.text for u in units]


# ---- article-like text ------------------------------------------------------------------------

_NAMES = ["Ana Ruiz", "Tomás Valente", "Hélène Tremblay", "Per Lothe", "Denise Holloway", "Kevin Marsh"]
_WORDS = (
    "the council bridge budget minister plan vote city talks week repairs buses depot money year people "
    "workers union strike price market government report survey water school road harbour ferry"
).split()
_TITLE_WORDS = "Lisbon Mombasa Dayton Norway ferries tunnel strike vote cuts pay rail tea auction online record".split()
_HEADINGS = [
    "The budget gap",
    "What comes next",
    "A bridge built in 1931",
    "No agreement on the depot",
    "Continuation of the talks",
]
_MOVED = {
    "► To read also: The bridge in pictures": "related",
    "Read more: Buses face a long diversion": "related",
    "Advertisement": "boilerplate",
    "Share this article": "boilerplate",
    "Sign up for our newsletter": "boilerplate",
    "(With AFP)": "credit",
    "(With Reuters)": "credit",
}
# Opening and closing marks as copy writes them: right, straight, NYT, LaTeX, guillemets, German,
# and the wrong way round as machine translation does.
_MARK_STYLES = [("“", "”"), ('"', '"'), ("''", "''"), ("``", "''"), ("«", "»"), ("„", "“"), ("”", "“"), ("”", "»")]


@st.composite
def sentences(draw: st.DrawFn, min_words: int = 6) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=min_words, max_size=16))
    return " ".join(words).capitalize() + "."


@st.composite
def quoted_paragraph(draw: st.DrawFn) -> tuple[str, str]:
    """A paragraph with a quotation in some mark style; returns (raw, words without marks)."""
    opener, closer = draw(st.sampled_from(_MARK_STYLES))
    quote = draw(sentences()).rstrip(".")
    speaker = draw(st.sampled_from(_NAMES))
    cue = draw(st.sampled_from(["said", "told reporters", "added"]))
    shape = draw(st.integers(0, 2))
    if shape == 0:
        raw = f"{opener}{quote},{closer} {speaker} {cue}."
    elif shape == 1:
        lead = draw(sentences())
        raw = f"{lead} {speaker} {cue}: {opener}{quote}.{closer}"
    else:
        raw = f"{speaker} {cue} the plan was {opener}{quote}{closer} and left."
    return raw, raw.replace(opener, " ").replace(closer, " ")


@st.composite
def paragraph(draw: st.DrawFn) -> tuple[str, str]:
    if draw(st.booleans()):
        return draw(quoted_paragraph())
    text = " ".join(draw(st.lists(sentences(), min_size=2, max_size=4)))
    return text, text


@dataclass(frozen=True)
class Generated:
    raw: str
    title: str
    headings: tuple[str, ...]
    moved: tuple[str, ...]
    body_words: tuple[str, ...]


@st.composite
def articles(draw: st.DrawFn) -> Generated:
    # Title words of their own: a title made of body words could be a copy of the first paragraph.
    title = " ".join(draw(st.lists(st.sampled_from(_TITLE_WORDS), min_size=3, max_size=8, unique=True)))
    title = title[0].upper() + title[1:]
    units: list[str] = [title]
    if draw(st.booleans()):
        units.append(re.sub(r"[^\w ]", "", title.lower()))  # the duplicate title line of scraped copy
    if draw(st.booleans()):
        units.append(f"By {draw(st.sampled_from(_NAMES))}")
    headings: list[str] = []
    moved: list[str] = []
    body: list[str] = []
    wrap = draw(st.sampled_from([None, 60, 72]))
    wrapped_lines = 0
    for i in range(draw(st.integers(2, 7))):
        raw, words = draw(paragraph())
        body.append(words)
        if wrap:
            raw = textwrap.fill(raw, wrap, break_long_words=False, break_on_hyphens=False)
            wrapped_lines += raw.count("\n")
        units.append(raw)
        if draw(st.integers(0, 3)) == 0:
            line = draw(st.sampled_from(sorted(_MOVED)))
            if line not in moved:
                moved.append(line)
                units.append(line)
        if i and draw(st.integers(0, 3)) == 0 and len(headings) < len(_HEADINGS):
            heading = _HEADINGS[len(headings)]
            style = draw(st.integers(0, 2))
            units.append(f"## {heading}" if style == 0 else heading.upper() if style == 1 else heading)
            headings.append(heading.upper() if style == 1 else heading)
    # A heading needs text after it: end on a paragraph.
    raw, words = draw(paragraph())
    body.append(words)
    units.append(raw)
    if wrap and wrapped_lines < 4:
        # Too few wrapped lines to read a width from: the wrap cannot be told from the writer's breaks.
        units = [u.replace("\n", " ") if u not in _MOVED else u for u in units]
    text = "\n\n".join(units) + "\n"
    if draw(st.booleans()):
        text = _mojibake(text)
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    body_words = tuple(w for p in body for w in re.findall(r"\w+", p))
    return Generated(text, title, tuple(headings), tuple(moved), body_words)


@given(articles())
@settings(max_examples=settings.default.max_examples // 2 or 1)
def test_generated_article_comes_out_clean(gen: Generated) -> None:
    article = parse(gen.raw)
    _check_offsets(article)
    assert article.title == gen.title
    assert tuple(s.title for s in article.sections if s.title) == gen.headings
    # Every word of the body, in order: nothing lost to a heading, a moved line or the title.
    assert tuple(w for p in article.paragraphs for w in re.findall(r"\w+", p.text)) == gen.body_words
    for line in gen.moved:
        assert line not in article.text
    assert sorted((*article.related, *article.credits, *article.boilerplate)) == sorted(gen.moved)
    assert not re.search(r"â€|Ã©|Â", article.text)
    for p in article.paragraphs:
        assert not re.search(r"[\"«»„]|''|``", p.text), p.text


@given(articles())
@settings(max_examples=settings.default.max_examples // 2 or 1)
def test_generated_article_quotation_marks_pair_up(gen: Generated) -> None:
    article = parse(gen.raw)
    for p in article.paragraphs:
        marks = re.findall(r"[“”]", p.text)
        assert marks == ["“", "”"] * (len(marks) // 2), p.text


@given(articles())
@settings(max_examples=settings.default.max_examples // 4 or 1)
def test_generated_article_cleaning_twice_changes_nothing(gen: Generated) -> None:
    units, _ = clean(gen.raw)
    again, _ = clean("\n\n".join(u.text for u in units))
    assert [u.text for u in again] == [u.text for u in units]


# Latin-1 symbols and the punctuation around them in news copy; Latin-1 letters are not here (any of
# them sends a line to ftfy). Two of these side by side may be mojibake ("»¨" is MacRoman for "Ȭ").
_LINE_CHARS = st.sampled_from(
    [chr(c) for c in range(0x20, 0x7F)] + [chr(c) for c in range(0xA0, 0xC0)] + list("“”‘’–—…►•€™√ƒ≈∆")
)
_LATIN1 = re.compile(r"[\u0080-\u00ff]")


@given(st.text(_LINE_CHARS, min_size=1, max_size=16))
@example("Read more »")
@example("a » b")
@example("»¨")
def test_a_line_ftfy_is_not_asked_about_is_one_ftfy_would_leave_alone(line: str) -> None:
    """The filter that spares ftfy (and its import) never skips a line with a Latin-1 character that
    ftfy would change. (Mojibake made only of punctuation read as MacRoman, "€•" for "ۥ", is not
    looked for: it was not before this filter either, and news copy is full of such pairs.)"""
    import unicodedata

    import ftfy

    from tuiread.parser.characters import _ftfy, _ftfy_may_change

    config, _ = _ftfy()
    if not unicodedata.is_normalized("NFC", line) or not _LATIN1.search(line):
        return
    if ftfy.fix_text(line, config=config) != line:
        assert _ftfy_may_change(line)


_EDGE_SPACE = re.compile(r"^ +| +$", re.MULTILINE)
_ODD_SPACE_NOT_MOJIBAKE = re.compile(r"[\t\u1680\u2000-\u200a\u202f\u205f\u3000]|(?<![\u00c2-\u00f4])\u00a0")


@given(st.text(st.sampled_from(" \n\tab\u00a0\u2003Ã"), max_size=40))
@example("  a  \n   \n b ")
@example("Ã\u00a0\u00a0b")
def test_the_space_passes_do_what_their_one_pattern_definitions_say(text: str) -> None:
    """The passes are written for speed (line by line, two patterns); these single patterns say what they mean."""
    from tuiread.parser.characters import collapse_spaces, plain_spaces_not_mojibake

    stripped, edges = _EDGE_SPACE.subn("", text)
    collapsed, runs = re.subn(r" {2,}", " ", stripped)
    assert collapse_spaces(text) == (collapsed, edges + runs)
    assert plain_spaces_not_mojibake(text) == _ODD_SPACE_NOT_MOJIBAKE.subn(" ", text)


_MAY_HOLD_MOJIBAKE = re.compile(
    r"[\u0080-\u009f\u00c0-\u00ff\u0400-\u04ff\ufb00-\ufb06\uff01-\uff9f\u3000\ud800-\udfff]"
    r"|[^\x00-\x7f][\u00a0-\u00bf]|[\u00a0-\u00bf][^\x00-\x7f]"
)


@given(st.text(st.sampled_from("ab ►“”»«°£é€•√\u00a0Ж"), max_size=14))
@example("►“»")  # the pair is the second and third characters
def test_the_mojibake_filter_does_what_its_one_pattern_definition_says(text: str) -> None:
    from tuiread.parser.characters import _may_hold_mojibake

    assert _may_hold_mojibake(text) == bool(_MAY_HOLD_MOJIBAKE.search(text))


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 12)), max_size=6), st.integers(0, 120), st.integers(0, 60))
def test_the_quoted_share_of_a_range_counts_each_character_inside_a_quote(
    pieces: list[tuple[int, int]], start: int, length: int
) -> None:
    """Reported speech asks how much of a range lies inside direct quotes for every cue word (a
    quick answer for a range no quote reaches): the answer is the share of its characters inside one."""
    from tuiread.parser.quotes.reported import _Quoted

    spans, at = [], 0
    for gap, size in pieces:
        spans.append((at + gap, at + gap + size))
        at += gap + size
    end = start + length
    inside = sum(1 for pos in range(start, end) if any(a <= pos < b for a, b in spans))
    assert _Quoted(spans).share(start, end) == (inside / length if length else 0.0)
