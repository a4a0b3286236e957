"""The library screen's lists: its articles, the people quoted in them, and search hits.

Each is a `Rows` that a `LibraryTable` shows (rows drawn only where they show: a library lists
thousands of articles; vim keys), filled from the library's pure data (`tuiread.library`).
Titles, names and snippets come from articles: data, made inert by `plain.shown` and drawn as
plain text, never markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from tuiread.app.plain import shown
from tuiread.app.widgets.row_table import Cell, Rows, RowTable, column_widths
from tuiread.app.widgets.vim import vim_list_bindings
from tuiread.export import cue_words
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
    """Rows, one per item, with vim keys and a key per row (what enter opens). The library screen
    has one, showing the `ArticleRows`, `PeopleRows` or `HitRows` of the view chosen."""

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


class ItemRows(Rows):
    """Rows made from frozen summaries, each row made once: a filter or a growing index refills a
    list of thousands of rows at a key, and making their cells (inert text, cut to size) was most
    of that time."""

    def __init__(self, *columns: str, name: str, optional: Sequence[str] = ()) -> None:
        super().__init__(*columns, name=name, optional=optional)
        self._made: dict[object, tuple[str, tuple[Cell, ...]]] = {}

    def show_items(self, items: Sequence[Any], row: Callable[[Any], tuple[str, tuple[Cell, ...]]]) -> None:
        made = self._made
        rows = []
        for item in items:
            line = made.get(item)
            if line is None:
                line = made[item] = row(item)
            rows.append(line)
        if len(made) > 2 * len(rows) + 1000:  # items gone from the index (a file changed): let go of theirs
            self._made = dict(zip(items, rows, strict=True))
        self.set_rows(rows)


class ArticleRows(ItemRows):
    """Every article: title, date, source, quotes and top speakers."""

    def __init__(self) -> None:
        super().__init__(
            "Title", "Date", "Source", "Quotes", "Top speakers", name="articles", optional=("Date", "Source")
        )

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


class PeopleRows(ItemRows):
    """Everyone quoted across the library: name, kind, roles, quotes and articles."""

    def __init__(self) -> None:
        super().__init__("Name", "Kind", "Roles", "Quotes", "Articles", name="people")

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


class HitRows(Rows):
    """Search hits: where (article), what kind, and the words around them."""

    def __init__(self) -> None:
        super().__init__("Article", "In", "Found", name="results")

    def show(self, hits: Sequence[SearchHit]) -> None:
        self.cursor_row = 0  # a new search starts at its best hit
        self.set_rows((str(n), self._cells(hit)) for n, hit in enumerate(hits))

    @staticmethod
    def _cells(hit: SearchHit) -> tuple[str, str, Text]:
        where = hit.kind if hit.speaker is None else f"{hit.kind} · {hit.speaker}"
        found = Text(shown(hit.snippet), no_wrap=True)
        found.stylize("bold reverse", hit.snippet_start, hit.snippet_end)
        return _cell(hit.title or hit.path, 40), _cell(where, 30), found


QUOTE_COLUMNS = ("Article", "Date", "Quote", "Cue")
MadeRows = tuple[list[tuple[str, tuple[Cell, ...]]], list[int]]  # rows and their column widths


def quote_rows(quotes: Sequence[LibraryQuote]) -> MadeRows:
    """A `QuoteTable`'s rows of ``quotes``, measured. Pure: made in the worker that reads the quotes,
    so a person's thousands of quotes are not made and measured on the interface thread (half the
    time of opening the most quoted person)."""
    rows = [
        (
            str(n),
            (
                _cell(quote.title or quote.path, 36),
                _cell(quote.date),
                _cell(f"“{quote.text}”", _SNIPPET),
                _cell(cue_words(quote.cue)),
            ),
        )
        for n, quote in enumerate(quotes)
    ]
    return rows, column_widths(QUOTE_COLUMNS, rows)


class QuoteTable(LibraryTable):
    """One person's quotes across the library: the article, its date, the words and the cue."""

    def on_mount(self) -> None:
        self.set_columns(*QUOTE_COLUMNS)

    def show(self, quotes: Sequence[LibraryQuote]) -> None:
        self.show_made(quote_rows(quotes))

    def show_made(self, made: MadeRows) -> None:
        """Show rows made by `quote_rows` (in a worker thread)."""
        rows, widths = made
        self.set_rows(rows, widths)
