"""Character cleaning: each pass on small real-looking text, and the counts it logs."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tuiread.parser import characters, clean, parse
from tuiread.parser.characters import (
    beyond_plain_ascii,
    clean_characters,
    collapse_spaces,
    decode_entities,
    fix_leftover_mojibake,
    fix_mojibake,
    may_need_ftfy,
    may_need_ftfy_anywhere,
    normalise_line_breaks,
    plain_spaces,
    replace_broken_mojibake,
    strip_bidi_controls,
    strip_control_chars,
    strip_soft_hyphens,
    strip_terminal_escapes,
    strip_zero_width,
)


def _mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252, the five undefined bytes as Latin-1 (as browsers do)."""
    out = []
    for b in text.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


CLEAN_LINE = "“It’s not over,” said Hélène Côté — the café’s owner."


# ---- mojibake ------------------------------------------------------------------------


def test_mojibake_is_fixed_and_counted() -> None:
    broken = _mojibake(CLEAN_LINE)
    assert "â€œ" in broken and "Ã©" in broken  # the test input really is mojibake
    fixed, counts = fix_mojibake(broken)
    assert fixed == CLEAN_LINE
    assert counts["mojibake"] >= 5


def test_mojibake_fix_keeps_curly_quotes_curly() -> None:
    # ftfy straightens curly quotes unless told not to: the direction of every mark would be lost.
    fixed, counts = fix_mojibake(CLEAN_LINE)
    assert fixed == CLEAN_LINE
    assert counts == {"mojibake": 0, "unicode-form": 0}
    text, _ = clean_characters(_mojibake(CLEAN_LINE))
    assert "“" in text and "”" in text and "’" in text
    assert '"' not in text and "'" not in text


def test_mojibake_is_fixed_line_by_line() -> None:
    # A clean line next to a broken one: fixing one must not touch the other.
    text = f"Naïve “clean” line.\n{_mojibake('Québec’s “broken” line.')}"
    fixed, counts = fix_mojibake(text)
    assert fixed == "Naïve “clean” line.\nQuébec’s “broken” line."
    assert counts["mojibake"] >= 1


@pytest.mark.parametrize(
    "line",
    [
        _mojibake("He said “no” in Montréal."),
        # Mojibake next to a good non-ASCII character: ftfy fixes it piece by piece.
        _mojibake("He said “no” in Montréal.") + " Prices rose 5\u00a0%.",
        _mojibake("Jean-François Ménard’s plan") + " – naïve",
    ],
)
def test_every_line_of_mojibake_counts_as_mojibake(line: str) -> None:
    # Lines ftfy fixes with its "inconsistent UTF-8" step are mojibake too, not a Unicode form change.
    _, counts = clean_characters(f"Clean title\n\n{line}")
    assert counts["mojibake"] >= 1
    assert counts["unicode-form"] == 0


def test_lone_leftover_mojibake_sequence() -> None:
    fixed, count = fix_leftover_mojibake("â–º To read also: the budget")
    assert fixed == "► To read also: the budget"
    assert count == 1


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        ("It†s over", "It’s over"),  # between letters: an apostrophe
        ("He called it †a disgrace† today", 'He called it "a disgrace" today'),  # a double mark
        ("“We won.â€ she said", '“We won." she said'),
        # ftfy reads "â€ " as a dagger: the space after a closing mark stays
        ("“The victim was hurt,†Carson said", '“The victim was hurt," Carson said'),
    ],
)
def test_mojibake_that_lost_a_byte_becomes_a_mark_again(broken: str, expected: str) -> None:
    fixed, count = replace_broken_mojibake(broken)
    assert fixed == expected
    assert count == expected.count('"') + expected.count("’")


def test_parsed_mojibake_article_has_no_mojibake_left() -> None:
    raw = _mojibake("Québec’s budget — a “first”\n\nThe minister’s café opened in Montréal.\n")
    article = parse(raw)
    assert article.title == "Québec’s budget — a “first”"
    assert not re.search(r"â€|Ã.|Â", article.text)
    assert article.fixes.count("mojibake") >= 4


# ---- entities ------------------------------------------------------------------------


