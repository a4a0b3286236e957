"""Reported speech: each form on a small text written for it, what is not reported speech, the
founding article, the JSON record and the export."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from tuiread.cli import main
from tuiread.export import render_markdown
from tuiread.json_record import record_text
from tuiread.model import Article, Reported
from tuiread.parser import parse, parse_path
from tuiread.selection import Selection


def _article(*paragraphs: str) -> Article:
    return parse("Talks in Geneva end without a deal\n\n" + "\n\n".join(paragraphs) + "\n")


def _only(article: Article) -> Reported:
    assert len(article.reported) == 1, [(r.text, r.speaker) for r in article.reported]
    return article.reported[0]


SHERMAN = "US Deputy Secretary of State Wendy Sherman met the Russian delegation on Monday."


@pytest.mark.parametrize(
    ("paragraph", "content", "cue"),
    [
        (
            "Sherman said Russia had brought nothing new to the table.",
            "Russia had brought nothing new to the table",
            "said",
        ),
        (
            "Sherman said that Russia had brought nothing new to the table.",
            "Russia had brought nothing new to the table",
            "said",
        ),
        (
            "Sherman said in a statement that Russia had brought nothing new to the table.",
            "Russia had brought nothing new to the table",
            "said",
        ),
        (
            "Sherman said in an interview on Tuesday that Russia had brought nothing new.",
            "Russia had brought nothing new",
            "said",
        ),
        ("Sherman wrote in a tweet that the talks would go on next week.", "the talks would go on next week", "wrote"),
        ("Sherman told reporters that Russia had brought nothing new.", "Russia had brought nothing new", "told"),
        ("Sherman told CNN the talks would go on next week.", "the talks would go on next week", "told"),
        ("Sherman has said for months the talks would go on next week.", "the talks would go on next week", "said"),
        (
            "Sherman said, through an interpreter, that the talks would go on next week.",
            "the talks would go on next week",
            "said",
        ),
        (
            "Sherman said Monday at a news conference in Geneva, Switzerland, that the talks would go on next week.",
            "the talks would go on next week",
            "said",
        ),
    ],
    ids=[
        "said",
        "said-that",
        "in-a-statement",
        "in-an-interview",
        "tweet",
        "told-reporters",
        "told-object",
        "for-months",
        "aside-between-commas",
        "adjuncts-over-commas",
    ],
)
def test_speaker_then_cue_then_content(paragraph: str, content: str, cue: str) -> None:
    item = _only(_article(SHERMAN, paragraph))
    assert (item.text, item.speaker, item.cue, item.kind) == (content, "Wendy Sherman", cue, "speech")
    assert item.speaker_mention is not None and item.speaker_mention.text == "Sherman"


def test_a_role_written_with_the_name_is_the_speakers_role() -> None:
    item = _only(_article("US Deputy Secretary of State Wendy Sherman said Russia had brought nothing new."))
    assert (item.speaker, item.role) == ("Wendy Sherman", "US Deputy Secretary of State")


def test_content_then_speaker_and_cue() -> None:
    article = _article(SHERMAN, "Russia had brought nothing new to the table, Sherman said.")
    item = _only(article)
    assert (item.text, item.speaker, item.rule) == (
        "Russia had brought nothing new to the table",
        "Wendy Sherman",
        "cue-after",
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "Russia had brought nothing new to the table, Sherman said in a statement.",
        "Russia had brought nothing new to the table, Sherman told reporters on Tuesday.",
        "Russia had brought nothing new to the table, the State Department announced last week.",
        "Russia had brought nothing new to the table, Sherman said at a nature reserve in Mont-Saint-Hilaire.",
        "Russia had brought nothing new to the table, Ottawa said in a letter to the bid corporation.",
    ],
    ids=["in-a-statement", "told-reporters-on", "last-week", "at-a-place", "in-a-letter-to-someone"],
)
def test_content_then_speaker_cue_and_when_or_where(paragraph: str) -> None:
    item = _only(_article(SHERMAN, paragraph))
    assert (item.text, item.rule) == ("Russia had brought nothing new to the table", "cue-after")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Sherman said she opposes the plan because the demands don’t recognize the facts on the ground.",
        "Sherman said she would have attended the meeting where the ministers decided the terms.",
    ],
    ids=["because", "where"],
)
def test_a_cue_in_a_subordinate_clause_of_the_content_is_part_of_it(paragraph: str) -> None:
    item = _only(_article(SHERMAN, paragraph))
    assert item.text == paragraph.removeprefix("Sherman said ").removesuffix(".")


def test_content_then_cue_then_speaker() -> None:
    item = _only(_article("The talks will continue next month in Vienna, said Wendy Sherman, the deputy secretary."))
    assert (item.text, item.speaker, item.rule) == (
        "The talks will continue next month in Vienna",
        "Wendy Sherman",
        "cue-inverted",
    )


def test_content_then_according_to() -> None:
    item = _only(_article("Moscow arrived with a list of demands, according to NATO chief Jens Stoltenberg."))
    assert (item.text, item.speaker, item.cue) == (
        "Moscow arrived with a list of demands",
        "Jens Stoltenberg",
        "according to",
    )


def test_a_source_written_with_abbreviations_after_according_to() -> None:
    item = _only(_article("The delegation flew in a chartered jet with eleven seats, according to F.A.A. records."))
    assert (item.text, item.speaker_mention and item.speaker_mention.text) == (
        "The delegation flew in a chartered jet with eleven seats",
        "F.A.A. records",
    )


def test_according_to_then_content() -> None:
    item = _only(_article("According to the Kremlin, the talks will continue in the spring."))
    assert (item.text, item.speaker, item.cue) == (
        "the talks will continue in the spring",
        "the Kremlin",
        "according to",
    )


@pytest.mark.parametrize(
    ("paragraph", "source"),
    [
        ("As reported by The Hill, the talks will resume in Vienna next month.", "The Hill"),
        ("As The Hill reported, the talks will resume in Vienna next month.", "The Hill"),
        ("As the Washington Post first reported, the talks will resume in Vienna next month.", "the Washington Post"),
        ("As Politico reported, the talks will resume in Vienna next month.", "Politico"),
        ("As Republicans continue to warn, the talks will resume in Vienna next month.", "Republicans"),
    ],
    ids=["reported-by", "the-hill", "first-reported", "one-word-outlet", "continue-to"],
)
def test_as_reported_by(paragraph: str, source: str) -> None:
    """The outlet's name keeps its "The": "The Hill" is an organisation, not a Mr Hill."""
    item = _only(_article(paragraph))
    assert (item.text, item.rule) == ("the talks will resume in Vienna next month", "as-reported")
    assert item.speaker_mention is not None and item.speaker_mention.text == source
    if source == "The Hill":
        assert item.speaker == "The Hill"
    else:
        assert item.speaker != "Hill"


