"""The scans of the people index find what the patterns they replaced found: `whole_words` an
article's surnames (``\\b(?:w1|w2|…)\\b``), `_word_before` a title before a name, `_name_runs` the
runs of name words (``_NAME_RUN.finditer``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tuiread.parser.lexicon import alternation, word_start_alternation
from tuiread.parser.quotes import names
from tuiread.parser.quotes.names import (
    _NAME_RUN,
    _NAMED_BY_FIRST_NAME,
    _NICKNAMED,
    _TITLE_BEFORE,
    NAME_RUN_WORD,
    PeopleIndex,
    _name_runs,
    _named_by_first_name,
    _nicknamed,
    _word_before,
    whole_words,
)

CASES = [
    ("Sanders spoke. Later Sanders said no.", {"Sanders"}, 0),
    ("Lin and Li met Linh; Lin's aide", {"Li", "Lin"}, 0),  # the longest word at a place wins
    ("Ocasio-Cortez and Cortez, Cortez-Ocasio", {"Cortez", "Ocasio-Cortez"}, 0),  # no overlaps
    ("O’Rourke, O'Rourke and Rourke", {"O’Rourke", "Rourke"}, 0),
    ("King Jr. said, Jr.X and Jr.", {"Jr."}, 0),  # a word ending in a full stop
    ("Smithson Smith _Smith Smith_ Smith2 éSmith Smith", {"Smith"}, 0),
    ("Smith Smith Smith", {"Smith"}, 3),  # from a start inside a word: the boundary looks back
    ("", {"Smith"}, 0),
    # (each place of a word's first character is looked at: words that share it, and run into themselves)
    ("Anna Ann Annan AnnAnn Ann-Ann nAnn Ann", {"Ann", "Anna", "AnnAnn"}, 0),
    ("SSS S SS, S.S. SSSS", {"S", "SS", "S.S."}, 1),
    ("--x -- --x-- ---x", {"--x", "--"}, 0),  # not opening with a word character
]


@pytest.mark.parametrize(("text", "words", "start"), CASES)
def test_whole_words_finds_what_the_pattern_found(text: str, words: set[str], start: int) -> None:
    pattern = re.compile(r"\b" + alternation(words) + r"\b")
    assert whole_words(text, words, start) == [m.span() for m in pattern.finditer(text, start)]


def test_a_later_surname_is_a_mention_of_the_full_name() -> None:
    text = "Bernie Sanders spoke first. Then Jane Lin and Sanders left; Sandersville stayed."
    people = PeopleIndex(text)
    assert people.people["Bernie Sanders"].positions == [0, text.index("Sanders left")]
    assert people.lookup("Sanders", len(text)) is people.people["Bernie Sanders"]


WINDOWS = [
    ("said Senator Bernie Sanders", len("said Senator ")),
    ("Senator Bernie", len("Senator ")),  # the title opens the text
    ("x" * 50 + " Gov.  Jay Inslee", 56),  # trailing spaces
    ("an unusually-long-hyphenated-word-that-runs-back-past-forty Smith", 59),  # starts before the window
    ("the (former) Mayor\tAdams", 19),
    ("Mayor,  Adams", 8),  # a comma is no part of a title word
    ("", 0),
]


@pytest.mark.parametrize(("text", "start"), WINDOWS)
def test_word_before_finds_what_the_pattern_found(text: str, start: int) -> None:
    m = _TITLE_BEFORE.search(text, max(0, start - 40), start)
    assert _word_before(text, start) == (m.group("title") if m else None)


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith met Mrs Jones and xMr Brown; General Lee, Gen. Grant, Genx Doe.",
        "Mr",
        "_Mr Mrs-Mrs\nMs",
    ],
)
def test_word_start_alternation_matches_as_a_look_back_before_the_words(text: str) -> None:
    words = {"Mr", "Mrs", "Ms", "General", "Gen"}
    plain = re.compile(rf"(?<!\w)(?:{alternation(words)})")
    fast = re.compile(word_start_alternation(words, r"\w"))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


RUNS = [
    ("Former President Bill Clinton met Mr. Tom Smith Jr. and Mrs\nJane Doe in New York.", 0),
    ("Ludwig van Beethoven, Osama bin Laden, José de\tSan Martín and Ana de la Cruz", 0),
    ("O’Rourke Said, McDonald Trump, D'Arcy Moore, MacArthur Park, DeShawn Jones", 0),
    ("J. R. Smith, A.B. Jones, U.S. President, CNN Reporter, xJohn Smith and .John Smith", 0),
    ("Jean-Luc Picard-Smythe Jr. and Carlos Gómez-Ortega III said", 5),  # from a start inside a word
    ("Mr" + "a" * (NAME_RUN_WORD + 5) + " Smith, " + "Ab" * NAME_RUN_WORD + " Cd", 0),  # words past the reach
    ("Ab" * 300, 0),
    # (words of just the reach and one past it, particles and spaces of each kind before a capital)
    ("A" + "b" * (NAME_RUN_WORD - 1) + " Cd, E" + "f" * NAME_RUN_WORD + "  Gh, Ij de  la\t Kl, Mn van\n\nOp, Qr de", 0),
    ("", 0),
]


@pytest.mark.parametrize(("text", "start"), RUNS)
def test_name_runs_finds_what_the_pattern_found(text: str, start: int) -> None:
    expected = [(m.span(), m.groupdict()) for m in _NAME_RUN.finditer(text, start)]
    assert [(m.span(), m.groupdict()) for m in _name_runs(text, start)] == expected


HONORIFIC_PLACES = [
    "Mrs. Clinton, MR Obama, Ms..  Vos, Sir\tElton, lady Gaga and the Lord Mayor; Dame  ",
    "Mrs.Khan, Hmr. Khan, (Mr. Khan), Mr.-Khan, Mister Khan, Mr’ Khan, Madam Khan",
    "x" * 45 + " Mr." + " " * 30 + "Khan",  # the word before far back (in the window or past it)
    "Mr. . Khan, MRS\u00a0Khan, Lord.\nBlack, sir. .\tJo, LADY  Di, Dames Jo, hmm. Jo, .. Jo",  # the last letter
    "",
]


@pytest.mark.parametrize("text", HONORIFIC_PLACES)
def test_the_honorific_before_a_place_is_the_word_before_it_read_as_one(text: str) -> None:
    for at in range(len(text) + 1):
        expected = names._HONORIFIC_GENDER.get(names._key(_word_before(text, at) or ""))
        assert names.honorific_gender_before(text, at) == expected


def test_nicknamed_finds_what_the_pattern_found() -> None:
    text = (
        "Tyler “Benny” Benson and Dwayne 'The Rock' Johnson met Jo \t\"Big Jo\"  Smith. McDonald “Mac” "
        "Smith, ABC “Dee” Fox, the “Big” One, Mr. “Too long a nickname by far” Jones. Ann “A” “B” Cole, "
        "Ann“Bo” Cole, Ann ‘Bo’ Cole, ann “Bo” Cole, Ann “bo” Cole. “Bo” Cole opened it; then Lee “Bo” Cole"
    )
    for start in range(len(text) + 1):  # (from a start inside a first name too)
        expected = [(m.span(), m.groupdict()) for m in _NICKNAMED.finditer(text, start)]
        assert [(m.span(), m.groupdict()) for m in _nicknamed(text, start)] == expected


def test_named_by_first_name_finds_what_the_pattern_found() -> None:
    text = (
        "A resident named Caroline spoke; the chief known as Bob and a man identified only as Mark "
        "agreed. She gave her first name only as Ann, the unknown Sam, renamed Tom, a man named Tom "
        "Smith, a dog named\tRex, well-known as Kim, someone known only as Jo, gave his name as Al."
    )
    for start in range(len(text) + 1):  # (from a start inside a word too)
        expected = [(m.span(), m.groupdict()) for m in _NAMED_BY_FIRST_NAME.finditer(text, start)]
        assert [(m.span(), m.groupdict()) for m in _named_by_first_name(text, start)] == expected
    assert len(list(_NAMED_BY_FIRST_NAME.finditer(text))) >= 6


def _long_text() -> str:
    """The samples one after another, several times: a long article naming many people."""
    samples = sorted((Path(__file__).parent.parent / "samples").glob("*.txt"))
    return "\n\n".join(p.read_text(encoding="utf-8") for p in samples) * 6


def test_many_surnames_are_found_in_one_pass_as_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long text's surnames are found by its runs of word characters (linear), the same spans as
    each surname looked for on its own (quadratic on a 2 MB article)."""
    from tuiread.parser.quotes import names

    text = _long_text()
    words = {w.strip(".,;:“”’'\"()") for w in text.split() if w[:1].isupper()} | {"Ocasio-Cortez", "O’Neill"}
    assert len(words) > names._WORDS_FOUND_ONE_BY_ONE
    in_one_pass = names.whole_words(text, words)
    monkeypatch.setattr(names, "_WORDS_FOUND_ONE_BY_ONE", 10**9)
    assert in_one_pass == names.whole_words(text, words)


