"""Patterns respelled for speed (their first character a class of its own, which `re` scans for)
find what their first spellings found."""

from __future__ import annotations

import re

import pytest

from tuiread.parser import boilerplate
from tuiread.parser.lexicon import INVERTED_CUES, alternation
from tuiread.parser.quotes import names
from tuiread.parser.quotes.cues import _CLAUSE_BREAK, _INVERTED_VERB
from tuiread.parser.quotes.reported import _PLAIN_SUBJECT, _TRAILING_ASIDE_AFTER, _WORD

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


SUBJECT_TEXTS = [
    "The plan failed, and Democrats ",
    "But 16 percent of voters also ",
    "because although BECAUSE Many officials have ",
    "that; if When the White House ",
    "As for Trump’s ability to deflect attacks, she ",
    "he said and but and ",
]


@pytest.mark.parametrize("text", SUBJECT_TEXTS)
def test_the_respelled_subject_and_clause_patterns_find_what_they_found(text: str) -> None:
    first = re.compile(
        r"(?:^|[,;:]\s+|\b(?i:and|but|while|that|as|because|although|since|when|if|after|before)\s+)"
        r"(?P<np>(?:[A-Z0-9][\w’'%.-]*|the|a|an|[a-z][a-z’'-]{2,}s|many|some|most|few|both|those)(?:\s+[\w’'%.-]+){0,7}?)"
        r"\s+(?:[a-z]+ly\s+|also\s+|have\s+|has\s+)?$"
    )
    for start in range(len(text) + 1):
        want, found = first.search(text, start), _PLAIN_SUBJECT.search(text, start)
        assert (found and found.span("np")) == (want and want.span("np"))
    words = r"and|but|that|as|when|while|because|after|before|where|if|so|although|though|since|then"
    clause_break = re.compile(rf"(?:[;:(]|\s[—–]\s|\s--\s|\b(?:{words})\s)")
    assert _CLAUSE_BREAK.split(text + " — so then if") == clause_break.split(text + " — so then if")


def test_the_gendered_nouns_factored_find_what_their_flat_alternation_found() -> None:
    flat = "|".join(sorted(names._GENDERED_NOUNS))
    before = re.compile(rf"\b(?i:(?P<noun>{flat}))\b,?[ \t]+(?:[A-Z][\w.’'-]*[ \t]+){{0,3}}\Z")
    after = re.compile(
        r",[ \t]+(?:(?P<whose>whose)|his|her|their|a|an|the)[ \t]+"
        rf"(?:(?!(?:of|his|her|their|and|for|with|to)\b)[a-z][\w-]*[ \t]+){{0,2}}(?P<noun>{flat})\b"
    )
    nouns = sorted(names._GENDERED_NOUNS)
    text = " ".join(
        f"the {noun}, Ann Vos; her {noun.upper()}s {noun} Mr. Vos, whose old {noun}man {noun}, his {noun}"
        for noun in nouns
    )
    for end in range(len(text) + 1):
        want, found = (
            before.search(text, max(0, end - 60), end),
            names._GENDERED_BEFORE.search(text, max(0, end - 60), end),
        )
        assert (found and (found.span(), found.group("noun"))) == (want and (want.span(), want.group("noun")))
    assert [m.groupdict() for m in names._GENDERED_AFTER.finditer(text)] == [
        m.groupdict() for m in after.finditer(text)
    ]


def test_the_reader_hints_are_found_by_one_scan_where_one_stands() -> None:
    lines = [" Sign up for our newsletter", " you", " us.", "nous avons", " bus stop", "", " u", " notre", " sie "]
    for line in lines:
        assert (boilerplate._READER_HINT.search(line) is not None) == any(w in line for w in boilerplate._READER_HINTS)


BEFORE_A_QUOTATION = [
    "in her new book, ",
    "in her new BOOK ,  ",
    "an episode of ",
    "CNN’s ",
    "Reuters's",
    "the books,, ",
    "his podcast-",
    "the boo\u212a ",  # (a Kelvin sign: "K" to a case-blind pattern, no "k" to ``lower``)
    "a \u017fong ",  # (a long s: "s" to a case-blind pattern)
    "he told them ",
    "",
]


@pytest.mark.parametrize("before", BEFORE_A_QUOTATION)
def test_the_words_before_a_quotation_are_read_as_the_pattern_reads_them(before: str) -> None:
    # A tail in ASCII that ends with none of the pattern's words is not searched; the rest is.
    from tuiread.parser import quotes

    for pattern, longest, endings in (
        (quotes._WORK_CUE, quotes._WORK_LONGEST, quotes._WORK_ENDINGS),
        (quotes._TITLE_CUE, quotes._TITLE_LONGEST, quotes._TITLE_ENDINGS),
    ):
        expected = pattern.search(before) is not None
        assert quotes._ends_with_cue(pattern, longest, before, endings) == expected


@pytest.mark.parametrize(
    "lead",
    ["a worker named ", "a man called\t", "a worker named", "Named ", "he was named  ", "un-named ", "", " "],
)
def test_named_as_is_sought_only_after_named_or_called(lead: str) -> None:
    from tuiread.parser.quotes import resolve

    assert resolve._named_as_before(lead) == (resolve._NAMED_AS.search(lead) is not None)
    # "I asked one of them, …" is sought only where "asked" stands: it finds nothing elsewhere.
    for text in (lead, f"I asked one of them, {lead}", f"We later asked {lead}"):
        found = resolve._WRITER_ASKED.search(text) is not None
        assert found == ("asked" in text and found)


