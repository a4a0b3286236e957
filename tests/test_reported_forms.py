"""Reported speech: forms found missed or misread on train (issue 16), each on a small text written
for it: the content, the words naming the speaker, and the rule that read it."""

from __future__ import annotations

import pytest

from tuiread.parser import parse
from tuiread.parser.quotes import reported

FORMS = [
    # "wrote that down": writing something down, nothing written said (was "down and underlined it").
    pytest.param(
        "I wrote that down and underlined it twice. She wrote that the plan was dead.",
        ("the plan was dead", "She", "cue-before"),
        id="wrote-that-down",
    ),
    # "keeps saying": the aspect verb stands between subject and cue as "is" does ("The mayor keeps" is
    # no speaker).
    pytest.param(
        "The mayor keeps saying the city has turned the corner on housing.",
        ("the city has turned the corner on housing", "The mayor", "cue-before"),
        id="keeps-saying",
    ),
    # A reporting verb a speaker uses in Canadian copy that train saw too rarely to learn.
    pytest.param(
        "A spokesperson for the minister, Ana Ruiz, later clarified that the government was open to amendments.",
        ("the government was open to amendments", "Ana Ruiz", "cue-before"),
        id="clarified-that",
    ),
    # "affirmed that" (translated French copy: "a affirmé que"), a verb of saying train never learned.
    pytest.param(
        "The opposition critic for education, Marie Roy, affirmed that the government never presented a study.",
        ("the government never presented a study", "Marie Roy", "cue-before"),
        id="affirmed-that",
    ),
    # "deplored that", "specified that" (translated French copy: "a déploré que", "a précisé que"),
    # before a plural noun and its verb as before a determiner.
    pytest.param(
        "The union president, Nancy Bédard, deplored that nurses were being forced to work double shifts.",
        ("nurses were being forced to work double shifts", "Nancy Bédard", "cue-before"),
        id="deplored-that",
    ),
    pytest.param(
        "Ms. Bédard specified that the union had filed more than 300 grievances since September.",
        ("the union had filed more than 300 grievances since September", "Ms. Bédard", "cue-before"),
        id="specified-that",
    ),
    # "X, aside, VERB OBJECT …": the words after the verb run on, so its subject is before it.
    pytest.param(
        "Novak, a former party official, said the trouble for the mayor is that rivals knock on more doors.",
        ("the trouble for the mayor is that rivals knock on more doors", "Novak", "cue-before"),
        id="aside-then-said",
    ),
    pytest.param(
        "Hale, now head of a research centre in Vienna, urged Sherman to reopen the talks before winter.",
        ("Sherman to reopen the talks before winter", "Hale", "cue-before"),
        id="aside-then-urged",
    ),
    # "CONTENT, said X …": what may follow a speaker after the verb keeps the inverted reading.
    pytest.param(
        "The talks will go on until a deal is near, said Sen. Ann Hale (R-Ohio) on Monday.",
        ("The talks will go on until a deal is near", "Sen. Ann Hale", "cue-inverted"),
        id="inverted-bracket-and-day",
    ),
    pytest.param(
        "The talks will go on until a deal is near, said Hale to reporters.",
        ("The talks will go on until a deal is near", "Hale", "cue-inverted"),
        id="inverted-to-reporters",
    ),
    pytest.param(
        "The talks will go on until a deal is near, said Hale, the deputy secretary.",
        ("The talks will go on until a deal is near", "Hale", "cue-inverted"),
        id="inverted-apposition",
    ),
    # "said that" + a time or a place: what follows "that" is what was said.
    pytest.param(
        "Sherman said that on her next trip to Kyiv she would meet the president.",
        ("on her next trip to Kyiv she would meet the president", "Sherman", "cue-before"),
        id="that-then-a-place",
    ),
    # A day right after the cue, no "that": what follows the day was said.
    pytest.param(
        "Sherman said Thursday her biggest worry about the talks is that Moscow will walk away.",
        ("her biggest worry about the talks is that Moscow will walk away", "Sherman", "cue-before"),
        id="day-then-content",
    ),
    # A poll's share, then "who" and a verb of saying.
    pytest.param(
        "Half of voters back the treaty, compared with the 30 percent who say the talks were a waste of time.",
        ("the talks were a waste of time", "who", "cue-before"),
        id="percent-who-say",
    ),
    pytest.param(
        "Hale won by almost 60 points among the 30 percent of voters who said the talks were a waste of time.",
        ("the talks were a waste of time", "who", "cue-before"),
        id="percent-of-voters-who-said",
    ),
    # The subject, then an aside between dashes, then the verb.
    pytest.param(
        "Ann Hale — a teacher from Leeds who joined the delegation in May — says the talks were a waste of time.",
        ("the talks were a waste of time", "Ann Hale", "cue-before"),
        id="dash-aside",
    ),
    # Subjects: "those" and a participle after a lead-in; a name with a bracket before its aside.
    pytest.param(
        "Again, those surveyed said the talks had been a waste of time.",
        ("the talks had been a waste of time", "those surveyed", "cue-before"),
        id="those-surveyed",
    ),
    pytest.param(
        "And Sen. Ann Hale (R-Ohio), a veteran of the committee, said the talks had been a waste of time.",
        ("the talks had been a waste of time", "Sen. Ann Hale", "cue-before"),
        id="bracket-then-aside",
    ),
    # "It said": an organisation's statement (with a verb of saying only: "it shows" finds nothing).
    pytest.param(
        "It said the talks had been a waste of time for both sides.",
        ("the talks had been a waste of time for both sides", "It", "cue-before"),
        id="it-said",
    ),
    # A second speaker the rules do not read ends the first content all the same.
    pytest.param(
        "Most said the talks had been a waste of time, and more than 4 in 10 said they would resume in May.",
        ("the talks had been a waste of time", "Most", "cue-before"),
        id="second-speaker-cuts",
    ),
    # ", as have others": the writer's comparison, after what was said.
    pytest.param(
        "Two envoys have said they will not attend the talks, as has Ann Hale, the deputy secretary.",
        ("they will not attend the talks", "Two envoys", "cue-before"),
        id="as-have-others",
    ),
    # Talking: what was talked about follows "about" or "of".
    pytest.param(
        "Hale spoke openly about the need to reopen the talks before winter.",
        ("the need to reopen the talks before winter", "Hale", "cue-before"),
        id="spoke-about",
    ),
    # ", but not …" goes on with what was said.
    pytest.param(
        "Hale said the envoys should be recalled, but not the staff who run the embassy.",
        ("the envoys should be recalled, but not the staff who run the embassy", "Hale", "cue-before"),
        id="but-not",
    ),
    # Where or when it was said, no comma or "that", then a clause: the clause was said.
    pytest.param(
        "The minister said in an interview the plan would fail within a year.",
        ("the plan would fail within a year", "The minister", "cue-before"),
        id="adjunct-then-clause",
    ),
    pytest.param(
        "The company, Mosaic, announced in March it would restart a second shaft, and hire 150 people.",
        ("it would restart a second shaft, and hire 150 people", "Mosaic", "cue-before"),
        id="apposition-adjunct-then-clause",
    ),
    pytest.param(
        "Hale told reporters in Ottawa the deal was close to done.",
        ("the deal was close to done", "Hale", "cue-before"),
        id="told-adjunct-then-clause",
    ),
    pytest.param(
        "Moreau told reporters outside the courthouse she was relieved the case was over.",
        ("she was relieved the case was over", "Moreau", "cue-before"),
        id="told-outside-then-clause",
    ),
    pytest.param(
        "Moreau told CBC News after the hearing she was relieved the case was over.",
        ("she was relieved the case was over", "Moreau", "cue-before"),
        id="told-the-network-after-the-hearing-then-clause",
    ),
    pytest.param(
        "Moreau said at a briefing she was relieved the case was over.",
        ("she was relieved the case was over", "Moreau", "cue-before"),
        id="said-at-a-briefing-then-clause",
    ),
    pytest.param(
        "Oilers coach Dave Tippett praised his goaltender, saying Smith had kept his team in the game.",
        ("Smith had kept his team in the game", "Dave Tippett", "participle"),
        id="participle-after-team-role-name",
    ),
    pytest.param(
        "The Inuit Circumpolar Council has long warned that the loss of ice threatens hunting routes.",
        ("the loss of ice threatens hunting routes", "The Inuit Circumpolar Council", "cue-before"),
        id="has-long-warned",
    ),
    pytest.param(
        "The motion asks Queen's Park to restore the option that the government removed in 2019.",
        ("Queen's Park to restore the option that the government removed in 2019", "The motion", "cue-before"),
        id="asks-to-then-relative-that",
    ),
    pytest.param(
        "The war room, which he promised would correct misinformation about the oil sands, has so far picked fights.",
        ("would correct misinformation about the oil sands", "he", "cue-before"),
        id="set-off-which-clause-ends-at-the-main-verb",
    ),
    # The one asked, then what was asked.
    pytest.param(
        "Reporters asked the minister last week why the bridge had been closed for so long.",
        ("why the bridge had been closed for so long", "Reporters", "cue-before"),
        id="asked-whom-then-why",
    ),
    # ... but not a verb's own complement, nor a clause of its own.
    pytest.param(
        "The senator insisted on building a wall on the border with the money.",
        ("on building a wall on the border with the money", "The senator", "cue-before"),
        id="insisted-on-building",
    ),
    pytest.param(
        "Her lawyer wrote in a court filing that such a request was futile.",
        ("such a request was futile", "Her lawyer", "cue-before"),
        id="adjunct-then-that",
    ),
    # The person told, named with "the" and a paper's name.
    pytest.param(
        "He told the Leader-Post the town has already seen new families arrive.",
        ("the town has already seen new families arrive", "He", "cue-before"),
        id="told-the-paper",
    ),
    pytest.param(
        "He told the Globe and Mail the town has already seen new families arrive.",
        ("the town has already seen new families arrive", "He", "cue-before"),
        id="told-the-paper-of-three-words",
    ),
    # One content, two cue words: the later verb says it; a noun after "a" does not.
    pytest.param(
        "Analyst Jeremy Lee wrote in a note to clients that the restart depends on demand from Brazil.",
        ("the restart depends on demand from Brazil", "Jeremy Lee", "cue-before"),
        id="wrote-in-a-note",
    ),
    pytest.param(
        "Republicans continue to warn that the nuclear deal with Iran was a dangerous mistake.",
        ("the nuclear deal with Iran was a dangerous mistake", "Republicans", "cue-before"),
        id="continue-to-warn",
    ),
    # A verb learned in American spelling is the same cue in British spelling.
    pytest.param(
        "Grewal emphasised her client has no criminal record at all.",
        ("her client has no criminal record at all", "Grewal", "cue-before"),
        id="british-spelling",
    ),
    # Verbs too rare on train whose object is always what was said: with or without "that".
    pytest.param(
        "The Crown contended the evidence against the accused is overwhelming.",
        ("the evidence against the accused is overwhelming", "Crown", "cue-before"),
        id="contended-no-that",
    ),
    pytest.param(
        "He testified he had never met the victim before that night.",
        ("he had never met the victim before that night", "He", "cue-before"),
        id="testified-no-that",
    ),
    # The person told, then a name, a day or a near time, then what was said.
    pytest.param(
        "She told the court Price's mother was willing to act as his surety.",
        ("Price's mother was willing to act as his surety", "She", "cue-before"),
        id="told-the-court-then-a-name",
    ),
    pytest.param(
        "He told reporters last week the city cannot wait for another tragedy.",
        ("the city cannot wait for another tragedy", "He", "cue-before"),
        id="told-reporters-last-week",
    ),
    pytest.param(
        "Hale told Sherman Russia had brought nothing new to the table.",
        ("Russia had brought nothing new to the table", "Hale", "cue-before"),
        id="told-a-name-then-a-name",
    ),
    # A "which" clause inside the subject of what was said is part of it.
    pytest.param(
        "Hale said the new plan, which the cabinet approved on Monday, will cost $2 billion.",
        ("the new plan, which the cabinet approved on Monday, will cost $2 billion", "Hale", "cue-before"),
        id="which-inside-the-subject",
    ),
    pytest.param(
        "Legal scholars say the 1997 Delgamuukw decision, which involved the same chiefs, left title unresolved.",
        (
            "the 1997 Delgamuukw decision, which involved the same chiefs, left title unresolved",
            "Legal scholars",
            "cue-before",
        ),
        id="which-inside-the-subject-then-a-past-verb",
    ),
    # An adverb of when right after the cue, then what was said.
    pytest.param(
        "The winger admitted afterward the loss stings more against Edmonton.",
        ("the loss stings more against Edmonton", "The winger", "cue-before"),
        id="admitted-afterward",
    ),
    # "shows up" is to appear: no finding, and what was said goes on over it.
    pytest.param(
        "Kirby said the decline is real and shows up in every method they use.",
        ("the decline is real and shows up in every method they use", "Kirby", "cue-before"),
        id="shows-up",
    ),
    # A retort: "shot back that …", "fired back that …".
    pytest.param(
        "Environment Minister Catherine McKenna shot back that most families would get more money back.",
        ("most families would get more money back", "Catherine McKenna", "cue-before"),
        id="shot-back-that",
    ),
    # The people told, a plural noun, before what was said.
    pytest.param(
        "Tom Grant told trustees he felt the process had been rushed.",
        ("he felt the process had been rushed", "Tom Grant", "cue-before"),
        id="told-trustees",
    ),
    pytest.param(
        "He told the court his client has been sober since the crash.",
        ("his client has been sober since the crash", "He", "cue-before"),
        id="told-the-court-his",
    ),
    # Around a cue, what was said starts after a dash no second dash closes; a person showing a
    # visitor a thing reports no finding.
    pytest.param(
        "Back on Bonanza Creek, Schmidt shows a visitor the settling pond he built in 2009 — by hand, he says, "
        "with a borrowed excavator and two of his sons.",
        ("by hand, he says, with a borrowed excavator and two of his sons", "he", "cue-inside"),
        id="around-the-cue-after-a-dash",
    ),
    # A thing, then who says what it will do: a relative clause that reports.
    pytest.param(
        "The team identified a protein, a finding they say could lead to earlier diagnosis of the disease.",
        ("could lead to earlier diagnosis of the disease", "they", "cue-before"),
        id="a-thing-they-say-will",
    ),
    pytest.param(
        "It is a move supporters say will ease the housing shortage in the city.",
        ("will ease the housing shortage in the city", "supporters", "cue-before"),
        id="it-is-a-thing-they-say-will",
    ),
    # "asked about …," between the subject and its verb is a question put to them, an aside.
    pytest.param(
        "Premier François Legault, asked about the walkout at an unrelated event, said nurses are right to be "
        "tired but should not put patients at risk.",
        ("nurses are right to be tired but should not put patients at risk", "François Legault", "cue-before"),
        id="asked-about-aside",
    ),
    # A dateline opens no content before "according to".
    pytest.param(
        "WINNIPEG — A former bookkeeper at a food bank diverted more than $400,000 to her own accounts, according "
        "to an agreed statement of facts.",
        (
            "A former bookkeeper at a food bank diverted more than $400,000 to her own accounts",
            "an agreed statement of facts",
            "according-after",
        ),
        id="dateline-then-according",
    ),
    # "said that was …": before a verb or a contraction, "that" is the subject of what was said.
    pytest.param(
        "Nate Silver said that was enough to swing the election in three states.",
        ("that was enough to swing the election in three states", "Nate Silver", "cue-before"),
        id="that-as-subject",
    ),
    pytest.param(
        "The mayor told reporters that’s not how the budget will be balanced this year.",
        ("that’s not how the budget will be balanced this year", "The mayor", "cue-before"),
        id="that-contracted-as-subject",
    ),
    # A survey or a report named with whose it is, or when it came out, is the subject of "found".
    pytest.param(
        "A survey by the Canadian Federation of Independent Business found that six in ten owners had raised prices.",
        (
            "six in ten owners had raised prices",
            "A survey by the Canadian Federation of Independent Business",
            "cue-before",
        ),
        id="survey-by-a-body-found",
    ),
    pytest.param(
        "A CNN/ORC survey released Wednesday found that Clinton led by five points nationally.",
        ("Clinton led by five points nationally", "A CNN/ORC survey released Wednesday", "cue-before"),
        id="survey-released-on-a-day-found",
    ),
    # A phrase of where or when opening the sentence is no content before "told": what follows is.
    pytest.param(
        "In an earlier interview, he told CBC he had done nothing wrong.",
        ("he had done nothing wrong", "he", "cue-before"),
        id="opening-adjunct-then-told",
    ),
]

