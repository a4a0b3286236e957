"""Structure: title, byline, dateline, subheadings, and what is not article text."""

from __future__ import annotations

import pytest

from tuiread.model import Article
from tuiread.parser import parse
from tuiread.parser.boilerplate import classify_line, credited_agency
from tuiread.parser.structure import is_byline, is_duplicate_title, looks_like_heading

TITLE = "Council backs bridge repairs after late-night vote"
P1 = (
    "The city council voted 7 to 2 on Tuesday to spend $14 million repairing the old river bridge, "
    "ending a dispute that had held up the city's budget since the autumn."
)
P2 = (
    "Engineers say the bridge, which opened in 1931, needs new bearings and a new deck. It will close "
    "for six weeks from March while the work is done, and buses will run on a diversion."
)
P3 = (
    "Residents on the east side, who rely on the bridge to reach the hospital, said they welcomed the "
    "decision but feared the work would overrun, as it did when the bridge was last repaired in 2009."
)


def _parse(*units: str) -> Article:
    return parse("\n\n".join(units))


def _outline(article: Article) -> list[tuple[str | None, int]]:
    return [(s.title, len(s.paragraphs)) for s in article.sections]


def _body(article: Article) -> list[str]:
    return [p.text for p in article.paragraphs]


# ---- title ------------------------------------------------------------------------------


def test_title_is_the_first_line() -> None:
    article = _parse(TITLE, P1, P2)
    assert article.title == TITLE
    assert article.text.startswith(TITLE)
    assert _body(article) == [P1, P2]
    assert article.title_span is not None and article.text[article.title_span.start : article.title_span.end] == TITLE


@pytest.mark.parametrize(
    "duplicate",
    [
        TITLE,  # exactly
        "council backs bridge repairs after late night vote",  # lower-cased, punctuation stripped
        "COUNCIL BACKS BRIDGE REPAIRS AFTER LATE-NIGHT VOTE.",
    ],
)
def test_duplicate_title_line_is_dropped(duplicate: str) -> None:
    article = _parse(TITLE, duplicate, P1, P2)
    assert article.title == TITLE
    assert _body(article) == [P1, P2]
    assert article.fixes.count("duplicate-title") == 1


def test_a_first_paragraph_that_shares_words_with_the_title_is_kept() -> None:
    first = "The council backs bridge repairs, the mayor said on Tuesday after a late-night vote in the city."
    article = _parse(TITLE, first, P2)
    assert _body(article) == [first, P2]
    assert not is_duplicate_title(TITLE, first)


def test_markdown_title_and_underlined_title() -> None:
    assert _parse(f"# {TITLE}", P1).title == TITLE
    assert _parse(f"{TITLE}\n{'=' * len(TITLE)}", P1).title == TITLE


def test_leading_boilerplate_is_not_the_title() -> None:
    article = _parse("Advertisement", TITLE, P1)
    assert article.title == TITLE
    assert article.boilerplate == ("Advertisement",)


# ---- byline and dateline --------------------------------------------------------------------


@pytest.mark.parametrize(
    "byline",
    ["By Ana Ruiz", "By Jane Doe and John Smith", "By MARIA DA SILVA, Associated Press", "by Seán O’Brien | Reuters"],
)
def test_byline_is_recognised(byline: str) -> None:
    article = _parse(TITLE, byline, P1, P2)
    assert article.byline == byline
    assert _body(article) == [P1, P2]
    assert article.byline_span is not None
    assert article.text[article.byline_span.start : article.byline_span.end] == byline


@pytest.mark.parametrize(
    "sentence",
    [
        "By the end of the year the bridge will be open again, officials said.",
        "By Tuesday night, the vote was over.",
        "By Tuesday, the vote was over.",
        "By law, the council must publish its budget.",
    ],
)
def test_sentence_starting_with_by_is_not_a_byline(sentence: str) -> None:
    assert not is_byline(sentence)
    article = _parse(TITLE, sentence, P1)
    assert article.byline is None
    assert _body(article)[0] == sentence


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("LISBON (Reuters) — ", "LISBON (Reuters)"),
        ("SPRINGFIELD, Ill. (AP) — ", "SPRINGFIELD, Ill. (AP)"),
        ("DAYTON, Ohio -- ", "DAYTON, Ohio"),
        ("NEW YORK — ", "NEW YORK"),
        ("HEMPSTEAD, N.Y., Sept. 26 (UPI) – ", "HEMPSTEAD, N.Y., Sept. 26 (UPI)"),
        # A place in Title Case, with a news agency after it.
        ("Washington (AFP) – ", "Washington (AFP)"),
        ("Halifax, Nova Scotia (CP) — ", "Halifax, Nova Scotia (CP)"),
    ],
)
def test_dateline_is_recognised(opening: str, dateline: str) -> None:
    article = _parse(TITLE, "By Ana Ruiz", opening + P1, P2)
    assert article.dateline == dateline
    span = article.dateline_span
    assert span is not None
    assert article.text[span.start : span.end].startswith(dateline)
    # The dateline stays in the first paragraph: it is part of the article's text.
    assert _body(article)[0] == opening + P1


