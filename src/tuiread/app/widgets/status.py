"""The status line: a web page's address and date; words, reading time, quotes, speakers and fixes;
what is selected; the search."""

from __future__ import annotations

import math

from textual.content import Content
from textual.widgets import Static

from tuiread.app.plain import shown
from tuiread.evidence import is_doubtful
from tuiread.model import Article
from tuiread.selection import Selection

WORDS_PER_MINUTE = 230


def reading_minutes(words: int) -> int:
    return max(math.ceil(words / WORDS_PER_MINUTE), 1) if words else 0


def article_facts(article: Article) -> str:
    """``312 words · 2 min read · 4 quotes · 6 reported · 8 speakers · 17 fixes`` (the speakers of
    quotes and of reported speech, as the speakers pane lists them), and the paragraphs whose
    quotes were not looked for (data) or not attributed (too costly): who said what is not known there."""
    words = article.word_count
    speakers = {q.speaker for q in article.quotes if q.speaker} | {s.name for s in article.speakers}
    speakers |= {r.speaker for r in article.reported if r.speaker}
    facts = [
        f"{words:,} words",
        f"{reading_minutes(words)} min read",
        _count(len(article.quotes), "quote"),
        *([f"{len(article.reported):,} reported"] if article.reported else []),
        _count(len(speakers), "speaker"),
        _count(article.fixes.total, "fix", "fixes"),
    ]
    # What a fact-checker looks at first (d in the quotes pane shows them), and what they fixed.
    doubtful = sum(1 for q in article.quotes if is_doubtful(q))
    if doubtful:
        facts.append(f"{doubtful:,} doubtful")
    corrected = sum(1 for q in article.quotes if q.corrected)
    if corrected:
        facts.append(f"{corrected:,} corrected")
    unattributed = article.fixes.count("unattributed-paragraph")
    if unattributed:
        facts.append(f"{_count(unattributed, 'paragraph')} not attributed")
    data = article.fixes.count("data-paragraph")
    if data:
        facts.append(f"{_count(data, 'paragraph')} read as data")
    return " · ".join(facts)


# An address or path longer than this is shown by its start and end (the host and the page).
ORIGIN_CHARS = 60


def article_origin(article: Article) -> str:
    """A web page's address (or the path it was saved to) and its date: ``https://… · 2019-11-19``.
    Empty for plain text, which the title bar names already."""
    if article.url is None and article.date is None:
        return ""
    where = article.source or article.url or ""
    if len(where) > ORIGIN_CHARS:
        half = ORIGIN_CHARS // 2
        where = f"{where[: half - 1]}…{where[-half:]}"
    return " · ".join(part for part in (where, article.date) if part)


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else many or one + 's'}"


class StatusLine(Static):
    """One line under the panes: the article's figures, the selection, the search."""

    DEFAULT_CSS = """
    StatusLine { height: 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self.facts = ""
        self.origin = ""
        self.selection_text = ""
        self.search_text = ""
        self.note = "Loading…"
        self.shown = Content()

    def on_mount(self) -> None:
        self._redraw()

    def show_article(self, article: Article) -> None:
        self.facts = article_facts(article)
        self.origin = article_origin(article)
        self.note = ""
        self._redraw()

    def show_selection(self, selection: Selection) -> None:
        self.selection_text = f"selected: {selection.describe()}" if selection else ""
        self._redraw()

    def show_search(self, query: str, index: int, count: int) -> None:
        if not query:
            self.search_text = ""
        elif count == 0:
            self.search_text = f"/{query}: no match"
        else:
            self.search_text = f"/{query}: {index + 1 if index >= 0 else 0}/{count:,}"
        self._redraw()

    def show_note(self, note: str) -> None:
        self.note = note
        self._redraw()

    def _redraw(self) -> None:
        parts: list[str | tuple[str, str]] = []
        for text, style in (
            (self.note, "italic"),
            (self.origin, "dim"),
            (self.facts, ""),
            (self.selection_text, "bold"),
            (self.search_text, "bold"),
        ):
            if not text:
                continue
            if parts:
                parts.append(("  │  ", "dim"))
            # The search query and notes can come from outside (a paste, a file name): shown inert.
            parts.append((shown(text), style))
        self.shown = Content.assemble(*parts)
        self.update(self.shown, layout=False)  # one line, as wide as the screen: its size never changes

    @property
    def text(self) -> str:
        """The line as plain text."""
        return self.shown.plain