# Talking with no topic reports nothing.
NOTHING_SAID = [
    "Hale spoke to reporters on Thursday after a meeting with the delegation.",
    "Hale spoke briefly, spending most of the evening taking questions from the floor.",
    # "called" after an indefinite noun names a thing.
    "They helped organize a meeting called Geneva Two at the old palace on the lake.",
    # Testifying before a panel says where, not what.
    "Hale testified before the Senate foreign relations committee for three hours last fall.",
    # A shot, fired or hit is no retort without "back that".
    "The man fired three shots at the car before he was hit by a bus near the station.",
    # A charge laid is no saying.
    "Mounties have charged a 22-year-old man with two counts of attempted murder after the shooting.",
    # A telephone call is no saying: whom one called, then where or why.
    "Her husband called their insurer from the sidewalk while the bakery burned.",
    "A neighbour called police to report smoke coming from the roof of the bakery.",
    # "Asked about reports that …": "reports" is what the question was about, no verb with a subject.
    "Asked about reports that the harbour authority had run out of money, Carvalho was dismissive.",
    "Concerns rose Monday over claims that a number of ballots had been lost in the mail.",
    # "It's worth noting": the writer's aside, no one's saying.
    "It's worth noting there is little love lost between the two delegations at the talks.",
]

# "X said A, and urged B": a second verb of the same subject reports a second thing.
JOINED = (
    "Hale said the talks were not in a crisis, and urged that both sides take a deep breath.",
    [
        ("the talks were not in a crisis", "Hale", "cue-before"),
        ("both sides take a deep breath", "Hale", "cue-before"),
    ],
)


