"""Where the reader goes in the main screen's article: a jump to a section, a quote or a fix, n and
N through the quotes, the place it opens at, and the text following the quote in hand.

The screen (`tuiread.app.screens.main`) passes the panes' requests on here. Where each lands is
worked out by pure functions: the text's stops and scrolling (`tuiread.text_cursor`), the place to
open at and what n says (`tuiread.reading`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tuiread.app.widgets.evidence_line import EvidenceLine
from tuiread.reading import no_stops_note, opening_spot, quote_wrapped_note
from tuiread.target import Target, item_at

if TYPE_CHECKING:
    from tuiread.app.screens.main import MainScreen
    from tuiread.model import Article, Span


class ReaderMoves:
    """The reader's moves through a main screen's article."""

    def __init__(self, screen: MainScreen) -> None:
        self._screen = screen

    def jump(self, target: Target) -> None:
        """Show ``target`` in the text (and a quote in the quotes list too)."""
        screen = self._screen
        if screen.article is None:
            return
        span = screen.text_view.jump_to(target)
        if span is None:
            return
        if target.kind in ("quote", "reported"):
            screen.quote_list.show_item(target)
        screen.pane_layout.reveal_text()

    def step_quote(self, direction: int) -> None:
        """The next quote in the text (n: ``direction`` 1) or the one before (N: -1)."""
        screen = self._screen
        if screen.article is None:
            return
        # The kinds the quotes pane lists: n goes through direct quotes, reported speech or both.
        kinds = screen.quote_list.kinds
        target, wrapped = screen.text_view.quote_after(direction, kinds)
        if target is None:
            screen.notify(no_stops_note(kinds), timeout=3)
            return
        if wrapped:
            screen.notify(quote_wrapped_note(direction), timeout=2)
        self.jump(target)

    def show_fix(self, span: Span) -> None:
        """Show a fix chosen in the fix log in the text, the repairs marked."""
        screen = self._screen
        if not screen.text_view.highlight_repairs:
            screen.action_toggle_repairs()
        screen.text_view.show_span(span)
        screen.pane_layout.reveal_text()

    def open_where_asked(self, article: Article) -> None:
        """Open at what the library asked for (a search hit, a quote: once the text is laid out), else
        where the reader left the article last time, unless they have moved since it opened."""
        screen = self._screen
        at = screen.reading.take_open_at()
        if at is not None:
            spot = opening_spot(article, *at)
            if spot is not None:
                screen.call_after_refresh(screen.panes.open_at, spot)
            return
        place = (
            None
            if screen.panes.moved
            else screen.reading.place_to_return(screen.text_view.paragraph_count, remember=screen.app.remember)
        )
        if place is not None:
            screen.panes.return_to(place)

    def quote_in_hand(self, target: Target) -> None:
        """The quote (or reported speech) in hand in the quotes list: the text marks its evidence, and
        follows it when both show."""
        screen = self._screen
        if target.kind == "quote":
            screen.reading.quote_in_hand(target.index)
        item = item_at(screen.article, target) if screen.article is not None else None
        if screen.article is None or item is None:
            return
        screen.query_one("#evidence", EvidenceLine).show_quote(screen.article, item)
        if screen.focused is not screen.quote_list:
            return
        if screen.narrow:
            screen.text_view.show_evidence(item)
        else:
            screen.text_view.preview_item(target)