def test_a_name_in_ly_before_the_verb_is_the_speaker() -> None:
    item = _only(_article("Phyllis Schlafly noted that Reagan and Trump never compromise on the core ideas."))
    assert (item.text, item.speaker) == ("Reagan and Trump never compromise on the core ideas", "Phyllis Schlafly")


def test_a_rare_form_of_a_learned_cue_verb_cues() -> None:
    """ "concedes", "acknowledges", "admits" were seldom seen on train; "conceded",
    "acknowledged", "admitted" often cued, and the forms of one verb are judged together."""
    for verb in ("concedes", "acknowledges", "admits"):
        item = _only(_article(SHERMAN, f"Sherman {verb} that Russia had brought nothing new to the table."))
        assert (item.text, item.cue) == ("Russia had brought nothing new to the table", verb)


def test_a_contrast_after_while_stays_in_the_content() -> None:
    item = _only(_article(SHERMAN, "Sherman said Russia expects no deal this year, while Europe hopes for one."))
    assert item.text == "Russia expects no deal this year, while Europe hopes for one"


@pytest.mark.parametrize(
    ("paragraph", "content", "mention"),
    [
        (
            "While the ministers say the sanctions will hold until spring, their allies want them lifted.",
            "the sanctions will hold until spring",
            "the ministers",
        ),
        (
            "Although some delegates said the talks had stalled, the envoy stayed another week.",
            "the talks had stalled",
            "some delegates",
        ),
    ],
)
def test_a_subject_after_a_subordinator_reports_until_the_main_clause(
    paragraph: str, content: str, mention: str
) -> None:
    # The subordinator opens the clause and is no part of its subject; what was said ends where
    # the main clause starts.
    item = _only(_article(paragraph))
    assert (item.text, item.speaker_mention and item.speaker_mention.text) == (content, mention)


@pytest.mark.parametrize(
    ("paragraph", "content"),
    [
        (
            "Sherman said Moscow would send Igor Petrov, a veteran of the arms talks.",
            "Moscow would send Igor Petrov",
        ),
        (
            "Sherman said the deal was drafted by Anna Berg, who led the Swedish team.",
            "the deal was drafted by Anna Berg",
        ),
        (
            "The envoy left early, saying the text was written by Paul Roth, an adviser to the minister.",
            "the text was written by Paul Roth",
        ),
        (
            "Sherman said the first draft came from Lena Ortiz — a lawyer who joined in May.",
            "the first draft came from Lena Ortiz",
        ),
        (
            "Sixty percent of Germans say the talks were worth holding, compared with 41 percent of Poles.",
            "the talks were worth holding",
        ),
    ],
)
def test_an_aside_closing_the_content_is_the_writers(paragraph: str, content: str) -> None:
    item = _only(_article(SHERMAN, paragraph))
    assert item.text == content


def test_speaker_with_a_relative_clause_then_cue() -> None:
    article = _article(
        SHERMAN, "Sherman, who has negotiated with Moscow for decades, said the demands were a non-starter."
    )
    item = _only(article)
    assert (item.text, item.speaker) == ("the demands were a non-starter", "Wendy Sherman")


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        (
            "Sherman, a diplomat whom three presidents sent to Moscow, said the demands were a non-starter.",
            "Sherman",
        ),
        ("Sherman’s office, when contacted by Reuters, said the demands were a non-starter.", "Sherman’s office"),
        ("Officials in Brussels, for instance, noted that the demands were a non-starter.", "Officials in Brussels"),
    ],
    ids=["apposition", "when-clause", "for-instance"],
)
def test_speaker_with_an_aside_then_cue(paragraph: str, mention: str) -> None:
    item = _only(_article(SHERMAN, paragraph))
    assert item.text == "the demands were a non-starter"
    assert item.speaker_mention is not None and item.speaker_mention.text == mention


def test_a_body_named_with_and_in_an_aside_is_no_speaker_of_its_own() -> None:
    """ "…, Stephen Legomsky, a former chief counsel at U.S. Citizenship and Immigration Services,
    said.": the body's name runs over "and"; the person before the aside speaks."""
    item = _only(
        _article(
            "The administration could still ask the court to rehear the case once a ninth justice is confirmed,"
            " Stephen Legomsky, a former chief counsel at U.S. Citizenship and Immigration Services, said."
        )
    )
    assert (item.speaker, item.rule) == ("Stephen Legomsky", "cue-after")
    assert item.text.startswith("The administration could still ask the court")


def test_a_body_inside_an_aside_after_a_preposition_is_no_subject() -> None:
    """ "The study, led by scientists at Environment and Climate Change Canada, found that …": the
    study found it; the body is the object of "at" in the aside."""
    item = _only(
        _article(
            "The study, led by scientists at Environment and Climate Change Canada, found that multi-year ice"
            " in the Beaufort Sea shrank by 40 per cent."
        )
    )
    assert item.speaker_mention is not None and item.speaker_mention.text == "The study"


@pytest.mark.parametrize("owner", ["The", "His", "Hussain’s"])
def test_a_family_speaks_as_a_company_does(owner: str) -> None:
    """ "family" ends in "-ly" but is no adverb between a subject and its verb."""
    item = _only(_article(f"{owner} family said in a statement that he had struggled with depression all his life."))
    assert item.speaker_mention is not None and item.speaker_mention.text == f"{owner} family"
    assert item.text == "he had struggled with depression all his life"


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        ("Indeed, diplomats say that Russia had brought nothing new to the table.", "diplomats"),
        ("The mood was grim, as polls suggest the public is losing patience with the talks.", "polls"),
        ("Now, many fear the talks will drag on well into the spring.", "many"),
    ],
    ids=["after-adverb", "after-as", "many"],
)
def test_a_plural_or_quantity_without_determiner_is_a_subject(paragraph: str, mention: str) -> None:
    item = _only(_article(paragraph))
    assert item.speaker_mention is not None and item.speaker_mention.text == mention


def test_a_subject_after_but_is_read_past_the_conjunction() -> None:
    item = _only(_article("But 16 percent of European diplomats still say the talks were worth holding."))
    assert item.speaker_mention is not None and item.speaker_mention.text == "16 percent of European diplomats"


def test_a_cue_in_the_progressive_has_its_subject_before_is() -> None:
    item = _only(_article(SHERMAN, "Sherman is declaring that Russia had brought nothing new to the table."))
    assert (item.text, item.speaker, item.cue) == (
        "Russia had brought nothing new to the table",
        "Wendy Sherman",
        "declaring",
    )