@pytest.mark.parametrize(("paragraph", "expected"), FORMS)
def test_reported_form(paragraph: str, expected: tuple[str, str, str]) -> None:
    assert _found(paragraph) == [expected]


def test_a_second_verb_of_the_subject_reports_a_second_thing() -> None:
    paragraph, expected = JOINED
    assert _found(paragraph) == expected


def _found(paragraph: str) -> list[tuple[str, str | None, str | None]]:
    article = parse("Talks in Geneva end without a deal\n\n" + paragraph + "\n")
    return [(r.text, r.speaker_mention.text if r.speaker_mention else None, r.rule) for r in article.reported]


@pytest.mark.parametrize("paragraph", NOTHING_SAID)
def test_nothing_reported(paragraph: str) -> None:
    assert _found(paragraph) == []


def test_a_belief_is_listed_only_where_its_cue_was_precise_enough_on_train(monkeypatch: pytest.MonkeyPatch) -> None:
    # (OTHER_PRECISION set to its extremes, so the test holds whatever the learned shares are)
    paragraph = "Hale believes the talks will fail, and Novak said the delegation would leave on Friday."
    speech = ("the delegation would leave on Friday", "Novak", "cue-before")
    monkeypatch.setattr(reported, "OTHER_PRECISION", 0.0)
    assert _found(paragraph) == [("the talks will fail", "Hale", "cue-before"), speech]
    monkeypatch.setattr(reported, "OTHER_PRECISION", 1.0)
    assert _found(paragraph) == [speech]