def test_a_long_texts_cue_words_are_those_its_pieces_give(monkeypatch: pytest.MonkeyPatch) -> None:
    from tuiread.parser.quotes import reported

    text = _long_text()
    assert len(text) > reported._RUNS_MATCHED_ONE_BY_ONE
    by_runs = [(m.start(), m.end()) for m in reported.cue_word_matches(text, 0, len(text))]
    monkeypatch.setattr(reported, "_RUNS_MATCHED_ONE_BY_ONE", 10**9)
    assert by_runs and by_runs == [(m.start(), m.end()) for m in reported.cue_word_matches(text, 0, len(text))]


def test_a_name_written_again_with_other_words_around_it_is_read_afresh() -> None:
    # What a run's words say is remembered from one run to the next (`_titles_off`, `_name_of_run`),
    # what stands before it is not: "of" after a title cuts a portfolio only where it stands.
    text = (
        "New York Mayor Bill de Blasio spoke first. Later, Bill de Blasio said the city was ready. "
        "The Deputy Director of Public Prosecution Eva-Marie Persson agreed, and so did Public "
        "Prosecution Eva-Marie Persson's deputy."
    )
    people = PeopleIndex(text)
    assert people.people["Bill de Blasio"].role == "New York Mayor"
    assert len(people.people["Bill de Blasio"].positions) == 2
    assert people.people["Eva-Marie Persson"].positions == [text.index("Eva-Marie")]
    # (the same words without a title and "of" before them: read as they stand there)
    assert "Public Prosecution Eva-Marie Persson" in people.people