@pytest.mark.parametrize(
    "first",
    [
        P1,
        "NATO — the alliance, that is — met on Tuesday. " + P1,
        "US - China talks resume on Monday in Geneva, officials said.",
        "AI — the technology everyone is talking about — came up at the council too.",
        "Rubio (R-Fla.) — the senator, that is — met donors on Tuesday.",
    ],
)
def test_no_dateline_in_an_ordinary_first_paragraph(first: str) -> None:
    assert _parse(TITLE, first, P2).dateline is None


# ---- subheadings -------------------------------------------------------------------------


def test_short_line_between_paragraphs_is_a_subheading() -> None:
    article = _parse(TITLE, P1, "A bridge built in 1931", P2, P3)
    assert _outline(article) == [(None, 1), ("A bridge built in 1931", 2)]


def test_markdown_heading() -> None:
    article = _parse(TITLE, P1, "## What the work involves", P2, "### Who pays", P3)
    assert _outline(article) == [(None, 1), ("What the work involves", 1), ("Who pays", 1)]
    assert [s.level for s in article.sections] == [2, 2, 3]


def test_all_caps_heading() -> None:
    article = _parse(TITLE, P1, "THE BUDGET GAP", P2, P3)
    assert _outline(article) == [(None, 1), ("THE BUDGET GAP", 2)]


@pytest.mark.parametrize("rule", ["-------", "==========================="])
def test_underlined_heading(rule: str) -> None:
    article = _parse(TITLE, P1, f"The grid is the hard part\n{rule}", P2, P3)
    assert _outline(article) == [(None, 1), ("The grid is the hard part", 2)]
    assert rule not in article.text


def test_heading_span_points_at_the_heading() -> None:
    article = _parse(TITLE, P1, "## What the work involves", P2)
    section = article.sections[1]
    assert section.heading is not None
    assert article.text[section.heading.start : section.heading.end] == "What the work involves"
    assert "##" not in article.text


@pytest.mark.parametrize(
    "line",
    [
        "It was late.",  # a short sentence
        "Officials said on Tuesday that",  # cut mid-phrase
        "“We did it,” she said",  # a quote
        "- new buses for the east side",  # a list line
        "What will the council do next about the bridge, the buses and the depot on the east side?",
    ],
)
def test_things_that_are_not_headings(line: str) -> None:
    article = _parse(TITLE, P1, line, P2, P3)
    assert [s.title for s in article.sections] == [None]
    assert line in _body(article)


def test_a_list_of_short_lines_is_not_a_run_of_headings() -> None:
    items = ["New buses for the east side", "Repairs to the old bridge", "A study of the depot"]
    article = parse("\n\n".join([TITLE, P1, "The plan includes:"]) + "\n" + "\n".join(items) + "\n\n" + P2)
    assert [s.title for s in article.sections] == [None]
    for item in items:
        assert item in _body(article)


def test_looks_like_heading() -> None:
    assert looks_like_heading("No agreement between Russians and NATO")
    assert looks_like_heading("THE BUDGET GAP")
    assert not looks_like_heading("The discussion was not easy.")
    assert not looks_like_heading("according to the mayor")


# ---- what is not article text ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("► To read also: Wendy Sherman at the negotiating table", "related"),
        ("Read more: Battery ferries face their first real test", "related"),
        ("READ MORE: Bridge closes for a week", "related"),
        ("Related: Buses to run on a diversion", "related"),
        ("See also: The 1931 bridge in pictures", "related"),
        ("(With AFP)", "credit"),
        ("(With Reuters)", "credit"),
        ("(AP)", "credit"),
        ("Reporting by Ana Ruiz; Editing by Tom Lee", "credit"),
        ("— By Jane Doe in Montreal, with files from Lee Berthiaume in Ottawa", "credit"),
        ("Advertisement", "boilerplate"),
        ("Share this article", "boilerplate"),
        ("Sign up for our newsletter", "boilerplate"),
        ("Story continues below", "boilerplate"),
    ],
)
def test_lines_moved_out_of_the_text(line: str, kind: str) -> None:
    assert classify_line(line) == kind
    article = _parse(TITLE, P1, line, P2)
    assert _body(article) == [P1, P2]
    assert line not in article.text
    moved = {"related": article.related, "credit": article.credits, "boilerplate": article.boilerplate}
    assert moved[kind] == (line,)