@pytest.mark.parametrize(
    ("paragraph", "content", "mention"),
    [
        (
            "Sherman endorsed the plan, but told reporters on Monday that Russia had brought nothing new.",
            "Russia had brought nothing new",
            "Sherman",
        ),
        (
            "The delegation survived five rounds of talks and says the demands are a non-starter.",
            "the demands are a non-starter",
            "The delegation",
        ),
        (
            "The ministries declined to give any details about the talks, saying they cannot discuss the case yet.",
            "they cannot discuss the case yet",
            "The ministries",
        ),
        (
            "Mr. Trump hit back on Twitter, writing that Mr. Ryan should spend more time on the budget.",
            "Mr. Ryan should spend more time on the budget",
            "Mr. Trump",
        ),
    ],
    ids=["but-told", "and-says", "saying", "verb-that-reads-as-a-noun"],
)
def test_a_second_verb_of_the_sentence_has_its_opening_subject(paragraph: str, content: str, mention: str) -> None:
    item = next(r for r in _article(paragraph).reported if r.text == content)
    assert item.speaker_mention is not None and item.speaker_mention.text == mention


def test_the_opening_subject_keeps_its_noun_after_a_capitalised_word() -> None:
    item = _only(_article("Business groups welcomed the plan but said it did not go far enough."))
    assert item.speaker_mention is not None and item.speaker_mention.text == "Business groups"


def test_a_form_seen_on_train_and_never_in_a_cue_is_no_cue_for_its_family() -> None:
    """ "founding" shares its stem with "found" (a finding), but was never a cue on train."""
    assert _article("Apart from the founding article, every sample is original writing about events.").reported == ()


def test_an_aside_after_a_time_is_no_speaker() -> None:
    assert _article("In 2008, in a speech in Vienna, said the talks would resume next month.").reported == ()


def test_content_of_two_sentences_before_the_cue() -> None:
    article = _article(
        SHERMAN, "The talks were hard from the start. No deal is near on any of the points, Sherman said."
    )
    item = _only(article)
    assert item.text == "The talks were hard from the start. No deal is near on any of the points"
    assert item.speaker == "Wendy Sherman"


def test_two_sentences_only_when_the_paragraph_is_those_two() -> None:
    # A third sentence after the cue: the first one is the writer's, not Sherman's.
    article = _article(
        SHERMAN,
        "The talks were hard from the start. No deal is near on any of the points, Sherman said. "
        "The next round opens in Vienna.",
    )
    assert _only(article).text == "No deal is near on any of the points"


def test_two_sentences_only_when_the_cue_is_in_the_second() -> None:
    # The cue's sentence is the paragraph's third: the first is no part of what was said.
    article = _article(
        SHERMAN,
        "In Quebec, the stores closed three days a week. Sherman said the delays would last into the spring. "
        "Only a third of the orders have been delivered, she added.",
    )
    assert [r.text for r in article.reported] == [
        "the delays would last into the spring",
        "Only a third of the orders have been delivered",
    ]


def test_a_subject_after_a_dateline() -> None:
    item = _only(
        _article(
            "SMITHERS, B.C. — Hereditary chiefs of the Wet’suwet’en Nation say they will not sign any agreement"
            " with the company."
        )
    )
    assert item.speaker_mention is not None
    assert item.speaker_mention.text == "Hereditary chiefs of the Wet’suwet’en Nation"
    assert item.text == "they will not sign any agreement with the company"


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        ("Court heard that the truck was travelling at 95 kilometres an hour when it hit the car.", "Court"),
        ("A Toronto jury heard Monday that the truck was travelling at 95 kilometres an hour.", "A Toronto jury"),
        ("The inquest also heard that the nurse had raised concerns about staffing three times.", "The inquest"),
    ],
    ids=["court", "jury-monday", "inquest-also"],
)
def test_what_a_court_heard_is_reported(paragraph: str, mention: str) -> None:
    item = _only(_article(paragraph))
    assert item.speaker_mention is not None and item.speaker_mention.text == mention
    assert item.text.startswith(("the truck was travelling", "the nurse had raised"))


def test_content_then_cue_then_a_participle_that_quotes() -> None:
    """ "…, he said, adding that “…”": the quotation is what "adding" reports; what he said is before."""
    article = _article(
        SHERMAN,
        "The allies had ignored every proposal Moscow made, she said, adding that “the door is still open.”",
    )
    assert [(r.text, r.cue, r.speaker) for r in article.reported] == [
        ("The allies had ignored every proposal Moscow made", "said", "Wendy Sherman")
    ]


def test_a_second_subject_after_an_act_too_short_to_list_is_the_speaker() -> None:
    """ "The union condemned the arrests, and Stewart Phillip warned that …": the warning is Phillip's."""
    item = _only(
        _article(
            "The Union of B.C. Indian Chiefs condemned the arrests, and Grand Chief Stewart Phillip warned that"
            " the conflict could spread to other projects."
        )
    )
    assert (item.speaker, item.cue, item.text) == (
        "Stewart Phillip",
        "warned",
        "the conflict could spread to other projects",
    )


@pytest.mark.parametrize(
    ("paragraph", "content"),
    [
        (
            "Crown attorney Jane Doe told court the accused had sent dozens of threatening messages.",
            "the accused had sent dozens of threatening messages",
        ),
        (
            "The driver told police he had not seen the cyclist until it was too late.",
            "he had not seen the cyclist until it was too late",
        ),
        (
            "She told police officers were slow to respond to the call.",
            "police officers were slow to respond to the call",
        ),
    ],
    ids=["told-court", "told-police", "police-officers-are-the-content"],
)
def test_told_court_or_police_then_what_was_said(paragraph: str, content: str) -> None:
    assert _only(_article(paragraph)).text == content


def test_heard_by_anyone_else_is_no_cue() -> None:
    assert _article("Neighbours heard that the family had moved away in the spring.").reported == ()


def test_speaking_on_condition_of_anonymity_reports_nothing() -> None:
    article = _article(
        SHERMAN,
        "Two officials spoke on condition of anonymity because they were not authorized to discuss the talks.",
    )
    assert article.reported == ()


def test_mixed_quote_keeps_its_quoted_words_in_the_content() -> None:
    article = _article(SHERMAN, "Sherman said the Russian demands were “not even questionable” for the allies.")
    item = _only(article)
    assert item.text == "the Russian demands were “not even questionable” for the allies"
    assert item.speaker == "Wendy Sherman"


def test_pronoun_resolves_to_the_person_named_before() -> None:
    article = _article(SHERMAN, "She said Russia had brought nothing new to the table.")
    item = _only(article)
    assert (item.speaker, item.speaker_mention and item.speaker_mention.text) == ("Wendy Sherman", "She")
    assert item.evidence is not None and item.evidence.how.startswith("pronoun")


def test_pronoun_after_a_quote_is_its_speaker() -> None:
    article = _article(
        SHERMAN,
        "“We have heard nothing new today,” said Grouchko, the Russian deputy minister.",
        "He said the allies had ignored every proposal Moscow made.",
    )
    assert [q.speaker for q in article.quotes] == ["Grouchko"]
    assert _only(article).speaker == "Grouchko"