def test_html_entities_decoded_and_counted() -> None:
    text, count = decode_entities("Smith &amp; Sons said &#8220;yes&#8221; &rsquo;90s &#x2014; &eacute;t&eacute;")
    assert text == "Smith & Sons said “yes” ’90s — été"
    assert count == 7


def test_double_escaped_entities_are_decoded_fully() -> None:
    text, count = decode_entities("AT&amp;amp;T and &amp;quot;quoted&amp;quot;")
    assert text == 'AT&T and "quoted"'
    assert count == 6


def test_text_that_only_looks_like_an_entity_is_left_alone() -> None:
    text, count = decode_entities("R&D spending & M&A deals; Q&A at 5 & 6")
    assert text == "R&D spending & M&A deals; Q&A at 5 & 6"
    assert count == 0


@pytest.mark.parametrize("entity", ["&#13;", "&#x0D;", "&#12;", "&#x2028;", "&#x85;"])
def test_entities_cannot_smuggle_line_breaks_into_a_paragraph(entity: str) -> None:
    # A carriage return in a paragraph makes a terminal overwrite the start of the line.
    article = parse(f"Title\n\nThe first half{entity}and the second half of one paragraph.")
    assert len(article.paragraphs) <= 2
    for paragraph in article.paragraphs:
        assert not re.search(r"[\r\x0b\x0c\x85\u2028\u2029]", paragraph.text), repr(paragraph.text)
    assert not re.search(r"[\r\x0b\x0c\u2028\u2029]", article.text)


# ---- invisible and odd characters ------------------------------------------------------


def test_non_breaking_and_odd_spaces_become_plain_spaces() -> None:
    text, count = plain_spaces("10\u00a0km\u202ffrom\u2009the\u3000city\tcentre")
    assert text == "10 km from the city centre"
    assert count == 5


def test_zero_width_characters_removed() -> None:
    text, count = strip_zero_width("zero\u200bwidth\u2060joiner\ufeffbom")
    assert text == "zerowidthjoinerbom"
    assert count == 3


def test_soft_hyphens_removed() -> None:
    text, count = strip_soft_hyphens("inter\u00adnational ex\u00adchange")
    assert text == "international exchange"
    assert count == 2


def test_control_characters_removed() -> None:
    text, count = strip_control_chars("bell\x07 back\x08space del\x7f nul\x00 c1\x9d")
    assert text == "bell backspace del nul c1"
    assert count == 5


def test_bidi_overrides_removed() -> None:
    # U+202E would show "txt.exe" as "exe.txt": text must read as it is stored.
    text, count = strip_bidi_controls("file \u202etxt.exe\u202c here")
    assert text == "file txt.exe here"
    assert count == 2


def test_space_runs_and_edge_spaces_collapsed() -> None:
    text, count = collapse_spaces("  two  spaces   and three \nnext  line ")
    assert text == "two spaces and three\nnext line"
    assert count == 6


@pytest.mark.parametrize(
    ("raw", "want", "runs"),
    [
        ("one \u00ad two", "one two", 1),  # the soft hyphen, removed after ftfy, leaves two spaces
        ("one  two \u00ad three", "one two three", 2),  # a run before, and one left after
        ("one  two three", "one two three", 1),  # a run collapsed before ftfy, nothing left after
        ("a\u00c2\u00a0 b", "a b", 1),  # ftfy mends the no-break space, a plain space after it
    ],
)
def test_spaces_are_collapsed_again_only_where_a_later_pass_left_a_run(raw: str, want: str, runs: int) -> None:
    # `_clean_once` collapses spaces before ftfy and again after the passes that follow it, only
    # when one of them changed the text: a collapsed text has nothing more to collapse.
    text, counts = clean_characters(raw)
    assert text == want
    assert counts["space-run"] == runs
    assert collapse_spaces(text) == (text, 0)


def test_line_breaks_normalised() -> None:
    text, count = normalise_line_breaks("one\r\ntwo\rthree\u2028four\x0cfive\nsix")
    assert text == "one\ntwo\nthree\nfour\nfive\nsix"
    assert count == 4


# ---- terminal escapes: article text must never drive the terminal ------------------------

