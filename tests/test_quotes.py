"""Direct quotes and their speakers: each attribution rule on its own, and whole articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuiread.model import Article, Quote
from tuiread.parser import parse, parse_path
from tuiread.parser.quotes.names import parse_speaker_phrase

TITLE = "Senate vote on the budget\n\n"


def article(body: str) -> Article:
    return parse(TITLE + body)


def only_quote(body: str) -> Quote:
    quotes = article(body).quotes
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


# ---- the founding article, end to end -------------------------------------------------


@pytest.fixture(scope="module")
def founding(founding_path: Path) -> Article:
    return parse_path(founding_path)


def test_founding_article_has_exactly_the_four_quotes(founding: Article) -> None:
    long_quotes = [q for q in founding.quotes if q.words >= 4]
    assert [(q.speaker, q.role, q.cue) for q in long_quotes] == [
        ("Jens Stoltenberg", "Secretary General of NATO", "explained"),
        ("Alexander Grouchko", "Russian Deputy Foreign Minister", "added"),
        ("Wendy Sherman", "US Deputy Secretary of State", "declared"),
        ("Wendy Sherman", "US Deputy Secretary of State", "insisted"),
    ]
    assert [q.text for q in long_quotes] == [
        "The discussion was not easy. Discussions were direct on the situation in Ukraine and major "
        "differences were noted on security in Europe.",
        "the conversation was very frank, direct, deep, intense, but at the same time it revealed a great "
        "number of differences on fundamental questions",
        "I haven’t heard anything new",
        "Some Russian requests are not even questionable",
    ]


def test_founding_article_mentions_and_offsets(founding: Article) -> None:
    sherman = founding.quotes[3]
    assert sherman.speaker_mention is not None
    assert sherman.speaker_mention.text == "She"
    assert founding.text[sherman.speaker_mention.start : sherman.speaker_mention.end] == "She"
    for q in founding.quotes:
        assert founding.text[q.start : q.end] == q.text
        assert founding.text[q.start - 1] == "“" and founding.text[q.end] == "”"
    # Every one of them needed its marks repaired.
    assert all(q.repaired for q in founding.quotes)


def test_founding_article_evidence_shows_the_chain_from_she_to_wendy_sherman(founding: Article) -> None:
    insisted = founding.quotes[3]
    evidence = insisted.evidence
    assert evidence is not None
    assert (evidence.rule, evidence.how) == ("after", "pronoun-speaker")
    assert evidence.mention is not None and founding.text[evidence.mention.start : evidence.mention.end] == "She"
    assert evidence.cue is not None and founding.text[evidence.cue.start : evidence.cue.end] == "insisted"
    # The end of the chain: where Wendy Sherman is named, before the pronoun.
    assert evidence.named is not None and founding.text[evidence.named.start : evidence.named.end] == "Wendy Sherman"
    assert evidence.named.start < evidence.mention.start
    for quote in founding.quotes:
        assert quote.confidence is not None and 0.0 < quote.confidence <= 1.0


def test_founding_article_speakers_table(founding: Article) -> None:
    assert [(s.name, s.role, s.quotes) for s in founding.speakers] == [
        ("Jens Stoltenberg", "Secretary General of NATO", (0,)),
        ("Alexander Grouchko", "Russian Deputy Foreign Minister", (1,)),
        ("Wendy Sherman", "US Deputy Secretary of State", (2, 3)),
    ]
    assert founding.speakers[2].words == 5 + 7


def test_the_people_table_holds_every_mention_and_the_gender_the_article_shows(founding: Article) -> None:
    sherman = founding.speakers[2]
    assert sherman.kind == "person"
    assert [m.text for m in sherman.mentions] == ["Wendy Sherman", "She"]
    assert all(founding.text[m.start : m.end] == m.text for m in sherman.mentions)
    assert sherman.gender == "f"  # "She insisted"
    assert founding.speakers[0].gender == "m"  # a first name: Jens


def test_an_organisation_that_speaks_is_marked_as_one_and_a_described_person_is_not() -> None:
    article = parse(
        "Agency reviews the water report\n\n"
        "“We are reviewing the findings carefully and will respond in due course,” the Environmental "
        "Protection Agency said in a statement.\n\n"
        "Senator Maria Lopez welcomed the review. “This is long overdue and the public deserves answers,” she said."
        "\n\n“Nobody in this town has been told the truth about the water,” the Vermont senator said."
    )
    kinds = {s.name: (s.kind, s.gender) for s in article.speakers}
    assert kinds["the Environmental Protection Agency"] == ("organisation", None)
    assert kinds["Maria Lopez"] == ("person", "f")
    lopez = next(s for s in article.speakers if s.name == "Maria Lopez")
    # Her name, the pronoun, and the description that resolved to her: one person.
    assert [m.text for m in lopez.mentions] == ["Maria Lopez", "she", "the Vermont senator"]


# ---- one rule at a time -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "speaker", "mention", "cue", "rule"),
    [
        (
            "“We will not raise taxes this year,” said Maria Lopez, the finance minister.",
            "Maria Lopez",
            "Maria Lopez",
            "said",
            "after",
        ),
        (
            "“We will not raise taxes this year,” Maria Lopez said on Tuesday.",
            "Maria Lopez",
            "Maria Lopez",
            "said",
            "after",
        ),
        (
            "“We will not raise taxes this year,” Maria Lopez, the finance minister, told reporters.",
            "Maria Lopez",
            "Maria Lopez",
            "told",
            "after",
        ),
        ("Maria Lopez said: “We will not raise taxes this year.”", "Maria Lopez", "Maria Lopez", "said", "before"),
        ("Maria Lopez said that “the budget will balance by spring.”", "Maria Lopez", "Maria Lopez", "said", "before"),
        (
            "According to Maria Lopez, “the budget will balance by spring.”",
            "Maria Lopez",
            "Maria Lopez",
            "according to",
            "according",
        ),
        ("“The budget will balance by spring.” — Maria Lopez", "Maria Lopez", "Maria Lopez", "—", "dash"),
    ],
)
def test_adjacent_cues(body: str, speaker: str, mention: str, cue: str, rule: str) -> None:
    q = only_quote(body)
    assert (q.speaker, q.speaker_mention.text if q.speaker_mention else None, q.cue, q.rule) == (
        speaker,
        mention,
        cue,
        rule,
    )


def test_title_before_the_name_is_the_role() -> None:
    q = only_quote("“The talks were frank and very long,” added Russian Deputy Foreign Minister Alexander Grouchko.")
    assert (q.speaker, q.role) == ("Alexander Grouchko", "Russian Deputy Foreign Minister")


def test_apposition_is_the_role() -> None:
    q = only_quote("“The talks were frank and very long,” explained Jens Stoltenberg, Secretary General of NATO.")
    assert (q.speaker, q.role) == ("Jens Stoltenberg", "Secretary General of NATO")


def test_cue_capitalised_by_bad_translation() -> None:
    a = article("For hours, ” the talks were frank and very long Added Deputy Minister Pavel Orlov on Friday.")
    assert len(a.quotes) == 1
    q = a.quotes[0]
    assert q.text == "the talks were frank and very long"
    assert (q.speaker, q.cue) == ("Pavel Orlov", "added")
    assert "” added Deputy Minister" in a.text


def test_a_cue_later_in_the_sentence() -> None:
    q = only_quote(
        "“Nothing new was said” in the positions of the other side, "
        "declared Deputy Secretary Ana Ruiz after the meeting."
    )
    assert (q.speaker, q.rule) == ("Ana Ruiz", "later")


def test_the_same_speaker_goes_on_within_a_paragraph() -> None:
    a = article("“We will not raise taxes,” Maria Lopez said. “Not this year, and not the next one either.”")
    assert [(q.speaker, q.rule) for q in a.quotes] == [("Maria Lopez", "after"), ("Maria Lopez", "same-paragraph")]


def test_a_quote_alone_in_a_paragraph_continues_the_speaker_before() -> None:
    a = article(
        "“We will not raise taxes this year,” said Maria Lopez, the finance minister.\n\n"
        "“The hospitals will get what they were promised, and the schools will too.”"
    )
    assert [(q.speaker, q.rule) for q in a.quotes] == [("Maria Lopez", "after"), ("Maria Lopez", "continuation")]


def test_a_colon_at_the_end_of_the_paragraph_before_introduces_the_quote() -> None:
    a = article("The ministry said in a statement:\n\n“The figures will be published on Monday morning.”")
    assert a.quotes[0].rule == "colon-intro"
    assert a.quotes[0].speaker == "The ministry"


def test_a_pronoun_resolves_to_the_person_named_before() -> None:
    a = article(
        "Senator Bernie Sanders spoke to supporters in Vermont on Monday.\n\n"
        "“This fight is far from over, and we will keep going,” he said."
    )
    q = a.quotes[0]
    assert (q.speaker, q.speaker_mention.text if q.speaker_mention else None) == ("Bernie Sanders", "he")


def test_a_pronoun_skips_people_of_the_other_gender() -> None:
    a = article(
        "Hillary Clinton met Donald Trump on the debate stage.\n\n“I think we need a plan for the economy,” she said."
    )
    assert a.quotes[0].speaker == "Hillary Clinton"


def test_a_surname_resolves_to_the_full_name() -> None:
    a = article(
        "Bernie Sanders, the Vermont senator, visited Iowa.\n\n"
        "“We are going to win this state in the end,” Sanders said."
    )
    assert a.quotes[0].speaker == "Bernie Sanders"
    assert a.quotes[0].speaker_mention is not None and a.quotes[0].speaker_mention.text == "Sanders"


def test_a_description_resolves_to_the_office_holder() -> None:
    a = article(
        "Sen. Bernie Sanders campaigned in Iowa on Monday.\n\n"
        "“The system is rigged against working families,” the Vermont senator said."
    )
    assert a.quotes[0].speaker == "Bernie Sanders"


def test_a_quote_with_nobody_named_has_no_speaker() -> None:
    q = only_quote("Outside the hall a banner read, “We will not be moved by anything you say.”")
    assert q.speaker is None or q.speaker == "a banner"  # never a person who is not named


# ---- phrases, titles, apostrophes ---------------------------------------------------


def test_short_scare_quotes_are_phrases_not_quotes() -> None:
    a = article("Critics called the plan a “giveaway” and its author “reckless.” The vote is on Friday.")
    assert a.quotes == ()
    assert [p.text for p in a.phrases] == ["giveaway", "reckless."]


def test_titles_of_shows_and_books_are_phrases() -> None:
    a = article(
        "She said so on an episode of “The Late Late Evening Show,” "
        "and again in her book, “Letters From the Front Line.”"
    )
    assert a.quotes == ()
    assert {p.text for p in a.phrases} == {"The Late Late Evening Show,", "Letters From the Front Line."}


def test_apostrophes_make_no_phantom_quotes() -> None:
    a = article(
        "The voters’ mood in the ’90s was different. Rock ’n’ roll was the candidates’ soundtrack, and O’Brien’s "
        "campaign ran ads about the ’60s. It wasn’t the parties’ fault, the governor’s aides said."
    )
    assert a.quotes == () and a.phrases == ()
    assert "‘" not in a.text  # no apostrophe turned into an opening mark


def test_an_article_with_no_quotes() -> None:
    a = article("The council met on Monday. It approved the budget without debate.\n\nThe session lasted an hour.")
    assert a.quotes == () and a.speakers == ()


def test_quotes_inside_a_headline_are_not_the_articles_quotes() -> None:
    a = parse('Minister calls plan "a disaster"\n\nThe minister spoke on Monday about the plan and its cost.')
    assert a.title == "Minister calls plan “a disaster”"
    assert a.quotes == ()


# ---- multi-paragraph and nested ---------------------------------------------------------


def test_multi_paragraph_quote_is_one_quote() -> None:
    a = article(
        "Maria Lopez said:\n\n"
        "“The first thing we will do is fix the roads. Then we will fix the schools.\n\n"
        "“And after that, we will look at the hospitals, which have waited far too long.”"
    )
    assert len(a.quotes) == 1
    q = a.quotes[0]
    assert q.paragraphs == (1, 2)
    assert len(q.segments) == 2
    assert q.text.startswith("The first thing") and q.text.endswith("far too long.")
    assert q.speaker == "Maria Lopez"
    for seg in q.segments:
        assert a.text[seg.start - 1] == "“"


def test_nested_quote_stays_inside_its_quote() -> None:
    a = article(
        "“When they told me ‘the money is gone,’ I did not believe them at all,” "
        "said Maria Lopez, the finance minister."
    )
    assert len(a.quotes) == 1
    assert a.quotes[0].text == "When they told me ‘the money is gone,’ I did not believe them at all,"
    assert a.quotes[0].speaker == "Maria Lopez"


def test_nested_straight_inside_curly_becomes_single() -> None:
    a = article('“He told me "the money is gone" and then he left the room,” said Maria Lopez.')
    assert "‘the money is gone’" in a.text
    assert len(a.quotes) == 1 and a.quotes[0].speaker == "Maria Lopez"


def test_speaker_phrase_picks_the_piece_that_names_someone() -> None:
    np = parse_speaker_phrase(
        "Michael McFaul, a senior fellow at the Hoover Institution and a former ambassador to Russia"
    )
    assert np is not None and (np.name, np.kind) == ("Michael McFaul", "name")
    assert np.role == "senior fellow at the Hoover Institution and a former ambassador to Russia"
    np = parse_speaker_phrase("Donna Rawlings, 59, of Ashton, Md.")
    assert np is not None and np.name == "Donna Rawlings"


def test_a_nickname_in_brackets_is_part_of_the_mention_not_of_the_name() -> None:
    """The mention is what its offsets cut from the text (the app underlines it there)."""
    article = parse(
        "Bridge\n\n“We will rebuild the bridge by spring,” said John (Jack) Smith, the mayor.\n\n"
        "“It will be done,” wrote Ana (Annie) Ruiz.\n"
    )
    seen = []
    for quote in article.quotes:
        mention = quote.speaker_mention
        assert mention is not None
        assert article.text[mention.start : mention.end] == mention.text
        seen.append((quote.speaker, mention.text))
    assert seen == [("John Smith", "John (Jack) Smith"), ("Ana Ruiz", "Ana (Annie) Ruiz")]


# ---- no junk in roles and speakers (issue 12: a role is a noun phrase, a speaker names someone) ----


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        # The words of the clause before a name are no role: not "But Senator", "Both", "As Ms.".
        (
            "But Senator Bernie Sanders said: “We will not stop fighting for working families.”",
            "Bernie Sanders",
            "Senator",
        ),
        (
            "Both Carla Jimenez and Per Lothe said they would vote, and Jimenez said: “We need the bridge rebuilt.”",
            "Carla Jimenez",
            None,
        ),
        ("As Ms. Ana Ruiz put it: “The river road will be closed for two whole years.”", "Ana Ruiz", None),
    ],
)
def test_a_role_is_never_the_clause_around_a_name_nor_a_lone_honorific(
    body: str, speaker: str, role: str | None
) -> None:
    (quote,) = parse("Council talks\n\n" + body).quotes
    assert (quote.speaker, quote.role) == (speaker, role)


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("Ines Carvalho, as well as her council", None),  # someone else joined, no role of hers
        ("Ines Carvalho, along with the harbour board", None),
        ("Ines Carvalho, the mayor of Westport", "mayor of Westport"),
        ("Carvalho, as harbour commissioner", "harbour commissioner"),
    ],
)
def test_a_phrase_set_off_that_joins_someone_else_is_no_role(phrase: str, role: str | None) -> None:
    from tuiread.parser.quotes.names import parse_noun_phrase

    found = parse_noun_phrase(phrase)
    assert found is not None and found.role == role


def test_according_to_a_name_after_an_honorific_keeps_the_name() -> None:
    """The full stop of "Mr." ended the phrase: the speaker was "Mr"."""
    article = parse("Talks\n\nThe visit became “the high-water mark in their relationship,” according to Mr. Rhodes.\n")
    (quote,) = article.quotes
    assert quote.speaker == "Rhodes" and quote.speaker_mention is not None
    assert quote.speaker_mention.text == "Mr. Rhodes"


def test_another_is_a_mention_of_someone_but_no_name() -> None:
    """ "Another said": unresolved, the mention kept — not a speaker called "Another"."""
    article = parse(
        "Talks\n\nFans wrote in all week. Another said he hoped with his “whole heart that the bridge is saved.”"
    )
    (quote,) = article.quotes
    assert quote.speaker is None
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "Another"
    assert article.speakers == ()


@pytest.mark.parametrize(
    ("phrase", "mention"),
    [
        ("The authors of the", "The authors"),  # cut at a title's mark: the noun before the dangling words
        ("the", None),
        ("an investment he", None),  # a clause, not someone
        ("The statement noted they", None),
        ("Former secretary of", None),  # what it was cut from may be a name ("… of state Hillary Clinton")
        ("the two", "the two"),
    ],
)
def test_a_description_cut_short_is_its_noun_or_nothing(phrase: str, mention: str | None) -> None:
    from tuiread.parser.quotes.names import parse_noun_phrase

    found = parse_noun_phrase(phrase)
    assert (found.mention if found else None) == mention


@pytest.mark.parametrize(
    ("phrase", "kind", "mention"),
    [
        ("Clinton’s", "name", "Clinton"),  # "Clinton’s answer was that …": the owner spoke
        ("The Florida senator’s", "description", "The Florida senator"),
        ("That’s", None, None),  # "That is": no one
    ],
)
def test_a_possessive_names_its_owner_without_the_possessive(
    phrase: str, kind: str | None, mention: str | None
) -> None:
    from tuiread.parser.quotes.names import parse_noun_phrase

    found = parse_noun_phrase(phrase)
    got = (found.kind, found.mention) if found is not None else (None, None)
    assert got == (kind, mention)
    if found is not None:
        assert phrase[found.mention_offset :].startswith(found.mention)


def test_a_clause_word_in_capitals_is_no_role() -> None:
    (quote,) = parse("Talks\n\nBUT Senator Ana Ruiz said: “We will rebuild the bridge before the winter.”").quotes
    assert (quote.speaker, quote.role) == ("Ana Ruiz", "Senator")


def test_a_quote_borrowing_its_speaker_names_the_quote_it_borrows_from() -> None:
    article = parse(
        "Talks\n\n“We will rebuild the bridge before winter comes,” said Mayor Ana Ruiz. “The buses will run "
        "every ten minutes while it is closed.”\n"
    )
    first, second = article.quotes
    assert second.evidence is not None and second.evidence.rule == "same-paragraph"
    assert second.evidence.from_quote == first.index
    assert second.speaker == first.speaker == "Ana Ruiz"


def test_a_quote_with_no_speaker_has_no_confidence_and_the_record_carries_both() -> None:
    from tuiread.json_record import record

    article = parse("Talks\n\n“We sing the line again and again and again.”\n")
    (quote,) = article.quotes
    assert quote.speaker is None and quote.confidence is None
    attributed = parse("Talks\n\n“We will rebuild the bridge before winter,” said Mayor Ana Ruiz.\n")
    (line,) = record(attributed)["quotes"]
    assert 0.5 < line["confidence"] <= 1.0
    assert line["evidence"]["rule"] == "after" and line["evidence"]["how"] == "named"
    start, end = line["evidence"]["mention"]
    assert attributed.text[start:end] == "Ana Ruiz"


def test_the_learned_confidence_ranks_a_cue_next_to_the_quote_above_a_borrowed_speaker() -> None:
    """The table ships with the package; an adjacent cue is right more often than a continuation."""
    from tuiread.parser.quotes.confidence import confidence

    assert confidence("after", "named") > confidence("continuation", "named") > 0.0
    assert confidence(None, "named") is None