def test_beliefs_and_findings_are_kind_other() -> None:
    article = _article(
        "Moscow believes the alliance has moved its troops too close to the border.",
        "A new poll shows most voters want the talks to continue.",
    )
    assert [(r.kind, r.speaker) for r in article.reported] == [("other", "Moscow"), ("other", "A new poll")]


def test_a_finding_after_that_is_listed_though_found_alone_is_seldom_one() -> None:
    """ "found" cues a finding only now and then ("found the body", "found himself"), but "found
    that …" nearly always reports one: an audit's or a poll's finding is listed."""
    article = _article(
        "The audit found that cheques had been signed by a single person for three years.",
        "A Léger poll published in April found that 63 per cent of Quebecers supported the ban.",
        "Searchers found the hikers near the summit on Sunday morning.",
        "What the board also found, in a report that got less attention, is that costs were higher.",
    )
    assert [(r.kind, r.speaker_mention and r.speaker_mention.text, r.text) for r in article.reported] == [
        ("other", "The audit", "cheques had been signed by a single person for three years"),
        ("other", "A Léger poll published in April", "63 per cent of Quebecers supported the ban"),
    ]


def test_a_sentence_wholly_quoted_is_a_quote_not_reported_speech() -> None:
    article = _article(SHERMAN, "“Russia has brought nothing new to the table,” Sherman said.")
    assert [q.speaker for q in article.quotes] == ["Wendy Sherman"]
    assert article.reported == ()


@pytest.mark.parametrize(
    "paragraph",
    [
        # "Reported" in a relative clause: the sentence is the writer's, about a story.
        "The story Reuters reported last week drew sharp criticism from the White House.",
        "The deal, first reported by Reuters, was signed on Monday in Geneva.",
        # A question is asked, not reported.
        "Did Sherman say the talks had failed for good this time?",
        "Reports of a deal were premature, and the talks went on into the night.",
        # A cue word after a possessive is a noun: "Editor’s note:" names no one who noted anything.
        "Editor’s note: The senator was away from Washington for most of the week of the vote.",
        "Reporters checked the mayor's claims against the budget figures for the last three years.",
        # The words before "X said," and a quotation lead in to the quotation, which is what was said.
        "Holding up a copy of the treaty in both hands, Sherman said, “Russia has brought nothing new.”",
    ],
    ids=["relative-clause", "passive", "question", "noun", "editors-note", "owners-claims", "lead-in-to-quote"],
)
def test_not_reported_speech(paragraph: str) -> None:
    assert _article(SHERMAN, paragraph).reported == ()


def test_offsets_cut_the_content_and_the_mention_from_the_text() -> None:
    article = _article(SHERMAN, "Russia had brought nothing new to the table, Sherman said.")
    item = _only(article)
    assert article.text[item.start : item.end] == item.text
    assert item.speaker_mention is not None
    assert article.text[item.speaker_mention.start : item.speaker_mention.end] == "Sherman"
    assert item.cue_span is not None and article.text[item.cue_span.start : item.cue_span.end] == "said"
    assert item.paragraph == 1


def test_confidence_and_evidence_like_a_quote() -> None:
    item = _only(_article(SHERMAN, "Sherman said Russia had brought nothing new to the table."))
    assert item.confidence is not None and 0 < item.confidence <= 1
    assert item.evidence is not None
    assert (item.evidence.rule, item.evidence.how) == ("cue-before", "name-in-full")
    assert item.evidence.named is not None  # where "Wendy Sherman" is written in full


def test_reported_items_are_picklable_and_the_parse_is_the_same_every_time() -> None:
    text = "T\n\n" + SHERMAN + " She said Russia had brought nothing new to the table.\n"
    article = parse(text)
    assert pickle.loads(pickle.dumps(article)).reported == article.reported == parse(text).reported


# ---------------------------------------------------------------- the founding article


@pytest.fixture(scope="module")
def founding(founding_path: Path) -> Article:
    return parse_path(founding_path)


def test_founding_article_keeps_its_four_quotes(founding: Article) -> None:
    assert [(q.speaker, q.cue) for q in founding.quotes] == [
        ("Jens Stoltenberg", "explained"),
        ("Alexander Grouchko", "added"),
        ("Wendy Sherman", "declared"),
        ("Wendy Sherman", "insisted"),
    ]


def test_founding_article_reported_speech_and_its_speakers(founding: Article) -> None:
    said = {(r.speaker, r.cue): r for r in founding.reported}
    # "The Moscow delegation arrived with demands, according to Alliance secretary general Jens Stoltenberg."
    stoltenberg = said[("Jens Stoltenberg", "according to")]
    assert stoltenberg.text == "The Moscow delegation arrived with demands"
    assert stoltenberg.kind == "speech"
    # "Moscow especially wants …, reports our correspondent in Brussels, Pierre Benazet."
    benazet = said[("Pierre Benazet", "reports")]
    assert benazet.text.startswith("Moscow especially wants the enlargement does not apply to Ukraine")
    # "Likewise, NATO has rejected the Russian request …": NATO, not the adverb before the comma.
    assert said[("NATO", "rejected")].kind == "other"
    # "Thirty member countries are enough, the Kremlin seems to say."
    assert said[("the Kremlin", "say")].text == "Thirty member countries are enough"
    # Nothing said in the four quotes comes again as reported speech.
    for item in founding.reported:
        assert not any(q.start <= item.start < q.end for q in founding.quotes), item.text


# ---------------------------------------------------------------- JSON and export


def test_json_record_lists_reported_speech_beside_quotes(founding: Article) -> None:
    data = json.loads(record_text(founding))
    keys = list(data)
    assert keys.index("reported") == keys.index("quotes") + 1
    first = data["reported"][0]
    assert {
        "text",
        "start",
        "end",
        "speaker",
        "speaker_mention",
        "role",
        "cue",
        "kind",
        "confidence",
        "evidence",
    } <= set(first)
    assert (first["speaker"], first["cue"], first["kind"]) == ("Jens Stoltenberg", "according to", "speech")
    assert first["evidence"]["rule"] == "according-after"


def test_export_writes_reported_speech_as_attributed_paraphrase(founding: Article) -> None:
    markdown = render_markdown(founding, Selection.from_names(founding, speakers=["Stoltenberg"]))
    assert "## Reported speech\n\n" in markdown
    line = "Jens Stoltenberg, Alliance secretary general (according to): The Moscow delegation arrived with demands"
    assert line in markdown.splitlines()
    # Never a blockquote that a reader could take for his words: only his quote is one.
    assert [ln for ln in markdown.splitlines() if ln.startswith("> “")] == [
        "> “The discussion was not easy. Discussions were direct on the situation in Ukraine and major differences "
        "were noted on security in Europe.”\\"
    ]


