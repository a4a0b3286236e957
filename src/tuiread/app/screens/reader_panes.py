"""The main screen's panes as an article fills them, stage by stage, and empty again for the next.

The screen (`tuiread.app.screens.main`) decides when (`ReaderArticle` says what each stage of the
parse is); this says what every pane shows of the article then: its text, header, outline, quotes,
speakers and status line, the selection in each, and each speaker's colour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.style import Style
from textual.color import Color

from tuiread.app.contrast import theme_palette
from tuiread.app.messages import Target
from tuiread.app.widgets.article_header import ArticleHeader
from tuiread.app.widgets.article_view import ArticleView
from tuiread.app.widgets.evidence_line import EvidenceLine
from tuiread.app.widgets.outline import OutlineTree
from tuiread.app.widgets.quotes import QuoteList
from tuiread.app.widgets.speakers import SpeakersView
from tuiread.app.widgets.status import StatusLine
from tuiread.model import Article, Span
from tuiread.places import Place
from tuiread.selection import Selection

if TYPE_CHECKING:
    from textual.screen import Screen
    from textual.theme import Theme


class ReaderPanes:
    """The panes of a main screen (once it has composed them)."""

    def __init__(self, screen: Screen[None]) -> None:
        self.text = screen.query_one("#text", ArticleView)
        self.header = screen.query_one("#article-header", ArticleHeader)
        self.outline = screen.query_one("#outline", OutlineTree)
        self.quotes = screen.query_one("#quotes", QuoteList)
        self.speakers = screen.query_one("#speakers", SpeakersView)
        self.evidence = screen.query_one("#evidence", EvidenceLine)
        self.status = screen.query_one("#status", StatusLine)

    def clear(self) -> None:
        """Every pane as a new screen has it, with no article yet."""
        view = self.text
        view.action_end_range()
        view.set_selection(())
        view.set_placeholder("")
        view.scroll_to(0, 0, animate=False, immediate=True)
        self.outline.clear()
        self.quotes.clear()
        self.speakers.clear()
        self.evidence.update("", layout=False)
        self.status.show_selection(Selection())
        self.status.show_search("", -1, 0)

    def set_palette(self, theme: Theme, article: Article) -> dict[str, str]:
        """Colour each speaker of ``article`` in ``theme``'s colours, in every pane; the colours (hex).

        Before the panes build their lines for an article, so they build them once, in these colours."""
        palette = theme_palette(theme, article.sources())
        self.text.set_palette({name: Style(color=Color.parse(c).rich_color) for name, c in palette.items()})
        self.quotes.set_palette(palette)
        self.speakers.set_palette(palette)
        return palette

    def show_first(self, article: Article) -> None:
        """The article's first stage (the whole of it, or a long one's start or text) in every pane."""
        self.text.show_article(article)
        self.header.show_article(article)
        self.show_sides(article)
        if not article.paragraphs:
            self.text.set_placeholder("This article has no text.")

    def show_rest_of_text(self, article: Article) -> None:
        """The whole text of a long article after its start: the reader's place and search stay.

        The start is the article's start parsed on its own, so paragraph and section numbers carry over.
        """
        view = self.text
        cursor, top, query = view.cursor, view.scroll_y, view.query
        view.show_article(article)
        view.move_cursor(cursor, reveal=False)
        view.scroll_to(y=top, animate=False, immediate=True)
        if query:
            view.search(query)
        self.show_sides(article)

    def show_quotes(self, article: Article) -> None:
        """A long article's quotes after its text (or the quotes as the reader corrected them)."""
        self.text.show_quotes(article)
        self.show_sides(article)

    def show_corrected(self, article: Article) -> None:
        """The article as the reader corrected it: the quotes list keeps its place."""
        self.text.show_quotes(article)
        # The outline too: its sections count their quotes, and "not a quote" takes one away.
        self.outline.show_article(article)
        self.quotes.refresh_quotes(article)
        self.speakers.show_article(article)
        self.status.show_article(article)

    def show_sides(self, article: Article) -> None:
        """The outline, the quotes, the speakers and the status line, for this article."""
        self.outline.show_article(article)
        self.quotes.show_article(article)
        self.speakers.show_article(article)
        self.status.show_article(article)

    @property
    def moved(self) -> bool:
        """Whether the reader has moved in the text since the article opened."""
        return self.text.cursor != 0 or self.text.scroll_y != 0

    def open_at(self, spot: int | Span) -> None:
        """Show what the article was opened at: a quote (its index) as a jump from the quotes list
        shows it, other words highlighted a few lines below the top."""
        if isinstance(spot, int):
            self.text.jump_to(Target("quote", spot))
            self.quotes.show_quote(spot)
        else:
            self.text.show_span(spot)

    def return_to(self, place: Place) -> None:
        """Show the article where the reader left it last time: its paragraph, its scroll, the quote in hand."""
        view = self.text
        view.move_cursor(place.paragraph, reveal=False)
        view.when_laid_out(lambda: view.scroll_to(y=place.top, animate=False, immediate=True))
        if place.quote is not None:
            self.quotes.show_quote(place.quote)
        self.status.show_note(f"Back where you were: paragraph {view.cursor + 1}")

    def show_selection(self, article: Article, selection: Selection) -> None:
        """The selection in every pane (again, after a pane was rebuilt for a newer stage)."""
        self.text.set_selection(selection.paragraph_indexes(article))
        self.outline.set_selection(selection)
        self.quotes.set_selection(selection.quotes, selection.reported)
        self.speakers.set_selection(selection.quotes, selection.reported)
        self.status.show_selection(selection)
