"""Search across a library as people type, and the people index's merge rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from libhelpers import indexed

from tuiread.library.index import Library, LibraryError
from tuiread.library.people import NameSeen, find_person, merge_names, people, person_quotes
from tuiread.library.records import is_unnamed
from tuiread.library.search import fts_query, search
from tuiread.parser import parse_path


@pytest.fixture
def library(tmp_path: Path) -> Library:
    lib = indexed(tmp_path / "news", tmp_path / "lib.sqlite")
    yield lib
    lib.close()


def _found_text(hit_path: str, start: int, end: int) -> str:
    return parse_path(hit_path).text[start:end]


@pytest.mark.parametrize(
    ("query", "written"),
    [
        ("haven't", "haven’t"),  # a straight apostrophe finds a curly one
        ("Clement", "Clément"),  # accents never matter
        ("clément verdier", "Clément Verdier"),
        ("sherm", "Sherman"),  # the last word from its start
        ("“no more delays”", "no more delays"),  # the query's own quotation marks are no syntax
        ("white-house", "White House"),
    ],
)
def test_a_hit_says_where_the_words_are_in_the_article(library: Library, query: str, written: str) -> None:
    hits = [h for h in search(library, query) if h.kind != "speaker"]
    assert hits, query
    hit = hits[0]
    assert _found_text(hit.path, hit.start, hit.end) == written
    assert hit.snippet[hit.snippet_start : hit.snippet_end] == written


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"unbalanced',
        "AND",
        "OR NOT",
        "NEAR(",
        "*",
        "-",
        "col:umn",
        "^start",
        "(",
        ")",
        "'",
        "a AND b OR",
        "x' OR '1'='1",
        "\\",
        "NEAR(a b, 2)",
        "{body}: x",
        "",
        "   ",
        "\x00",
        "🙂",
    ],
)
def test_awkward_queries_never_raise(library: Library, query: str) -> None:
    hits = search(library, query)
    assert isinstance(hits, list)


def test_a_query_with_a_capital_matches_case(library: Library) -> None:
    assert search(library, "verdier")
    assert not search(library, "VERDIER")


def test_words_in_a_quote_are_a_hit_in_that_quote_and_a_name_finds_what_they_said(library: Library) -> None:
    in_quote = search(library, "questionable")
    assert [(h.kind, h.speaker) for h in in_quote] == [("quote", "Wendy Sherman")]
    said = [h for h in search(library, "Wendy Sherman") if h.kind == "speaker"]
    quoted = {h.snippet for h in said}
    # The second quote says "she", not her name: found through its speaker.
    assert "Some requests are not even questionable," in quoted


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('NEAR(" AND') == '"near and" *'
    assert fts_query("a-b") == '"a b"'
    assert fts_query("!!!") is None


def _seen(*names: str, kind: str = "person", gender: str | None = None) -> list[NameSeen]:
    return [NameSeen(article=n, name=name, kind=kind, gender=gender, quotes=1) for n, name in enumerate(names)]


def _groups(seen: list[NameSeen]) -> set[frozenset[str]]:
    return {frozenset(s.name for s in group) for group in merge_names(seen)}


def test_same_surname_different_first_names_stay_apart() -> None:
    groups = _groups(_seen("Wendy Sherman", "Brad Sherman", "Sherman"))
    assert groups == {frozenset({"Wendy Sherman"}), frozenset({"Brad Sherman"}), frozenset({"Sherman"})}


def test_a_surname_alone_merges_with_the_only_person_of_that_surname() -> None:
    groups = _groups(_seen("Wendy Sherman", "Sherman", "Ms. Sherman", "WENDY SHERMAN", "W. Sherman"))
    assert groups == {frozenset({"Wendy Sherman", "Sherman", "Ms. Sherman", "WENDY SHERMAN", "W. Sherman"})}


def test_spellings_of_one_name_merge() -> None:
    groups = _groups(_seen("Clément Verdier", "Clement Verdier", "Mr. Clément Verdier", "Martin Luther King Jr."))
    assert frozenset({"Clément Verdier", "Clement Verdier", "Mr. Clément Verdier"}) in groups


def test_a_short_name_merges_with_the_one_longer_name_only() -> None:
    groups = _groups(_seen("George Bush", "George W. Bush"))
    assert groups == {frozenset({"George Bush", "George W. Bush"})}
    groups = _groups(_seen("George Bush", "George W. Bush", "George H. W. Bush"))
    assert frozenset({"George Bush"}) in groups


def test_a_known_gender_that_differs_keeps_names_apart() -> None:
    seen = [*_seen("Wendy Sherman", gender="f"), NameSeen(article=9, name="Sherman", gender="m", quotes=1)]
    assert len(merge_names(seen)) == 2


def test_a_speaker_the_parser_could_not_name_is_someone_of_one_article_only() -> None:
    seen = [
        *_seen("a man", "a man", "one former aide", "one former aide"),
        *_seen("the agency", "the agency", "the White House", "The White House", kind="organisation"),
    ]
    groups = merge_names(seen)
    assert sorted(len(g) for g in groups if g[0].name in ("a man", "one former aide", "the agency")) == [1] * 6
    assert {frozenset(s.name for s in g) for g in groups if len(g) > 1} == {
        frozenset({"the White House", "The White House"})
    }
    assert not is_unnamed("de Blasio") and not is_unnamed("al-Assad")  # names that open in lower case


def test_the_top_speakers_of_an_article_are_named_ones(tmp_path: Path) -> None:
    articles = {
        "rally.txt": "Rally in Ohio\n\n“We came from Cleveland,” a man said.\n\n“So did we,” a man said.\n\n"
        "“Ohio will decide,” said Governor John Kasich.\n"
    }
    with indexed(tmp_path / "news", tmp_path / "lib.sqlite", articles) as library:
        (rally,) = library.articles()
        everyone = {p.name: p.kind for p in people(library)}
    assert rally.top_speakers == ("John Kasich",)
    assert everyone == {"John Kasich": "person", "a man": "unnamed"}


def test_organisations_stay_apart_from_people() -> None:
    seen = [
        *_seen("The White House", "White House", kind="organisation"),
        NameSeen(article=5, name="Sherman", kind="organisation", quotes=1),
        *_seen("Wendy Sherman"),
    ]
    assert _groups(seen) == {
        frozenset({"The White House", "White House"}),
        frozenset({"Sherman"}),
        frozenset({"Wendy Sherman"}),
    }


def test_the_people_index_of_a_library(library: Library, tmp_path: Path) -> None:
    everyone = {p.name: p for p in people(library)}
    assert {"Wendy Sherman", "Brad Sherman", "Clément Verdier"} <= set(everyone)
    wendy = everyone["Wendy Sherman"]
    assert (wendy.quotes, wendy.articles, wendy.kind) == (2, 1, "person")
    assert everyone["The White House"].kind == "organisation"
    assert [p.kind for p in people(library, kind="organisation")] == ["organisation"]

    with pytest.raises(LibraryError, match="could be any of 2 people"):
        find_person(library, "Sherman")
    assert find_person(library, "wendy sherman").name == "Wendy Sherman"
    assert find_person(library, "Clement Verdier").name == "Clément Verdier"
    with pytest.raises(LibraryError, match="nobody called"):
        find_person(library, "Nobody Known")


def test_a_surname_alone_in_another_article_joins_the_only_one_of_that_surname(tmp_path: Path) -> None:
    articles = {
        "one.txt": "Minister tours the tunnel\n\nThe French minister Clément Verdier visited the site.\n\n"
        "“There will be no more delays on this line,” Verdier said at the entrance.\n",
        "two.txt": "Works go on\n\nEngineers kept digging through the winter months.\n\n"
        "“We are ahead of the plan we made last year,” Verdier told reporters.\n",
    }
    with indexed(tmp_path / "news", tmp_path / "lib.sqlite", articles) as library:
        verdier = find_person(library, "Clément Verdier")
        assert set(verdier.variants) == {"Clément Verdier", "Verdier"}
        assert (verdier.quotes, verdier.articles) == (2, 2)
        assert [q.text.rstrip(",") for q in person_quotes(library, verdier)] == [
            "There will be no more delays on this line",
            "We are ahead of the plan we made last year",
        ]


def test_a_role_written_with_other_capitals_is_listed_once(tmp_path: Path) -> None:
    articles = {
        "one.txt": "Clinton tours Ohio\n\nFormer President Bill Clinton spoke in Ohio.\n\n"
        "“We can win this state,” Bill Clinton, the former President, said on Monday.\n",
        "two.txt": "Clinton in Iowa\n\nThe crowd waited an hour in the rain.\n\n"
        "“Iowa matters,” Bill Clinton, the former president, said.\n\n"
        "“It always has,” Bill Clinton, the former president, added.\n",
    }
    with indexed(tmp_path / "news", tmp_path / "lib.sqlite", articles) as library:
        bill = find_person(library, "Bill Clinton")
    assert [role.casefold() for role in bill.roles] == ["former president"]
    assert bill.roles[0] == "former president"  # the spelling used the most


def test_a_query_found_everywhere_is_listed_unranked(library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    from tuiread.library import search as search_module

    ranked = {(h.path, h.start) for h in search(library, "the")}
    monkeypatch.setattr(search_module, "RANKED_UP_TO", 2)
    unranked = {(h.path, h.start) for h in search(library, "the")}
    assert unranked == ranked and len(ranked) > 2