@pytest.mark.parametrize(
    ("option", "quotes", "reported"),
    [([], True, True), (["--direct-only"], True, False), (["--reported"], False, True)],
    ids=["both", "direct-only", "reported"],
)
def test_cli_export_quotes_kinds(
    founding_path: Path, capsys: pytest.CaptureFixture[str], option: list[str], quotes: bool, reported: bool
) -> None:
    assert main(["export", str(founding_path), "--quotes", *option]) == 0
    out = capsys.readouterr().out
    assert ("## Quotes" in out, "## Reported speech" in out) == (quotes, reported)
    assert ("\n> — " in out) == quotes


def test_cli_export_reported_alone_takes_all_reported_speech(
    founding_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(founding_path), "--reported"]) == 0
    out = capsys.readouterr().out
    assert "## Reported speech" in out and "## Quotes" not in out and "## No agreement" not in out


def test_cli_export_reported_and_direct_only_do_not_mix(
    founding_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(founding_path), "--reported", "--direct-only"]) == 2
    assert "not allowed with" in capsys.readouterr().err


def test_cli_parse_lists_reported_speech_after_the_quotes(
    founding_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(founding_path)]) == 0
    out = capsys.readouterr().out
    assert out.index("\nQuotes\n") < out.index("\nReported speech\n") < out.index("\nRelated\n")
    assert "Pierre Benazet (reports): Moscow especially wants" in out


def test_a_title_alone_with_a_cue_parses() -> None:
    # Found by the property tests: reported speech in a title, and no paragraph to start the people table at.
    article = parse("0 Added+ 0 0 0")
    assert article.paragraphs == () and all(r.paragraph is None for r in article.reported)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The ministry will publish every decision within 48 hours, a promise that previous governments made and did "
        "not keep.",
        "The council cut the budget again, the warning that the mayor gave last spring and never repeated.",
    ],
    ids=["a-promise", "the-warning"],
)
def test_a_cue_word_after_a_determiner_is_a_noun_with_no_speaker(paragraph: str) -> None:
    # "a promise that …" names no one who promised: no reported speech with the speaker "a".
    article = _article(paragraph)
    assert not [r for r in article.reported if (r.speaker or "").lower() in ("a", "the")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Trump never cited a source for his claim in November that the city would take in 250,000 refugees.",
        "For example, Trump's recent evidence-free assertion that thousands had celebrated spread on social media.",
        "While Sanders's clarion call for a revolution draws thousands, the party leaders are less sure of it.",
        "Trump opened the debate with an unprompted call for the party to embrace his candidacy at once.",
        "Christie bristled at the suggestion that he had advised the campaign to attack the judge.",
    ],
    ids=["his-claim", "owners-modified-assertion", "owners-modified-call", "an-unprompted-call", "the-suggestion"],
)
def test_a_cue_word_after_its_owner_is_a_noun_and_the_words_before_no_speaker(paragraph: str) -> None:
    # The speaker was the whole clause before the noun: "Trump never cited a source for his".
    article = _article(paragraph)
    assert not [r for r in article.reported if r.speaker and len(r.speaker.split()) > 2]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The exchange connects media groups and third party demand and supply providers across the region.",
        "Sondland was questioned about his evolving accounts of the dealings with Ukraine and a newly revealed "
        "summertime phone call with President Donald Trump.",
        "The study was written by the Centre for Policy Research, a London-based think tank, and it concluded "
        "that the tariffs cost households dearly.",
        "Benchmark 10-year notes rose 7/32 in price to yield 1.786%, down from 1.808% late on Monday.",
    ],
    ids=["no-determiner", "a-singular-noun", "hyphenated-place-adjective", "number-adjective"],
)
def test_a_cue_word_that_is_a_noun_after_a_noun_reports_nothing(paragraph: str) -> None:
    # A singular subject never takes the bare verb ("third party demand", "a … phone call"), and a
    # phrase ending in an adjective ("a London-based", "Benchmark 10-year") names no one.
    assert _article(paragraph).reported == ()


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Police say the driver of the van had fled the scene before officers arrived.", "Police"),
        ("Nearly a third of the voters say the economy matters more to them than anything else.", "a third"),
        ("A mere 9 percent say the trade deal will create jobs in their own state.", "9 percent"),
        ("One in five say the new law has not improved their lives in any way at all.", "One"),
        ("People close to the mayor say she will not run for a third term next year.", "People"),
    ],
    ids=["irregular-plural", "fraction", "percent", "one-in-five", "head-before-its-modifier"],
)
def test_a_plural_subject_with_the_bare_verb_still_reports(paragraph: str, speaker: str) -> None:
    (item,) = _article(paragraph).reported
    assert speaker in (item.speaker_mention.text if item.speaker_mention else "")


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Justice Clarence Thomas broke a decade-long silence by asking whether the law went too far.",
            "Clarence Thomas",
        ),
        ("Sherman responded by saying that Russia had brought nothing new to the table.", "Wendy Sherman"),
        (
            "The meeting came a week after Paul Ryan, who surprised Trump by declaring he could not yet support "
            "his candidacy, stayed away.",
            "Paul Ryan",
        ),
        ("Sherman released a statement on Monday saying that Russia had brought nothing new.", "Wendy Sherman"),
        (
            "The State Department sent a letter this week urging Congress to pass the sanctions bill.",
            "State Department",
        ),
    ],
    ids=["broke-silence-by-asking", "responded-by-saying", "who-by-declaring", "statement-saying", "letter-calling"],
)
def test_a_participle_after_by_or_a_statement_is_said_by_the_subject_of_its_verb(paragraph: str, speaker: str) -> None:
    # The speaker was the words before "by": "Justice Clarence Thomas broke a decade-long silence by",
    # or before the participle: "Trump released a new radio ad".
    item = _only(_article(SHERMAN, paragraph))
    assert item.speaker is not None and item.speaker.endswith(speaker)


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        ("It is too soon to say whether the new rules will bring the prices down this winter.", []),
        ("Sherman quickly pivoted to talking about the sanctions and how they would be enforced.", []),
        ("House Speaker Paul Ryan on Thursday declared that he could not support the bill yet.", ["Ryan"]),
        ("In rejecting a similar challenge to the law, the judges were far more tentative.", []),
        ("The Republican leaders who rebuked Trump by publicly expressing sympathy for the family met.", ["leaders"]),
    ],
    ids=["too-soon-to-say", "pivoted-to-talking", "name-opens-the-sentence", "in-rejecting", "leaders-who"],
)
def test_a_clause_ending_in_a_function_word_is_no_speaker(paragraph: str, speakers: list[str]) -> None:
    # (``speakers``: the last word of each speaker)
    # The speakers were "It is too soon to", "Sherman quickly pivoted to", "House Speaker Paul Ryan on",
    # "In", "The Republican leaders who".
    assert [(r.speaker or "").split()[-1] for r in _article(paragraph).reported] == speakers


