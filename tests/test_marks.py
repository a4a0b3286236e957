"""Quotation-mark repair: every quotation ends in one matched pair of curly marks.

Tested through `parse`, as a reader meets it: the text of each paragraph, and the
repair log (`article.repairs`, `article.fixes`) that says what was changed where.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tuiread.model import Article
from tuiread.parser import parse

TITLE = "Minister promises bridge by spring"


def _paragraphs(*paragraphs: str) -> list[str]:
    return [p.text for p in _article(*paragraphs).paragraphs]


def _article(*paragraphs: str) -> Article:
    return parse("\n\n".join([TITLE, *paragraphs]))


def _one(paragraph: str) -> str:
    (text,) = _paragraphs(paragraph)
    return text


def _paired(text: str) -> bool:
    marks = re.findall(r"[“”]", text)
    return marks == ["“", "”"] * (len(marks) // 2)


@pytest.mark.parametrize(
    "raw",
    [
        '"We will build it," she said. "It is time."',  # straight
        "''We will build it,'' she said. ''It is time.''",  # New York Times
        "``We will build it,'' she said. ``It is time.''",  # LaTeX
        "« We will build it », she said. « It is time. »",  # guillemets, French spacing
        "«We will build it», she said. «It is time.»",
        "„We will build it“, she said. „It is time.“",  # German
        "”We will build it“, she said. ”It is time.“",  # every mark the wrong way round
        "“We will build it,“ she said. ”It is time.”",  # some the wrong way round
    ],
)
def test_every_style_becomes_one_curly_pair_per_quotation(raw: str) -> None:
    text = _one(raw)
    assert re.findall(r"\w+|[,.]", text) == re.findall(r"\w+|[,.]", raw)  # the words are untouched
    assert text.count("“") == 2 and text.count("”") == 2
    assert _paired(text)
    assert "“We will build it" in text and "“It is time.”" in text
    assert not re.search(r"[\"«»„`]|''", text)


def test_straight_quotes_curled_and_counted() -> None:
    article = _article('"We will build it," she said.')
    assert article.paragraphs[0].text == "“We will build it,” she said."
    assert article.fixes.count("quote-straight") == 2


def test_guillemet_spacing_removed() -> None:
    assert _one("« Nous construirons », a-t-elle dit.") == "“Nous construirons”, a-t-elle dit."


def test_missing_opener_after_said_colon() -> None:
    text = _one("The minister said: We will build it, and we will build it soon.” The crowd cheered.")
    assert text == "The minister said: “We will build it, and we will build it soon.” The crowd cheered."


def test_missing_closer_before_a_capitalised_cue_verb() -> None:
    article = _article("“We will build it and we will build it soon Added the minister in a statement.")
    text = article.paragraphs[0].text
    assert text == "“We will build it and we will build it soon” added the minister in a statement."
    assert article.fixes.count("quote-inserted") == 1
    assert article.fixes.count("cue-case") == 1


def test_estimated_is_a_cue_verb_in_translated_copy() -> None:
    # French "estimer" comes out as "Estimated": a reporting verb, capitalised after the quote.
    text = _one("« Each announcement costs more and says less », Estimated Marie Dufresne, a spokesperson.")
    assert text == "“Each announcement costs more and says less”, estimated Marie Dufresne, a spokesperson."


def test_mark_floating_before_a_comma_and_cue() -> None:
    text = _one("We will not wait for the rails “, Insisted the minister on Friday.")
    assert text.startswith("“We will not wait for the rails”")
    assert "insisted the minister" in text
    assert _paired(text)


def test_quote_running_over_paragraphs_keeps_it_open_until_the_last() -> None:
    paragraphs = _paragraphs(
        "“We will build the bridge this year and the depot next year.",
        "“Nobody should doubt that,” she said.",
    )
    assert paragraphs == [
        "“We will build the bridge this year and the depot next year.",
        "“Nobody should doubt that,” she said.",
    ]


def test_new_york_times_quote_over_paragraphs() -> None:
    paragraphs = _paragraphs(
        "''I'm not against Sundays,'' Mr. Pavlik said. ''I'm against pretending we solved something tonight.",
        "''We moved it twelve months down the road.''",
    )
    assert paragraphs == [
        "“I'm not against Sundays,” Mr. Pavlik said. “I'm against pretending we solved something tonight.",
        "“We moved it twelve months down the road.”",
    ]


def test_paragraph_left_open_without_a_continuation_gets_closed() -> None:
    # The next paragraph does not open with a mark: the quotation cannot run on into it.
    paragraphs = _paragraphs("She said: “We will build it this year.", "The council meets again in May.")
    assert _paired(paragraphs[0])
    assert paragraphs[1] == "The council meets again in May."


@pytest.mark.parametrize(
    "raw",
    [
        "“He told me, ‘Go home,’ and I did,” she said.",
        "\"He told me, 'Go home,' and I did,\" she said.",
        "''He told me, 'Go home,' and I did,'' she said.",
    ],
)
def test_nested_quote_gets_single_marks(raw: str) -> None:
    assert _one(raw) == "“He told me, ‘Go home,’ and I did,” she said."


def test_apostrophes_inside_words_stay_as_a_nested_quote_is_paired_around_them() -> None:
    # (A mark between two letters or digits is passed over without being read: an apostrophe.)
    text = _one("\"He told me, 'Don't go, it's O'Brien's_3's call,' and I didn't,\" she said.")
    assert text == "“He told me, ‘Don't go, it's O'Brien's_3's call,’ and I didn't,” she said."


def test_nested_double_marks_of_another_style() -> None:
    text = _one('"The sign said “Equal Justice Under Law” and we believed it," he said.')
    assert text == "“The sign said ‘Equal Justice Under Law’ and we believed it,” he said."


@pytest.mark.parametrize(
    "text",
    [
        "The voters’ choice in the ’90s was rock ’n’ roll, said O’Brien.",
        "Voters' choice in the '90s was rock 'n' roll, said O'Brien, who sang 'em all.",
        "It’s the council’s plan, and the Joneses’ too.",
    ],
)
def test_apostrophes_are_left_alone(text: str) -> None:
    article = _article(text)
    assert article.paragraphs[0].text == text
    assert not article.repairs


def test_inch_mark_after_a_digit_is_a_prime() -> None:
    assert _one('The 6" pipe burst near the “new” bridge.') == "The 6″ pipe burst near the “new” bridge."


def test_title_quotes_are_repaired_too() -> None:
    article = parse('Minister says bridge "will be built"\n\nThe minister spoke on Tuesday.')
    assert article.title == "Minister says bridge “will be built”"


# ---- the repair log ---------------------------------------------------------------------------


def test_repairs_point_at_the_repaired_characters() -> None:
    article = _article(
        "The council met on Tuesday.",
        '"We will build it," she said. ”It is time.“',
        "For several hours, ” the talks were frank but revealed many differences Added the minister.",
    )
    assert article.repairs
    for repair in article.repairs:
        # A space or mark removed leaves an empty place where it stood.
        removed = repair.kind in ("quote-space", "quote-removed")
        assert article.text[repair.start : repair.end] in ({""} if removed else {"“", "”", "‘", "’", "a"}), repair
    kinds = {r.kind for r in article.repairs}
    assert {"quote-straight", "quote-direction", "quote-inserted", "cue-case"} <= kinds
    # Each repaired paragraph holds its repairs.
    for repair in article.repairs:
        assert any(p.start <= repair.start and repair.end <= p.end for p in article.paragraphs)


def test_inserted_mark_is_logged_where_it_was_inserted() -> None:
    article = _article("The minister said: We will build it soon.” The crowd cheered.")
    inserted = [r for r in article.repairs if r.kind == "quote-inserted"]
    assert len(inserted) == 1
    start = inserted[0].start
    assert article.text[start:].startswith("“We will build it soon.”")


def test_repair_counts_match_the_log() -> None:
    article = _article('"We will build it," she said.', "''It is time,'' he said.", "”Soon“, they said.")
    for kind in ("quote-straight", "quote-style", "quote-direction"):
        assert article.fixes.count(kind) == sum(1 for r in article.repairs if r.kind == kind) > 0


def test_curly_text_needs_no_repair() -> None:
    article = _article("“We will build it,” she said. “It’s time.”", "He called it “a disgrace.”")
    assert not article.repairs
    assert not any(f.kind.startswith("quote") for f in article.fixes)


def test_phrase_opened_inside_a_sentence_closes_there_not_in_the_next_paragraph() -> None:
    """A lost closing mark after ``to “really …``: the phrase ends with its sentence, and the
    next paragraph's quotation is its own, with its own speaker."""
    first, second = _paragraphs(
        'Schiff called on the administration to "really call out Russia on this and act. '
        "That could include sanctions against Russian institutions.",
        '"We know at least two states have been the subject of hacking," he said.',
    )
    assert first.startswith("Schiff called on the administration to “really call out Russia on this and act.”")
    assert _paired(first)
    assert second == "“We know at least two states have been the subject of hacking,” he said."