def test_the_role_set_off_at_the_first_mention_is_read_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    # Read when first asked for (most people are never asked), and as it was read at once: it
    # stands before a title the person is given later ("Mayor Kwame Asante").
    text = (
        "Kwame Asante, a tenant organizer, spoke first. Olga Brandt, a landlord, spoke next. "
        "Later, Mayor Kwame Asante said no."
    )
    read: list[int] = []
    real = names._role_set_off
    monkeypatch.setattr(names, "_role_set_off", lambda t, a, b: read.append(a) or real(t, a, b))
    people = PeopleIndex(text)
    assert people.people["Kwame Asante"].role == "tenant organizer"
    assert read == [0]  # (the landlord's not read: nobody asked)
    assert people.people["Olga Brandt"].role == "landlord"


def test_mentions_before_are_those_found_person_by_person() -> None:
    # Read back along the index's mentions, as `PeopleIndex.recent` then each person's places gave
    # them: latest first, none inside a quotation, of the pronoun's gender; two people at one place
    # (the resolver adds a name where the index has one) in the order `recent` gives them.
    from tuiread.parser.quotes.resolve import Resolver

    text = (
        "Olga Brandt met Tom Ruiz. “Olga Brandt is wrong,” Tom Ruiz said. Brandt left, and Ruiz "
        "stayed; Mr. Ruiz and Ms. Brandt spoke later. Then Brandt said it again."
    )
    quote = (text.index("“"), text.index("”") + 1)
    people = PeopleIndex(text)
    resolver = Resolver(text, people, [quote])
    for at in (len(text), text.index("Then"), text.index("Mr."), 10):
        for gender in (None, "f", "m"):
            for floor in (0, 30, at):
                expected = resolver._mentions_by_person(at, gender, floor)
                assert resolver._mentions_before(at, gender, floor) == expected
                # (read one at a time, for `_in_focus`: the same, in the same order)
                assert list(resolver._latest_mentions(at, gender, floor)) == expected
    people.add("Ruiz", text.index("Then Brandt") + 5)  # (someone else named where Brandt stands)
    assert resolver._mentions_before(len(text), None, 0) == resolver._mentions_by_person(len(text), None, 0)
    assert list(resolver._latest_mentions(len(text), None, 0)) == resolver._mentions_by_person(len(text), None, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Dhaliwal's lawyer, Kevin Gill, spoke. The bus driver,\t Ana Ruiz agreed. Desjardins analyst Jerome Dubreuil",
        "The president of the local union,   Sam Hill said. (Developer  Jo Fry.) Election law expert Al Bee",
        "a," + " " * 90 + "Kim Lee, and analyst,Tom Ruiz; Their landlord, \nOlga Brandt",
    ],
)
def test_a_role_before_a_name_is_sought_only_where_it_may_stand(text: str) -> None:
    # `_role_set_off` runs the patterns with a comma before the name only where one stands there, and
    # the one with a word before it only where none does: the others could match nowhere else.
    for start in range(len(text) + 1):
        comma = names._set_off_by_a_comma(text, start)
        if not comma:
            assert names._OWNED_ROLE_BEFORE.search(text, max(0, start - 50), start) is None
            assert names._DESCRIBED_BEFORE.search(text, max(0, start - 80), start) is None
        else:
            assert names._ROLE_NOUN_BEFORE.search(text, max(0, start - 60), start) is None


