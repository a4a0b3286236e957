"""The article the main screen shows, from its first stage to leaving it, without Textual.

An article comes in stages (`tuiread.parser.stages`): a long one's start, then its whole text, then
its quotes; a parsed one all at once. `ReaderArticle` keeps what the screen shows of it (the article
with the reader's corrections applied, the selection, the place to come back to) and says what each
stage is to the screen (`Arrival`); the screen puts it in its panes. The library's reader starts a
new one for each article it opens, so nothing of the article before can stay.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from tuiread.corrections import ArticleCorrections, orphans_said
from tuiread.model import Article, Quote
from tuiread.places import Place, at_start, load_place, save_place
from tuiread.reading import (
    Corrected,
    Notice,
    StageRole,
    carried_quotes,
    corrections_notice,
    loading_note,
    place_to_return,
    stage_role,
)
from tuiread.selection import Selection

if TYPE_CHECKING:
    from tuiread.app.source import ArticleSource


@dataclass(frozen=True)
class Arrival:
    """What a stage of the parse is to the screen: its ``role`` (`reading.stage_role`), the article
    to show, a notice about the reader's saved corrections, the status line's note while more is
    coming, and whether the article is now ready (shown whole: its place or its spot to open at)."""

    role: StageRole
    article: Article
    notice: Notice | None
    note: str | None
    ready: bool


@dataclass
class ReaderArticle:
    """One article in the reader: where it comes from and what of it is in, as the reader left it."""

    source: ArticleSource | None = None
    # The stretch of text to open at (a library's search hit or a person's quote), until it is shown.
    open_at: tuple[int, int] | None = None
    article: Article | None = None
    selection: Selection = field(default_factory=Selection)
    load_error: str | None = None
    # Where the reader is, kept as they move: saved for next time when they leave the article.
    place: Place = field(default_factory=Place)
    # Only the start of a long article is in (its preview): the rest is still being read.
    preview_only: bool = False
    # The article as parsed and the reader's corrections to it (`article` has them applied).
    corrections: ArticleCorrections | None = None

    def arrive(self, parsed: Article, *, partial: bool, preview: bool) -> Arrival:
        """Take a stage of the parse: ``partial`` (its quotes still coming), ``preview`` (only its start)."""
        notice = None
        if not partial:
            parsed, notice = self._with_corrections(parsed)
        role = stage_role(self.article is not None, partial)
        self.article = parsed
        note: str | None
        if role == "first":
            self.selection = Selection()
            self.preview_only = preview
            note = loading_note(preview, partial)
        elif role == "rest_of_text":
            # The preview is the article's start parsed on its own: the selection's numbers carry over.
            self.preview_only = False
            note = "Finding quotes…"
        else:
            note = None
        return Arrival(role, parsed, notice, note, ready=note is None)

    def _with_corrections(self, parsed: Article) -> tuple[Article, Notice | None]:
        """The parsed article with the reader's saved corrections applied (as parsed if they cannot be
        read), and what to say about them."""
        self.corrections = corrections = ArticleCorrections(parsed)
        applied = corrections.opened()
        orphans = orphans_said(len(applied.orphaned)) if applied.orphaned else None
        return applied.article, corrections_notice(corrections.error, orphans)

    def fail(self, message: str) -> None:
        self.load_error = message

    def take_open_at(self) -> tuple[int, int] | None:
        """The stretch to open at, once: a later stage (or the next article) opens at its place."""
        at, self.open_at = self.open_at, None
        return at

    def place_to_return(self, paragraphs: int, *, remember: bool) -> Place | None:
        """Where the reader left this article last time, if it is to open there (``paragraphs``: how
        many it has now)."""
        if not remember or self.corrections is None:
            return None
        return place_to_return(load_place(self.corrections.key), paragraphs)

    def moved_to(self, paragraph: int, top: int) -> None:
        self.place = replace(self.place, paragraph=paragraph, top=top)

    def quote_in_hand(self, index: int) -> None:
        self.place = replace(self.place, quote=index)

    def correctable(self, index: int) -> tuple[ArticleCorrections, Quote] | None:
        """The reader's corrections and quote ``index`` to correct (or undo), if the article is in
        with its quotes and has that quote."""
        article, corrections = self.article, self.corrections
        if article is None or corrections is None or not 0 <= index < len(article.quotes):
            return None
        return corrections, article.quotes[index]

    def corrected(self, corrected: Corrected) -> Article | None:
        """Take the article as the reader corrected it; the article before (None if nothing changed).
        The selected quotes carry over, known by where they start."""
        old, article = self.article, corrected.article
        if old is None or article is None:
            return None
        self.article = article
        self.selection = replace(self.selection, quotes=carried_quotes(old, article, self.selection.quotes))
        return old

    def leave(self, *, remember: bool) -> None:
        """The reader leaves the article (back to the library, or the app closes): its place is saved
        (if ``remember``) and its own parse, if one still runs, stops."""
        if remember and self.corrections is not None and not at_start(self.place):
            save_place(self.corrections.key, self.place)
        self.place = Place()
        if self.source is not None:
            self.source.close()
        # Its article was frozen out of the collector's sight when shown (`TuireadApp.article_ready`):
        # an article left must be let go (each stayed in memory, about 2 MB).
        gc.unfreeze()
