"""The outline: the article's title and its sections, each with its quote count and selection mark."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import Tree

from tuiread.app.messages import JumpRequested, SelectRequested, Target
from tuiread.app.plain import shown
from tuiread.export import Selection
from tuiread.model import Article

# How a section's selection shows in the outline (and in monochrome, without colour).
MARKS = {"all": "● ", "some": "◐ ", "none": "  "}

VIM_TREE_BINDINGS: list[BindingType] = [
    Binding("j", "cursor_down", "Down", show=False, id="outline.down"),
    Binding("k", "cursor_up", "Up", show=False, id="outline.up"),
    Binding("g,home", "scroll_home", "First", show=False, id="outline.first"),
    Binding("G,end", "scroll_end", "Last", show=False, id="outline.last"),
    Binding("ctrl+d", "half_page(1)", "Half page down", show=False, id="outline.half_page_down"),
    Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, id="outline.half_page_up"),
]


class OutlineTree(Tree[Target]):
    """The title and sections; enter goes there in the text, space selects a whole section.

    | Key | Description |
    | :- | :- |
    | j, k, up, down | Move. |
    | g, G, home, end | First / last entry. |
    | ctrl+d, ctrl+u | Half a page down / up. |
    | enter | Go to the entry in the text and highlight it. |
    | space | Select or unselect the whole section. |
    """

    HELP = "The outline: enter goes to a section in the text, space selects all of it."

    BINDINGS: ClassVar[list[BindingType]] = [
        *VIM_TREE_BINDINGS,
        Binding("enter", "select_cursor", "Go to", id="outline.jump", tooltip="Show this entry in the text"),
        Binding("space", "toggle_section", "Select", id="outline.select", tooltip="Select or unselect the section"),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(Text("Outline"), data=Target("title"), id=id, classes=classes)
        self.auto_expand = False
        self.show_root = True
        self.guide_depth = 2
        self.article: Article | None = None
        self._quote_counts: dict[int, int] = {}
        self._selection = Selection()
        self._line_style: Style | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        # Tree.render_line works out the widget's style for every line (walking every ancestor);
        # once per redraw is enough. Most of the pane's lines are empty (an outline is short).
        self._line_style = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._line_style = None

    def render_line(self, y: int) -> Strip:
        style = self._line_style if self._line_style is not None else self.rich_style
        scroll_x, scroll_y = self.scroll_offset
        return self._render_line(y + scroll_y, scroll_x, scroll_x + self.size.width, style)

    def show_article(self, article: Article) -> None:
        self.article = article
        counts: dict[int, int] = {}
        paragraphs = article.paragraphs
        for quote in article.quotes:
            first = quote.paragraphs[0] if quote.paragraphs else None
            if first is not None and 0 <= first < len(paragraphs):
                section = paragraphs[first].section
                counts[section] = counts.get(section, 0) + 1
        self._quote_counts = counts
        self.clear()
        self.root.set_label(Text(shown(article.title or "Untitled article"), style="bold"))
        for section in article.sections:
            self.root.add_leaf(self._label(section.index), data=Target("section", section.index))
        self.root.expand()
        self.cursor_line = 0

    def _label(self, index: int) -> Text:
        assert self.article is not None
        section = self.article.sections[index]
        state = self._selection.section_state(self.article, index)
        label = Text(MARKS[state], style="bold")
        if section.title is None:
            label.append("Lead", style="italic")
        else:
            label.append(shown(section.title))
        count = self._quote_counts.get(index, 0)
        if count:
            label.append(f"  {count}❝", style="dim")
        return label

    def set_selection(self, selection: Selection) -> None:
        if self.article is None:
            self._selection = selection
            return
        old, self._selection = self._selection, selection
        for node in self.root.children:
            target = node.data
            if target is None:
                continue
            if old.section_state(self.article, target.index) != selection.section_state(self.article, target.index):
                node.set_label(self._label(target.index))

    def quote_count(self, section: int) -> int:
        return self._quote_counts.get(section, 0)

    def on_tree_node_selected(self, event: Tree.NodeSelected[Target]) -> None:
        event.stop()
        if event.node.data is not None:
            self.post_message(JumpRequested(event.node.data))

    def action_toggle_section(self) -> None:
        node = self.cursor_node
        if node is None or node.data is None:
            return
        if node.data.kind == "section":
            self.post_message(SelectRequested("section", (node.data.index,), None))
        elif self.article is not None:
            # Space on the title: every section.
            indexes = tuple(s.index for s in self.article.sections)
            everything = all(self._selection.section_state(self.article, i) == "all" for i in indexes)
            self.post_message(SelectRequested("section", indexes, not everything))

    def action_half_page(self, direction: int) -> None:
        step = max(self.scrollable_content_region.height // 2, 1)
        self.cursor_line = min(max(self.cursor_line + direction * step, 0), self.last_line)
        self.scroll_to_line(self.cursor_line, animate=False)
