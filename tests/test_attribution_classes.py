"""Classes of attribution error seen on copy nobody tuned on, each on a small text written for it."""

from __future__ import annotations

from tuiread.model import Article, Quote
from tuiread.parser import parse

TITLE = "Council weighs the harbour plan\n\n"


def article(body: str) -> Article:
    return parse(TITLE + body)


def quote_starting(body: str, words: str) -> Quote:
    found = [q for q in article(body).quotes if q.text.startswith(words)]
    assert len(found) == 1, [q.text for q in article(body).quotes]
    return found[0]


# ---- a speaker named before the quotation, not next to it -----------------------------


def test_a_quote_paragraph_after_a_paragraph_that_reports_someone() -> None:
    body = (
        "Harbour master Olga Brandt said the plan would close the north quay for a year.\n\n"
        "“Nobody here has been asked what a year without the quay would cost us.”\n"
    )
    assert quote_starting(body, "Nobody here").speaker == "Olga Brandt"


def test_a_quote_paragraph_after_a_colon_with_no_reporting_verb() -> None:
    body = (
        "The meeting turned when councillor Pieter Vos took the floor.\n\n"
        "Vos turned to the developers:\n\n"
        "“You have not shown us one drawing of the quay in winter, and you want a vote tonight.”\n"
    )
    assert quote_starting(body, "You have not").speaker == "Pieter Vos"


def test_a_quote_sentence_after_a_sentence_whose_subject_is_someone() -> None:
    body = (
        "Mayor Ines Carvalho posted a warning on Monday evening. “Whoever votes for this plan votes "
        "against the fishermen of this town.” The council meets on Thursday.\n"
    )
    assert quote_starting(body, "Whoever votes").speaker == "Ines Carvalho"


def test_a_quote_paragraph_after_a_paragraph_whose_last_subject_is_someone() -> None:
    body = (
        "Ines Carvalho spoke for ten minutes about the quay and the fish market.\n\n"
        "“We are a fishing town, and a fishing town needs its quay every day of the year.”\n"
    )
    assert quote_starting(body, "We are a fishing").speaker == "Ines Carvalho"


def test_a_conjunction_before_the_subject_is_not_part_of_it() -> None:
    body = (
        "Olga Brandt defended the port's budget at length. But she also said that “the quay has "
        "needed repairs for a decade, plan or no plan.”\n"
    )
    q = quote_starting(body, "the quay has")
    assert q.speaker == "Olga Brandt"
    assert q.speaker_mention is not None and q.speaker_mention.text == "she"
