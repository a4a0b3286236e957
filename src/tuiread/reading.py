"""How the main screen answers the reader, without Textual: which panes show, what n and N say.

The main screen (`tuiread.app.screens.main`) keeps the state and the widgets; these are pure
functions of that state, tested on their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from tuiread.corrections import ArticleCorrections, Correction, CorrectionsError
from tuiread.model import Article, Quote, Span
from tuiread.places import Place, at_start
from tuiread.selection import Selection

PANES = ("outline", "text", "quotes", "speakers")
PANE_TITLES = {"outline": "Outline", "text": "Article", "quotes": "Quotes", "speakers": "Speakers"}

# What n says when the quotes pane lists no stops of its kinds.
_NONE_OF = {"both": "no quotes", "direct": "no direct quotes", "reported": "no reported speech"}


def pane_display(narrow: bool, pane: str) -> dict[str, bool]:
    """Whether each pane's widget shows (by its id): all of them when wide, only the active ``pane`` when narrow."""
    return {
        "#outline": not narrow or pane == "outline",
        "#text-pane": not narrow or pane == "text",
        "#side": not narrow or pane in ("quotes", "speakers"),
        "#quotes": not narrow or pane == "quotes",
        "#evidence": not narrow or pane == "quotes",
        "#speakers": not narrow or pane == "speakers",
    }


def pane_after(pane: str, step: int) -> str:
    """The pane tab (``step`` 1) or shift+tab (-1) goes to from ``pane``, round the four."""
    return PANES[(PANES.index(pane) + step) % len(PANES)]


def focused_pane(ids: Sequence[str | None]) -> str | None:
    """The pane holding the focus, from the ids of the focused widget and its ancestors (nearest
    first): the search bar, under the text, counts as the text's; None outside every pane."""
    pane = next((node for node in ids if node in PANES), None)
    if pane is None and ids and ids[0] == "search":
        return "text"
    return pane


def action_allowed(action: str, *, typing: bool, searching: bool) -> bool:
    """Whether a key of the main screen acts now (else it is left to the widget, or dimmed): "/" is a
    character to type in a text field (``typing``: the search itself, a file name); n and N go
    through the search's matches while there are some (``searching``), else through the quotes."""
    if action == "search":
        return not typing
    if action in ("next_match", "previous_match"):
        return searching
    if action in ("next_quote", "previous_quote"):
        return not searching
    return True


def no_stops_note(kinds: str) -> str:
    """What n or N says in an article with nothing of the ``kinds`` the quotes pane lists."""
    return f"This article has {_NONE_OF[kinds]}"


def quote_wrapped_note(direction: int) -> str:
    """What n (``direction`` 1) or N (-1) says when it goes round from the last quote or the first."""
    return "Back to the first one" if direction > 0 else "On to the last one"


def search_wrapped_note(direction: int) -> str:
    """What n or N says when it goes round from the last match or the first."""
    return "Search wrapped to the top" if direction > 0 else "Search wrapped to the bottom"


def quote_at(article: Article, offset: int) -> int | None:
    """The index of the quote holding ``offset`` (an empty quote holds its own start), or None."""
    return next((q.index for q in article.quotes if q.start <= offset < max(q.end, q.start + 1)), None)


def first_quote_from(article: Article, offset: int) -> int | None:
    """The index of the first quote starting at ``offset`` or after it, or None."""
    return next((q.index for q in article.quotes if q.start >= offset), None)


def carried_quotes(old: Article, new: Article, quotes: frozenset[int]) -> frozenset[int]:
    """The picked ``quotes`` of ``old`` as indexes into ``new``, the same text corrected: a quote is
    known by where it starts (a correction renumbers them, and "not a quote" takes one away)."""
    starts = {old.quotes[i].start for i in quotes if 0 <= i < len(old.quotes)}
    return frozenset(q.index for q in new.quotes if q.start in starts)


# -- opening an article ------------------------------------------------------------------------

StageRole = Literal["first", "rest_of_text", "quotes"]


def stage_role(shown: bool, partial: bool) -> StageRole:
    """What a stage of the parse is to a screen that shows (``shown``) an article or not yet: the first
    one shown, a long article's whole text after its preview (``partial``: quotes still coming), or
    its quotes after its text."""
    if not shown:
        return "first"
    return "rest_of_text" if partial else "quotes"