ESCAPES = [
    "\x1b[1;31m",  # colour
    "\x1b[2J\x1b[H",  # clear screen, cursor home
    "\x1b]0;owned\x07",  # window title, BEL-terminated OSC
    "\x1b]52;c;aGVsbG8=\x07",  # clipboard write
    "\x1b]8;;https://example.invalid\x1b\\",  # hyperlink, ST-terminated OSC
    "\x1bP+q544e\x1b\\",  # DCS
    "\x1b[200~",  # bracketed paste
    "\x1bc",  # full reset
    "\x9b31m",  # 8-bit CSI
]


@pytest.mark.parametrize("escape", ESCAPES)
def test_terminal_escapes_removed(escape: str) -> None:
    raw = f"Title\n\nThe minister{escape} said the plan works.{escape}\n"
    article = parse(raw)
    assert "\x1b" not in article.text
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", article.text)
    assert "The minister" in article.text and "the plan works." in article.text
    assert "owned" not in article.text and "aGVsbG8" not in article.text


def test_terminal_escapes_counted_and_their_text_kept() -> None:
    text, count = strip_terminal_escapes("red \x1b[31mALERT\x1b[0m link \x1b]8;;http://x\x1b\\here\x1b]8;;\x1b\\ end")
    assert text == "red ALERT link here end"
    assert count == 4


def test_escape_written_as_an_entity_is_not_revived() -> None:
    text, _ = clean_characters("Title &#27;[2J and &#x1b;]0;title&#7; end")
    assert "\x1b" not in text and "\x07" not in text


# ---- all passes together ------------------------------------------------------------------


def test_clean_characters_counts_every_kind_of_fix() -> None:
    raw = (
        "Smith &amp; Sons\r\n"
        + _mojibake("Québec’s “café”")
        + "\r\nzero\u200bwidth ex\u00adchange 10\u00a0km  apart\x07 \x1b[1mbold\x1b[0m\r\n"
    )
    text, counts = clean_characters(raw)
    assert text == "Smith & Sons\nQuébec’s “café”\nzerowidth exchange 10 km apart bold\n"
    assert counts["line-ending"] == 3
    assert counts["html-entity"] == 1
    assert counts["mojibake"] >= 1
    assert counts["zero-width"] == 1
    assert counts["soft-hyphen"] == 1
    assert counts["odd-space"] == 1
    assert counts["space-run"] == 1
    assert counts["control-char"] == 1
    assert counts["terminal-escape"] == 2


def test_clean_text_is_unchanged_and_logs_nothing() -> None:
    raw = "Budget passes\n\n“It’s done,” said the mayor — finally. Voters’ turn next.\n"
    text, counts = clean_characters(raw)
    assert text == raw
    assert not any(counts.values())


def test_the_parsed_article_reports_its_fixes() -> None:
    article = parse("Title\n\nSmith &amp; Sons\u00a0said\u200b so.")
    assert article.fixes.count("html-entity") == 1
    assert article.fixes.count("odd-space") == 1
    assert article.fixes.count("zero-width") == 1
    assert "HTML entities decoded" in [f.label for f in article.fixes]


def test_mojibake_of_a_trimmed_no_break_space_at_a_line_end() -> None:
    # "Â\u00a0" whose no-break space was trimmed as trailing whitespace leaves "Â" at the end.
    article = parse("Title\n\nThe council met on TuesdayÂ\nand voted on the bridge.")
    assert article.paragraphs[0].text == "The council met on Tuesday and voted on the bridge."
    # Three bytes: "áŒ" + a trimmed no-break space was "ጠ".
    assert clean_characters("Ethiopic áŒ\nnext")[0] == "Ethiopic ጠ\nnext"


@pytest.mark.parametrize("line", ["le café”", "le «café»", "il était là", "Québec’s “café”", "naïve…", "São Paulo’s"])
def test_accented_letter_before_punctuation_at_a_line_end_is_text(line: str) -> None:
    # By bytes "é”" + a no-break space would be "锠": it is not mojibake, and must not become it.
    text, counts = clean_characters(f"{line}\nsuite")
    assert text == f"{line}\nsuite"
    assert counts["mojibake"] == 0