@pytest.mark.parametrize(
    "text",
    [
        "Minister of Transportation and Infrastructure Elvis Loveless said. Director of  Public Prosecution Eva",
        "Transportation and\tInfrastructure Minister; the head of\n Jo and  Kim, of ",
        "voters in Palo Alto and a rally at  the\tTrump Plaza; Xin Li and Ann Lee near\nYork",
        "her husband, Frank Fiorina and his son Eric, Trump's widow\n Ann and xhis wife Jo, their  sister,  Al",
    ],
)
def test_the_words_before_a_name_are_sought_only_where_their_window_ends_as_they_do(text: str) -> None:
    # A title and "of" (`_title_of_before`), a portfolio joined by "and" (`portfolio_start`), a place's
    # word (`_at_a_place`) and kin (`_kin_before`) are searched only where the window before the name
    # ends with one of their words (or a comma, for kin) and spaces: nowhere else could they match.
    for at in range(len(text) + 1):
        for low in (max(0, at - 80), max(0, at - 60)):
            if not names.ends_after_spaces(text, low, at, ("of", "and")):
                assert names._TITLE_OF_BEFORE.search(text, low, at) is None
            if not names.ends_after_spaces(text, low, at, ("and",)):
                assert names._PORTFOLIO_AND_BEFORE.search(text, low, at) is None
        assert names._at_a_place(text, at) == bool(names._AT_A_PLACE.search(text, max(0, at - 16), at))
        assert names._kin_before(text, at) == bool(names._KIN_BEFORE.search(text, max(0, at - 50), at))


@pytest.mark.parametrize(
    "text",
    [
        "Doug and Patti Henning ran the shop. Later, Doug and Patti Henning and Mary and Joe Smith sold it.",
        "McDoug and Ann Lee; Bob and Ann Lee met Sue and Tom Ray. Smith and Wesson Holdings",
        "A and B C, Ann and Bo Li and Cy and Di Wu-Xu went home",
        "Ann  and\tBo Li",
    ],
)
def test_couples_are_found_as_the_pattern_finds_them(text: str) -> None:
    expected = [(m.span(), m.groupdict()) for m in names._COUPLE.finditer(text, 0)]
    assert expected  # (each text holds at least one couple)
    assert [(m.span(), m.groupdict()) for m in names._couples(text, 0)] == expected


def test_a_cape_is_a_place_not_a_first_name() -> None:
    people = names.PeopleIndex("The fiddler of Cape Breton\n\nAshley MacIsaac plays every night in Mabou.\n")
    assert "Cape Breton" not in people.people and "Ashley MacIsaac" in people.people


def test_the_last_one_named_is_the_first_of_the_mentions_before() -> None:
    from tuiread.parser.quotes.resolve import Resolver

    text = "Olga Brandt met Tom Ruiz. “Olga Brandt is wrong,” Tom Ruiz said. Brandt left.  “No,” he said."
    quote = (text.index("“"), text.index("”") + 1)
    resolver = Resolver(text, PeopleIndex(text), [quote])
    for at in range(len(text) + 1):
        named = resolver._mentions_before(at, None, max(0, at - 2500))
        assert resolver._last_named_or_quoted(at) == (named[0][1] if named else 0)


def test_the_name_before_a_businesss_word_is_a_place_not_a_person() -> None:
    # "Hollow Creek Ranch": "Hollow Creek" is no one (it was a person once "Ranch" was no name's word).
    people = PeopleIndex("She has run Hollow Creek Ranch with her sister since 1988. Hollow Creek is quiet now.")
    assert "Hollow Creek" not in people.people