def loading_note(preview: bool, partial: bool) -> str | None:
    """What the status line says while the rest of a long article comes (None: it is all in)."""
    if preview:
        return "Reading the rest of the article…"
    if partial:
        return "Finding quotes…"
    return None


def opening_spot(article: Article, start: int, end: int) -> int | Span | None:
    """Where an article opened at ``start``–``end`` (a library's search hit, a person's quote) shows:
    the quote holding ``start`` (its index), else those words (a span), else nowhere (a stretch
    outside the text, say of an older parse)."""
    quote = quote_at(article, start)
    if quote is not None:
        return quote
    return Span(start, end) if 0 <= start < end <= len(article.text) else None


def place_to_return(place: Place | None, paragraphs: int) -> Place | None:
    """The place an article opens at from last time (its paragraph kept inside the article, which a
    newer parse may have made shorter); None when it opens at its start anyway."""
    if place is None or at_start(place):
        return None
    return Place(min(place.paragraph, max(paragraphs - 1, 0)), place.top, place.quote)


@dataclass(frozen=True)
class Notice:
    """A notification for the reader: what it says, its title, how grave and for how long (seconds)."""

    message: str
    title: str = ""
    severity: Literal["information", "warning", "error"] = "information"
    timeout: float = 3


def corrections_notice(error: str | None, orphans: str | None) -> Notice | None:
    """What opening an article says about the reader's saved corrections: that they could not be
    read (``error``, shown inert already), or that some no longer fit the text (``orphans``, said
    already), or nothing."""
    if error is not None:
        return Notice(
            f"{error}. The quotes show as parsed; corrections cannot be saved until it is mended.",
            "Corrections not read",
            "error",
            12,
        )
    if orphans:
        return Notice(f"{orphans} (tuiread corrections list lists them)", severity="warning", timeout=6)
    return None


def export_refusal(loaded: bool, preview_only: bool, selection: Selection) -> Notice | None:
    """Why the selection cannot be exported now, if it cannot: no article yet, or only a long article's
    start is in and "the whole article" (or a whole section) would be cut short without a word
    (chosen paragraphs are whole already)."""
    if not loaded:
        return Notice("Nothing to export yet", severity="warning", timeout=3)
    if preview_only and (not selection or selection.sections):
        return Notice(
            "Still reading the article: only its start is in. Export in a moment, once all of it is.",
            "Not exported",
            "warning",
            5,
        )
    return None


def repairs_note(on: bool, count: int) -> str:
    """What r says as it turns the highlighting of the ``count`` repaired spots on or off."""
    return f"Repairs highlighted ({count} spots)" if on else "Repairs not highlighted"


# -- correcting a quote ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Corrected:
    """What a correction (or undoing one) did: the article as now corrected (None: nothing changed),
    where (the quote's start), and what to tell the reader."""

    article: Article | None
    at: int
    notice: Notice


def cannot_correct(corrections: ArticleCorrections) -> Notice | None:
    """Why no correction can be saved for this article (its saved corrections cannot be read), if so."""
    if corrections.error is None:
        return None
    return Notice(corrections.error, "Cannot save corrections", "error", 8)


def correct_quote(corrections: ArticleCorrections, quote: Quote, speaker: str | None, not_quote: bool) -> Corrected:
    """Give ``quote`` to ``speaker`` (or mark it not a quote) and save that."""
    try:
        correction = Correction.of(quote, speaker, not_quote=not_quote)
        article = corrections.add(correction)
    except ValueError as err:  # a name that cannot be one (the store says why)
        return Corrected(None, quote.start, Notice(str(err), "Correction not saved", "error", 5))
    except (CorrectionsError, OSError) as err:
        return Corrected(None, quote.start, Notice(str(err), "Correction not saved", "error", 8))
    return Corrected(
        article, correction.quote_start, Notice(f"Saved: {correction.describe()} (u undoes it)", timeout=4)
    )


def undo_correction(corrections: ArticleCorrections, quote: Quote) -> Corrected:
    """Undo the correction of ``quote``; of a quote not corrected, the article's latest correction."""
    try:
        undone, article = corrections.undo(quote)
    except (CorrectionsError, OSError) as err:
        return Corrected(None, quote.start, Notice(str(err), "Nothing undone", "error", 8))
    if undone is None:
        return Corrected(None, quote.start, Notice("No corrections to undo in this article", timeout=3))
    return Corrected(article, undone.quote_start, Notice(f"Undone: {undone.describe()}", timeout=4))
