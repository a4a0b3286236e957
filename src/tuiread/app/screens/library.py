"""The library screen: many articles, everyone quoted in them, and search over all of them.

`tuiread FOLDER` (or several paths, or a glob) opens here. The index (`tuiread.library`, SQLite
with FTS5) is brought up to date in a worker thread while the screen answers keys: the parsing
runs in worker processes, and this screen reads the database on its own connection (WAL lets a
reader and the indexer share it). A progress bar shows how far the update is; the lists fill in
as batches are written.

Views: the articles (sortable, filterable), the people (each opens their quotes across the
library), and search hits (each opens its article at the words found). Escape in an article comes
back here, where the reader was; the view, filter, sort and row are remembered beside the index.

Keys answer while the index is written (issue 15: p95 under 100 ms, `benchmarks/app_latency.py
--library N`): the views are one table showing one list or another (no widgets rebuilt, no layout
of the screen), filters and sorts work on the rows in memory, a search runs in a worker thread on
its own connection (a newer one cancels it), and an article opens from the parse the index keeps
of it instead of being parsed again.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, TypeVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.geometry import Size
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, ProgressBar, Static
from textual.worker import get_current_worker

from tuiread.app.plain import shown
from tuiread.app.screens.kept import PERSON_QUOTES, READER, build_ahead, lay_out_kept, push_kept
from tuiread.app.widgets.footer import QuietFooter
from tuiread.app.widgets.inert_input import InertInput
from tuiread.app.widgets.library_tables import ArticleRows, HitRows, LibraryTable, PeopleRows
from tuiread.app.widgets.row_table import Rows, RowTable
from tuiread.files import WriteError, write_atomic
from tuiread.library.index import ArticleSummary, IndexProgress, IndexReport, Library
from tuiread.library.people import PersonSummary, people
from tuiread.library.search import SearchHit, search

if TYPE_CHECKING:
    from tuiread.app.app import TuireadApp
    from tuiread.app.source import ArticleSource
    from tuiread.library.opening import LibraryPlan

T = TypeVar("T")

ARTICLE_ORDERS = ("path", "title", "date", "quotes")
PEOPLE_ORDERS = ("quotes", "name", "articles")
# While an update writes batches, the article list is read again at most this often (seconds),
# and never more than a twentieth of the time: refilling a list of thousands of rows takes the
# interface (and the indexing thread, which waits for the interpreter) a good part of a second.
_REFRESH_EVERY = 0.5
_REFRESH_SHARE = 20
_KEYS_FIRST = 0.5  # no refresh until the keys have rested this long: the reader comes first
# The indexing thread tells the screen how far it is at most this often (seconds): a few redraws
# of the bar a second, not a message per article crowding the keys in the event loop.
_PROGRESS_EVERY = 0.25
_QUERY_HINT = "/ searches every article · f filters the list"
_SEARCH_DELAY = 0.15  # typing pauses this long before the search (or the filter) runs
# The reader, then a person's quotes screen, are built ahead once the keys have rested this long
# (seconds), each in a rest of its own: building one takes a few slices of the interface thread
# (35-50 ms in all), which a key typed meanwhile would wait behind. Looked for this often.
_AHEAD_IDLE = 0.3
_AHEAD_POLL = 0.1
# How each order sorts the articles (after sorting them by path): the key, and whether descending.
_ARTICLE_SORTS: dict[str, tuple[Callable[[ArticleSummary], object], bool]] = {
    "path": (lambda a: a.path, False),
    "title": (lambda a: (a.title or "").casefold(), False),
    "date": (lambda a: a.date or "", True),
    "quotes": (lambda a: a.quotes, True),
}


class IndexingEvent(Message):
    """How the index update goes, from its worker thread: started, progress, done or failed."""

    def __init__(
        self,
        kind: str,
        progress: IndexProgress | None = None,
        *,
        report: IndexReport | None = None,
        message: str = "",
    ) -> None:
        super().__init__()
        self.kind = kind
        self.progress = progress
        self.report = report
        self.message = message


class SearchDone(Message):
    """A search's hits, from its worker thread."""

    def __init__(self, query: str, hits: list[SearchHit]) -> None:
        super().__init__()
        self.query = query
        self.hits = hits


