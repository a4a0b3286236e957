"""The article text: title, byline, headings and paragraphs, with quotes, speakers and repairs marked.

A Line API widget (toolong's shape): the article is wrapped once per width into
an index of display lines (`tuiread.text_layout.TextLayout`: integer arrays of
character offsets into ``Article.text``), and ``render_line`` draws only the
lines on screen, from a cache. A 2 MB article wraps in a fraction of a second
and a keypress redraws one screen, whatever the article's length.

What is marked on the lines is `tuiread.text_marks.TextMarks`, where keys go is
`tuiread.text_cursor`, and the component styles the lines are drawn in are kept
by `tuiread.app.looks.LineStyles`: all of them tested without an app. The widget
does the Textual part: keys and mouse, scrolling, drawing, messages.

Article text is data: it goes into Rich ``Segment`` objects as it is, never
through markup, so ``[bold]`` in an article shows as ``[bold]``; control
characters show as their Unicode pictures (␛), C1 and bidi controls as �
(``tuiread.app.plain``): none reaches the terminal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.color import Color
from textual.css.styles import StylesBase
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from tuiread.app.looks import ARTICLE_COMPONENTS, LineStyles
from tuiread.app.messages import CursorMoved, SelectRequested, Target, item_at
from tuiread.app.plain import CONTROL_PICTURES, UNSAFE, shown
from tuiread.model import Article, Quote, Reported, Span
from tuiread.text_cursor import (
    ParagraphRange,
    copied_text,
    cursor_in_view,
    jump_context,
    preview_scroll,
    scroll_to_line,
    scroll_to_paragraph,
    step,
    target_span,
)
from tuiread.text_layout import TextLayout, layered_pieces, wrapped_line
from tuiread.text_marks import TextMarks, evidence_of
from tuiread.text_search import SearchText

GUTTER = 2


class ArticleView(ScrollView, can_focus=True, inherit_bindings=False):
    """The cleaned article, one paragraph under the cursor; quotes coloured by speaker.

    | Key | Description |
    | :- | :- |
    | j, down | Next paragraph (a long one scrolls first). |
    | k, up | Previous paragraph. |
    | g, home / G, end | First / last paragraph. |
    | ctrl+d, ctrl+u | Half a page down / up. |
    | pagedown, pageup | A page down / up. |
    | space | Select or unselect the paragraph. |
    | shift+down, shift+up | Extend the selection a paragraph down / up. |
    | v | Range mode: moving the cursor selects. |
    | y | Copy the text dragged over with the mouse, or else the selected paragraphs, or else the paragraph. |

    A mouse drag marks text (ctrl+c or y copies it): the words as the article has them, a paragraph
    that wraps on screen copied as one line.
    """

    HELP = "The article text. Quotes are coloured by speaker, the words that name the speaker underlined."

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Down", show=False, id="text.down", tooltip="Next paragraph"),
        Binding("k,up", "cursor_up", "Up", show=False, id="text.up", tooltip="Previous paragraph"),
        Binding("g,home", "first", "First paragraph", show=False, id="text.first"),
        Binding("G,end", "last", "Last paragraph", show=False, id="text.last"),
        Binding("ctrl+d", "half_page(1)", "Half page down", show=False, id="text.half_page_down"),
        Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, id="text.half_page_up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="text.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="text.page_up"),
        Binding("space", "toggle_select", "Select", id="text.select", tooltip="Select or unselect the paragraph"),
        Binding("shift+down", "extend(1)", "Extend down", show=False, id="text.extend_down"),
        Binding("shift+up", "extend(-1)", "Extend up", show=False, id="text.extend_up"),
        Binding(
            "v",
            "range_mode",
            "Range",
            show=False,
            id="text.range",
            tooltip="Select a range: move the cursor, v again to stop",
        ),
        Binding("escape", "end_range", "End range", show=False, id="text.end_range"),
        Binding(
            "y",
            "copy",
            "Copy",
            show=False,
            id="text.copy",
            tooltip="Copy the text dragged over, or the selected paragraphs, or the paragraph",
        ),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {f"article-view--{name}" for name in ARTICLE_COMPONENTS}

    DEFAULT_CSS = """
    ArticleView { scrollbar-gutter: stable; overflow-x: hidden; }
    """

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.article: Article | None = None
        self.placeholder = ""
        # The article's lines at the pane's width (`tuiread.text_layout.TextLayout`), and what is marked on them.
        self.text_layout = TextLayout()
        self.marks = TextMarks()
        # What waits for the article's lines: a place to return to, a jump asked for before the pane had a width.
        self._after_layout: list[Callable[[], None]] = []
        self._cache: LRUCache[int, Strip] = LRUCache(1024)
        self.line_styles = LineStyles(self._component_style, self._own_style, ARTICLE_COMPONENTS)
        self._palette: dict[str, Style] = {}
        self.highlight_repairs = False
        self.max_line_width = 0
        self.cursor = 0
        # Where the reader is in the text (an offset): n/N and a search go on from here.
        self.position = -1
        self.range = ParagraphRange()
        self.query = ""
        self._search_text = SearchText("")

    # -- data in -----------------------------------------------------------------

    def show_article(self, article: Article) -> None:
        self.article = article
        self.text_layout = TextLayout.of(article)
        # The reader's picked paragraphs and drag stay until the screen says otherwise.
        kept = self.marks
        self.marks = TextMarks(article)
        self.marks.selected, self.marks.dragged = kept.selected, kept.dragged
        self._search_text = SearchText.of(article.text, self._search_text)
        self.cursor = 0
        self.position = -1
        self.query = ""
        self._after_layout.clear()
        self._invalidate()
        self._relayout()

    def show_quotes(self, article: Article) -> None:
        """The same text, now with its quotes: mark them without moving the reader."""
        self.article = article
        self.marks.set_quotes(article)
        self.marks.evidence = ()
        self._invalidate()

    def show_evidence(self, quote: Quote | Reported | None) -> None:
        """Mark what attributes ``quote`` or reported speech (its speaker mention, its cue, where the
        speaker is named), or nothing (None)."""
        moved = self.marks.set_evidence(evidence_of(quote))
        # Only the paragraphs the marks leave and reach are drawn again (a key in the quotes list
        # moves them; redrawing the whole text each time cost a frame on a long article).
        touched = {p for p in map(self.text_layout.paragraph_at_offset, moved) if p is not None}
        if moved:
            self._invalidate_paragraphs(*touched) if touched else self._invalidate()

    def set_selection(self, paragraphs: Iterable[int]) -> None:
        selected = frozenset(paragraphs)
        if selected != self.marks.selected:
            self.marks.selected = selected
            self._invalidate()

    def set_placeholder(self, text: str) -> None:
        """What the view says when there is no text to show (the article failed, or is empty)."""
        self.placeholder = text
        self._invalidate()

    def set_palette(self, palette: dict[str, Style]) -> None:
        self._palette = palette
        self._invalidate()

    def set_highlight_repairs(self, on: bool) -> None:
        self.highlight_repairs = on
        self._invalidate()

    @property
    def paragraph_count(self) -> int:
        return self.text_layout.paragraph_count

    # -- layout ------------------------------------------------------------------

    def set_max_line_width(self, width: int) -> None:
        """Wrap the text at ``width`` characters at most (0: at the pane's edge)."""
        if width != self.max_line_width:
            self.max_line_width = width
            self._relayout()

    def _relayout(self) -> None:
        pane = self.scrollable_content_region.width
        width = max(pane - GUTTER, 10)
        width = min(width, self.max_line_width) if self.max_line_width > 0 else width
        if self.article is None or width == self.text_layout.width or pane <= 0:
            return
        keep = self.text_layout.top_offset(int(self.scroll_y)) if self.text_layout.laid_out else None
        self.text_layout = self.text_layout.wrapped(width)
        self._cache.clear()
        self.virtual_size = Size(width + GUTTER, self.text_layout.line_count)
        if keep is not None:
            self.scroll_to(y=self.text_layout.line_of_offset(keep), animate=False, immediate=True)
            # The reading position stays in view: the cursor's paragraph shows after a resize.
            if cursor_in_view(self.text_layout, self.cursor, int(self.scroll_y), self.viewport_height) is not None:
                self._reveal_paragraph(self.cursor)
        waiting, self._after_layout = self._after_layout, []
        for callback in waiting:
            callback()
        self.refresh()

    def when_laid_out(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the article's lines are measured: now if they are. Where a place or a
        jump lands depends on the lines, and the article can come while the pane has no width."""
        if self.text_layout.laid_out:
            callback()
        else:
            self._after_layout.append(callback)

    @property
    def allow_vertical_scroll(self) -> bool:
        # Textual allows a scroll once its next layout has shown the scrollbar; a place to return to
        # is scrolled to in the moment the article is laid out, before that layout.
        return super().allow_vertical_scroll or (
            self.text_layout.laid_out and self.max_scroll_y > 0 and not self.disabled
        )

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()

    # -- rendering ---------------------------------------------------------------

    def _invalidate(self) -> None:
        self._cache.clear()
        self.line_styles.forget_base()
        self.refresh()

    def _invalidate_paragraphs(self, *paragraphs: int) -> None:
        """Redraw only these paragraphs' lines: a cursor move changes two paragraphs, not the whole screen."""
        if not self.text_layout.laid_out:
            self._invalidate()
            return
        top, bottom = int(self.scroll_y), int(self.scroll_y) + self.viewport_height - 1
        cached = list(self._cache.keys())
        for paragraph in paragraphs:
            if not 0 <= paragraph < self.text_layout.paragraph_count:
                continue
            first, last = self.text_layout.paragraph_lines(paragraph)
            # A paragraph can run to thousands of lines; the cache holds at most a thousand.
            for line in cached if last - first > len(cached) else range(first, last + 1):
                if first <= line <= last:
                    self._cache.discard(line)
            if first <= bottom and last >= top:
                self.refresh_lines(max(first, top), min(last, bottom) - max(first, top) + 1)

    def _component_style(self, name: str) -> StylesBase:
        return self.get_component_styles(f"article-view--{name}")

    def _own_style(self) -> tuple[Style, Color]:
        return self.rich_style, self.background_colors[1]

    def notify_style_update(self) -> None:
        super().notify_style_update()
        # Restyled, but often with nothing the lines show changed: Textual restyles everything in the
        # text pane whenever the focus moves in or out of it. Whether the lines must be built again is
        # decided at the next redraw, when the component styles are up to date too (render_line).
        self.line_styles.restyled()

    # The focus changes only the cursor's colour: only its paragraph's lines are built again. (Textual
    # still repaints the whole widget on a focus change, from the lines kept here; building every line
    # again made moving between panes slower.)

    def watch_has_focus(self, _has_focus: bool) -> None:
        # Textual restyles a widget when it gains or loses the focus, for its :focus rules. This one
        # has none (the cursor's colour follows ``has_focus`` here; the pane's border follows a class
        # the screen sets, MainScreen.set_focus), and a restyle is fifteen component classes styled
        # again: about 4 ms on every move in or out of the text, and at the start.
        # tests/app/test_reading.py checks that no style rule depends on this widget's focus.
        pass

    def _on_hide(self, event: events.Hide) -> None:
        # Textual blurs a focused widget that hides. The Hide of a frame in which the loading indicator
        # covered the panes can come after the indicator has gone and the text has taken the focus
        # again (on a busy machine): blurred then, the focus fell to the widget before it, the outline.
        # A view that the last frame showed keeps its focus: Textual's handler (each class's in turn,
        # ours first) is then not run (compat.OVERRIDDEN).
        if self.has_focus and self.is_on_screen:
            event.prevent_default()

    def on_focus(self) -> None:
        self._invalidate_paragraphs(self.cursor)

    def on_blur(self) -> None:
        self._invalidate_paragraphs(self.cursor)

    def render_line(self, y: int) -> Strip:
        if not self.text_layout.laid_out and self.article is not None:
            # The article came while the pane had no width (covered by the loading indicator, or
            # hidden), and no resize need follow when it shows again: lay it out now it is drawn.
            self._relayout()
        if self.line_styles.changed():
            self._cache.clear()
        line = int(self.scroll_y) + y
        strip = self._cache.get(line)
        if strip is None:
            # Kept with its offsets (they depend on the line alone): a repaint from the cache, as on
            # every focus change, does not add them again (that is a third of the time a line takes).
            strip = self._render_line(line, self.scrollable_content_region.width).apply_offsets(0, line)
            self._cache[line] = strip
        return strip

    def line_background(self, paragraph: int) -> Color:
        """The background of a paragraph's lines: picked, under the cursor, both or neither."""
        tints = ["selected"] if paragraph in self.marks.selected else []
        if paragraph == self.cursor and paragraph >= 0:
            tints.append("cursor" if self.has_focus else "cursor-blurred")
        return self.line_styles.background(*tints)

    def _render_line(self, line: int, width: int) -> Strip:
        base = self.line_styles.base[0]
        layout = self.text_layout
        if self.article is None or line >= layout.line_count:
            if self.placeholder and (self.article is None or not layout.line_count):
                # Wrapped, not cut at the pane's edge: "Could not open the article: PATH: REASON"
                # lost its reason behind a long path.
                row = wrapped_line(shown(self.placeholder), max(width - GUTTER, 1), line)
                if row is not None:
                    segment = Segment(" " * GUTTER + row, base + self.line_styles.style("placeholder"))
                    return Strip([segment]).adjust_cell_length(width, base)
            return Strip.blank(width, base)
        block = layout.block_at_line(line)
        if block is None:
            return Strip.blank(width, base)
        start, end = layout.line_start[line], layout.line_end[line]
        under = self.line_background(block.paragraph if block.kind == "paragraph" else -1)
        style = base + Style(bgcolor=under.rich_color)
        if block.kind in ("title", "byline", "heading"):
            style = style + self.line_styles.style(block.kind, under)
        gutter = Segment(" " * GUTTER, base)
        if block.kind == "paragraph" and block.paragraph in self.marks.selected:
            gutter = Segment("▌" + " " * (GUTTER - 1), base + self.line_styles.style("gutter"))
        text = self.article.text[start:end]
        if UNSAFE.search(text):
            text = text.translate(CONTROL_PICTURES)
        marks = self.marks.layers(start, end, repairs=self.highlight_repairs)
        layers = [(a, b, self._layer_style(name, speaker, under)) for a, b, name, speaker in marks]
        segments = [gutter]
        if not layers:
            segments.append(Segment(text, style))
        else:
            for a, b, over in layered_pieces(len(text), start, layers):
                piece = style
                for layer_style in over:
                    piece = piece + layer_style
                segments.append(Segment(text[a:b], piece))
        # The line's background runs to the right edge (a selected paragraph is a block of colour).
        return Strip(segments).adjust_cell_length(width, style)

    def _layer_style(self, name: str, speaker: str | None, under: Color) -> Style:
        if name == "selection":  # Textual's own mouse selection, in the screen's colour
            return self.screen.get_component_rich_style("screen--selection")
        style = self.line_styles.style(name, under)
        return style + self._palette.get(speaker, Style()) if speaker else style

    # -- moving --------------------------------------------------------------------

    @property
    def viewport_height(self) -> int:
        return max(self.scrollable_content_region.height, 1)

    def _scroll_top(self, y: int | None) -> None:
        if y is not None:
            self.scroll_to(y=y, animate=False, immediate=True)

    def _scroll_into_view(self, offset: int) -> None:
        """Show the line holding ``offset`` a few lines below the top (once the lines are measured)."""

        def scroll() -> None:
            line, height = self.text_layout.line_of_offset(offset), self.viewport_height
            self._scroll_top(scroll_to_line(line, int(self.scroll_y), height, jump_context(height)))

        self.when_laid_out(scroll)

    def preview_item(self, target: Target) -> None:
        """Mark a quote's (or reported speech's) evidence and bring it into view if it is out of sight,
        the cursor left where it is (the quotes list is being read; this pane follows it)."""
        quote = item_at(self.article, target) if self.article is not None else None
        if quote is None:
            return
        if not self.text_layout.laid_out:
            self.when_laid_out(lambda: self.preview_item(target))
            return
        self.show_evidence(quote)
        offsets = [quote.start, quote.end] + [m for a, b, _ in self.marks.evidence for m in (a, b)]
        self._scroll_top(
            preview_scroll(self.text_layout, offsets, quote.start, int(self.scroll_y), self.viewport_height)
        )

    def _reveal_paragraph(self, paragraph: int) -> None:
        if not self.text_layout.laid_out:
            self.when_laid_out(lambda: self._reveal_paragraph(paragraph))
            return
        first, last = self.text_layout.paragraph_lines(paragraph)
        self._scroll_top(scroll_to_paragraph(first, last, int(self.scroll_y), self.viewport_height))

    def move_cursor(self, paragraph: int, *, reveal: bool = True) -> None:
        if not self.text_layout.paragraph_count:
            return
        paragraph = min(max(paragraph, 0), self.text_layout.paragraph_count - 1)
        old = self.cursor
        self.cursor = paragraph
        self.position = self.text_layout.paragraph_start(paragraph) - 1
        if reveal:
            self._reveal_paragraph(paragraph)
        if paragraph != old:
            self._invalidate_paragraphs(old, paragraph)
            self.post_message(CursorMoved(paragraph))

    def _step(self, delta: int) -> None:
        y, paragraph = step(self.text_layout, self.cursor, int(self.scroll_y), self.viewport_height, delta)
        self._scroll_top(y)
        if paragraph is not None:
            self._go(paragraph)

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def action_first(self) -> None:
        self.scroll_to(y=0, animate=False, immediate=True)
        self._go(0)

    def action_last(self) -> None:
        self._go(self.text_layout.paragraph_count - 1)
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)

    def _go(self, paragraph: int) -> None:
        if self.range.mode:
            self._extend_to(paragraph)
        else:
            self.move_cursor(paragraph)

    def _scroll_lines(self, lines: int) -> None:
        self._scroll_top(min(max(int(self.scroll_y) + lines, 0), self.max_scroll_y))
        paragraph = cursor_in_view(self.text_layout, self.cursor, int(self.scroll_y), self.viewport_height)
        if paragraph is not None:
            self.move_cursor(paragraph, reveal=False)

    def action_half_page(self, direction: int) -> None:
        self._scroll_lines(direction * max(self.viewport_height // 2, 1))

    def action_page(self, direction: int) -> None:
        self._scroll_lines(direction * max(self.viewport_height - 1, 1))

    # -- selecting ---------------------------------------------------------------

    def action_toggle_select(self) -> None:
        if not self.text_layout.paragraph_count:
            return
        self.range.end()
        self.post_message(SelectRequested("paragraphs", (self.cursor,), None))

    def action_extend(self, delta: int) -> None:
        if not self.text_layout.paragraph_count:
            return
        if self.range.anchor is None:
            self.range.anchor = self.cursor
            self.post_message(SelectRequested("paragraphs", (self.cursor,), True))
        self._extend_to(self.cursor + delta)

    def _extend_to(self, paragraph: int) -> None:
        """Move the cursor with the range end: paragraphs between the anchor and it are selected."""
        paragraph = min(max(paragraph, 0), self.text_layout.paragraph_count - 1)
        if paragraph == self.cursor:
            return
        added, removed = self.range.move(self.cursor, paragraph)
        for paragraphs, picked in ((added, True), (removed, False)):
            if paragraphs:
                self.post_message(SelectRequested("paragraphs", paragraphs, picked))
        self.move_cursor(paragraph)

    def action_range_mode(self) -> None:
        if self.range.mode:
            self.range.end()
            self.notify("Range ended", timeout=2)
        elif self.text_layout.paragraph_count:
            self.range = ParagraphRange(self.cursor, mode=True)
            self.post_message(SelectRequested("paragraphs", (self.cursor,), True))
            self.notify("Range: move to extend the selection, v to stop", timeout=3)

    def action_end_range(self) -> None:
        self.range.end()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # escape ends a range only while one is open: otherwise it goes on to clear the selection.
        return self.range.mode if action == "end_range" else True

    def on_key(self, event: events.Key) -> None:
        # Any plain move ends a shift-extended range (range mode keeps going).
        if not self.range.mode and not event.key.startswith("shift+"):
            self.range.anchor = None

    # -- jumping -------------------------------------------------------------------

    def jump_to(self, target: Target) -> Span | None:
        """Show a target a few lines below the top, highlighted; the cursor goes to its paragraph."""
        if self.article is None:
            return None
        layout = self.text_layout
        span = target_span(self.article, layout.blocks, layout.paragraph_block, target.kind, target.index)
        if span is None:
            return None
        item = item_at(self.article, target)
        self.show_evidence(item)
        if target.kind == "title":
            self.when_laid_out(lambda: self.scroll_to(y=0, animate=False, immediate=True))
        elif target.kind == "section":
            # A section from the outline opens at its heading, at the top: the reader reads down from there.
            self.when_laid_out(lambda: self._scroll_top(self.text_layout.line_of_offset(span.start)))
        # Where the reader is now: n/N go on from here (a quote's own start, inside its mark).
        self._show_place(
            span,
            item.start if item is not None else span.start,
            marked=target.kind in ("quote", "reported", "section", "title"),
            scroll=target.kind not in ("title", "section"),
        )
        return span

    def show_span(self, span: Span) -> None:
        """Show any stretch of the text a few lines below the top, highlighted, the cursor on its paragraph."""
        if self.article is None:
            return
        self.show_evidence(None)
        self._show_place(span, span.start)

    def _show_place(self, span: Span, position: int, *, marked: bool | None = True, scroll: bool = True) -> None:
        """Go to ``span``: the cursor on its paragraph, the reader at ``position``; ``marked``: the
        span is the target (False: there is none; None: the target stays, as a search match leaves it)."""
        if marked is not None:
            self.range.end()
            self.marks.target = span if marked else None
        if scroll:
            self._scroll_into_view(span.start)
        paragraph = self.text_layout.paragraph_at_offset(span.start)
        if paragraph is not None:
            self.move_cursor(paragraph, reveal=False)
        self.position = position
        self._invalidate()

    def clear_target(self) -> None:
        if self.marks.target is not None:
            self.marks.target = None
            self._invalidate()

    def quote_after(self, direction: int, kinds: str = "both") -> tuple[Target | None, bool]:
        """The next (``direction`` 1) or previous (-1) quote or reported speech from where the reader
        is, of the kinds the quotes pane lists ("both", "direct", "reported"); and whether it wrapped."""
        return self.marks.stop_after(self.position, direction, kinds)

    # -- search --------------------------------------------------------------------

    def search(self, query: str) -> int:
        """Highlight every match of ``query`` (smart case) and go to the first one from the cursor."""
        self.query = query
        if not query or self.article is None:
            self.clear_search()
            return 0
        first = self.marks.find(self._search_text, query, self.position)
        if first >= 0:
            self._show_match(first)
        self._invalidate()
        return self.match_count

    @property
    def match_index(self) -> int:
        return self.marks.match_index

    @property
    def match_count(self) -> int:
        return len(self.marks.match_starts)

    def clear_search(self) -> None:
        self.query = ""
        self.marks.clear_matches()
        self._invalidate()

    def next_match(self, direction: int) -> tuple[int, bool]:
        """Go to the next/previous match; (its index, whether it wrapped). -1 when none."""
        i, wrapped = self.marks.match_after(self.position, direction)
        if i >= 0:
            self._show_match(i)
        return i, wrapped

    def _show_match(self, i: int) -> None:
        self.marks.match_index = i
        start = self.marks.match_starts[i]
        self._show_place(Span(start, start), start, marked=None)

    # -- mouse -----------------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        paragraph = self.text_layout.paragraph_at_line(int(self.scroll_y) + offset.y)
        if paragraph is None:
            return
        self.focus()
        self.move_cursor(paragraph, reveal=False)
        if offset.x < GUTTER:
            self.post_message(SelectRequested("paragraphs", (paragraph,), None))

    # -- mouse selection (Textual's: the screen tracks the drag, ctrl+c copies) --------

    def dragged_range(self, selection: Selection) -> tuple[int, int] | None:
        """The offsets a mouse selection covers (None: no text); its points are in the view's lines."""
        points = [None if p is None else (p.y, p.x - GUTTER) for p in (selection.start, selection.end)]
        return self.text_layout.offsets_between(*points)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        dragged = self.dragged_range(selection)
        if dragged is None or self.article is None:
            return None
        return self.article.text[dragged[0] : dragged[1]], "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        dragged = None if selection is None else self.dragged_range(selection)
        if dragged != self.marks.dragged:
            self.marks.dragged = dragged
            self._invalidate()

    def action_copy(self) -> None:
        # The dragged text, or else the selected paragraphs, or else the cursor's.
        article = self.article
        marks = self.marks
        text = copied_text(article, marks.dragged, marks.selected, self.cursor) if article is not None else ""
        if not text:
            return
        self.app.copy_to_clipboard(text)
        words = len(text.split())
        self.notify(f"Copied {words} word{'s' if words != 1 else ''}", timeout=3)

    # -- for tests and the status line -----------------------------------------------

    def visible_text(self) -> str:
        """The text of the lines on screen (what a reader sees, without styling)."""
        return self.text_layout.lines_text(int(self.scroll_y), self.viewport_height)