def test_abbreviation_does_not_end_a_phrase_with_a_lost_closer() -> None:
    text = _one('Lawmakers called it "fraud that led Sens. Jon Tester and David Vitter to act. They met on Monday.')
    assert "Sens.”" not in text
    assert _paired(text)


def test_a_label_after_called_does_not_run_on_into_the_next_quotation() -> None:
    first, second = _paragraphs(
        'It was what multiple lawmakers called "fraud and a disgrace to the bank.',
        '"Every time you say that," Tester said, "you give ammunition to the people who want to break up the banks."',
    )
    assert _paired(first)
    assert second.startswith("“Every time you say that,” Tester said, “you give")


def test_lost_opener_after_a_spaced_dash_goes_after_the_dash() -> None:
    text = _one('Scott beamed and asked the crowd to welcome the governor - my new best friend."')
    assert text == "Scott beamed and asked the crowd to welcome the governor - “my new best friend.”"


def test_a_cue_beats_a_dash_inside_the_quotation_for_a_lost_opener() -> None:
    text = _one('Limbaugh continued: The left is saying it is so bad — Trump is such a liar — that she had no time."')
    assert text.startswith("Limbaugh continued: “The left is saying")


def test_missing_opener_after_a_sentence_of_attribution_whose_quotation_has_its_own_cue() -> None:
    # The lone closing mark was dropped, and "If they …, he added" became narrative.
    text = _one(
        "“We will build it by spring,” Lund said. If the river floods again, we will build it "
        "by summer instead,” he added."
    )
    assert text == (
        "“We will build it by spring,” Lund said. “If the river floods again, we will build it "
        "by summer instead,” he added."
    )


