"""Unwrap: hard-wrapped lines re-joined into paragraphs, and everything else left as it was."""

from __future__ import annotations

import textwrap

import pytest

from tuiread.parser import parse
from tuiread.parser.unwrap import join_hyphenated, unwrap, wrap_width

PARAGRAPHS = [
    "The city council approved the new budget on Tuesday after a debate that ran well past midnight, "
    "with members arguing over the cost of repairs to the old river bridge and the future of the bus depot.",
    "Council member Dana Whitfield, who voted against the plan, said the repairs had been promised three "
    "times before and that residents on the east side had stopped believing the council's timetables.",
    "The bridge will close for six weeks from March. Buses will run on a diversion through the industrial "
    "estate, adding about ten minutes to most journeys into the city centre, officials said.",
    "A final vote on the depot is expected in the spring, once engineers have finished a survey of the site "
    "and the transport department has published its estimate of how many new buses the city will need.",
]


def _wrapped(width: int = 60) -> str:
    return "Bridge repairs approved after late debate\n\n" + "\n\n".join(
        textwrap.fill(p, width, break_on_hyphens=False) for p in PARAGRAPHS
    )


def _texts(text: str) -> list[str]:
    return [u.text for u in unwrap(text)[0]]


@pytest.mark.parametrize("width", [52, 60, 68, 72])
def test_hard_wrapped_paragraphs_are_rejoined(width: int) -> None:
    text = _wrapped(width)
    assert text.count("\n") >= 16  # really wrapped
    units, counts = unwrap(text)
    assert [u.text for u in units] == ["Bridge repairs approved after late debate", *PARAGRAPHS]
    assert counts["hard-wrap"] == text.count("\n") - 2 * len(PARAGRAPHS)


def test_wrap_width_is_read_off_the_document() -> None:
    width = wrap_width([line.split("\n") for line in _wrapped(64).split("\n\n")])
    assert width is not None and 56 <= width <= 64


def test_parsed_wrapped_article_has_whole_paragraphs() -> None:
    article = parse(_wrapped(66))
    assert article.title == "Bridge repairs approved after late debate"
    assert [p.text for p in article.paragraphs] == PARAGRAPHS
    assert article.fixes.count("hard-wrap") >= 8


def test_one_paragraph_per_line_is_left_alone() -> None:
    text = "\n\n".join(["Bridge repairs approved after late debate", *PARAGRAPHS])
    units, counts = unwrap(text)
    assert [u.text for u in units] == ["Bridge repairs approved after late debate", *PARAGRAPHS]
    assert counts == {"hard-wrap": 0, "line-end-hyphen": 0}


def test_one_paragraph_per_line_without_blank_lines_is_left_alone() -> None:
    text = "\n".join(["Bridge repairs approved after late debate", *PARAGRAPHS])
    assert _texts(text) == ["Bridge repairs approved after late debate", *PARAGRAPHS]


def test_short_one_sentence_paragraphs_without_blank_lines_stay_apart() -> None:
    # Tabloid copy pasted with single newlines: short lines, every one a finished sentence.
    lines = [
        "Storm closes schools",
        "Schools across the county will be closed on Friday.",
        "The storm is expected to bring a foot of snow overnight.",
        "Officials urged drivers to stay off the roads.",
        "Bus services will be suspended until Saturday morning.",
        "Shelters have opened in three towns.",
    ]
    assert _texts("\n".join(lines)) == lines


def test_unwrapped_line_that_stops_mid_sentence_runs_on() -> None:
    # No wrap width to read, but a line ending mid-sentence with a lower-case line after it.
    text = "Title of the piece\n\nThe mayor said the bridge would\nreopen in May.\n\nA second paragraph here."
    assert _texts(text) == [
        "Title of the piece",
        "The mayor said the bridge would reopen in May.",
        "A second paragraph here.",
    ]


# ---- line-end hyphens ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right", "vocabulary", "expected"),
    [
        ("the govern-", "ment said", {"government"}, "the government said"),  # the whole word is in the text
        ("an announce-", "ment", set(), "an announcement"),  # "ment" is no word: a suffix fragment
        ("the situ-", "ation is", set(), "the situation is"),
        ("small-", "business owners", {"small", "business"}, "small-business owners"),  # both halves are words
        ("a long-", "term plan", set(), "a long-term plan"),
        ("the re-", "election bid", set(), "the re-election bid"),  # a prefix keeps its hyphen
        ("a self-", "made man", set(), "a self-made man"),
        ("the Paris-", "Berlin axis", set(), "the Paris-Berlin axis"),  # a capital after the break
        ("the well-", "known", {"well-known"}, "the well-known"),  # seen hyphenated elsewhere
    ],
)
def test_join_hyphenated(left: str, right: str, vocabulary: set[str], expected: str) -> None:
    assert join_hyphenated(left, right, frozenset(vocabulary)) == expected


def test_hyphens_in_a_wrapped_article() -> None:
    text = (
        "Portugal cuts red tape\n\n"
        "Portugal's government will scrap 41 licensing rules and let owners\n"
        "open a shop within a week, the minister said on Tuesday, in a move\n"
        "that follows an approach that the govern-\n"
        "ment borrowed from Estonia and that about 9,000 small-\n"
        "business owners have asked for since the start of the last decade,\n"
        "according to the association that represents traders in Lisbon.\n"
    )
    units, counts = unwrap(text)
    body = units[1].text
    assert "the government borrowed" in body
    assert "9,000 small-business owners" in body
    assert counts["line-end-hyphen"] == 1  # only the broken word: the compound keeps its hyphen


def test_dash_at_a_line_end_is_not_a_hyphen() -> None:
    text = "Title of the piece\n\n" + textwrap.fill(PARAGRAPHS[0], 60) + " -\n" + textwrap.fill(PARAGRAPHS[1], 60)
    body = _texts(text)[1]
    assert "midnight, with" in body and "bus depot. - Council" in body


# ---- lists --------------------------------------------------------------------------


def test_list_lines_are_not_glued_together() -> None:
    items = "- new buses for the east side;\n- repairs to the old bridge;\n- a study of the depot."
    text = f"{_wrapped(60)}\n\nThe plan includes:\n{items}\n\n{textwrap.fill(PARAGRAPHS[0], 60)}"
    units = _texts(text)
    assert units[-5:] == [
        "The plan includes:",
        "- new buses for the east side;",
        "- repairs to the old bridge;",
        "- a study of the depot.",
        PARAGRAPHS[0],
    ]


def test_numbered_list_without_blank_lines_is_not_glued() -> None:
    items = ["Wanjiru listed the steps taken:", "1. a second data centre;", "2. a paper fallback;", "3. a help desk."]
    text = _wrapped(60) + "\n\n" + "\n".join(items) + "\n\n" + textwrap.fill(PARAGRAPHS[2], 60)
    assert _texts(text)[-5:] == [*items, PARAGRAPHS[2]]


def test_underlined_heading_is_not_joined_to_its_rule() -> None:
    text = (
        _wrapped(60) + "\n\nThe grid is the hard part\n-------------------------\n\n" + textwrap.fill(PARAGRAPHS[1], 60)
    )
    units = _texts(text)
    assert "The grid is the hard part" in units
    assert "-------------------------" in units
    assert units[-1] == PARAGRAPHS[1]


def test_a_title_repeated_on_the_next_line_is_not_joined_to_itself() -> None:
    title = "Bridge repairs approved after late debate"
    units = _texts(f"{title}\n{_wrapped(60)}")
    assert units[:2] == [title, title]
    assert units[-1] == PARAGRAPHS[-1]