@pytest.mark.parametrize(
    "lead",
    [
        "Smith said, ",
        "Back then, although  ",
        "and he said so \n",
        "Xso ",
        "the mayor — ",
        "although",
        "",
        "  ",
        "aso ",
    ],
)
def test_a_clause_opening_before_a_name_is_found_from_where_it_may_start(lead: str) -> None:
    from tuiread.parser.quotes import resolve

    start = max(0, len(lead.rstrip()) - resolve._CLAUSE_START_LONGEST)
    assert (resolve._CLAUSE_START.search(lead, start) is None) == (resolve._CLAUSE_START.search(lead) is None)


@pytest.mark.parametrize(
    "text",
    [
        "A woman in a purple parka, who gave her name only as \t",
        "At the Co-op, a man who would give only his first name, ",
        "One nurse, identified only as ",
        "A man named  and a girl named\tNo",
        "The younger one, it turns out, is Lloyd's grandson, ",
        "Then, is his son,\t, was her friend, ",
        "a nurse as , name ",
    ],
)
def test_an_aside_naming_the_subject_is_sought_only_where_the_lead_ends_as_it_must(text: str) -> None:
    # `_named_in_an_aside` and `_revealed_as_kin` try their patterns only where the lead ends with
    # their last words and spaces: over every lead a text's prefixes make, they find what the patterns find.
    from tuiread.parser.quotes import resolve

    for end in range(len(text) + 1):
        lead = text[:end]
        assert resolve._named_in_an_aside(lead) == (resolve._NAMED_IN_AN_ASIDE.fullmatch(lead) is not None)
        assert resolve._revealed_as_kin(lead) == (resolve._REVEALED_AS_KIN.search(lead) is not None)


@pytest.mark.parametrize(
    "text",
    [
        "She asked that her name not be used. He spoke on condition of anonymity, not to be\tidentified",
        "his name be withheld; they requested  anonymity; not to be named. Renamed, unnamed, anonymous",
        "In an interview with CNN’s Dana Bash, Trump's aide and NBC's  Lester Holt, interviewed by the Times",
    ],
)
def test_an_unnamed_one_and_an_interviewer_are_sought_only_where_their_words_stand(text: str) -> None:
    # `_anonymous` and the gates of `_interviewer` make each search only where a word or mark every
    # match holds stands in the stretch: over every stretch of a short text, they find what it finds.
    from tuiread.parser.quotes import resolve

    for start in range(0, len(text) + 1, 3):
        for end in range(start, len(text) + 1):
            found = resolve._ANONYMOUS.search(text, start, end)
            gated = resolve._anonymous(text, start, end)
            assert (gated.span() if gated else None) == (found.span() if found else None)
        lead = text[:start]
        assert resolve._INTERVIEW_WITH.search(lead) is None or "interview" in lead
        assert resolve._OUTLET_BEFORE.search(lead) is None or "’" in lead or "'" in lead


SPACED_TEXTS = [
    "a  b   c    d",
    "  lead and trail  ",
    "one \n  two\t  three",
    "AMANHÃ\nCAFÃ  \nÂ\nmeÃ©  \ná€\u009f\ná€\u009f\u009f x\nàé\nàŒ\n",
    "Â Ã à\u0080\u0080\u0080 ï\u0192",
    "",
]


@pytest.mark.parametrize("text", SPACED_TEXTS)
def test_the_respelled_space_and_mojibake_patterns_find_what_they_found(text: str) -> None:
    from tuiread.parser import characters

    space_run = re.compile(r" {2,}")
    trimmed = re.compile(
        r"(Â|Ã|[\u00e0-\u00ef][\u0080-\u009f\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192]{1,2})[^\S\n]*(?=\n|$)"
    )
    for first, respelled in ((space_run, characters._SPACE_RUN), (trimmed, characters._TRIMMED_A0_MOJIBAKE)):
        for start in range(len(text) + 1):
            expected = [(m.span(), m.groups()) for m in first.finditer(text, start)]
            assert [(m.span(), m.groups()) for m in respelled.finditer(text, start)] == expected


@pytest.mark.parametrize(
    "segment",
    [
        "I think so",
        "  We’re here",
        "It ended. I left",
        "It ended.I left",
        "done!\n\tWe went",
        "AI is",
        "Went… I'd",
        "I",
        "",
    ],
)
def test_first_person_is_read_where_the_one_pattern_read_it(segment: str) -> None:
    from tuiread.parser import marks

    first = re.compile(r"(?:^\s*|(?<=[.?!…])\s+)(?:I|We)(?=[\s’'])")
    expected = marks._NARRATIVE_IN_FIRST_PERSON if first.search(segment) else 0.0
    assert marks._outside_cost(segment) == expected


@pytest.mark.parametrize(
    "text",
    ["the common standards", "Common Core", "uncommon", "common_x common", "commons", "a common.", "café common1", ""],
)
def test_words_in_lower_case_and_a_teams_plurals_are_found_as_the_patterns_found_them(text: str) -> None:
    from tuiread.parser.quotes import resolve

    lower = frozenset(resolve._LOWER_WORD.findall(text))
    for key in ("common", "the", "co", "commons", "Common", "café"):
        found = resolve._LOWER_WORD.fullmatch(key) is not None and resolve._written_whole(text, key)
        assert found == (key in lower)
    for word in ("Common", "Core", "Rider", "C", "Ommon"):
        team = re.search(rf"[A-Z][a-z]*{re.escape(word[1:])}s\b", text + " the Roughriders, Ccommons") is not None
        assert resolve._plural_of_a_team(text + " the Roughriders, Ccommons", word[1:] + "s") == team