def test_missing_closer_before_an_inverted_verb_and_a_description() -> None:
    text = _one(
        "“I can only tell you that the contract was signed in March, said one source who spoke on the "
        "condition of anonymity."
    )
    assert text == (
        "“I can only tell you that the contract was signed in March,” said one source who spoke on the "
        "condition of anonymity."
    )


def test_a_lost_opener_of_a_phrase_inside_a_sentence_stays_near_its_closer() -> None:
    # The opener went to the paragraph's start, and a whole sentence of narrative became a quotation.
    article = _article(
        "In a telephone interview with the Chronicle, the minister was asked about the not there yet” "
        "comment on the bridge."
    )
    assert all(len(q.text.split()) < 4 for q in article.quotes)


def test_a_paragraph_of_two_quotations_that_lost_both_openers() -> None:
    # The first closing mark was turned into an opener, and the speaker's line became the quotation.
    text = _one(
        "This is a time for patience and calm,” Mayor Ann Vos told reporters. The bridge will open when it is "
        "safe. We hope the province will listen.”"
    )
    assert text == (
        "“This is a time for patience and calm,” Mayor Ann Vos told reporters. “The bridge will open when it is "
        "safe. We hope the province will listen.”"
    )


def test_missing_closer_before_a_name_an_apposition_and_the_verb() -> None:
    text = _one(
        "“What we have seen is that the ferry schedule has been insufficient, Ann Vos, the deputy harbour "
        "master, said on a call with reporters."
    )
    assert text.startswith("“What we have seen is that the ferry schedule has been insufficient,” Ann Vos,")


def test_a_closer_and_an_opener_both_lost_around_a_clause_of_attribution() -> None:
    text = _one(
        "« Big city mayors don’t matter in this race, said Ann Vos. What matters is the vote in the suburbs, "
        'and it starts now."'
    )
    assert text == (
        "“Big city mayors don’t matter in this race,” said Ann Vos. “What matters is the vote in the suburbs, "
        "and it starts now.”"
    )


def test_missing_closer_before_a_description_and_its_verb() -> None:
    text = _one(
        "The ministry responded on Tuesday. « Also, the bridge will cost far less than the ferry over ten "
        "years, the statement said."
    )
    assert "years,” the statement said." in text


