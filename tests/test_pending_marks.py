"""Known bugs in the quotation-mark repair and quote attribution, pending their owner's fix.

marks.py, lexicon.py and parser/quotes/ were being changed by another developer when
these were found, so each is recorded here as a failing test instead of fixed. They are
marked ``xfail(strict=True)``: the suite stays green, -ra lists them, and the day one is
fixed it XPASSes, which fails the run, so the marker cannot be forgotten. Move a fixed
test to test_marks.py (or the quotes tests).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tuiread.parser import parse, parse_path

pending = pytest.mark.xfail(strict=True, reason="pending: marks / quotes area being changed by its owner")


@pending
def test_capitalised_pronoun_after_a_closing_mark_is_lowered() -> None:
    # Machine translation capitalises the pronoun of the attribution as well as the verb:
    # "…questionable », She insisted." The founding article itself prints "”, She insisted."
    article = parse("Title\n\n” Some Russian requests are not even questionable », She insisted.")
    assert article.paragraphs[0].text == "“Some Russian requests are not even questionable”, she insisted."


@pending
def test_founding_article_has_no_capitalised_pronoun_mid_sentence(founding_path: Path) -> None:
    article = parse_path(founding_path)
    assert "”, She insisted" not in article.text
    assert "”, she insisted." in article.text