def test_a_belief_not_listed_still_ends_what_was_said_before_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """A belief below OTHER_PRECISION is not listed, and a last one in its sentence is not read past
    its cue; one inside what was said before it is read still, for it ends that content."""
    alone = "Hale believes the talks in Geneva will fail."
    inside = "Novak said the delegation would leave early, and Hale believes the talks will fail."
    monkeypatch.setattr(reported, "OTHER_PRECISION", 0.0)
    assert _found(alone) == [("the talks in Geneva will fail", "Hale", "cue-before")]
    assert _found(inside) == [
        ("the delegation would leave early", "Novak", "cue-before"),
        ("the talks will fail", "Hale", "cue-before"),
    ]
    monkeypatch.setattr(reported, "OTHER_PRECISION", 1.0)
    assert _found(alone) == []
    assert _found(inside) == [("the delegation would leave early", "Novak", "cue-before")]


def test_after_say_a_noun_with_a_that_clause_is_what_was_said_not_an_aside() -> None:
    """ "Authorities say a stabbing that killed a man …": the noun opens the content ("that" is its own
    clause), where "told a news conference that …" names whom it was told."""
    article = parse(
        "Train attack\n\nAuthorities say a stabbing that killed a passenger may have followed a theft.\n\n"
        "Police Chief Ed Alvarez told a news conference that officials began receiving calls on Tuesday.\n"
    )
    assert [r.text for r in article.reported] == [
        "a stabbing that killed a passenger may have followed a theft",
        "officials began receiving calls on Tuesday",
    ]