def test_that_before_a_noun_is_no_place_for_a_lost_opener() -> None:
    # "come up with that statement,” said X": "that" read as a conjunction, and “statement,” quoted alone.
    text = _one("He does need to come up with that statement,” said Ann Vos, the harbour master.")
    assert text == "“He does need to come up with that statement,” said Ann Vos, the harbour master."


def test_says_he_inside_a_quotation_is_no_clause_of_attribution() -> None:
    # "who says he is neutral" read as an inverted "says he", and the lost closer went before it.
    text = _one(
        '"We need steady hands," the minister told the council. "Not a mayor who says he is neutral on Monday '
        "and against the bridge on Tuesday."
    )
    assert text.endswith("“Not a mayor who says he is neutral on Monday and against the bridge on Tuesday.”")


def test_missing_closer_before_a_titled_name_its_apposition_and_told() -> None:
    text = _one(
        "« Maintaining order for the vote is extremely important, Council Speaker Ann Vos, the meeting's chair, "
        "told the councillors before the vote."
    )
    assert text.startswith("“Maintaining order for the vote is extremely important,” Council Speaker Ann Vos,")


def test_a_lost_opener_goes_to_the_last_sentence_not_after_an_earlier_conjunction() -> None:
    # The opener went after "because", and the quotation took in a sentence of narrative.
    text = _one(
        "Vos said she asked for the meeting because she wanted the talks on a professional footing. You don’t "
        "want to be the story, » she said."
    )
    assert "footing. “You don’t want to be the story,” she said." in text


def test_a_lost_opener_does_not_go_after_that_pointing_at_a_thing() -> None:
    # "how big is that wall": "that" is no conjunction after a copula; the quotation starts the paragraph.
    text = _one("Mason, let me tell you, how big is that wall going to be?” Pence said in response.")
    assert text == "“Mason, let me tell you, how big is that wall going to be?” Pence said in response."


def test_a_dash_inside_the_quoted_words_is_no_place_for_a_lost_opener() -> None:
    text = _one("Some changes need to be made, some major changes — he’s addressing them,” he said.")
    assert text == "“Some changes need to be made, some major changes — he’s addressing them,” he said."


def test_a_conjunction_inside_the_speakers_own_words_is_no_place_for_a_lost_opener() -> None:
    text = _one("I'm the catcher because there’s no other member who can squat down and get back up,” he said.")
    assert text.startswith("“I'm the catcher because")


def test_a_lost_opener_goes_after_a_sentence_of_narrative_that_reports() -> None:
    text = _one(
        "Chairman John Burton has also urged delegates to unite and focus on the vote. We’ve got a common "
        "enemy for almost anybody decent,” Burton told delegates."
    )
    assert text == (
        "Chairman John Burton has also urged delegates to unite and focus on the vote. “We’ve got a common "
        "enemy for almost anybody decent,” Burton told delegates."
    )


def test_a_sentence_of_attribution_inside_well_placed_marks_is_closed_and_reopened_around() -> None:
    # The closer before "she said" and the opener after it were lost; the marks at the ends look fine.
    text = _one(
        "“There’s so much more to be done, she said. The truth is we aren’t a single issue country. We need "
        "more than a plan for the banks.”"
    )
    assert text.startswith("“There’s so much more to be done,” she said. “The truth is")


@pytest.mark.parametrize(
    ("paragraph", "quoted"),
    [
        ("Obama said it gets me mad” every time he thinks about the children.", "it gets me mad"),
        (
            "Trump tells Fox News anchor Megyn Kelly that people who are bullied gotta get over it” and fight back.",
            "people who are bullied gotta get over it",
        ),
    ],
)
def test_a_lost_opener_inside_a_sentence_goes_after_the_verb_that_reports(paragraph: str, quoted: str) -> None:
    (quote,) = _article(paragraph).quotes
    assert quote.text == quoted


def test_a_guillemet_whose_closer_was_lost_still_opens() -> None:
    # « only opens: read as a closer, "Williams then said:" had become the quotation.
    text = _one("Williams then said: « To see him just imploding before our very eyes, it’s just sad to watch.")
    assert text == "Williams then said: “To see him just imploding before our very eyes, it’s just sad to watch.”"


def test_a_mark_after_a_colon_opens_even_turned_the_wrong_way() -> None:
    text = _one("Williams then said: ” To see him just imploding before our very eyes, it’s just sad to watch.")
    assert text == "Williams then said: “To see him just imploding before our very eyes, it’s just sad to watch.”"


