"""How a speaker was found, in words (`tuiread.evidence.explain`): what the line under the panes says."""

from __future__ import annotations

from tuiread.evidence import explain
from tuiread.parser import parse, parse_path
from tuiread.samples import founding_sample_path


def test_the_chain_from_a_pronoun_to_the_name_and_the_cue() -> None:
    article = parse_path(founding_sample_path())
    she = next(q for q in article.quotes if q.cue == "insisted")
    assert explain(article, she).startswith("“She” → Wendy Sherman: ")
    assert "cue “insisted”" in explain(article, she)


def test_a_cue_that_names_its_rule_is_said_once() -> None:
    # It read "cue “according to”, “according to” before it".
    article = parse_path(founding_sample_path())
    according = next(r for r in article.reported if r.cue == "according to")
    line = explain(article, according)
    assert line.count("according to") == 1 and line.endswith("“according to” after it")


def test_every_rule_and_way_of_resolving_has_words() -> None:
    # The line read "… · previous-paragraph" where a rule had no words.
    from tuiread.evidence import _HOW_SAID, _RULE_WHERE
    from tuiread.parser.quotes.resolve import HOW
    from tuiread.parser.quotes.rules import RULES

    assert {name for name, _ in RULES} <= set(_RULE_WHERE)
    assert set(HOW) <= set(_HOW_SAID) | {"correction"}


def test_in_the_words_of_is_said_as_the_text_has_it() -> None:
    article = parse("Cities\n\nIn the words of Jane Jacobs, “Cities have the capability of providing something.”\n")
    line = explain(article, article.quotes[0])
    assert "“in the words of”" in line and "according to" not in line