@pytest.mark.parametrize(
    "paragraph",
    [
        "For many who lived through the Cold War, referring to oneself as a socialist draws deep suspicion.",
        "Understood. All I'm asking is that we be careful not to lose too many core values on the way.",
    ],
    ids=["for-many-who", "all-im-asking"],
)
def test_a_phrase_before_the_subject_names_nobody(paragraph: str) -> None:
    # The speakers were "For many who" and "I'm" with the role "All".
    assert [(r.speaker, r.role) for r in _article(paragraph).reported] == []


def test_a_body_named_with_a_possessive_speaks_without_it() -> None:
    article = _article(
        "“We have been cooperating with the Department of Justice's inquiry,” a spokesman said.",
        "But officials at the department said investigators were trying to determine whether a crime was committed.",
    )
    assert [r.speaker for r in article.reported] == ["the Department of Justice"]


@pytest.mark.parametrize(
    ("paragraph", "cue", "content"),
    [
        ("She contends that the talks would go on next week.", "contends", "the talks would go on next week"),
        ("Sherman maintained on Monday that the talks would go on.", "maintained", "the talks would go on"),
        (
            "Sherman acknowledged for the first time Friday that the talks had failed.",
            "acknowledged",
            "the talks had failed",
        ),
    ],
    ids=["contends-that", "maintained-on-monday-that", "for-the-first-time"],
)
def test_a_verb_of_reporting_too_rare_to_learn_cues_what_follows_that(paragraph: str, cue: str, content: str) -> None:
    item = _only(_article(SHERMAN, paragraph))
    assert (item.speaker, item.cue, item.text) == ("Wendy Sherman", cue, content)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Voting moves on to the states that hold their primaries in March, and the two campaigns know it.",
        "The Huffington Post series that follows the candidates for a day returned on Monday night.",
        "The factory will maintain that level of output for years.",
    ],
    ids=["states-that", "post-series-that", "maintain-that-level"],
)
def test_a_noun_or_a_that_of_another_kind_is_no_such_cue(paragraph: str) -> None:
    assert [r.cue for r in _article(paragraph).reported if r.cue in ("states", "post", "maintain")] == []


def test_a_sentence_adverb_after_the_subject_is_no_part_of_it() -> None:
    item = _only(_article(SHERMAN, "Sherman however said she would welcome a new round of talks in the spring."))
    assert item.speaker == "Wendy Sherman"


def test_an_owner_and_its_noun_before_a_verb_still_speak() -> None:
    # "Cameron’s spokesman said": "said" is no noun; "the government's team insist": British copy's plural
    # verb; "the president hopes": a verb with the form of a noun, after a definite article's noun.
    item = _only(_article("Cameron’s spokesman said the prime minister stood by his original comments."))
    assert item.speaker_mention is not None and item.speaker_mention.text == "Cameron’s spokesman"
    item = _only(_article("The government's team insist that the deal will be signed before the summer."))
    assert item.text == "the deal will be signed before the summer"
    item = _only(_article("Once the treaty reaches the Senate, the president hopes the opposition will fade."))
    assert item.text == "the opposition will fade"


@pytest.mark.parametrize(
    ("paragraph", "subject"),
    [
        (
            "A redacted copy of the inspector general’s memo seen by Reuters said investigators could not trace "
            "the files.",
            "A redacted copy of the inspector general’s memo seen by Reuters",
        ),
        (
            "Large majorities of Republican voters in six states going to the polls in March said they support "
            "the proposal.",
            "Large majorities of Republican voters in six states going to the polls in March",
        ),
    ],
    ids=["document", "group"],
)
def test_a_long_subject_before_a_plain_verb_of_saying_is_its_speaker(paragraph: str, subject: str) -> None:
    item = _only(_article(paragraph))
    assert item.speaker_mention is not None and item.speaker_mention.text == subject
    assert item.text == paragraph.split(" said ", 1)[1].rstrip(".")
    assert item.cue == "said"


@pytest.mark.parametrize(
    ("paragraph", "content", "cue"),
    [
        (
            "Trump called for a special prosecutor to investigate the foundation.",
            "a special prosecutor to investigate the foundation",
            "called for",
        ),
        (
            "Clinton is calling for the United States to step up its efforts against the militants.",
            "the United States to step up its efforts against the militants",
            "calling for",
        ),
        ("Clinton called on Sanders and Trump to do the same.", "Sanders and Trump to do the same", "called on"),
    ],
    ids=["called-for", "is-calling-for", "called-on"],
)
def test_what_someone_called_for_follows_the_particle(paragraph: str, content: str, cue: str) -> None:
    item = _only(_article(paragraph))
    assert (item.text, item.cue) == (content, cue)
    assert item.speaker_mention is not None and item.speaker_mention.text == paragraph.split()[0]


def test_what_a_relative_clause_reports_follows_its_verb() -> None:
    # "…, which he said Mexico should pay for": the relative pronoun stands before the subject.
    article = _article(
        "Trump promised a wall along the border, which he said the Mexican government would pay for in full."
    )
    item = next(r for r in article.reported if r.cue == "said")
    assert item.text == "the Mexican government would pay for in full"
    assert item.speaker_mention is not None and item.speaker_mention.text == "he"


def test_but_that_goes_on_with_what_was_said() -> None:
    # "…, but that …" is a second thing the same verb reports, not a clause of its own.
    item = _only(_article("Sherman said the talks had been useful, but that no agreement was in sight."))
    assert item.text == "the talks had been useful, but that no agreement was in sight"


def test_a_few_words_before_according_to_lead_in_to_what_follows() -> None:
    item = _only(
        _article("Over the long term, according to the budget office, the deficit will grow faster than the economy.")
    )
    assert (item.text, item.rule) == ("the deficit will grow faster than the economy", "according-before")


def test_cue_words_are_found_as_whole_words_in_either_case() -> None:
    from tuiread.parser.quotes.reported import cue_word_matches

    text = "Unsaid things. Said’s book, re-said, SAID. He said: Asked again, she told them (said-so)."
    found = [(m.group(0), m.start()) for m in cue_word_matches(text, 0, len(text))]
    assert found == [("said", text.index("said:")), ("Asked", text.index("Asked")), ("told", text.index("told"))]
    # A paragraph's end is a word's end; its start is not, when a letter stands before it.
    assert [m.group(0) for m in cue_word_matches("xsaid said", 1, 5)] == []
    assert [m.group(0) for m in cue_word_matches("x saidx", 2, 6)] == ["said"]
    # Letters outside ASCII are letters of a word beside a cue word; other characters are not.
    text = "Résaid naïve·said 😀told “asked”"
    found = [m.group(0) for m in cue_word_matches(text, 0, len(text))]
    assert found == ["said", "told", "asked"]