def test_a_sentence_after_a_closed_quotation_with_a_cue_after_its_closer_was_quoted() -> None:
    text = _one(
        "Sexton said the rally was a “correctness-free zone.” So afterwards, his supporters feel justified, » he said."
    )
    assert text.endswith("“correctness-free zone.” “So afterwards, his supporters feel justified,” he said.")


@pytest.mark.parametrize(
    ("paragraph", "quoted"),
    [
        (
            "He said the person would “not get beat up at his rally, a swipe at the disturbances at other rallies.",
            "not get beat up at his rally",
        ),
        (
            "Trump said things “should be wrapped up by Cleveland, referring to the party’s July convention.",
            "should be wrapped up by Cleveland",
        ),
    ],
)
def test_a_lost_closer_goes_where_the_narrative_goes_on(paragraph: str, quoted: str) -> None:
    (quote,) = _article(paragraph).quotes
    assert quote.text.rstrip(",") == quoted


def test_a_lost_opener_goes_after_the_verb_of_the_closers_own_sentence() -> None:
    # Not after "tells … that" a sentence earlier: the quotation would hold a sentence of narrative.
    text = _one(
        "Dayton tells The Associated Press that he thinks Clinton would win a primary. But it’s not one, and "
        "Dayton says caucuses are such an unknown“ because so many things can keep people from attending."
    )
    assert "Dayton says “caucuses are such an unknown” because" in text


def test_a_lost_opener_of_a_label_goes_after_its_object() -> None:
    text = _one("Many commentators called him the grownup on the stage » amidst the food fight between the rest.")
    assert text == "Many commentators called him “the grownup on the stage” amidst the food fight between the rest."


def test_a_verb_in_ing_reports_nothing_for_a_lost_opener() -> None:
    text = _one("The difficulty is in predicting exactly who will trek out to caucus meetings” on a cold night.")
    assert "“exactly who" not in text


@pytest.mark.parametrize(
    "text",
    [
        "“When I asked him, he said no. Then we left,” she said.",  # "said" goes on: no clause of attribution
        "“I told them, they said. Fine,” Vos said.",
    ],
)
def test_a_quotation_that_only_mentions_saying_keeps_its_marks(text: str) -> None:
    assert _one(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Don’t say O’Brien’s plan failed.",  # apostrophes alone
        "“It failed,” she said.",  # a quotation, no single mark
        "“It failed,” Explained Jens Stoltenberg.",  # a capitalised cue
        "He called it ‘a mess’ and “a ‘real’ failure.”",  # singles inside doubles
        "'Tis the 'season', he said",  # straight singles
        'A 6" pipe for O’Brien’s yard.',  # a repair of the doubles', and no later pass to run
        "No marks at all.",
    ],
)
def test_a_pass_not_run_is_one_that_would_change_nothing(text: str) -> None:
    # `_chain` runs the singles and the cue case only on a text holding what each reads; the
    # repair is the one the three passes give run in turn.
    from tuiread.parser.marks import _chain, lower_capitalised_cues, repair_doubles, repair_singles

    doubles = repair_doubles(text)
    singles = repair_singles(doubles.text)
    cues = lower_capitalised_cues(singles.text)
    counts: dict[str, int] = {}
    for result in (doubles, singles, cues):
        for kind, n in result.counts.items():
            counts[kind] = counts.get(kind, 0) + n
    chained = _chain(text, False)
    assert chained.text == cues.text
    assert chained.repairs == tuple(sorted((*doubles.repairs, *singles.repairs, *cues.repairs), key=lambda r: r.start))
    assert dict(chained.counts) == counts


def test_marks_already_as_they_read_leave_the_paragraph_as_it_is() -> None:
    # Clean copy: every mark already opens or closes as it reads. Nothing is repaired, and the
    # paragraph is not built again (the same string comes back).
    from tuiread.parser.marks import repair_doubles, repair_singles

    for text in (
        "“It failed,” she said. “We will try again,” she added.",
        "He called it ‘a mess’ and “a ‘real’ failure.”",
        "“It failed,” she said of the ‘plan’.",
    ):
        doubles, singles = repair_doubles(text), repair_singles(text)
        assert doubles.text is text and not doubles.repairs and not doubles.counts
        assert singles.text is text and not singles.repairs and not singles.counts


