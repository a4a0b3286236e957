"""Reported speech: forms learned from the classes of copy missed or misread on train (issue 16),
each on a small text written for it."""

from __future__ import annotations

import pytest

from tuiread.model import Article, Reported
from tuiread.parser import parse


def _article(*paragraphs: str) -> Article:
    return parse("Talks in Geneva end without a deal\n\n" + "\n\n".join(paragraphs) + "\n")


def _only(article: Article) -> Reported:
    assert len(article.reported) == 1, [(r.text, r.speaker) for r in article.reported]
    return article.reported[0]


@pytest.mark.parametrize(
    ("paragraph", "content", "mention"),
    [
        (
            "Novak, a former party official, said the trouble for the mayor is that rivals knock on more doors.",
            "the trouble for the mayor is that rivals knock on more doors",
            "Novak",
        ),
        (
            "Hale, now head of a research centre in Vienna, urged Sherman to reopen the talks before winter.",
            "Sherman to reopen the talks before winter",
            "Hale",
        ),
    ],
)
def test_a_subject_and_its_aside_before_the_verb_are_no_content_of_an_inverted_cue(
    paragraph: str, content: str, mention: str
) -> None:
    item = _only(_article(paragraph))
    assert (item.text, item.speaker_mention and item.speaker_mention.text, item.rule) == (content, mention, "cue-before")


@pytest.mark.parametrize(
    "paragraph",
    [
        "The talks will go on until a deal is near, said Sen. Ann Hale (R-Ohio) on Monday.",
        "The talks will go on until a deal is near, said Hale to reporters.",
        "The talks will go on until a deal is near, said Hale, the deputy secretary.",
    ],
)
def test_content_then_cue_then_speaker_and_an_adjunct(paragraph: str) -> None:
    item = _only(_article(paragraph))
    assert (item.text, item.rule) == ("The talks will go on until a deal is near", "cue-inverted")
