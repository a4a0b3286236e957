"""The main screen: outline, article text, quotes and speakers; it owns the article and the selection.

Panes tell the screen what the user asked for (`JumpRequested`, `SelectRequested`,
`SpeakerChosen`, search messages); the screen changes the selection and tells
every pane. On a wide terminal the panes sit side by side; under
``NARROW_BELOW`` columns one pane fills the screen and a tab bar switches them.

The screen composes the panes and routes; each concern has a helper of its own, next to it:
what the panes show (`ReaderPanes`), their layout and focus (`PaneLayout`), loading the article
(`ReaderLoading`), moving through it (`ReaderMoves`), search (`ReaderSearch`), corrections
(`ReaderCorrections`), and the dialogs it opens (`ReaderDialogs`). The article's state is a
Textual-free `ReaderArticle`; the decisions each helper makes are pure functions in `tuiread.reading`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input
from textual.worker import get_current_worker

from tuiread.app.messages import (
    ArticleFailed,
    ArticleLoaded,
    CorrectionRequested,
    CursorMoved,
    JumpRequested,
    SearchChanged,
    SearchClosed,
    SelectRequested,
    SpeakerChosen,
    Target,
    UndoCorrectionRequested,
)
from tuiread.app.plain import shown
from tuiread.app.reader_article import ReaderArticle
from tuiread.app.screens.reader_corrections import ReaderCorrections
from tuiread.app.screens.reader_dialogs import ReaderDialogs
from tuiread.app.screens.reader_layout import NARROW_BELOW, Column, PaneLayout, Row
from tuiread.app.screens.reader_loading import ReaderLoading
from tuiread.app.screens.reader_moves import ReaderMoves
from tuiread.app.screens.reader_panes import ReaderPanes
from tuiread.app.screens.reader_search import ReaderSearch
from tuiread.app.widgets.article_header import ArticleHeader
from tuiread.app.widgets.article_view import ArticleView
from tuiread.app.widgets.evidence_line import EvidenceLine
from tuiread.app.widgets.footer import QuietFooter
from tuiread.app.widgets.outline import OutlineTree
from tuiread.app.widgets.quotes import QuoteList
from tuiread.app.widgets.speakers import SpeakersView
from tuiread.app.widgets.status import StatusLine
from tuiread.model import Article
from tuiread.parser.stages import Stage
from tuiread.reading import Notice, action_allowed
from tuiread.selection import Selection

if TYPE_CHECKING:
    from tuiread.app.app import TuireadApp
    from tuiread.app.source import ArticleSource
    from tuiread.app.widgets.pane_tabs import PaneTabs
    from tuiread.app.widgets.search_bar import SearchBar


class MainScreen(Screen[None]):
    """The article's panes, the status line and the footer."""

    AUTO_FOCUS = "#text"
    # Drawn as plain background, not line by line through borders and padding it does not have: the
    # panes, the status line and the footer cover it whole (and the panes' row and column too). Every
    # full repaint (the first frame, a resize) drew 48 unseen lines for each, ~10 ms together.
    BLANK = True
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]] | None] = [(0, "-narrow"), (NARROW_BELOW, "-wide")]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "next_pane", "Next pane", show=False, id="main.next_pane"),
        Binding("shift+tab", "previous_pane", "Previous pane", show=False, id="main.previous_pane"),
        Binding("1", "show_pane('outline')", "Outline pane", show=False, id="main.pane_outline"),
        Binding("2", "show_pane('text')", "Article pane", show=False, id="main.pane_text"),
        Binding("3", "show_pane('quotes')", "Quotes pane", show=False, id="main.pane_quotes"),
        Binding("4", "show_pane('speakers')", "Speakers pane", show=False, id="main.pane_speakers"),
        Binding("n", "next_match", "Next match", id="main.next_match", tooltip="The next search match"),
        Binding(
            "N",
            "previous_match",
            "Prev match",
            show=False,
            id="main.previous_match",
            tooltip="The previous search match",
        ),
        Binding(
            "n",
            "next_quote",
            "Next quote",
            id="main.next_quote",
            tooltip="The next quote or reported speech in the text (of the kinds the quotes pane lists)",
        ),
        Binding(
            "N",
            "previous_quote",
            "Prev quote",
            show=False,
            id="main.previous_quote",
            tooltip="The previous quote or reported speech",
        ),
        # A priority binding: the app runs it before it hands on the keys behind it, so the letters
        # typed (or pasted) right after "/" reach the search bar, not the pane that had focus.
        Binding("slash", "search", "Search", id="main.search", tooltip="Search the article text", priority=True),
        Binding("e", "export", "Export", id="main.export", tooltip="Export the selection as Markdown"),
        Binding("r", "toggle_repairs", "Repairs", show=False, id="main.repairs", tooltip="Highlight repaired spots"),
        Binding(
            "i",
            "show_fixes",
            "Cleaning log",
            show=False,
            id="main.fixes",
            tooltip="What cleaning changed, and what it took out of the text",
        ),
        Binding(
            "escape",
            "clear",
            "Clear selection",
            show=False,
            id="main.clear",
            tooltip="Clear the selection (or the search); with nothing to clear, back to the library",
        ),
    ]

    app: TuireadApp  # type: ignore[assignment]

    # Textual's, without its repaint: a focus change repainted the whole screen (every pane, scrollbar
    # and footer key: about a third of what tab cost). The widgets whose looks depend on the focus
    # (pane borders, the cursor's colour) are restyled and redrawn on their own.
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)

    def __init__(self, source: ArticleSource | None = None, *, at: tuple[int, int] | None = None) -> None:
        """``source``: the article, when it is not the app's (one opened from a library), and ``at``
        the stretch of its text to open at (a search hit, a quote: start and end offsets)."""
        super().__init__()
        # The article shown and what goes with it (a new one for each article the library opens).
        self.reading = ReaderArticle(source, at)
        self.pane_layout = PaneLayout(self)
        self.search = ReaderSearch(self)
        self.corrections = ReaderCorrections(self)
        self.moves = ReaderMoves(self)
        self.loader = ReaderLoading(self)
        self.dialogs = ReaderDialogs(self)
        # Each speaker's colour in the current theme (hex).
        self.palette: dict[str, str] = {}

    # What the app, its commands and the tests read of the article shown (the rest: `self.reading`).

    @property
    def article(self) -> Article | None:
        return self.reading.article

    @property
    def selection(self) -> Selection:
        return self.reading.selection

    @property
    def load_error(self) -> str | None:
        return self.reading.load_error

    # -- building --------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # The breakpoint class now, before any pane is styled: set by the first resize (Textual's way),
        # it would restyle every widget once more before the first frame.
        narrow = self.narrow
        self.set_class(narrow, "-narrow", update=False)
        self.set_class(not narrow, "-wide", update=False)
        # The tab bar only on a narrow screen, the search bar once asked for: built later if needed,
        # they cost a wide start nothing.
        if narrow:
            yield self.pane_layout.new_tabs()
        with Row(id="panes"):
            yield OutlineTree(id="outline", classes="pane")
            # "-has-focus" from the start: the text view takes the focus first (AUTO_FOCUS).
            with Vertical(id="text-pane", classes="pane -has-focus"):
                yield ArticleHeader(id="article-header")
                yield ArticleView(id="text")
            with Column(id="side"):
                yield QuoteList(id="quotes", classes="pane")
                yield SpeakersView(id="speakers", classes="pane")
        # Under the panes, the screen's width: how a speaker was found takes a sentence (127
        # characters at the median on PolNeAR train), which the side column cut to its first words.
        yield EvidenceLine(id="evidence")
        yield StatusLine(id="status")
        yield QuietFooter()

    @property
    def source(self) -> ArticleSource:
        """Where this screen's article comes from: its own, or the app's."""
        own = self.reading.source
        return own if own is not None else self.app.source  # type: ignore[return-value]

    @property
    def opened_from_library(self) -> bool:
        return self.reading.source is not None

    @property
    def text_view(self) -> ArticleView:
        return self.query_one("#text", ArticleView)

    @property
    def outline(self) -> OutlineTree:
        return self.query_one("#outline", OutlineTree)

    @property
    def quote_list(self) -> QuoteList:
        return self.query_one("#quotes", QuoteList)

    @property
    def speakers_view(self) -> SpeakersView:
        return self.query_one("#speakers", SpeakersView)

    @property
    def status(self) -> StatusLine:
        return self.query_one("#status", StatusLine)

    @property
    def search_bar(self) -> SearchBar:
        """The search bar (NoMatches before the first search opened it)."""
        return self.search.bar

    def pane_widget(self, pane: str) -> Widget:
        return self.query_one(f"#{pane}")

    def on_mount(self) -> None:
        self.panes = ReaderPanes(self)
        self.query_one("#text-pane").border_title = "Article"
        self.outline.border_title = "Outline"
        self.text_view.set_highlight_repairs(self.app.settings.highlight_repairs)
        self.text_view.set_max_line_width(self.app.settings.line_width)
        self.pane_layout.mark_active("text")
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.apply_palette())
        self.quote_list.quote_in_hand.subscribe(self, self.moves.quote_in_hand, immediate=True)
        # None for the library's reader built ahead: its first article comes with `read_article`.
        if self.reading.source is not None or self.app.source is not None:
            self.loader.load()

    def read_article(self, source: ArticleSource, *, at: tuple[int, int] | None = None) -> None:
        """Show another article of the library here, as a new screen would (the library keeps one
        reader: composing, styling and drawing a new screen was most of the time an article took to open).

        Nothing of the article before stays: its parse stops, and every pane, the selection, the search,
        the filters and the place start afresh. Called while the screen is not shown, just before it is.
        """
        self._leave_article()
        self.workers.cancel_group(self, "parse")
        self.loader.done()
        self.reading = ReaderArticle(source, at)
        self._clear_panes()
        # The library's parse of it, when it has one: shown in the screen's first frame, not a frame later.
        self.loader.load(Stage("complete", source.article) if source.article is not None else None)

    def _clear_panes(self) -> None:
        """Every pane as a new screen has it, with no article yet."""
        self.selections = {}  # text marked with the mouse
        self.panes.clear()
        self.search.reset()
        self.show_pane("text")

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # A screen pushed is restyled whole as it resumes (Textual's default), which changes nothing here
        # and costs a tenth of the time to the first frame: the panes were styled as they mounted, and the
        # library's reader, closed, is restyled with the app's other screens when the theme changes.
        event.refresh_styles = False
        super()._on_screen_resume(event)

    def on_screen_suspend(self) -> None:
        if self.is_attached and self not in self.app.screen_stack:
            self._leave_article()  # closed over the library (a dialog over it leaves it on the stack)

    # -- loading (`ReaderLoading` shows each stage) ---------------------------------------------

    @work(thread=True, exclusive=True, group="parse")
    def parse_article(self) -> None:
        """The article's parse, stage by stage, each shown as it comes (as a message).

        In a thread, waiting on the parse process (`tuiread ARTICLE` starts one) or running the
        parse itself. A long article comes back twice, its text and outline first, then with its
        quotes (which take the longest to find); a very long one's start comes before both.
        """
        worker = get_current_worker()
        source = self.source
        try:
            for stage in source.stages():
                if worker.is_cancelled:
                    return
                self.post_message(ArticleLoaded.of(stage, source))
        except Exception as err:  # any failure becomes a message on screen, never a crash
            if not worker.is_cancelled:
                self.post_message(ArticleFailed(str(err) or type(err).__name__, source))

    def on_article_loaded(self, message: ArticleLoaded) -> None:
        self.loader.loaded(message)

    def on_article_failed(self, message: ArticleFailed) -> None:
        self.loader.failed(message)

    # -- what every helper uses ---------------------------------------------------------------

    def tell(self, notice: Notice) -> None:
        # What it says can quote a file name, a path or an error from outside: shown inert.
        self.notify(
            shown(notice.message), title=notice.title, severity=notice.severity, timeout=notice.timeout, markup=False
        )

    def apply_palette(self) -> None:
        if self.article is not None:
            self.palette = self.panes.set_palette(self.app.current_theme, self.article)

    # -- panes -------------------------------------------------------------------------

    @property
    def active_pane(self) -> str:
        return self.pane_layout.active

    @property
    def narrow(self) -> bool:
        return self.pane_layout.narrow

    def on_resize(self, event: events.Resize) -> None:
        self.pane_layout.resized(event.size.width)

    def show_pane(self, pane: str) -> None:
        self.pane_layout.show(pane)

    def on_descendant_focus(self, event: object) -> None:
        self.pane_layout.focus_moved(self.focused)

    def set_focus(self, widget: Widget | None, scroll_visible: bool = True, from_app_focus: bool = False) -> None:
        super().set_focus(widget, scroll_visible, from_app_focus)
        # With the focus itself, so no frame shows two panes focused.
        self.pane_layout.mark_focus(self.focused)

    def on_pane_tabs_pane_clicked(self, message: PaneTabs.PaneClicked) -> None:
        message.stop()
        self.show_pane(message.pane)

    def action_next_pane(self) -> None:
        self.pane_layout.step(1)

    def action_previous_pane(self) -> None:
        self.pane_layout.step(-1)

    def action_show_pane(self, pane: str) -> None:
        self.show_pane(pane)

    # -- jumping (`ReaderMoves` works out where) --------------------------------------------------

    def on_jump_requested(self, message: JumpRequested) -> None:
        message.stop()
        self.jump(message.target)

    def jump(self, target: Target) -> None:
        self.moves.jump(target)

    def action_next_quote(self) -> None:
        self.moves.step_quote(1)

    def action_previous_quote(self) -> None:
        self.moves.step_quote(-1)

    def action_next_match(self) -> None:
        self.search.step(1)

    def action_previous_match(self) -> None:
        self.search.step(-1)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        searching = self.is_mounted and self.search.searching
        return action_allowed(action, typing=isinstance(self.focused, Input), searching=searching)

    # -- search (the bar's messages: `ReaderSearch` answers them) ------------------------------

    def action_search(self) -> None:
        if self.article is not None:
            self.search.open()

    @on(SearchChanged)
    def _search_changed(self, message: SearchChanged) -> None:
        message.stop()
        self.search.changed(message.query)

    @on(SearchClosed)
    def _search_closed(self, message: SearchClosed) -> None:
        message.stop()
        self.search.closed(message.cancelled)

    # -- selection ------------------------------------------------------------------------------

    def on_select_requested(self, message: SelectRequested) -> None:
        message.stop()
        if self.article is None:
            return
        self.set_selection(self.selection.requested(self.article, message.kind, message.indexes, message.selected))

    def set_selection(self, selection: Selection) -> None:
        if self.article is None or selection == self.selection:
            return
        self.reading.selection = selection
        self.show_selection()

    def show_selection(self) -> None:
        assert self.article is not None
        self.panes.show_selection(self.article, self.selection)

    def select_quotes(self, indexes: tuple[int, ...]) -> None:
        self.post_message(SelectRequested("quotes", indexes, True))

    def action_clear(self) -> None:
        if self.selection:
            self.set_selection(Selection())
            self.notify("Selection cleared", timeout=2)
            return
        if self.search.clear():
            return
        if self.opened_from_library:
            self.dismiss()  # nothing left to clear: back to the library, where the reader was
            return
        self.text_view.clear_target()

    # -- the reader's place ------------------------------------------------------------------------

    def on_cursor_moved(self, message: CursorMoved) -> None:
        message.stop()
        self.reading.moved_to(message.paragraph, int(self.text_view.scroll_y))

    def on_unmount(self) -> None:
        self._leave_article()
        # The app's signal would hold the screen (in a callback Textual keeps until the next theme change).
        self.app.theme_changed_signal.unsubscribe(self)

    def _leave_article(self) -> None:
        """The reader leaves the article (back to the library, or the app closes): its place is saved."""
        self.reading.leave(remember=self.app.remember)

    # -- corrections (`ReaderCorrections` asks and saves) and the quotes' filter -------------------

    def on_correction_requested(self, message: CorrectionRequested) -> None:
        message.stop()
        self.corrections.correct(message.index)

    def on_undo_correction_requested(self, message: UndoCorrectionRequested) -> None:
        message.stop()
        self.corrections.undo(message.index)

    def on_quote_list_filtered(self, message: QuoteList.Filtered) -> None:
        message.stop()
        self.pane_layout.label_quotes(message.label)

    def on_speaker_chosen(self, message: SpeakerChosen) -> None:
        message.stop()
        self.quote_list.set_filter(message.speaker)
        self.show_pane("quotes")

    # -- export, the fix log and the repairs (`ReaderDialogs` opens them) ------------------------

    def action_export(self) -> None:
        self.dialogs.export()

    def action_show_fixes(self) -> None:
        """The fix log and the lines taken out; a fix chosen there is shown in the text, repairs marked."""
        self.dialogs.show_fixes()

    def action_toggle_repairs(self) -> None:
        self.dialogs.toggle_repairs()
