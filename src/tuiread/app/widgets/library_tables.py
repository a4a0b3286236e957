"""The library screen's lists: its articles, the people quoted in them, and search hits.

Each is a stock DataTable a row at a time, with vim keys, filled from the library's pure data
(`tuiread.library`). Titles, names and snippets come from articles: data, drawn through
`plain.shown` as plain `Text`, never markup.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import DataTable
from textual.widgets.data_table import RowDoesNotExist

from tuiread.app.plain import shown
from tuiread.app.widgets.vim import vim_list_bindings
from tuiread.library.index import ArticleSummary
from tuiread.library.people import LibraryQuote, PersonSummary
from tuiread.library.search import SearchHit

# How much of a quote or a snippet a row shows.
_SNIPPET = 90


def row_key_of(event: DataTable.RowHighlighted | DataTable.RowSelected) -> str | None:
    """The key of the row an event is about; None when there is no such row.

    Textual sends a highlight with no row key when the cursor moves up in an empty table (a
    library still indexing its first articles, a filter that keeps nothing): never a crash.
    """
    row_key = event.row_key
    return None if row_key is None else row_key.value


def _cell(text: str | None, limit: int | None = None) -> Text:
    value = shown(text or "")
    if limit is not None and len(value) > limit:
        value = value[: limit - 1].rstrip() + "…"
    return Text(value, no_wrap=True)


class LibraryTable(DataTable[Text]):
    """A DataTable of rows, one per item, with vim keys and a key per row (what enter opens)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *vim_list_bindings("library_list"),
        Binding("enter", "select_cursor", "Open", id="library_list.open", tooltip="Open what is highlighted"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)

    def action_first(self) -> None:
        self.action_scroll_top()

    def action_last(self) -> None:
        self.action_scroll_bottom()

    def action_half_page(self, direction: int) -> None:
        step = max(self.scrollable_content_region.height // 2, 1)
        self.move_cursor(row=max(0, min(self.row_count - 1, self.cursor_row + direction * step)))

    @property
    def highlighted_key(self) -> str | None:
        """The key of the row the cursor is on (an article's path, a person's id, a hit's number)."""
        if not self.row_count:
            return None
        key, _column = self.coordinate_to_cell_key(self.cursor_coordinate)
        return key.value

    def refill(self, rows: Iterable[tuple[str, Sequence[Text]]]) -> None:
        """Show these ``(key, cells)`` rows instead, the cursor staying on the row it was on if still listed."""
        keep = self.highlighted_key
        self.clear()
        for key, cells in rows:
            self.add_row(*cells, key=key)
        self.move_to_key(keep)

    def move_to_key(self, key: str | None) -> None:
        """Put the cursor on the row of ``key``, if there is one."""
        if key is None:
            return
        with contextlib.suppress(RowDoesNotExist):  # no longer listed (filtered, removed): stay
            self.move_cursor(row=self.get_row_index(key), animate=False)


class ArticleTable(LibraryTable):
    """Every article: title, date, source, quotes and top speakers."""

    def on_mount(self) -> None:
        self.add_columns("Title", "Date", "Source", "Quotes", "Top speakers")

    def show(self, articles: Sequence[ArticleSummary]) -> None:
        self.refill(
            (
                article.path,
                (
                    _cell(article.title or article.path, 60),
                    _cell(article.date),
                    _cell(article.source, 24),
                    Text(str(article.quotes)),
                    _cell(", ".join(article.top_speakers[:3]), 40),
                ),
            )
            for article in articles
        )


class PeopleTable(LibraryTable):
    """Everyone quoted across the library: name, kind, roles, quotes and articles."""

    def on_mount(self) -> None:
        self.add_columns("Name", "Kind", "Roles", "Quotes", "Articles")

    def show(self, people: Sequence[PersonSummary]) -> None:
        self.refill(
            (
                str(person.id),
                (
                    _cell(person.name, 40),
                    Text("organisation" if person.kind == "org" else person.kind),
                    _cell("; ".join(person.roles[:2]), 50),
                    Text(str(person.quotes)),
                    Text(str(person.articles)),
                ),
            )
            for person in people
        )


class HitTable(LibraryTable):
    """Search hits: where (article), what kind, and the words around them."""

    def on_mount(self) -> None:
        self.add_columns("Article", "In", "Found")

    def show(self, hits: Sequence[SearchHit]) -> None:
        self.clear()
        for n, hit in enumerate(hits):
            where = hit.kind if hit.speaker is None else f"{hit.kind} · {hit.speaker}"
            snippet = shown(hit.snippet)
            found = Text(snippet, no_wrap=True)
            found.stylize("bold reverse", hit.snippet_start, hit.snippet_end)
            self.add_row(_cell(hit.title or hit.path, 40), _cell(where, 30), found, key=str(n))


class QuoteTable(LibraryTable):
    """One person's quotes across the library: the article, its date, the words and the cue."""

    def on_mount(self) -> None:
        self.add_columns("Article", "Date", "Quote", "Cue")

    def show(self, quotes: Sequence[LibraryQuote]) -> None:
        self.clear()
        for n, quote in enumerate(quotes):
            self.add_row(
                _cell(quote.title or quote.path, 36),
                _cell(quote.date),
                _cell(f"“{quote.text}”", _SNIPPET),
                _cell(quote.cue),
                key=str(n),
            )