@pytest.mark.parametrize(
    "sentence",
    [
        "Read more about the bridge in the council's report, which was published on Monday.",
        "Related lawsuits were filed in three states last year, according to court records.",
        "Reuters could not independently confirm the figures.",
        "The agency told Reuters it had seen the report (with AFP and others).",
        "Share prices in the construction company rose 4% after the vote.",
        "Advertisement spending by the campaign doubled in the final week.",
        "Sign up sheets for volunteers were posted at the library on Monday.",
    ],
)
def test_article_sentences_that_mention_such_words_are_kept(sentence: str) -> None:
    assert classify_line(sentence) is None
    article = _parse(TITLE, P1, sentence, P2)
    assert _body(article) == [P1, sentence, P2]
    assert not article.related and not article.credits and not article.boilerplate


@pytest.mark.parametrize(
    ("credit", "agency"),
    [
        ("(With AFP)", "AFP"),
        ("— With files from The Canadian Press", "The Canadian Press"),
        ("Avec AFP", "AFP"),
        ("(Reuters)", "Reuters"),
        ("— Reuters.", "Reuters"),
        ("Source: dpa/AFP", "dpa/AFP"),
        ("(Agence France-Presse)", "Agence France-Presse"),
        # Credits that name no source of the copy: a photo's, a writer's, a hat tip, a person.
        ("Jim Lee / Reuters.", None),
        ("Ana Ruiz via Getty Images.", None),
        ("By Ana Ruiz, AFP", None),
        ("Tom Lee contributed to this report.", None),
        ("Reporting by Ana Ruiz; Editing by Tom Lee", None),
        ("(h/t The Hill.)", None),
        ("(John Smith)", None),
    ],
)
def test_the_agency_an_agency_credit_names(credit: str, agency: str | None) -> None:
    assert credited_agency(credit) == agency


def test_related_link_between_a_heading_and_its_text_keeps_the_heading() -> None:
    article = _parse(TITLE, P1, "A bridge built in 1931", "Read more: The bridge in pictures", P2, P3)
    assert _outline(article) == [(None, 1), ("A bridge built in 1931", 2)]
    assert article.related == ("Read more: The bridge in pictures",)


def test_moved_lines_are_counted_as_fixes() -> None:
    article = _parse(TITLE, P1, "Read more: A", "Advertisement", "Share this article", P2, "(With AFP)")
    assert article.fixes.count("related-link") == 1
    assert article.fixes.count("boilerplate") == 2
    assert article.fixes.count("credit") == 1


def test_a_live_blogs_entry_may_have_a_subheading_after_its_time_stamp() -> None:
    article = _parse(TITLE, P1, "___", "4:40 p.m.", "Repairs start in March", P2, "___", "6:05 p.m.", P3)
    assert _outline(article) == [(None, 1), ("4:40 p.m.", 0), ("Repairs start in March", 1), ("6:05 p.m.", 1)]


def test_a_subheading_before_a_live_blogs_time_stamp_is_a_subheading() -> None:
    article = _parse(TITLE, P1, "The view from the east side", "6:05 p.m.", P2, P3)
    assert _outline(article) == [(None, 1), ("The view from the east side", 0), ("6:05 p.m.", 2)]


@pytest.mark.parametrize(
    ("line", "duplicate"),
    [
        ("Senate passes the budget bill.", True),  # the title again, with a full stop
        ("Senate passed the budget bill", True),  # nearly so
        ("bill budget the passes Senate", False),  # every character shared, in another order
        ("Senators pass the budget bills", False),
        ("Council weighs the transit plan", False),  # few characters shared
    ],
)
def test_a_line_near_the_titles_length_is_its_duplicate_by_the_full_ratio(line: str, duplicate: bool) -> None:
    # The ratio of characters shared in no order (quick_ratio) bounds the full ratio from above: it
    # is asked first, and the full ratio decides where it is high enough.
    from difflib import SequenceMatcher

    from tuiread.parser.structure import _norm

    title = "Senate passes the budget bill"
    assert is_duplicate_title(title, line) is duplicate
    full = SequenceMatcher(None, _norm(title), _norm(line), autojunk=False).ratio() >= 0.9
    assert full is duplicate or _norm(title) == _norm(line)


def test_a_time_stamp_opens_with_a_digit_str_isdigit_knows() -> None:
    # `_is_timestamp` asks `str.isdigit` of a line's first character before the pattern: every
    # character `\d` matches is one.
    from tuiread.parser.structure import _TIMESTAMP, _is_timestamp

    for code in range(0x30000):
        c = chr(code)
        if _TIMESTAMP.match(f"{c}2 pm"):
            assert c.isdigit() and _is_timestamp(f"{c}2 pm")
    assert _is_timestamp("6:05 p.m.") and not _is_timestamp("Six p.m.")