def test_cleaning_twice_changes_nothing_on_a_joined_line_end() -> None:
    # Found by Hypothesis: "Â" alone before a line break became "Â a" once the lines were joined.
    units, _ = clean("Â\ra")
    again, _ = clean("\n\n".join(u.text for u in units))
    assert [u.text for u in again] == [u.text for u in units]


# ---- the questions asked of a text's rarer characters ----------------------------------

ODD_COPY = [
    CLEAN_LINE,
    "Plain ASCII copy, with a tab\there and a line\nbreak.",
    _mojibake("“Hélène’s café” — ½ price") + "\x85 and \u00ad",
    "A lone surrogate \ud83d here, a bell \x07, \u202e a bidi override, a zero\u200bwidth space",
    "Ｆｕｌｌ ｗｉｄｔｈ, ﬁ ligature, Кириллица, e\u0301 decomposed, \u2001 an em quad, 5\u00a0kg, 20°C",
    "",
]


@pytest.mark.parametrize("text", ODD_COPY)
def test_rarer_characters_answer_what_the_text_would(text: str) -> None:
    """Cleaning asks of an article's characters beyond printable ASCII what it asked of the whole
    text: every character-class pattern finds a character in one exactly when it does in the other."""
    rarer = beyond_plain_ascii(text)
    assert rarer == "".join(c for c in text if not (" " <= c <= "~" or c == "\n"))
    for pattern in (
        characters._BEFORE_FTFY_CHARACTERS,
        characters._AFTER_FTFY_CHARACTERS,
        characters._MOJIBAKE_ALONE,
        characters._LATIN1_SYMBOL,
        characters._LEFTOVER_LEAD,
    ):
        assert (pattern.search(rarer) is None) == (pattern.search(text) is None)
    if characters._NOT_NFC_AS_IT_STANDS.search(rarer) is None:
        assert unicodedata.is_normalized("NFC", text)


def test_a_text_of_the_characters_read_as_nfc_is_in_nfc() -> None:
    """The characters `_NOT_NFC_AS_IT_STANDS` lets pass without asking: each is its own NFC, none
    combines with what stands before it, and no two compose, so any text of them alone is in NFC."""
    kept = [chr(c) for c in range(0x3100) if not characters._NOT_NFC_AS_IT_STANDS.match(chr(c))]
    assert len(kept) > 800
    assert all(unicodedata.is_normalized("NFC", c) and unicodedata.combining(c) == 0 for c in kept)
    assert all(unicodedata.is_normalized("NFC", a + b) for a in kept for b in kept)
    assert not unicodedata.is_normalized("NFC", "\u2001")  # (an em quad is an em space in NFC: not kept)


REJOINED_COPY = [*ODD_COPY, "“It’s over,” said Jane Doe — the mayor…\nof the town.", "Price:\n20 ¢ a\ncopy"]


@pytest.mark.parametrize("text", REJOINED_COPY)
def test_paragraphs_rejoined_from_lines_need_ftfy_only_where_the_text_may(text: str) -> None:
    """Re-joined lines are read again for mojibake only when the text's own characters may make
    some (`may_need_ftfy_anywhere`); when they cannot, no text of them and spaces can."""
    if may_need_ftfy_anywhere(text):
        return
    lines = text.split("\n")
    for joined in (" ".join(lines), "".join(lines), " ".join(reversed(lines)), " ".join(sorted(text))):
        assert not may_need_ftfy(joined)


_KINDS = st.sampled_from(["mojibake", "odd-space", "space-run", "hard-wrap", "credit"])


@given(st.lists(st.tuples(_KINDS, st.integers(0, 3))), st.lists(st.tuples(_KINDS, st.integers(0, 3))))
def test_a_log_of_counts_is_the_log_of_their_logs(cleaning: list, rest: list) -> None:
    # `parse_structure` adds cleaning's counts to its log as they were counted, not as `clean`'s
    # FixLog of them: the same log (counts added up, kinds in the order they first count).
    from tuiread.model import FixLog

    logged = FixLog.from_counts(cleaning)
    assert FixLog.from_counts([*cleaning, *rest]) == FixLog.from_counts([*((f.kind, f.count) for f in logged), *rest])
