"""One line under the quotes: how the speaker of the quote in hand was found (“She” → Wendy Sherman, …).

A line of its own rather than a third line in the quote's entry: changing an entry's height made
the list measure every entry again, 60 ms a key on an article of thousands of quotes.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from tuiread.app.plain import shown
from tuiread.evidence import confidence_label, explain
from tuiread.model import Article, Quote, Reported


class EvidenceLine(Static):
    """How the highlighted quote's (or reported speech's) speaker was found, and how sure that is."""

    def show_quote(self, article: Article, quote: Quote | Reported | None) -> None:
        # layout=False: the line's height is fixed (tuiread.tcss), so nothing around it moves; a layout
        # of the screen at each key cost 18 ms on a long article.
        if quote is None:
            self.update("", layout=False)
            return
        label = confidence_label(quote)
        self.update(
            Content.assemble(
                ("How found: ", "bold"),
                shown(explain(article, quote)),
                (f" · {label}" if label else "", "italic"),
            ),
            layout=False,
        )

    @property
    def text(self) -> str:
        return str(self.render())
