"""The article text: title, byline, headings and paragraphs, with quotes, speakers and repairs marked.

A Line API widget (toolong's shape): the article is wrapped once per width into
an index of display lines (three integer arrays, character offsets into
``Article.text``), and ``render_line`` draws only the lines on screen, from a
cache. A 2 MB article wraps in a fraction of a second and a keypress redraws
one screen, whatever the article's length.

Article text is data: it goes into Rich ``Segment`` objects as it is, never
through markup, so ``[bold]`` in an article shows as ``[bold]``; control
characters show as their Unicode pictures (␛), C1 and bidi controls as �
(``tuiread.app.plain``): none reaches the terminal.
"""

from __future__ import annotations

import re
import threading
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.color import Color
from textual.geometry import Offset, Size
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from tuiread.app.looks import blended_style
from tuiread.app.messages import CursorMoved, SelectRequested, Target, item_at
from tuiread.app.plain import CONTROL_PICTURES, UNSAFE, shown
from tuiread.model import Article, Quote, Reported, Span
from tuiread.text_cursor import copied_text, next_stop, range_change, target_span
from tuiread.text_layout import (
    Block,
    SpanIndex,
    _wide_characters,
    article_blocks,
    block_lines,
    lay_out,
    layered_pieces,
    line_of_offset,
    offset_at_column,
    paragraph_at_line,
    paragraph_at_offset,
    paragraph_blocks,
    quote_spans,
    wrap_offsets,
)
from tuiread.text_search import MAX_MATCHES, SearchText

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

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--title",
        "article-view--byline",
        "article-view--dateline",
        "article-view--heading",
        "article-view--quote",
        "article-view--mention",
        "article-view--repair",
        "article-view--cursor",
        "article-view--cursor-blurred",
        "article-view--selected",
        "article-view--gutter",
        "article-view--match",
        "article-view--match-current",
        "article-view--target",
        "article-view--evidence-mention",
        "article-view--evidence-cue",
        "article-view--evidence-named",
        "article-view--placeholder",
    }

    DEFAULT_CSS = """
    ArticleView { scrollbar-gutter: stable; overflow-x: hidden; }
    """

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.article: Article | None = None
        self.placeholder = ""
        self._blocks: list[Block] = []
        self._block_starts: list[int] = []
        self._paragraph_block: list[int] = []
        self._section_block: dict[int, int] = {}
        self._wide: re.Pattern[str] | None = None
        self._layout_width = -1
        self._line_block = array("i")
        self._line_start = array("q")
        self._line_end = array("q")
        self._block_first_line = array("i")
        # What waits for the article's lines: a place to return to, a jump asked for before the pane had a width.
        self._after_layout: list[Callable[[], None]] = []
        self._cache: LRUCache[int, Strip] = LRUCache(1024)
        self._base: tuple[Style, Color] | None = None
        self._restyled = False
        self._last_looks: tuple[object, ...] = ()
        self._style_cache: dict[tuple[str, Color], Style] = {}
        self._quotes = SpanIndex()
        self._mentions = SpanIndex()
        self._repairs = SpanIndex()
        self._dateline: Span | None = None
        # Where n and N stop, for each choice of kinds the quotes pane offers ("both", "direct",
        # "reported"): the starts in order, and what starts there.
        self._stops: dict[str, tuple[list[int], list[Target]]] = {}
        self._selected: frozenset[int] = frozenset()
        self._palette: dict[str, Style] = {}
        self.highlight_repairs = False
        self.max_line_width = 0
        self.cursor = 0
        self.position = -1
        self._target: Span | None = None
        # The evidence of one quote marked in the text: (start, end, component name) for its speaker
        # mention, its cue and where the speaker is named.
        self._evidence: tuple[tuple[int, int, str], ...] = ()
        # The text a mouse drag marked: (start, end) offsets into the article's text.
        self._dragged: tuple[int, int] | None = None
        self._range_anchor: int | None = None
        self._range_mode = False
        self._match_starts: list[int] = []
        self._match_ends: list[int] = []
        self._matches = SpanIndex()
        self.match_index = -1
        self.query = ""
        self._search_text = SearchText("")

    # -- data in -----------------------------------------------------------------

    def show_article(self, article: Article) -> None:
        self.article = article
        self._blocks = article_blocks(article)
        self._block_starts = [b.start for b in self._blocks]
        self._paragraph_block, self._section_block = paragraph_blocks(self._blocks)
        self._wide = _wide_characters(article.text)
        self._index_quotes(article)
        self._repairs = SpanIndex((r.start, r.end, r.kind) for r in article.repairs)
        self._dateline = article.dateline_span
        if self._search_text.text is not article.text:
            self._search_text = SearchText(article.text)
            if len(article.text) > 1_000_000:
                # Folding megabytes for search takes a moment: do it now, off the UI thread, not on the first key.
                threading.Thread(target=self._search_text.folded, args=(True,), daemon=True).start()
        self.cursor = 0
        self.position = -1
        self._target = None
        self._evidence = ()
        self.clear_search()
        self._after_layout.clear()
        self._forget_layout()
        self._relayout()

    def _forget_layout(self) -> None:
        """No lines until the article is laid out: none of another article's, nor blank ones kept."""
        self._layout_width = -1
        self._line_block, self._line_start, self._line_end = array("i"), array("q"), array("q")
        self._block_first_line = array("i")
        self._cache.clear()

    def _index_quotes(self, article: Article) -> None:
        quote_items: list[tuple[int, int, object]] = []
        for quote in article.quotes:
            for span in quote_spans(article, quote):
                quote_items.append((span.start, span.end, quote))
        self._quotes = SpanIndex(quote_items)
        quotes = [(q.start, Target("quote", q.index)) for q in article.quotes]
        reported = [(r.start, Target("reported", r.index)) for r in article.reported]
        both = sorted(quotes + reported, key=lambda stop: stop[0])
        self._stops = {
            kinds: ([start for start, _ in stops], [target for _, target in stops])
            for kinds, stops in (("both", both), ("direct", quotes), ("reported", reported))
        }
        self._mentions = SpanIndex(
            (q.speaker_mention.start, q.speaker_mention.end, q.speaker)
            for q in article.quotes
            if q.speaker_mention is not None
        )

    def show_quotes(self, article: Article) -> None:
        """The same text, now with its quotes: mark them without moving the reader."""
        self.article = article
        self._index_quotes(article)
        self._evidence = ()
        self._invalidate()

    def show_evidence(self, quote: Quote | Reported | None) -> None:
        """Mark what attributes ``quote`` or reported speech (its speaker mention, its cue, where the
        speaker is named), or nothing (None)."""
        marks: list[tuple[int, int, str]] = []
        corrected = isinstance(quote, Quote) and quote.corrected
        evidence = quote.evidence if quote is not None and not corrected else None
        if evidence is not None:
            named, mention = evidence.named, evidence.mention
            if named is not None and (mention is None or not named.overlaps(mention)):
                marks.append((evidence.named.start, evidence.named.end, "evidence-named"))
            if evidence.cue is not None:
                marks.append((evidence.cue.start, evidence.cue.end, "evidence-cue"))
            if evidence.mention is not None:
                marks.append((evidence.mention.start, evidence.mention.end, "evidence-mention"))
        if tuple(marks) != self._evidence:
            # Only the paragraphs the marks leave and reach are drawn again (a key in the quotes list
            # moves them; redrawing the whole text each time cost a frame on a long article).
            touched = {p for a, _b, _k in (*self._evidence, *marks) if (p := self.paragraph_at_offset(a)) is not None}
            self._evidence = tuple(marks)
            if touched:
                self._invalidate_paragraphs(*touched)
            else:
                self._invalidate()

    @property
    def evidence_marks(self) -> tuple[tuple[int, int, str], ...]:
        """What is marked as evidence now: (start, end, kind) with kind "evidence-mention", "-cue", "-named"."""
        return self._evidence

    def set_selection(self, paragraphs: Iterable[int]) -> None:
        selected = frozenset(paragraphs)
        if selected != self._selected:
            self._selected = selected
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
        return len(self._paragraph_block)

    @property
    def line_count(self) -> int:
        return len(self._line_block)

    @property
    def target(self) -> Span | None:
        """The span the last jump highlighted."""
        return self._target

    @property
    def in_range_mode(self) -> bool:
        return self._range_mode

    # -- layout ------------------------------------------------------------------

    def _text_width(self) -> int:
        width = max(self.scrollable_content_region.width - GUTTER, 10)
        return min(width, self.max_line_width) if self.max_line_width > 0 else width

    def set_max_line_width(self, width: int) -> None:
        """Wrap the text at ``width`` characters at most (0: at the pane's edge)."""
        if width != self.max_line_width:
            self.max_line_width = width
            self._relayout()

    def _relayout(self) -> None:
        width = self._text_width()
        if self.article is None or width == self._layout_width or self.scrollable_content_region.width <= 0:
            return
        keep = self._top_offset() if self._layout_width > 0 else None
        self._layout_width = width
        lines = lay_out(self.article.text, self._blocks, width, self._wide)
        self._line_block, self._line_start, self._line_end, self._block_first_line = lines
        self._cache.clear()
        self.virtual_size = Size(width + GUTTER, len(self._line_block))
        if keep is not None:
            self.scroll_to(y=self.line_of_offset(keep), animate=False, immediate=True)
            # The reading position stays in view: the cursor's paragraph shows after a resize.
            if self._paragraph_block and not self._cursor_on_screen():
                self._reveal_paragraph(self.cursor)
        waiting, self._after_layout = self._after_layout, []
        for callback in waiting:
            callback()
        self.refresh()

    @property
    def laid_out(self) -> bool:
        """The article's lines are measured (the pane has had a width since the article came)."""
        return self._layout_width > 0 and len(self._block_first_line) == len(self._blocks)

    def when_laid_out(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the article's lines are measured: now if they are. Where a place or a
        jump lands depends on the lines, and the article can come while the pane has no width."""
        if self.laid_out:
            callback()
        else:
            self._after_layout.append(callback)

    @property
    def allow_vertical_scroll(self) -> bool:
        # Textual allows a scroll once its next layout has shown the scrollbar; a place to return to
        # is scrolled to in the moment the article is laid out, before that layout.
        return super().allow_vertical_scroll or (self.laid_out and self.max_scroll_y > 0 and not self.disabled)

    def _top_offset(self) -> int:
        line = min(int(self.scroll_y), len(self._line_start) - 1)
        return self._line_start[line] if line >= 0 else 0

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()

    def line_of_offset(self, offset: int) -> int:
        """The display line showing character ``offset``."""
        return line_of_offset(self._line_start, offset)

    def paragraph_lines(self, paragraph: int) -> tuple[int, int]:
        return block_lines(self._block_first_line, len(self._line_block), self._paragraph_block[paragraph])

    def paragraph_at_line(self, line: int) -> int | None:
        return paragraph_at_line(self._blocks, self._line_block, line)

    def paragraph_at_offset(self, offset: int) -> int | None:
        return paragraph_at_offset(self._blocks, self._block_starts, offset)

    # -- rendering ---------------------------------------------------------------

    def _invalidate(self) -> None:
        self._cache.clear()
        self._base = None
        self.refresh()

    def _invalidate_paragraphs(self, *paragraphs: int) -> None:
        """Redraw only these paragraphs' lines: a cursor move changes two paragraphs, not the whole screen."""
        if not self.laid_out:
            self._invalidate()
            return
        top, bottom = int(self.scroll_y), int(self.scroll_y) + self.viewport_height - 1
        cached = list(self._cache.keys())
        for paragraph in paragraphs:
            if not 0 <= paragraph < len(self._paragraph_block):
                continue
            first, last = self.paragraph_lines(paragraph)
            # A paragraph can run to thousands of lines; the cache holds at most a thousand.
            for line in cached if last - first > len(cached) else range(first, last + 1):
                if first <= line <= last:
                    self._cache.discard(line)
            if first <= bottom and last >= top:
                self.refresh_lines(max(first, top), min(last, bottom) - max(first, top) + 1)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        # Restyled, but often with nothing the lines show changed: Textual restyles everything in the
        # text pane whenever the focus moves in or out of it. Whether the lines must be built again is
        # decided at the next redraw, when the component styles are up to date too (render_line).
        self._base = None
        self._restyled = True

    def _check_looks(self) -> None:
        if self._restyled:
            self._restyled = False
            looks = self._looks()
            if looks != self._last_looks:
                self._last_looks = looks
                self._cache.clear()
                self._style_cache.clear()

    def _looks(self) -> tuple[object, ...]:
        """Everything of the styles that the lines are drawn with."""
        components = (self.get_component_styles(name) for name in sorted(self.COMPONENT_CLASSES))
        return (*self._render_base(), *((c.background, c.color, c.text_style) for c in components))

    def _render_base(self) -> tuple[Style, Color]:
        """The widget's own style and background, worked out once per redraw (they look up every ancestor)."""
        if self._base is None:
            self._base = (self.rich_style, self.background_colors[1])
        return self._base

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

    def on_focus(self) -> None:
        self._cursor_colour_changed()

    def on_blur(self) -> None:
        self._cursor_colour_changed()

    def _cursor_colour_changed(self) -> None:
        if len(self._block_first_line) == len(self._blocks):  # laid out for this article
            self._invalidate_paragraphs(self.cursor)
        else:
            self._invalidate()

    def render_line(self, y: int) -> Strip:
        if self._layout_width < 0 and self.article is not None:
            # The article came while the pane had no width (covered by the loading indicator, or
            # hidden), and no resize need follow when it shows again: lay it out now it is drawn.
            self._relayout()
        self._check_looks()
        line = int(self.scroll_y) + y
        strip = self._cache.get(line)
        if strip is None:
            # Kept with its offsets (they depend on the line alone): a repaint from the cache, as on
            # every focus change, does not add them again (that is a third of the time a line takes).
            strip = self._render_line(line, self.scrollable_content_region.width).apply_offsets(0, line)
            self._cache[line] = strip
        return strip

    def _style(self, name: str, under: Color | None = None) -> Style:
        """A component's style as a Rich style, its colours blended over ``under`` (the line's background)."""
        back = under if under is not None else self._render_base()[1]
        key = (name, back)
        style = self._style_cache.get(key)
        if style is None:
            style = blended_style(self.get_component_styles(f"article-view--{name}"), back)
            self._style_cache[key] = style
        return style

    def _line_background(self, paragraph: int) -> Color:
        back = self._render_base()[1]
        if paragraph in self._selected:
            back = back + self.get_component_styles("article-view--selected").background
        if paragraph == self.cursor and paragraph >= 0:
            name = "article-view--cursor" if self.has_focus else "article-view--cursor-blurred"
            back = back + self.get_component_styles(name).background
        return back

    def _render_line(self, line: int, width: int) -> Strip:
        base = self._render_base()[0]
        if self.article is None or line >= len(self._line_block):
            if self.placeholder and (self.article is None or not self._line_block):
                # Wrapped, not cut at the pane's edge: "Could not open the article: PATH: REASON"
                # lost its reason behind a long path.
                text = shown(self.placeholder)
                rows = wrap_offsets(text, max(width - GUTTER, 1), _wide_characters(text))
                if line < len(rows):
                    start, end = rows[line]
                    segment = Segment(" " * GUTTER + text[start:end], base + self._style("placeholder"))
                    return Strip([segment]).adjust_cell_length(width, base)
            return Strip.blank(width, base)
        block_index = self._line_block[line]
        if block_index < 0:
            return Strip.blank(width, base)
        block = self._blocks[block_index]
        start, end = self._line_start[line], self._line_end[line]
        under = self._line_background(block.paragraph if block.kind == "paragraph" else -1)
        style = base + Style(bgcolor=under.rich_color)
        if block.kind in ("title", "byline", "heading"):
            style = style + self._style(block.kind, under)
        gutter = Segment(" " * GUTTER, base)
        if block.kind == "paragraph" and block.paragraph in self._selected:
            gutter = Segment("▌" + " " * (GUTTER - 1), base + self._style("gutter"))
        text = self.article.text[start:end]
        if UNSAFE.search(text):
            text = text.translate(CONTROL_PICTURES)
        layers = list(self._layers(start, end, under))
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

    def _layers(self, start: int, end: int, under: Color) -> Iterable[tuple[int, int, Style]]:
        """Styled spans on ``[start, end)``, lowest first (later ones win)."""
        if self._dateline is not None and self._dateline.start < end and start < self._dateline.end:
            yield self._dateline.start, self._dateline.end, self._style("dateline", under)
        if self._quotes:
            quote_style = self._style("quote", under)
            for a, b, quote in self._quotes.overlapping(start, end):
                speaker = quote.speaker  # type: ignore[attr-defined]
                yield a, b, quote_style + self._palette.get(speaker, Style()) if speaker else quote_style
        if self._mentions:
            mention_style = self._style("mention", under)
            for a, b, speaker in self._mentions.overlapping(start, end):
                yield a, b, mention_style + self._palette.get(speaker, Style())  # type: ignore[arg-type]
        if self.highlight_repairs and self._repairs:
            repair_style = self._style("repair", under)
            for a, b, _kind in self._repairs.overlapping(start, end):
                yield a, b, repair_style
        for a, b, name in self._evidence:
            if a < end and start < b:
                yield a, b, self._style(name, under)
        if self._matches:
            match_style, current_style = self._style("match", under), self._style("match-current", under)
            current = self._match_starts[self.match_index] if self.match_index >= 0 else -1
            for a, b, _ in self._matches.overlapping(start, end):
                yield a, b, current_style if a == current else match_style
        if self._target is not None and self._target.start < end and start < self._target.end:
            yield self._target.start, self._target.end, self._style("target", under)
        if self._dragged is not None and self._dragged[0] < end and start < self._dragged[1]:
            yield *self._dragged, self.screen.get_component_rich_style("screen--selection")

    # -- moving --------------------------------------------------------------------

    @property
    def viewport_height(self) -> int:
        return max(self.scrollable_content_region.height, 1)

    def _visible(self, first: int, last: int) -> bool:
        top = int(self.scroll_y)
        return first < top + self.viewport_height and last >= top

    def _scroll_to_line(self, line: int, *, context: int | None = None) -> None:
        """Scroll so ``line`` shows, ``context`` lines below the top when it has to move."""
        top, height = int(self.scroll_y), self.viewport_height
        if context is None:
            if line < top:
                self.scroll_to(y=line, animate=False, immediate=True)
            elif line >= top + height:
                self.scroll_to(y=line - height + 1, animate=False, immediate=True)
            return
        if not top <= line < top + height - 1 or line - top < context:
            self.scroll_to(y=max(line - context, 0), animate=False, immediate=True)

    def _scroll_into_view(self, offset: int) -> None:
        """Show the line holding ``offset`` a few lines below the top (once the lines are measured)."""
        self.when_laid_out(
            lambda: self._scroll_to_line(self.line_of_offset(offset), context=max(min(self.viewport_height // 4, 3), 0))
        )

    def item(self, target: Target) -> Quote | Reported | None:
        """The quote or reported speech a target names (None for any other target, or one not there)."""
        return item_at(self.article, target) if self.article is not None else None

    def preview_item(self, target: Target) -> None:
        """Mark a quote's (or reported speech's) evidence and bring it into view if it is out of sight,
        the cursor left where it is (the quotes list is being read; this pane follows it)."""
        quote = self.item(target)
        if quote is None:
            return
        if not self.laid_out:
            self.when_laid_out(lambda: self.preview_item(target))
            return
        self.show_evidence(quote)
        marks = [quote.start, quote.end] + [m for a, b, _ in self._evidence for m in (a, b)]
        first, last = self.line_of_offset(min(marks)), self.line_of_offset(max(marks))
        if not (self._visible(first, first) and self._visible(last, last)):
            height = self.viewport_height
            # The whole stretch (mention, cue, quote) if it fits, else the quote's start.
            line = first if last - first < height - 2 else self.line_of_offset(quote.start)
            self._scroll_to_line(line, context=max(min(height // 4, 3), 0))

    def _reveal_paragraph(self, paragraph: int) -> None:
        if not self.laid_out:
            self.when_laid_out(lambda: self._reveal_paragraph(paragraph))
            return
        first, last = self.paragraph_lines(paragraph)
        top, height = int(self.scroll_y), self.viewport_height
        if first < top:
            self.scroll_to(y=max(first - 1, 0), animate=False, immediate=True)
        elif last >= top + height:
            # Show all of it if it fits, else its start.
            y = last - height + 2 if last - first + 2 <= height else first - 1
            self.scroll_to(y=max(y, 0), animate=False, immediate=True)

    def move_cursor(self, paragraph: int, *, reveal: bool = True) -> None:
        if not self._paragraph_block:
            return
        paragraph = min(max(paragraph, 0), len(self._paragraph_block) - 1)
        old = self.cursor
        changed = paragraph != old
        self.cursor = paragraph
        self.position = self._paragraph_start(paragraph) - 1
        if reveal:
            self._reveal_paragraph(paragraph)
        if changed:
            self._invalidate_paragraphs(old, paragraph)
            self.post_message(CursorMoved(paragraph))

    def _paragraph_start(self, paragraph: int) -> int:
        return self._blocks[self._paragraph_block[paragraph]].start

    def _cursor_on_screen(self) -> bool:
        if not self._paragraph_block or not self.laid_out:
            return True
        return self._visible(*self.paragraph_lines(self.cursor))

    def _first_visible_paragraph(self) -> int | None:
        top = int(self.scroll_y)
        for line in range(top, min(top + self.viewport_height, len(self._line_block))):
            paragraph = self.paragraph_at_line(line)
            if paragraph is not None:
                first, _last = self.paragraph_lines(paragraph)
                if first >= top or line == top:
                    return paragraph
        return None

    def _step(self, delta: int) -> None:
        if not self._paragraph_block or not self.laid_out:
            return
        if not self._cursor_on_screen():
            visible = self._first_visible_paragraph()
            if visible is not None:
                self._extend_to(visible) if self._range_mode else self.move_cursor(visible)
                return
        first, last = self.paragraph_lines(self.cursor)
        top, height = int(self.scroll_y), self.viewport_height
        # A paragraph taller than the screen scrolls before the cursor leaves it.
        if delta > 0 and last >= top + height and first < top + height:
            self.scroll_to(y=min(top + height // 2, last - height + 2), animate=False, immediate=True)
            return
        if delta < 0 and first < top and last >= top:
            self.scroll_to(y=max(top - height // 2, first - 1, 0), animate=False, immediate=True)
            return
        target = self.cursor + delta
        if self._range_mode:
            self._extend_to(target)
        else:
            self.move_cursor(target)

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def action_first(self) -> None:
        self.scroll_to(y=0, animate=False, immediate=True)
        self._go(0)

    def action_last(self) -> None:
        self._go(len(self._paragraph_block) - 1)
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)

    def _go(self, paragraph: int) -> None:
        if self._range_mode:
            self._extend_to(paragraph)
        else:
            self.move_cursor(paragraph)

    def _scroll_lines(self, lines: int) -> None:
        self.scroll_to(y=min(max(int(self.scroll_y) + lines, 0), self.max_scroll_y), animate=False, immediate=True)
        if not self._cursor_on_screen():
            visible = self._first_visible_paragraph()
            if visible is not None:
                self.move_cursor(visible, reveal=False)

    def action_half_page(self, direction: int) -> None:
        self._scroll_lines(direction * max(self.viewport_height // 2, 1))

    def action_page(self, direction: int) -> None:
        self._scroll_lines(direction * max(self.viewport_height - 1, 1))

    # -- selecting ---------------------------------------------------------------

    def action_toggle_select(self) -> None:
        if not self._paragraph_block:
            return
        self._end_range()
        self.post_message(SelectRequested("paragraphs", (self.cursor,), None))

    def action_extend(self, delta: int) -> None:
        if not self._paragraph_block:
            return
        if self._range_anchor is None:
            self._range_anchor = self.cursor
            self.post_message(SelectRequested("paragraphs", (self.cursor,), True))
        self._extend_to(self.cursor + delta)

    def _extend_to(self, paragraph: int) -> None:
        """Move the cursor with the range end: paragraphs between the anchor and it are selected."""
        paragraph = min(max(paragraph, 0), len(self._paragraph_block) - 1)
        anchor = self.cursor if self._range_anchor is None else self._range_anchor
        old = self.cursor
        if paragraph == old:
            return
        added, removed = range_change(anchor, old, paragraph)
        if added:
            self.post_message(SelectRequested("paragraphs", added, True))
        if removed:
            self.post_message(SelectRequested("paragraphs", removed, False))
        self._range_anchor = anchor
        self.move_cursor(paragraph)

    def action_range_mode(self) -> None:
        if self._range_mode:
            self._end_range()
            self.notify("Range ended", timeout=2)
            return
        if not self._paragraph_block:
            return
        self._range_mode = True
        self._range_anchor = self.cursor
        self.post_message(SelectRequested("paragraphs", (self.cursor,), True))
        self.notify("Range: move to extend the selection, v to stop", timeout=3)

    def _end_range(self) -> None:
        self._range_mode = False
        self._range_anchor = None

    def action_end_range(self) -> None:
        self._end_range()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "end_range":
            # Only while a range is open: otherwise escape goes on to clear the selection.
            return self._range_mode
        return True

    def on_key(self, event: events.Key) -> None:
        # Any plain move ends a shift-extended range (range mode keeps going).
        if not self._range_mode and not event.key.startswith("shift+") and self._range_anchor is not None:
            self._range_anchor = None

    # -- jumping -------------------------------------------------------------------

    def jump_to(self, target: Target) -> Span | None:
        """Show a target a few lines below the top, highlighted; the cursor goes to its paragraph."""
        if self.article is None:
            return None
        span = target_span(self.article, self._blocks, self._paragraph_block, target.kind, target.index)
        if span is None:
            return None
        self._end_range()
        self._target = span if target.kind in ("quote", "reported", "section", "title") else None
        item = self.item(target)
        self.show_evidence(item)

        if target.kind == "title":
            self.when_laid_out(lambda: self.scroll_to(y=0, animate=False, immediate=True))
        elif target.kind == "section":
            # A section from the outline opens at its heading, at the top: the reader reads down from there.
            self.when_laid_out(lambda: self.scroll_to(y=self.line_of_offset(span.start), animate=False, immediate=True))
        else:
            self._scroll_into_view(span.start)
        paragraph = self.paragraph_at_offset(span.start)
        if paragraph is not None:
            self.move_cursor(paragraph, reveal=False)
        # Where the reader is now: n/N go on from here (a quote's own start, inside its mark).
        self.position = item.start if item is not None else span.start
        self._invalidate()
        return span

    def show_span(self, span: Span) -> None:
        """Show any stretch of the text a few lines below the top, highlighted, the cursor on its paragraph."""
        if self.article is None:
            return
        self._end_range()
        self._target = span
        self.show_evidence(None)
        self._scroll_into_view(span.start)
        paragraph = self.paragraph_at_offset(span.start)
        if paragraph is not None:
            self.move_cursor(paragraph, reveal=False)
        self.position = span.start
        self._invalidate()

    def clear_target(self) -> None:
        if self._target is not None:
            self._target = None
            self._invalidate()

    def quote_after(self, direction: int, kinds: str = "both") -> tuple[Target | None, bool]:
        """The next (``direction`` 1) or previous (-1) quote or reported speech from where the reader
        is, of the kinds the quotes pane lists ("both", "direct", "reported"); and whether it wrapped."""
        starts, targets = self._stops.get(kinds, ([], []))
        i, wrapped = next_stop(starts, self.position, direction)
        return (targets[i], wrapped) if i >= 0 else (None, False)

    # -- search --------------------------------------------------------------------

    def search(self, query: str) -> int:
        """Highlight every match of ``query`` (smart case) and go to the first one from the cursor."""
        self.query = query
        if not query or self.article is None:
            self.clear_search()
            return 0
        # Every match as people type it (`tuiread.text_search`), at most MAX_MATCHES.
        starts, ends = self._search_text.find_all(query, MAX_MATCHES)
        self._match_starts, self._match_ends = starts, ends
        self._matches = SpanIndex.from_sorted(starts, ends)
        self.match_index = -1
        if starts:
            i = bisect_left(starts, max(self.position, 0))
            self._show_match(i if i < len(starts) else 0)
        self._invalidate()
        return len(starts)

    @property
    def match_spans(self) -> list[Span]:
        """Where the search matches are in the text, in order."""
        return [Span(a, b) for a, b in zip(self._match_starts, self._match_ends, strict=True)]

    @property
    def match_count(self) -> int:
        return len(self._match_starts)

    def clear_search(self) -> None:
        self.query = ""
        self._match_starts, self._match_ends = [], []
        self._matches = SpanIndex()
        self.match_index = -1
        self._invalidate()

    def next_match(self, direction: int) -> tuple[int, bool]:
        """Go to the next/previous match; (its index, whether it wrapped). -1 when none."""
        starts = self._match_starts
        if not starts:
            return -1, False
        pos = self._match_starts[self.match_index] if self.match_index >= 0 else self.position
        i, wrapped = next_stop(starts, pos, direction)
        self._show_match(i)
        return i, wrapped

    def _show_match(self, i: int) -> None:
        self.match_index = i
        start = self._match_starts[i]
        self._scroll_into_view(start)
        paragraph = self.paragraph_at_offset(start)
        if paragraph is not None:
            self.move_cursor(paragraph, reveal=False)
        self.position = start
        self._invalidate()

    # -- mouse -----------------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        paragraph = self.paragraph_at_line(int(self.scroll_y) + offset.y)
        if paragraph is None:
            return
        self.focus()
        if offset.x < GUTTER:
            self.move_cursor(paragraph, reveal=False)
            self.post_message(SelectRequested("paragraphs", (paragraph,), None))
        else:
            self.move_cursor(paragraph, reveal=False)

    # -- mouse selection (Textual's: the screen tracks the drag, ctrl+c copies) --------

    def _offset_at(self, point: Offset) -> int:
        """The text offset under a point of the drag, in the view's line coordinates."""
        assert self.article is not None
        last = len(self._line_block) - 1
        if point.y > last:
            return self._line_end[last]
        line = max(point.y, 0)
        start, end = self._line_start[line], self._line_end[line]
        return offset_at_column(self.article.text, start, end, point.x - GUTTER, self._wide)

    @property
    def dragged(self) -> tuple[int, int] | None:
        """The offsets of the text marked with the mouse, as shown."""
        return self._dragged

    def dragged_range(self, selection: Selection) -> tuple[int, int] | None:
        """The offsets a mouse selection covers (None: no text)."""
        if self.article is None or not len(self._line_block):
            return None
        start = 0 if selection.start is None else self._offset_at(selection.start)
        end = len(self.article.text) if selection.end is None else self._offset_at(selection.end)
        return (start, end) if start < end else None

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        dragged = self.dragged_range(selection)
        if dragged is None or self.article is None:
            return None
        return self.article.text[dragged[0] : dragged[1]], "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        dragged = None if selection is None else self.dragged_range(selection)
        if dragged != self._dragged:
            self._dragged = dragged
            self._invalidate()

    def action_copy(self) -> None:
        # The dragged text, or else the selected paragraphs, or else the cursor's.
        article = self.article
        text = copied_text(article, self._dragged, self._selected, self.cursor) if article is not None else ""
        if not text:
            return
        self.app.copy_to_clipboard(text)
        words = len(text.split())
        self.notify(f"Copied {words} word{'s' if words != 1 else ''}", timeout=3)

    # -- for tests and the status line -----------------------------------------------

    def visible_text(self) -> str:
        """The text of the lines on screen (what a reader sees, without styling)."""
        top = int(self.scroll_y)
        rows = []
        for line in range(top, min(top + self.viewport_height, len(self._line_block))):
            rows.append(self.article.text[self._line_start[line] : self._line_end[line]] if self.article else "")
        return "\n".join(rows)
