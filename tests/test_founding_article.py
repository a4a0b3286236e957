"""The founding article: every kind of mess in it must come out clean."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tuiread.model import Article
from tuiread.parser import parse_path


@pytest.fixture(scope="module")
def article(founding_path: Path) -> Article:
    return parse_path(founding_path)


def test_title_is_first_line_and_duplicate_dropped(article: Article) -> None:
    assert article.title == "despite “major differences”, the dialogue remains open"
    assert "despite major differences the dialogue remains open" not in article.text
    assert article.fixes.count("duplicate-title") == 1


def test_sections_form_the_outline(article: Article) -> None:
    assert [s.title for s in article.sections] == [
        None,
        "No agreement between Russians and NATO",
        "Continuation of the dialogue",
    ]
    assert [len(s.paragraphs) for s in article.sections] == [3, 3, 2]


def test_related_link_and_credit_moved_out_of_text(article: Article) -> None:
    assert article.related == (
        "► To read also: Wendy Sherman, seasoned American diplomat, at the negotiating table with the Russians",
    )
    assert article.credits == ("(With AFP)",)
    body = " ".join(p.text for p in article.paragraphs)
    assert "To read also" not in body and "With AFP" not in body


def test_every_quotation_mark_is_curly_and_paired(article: Article) -> None:
    assert not re.search(r"[\"«»„]|''", article.text)
    for paragraph in article.paragraphs:
        marks = re.findall(r"[“”]", paragraph.text)
        assert marks == ["“", "”"] * (len(marks) // 2), paragraph.text


def test_the_four_quotes_are_each_in_one_pair_of_marks(article: Article) -> None:
    text = article.text
    for quoted in (
        "“The discussion was not easy. Discussions were direct on the situation in Ukraine and major "
        "differences were noted on security in Europe.”",
        "“the conversation was very frank, direct, deep, intense, but at the same time it revealed a great "
        "number of differences on fundamental questions”",
        "“I haven’t heard anything new”",
        "“Some Russian requests are not even questionable”",
    ):
        assert quoted in text


def test_mis_capitalised_cue_verbs_are_lowered(article: Article) -> None:
    assert "” explained Jens Stoltenberg" in article.text or "”, explained Jens Stoltenberg" in article.text
    assert "” added Russian Deputy Foreign Minister" in article.text
    assert article.fixes.count("cue-case") == 2


def test_paragraph_offsets_slice_the_cleaned_text(article: Article) -> None:
    for p in article.paragraphs:
        assert article.text[p.start : p.end] == p.text
    for s in article.sections:
        if s.heading:
            assert article.text[s.heading.start : s.heading.end] == s.title