def test_what_was_said_before_a_cue_and_where_it_was_said() -> None:
    # Before: "in a news release" was read as what was said after the cue (four words), and the
    # sentence before it was lost; "according to the release" then went to the highway.
    from tuiread.parser import parse

    text = (
        "Crash closes highway\n\n"
        "MONCTON, N.B. — Two people are dead after a collision on the Trans-Canada Highway near Moncton "
        "early Sunday, the RCMP said in a news release.\n\n"
        "The driver of the pickup was taken to hospital with serious injuries, according to the release.\n"
    )
    items = parse(text).reported
    assert [(r.cue, r.speaker) for r in items] == [("said", "the RCMP"), ("according to", "the RCMP")]
    assert items[0].text.startswith("Two people are dead")  # (not the dateline)


def test_a_capitalised_word_of_a_name_is_no_verb_of_saying() -> None:
    # "VIA Rail": the company's name, not "rail" (against); a title-case headline's "Calls for" stays.
    article = parse(
        "Rail link announced\n\n"
        "For his part, the president of VIA Rail, Mario Péloquin, assured that the company was ready.\n"
    )
    assert [r.cue for r in article.reported] == ["assured"]
    headline = parse("Mike Pence Calls for Special Prosecutor after Report on Foundation Donors\n\nBody text here.\n")
    assert [r.cue for r in headline.reported] == ["calls for"]
    # A careless translation capitalises the verb after a name: its "that" says it is a verb.
    translated = parse(
        "Moscow warns the alliance\n\n"
        "Russian Deputy Foreign Minister Sergei Ryabkov Warned that Moscow would not accept any expansion "
        "of the alliance to the east.\n"
    )
    assert [(r.speaker, r.cue) for r in translated.reported] == [("Sergei Ryabkov", "warned")]


