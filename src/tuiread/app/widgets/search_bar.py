"""The search bar under the article text: incremental search, enter keeps the matches, escape drops them."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.widget import Widget
from textual.widgets import Input

from tuiread.app.compat import key_bindings
from tuiread.app.messages import SearchChanged, SearchClosed
from tuiread.app.widgets.inert_input import InertInput


class SearchBar(InertInput):
    """Type to search the article text (lower case matches any case). Enter keeps the matches for n/N."""

    HELP = "Search the article: type to find as you go, enter to keep the matches (n/N go through them)."

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel search", id="search.cancel", tooltip="Close the search, drop the matches"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Search the article (enter keeps matches, escape cancels)", id=id)
        self._back_to: Widget | None = None
        self._open = False

    def open(self, query: str, back_to: Widget) -> None:
        """Show the bar holding ``query`` and take the focus; closing the bar gives it to ``back_to``."""
        self._back_to = back_to
        self._open = True
        self.display = True
        self.value = query
        # At once, not ``focus()`` (which waits its turn behind the keys already queued): typed fast or
        # pasted, "/moscow" lost its letters to the text pane ("n" jumped to a quote).
        self.screen.set_focus(self, scroll_visible=False)

    async def _on_key(self, event: events.Key) -> None:
        # Keys come to the widget that had the focus when the app read them, and a binding runs only once
        # its key has bubbled back up to the app, for whichever widget has the focus by then. So:
        # - enter and escape close the bar here, in the bar's own turn, not as bindings: the keys typed
        #   right behind them ("n" for the next match, "e" to export) were already in the bar's queue;
        # - those keys, and any other coming after the bar closed, go back to the app, for the pane that
        #   has the focus now (in the hidden bar an "n" would change the search).
        if not self._open:
            event.prevent_default()
            event.stop()
            self.app.post_message(events.Key(event.key, event.character))
            return
        for binding in key_bindings(self, event.key):
            if binding.action in ("submit", "cancel"):  # whatever keys they are mapped to
                event.prevent_default()
                event.stop()
                if binding.action == "submit":
                    self.post_message(SearchChanged(self.value, final=True))
                self._close(cancelled=binding.action == "cancel" or not self.value)
                return

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(SearchChanged(event.value))

    # The bindings only name the keys (for the footer, the help and the keymap); _on_key acts on them. Run
    # as bindings they would act on keys meant for another pane: an enter for the speakers pane, still
    # on its way up when "/" moved the focus here, closed the bar before the letters typed after "/".

    async def action_submit(self) -> None:
        pass

    def action_cancel(self) -> None:
        pass

    def _close(self, cancelled: bool) -> None:
        # The focus goes back at once, before the keys behind this one are handled.
        self._open = False
        self.display = False
        back_to = self._back_to
        if back_to is not None and back_to.is_attached:
            self.screen.set_focus(back_to, scroll_visible=False)
        self.post_message(SearchClosed(cancelled=cancelled))
