"""The search bar under the article text: incremental search, enter keeps the matches, escape drops them."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input

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

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(SearchChanged(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(SearchChanged(event.value, final=True))
        self.post_message(SearchClosed(cancelled=not event.value))

    def action_cancel(self) -> None:
        self.post_message(SearchClosed(cancelled=True))