def test_a_name_and_its_relative_clause_is_no_content_of_an_inverted_cue() -> None:
    # Before: "…, said the staff member who …" read as an inverted cue, the pharmacist's name and his
    # relative clause as what the staff member said.
    article = parse(
        "Pharmacy robbed\n\n"
        "Pharmacist Daniel Yip, whose store on Kenilworth Avenue was robbed on Jan. 12, said the staff "
        "member who was handed the note is still off work.\n\n"
        "Heather Quong, who chairs the residents' association, said the councillor who represents the "
        "ward has never listened to them.\n"
    )
    assert [(r.speaker, r.text) for r in article.reported] == [
        ("Daniel Yip", "the staff member who was handed the note is still off work"),
        ("Heather Quong", "the councillor who represents the ward has never listened to them"),
    ]


def test_writing_about_a_subject_reports_nothing() -> None:
    # Before: "has written widely about Aboriginal title" gave "widely about Aboriginal title" as
    # what "who" wrote; a tweet's "wrote on Twitter that …" still reports what was written.
    article = parse(
        "Pipeline challenge\n\n"
        "Law professor Hannah Whitlock, who has written widely about Aboriginal title, said the court "
        "has made clear that consultation must be a real dialogue.\n\n"
        "Whitlock wrote on Twitter that the record in this case appears stronger.\n"
    )
    assert [(r.speaker, r.cue) for r in article.reported] == [
        ("Hannah Whitlock", "said"),
        ("Hannah Whitlock", "wrote"),
    ]


def test_it_and_a_verb_of_reporting_then_that_reports_what_was_noted() -> None:
    # Before: only "It said …" gave an organisation named before its statement; "It noted that …" and
    # "It found that …" were lost.
    article = parse(
        "Bank holds rate\n\n"
        "In its rate statement, the Bank of Canada said a soft housing market had weighed on growth. "
        "It noted that exports had been disappointing despite the new trade agreement.\n\n"
        "The report found that the deck is failing. It found that at least 40 per cent of the deck "
        "panels will need to be replaced within five years.\n"
    )
    assert [(r.speaker_mention.text, r.cue) for r in article.reported] == [
        ("the Bank of Canada", "said"),
        ("It", "noted"),
        ("The report", "found"),
        ("It", "found"),
    ]


def test_but_would_goes_on_with_what_was_said_unless_the_speaker_refuses_more() -> None:
    # Before: every "but would …" ended the content, cutting a promise in half.
    article = parse(
        "Debate rules\n\n"
        "Trump told Fox News in an interview on Sunday that he would treat Clinton with respect but would "
        "not hold back on her email server.\n\n"
        "The spokesman said the premier will attend the summit but won't comment on the talks until Friday.\n"
    )
    assert [r.text for r in article.reported] == [
        "he would treat Clinton with respect but would not hold back on her email server",
        "the premier will attend the summit",
    ]


def test_a_source_after_according_to_is_no_speaker_of_its_own_noun() -> None:
    # Before: "briefing note" was read as the verb "note", with "obtained by the Star" as its content.
    article = parse(
        "Autism program\n\n"
        "According to an internal ministry briefing note obtained by the Star, officials had warned the "
        "minister in December that the caps could leave some families worse off.\n"
    )
    assert "note" not in [r.cue for r in article.reported]
    assert next(r.cue for r in article.reported) == "according to"


def test_a_with_phrase_set_off_after_the_cue_is_no_content() -> None:
    # "…, researchers reported Wednesday, with … species that feed …": what was reported is before the
    # cue; the "that" after the set-off phrase opens a relative clause.
    article = parse(
        "Microplastics in every fish\n\n"
        "Every fish sampled contained microplastics, researchers reported Wednesday, with the highest "
        "concentrations in species that feed near the bottom.\n"
    )
    assert [(r.text, r.speaker) for r in article.reported] == [
        ("Every fish sampled contained microplastics", "researchers")
    ]


@pytest.mark.parametrize("source", ["two people close to him", "a source close to him", "aides loyal to her"])
def test_a_source_close_to_someone_a_pronoun_stands_for_is_a_source(source: str) -> None:
    article = parse(f"Watson to run again\n\nMayor Jim Watson will seek a third term, according to {source}.\n")
    assert [r.speaker for r in article.reported] == [source]