def test_the_cue_words_the_parser_reads_are_those_its_counts_give() -> None:
    # The parser reads the judged words, not the counts (judging them cost every cold start tens of
    # milliseconds); a change to the thresholds or the judging must be written out by relearning.
    import json
    from importlib import resources

    from tuiread.parser.quotes import reported

    raw = resources.files(reported.__package__).joinpath("reported_counts.json").read_text(encoding="utf-8")
    judged = reported.learned_cue_words(json.loads(raw)["counts"])
    assert reported.cue_words() == judged
    assert {"said", "told", "according", "believes"} <= set(judged)


def test_a_participle_after_a_whole_clause_reports_for_its_subject() -> None:
    # "Other ministers echoed her, saying …": the clause before the comma has its verb, so what
    # follows the participle is what was said (not a participle before a main clause).
    item = _only(_article("Several ministers backed the plan, saying the talks had been useful for everyone."))
    assert (item.text, item.rule, item.speaker_mention and item.speaker_mention.text) == (
        "the talks had been useful for everyone",
        "participle",
        "Several ministers",
    )


def test_a_quotation_in_the_subjects_aside_leaves_the_content_after_the_cue() -> None:
    article = _article(
        "Marta Alvarez, the council's budget chief, spoke on Monday.",
        "Alvarez, quoting “an old saying from her village,” said the council would vote on the budget next week.",
    )
    item = _only(article)
    assert (item.text, item.speaker, item.rule) == (
        "the council would vote on the budget next week",
        "Marta Alvarez",
        "cue-before",
    )
    assert len(article.quotes) == 1  # the quotation stays a direct quote of its own


@pytest.mark.parametrize(
    ("paragraph", "rule", "mention"),
    [
        (
            "The talks will go on well into the spring, Western diplomats say; in May, the ministers meet again.",
            "cue-after",
            "Western diplomats",
        ),
        (
            "The talks will go on well into the spring, said several diplomats in Geneva.",
            "cue-inverted",
            "several diplomats",
        ),
    ],
    ids=["semicolon-after-the-cue", "a-group-after-the-verb"],
)
def test_content_then_a_group_of_speakers(paragraph: str, rule: str, mention: str) -> None:
    item = _only(_article(paragraph))
    assert (item.text, item.rule) == ("The talks will go on well into the spring", rule)
    assert item.speaker_mention is not None and item.speaker_mention.text == mention


def test_a_few_quoted_words_opening_the_content_make_a_mixed_quote() -> None:
    text = "Sherman said that “nothing new” had been brought to the table by the Russian side."
    item = _only(_article(SHERMAN, text))
    assert (item.text, item.speaker) == (
        "“nothing new” had been brought to the table by the Russian side",
        "Wendy Sherman",
    )


def test_a_quoted_sentence_opening_the_content_stays_a_direct_quote() -> None:
    article = _article(
        SHERMAN, "Sherman said that “we brought nothing new to the table,” and Moscow agreed with her on that."
    )
    assert not article.reported


def test_content_around_the_cue_and_its_speaker_in_either_order() -> None:
    # The words said stand on both sides of the cue and its speaker, whichever comes first; after
    # "according to", a verb after the source (or after its apposition) goes on with what was said.
    article = _article(
        "The talks, Sherman said, would go on well into the spring.",
        "The ministers, said Sherman, would meet again in Vienna in May.",
        "The hardest part, according to Sherman, was the question of sanctions.",
        "The next round, according to Jens Stoltenberg, the NATO chief, would be held in Vienna.",
    )
    assert [(r.text, r.speaker_mention and r.speaker_mention.text, r.rule) for r in article.reported] == [
        ("The talks, Sherman said, would go on well into the spring", "Sherman", "cue-inside"),
        ("The ministers, said Sherman, would meet again in Vienna in May", "Sherman", "cue-inside"),
        ("The hardest part, according to Sherman, was the question of sanctions", "Sherman", "cue-inside"),
        (
            "The next round, according to Jens Stoltenberg, the NATO chief, would be held in Vienna",
            "Jens Stoltenberg",
            "cue-inside",
        ),
    ]


def test_content_before_its_cue_opening_with_a_quotation_stays_the_quotes_stages() -> None:
    # Only what follows a cue may open with a few quoted words; before it, the quotation and its cue
    # are a direct quote's ("“…” in the talks, declared Sherman").
    article = _article(
        SHERMAN, "“I heard nothing new” in the positions of the Russian side, declared Sherman on Monday."
    )
    assert not article.reported


def test_once_opening_a_clause_is_no_part_of_its_subject() -> None:
    """ "And once the man mentioned that …": "once" makes the clause subordinate; never the speaker "once the man"."""
    article = parse(
        "Feather lung\n\nDoctors ran many tests on the patient over two months. And once the man mentioned that he "
        "and his wife had recently switched to feather bedding, the cause became clear.\n"
    )
    assert not any((item.speaker or "").lower().startswith("once") for item in article.reported)


def test_a_party_and_state_after_a_name_is_not_the_speaker() -> None:
    """ "Sen. Ted Cruz, R-Texas, said …": the senator speaks, not "R-Texas"."""
    article = parse("Epstein\n\nSen. Ted Cruz, R-Texas, said the death is a symptom of a broken prison system.\n")
    assert [item.speaker for item in article.reported] == ["Ted Cruz"]


def test_a_bodys_name_across_for_and_and_is_the_whole_speaker() -> None:
    """ "The Chinese Center for Disease Control and Prevention said …": not "Prevention"."""
    article = parse(
        "Plague\n\nThe Chinese Center for Disease Control and Prevention said it had checked the patients.\n"
    )
    assert [item.speaker for item in article.reported] == ["The Chinese Center for Disease Control and Prevention"]


def test_a_source_asking_not_to_be_named_reports_nothing_by_asking() -> None:
    article = _article(
        "One parent, who asked not to be named because her son still plays in the league, said outside court "
        "that the apology came too late."
    )
    assert [(r.text, r.cue) for r in article.reported] == [("the apology came too late", "said")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Dr. Leisha Hawker, president of Doctors Nova Scotia, said the problem is decades in the making.",
            "Leisha Hawker",
        ),
        (
            "Dean Ruiz, a 55-year-old salesman from Sumter, South Carolina, says the senator will leave with momentum.",
            "Dean Ruiz",
        ),
        ("Cora James, 22, of Flint, Mich., said she had not given up hope on the campaign.", "Cora James"),
        # A description before the name: the name is the subject.
        ("A Twitter spokesman, Chris Abboud, said there had been a million posts on the attack.", "Chris Abboud"),
    ],
    ids=["title-of-body", "place-in-the-aside", "age-and-town", "description-then-name"],
)
def test_a_name_then_asides_then_the_verb_is_said_by_the_name(paragraph: str, speaker: str) -> None:
    # The asides' last capitalised words ("Nova Scotia", "South Carolina", "Mich.") were taken for the subject.
    assert _only(_article(paragraph)).speaker == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Oilers called him up from Bakersfield on Monday after two injuries on the top line.",
        "Chicago-based AbbVie and Dublin-based Shire called off a $54 billion merger after the new rules.",
    ],
)
def test_called_up_and_called_off_report_nothing(paragraph: str) -> None:
    assert _article(paragraph).reported == ()


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Dow lost 1.85 points and the Nasdaq Composite added 20.72 points, or 0.24%, to 8,570.66 on Tuesday.",
        "Trade between the two nations declined 40 percent in the first six months of this year.",
        "Fees from advising clients declined to $281 million in 2018 from $303 million two years earlier.",
        "Enrolment at the college declined by 12 per cent after the province cut its grants to students.",
    ],
)
def test_added_or_declined_before_an_amount_is_a_change_not_a_saying(paragraph: str) -> None:
    assert _article(paragraph).reported == ()


