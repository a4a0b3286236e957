"""One person's quotes across the library: each opens its article at the quote; e exports them all.

The export is the library's (`tuiread.library.export.quotes_markdown`): every quote grouped by
article, each article with its source line, as `tuiread quotes --speaker NAME --format markdown`
writes it. It goes to a file in the export folder, written whole or not at all, or with y to the
clipboard.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static

from tuiread.app.plain import shown
from tuiread.app.screens.kept import PERSON_QUOTES, push_kept
from tuiread.app.widgets.footer import QuietFooter
from tuiread.app.widgets.library_tables import MadeRows, QuoteTable, quote_rows
from tuiread.app.widgets.row_table import RowTable
from tuiread.files import WriteError, write_atomic
from tuiread.library.export import quotes_markdown
from tuiread.library.index import Library
from tuiread.library.people import LibraryQuote, PersonSummary, person_quotes

if TYPE_CHECKING:
    from tuiread.app.app import TuireadApp


def _file_name(name: str) -> str:
    """ "Wendy Sherman" → ``wendy-sherman-quotes.md``."""
    slug = re.sub(r"[^\w]+", "-", name.casefold()).strip("-")[:60] or "person"
    return f"{slug}-quotes.md"


def quotes_document(person: PersonSummary, quotes: list[LibraryQuote]) -> str:
    kind = "organisation" if person.kind == "org" else "person"
    return quotes_markdown(quotes, f"Quotes by {person.name}" if kind == "person" else f"Quotes from {person.name}")


def export_person_quotes(app: TuireadApp, library: Library, person: PersonSummary) -> None:
    """Write every quote of ``person`` as Markdown into the export folder; say where, or why not."""
    document = quotes_document(person, person_quotes(library, person))
    target = app.export_dir / _file_name(person.name)
    try:
        written = write_atomic(target, document, overwrite=True)
    except WriteError as err:
        app.notify(shown(f"Not exported: {err}"), severity="error", markup=False)
        return
    app.notify(shown(f"Exported the quotes of {person.name} to {written}"), markup=False)


def open_person_quotes(app: TuireadApp, library: Library, person: PersonSummary) -> None:
    """Show ``person``'s quotes: one screen serves every person, kept between them as the library's
    reader is (`push_kept`)."""
    push_kept(
        app,
        PERSON_QUOTES,
        PersonQuotesScreen,
        lambda: PersonQuotesScreen(library, person),
        lambda screen: screen.show_person(library, person),
    )


class PersonQuotesScreen(Screen[None]):
    """Every quote of one person across the library, article by article."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "export", "Export", id="person.export", tooltip="These quotes as Markdown, to a file"),
        Binding("y", "copy", "Copy", id="person.copy", tooltip="These quotes as Markdown, to the clipboard"),
        Binding("escape", "back", "Back", id="person.back", tooltip="Back to the library"),
    ]

    app: TuireadApp  # type: ignore[assignment]

    def __init__(self, library: Library, person: PersonSummary | None = None) -> None:
        """``person``: None for a screen built ahead (`kept.build_ahead`), shown with `show_person`."""
        super().__init__()
        self.library = library
        self.person = person
        self.quotes: list[LibraryQuote] = []  # filled by `_load_quotes`
        self.loaded = False

    def compose(self) -> ComposeResult:
        yield Static(id="person-title")
        yield QuoteTable(id="person-quotes")
        yield Static(id="person-status")
        yield QuietFooter()

    def show_person(self, library: Library, person: PersonSummary) -> None:
        """Show another person's quotes in this screen (kept by `open_person_quotes`)."""
        self.library, self.person = library, person
        self.quotes, self.loaded = [], False
        self.refresh_bindings()
        self.query_one(QuoteTable).show([])
        self._start(person)

    def on_mount(self) -> None:
        if self.person is not None:
            self._start(self.person)

    def _start(self, person: PersonSummary) -> None:
        """The person's heading, then their quotes read in a worker."""
        roles = f" · {'; '.join(person.roles[:3])}" if person.roles else ""
        variants = [v for v in person.variants if v != person.name]
        also = f" · also named {', '.join(variants[:4])}" if variants else ""
        self._line(
            "#person-title", shown(f"{person.name}{roles} · {person.quotes} quotes in {person.articles} articles{also}")
        )
        self.query_one(QuoteTable).focus()
        self._line("#person-status", shown(f"Reading the quotes of {person.name}…"))
        self._load_quotes()

    @work(thread=True, exclusive=True, group="person-quotes")
    def _load_quotes(self) -> None:
        # Off the interface thread, on a connection of its own: while the library indexes, the index
        # may keep a query waiting (a person's quotes took up to 130 ms to show, the keys stalled).
        person = self.person
        if person is None:
            return
        try:
            with Library.open(self.library.path) as library:
                quotes = person_quotes(library, person)
        except Exception as err:  # the index unreadable at this moment: said, never a crash
            self.app.call_from_thread(self._not_loaded, err)
            return
        self.app.call_from_thread(self._show_quotes, person, quotes, quote_rows(quotes))

    def _show_quotes(self, person: PersonSummary, quotes: list[LibraryQuote], made: MadeRows) -> None:
        if person is not self.person:
            return  # read for the person shown before: this screen has moved on
        self.quotes, self.loaded = quotes, True
        self.refresh_bindings()  # export and copy now act
        self.query_one(QuoteTable).show_made(made)
        self._line("#person-status", "enter opens the article at the quote · e exports · y copies")

    def _not_loaded(self, err: Exception) -> None:
        self._line("#person-status", shown(f"Cannot read the quotes: {err}"))

    def _line(self, selector: str, text: str) -> None:
        """Put ``text`` on the title's or the status's strip. Each is one line the screen's width (the
        stylesheet), so it is redrawn alone: a layout of the screen for each took most of the first
        open's time (two layouts, 30-40 ms of the interface thread)."""
        self.query_one(selector, Static).update(text, layout=False)

    @on(RowTable.RowSelected)
    def _open(self, event: RowTable.RowSelected) -> None:
        event.stop()
        quote = self.quotes[int(event.key)]
        from tuiread.app.screens.library import open_in_reader, reader_source

        open_in_reader(self.app, reader_source(self.library, quote.path), (quote.start, quote.end))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Export and copy wait for the quotes (the footer greys them out until then).
        return None if action in ("export", "copy") and not self.loaded else True

    def action_export(self) -> None:
        if self.person is not None:
            export_person_quotes(self.app, self.library, self.person)

    def action_copy(self) -> None:
        if self.person is None:
            return
        self.app.copy_to_clipboard(quotes_document(self.person, self.quotes))
        self.notify(shown(f"Copied {len(self.quotes)} quotes of {self.person.name}"), markup=False)

    def action_back(self) -> None:
        self.dismiss()
