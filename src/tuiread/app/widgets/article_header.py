"""Above the text: what a web page says about its article beyond the text, its deck (the sentence
under the headline) and, when the text has no byline, who wrote it and where it appeared.

Plain text has neither, and the header is not shown. Page metadata is data like the text: shown
through `plain.shown`, never as markup.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from tuiread.app.plain import shown
from tuiread.model import Article


def header_lines(article: Article) -> list[str]:
    """The deck, then "author · site", whichever the page gave (the author only if the text has no byline)."""
    lines = [article.deck] if article.deck else []
    credit = [p for p in (None if article.byline else article.author, article.site_name) if p]
    if credit:
        lines.append(" · ".join(credit))
    return lines


class ArticleHeader(Static):
    """The deck and the page's credit line, over the article text; hidden when there is neither."""

    def show_article(self, article: Article) -> None:
        lines = header_lines(article)
        self.display = bool(lines)
        if not lines:
            return
        parts: list[Content] = []
        if article.deck:
            parts.append(Content.styled(shown(article.deck), "italic"))
        if len(lines) > len(parts):
            parts.append(Content.styled(shown(lines[-1]), "dim"))
        self.update(Content("\n").join(parts))

    @property
    def text(self) -> str:
        return str(self.render())
