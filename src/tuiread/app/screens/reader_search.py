"""The main screen's search: the bar under the text, what typing in it finds, n and N through the
matches, and the count on the status line.

The bar (`tuiread.app.widgets.search_bar`) says what was typed and when it closed; the screen
(`tuiread.app.screens.main`) passes that on here. The matching itself is pure (`tuiread.text_search`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Input

from tuiread.reading import search_wrapped_note

if TYPE_CHECKING:
    from textual.timer import Timer

    from tuiread.app.screens.main import MainScreen
    from tuiread.app.widgets.search_bar import SearchBar

# What the first frame can do without (the search bar) is built after this long without a key.
PREPARE_AFTER = 0.5


class ReaderSearch:
    """The search of a main screen's article (the bar is built once asked for, or while the keys rest)."""

    def __init__(self, screen: MainScreen) -> None:
        self._screen = screen
        self._timer: Timer | None = None

    @property
    def bar(self) -> SearchBar:
        """The search bar (NoMatches before the first search opened it)."""
        from tuiread.app.widgets.search_bar import SearchBar

        return self._screen.query_one("#search", SearchBar)

    @property
    def searching(self) -> bool:
        """Whether the text has matches (n and N go through them rather than the quotes).

        Asked for every binding while the footer refreshes, which can fall between the screen's
        mounting and its panes' (a reader built ahead): no text pane yet is no search."""
        views = self._screen.query("#text")
        return bool(views) and self._screen.text_view.match_count > 0

    def open(self) -> None:
        """Show the bar, holding the search in force, and give it the keys."""
        screen = self._screen
        if screen.narrow:
            screen.pane_layout.mark_active("text")
        self._built_bar().open(screen.text_view.query, back_to=screen.text_view)

    def _built_bar(self) -> SearchBar:
        """The search bar, built (hidden) and mounted if there is none yet: not at start."""
        from tuiread.app.widgets.search_bar import SearchBar

        screen = self._screen
        bar = next(iter(screen.query("#search").results(SearchBar)), None)
        if bar is None:
            bar = SearchBar(id="search")
            bar.display = False
            # Not awaited: the bar is in the DOM at once and can take the focus now, so the keys typed
            # right after "/" go to it (they wait in its queue until it has mounted).
            screen.query_one("#text-pane").mount(bar)
        return bar

    def prepare_later(self) -> None:
        screen = self._screen
        if self._timer is None and not screen.query("#search"):
            self._timer = screen.set_timer(PREPARE_AFTER, self._prepare)

    def _prepare(self) -> None:
        """Build the search bar, hidden, once the article is in and no key was pressed for a while:
        the first "/" then only shows it (building it is most of what that key would cost, about 120 ms)."""
        self._timer = None
        screen = self._screen
        if screen.query("#search") or screen.load_error is not None:
            return
        # Not while text is selected with the mouse either: an input field clears the screen's
        # selection as it mounts (Textual's Input does), and the reader is about to copy it.
        if screen.app.article is None or not screen.app.input_idle(PREPARE_AFTER) or screen.selections:
            self.prepare_later()
            return
        self._built_bar()

    def changed(self, query: str) -> None:
        """The search typed so far: its matches in the text, counted on the status line."""
        had_matches = self.searching
        self._screen.text_view.search(query)
        self.show_status()
        if had_matches != self.searching:
            self._screen.refresh_bindings()  # n/N switch between quotes and matches

    def closed(self, cancelled: bool) -> None:
        """The bar closed (hidden, the text pane focused again): a cancelled search drops its matches."""
        if cancelled:
            self._screen.text_view.clear_search()
            self.bar.value = ""
        self.show_status()
        self._screen.refresh_bindings()

    def step(self, direction: int) -> None:
        """The next match (n: ``direction`` 1) or the one before (N: -1), shown in the text."""
        screen = self._screen
        _index, wrapped = screen.text_view.next_match(direction)
        if wrapped:
            screen.notify(search_wrapped_note(direction), timeout=2)
        self.show_status()
        screen.pane_layout.reveal_text()

    def clear(self) -> bool:
        """Drop the search's matches, if there is a search (whether there was)."""
        view = self._screen.text_view
        if not (view.match_count or view.query):
            return False
        view.clear_search()
        self.show_status()
        self._screen.refresh_bindings()
        return True

    def reset(self) -> None:
        """Nothing in the bar (the screen shows another article)."""
        for bar in self._screen.query("#search").results(Input):
            bar.value = ""

    def show_status(self) -> None:
        view = self._screen.text_view
        self._screen.status.show_search(view.query, view.match_index, view.match_count)
