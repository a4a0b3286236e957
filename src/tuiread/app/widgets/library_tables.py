"""The library screen's lists: its articles, the people quoted in them, and search hits.

Each is a `RowTable` (rows drawn only where they show: a library lists thousands of articles)
with vim keys, filled from the library's pure data (`tuiread.library`). Titles, names and
snippets come from articles: data, made inert by `plain.shown` and drawn as plain text, never markup.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from tuiread.app.plain import shown
from tuiread.app.widgets.row_table import Cell, RowTable
from tuiread.app.widgets.vim import vim_list_bindings
from tuiread.library.index import ArticleSummary
from tuiread.library.people import LibraryQuote, PersonSummary
from tuiread.library.search import SearchHit

# How much of a quote or a snippet a row shows.
_SNIPPET = 90


def _cell(text: str | None, limit: int | None = None) -> str:
    value = shown(text or "")
    if limit is not None and len(value) > limit:
        value = value[: limit - 1].rstrip() + "…"
    return value


class LibraryTable(RowTable):
    """Rows, one per item, with vim keys and a key per row (what enter opens)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._made: dict[object, tuple[str, tuple[Cell, ...]]] = {}

    def show_items(self, items: Sequence[Hashable], row: Callable[[Any], tuple[str, tuple[Cell, ...]]]) -> None:
        """Show a row for each of ``items`` (frozen summaries), made by ``row``. A row made for the
        same item before is used again: a filter or a growing index refills a list of thousands of
        rows at a key, and making their cells (inert text, cut to size) was most of that time."""
        made = self._made
        rows = [made.get(item) or row(item) for item in items]
        self._made = dict(zip(items, rows, strict=True))
        self.set_rows(rows)

    BINDINGS: ClassVar[list[BindingType]] = [
        *vim_list_bindings("library_list"),
        Binding("down", "cursor_down", "Down", show=False, id="library_list.down_arrow"),
        Binding("up", "cursor_up", "Up", show=False, id="library_list.up_arrow"),
        Binding("home", "first", "First", show=False, id="library_list.home"),
        Binding("end", "last", "Last", show=False, id="library_list.end"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="library_list.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="library_list.page_up"),
        Binding("enter", "select_cursor", "Open", id="library_list.open", tooltip="Open what is highlighted"),
    ]


class ArticleTable(LibraryTable):
    """Every article: title, date, source, quotes and top speakers."""

    def on_mount(self) -> None:
        self.set_columns("Title", "Date", "Source", "Quotes", "Top speakers")

    def show(self, articles: Sequence[ArticleSummary]) -> None:
        self.show_items(articles, self._row)

    @staticmethod
    def _row(article: ArticleSummary) -> tuple[str, tuple[Cell, ...]]:
        return article.path, (
            _cell(article.title or article.path, 60),
            _cell(article.date),
            _cell(article.source, 24),
            str(article.quotes),
            _cell(", ".join(article.top_speakers[:3]), 40),
        )


class PeopleTable(LibraryTable):
    """Everyone quoted across the library: name, kind, roles, quotes and articles."""

    def on_mount(self) -> None:
        self.set_columns("Name", "Kind", "Roles", "Quotes", "Articles")

    def show(self, people: Sequence[PersonSummary]) -> None:
        self.show_items(people, self._row)

    @staticmethod
    def _row(person: PersonSummary) -> tuple[str, tuple[Cell, ...]]:
        return str(person.id), (
            _cell(person.name, 40),
            "organisation" if person.kind == "org" else person.kind,
            _cell("; ".join(person.roles[:2]), 50),
            str(person.quotes),
            str(person.articles),
        )


class HitTable(LibraryTable):
    """Search hits: where (article), what kind, and the words around them."""

    def on_mount(self) -> None:
        self.set_columns("Article", "In", "Found")

    def show(self, hits: Sequence[SearchHit]) -> None:
        self.set_rows((str(n), self._cells(hit)) for n, hit in enumerate(hits))

    @staticmethod
    def _cells(hit: SearchHit) -> tuple[str, str, Text]:
        where = hit.kind if hit.speaker is None else f"{hit.kind} · {hit.speaker}"
        found = Text(shown(hit.snippet), no_wrap=True)
        found.stylize("bold reverse", hit.snippet_start, hit.snippet_end)
        return _cell(hit.title or hit.path, 40), _cell(where, 30), found


class QuoteTable(LibraryTable):
    """One person's quotes across the library: the article, its date, the words and the cue."""

    def on_mount(self) -> None:
        self.set_columns("Article", "Date", "Quote", "Cue")

    def show(self, quotes: Sequence[LibraryQuote]) -> None:
        self.set_rows(
            (
                str(n),
                (
                    _cell(quote.title or quote.path, 36),
                    _cell(quote.date),
                    _cell(f"“{quote.text}”", _SNIPPET),
                    _cell(quote.cue),
                ),
            )
            for n, quote in enumerate(quotes)
        )