def test_a_mark_turned_beside_marks_already_right_is_the_only_repair() -> None:
    from tuiread.parser.marks import repair_doubles

    text = '“It failed," she said. “We will try again,” she added.'
    doubles = repair_doubles(text)
    assert doubles.text == "“It failed,” she said. “We will try again,” she added."
    assert [(r.start, r.end, r.kind) for r in doubles.repairs] == [(11, 12, "quote-straight")]


def test_double_primes_for_quotation_marks_become_curly_marks() -> None:
    # Copy where " was typed or converted as ″ on both sides; after a digit it still means inches.
    text = _one("″We will not pay for such a wall,″ Calderon told CNBC. ″It is useless.″ The wall is 30″ thick.")
    assert text == "“We will not pay for such a wall,” Calderon told CNBC. “It is useless.” The wall is 30″ thick."


def test_an_opening_mark_typed_twice_opens_once() -> None:
    # The first of the two has no words before the second: it is dropped, not read as a closer
    # that lost its opener (which made the narrative before it a quotation).
    text = _one("He saved his passion for the cause of ““comprehensive immigration reform.” Then he left.")
    assert text == "He saved his passion for the cause of “comprehensive immigration reform.” Then he left."
    assert _one("The judge turned to me. ““Your Honor,” I said.") == "The judge turned to me. “Your Honor,” I said."


def test_a_closer_then_an_opener_side_by_side_stay_two_quotations() -> None:
    text = _one("He cited a study “that crime is lower.”“Your facts are wrong,” Ramos wrote.")
    assert "lower.”“Your" in text
    text = _one('He cited a study "that crime is lower.""Your facts are wrong," Ramos wrote.')
    assert "lower.”“Your" in text


def test_guillemets_between_curly_marks_that_hold_a_cue_are_two_quotations() -> None:
    # “ … » cue. « … ”: mixed marks around a clause of attribution, not a quotation nested in one.
    text = _one(
        "“We are not going to pay any single cent for such a stupid wall,\u00a0» Calderon told CNBC Saturday."
        " «\u00a0It is going to be completely useless.”"
    )
    assert text == (
        "“We are not going to pay any single cent for such a stupid wall,” Calderon told CNBC Saturday."
        " “It is going to be completely useless.”"
    )
    # The clause may open after the comma with a described speaker.
    assert _one("“There should be a lot of systems,\u00a0» the businessman replied. «\u00a0We should have them.”") == (
        "“There should be a lot of systems,” the businessman replied. “We should have them.”"
    )
    # A quotation inside a quotation in another family of marks stays nested.
    assert _one('“It is not about "Equal Justice Under Law" anymore,” Ward said.') == (
        "“It is not about ‘Equal Justice Under Law’ anymore,” Ward said."
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("“It is even more insulting,” Barkley Said. “This is America.”", "“It is even more insulting,” Barkley said."),
        ("“It is not ordinary.” He Added, “In this case things happened.”", "He added, “In this case"),
        ("On Israel, Trump Added, “Nobody will be more loyal than me.”", "On Israel, Trump added, “Nobody"),
        ("Maria Bartiromo Asked: “You think that the director would indict?”", "Maria Bartiromo asked: “You"),
    ],
)
def test_a_cue_verb_capitalised_after_its_subject_is_lowered(text: str, want: str) -> None:
    assert want in _one(text)


def test_a_title_case_line_keeps_its_capitals() -> None:
    text = "“Broad City” Star Asked Actors To Act Whiter To Make A Point."
    assert _one(text) == text


def test_the_speaker_of_a_quotation_after_a_capitalised_cue_is_its_subject() -> None:
    article = _article("“We like a lot of the candidates, some more than others,” Adelson Said during the interview.")
    (quote,) = article.quotes
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "Adelson"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "She declared What a Super Tuesday!” and said her campaign would go on.",
            "She declared “What a Super Tuesday!” and said",
        ),
        (
            "He spent the day yelling at people on their way into the polls saying Hey, vote for me.”",
            "polls saying “Hey, vote for me.”",
        ),
    ],
)
def test_a_lost_opener_goes_where_speech_begins_after_a_verb_of_saying(text: str, want: str) -> None:
    # A word that opens speech and names no speaker ("What", "Hey"), right after the verb.
    assert want in _one(text)


def test_no_lost_opener_after_a_verb_of_saying_in_the_speakers_own_words() -> None:
    text = "It is a slippery slope where I say I want the government involved less,” Lopez-Cantera said."
    assert _one(text).startswith("“It is a slippery slope where I say I want")