def test_a_late_that_after_a_verb_of_its_own_clause_is_inside_what_was_said() -> None:
    """ "said his win in Hamilton shows that …": "that" belongs to "shows", so what was said is the
    whole clause; a noun of saying before "that" ("repeated his claim that …") keeps it out."""
    assert _found("Mayor Ines Carvalho said her win in the east end shows that voters want the quay kept open.") == [
        ("her win in the east end shows that voters want the quay kept open", "Ines Carvalho", "cue-before")
    ]
    assert _found("Carvalho repeated her claim that the port authority had never consulted the town.") == [
        ("the port authority had never consulted the town", "Carvalho", "cue-before")
    ]


def test_according_to_a_pronoun_is_the_one_it_stands_for() -> None:
    """ "According to him, …" (translated French copy writes "selon lui" so): "him" is the source, resolved
    like any pronoun; not the owner of what follows ("according to her “clawback” plan")."""
    article = parse(
        "Minister defends school reform\n\nEducation Minister Jean-Marc Ouellet defended his bill on Tuesday. "
        "According to him, the new service centres will save $45 million over four years.\n"
    )
    assert [(r.text, r.speaker_mention.text, r.speaker) for r in article.reported if r.cue == "according to"] == [
        ("the new service centres will save $45 million over four years", "him", "Jean-Marc Ouellet")
    ]
    owned = parse(
        "Minister defends school reform\n\nOuellet spoke on Tuesday. According to her “clawback” plan, firms that "
        "move overseas must repay any grants.\n"
    )
    assert all(r.speaker_mention.text != "her" for r in owned.reported)


def test_a_subordinator_before_according_to_opens_what_was_said_after_the_source() -> None:
    """ "He left Mexico after, according to him, …": what the source said is the clause after it, not the
    words before the subordinator."""
    assert _found(
        "Ramos left the network in 1986 after, according to Ramos, its owners censured his first report."
    ) == [("its owners censured his first report", "Ramos", "according-before")]


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Q&A: Why this economist thinks the housing bubble won't burst", "this economist"),
        ("Why residents say the quay plan will sink the town", "residents"),
    ],
)
def test_a_question_word_opening_a_headline_is_no_part_of_its_speaker(title: str, speaker: str) -> None:
    article = parse(f"{title}\n\nThe council meets on Thursday to vote on the plan for the north quay.\n")
    assert [r.speaker_mention.text for r in article.reported] == [speaker]


def test_an_office_is_not_the_person_in_focus_given_a_trade() -> None:
    # "the prime minister" is not the economist the paragraph before reported: one given a trade,
    # no office, holds none the writer takes as known.
    article = parse(
        "Pipeline talks stall\n\n"
        "Ivo Marsh, an economist at the University of Calgary, said the province would still need a port.\n\n"
        "The prime minister, for his part, said he had heard the frustration of the West.\n"
    )
    said = {r.text: r.speaker for r in article.reported}
    assert said["the province would still need a port"] == "Ivo Marsh"
    assert said["he had heard the frustration of the West"] != "Ivo Marsh"


def test_the_group_is_the_body_that_opened_the_sentence_before() -> None:
    # "National" opens many a body's name ("National Council of …", "National Energy Board"), not only
    # a title; and the body that spoke just before goes before one whose name holds a word for "group"
    # (a coalition) named paragraphs before.
    article = parse(
        "Quebec tables its bill\n\n"
        "The Coalition Avenir Québec government tabled a bill on Thursday.\n\n"
        "The premier said the bill reflected the wishes of a majority of voters.\n\n"
        "The National Council of Canadian Muslims said in a news release that the bill would divide the "
        "province. The group said it was studying its legal options.\n"
    )
    said = {r.text: r.speaker for r in article.reported}
    assert said["it was studying its legal options"] == "The National Council of Canadian Muslims"


def test_the_court_heard_is_the_court_not_the_judge_named_of_it() -> None:
    # "Justice Ann Roy of the Ontario Court of Justice": the court is the body past the judge's name;
    # and "the regulator" is no court that heard the case.
    article = parse(
        "Fraud sentence handed down\n\n"
        "Justice Ann Roy of the Ontario Court of Justice said the crimes showed a cold disregard for the victims.\n\n"
        "The court heard that the man posed as a financial adviser for three years.\n\n"
        "In a statement, the regulator said seniors should always check whether an adviser is registered.\n"
    )
    said = {r.text: r.speaker for r in article.reported}
    assert said["the man posed as a financial adviser for three years"] == "Ontario Court of Justice"
    assert "Ann Roy" not in (said["seniors should always check whether an adviser is registered"] or "")


