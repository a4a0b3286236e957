"""The outline: the article's title and its sections, each with its quote count and selection mark.

A list, not a tree: an article has one level of sections, and a list entry wraps, so a long
section title shows whole in a narrow pane (a tree's line was cut at the pane's edge).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets.option_list import Option

from tuiread.app.messages import JumpRequested, SelectRequested, Target
from tuiread.app.plain import shown
from tuiread.app.widgets.vim import VimOptionList
from tuiread.model import Article
from tuiread.selection import Selection

# How a section's selection shows in the outline (and in monochrome, without colour).
MARKS = {"all": "● ", "some": "◐ ", "none": "  "}
TITLE_ID = "title"


def _target(option_id: str | None) -> Target | None:
    if option_id == TITLE_ID:
        return Target("title")
    if option_id and option_id.startswith("section:"):
        return Target("section", int(option_id.split(":", 1)[1]))
    return None


class OutlineTree(VimOptionList):
    """The title and sections; enter goes there in the text, space selects a whole section.

    | Key | Description |
    | :- | :- |
    | j, k, up, down | Move. |
    | g, G, home, end | First / last entry. |
    | ctrl+d, ctrl+u | Half a page down / up. |
    | enter | Go to the entry in the text (its heading at the top) and highlight it. |
    | space | Select or unselect the whole section (on the title: every section). |

    ``Lead`` is the text before the first heading; ``2❝ 1≈`` says a section holds two direct quotes
    and one piece of reported speech.
    """

    HELP = "The outline: enter goes to a section in the text, space selects all of it."

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="outline.down"),
        Binding("k", "cursor_up", "Up", show=False, id="outline.up"),
        Binding("g,home", "first", "First", show=False, id="outline.first"),
        Binding("G,end", "last", "Last", show=False, id="outline.last"),
        Binding("ctrl+d", "half_page(1)", "Half page down", show=False, id="outline.half_page_down"),
        Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, id="outline.half_page_up"),
        Binding("enter", "select", "Go to", id="outline.jump", tooltip="Show this entry in the text"),
        Binding("space", "toggle_section", "Select", id="outline.select", tooltip="Select or unselect the section"),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.article: Article | None = None
        self._quote_counts: dict[int, int] = {}
        self._reported_counts: dict[int, int] = {}
        self._selection = Selection()

    def clear(self) -> None:
        """No article: empty, nothing selected, at the top (before another article shows)."""
        self.article = None
        self._selection = Selection()
        self.clear_options()

    def show_article(self, article: Article) -> None:
        self.article = article
        paragraphs = article.paragraphs

        def by_section(firsts: Iterable[int | None]) -> dict[int, int]:
            counts: dict[int, int] = {}
            for first in firsts:
                if first is not None and 0 <= first < len(paragraphs):
                    section = paragraphs[first].section
                    counts[section] = counts.get(section, 0) + 1
            return counts

        self._quote_counts = by_section(q.paragraphs[0] if q.paragraphs else None for q in article.quotes)
        # Reported speech in the title (paragraph None) counts in no section.
        self._reported_counts = by_section(r.paragraph for r in article.reported)
        highlighted = self.highlighted
        self.clear_options()
        title = Content.styled(shown(article.title or "Untitled article"), "bold")
        self.add_options(
            [
                Option(title, id=TITLE_ID),
                *(Option(self._label(s.index), id=f"section:{s.index}") for s in article.sections),
            ]
        )
        self.highlighted = highlighted if highlighted is not None and highlighted < self.option_count else 0

    def _label(self, index: int) -> Content:
        assert self.article is not None
        section = self.article.sections[index]
        state = self._selection.section_state(self.article, index)
        title = ("Lead", "italic") if section.title is None else shown(section.title)
        quotes, reported = self._quote_counts.get(index, 0), self._reported_counts.get(index, 0)
        counts = " ".join(([f"{quotes}❝"] if quotes else []) + ([f"{reported}≈"] if reported else []))
        return Content.assemble((MARKS[state], "bold"), title, (f"  {counts}", "dim") if counts else "")

    @property
    def entries(self) -> list[str]:
        """Each entry as it reads: the title, then the sections (with their marks and counts)."""
        return [str(self.get_option_at_index(i).prompt) for i in range(self.option_count)]

    @property
    def highlighted_target(self) -> Target | None:
        if self.highlighted is None or self.highlighted >= self.option_count:
            return None
        return _target(self.get_option_at_index(self.highlighted).id)

    @property
    def last_index(self) -> int:
        return self.option_count - 1

    def set_selection(self, selection: Selection) -> None:
        if self.article is None:
            self._selection = selection
            return
        old, self._selection = self._selection, selection
        for section in self.article.sections:
            if old.section_state(self.article, section.index) != selection.section_state(self.article, section.index):
                self.replace_option_prompt(f"section:{section.index}", self._label(section.index))

    def on_option_list_option_selected(self, event: VimOptionList.OptionSelected) -> None:
        event.stop()
        target = _target(event.option.id)
        if target is not None:
            self.post_message(JumpRequested(target))

    def action_toggle_section(self) -> None:
        target = self.highlighted_target
        if target is None or self.article is None:
            return
        if target.kind == "section":
            self.post_message(SelectRequested("section", (target.index,), None))
        else:
            # Space on the title: every section.
            indexes = tuple(s.index for s in self.article.sections)
            everything = all(self._selection.section_state(self.article, i) == "all" for i in indexes)
            self.post_message(SelectRequested("section", indexes, not everything))
