"""How the main screen answers the reader, without Textual: panes, notes, picks, the place kept."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tuiread import reading
from tuiread.model import Article, Span
from tuiread.parser import parse
from tuiread.places import Place, at_start
from tuiread.selection import Selection

TEXT = """Talks end without a deal

Moscow and NATO met on Wednesday. “We will meet again,” said Jens Stoltenberg.

What comes next

The Kremlin said the talks were useful. “Nothing new,” said Wendy Sherman.
"""


@pytest.fixture(scope="module")
def article() -> Article:
    return parse(TEXT)


def test_wide_every_pane_shows_narrow_only_the_active_one() -> None:
    assert all(reading.pane_display(False, "text").values())
    shown = [selector for selector, visible in reading.pane_display(True, "quotes").items() if visible]
    # The quotes list comes with the evidence line under it, in the side column.
    assert shown == ["#side", "#quotes", "#evidence"]
    for pane in reading.PANES:
        assert sum(reading.pane_display(True, pane).values()) >= 1


def test_tab_goes_round_the_panes_and_shift_tab_back() -> None:
    assert reading.pane_after("text", 1) == "quotes"
    assert reading.pane_after("speakers", 1) == "outline"
    assert reading.pane_after("outline", -1) == "speakers"


def test_the_focus_is_in_the_pane_that_holds_it_and_the_search_bar_is_the_texts() -> None:
    # A quote's row in the quotes list: the list itself, then the side column, the row of panes, the screen.
    assert reading.focused_pane(["quotes", "side", "panes", None]) == "quotes"
    assert reading.focused_pane(["text", "text-pane", "panes", None]) == "text"
    assert reading.focused_pane(["search", "text-pane", "panes", None]) == "text"
    # A widget outside every pane (a dialog's field): no pane takes it.
    assert reading.focused_pane(["file", None]) is None
    assert reading.focused_pane([]) is None


def test_n_goes_through_the_matches_while_a_search_has_some_and_slash_types_in_a_field() -> None:
    assert reading.action_allowed("next_match", typing=False, searching=True)
    assert not reading.action_allowed("previous_quote", typing=False, searching=True)
    assert reading.action_allowed("next_quote", typing=False, searching=False)
    assert not reading.action_allowed("previous_match", typing=False, searching=False)
    assert not reading.action_allowed("search", typing=True, searching=False)
    assert reading.action_allowed("search", typing=False, searching=True)
    assert reading.action_allowed("export", typing=True, searching=True)


def test_what_n_says_at_the_ends_and_when_there_is_nothing() -> None:
    assert reading.no_stops_note("reported") == "This article has no reported speech"
    assert reading.no_stops_note("both") == "This article has no quotes"
    assert reading.quote_wrapped_note(1) == "Back to the first one"
    assert reading.quote_wrapped_note(-1) == "On to the last one"
    assert reading.search_wrapped_note(1) == "Search wrapped to the top"
    assert reading.search_wrapped_note(-1) == "Search wrapped to the bottom"


def test_an_offset_in_a_quote_finds_it(article: Article) -> None:
    second = article.quotes[1]
    assert reading.quote_at(article, TEXT.index("Nothing new")) == second.index
    assert reading.quote_at(article, TEXT.index("Kremlin")) is None


def test_a_place_at_the_start_is_not_worth_keeping() -> None:
    assert at_start(Place())
    assert not at_start(Place(paragraph=2))
    assert not at_start(Place(quote=1))


def test_a_request_toggles_adds_or_removes(article: Article) -> None:
    picked = Selection().requested(article, "paragraphs", (0,), None)
    assert picked.paragraph_indexes(article) == [0]
    assert picked.requested(article, "paragraphs", (0,), None).paragraph_indexes(article) == []
    # A section asked for as a whole, then toggled off again.
    section = picked.requested(article, "section", (1,), True)
    assert section.sections == frozenset({1})
    assert section.requested(article, "section", (1,), None).sections == frozenset()
    quotes = Selection().requested(article, "quotes", (0, 1), True)
    assert quotes.quotes == frozenset({0, 1})
    assert quotes.requested(article, "quotes", (1,), None).quotes == frozenset({0})
    reported = Selection().requested(article, "reported", (0,), None)
    assert reported.reported == frozenset({0})
    assert reported.requested(article, "reported", (0,), False).reported == frozenset()


def test_picked_quotes_carry_over_to_the_corrected_article(article: Article) -> None:
    # "Not a quote" on the first one: the second becomes quote 0 and stays picked.
    corrected = replace(article, quotes=(replace(article.quotes[1], index=0),))
    assert reading.carried_quotes(article, corrected, frozenset({0, 1, 7})) == frozenset({0})
    assert reading.first_quote_from(corrected, article.quotes[1].start - 2) == 0
    assert reading.first_quote_from(corrected, len(TEXT)) is None


def test_each_stage_of_a_long_articles_parse_has_its_part_and_its_note() -> None:
    assert reading.stage_role(shown=False, partial=True) == "first"  # a preview, or the text without quotes
    assert reading.stage_role(shown=True, partial=True) == "rest_of_text"
    assert reading.stage_role(shown=True, partial=False) == "quotes"
    assert reading.loading_note(preview=True, partial=True) == "Reading the rest of the article…"
    assert reading.loading_note(preview=False, partial=True) == "Finding quotes…"
    assert reading.loading_note(preview=False, partial=False) is None


def test_an_article_opens_at_the_quote_holding_the_words_asked_for_else_at_the_words(article: Article) -> None:
    quote = article.quotes[1]
    assert reading.opening_spot(article, quote.start + 2, quote.start + 6) == quote.index
    words = article.text.index("Moscow")
    assert reading.opening_spot(article, words, words + 6) == Span(words, words + 6)
    # A stretch outside this parse's text (the index's was of an older one) opens at the start.
    assert reading.opening_spot(article, len(article.text) - 2, len(article.text) + 40) is None


def test_an_article_returns_to_its_place_kept_inside_it() -> None:
    assert reading.place_to_return(None, 5) is None
    assert reading.place_to_return(Place(), 5) is None
    assert reading.place_to_return(Place(paragraph=3, top=4, quote=1), 5) == Place(3, 4, 1)
    # The file got shorter since: its last paragraph.
    assert reading.place_to_return(Place(paragraph=9, top=20), 5) == Place(4, 20)


def test_saved_corrections_that_cannot_be_read_or_no_longer_fit_are_told() -> None:
    assert reading.corrections_notice(None, None) is None
    unread = reading.corrections_notice("corrections.json is not JSON", None)
    assert unread is not None and unread.severity == "error" and unread.title == "Corrections not read"
    assert unread.message.startswith("corrections.json is not JSON. The quotes show as parsed")
    lost = reading.corrections_notice(None, "2 corrections no longer fit the text")
    assert lost == reading.Notice(
        "2 corrections no longer fit the text (tuiread corrections list lists them)", severity="warning", timeout=6
    )


def test_an_export_waits_for_the_article_and_for_the_rest_of_a_long_one() -> None:
    assert reading.export_refusal(False, False, Selection()).message == "Nothing to export yet"  # type: ignore[union-attr]
    # Only a long article's start is in: the whole article (no selection) or a section would be cut short.
    refused = reading.export_refusal(True, True, Selection())
    assert refused is not None and refused.title == "Not exported"
    assert reading.export_refusal(True, True, Selection(sections=frozenset({1}))) is not None
    assert reading.export_refusal(True, True, Selection(paragraphs=frozenset({0}))) is None  # whole already
    assert reading.export_refusal(True, False, Selection()) is None


def test_r_says_how_many_spots_it_highlights_or_that_it_stopped() -> None:
    assert reading.repairs_note(True, 7) == "Repairs highlighted (7 spots)"
    assert reading.repairs_note(False, 7) == "Repairs not highlighted"


def test_a_quote_corrected_then_undone_says_so_each_time(article: Article) -> None:
    from tuiread.corrections import ArticleCorrections

    corrections = ArticleCorrections(article)
    corrections.opened()
    assert reading.cannot_correct(corrections) is None
    quote = article.quotes[0]
    done = reading.correct_quote(corrections, quote, "Wendy Sherman", not_quote=False)
    assert done.article is not None and done.article.quotes[0].speaker == "Wendy Sherman"
    assert done.at == quote.start and done.notice.message.startswith("Saved: “We will meet again,” → Wendy Sherman")
    undone = reading.undo_correction(corrections, done.article.quotes[0])
    assert undone.article is not None and undone.article.quotes[0].speaker == "Jens Stoltenberg"
    assert undone.notice.message.startswith("Undone: ")
    nothing = reading.undo_correction(corrections, quote)
    assert nothing.article is None and nothing.notice.message == "No corrections to undo in this article"
    # A name that cannot be one is refused, with the store's reason.
    refused = reading.correct_quote(corrections, quote, "", not_quote=False)
    assert refused.article is None and refused.notice.severity == "error"
    assert refused.notice.title == "Correction not saved"


def test_corrections_that_cannot_be_read_cannot_be_added_to(article: Article) -> None:
    from tuiread.corrections import ArticleCorrections

    corrections = ArticleCorrections(article)
    corrections.error = "corrections.json is not JSON"
    refusal = reading.cannot_correct(corrections)
    assert refusal == reading.Notice("corrections.json is not JSON", "Cannot save corrections", "error", 8)