def test_a_clause_of_saying_set_off_by_a_comma_reports_what_follows() -> None:
    text = _one("The incident came during a speech, when protesters interrupted her, shouting she wins, we lose!”")
    assert text.endswith("shouting “she wins, we lose!”")


def _costs_added_up(text: str, start: int, end: int) -> tuple[float, float]:
    """A mark's costs as `_score_mark` once added them up: its place's, then its glyph's."""
    from tuiread.parser import marks as m

    raw = text[start:end]
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    opens_left = m._is_space(before) or before in m._OPENER_PUNCT or before in "“‘«„"
    closes_right = m._is_space(after) or after in m._CLOSER_PUNCT or after in "”’»"
    if opens_left and not m._is_space(after) and after not in m._CLOSER_PUNCT:
        cost_open, cost_close = 0.0, m._WRONG_SIDE
    elif (not opens_left and closes_right) or (m._is_space(before) and after in m._CLOSER_PUNCT):
        cost_open, cost_close = m._WRONG_SIDE, 0.0
    else:
        cost_open = cost_close = m._UNSURE
    if raw == "«":
        cost_close += m._GUILLEMET_GLYPH
    elif raw == "»":
        cost_open += m._GUILLEMET_GLYPH
    elif raw in ("“", "„", "``", "‘‘"):
        cost_close += m._GLYPH
    elif raw in ("”", "’’"):
        cost_open += m._GLYPH
    return cost_open, cost_close


def test_a_marks_costs_looked_up_are_those_added_up() -> None:
    # `_score_mark` looks a mark's costs up in a table of every place and glyph, made once.
    from tuiread.parser.marks import _FAMILY, _score_mark

    for raw in _FAMILY:
        for before in ("", " ", "(", "—", "“", "‘", "a", "7", ".", ","):
            for after in ("", " ", ",", ".", ")", "a", "”", "’", "»", "“"):
                text = f"{before}{raw}{after}"
                mark = _score_mark(text, len(before), len(before) + len(raw))
                assert (mark.cost_open, mark.cost_close) == _costs_added_up(text, len(before), len(before) + len(raw))
                assert mark.after_digit == (raw in ('"', "″") and before.isdigit())


def _nested_reading_of_either_family(text: str, marks: list, continues: bool) -> tuple | None:
    """`_nested_reading` as it read before: each family tried as the outer one."""
    from tuiread.parser import marks as m

    families = {m._FAMILY[x.raw] for x in marks}
    if len(families) != 2:
        return None
    for outer in sorted(families):
        outer_idx = [i for i, x in enumerate(marks) if m._FAMILY[x.raw] == outer]
        inner_idx = [i for i, x in enumerate(marks) if m._FAMILY[x.raw] != outer]
        steps, end_insert, open_at_end = m._choose(text, [marks[i] for i in outer_idx], continues)
        if end_insert is not None or any(s.insert_at is not None or s.role in ("remove", "prime") for s in steps):
            continue
        spans, opened = [], None
        for i, step in zip(outer_idx, steps, strict=True):
            if step.role == "open":
                opened = marks[i].end
            elif opened is not None:
                spans.append((opened, marks[i].start))
                opened = None
        if opened is not None:
            spans.append((opened, len(text)))
        if m._inner_marks_pair(text, marks, inner_idx, spans):
            return steps, open_at_end, set(inner_idx)
    return None


@pytest.mark.parametrize(
    "text",
    [
        'He said "we want “real” change" and left.',  # straight outside, curly inside
        '“We want "real" change,” he said.',  # curly outside, straight inside
        'He said "yes," then added “no.”',  # two quotations, one in each family
        '“Yes,” he said, and "no" she said.',
        'It was "good" and “bad” and "ugly."',
        '"Sure" “maybe',
    ],
)
def test_only_the_family_of_the_first_mark_can_be_the_outer_one(text: str) -> None:
    # A mark before every mark of the outer family is inside none of its quotations: the family
    # of the paragraph's first mark is the only outer one `_nested_reading` tries.
    from tuiread.parser.marks import _find_marks, _nested_reading

    marks = _find_marks(text)
    for continues in (False, True):
        assert _nested_reading(text, marks, continues) == _nested_reading_of_either_family(text, marks, continues)


_MARK_PIECES = ['"', "“", "”", "''", "a", "Yes", " ", ", ", ". ", "he said", "(", ")", "’", "1"]


