"""The reader's article from its first stage to leaving it, without Textual (`tuiread.app.reader_article`)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from test_reading_answers import TEXT
from tuiread.app.reader_article import ReaderArticle
from tuiread.app.source import ArticleSource
from tuiread.corrections import ArticleCorrections
from tuiread.model import Article
from tuiread.parser import parse
from tuiread.places import Place, load_place
from tuiread.reading import correct_quote
from tuiread.selection import Selection


@pytest.fixture(scope="module")
def article() -> Article:
    return parse(TEXT)


def test_an_article_parsed_whole_is_ready_at_its_first_stage(article: Article) -> None:
    reading = ReaderArticle()
    reading.selection = Selection(quotes=frozenset({0}))  # left from nothing: a new article starts unpicked
    arrival = reading.arrive(article, partial=False, preview=False)
    assert (arrival.role, arrival.note, arrival.ready, arrival.notice) == ("first", None, True, None)
    assert reading.article == arrival.article == article and not reading.selection
    assert reading.corrections is not None and not reading.preview_only


def test_a_long_article_comes_as_its_start_its_text_then_its_quotes(article: Article) -> None:
    """Each stage says what the status line shows meanwhile; only the last is ready, and only the
    article with its quotes gets the reader's corrections (a partial one has none to apply them to)."""
    reading = ReaderArticle()
    start = reading.arrive(article, partial=True, preview=True)
    assert (start.role, start.note, start.ready) == ("first", "Reading the rest of the article…", False)
    assert reading.preview_only and reading.corrections is None
    reading.selection = Selection(paragraphs=frozenset({1}))  # picked in the preview: it stays
    text = reading.arrive(article, partial=True, preview=False)
    assert (text.role, text.note, text.ready) == ("rest_of_text", "Finding quotes…", False)
    assert not reading.preview_only and reading.selection.paragraphs == {1}
    quotes = reading.arrive(article, partial=False, preview=False)
    assert (quotes.role, quotes.note, quotes.ready) == ("quotes", None, True)
    assert reading.corrections is not None and reading.selection.paragraphs == {1}


def test_saved_corrections_are_applied_as_the_article_arrives(article: Article) -> None:
    correct_quote(ArticleCorrections(article), article.quotes[0], "Wendy Sherman", not_quote=False)
    arrival = ReaderArticle().arrive(article, partial=False, preview=False)
    assert arrival.article.quotes[0].speaker == "Wendy Sherman" and arrival.notice is None


def test_a_stretch_to_open_at_is_taken_once() -> None:
    reading = ReaderArticle(open_at=(10, 20))
    assert reading.take_open_at() == (10, 20)
    assert reading.take_open_at() is None


def test_leaving_saves_the_place_and_the_next_opening_returns_there(article: Article) -> None:
    reading = ReaderArticle()
    reading.arrive(article, partial=False, preview=False)
    reading.moved_to(1, 5)
    reading.quote_in_hand(1)
    reading.leave(remember=False)
    assert reading.place == Place()
    assert reading.corrections is not None and load_place(reading.corrections.key) is None  # not remembered
    reading.moved_to(1, 5)
    reading.quote_in_hand(1)
    reading.leave(remember=True)
    again = ReaderArticle()
    again.arrive(article, partial=False, preview=False)
    assert again.place_to_return(len(article.paragraphs), remember=True) == Place(1, 5, 1)
    assert again.place_to_return(len(article.paragraphs), remember=False) is None


def test_leaving_stops_the_articles_own_parse(monkeypatch: pytest.MonkeyPatch, article: Article) -> None:
    source = ArticleSource(article=article)
    closed: list[bool] = []
    monkeypatch.setattr(source, "close", lambda: closed.append(True))
    ReaderArticle(source).leave(remember=False)
    assert closed == [True]


def test_a_correction_carries_the_picked_quotes_over(article: Article) -> None:
    reading = ReaderArticle()
    reading.arrive(article, partial=False, preview=False)
    assert reading.corrections is not None
    reading.selection = Selection(quotes=frozenset({1}))
    done = correct_quote(reading.corrections, article.quotes[0], None, not_quote=True)  # the first is no quote
    assert reading.corrected(done) is article
    assert reading.article is done.article and reading.selection.quotes == {0}  # the same quote, renumbered
    assert reading.corrected(replace(done, article=None)) is None and reading.article is done.article


def test_a_quote_is_correctable_once_the_article_is_in_with_its_quotes(article: Article) -> None:
    reading = ReaderArticle()
    assert reading.correctable(0) is None  # nothing in yet
    reading.arrive(article, partial=True, preview=False)
    assert reading.correctable(0) is None  # its quotes are still coming: no corrections yet
    reading.arrive(article, partial=False, preview=False)
    found = reading.correctable(1)
    assert found is not None and found[0] is reading.corrections and found[1] == article.quotes[1]
    assert reading.correctable(len(article.quotes)) is None and reading.correctable(-1) is None
