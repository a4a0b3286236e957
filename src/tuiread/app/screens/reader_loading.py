"""The main screen's article loading, stage by stage: the loading indicator for a slow parse, each
stage of the parse shown as it comes, and a failure said in the text pane.

The screen's parse worker (`MainScreen.parse_article`) posts the stages; the screen passes them on
here. What each stage is to the screen is decided without Textual (`tuiread.app.reader_article`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tuiread.app.messages import ArticleFailed, ArticleLoaded
from tuiread.app.plain import shown

if TYPE_CHECKING:
    from textual.timer import Timer

    from tuiread.app.screens.main import MainScreen
    from tuiread.parser.stages import Stage

# A parse that takes longer than this shows the loading indicator.
LOADING_DELAY = 0.15


class ReaderLoading:
    """How a main screen's article comes in."""

    def __init__(self, screen: MainScreen) -> None:
        self._screen = screen
        self._timer: Timer | None = None

    def load(self, stage: Stage | None = None) -> None:
        """Load the source's article: at once when it is parsed already (``stage``, or the parse
        process's first), else stage by stage from a worker."""
        screen = self._screen
        # The loading indicator only for a parse that takes a while: a short one would just flash it.
        self._timer = screen.set_timer(LOADING_DELAY, self._show_indicator)
        screen.search.prepare_later()
        screen.status.show_note("Loading…")
        # Parsed already (the parse process ran while the interface loaded): shown in the first frame.
        stage = stage or screen.source.stage_ready_now()
        if stage is not None:
            self.loaded(ArticleLoaded.of(stage))
        if stage is None or stage.kind != "complete":
            screen.parse_article()

    def _show_indicator(self) -> None:
        screen = self._screen
        if screen.article is None and screen.load_error is None:
            screen.query_one("#panes").loading = True

    def done(self) -> None:
        """No more loading indicator (nor one to come)."""
        if self._timer is not None:
            self._timer.stop()
        panes = self._screen.query_one("#panes")
        if panes.loading:
            panes.loading = False

    def _stale(self, message: ArticleLoaded | ArticleFailed) -> bool:
        """A stage (or failure) of an article this screen no longer shows (the library's reader took another)."""
        return message.source is not None and message.source is not self._screen.source

    def loaded(self, message: ArticleLoaded) -> None:
        """A stage of the parse: shown in every pane."""
        if self._stale(message):
            return
        screen = self._screen
        panes = screen.panes
        arrival = screen.reading.arrive(message.article, partial=message.partial, preview=message.preview)
        if arrival.notice is not None:
            screen.tell(arrival.notice)
        article = arrival.article
        screen.apply_palette()  # first: the panes build their lines once, in the speakers' colours
        if arrival.role == "first":
            panes.show_first(article)
            self.done()
            screen.show_pane("text")
        elif arrival.role == "rest_of_text":
            panes.show_rest_of_text(article)
            screen.show_selection()
        else:  # the quotes of a long article, after its text: the reader's place stays
            panes.show_quotes(article)
            screen.show_selection()
        if arrival.role != "quotes" and not message.preview:
            screen.app.text_shown(article)
        if arrival.note is not None:
            screen.status.show_note(arrival.note)
            return
        screen.moves.open_where_asked(article)
        screen.app.article_ready(article)

    def failed(self, message: ArticleFailed) -> None:
        """The article could not be read or parsed: the text pane and a notification say why."""
        if self._stale(message):
            return
        screen = self._screen
        screen.reading.fail(message.message)
        self.done()
        # The message names the file, and a file name can hold escape sequences: shown inert.
        screen.text_view.set_placeholder(f"Could not open the article: {shown(message.message)}")
        screen.status.show_note("Could not open the article")
        screen.notify(
            shown(message.message), title="Could not open the article", severity="error", markup=False, timeout=30
        )
