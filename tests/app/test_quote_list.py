"""The quotes list on its own: every quote keeps its speaker line however the list came to its size."""

from __future__ import annotations

from textual.app import App, ComposeResult

from tuiread.app.widgets.quotes import QuoteList
from tuiread.model import Article
from tuiread.parser import parse

NAMES = ("Wendy Sherman", "Alexander Grushko", "Jens Stoltenberg", "Tomás Valente")


def article_with_quotes(count: int) -> Article:
    """Quotes of many lengths, so that some wrap differently when the list loses a column."""
    paragraphs = ["Talks go on in Brussels", ""]
    for i in range(count):
        words = " ".join(["the alliance will keep talking"] * (1 + i % 5)) + f" round {i}"
        paragraphs.append(f"“{words.capitalize()},” {NAMES[i % len(NAMES)]} said.")
    return parse("\n\n".join(paragraphs))


class ListApp(App[None]):
    CSS_PATH = "../../src/tuiread/app/tuiread.tcss"
    CSS = "QuoteList { width: 31; height: 12; }"

    def compose(self) -> ComposeResult:
        yield QuoteList(id="quotes")


def speaker_lines(quotes: QuoteList) -> int:
    """How many "— Name · said" lines a reader scrolling through the whole list sees."""
    seen: set[int] = set()
    height = quotes.scrollable_content_region.height
    for top in range(0, quotes.virtual_size.height, height):
        quotes.scroll_to(y=top, animate=False, immediate=True)
        top = quotes.scroll_offset.y
        seen.update(top + y for y in range(height) if quotes.render_line(y).text.strip().startswith("— "))
    return len(seen)


async def test_every_quote_keeps_its_speaker_line_when_the_list_grows_a_scrollbar() -> None:
    # A short list first (no scrollbar), then a long one: entries were measured at the width the list
    # had before the scrollbar took its columns, and the last line of some (the speaker) was cut.
    app = ListApp()
    async with app.run_test(size=(60, 20)) as pilot:
        quotes = app.query_one(QuoteList)
        quotes.show_article(article_with_quotes(2))
        await pilot.pause()
        many = article_with_quotes(30)
        quotes.show_article(many)
        await pilot.pause()
        assert quotes.complete
        assert speaker_lines(quotes) == len(many.quotes) == 30