def test_a_bodys_french_name_is_the_subject_and_what_the_body_noun_stands_for() -> None:
    # Quebec copy in English keeps French names, their words in lower case and all.
    article = parse(
        "Metro line to close\n\n"
        "The Société de transport de Montréal said the metro line would close for repairs. The transit agency "
        "said buses would replace the trains.\n"
    )
    said = {r.text: r.speaker for r in article.reported}
    assert said["the metro line would close for repairs"] == "Société de transport de Montréal"
    assert said["buses would replace the trains"] == "Société de transport de Montréal"


def test_he_after_records_show_someone_is_them_not_the_last_speaker() -> None:
    # No one opens "Court documents show Pastuch owns …": the pronoun after is the one named there,
    # not the tenant who spoke the paragraph before.
    article = parse(
        "Landlord must repay deposits\n\n"
        "A judge ruled that the landlord, Greg Pastuch, must repay the deposits of 31 tenants.\n\n"
        "One of the tenants, Ahmed Farah, said he had waited two years for the money.\n\n"
        "Court documents show Pastuch owns 14 buildings in the city. He did not respond to a request for "
        "comment. Earlier, he told CBC that he had done nothing wrong.\n"
    )
    said = {r.text: r.speaker for r in article.reported}
    assert said["he had done nothing wrong"] == "Greg Pastuch"


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        ("They deserve leaders who say the pipeline will be built, and then build it.", "leaders"),
        ("There are many economists who say the tax will cut emissions without hurting growth.", "economists"),
    ],
)
def test_a_plural_noun_who_says_is_who_speaks(sentence: str, noun: str) -> None:
    # "who" stands for the plural noun right before it, not for the sentence's subject ("They").
    article = parse("Pipeline politics\n\n" + sentence + "\n")
    [item] = article.reported
    assert (item.speaker_mention.text if item.speaker_mention else None, item.speaker) == ("who", noun)


def test_a_body_whose_owner_is_said_in_lower_case_before_it_speaks() -> None:
    # "The province's Education Department said …": the department (before: no speaker at all).
    article = parse(
        "Teachers on leave\n\nThe province’s Education Department said in a statement that it is reviewing "
        "class sizes as part of a broader review.\n"
    )
    [item] = article.reported
    assert item.speaker == "Education Department"


def test_told_an_audience_is_whom_it_was_told_not_what() -> None:
    # "Smith told an audience at a festival in Houston last week that …": what follows "that" (before,
    # "an audience at a festival …" was read as the content).
    article = parse("Festival\n\nSmith told an audience at a festival in Houston last week that the plan would fail.\n")
    [item] = article.reported
    assert item.text == "the plan would fail"


def test_a_team_recalling_a_player_reports_nothing() -> None:
    # Sports copy: "The Oilers recalled defenceman Nolan Strome from Bakersfield": a call-up, no memory
    # told (it was reported speech by "Oilers").
    article = parse("Oilers notes\n\nThe Oilers recalled defenceman Nolan Strome from Bakersfield on Monday.\n")
    assert article.reported == ()


def test_a_name_and_its_apposition_before_said_is_the_subject_not_what_was_said() -> None:
    # "Jon Whitaker, a spokesman for Canada Post, said the backlog … had already reached …": Whitaker
    # said it (it was read as "CONTENT, said SPEAKER": "the backlog" saying "Jon Whitaker, a spokesman …").
    article = parse(
        "Strike\n\nJon Whitaker, a spokesman for Canada Post, said the backlog at the Gateway sorting plant in "
        "Mississauga had already reached more than 260 trailers.\n"
    )
    [item] = article.reported
    assert (item.speaker, item.text[:11]) == ("Jon Whitaker", "the backlog")


def test_a_description_and_the_name_set_off_after_it_is_the_subject_not_what_was_said() -> None:
    # "The Health Minister, Randall Coffin, announced a new recruitment office …": Coffin announced it
    # (it was read as "CONTENT, announced SPEAKER": "a new recruitment office" announcing "The Health
    # Minister, Randall Coffin").
    article = parse(
        "Doctors\n\nThe Health Minister, Randall Coffin, announced a new recruitment office in Sydney last week.\n"
    )
    [item] = article.reported
    assert (item.speaker, item.text) == ("Randall Coffin", "a new recruitment office in Sydney last week")


@pytest.mark.parametrize(
    "sentence",
    ["I called the public works department and asked for an explanation.", "Pelchat called Lévesque the same day."],
)
def test_a_telephone_call_reports_nothing(sentence: str) -> None:
    # "called the public works department and asked …", "called Lévesque the same day": a call made, no
    # label given (they were items "the public works department and asked …", "Lévesque the same day").
    assert parse("The arena roof\n\n" + sentence + "\n").reported == ()