@given(st.lists(st.sampled_from(_MARK_PIECES), max_size=24).map("".join))
def test_the_outer_family_tried_is_the_only_one_that_could_be(text: str) -> None:
    from tuiread.parser.marks import _find_marks, _nested_reading

    marks = _find_marks(text)
    assert _nested_reading(text, marks, False) == _nested_reading_of_either_family(text, marks, False)


def test_the_characters_a_double_mark_starts_with_are_those_of_its_pattern() -> None:
    # `_leading_family` looks a paragraph's first character up before matching `_DOUBLE_MARK`.
    from tuiread.parser.marks import _DOUBLE_MARK, _DOUBLE_MARK_STARTS, _leading_family

    assert {branch.replace("\\", "")[0] for branch in _DOUBLE_MARK.pattern.split("|")} == _DOUBLE_MARK_STARTS
    assert _leading_family('  "We won," she said.') == "straight"
    assert _leading_family("''We won,'' she said.") == "latex"
    assert _leading_family("We won, she said.") is False
    assert _leading_family("   ") is False


@given(
    st.lists(st.sampled_from([*_MARK_PIECES, "'", "‘", "‚", "‹", "›", "don’t", "O'Brien", "”,"]), max_size=24).map(
        "".join
    )
)
def test_the_singles_pass_leaves_closing_marks_as_they_were(text: str) -> None:
    # `_chain` asks whether the cue case has anything to read (a closing mark) before the singles
    # pass runs: that pass writes ‘ and ’ alone, in place of single marks.
    from tuiread.parser.marks import CLOSE, repair_singles

    assert repair_singles(text).text.count(CLOSE) == text.count(CLOSE)


def test_the_ascii_marks_are_those_the_patterns_of_marks_find_in_ascii() -> None:
    # `has_marks` and `_holds_single_mark` read an ASCII text for its own marks by substring: the
    # patterns' characters that are ASCII are exactly those.
    from tuiread.parser.marks import _ANY_MARK, _SINGLE_MARK_NOT_INSIDE_A_WORD, _holds_single_mark, has_marks

    ascii_marks = {chr(c) for c in range(128) if _ANY_MARK.fullmatch(chr(c))}
    assert ascii_marks == {'"', "'", "`"}
    assert {chr(c) for c in range(128) if _SINGLE_MARK_NOT_INSIDE_A_WORD.fullmatch(chr(c))} == {"'"}
    for text in ('He said "no".', "Don't.", "`yes'", "No marks.", "rock 'n' roll", "“Yes”", "‘a’", "O’Brien"):
        assert has_marks(text) == (_ANY_MARK.search(text) is not None)
        assert _holds_single_mark(text) == (_SINGLE_MARK_NOT_INSIDE_A_WORD.search(text) is not None)


_READING_PIECES = [
    '"', "“", "”", "«", "»", "''", "``", " ", ", ", ". ", ": ", "? ", " — ", "Yes", "we won", "it is over",
    "he said", " said Smith", "Smith said", "she added", "told reporters", "I think", "a 6", "the plan",
    "because", " that ", "\n",
]  # fmt: skip
_readings = st.lists(st.sampled_from(_READING_PIECES), max_size=30).map("".join)


@given(_readings, st.sampled_from([False, True, "straight", "curly"]), st.booleans())
def test_a_lost_marks_place_not_sought_changes_no_reading(text: str, continues: bool | str, after: bool) -> None:
    # `_choose` seeks where a lost opener or closer goes only where a reading with it can still be the
    # cheapest (it costs at least `_LEAST_INSERT` more): the reading is the one seeking it everywhere.
    from tuiread.parser import marks as m

    found = m._find_marks(text)
    if not found:
        return
    fast = m._choose(text, found, continues, after)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(m, "_LEAST_INSERT", float("-inf"))  # every place sought
        slow = m._choose(text, found, continues, after)
    assert fast == slow


@given(_readings, st.integers(0, 40), st.integers(0, 40), st.booleans())
def test_a_lost_marks_place_costs_at_least_the_least_insert(text: str, a: int, b: int, flag: bool) -> None:
    from tuiread.parser import marks as m

    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert m._opener_position(text, start, end, flag)[1] >= m._LEAST_INSERT
    assert m._closer_position(text, start, end, False)[1] >= m._LEAST_INSERT
