"""How a speaker was found, in words (`tuiread.evidence.explain`): what the line under the panes says."""

from __future__ import annotations

from tuiread.evidence import explain
from tuiread.parser import parse_path
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
