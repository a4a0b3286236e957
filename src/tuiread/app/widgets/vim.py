"""A stock OptionList with vim keys: j/k, g/G, ctrl+d/ctrl+u (posting's thin-subclass shape)."""

from __future__ import annotations

import functools
from typing import ClassVar

from rich.color import ColorType
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding, BindingType
from textual.color import Color
from textual.geometry import Region
from textual.reactive import reactive
from textual.strip import Strip
from textual.widgets import OptionList

from tuiread.app.compat import refresh_options
from tuiread.app.contrast import READABLE, contrast


def vim_list_bindings(prefix: str) -> list[BindingType]:
    """The vim keys for a list, with binding ids under ``prefix`` so a keymap can remap them."""
    return [
        Binding("j", "cursor_down", "Down", show=False, id=f"{prefix}.down"),
        Binding("k", "cursor_up", "Up", show=False, id=f"{prefix}.up"),
        Binding("g", "first", "First", show=False, id=f"{prefix}.first"),
        Binding("G", "last", "Last", show=False, id=f"{prefix}.last"),
        Binding("ctrl+d", "half_page(1)", "Half page down", show=False, id=f"{prefix}.half_page_down"),
        Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, id=f"{prefix}.half_page_up"),
    ]


def readable_strip(strip: Strip) -> Strip:
    """``strip`` with its text readable on what is behind it (WCAG AA).
    A speaker's colour, readable on the pane, sits on the highlighted row's cursor too: pink on
    violet (1:1)."""
    changed = False
    segments = []
    for segment in strip:
        style = _readable_style(segment.style)
        if style is not segment.style and any(ch.isalnum() for ch in segment.text):
            segment = Segment(segment.text, style, segment.control)
            changed = True
        segments.append(segment)
    return Strip(segments, strip.cell_length) if changed else strip


@functools.lru_cache(maxsize=1024)
def _readable_style(style: Style | None) -> Style | None:
    if style is None or style.color is None or style.bgcolor is None:
        return style
    if not (style.color.type is ColorType.TRUECOLOR and style.bgcolor.type is ColorType.TRUECOLOR):
        return style  # the terminal's own colours: nothing to measure
    fg, bg = (Color.from_rich_color(c) for c in (style.color, style.bgcolor))
    if contrast(fg, bg) >= READABLE:
        return style
    best = max((Color(0, 0, 0), Color(255, 255, 255)), key=lambda c: contrast(c, bg))
    return style + Style(color=best.rich_color)


class VimOptionList(OptionList):
    """An OptionList that also moves with j/k, g/G and ctrl+d/ctrl+u."""

    BINDINGS: ClassVar[list[BindingType]] = vim_list_bindings("list")

    _region_while_drawing: Region | None = None

    # Moving the highlight redraws the option it leaves and the one it reaches, not the whole list
    # (the stock reactive repaints every line: j in the outline redrew 44 lines where its Tree drew 2).
    highlighted: reactive[int | None] = reactive(None, repaint=False)
    _drawn_highlight: int | None = None

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        refresh_options(self, self._drawn_highlight, highlighted)
        self._drawn_highlight = highlighted

    def render_lines(self, crop: Region) -> list[Strip]:
        # OptionList asks for its content region several times a line (about 90 times a redraw of the
        # quotes, each through a dozen style lookups); it cannot change while the lines are drawn.
        self._region_while_drawing = super().scrollable_content_region
        try:
            return super().render_lines(crop)
        finally:
            self._region_while_drawing = None

    def render_line(self, y: int) -> Strip:
        # The options' lines, before the pane's border and title are put round them.
        return readable_strip(super().render_line(y))

    @property
    def scrollable_content_region(self) -> Region:
        region = self._region_while_drawing
        return super().scrollable_content_region if region is None else region

    # j/k and the arrows stop at either end, as in the outline and the text (the stock list wraps):
    # a reader at the last quote who presses j once too often stays where they are.
    def action_cursor_down(self) -> None:
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if self.highlighted is None:
            if direction > 0:
                super().action_cursor_down()
            else:
                super().action_cursor_up()
            return
        target = self.highlighted + direction
        while 0 <= target < self.option_count and self.get_option_at_index(target).disabled:
            target += direction
        if 0 <= target < self.option_count:
            self.highlighted = target

    def action_half_page(self, direction: int) -> None:
        if not self.option_count:
            return
        step = max(self.scrollable_content_region.height // 2, 1)
        # Options can be several lines tall: step through options, about half a screen of them.
        current = self.highlighted if self.highlighted is not None else 0
        lines = 0
        index = current
        while 0 <= index + direction < self.option_count and lines < step:
            index += direction
            lines += max(self._option_height(index), 1)
        self.highlighted = index

    def _option_height(self, index: int) -> int:
        prompt = self.get_option_at_index(index).prompt
        plain = getattr(prompt, "plain", str(prompt))
        width = max(self.scrollable_content_region.width, 1)
        return sum(max((len(line) + width - 1) // width, 1) for line in plain.split("\n"))