def test_a_two_word_preposition_opening_the_sentence_is_no_part_of_the_speaker() -> None:
    # "Prior to launch Google" was the speaker.
    article = _article("Prior to launch Google promised players would be able to play games at 4K on any screen.")
    assert [r.speaker for r in article.reported if r.speaker and r.speaker.startswith("Prior")] == []


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "David Simas, director of the White House's Office of Political Strategy and Outreach, said in an "
            "interview that the president would campaign in every swing state.",
            "David Simas",
        ),
        (
            "Cmdr. Sean Robertson, a spokesperson for Inherent Resolve, the U.S. military operation against "
            "Islamic State in Iraq and Syria, told reporters on Nov. 9 that the claim is patently false.",
            "Sean Robertson",
        ),
    ],
    ids=["body-at-the-end", "place-at-the-end"],
)
def test_one_word_at_an_asides_end_is_not_the_subject_of_the_name_before(paragraph: str, speaker: str) -> None:
    assert _only(_article(paragraph)).speaker == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        "Staff Sgt. Paul Greer, who led the initial investigation, says the file remains open.",
        "Christopher Harvey, a delegate from Houston, said the turmoil at this convention was overblown.",
    ],
)
def test_a_subject_set_off_by_commas_is_no_content_of_an_inverted_cue(paragraph: str) -> None:
    # "CONTENT, says X." reads X after the verb; "the file remains open" is what was said, no one.
    item = _only(_article(paragraph))
    assert item.speaker in ("Paul Greer", "Christopher Harvey")
    assert item.text.startswith(("the file", "the turmoil"))


@pytest.mark.parametrize(
    ("paragraph", "content", "speaker"),
    [
        (
            "By a slim margin in the primaries held across the South this spring and in the summer before it, "
            "Republican primary voters said the party had lost its way.",
            "the party had lost its way",
            "Republican primary voters",
        ),
        (
            "After months of hearings in three provinces and a report that ran to four hundred pages, most rural "
            "councillors say the plan will fail next year.",
            "the plan will fail next year",
            "most rural councillors",
        ),
    ],
)
def test_a_group_speaking_after_a_long_opening_is_the_subject(paragraph: str, content: str, speaker: str) -> None:
    # The group is read at the end of a long sentence (its search starts in the last words).
    item = _only(_article(paragraph))
    assert (item.text, item.speaker_mention and item.speaker_mention.text) == (content, speaker)


@pytest.mark.parametrize(
    ("region", "subject"),
    [
        (
            "By a slim margin in the primaries held across the South this spring and in the summer before it, "
            "Republican primary voters ",
            "Republican primary voters",
        ),
        (
            "In the end, after a long night of counting in the capital and the provinces, but 16 percent of voters ",
            "16 percent of voters",
        ),
        ("the many thousands of people who came to the rally in the park on the hottest day of the year ", None),
        ("Most ", "Most"),
    ],
)
def test_a_plain_subject_ends_its_region(region: str, subject: str | None) -> None:
    from tuiread.parser.quotes import reported

    found = reported._plain_subject(region)
    assert (found[0].mention if found else None) == subject
    assert found is None or region[found[1] :].rstrip() == subject


def test_a_headlines_speaker_is_no_one_a_pronoun_in_the_body_stands_for() -> None:
    article = parse(
        "Former Mountie says harassment settlement came too late for her\n\n"
        "KAMLOOPS, B.C. — Sharon Ellis-Chu spent 22 years in the RCMP. For most of them, she says, she was "
        "harassed by the men she worked with.\n"
    )
    inside = [r for r in article.reported if r.text.startswith("For most of them")]
    assert [r.speaker for r in inside] == ["Sharon Ellis-Chu"]


def test_a_cue_word_after_an_article_is_an_adjective() -> None:
    item = _only(
        _article(
            "One of the alleged victims, 86-year-old Walter Brandt, told CBC News in 2018 that he had trusted "
            "the manager for decades."
        )
    )
    assert (item.text, item.speaker) == ("he had trusted the manager for decades", "Walter Brandt")


def test_a_professor_emerita_is_the_professor_named_before() -> None:
    article = _article(
        "Dr. Donna Mergler, a Montreal scientist who has studied the community for decades, said the health "
        "effects are well documented. The professor emerita told reporters the province has known about the "
        "problem since the 1970s."
    )
    told = [r for r in article.reported if r.text.startswith("the province has known")]
    assert [r.speaker for r in told] == ["Donna Mergler"]


@pytest.mark.parametrize(
    ("paragraph", "texts"),
    [
        # The whole sentence before the verb is one quotation: the quotes stage's, and no subject is sought in it.
        (
            "“We will never accept a deal that leaves the pensioners behind,” said Dr. Harold Varmus, a laureate.",
            [],
        ),
        # A quotation inside the subject's aside: what follows the cue is still reported.
        (
            "Manafort, citing “the magic of Trump,” said the party would unite behind its nominee by the summer.",
            ["the party would unite behind its nominee by the summer"],
        ),
        # Nothing after the cue but a quotation, or too few words before it: no cue-after item either way.
        ("Holding open a book, Beck said: “This is what they want you to forget.”", []),
        ("Not yet, Beck said.", []),
    ],
)
def test_what_a_quotation_around_a_cue_leaves_to_reported_speech(paragraph: str, texts: list[str]) -> None:
    assert [r.text for r in _article(paragraph).reported] == texts


def test_a_range_wholly_inside_one_quotation() -> None:
    from tuiread.parser.quotes.reported import _Quoted

    quotes = _Quoted([(10, 40), (50, 60)])
    assert quotes.covers_all(10, 40) and quotes.covers_all(20, 30)
    assert not quotes.covers_all(5, 20)  # starts before the quotation
    assert not quotes.covers_all(30, 45)  # runs past its end
    assert not quotes.covers_all(20, 20)  # an empty range is no quotation's
    assert all(quotes.covers(k) for k in range(10, 40))