def reader_source(library: Library | None, path: str) -> ArticleSource:
    """Where the reader gets an article of the library: the parse the index keeps of it when that is
    still the file's (`Library.stored_article`), so it shows at once; else the file, parsed again."""
    from tuiread.app.source import ArticleSource

    article = None
    if library is not None:
        with contextlib.suppress(sqlite3.Error):
            article = library.stored_article(path)
    return ArticleSource(article=article) if article is not None else ArticleSource(path)


def open_in_reader(app: TuireadApp, source: ArticleSource, at: tuple[int, int] | None = None) -> None:
    """Show an article of the library in the reader screen, at ``at`` if given.

    One reader serves every article the library opens (the library screen's and a person's quotes'),
    kept between them (`push_kept`). An article that must be parsed again (its file changed since it
    was indexed) gets a screen of its own, as it comes in stages.
    """
    from tuiread.app.screens.main import MainScreen

    push_kept(
        app,
        READER,
        MainScreen,
        lambda: MainScreen(source, at=at),
        lambda reader: reader.read_article(source, at=at),
        keep=source.article is not None,
    )


def state_path(index: Path) -> Path:
    """Where the screen's state is kept: beside the index, so each library has its own."""
    return index.with_name(index.name + ".state.json")


class LibraryScreen(Screen[None]):
    """A library of articles: their list, the people quoted in them, search across them."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "show_view('articles')", "Articles", id="library.articles", tooltip="The articles"),
        Binding("2", "show_view('people')", "People", id="library.people", tooltip="Everyone quoted"),
        Binding("slash", "search", "Search", key_display="/", id="library.search", tooltip="Search text and quotes"),
        Binding("f", "filter", "Filter", id="library.filter", tooltip="Keep the rows that hold some words"),
        Binding("s", "sort", "Sort", id="library.sort", tooltip="Sort the list another way"),
        Binding("e", "export", "Export quotes", id="library.export", tooltip="The person's quotes as Markdown"),
        Binding("escape", "back", "Back", show=False, id="library.back", tooltip="Close the search or the filter"),
    ]

    app: TuireadApp  # type: ignore[assignment]

    def __init__(self, plan: LibraryPlan) -> None:
        super().__init__()
        self.plan = plan
        self.library: Library | None = None
        self.view = "articles"
        self.article_order = "path"
        self.people_order = "quotes"
        self.filter_text = ""
        self.query_text = ""
        self.query_mode: str | None = None  # "search" or "filter" while the field is open
        self.hits: list[SearchHit] = []
        self.hits_query: str | None = None  # the query whose hits the results list shows
        # The lists the table shows, one for each view.
        self.lists: dict[str, Rows] = {"articles": ArticleRows(), "people": PeopleRows(), "results": HitRows()}
        self.people_list: list[PersonSummary] = []
        self._everyone: list[PersonSummary] | None = None  # the people index, read again when the index changes
        # Every article in the list's order, read again when the index changes (a filter keeps some
        # of them, a sort orders them in memory), and the words each is found by, in lower case.
        self._all_articles: list[ArticleSummary] | None = None
        self._found_by: dict[object, str] = {}
        self.indexing = False
        self.report: IndexReport | None = None
        self._last_refresh = 0.0
        self._refresh_gap = _REFRESH_EVERY
        self._search_timer: object | None = None
        self._rows: dict[str, str | None] = {}  # the highlighted row's key of each list
        self._state_wanted = ""  # the state to remember, as written (see _save_state)
        self._state_lock = threading.Lock()
        self._shown_before = False
        self._ahead_timer: Timer | None = None
        self._laid_out_at: dict[str, Size] = {}  # the size each kept screen was last laid out at here

    # -- building ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="library-title")
        with Horizontal(id="library-progress"):
            # The note says how far it is: a percentage beside the bar was one more label laid out again.
            yield ProgressBar(id="index-bar", show_eta=False, show_percentage=False)
            yield Static(id="index-note")
        # Inert: a paste's control characters never reach the terminal (`inert_input`). Always
        # there, one line: a field shown and hidden laid the screen out again at each.
        yield InertInput(id="library-query", placeholder=_QUERY_HINT)
        yield LibraryTable(id="library-list")
        yield Static(id="library-status")
        yield QuietFooter()

    def on_mount(self) -> None:
        self._restore_state()
        try:
            self.library = Library.open(self.plan.index)
        except Exception as err:  # the screen says why, never a crash
            self._status(f"Cannot open the index: {err}")
            return
        for notice in self.library.notices:
            self.notify(shown(notice), severity="warning", markup=False, timeout=8)
        self.refresh_lists(index_changed=True)
        self._show_view(self.view)
        self.update_index()
        self._reader_code = self._load_reader_code()
        # Not before the library's first frame is out.
        self.call_after_refresh(self._ready_ahead_later)

    @work(thread=True, group="preload")
    def _load_reader_code(self) -> None:
        # The reader's modules, imported while the library shows (off the interface thread): the first
        # article opened no longer pays for them, about 20 ms of the interface thread's time.
        importlib.import_module("tuiread.app.screens.main")

    def _ready_ahead_later(self) -> None:
        if self._ahead_timer is None:
            self._ahead_timer = self.set_timer(_AHEAD_POLL, self._ready_ahead_when_idle)

    def _ready_ahead_when_idle(self) -> None:
        """Build the reader, then a person's quotes screen, ahead (`kept.build_ahead`), each once the
        reader's code is in and the keys rest: the first article (or person) opened then shows as
        fast as the next ones. A kept screen the terminal was resized under is laid out again so."""
        self._ahead_timer = None
        wanted = self._wanted_ahead()
        if wanted is None:
            return
        if self.is_current and self._reader_code.is_finished and self.app.input_idle(_AHEAD_IDLE):
            self._ready_ahead(wanted)
        else:
            self._ready_ahead_later()

    def _wanted_ahead(self) -> str | None:
        """The name of the next screen to build ahead, else of a kept one to lay out at the terminal's
        new size (not on show, and once a size: never again and again if it does not take it)."""
        names = [READER] if self.library is None else [READER, PERSON_QUOTES]
        missing = [name for name in names if not self.app.is_screen_installed(name)]
        if missing:
            return missing[0]
        stack, size = self.app.screen_stack, self.app.size
        for name in names:
            kept = self.app.get_screen(name)
            tried = self._laid_out_at.get(name) == size
            if kept.is_mounted and kept not in stack and kept.size != size and not tried:
                return name
        return None

    @work(group="ahead", exclusive=True)
    async def _ready_ahead(self, wanted: str) -> None:
        from tuiread.app.screens.main import MainScreen
        from tuiread.app.screens.person_quotes import PersonQuotesScreen

        if self.app.is_screen_installed(wanted):
            self._laid_out_at[wanted] = self.app.size
            await lay_out_kept(self.app.get_screen(wanted), self.app.size)
        elif wanted == READER:
            await build_ahead(self.app, READER, MainScreen())
        elif self.library is not None:
            await build_ahead(self.app, wanted, PersonQuotesScreen(self.library))
        self._ready_ahead_later()  # the next one, in a rest of its own

    def on_resize(self) -> None:
        self._ready_ahead_later()  # the kept screens, laid out at the size before

    def on_screen_resume(self) -> None:
        # Back from an article or a person's quotes: the reader may have corrected a quote there (or
        # a file changed meanwhile). Checking costs a stat a file; only what changed is parsed.
        if self._shown_before and self.library is not None and not self.indexing:
            self.update_index()
        self._shown_before = True

    def on_unmount(self) -> None:
        self._save_state(now=True)  # the app is closing: a thread might not get to it
        if self.library is not None:
            self.library.close()

    # -- the index ---------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="index")
    def update_index(self) -> None:
        """Bring the index up to date (new, changed, removed files), on a connection of its own.

        It tells the screen how far it is by messages, never waiting for the screen to answer
        (`call_from_thread` waits): the indexer holds the database between batches, and a screen
        reading it at that moment must not be what the indexer waits for.
        """
        worker = get_current_worker()
        self.post_message(IndexingEvent("started"))
        told = 0.0

        def tell(progress: IndexProgress) -> None:
            nonlocal told
            now = time.monotonic()
            if now - told >= _PROGRESS_EVERY or progress.done >= progress.total:
                told = now
                self.post_message(IndexingEvent("progress", progress))

        try:
            with Library.open(self.plan.index) as library:
                report = self.plan.update(library, progress=tell, background=True)
        except Exception as err:  # one line on screen, and the lists stay usable
            if not worker.is_cancelled:
                self.post_message(IndexingEvent("failed", message=str(err) or type(err).__name__))
            return
        if not worker.is_cancelled:
            self.post_message(IndexingEvent("done", report=report))

    def on_indexing_event(self, event: IndexingEvent) -> None:
        if event.kind == "started":
            self.indexing = True
        elif event.kind == "progress" and event.progress is not None and self.indexing:
            self._indexing_progress(event.progress)
        elif event.kind == "done" and event.report is not None:
            self._indexing_done(event.report)
        elif event.kind == "failed":
            self._indexing_failed(event.message)

    def _indexing_progress(self, progress: IndexProgress) -> None:
        if progress.done < progress.total:  # shown only while there is something to parse: no flash
            self.query_one("#library-progress").display = True
        bar = self.query_one("#index-bar", ProgressBar)
        bar.update(total=max(progress.total, 1), progress=progress.done)
        self._line("#index-note", f" indexing: {progress.done} of {progress.total} articles · {progress.parsed} parsed")
        now = time.monotonic()
        if progress.written and now - self._last_refresh >= self._refresh_gap and self.app.input_idle(_KEYS_FIRST):
            # The articles written so far; the people index is brought up to date when the update ends.
            started = time.perf_counter()
            self._show_articles()
            self._title()
            self._refresh_gap = max(_REFRESH_EVERY, _REFRESH_SHARE * (time.perf_counter() - started))

    def _indexing_done(self, report: IndexReport) -> None:
        self.indexing = False
        self.report = report
        self.query_one("#library-progress").display = False
        if report.parsed or report.removed or self._everyone is None:
            self.refresh_lists(index_changed=True)
        if report.failed:
            self.notify(
                shown(f"{len(report.failed)} could not be read: {report.failed[0]}"), severity="warning", markup=False
            )

    def _indexing_failed(self, message: str) -> None:
        self.indexing = False
        self.query_one("#library-progress").display = False
        self.notify(shown(f"Indexing stopped: {message}"), severity="error", markup=False, timeout=10)

    # -- the lists ---------------------------------------------------------------------------

    def refresh_lists(self, *, index_changed: bool = False) -> None:
        """Show the articles and people again, filtered and sorted; read the people index again only
        when the index changed (merging name variants walks every quote: not at each key of a filter)."""
        if self.library is None:
            return
        if index_changed:
            self._found_by.clear()  # of items the index may no longer hold
        self._show_articles(reread=index_changed)
        if index_changed or self._everyone is None:
            self._everyone = people(self.library)
        self._show_people()
        self._title()

    def _show_articles(self, *, reread: bool = True) -> None:
        """Show the articles, filtered and sorted: read again from the index if ``reread``."""
        self._last_refresh = time.monotonic()
        if self.library is None:
            return
        if reread or self._all_articles is None:
            self._all_articles = self._sorted_articles(self.library.articles())
        shown_articles = self._filtered(self._all_articles, lambda a: (a.title or "", a.path, a.source or ""))
        self.lists["articles"].show(shown_articles)  # type: ignore[attr-defined]

    def _sorted_articles(self, articles: list[ArticleSummary]) -> list[ArticleSummary]:
        """``articles`` in the list's order, ties by path (in memory: no reading of the index at a key)."""
        by_path = sorted(articles, key=lambda a: a.path)
        key, descending = _ARTICLE_SORTS[self.article_order]
        return by_path if self.article_order == "path" else sorted(by_path, key=key, reverse=descending)  # type: ignore[arg-type]

    def _show_people(self) -> None:
        everyone = self._filtered(self._everyone or [], lambda p: (p.name, *p.variants, *p.roles))
        key = {"quotes": lambda p: (-p.quotes, p.name), "name": lambda p: p.name.casefold()}
        self.people_list = sorted(everyone, key=key.get(self.people_order, lambda p: (-p.articles, p.name)))
        self.lists["people"].show(self.people_list)  # type: ignore[attr-defined]

    def _filtered(self, items: list[T], words: Callable[[T], tuple[str, ...]]) -> list[T]:
        """The ``items`` whose ``words`` hold the filter's text, in any case (all without a filter).

        In memory, at each pause in typing: the words of each item are joined and folded once."""
        where = self.filter_text.strip().casefold()
        if not where:
            return items
        found_by = self._found_by
        kept = []
        for item in items:
            text = found_by.get(item)
            if text is None:
                text = found_by[item] = "\n".join(words(item)).casefold()
            if where in text:
                kept.append(item)
        return kept

    def _title(self) -> None:
        """What the library is, how many of its articles and people the lists show, in which order."""
        if self.library is None:
            return
        shown_articles, total = self.lists["articles"].row_count, len(self._all_articles or ())
        persons = len(self.people_list)
        inputs = ", ".join(Path(i).name or i for i in self.plan.inputs[:3])
        more = f" +{len(self.plan.inputs) - 3}" if len(self.plan.inputs) > 3 else ""
        articles = f"{shown_articles} of {total} articles" if shown_articles != total else f"{total} articles"
        order = self.article_order if self.view != "people" else self.people_order
        filtered = f" · filter “{self.filter_text}”" if self.filter_text else ""
        self._line(
            "#library-title",
            shown(f"Library · {inputs}{more} · {articles} · {persons} people · sorted by {order}{filtered}"),
        )

    def _status(self, text: str) -> None:
        self._line("#library-status", shown(text))

    def _line(self, selector: str, text: str) -> None:
        """Put ``text`` on one of the screen's one-line strips. Its size is set by the stylesheet
        (one line, the screen's width), so it is redrawn alone: no layout of the screen for it."""
        self.query_one(selector, Static).update(text, layout=False)

    @property
    def table(self) -> LibraryTable:
        return self.query_one("#library-list", LibraryTable)

    def _show_view(self, view: str) -> None:
        self.view = view
        self.table.show(self.lists[view])
        # At once, not as focus() does it (after the messages waiting): a key typed right after
        # enter must reach the list, not the search field that was just closed.
        self.set_focus(self.table)
        self._status(self._hint(view))
        self.refresh_bindings()

    def _hint(self, view: str) -> str:
        hints = {
            "articles": "enter opens an article · / searches every article · f filters · s sorts",
            "people": "enter lists a person's quotes · e exports them · f filters · s sorts",
        }
        if view != "results":
            return hints[view]
        if self.hits_query != self.query_text:
            return f"searching for “{self.query_text}”…"
        return f"{len(self.hits)} found for “{self.query_text}” · enter opens · escape closes"

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "export":
            # Shown dimmed elsewhere (None), not hidden: the footer keeps its keys and relabels them
            # on a switch of views instead of rebuilding itself (a third of the switch's time).
            return True if self.view == "people" else None
        return True

    # -- actions ----------------------------------------------------------------------------

    def action_show_view(self, view: str) -> None:
        self._close_query()
        self._show_view(view)
        self._title()  # it names the view's order; the lists are as they were

    def action_search(self) -> None:
        self._open_query("search", "Search every article's text and quotes", self.query_text)

    def action_filter(self) -> None:
        if self.view == "results":
            self._show_view("articles")
        self._open_query("filter", "Keep the rows that hold these words", self.filter_text)

    def _open_query(self, mode: str, placeholder: str, value: str) -> None:
        field = self.query_one("#library-query", Input)
        self.query_mode = mode
        field.placeholder = placeholder
        field.value = value
        self.set_focus(field)

    def _close_query(self) -> None:
        field = self.query_one("#library-query", Input)
        if self._search_timer is not None:
            self._search_timer.stop()  # type: ignore[attr-defined]
            self._search_timer = None
        if self.query_mode == "filter" and field.value != self.filter_text:
            self._filter(field.value)  # the letters typed since the last pause count too
        self.query_mode = None
        # The field stays, empty, saying how to search and filter (the title names a filter).
        field.placeholder = _QUERY_HINT
        field.value = ""

    def action_sort(self) -> None:
        if self.view == "people":
            k = PEOPLE_ORDERS.index(self.people_order)
            self.people_order = PEOPLE_ORDERS[(k + 1) % len(PEOPLE_ORDERS)]
            self._show_people()
        else:
            k = ARTICLE_ORDERS.index(self.article_order)
            self.article_order = ARTICLE_ORDERS[(k + 1) % len(ARTICLE_ORDERS)]
            if self._all_articles is not None:
                self._all_articles = self._sorted_articles(self._all_articles)
            self._show_articles(reread=False)
            if self.view == "results":
                self._show_view("articles")
        self._title()

    def action_back(self) -> None:
        if self.query_mode is not None:
            self._close_query()
            self._show_view(self.view)
            return
        if self.view == "results":
            self._show_view("articles")
            return
        if self.filter_text:
            self.filter_text = ""
            self._close_query()
            self.refresh_lists()

    def action_export(self) -> None:
        person = self._highlighted_person()
        if person is None or self.library is None:
            return
        from tuiread.app.screens.person_quotes import export_person_quotes

        export_person_quotes(self.app, self.library, person)

    # -- the query field ----------------------------------------------------------------------

    @on(Input.Changed, "#library-query")
    def _query_changed(self, event: Input.Changed) -> None:
        # Once typing pauses: each list refilled at every letter kept a fast typist waiting.
        if self._search_timer is not None:
            self._search_timer.stop()  # type: ignore[attr-defined]
        if self.query_mode == "filter":
            self._search_timer = self.set_timer(_SEARCH_DELAY, lambda: self._filter(event.value))
        elif self.query_mode == "search":
            self._search_timer = self.set_timer(_SEARCH_DELAY, lambda: self._run_search(event.value))

    def _filter(self, text: str) -> None:
        if self.query_mode == "filter":
            self.filter_text = text
            self.refresh_lists()

    @on(Input.Submitted, "#library-query")
    def _query_submitted(self, event: Input.Submitted) -> None:
        mode = self.query_mode
        self._close_query()
        if mode == "search":
            self._run_search(event.value, show=True)
        else:
            self._show_view(self.view)

    def _run_search(self, query: str, *, show: bool = False) -> None:
        """Search for ``query`` in a worker (its hits come as `SearchDone`); ``show``: the results
        view at once, saying it is searching until they come."""
        if self.library is None:
            return
        query = query.strip()
        if query != self.query_text or self.hits_query != query:
            self.query_text = query
            if query:
                if show:
                    # The view says it is searching for these words: the hits of the words typed
                    # before them (shown under the field as they were typed) go, or one is opened
                    # as a hit of these.
                    self.hits = []
                    self.lists["results"].show([])  # type: ignore[attr-defined]
                self._search(query)
            else:
                self._show_hits(query, [])
        if show:
            self._show_view("results")

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str) -> None:
        """The search, on a connection of its own: one query at a time per connection, and the
        screen's stays free for the keys. A newer search cancels this one (exclusive), and the
        cancel stops its query midway (the progress handler), not after it."""
        worker = get_current_worker()
        try:
            with Library.open(self.plan.index) as library:
                library.connection.set_progress_handler(lambda: worker.is_cancelled, 1000)
                hits = search(library, query)
        except Exception:  # cancelled midway, or the index unreadable at this moment: no hits shown
            return
        if not worker.is_cancelled:
            self.post_message(SearchDone(query, hits))

    def on_search_done(self, message: SearchDone) -> None:
        if message.query == self.query_text:  # an older search's hits, come late, are not shown
            self._show_hits(message.query, message.hits)

    def _show_hits(self, query: str, hits: list[SearchHit]) -> None:
        self.hits, self.hits_query = hits, query
        self.lists["results"].show(hits)  # type: ignore[attr-defined]
        if self.query_mode == "search" and self.view != "results":
            # Typing a search: the hits show under the field, which keeps the keys.
            self.view = "results"
            self.table.show(self.lists["results"])
            self.refresh_bindings()
        if self.view == "results":
            self._status(self._hint("results"))

    # -- opening -------------------------------------------------------------------------------

    @on(RowTable.RowSelected)
    def _row_selected(self, event: RowTable.RowSelected) -> None:
        event.stop()
        key = event.key
        name = event.rows.name
        if name == "articles":
            self.open_article(key)
        elif name == "results":
            hit = self.hits[int(key)]
            self.open_article(hit.path, (hit.start, hit.end))
        elif name == "people":
            person = self._person(int(key))
            if person is not None and self.library is not None:
                from tuiread.app.screens.person_quotes import open_person_quotes

                open_person_quotes(self.app, self.library, person)

    def open_article(self, path: str, at: tuple[int, int] | None = None) -> None:
        """Read one article of the library, at ``at`` if given; escape there comes back here."""
        self._save_state()
        open_in_reader(self.app, reader_source(self.library, path), at)

    def _person(self, person_id: int) -> PersonSummary | None:
        return next((p for p in self.people_list if p.id == person_id), None)

    def _highlighted_person(self) -> PersonSummary | None:
        key = self.lists["people"].highlighted_key
        return self._person(int(key)) if key is not None else None

    # -- remembering -------------------------------------------------------------------------

    def _state(self) -> dict[str, object]:
        return {
            "view": self.view if self.view != "results" else "articles",
            "article_order": self.article_order,
            "people_order": self.people_order,
            "filter": self.filter_text,
            "article": self._rows.get("articles"),
            "person": self._rows.get("people"),
        }

    @on(RowTable.RowHighlighted)
    def _row_highlighted(self, event: RowTable.RowHighlighted) -> None:
        # Kept as the cursor moves: when the screen closes, its table is gone before it is.
        if event.rows.name in ("articles", "people") and event.key is not None:
            self._rows[event.rows.name] = event.key

    def _save_state(self, *, now: bool = False) -> None:
        if not self.app.remember:
            return
        self._state_wanted = json.dumps(self._state()) + "\n"
        if now:
            self._write_state()
        else:
            self._write_state_in_thread()

    @work(thread=True, group="state")
    def _write_state_in_thread(self) -> None:
        # Off the interface thread: the write's fsync took 10 ms at the median (26 at p95) of opening an
        # article while the library indexed (its disk busy with the index's own writes).
        self._write_state()

    def _write_state(self) -> None:
        # One write at a time, each of the state wanted last: an older state never lands after a newer.
        with self._state_lock, contextlib.suppress(WriteError, OSError):
            write_atomic(state_path(self.plan.index), self._state_wanted, overwrite=True)

    def _restore_state(self) -> None:
        if not self.app.remember:
            return
        try:
            state = json.loads(state_path(self.plan.index).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if not isinstance(state, dict):
            return
        if state.get("view") in ("articles", "people"):
            self.view = state["view"]
        if state.get("article_order") in ARTICLE_ORDERS:
            self.article_order = state["article_order"]
        if state.get("people_order") in PEOPLE_ORDERS:
            self.people_order = state["people_order"]
        if isinstance(state.get("filter"), str):
            self.filter_text = state["filter"]
        self._remembered_rows = (state.get("article"), state.get("person"))
        self.call_after_refresh(self._back_to_rows)

    def _back_to_rows(self) -> None:
        article, person = getattr(self, "_remembered_rows", (None, None))
        for name, key in (("articles", article), ("people", person)):
            rows = self.lists[name]
            row = rows.row_index(key) if isinstance(key, str) else None
            if row is not None:
                rows.cursor_row = row
        self.table.move_cursor(self.table.cursor_row)  # the view shown scrolls to its row
        self.table.refresh()
