"""How the main screen answers the reader, without Textual: which panes show, what n and N say.

The main screen (`tuiread.app.screens.main`) keeps the state and the widgets; these are pure
functions of that state, tested on their own.
"""

from __future__ import annotations

from tuiread.model import Article

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
